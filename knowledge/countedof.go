package knowledge

import (
	"regexp"
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// countedOf reports whether a passage counts what is asked (see counts)
// and, where the question names parties, counts it of them (see givenOf):
// one pass over its sentences.
func (ix *Index) countedOf(h Hit, parties []string, own []QueryTerm, c counted, past bool, event []QueryTerm) bool {
	if of := ofYears(h.Passage.Text, c.years); len(c.years) > 0 && of != h.Passage.Text {
		// "how many died in the 2017 season?": counted where the passage
		// tells of 2017 ("The previous record season, 2017, had burned
		// 96,000 hectares"), not in its sentences on another season, nor
		// in a passage that tells of other years only; the passage as a
		// whole still says whose count it is
		year := c.ofNoYear()
		if of == "" {
			return len(yearsIn(h.Passage.Text)) == 0 && ix.countedOf(h, parties, own, year, past, event)
		}
		counted := hasCountFigure(year.without(of))
		if len(year.stems) > 0 {
			counted = ix.countsIn(of, year, past, event)
		}
		return counted && ix.countedOf(h, parties, own, year, past, event)
	}
	if !c.partGiven(h.Passage.Text) {
		return false // "how many of the 800 households": a part of the whole
	}
	if len(c.stems) == 0 {
		// "belgium offer number?": a figure of the party's (or a word of
		// size, for "how big are Holm's stocks"), or of one of the
		// parties compared ("satam vs miti, whose number is bigger")
		gives := func(s string) bool {
			return (hasFigure(withoutDates(c.without(s))) || c.amount && sizeRE.MatchString(s)) && !ix.combinedIn(s, c)
		}
		if len(parties) == 0 {
			// (one party asked, that most passages name: a figure not of
			// several together)
			return !c.one || slices.ContainsFunc(SplitSentences(h.Passage.Text), gives)
		}
		return slices.ContainsFunc(parties, func(p string) bool { return ix.givenOf(h, []string{p}, own, gives) })
	}
	if ix.takenWhole(h, parties) {
		return ix.counts(h.Passage, c, past, event)
	}
	return ix.givenOf(h, parties, own, func(s string) bool { return ix.countsIn(s, c, past, event) })
}

// takenWhole reports whether a passage gives what is asked of the parties
// wherever in it it gives it: the question names none, or the passage
// refers back to them as a whole (see referredBack).
func (ix *Index) takenWhole(h Hit, parties []string) bool {
	return len(parties) == 0 || slices.ContainsFunc(parties, func(n string) bool { return ix.referredBack(h.Passage, n) })
}

// headingOf returns a passage's heading, its first sentence where it has
// maxHeadingWords words or fewer and others follow ("The ransom."), ""
// for none; ss are its sentences.
func headingOf(ss []string) string {
	if len(ss) > 1 && len(strings.Fields(ss[0])) <= maxHeadingWords {
		return ss[0]
	}
	return ""
}

// opensOnOther reports whether a sentence opens on a name other than the
// parties (its first four words): "The Vask Act passed by 112 votes" is on
// the Vask Act, whatever the passage's heading.
func (ix *Index) opensOnOther(s string, parties []string) bool {
	ws := words(s)
	return slices.ContainsFunc(ix.Terms(strings.Join(ws[:min(4, len(ws))], " ")), func(t string) bool {
		return ix.namedConcept(t) && !slices.Contains(parties, t)
	})
}

// givenOf reports whether a sentence of a passage that gives what is asked
// (ok) gives it of the parties asked about: it names them; or it names no
// party and the last sentence before it that names any names them ("Holm
// opened a plant. It employs 70 people."), or none before it does; or it
// names another party but refers back to the one party the sentence
// before names ("Chad runs on coal. Its utility puts the country's
// shortfall at 300 MW"). A passage that refers back to the parties is
// taken whole.
func (ix *Index) givenOf(h Hit, parties []string, own []QueryTerm, ok func(s string) bool) bool {
	if ix.takenWhole(h, parties) {
		return true
	}
	ss := SplitSentences(h.Passage.Text)
	// a sentence's parties, not the one it cites ("11 ships waited,
	// according to the port authority"); each sentence's read once, as the
	// look back below reads the same sentences again
	known := make([][]string, len(ss))
	termsAt := func(i int) []string {
		if known[i] == nil {
			known[i] = ix.Terms(accordingToRE.ReplaceAllString(ss[i], ""))
		}
		return known[i]
	}
	named := func(terms []string) bool { return slices.ContainsFunc(terms, ix.namedConcept) }
	// "The Holm Act. The bill passed by 112 votes to 31": a heading that
	// names the parties is on them (read once, where a sentence needs it)
	headed, headRead := false, false
	headedBy := func() bool {
		if !headRead {
			head := headingOf(ss)
			headed, headRead = head != "" && containsAll(ix.Terms(head), parties), true
		}
		return headed
	}
	namesAll := func(terms []string) bool {
		return !slices.ContainsFunc(parties, func(p string) bool { return !ix.namesParty(terms, p, own) })
	}
	for i, s := range ss {
		if !ok(s) {
			continue
		}
		terms := termsAt(i)
		if named(terms) {
			if namesAll(terms) && ix.clauseOf(s, parties, own, ok, i > 0 && namesAll(termsAt(i-1))) || i > 0 && len(parties) == 1 && namesAll(termsAt(i-1)) && ix.refersBackTo(s, parties[0]) ||
				headedBy() && !ix.opensOnOther(s, parties) {
				return true // "The Holm Act. The bill passed the Assembly by 112 votes to 31"
			}
			continue
		}
		for j := i - 1; j >= 0 && !named(terms); j-- {
			terms = termsAt(j)
		}
		if !named(terms) || namesAll(terms) {
			return true
		}
	}
	return false
}

// namesParty reports whether terms name a party of a question: its stem,
// a name it stands for ("Berg" for the country he leads), or a name named
// after it ("Hidroeléctrica de Vessa Rapids" of the Vessa Rapids dam).
func (ix *Index) namesParty(terms []string, party string, own []QueryTerm) bool {
	return slices.Contains(terms, party) || slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Stem == party && t.in(terms) }) ||
		ix.kb.Glossary != nil && slices.ContainsFunc(terms, func(t string) bool { return slices.Contains(ix.kb.Glossary.namesWithin[t], party) })
}

// accordingToRE finds whom a sentence cites for what it says: "according
// to the port authority".
var accordingToRE = lazyre.New(`(?i),?\s*\baccording to\b[^,;.]*`)

// personCounted reports whether a sentence counts people: a word for
// persons within three words after a figure ("5,000 dock workers"), not
// officials beside a count of something else ("officials expect twelve
// projects").
func personCounted(s string) bool {
	return figureBefore(s, 3, lexicon.Person)
}

// figureBefore reports whether a sentence has a figure (see isCount) with
// a word that is of the kind (is) within the n words after it; numbers
// inside names ("Covid-19") are none.
func figureBefore(s string, n int, is func(string) bool) bool {
	ws := words(strings.ToLower(namedNumberRE.ReplaceAllString(s, " ")))
	var grouped []string // "2,150": a figure, though "2150" reads as a year
	for _, g := range groupedRE.FindAllString(s, -1) {
		grouped = append(grouped, strings.ReplaceAll(g, ",", ""))
	}
	for i, w := range ws {
		if (isCount(w) || slices.Contains(grouped, w)) && slices.ContainsFunc(ws[i+1:min(len(ws), i+1+n)], is) {
			return true
		}
	}
	return false
}

// groupedRE finds a figure written with its thousands grouped: "2,150".
var groupedRE = lazyre.New(`\b\d{1,3}(?:,\d{3})+\b`)

// What a count counts: the terms of its words and of their synonyms, and
// the words themselves in their base form, which a sentence's word may
// have as a synonym ("how many states" is counted by "five countries").
type counted struct {
	stems []string
	words map[string]bool
	// amount is true for "how much": a word of size ("vast stocks")
	// gives it where the sources give no figure
	amount bool
	// whole is the figure of a whole the question states, a part of
	// which it counts ("how many of the 800 households"), as digits;
	// wholeOf the stem of the word after it ("household")
	whole, wholeOf string
	// one is true for a count asked of one party, not of a group or a
	// total ("how many members does the VWU have")
	one bool
	// money finds a sum in a currency only the glossary knows (see
	// Index.ownMoney): a sum counts nothing
	money *regexp.Regexp
	// noun is true for a count asked by a plural noun ("how many
	// ships"): a figure counts it where the noun is beside the figure
	// (see countedNear), not anywhere in its sentence
	noun bool
	// years are the years the count is asked of ("how many died in
	// 2017"): it is given where a passage tells of them
	years []int
}

// yearComparedRE finds a question that compares with another time ("vs
// 2023", "up from 2019", "since 2020").
var yearComparedRE = lazyre.New(`(?i)\b(?:vs|versus|compared|than|since|earlier|previous|last|(?:up|down|rise|rose|fell|fall|grew|grow)\s+from|from\s+\d{4}|between\s+\d{4})\b`)

// ofNoYear is the count asked of no year.
func (c counted) ofNoYear() counted {
	c.years = nil
	return c
}

// ofYears returns the sentences of a text that tell of the years: each
// that names one, and those after it up to one that names another year;
// "" where none names one.
func ofYears(text string, years []int) string {
	if len(years) == 0 {
		return ""
	}
	var of []string
	in := false
	for _, s := range SplitSentences(text) {
		if ys := yearsIn(s); len(ys) > 0 {
			in = slices.ContainsFunc(years, func(y int) bool { return slices.Contains(ys, y) })
		}
		if in {
			of = append(of, s) // "The 2018 storm. ... It flooded 300 homes.": to another year's sentence
		}
	}
	return strings.Join(of, " ")
}

// combinedRE finds a figure told of several together ("their combined
// membership", "between them", "together have"), not where something is
// combined with another ("combined with a delay"); combinedAskedRE a
// question after such a figure.
var (
	combinedRE      = lazyre.New(`(?i)\b(?:combined|between them|jointly|together|altogether|collectively|in total)\b`)
	combinedWithRE  = lazyre.New(`(?i)\b(?:combined|together)\s+with\b`)
	combinedAskedRE = lazyre.New(`(?i)\b(?:combined|together|between them|jointly|altogether|all told|in all|collectively|total|overall|all)\b`)
)

// combinedIn reports whether a sentence gives its figure of several
// parties together, where one party's is asked: a sentence on several, in
// a clause with a figure and a word of several together ("Their combined membership is 2.1
// million" is not the VWU's; "The HCL, which has 780,000 members, jointly
// called the strike" is the HCL's).
func (ix *Index) combinedIn(s string, c counted) bool {
	if !c.one || !combinedRE.MatchString(s) {
		return false
	}
	// of several: a plural that refers back, or two names ("The HCL has
	// 780,000 members in total", "Vik's two smelters together employ
	// 1,200" are one party's)
	several := pluralRefRE.MatchString(s) || len(slices.DeleteFunc(ix.Terms(s), func(t string) bool { return !ix.namedConcept(t) })) > 1
	return several && slices.ContainsFunc(clauseSplitRE.Split(combinedWithRE.ReplaceAllString(s, " "), -1), func(cl string) bool {
		return combinedRE.MatchString(cl) && hasFigure(withoutDates(cl))
	})
}

// aloneAskedRE finds a figure asked of one party alone: "how much did
// korsa alone pay", "dunholt on its own", "by itself"; the group is
// the words before, where the party is.
var aloneAskedRE = lazyre.New(`(?i)((?:\S+\s+){1,3}?)(?:alone|on (?:its|their|his|her) own|by (?:itself|themselves|himself|herself))\b`)

// aloneOf returns the names of the party a question asks a figure of
// alone, or nil: the words before "alone", or the question's first name
// where "on its own" or "by itself" closes it ("how much did korsa pay
// on the claims on its own?": Korsa).
func (ix *Index) aloneOf(text string, own []QueryTerm) []string {
	m := aloneAskedRE.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	if !strings.HasSuffix(strings.ToLower(text[m[3]:m[1]]), "alone") && strings.Trim(text[m[1]:], " ?.!") == "" {
		if names := ix.holderNames(text[:m[0]], own); len(names) > 0 {
			return names[:1]
		}
	}
	return ix.holderNames(text[m[2]:m[3]], own)
}

// givesAlone reports whether a passage gives a figure of the kind asked
// in a clause that names the party with what is asked of it (every other
// word of the question it has) and no other party beside it: not
// "Dunholt, Pellin and Korsa filed a claim for EUR 3.9 billion";
// "Korsa had paid EUR 1.1 billion, Dunholt EUR 700 million" gives
// Korsa's.
func (ix *Index) givesAlone(p *Passage, party string, kind Quantity, own []QueryTerm) bool {
	asked := slices.DeleteFunc(eventTerms(own), func(t QueryTerm) bool { return !t.Found || strings.HasPrefix(t.Stem, "=") || isNumber(t.Stem) })
	for _, s := range SplitSentences(p.Text) {
		sterms := ix.Terms(s)
		if !slices.Contains(sterms, party) || slices.ContainsFunc(asked, func(t QueryTerm) bool { return !t.in(sterms) }) {
			continue
		}
		for _, cl := range clauseSplitRE.Split(s, -1) {
			terms := ix.Terms(cl)
			if slices.Contains(terms, party) && ix.hasQuantity(&Passage{Text: withoutDates(cl)}, kind) && !ix.besideOther(cl, party) {
				return true
			}
		}
	}
	return false
}

// besideOther reports whether a clause names another party joined to the
// one by "and", "&" or "with" ("Pellin Assurance and Korsa filed").
func (ix *Index) besideOther(clause, party string) bool {
	for _, m := range joinedNamesRE.FindAllStringSubmatch(clause, -1) {
		a, b := ix.Terms(m[1]), ix.Terms(m[2])
		if slices.Contains(a, party) && slices.ContainsFunc(b, ix.namedConcept) && !slices.Contains(b, party) ||
			slices.Contains(b, party) && slices.ContainsFunc(a, ix.namedConcept) && !slices.Contains(a, party) {
			return true
		}
	}
	return false
}

// joinedNamesRE finds two names joined by "and", "&" or "with": the
// groups are the words on each side (up to three capitalised words).
var joinedNamesRE = lazyre.New(`((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(?:and|&|with)\s+((?:\p{Lu}[\p{L}'’-]*\s*){1,3})`)

// pluralRefRE finds a word that refers back to several.
var pluralRefRE = lazyre.New(`(?i)\b(?:their|they|them|both|all)\b`)
