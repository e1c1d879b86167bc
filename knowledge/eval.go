package knowledge

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// An EvalCase is one question of an evaluation set, with the passages that
// answer it; Covered false marks a question the sources do not cover.
type EvalCase struct {
	Question string   `yaml:"q"`
	Expect   []string `yaml:"expect"`
	Covered  *bool    `yaml:"covered"`
	Note     string   `yaml:"note"`
}

// ShouldCover reports whether the knowledge base is meant to answer it.
func (c EvalCase) ShouldCover() bool { return c.Covered == nil || *c.Covered }

// ParseEvalSet reads an evaluation set: a YAML list of cases. Every case
// must have a question, and a covered one must name its passages, each a
// passage of kb.
func ParseEvalSet(name string, data []byte, kb *KB) ([]EvalCase, error) {
	var cases []EvalCase
	if err := yaml.Unmarshal(data, &cases); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for i, c := range cases {
		switch {
		case c.Question == "":
			return nil, fmt.Errorf("%s: case %d has no question (q)", name, i+1)
		case c.ShouldCover() && len(c.Expect) == 0:
			return nil, fmt.Errorf("%s: case %d (%q) names no expected passage", name, i+1, c.Question)
		}
		for _, id := range c.Expect {
			if kb.Passage(id) == nil {
				return nil, fmt.Errorf("%s: case %d (%q) expects %s, which is not in the knowledge base", name, i+1, c.Question, id)
			}
		}
	}
	return cases, nil
}
