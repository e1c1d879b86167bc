package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
)

// An Engine answers questions from a knowledge base. It is safe for
// concurrent use.
type Engine struct {
	index *knowledge.Index
	// Now is the clock; tests set it.
	Now func() time.Time
	log *slog.Logger
	// MaxCitations is the most passages an answer cites (default 3).
	MaxCitations int
}

// An Option sets an optional part of an Engine.
type Option func(*Engine)

// WithLogger sets the logger (default: slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(e *Engine) { e.log = l } }

// NewEngine returns an Engine over an index, with the given options.
func NewEngine(ix *knowledge.Index, opts ...Option) *Engine {
	e := &Engine{index: ix, Now: time.Now, log: slog.Default(), MaxCitations: 3}
	for _, o := range opts {
		o(e)
	}
	return e
}

// Index returns the engine's knowledge index.
func (e *Engine) Index() *knowledge.Index { return e.index }

// Ask answers a question. The only errors are the refusals of
// CheckQuestion and a cancelled context: anything else degrades to a
// plainer answer.
func (e *Engine) Ask(ctx context.Context, q Question) (*Answer, error) {
	if err := CheckQuestion(q.Text); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := e.index.Search(q.Text, knowledge.Options{Max: e.MaxCitations})
	return e.extractive(q.Text, r), nil
}

// extractive builds the answer that needs no model: the passages' own
// sentences, cited, or a plain statement that the sources do not cover the
// question.
func (e *Engine) extractive(question string, r knowledge.Result) *Answer {
	a := &Answer{Question: question, Mode: ModeExtractive, Missing: nonNil(r.Missing), Citations: []Citation{}}
	if !r.Covered {
		a.Text = e.notCovered(r)
		return a
	}
	a.Covered = true
	for i, h := range r.Hits {
		a.Citations = append(a.Citations, NewCitation(i+1, h.Passage))
	}
	asOf := newest(r.Hits)
	a.AsOf = asOf.ISO()
	text := extractiveText(newWeigher(e.index, r), r.Hits)
	if prefix := e.datePrefix(r, asOf, r.Hits); prefix != "" {
		text = prefix + "\n\n" + text
	}
	if len(r.Missing) > 0 {
		text += "\n\nThe sources say nothing about: " + strings.Join(r.Missing, ", ") + "."
	}
	a.Text = text
	return a
}

// notCovered says plainly that the sources do not answer, naming the terms
// no source mentions and how recent the knowledge base is.
func (e *Engine) notCovered(r knowledge.Result) string {
	var b strings.Builder
	b.WriteString("The knowledge base does not cover this question.")
	if len(r.Missing) > 0 {
		fmt.Fprintf(&b, " It has nothing on: %s.", strings.Join(r.Missing, ", "))
	} else if r.Reason != "" {
		b.WriteString(" " + r.Reason)
	}
	if r.AsksPresent || len(r.Years) > 0 {
		fmt.Fprintf(&b, " Its newest source is from %s.", e.index.KB().Newest())
	}
	return b.String()
}

// datePrefix opens an answer about the present, or about a year after its
// newest source, with the date its information is as of.
func (e *Engine) datePrefix(r knowledge.Result, asOf knowledge.Date, hits []knowledge.Hit) string {
	later := false
	for _, y := range r.Years {
		if y > asOf.Year {
			later = true
		}
	}
	if !r.AsksPresent && !later {
		return ""
	}
	label := asOf.String()
	for _, h := range hits {
		if h.Passage.Source.Published == asOf && h.Passage.Source.DateInferred {
			label += " (date inferred)"
			break
		}
	}
	return fmt.Sprintf("As of %s — the newest information the knowledge base has on this; it holds nothing later:", label)
}

func newest(hits []knowledge.Hit) knowledge.Date {
	var d knowledge.Date
	for _, h := range hits {
		if d.Before(h.Passage.Source.Published) {
			d = h.Passage.Source.Published
		}
	}
	return d
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
