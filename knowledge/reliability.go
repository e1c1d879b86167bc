package knowledge

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Reliability grades a source as analysts do, on the Admiralty (NATO)
// scale for the reliability of a source, A to F.
var reliabilityGrades = map[string]string{
	"A": "completely reliable",
	"B": "usually reliable",
	"C": "fairly reliable",
	"D": "not usually reliable",
	"E": "unreliable",
	"F": "reliability cannot be judged",
}

// ReliabilityMeaning says what a grade means: "usually reliable" for B;
// "not graded" for "".
func ReliabilityMeaning(grade string) string {
	if m, ok := reliabilityGrades[grade]; ok {
		return m
	}
	return "not graded"
}

// ReliabilityLabel is a source's grade for people: "B (usually
// reliable)", or "not graded".
func (s *Source) ReliabilityLabel() string {
	if s.Reliability == "" {
		return "not graded"
	}
	return s.Reliability + " (" + ReliabilityMeaning(s.Reliability) + ")"
}

func readReliability(v *yaml.Node, src *Source) error {
	if v.Kind != yaml.ScalarNode {
		return fmt.Errorf("must be one grade, A to F")
	}
	g := strings.TrimSpace(v.Value)
	if _, ok := reliabilityGrades[g]; !ok {
		return fmt.Errorf("%q is not an Admiralty grade: use A (completely reliable), B (usually), C (fairly), D (not usually), E (unreliable) or F (cannot be judged)", g)
	}
	src.Reliability = g
	return nil
}

// checkReliability reports a grade given without its reason, or a reason
// without a grade.
func checkReliability(m *yaml.Node, src *Source, bad func(int, string, ...any)) {
	switch {
	case src.Reliability != "" && src.ReliabilityNote == "":
		bad(fieldLine(m, "reliability"), "reliability %s has no reliability_note: say why the source earns the grade", src.Reliability)
	case src.ReliabilityNote != "" && !hasField(m, "reliability"):
		bad(fieldLine(m, "reliability_note"), "reliability_note without a reliability grade (A to F)")
	}
}

func hasField(m *yaml.Node, key string) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return true
		}
	}
	return false
}
