package bot

import (
	"fmt"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
)

// notCovered says plainly that the sources do not answer, naming the terms
// no source mentions and how recent the knowledge base is.
func (e *Engine) notCovered(r knowledge.Result) string {
	var b strings.Builder
	b.WriteString("The knowledge base does not cover this question.")
	// why, unless it is only that no source mentions what is listed next
	if r.Reason != "" && (len(r.Missing) == 0 || !strings.HasPrefix(r.Reason, "No source mentions")) {
		b.WriteString(" " + r.Reason)
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(&b, " It has nothing on: %s.", strings.Join(r.Missing, ", "))
	}
	// how old the sources are, whatever was asked: what they lack may be
	// newer than they are
	if newest := e.Index().KB().Newest(); !newest.IsZero() && !strings.Contains(b.String(), newest.String()) {
		fmt.Fprintf(&b, " Its newest source is from %s.", newest)
	}
	return b.String()
}

// needsDate reports whether an answer from these passages must say what
// date its information is as of: the question is about the present, or
// names a year after the newest of them, or the answer tells of what it
// answers as still to come or undecided (Index.Unsettled).
func (e *Engine) needsDate(r knowledge.Result, ps []*knowledge.Passage) bool {
	asOf := newest(ps)
	for _, y := range r.Years {
		if y > asOf.Year {
			return true
		}
	}
	return r.AsksPresent || r.AsksState || e.Index().Unsettled(r)
}

// asOfLabel is the newest passage's date for people: "October 2022 (date
// inferred)".
func asOfLabel(ps []*knowledge.Passage) string {
	asOf := newest(ps)
	label := asOf.String()
	for _, p := range ps {
		if p.Source.Published == asOf && p.Source.DateInferred {
			return label + " (date inferred)"
		}
	}
	return label
}

// datePrefix opens an answer that needsDate with the date its information
// is as of; "" for any other.
func (e *Engine) datePrefix(r knowledge.Result, ps []*knowledge.Passage) string {
	if !e.needsDate(r, ps) {
		return ""
	}
	return asOfLine(ps)
}

// asOfLine says how old the information of the passages is.
func asOfLine(ps []*knowledge.Passage) string {
	return fmt.Sprintf("As of %s — the newest information the knowledge base has on this; it holds nothing later:", asOfLabel(ps))
}

func newest(ps []*knowledge.Passage) knowledge.Date {
	var d knowledge.Date
	for _, p := range ps {
		if d.Before(p.Source.Published) {
			d = p.Source.Published
		}
	}
	return d
}

func hitPassages(hits []knowledge.Hit) []*knowledge.Passage {
	out := make([]*knowledge.Passage, len(hits))
	for i, h := range hits {
		out[i] = h.Passage
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
