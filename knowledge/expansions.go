package knowledge

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// appendCompounds adds the question's hyphenated words that the lexicon
// knows whole and that analysis splits at the hyphen ("get-go": get, go;
// "buddy-buddy"), as expressions searched by what they mean: split, their
// parts are stop words or mean something else.
func (ix *Index) appendCompounds(out []QueryTerm, seen map[string]bool, text string) []QueryTerm {
	for _, c := range compoundRE.FindAllString(strings.ToLower(text), -1) {
		if seen["~"+c] || len(out) == maxTerms || ix.kb.Glossary.isAlias(c) ||
			slices.ContainsFunc(out, func(t QueryTerm) bool { return strings.EqualFold(t.Surface, c) }) {
			continue // a word of its own already ("build-up"), or a name
		}
		exp := ix.expand(c, "", false)
		if len(exp) == 0 {
			continue
		}
		seen["~"+c] = true
		out = append(out, ix.expression(c, exp))
	}
	return out
}

// expression is the term of an expression searched by what it means: its
// expansions, weighed as the first of them.
func (ix *Index) expression(phrase string, exp []Expansion) QueryTerm {
	return QueryTerm{Stem: "~" + phrase, Surface: phrase, IDF: ix.idf(len(ix.postings[exp[0].Stem])), Found: true, Expansions: exp}
}

// compoundRE finds a hyphenated word.
var compoundRE = lazyre.New(`\p{L}+(?:-\p{L}+)+`)

// determiners are the words that make the noun after them a noun: the
// first word of an expression after one is not an adverb's.
var determiners = setOf("what", "which", "whatever", "this", "that", "these", "those", "a", "an", "the",
	"some", "any", "every", "each", "no", "another", "other", "all", "same", "different", "many",
	"several", "various", "certain", "one", "his", "her", "its", "their", "our", "my", "your")

// articles are the determiners after which a word is only a noun: "the
// catch on", never the verb ("what kicked off" is a verb after "what").
var articles = setOf("a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "every", "each", "another")

// phrasalSynonym expands a phrasal verb the lexicon lacks by one it has
// with a synonym of its verb and the same particle ("hit back": strike
// back, which is retaliate), a little weaker.
func (ix *Index) phrasalSynonym(verb, particle string) []Expansion {
	if !isParticle(particle) {
		return nil
	}
	base := baseForms([]string{verb})
	for _, r := range lexicon.Lookup(base) {
		if r.Kind != lexicon.Synonym || strings.Contains(r.Word, " ") {
			continue
		}
		if exp := ix.expand(r.Word+" "+particle, "", false); len(exp) > 0 {
			for i := range exp {
				exp[i].Weight *= kindWeight[lexicon.Base]
			}
			return exp
		}
	}
	return nil
}

// verbParticle reports whether a word is a particle that follows a verb
// rather than opening a phrase of its own, as "in" and "on" do ("in the
// first place", "on the table").
func verbParticle(w string) bool {
	return isParticle(w) && w != "in" && w != "on" && w != "over"
}

// baseForms joins the words of a phrase, each in its base form when the
// lexicon knows one.
func baseForms(ws []string) string { return strings.Join(baseWords(ws), " ") }

// baseWords returns each word's first base form, or the word.
func baseWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w
		for _, r := range lexicon.Lookup(w) {
			if r.Kind == lexicon.Base {
				out[i] = r.Word
				break
			}
		}
	}
	return out
}

// periodCodeRE finds the short form of a part of a year ("q1", "h2").
var periodCodeRE = lazyre.New(`^[qh][1-4]$`)

func isContraction(w string) bool {
	_, ok := contractions[w]
	// "Q1" is kept beside its "first quarter", and a form read only in
	// lower case where it was left is a name ("Max Brenn", "max fennick")
	return ok && !periodCodeRE.MatchString(w) && !lowerTypedForms[w]
}

// calendarWords name days and months: a question mentions them to say
// when, not what about.
var calendarWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "week", "weekend", "morning", "afternoon", "evening", "tonight", "tomorrow", "yesterday")

// partOfAlias expands a word that is part of a glossary alias ("Lanka"
// of "Sri Lanka", "economic" of "economic relationship") to the concepts
// whose aliases contain it: the sources' text of the alias has the word
// too, though search reads it as the concept. A word the sources never
// use alone reaches them at partWeight; one they also use alone, at
// partFoundWeight: "economic exchange" is only a little about a passage
// on the "economic relationship".
func (ix *Index) partOfAlias(t term, found bool) []Expansion {
	if !ix.kb.Glossary.sameWord(t) {
		return nil // "units" is no part of "United States", though both stem to "unit"
	}
	stem := t.stem
	w := partWeight
	if found {
		w = partFoundWeight
	}
	var out []Expansion
	for _, key := range ix.kb.Glossary.partOf[stem] {
		if c := "=" + key; len(ix.postings[c]) > 0 {
			out = append(out, Expansion{Stem: c, Word: key, Kind: "alias part", Weight: w})
		}
	}
	return out
}

// nameParts are the words of a glossary name that no source writes ("the
// Holt–Berg deal" for a source's "the deal between Holt and Berg") which
// sources have, each a name of its own or a word: the name is searched by
// its parts.
func (ix *Index) nameParts(t term) []Expansion {
	var out []Expansion
	for _, w := range analyze(t.surface) {
		st := ix.kb.Glossary.classOf(w.stem)
		if st != t.stem && len(ix.postings[st]) > 0 && !slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == st }) {
			out = append(out, Expansion{Stem: st, Word: w.surface, Kind: "name part", Weight: namePartWeight})
		}
	}
	return out
}

// namePartWeight is a part's weight, against 1 for the name itself.
const namePartWeight = 0.6

// mergeExpansions adds more to a word's expansions, keeping the stronger of
// two that reach the same stem, strongest first.
func mergeExpansions(out, more []Expansion) []Expansion {
	for _, e := range more {
		i := slices.IndexFunc(out, func(o Expansion) bool { return o.Stem == e.Stem })
		switch {
		case i < 0:
			out = append(out, e)
		case e.Weight > out[i].Weight:
			out[i] = e
		}
	}
	strongestFirst(out)
	return out
}

// kindExpansions are the sources' words for kinds of what a word names
// ("which antibiotic", where they name only "streptomycin"), maxKinds at
// most.
func (ix *Index) kindExpansions(word, st string) []Expansion {
	var out []Expansion
	for _, k := range ix.kindsIn(word) {
		ts := analyze(k)
		if len(ts) != 1 {
			continue
		}
		if s := ts[0].stem; s != st && !slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == s }) {
			out = append(out, Expansion{Stem: s, Word: k, Kind: lexicon.KindOf.String(), Weight: kindWeight[lexicon.KindOf]})
		}
	}
	if len(out) > maxKinds {
		out = out[:maxKinds]
	}
	return out
}

// maxKinds is the most kinds of a word searched: all that a source names
// in passing, where the expansions of a word are cut at maxExpansions by
// weight (the kinds weigh alike, and a cut would keep the first in
// alphabetical order, not the one the question is about).
const maxKinds = 16

// kindsAsked returns the words (lower case) right after "which" or
// "what" (or "what kind of", "which of the"), the one or two that may be
// the kind of thing asked for: "which antibiotic are they giving", "what
// heavy weapons". A kind of it that the sources name answers such a question;
// a word elsewhere ("is there arbitration") is asked as itself.
func kindsAsked(text string) []string {
	var out []string
	for _, m := range kindAskedRE.FindAllStringSubmatch(text, -1) {
		for _, w := range m[1:] {
			if w != "" {
				out = append(out, strings.ToLower(w))
			}
		}
	}
	return out
}

// kindAskedRE finds the one or two words after "which", "what", "what
// kind of" or "which of the" (not "what is the": "what is the surface
// area" asks the thing itself).
var kindAskedRE = lazyre.New(`(?i)\b(?:which|what)\s+(?:(?:kinds?|types?|sorts?|classes?)\s+of\s+|of\s+(?:the|these|those|their|its)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?`)

// strongestFirst orders expansions by weight, heaviest first, keeping the
// order of equal ones.
func strongestFirst(exp []Expansion) {
	slices.SortStableFunc(exp, func(a, b Expansion) int { return cmp.Compare(b.Weight, a.Weight) })
}

// The weights of an alias's concept reached through a word of it.
const (
	partWeight      = 0.5
	partFoundWeight = 0.1
)

func isSingleLetter(w string) bool { return len([]rune(w)) == 1 && !unicode.IsDigit([]rune(w)[0]) }

// judgementWords judge how likely or how much it matters that something
// is so: in a question asking why, the judgement explained.
var judgementWords = setOf("likely", "unlikely", "possible", "probable", "important", "significant")
