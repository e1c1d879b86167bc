package bot

import (
	"cmp"
	"context"
	"slices"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge"
)

// A Timeline is the dated events the sources report, in chronological
// order. Its JSON form is the output of `dossier timeline --json`.
type Timeline struct {
	Topic  string  `json:"topic"`
	Events []Event `json:"events"`
	// Missing are the topic's words no source mentions, when the sources
	// do not cover it.
	Missing []string `json:"missing,omitempty"`
}

// An Event is one dated sentence of a source.
type Event struct {
	Date        string `json:"date"`      // YYYY, YYYY-MM or YYYY-MM-DD
	DateText    string `json:"date_text"` // as written: "late September 2022"
	Approximate bool   `json:"approximate"`
	Text        string `json:"text"` // the sentence, verbatim
	ID          string `json:"id"`   // the passage's ID
	Source      string `json:"source"`
	Reliability string `json:"reliability"`

	date knowledge.Date
	part int
}

// Timeline returns the dated events the sources report on a topic ("" for
// all), in chronological order: each sentence that gives a date, with the
// date as written and normalised. Partial and relative dates are resolved
// against the source's date and marked approximate; undated sentences are
// left out. It is extractive: the sentences are the sources' own.
func (e *Engine) Timeline(ctx context.Context, topic string) (*Timeline, error) {
	if utf8.RuneCountInString(topic) > MaxQuestionLen {
		return nil, ErrQuestionTooLong
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t := &Timeline{Topic: topic, Events: []Event{}}
	ps, r := e.scopePassages(topic)
	if r != nil && !r.Covered {
		t.Missing = nonNil(r.Missing)
		return t, nil
	}
	for _, p := range ps {
		heading := knowledge.Heading(p.Text)
		for _, s := range e.Index().Sentences(p) {
			if s.Text == heading {
				continue // "The raids of 22 May.": a label; the sentences after it tell the event
			}
			for _, w := range uniqueWhens(knowledge.FindWhen(s.Text, p.Source.Published)) {
				t.Events = append(t.Events, Event{Date: w.Date.ISO(), DateText: w.Text, Approximate: w.Approximate, Text: s.Text,
					ID: p.ID, Source: p.Source.Title, Reliability: p.Source.Reliability, date: w.Date, part: w.Part})
			}
		}
	}
	slices.SortStableFunc(t.Events, func(a, b Event) int {
		return cmp.Or(cmp.Compare(a.date.Year, b.date.Year), cmp.Compare(a.date.Month, b.date.Month),
			cmp.Compare(a.date.Day, b.date.Day), cmp.Compare(a.part, b.part))
	})
	return t, nil
}

// uniqueWhens keeps one of each date a sentence gives.
func uniqueWhens(ws []knowledge.EventDate) []knowledge.EventDate {
	var out []knowledge.EventDate
	for _, w := range ws {
		if !slices.ContainsFunc(out, func(o knowledge.EventDate) bool { return o.Date == w.Date }) {
			out = append(out, w)
		}
	}
	return out
}
