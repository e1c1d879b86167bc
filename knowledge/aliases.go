package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// writesPhrase reports whether the sources write a phrase's words one
// after another, pair by pair ("vice president", not "vice minister" and
// "president" apart).
func (ix *Index) writesPhrase(phrase string) bool {
	ws := words(strings.ToLower(phrase))
	for i := 0; i+1 < len(ws); i++ {
		if !ix.writesPair(ws[i], ws[i+1]) {
			return false
		}
	}
	return len(ws) > 0
}

// shortForms are two-letter abbreviations English writes in lower case
// that are also country codes: units ("24 hr", "500 lb", "km"), Latin
// ("eg", "ie"), and chat's ("pm", "ps", "np", "tv"). They are never read
// as the country.
var shortForms = setOf("hr", "lb", "kg", "km", "cm", "mm", "ml", "mg", "ft", "mi", "oz", "pt", "eg", "ie",
	"pm", "am", "ps", "np", "tv", "pc", "bc", "ty", "gm", "tr", "co", "sa", "af", "ad", "ca", "st", "ms", "mr", "dr", "nb", "re")

// objectPronouns are the pronouns that are also country codes ("us": the
// US, "me": Montenegro), typed in lower case.
var objectPronouns = setOf("us", "me")

// slashed returns the tokens joined by slashes alone to token i, with it
// ("fi/ee/riga"), in order; nil when none is.
func slashed(text string, locs [][]int, i int) []string {
	first, last := i, i
	for first > 0 && text[locs[first-1][1]:locs[first][0]] == "/" {
		first--
	}
	for last+1 < len(locs) && text[locs[last][1]:locs[last+1][0]] == "/" {
		last++
	}
	if first == last {
		return nil
	}
	parts := make([]string, 0, last-first+1)
	for k := first; k <= last; k++ {
		parts = append(parts, strings.TrimSuffix(text[locs[k][0]:locs[k][1]], "."))
	}
	return parts
}

// coordinated returns the tokens joined to token i by "and", "or", "vs",
// "&" or a comma, before it and after it.
func coordinated(text string, locs [][]int, i int) []string {
	var out []string
	tok := func(k int) string { return text[locs[k][0]:locs[k][1]] }
	if i >= 2 && coordinators[strings.ToLower(tok(i-1))] && strings.TrimSpace(text[locs[i-2][1]:locs[i-1][0]]) == "" {
		out = append(out, tok(i-2))
	} else if i >= 1 && joinsList(text[locs[i-1][1]:locs[i][0]]) {
		out = append(out, tok(i-1))
	}
	if i+2 < len(locs) && coordinators[strings.ToLower(tok(i+1))] && strings.TrimSpace(text[locs[i][1]:locs[i+1][0]]) == "" {
		out = append(out, tok(i+2))
	} else if i+1 < len(locs) && joinsList(text[locs[i][1]:locs[i+1][0]]) {
		out = append(out, tok(i+1))
	}
	return out
}

var coordinators = setOf("and", "or", "vs", "versus")

// joinsList reports whether the text between two words joins them in a
// list: a comma or an ampersand.
func joinsList(between string) bool {
	t := strings.TrimSpace(between)
	return t == "," || t == "&"
}

// codeBesideNames reads a country code typed in lower case as the country
// when the other parts of its compound are aliases or codes of countries
// the sources name ("oslo-fi-riga", "cl/ar/bo"): there it names a party,
// where alone it may be a word or a typo.
func (ix *Index) codeBesideNames(part string, parts []string, alias func(string) bool) (string, bool) {
	if !lowerAcronym(part) || ix.vocab.has(part) {
		return "", false
	}
	for _, o := range parts {
		if o == part || alias(o) {
			continue
		}
		if _, ok := ix.country(strings.ToUpper(o)); !ok || !lowerAcronym(o) {
			return "", false // another code of a country the sources name goes too ("cl/ar/bo")
		}
	}
	return ix.country(strings.ToUpper(part))
}

// acronym expands an acronym the sources never write but whose phrase they
// do; an acronym the sources or the glossary know is left alone.
func (ix *Index) acronym(tok string) (string, bool) {
	if code, ok := countryNicknames[strings.ToLower(tok)]; ok && !ix.vocab.has(strings.ToLower(tok)) {
		return ix.country(code) // "naija": Nigeria, where the sources name it so
	}
	if city, ok := cityShortNames[strings.ToUpper(tok)]; ok && isAcronym(tok) && !ix.vocab.has(strings.ToLower(tok)) && (ix.vocab.hasName(city) || ix.kb.Glossary.isAlias(city)) {
		return city, true // "DC": Washington, where the sources name it so
	}
	if full, ok := titleAcronyms[strings.ToUpper(tok)]; ok && !ix.vocab.has(strings.ToLower(tok)) && ix.writesPhrase(full) {
		return full, true // "ceo", where the sources write "chief executive"
	}
	if full, ok := termShortForms[strings.ToUpper(tok)]; ok && !ix.vocab.has(strings.ToLower(tok)) {
		return full, true // "fx", where the sources never write it
	}
	if full, ok := ix.names.acronyms[tok]; ok && !isAcronym(tok) && !lowerAcronym(tok) && !ix.vocab.has(strings.ToLower(tok)) {
		return full, true // "MoF": a glossary's Ministry of Finance
	}
	if !isAcronym(tok) && !lowerAcronym(tok) || utf8.RuneCountInString(tok) < 2 {
		return "", false
	}
	lower := strings.ToLower(tok)
	if ix.vocab.has(lower) || ix.kb.Glossary.isAlias(tok) {
		return "", false
	}
	if full, ok := ix.names.acronyms[tok]; ok {
		if ix.kb.Glossary.isAlias(full) || lexicon.CountryFullName(full) {
			return full, true // "SL": Sri Lanka, not a body named after it
		}
		return ix.kb.Glossary.completed(full), true
	}
	if lowerAcronym(tok) {
		// typed in lower case ("the deputy pm"): an acronym the sources'
		// own phrases give, or a country code that is no English word at
		// all ("nor", "us" and "in" are; "nld" is not), of a
		// country the sources name
		if full, ok := ix.names.acronyms[strings.ToUpper(tok)]; ok {
			return full, true
		}
		if n := utf8.RuneCountInString(tok); (n == 3 || n == 2 && !shortForms[lower]) && !lexicon.Known(lower) {
			return ix.country(strings.ToUpper(tok))
		}
		return "", false
	}
	return ix.country(tok)
}

// inAlias reports whether a phrase (lower case) is a glossary alias or
// words of one, in a row ("north shore" of "North Shore Freight Union").
func (g *Glossary) inAlias(phrase string) bool {
	if g == nil {
		return false
	}
	for _, e := range g.Entries {
		for _, a := range e.Aliases {
			if a := " " + strings.ToLower(a) + " "; strings.Contains(a, " "+phrase+" ") {
				return true
			}
		}
	}
	return false
}

// completed returns the one glossary alias a phrase opens ("Joint
// Committee" of "Joint Committee of Varga Lenders"), the phrase where
// none or several do: an acronym of a title's first words stands for the
// name the glossary gives in full.
func (g *Glossary) completed(phrase string) string {
	if g == nil {
		return phrase
	}
	found := ""
	for _, e := range g.Entries {
		for _, a := range e.Aliases {
			if len(a) > len(phrase) && strings.HasPrefix(strings.ToLower(a), strings.ToLower(phrase)+" ") {
				if found != "" && found != a {
					return phrase
				}
				found = a
			}
		}
	}
	if found == "" {
		return phrase
	}
	return found
}

// country returns the name of the country an ISO code ("FR", "DEU")
// stands for, when the sources or the glossary name it.
func (ix *Index) country(code string) (string, bool) {
	for _, name := range lexicon.Country(code) {
		if ix.kb.Glossary.isAlias(name) || ix.vocab.hasName(name) {
			return name, true
		}
	}
	return "", false
}

// hasName reports whether the sources write every word of a name with a
// capital ("Chile", "New Zealand").
func (v *vocabulary) hasName(name string) bool {
	ws := words(name)
	for _, w := range ws {
		vw := v.words[strings.ToLower(w)]
		if vw == nil || !vw.name && !connectors[strings.ToLower(w)] {
			return false
		}
	}
	return len(ws) > 0
}

// isAlias reports whether a word is one of the glossary's aliases.
// hasAlias reports whether the glossary has an alias written exactly so
// ("VHA", not "vha").
func (g *Glossary) hasAlias(alias string) bool {
	if g == nil {
		return false
	}
	return slices.ContainsFunc(g.Entries, func(e GlossaryEntry) bool { return slices.Contains(e.Aliases, alias) })
}

func (g *Glossary) isAlias(w string) bool {
	if g == nil {
		return false
	}
	_, ok := g.concept[aliasKey(w)]
	return ok
}

// personAlias reports whether a name is an alias of a concept that is a
// person as a curator lists one: the full name and the surname alone
// ("Anna Lind", "Lind").
func (g *Glossary) personAlias(name string) bool {
	if g == nil {
		return false
	}
	c, ok := g.concept[aliasKey(name)]
	ws := strings.Fields(name)
	if !ok || len(ws) < 2 {
		return false
	}
	e, ok := g.Entry(strings.TrimPrefix(c, "="))
	return ok && slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.EqualFold(a, ws[len(ws)-1]) })
}

// isNameAlias reports whether a word is an alias of a concept that is a
// name (a party, a place).
func (g *Glossary) isNameAlias(w string) bool {
	if g == nil {
		return false
	}
	c, ok := g.concept[aliasKey(w)]
	return ok && g.named[strings.TrimPrefix(c, "=")]
}

// lowerAcronym reports whether a lower-case word may stand for an acronym
// alias written in capitals: it is no English word ("nato", "unsc"; never
// "us"), or only one of the rarest, which SCOWL lists at its largest size
// alone ("un": an acronym in a question far more often than a word).
func lowerAcronym(w string) bool {
	if w == "" || w != strings.ToLower(w) {
		return false
	}
	if _, chat := contractions[w]; chat || chatWords[w] || presentRE.MatchString(w) {
		return false // "rn", "tbh", "imo": chat, whatever name has those initials
	}
	l := lexicon.Level(w)
	return (l == 0 || l == lexicon.LargestSize) && !isStopWord(w)
}
