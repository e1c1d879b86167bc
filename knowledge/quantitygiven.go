package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// quantityGiven keeps first a passage that gives the kind of figure, date
// or name asked, of what is asked, and declines the question where none
// near the best does.
func (ix *Index) quantityGiven(r *Result, j *judging) bool {
	if r.Wants == "" {
		return false
	}
	own := j.own
	q := ix.quantityAskedOf(r, own)
	hits, ok := requireNear(j.hits, func(h Hit) bool { return ix.givesQuantityAsked(h, r, &q, own, j.event) })
	if !ok && r.SumByKeyword && !slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.hasQuantity(h.Passage, Money) }) {
		// "holm profits 2022", where "Holm's profits doubled in
		// 2022": no sum near, but what is told of it answers
		ok, r.Wants = true, ""
	}
	if !ok {
		r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
		return true
	}
	if hits, ok = ix.quantityOfWhatAsked(r, own, hits, q.unit); !ok {
		return true
	}
	j.hits = hits
	return false
}

// quantityAsked is what a question that asks for a quantity (r.Wants)
// says of the one it wants, read once for the passages judged against it.
type quantityAsked struct {
	// topic is what the quantity is of: the question's names (a share, a
	// sum, a distance), or its distinctive salient terms (a name asked
	// for); roles are the roles a name asked for holds.
	topic, roles []string
	// parties are the names a count asked for is of; count and unit
	// what it counts; past is true for a count of what has happened.
	parties []string
	count   counted
	unit    string
	past    bool
	// rateOf is the stem of what a rate asked for is of ("what tax
	// rate": tax).
	rateOf string
	// persons are the people the question names, whom a date must be
	// told of; due, what it asks to be done by a date.
	persons []string
	due     []QueryTerm
	// stated are the sums a wh-question states, which are not what it
	// asks ("holm budgeted 46m for it - what's vik spending?").
	stated []*regexp.Regexp
	// described are the parties the sources may name by what the
	// question describes them by ("the big American campus").
	described map[string]bool
	// givesAsked reports whether a sentence has the kind of quantity
	// asked.
	givesAsked func(string) bool
}

// quantityAskedOf reads what the question says of the quantity it asks
// for.
func (ix *Index) quantityAskedOf(r *Result, own []QueryTerm) quantityAsked {
	var q quantityAsked
	var focus []string
	focus, q.past = ix.Terms(strings.Join(r.Focus, " ")), pastCount(r.Text)
	switch r.Wants {
	case Named:
		// a name is given on the question's topic: its salient terms
		// that only some passages have, other than the kind of name
		// asked for
		q.topic = ix.distinctive(salientStems(own, focus))
		q.roles = askedRoles(r.Text, own)
	case Count:
		q.count, q.unit, q.parties = ix.countAsked(r, own)
	default:
		// a share, a sum, a distance of the party the question
		// names: the passage that gives it names the party too
		q.topic = ix.foundNames(own)
		if len(q.topic) == 0 && r.Wants == Distance {
			// "vik pipeline phase 2 length in km?", no name in it: a
			// distance of what its salient words say ("4 km" of a
			// tunnel is not the pipeline's)
			q.topic = slices.DeleteFunc(salientStems(own, nil), isNumber)
		}
	}
	// "what tax rate": a percentage of tax, not of shares
	if m := rateNounRE.FindStringSubmatch(r.Text); m != nil && r.Wants == Share && !questionWordsOrArticles[strings.ToLower(m[1])] {
		q.rateOf = stem(strings.ToLower(m[1]))
	}
	// "when did Brun start?": the people the question names, whom
	// a date must be told of
	q.persons = ix.personsAsked(r.Text, own)
	// "holm budgeted 46m for it - what's vik spending?": the
	// sums a wh-question states, which are not what it asks
	if r.Wants == Money && !r.Confirm && !yesNoRE.MatchString(r.Text) && wantedQuantity(totalAskedRE.ReplaceAllString(r.Text, " ")) == Money && ix.askedCurrency(r.Text) == nil {
		// (not "who agreed the $6.4bn facility?", which asks a sum only
		// by the one it states, nor "the 86m fine in euros", which asks
		// it converted)
		for _, m := range totalAskedRE.FindAllStringSubmatch(r.Text, -1) {
			q.stated = append(q.stated, statedSumRE(strings.TrimRight(m[1], ".,"), m[0]))
		}
	}
	q.due = dueAsked(r.Text, own)
	// "the big American campus": a party the sources may name by
	// what they describe by it
	q.described = describedParty(r.Text, own, slices.Concat(q.parties, q.topic))
	q.givesAsked = func(s string) bool { return ix.hasQuantity(&Passage{Text: s}, r.Wants) } // a sentence with the kind of figure asked
	return q
}

// countAsked reads what a question that asks for a count counts: the
// terms and kind of the count, its unit, and the parties it is of.
func (ix *Index) countAsked(r *Result, own []QueryTerm) (count counted, unit string, parties []string) {
	count = ix.countedTerms(r.Focus, own)
	if bareHowMuchRE.MatchString(r.Text) {
		// "subrogation vs holm: which insurers, how much": how much
		// of what the question is on, not of the insurers "which"
		// asks for
		count.stems = nil
	}
	unit = unitCounted(r.Focus)
	if unit == "" {
		unit = unitAsked(r.Text) // "the annual output, in GWh?"
	}
	if unit != "" && !slices.ContainsFunc(r.Focus, func(w string) bool { return unitOf(w) == "" && !measureNounRE.MatchString(w) }) {
		// "the annual output in GWh", where "expected to generate
		// 2,150 GWh a year": the unit says what is counted
		count.stems = nil
	}
	parties = ix.distinctive(ix.foundNames(own))
	count.amount = amountRE.MatchString(r.Text) && !numbersAskedRE.MatchString(r.Text)
	count.noun = howManyOnlyRE.MatchString(r.Text) && len(r.Focus) > 0 && countedNoun(r.Focus[len(r.Focus)-1])
	count.whole, count.wholeOf = statedWhole(r.Text)
	if !r.Ahead && len(r.Years) == 1 && !yearComparedRE.MatchString(r.Text) {
		count.years = r.Years // not "how much last year, vs 2023?": a year compared with
	}
	// "MW" in capitals is a unit, not a party
	parties = slices.DeleteFunc(parties, func(p string) bool { return unitOf(p) != "" })
	count.one = len(slices.DeleteFunc(ix.foundNames(own), func(p string) bool { return unitOf(p) != "" })) == 1 && !combinedAskedRE.MatchString(r.Text)
	return count, unit, parties
}

// givesQuantityAsked reports whether a passage gives the kind of quantity
// the question asks (r.Wants), of what it asks it of (q).
func (ix *Index) givesQuantityAsked(h Hit, r *Result, q *quantityAsked, own, event []QueryTerm) bool {
	switch r.Wants {
	case Count:
		parties := ix.partiesDescribed(h, q.parties, q.described, q.givesAsked)
		return (ix.hasQuantity(h.Passage, r.Wants) || q.count.amount && sizeRE.MatchString(h.Passage.Text)) && ix.namesParties(h, parties) &&
			ix.countedOf(h, parties, own, q.count, q.past, event) &&
			(q.unit == "" || ix.givenOf(h, parties, own, func(s string) bool { return givesUnit(s, q.unit) }))
	case Others:
		// "which other site ran it?": one name answers, beside
		// the ones the question has
		return ix.gives(h.Passage, r.Wants, event) || oneOtherRE.MatchString(r.Text) && ix.namesAnother(h.Passage, own, event)
	case Day, When, Time:
		// "when's the next meeting?": a passage that looks ahead;
		// "when is the link supposed to be finished?": a date ahead
		return (len(q.persons) == 0 && ix.gives(h.Passage, r.Wants, event) || len(q.persons) > 0 && ix.datedOf(h.Passage, r.Wants, q.persons, event)) &&
			(!nextEventRE.MatchString(r.Text) || lookAheadRE.MatchString(h.Passage.Text)) && (q.due == nil || ix.datedAhead(h.Passage, q.due, event))
	case Named:
		// "who's the managing director of the power company?": a
		// passage with the role, not another person beside it
		return (ix.hasQuantity(h.Passage, r.Wants) || r.InBody && ix.namesRole(h.Passage, event) || ix.namesByRole(h.Passage, own) ||
			len(q.roles) > 0 && opensWithPerson(h.Passage, ix.kb.Glossary)) && matchesAll(h, q.topic) && ix.hasRoles(h.Passage.Text, q.roles, q.topic) &&
			(!chairAskedRE.MatchString(r.Text) || chairRE.MatchString(h.Passage.Text))
	}
	if r.Wants == Share && q.rateOf != "" {
		return ix.rateGiven(h.Passage, q.rateOf) && matchesAll(h, q.topic)
	}
	if r.Wants == Money && earningsAskedRE.MatchString(r.Text) {
		// "what does an engineer earn": a sum beside a word of
		// pay, not "earns twice as much" beside a grant's budget
		return slices.ContainsFunc(SplitSentences(h.Passage.Text), func(s string) bool {
			return ix.hasQuantity(&Passage{Text: s}, Money) && earningsRE.MatchString(s)
		}) && ix.namesParties(h, q.topic)
	}
	topic := ix.partiesDescribed(h, q.topic, q.described, q.givesAsked)
	if m := sumNounAskedRE.FindStringSubmatch(r.Text); r.Wants == Money && m != nil && ix.namesParties(h, topic) && rateOfGiven(h.Passage.Text, sumNounOf(m[1])) {
		// "furloughed - what pay?", "what levy would fund it?":
		// a share of a sum answers as the sum does ("at 80% of
		// their pay", "1 per cent of that revenue")
		return true
	}
	return ix.hasQuantity(h.Passage, r.Wants) && ix.namesParties(h, topic) && ix.partyBeside(h, topic, q.givesAsked) &&
		(r.Wants != Money || ix.sumOnAsked(h, own, r.Years) && ix.givesNewSum(h.Passage, q.stated))
}

// quantityOfWhatAsked checks that the passages found to give the kind of
// quantity asked give it of what is asked: of the country asked, as it
// came out (not a forecast) where that is asked, in the currency asked;
// and keeps first the one that gives it most directly (an area for "how
// big", the holder of a role). It returns false, with r.Reason, where
// they give it of something else.
func (ix *Index) quantityOfWhatAsked(r *Result, own []QueryTerm, hits []Hit, unit string) ([]Hit, bool) {
	var ok bool
	if c := ix.askedCountry(own); r.Wants == Count && c != "" {
		// "how many zimbabwean workers were laid off?": a count
		// given beside another country, in a passage that never
		// names the one asked, is that country's (a country named in
		// most passages is no party the count must name)
		var other string
		if _, ok = requireNear(hits, func(h Hit) bool {
			o := ix.otherCountrysFigure(h, c, r.Wants)
			if other == "" {
				other = o
			}
			return o == ""
		}); !ok {
			r.Reason = "The sources give this for " + ix.Label(other) + ", not for " + ix.Label(c) + "."
			return hits, false
		}
	}
	if (r.Wants == Count || r.Wants == Money) && actualAskedRE.MatchString(r.Asked) && ix.onlyForeseen(hits[0].Passage, own, r.Wants, unit) {
		// "how many GWh did the units actually generate?", of "expected
		// to generate about 2,150 GWh a year once the reservoir is full"
		r.Reason = "The sources give only a forecast or a target for this, not the figure as it came out."
		return hits, false
	}
	if c := ix.askedCurrency(r.Text); r.Wants == Money && c != nil {
		// "the toll in euros", where the sources give it in pounds: a
		// sum in one currency is not one in another
		if hits, ok = requireNear(hits, func(h Hit) bool { return ix.givesSumIn(h, c) }); !ok {
			r.Reason = "The sources give no sum in " + c.name + " for this."
			if other := currencyName(hits[0].Passage.Text); other != "" && other != c.name {
				r.Reason = "The sources give this in " + other + ", not in " + c.name + "."
			}
			return hits, false
		}
	}
	switch {
	case r.Wants == Count && placeSizeRE.MatchString(r.Text):
		// "how big is the lake?": its area before a distance from it
		hits, _ = requireNear(hits, func(h Hit) bool { return areaRE.MatchString(h.Passage.Text) })
	case r.Wants == Named:
		// "who runs the port authority? name?": the passage that names
		// its holder of a role ("the authority’s director, Anna Holm")
		hits, _ = requireNear(hits, func(h Hit) bool { return ix.namesHolder(h.Passage, own) })
		if party, other, role := ix.roleOfAnother(r.Text, hits); other != "" {
			// "who's Vik's energy minister?", where the sources name
			// only Holm's minister of energy
			r.Reason = "The sources name " + ix.Label(other) + "'s " + role + ", not " + ix.Label(party) + "'s."
			return hits, false
		}
	}
	return hits, true
}
