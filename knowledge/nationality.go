package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// countriesOf returns the countries the sources describe a named concept
// (n) by: a country's name or adjective right before it, past at most two
// lower-case words ("US chipmaker Kestrel", "the American lender Holt"),
// or opening an apposition after it ("Kestrel Advanced Packaging, a
// US-headquartered firm"). It reads only the passages that name n, once
// per name, and keeps what it found.
func (ix *Index) countriesOf(n string) []string {
	ix.nationalityMu.Lock()
	defer ix.nationalityMu.Unlock()
	if cs, ok := ix.nationality[n]; ok {
		return cs
	}
	if ix.nationality == nil {
		ix.nationality = map[string][]string{}
	}
	var cs []string
	if ix.namedConcept(n) && !ix.isCountry(n) {
		for _, p := range ix.postings[n] {
			for _, s := range SplitSentences(ix.passages[p.doc].Text) {
				for _, c := range ix.describedIn(s, n) {
					if !slices.Contains(cs, c) {
						cs = append(cs, c)
					}
				}
			}
		}
	}
	ix.nationality[n] = cs
	return cs
}

// describedIn returns the countries one sentence describes a name (n) by.
func (ix *Index) describedIn(s, n string) []string {
	var concepts []term
	for _, t := range ix.kb.Glossary.canonical(analyze(s)) {
		if strings.HasPrefix(t.stem, "=") {
			concepts = append(concepts, t)
		}
	}
	var out []string
	var ws []string
	for i := 0; i+1 < len(concepts); i++ {
		a, b := concepts[i], concepts[i+1]
		if a.stem != n && b.stem != n {
			continue
		}
		if ws == nil {
			ws = words(s)
		}
		end := nameEnd(ws, a) // the word after a
		if end > b.at || b.at > len(ws) {
			continue
		}
		between := ws[end:b.at]
		switch {
		case b.stem == n && ix.isCountry(a.stem) && attributiveGap(s, a, b, between):
			out = append(out, a.stem)
		case a.stem == n && ix.isCountry(b.stem) && appositionBefore(s, a, between):
			out = append(out, b.stem)
		}
	}
	return out
}

// attributiveGap reports whether the words between a country (a) and a
// name (b) only describe the name: two at most, in lower case, none a
// function word nor an inflected one ("US chipmaker Kestrel"), but for a
// participle joined to the country by a hyphen ("US-based Kestrel"), and
// no punctuation between; so not "Chile sold lithium to Vik", "Pakistan
// owes Vik", "Chile backed Vik" nor "sells most to China, Kestrel to
// Japan".
func attributiveGap(s string, a, b term, between []string) bool {
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
	return adjacent(s, append(append([]string{lastWord(a.surface)}, between...), strings.ToLower(strings.Fields(b.surface)[0])))
}

// adjacent reports whether words stand in a text in turn with only
// spaces, hyphens or a possessive between them ("Norway's Sela"; no
// comma, no full stop).
func adjacent(s string, ws []string) bool {
	quoted := make([]string, len(ws))
	for i, w := range ws {
		quoted[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(`(?i)\b` + strings.Join(quoted, `(?:['’]s)?[\s\-]+`) + `\b`)
	return err == nil && re.MatchString(s)
}

// appositionBefore reports whether the country (b) opens an apposition to
// the name (a): the name, a comma, an article and at most two words that
// are no function words ("Kestrel, a US-headquartered firm"; "Lumora, the
// Malaysian packager"; not "Holt, a supplier to American carmakers").
func appositionBefore(s string, a term, between []string) bool {
	if len(between) == 0 || len(between) > 3 || !articles[strings.ToLower(between[0])] || slices.ContainsFunc(between[1:], func(w string) bool { return isStopWord(strings.ToLower(w)) }) {
		return false
	}
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(lastWord(a.surface)) + `,\s+` + regexp.QuoteMeta(between[0]) + `\s`)
	return err == nil && re.MatchString(s)
}

// describedParty reports the parties of a question that it writes as a
// country's adjective on a thing, after an article and at most two words
// ("the big American campus", "a us firm"): the thing may be one the
// sources describe by that country. Not the country's own institutions
// ("the US government", "the American embassy"): the party itself.
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
			if r, _ := utf8.DecodeRuneInString(thing); !unicode.IsLower(r) || isStopWord(thing) || slices.Contains(stateWords, thing) || countrysOwn[thing] {
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

// countrysOwn are a country's own institutions and people, which its
// adjective names as the country itself ("the American embassy"), never
// a firm the sources describe by it.
var countrysOwn = setOf("embassy", "embassies", "consulate", "consulates", "ambassador", "envoy", "mission", "delegation",
	"army", "navy", "military", "forces", "troops", "soldiers", "ministry", "ministries", "minister", "ministers",
	"president", "presidency", "parliament", "congress", "senate", "court", "courts", "state", "officials",
	"regulator", "regulators", "treasury", "people", "public", "voters", "citizens", "economy", "side", "position")

// partiesDescribed returns parties less each one the question writes as a
// country's adjective on a thing (described) that the passage does not
// name, where a sentence that gives what is asked (gives), or the one
// before it if it names no one, opens on a name the sources describe by
// that country: "the American campus" is told of as Kestrel's in
// "Kestrel's second phase is expected to need 18 million litres a day",
// where the sources call Kestrel "a US-headquartered firm"; not in
// "Holt's plant beside Kestrel's site ...", whose figure is Holt's.
func (ix *Index) partiesDescribed(h Hit, parties []string, described map[string]bool, gives func(string) bool) []string {
	if len(described) == 0 {
		return parties
	}
	var owners []string // the name each giving sentence opens on
	read := false
	return slices.DeleteFunc(slices.Clone(parties), func(p string) bool {
		if !described[p] || slices.Contains(h.Matched, p) {
			return false
		}
		if !read {
			owners, read = ix.givingOwners(h.Passage, gives), true
		}
		return slices.ContainsFunc(owners, func(n string) bool { return slices.Contains(ix.countriesOf(n), p) })
	})
}

// givingOwners returns, for each sentence of a passage that gives what is
// asked, the first name it has (not a country), or the sentence before's
// where it has none ("It expects to need ...").
func (ix *Index) givingOwners(p *Passage, gives func(string) bool) []string {
	var out []string
	ss := SplitSentences(p.Text)
	for i, s := range ss {
		if !gives(s) {
			continue
		}
		for j := i; j >= max(0, i-1); j-- {
			if n := ix.firstName(ss[j]); n != "" {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// firstName returns the first named concept of a sentence that is not a
// country; "" for none.
func (ix *Index) firstName(s string) string {
	for _, t := range ix.Terms(s) {
		if ix.namedConcept(t) && !ix.isCountry(t) {
			return t
		}
	}
	return ""
}
