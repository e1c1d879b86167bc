package knowledge

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// A question may ask about a change of degree: "why does Vaduz matter
// more to Bergen now", "has the harbour become less important since the
// strike". Its answer is a sentence that states the change, whatever it
// calls the quality ("its weight has grown", "the significance has
// decreased"): the passages with a verb of increase or decrease rank
// higher for it.

// comparativeRE finds a comparative of degree ("more", "less", "fewer",
// "increasingly") with the word before it and the words after it: what
// tells one of degree from one of a figure ("more than 40", "more than
// once"), a hedge ("more or less"), a quantity of a thing ("more ferries")
// or a phrase ("tell me more", "once more").
var comparativeRE = lazyre.New(`(?i)(?:\b(\p{L}+)\s+)?\b(more|less|fewer|increasingly)\b(?:\s+(\p{L}+|\d))?(?:\s+(\p{L}+|[\d$€£¥]))?`)

// notDegreeBefore are the words after which a comparative is no degree
// ("tell me more", "what more", "once more", "no more", "any more news").
var notDegreeBefore = setOf("me", "us", "what", "once", "no", "any", "some", "nothing", "anything", "something", "even")

// figureAfterThan are the words after "than" that make a comparative one
// of a figure.
var figureAfterThan = setOf("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"once", "twice", "half", "several", "dozen", "hundred", "thousand", "million", "billion")

// changeMarkerRE finds what makes a comparative a change over time: a
// verb of becoming, or a time it is compared with ("now", "since the
// strike", "than before", "suddenly").
var changeMarkerRE = lazyre.New(`(?i)\b(?:now|nowadays|anymore|since|after|lately|recently|suddenly|these days|rn|than before|than it used to|than they used to|becom(?:e|es|ing)|became|gotten|getting|grown|grow(?:s|ing)?|grew|turned|turning)\b`)

// askedChange returns the direction of the change of degree a question
// asks about: 1 for more, -1 for less, 0 for none.
func askedChange(text string) int {
	if !changeMarkerRE.MatchString(text) {
		return 0
	}
	for _, m := range comparativeRE.FindAllStringSubmatch(text, -1) {
		before, word, next, after := strings.ToLower(m[1]), strings.ToLower(m[2]), strings.ToLower(m[3]), strings.ToLower(m[4])
		switch {
		case notDegreeBefore[before]:
			continue
		case next == "or" && (after == "less" || after == "more"):
			continue // a hedge
		case next == "than" && (figureAfterThan[after] || startsFigure(after)):
			continue // a figure
		case pluralNoun(next):
			continue // "more ferries": a quantity of a thing
		case before == "" && prepositions[next]:
			continue // "(tell me) more about the canal": more of what is known
		}
		if word == "less" || word == "fewer" {
			return -1
		}
		return 1
	}
	return 0
}

// startsFigure reports whether s opens with a digit or a currency sign.
func startsFigure(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) || strings.ContainsRune("$€£¥", r)
}

// pluralNoun reports whether w is the plural of a word the lexicon has
// ("ferries", "sanctions"; not "serious", "news").
func pluralNoun(w string) bool {
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	b := lexicon.BaseForm(w)
	return b != "" && b != w && strings.HasPrefix(w, b[:len(b)-1])
}

// askedChangeVerb returns the direction of the first verb of change a
// question uses ("has trade grown", "did the price shoot up"): 1 for up,
// -1 for down, 0 for none. A verb with "up" or "down" is read whole: as a
// word of change, or as one whose synonyms include a seed ("go up": rise);
// a phrase the lexicon has that is neither ("grow up", "bring up") is no
// change, whatever its verb alone is. Alone, an everyday verb counts only
// when the lexicon makes it a seed or a kind of one, not through a synonym
// ("raise the issue").
func askedChangeVerb(text string) int {
	ws := words(strings.ToLower(text))
	for i, w := range ws {
		if i+1 < len(ws) && (ws[i+1] == "up" || ws[i+1] == "down") {
			base := w
			if b := lexicon.BaseForm(w); b != "" {
				base = b
			}
			phrase := base + " " + ws[i+1]
			if d := changeWord(phrase); d != 0 {
				return d
			}
			for _, r := range lexicon.Lookup(phrase) {
				if r.Kind == lexicon.Synonym && changeSeed(r.Word) {
					return direction(r.Word)
				}
			}
			if lexicon.Known(phrase) {
				continue // "grow up", "bring up": an expression of its own
			}
		}
		if len(w) < 4 || isStopWord(w) || lexicon.Level(w) == 0 || lexicon.Name(w) || pluralNoun(w) {
			continue // too short, a function word, no English word, or a noun ("rockets"): no verb of change
		}
		if d := changeWord(w); d != 0 && !viaSynonym(w) {
			return d
		}
	}
	return 0
}

// viaSynonym reports whether w is an everyday word that is no seed: the
// lexicon makes it a word of change only through a synonym, an opposite
// or a derived form ("raise": rise), and a question uses it in its other
// senses too ("raise the issue").
func viaSynonym(w string) bool {
	base := w
	if b := lexicon.BaseForm(w); b != "" {
		base = b
	}
	return !changeSeed(base) && lexicon.Level(base) == 10
}

// Seeds of the two directions of change. A word is of change when it or
// its base form is a seed or a kind of one (WordNet's broader verb of its
// commonest sense: "heightened", "dwindle"), or it derives from a seed
// ("growth", "increasingly"). An everyday verb that is a kind of one
// (SCOWL's commonest) counts only when its opposite or a synonym is of
// change too ("raise": rise), as it has other common senses ("add": a
// verb of saying too). Verbs of falling and declining are not seeds: they
// are also of autumn and of refusing.
var (
	upSeeds   = setOf("increase", "grow", "rise")
	downSeeds = setOf("decrease", "diminish", "lessen", "reduce")
)

func changeSeed(w string) bool { return upSeeds[w] || downSeeds[w] }

// direction is 1 for a seed of increase, -1 for one of decrease.
func direction(seed string) int {
	if downSeeds[seed] {
		return -1
	}
	return 1
}

// kindOfChange returns the seed that is w's broader verb, or "".
func kindOfChange(w string) string {
	for _, r := range lexicon.Lookup(w) {
		if r.Kind == lexicon.Broader && changeSeed(r.Word) {
			return r.Word
		}
	}
	return ""
}

// changeCache keeps changeWord's answers for the words questions use (the
// lexicon does not change), up to maxCached words.
var (
	changeCache  sync.Map // string -> int
	changeCached atomic.Int64
)

const maxCached = 100_000

// changeWord returns the direction of change the lexicon relates w (lower
// case) to: 1 for increase, -1 for decrease, 0 for neither.
func changeWord(w string) int {
	if d, ok := changeCache.Load(w); ok {
		return d.(int)
	}
	d := lookupChange(w)
	if changeCached.Add(1) <= maxCached {
		changeCache.Store(w, d)
	}
	return d
}

// lookupChange is changeWord without the cache.
func lookupChange(w string) int {
	cands := []string{w}
	if b := lexicon.BaseForm(w); b != "" {
		cands = append(cands, b)
	}
	for _, c := range cands {
		if changeSeed(c) {
			return direction(c)
		}
		seed := kindOfChange(c)
		if seed == "" {
			continue
		}
		if lexicon.Level(c) != 10 || slices.ContainsFunc(lexicon.Lookup(c), func(r lexicon.Related) bool {
			return r.Kind == lexicon.Synonym && changeSeed(r.Word) || r.Kind == lexicon.Opposite && (changeSeed(r.Word) || kindOfChange(r.Word) != "")
		}) {
			return direction(seed)
		}
	}
	for _, r := range lexicon.Lookup(w) {
		if r.Kind != lexicon.Derived {
			continue
		}
		for _, c := range []string{r.Word, lexicon.BaseForm(r.Word)} {
			if changeSeed(c) {
				return direction(c)
			}
		}
	}
	return 0
}

// A changeStem is the stem of a word of change the sources use, and its
// direction.
type changeStem struct {
	stem string
	dir  int
}

// changeStems returns the stems of the sources' words of change, made on
// first use; a stem of words of both directions is left out.
func (ix *Index) changeStems() []changeStem {
	ix.changeOnce.Do(func() {
		dirs := map[string]int{}
		ix.eachPlainWord(func(w, s string) {
			d := lookupChange(w) // not cached: the cache is for the words questions use
			if d == 0 {
				return
			}
			if old, seen := dirs[s]; seen && old != d {
				d = 0
			}
			dirs[s] = d
		})
		for _, s := range slices.Sorted(maps.Keys(dirs)) {
			if dirs[s] != 0 {
				ix.changes = append(ix.changes, changeStem{s, dirs[s]})
			}
		}
	})
	return ix.changes
}

// eachPlainWord calls fn with each word of the sources' vocabulary that
// is no name and no phrase, with its stem, where a passage has that stem:
// the words among which a class of English words (of change, of
// difficulty) is found.
func (ix *Index) eachPlainWord(fn func(w, stem string)) {
	for w, vw := range ix.vocab.words {
		if vw.name || strings.ContainsAny(w, " -") {
			continue
		}
		if s := stem(w); len(ix.postings[s]) > 0 {
			fn(w, s)
		}
	}
}

// changeWeight is how much a word of change in the direction asked weighs
// for a question about a change of degree, as an expansion. One of the
// other direction weighs half as much (asked "has it become more
// important?", the passage where it became less answers too), and nothing
// in a question that asks why: "why does it matter less" takes for granted
// that it does.
const changeWeight = 0.5

// withChange adds to the terms of a question about a change of degree in
// direction dir the sources' words of change, as a term that only ranks.
// The word the question grades ("more important") is what changed: it
// ranks as a topic term, and when no source has it, it is found in a
// passage that states a change, whatever that calls the quality ("the
// weight Bergen gives to Vaduz has grown"); so is a verb of change no
// source has ("shrunk", where a passage says "dwindled").
func (ix *Index) withChange(terms []QueryTerm, dir int, why bool) []QueryTerm {
	t, ok := ix.changeTerm(dir, why)
	if !ok {
		return terms
	}
	for i := range terms {
		if terms[i].Context {
			continue
		}
		if terms[i].graded {
			terms[i].changed = true
		}
		if lower := strings.ToLower(terms[i].Surface); !terms[i].Found && (terms[i].graded || !pluralNoun(lower) && changeWord(lower) != 0) {
			// "more important", "shrunk": what the sources say changed, in other words
			terms[i].Found, terms[i].Expansions = true, append(terms[i].Expansions, t.Expansions...)
		}
	}
	if len(terms) < maxTerms {
		terms = append(terms, t)
	}
	return terms
}

// changeTerm returns the term of a question about a change of degree in
// direction dir: it is found in the passages that state a change. Each
// word of change weighs the same, however rare: which words a source uses
// for rising and falling says nothing of what the question is about.
func (ix *Index) changeTerm(dir int, why bool) (QueryTerm, bool) {
	stems := ix.changeStems()
	common := ix.idf(0)
	for _, s := range stems {
		common = min(common, ix.idf(len(ix.postings[s.stem])))
	}
	exp := make([]Expansion, 0, len(stems))
	for _, s := range stems {
		w := changeWeight * common / ix.idf(len(ix.postings[s.stem]))
		switch {
		case s.dir != dir && why:
			continue
		case s.dir != dir:
			w /= 2
		}
		exp = append(exp, Expansion{Stem: s.stem, Word: s.stem, Kind: "change", Weight: w})
	}
	if len(exp) == 0 {
		return QueryTerm{}, false
	}
	surface := "more"
	if dir < 0 {
		surface = "less"
	}
	return QueryTerm{Stem: "~change", Surface: surface, IDF: common, Found: true, Soft: true, Expansions: exp}, true
}
