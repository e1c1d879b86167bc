package bot

import (
	"context"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
)

// An Engine answers questions from a knowledge base. It is safe for
// concurrent use.
type Engine struct {
	index atomic.Pointer[knowledge.Index]
	clock func() time.Time
	log   *slog.Logger

	cache    Cache
	cacheTTL time.Duration
	threads  Threads
	activity Activity
	llm      LLM
	llmOpts  LLMOptions
	vectors  *vectors
	observe  Observer
}

// An Observer is told what metrics count: each stage's time, the cache's
// hits and misses, the model's tokens.
type Observer interface {
	Retrieval(d time.Duration)
	LLM(d time.Duration, u Usage, err error)
	Cache(hit bool)
}

// WithObserver reports to o (metrics).
func WithObserver(o Observer) Option { return func(e *Engine) { e.observe = o } }

type nopObserver struct{}

func (nopObserver) Retrieval(time.Duration)         {}
func (nopObserver) LLM(time.Duration, Usage, error) {}
func (nopObserver) Cache(bool)                      {}

// LLMOptions tune the model's part in answers.
type LLMOptions struct {
	// Timeout bounds all of one answer's model calls, retries included
	// (default 45s).
	Timeout time.Duration
	// ContextTokens is the model's context window (default 8192); the
	// passages are cut to fit it with MaxAnswerTokens to spare.
	ContextTokens int
	// MaxAnswerTokens is the longest reply asked for (default 700).
	MaxAnswerTokens int
}

// Defaults of LLMOptions and WithCache.
const (
	DefaultAnswerTimeout   = 45 * time.Second
	DefaultContextTokens   = 8192
	DefaultMaxAnswerTokens = 700
	DefaultCacheTTL        = 24 * time.Hour
)

func (o LLMOptions) withDefaults() LLMOptions {
	if o.Timeout <= 0 {
		o.Timeout = DefaultAnswerTimeout
	}
	if o.ContextTokens <= 0 {
		o.ContextTokens = DefaultContextTokens
	}
	if o.MaxAnswerTokens <= 0 {
		o.MaxAnswerTokens = DefaultMaxAnswerTokens
	}
	return o
}

// WithLLM has answers written by a language model from the passages;
// without it, or when it fails, answers are extractive.
func WithLLM(l LLM, o LLMOptions) Option {
	return func(e *Engine) { e.llm, e.llmOpts = l, o.withDefaults() }
}

// An Option sets an optional part of an Engine.
type Option func(*Engine)

// MaxCitations is the most passages an answer cites.
const MaxCitations = 3

// WithClock sets the clock that dates answers and activity (default
// time.Now), for tests.
func WithClock(now func() time.Time) Option { return func(e *Engine) { e.clock = now } }

// Now is the engine's clock.
func (e *Engine) Now() time.Time { return e.clock() }

// WithLogger sets the logger (default: slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(e *Engine) { e.log = l } }

// WithCache caches finished answers for ttl (default 24 hours).
func WithCache(c Cache, ttl time.Duration) Option {
	return func(e *Engine) {
		if ttl <= 0 {
			ttl = DefaultCacheTTL
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
	e := &Engine{clock: time.Now, log: slog.Default(), observe: nopObserver{}}
	e.index.Store(ix)
	for _, o := range opts {
		o(e)
	}
	return e
}

// Index returns the engine's knowledge index.
func (e *Engine) Index() *knowledge.Index { return e.index.Load() }

// SetIndex swaps in a new knowledge index (a reloaded knowledge base);
// questions already being answered finish with the old one.
func (e *Engine) SetIndex(ix *knowledge.Index) {
	e.index.Store(ix)
	if e.vectors != nil {
		e.vectors.mu.Lock()
		e.vectors.byID = nil // passages may have changed: embed again, from the cache where unchanged
		e.vectors.mu.Unlock()
	}
}

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
	search, context := e.understand(ctx, q)
	key := e.cacheKey(q, search, context)
	a, hit := e.cached(ctx, key)
	if hit {
		a.Question = q.Text
	} else {
		stage(ctx, StageSearching, e.Index().Len())
		u := e.Index().Understand(search)
		switch {
		case u.Language != "":
			a = e.otherLanguage(q, u)
		case u.AsksDate:
			a = e.sourceDates(q, u)
		case u.AboutPiece:
			a = e.overview(ctx, q, u)
		}
		if a == nil {
			r := e.search(ctx, q, u, context)
			if r.AboutSubjects {
				a = e.overview(ctx, q, u) // names nothing but the sources' main subjects
			}
			if a == nil {
				a = e.answer(ctx, q, r)
				a.Rewritten = r.Rewritten
			}
		}
		a.Corrected = corrections(u)
		if words := e.correctedWords(u); words != "" && u.Language == "" {
			a.Text += "\n\nSearched for " + words + "."
		}
		if search != q.Text {
			a.Standalone = search
		}
		if a.Note == "" { // a degraded answer is not worth keeping
			storeJSON(ctx, e, key, a)
		}
	}
	e.remember(ctx, q, a)
	return a, nil
}

// search finds the passages for a question, with embeddings when on.
func (e *Engine) search(ctx context.Context, q Question, u knowledge.Query, context string) knowledge.Result {
	start := time.Now()
	defer func() { e.observe.Retrieval(time.Since(start)) }()
	r := e.Index().SearchQuery(u, knowledge.Options{Max: MaxCitations, Context: context})
	if e.useLLM(q) {
		r = e.withRewrite(ctx, u, context, r)
	}
	if e.vectors == nil || !r.Covered {
		return r
	}
	wide := e.Index().SearchQuery(u, knowledge.Options{Max: 10, Relative: 0.3, Context: context, Every: true})
	return e.hybrid(ctx, u.Text, r, wide.Hits)
}

// corrections lists a question's typo corrections, [] for none.
func corrections(u knowledge.Query) []knowledge.Correction {
	if u.Corrections == nil {
		return []knowledge.Correction{}
	}
	return u.Corrections
}

// correctedWords names what was searched instead of the question's typos:
// "Reykjavik, sanctions". A word of function corrected ("teh": the) is
// not searched for, and is not named.
func (e *Engine) correctedWords(u knowledge.Query) string {
	var tos []string
	for _, c := range u.Corrections {
		if len(e.Index().Terms(c.To)) > 0 {
			tos = append(tos, c.To)
		}
	}
	return strings.Join(tos, ", ")
}

// otherLanguage answers a question not in English with one plain line.
func (e *Engine) otherLanguage(q Question, u knowledge.Query) *Answer {
	return &Answer{Question: q.Text, Mode: ModeExtractive, Missing: []string{}, Citations: []Citation{},
		Text: "Dossier answers questions in English; this question looks like " + u.Language + ". Please ask it in English."}
}
