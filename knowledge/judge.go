package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// judge picks the passages to cite from the ranked candidates and decides
// whether they answer the question:
//   - a salient term (a name, a figure, a specific term) that no source
//     has, even through an expansion, means not covered;
//   - what happened in a year after the passages is not in them;
//   - the first passage must carry enough of the question's weight, and
//     more than what nearly every passage has;
//   - a question that names an actor is answered by a passage about that
//     actor; one that asks for a kind of quantity (a figure, a date, a
//     name, the others, advice) by a passage that gives one; one on
//     someone's reaction or words by a passage with them on its topic;
//   - one on whether something was confirmed by a passage that says so,
//     not one that only reports it as a possibility or an allegation;
//   - each salient term must be supported by some cited passage.
func (ix *Index) judge(r *Result, wide []Hit, opt Options) {
	own := slices.DeleteFunc(slices.Clone(r.Terms), func(t QueryTerm) bool { return t.Context })
	if len(own) == 0 {
		own = r.Terms // a follow-up that names nothing new ("and how many?") is about its context
	}
	r.Hits = wide[:min(len(wide), opt.Max)]
	var salient []string
	guesses := ix.guessed(r.Text, r.Asked, own, wide)
	office := !slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Found && (t.Name || strings.HasPrefix(t.Stem, "=")) })
	for _, t := range own {
		lower := strings.ToLower(t.Surface)
		if r.Wants != "" && answerKindWords[lower] || r.Wants == Count && measuredIn[lower] != nil {
			continue // "what date", "how much power": the kind of answer, which the rules on quantities judge
		}
		unwritten := !t.Found && !t.Context && !strings.HasPrefix(t.Stem, "~") && !inFoundIdiom(t, own)
		word, surface := lower, t.Surface
		if lower == "hands" && strings.Contains(strings.ToLower(r.Text), "all-hands") {
			word, surface = "all-hands", "all-hands" // the meeting, which the words split
		}
		if office && officeWord(word, r.Text) && (unwritten || t.Found && !ix.writesWord(word)) && !officeTime(r.Text, surface) {
			// "thurs team lunch order?", "is the 2pm desk sync moved?": the
			// office's own business, which names nothing of the sources,
			// nor does a word they have only as another of its stem ("q1
			// expense claims", where they write "more expensive")
			r.Missing = append(r.Missing, surface)
			salient = append(salient, surface)
			continue
		}
		if unwritten {
			if c := currencyOf(t.Surface); c != nil && len(wide) > 0 && c.givesIn(wide[0].Passage.Text) {
				continue // "the usd notes", where the best passage writes "$400m of notes"
			}
			r.Missing = append(r.Missing, t.Surface)
			if t.Salient && !guesses[lower] && !guesses[strings.ToLower(lastWord(t.Surface))] { // "interior dept or navy?"
				salient = append(salient, t.Surface)
			}
		}
	}
	if len(salient) > 0 && !slices.ContainsFunc(salient, func(w string) bool { return !credentialWords[strings.ToLower(w)] }) && ix.asksAuthorAsPerson(r.Query, own) {
		// "what experience does the writer have with the IMF?": the
		// passage on the author near the best tells what the author has
		// done, whatever word the question asks it by
		if i := slices.IndexFunc(wide, func(h Hit) bool { return h.Score >= authorMargin*wide[0].Score && onSource(h, own, authorOrBackground) }); i >= 0 {
			salient = nil
			r.Missing = slices.DeleteFunc(r.Missing, func(w string) bool { return credentialWords[strings.ToLower(w)] })
			wide = toFront(wide, i)
		}
	}
	if len(salient) > 0 && len(wide) > 0 && answersAPart(r.Text, salient, own, wide[0]) {
		// "how many schools were shut and how many kids were sent
		// home?": the sources answer one question of two; the other's
		// words no source has are listed as missing, and do not decline
		// the whole
		salient = nil
	}
	if len(salient) > 0 {
		if i := ix.exclusive(wide, own, salient); i >= 0 {
			// "did Oslo ban it too?", where "Riga is the only port that
			// banned it": the sources answer for Oslo without naming it
			salient = nil
			wide = r.putFirst(wide, i, opt)
		}
	}
	switch {
	case len(own) == 0:
		r.Reason = "The question has no words the sources could be searched for."
		return
	case len(salient) > 0:
		r.Reason = "No source mentions " + strings.Join(salient, ", ") + "."
		return
	case len(wide) == 0:
		r.Reason = "No source mentions anything the question asks about."
		return
	}
	if day := dayNamed(r.Text); day != "" && !ix.tellsOf(wide[0].Passage, ix.foundNames(own), own) {
		// "did the holm fire start on 14 august?": the passage that tells
		// of the day and names what is asked, before one with more of the
		// question's words where none of its sentences is on what is
		// asked ("due to start providing cover"); not before one that
		// tells of it on another day ("the evacuation order came on 14
		// August", asked "was the evacuation order on 9 august?")
		names := ix.foundNames(own)
		wide = firstWithin(wide, wideMargin, func(h Hit) bool {
			return matchesAll(h, names) && slices.ContainsFunc(SplitSentences(h.Passage.Text), func(s string) bool { return yearlessDayIn(s, day) })
		})
		r.Hits = wide[:min(len(wide), opt.Max)]
	}
	if y, asOf := laterYear(r.Query, wide); y > 0 {
		r.Reason = fmt.Sprintf("The sources on this are as of %s: they cannot report what happened in %d.", asOf, y)
		r.Missing = nil // the year, not a word, is what they lack
		return
	}
	if r.After && howEndedRE.MatchString(r.Text) {
		if s := ix.aboutSentence(wide[0].Passage, own); s.Text != "" && simplePast(s.Text) && !datedAfter(s.Text, wide[0].Passage) &&
			!pendingRE.MatchString(s.Text) && !goingOnRE.MatchString(s.Text) {
			// "how did the Vik dispute end up?", where "the dispute ended
			// in 2016 when Holm agreed a share": told as done, it answers
			r.After = false
		}
	}
	if r.After {
		if o := endedUp(r.Text); o.verb != "" {
			names, object := ix.foundNames(own), ix.outcomeObject(o.object, own)
			// "how many did they end up charging?", where "prosecutors
			// charged 23 people": the outcome asked, told as done, in the
			// best passage; or in one near it where the best has no word
			// of the deed ("did the health minister end up resigning?",
			// where "Maronde resigned on 16 October" closes a passage on
			// the inquiry, below one with more of the question's other
			// words), which then answers first. A best passage that tells
			// of the deed as not done ("whether it sends them is not
			// known") is the one on it.
			o.roleOf, o.role = askedRole(r.Text)
			told := func(h Hit) bool {
				// (one near the best only with a word of what the deed is
				// done to: "its stadium", not its training ground)
				onObject := h.Passage == wide[0].Passage || len(object) == 0 ||
					slices.ContainsFunc(object, func(t QueryTerm) bool { return slices.Contains(h.Matched, t.Stem) })
				return onObject && ix.toldDone(h.Passage, o, names, object)
			}
			margin := 1.0
			if !slices.Contains(wide[0].Matched, stem(o.verb)) {
				margin = toldMargin
			}
			if w := firstWithin(wide, margin, told); told(w[0]) {
				wide, r.After = w, false
			}
		}
	}
	if r.After {
		if s := ix.aboutSentence(wide[0].Passage, own); s.Text != "" && (pendingRE.MatchString(s.Text) || datedAfter(s.Text, wide[0].Passage)) && !doneRE.MatchString(s.Text) && !simplePast(s.Text) {
			// "did the board approve it on 16 may in the end?", where
			// "the board meets on 16 May": what they tell of it, as still
			// to come
			r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
			r.Pending, r.Hits, r.Missing = s.Text, wide[:1], nil
			return
		}
		r.Reason = "The sources cannot report what happened after they were written."
		if asOf := newestOf(wide); !asOf.IsZero() {
			r.Reason = fmt.Sprintf("The sources on this are as of %s: they cannot report what happened after.", asOf)
		}
		r.Missing = nil
		return
	}
	if m := periodOf(r.Text); m != "" && !slices.ContainsFunc(wide, func(h Hit) bool { return slices.Contains(periodsIn(h.Passage.Text), m) }) &&
		slices.ContainsFunc(wide, func(h Hit) bool { return len(periodsIn(h.Passage.Text)) > 0 }) {
		// "Q2 volumes", where the sources give the first quarter's: a
		// part of a year is a date, which another part does not give
		r.Reason = "No source mentions the " + m + "."
		return
	}
	if r.Wants != When && r.Wants != Day && r.Wants != Time && !yesNoRE.MatchString(r.Text) && !r.Confirm {
		var content []string // the question's words other than names and figures, and a sum's noun in a question on a sum
		for _, t := range own {
			if !t.Name && !isNumber(t.Stem) && !(r.Wants == Money && sumWordRE.MatchString(t.Surface)) {
				content = append(content, t.Stem)
			}
		}
		if m, others := ix.monthUngiven(r.Text, r.Wants, wide, content); m > 0 {
			// "admissions in June", where the sources give May's: a month
			// is a date, which another month does not give
			r.Reason = "No source gives this for " + time.Month(m).String() + "."
			if r.Wants.figure() {
				r.Reason = "The sources give this for " + monthList(others) + ", not for " + time.Month(m).String() + "."
			}
			return
		}
		wants := r.Wants
		if wants == "" && (keywordQuestion(r.Text) || whatFigureRE.MatchString(r.Text)) && !hasVerb(words(strings.ToLower(r.Text))) {
			// "holm licensed stakes 2025", "what were holm's stakes in
			// 2023?": a figure of the year, as "how much" asks it
			wants = Count
		}
		if y, others := ix.yearUngiven(r.Text, r.Years, wants, wide, content, ix.foundNames(own)); y > 0 {
			// "Vik's output in 2023", where the sources give 2024's: a
			// figure of one year is not another's
			r.Reason = fmt.Sprintf("The sources give this for %s, not for %d.", yearList(others), y)
			return
		}
	}
	if st := stagesIn(r.Text); len(st) > 0 {
		// "Holm's phase 3", where the sources tell of its first and second
		// phases only: a stage is a time, which another stage does not give
		for _, m := range st {
			given := func(h Hit) bool { return mentionsStage(h.Passage.Text, m) }
			noun := m[strings.IndexByte(m, ' ')+1:]
			other := func(h Hit) bool {
				return slices.ContainsFunc(stagesIn(h.Passage.Text), func(o string) bool { return strings.HasSuffix(o, " "+noun) })
			}
			if !slices.ContainsFunc(wide, given) && slices.ContainsFunc(wide, other) {
				r.Reason = "No source mentions the " + m + "."
				return
			}
		}
	}
	if items := missingAlternatives(r.Text, own); len(items) > 0 {
		r.Reason = "No source mentions " + strings.Join(items, ", ") + "."
		return
	}
	if total := partAsked(r.Text); total != "" && !ix.partGiven(r.Text, wide, own, total) {
		// "split of the 5.2bn between Holm & Vik", "how much of the
		// 1.6bn went on the plant?", where the sources give the total
		// alone
		r.Reason = "The sources give the " + total + " as a whole, not its parts."
		return
	}
	if who, kind := ix.backgroundUngiven(r.Text, r.Asked, r.Corrections, own, r.Terms, wide); who != "" {
		// "ada tarn background", "what did Vik do before Holm?",
		// where the sources give Vik's role now but not before; "brenn
		// party affil", "vesk yrs as dg"
		r.Reason = "The sources do not give " + who + "'s " + kind + "."
		return
	}
	if who := ix.unnamedPerson(r.Text, own); who != "" {
		r.Reason = "No source mentions " + who + " in person."
		r.Missing = nil // the person, not a word, is what they lack
		return
	}
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
				return
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
				return
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
				return
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
		return
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
				return
			}
		}
	}
	if r.Wants == Count {
		if v, side := countedSide(r.Text); side != "" && !slices.ContainsFunc(wide, func(h Hit) bool { return saysSide(h.Passage.Text, v, side) }) {
			// "how many voted for it", where the sources count only
			// those who voted against
			r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
			return
		}
		var side string
		if hits, side = countedSides(r.Text, hits); side != "" {
			// "how many voted yes?", "the full tally?", where the sources
			// count only those who voted against
			r.Reason = "The sources give " + side + " for this."
			return
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
					return
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
			return
		}
		r.Wants = ""
	}
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
			return
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
				return
			}
		}
		if (r.Wants == Count || r.Wants == Money) && actualAskedRE.MatchString(r.Asked) && ix.onlyForeseen(hits[0].Passage, own, r.Wants, unit) {
			// "how many GWh did the units actually generate?", of "expected
			// to generate about 2,150 GWh a year once the reservoir is full"
			r.Reason = "The sources give only a forecast or a target for this, not the figure as it came out."
			return
		}
		if c := ix.askedCurrency(r.Text); r.Wants == Money && c != nil {
			// "the toll in euros", where the sources give it in pounds: a
			// sum in one currency is not one in another
			if hits, ok = requireNear(hits, func(h Hit) bool { return ix.givesSumIn(h, c) }); !ok {
				r.Reason = "The sources give no sum in " + c.name + " for this."
				if other := currencyName(hits[0].Passage.Text); other != "" && other != c.name {
					r.Reason = "The sources give this in " + other + ", not in " + c.name + "."
				}
				return
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
				return
			}
		}
	}
	if m := groupAskedRE.FindStringSubmatch(r.Text); m != nil && namedKind(lastWord(m[2])) {
		// "which two tarn trading firms went on the list?": a
		// sentence on them that names them, two or more in a list; "two
		// Tarn trading companies were added" does not
		if !ix.listsNames(hits[0].Passage, ix.Terms(lastWord(m[2])), own) {
			r.Reason = "The sources do not say which " + strings.TrimSpace(m[2]) + "."
			return
		}
	}
	if successorAskedRE.MatchString(r.Text) {
		// "who replaced Lind as quality director?": a sentence that
		// names someone else taking the post of the person asked
		if persons := ix.personsAsked(r.Text, own); len(persons) > 0 {
			var ok bool
			if hits, ok = requireNear(hits, func(h Hit) bool {
				// or, asked whether there is one yet, a sentence on the
				// person that says none has been named: "not yet"
				return ix.namesSuccessor(h.Passage, own, persons) || r.AsksPresent && ix.noSuccessor(h.Passage, persons)
			}); !ok {
				r.Reason = "The sources do not say who took " + ix.labels(persons) + "'s place."
				return
			}
		}
	}
	if r.Where {
		// a passage that gives a place first; "where did the figure come
		// from" may have none, and is not declined for it
		hits, _ = requireNear(hits, func(h Hit) bool { return placeRE.MatchString(h.Passage.Text) })
		if m := whereThingRE.FindStringSubmatch(r.Text); m != nil && nounPhrase(words(strings.ToLower(m[1]))) {
			// "where is vik's manufacturing plant?", where the sources
			// have only "a dedicated manufacturing plant": no place, nor
			// any name, beside it
			ws := words(strings.ToLower(m[1]))
			if len(ws) > 1 && possessiveOpeners[ws[0]] {
				ws = ws[1:] // "where's the depot": the depot
			}
			if thing, label := ix.thingIn(ws, own); len(thing) > 0 && ix.unnamed(firstNearHits(hits), own, thing, true) {
				r.Reason = "The sources do not say where the " + label + " is."
				return
			}
		}
	}
	if names := ix.aloneOf(r.Text, own); (r.Wants == Money || r.Wants == Count) && len(names) == 1 &&
		!slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.givesAlone(h.Passage, names[0], r.Wants, own) }) {
		// "how much did korsa alone pay?", where "Dunholt, Pellin
		// and Korsa filed a claim for EUR 3.9 billion, the part of their
		// claims they had paid": a figure of several together
		r.Reason = "The sources give this only for " + ix.labels(names) + " together with others."
		return
	}
	if reactor := ix.holderNames(r.Reactor, own); len(reactor) > 0 {
		// what they did or said on the question's topic, not elsewhere
		var ok bool
		asked := slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool { return reactionWordRE.MatchString(t.Surface) })
		// what the question takes as given: another party's deed
		premise := premise{
			parties:  slices.DeleteFunc(ix.foundNames(asked), func(n string) bool { return slices.Contains(reactor, n) }),
			deed:     slices.DeleteFunc(eventTerms(asked), func(t QueryTerm) bool { return !t.Found }),
			position: r.Position,
		}
		if hits, ok = ix.requireOnTopic(hits, asked, reactor, func(h Hit) bool { return ix.acts(h.Passage, reactor, premise) }); !ok {
			r.Reason = "The sources report nothing " + ix.labelsAsked(reactor, own) + " did or said on this."
			return
		}
		if reactionAskRE.MatchString(r.Text) {
			// a denial by the party is a reaction by its nature: "Oslo
			// denied Riga's remarks" answers before "Oslo blamed it on
			// Riga"; not so a position ("Oslo's position on")
			hits, _ = require(hits, func(h Hit) bool { return ix.denies(h.Passage, reactor) })
		}
	}
	holder, label := ix.holderNames(r.Holder, own), ""
	if len(holder) == 0 && len(ix.foundNames(own)) == 0 {
		// "did the president say anything about it?", a question that
		// names no one: the role's holder, whom the sources name by it
		holder, label = ix.roleHolder(r.Holder), r.Holder
		if ix.namedOtherwise(holder, r.Holder, own) {
			holder = nil // "the prime minister", where the sources write "PM": the role's word decides nothing
		}
	}
	if len(holder) > 0 {
		var ok bool
		if hits, ok = ix.requireOnTopic(hits, own, holder, func(h Hit) bool {
			if label != "" {
				return ix.roleSpeaks(h.Passage, holder) // a role's holder as the one who speaks, not "critics of the mayor"
			}
			return ix.voices(h.Passage, holder)
		}); !ok {
			if label == "" {
				label = ix.labelsAsked(holder, own)
			}
			r.Reason = "The sources report nothing " + label + " said on this."
			return
		}
	}
	if cause, act, what := ix.causeOf(r.Text, own); len(cause) > 0 {
		// "did Oslo sanction Riga over the ferry deal?": a passage must
		// have what was done and what it was over; Oslo's sanctions on
		// their own, or the ferry deal without them, do not say so
		var ok bool
		if hits, ok = requireNear(hits, func(h Hit) bool {
			return hasEventTerm(h.Matched, cause) && (len(act) == 0 || hasEventTerm(h.Matched, act))
		}); !ok {
			r.Reason = "The sources do not say it was over " + clipWords(what, maxOverLen) + "."
			return
		}
	}
	hits = ix.wholeFirst(hits, own)
	hits = ix.pairFirst(hits, r.Text)
	hits = ix.bothSidesFirst(hits, r.Text)
	if who, written := ix.motiveOf(r.Text, own); len(who) > 0 && !slices.ContainsFunc(hits, func(h Hit) bool {
		if reasonsGivenRE.MatchString(r.Text) {
			// what it said on what is asked, not on another topic
			onTopic := slices.ContainsFunc(own, func(t QueryTerm) bool {
				return t.Found && !t.Name && !slices.Contains(who, t.Stem) && slices.Contains(h.Matched, t.Stem)
			})
			return onTopic && ix.voices(h.Passage, who) || ix.statesOwnReason(h.Passage, who)
		}
		return ix.givesMotive(h.Passage, who)
	}) {
		// "what's in it for Oslo?": a passage naming Oslo that gives no
		// reason for what it did does not say; "what reasons did Oslo
		// give?", one that reports nothing Oslo said or cited (not what
		// others guess: "critics said Oslo wanted ...")
		r.Reason = "The sources do not give " + written + "'s motive."
		return
	}
	if asksOrigin(r.Text) && !ix.namesClaimant(hits[0].Passage, own) {
		// "who started the rumour?", where "there was speculation among
		// experts": a claim with no one named behind it
		r.Reason = "The sources do not say who first said it."
		return
	}
	if fromToAskedRE.MatchString(r.Text) {
		// "the fee goes from what to what?", "rated when, from
		// what?": the passage that gives the change from one level to
		// another before one that names the thing
		hits = firstWithin(hits, wideMargin, func(h Hit) bool { return fromToRE.MatchString(h.Passage.Text) })
	}
	ownVoice := false // the author's view asked, and a passage in the author's own voice first
	if ix.asksAuthorsView(r.Query, own) {
		// "what's the author's take, is the 10% cut fair?", "odds it passes, per
		// the author?": the passage where the author judges in the first
		// person ("in my view", "I put the chance at") before one that
		// reports, judged on the question's words other than those that
		// frame it as the author's view ("the author's verdict")
		asked := slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool { return ix.framesView(t, r.Text) })
		hits = ix.ownVoiceFirst(hits, asked)
		ownVoice = ix.inOwnVoice(hits[0].Passage)
	}
	if piecePublishedRE.MatchString(r.Text) {
		// "where was this article posted?": the passage on where the
		// piece was published (one of about_source, found by its hints'
		// word for it) near the best, before one on another thing
		// published
		hits = firstWithin(hits, authorMargin, func(h Hit) bool { return onSource(h, own, publishWord) })
	}
	if !ownVoice && ix.asksAuthorAsPerson(r.Query, own) {
		// "does the writer have any ties to the insurers?", "which bank
		// did the writer work at?": the passage on the author (one of
		// about_source, found by its hints' word for the author) near the
		// best, before one that has the question's other words only
		hits = firstWithin(hits, authorMargin, func(h Hit) bool { return onSource(h, own, authorOrBackground) })
	}
	oddsGiven := false
	if r.Wants == "" && oddsAskedRE.MatchString(r.Text) && oddsAskedRE.MatchString(atOddsRE.ReplaceAllString(r.Text, "")) && !twoAsksRE.MatchString(r.Text) {
		// "what odds does Varga put on clearance?", "author's odds on a
		// deal by March": a sentence that weighs the chance of what is
		// asked, of the party the question names; the author's odds on
		// something else, or the party's view without odds, do not give them
		if topic := oddsTopic(own); len(topic) > 0 {
			var ok bool
			if hits, ok = requireNear(hits, func(h Hit) bool { return ix.weighsChance(h.Passage, topic, names) }); !ok {
				r.Reason = "The sources give no odds for this."
				return
			}
			// the passage gives the odds in its own words ("I put the
			// chance at 40%"): the question's word for them is answered,
			// where it gives them for the months and years asked ("by
			// June" is not "by March")
			oddsGiven = timesIn(r, hits[0].Passage.Text)
		}
	}
	if likelihoodRE.MatchString(r.Text) {
		// "how likely is it that Holt sends ships?": the passage that
		// weighs it ("it is unlikely that ...") before one that reports it
		hits = firstNear(hits, func(h Hit) bool {
			return slices.ContainsFunc(ix.aboutSentence(h.Passage, own).Cues, func(c string) bool { return slices.Contains(likelihoodCues, c) })
		})
	}
	if reasoningAskedRE.MatchString(r.Text) && !ix.asksMotive(r.Text, own) && !slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.givesReasoning(h.Passage, own) }) {
		// "berg dissent reasoning", where the sources say only that
		// "Judge Ola Berg wrote the dissent" (a party's own reasoning,
		// "Lund's reasoning", is its motive's, above)
		r.Reason = "The sources do not give the reasoning."
		return
	}
	if AsksReasonRE.MatchString(r.Text) {
		hits = ix.reasonFirst(hits, own)
		if (doubtRE.MatchString(r.Asked) && slices.ContainsFunc(r.Steps, func(s Step) bool { return s.Stage == "attribution" })) || judgedDoubtRE.MatchString(r.Asked) && !attributiveDoubtRE.MatchString(r.Asked) ||
			unlikelyRE.MatchString(r.Text) {
			hits = ix.judgedReasonFirst(hits, own)
		}
	} else if asksClaimant(r.Text) {
		hits = ix.claimantFirst(hits, own)
		if speechRE.MatchString(r.Text) && !ix.hasClaimant(hits[0], own) {
			// no passage near the best says who said it ("who announced")
			r.Reason = "The sources do not say who said it."
			return
		}
	} else if party, whole := ix.headAsked(r.Text, own); len(party) > 0 {
		// "who runs Northcape Assurance?": the passage that names its
		// post and who holds it ("Lusitana's chief executive, Ines Mota"),
		// wherever the search ranks it (the asking's "runs" is not the
		// passage's word); a passage that only names the body does not
		// say, and the question alone is then declined
		if h, ok := ix.headPassage(wide, party, own); ok {
			if len(hits) > 0 && h.Score < hits[0].Score {
				h.Score = hits[0].Score
			}
			hits, head = hitFirst(hits, h), &h
		} else if whole {
			r.Reason = "The sources do not say who runs " + ix.labelsAsked(stemsOf(party), own) + "."
			return
		}
	} else if whoRE.MatchString(r.Text) {
		// "who is driving the labour idea": a passage that names someone
		hits = firstNear(hits, func(h Hit) bool { return hasFullName(h.Passage, ix.kb.Glossary) })
	}
	if set := ix.Terms(r.Aside); len(set) > 0 {
		hits = ix.sameAsideFirst(hits, set)
		if elseRE.MatchString(r.Text) {
			// "other than Oslo, where else ...": a passage on Oslo alone
			// answers after one on another
			hits, _ = require(hits, func(h Hit) bool {
				has := ix.Terms(h.Passage.Text)
				return !slices.ContainsFunc(set, func(t string) bool { return slices.Contains(has, t) }) || ix.setsAside(h, set)
			})
		}
	}
	if elseRE.MatchString(r.Text) {
		// "what's the other way": a passage that offers another first
		hits, _ = requireNear(hits, func(h Hit) bool { return anotherRE.MatchString(h.Passage.Text) })
	}
	hits = cut(hits, opt)
	hits = ix.focused(hits, r.Terms)
	if !opt.Every {
		hits = adding(hits, r.Terms)
	}
	hits = ix.supportSalient(hits, wide, own, opt)
	if head != nil {
		hits = hitFirst(hits, *head) // what names the body's head, though it writes the body as its post
	}
	r.Hits = hits
	if f := ix.unsupportedFocus(hits, wide, own, r.Focus, names); f != "" && r.Wants == "" {
		r.Reason = "The sources do not say which " + f + "."
		return
	}
	if k := ix.askedKind(r.Focus); k != "" && r.Wants == "" && !slices.ContainsFunc(hits, func(h Hit) bool { return ix.namesOther(h.Passage, own) }) {
		r.Reason = "The sources do not say which " + k + "."
		return
	}
	if k := ix.kindUnnamed(hits, own, r.Text); k != "" && r.Wants == "" {
		r.Reason = "The sources do not say which " + k + "."
		return
	}
	if thing, label := ix.thingNamed(r.Text, own, r.Focus); (r.Wants == Named || keywordQuestion(r.Text) && nameAfterRE.MatchString(r.Text)) && len(thing) > 0 && (ix.roleOfWords(thing) || !askedPerson(strings.ToLower(thing[len(thing)-1].Surface)) || nameWordRE.MatchString(r.Text)) && ix.unnamed(hits, own, thing, false) &&
		!(whoTheRE.MatchString(r.Text) && ix.personNear(hits, thing[len(thing)-1])) {
		// "what's the name of the korvex payment processor?", where the
		// sources have only "funded through a Korvex payment processor"
		// (not a person, whom the sources may name by a title instead:
		// "which official", where "Deputy Minister Ola Berg said"; but
		// one asked by a role of two words, "brask rovers team manager")
		r.Reason = "The sources do not name the " + label + "."
		return
	}
	if f := ix.unidentified(hits, own, r.Focus, r.Text); f != "" && r.Wants == "" {
		r.Reason = "The sources do not say which " + f + "."
		return
	}
	if n := ix.homeAsked(r.Text, own); n != "" && len(ix.countriesOf(n)) == 0 &&
		!slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.tellsHome(h.Passage, n) }) {
		// "where is drummel tunneling based?", where the sources list
		// "Drummel Tunnelling (25%)" beside "Vessberg Construction of
		// Norvalt"
		r.Reason = "The sources do not say where " + ix.labelsAsked([]string{n}, own) + " is based."
		return
	}
	if f := ix.describedOnly(hits, own, r.Text); f != "" && (r.Wants == "" || r.Wants == Named) {
		// "which velmora daily first ran it?", of "she told the Velmora
		// daily that first printed her documents"
		r.Reason = "The sources do not say which " + f + "."
		return
	}
	// the asker's guesses that no source has are not what the question
	// is about: they do not count against its coverage
	onAuthor := !ownVoice && onSource(hits[0], own, authorOrBackground) && ix.asksAuthorAsPerson(r.Query, own)
	unguessed := slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool {
		// (nor do the words that frame the question as the author's view,
		// before a passage in the author's voice: "quill bottom line on
		// the offer"; nor, before the passage on the author, the words
		// that ask after the author's background: "what experience does
		// the writer have as a firefighter?")
		return !t.Found && (guesses[strings.ToLower(t.Surface)] || oddsGiven && oddsNouns[strings.ToLower(t.Surface)]) || ownVoice && ix.framesView(t, r.Text) ||
			onAuthor && !t.Found && credentialWords[strings.ToLower(t.Surface)]
	})
	if share := ix.wholeWeight(hits[0], unguessed) / ix.totalWeight(unguessed); share < minTopShare || ix.onlySubjects(hits[0], unguessed) || ix.onlyFigures(hits[0], unguessed, r.Text) {
		r.Reason = "No passage is about the question as a whole."
		return
	}
	if who, where := ix.visit(r.Text); who != "" && !slices.ContainsFunc(hits, func(h Hit) bool {
		return h.Score >= nearMargin*hits[0].Score && ix.reportsVisit(h.Passage, who, where)
	}) {
		r.Reason = "The sources do not say that " + who + " went to " + where + "."
		return
	}
	if who := ix.unreportedDeed(r.Text, own, hits[0]); len(who) > 0 {
		r.Reason = "No source says whether " + ix.labels(ix.outermost(who)) + " did this." // Missing names the deed's word
		return
	}
	if r.Confirm && r.Instead == "" {
		// a passage that says whether it was confirmed answers; else one
		// that reports it only as a possibility or an allegation does not
		// (one that says it of another party answers by saying so)
		best := hits[0].Score
		if i := slices.IndexFunc(wide, func(h Hit) bool { return h.Score >= verifyMargin*best && ix.verifies(h.Passage, own) }); i >= 0 {
			if wide[i].Passage != hits[0].Passage {
				rest := slices.DeleteFunc(slices.Clone(hits), func(h Hit) bool { return h.Passage == wide[i].Passage })
				hits = append([]Hit{wide[i]}, rest[:min(len(rest), max(opt.Max, 1)-1)]...)
				r.Hits = hits
			}
		} else if s := ix.aboutSentence(hits[0].Passage, own); len(s.Hedges) > 0 {
			r.Reason = "The sources report it only as a possibility or an allegation, not as confirmed."
			r.Unconfirmed, r.Hits = s.Text, hits[:1]
			r.Missing = nil // the confirmation, not a word, is what they lack
			return
		}
	}
	if r.Instead == "" && pastAskedRE.MatchString(r.Text) && !sayingAskedRE.MatchString(r.Asked) {
		// "did Holm cut the rating to B?", where "a cut to B would follow
		// if debt rose": what would happen on a condition did not happen
		var asked []string // any of the question's words the sentence may tell as done ("agreed")
		for _, t := range own {
			asked = append(asked, strings.Fields(strings.ToLower(t.Surface))...)
		}
		if s := ix.aboutSentence(hits[0].Passage, own); s.Text != "" && conditionalRE.MatchString(s.Text) && !doneIn(s.Text, asked) {
			r.Reason = "The sources report it only as a possibility or an allegation, not as confirmed."
			r.Unconfirmed, r.Hits = s.Text, hits[:1]
			r.Missing = nil
			return
		}
	}
	later := laterEventRE.MatchString(r.Asked)
	// "tarn review findings", "final approved surcharge?": a keyword
	// question after a result asks an outcome too
	either := outcomeEitherRE.FindAllString(r.Text, 1) // "upheld or cut?": the outcomes offered
	outcome := !later && (outcomeAskedRE.MatchString(r.Text) || len(either) > 0 || keywordQuestion(r.Text) && resultAskedRE.MatchString(r.Text) && !r.AsksPresent && r.Wants != When && r.Wants != Day && r.Wants != Time && !dateWordRE.MatchString(r.Text)) && !r.Ahead
	// "did Holm pay the last tranche?", where the only sentence on it has
	// the tranche still undisbursed, awaiting a review: asked as done, told
	// as still to come in so many words (not by a later date alone: "Vik
	// holds the contract for a terminal that opens in 2024"; not where the
	// sentence tells anything in the simple past, nor of the present: "did
	// they sign yet")
	did := !later && !outcome && !r.Ahead && !r.AsksPresent && didAskedRE.MatchString(r.Text)
	if outcome && len(either) == 0 && outcomeNounRE.MatchString(r.Text) && !sayingAskedRE.MatchString(r.Asked) {
		// "scia ruling on the expedited claim outcome", where "a ruling on
		// the expedited claim is expected by the end of 2026" and nothing
		// tells it given: awaited, though another sentence has more of the
		// question's words
		s, given := ix.awaitedOutcome(append([]Hit{hits[0]}, slices.DeleteFunc(slices.Clone(wide), func(h Hit) bool { return h.Passage == hits[0].Passage })...), own, r.Text)
		if s != "" {
			r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
			r.Pending, r.Hits = s, hits[:1]
			r.Missing = nil
			return
		}
		if given != nil {
			// the passage that tells the outcome given ("the tribunal
			// awarded Holm the full EUR 1.4bn") before one that awaits it
			hits = hitFirst(hits, *given)
			r.Hits = hits
		}
	}
	if (later || outcome || did) && !sayingAskedRE.MatchString(r.Asked) {
		// "did the court ever rule on it?", "did the tax vote pass?",
		// where the sources tell of the ruling or the vote only as still
		// to come: they cannot say it happened ("did the nurses call a
		// walkout" asks what they tell as done: "have called a walkout for
		// 3 October")
		read, told := ix.aboutSentence, false
		if len(either) > 0 {
			// "tribunal ruling on the fine - upheld or cut?": the tribunal's
			// sentence; "passed or failed?", where "The council passed the
			// levy on 3 March": one of the outcomes offered, told as done
			read = ix.namedSentence
			told = slices.ContainsFunc(ix.Sentences(hits[0].Passage), func(x Sentence) bool { return doneIn(x.Text, words(strings.ToLower(either[0]))) })
		}
		pending := func(s string, cue bool) bool {
			return (cue || pendingRE.MatchString(s) || !did && datedAfter(s, hits[0].Passage)) && !doneRE.MatchString(s) &&
				(later || !doneIn(s, askedVerbs(r.Text)) && !ix.resultDone(s, r.Text, own)) && !(did && simplePast(s))
		}
		// (or the clause of it on the question that tells it as still to
		// come in so many words, where the others tell of other things:
		// "how did the pilots' strike vote turn out?", where "a rival has
		// complained, the pilots are about to ballot on a strike and a
		// credit rating agency has turned cautious"; not where another
		// clause, or a later sentence, goes on with the same thing: "and
		// Holm granted 2.5% in March", "which it did in March", "but the
		// plan was called off", "When the ballot closed on 2 June ...")
		s := read(hits[0].Passage, own)
		clausePending := func() bool { // read only where the sentence as a whole is not pending
			c := ix.askedClause(s.Text, own)
			return c != s.Text && (pendingRE.MatchString(c) || aboutToRE.MatchString(c)) && pending(c, true) && ix.clauseAlone(hits[0].Passage, s.Text, c)
		}
		if !told && s.Text != "" && (pending(s.Text, false) || clausePending()) {
			r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
			r.Pending, r.Hits = s.Text, hits[:1]
			r.Missing = nil
			return
		}
	}
	if h, s := ix.withheld(firstNearHits(hits), own, namesAskedRE.MatchString(r.Text), func(names bool, clause, before string) bool {
		// names kept back for a question on names, or on who did what the
		// clause before tells was done by them ("reviewed by two referees,
		// whose names ..."); a sum or terms for a question on a sum, a
		// share or how much; a number for any question but on a date or a
		// name ("death toll in the camps?"); for a clause that declines
		// comment, what it names (commentKept)
		if commentedRE.MatchString(clause) {
			return commentKept(r, clause)
		}
		if names {
			return namesAskedRE.MatchString(r.Text) || whoAskedRE.MatchString(r.Text) && (agentBeforeRE.MatchString(before) || personSubject(before))
		}
		return r.Wants == Money || r.Wants == Share || howMuchRE.MatchString(r.Text) ||
			countKeptRE.MatchString(clause) && r.Wants != When && r.Wants != Day && r.Wants != Time && r.Wants != Named
	}); s != "" && !(resultAskedByNoun(r.Text) && foundThatRE.MatchString(s)) && !disclosureAskedRE.MatchString(r.Text) && !(r.AsksPresent && yetAskedRE.MatchString(r.Asked)) {
		// "value of assets frozen in vik?", where "the value of assets
		// frozen in Vik has not been disclosed": the sources say it is
		// not known, which is no answer (not "did Holm disclose it?")
		r.Reason = "The sources say this has not been made public or is not known."
		r.Withheld, r.Hits = s, []Hit{h}
		r.Missing = nil
		return
	}
	r.Covered = true
}
