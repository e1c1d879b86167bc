package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// maxDated is how many sources an answer on when they were written lists,
// newest first.
const maxDated = 5

// sourceDates answers a question on when the sources were written from
// what the knowledge base records of them: the date each carries and,
// when the curator inferred it, that none is printed and why that one. A
// date a source prints answers the question; an inferred one does not.
func (e *Engine) sourceDates(q Question, u knowledge.Query) *Answer {
	a := &Answer{Question: q.Text, Mode: ModeExtractive, Missing: []string{}, Citations: []Citation{}, Covered: true}
	srcs := slices.Clone(e.Index().KB().Sources)
	slices.SortStableFunc(srcs, func(x, y *knowledge.Source) int {
		switch {
		case x.Published.Before(y.Published):
			return 1
		case y.Published.Before(x.Published):
			return -1
		}
		return 0
	})
	var lines []string
	if u.FiguresAsOf() {
		// "are the numbers updated or as of the original date?": the
		// sources' own notes on how current their figures are, first
		for _, s := range srcs[:min(len(srcs), maxDated)] {
			if p, text := aboutSourceSentence(s, figuresNoteRE); p != nil {
				a.Citations = append(a.Citations, NewCitation(len(a.Citations)+1, p))
				lines = append(lines, fmt.Sprintf("“%s” (%s) [%d]", text, s.Title, len(a.Citations)))
			}
		}
	}
	figuresNoted := len(a.Citations) > 0
	for _, s := range srcs[:min(len(srcs), maxDated)] {
		line := fmt.Sprintf("“%s” (%s, %s)", s.Title, s.Author, s.Publisher)
		switch {
		case s.Published.IsZero():
			line += " carries no date."
			a.Covered = false
		case s.DateInferred:
			line += fmt.Sprintf(" prints no date; the knowledge base dates it %s.", s.Published)
			if s.DateNote != "" {
				line += " " + s.DateNote
			}
			// the passages it is dated by: the newest events the source
			// dates itself; they answer when it was written, roughly, not
			// on what day it came out
			if latest := e.latestDated(s); len(latest) > 0 && !u.ExactDay() {
				var marks []string
				for _, d := range latest {
					a.Citations = append(a.Citations, NewCitation(len(a.Citations)+1, d.p))
					marks = append(marks, fmt.Sprintf("“%s” [%d]", d.text, len(a.Citations)))
				}
				line += " Its newest dated events: " + strings.Join(marks, ", ") + "."
			} else {
				a.Covered = false
			}
		default:
			line += fmt.Sprintf(" was published %s.", s.Published)
			if p, text := publishedDay(s); p != nil && !figuresNoted {
				// the day, as the source's own note on its publication
				// gives it (not beside a note on its figures, which
				// answers a question on them)
				a.Citations = append(a.Citations, NewCitation(len(a.Citations)+1, p))
				line += fmt.Sprintf(" “%s” [%d]", text, len(a.Citations))
			}
		}
		lines = append(lines, line)
	}
	if len(srcs) > maxDated {
		lines = append(lines, fmt.Sprintf("(%d older sources not listed: `dossier kb list` shows them all.)", len(srcs)-maxDated))
	}
	if len(lines) == 0 {
		a.Covered, a.Text = false, "The knowledge base holds no sources."
		return a
	}
	if !a.Covered {
		a.Reason = "The source prints no date."
	}
	a.Text = strings.Join(lines, "\n")
	a.AsOf = e.Index().KB().Newest().ISO()
	return a
}

// A datedPassage is a passage and the newest date it gives, as written.
type datedPassage struct {
	p    *knowledge.Passage
	text string
}

// publishedDay returns the sentence of a source's passages about itself
// that says on what day it was published ("This article was first
// published by ... on 12 June 2024."), and its passage; nil when none
// does.
func publishedDay(s *knowledge.Source) (*knowledge.Passage, string) {
	return aboutSourceSentence(s, publishedRE, func(sent string) bool {
		return slices.ContainsFunc(knowledge.FindWhen(sent, knowledge.Date{}), func(w knowledge.EventDate) bool {
			return w.Date.Day > 0 && w.Date.Year == s.Published.Year
		})
	})
}

// aboutSourceSentence returns the first sentence of a source's passages
// about itself that re finds and every test accepts, and its passage.
func aboutSourceSentence(s *knowledge.Source, re *lazyre.Regexp, tests ...func(string) bool) (*knowledge.Passage, string) {
	for _, p := range s.Passages {
		if !s.AboutSource[p.N] {
			continue
		}
		for _, sent := range knowledge.SplitSentences(p.Text) {
			if re.MatchString(sent) && !slices.ContainsFunc(tests, func(ok func(string) bool) bool { return !ok(sent) }) {
				return p, strings.TrimSpace(sent)
			}
		}
	}
	return nil, ""
}

var (
	// publishedRE finds a sentence on a source's publication.
	publishedRE = lazyre.New(`(?i)\bpublish`)
	// figuresNoteRE finds a source's note on how current its figures
	// are ("Figures were correct at the time of first publication").
	figuresNoteRE = lazyre.New(`(?i)\b(?:figures|numbers|data)\b[^.]*\b(?:correct|accurate|current|valid|as of)\b`)
)

// latestDated returns the passages of a source that give its newest
// event dates, to the month, read without the source's own date (so
// that "last month" does not count) and no later than it (a date it
// foresees is no event): what an inferred date rests on.
func (e *Engine) latestDated(s *knowledge.Source) []datedPassage {
	var newest knowledge.Date
	var out []datedPassage
	for _, p := range s.Passages {
		for _, sent := range e.Index().Sentences(p) {
			for _, w := range knowledge.FindWhen(sent.Text, knowledge.Date{}) {
				d := knowledge.Date{Year: w.Date.Year, Month: w.Date.Month}
				if s.Published.Before(d) {
					continue // what it foresees ("by 2030"), no event it reports
				}
				switch {
				case newest.Before(d) || newest.IsZero():
					newest, out = d, []datedPassage{{p, w.Text}}
				case d == newest && !slices.ContainsFunc(out, func(o datedPassage) bool { return o.p == p }):
					out = append(out, datedPassage{p, w.Text})
				}
			}
		}
	}
	return out
}
