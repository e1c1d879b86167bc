package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// everydayRank is an everyday word's weight in ranking, against 1 for a
// topic term (a name, a figure, a concept, a specific term): the commoner
// the word in English, the less it says what a question is about, so
// "trilateral" (in SCOWL's larger lists) weighs more than "practice" (in its
// smallest).
func everydayRank(t QueryTerm) float64 {
	switch l := t.level; {
	case l <= 20:
		return 0.5
	case l <= 35:
		return 0.6
	case l <= 40:
		return 0.75
	}
	return 0.85
}

// everydayShare is how much an everyday word (one the lexicon calls
// ordinary English, not a name, figure or glossary concept) weighs in the
// coverage rule against the question's topic terms, graded like
// everydayRank: it helps a passage rank but never decides coverage on its
// own.
func everydayShare(t QueryTerm) float64 {
	switch l := t.level; {
	case l <= 20:
		return 0.25
	case l <= 35:
		return 0.3
	}
	return 0.4
}

// commonness is the SCOWL size of a word or of its base form, whichever
// is commoner, or 0 for a word the lexicon does not grade (each caller
// says how it reads that). A word the lexicon has no relations for is read
// by the base forms its ending suggests ("cozying": cozy).
func commonness(surface string) int {
	lower := strings.ToLower(surface)
	var bases []string
	if rels := lexicon.Lookup(lower); len(rels) > 0 {
		for _, r := range rels {
			if r.Kind == lexicon.Base {
				bases = append(bases, r.Word)
			}
		}
	} else {
		bases = guessBases(lower)
	}
	l := lexicon.Level(lower)
	for _, b := range bases {
		if lb := lexicon.Level(b); lb > 0 && (l == 0 || lb < l) {
			l = lb
		}
	}
	return l
}

// guessBases are the base forms an inflected word may have when the
// lexicon knows none ("cozying": cozy; "reposted": repost).
func guessBases(w string) []string {
	var out []string
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || len(b) < 3 {
			continue
		}
		out = append(out, b, b+"e")
		if n := len(b); n > 3 && b[n-1] == b[n-2] {
			out = append(out, b[:n-1]) // "running": run
		}
		if strings.HasSuffix(b, "i") {
			out = append(out, b[:len(b)-1]+"y") // "carried": carry
		}
	}
	return out
}

// coverWeight is what a term weighs in the coverage rule: a topic term (a
// salient term or a glossary concept) its IDF; an everyday word a share of
// it, or of the rarest weight when no source has it; an idiom's phrase
// nothing (its words are already counted).
func (ix *Index) coverWeight(t QueryTerm) float64 {
	switch {
	case strings.HasPrefix(t.Stem, "~") || t.Soft:
		return 0
	case t.Salient || strings.HasPrefix(t.Stem, "="):
		return t.IDF
	case t.Found:
		return everydayShare(t) * t.IDF
	case t.head:
		return ix.idf(0)
	}
	return missingShare(t.Surface) * ix.idf(0)
}

// missingShare is how much an everyday word no source has weighs, as a
// share of the rarest term's: the commonest English words ("think",
// "situation") next to nothing, the less common ones ("election") more,
// the rest of standard English ("bullish", "holdout": SCOWL sizes 40 to
// 50) more again, each graded by its commoner form ("cozying" as "cozy");
// an ungraded word, or a rarer one, weighs as a rare one.
func missingShare(surface string) float64 {
	switch l := commonness(surface); {
	case l > 0 && l <= 20:
		return 0.1
	case l > 0 && l <= 35:
		return 0.15
	case l > 0 && l <= standardSize:
		return 0.2
	}
	return 0.5
}

// standardSize is the largest SCOWL size of standard English, the words
// of a good desk dictionary; sizes 55 and up are the less common and
// specialised words a question may name its topic by.
const standardSize = 50

// totalWeight is the question's weight in the coverage rule.
func (ix *Index) totalWeight(terms []QueryTerm) float64 {
	var w float64
	for _, t := range terms {
		w += ix.coverWeight(t)
	}
	return w
}

// coveredWeight is the weight of the terms a passage has.
func (ix *Index) coveredWeight(h Hit, terms []QueryTerm) float64 {
	var w float64
	for _, t := range terms {
		if slices.Contains(h.Matched, t.Stem) {
			w += ix.coverWeight(t)
		}
	}
	return w
}

// wholeWeight is coveredWeight for the question as a whole, with the
// salient words the passage says by a synonym (see saidOtherwise): a
// passage about its source itself (who wrote it, where it appeared), asked about by
// one of its hints, is about the piece its title names too, as "who wrote the harbour-towns piece, and
// where is he based?" names the piece by what it is about.
func (ix *Index) wholeWeight(h Hit, terms []QueryTerm) float64 {
	w := ix.coveredWeight(h, terms)
	w += ix.saidOtherwise(h, terms)
	if !h.Passage.Source.AboutSource[h.Passage.N] {
		return w
	}
	hints := ix.HintTerms(h.Passage)
	if !slices.ContainsFunc(h.Matched, func(st string) bool { return hints[st] }) {
		return w // found by its text alone ("associate"), it is not asked about
	}
	title := ix.Terms(h.Passage.Source.Title)
	for _, t := range terms {
		if !slices.Contains(h.Matched, t.Stem) && slices.Contains(title, t.Stem) {
			w += ix.coverWeight(t)
		}
	}
	return w
}

// saidOtherwise is the weight of the question's salient words a passage
// does not have but says by another word of the same sense (WordNet's
// synonyms of the word's commonest senses, of the same kind of thing:
// see sameKind): "babies" of "four infants died", each at a synonym's
// weight.
func (ix *Index) saidOtherwise(h Hit, terms []QueryTerm) float64 {
	var w float64
	var has []string
	for _, t := range terms {
		if !t.Salient || slices.Contains(h.Matched, t.Stem) || t.Name || strings.HasPrefix(t.Stem, "=") || strings.HasPrefix(t.Stem, "~") || strings.Contains(t.Surface, " ") || isNumber(t.Stem) {
			continue
		}
		lower := strings.ToLower(t.Surface)
		if slices.ContainsFunc(lexicon.Lookup(lower), func(r lexicon.Related) bool {
			if r.Kind != lexicon.Synonym || strings.Contains(r.Word, " ") || !sameKind(lower, r.Word) {
				return false
			}
			ts := ix.Terms(r.Word)
			if len(ts) != 1 || ts[0] == t.Stem {
				return false
			}
			if has == nil {
				has = ix.Terms(h.Passage.Text) // read once, and only for a synonym of the word's kind
			}
			return slices.Contains(has, ts[0])
		}) {
			w += kindWeight[lexicon.Synonym] * ix.coverWeight(t)
		}
	}
	return w
}

// sameKind reports whether two nouns, by their commonest senses, are
// things of one kind: they share a broader noun, or one is the other's
// ("babies" and "infants", both offspring; not "stores" and "funds",
// which WordNet makes synonyms in another sense, a store of something).
func sameKind(a, b string) bool {
	ka, kb := lexicon.KindsOf(a), lexicon.KindsOf(b)
	return slices.Contains(ka, b) || slices.Contains(kb, a) || slices.ContainsFunc(ka, func(k string) bool { return slices.Contains(kb, k) })
}

// distinctive keeps the names that only some passages have (not the ones
// nearly every passage names, such as the sources' main subjects).
func (ix *Index) distinctive(stems []string) []string {
	var out []string
	for _, s := range stems {
		if df := len(ix.postings[s]); df*3 < len(ix.passages) {
			out = append(out, s)
		}
	}
	return out
}

// labelsAsked names terms for people, joined by "and": a concept by its
// first alias, any other stem as the question writes it, with a capital
// where the sources write it so ("Varga", not "varg"; "Brussels", not
// "brussel").
func (ix *Index) labelsAsked(stems []string, own []QueryTerm) string {
	ls := make([]string, len(stems))
	for i, s := range stems {
		ls[i] = ix.Label(s)
		if j := slices.IndexFunc(own, func(t QueryTerm) bool { return t.Stem == s && !strings.HasPrefix(s, "=") }); j >= 0 {
			ls[i] = own[j].Surface
			if r, size := utf8.DecodeRuneInString(ls[i]); ix.writtenAsName(ls[i]) {
				ls[i] = string(unicode.ToUpper(r)) + ls[i][size:]
			}
		}
	}
	return strings.Join(ls, " and ")
}

// foundNames are the names the question asks about that the sources have,
// less those another of them names within it (the UN, when the question
// also names the EU Commission).
func (ix *Index) foundNames(terms []QueryTerm) []string {
	var out []string
	for _, t := range terms {
		if t.Name && t.Found {
			out = append(out, t.Stem)
		}
	}
	return slices.DeleteFunc(out, func(n string) bool {
		return slices.ContainsFunc(out, func(by string) bool { return slices.Contains(ix.kb.Glossary.within(by), n) })
	})
}

func matchesAll(h Hit, stems []string) bool { return containsAll(h.Matched, stems) }

// containsAll reports whether have holds every one of want.
func containsAll(have, want []string) bool {
	for _, s := range want {
		if !slices.Contains(have, s) {
			return false
		}
	}
	return true
}

// require keeps only the hits that satisfy ok, reporting whether any did;
// with none, it returns hits unchanged and false.
func require(hits []Hit, ok func(Hit) bool) ([]Hit, bool) {
	var good []Hit
	for _, h := range hits {
		if ok(h) {
			good = append(good, h)
		}
	}
	if len(good) == 0 {
		return hits, false
	}
	if len(good) == len(hits) {
		return hits, true
	}
	var rest []Hit
	for _, h := range hits {
		if !ok(h) {
			rest = append(rest, h)
		}
	}
	return append(good, rest...), true
}

// requireNear is require among the hits scoring at least half the best:
// a passage that gives what the question asks for (a figure, a statement)
// is cited first if it is that close.
func requireNear(hits []Hit, ok func(Hit) bool) ([]Hit, bool) {
	best := hits[0].Score
	return require(hits, func(h Hit) bool {
		return (h.Score >= 0.5*best || h.Score >= 0.3*best && sameMatched(h, hits[0])) && ok(h)
	})
}

// sameMatched reports whether a hit matches every term another does: as
// near the question, whatever a longer passage does to its score.
// requireNear still wants 0.3 of the best score of it, as a passage that
// matches a concept only by a weak part of its name ("joint" of "joint
// venture") matches every term too.
func sameMatched(h, other Hit) bool {
	return len(other.Matched) > 0 && containsAll(h.Matched, other.Matched)
}

// cut keeps the first hit and those after it scoring at least
// opt.Relative of it, at most opt.Max.
func cut(hits []Hit, opt Options) []Hit {
	out := hits[:1]
	for _, h := range hits[1:] {
		if len(out) == opt.Max {
			break
		}
		if h.Score >= opt.Relative*hits[0].Score {
			out = append(out, h)
		}
	}
	return out
}

// adding keeps, after the first hit, those that have a term of the
// question that no hit before them has, or that score nearly as well as
// the first (tieMargin): a passage with nothing but what a better one has
// is the same evidence, weaker, and most often about something else.
func adding(hits []Hit, terms []QueryTerm) []Hit {
	out := hits[:1]
	for _, h := range hits[1:] {
		if h.Score >= tieMargin*hits[0].Score || slices.ContainsFunc(terms, func(t QueryTerm) bool { return !t.Soft && addsTerm(h, out, t.Stem) }) {
			out = append(out, h)
		}
	}
	return out
}

// addsTerm reports whether a hit has a term that none of those before it has.
func addsTerm(h Hit, before []Hit, stem string) bool {
	return slices.Contains(h.Matched, stem) && !slices.ContainsFunc(before, func(b Hit) bool { return slices.Contains(b.Matched, stem) })
}

// unsupportedFocus returns the thing a "which" question asks for ("which
// route") when the best passage does not name it and the passages that do,
// among those cited or the wider candidates, are not about the question's
// distinctive names: it is what is asked, and the sources say it of
// something else.
func (ix *Index) unsupportedFocus(hits, wide []Hit, own []QueryTerm, focus, names []string) string {
	distinct := ix.distinctive(names)
	if len(distinct) == 0 {
		return ""
	}
	for _, t := range own {
		if !t.Found || !slices.Contains(focus, strings.ToLower(t.Surface)) || slices.Contains(hits[0].Matched, t.Stem) ||
			slices.Contains(words(strings.ToLower(hits[0].Passage.Text)), strings.ToLower(t.Surface)) {
			continue // the best passage has it, if only inside a name ("the Riga National University")
		}
		var said, about bool
		for _, h := range wide { // the cited hits are among them
			if slices.Contains(h.Matched, t.Stem) {
				// said as a word of its own ("the rail route"), or as the
				// question writes it inside a concept's alias ("the UN
				// resolution demanding ..." for "which resolution"), not
				// only as another word of its stem inside a name ("the
				// Oriental Institute" for "which institution")
				said = said || slices.Contains(ix.Terms(h.Passage.Text), t.Stem) ||
					slices.Contains(words(strings.ToLower(h.Passage.Text)), strings.ToLower(t.Surface))
				about = about || matchesAll(h, distinct)
			}
		}
		if said && !about {
			return t.Surface
		}
	}
	return ""
}
