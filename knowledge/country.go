package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// askedCountry returns the one country a question names, as its glossary
// concept ("=zimbabwe" for "zimbabwean workers"); "" for none, or for
// more than one ("chile vs argentina").
func (ix *Index) askedCountry(own []QueryTerm) string {
	c := ""
	for _, t := range own {
		if !t.Found || !t.Name || !ix.isCountry(t.Stem) || t.Stem == c {
			continue
		}
		if c != "" {
			return ""
		}
		c = t.Stem
	}
	return c
}

// theCountryRE finds a country referred back to ("the country", "the
// nation's"); placePhraseRE a name after a preposition of place or
// direction ("to Sweden", "in the Netherlands"): where a count went or
// was, not whose it is.
var (
	theCountryRE  = lazyre.New(`(?i)\bthe\s+(?:country|nation)(?:['’]s)?\b`)
	placePhraseRE = lazyre.New(`\b(?i:to|into|towards?|in|at|against|from|via|across|through|with|inside|outside|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*)+`)
)

// otherCountrysFigure returns the other country whose figure a passage
// gives where a question asks one of a country (c): the passage does not
// name c, nor refer back to it, and a sentence of it with a figure of the
// kind asked (wants) names another country. "how many Zimbabwean workers
// were laid off?" is not answered by "the Mineworkers Union of Zambia said
// 1,200 workers had been laid off"; a country named as where the count
// went or was ("sent 300 soldiers to Sweden") is not its owner. "" where
// the passage names c, refers back to a country ("the country"), or gives
// no other country's figure.
func (ix *Index) otherCountrysFigure(h Hit, c string, wants Quantity) string {
	if slices.Contains(h.Matched, c) || ix.referredBack(h.Passage, c) { // (Matched has every term of the question the passage has)
		return ""
	}
	for _, s := range SplitSentences(h.Passage.Text) {
		if !ix.hasQuantity(&Passage{Text: s}, wants) {
			continue
		}
		if theCountryRE.MatchString(s) {
			return "" // "The country has sent 300 soldiers": a country the passages before name
		}
		s = placePhraseRE.ReplaceAllString(s, " ")
		for _, t := range ix.Terms(s) {
			if t != c && ix.namedConcept(t) && ix.isCountry(t) && ix.countryNamed(s, t) {
				return t
			}
		}
	}
	return ""
}

// countryNamed reports whether a sentence names a country (a glossary
// concept) as the owner of its count: before the count's figure ("the
// Mineworkers Union of Zambia said 1,200 workers", "The Swedish army has
// sent 300 soldiers"), not after it, where the country is helped, beaten
// or reached ("sent 300 soldiers to help Sweden", "a win over Sweden");
// by its name, or by its adjective on the sentence's subject ("The
// Swedish army"), not on a party's own ("its Swedish chief executive");
// nor as part of a person's name ("Colonel Jordan Hale").
func (ix *Index) countryNamed(s, concept string) bool {
	e, ok := ix.kb.Glossary.Entry(strings.TrimPrefix(concept, "="))
	if !ok {
		return false
	}
	ws := words(s)
	figure := slices.IndexFunc(ws, isCount)
	if figure < 0 {
		figure = len(ws)
	}
	for _, a := range e.Aliases {
		name := lexicon.CountryName(strings.ToLower(a)) || lexicon.CountryFullName(a)
		as := words(a)
		for i := 0; i+len(as) <= figure; i++ {
			if !slices.Equal(ws[i:i+len(as)], as) {
				continue
			}
			next := ""
			if j := i + len(as); j < len(ws) {
				next = ws[j]
			}
			r, _ := utf8.DecodeRuneInString(next)
			switch {
			case !name && (i == 0 || !strings.EqualFold(ws[i-1], "the") || next == "" || unicode.IsUpper(r)):
				continue // "its Swedish chief executive": a word of the country, no party
			case name && next != "" && unicode.IsUpper(r):
				continue // "Jordan Hale": a person's name
			case i > 0 && (honorifics[strings.ToLower(ws[i-1])] || roleWord(strings.ToLower(ws[i-1]))):
				continue // "Colonel Jordan"
			}
			return true
		}
	}
	return false
}
