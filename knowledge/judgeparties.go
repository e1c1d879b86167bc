package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// partiesAsked keeps first the passages about the parties the question
// names (together, or the one that did what is asked), and declines a count
// of what the sources do not count, a figure of a day still to come, or an
// exchange rate no passage gives.
func (ix *Index) partiesAsked(r *Result, j *judging) bool {
	own, wide, opt := j.own, j.wide, j.opt
	hits := wide
	names := ix.foundNames(own)
	excluded := false // answered by who alone does it, without the name asked
	var head *Hit     // the passage that names the head of the body asked about (headAsked)
	if len(names) > 0 {
		best, together := hits[0].Score, false
		hits, together = require(hits, func(h Hit) bool { return h.Score >= actorMargin*best && matchesAll(h, names) })
		together = together || slices.ContainsFunc(wide, func(h Hit) bool { return matchesAll(h, names) })
		if distinct := ix.distinctive(names); !together && len(distinct) > 1 && !eitherOr(r.Text, own, distinct) &&
			!slices.ContainsFunc(wide, func(h Hit) bool { return ix.namesNear(h, distinct) }) {
			i := ix.exclusiveOfOthers(wide, own, distinct)
			if i < 0 {
				r.Reason = "No passage is about " + ix.labels(distinct) + " together."
				return true
			}
			// "does Bergen ban it too?", where "Oslo and Riga are the only
			// ports that ban it": the sources answer for Bergen without
			// naming it there
			hits, excluded = r.putFirst(wide, i, opt), true
		}
	}
	event := eventTerms(own)
	asked := ix.partySlots(r.Text)
	if also := alsoParties(r.Asked, own, names, asked); len(also) > 0 && !excluded && slices.ContainsFunc(event, func(t QueryTerm) bool { return t.Found }) {
		// "did Oslo also ban it": a passage that names Oslo but not what
		// it asks Oslo did, or that says it of another, does not answer;
		// one sentence must name Oslo and what it did
		who := ix.distinctive(also)
		if len(who) == 0 {
			who = also
		}
		says := func(h Hit) bool { return matchesAll(h, names) && ix.saysOf(h.Passage, who, event) }
		if orElseRE.MatchString(r.Text) {
			// "the power line too, or something else?": what it was,
			// whatever it was, told of the party asked
			says = func(h Hit) bool { return matchesAll(h, names) && containsAll(h.Matched, who) }
		}
		var ok bool
		if hits, ok = requireNear(hits, says); !ok {
			i := ix.exclusiveOfOthers(wide, own, who)
			if i < 0 {
				r.Reason = "The sources do not say this of " + ix.labels(who) + "."
				return true
			}
			hits, excluded = r.putFirst(wide, i, opt), true // who alone does it, and not Oslo
		}
	}
	if len(asked) > 0 {
		// "did Oslo send arms to Riga": a passage that has Oslo send
		// them to another does not say it
		subjects := slices.DeleteFunc(slices.Clone(names), func(n string) bool {
			return slices.ContainsFunc(asked, func(a slot) bool { return a.name == n })
		})
		other := ""
		var ok bool
		// "what did Oslo say of troops going to Holt's north?" is answered
		// by what is said of Holt; "did troops go to Holt's north?" is
		// not, nor does "is it true ...?" confirm it (what is said of Holt
		// answers it, as said instead)
		wider := !yesNoRE.MatchString(r.Text) && !tagRE.MatchString(r.Asked) && !r.Confirm
		hits, ok = requireNear(hits, func(h Hit) bool {
			o := ix.otherParty(h.Passage, asked, subjects, event, wider)
			if other == "" {
				other = o
			}
			return o == "" && matchesAll(h, names) && hasEventMatch(h, event)
		})
		if !ok && other != "" {
			said := "The sources say this of " + ix.Label(other) + ", not of " + ix.Label(asked[0].name) + "."
			if !r.Confirm && !claimCheckRE.MatchString(r.Asked) {
				r.Reason = said
				return true
			}
			// "is it true Oslo sends arms to Riga?": what the sources say
			// of another answers it, with what they say instead
			r.Instead = said
			hits, _ = require(hits, func(h Hit) bool { return ix.otherParty(h.Passage, asked, subjects, event, wider) != "" })
		}
	}
	if v, in := countedVerb(r.Text), countedIn(r.Text); r.Wants == Count && (v != "" || in != "") &&
		slices.ContainsFunc(own, func(t QueryTerm) bool {
			return !t.Found && (strings.EqualFold(t.Surface, v) || strings.EqualFold(t.Surface, in))
		}) {
		r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
		return true
	}
	if v, counted := countedAfter(r.Text); r.Wants == Count && v != "" && slices.ContainsFunc(counted, func(w string) bool { return peopleStems[stem(w)] || personNoun(w) }) {
		// "how many people does Holm employ?": a passage on Holm that
		// has no word of employing counts other people (a count of
		// things, "how many vessels does Holm run?", is one of them
		// whatever the verb: "Holm operates 40 vessels")
		i := slices.IndexFunc(own, func(t QueryTerm) bool { return strings.EqualFold(t.Surface, v) && t.Found })
		if i >= 0 {
			var ok bool
			if hits, ok = requireNear(hits, func(h Hit) bool { return slices.Contains(h.Matched, own[i].Stem) && matchesAll(h, names) }); !ok {
				r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
				return true
			}
		}
	}
	if r.Wants == Count {
		if v, side := countedSide(r.Text); side != "" && !slices.ContainsFunc(wide, func(h Hit) bool { return saysSide(h.Passage.Text, v, side) }) {
			// "how many voted for it", where the sources count only
			// those who voted against
			r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
			return true
		}
		var side string
		if hits, side = countedSides(r.Text, hits); side != "" {
			// "how many voted yes?", "the full tally?", where the sources
			// count only those who voted against
			r.Reason = "The sources give " + side + " for this."
			return true
		}
	}
	if day := yearlessDay(r.Text); day != "" && !r.Ahead && !r.AsksPresent && !oddsAskedRE.MatchString(r.Text) && !likelihoodRE.MatchString(r.Text) &&
		(r.Wants.figure() || resultAskedRE.MatchString(r.Text) || afterDayRE.MatchString(r.Text)) && !sayingAskedRE.MatchString(r.Asked) {
		// "wsa vote tally 24 mar", "final fine amount after 30 apr":
		// a figure or an outcome of a day the sources tell of as still to
		// come ("the vote is on 24 March"), which they cannot give
		names := ix.foundNames(own)
		for _, h := range hits[:min(len(hits), opt.Max)] {
			for _, s := range ix.Sentences(h.Passage) {
				// on what is asked (its names and another word of it), and
				// not giving the figure asked ("will rise to EUR 12 on 1
				// July")
				terms := ix.Terms(s.Text)
				on := containsAll(terms, names) && slices.ContainsFunc(own, func(t QueryTerm) bool {
					return t.Found && !t.Name && !isNumber(t.Stem) && t.in(terms)
				})
				if on && dayAhead(s.Text, day, h.Passage) && !doneRE.MatchString(s.Text) && !(r.Wants.figure() && ix.hasQuantity(&Passage{Text: withoutDates(dayOfMonthRE.ReplaceAllString(clauseOfDay(s.Text, day), " "))}, r.Wants)) {
					r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
					r.Pending, r.Hits = s.Text, []Hit{h}
					r.Missing = nil
					return true
				}
			}
		}
	}
	if asksExchangeRate(r.Text) {
		// "fx rate used for eur conversions": a rate of one currency to
		// another ("6.25 Holm thalers to the euro"), not a sum
		var ok bool
		// (the one passage that gives it, however little else of the
		// question it has: "the rate used throughout this article")
		asked := askedCurrencies(r.Text)
		if hits, ok = require(append(hits, ix.ratePassages(hits, own)...), func(h Hit) bool { return givesExchangeRate(h.Passage.Text, asked) }); !ok {
			r.Reason = "The sources give no exchange rate for this."
			return true
		}
		r.Wants = ""
	}
	j.hits, j.names, j.head, j.event = hits, names, head, event
	return false
}

// quantityGiven keeps first a passage that gives the kind of figure, date
// or name asked, of what is asked, and declines the question where none
// near the best does.
func (ix *Index) quantityGiven(r *Result, j *judging) bool {
	own, hits, event := j.own, j.hits, j.event
	if r.Wants != "" {
		var ok bool
		focus, past := ix.Terms(strings.Join(r.Focus, " ")), pastCount(r.Text)
		var topic, roles, parties []string
		var count counted
		var unit string
		switch r.Wants {
		case Named:
			// a name is given on the question's topic: its salient terms
			// that only some passages have, other than the kind of name
			// asked for
			topic = ix.distinctive(salientStems(own, focus))
			roles = askedRoles(r.Text, own)
		case Count:
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
		default:
			// a share, a sum, a distance of the party the question
			// names: the passage that gives it names the party too
			topic = ix.foundNames(own)
			if len(topic) == 0 && r.Wants == Distance {
				// "vik pipeline phase 2 length in km?", no name in it: a
				// distance of what its salient words say ("4 km" of a
				// tunnel is not the pipeline's)
				topic = slices.DeleteFunc(salientStems(own, nil), isNumber)
			}
		}
		// "what tax rate": a percentage of tax, not of shares
		var rateOf string
		if m := rateNounRE.FindStringSubmatch(r.Text); m != nil && r.Wants == Share && !questionWordsOrArticles[strings.ToLower(m[1])] {
			rateOf = stem(strings.ToLower(m[1]))
		}
		// "when did Brun start?": the people the question names, whom
		// a date must be told of
		persons := ix.personsAsked(r.Text, own)
		// "holm budgeted 46m for it - what's vik spending?": the
		// sums a wh-question states, which are not what it asks
		var stated []*regexp.Regexp
		if r.Wants == Money && !r.Confirm && !yesNoRE.MatchString(r.Text) && wantedQuantity(totalAskedRE.ReplaceAllString(r.Text, " ")) == Money && ix.askedCurrency(r.Text) == nil {
			// (not "who agreed the $6.4bn facility?", which asks a sum only
			// by the one it states, nor "the 86m fine in euros", which asks
			// it converted)
			for _, m := range totalAskedRE.FindAllStringSubmatch(r.Text, -1) {
				stated = append(stated, statedSumRE(strings.TrimRight(m[1], ".,"), m[0]))
			}
		}
		due := dueAsked(r.Text, own)
		// "the big American campus": a party the sources may name by
		// what they describe by it
		described := describedParty(r.Text, own, slices.Concat(parties, topic))
		givesAsked := func(s string) bool { return ix.hasQuantity(&Passage{Text: s}, r.Wants) } // a sentence with the kind of figure asked
		hits, ok = requireNear(hits, func(h Hit) bool {
			switch r.Wants {
			case Count:
				parties := ix.partiesDescribed(h, parties, described, givesAsked)
				return (ix.hasQuantity(h.Passage, r.Wants) || count.amount && sizeRE.MatchString(h.Passage.Text)) && ix.namesParties(h, parties) &&
					ix.countedOf(h, parties, own, count, past, event) &&
					(unit == "" || ix.givenOf(h, parties, own, func(s string) bool { return givesUnit(s, unit) }))
			case Others:
				// "which other site ran it?": one name answers, beside
				// the ones the question has
				return ix.gives(h.Passage, r.Wants, event) || oneOtherRE.MatchString(r.Text) && ix.namesAnother(h.Passage, own, event)
			case Day, When, Time:
				// "when's the next meeting?": a passage that looks ahead;
				// "when is the link supposed to be finished?": a date ahead
				return (len(persons) == 0 && ix.gives(h.Passage, r.Wants, event) || len(persons) > 0 && ix.datedOf(h.Passage, r.Wants, persons, event)) &&
					(!nextEventRE.MatchString(r.Text) || lookAheadRE.MatchString(h.Passage.Text)) && (due == nil || ix.datedAhead(h.Passage, due, event))
			case Named:
				// "who's the managing director of the power company?": a
				// passage with the role, not another person beside it
				return (ix.hasQuantity(h.Passage, r.Wants) || r.InBody && ix.namesRole(h.Passage, event) || ix.namesByRole(h.Passage, own) ||
					len(roles) > 0 && opensWithPerson(h.Passage, ix.kb.Glossary)) && matchesAll(h, topic) && ix.hasRoles(h.Passage.Text, roles, topic) &&
					(!chairAskedRE.MatchString(r.Text) || chairRE.MatchString(h.Passage.Text))
			}
			if r.Wants == Share && rateOf != "" {
				return ix.rateGiven(h.Passage, rateOf) && matchesAll(h, topic)
			}
			if r.Wants == Money && earningsAskedRE.MatchString(r.Text) {
				// "what does an engineer earn": a sum beside a word of
				// pay, not "earns twice as much" beside a grant's budget
				return slices.ContainsFunc(SplitSentences(h.Passage.Text), func(s string) bool {
					return ix.hasQuantity(&Passage{Text: s}, Money) && earningsRE.MatchString(s)
				}) && ix.namesParties(h, topic)
			}
			topic := ix.partiesDescribed(h, topic, described, givesAsked)
			if m := sumNounAskedRE.FindStringSubmatch(r.Text); r.Wants == Money && m != nil && ix.namesParties(h, topic) && rateOfGiven(h.Passage.Text, sumNounOf(m[1])) {
				// "furloughed - what pay?", "what levy would fund it?":
				// a share of a sum answers as the sum does ("at 80% of
				// their pay", "1 per cent of that revenue")
				return true
			}
			return ix.hasQuantity(h.Passage, r.Wants) && ix.namesParties(h, topic) && ix.partyBeside(h, topic, givesAsked) &&
				(r.Wants != Money || ix.sumOnAsked(h, own, r.Years) && ix.givesNewSum(h.Passage, stated))
		})
		if !ok && r.SumByKeyword && !slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.hasQuantity(h.Passage, Money) }) {
			// "holm profits 2022", where "Holm's profits doubled in
			// 2022": no sum near, but what is told of it answers
			ok, r.Wants = true, ""
		}
		if !ok {
			r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
			return true
		}
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
				return true
			}
		}
		if (r.Wants == Count || r.Wants == Money) && actualAskedRE.MatchString(r.Asked) && ix.onlyForeseen(hits[0].Passage, own, r.Wants, unit) {
			// "how many GWh did the units actually generate?", of "expected
			// to generate about 2,150 GWh a year once the reservoir is full"
			r.Reason = "The sources give only a forecast or a target for this, not the figure as it came out."
			return true
		}
		if c := ix.askedCurrency(r.Text); r.Wants == Money && c != nil {
			// "the toll in euros", where the sources give it in pounds: a
			// sum in one currency is not one in another
			if hits, ok = requireNear(hits, func(h Hit) bool { return ix.givesSumIn(h, c) }); !ok {
				r.Reason = "The sources give no sum in " + c.name + " for this."
				if other := currencyName(hits[0].Passage.Text); other != "" && other != c.name {
					r.Reason = "The sources give this in " + other + ", not in " + c.name + "."
				}
				return true
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
				return true
			}
		}
	}
	j.hits = hits
	return false
}
