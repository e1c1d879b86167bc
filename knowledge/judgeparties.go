package knowledge

import (
	"slices"
	"strings"
)

// partiesAsked keeps first the passages about the parties the question
// names (together, or the one that did what is asked), and declines a count
// of what the sources do not count, a figure of a day still to come, or an
// exchange rate no passage gives.
func (ix *Index) partiesAsked(r *Result, j *judging) bool {
	own := j.own
	names := ix.foundNames(own)
	hits, excluded, ok := ix.namedTogether(r, j, names)
	if !ok {
		return true
	}
	event := eventTerms(own)
	asked := ix.partySlots(r.Text)
	if hits, ok = ix.alsoSaid(r, j, hits, names, asked, event, excluded); !ok {
		return true
	}
	if len(asked) > 0 {
		if hits, ok = ix.saidOfPartyAsked(r, hits, names, asked, event); !ok {
			return true
		}
	}
	if hits, ok = ix.countOfWhatCounted(r, j, hits, names); !ok {
		return true
	}
	if ix.dayStillToCome(r, own, names, hits, j.opt) {
		return true
	}
	if asksExchangeRate(r.Text) {
		if hits, ok = ix.exchangeRateGiven(r, own, hits); !ok {
			return true
		}
	}
	j.hits, j.names, j.event = hits, names, event
	return false
}

// namedTogether keeps first, of the candidates (j.wide), those that have
// all the names the question has (close to the best), or the one passage
// that answers for a party by naming only the others ("Oslo and Riga are
// the only ports that ban it": excluded). It returns false, with
// r.Reason, when no passage is about the parties together.
func (ix *Index) namedTogether(r *Result, j *judging, names []string) (hits []Hit, excluded, ok bool) {
	own, wide, opt := j.own, j.wide, j.opt
	hits = wide
	if len(names) == 0 {
		return hits, false, true
	}
	best, together := hits[0].Score, false
	hits, together = require(hits, func(h Hit) bool { return h.Score >= actorMargin*best && matchesAll(h, names) })
	together = together || slices.ContainsFunc(wide, func(h Hit) bool { return matchesAll(h, names) })
	if distinct := ix.distinctive(names); !together && len(distinct) > 1 && !eitherOr(r.Text, own, distinct) &&
		!slices.ContainsFunc(wide, func(h Hit) bool { return ix.namesNear(h, distinct) }) {
		i := ix.exclusiveOfOthers(wide, own, distinct)
		if i < 0 {
			r.Reason = "No passage is about " + ix.labelsAsked(distinct, own) + " together."
			return hits, false, false
		}
		// "does Bergen ban it too?", where "Oslo and Riga are the only
		// ports that ban it": the sources answer for Bergen without
		// naming it there
		return r.putFirst(wide, i, opt), true, true
	}
	return hits, false, true
}

// alsoSaid keeps first, for a question on what a party also did ("did
// Oslo also ban it"), a passage with a sentence that names the party and
// what it did; or the one that answers by naming only others. It returns
// false, with r.Reason, when the sources do not say it of that party.
// Nothing is asked of a question already answered by who alone did it
// (excluded).
func (ix *Index) alsoSaid(r *Result, j *judging, hits []Hit, names []string, asked []slot, event []QueryTerm, excluded bool) ([]Hit, bool) {
	own, wide, opt := j.own, j.wide, j.opt
	also := alsoParties(r.Asked, own, names, asked)
	if len(also) == 0 || excluded || !slices.ContainsFunc(event, func(t QueryTerm) bool { return t.Found }) {
		return hits, true
	}
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
			r.Reason = "The sources do not say this of " + ix.labelsAsked(who, own) + "."
			return hits, false
		}
		hits = r.putFirst(wide, i, opt) // who alone does it, and not Oslo
	}
	return hits, true
}

// saidOfPartyAsked keeps first, for a question on what was done to a
// party (asked: "did Oslo send arms to Riga"), a passage that says it of
// that party and not of another. It returns false, with r.Reason, when
// the sources say it only of another; a question that asks whether it is
// true is answered, with what they say instead (r.Instead).
func (ix *Index) saidOfPartyAsked(r *Result, hits []Hit, names []string, asked []slot, event []QueryTerm) ([]Hit, bool) {
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
			return hits, false
		}
		// "is it true Oslo sends arms to Riga?": what the sources say
		// of another answers it, with what they say instead
		r.Instead = said
		hits, _ = require(hits, func(h Hit) bool { return ix.otherParty(h.Passage, asked, subjects, event, wider) != "" })
	}
	return hits, true
}

// countOfWhatCounted checks a question that asks for a count against what
// the sources count: not what no source does ("how many were deported"),
// the people a party does something to ("how many people does Holm
// employ?"), the side of a vote counted. It returns false, with
// r.Reason, when the sources give no such count.
func (ix *Index) countOfWhatCounted(r *Result, j *judging, hits []Hit, names []string) ([]Hit, bool) {
	own, wide := j.own, j.wide
	if v, in := countedVerb(r.Text), countedIn(r.Text); r.Wants == Count && (v != "" || in != "") &&
		slices.ContainsFunc(own, func(t QueryTerm) bool {
			return !t.Found && (strings.EqualFold(t.Surface, v) || strings.EqualFold(t.Surface, in))
		}) {
		r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
		return hits, false
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
				return hits, false
			}
		}
	}
	if r.Wants == Count {
		if v, side := countedSide(r.Text); side != "" && !slices.ContainsFunc(wide, func(h Hit) bool { return saysSide(h.Passage.Text, v, side) }) {
			// "how many voted for it", where the sources count only
			// those who voted against
			r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
			return hits, false
		}
		var side string
		if hits, side = countedSides(r.Text, hits); side != "" {
			// "how many voted yes?", "the full tally?", where the sources
			// count only those who voted against
			r.Reason = "The sources give " + side + " for this."
			return hits, false
		}
	}
	return hits, true
}

// dayStillToCome declines a question that asks for a figure or an outcome
// of a day the sources tell of as still to come ("wsa vote tally 24
// mar"), which they cannot give: it sets r.Reason, and r.Pending to the
// sentence that tells of it. names are the question's names the sources
// have.
func (ix *Index) dayStillToCome(r *Result, own []QueryTerm, names []string, hits []Hit, opt Options) bool {
	day := yearlessDay(r.Text)
	if day == "" || r.Ahead || r.AsksPresent || oddsAskedRE.MatchString(r.Text) || likelihoodRE.MatchString(r.Text) ||
		!(r.Wants.figure() || resultAskedRE.MatchString(r.Text) || afterDayRE.MatchString(r.Text)) || sayingAskedRE.MatchString(r.Asked) {
		return false
	}
	// "wsa vote tally 24 mar", "final fine amount after 30 apr":
	// a figure or an outcome of a day the sources tell of as still to
	// come ("the vote is on 24 March"), which they cannot give
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
				r.declinePending(s.Text, h)
				return true
			}
		}
	}
	return false
}

// exchangeRateGiven keeps first, for a question that asks an exchange
// rate ("fx rate used for eur conversions"), the passage that gives a
// rate of one currency to another ("6.25 Holm thalers to the euro"), not
// a sum, and asks no other quantity of it. It returns false, with
// r.Reason, when no passage gives one.
func (ix *Index) exchangeRateGiven(r *Result, own []QueryTerm, hits []Hit) ([]Hit, bool) {
	var ok bool
	// (the one passage that gives it, however little else of the
	// question it has: "the rate used throughout this article")
	asked := askedCurrencies(r.Text)
	if hits, ok = require(append(hits, ix.ratePassages(hits, own)...), func(h Hit) bool { return givesExchangeRate(h.Passage.Text, asked) }); !ok {
		r.Reason = "The sources give no exchange rate for this."
		return hits, false
	}
	r.Wants = ""
	return hits, true
}
