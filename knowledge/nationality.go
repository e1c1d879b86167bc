package knowledge

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// describedCountries maps a named concept to the countries the sources
// describe it by: a country's name or adjective right before it, past at
// most two lower-case words ("US chipmaker Kestrel", "the American lender
// Holt"), or after it in an apposition ("Kestrel Advanced Packaging, a
// US-headquartered firm"). It is made on first use, from the passages
// that name a country at all.
func (ix *Index) describedCountries() map[string][]string {
	ix.nationalityOnce.Do(func() {
		ix.nationality = map[string][]string{}
		countries := map[string]bool{}
		docs := map[int32]bool{}
		for _, e := range ix.kb.Glossary.Entries {
			if c := "=" + e.Key; ix.isCountry(c) {
				countries[c] = true
				for _, p := range ix.postings[c] {
					docs[p.doc] = true
				}
			}
		}
		for _, d := range slices.Sorted(maps.Keys(docs)) {
			for _, s := range SplitSentences(ix.passages[d].Text) {
				ix.describeIn(s, countries)
			}
		}
	})
	return ix.nationality
}

// describeIn adds the countries one sentence describes names by.
func (ix *Index) describeIn(s string, countries map[string]bool) {
	var concepts []term
	for _, t := range ix.kb.Glossary.canonical(analyze(s)) {
		if strings.HasPrefix(t.stem, "=") {
			concepts = append(concepts, t)
		}
	}
	if len(concepts) < 2 || !slices.ContainsFunc(concepts, func(t term) bool { return countries[t.stem] }) {
		return
	}
	ws := words(s)
	for i := 0; i+1 < len(concepts); i++ {
		a, b := concepts[i], concepts[i+1]
		end := a.at + len(strings.Fields(a.surface)) // the word after a
		if end > b.at || b.at > len(ws) {
			continue
		}
		between := ws[end:b.at]
		switch {
		case countries[a.stem] && ix.namedConcept(b.stem) && !countries[b.stem] && attributiveGap(s, a, between):
			ix.addNationality(b.stem, a.stem)
		case countries[b.stem] && ix.namedConcept(a.stem) && !countries[a.stem] && appositionBefore(s, a, between):
			ix.addNationality(a.stem, b.stem)
		}
	}
}

func (ix *Index) addNationality(name, country string) {
	if !slices.Contains(ix.nationality[name], country) {
		ix.nationality[name] = append(ix.nationality[name], country)
	}
}

// attributiveGap reports whether the words between a country and a name
// only describe the name: two at most, in lower case, none a function
// word nor an inflected one ("US chipmaker Kestrel"), but for a participle
// joined to the country by a hyphen ("US-based Kestrel"); so not "Chile
// sold lithium to Vik", "Pakistan owes Vik" nor "Chile backed Vik".
func attributiveGap(s string, a term, between []string) bool {
	if len(between) > 2 {
		return false
	}
	for i, w := range between {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || isStopWord(w) {
			return false
		}
		if base := lexicon.BaseForm(w); base != "" && base != w && !(i == 0 && strings.Contains(strings.ToLower(s), lastWord(a.surface)+"-"+w)) {
			return false
		}
	}
	return true
}

// appositionBefore reports whether the country (b) opens an apposition to
// the name (a): the name, a comma, an article and at most two words
// ("Kestrel, a US-headquartered firm"; "Lumora, the Malaysian packager").
func appositionBefore(s string, a term, between []string) bool {
	if len(between) == 0 || len(between) > 3 || !articles[strings.ToLower(between[0])] {
		return false
	}
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(lastWord(a.surface)) + `,\s+` + regexp.QuoteMeta(between[0]) + `\s`)
	return err == nil && re.MatchString(s)
}

// describedParty reports the parties of a question that it writes as a
// country's adjective on a thing, after an article and at most two words
// ("the big American campus", "a us firm"): the thing may be one the
// sources describe by that country. Not "the US government", the party
// itself.
func describedParty(text string, own []QueryTerm, parties []string) map[string]bool {
	var out map[string]bool
	for _, t := range own {
		if !slices.Contains(parties, t.Stem) || out[t.Stem] {
			continue
		}
		re, err := regexp.Compile(`(?i)\b(?:the|an?|that|this|those|these)\s+(?:[\p{L}\-]+\s+){0,2}?` + regexp.QuoteMeta(t.Surface) + `\s+([\p{L}\-]+)`)
		if err != nil {
			continue
		}
		for _, g := range re.FindAllStringSubmatch(text, -1) {
			thing := g[1]
			if r, _ := utf8.DecodeRuneInString(thing); !unicode.IsLower(r) || isStopWord(thing) || slices.Contains(stateWords, thing) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[t.Stem] = true
		}
	}
	return out
}

// partiesDescribed returns parties less each one the question writes as a
// country's adjective on a thing (described) that the passage does not
// name but names something the sources describe by that country: "the
// American campus" is told of as Kestrel's, where the sources call Kestrel
// "a US-headquartered firm".
func (ix *Index) partiesDescribed(h Hit, parties []string, described map[string]bool) []string {
	if len(described) == 0 {
		return parties
	}
	var terms []string
	return slices.DeleteFunc(slices.Clone(parties), func(p string) bool {
		if !described[p] || slices.Contains(h.Matched, p) {
			return false
		}
		if terms == nil {
			terms = ix.Terms(h.Passage.Text)
		}
		return slices.ContainsFunc(terms, func(n string) bool { return slices.Contains(ix.describedCountries()[n], p) })
	})
}
