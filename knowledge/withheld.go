package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// disclosedNouns are what is made public or kept back when someone
// releases it or not: figures, records and what they tell.
const disclosedNouns = `(?:figures?|numbers?|data|details?|names?|identit(?:y|ies)|results?|findings?|reports?|logs?|records?|minutes|accounts|documents?|terms|amounts?|sums?|lists?|breakdowns?|estimates?|statistics|information|evidence|footage|recordings?|transcripts?|texts?|contents|emails|correspondence|stud(?:y|ies)|audits?|analys[ie]s|assessments?|reviews?|totals?|tall(?:y|ies)|counts?|costs?|prices?|valuations?)\b`

// withheldRE finds a clause that says what it tells of was not made
// public or is not known: "has not been disclosed", "have not been
// released", "asked that his name not be published", "did not disclose its
// terms", "no figure has been published for", "declined to name", "is
// not known"; and, with what it keeps back after it, "has not released
// its chlorine logs", "did not release the figures": what is released
// there is something told (see disclosedNouns), not people held ("have
// not released the two men"), a product ("a new handset") or water.
var withheldRE = lazyre.New(`(?i)\b(?:(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|published|made\s+public|revealed|said|named|specified|identified)|(?:(?:has|have|had)\s+(?:yet\s+)?not\s+(?:yet\s+)?released|(?:did|does|do|would|will)\s+not\s+release)\s+(?:(?:the|its|their|his|her|any|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}?` + disclosedNouns + `|\b(?:names?|identit(?:y|ies)|details|terms|figures?)\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?not\s+(?:yet\s+)?(?:been\s+)?released|\b(?:names?|identit(?:y|ies))\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?withheld|not\s+be\s+(?:disclosed|published|released|made\s+public|revealed))|\bwithheld\s+(?:the|their|his|her|its)\s+(?:names?|identit(?:y|ies))|\bwhose\s+(?:names?|identit(?:y|ies))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,8}?(?:has|have|had)\s+(?:so\s+far\s+)?withheld|(?:did|does|do|would|will)\s+not\s+(?:disclose|publish|reveal|say|name|specify|identify|break\s+down)|(?:declined|refused)\s+to\s+(?:disclose|say|name|reveal|specify|identify)|no\s+(?:[\p{L}-]+\s+){0,3}?(?:figures?|data|breakdown|estimates?|details|numbers?|totals?|timetable)\s+(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:published|given|released|disclosed|made\s+public|available|provided|reported)|(?:is|are|remains?|was|were)\s+(?:still\s+)?(?:unknown|not\s+known)|\b(?:terms|details|amounts?|figures?|sums?|names?)\s+(?:of\s+(?:[\p{L}'’-]+\s+){1,4}?)?(?:(?:is|are|was|were|remains?|have\s+been|has\s+been)\s+(?:kept\s+)?|(?:is|are|was|were)\s+to\s+(?:be|remain)\s+)(?:confidential|secret|undisclosed))\b`)

// commentedRE finds a clause that says someone would not comment on what
// it tells of ("Holm declined to comment on whether it would build a
// plant", "has not commented on how many contracts were hit"): it keeps
// back only what the clause names, whether or how many or how much, from a
// question that asks that (see commentKept).
var commentedRE = lazyre.New(`(?i)\b(?:(?:declined|refused)\s+to\s+comment(?:\s+publicly)?\s+on|(?:has|have|had)\s+yet\s+to\s+comment(?:\s+publicly)?\s+on|(?:would|will|did|does|do)\s+not\s+be\s+drawn\s+on|(?:would|will|did|does|do|has|have|had)\s+not\s+(?:comment(?:ed)?(?:\s+publicly)?\s+on|respond(?:ed)?\s+to\s+(?:questions|requests)\s+(?:on|about)))\b`)

// commentKept reports whether a clause that says someone would not comment
// on something keeps back what a question asks: whether it is so, of a
// yes-or-no question ("declined to comment on whether it would build a
// plant"); how many, of a count; how much, of a sum. Not the reason for
// what the clause names ("why were the contracts cancelled?" of "declined
// to comment on how many were cancelled"), nor a sum beside "which of its
// farms would be sold".
func commentKept(r *Result, clause string) bool {
	loc := commentedRE.FindStringIndex(clause)
	on := strings.ToLower(clause[loc[1]:])
	switch {
	case whetherOnRE.MatchString(on):
		return r.Wants == "" && yesNoRE.MatchString(r.Text)
	case howManyOnRE.MatchString(on):
		return r.Wants == Count
	case howMuchOnRE.MatchString(on):
		return r.Wants == Money || r.Wants == Count && howMuchRE.MatchString(r.Text)
	}
	return false
}

// whetherOnRE, howManyOnRE and howMuchOnRE find what a clause that declines
// comment declines it on: whether, how many, how much.
var (
	whetherOnRE = lazyre.New(`^\s*(?:[\p{L}'’-]+\s+){0,8}?(?:or\s+(?:on\s+)?)?whether\b`)
	howManyOnRE = lazyre.New(`^\s*(?:how\s+many|the\s+number\s+of)\b`)
	howMuchOnRE = lazyre.New(`^\s*(?:how\s+much|the\s+(?:amount|size|value|cost|price|sum)\s+of)\b`)
)

// disclosureAskedRE finds a question on what was made public or said
// ("did Holm disclose the terms?", "what did Vik say", "is the fee
// public?"; not "the terms of its public tender"), which a sentence saying
// it was not answers.
var disclosureAskedRE = lazyre.New(`(?i)\b(?:disclos\w*|publish\w*|reveal\w*|made\s+public|make\s+public|publicly|say|says|said|saying|comment\w*|announc\w*|secret\w*|withh[eo]ld\w*)\b|\b(?:public|known|unknown|confidential)\s*[?.!]*\s*$`)

// withheldClauseRE finds where a sentence's clauses part, for withheld.
var withheldClauseRE = lazyre.New(`(?i)[;:()]|,\s+(?:while|whereas|and|although|though|which|who)\s+|,?\s+but\s+|\s[-–—]\s|,\s+(?:whose)\s`)

// pointsBackRE finds a clause that keeps back what the clause before it
// tells of by pointing back to it: "(, and Holm has not disclosed) that
// amount", "that figure has not been published" (not "it has not said
// whether", "it said that details ...", nor "how that amount will be
// split").
var pointsBackRE = lazyre.New(`(?i)\b(?:disclos\w*|publish\w*|releas\w*|reveal\w*|specif\w*|give|given|gave|made\s+public)\s+(?:that|this|those|these|the\s+same)\s+(?:` + keptBackWords + `)s?\b|^\s*(?:that|this|those|these|the\s+same)\s+(?:` + keptBackWords + `)s?\s+(?:has|have|had|is|are|was|were|remains?)\b`)

// pointsBackTheRE finds a clause that keeps back what the clause before
// it tells of by "the" alone: "(signed compensation agreements with 29 of
// them, but) the (individual) amounts (paid) have not been disclosed". It
// points back only where the clause before gives no sum itself ("paid the
// growers EUR 1.2 million, but the terms have not been disclosed" answers
// how much).
var pointsBackTheRE = lazyre.New(`(?i)^\s*the\s+(?:[\p{L}-]+\s+)?(?:` + keptBackWords + `)s?\s+(?:[\p{L}-]+\s+)?(?:has|have|had|is|are|was|were|remains?)\b`)

// keptBackWords name what a clause may keep back.
const keptBackWords = `amount|figure|sum|number|total|names?|terms|details|information|breakdown|price|cost|fee|value`

// figureKeptRE finds a clause that keeps back a figure or terms beside any
// names ("the names and the amounts have not been disclosed").
var figureKeptRE = lazyre.New(`(?i)\b(?:amounts?|figures?|sums?|terms|details|values?|prices?|costs?|fees?|numbers?|totals?)\b`)

// relativeAsideRE finds a relative clause set off by commas (", which did not
// disclose its revenue,"), which withheld reads as a clause of its own,
// apart from the main clause on both sides.
var relativeAsideRE = lazyre.New(`(?i),\s+(which|who|whose)\s+([^,;]*),`)

// notName reports whether a question's term is no name: not one of the
// glossary's, nor capitalised, nor a word the sources write only as a
// name ("lind").
func (ix *Index) notName(t QueryTerm) bool {
	return !t.Name && !strings.HasPrefix(t.Stem, "=") && !ix.writtenAsName(t.Surface)
}

// withheld returns the hit and its sentence that say what a question asks
// was not made public or is not known, "" for none: a clause that says so
// (withheldRE), of a sentence with as many of the question's words
// (other than names and the piece's own nouns, where it has others) as
// any of the hits', that has a word of the question's no other clause of
// theirs has ("the value of assets frozen in Vik has not been disclosed"
// for "how much was frozen in Vik?", not for "how much was frozen at
// home?", which another clause gives), or all of two or more ("no figure
// has been published for the total paid to players and referees" for
// "total paid to players + refs"); or, for a question on who someone is
// or on their names (names), a clause that keeps back names. The words
// that say what kind of answer is asked ("value", "figure") do not count.
// A clause that points back to the one before it ("..., whose terms are
// confidential") is read with it where it keeps back what the question
// asks (kept, given whether it keeps back names): the one before tells
// what is kept back, not that it was done ("when was the agreement
// reached?", "how many families were paid?" are answered). A clause that
// declines comment (commentedRE) keeps back what kept says it does, where
// it has every word of the question its sentence has.
func (ix *Index) withheld(hits []Hit, own []QueryTerm, names bool, kept func(names bool, clause, before string) bool) (Hit, string) {
	if !slices.ContainsFunc(hits, func(h Hit) bool {
		return withheldRE.MatchString(h.Passage.Text) || commentedRE.MatchString(h.Passage.Text)
	}) {
		return Hit{}, "" // most passages say nothing of the kind: no clause to read
	}
	var asked []QueryTerm
	for _, t := range own {
		if t.Found && !t.Soft && !isNumber(t.Stem) && !kindOfFigure(t.Surface) {
			asked = append(asked, t)
		}
	}
	if len(asked) == 0 {
		return Hit{}, ""
	}
	// the sentence on the question is the one with most of its words
	// other than names and the piece's own nouns ("article"), where it has
	// any: "who were the peer reviewers on the ARIP article?" is about "It
	// was reviewed by two referees, whose names the journal does not
	// disclose", not the sentence that names the journal ARIP
	onAsked := slices.DeleteFunc(slices.Clone(asked), func(t QueryTerm) bool {
		return !ix.notName(t) || pieceNounRE.MatchString(t.Surface)
	})
	if len(onAsked) == 0 {
		onAsked = asked
	}
	clauses, most := ix.keptClauses(hits, asked, onAsked, names, kept)
	for i, c := range clauses {
		if !c.cue || c.n == 0 || c.n < most || c.names && !names && c.prev < 0 {
			// names kept back do not keep back a figure ("how many
			// referees?" of "three referees, whose names are not disclosed")
			continue
		}
		if ix.keepsBackAsked(clauses, i, asked) {
			if c.names && slices.ContainsFunc(clauses, func(o keptClause) bool { return o.sentence != c.sentence && o.n >= c.n && ix.namesSomeone(o.sentence) }) {
				// names kept back in one sentence, given in another with as
				// many of the question's words ("The Harbour Review article
				// was reviewed by Ana Lind and Piet Vos"): those answer
				continue
			}
			return hits[c.hit], c.sentence
		}
	}
	if names {
		// "who are the two site managers charged?", where "Holm charged
		// two site managers; their names have not been released": the
		// names asked, kept back in the sentence that best tells of it,
		// which names no one in full
		for _, c := range clauses {
			if c.cue && c.n > 0 && c.n == most && slices.ContainsFunc(c.terms, func(t string) bool { return nameStems[t] }) && !ix.namesSomeone(c.sentence) {
				return hits[c.hit], c.sentence
			}
		}
	}
	return Hit{}, ""
}

// A keptClause is a clause of a candidate's sentence, read for what it
// keeps back (see withheld).
type keptClause struct {
	hit      int
	sentence string
	terms    []string
	n        int // the question's words its sentence has, other than names (onAsked)
	cue      bool
	prev     int  // the clause it points back to and reads with, -1 for none
	names    bool // it keeps back names
	text     string
}

// keptClauses splits the hits' sentences into clauses (a relative aside
// set off as its own), each with the question's words its sentence has
// other than names (onAsked) and whether it keeps something back; most is
// the most such words a sentence has. A clause that points back to the
// one before it is read with it where it keeps back what the question
// asks (see withheld).
func (ix *Index) keptClauses(hits []Hit, asked, onAsked []QueryTerm, names bool, kept func(names bool, clause, before string) bool) (clauses []keptClause, most int) {
	for k, h := range hits {
		for _, s := range ix.Sentences(h.Passage) {
			n := sentenceShare(ix.Terms(s.Text), onAsked)
			most = max(most, n)
			text := relativeAsideRE.ReplaceAllStringFunc(s.Text, func(m string) string {
				sub := relativeAsideRE.FindStringSubmatch(m)
				if strings.EqualFold(sub[1], "whose") {
					return "; whose " + sub[2] + ";" // of the subject alone (see below)
				}
				return "; " + sub[2] + ";"
			})
			at := 0
			for j, c := range withheldClauseRE.Split(text, -1) {
				before := ""
				if j > 0 {
					before = clauses[len(clauses)-1].text
				}
				cl := keptClause{k, s.Text, ix.Terms(c), n, withheldRE.MatchString(c), -1, false, c}
				if !cl.cue && commentedRE.MatchString(c) && kept(false, c, before) {
					// declining comment keeps back only what the clause
					// names, of a question all of whose words it has
					// among those of its sentence ("declined to comment on
					// whether it would build the plant, which the council
					// approved in May" keeps back nothing of the council's)
					sentence := ix.Terms(s.Text)
					cl.cue = !slices.ContainsFunc(asked, func(t QueryTerm) bool { return t.in(sentence) && !t.in(cl.terms) })
				}
				cl.names = cl.cue && slices.ContainsFunc(cl.terms, func(t string) bool { return nameStems[t] }) && !figureKeptRE.MatchString(c)
				start := strings.Index(text[at:], c) + at
				at = start + len(c)
				// "..., whose terms are confidential", "..., and Holm has
				// not disclosed that amount": read with the clause before
				whose := strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:start], " ")), "whose")
				// ", whose name is withheld,": an aside on the subject alone,
				// which keeps back the subject's name, not what the sentence
				// tells of the subject ("was fined EUR 2 million")
				aside := strings.HasPrefix(strings.ToLower(strings.TrimSpace(c)), "whose ") && cl.names && names
				// not where the one "whose" points to is named ("Ola
				// Brenn, whose deputies ..."), nor where the clause before
				// gives the sum ("paid EUR 2 million under a contract,
				// whose terms are confidential"), nor for another year,
				// month or place ("those figures for June")
				if whose || aside {
					whose, aside = whose && !endsOnName(before) && !ix.hasQuantity(&Passage{Text: before}, Money), aside && !endsOnName(before)
				}
				if cl.cue && j > 0 && (pointsBackRE.MatchString(c) || pointsBackTheRE.MatchString(c) && !ix.hasQuantity(&Passage{Text: before}, Money) || whose || aside) && kept(cl.names, c, before) && !ix.otherScope(c, before) {
					cl.prev = len(clauses) - 1
					cl.terms = slices.Concat(clauses[cl.prev].terms, cl.terms)
				}
				clauses = append(clauses, cl)
			}
		}
	}
	return clauses, most
}

// keepsBackAsked reports whether the clause at i keeps back what is asked:
// it has a word of the question's no other clause has, or all of two or
// more that no other clause has all of, or it points back to a clause
// with all of two or more of its words but names; and, where the
// question has a word other than a name, one of those (see withheld).
func (ix *Index) keepsBackAsked(clauses []keptClause, i int, asked []QueryTerm) bool {
	c := clauses[i]
	all := func(terms []string) bool {
		return !slices.ContainsFunc(asked, func(t QueryTerm) bool { return !t.in(terms) })
	}
	// another reports whether a clause other than the one at i has what ok
	// asks of its terms
	another := func(i int, ok func(terms []string) bool) bool {
		for j, o := range clauses {
			if j != i && j != clauses[i].prev && ok(o.terms) {
				return true
			}
		}
		return false
	}
	// a word of the question's that only this clause has
	only := func(t QueryTerm) bool { return t.in(c.terms) && !another(i, t.in) }
	// all of two or more, which no other clause has all of ("the
	// value of assets frozen abroad has not been disclosed" is no
	// answer to "how much has been frozen?" beside "courts have frozen
	// assets worth EUR 19 million")
	every := len(asked) > 1 && all(c.terms) && !another(i, all)
	// a word of what is asked other than a name, where the question
	// has one: "it is not known whether Lind will appeal" keeps back
	// no sentence of Lind's
	content := !slices.ContainsFunc(asked, ix.notName) || slices.ContainsFunc(asked, func(t QueryTerm) bool { return ix.notName(t) && t.in(c.terms) })
	// or a clause pointing back to one that has all of two or more of
	// the question's words but names, of the sentence with the most of
	// them ("what the HRA expects to pay on the claims, and the HRA has
	// not disclosed that amount" for "how much does the HRA expect to
	// pay out?")
	back := false
	if c.prev >= 0 {
		n := 0
		for _, t := range asked {
			if ix.notName(t) {
				if !t.in(c.terms) {
					n = 0
					break
				}
				n++
			}
		}
		back = n > 1
	}
	return content && (every || back || slices.ContainsFunc(asked, only))
}

// namesSomeone reports whether a sentence names someone in full: a run of
// capitalised words that is no glossary name, nor a title of everyday
// words ("the District Public Prosecutor of Vik charged two managers").
func (ix *Index) namesSomeone(s string) bool {
	runs := nameRunRE.FindAllStringSubmatch(s, -1)
	if m := sentenceRunRE.FindStringSubmatch(s); m != nil {
		runs = append(runs, m) // "Ola Brenn, 41, a foreman, was charged"
	}
	for _, m := range runs {
		if ix.kb.Glossary.personAlias(m[1]) {
			return true // a person the glossary lists
		}
		if !ix.kb.Glossary.isAlias(m[1]) && slices.ContainsFunc(strings.Fields(m[1]), func(w string) bool { return !lexicon.Ordinary(strings.ToLower(w)) }) {
			return true
		}
	}
	return false
}

// sentenceRunRE finds the capitalised words a sentence opens with.
var sentenceRunRE = lazyre.New(`^\s*((?:\p{Lu}[\p{L}’'\-]+\s+){1,3}\p{Lu}[\p{L}’'\-]+)`)

// nameStems are the stems of the words for who someone is: "name",
// "identity".
var nameStems = setOf(stem("name"), stem("names"), stem("identity"), stem("identities"))

// agentBeforeRE finds a clause that ends on who did it ("reviewed by two
// referees"); countKeptRE a clause that keeps back a number.
var (
	agentBeforeRE = lazyre.New(`(?i)\bby\s+(?:[\p{L}\d'’-]+\s+){0,6}[\p{L}\d'’-]+\s*$`)
	countKeptRE   = lazyre.New(`(?i)\b(?:number|numbers|total|totals|count|toll)\b`)
	bareYearRE    = lazyre.New(`\b(?:19|20)\d\d\b`)
)

// personSubject reports whether a clause opens on people it does not name
// ("Three outside referees reviewed it"): who did what it tells.
func personSubject(clause string) bool {
	ws := strings.Fields(clause)
	for i, w := range ws[:min(4, len(ws))] {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if i > 0 && w != lw {
			return false // a name
		}
		if lexicon.Person(lw) || lexicon.Person(strings.TrimSuffix(lw, "s")) {
			return true
		}
	}
	return false
}

// otherScope reports whether a clause names a year the clause before it
// does not, or is for something it does not have ("..., but it has not
// published those figures for 2023", "for June", "for the eastern
// districts").
func (ix *Index) otherScope(clause, before string) bool {
	for _, y := range bareYearRE.FindAllString(clause, -1) {
		if !strings.Contains(before, y) {
			return true
		}
	}
	if m := scopeForRE.FindStringSubmatch(clause); m != nil {
		have := ix.Terms(before)
		for _, t := range ix.Terms(m[1]) {
			if !slices.Contains(have, t) {
				return true
			}
		}
	}
	return false
}

// scopeForRE finds what a clause is for ("for June", "for the eastern
// districts").
var scopeForRE = lazyre.New(`(?i)\bfor\s+((?:[\p{L}\d'’-]+\s*){1,3})`)

// endsOnName reports whether a clause ends on a name ("... is Ola Brenn"),
// which a "whose" after it points to.
func endsOnName(clause string) bool {
	ws := strings.Fields(strings.TrimRight(clause, " ,;"))
	if len(ws) < 2 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], ".,;:()\"'’")
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r)
}
