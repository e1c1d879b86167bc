package knowledge

import (
	"slices"
	"strings"
	"sync"
)

// Options tune a search. The zero value means the defaults.
type Options struct {
	// Max is the most passages returned (default 3).
	Max int
	// Relative is the cut-off: a passage is returned only when its score is
	// at least this share of the best one's (default 0.7).
	Relative float64
	// Context is text the question follows on from (the thread's previous
	// question): its terms help rank, at ContextWeight, but a term of it that
	// no source has is not "missing".
	Context string
	// KeepUncovered keeps the hits of a question judged not covered (for
	// explaining the verdict); normally they are dropped.
	KeepUncovered bool
	// Every keeps every passage above the cut-off, also one that has
	// nothing of the question a better one lacks: a topic's passages (for
	// a summary), or the candidates a reranker orders. Normally an answer
	// cites, after the best passage, only those that add to it or nearly
	// tie with it.
	Every bool
	// Trace records in the result how the judging went: the candidates
	// scored (Result.Candidates) and what each check did (Result.Checks),
	// for explaining a verdict.
	Trace bool
}

// Coverage thresholds, as shares of the question's weight (the sum of the
// weights of its terms; see termWeight).
const (
	// A question is not covered when the best passage matches less than
	// this share of its weight.
	minTopShare = 0.25
	maxTerms    = 64 // query and expansion terms beyond this are ignored
	// ContextWeight is the weight of a context term, against 1 for the
	// question's own.
	ContextWeight = 0.35
	// softWeight is a question word's weight in ranking ("important",
	// "unlikely"), against 1 for a topic term.
	softWeight = 0.3
	// authorWeight scales a source author's name in a question: it names
	// the piece more often than the subject.
	authorWeight = 0.3
	// candidates is how many passages are ranked before the coverage rules
	// pick the ones to cite.
	candidates = 12
)

// A Hit is one passage found for a query.
type Hit struct {
	Passage *Passage
	Score   float64
	// Matched are the query's terms the passage has (directly or through
	// an expansion).
	Matched []string
}

// A QueryTerm is one search term of a question.
type QueryTerm struct {
	Stem    string  // as indexed; a glossary concept is "=key"
	Surface string  // as the question wrote it
	IDF     float64 // its weight
	Found   bool    // some passage has it, or one of its expansions
	Name    bool    // a name: capitalised mid-sentence, all capitals, or a named concept
	Context bool    // from the context, not the question
	// Salient is true for what decides coverage: a name, a figure, a term
	// that is not everyday English. An everyday word ("situation") is not.
	Salient bool
	// Soft is true for a word common in questions that names no topic on
	// its own ("important", "unlikely", "need"): it helps choose between
	// passages that have it, but never counts for or against coverage.
	Soft bool `json:",omitempty"`
	// Expansions are the sources' words for the same thing, from general
	// lexical data, each weighing less than the term itself.
	Expansions []Expansion
	// level is how common the word is in English (its commonness), looked
	// up once: ranking and the coverage rule weigh an everyday word by it.
	level int
	// head is true for the noun a "what is the ..." question asks about
	// ("what is the weather in ..."): when no source has it, it weighs in
	// the coverage rule like a term no source has, however common.
	head bool
	// graded is true for a word the question grades ("more important");
	// in a question about a change of degree it is what changed, and
	// ranks as a topic term (changed).
	graded, changed bool
	// described is true for a word the sources use only to describe one
	// name ("the island"): it is searched as that name (see
	// descriptionOf), not as the word.
	described bool
}

// An Expansion is a related word of a query term that the sources use.
type Expansion struct {
	Stem   string  `json:"stem"`
	Word   string  `json:"word"`
	Kind   string  `json:"kind"`
	Weight float64 `json:"weight"`
}

// A Result is what a search found, and whether the knowledge base covers
// the question at all.
type Result struct {
	// Query is the question as understood (normalised, corrected).
	Query
	Terms   []QueryTerm
	Hits    []Hit
	Covered bool
	// Missing are the question's salient terms that no source mentions,
	// even through an expansion.
	Missing []string
	// Reason says, in one sentence, why a question is not covered.
	Reason string
	// WantsFigure is true when the question asks for a quantity.
	WantsFigure bool
	// Rewritten is the question in the sources' words, when a model
	// rewrote it for retrieval.
	Rewritten string
	// Unconfirmed is the sentence of Hits[0] that reports what a question
	// asks to be confirmed only as a possibility or an allegation, with
	// nothing on whether it was: the question is not covered.
	Unconfirmed string `json:",omitempty"`
	// Pending is the sentence of Hits[0] that tells of what a question asks
	// came about as still to come, where it asks whether it happened: the
	// question is not covered.
	Pending string `json:",omitempty"`
	// Withheld is the sentence of Hits[0] that says what a question asks
	// was not made public or is not known ("the value of assets frozen
	// abroad has not been disclosed"): the question is not covered.
	Withheld string `json:",omitempty"`
	// Instead says, in one sentence, what the sources say instead of a
	// question's premise when they answer it by saying so ("The sources say
	// this of Oslo, not of Riga.").
	Instead string `json:",omitempty"`
	// AboutSubjects is true for a question that names nothing but the
	// sources' main subjects, with no context: it asks for the argument as a
	// whole, which a summary answers.
	AboutSubjects bool
	// Candidates are the best passages the search scored, before the
	// checks, and Checks what each check did: with Options.Trace only.
	Candidates []Hit   `json:",omitempty"`
	Checks     []Check `json:",omitempty"`
}

// MissingNames lists the question's names and figures that no source has:
// what no rewording can supply.
func (r Result) MissingNames() []string {
	var out []string
	for _, t := range r.Terms {
		if !t.Found && !t.Context && (t.Name || isNumber(t.Stem)) {
			out = append(out, t.Surface)
		}
	}
	return out
}

var scratch = sync.Pool{New: func() any { return new(buffers) }}

type buffers struct {
	scores, best []float32
	matched      []uint64
}

// Search understands a question, ranks the passages for it and decides
// whether the knowledge base covers it.
func (ix *Index) Search(question string, opt Options) Result {
	return ix.SearchQuery(ix.Understand(question), opt)
}

// SearchQuery searches for a question already understood.
func (ix *Index) SearchQuery(q Query, opt Options) Result {
	if opt.Max <= 0 {
		opt.Max = 3
	}
	if opt.Relative <= 0 {
		opt.Relative = 0.7
	}
	r := Result{Query: q, WantsFigure: q.Wants != ""}
	if q.Language != "" {
		r.Reason = "Dossier answers questions in English; this one looks like " + q.Language + "."
		return r
	}
	context := opt.Context
	if q.Background != "" {
		context = strings.TrimSpace(q.Background + " " + context)
	}
	r.Terms = ix.queryTerms(strings.TrimSpace(q.Referent+" "+q.Text), context)
	if q.Change != 0 {
		r.Terms = ix.withChange(r.Terms, q.Change, AsksReasonRE.MatchString(q.Text))
	}
	r.Terms = ix.withDifficulty(r.Terms, q.Text)
	r.AboutSubjects = ix.aboutMainSubjects(q, r.Terms)
	if q.Wants == Share {
		for i, t := range r.Terms {
			if shareKindWords[strings.ToLower(t.Surface)] {
				// "the seat shares on the route": the kind of figure asked,
				// which a passage gives as "44% of seats" as well as by the
				// word, and which the rule on shares judges
				r.Terms[i].Soft = true
			}
		}
	}
	stems, weights, owner, group := ix.scoringTerms(r.Terms)
	buf := scratch.Get().(*buffers)
	defer scratch.Put(buf)
	buf.scores = resize(buf.scores, len(ix.passages))
	if cap(buf.best) < len(ix.passages) {
		buf.best = make([]float32, len(ix.passages)) // score leaves it zero: no clearing on each search
	}
	buf.best = buf.best[:len(ix.passages)]
	buf.matched = resize(buf.matched, len(ix.passages))
	ix.score(stems, weights, group, buf.scores, buf.best, buf.matched)
	wide := ix.top(buf.scores, buf.matched, stems, owner, r.Terms, Options{Max: max(opt.Max, candidates), Relative: 0.01})
	if !r.AboutPiece {
		wide = detailFirst(wide)
	}
	ix.judge(&r, wide, opt)
	if !r.Covered && !opt.KeepUncovered && r.Unconfirmed == "" && r.Pending == "" && r.Withheld == "" {
		r.Hits = nil
	}
	return r
}

// shareKindWords name a percentage as the kind of figure asked.
var shareKindWords = setOf("share", "shares", "percentage", "percentages", "percent", "proportion", "proportions")

func resize[T float32 | uint64](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// scoringTerms lists what is scored: each term's stem, then its
// expansions, with their weights; owner maps each back to its term, and
// group does for the concepts a word is part of the aliases of, and for
// the words of change of a question about a change, which score as one
// group (see score); -1 for every other.
func (ix *Index) scoringTerms(terms []QueryTerm) (stems []string, weights []float64, owner, group []int) {
	seen := map[string]bool{}
	// a context term that a question term reaches through an expansion is
	// the question's: its passages have what the question asks for
	asked := map[string]bool{}
	for _, t := range terms {
		for _, e := range t.Expansions {
			asked[e.Stem] = asked[e.Stem] || !t.Context
		}
	}
	for i, t := range terms {
		if t.Context && asked[t.Stem] || t.described {
			continue
		}
		w := 1.0
		switch {
		case t.changed:
		case t.Soft:
			w = softWeight
		case !t.Salient && !strings.HasPrefix(t.Stem, "="):
			w = everydayRank(t) // an everyday word ranks, but less than the topic
		}
		if ix.authors[t.Stem] {
			w *= authorWeight
		}
		if t.Context {
			w *= ContextWeight
		}
		stems, weights, owner, group = append(stems, t.Stem), append(weights, w), append(owner, i), append(group, -1)
		seen[t.Stem] = true
	}
	for i, t := range terms {
		for _, e := range t.Expansions {
			if seen[e.Stem] || len(stems) == maxTerms {
				continue
			}
			seen[e.Stem] = true
			w := e.Weight
			if t.Context {
				w *= ContextWeight
			}
			g := -1
			if strings.HasSuffix(e.Kind, "alias part") || e.Kind == "change" || e.Kind == "difficulty" {
				g = i // the concepts whose aliases have the word, or the words of change or difficulty: one of them at most
			}
			stems, weights, owner, group = append(stems, e.Stem), append(weights, w), append(owner, i), append(group, g)
		}
	}
	return stems, weights, owner, group
}

// queryTerms returns the question's distinct terms with their weights,
// then the context's found terms that the question lacks. A year that no
// source mentions is left to the dating of the answer.
func (ix *Index) queryTerms(question, context string) []QueryTerm {
	var out []QueryTerm
	seen := map[string]bool{}
	out = ix.appendTerms(out, seen, question, false, slices.Concat(focusWords(question), whatNouns(question), terseHead(question)), heads(question))
	// the question's words, hyphens split, and their base forms: what its
	// expressions are looked up by
	ws := words(strings.ToLower(strings.ReplaceAll(question, "-", " ")))
	bases := baseWords(ws)
	out = ix.appendPhrases(out, seen, question, ws, bases)
	out = ix.literalInIdioms(out, ws, bases)
	if context != "" {
		out = ix.appendTerms(out, seen, context, true, nil, nil)
	}
	return out
}
