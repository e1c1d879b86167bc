package knowledge

import (
	"slices"
	"strings"
)

// citedSupport cuts the hits to those cited and declines where what a
// "which" question asks for, or the thing it names, is not what they give.
func (ix *Index) citedSupport(r *Result, j *judging) bool {
	own, hits, names, head, wide, opt := j.own, j.hits, j.names, j.head, j.wide, j.opt
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
		return true
	}
	if k := ix.askedKind(r.Focus); k != "" && r.Wants == "" && !slices.ContainsFunc(hits, func(h Hit) bool { return ix.namesOther(h.Passage, own) }) {
		r.Reason = "The sources do not say which " + k + "."
		return true
	}
	if k := ix.kindUnnamed(hits, own, r.Text); k != "" && r.Wants == "" {
		r.Reason = "The sources do not say which " + k + "."
		return true
	}
	if thing, label := ix.thingNamed(r.Text, own, r.Focus); (r.Wants == Named || keywordQuestion(r.Text) && nameAfterRE.MatchString(r.Text)) && len(thing) > 0 && (ix.roleOfWords(thing) || !askedPerson(strings.ToLower(thing[len(thing)-1].Surface)) || nameWordRE.MatchString(r.Text)) && ix.unnamed(hits, own, thing, false) &&
		!(whoTheRE.MatchString(r.Text) && ix.personNear(hits, thing[len(thing)-1])) {
		// "what's the name of the korvex payment processor?", where the
		// sources have only "funded through a Korvex payment processor"
		// (not a person, whom the sources may name by a title instead:
		// "which official", where "Deputy Minister Ola Berg said"; but
		// one asked by a role of two words, "brask rovers team manager")
		r.Reason = "The sources do not name the " + label + "."
		return true
	}
	if f := ix.unidentified(hits, own, r.Focus, r.Text); f != "" && r.Wants == "" {
		r.Reason = "The sources do not say which " + f + "."
		return true
	}
	if n := ix.homeAsked(r.Text, own); n != "" && len(ix.countriesOf(n)) == 0 &&
		!slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.tellsHome(h.Passage, n) }) {
		// "where is drummel tunneling based?", where the sources list
		// "Drummel Tunnelling (25%)" beside "Vessberg Construction of
		// Norvalt"
		r.Reason = "The sources do not say where " + ix.labelsAsked([]string{n}, own) + " is based."
		return true
	}
	if f := ix.describedOnly(hits, own, r.Text); f != "" && (r.Wants == "" || r.Wants == Named) {
		// "which velmora daily first ran it?", of "she told the Velmora
		// daily that first printed her documents"
		r.Reason = "The sources do not say which " + f + "."
		return true
	}
	j.hits = hits
	return false
}

// wholeCovered declines where the first passage does not carry enough of
// the question as a whole, or does not tell the visit, deed, confirmation
// or past event asked.
func (ix *Index) wholeCovered(r *Result, j *judging) bool {
	own, guesses, hits, ownVoice, oddsGiven, wide, opt := j.own, j.guesses, j.hits, j.ownVoice, j.oddsGiven, j.wide, j.opt
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
		return true
	}
	if who, where := ix.visit(r.Text); who != "" && !slices.ContainsFunc(hits, func(h Hit) bool {
		return h.Score >= nearMargin*hits[0].Score && ix.reportsVisit(h.Passage, who, where)
	}) {
		r.Reason = "The sources do not say that " + who + " went to " + where + "."
		return true
	}
	if who := ix.unreportedDeed(r.Text, own, hits[0]); len(who) > 0 {
		r.Reason = "No source says whether " + ix.labelsAsked(ix.outermost(who), own) + " did this." // Missing names the deed's word
		return true
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
			return true
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
			return true
		}
	}
	j.hits = hits
	return false
}

// outcomeTold declines a question on an outcome the sources tell only as
// pending or not at all, or on a figure they say has not been made public.
func (ix *Index) outcomeTold(r *Result, j *judging) bool {
	own, hits, wide := j.own, j.hits, j.wide
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
		var declined bool
		if hits, declined = ix.awaitedOutcomeAsked(r, own, hits, wide); declined {
			return true
		}
	}
	if (later || outcome || did) && !sayingAskedRE.MatchString(r.Asked) && ix.toldAsPending(r, own, hits, either, later, did) {
		return true
	}
	return ix.withheldAsked(r, own, hits)
}

// awaitedOutcomeAsked declines a question on an outcome named by a noun
// ("the ruling") that the sources tell only as awaited; where a passage
// tells it given, it cites that one first and returns the hits so.
func (ix *Index) awaitedOutcomeAsked(r *Result, own []QueryTerm, hits, wide []Hit) ([]Hit, bool) {
	// "scia ruling on the expedited claim outcome", where "a ruling on
	// the expedited claim is expected by the end of 2026" and nothing
	// tells it given: awaited, though another sentence has more of the
	// question's words
	s, given := ix.awaitedOutcome(append([]Hit{hits[0]}, slices.DeleteFunc(slices.Clone(wide), func(h Hit) bool { return h.Passage == hits[0].Passage })...), own, r.Text)
	if s != "" {
		r.declinePending(s, hits[0])
		return hits, true
	}
	if given != nil {
		// the passage that tells the outcome given ("the tribunal
		// awarded Holm the full EUR 1.4bn") before one that awaits it
		hits = hitFirst(hits, *given)
		r.Hits = hits
	}
	return hits, false
}

// toldAsPending declines a question on an outcome, on what happened
// later, or on whether something was done, where the sentence on it tells
// it as still to come.
func (ix *Index) toldAsPending(r *Result, own []QueryTerm, hits []Hit, either []string, later, did bool) bool {
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
		r.declinePending(s.Text, hits[0])
		return true
	}
	return false
}

// declinePending declines a question on what the sources tell only as
// still to come, citing the passage (h) with the sentence that tells it.
func (r *Result) declinePending(sentence string, h Hit) {
	r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
	r.Pending, r.Hits, r.Missing = sentence, []Hit{h}, nil
}

// withheldAsked declines a question on what the sources say was not
// made public or is not known.
func (ix *Index) withheldAsked(r *Result, own []QueryTerm, hits []Hit) bool {
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
		return true
	}
	return false
}
