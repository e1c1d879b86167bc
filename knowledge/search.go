package knowledge

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Options tune a search. The zero value means the defaults.
type Options struct {
	// Max is the most passages returned (default 3).
	Max int
	// Relative is the cut-off: a passage is returned only when its score is
	// at least this share of the best one's (default 0.5).
	Relative float64
	// Context is text the question follows on from (the thread's previous
	// question): its terms help rank, at ContextWeight, but a term of it that
	// no source has is not "missing".
	Context string
	// KeepUncovered keeps the hits of a question judged not covered (for
	// explaining the verdict); normally they are dropped.
	KeepUncovered bool
}

// Coverage thresholds, as shares of the question's weight (the sum of the
// IDF of its terms, a term no source has counting as the rarest).
const (
	// A question is not covered when the terms no source mentions carry
	// this share of its weight or more...
	maxMissingShare = 0.5
	// ...or when the best passage matches less than this share of it.
	minTopShare = 0.35
	maxTerms    = 64 // query terms beyond this are ignored
	// ContextWeight is the weight of a context term, against 1 for the
	// question's own.
	ContextWeight = 0.35
)

// A Hit is one passage found for a query.
type Hit struct {
	Passage *Passage
	Score   float64
	// Matched are the query's terms the passage has.
	Matched []string
}

// A QueryTerm is one search term of a question.
type QueryTerm struct {
	Stem    string  // as indexed; a glossary concept is "=key"
	Surface string  // as the question wrote it
	IDF     float64 // its weight
	Found   bool    // some passage has it
	Name    bool    // written like a name (capitalised mid-sentence, or all capitals)
	Context bool    // from the context, not the question
}

// A Result is what a search found, and whether the knowledge base covers
// the question at all.
type Result struct {
	Terms   []QueryTerm
	Hits    []Hit
	Covered bool
	// Missing are the question's words that no source mentions.
	Missing []string
	// Reason says, in one sentence, why a question is not covered.
	Reason string
	// AsksPresent is true when the question asks about now ("current",
	// "latest", "today") and Years lists the years it names.
	AsksPresent bool
	Years       []int
	// WantsFigure is true for "how many", "how much" questions.
	WantsFigure bool
}

var scratch = sync.Pool{New: func() any { return new(buffers) }}

type buffers struct {
	scores  []float32
	matched []uint64
}

// Search ranks the passages for a question and decides whether the
// knowledge base covers it.
func (ix *Index) Search(question string, opt Options) Result {
	if opt.Max <= 0 {
		opt.Max = 3
	}
	if opt.Relative <= 0 {
		opt.Relative = 0.6
	}
	r := Result{}
	r.AsksPresent, r.Years, r.WantsFigure = timeAndFigure(question)
	r.Terms = ix.queryTerms(question, opt.Context)
	stems := make([]string, len(r.Terms))
	weights := make([]float64, len(r.Terms))
	for i, t := range r.Terms {
		stems[i], weights[i] = t.Stem, 1
		if t.Context {
			weights[i] = ContextWeight
		}
	}
	buf := scratch.Get().(*buffers)
	defer scratch.Put(buf)
	buf.scores = resize(buf.scores, len(ix.passages))
	buf.matched = resize(buf.matched, len(ix.passages))
	ix.score(stems, weights, buf.scores, buf.matched)
	r.Hits = ix.top(buf.scores, buf.matched, stems, opt)
	r.Hits = focused(r.Hits, r.Terms)
	if r.WantsFigure {
		// a question after a number is answered first by a passage with one
		slices.SortStableFunc(r.Hits, func(a, b Hit) int { return boolCmp(hasFigure(b.Passage), hasFigure(a.Passage)) })
	}
	ix.judge(&r)
	if !r.Covered && !opt.KeepUncovered {
		r.Hits = nil
	}
	return r
}

func resize[T float32 | uint64](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// queryTerms returns the question's distinct terms with their weights,
// then the context's found terms that the question lacks. A year that no
// source mentions is left to the dating of the answer.
func (ix *Index) queryTerms(question, context string) []QueryTerm {
	var out []QueryTerm
	seen := map[string]bool{}
	out = ix.appendTerms(out, seen, question, false)
	if context != "" {
		out = ix.appendTerms(out, seen, context, true)
	}
	return out
}

func (ix *Index) appendTerms(out []QueryTerm, seen map[string]bool, text string, context bool) []QueryTerm {
	for _, t := range ix.kb.Glossary.canonical(analyze(text)) {
		if seen[t.stem] || len(out) == maxTerms {
			continue
		}
		seen[t.stem] = true
		if !strings.HasPrefix(t.stem, "=") && questionWords[strings.ToLower(t.surface)] {
			continue
		}
		df := len(ix.postings[t.stem])
		if df == 0 && isYear(t.stem) {
			continue
		}
		if context && df == 0 {
			continue
		}
		q := QueryTerm{Stem: t.stem, Surface: t.surface, IDF: ix.idf(df), Found: df > 0, Name: isName(t), Context: context}
		if context {
			q.IDF *= ContextWeight
		}
		if !q.Found && !q.Name {
			// An unknown common word weighs half the rarest: it may be the
			// topic ("population"), or only the question's own phrasing.
			q.IDF /= 2
		}
		out = append(out, q)
	}
	return out
}

func isName(t term) bool {
	if strings.HasPrefix(t.stem, "=") {
		return false
	}
	upper := 0
	for _, r := range t.surface {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	all := upper == len([]rune(t.surface)) && upper > 1
	return all || (t.capital && !t.first)
}

// top returns the best passages, best first: at most opt.Max, each scoring
// at least opt.Relative of the best.
func (ix *Index) top(scores []float32, matched []uint64, stems []string, opt Options) []Hit {
	type cand struct {
		doc   int
		score float32
	}
	best := make([]cand, 0, opt.Max+1)
	for doc, s := range scores {
		if s <= 0 || (len(best) == opt.Max && s <= best[len(best)-1].score) {
			continue
		}
		if hints, ok := ix.aboutSource[int32(doc)]; ok && !matchesAny(matched[doc], stems, hints) {
			continue // a passage about the source itself, found by the words of another topic
		}
		i, _ := slices.BinarySearchFunc(best, s, func(c cand, s float32) int {
			if c.score >= s {
				return -1
			}
			return 1
		})
		best = slices.Insert(best, i, cand{doc, s})
		if len(best) > opt.Max {
			best = best[:opt.Max]
		}
	}
	var hits []Hit
	for _, c := range best {
		if float64(c.score) < opt.Relative*float64(best[0].score) {
			break
		}
		h := Hit{Passage: ix.passages[c.doc], Score: float64(c.score)}
		for i, st := range stems {
			if matched[c.doc]&(1<<uint(i)) != 0 {
				h.Matched = append(h.Matched, st)
			}
		}
		hits = append(hits, h)
	}
	return hits
}

// minFocus is how much of the best passage's matched weight another
// passage must match to be cited with it: a passage that shares only the
// question's common words (the two countries' names) is not about it.
const minFocus = 0.75

func focused(hits []Hit, terms []QueryTerm) []Hit {
	if len(hits) < 2 {
		return hits
	}
	top := matchedWeight(hits[0], terms)
	out := hits[:1]
	for _, h := range hits[1:] {
		if matchedWeight(h, terms) >= minFocus*top {
			out = append(out, h)
		}
	}
	return out
}

func matchedWeight(h Hit, terms []QueryTerm) float64 {
	var w float64
	for _, t := range terms {
		if slices.Contains(h.Matched, t.Stem) {
			w += t.IDF
		}
	}
	return w
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func matchesAny(bits uint64, stems []string, set map[string]bool) bool {
	for i, st := range stems {
		if bits&(1<<uint(i)) != 0 && set[st] {
			return true
		}
	}
	return false
}

// judge decides whether the hits answer the question, and names what no
// source mentions.
func (ix *Index) judge(r *Result) {
	var total, missing float64
	var names []string
	for _, t := range r.Terms {
		total += t.IDF
		if !t.Found {
			missing += t.IDF
			r.Missing = append(r.Missing, t.Surface)
			if t.Name {
				names = append(names, t.Surface)
			}
		}
	}
	var top float64
	if len(r.Hits) > 0 {
		top = matchedWeight(r.Hits[0], r.Terms)
	}
	switch {
	case len(r.Terms) == 0:
		r.Reason = "The question has no words the sources could be searched for."
	case len(r.Hits) == 0:
		r.Reason = "No source mentions anything the question asks about."
	case len(names) > 0:
		r.Reason = "No source mentions " + strings.Join(names, ", ") + "."
	case missing/total >= maxMissingShare:
		r.Reason = "The sources do not mention the main terms of the question."
	case top/total < minTopShare:
		r.Reason = "No passage is about the question as a whole."
	case r.WantsFigure && !hasFigure(r.Hits[0].Passage):
		r.Reason = "The sources give no figure for this."
	default:
		r.Covered = true
	}
}

func hasFigure(p *Passage) bool {
	for _, w := range words(p.Text) {
		if unicode.IsDigit([]rune(w)[0]) || numberWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var numberWords = setOf("hundred", "hundreds", "thousand", "thousands", "million",
	"millions", "billion", "billions", "dozen", "dozens", "few", "five", "ten", "tens")

func isYear(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1900 && n <= 2200
}

// timeAndFigure reads what a question says about time and quantity.
func timeAndFigure(question string) (present bool, years []int, figure bool) {
	ws := words(question)
	for i, w := range ws {
		lw := strings.ToLower(w)
		if presentWords[lw] || (lw == "this" && i+1 < len(ws) && strings.EqualFold(ws[i+1], "year")) {
			present = true
		}
		if isYear(lw) {
			n, _ := strconv.Atoi(lw)
			years = append(years, n)
		}
		if (lw == "how" && i+1 < len(ws) && (strings.EqualFold(ws[i+1], "many") || strings.EqualFold(ws[i+1], "much"))) ||
			lw == "population" || (lw == "number" && i+1 < len(ws) && strings.EqualFold(ws[i+1], "of")) {
			figure = true
		}
	}
	return present, years, figure
}
