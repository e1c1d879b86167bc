package bot

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge"
)

// Gaps groups the questions asked between since and until that the
// knowledge base did not cover, most asked first: the curator's to-do
// list.
func (e *Engine) Gaps(ctx context.Context, since, until time.Time) ([]Gap, error) {
	if e.activity == nil {
		return []Gap{}, nil
	}
	events, err := e.activity.Since(ctx, since)
	if err != nil {
		return nil, fmt.Errorf("read the team's activity: %w", err)
	}
	return e.groupGaps(events, until), nil
}

// maxGapQuestions is how many distinct questions a gap lists.
const maxGapQuestions = 5

// gapQuestion is one not-covered question, with its missing terms as the
// index analyses them.
type gapQuestion struct {
	text  string
	at    time.Time
	terms []string // index terms (stems, concepts), distinct
	asks  gapAsks
}

// gapAsks is what kind of answer a question asks for, as the knowledge
// base read it: what a source that covers it would have to give.
type gapAsks struct {
	figure, present, who, why bool
}

// asksOf reads a question as knowledge.Understand does: a figure (a count,
// share, distance, area or sum, or a part of the form), the present, a
// person (a part opening on "who"), a reason.
func (e *Engine) asksOf(question string) gapAsks {
	u := e.Index().Understand(question)
	a := gapAsks{present: u.AsksPresent}
	switch u.Wants {
	case knowledge.Count, knowledge.Share, knowledge.Distance, knowledge.Area, knowledge.Money:
		a.figure = true
	}
	for _, p := range e.Index().Parts(u.Text) {
		a.figure = a.figure || p.Form == knowledge.FormFigure
		a.who = a.who || p.Wh == "who"
		a.why = a.why || p.Form == knowledge.FormReason
	}
	return a
}

// groupGaps groups not-covered questions by the missing terms the engine
// recorded for them (the same analysis that decided coverage): the term
// most questions lack makes a group of every question lacking it, then the
// next among those left, and so on. Questions that lack no term (the
// sources touch on them without answering) are grouped by their text.
func (e *Engine) groupGaps(events []ActivityEvent, until time.Time) []Gap {
	var qs []gapQuestion
	surfaces := map[string]map[string]int{} // term → how it was written → count
	for _, ev := range events {
		if ev.Kind != ActivityQuestion || ev.Covered || !ev.At.Before(until) {
			continue
		}
		q := gapQuestion{text: ev.Question, at: ev.At, asks: e.asksOf(ev.Question)}
		for _, m := range ev.Missing {
			t := e.gapTerm(m)
			if !slices.Contains(q.terms, t) {
				q.terms = append(q.terms, t)
			}
			if surfaces[t] == nil {
				surfaces[t] = map[string]int{}
			}
			surfaces[t][m]++
		}
		qs = append(qs, q)
	}
	gaps := []Gap{}
	for len(qs) > 0 {
		var group []gapQuestion
		term := commonestTerm(qs, surfaces)
		if term == "" { // only questions that lack no term are left
			key := NormalizeQuestion(qs[0].text)
			group, qs = partition(qs, func(q gapQuestion) bool { return NormalizeQuestion(q.text) == key })
		} else {
			group, qs = partition(qs, func(q gapQuestion) bool { return slices.Contains(q.terms, term) })
		}
		gaps = append(gaps, makeGap(group, term, surfaces))
	}
	slices.SortStableFunc(gaps, func(a, b Gap) int {
		return cmp.Or(b.N-a.N, b.LastAsked.Compare(a.LastAsked), strings.Compare(a.Question, b.Question))
	})
	return gaps
}

// gapTerm is a missing word as the index sees it ("drones" and "drone"
// are one term), or the word in lower case when analysis drops it.
func (e *Engine) gapTerm(word string) string {
	if ts := e.Index().Terms(word); len(ts) > 0 {
		return ts[0]
	}
	return strings.ToLower(word)
}

// commonestTerm is the term most questions lack; ties go to a name (a
// word written with a capital), then to the term first in order.
func commonestTerm(qs []gapQuestion, surfaces map[string]map[string]int) string {
	count := map[string]int{}
	for _, q := range qs {
		for _, t := range q.terms {
			count[t]++
		}
	}
	best := ""
	for t, n := range count {
		if best == "" || n > count[best] || n == count[best] && (isName(t, surfaces) && !isName(best, surfaces) ||
			isName(t, surfaces) == isName(best, surfaces) && t < best) {
			best = t
		}
	}
	return best
}

func isName(term string, surfaces map[string]map[string]int) bool {
	for s := range surfaces[term] {
		if r := []rune(s); len(r) > 0 && unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

func partition(qs []gapQuestion, in func(gapQuestion) bool) (yes, no []gapQuestion) {
	for _, q := range qs {
		if in(q) {
			yes = append(yes, q)
		} else {
			no = append(no, q)
		}
	}
	return yes, no
}

// makeGap describes a group: the terms at least half of its questions
// lack (the grouping term first), the latest question as the example, its
// distinct questions, and what kind of source would cover it.
func makeGap(group []gapQuestion, term string, surfaces map[string]map[string]int) Gap {
	g := Gap{N: len(group), Missing: []string{}, Questions: []string{}}
	count := map[string]int{}
	var order []string
	seen := map[string]string{} // normalised question → as first written
	for _, q := range group {
		k := NormalizeQuestion(q.text)
		if _, ok := seen[k]; !ok {
			seen[k] = q.text
			if len(g.Questions) < maxGapQuestions {
				g.Questions = append(g.Questions, q.text)
			}
		}
		if !q.at.Before(g.LastAsked) { // the latest, as first written
			g.LastAsked, g.Question = q.at, seen[k]
		}
		for _, t := range q.terms {
			if count[t] == 0 {
				order = append(order, t)
			}
			count[t]++
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Or(b2i(b == term)-b2i(a == term), count[b]-count[a]) })
	for _, t := range order {
		if 2*count[t] >= len(group) {
			g.Missing = append(g.Missing, surface(t, surfaces))
		}
	}
	g.Suggestion = suggest(g.Missing, group)
	return g
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// surface is how a term was most often written, a capitalised form first
// among equals.
func surface(term string, surfaces map[string]map[string]int) string {
	best, n := term, 0
	for s, c := range surfaces[term] {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// suggest says what kind of source would cover a gap, from what its
// questions ask: figures, the present, a person, causes, or a subject.
func suggest(terms []string, group []gapQuestion) string {
	about := "these questions' subject"
	if len(terms) > 0 {
		about = joinAnd(terms)
	}
	var asks gapAsks // what any of the group's questions asks
	for _, q := range group {
		asks.figure, asks.present = asks.figure || q.asks.figure, asks.present || q.asks.present
		asks.who, asks.why = asks.who || q.asks.who, asks.why || q.asks.why
	}
	switch {
	case len(terms) == 0:
		return "The sources do not answer this, though each of its words is in them: a source that addresses the question directly."
	case asks.figure:
		return fmt.Sprintf("A source with figures on %s: a statistical release, a report or a dataset.", about)
	case asks.present:
		return fmt.Sprintf("A recent source on %s: news or an update newer than the knowledge base.", about)
	case asks.who:
		return fmt.Sprintf("A profile or background piece on %s.", about)
	case asks.why:
		return fmt.Sprintf("An analysis of %s: a report or commentary that explains causes.", about)
	}
	return fmt.Sprintf("An article or report on %s.", about)
}

func joinAnd(ss []string) string {
	if len(ss) < 2 {
		return strings.Join(ss, "")
	}
	return strings.Join(ss[:len(ss)-1], ", ") + " and " + ss[len(ss)-1]
}
