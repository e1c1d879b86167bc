package bot

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
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
			a = e.sourceDates(q)
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

// maxDated is how many sources an answer on when they were written lists,
// newest first.
const maxDated = 5

// sourceDates answers a question on when the sources were written from
// what the knowledge base records of them: the date each carries and,
// when the curator inferred it, that none is printed and why that one. A
// date a source prints answers the question; an inferred one does not.
func (e *Engine) sourceDates(q Question) *Answer {
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
	if figuresAskedRE.MatchString(q.Text) {
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
			if latest := e.latestDated(s); len(latest) > 0 && !exactDateRE.MatchString(q.Text) {
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

// exactDateRE finds a question after the day a source came out ("the
// exact publication date", "what day did it go up"), which an inferred
// date does not give.
var exactDateRE = lazyre.New(`(?i)\b(?:exact(?:ly)?|precise(?:ly)?|specific|publication|pub|publish(?:ed)?|what day|which day|what date|which date|go up|went up|posted)\b`)

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
	// figuresAskedRE finds a question on how current the sources'
	// figures are; figuresNoteRE a source's note on it ("Figures were
	// correct at the time of first publication").
	figuresAskedRE = lazyre.New(`(?i)\b(?:numbers|figures|data|stats)\b`)
	figuresNoteRE  = lazyre.New(`(?i)\b(?:figures|numbers|data)\b[^.]*\b(?:correct|accurate|current|valid|as of)\b`)
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

// answer writes the answer to a searched question: with the model when
// there is one and the sources cover the question, else extractive.
func (e *Engine) answer(ctx context.Context, q Question, r knowledge.Result) *Answer {
	ext := e.extractive(q.Text, r)
	if !r.Covered || !e.useLLM(q) {
		return ext
	}
	a, err := e.llmAnswer(ctx, q, r)
	if err != nil {
		if ctx.Err() == nil {
			e.log.WarnContext(ctx, "model answer not used; answering from the sources directly", "err", err)
		}
		ext.Note = llmNote(err)
		return ext
	}
	return a
}

func (e *Engine) useLLM(q Question) bool { return e.llm != nil && !q.NoLLM }

// understand returns what to search for: the question itself, or, for a
// follow-up in a thread, the model's standalone rewrite of it, or failing
// that the question with the thread's previous question as context.
func (e *Engine) understand(ctx context.Context, q Question) (search, context string) {
	if e.threads == nil || q.Thread == "" {
		return q.Text, ""
	}
	turns, err := e.threads.Recent(ctx, ThreadKey{q.Team, q.Channel, q.Thread})
	if err != nil || len(turns) == 0 {
		return q.Text, ""
	}
	if e.useLLM(q) {
		if s, err := e.rewrite(ctx, turns, q.Text); err == nil {
			return s, ""
		} else if ctx.Err() == nil {
			e.log.WarnContext(ctx, "follow-up rewrite failed; searching with the thread as context", "err", err)
		}
	}
	return q.Text, turns[len(turns)-1].Question
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
			e.log.WarnContext(ctx, "remember thread turn", "err", err)
		}
	}
	if e.activity != nil {
		ev := ActivityEvent{Kind: ActivityQuestion, At: e.Now(), Question: q.Text, Covered: a.Covered,
			Missing: a.Missing, Passages: ids, User: q.User, Channel: q.Channel, Thread: q.Thread}
		if err := e.activity.Record(ctx, ev); err != nil {
			e.log.WarnContext(ctx, "record activity", "err", err)
		}
	}
}

// extractive builds the answer that needs no model: the passages' own
// sentences, cited, or a plain statement that the sources do not cover the
// question.
func (e *Engine) extractive(question string, r knowledge.Result) *Answer {
	a := &Answer{Question: question, Mode: ModeExtractive, Missing: nonNil(r.Missing), Citations: []Citation{}}
	if !r.Covered {
		a.Text, a.Reason = e.notCovered(r), r.Reason
		// the reply says how old the sources are: a question about now
		// learns that they may be too old to answer it
		a.Dated = (r.AsksPresent || r.AsksState) && !e.Index().KB().Newest().IsZero()
		said, what := r.Unconfirmed, "the sources do not confirm this: they report it only as a possibility or an allegation."
		if said == "" {
			said, what = r.Pending, "the sources tell of this only as still to come: they cannot say whether it happened since."
		}
		if said == "" {
			said, what = r.Withheld, "the sources say this has not been made public or is not known:"
		}
		if said != "" && len(r.Hits) > 0 {
			// not covered, but what the sources do say is the answer's
			// point: quoted and cited
			ps := hitPassages(r.Hits[:1])
			a.Citations = append(a.Citations, NewCitation(1, ps[0]))
			a.AsOf = newest(ps).ISO()
			a.Text = "As of " + asOfLabel(ps) + ", " + what + " “" + said + "” [1]"
		}
		return a
	}
	a.Covered = true
	text, kept := e.extractiveText(question, e.withPartHits(question, r))
	r.Hits = kept
	for i, h := range r.Hits {
		a.Citations = append(a.Citations, NewCitation(i+1, h.Passage))
	}
	asOf := newest(hitPassages(r.Hits))
	a.AsOf = asOf.ISO()
	if prefix := e.datePrefix(r, hitPassages(r.Hits)); prefix != "" {
		text = prefix + "\n\n" + text
		a.Dated = true
	}
	if r.Instead != "" {
		text += "\n\n" + r.Instead
	}
	if m := noteworthyMissing(e.Index(), r); len(m) > 0 {
		text += "\n\nThe sources say nothing about: " + strings.Join(m, ", ") + "."
	}
	a.Text = text
	return a
}

// noteworthyMissing are the words of an answered question no source has
// that the answer says it leaves out. A question on whether something is
// so ("did the union ballot on a ceasefire?") asks it in every word, and
// each one no source has is named; a question after something (what,
// how many, who, where) names what it asks for, and only the words
// that name something (a country, a figure, a specific term: "Belarus",
// "200,000") are, not the everyday words and idioms it is put in ("move
// the needle", "this whole mess", "where's she based"), which the
// coverage rule did not count against it either. The answer's JSON lists
// every word no source has in missing.
func noteworthyMissing(ix *knowledge.Index, r knowledge.Result) []string {
	if slices.ContainsFunc(questionParts(ix, r.Text), func(p questionPart) bool { return yesNoRE.MatchString(p.text) }) {
		return r.Missing
	}
	var out []string
	for _, m := range r.Missing {
		i := slices.IndexFunc(r.Terms, func(t knowledge.QueryTerm) bool { return t.Surface == m })
		if i < 0 || r.Terms[i].Salient || r.Terms[i].Name {
			out = append(out, m)
		}
	}
	return out
}

// yesNoRE finds a question on whether something is so: it opens with an
// auxiliary, after chat's "so", "and", "wait" or "ok".
var yesNoRE = lazyre.New(`(?i)^\W*(?:(?:so|and|but|wait|ok|okay|also|hey|quick\s+q)[\s,:-]+)?(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|didn['’]?t|doesn['’]?t|don['’]?t|hasn['’]?t|haven['’]?t|won['’]?t|wouldn['’]?t)\b`)

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
