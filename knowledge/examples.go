package knowledge

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxExampleLen is the longest example question a source may list, in
// characters: it must fit a suggested prompt and a line of help.
const MaxExampleLen = 150

// readExamples reads the examples field: a list of questions, each
// remembered with its line for lint.
func readExamples(v *yaml.Node, src *Source) error {
	if err := decodeStrings(v, &src.Examples); err != nil {
		return err
	}
	src.exampleLines = make([]int, len(src.Examples))
	for i, q := range src.Examples {
		src.Examples[i] = strings.TrimSpace(q)
		src.exampleLines[i] = v.Content[i].Line
		if utf8.RuneCountInString(src.Examples[i]) > MaxExampleLen {
			return fmt.Errorf("example %d is longer than %d characters", i+1, MaxExampleLen)
		}
	}
	return nil
}

// Examples returns the knowledge base's example questions, the sources'
// in turn (each source's first, then each one's second...), without
// repeats, at most n (all with n <= 0).
func (kb *KB) Examples(n int) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; ; i++ {
		more := false
		for _, s := range kb.Sources {
			if i >= len(s.Examples) {
				continue
			}
			more = true
			if q := s.Examples[i]; !seen[strings.ToLower(q)] {
				seen[strings.ToLower(q)] = true
				out = append(out, q)
			}
			if n > 0 && len(out) == n {
				return out
			}
		}
		if !more {
			return out
		}
	}
}

// checkExamples reports each example question the knowledge base does not
// cover: a question the bot suggests must get an answer, not "the
// knowledge base does not cover this".
func checkExamples(kb *KB) Problems {
	var ix *Index
	var ps Problems
	for _, s := range kb.Sources {
		for i, q := range s.Examples {
			if ix == nil {
				ix = NewIndex(kb)
			}
			if r := ix.Search(q, Options{}); !r.Covered {
				why := r.Reason
				if len(r.Missing) > 0 {
					why = "nothing on " + strings.Join(r.Missing, ", ")
				}
				ps = append(ps, Problem{File: s.File, Line: s.exampleLines[i],
					Msg: strings.TrimSpace(fmt.Sprintf("example %q is not covered by the sources: %s", q, why))})
			}
		}
	}
	return ps
}
