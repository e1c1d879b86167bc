package knowledge

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// initialismRE finds a word that may be an acronym the sources spell out
// in lower case: two to five letters in capitals, or capitals with the
// lower-case initial of a connecting word between them ("CoC": change of
// control), with an optional plural or possessive ending ("TRQs",
// "TRQ's"); or three to five in lower case.
var initialismRE = lazyre.New(`\b(?:([A-Z]{2,5}|[A-Z](?:[a-z][A-Z])+)(s|'s|’s)?|([a-z]{3,5}))\b`)

// maxSpelledPassages is how many of the passages nearest a question are
// read for the phrase an acronym stands for: those that have most of its
// other words.
const maxSpelledPassages = 12

// openingFunctionWords open a sentence's words that are no term ("Many
// small farms", "Some local firms").
var openingFunctionWords = setOf("a", "an", "the", "many", "most", "some", "several", "few", "all", "each", "every", "both",
	"this", "that", "these", "those", "such", "other", "more", "less", "no", "any", "its", "their", "his", "her", "our", "in", "on", "at", "by", "for", "after", "before", "when", "while", "as")

// verbForm reports whether a word is a verb's "-ing" or "-ed" form
// ("Rising daily totals"), not a plural noun ("Goods and services tax").
func verbForm(w string) bool {
	return (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && lexicon.BaseForm(w) != ""
}

// maxSpelledSource is the most passages of the nearest passage's source
// read for the phrase, where none of the nearest passages spells it.
const maxSpelledSource = 200

// maxSpelledPostings bounds the postings read to find those passages: a
// word in more passages than this says little about which.
const maxSpelledPostings = 4096

// spelledOut rewrites a word the sources never write that is the initials
// of a phrase they do write, in the passages nearest the question's other
// words: "TRC" where a passage on the question has "tariff rate quotas",
// "MRO" for "maintenance, repair and overhaul". A lower-case word must be
// no English word; an acronym that says, finds or decides something in
// the question ("what did the FBI find") is a body's name, not a phrase.
func (ix *Index) spelledOut(text string, steps *[]Step) string {
	var near []int32
	looked := false
	return replaceMatches(initialismRE, text, func(sub []string) (string, bool) {
		tok, letters, ending := sub[1], strings.Map(swapCase, sub[1]), sub[2]
		if tok == "" {
			tok, letters = sub[3], sub[3]
		}
		mixed := letters != strings.ToLower(letters) // "CoC": a connecting word among its letters
		if len(tok) == 2 && (isStopWord(strings.ToLower(tok)) || len(lexicon.Country(tok)) > 0 || unionNames[tok] || romanRE.MatchString(tok)) {
			return "", false // "US", "IT", a country's code, "EU", "II": no phrase of the sources
		}
		if ix.vocab.has(letters) {
			return "", false // most of a question's words: asked before the lexicon is read
		}
		if sub[3] != "" && (lexicon.Ordinary(tok) || lexicon.Name(tok) || !lowerAcronym(tok)) {
			return "", false
		}
		if ix.vocab.has(strings.ToLower(sub[0])) || ix.kb.Glossary.isAlias(tok) ||
			ix.kb.Glossary.isAlias(sub[0]) || ix.names.acronyms[strings.ToUpper(letters)] != "" || actsIn(text, tok) {
			return "", false
		}
		if !looked {
			near, looked = ix.nearestPassages(text), true
		}
		phrase := ""
		for _, doc := range near {
			if len(letters) > 2 {
				if phrase = spelledIn(ix.passages[doc].Text, letters); phrase != "" {
					break // of three letters or more, the nearest passage's
				}
				continue
			}
			for _, p := range spelledAll(ix.passages[doc].Text, letters) {
				if phrase != "" && !strings.EqualFold(p, phrase) {
					return "", false // "DS": dam site or debt service, two letters say too little
				}
				phrase = p
			}
		}
		if phrase == "" && len(letters) > 2 && len(near) > 0 {
			// "ohv round 2 coverage", where the one passage that writes
			// "oral holm vaccine" has none of the other words: the
			// phrase where the nearest passage's source spells it, within
			// a sentence
			if src := ix.passages[near[0]].Source; src != nil && len(src.Passages) <= maxSpelledSource {
				for _, p := range src.Passages {
					spelledEach(p.Text, letters, func(s string) bool {
						if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
							// "Many small farms ...", "Rising daily totals ...": a
							// sentence's opening words, no term, where they open
							// on a function word or a verb's form ("Oral holm
							// vaccine was flown in" opens on the term)
							if first := strings.ToLower(strings.Fields(s)[0]); openingFunctionWords[first] || verbForm(first) {
								return true
							}
						}
						phrase = s
						return false
					})
					if phrase != "" {
						break
					}
				}
			}
		}
		if phrase == "" || mixed && ix.sharesTerm(phrase, text) {
			// "is the BoE raising rates on exports?": not "bulk of
			// exports", a phrase with a word the question has beside it
			return "", false
		}
		*steps = append(*steps, Step{Stage: "spelled", Before: tok, After: phrase})
		if ending != "" && !strings.HasSuffix(phrase, "s") {
			phrase += ending // "the TRQ's limit"; "TRQs": the quotas already
		}
		return phrase, true
	})
}

// sharesTerm reports whether a phrase has a term of a text.
func (ix *Index) sharesTerm(phrase, text string) bool {
	have := ix.Terms(text)
	return slices.ContainsFunc(ix.Terms(phrase), func(t string) bool { return slices.Contains(have, t) })
}

// unionNames are the two-capital names of states and unions that are no
// country's code ("UK" is GB's); romanRE finds a Roman numeral ("phase
// II").
var (
	unionNames = setOf("EU", "UK", "UN", "EC", "EP", "AU")
	romanRE    = lazyre.New(`^[IVXLC]+$`)
)

// swapCase writes a capital in lower case and a small letter in
// capitals: an acronym's letters as spelledIn reads them, the initials of
// its words in lower case and those of its connecting words ("of" of
// "CoC") in capitals.
func swapCase(r rune) rune {
	if unicode.IsUpper(r) {
		return unicode.ToLower(r)
	}
	return unicode.ToUpper(r)
}

// nearestPassages returns the passages with the most of a question's
// words, most first, at most maxSpelledPassages.
func (ix *Index) nearestPassages(text string) []int32 {
	count := map[int32]int{}
	seen := map[string]bool{}
	for _, st := range ix.Terms(text) {
		ps := ix.postings[st]
		if seen[st] || len(ps) > maxSpelledPostings {
			continue
		}
		seen[st] = true
		for _, p := range ps {
			count[p.doc]++
		}
	}
	docs := make([]int32, 0, len(count))
	for d := range count {
		docs = append(docs, d)
	}
	slices.SortFunc(docs, func(a, b int32) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b))
	})
	return docs[:min(len(docs), maxSpelledPassages)]
}

// notSpelled are no part of a spelled-out phrase: articles,
// prepositions, pronouns, auxiliaries and conjunctions.
var notSpelled = setOf("a", "an", "the", "to", "in", "on", "at", "by", "for", "from", "with", "as", "into", "over",
	"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "should",
	"it", "its", "they", "their", "he", "his", "she", "her", "we", "our", "this", "that", "these", "those",
	"which", "who", "whom", "whose", "or", "but", "not", "no", "nor", "if", "than", "so")

// connectingWords are the words an acronym may give a small initial
// ("of" in "CoC"; not "has" in "PhD").
var connectingWords = setOf("of", "and", "for", "to", "the", "on", "in", "at", "by", "&")

// spelledConnectors may sit between the words of a spelled-out phrase
// without a letter of their own ("maintenance, repair and overhaul").
var spelledConnectors = setOf("and", "of", "&")

// spelledIn returns the phrase of a passage whose words' initials are the
// letters (lower case; a capital for a connecting word's: "cOc" for
// "change of control"), one sentence's words in a row, each of two
// letters or more, in lower case but for the sentence's first, and no
// function word, with only "and", "of", "&" or a comma
// between them and hyphenated words read as their parts ("short-term
// notes"); "" for none.
func spelledIn(passage, letters string) string {
	var first string
	spelledEach(passage, letters, func(phrase string) bool { first = phrase; return false })
	return first
}

// spelledAll returns every phrase of a passage spelledIn would, each once
// (in any case).
func spelledAll(passage, letters string) []string {
	var out []string
	spelledEach(passage, letters, func(phrase string) bool {
		if !slices.ContainsFunc(out, func(p string) bool { return strings.EqualFold(p, phrase) }) {
			out = append(out, phrase)
		}
		return true
	})
	return out
}

// spelledEach calls fn with each phrase of a passage whose words'
// initials are the letters, in order, until it returns false.
func spelledEach(passage, letters string, fn func(phrase string) bool) {
	n := utf8.RuneCountInString(letters)
	for _, s := range SplitSentences(passage) {
		var ws []spelledWord
		for _, f := range strings.Fields(s) {
			comma := strings.HasSuffix(f, ",")
			f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' })
			parts := strings.Split(f, "-")
			for i, p := range parts {
				ws = append(ws, spelledWord{p, comma && i == len(parts)-1, len(ws) == 0})
			}
		}
		for i := range ws {
			if phrase := spelledFrom(ws[i:], letters, n); phrase != "" && !fn(phrase) {
				return
			}
		}
	}
}

// A spelledWord is a word of a sentence, whether a comma follows it and
// whether it opens the sentence.
type spelledWord struct {
	text         string
	comma, opens bool
}

// spelledFrom reads a phrase spelling letters (n of them) from the start
// of ws.
func spelledFrom(ws []spelledWord, letters string, n int) string {
	var out []string
	got := 0
	for k := 0; k < len(ws) && got < n; k++ {
		w, comma := ws[k].text, ws[k].comma
		lower := strings.ToLower(w)
		if want := []rune(letters)[got]; unicode.IsUpper(want) {
			// a connecting word's initial ("of" for the "o" of "CoC")
			if r, _ := utf8.DecodeRuneInString(lower); got == 0 || r != unicode.ToLower(want) || !connectingWords[lower] {
				return ""
			}
			out = append(out, w)
			got++
			continue
		}
		switch {
		case got > 0 && spelledConnectors[lower]:
			out = append(out, w)
			continue
		case len(w) < 2 || notSpelled[lower] || spelledConnectors[lower] || !isLetters(w) || w != lower && !ws[k].opens:
			return "" // a name's capital is the sources' own acronym's (see addAcronyms)
		}
		r, _ := utf8.DecodeRuneInString(lower)
		if r != []rune(letters)[got] {
			return ""
		}
		out = append(out, w)
		got++
		if comma && got < n {
			out[len(out)-1] += ","
		}
	}
	if got < n || spelledConnectors[strings.ToLower(out[len(out)-1])] {
		return ""
	}
	return strings.Join(out, " ")
}

// actorVerbs are the verbs by which a body says or does something.
var actorVerbs = setOf("say", "said", "says", "think", "thinks", "thought", "find", "found", "finds", "decide", "decided",
	"decides", "rule", "ruled", "announce", "announced", "warn", "warned", "argue", "argued", "report", "reported",
	"conclude", "concluded", "recommend", "recommended", "want", "wants", "wanted", "claim", "claimed", "claims")

// actsIn reports whether an acronym says or does something in a question:
// one of actorVerbs follows it, at most one word after ("what does the FBI
// say", "did the CFR really find", "the ECB said").
func actsIn(text, tok string) bool {
	ws := words(strings.ToLower(text))
	i := slices.Index(ws, strings.ToLower(tok))
	return i >= 0 && (i+1 < len(ws) && actorVerbs[ws[i+1]] || i+2 < len(ws) && actorVerbs[ws[i+2]])
}
