// Package knowledge holds Dossier's curated sources: their loading and
// linting, the passages they are cut into, the glossary of aliases, and the
// ranked search over passages that every answer rests on.
package knowledge

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// A Source is one curated document: an article or a report, with what is
// known of where and when it was published.
type Source struct {
	ID                string
	Title             string
	Author            string
	AuthorAffiliation string
	Publisher         string
	AlsoPublishedIn   []string
	Published         Date
	DateInferred      bool
	DateNote          string
	URL               string
	// Reliability is the source's Admiralty grade, A to F ("" when not
	// graded), and ReliabilityNote the curator's reason for it.
	Reliability     string
	ReliabilityNote string
	Tags            []string
	// Hints are extra search words for a passage, by passage number, for
	// passages whose words do not say what they are about (the one about
	// the author never says "author").
	Hints map[int][]string
	// AboutSource marks the passages about the source itself (its author,
	// where it was published), not about the world: they are cited only for
	// questions that match their hints.
	AboutSource map[int]bool
	// Examples are questions the source answers, as the curator wrote them:
	// the bot suggests them (help, Home tab, the assistant's prompts), and
	// lint checks that the knowledge base covers each.
	Examples []string
	// exampleLines are the file lines of Examples, for lint.
	exampleLines []int
	File         string
	// Hash identifies the file's content: it changes when the file does.
	Hash     string
	Passages []*Passage
}

// A Passage is one paragraph of a source, kept verbatim.
type Passage struct {
	ID     string // <source-id>#p<N>
	N      int    // paragraph number, from 1
	Text   string
	Line   int // line of the source file the paragraph starts on
	Source *Source
}

// PassageID returns the stable ID of paragraph n of a source.
func PassageID(sourceID string, n int) string {
	return fmt.Sprintf("%s#p%d", sourceID, n)
}

// Passage returns paragraph n, or nil.
func (s *Source) Passage(n int) *Passage {
	if n < 1 || n > len(s.Passages) {
		return nil
	}
	return s.Passages[n-1]
}

// DateLabel says when the source was published, and whether that date was
// inferred: "October 2022 (inferred)".
func (s *Source) DateLabel() string {
	if s.DateInferred {
		return s.Published.String() + " (inferred)"
	}
	return s.Published.String()
}

// A Problem is one thing wrong with a knowledge base file.
type Problem struct {
	File string
	Line int
	Msg  string
	// Warning marks a problem that does not stop the knowledge base from
	// loading.
	Warning bool
}

func (p Problem) Error() string {
	msg := p.Msg
	if p.Warning {
		msg = "warning: " + msg
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
	}
	return fmt.Sprintf("%s: %s", p.File, msg)
}

// Problems is the error returned when a knowledge base does not lint.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

var slugRE = lazyre.New(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// splitPassages cuts a Markdown body into paragraphs at blank lines; a
// paragraph written over several lines is joined with spaces. firstLine is
// the file line of the body's first line.
func splitPassages(body string, firstLine int) (texts []string, lines []int) {
	var cur []string
	start := 0
	flush := func() {
		if len(cur) > 0 {
			texts = append(texts, strings.Join(cur, " "))
			lines = append(lines, start)
			cur = nil
		}
	}
	for i, l := range strings.Split(body, "\n") {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if len(cur) == 0 {
			start = firstLine + i
		}
		cur = append(cur, strings.TrimSpace(l))
	}
	flush()
	return texts, lines
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
