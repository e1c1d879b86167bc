package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// A premise is what a question about a reaction takes as given: another
// party's deed ("how did the board respond to Oslo blaming it").
type premise struct {
	parties  []string    // the other parties the question names
	deed     []QueryTerm // its words of what happened that the sources use
	position bool        // a position is asked for, not a reaction
}

// valuationRE finds a sentence on what something is worth to a party or
// what it does about it: its position, told even as an estimate ("the
// significance of the canal has decreased for Oslo").
var valuationRE = lazyre.New(`(?i)\b(?:significance|importance|priority|priorities|policy|policies|calculus|interests?|position|stance|attitude|view|views)\b`)

// restated reports whether a sentence has the other parties and every word
// of their deed: "Oslo blamed the flood on the board" is what the question
// takes as given, not the board's response ("in protest at the ferry sale,
// Holt closed the harbour" is Holt's, the question naming no other party).
func (g premise) restated(terms []string) bool {
	return len(g.parties) > 0 && len(g.deed) > 0 && containsAll(terms, g.parties) &&
		!slices.ContainsFunc(g.deed, func(t QueryTerm) bool { return !t.in(terms) })
}

// denies reports whether a passage reports the party denying, rejecting
// or rebuffing something: a denial whose claimant names them.
func (ix *Index) denies(p *Passage, party []string) bool {
	for _, s := range ix.Sentences(p) {
		if slices.ContainsFunc(s.Claims, func(c Claim) bool { return c.Denial && ix.claimedBy(c, party) }) {
			return true
		}
	}
	return false
}

// claimedBy reports whether a claim's claimant names every one of the party.
func (ix *Index) claimedBy(c Claim, party []string) bool {
	return containsAll(ix.partyTerms(c.Claimant), party)
}

// before reports whether a sentence names one of the other parties before
// the party asked about: the other is its subject, the party what it acts
// on ("Bergen severed relations with Riga" is no act of Riga's;
// "Riga blamed the flood on Oslo" none of Oslo's).
func (g premise) before(terms, party []string) bool {
	at := slices.IndexFunc(terms, func(t string) bool { return slices.Contains(party, t) })
	other := slices.IndexFunc(terms, func(t string) bool { return slices.Contains(g.parties, t) })
	return other >= 0 && at >= 0 && other < at
}

// byRE finds the agent of a passive, after a past participle: "suspended
// by Riga", not "a ban on the practice by the Council".
var byRE = lazyre.New(`(?i)\b\p{L}+(?:ed|en)\s+by\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})`)

// agent reports whether a sentence names the party as the agent of a
// passive ("links were suspended by Riga"): the subject, though
// named last.
func (ix *Index) agent(sentence string, party []string) bool {
	for _, m := range byRE.FindAllStringSubmatch(sentence, -1) {
		if ts := ix.Terms(m[1]); len(ts) > 0 && slices.Contains(party, ts[0]) {
			return true
		}
	}
	return false
}

// voices reports whether a passage reports something one of the holders
// said, claimed, denied or endorsed: a claim whose claimant names them.
func (ix *Index) voices(p *Passage, holder []string) bool {
	isHolder := func(who string) bool {
		return slices.ContainsFunc(ix.partyTerms(who), func(t string) bool { return slices.Contains(holder, t) })
	}
	ss := ix.Sentences(p)
	for i, s := range ss {
		if saidByRE.MatchString(s.Text) && containsAll(ix.partyTerms(s.Text), holder) && slices.ContainsFunc(holder, func(h string) bool { return !strings.HasPrefix(h, "=") }) {
			return true // "Ola Moss, the bank's chief executive, said the bank would tender": a person asked by name, with a verb of saying
		}
		for _, c := range s.Claims {
			// "Its director-general, Ola Berg, said": the body the sentence
			// before opens with
			if isHolder(c.Claimant) || i > 0 && ownerPronounRE.MatchString(c.Claimant) && isHolder(openingWords(ss[i-1].Text, 6)) {
				return true
			}
		}
		// "the firm has not commented": what it said is that it says
		// nothing
		for _, m := range silenceRE.FindAllStringIndex(s.Text, -1) {
			if isHolder(claimantBefore(s.Text[:m[0]])) {
				return true
			}
		}
	}
	return false
}

// saidByRE finds a verb of saying in a sentence; one of answering with
// what was said ("answered that evening: ..."), not what was done
// ("responded to the march by closing the square").
var saidByRE = lazyre.New(`(?i)\b(?:said|says|told|tells|stated|states|added|argued|argues|warned|warns|insisted|insists|wrote|writes|declared|explained|stressed|remarked)\b|\b(?:answered|replied|responded|retorted)(?:\s+[^\s:"“]+){0,3}?\s*(?::|\bthat\b|["“])`)

// ownerPronounRE finds a claimant named by a role of someone referred to
// by a pronoun: "its director-general", "their spokesman".
var ownerPronounRE = lazyre.New(`(?i)^(?:its|their)\s`)

// openingWords returns a sentence's first n words, where its subject is.
func openingWords(s string, n int) string {
	ws := strings.Fields(s)
	return strings.Join(ws[:min(n, len(ws))], " ")
}

// silenceRE finds a party's refusal to speak: "has not commented",
// "declined to confirm", "would not say".
var silenceRE = lazyre.New(`(?i)\b(?:(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:commented|responded|replied|confirmed|said)|(?:did|does|do)(?:\s+not|n['’]t)\s+(?:comment|respond|reply|confirm|say)|(?:declined|refused)\s+to\s+(?:comment|confirm|respond|say)|would(?:\s+not|n['’]t)\s+(?:comment|confirm|say))\b`)

// counts reports whether a passage gives a figure for what a "how many"
// question counts: a sentence with both a figure and the thing counted,
// or a word that has it as a synonym ("how many casualties": not a
// sentence on 100,000 troops); a list of names with a word of what the
// question asks happened; for "how much", a word of size beside the thing.
// With nothing named to count, any figure does. A count asked of the past
// is not given by a figure of what may be.
func (ix *Index) counts(p *Passage, c counted, past bool, event []QueryTerm) bool {
	if len(c.stems) == 0 {
		return true
	}
	return slices.ContainsFunc(SplitSentences(p.Text), func(s string) bool { return ix.countsIn(s, c, past, event) })
}

// countsIn reports whether a sentence gives a figure for what is counted
// (see counts).
func (ix *Index) countsIn(s string, c counted, past bool, event []QueryTerm) bool {
	if ix.combinedIn(s, c) {
		return false
	}
	s = c.without(s)
	if past && tellsPossible(s) {
		// a count of what was done is in the clauses that tell no
		// possibility or plan ("24 of whom can still walk, and five have
		// turned 6": five)
		s = withoutModalClauses(s)
	}
	list := listRE.MatchString(s)
	amount := c.amount && sizeRE.MatchString(s)
	if !list && !amount && !hasCountFigure(s) {
		return false // "whose house burned on the night of 14 August": a day, no count
	}
	near := s
	if c.noun && !list {
		// "how many ships called at Lekki?": ships counted by a figure,
		// not "3 per cent" in a sentence that names ships further on
		near = countedNear(s)
	}
	terms := ix.Terms(near)
	if list && hasEventTerm(terms, event) {
		return true // a list of names on the question's topic counts what it lists
	}
	for _, f := range c.stems {
		if slices.Contains(terms, f) || peopleStems[f] && personCounted(s) {
			return true
		}
	}
	for w := range c.words {
		// "how much power": a figure in megawatts
		if slices.ContainsFunc(measuredIn[w], func(class string) bool { return givesUnit(s, class) }) {
			return true
		}
	}
	return c.synonymIn(near)
}

// hasCountFigure reports whether a sentence has a figure other than the
// days and dates it names: one that may count something.
func hasCountFigure(s string) bool {
	return hasFigure(withoutDates(withoutDays(s)))
}

// withoutDays is a sentence without the days of a month it names, with
// no year or as a range ("on 14 August", "14-15 August", "between 14
// and 16 August"): days, no figures of anything.
func withoutDays(s string) string {
	return dayRangeRE.ReplaceAllString(s, " ")
}

// dayRangeRE finds a day of a month, or a range of days, without a year.
var dayRangeRE = lazyre.New(`(?i)(?:\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|\band\b|\bto\b)\s*)?\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `\b(?:,?\s*(?:19|20)\d\d\b)?|\b` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-–]|\band\b|\bto\b)\s*\d{1,2}(?:st|nd|rd|th)?)?\b(?:,?\s*(?:19|20)\d\d\b)?`)

// withoutDates is a sentence without the dates it gives in full ("on 14
// June 2022"), whose day is no figure of anything.
func withoutDates(s string) string {
	for _, w := range FindWhen(s, Date{}) {
		s = strings.Replace(s, w.Text, " ", 1)
	}
	return s
}

// withoutModalClauses is a sentence without its clauses, between commas,
// semicolons or dashes, that tell a possibility or a plan, or that go on
// from one that does ("planned to move its hub, creating 1,200 jobs").
func withoutModalClauses(s string) string {
	var kept []string
	modal := false
	for _, c := range clauseSplitRE.Split(s, -1) {
		modal = tellsPossible(c) || modal && goesOnRE.MatchString(c) && !notParticipleRE.MatchString(c)
		if !modal {
			kept = append(kept, c)
		}
	}
	return strings.Join(kept, ", ")
}

// possibleRE finds a clause that tells a possibility: a modal verb ("may"
// in lower case: "in May" is a month).
var possibleRE = lazyre.New(`\b(?:(?i:might|could|would|will|can|cannot|should)|may)\b`)

// planRE finds a clause that tells a plan: a verb of intent before "to"
// ("planned to move", "is due to hire"); not "due to", a cause, nor a
// clause that tells what was done for it ("closed 14 branches under
// plans to save"), though one that made the plan public tells no deed.
var planRE = lazyre.New(`(?i)\b(?:plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|expect(?:s|ed)?|hope(?:s|d)?|promise(?:s|d)?|going|(?:is|are|was|were)\s+due)\s+to\b`)

// announcedRE finds the verbs that make a plan public or report it,
// which tell no deed beside it ("announced plans to hire 300 welders",
// "said that Holm planned to move its hub").
var announcedRE = lazyre.New(`(?i)\b(?:announced|unveiled|outlined|revealed|published|approved|presented|confirmed|set out|laid out|drew up|drawn up|floated|tabled|said|told|reported|stated|added|noted|wrote|claimed)\b`)

// tellsPossible reports whether a clause tells a possibility or a plan.
func tellsPossible(c string) bool {
	return possibleRE.MatchString(c) || planRE.MatchString(c) && !simplePast(announcedRE.ReplaceAllString(planRE.ReplaceAllString(c, " "), " "))
}

// goesOnRE finds a clause that goes on from the one before: a participle's
// ("creating 1,200 jobs"; not "during", "according"), a relative one
// ("which would ..."), or one that breaks down its figure ("120 of them
// welders", "including 40 in Riga").
var (
	goesOnRE        = lazyre.New(`(?i)^\s*(?:\p{L}+ing|which|who|that|thereby|so|among them|mostly|mainly|[\d,.]+\s+of\s+(?:them|which|whom|those|these))\b`)
	notParticipleRE = lazyre.New(`(?i)^\s*(?:during|according|regarding|concerning|notwithstanding|pending|following|excluding|something|anything|nothing|everything)\b`)
)

// askedClause returns the clause of a sentence with the most of a
// question's words, its first for a tie; the sentence itself when no clause
// has any. Clauses part at the marks clauseSplitRE finds and before a
// coordinating word ("and a credit rating agency has turned cautious").
func (ix *Index) askedClause(s string, own []QueryTerm) string {
	best, most := s, 0
	for _, c := range clausesOf(s) {
		if n := sentenceShare(ix.Terms(c), own); n > most {
			best, most = c, n
		}
	}
	return best
}

// clausesOf splits a sentence into its clauses, as askedClause reads them.
func clausesOf(s string) []string {
	var out []string
	for _, part := range clauseSplitRE.Split(s, -1) {
		out = append(out, coordinateRE.Split(part, -1)...)
	}
	return out
}
