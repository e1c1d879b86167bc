package knowledge

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// top returns the best passages, best first: at most opt.Max, each scoring
// at least opt.Relative of the best.
func (ix *Index) top(scores []float32, matched []uint64, stems []string, owner []int, terms []QueryTerm, opt Options) []Hit {
	type cand struct {
		doc   int
		score float32
	}
	best := make([]cand, 0, opt.Max+1)
	for doc, s := range scores {
		if s <= 0 || (len(best) == opt.Max && s <= best[len(best)-1].score) {
			continue
		}
		if hints, ok := ix.aboutSource[int32(doc)]; ok && !matchesAny(matched[doc], stems, hints) && !ix.ownName(matched[doc], stems) {
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
		for i := range stems {
			if matched[c.doc]&(1<<uint(i)) != 0 {
				if st := terms[owner[i]].Stem; !slices.Contains(h.Matched, st) {
					h.Matched = append(h.Matched, st)
				}
			}
		}
		hits = append(hits, h)
	}
	return hits
}

// minFocus is how much of the best passage's matched weight another
// passage must match to be cited with it: a passage that shares only the
// question's common words (the two countries' names) is not about it.
const minFocus = 0.85

func (ix *Index) focused(hits []Hit, terms []QueryTerm) []Hit {
	if len(hits) < 2 {
		return hits
	}
	top := ix.coveredWeight(hits[0], terms)
	out := hits[:1]
	for _, h := range hits[1:] {
		if ix.coveredWeight(h, terms) >= minFocus*top {
			out = append(out, h)
		}
	}
	return out
}

// ownName reports whether a passage was found by a name that no other
// passage has ("HTU" of the author's university): a question naming it
// is about that passage, whatever its hints.
func (ix *Index) ownName(bits uint64, stems []string) bool {
	for i, st := range stems {
		if bits&(1<<uint(i)) != 0 && ix.namedConcept(st) && len(ix.postings[st]) == 1 {
			return true
		}
	}
	return false
}

func matchesAny(bits uint64, stems []string, set map[string]bool) bool {
	for i, st := range stems {
		if bits&(1<<uint(i)) != 0 && set[st] {
			return true
		}
	}
	return false
}

// hasFigure reports whether a text gives a figure: digits or a number in
// words, not a year nor a number inside a name ("Covid-19").
func hasFigure(text string) bool { return figureCount(text) > 0 }

// figureCount returns how many figures a text gives, as hasFigure reads
// them.
func figureCount(text string) int {
	n := 0
	for _, w := range words(namedNumberRE.ReplaceAllString(text, " ")) {
		if isYear(w) {
			continue // a date, not a count
		}
		if isFigureWord(strings.ToLower(w)) {
			n++
		}
	}
	return n
}

// namedNumberRE finds a number that is part of a name ("Covid-19",
// "F-16", "G7"): no count.
var namedNumberRE = lazyre.New(`\b\p{L}+-?\d+\b`)

// compounds returns, for a word the sources lack, the sources' words that
// are it followed by an English word of four letters or more
// ("agribusiness" of "agri", "petrochemicals" of "petro"): a clipped compound,
// weighed as a synonym.
func (ix *Index) compounds(lower string) []Expansion {
	// a clipping is no common word ("seven" is not the start of
	// "seventeen", nor "house" of "households")
	if l := lexicon.Level(lower); utf8.RuneCountInString(lower) < 4 || !isLowerLetters(lower) || l > 0 && l <= 35 || numberWords[lower] {
		return nil
	}
	var out []Expansion
	for _, w := range ix.vocab.prefixed(lower) {
		rest := w[len(lower):]
		if utf8.RuneCountInString(rest) < 4 || !lexicon.Known(rest) || isStopWord(rest) || suffixLike[rest] {
			continue
		}
		if st := stem(w); len(ix.postings[st]) > 0 && !slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == st }) {
			out = append(out, Expansion{Stem: st, Word: w, Kind: "compound", Weight: kindWeight[lexicon.Synonym]})
		}
	}
	if len(out) == 0 {
		return ix.clipped(lower)
	}
	if len(out) > maxExpansions {
		out = out[:maxExpansions]
	}
	return out
}

// clipped returns the one word of the sources a word no source or English
// has is the start of, by its letters or, in the plural, its singular's
// ("subsids": subsidiary): a word clipped as chat clips it. nil when no word,
// or words of more than one stem, start so.
func (ix *Index) clipped(lower string) []Expansion {
	base := lower
	if b, ok := strings.CutSuffix(lower, "s"); ok && utf8.RuneCountInString(b) >= 4 {
		base = b
	}
	if l := lexicon.Level(base); l > 0 && l <= 35 || ix.vocab.has(base) {
		return nil
	}
	var found *Expansion
	for _, w := range ix.vocab.prefixed(base) {
		if utf8.RuneCountInString(w) < utf8.RuneCountInString(base)+2 {
			continue
		}
		st := stem(w)
		switch {
		case len(ix.postings[st]) == 0:
		case found == nil:
			found = &Expansion{Stem: st, Word: w, Kind: "clipped", Weight: kindWeight[lexicon.Synonym]}
		case found.Stem != st:
			return nil // "reg": regime, region or regulation
		}
	}
	if found == nil {
		return nil
	}
	return []Expansion{*found}
}

// suffixLike are English words that end other words as suffixes do
// ("seventeen", "agreement").
var suffixLike = setOf("teen", "teens", "ment", "ments", "ship", "ships", "hood", "hoods", "ness", "less", "hold", "holds", "able", "ward", "wards", "wise", "like", "some", "dom", "ism", "ist", "ists")

// wordAfter returns the word after the first word of a text that is w,
// lower case ("years" of "2 years ago" after "2"); "" for none.
func wordAfter(text, w string) string {
	ws := words(strings.ToLower(text))
	if i := slices.Index(ws, strings.ToLower(w)); i >= 0 && i+1 < len(ws) {
		return ws[i+1]
	}
	return ""
}

// writesPair reports whether a passage writes a word, as written, with a
// form of the next right after it: a number in words before the word a
// question writes after its digits ("two years earlier" for "2 yrs ago":
// the same figure of the same thing), or a title's words ("vice
// president").
func (ix *Index) writesPair(first, next string) bool {
	if next == "" {
		return false
	}
	want := stem(next)
	short, long := ix.postings[stem(first)], ix.postings[want]
	if len(long) < len(short) {
		short, long = long, short
	}
	checked := 0
	for k, p := range short {
		// only passages with both words, and a bounded number of them:
		// a large base has the pair early if it has it often
		if k >= maxPairScan {
			return false
		}
		if _, ok := slices.BinarySearchFunc(long, p.doc, func(q posting, d int32) int { return int(q.doc - d) }); !ok {
			continue
		}
		if checked++; checked > maxPairChecks {
			return false
		}
		ws := words(strings.ToLower(ix.passages[p.doc].Text))
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == first && stem(ws[i+1]) == want {
				return true
			}
		}
	}
	return false
}

// maxPairChecks is the most passages writesPair reads, maxPairScan the most
// postings it looks up.
const (
	maxPairChecks = 64
	maxPairScan   = 4096
)

// numberNames are the words for small figures, which the sources may
// write for what a question writes in digits ("five countries", "5").
var numberNames = map[string]string{"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
	"8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve", "15": "fifteen", "20": "twenty",
	"30": "thirty", "40": "forty", "50": "fifty", "100": "hundred"}

var numberWords = setOf("hundred", "hundreds", "thousand", "thousands", "million",
	"millions", "billion", "billions", "dozen", "dozens", "few", "several", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
	"forty", "fifty", "tens", "half", "third", "quarter", "double", "twice", "triple")

// pastYear reports whether a year is one the sources would name if they
// reported on it: no later than the newest source, and not the year a
// source was written or the one before, which it may mean without naming
// ("in January"). A year like that which no source names is missing,
// like any figure ("the 1961 treaty").
func (ix *Index) pastYear(s string) bool {
	n, _ := strconv.Atoi(s)
	newest := ix.kb.Newest()
	if newest.IsZero() || n > newest.Year {
		return false
	}
	return !slices.ContainsFunc(ix.kb.Sources, func(src *Source) bool {
		return n >= src.Published.Year-1 && n <= src.Published.Year
	})
}

func isYear(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1900 && n <= 2200
}

// qualifiesFigure reports whether a word of a question stands next to a
// currency or a figure ("eur equiv", "approx 5m"), which it qualifies.
func (ix *Index) qualifiesFigure(text, lower string) bool {
	ws := words(strings.ToLower(text))
	i := slices.Index(ws, lower)
	if i < 0 {
		return false
	}
	near := func(w string) bool { return isNumber(w) || currencyOf(w) != nil }
	return i > 0 && near(ws[i-1]) || i+1 < len(ws) && near(ws[i+1])
}

// detailFirst puts first, where a summary of the source ranks first ("The
// short version. ..."), the best passage after it that has every word of
// the question the summary has, scores at least detailShare of it and
// has a figure the summary gives: the summary restates what that passage
// tells in full. A summary that has one word of the question only is left
// first.
func detailFirst(hits []Hit) []Hit {
	if len(hits) < 2 || len(hits[0].Matched) < 2 || !SummaryLabelRE.MatchString(hits[0].Passage.Text) {
		return hits // (one word matched, the source's subject most likely: a question on the whole)
	}
	for i, h := range hits[1:] {
		if h.Score < detailShare*hits[0].Score {
			break
		}
		if !slices.ContainsFunc(hits[0].Matched, func(st string) bool { return !slices.Contains(h.Matched, st) }) && restates(hits[0].Passage.Text, h.Passage.Text) {
			out := append([]Hit{h}, hits[:i+1]...)
			return append(out, hits[i+2:]...)
		}
	}
	return hits
}

// restates reports whether a summary gives a figure of the detail
// passage ("fined it EUR 4m", of "fined Vik Water EUR 4m on 3 June"): it
// restates what the passage tells, not another year's figure, another
// party's or an outcome the passage does not tell.
func restates(summary, detail string) bool {
	in := figureTokenRE.FindAllString(detail, -1)
	for _, f := range figureTokenRE.FindAllString(summary, -1) {
		if slices.Contains(in, f) {
			return true
		}
	}
	return false
}

// figureTokenRE finds a figure as written, with a magnitude glued to it
// ("4m", "2.1bn", "82%", "2023").
var figureTokenRE = lazyre.New(`\d[\d,.]*\d(?:%|[a-zA-Z]{1,3}\b)?|\d(?:%|[a-zA-Z]{1,3}\b)?`)

// detailShare is how much of a summary's score a passage that tells what
// it restates must score to be cited before it.
const detailShare = 0.6

// SummaryLabelRE finds a passage that opens by calling itself its
// source's summary: "The short version.", "Summary.", "In brief:", "The
// bottom line.", "Key points:", "Overview.".
var SummaryLabelRE = lazyre.New(`(?i)^\W*(?:an?\s+|the\s+)?(?:(?:executive\s+)?summary|overview|short\s+version|abstract|synopsis|gist|key\s+(?:points|findings|judge?ments|takeaways)|main\s+points|in\s+(?:short|brief|sum)|at\s+a\s+glance|bottom\s+line|tl;?\s?dr)\s*[.:—–]`)
