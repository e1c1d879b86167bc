package knowledge

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// An EvalCase is one question of an evaluation set, with the passages that
// answer it; Covered false marks a question the sources do not cover.
type EvalCase struct {
	Question string   `yaml:"q"`
	Expect   []string `yaml:"expect"`
	Covered  *bool    `yaml:"covered"`
	Note     string   `yaml:"note"`
}

// Present reports whether the case is about the present day: a good
// answer says how old its sources are.
func (c EvalCase) Present() bool { return c.Note == "present" }

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
	if len(cases) == 0 {
		return nil, fmt.Errorf("%s: no questions (an evaluation set is a YAML list of cases with q, expect, covered)", name)
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
