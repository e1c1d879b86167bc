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

	cache    Cache
	cacheTTL time.Duration
	threads  Threads
	activity Activity
}

// An Option sets an optional part of an Engine.
type Option func(*Engine)

// WithLogger sets the logger (default: slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(e *Engine) { e.log = l } }

// WithCache caches finished answers for ttl (default 24 hours).
func WithCache(c Cache, ttl time.Duration) Option {
	return func(e *Engine) {
		if ttl <= 0 {
			ttl = 24 * time.Hour
		}
		e.cache, e.cacheTTL = c, ttl
	}
}

// WithThreads gives the engine thread memory, for follow-up questions.
func WithThreads(t Threads) Option { return func(e *Engine) { e.threads = t } }

// WithActivity records every question answered, for the digest.
func WithActivity(a Activity) Option { return func(e *Engine) { e.activity = a } }

// WithStore uses one store for the cache, thread memory and activity.
func WithStore(s Store, cacheTTL time.Duration) Option {
	return func(e *Engine) {
		WithCache(s, cacheTTL)(e)
		e.threads, e.activity = s, s
	}
}

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
	context := e.followUpContext(ctx, q)
	key := e.cacheKey(q, context)
	a, hit := e.cached(ctx, key)
	if hit {
		a.Question = q.Text
	} else {
		r := e.index.Search(q.Text, knowledge.Options{Max: e.MaxCitations, Context: context})
		a = e.extractive(q.Text, r)
		e.store(ctx, key, a)
	}
	e.remember(ctx, q, a)
	return a, nil
}

// followUpContext returns the thread's previous question, which a
// follow-up ("and what about labour?") leans on; "" outside a thread.
func (e *Engine) followUpContext(ctx context.Context, q Question) string {
	if e.threads == nil || q.Thread == "" {
		return ""
	}
	turns, err := e.threads.Recent(ctx, ThreadKey{q.Team, q.Channel, q.Thread})
	if err != nil || len(turns) == 0 {
		return ""
	}
	return turns[len(turns)-1].Question
}

// remember records the turn in the thread and the question in the activity.
func (e *Engine) remember(ctx context.Context, q Question, a *Answer) {
	ids := make([]string, len(a.Citations))
	for i, c := range a.Citations {
		ids[i] = c.ID
	}
	if e.threads != nil && q.Thread != "" {
		turn := Turn{Question: q.Text, Answer: a.Text, Passages: ids, At: e.Now()}
		if err := e.threads.Append(ctx, ThreadKey{q.Team, q.Channel, q.Thread}, turn); err != nil {
			e.log.Warn("remember thread turn", "err", err)
		}
	}
	if e.activity != nil {
		ev := ActivityEvent{Kind: ActivityQuestion, At: e.Now(), Question: q.Text, Covered: a.Covered,
			Missing: a.Missing, Passages: ids, User: q.User, Channel: q.Channel, Thread: q.Thread}
		if err := e.activity.Record(ctx, ev); err != nil {
			e.log.Warn("record activity", "err", err)
		}
	}
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
