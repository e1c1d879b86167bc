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
