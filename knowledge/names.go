package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// nameForms resolves the shortened forms of names people type: an initial
// for a word of a glossary alias ("S. Africa", "S Africa" for South Africa),
// a clipped word ending in a point ("Swiss Conf."), an acronym of a
// capitalised phrase the sources use ("MFA" for a Ministry of Foreign
// Affairs they name), and a country's ISO code ("FR").
type nameForms struct {
	aliases  [][]string        // multi-word glossary aliases, as lower-case words
	written  []string          // each alias as the glossary writes it
	acronyms map[string]string // initials -> the phrase the sources write
}

var connectors = setOf("of", "the", "and", "for", "on", "de", "in")

// honorifics are the titles written before a surname.
var honorifics = setOf("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mme", "mlle", "herr", "frau", "sr", "sra")

// addAcronyms records the initials of each run of two or more capitalised
// words in text (connectors such as "of" may sit between them).
func (nf *nameForms) addAcronyms(text string) {
	ws := strings.Fields(text)
	for i := 0; i < len(ws); i++ {
		var run []string
		var initials strings.Builder
		j := i
		for ; j < len(ws); j++ {
			w := strings.Trim(ws[j], ",.;:()“”\"'’")
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case len(run) == 0 && (connectors[strings.ToLower(w)] || honorifics[strings.ToLower(w)]):
				continue // "The" opening a sentence, "Mr" before a name: no part of the name ("Mr Holm" is no "MH")
			case w != "" && unicode.IsUpper(r) && !isAcronym(w):
				initials.WriteRune(r)
				run = append(run, w)
			case connectors[w] && len(run) > 0:
				run = append(run, w)
				continue
			}
			if !(w != "" && unicode.IsUpper(r) && !isAcronym(w)) || strings.ContainsAny(ws[j], ",.;:()") {
				break
			}
		}
		for len(run) > 0 && connectors[run[len(run)-1]] {
			run = run[:len(run)-1]
		}
		if a := initials.String(); utf8.RuneCountInString(a) >= 2 && len(run) >= 2 {
			if _, seen := nf.acronyms[a]; !seen {
				nf.acronyms[a] = strings.Join(run, " ")
			}
			nf.addTitleAcronyms(run)
		}
		if j > i {
			i = j
		}
	}
	// a term the sources put in quotes, of three words or more, is known by
	// its initials too ("HRP" for a “harbour renewal programme”)
	if !hasQuote(text) {
		return
	}
	for _, m := range quotedTermRE.FindAllStringSubmatch(text, -1) {
		ws := strings.Fields(m[1])
		if len(ws) < 3 || determiners[strings.ToLower(ws[0])] {
			continue // “a trusted partner”: a phrase quoted, not a term's name
		}
		if a := initialsOf(lowerAll(ws)); utf8.RuneCountInString(a) >= 3 {
			if _, seen := nf.acronyms[a]; !seen {
				nf.acronyms[a] = m[1]
			}
		}
	}
}

// addTitleAcronyms records the initials of the shorter phrases that end a
// run's leading English words, when names follow them ("Deputy Harbour
// Master Ada Lind": "HM" for Harbour Master, "DHM"): a title is known by
// its initials without its first words, as its head comes last.
func (nf *nameForms) addTitleAcronyms(run []string) {
	n := 0
	for n < len(run) && (connectors[run[n]] || lexicon.Ordinary(strings.ToLower(run[n]))) {
		n++
	}
	if n == len(run) || n < 2 {
		return // no names follow, or no title of two words or more
	}
	for i := 0; i < n-1; i++ {
		if a := initialsOf(run[i:n]); !connectors[run[i]] && utf8.RuneCountInString(a) >= 2 {
			if _, seen := nf.acronyms[a]; !seen {
				nf.acronyms[a] = strings.Join(run[i:n], " ")
			}
		}
	}
}

// initialsOf returns the upper-case initials of words other than
// connectors ("of", "the").
func initialsOf(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if !connectors[w] {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// hasQuote reports whether text has a quotation mark (faster than
// strings.ContainsAny with a mark outside ASCII).
func hasQuote(text string) bool {
	return strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "“")
}

// quotedTermRE finds a short run of words in quotes, a term of the
// source's ("harbour renewal programme").
var quotedTermRE = lazyre.New(`[“"]((?:\p{L}+ ){2,4}\p{L}+)[”"]`)

var nameTokenRE = lazyre.New(`\p{L}[\p{L}\-’']*\.?`)

// resolve rewrites the shortened names in text, recording each change.
func (ix *Index) resolveNames(text string, steps *[]Step) string {
	nf := ix.names
	locs := nameTokenRE.FindAllStringIndex(text, -1)
	var b strings.Builder
	last := 0
	for i := 0; i < len(locs); i++ {
		tok := text[locs[i][0]:locs[i][1]]
		glued := locs[i][1] < len(text) && text[locs[i][1]] >= '0' && text[locs[i][1]] <= '9' // "ww2": a numbered word
		full, ok := ix.acronyms(strings.TrimSuffix(tok, "."))
		if parts := slashed(text, locs, i); !ok && len(parts) > 1 {
			// "fi/ee": a code among names; not among words ("fi/rail"),
			// which a slash joins as often as it does names
			full, ok = ix.codeBesideNames(strings.TrimSuffix(tok, "."), parts, ix.kb.Glossary.isNameAlias)
		}
		if !ok && lowerAcronym(tok) {
			// "cl and ar", "cl, ar & bo": a code coordinated with codes or
			// names of countries the sources name
			if others := coordinated(text, locs, i); len(others) > 0 {
				full, ok = ix.codeBesideNames(strings.TrimSuffix(tok, "."), append(others, tok), ix.kb.Glossary.isNameAlias)
			}
		}
		if !ok && i > 0 && objectPronouns[tok] && strings.EqualFold(text[locs[i-1][0]:locs[i-1][1]], "the") {
			full, ok = ix.country(strings.ToUpper(tok)) // "the us": no pronoun follows an article
		}
		if ok = ok && !glued; !ok {
			full, ok = ix.initialAndClip(tok)
		}
		if ok {
			b.WriteString(text[last:locs[i][0]])
			b.WriteString(full)
			last = locs[i][1]
			*steps = append(*steps, Step{Stage: "names", Before: tok, After: full})
			continue
		}
		for a, alias := range nf.aliases {
			n := len(alias)
			if i+n > len(locs) || !nf.spaced(text, locs[i:i+n]) {
				continue
			}
			if matchShortened(text, locs[i:i+n], alias) {
				b.WriteString(text[last:locs[i][0]])
				b.WriteString(nf.written[a])
				before := text[locs[i][0]:locs[i+n-1][1]]
				*steps = append(*steps, Step{Stage: "names", Before: before, After: nf.written[a]})
				last = locs[i+n-1][1]
				i += n - 1
				break
			}
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// initialAndClip reads a word no source and no English has as a name of
// two words the glossary has, written as the first word's initial and
// the second's start ("hvall": Holt Valley, "rbay": Riga Bay): only
// when one concept's name fits.
func (ix *Index) initialAndClip(tok string) (string, bool) {
	lower := strings.ToLower(tok)
	if utf8.RuneCountInString(lower) < 4 || !isLowerLetters(lower) || ix.vocab.has(lower) || lexicon.Known(lower) {
		return "", false
	}
	found, concept := "", ""
	for a, alias := range ix.names.aliases {
		if len(alias) != 2 || alias[0][0] != lower[0] || !strings.HasPrefix(alias[1], lower[1:]) {
			continue
		}
		c := ix.kb.Glossary.concept[aliasKey(ix.names.written[a])]
		if concept != "" && c != concept {
			return "", false // two names fit
		}
		if found == "" {
			found, concept = ix.names.written[a], c
		}
	}
	return found, found != ""
}

// numberedRE finds a word ending in a digit ("ww2", "WW1"), which the
// sources may write with a Roman numeral ("WWII").
var numberedRE = lazyre.New(`\b(\p{L}{2,})([1-9])\b`)

var romans = [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}

// shoutedRE finds a word in capitals.
var shoutedRE = lazyre.New(`\b\p{Lu}{2,}\b`)

// emphasis writes in lower case a word put in capitals for stress ("did
// they vote NO?", "MORE of a priority"): a word of function or one of the
// commonest of four letters or more, in a question otherwise in lower
// case, that is no alias and no acronym the sources write. A short common
// word in capitals may be an acronym ("AID"), and stays; but in a message
// in capitals throughout, it is the word.
func (ix *Index) emphasis(text string, steps *[]Step) string {
	lower := 0
	for _, r := range text {
		if unicode.IsLower(r) {
			lower++
		}
	}
	// a message in capitals throughout ("WHEN DID THE PORT SHUT"): every
	// English word in it, but for the aliases of names, the sources'
	// acronyms and names; a word no lexicon knows may be an acronym, and
	// stays
	shouting := lower < 8
	if shouting && len(shoutedRE.FindAllStringIndex(text, 3)) < 3 {
		return text // a short one ("EU?", "EU vote")
	}
	return shoutedRE.ReplaceAllStringFunc(text, func(w string) string {
		l := strings.ToLower(w)
		if shouting {
			if vw := ix.vocab.words[l]; ix.kb.Glossary.isNameAlias(w) || ix.names.acronyms[w] != "" || vw != nil && vw.name || !isStopWord(l) && !lexicon.Known(l) {
				return w
			}
			if _, code := ix.country(w); code && !isStopWord(l) && utf8.RuneCountInString(w) <= 3 {
				return w // "DID CA AND FR OBJECT": codes of countries the sources name
			}
			*steps = append(*steps, Step{Stage: "forms", Before: w, After: l})
			return l
		}
		if vw := ix.vocab.words[l]; ix.kb.Glossary.isAlias(w) || ix.names.acronyms[w] != "" || vw != nil && vw.name {
			return w
		}
		if !isStopWord(l) && !slices.Contains(functionWords, l) && (utf8.RuneCountInString(l) < 4 || lexicon.Level(l) != commonestLevel) {
			return w
		}
		*steps = append(*steps, Step{Stage: "forms", Before: w, After: l})
		return l
	})
}

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
