package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// commonestLevel is the SCOWL size of the commonest English words.
const commonestLevel = 10

// romanNumerals writes a numbered word with its Roman numeral when the
// sources or the glossary know it that way ("ww2": WWII).
func (ix *Index) romanNumerals(text string, steps *[]Step) string {
	return numberedRE.ReplaceAllStringFunc(text, func(m string) string {
		// the match is letters, then one digit; matched again alone, its
		// word boundaries may fall elsewhere (letters outside ASCII)
		roman := strings.ToUpper(m[:len(m)-1]) + romans[m[len(m)-1]-'0']
		if !ix.vocab.has(strings.ToLower(roman)) && !ix.kb.Glossary.isAlias(roman) {
			return m
		}
		*steps = append(*steps, Step{Stage: "names", Before: m, After: roman})
		return roman
	})
}

// monthDigitsRE finds a month and two digits, in any case, with what
// follows that makes them a day: a full date ("Sept 22, 2021", "Sept 22
// 2021"), a time, a range ("June 22-23", "June 22 and 23").
var monthDigitsRE = lazyre.New(`(?i)\b(` + monthNames + `\s+)(\d\d)\b((?:,?\s*\d|[:/.]\d|\s*[-–]\s*\d|\s+(?:and|to|or|through|till|until)\s+\d)?)`)

// partOfMonthRE finds a part of a month before a month and two digits
// ("by end of march 25", "early sept 24"): no day has an end, so the
// digits are its year, even where the sources have the number.
var partOfMonthRE = lazyre.New(`(?i)\b(?:end|start|beginning|middle|mid|late|early|close)\s+(?:of\s+)?` + monthNames + `\s+\d\d\b`)

// monthYears reads a month's two digits as its year ("Sept 22": September
// 2022) where the sources have that year and never the number: there the
// day reading finds nothing, and chat writes a month's year so.
func (ix *Index) monthYears(text string, steps *[]Step) string {
	return replaceMatches(monthDigitsRE, text, func(sub []string) (string, bool) {
		if sub[4] != "" {
			return "", false // a full date, a time or a range of days
		}
		year := fullYear(sub[3])
		if len(ix.postings[year]) == 0 || len(ix.postings[sub[3]]) > 0 && !slices.ContainsFunc(partOfMonthRE.FindAllString(text, -1), func(m string) bool { return strings.HasSuffix(m, sub[0]) }) {
			return "", false
		}
		*steps = append(*steps, Step{Stage: "forms", Before: sub[0], After: sub[1] + year})
		return sub[1] + year, true
	})
}

// yearNamedRE finds a year written as finance chat names what falls due
// or is counted in it: bonds by their maturity's year ("2031s", "the
// 31s"), a calendar or fiscal year by its last two digits ("cy25",
// "FY25"); after a space or a bracket, not a hyphen ("under-25s",
// "F-16s"). A decade ("the 1990s", "the 40s") is none of these.
var yearNamedRE = lazyre.New(`(?i)(^|[\s(])(?:((?:19|20)\d[1-9])s|(the\s+)(\d[1-9])s|(cy|fy)(\d\d))\b`)

// bondWordRE finds a word that puts a question on bonds.
var bondWordRE = lazyre.New(`(?i)\b(?:bonds?|eurobonds?|coupons?|notes|paper|maturit(?:y|ies)|tranches?|yields?|trading|holders?)\b`)

// namedYears writes the years finance chat names by a bond's maturity or
// a calendar or fiscal year's short form as the sources would, where they
// have the year and not the form as written: "the 31s" are the bonds due
// 2031 where the question is on bonds or the sources write "due 2031" or
// "the 2031 bond", "cy25" is 2025,
// "FY26" the sources' "FY2026" or fiscal 2026.
func (ix *Index) namedYears(text string, steps *[]Step) string {
	return replaceMatches(yearNamedRE, text, func(sub []string) (string, bool) {
		lead, form := sub[1], sub[0][len(sub[1]):] // the space or bracket before it, and what is rewritten
		if ix.vocab.has(strings.ToLower(form)) {
			return "", false
		}
		var year, out string
		switch {
		case sub[2] != "":
			year, out = sub[2], "bonds due "+sub[2]
		case sub[4] != "":
			year = "20" + sub[4]
			out = sub[3] + "bonds due " + year
		case strings.EqualFold(sub[5], "fy"):
			year = "20" + sub[6]
			out = "fiscal " + year
			if ix.vocab.has("fy" + year) {
				out = "FY" + year // as the sources write it
			}
		default:
			year = "20" + sub[6]
			out = year
		}
		if len(ix.postings[year]) == 0 || (sub[2] != "" || sub[4] != "") && !bondWordRE.MatchString(text) && !ix.writesPair("due", year) && !ix.writesPair(year, "bond") {
			return "", false // "the under-25s", "F-16s", "the 45s" on no bonds
		}
		*steps = append(*steps, Step{Stage: "forms", Before: form, After: out})
		return lead + out, true
	})
}

// spaced reports whether the tokens follow each other with only spaces.
func (nf *nameForms) spaced(text string, locs [][]int) bool {
	for k := 1; k < len(locs); k++ {
		if strings.TrimSpace(text[locs[k-1][1]:locs[k][0]]) != "" {
			return false
		}
	}
	return true
}

// matchShortened reports whether the tokens spell the alias with at least
// one word shortened (an initial, or a clipped word ending in a point) and
// at least one written in full.
func matchShortened(text string, locs [][]int, alias []string) bool {
	full, short := 0, 0
	for k, w := range alias {
		tok := text[locs[k][0]:locs[k][1]]
		dotted := strings.HasSuffix(tok, ".")
		bare := strings.ToLower(strings.TrimSuffix(tok, "."))
		r, _ := utf8.DecodeRuneInString(tok)
		switch {
		case bare == w:
			full++
		case utf8.RuneCountInString(bare) == 1 && (unicode.IsUpper(r) || dotted) && strings.HasPrefix(w, bare) && k < len(alias)-1:
			// "N Vikland", and "n. vikland" in lower case with its point
			short++
		case dotted && utf8.RuneCountInString(bare) >= 3 && strings.HasPrefix(w, bare):
			short++
		default:
			return false
		}
	}
	return full > 0 && short > 0
}

// acronyms expands a word that is an acronym, or acronyms joined by
// hyphens ("FR-DE"), each on its own.
func (ix *Index) acronyms(tok string) (string, bool) {
	for _, poss := range []string{"'s", "’s"} { // "FR's"
		if base, ok := strings.CutSuffix(tok, poss); ok {
			full, ok := ix.acronyms(base)
			return full + poss, ok
		}
	}
	if base, ok := strings.CutSuffix(tok, "s"); ok && utf8.RuneCountInString(base) >= 2 && lowerAcronym(tok) && !ix.vocab.has(tok) &&
		lowerAcronym(base) && ix.kb.Glossary.isNameAlias(base) {
		return base + "'s", true // "the vms border": an alias in lower case, its apostrophe left out
	}
	if !strings.Contains(tok, "-") {
		return ix.acronym(tok)
	}
	parts := strings.Split(tok, "-")
	changed := false
	for i, p := range parts {
		if full, ok := ix.acronym(p); ok {
			parts[i], changed = full, true
		} else if full, ok := ix.codeBesideNames(p, parts, ix.kb.Glossary.isAlias); ok {
			parts[i], changed = full, true
		}
	}
	return strings.Join(parts, "-"), changed
}

// countryNicknames are the informal and former one-word names of countries
// that chat still uses, by ISO code; read as the country only where the
// sources name it otherwise and never write the nickname.
var countryNicknames = map[string]string{"naija": "NG", "holland": "NL", "burma": "MM", "swaziland": "SZ", "ceylon": "LK", "persia": "IR", "siam": "TH"}

// cityShortNames are the short names chat gives capitals and large
// cities, in capitals; read as the city only where the sources name it
// and never write the short name.
var cityShortNames = map[string]string{"DC": "Washington", "NYC": "New York", "KL": "Kuala Lumpur", "HCMC": "Ho Chi Minh City",
	"SF": "San Francisco", "JHB": "Johannesburg", "JNB": "Johannesburg", "CPT": "Cape Town", "ADDIS": "Addis Ababa"}

// titleAcronyms are the acronyms of job titles that business English
// writes in full as often: read so where the sources never write the
// acronym but have every word of the title.
var titleAcronyms = map[string]string{"CEO": "chief executive", "COO": "chief operating officer", "CFO": "chief financial officer",
	"CTO": "chief technology officer", "GM": "general manager", "VP": "vice president"}

// termShortForms are the short forms finance and trade write for terms,
// other than the terms' initials (which the sources' own phrases give:
// see spelledOut): read as the term where the sources never write the
// short form, as "avg" is read as "average".
var termShortForms = map[string]string{"FX": "foreign exchange", "CAPEX": "capital expenditure", "OPEX": "operating expenditure"}
