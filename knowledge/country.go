package knowledge

import (
	"slices"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
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
	if slices.Contains(h.Matched, c) || ix.referredBack(h.Passage, c) || slices.Contains(ix.Terms(h.Passage.Text), c) {
		return ""
	}
	for _, s := range SplitSentences(h.Passage.Text) {
		if !ix.hasQuantity(&Passage{Text: s}, wants) {
			continue
		}
		if theCountryRE.MatchString(s) {
			return "" // "The country has sent 300 soldiers": a country the passages before name
		}
		for _, t := range ix.Terms(placePhraseRE.ReplaceAllString(s, " ")) {
			if t != c && ix.namedConcept(t) && ix.isCountry(t) {
				return t
			}
		}
	}
	return ""
}
