package knowledge

import (
	"slices"
	"strings"
)

// actorsFirst puts first the passage on the group, successor, place,
// reactor, holder or cause the question asks about, and declines where the
// sources say it of another.
func (ix *Index) actorsFirst(r *Result, j *judging) bool {
	own, hits := j.own, j.hits
	if ix.groupUnlisted(r, own, hits) {
		return true
	}
	var ok bool
	if hits, ok = ix.successorNamed(r, own, hits); !ok {
		return true
	}
	if hits, ok = ix.placeGiven(r, own, hits); !ok {
		return true
	}
	if ix.givenOnlyTogether(r, own, hits) {
		return true
	}
	if hits, ok = ix.reactorActs(r, own, hits); !ok {
		return true
	}
	if hits, ok = ix.holderSpeaks(r, own, hits); !ok {
		return true
	}
	if hits, ok = ix.causeGiven(r, own, hits); !ok {
		return true
	}
	hits = ix.wholeFirst(hits, own)
	hits = ix.pairFirst(hits, r.Text)
	hits = ix.bothSidesFirst(hits, r.Text)
	if ix.motiveUngiven(r, own, hits) {
		return true
	}
	if asksOrigin(r.Text) && !ix.namesClaimant(hits[0].Passage, own) {
		// "who started the rumour?", where "there was speculation among
		// experts": a claim with no one named behind it
		r.Reason = "The sources do not say who first said it."
		return true
	}
	if fromToAskedRE.MatchString(r.Text) {
		// "the fee goes from what to what?", "rated when, from
		// what?": the passage that gives the change from one level to
		// another before one that names the thing
		hits = firstWithin(hits, wideMargin, func(h Hit) bool { return fromToRE.MatchString(h.Passage.Text) })
	}
	j.hits = hits
	return false
}

// groupUnlisted declines a question on which members of a group ("which
// two tarn trading firms went on the list?") where the best passage does
// not name them.
func (ix *Index) groupUnlisted(r *Result, own []QueryTerm, hits []Hit) bool {
	if m := groupAskedRE.FindStringSubmatch(r.Text); m != nil && namedKind(lastWord(m[2])) {
		// "which two tarn trading firms went on the list?": a
		// sentence on them that names them, two or more in a list; "two
		// Tarn trading companies were added" does not
		if !ix.listsNames(hits[0].Passage, ix.Terms(lastWord(m[2])), own) {
			r.Reason = "The sources do not say which " + strings.TrimSpace(m[2]) + "."
			return true
		}
	}
	return false
}

// successorNamed keeps first, for a question on who took a person's place
// ("who replaced Lind as quality director?"), a passage that names the
// successor; it returns false, with r.Reason, where none near the best
// does.
func (ix *Index) successorNamed(r *Result, own []QueryTerm, hits []Hit) ([]Hit, bool) {
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
				r.Reason = "The sources do not say who took " + ix.labelsAsked(persons, own) + "'s place."
				return hits, false
			}
		}
	}
	return hits, true
}

// placeGiven keeps first, for a question on where (r.Where), a passage
// that gives a place; it returns false, with r.Reason, where the thing
// asked is one the sources name no place for.
func (ix *Index) placeGiven(r *Result, own []QueryTerm, hits []Hit) ([]Hit, bool) {
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
				return hits, false
			}
		}
	}
	return hits, true
}

// givenOnlyTogether declines a question on a figure of one party alone
// ("how much did korsa alone pay?") that the sources give only for it
// with others.
func (ix *Index) givenOnlyTogether(r *Result, own []QueryTerm, hits []Hit) bool {
	if names := ix.aloneOf(r.Text, own); (r.Wants == Money || r.Wants == Count) && len(names) == 1 &&
		!slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.givesAlone(h.Passage, names[0], r.Wants, own) }) {
		// "how much did korsa alone pay?", where "Dunholt, Pellin
		// and Korsa filed a claim for EUR 3.9 billion, the part of their
		// claims they had paid": a figure of several together
		r.Reason = "The sources give this only for " + ix.labelsAsked(names, own) + " together with others."
		return true
	}
	return false
}

// reactorActs keeps first, for a question on how a party reacted
// (r.Reactor), a passage on what it did or said on the question's topic;
// it returns false, with r.Reason, where none does.
func (ix *Index) reactorActs(r *Result, own []QueryTerm, hits []Hit) ([]Hit, bool) {
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
			return hits, false
		}
		if reactionAskRE.MatchString(r.Text) {
			// a denial by the party is a reaction by its nature: "Oslo
			// denied Riga's remarks" answers before "Oslo blamed it on
			// Riga"; not so a position ("Oslo's position on")
			hits, _ = require(hits, func(h Hit) bool { return ix.denies(h.Passage, reactor) })
		}
	}
	return hits, true
}

// holderSpeaks keeps first, for a question on what a party or a role's
// holder said (r.Holder), a passage in which it speaks on the question's
// topic; it returns false, with r.Reason, where none does.
func (ix *Index) holderSpeaks(r *Result, own []QueryTerm, hits []Hit) ([]Hit, bool) {
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
			return hits, false
		}
	}
	return hits, true
}

// causeGiven keeps first, for a question on what a deed was over ("did
// Oslo sanction Riga over the ferry deal?"), a passage with both; it
// returns false, with r.Reason, where none near the best has them.
func (ix *Index) causeGiven(r *Result, own []QueryTerm, hits []Hit) ([]Hit, bool) {
	if cause, act, what := ix.causeOf(r.Text, own); len(cause) > 0 {
		// "did Oslo sanction Riga over the ferry deal?": a passage must
		// have what was done and what it was over; Oslo's sanctions on
		// their own, or the ferry deal without them, do not say so
		var ok bool
		if hits, ok = requireNear(hits, func(h Hit) bool {
			return hasEventTerm(h.Matched, cause) && (len(act) == 0 || hasEventTerm(h.Matched, act))
		}); !ok {
			r.Reason = "The sources do not say it was over " + clipWords(what, maxOverLen) + "."
			return hits, false
		}
	}
	return hits, true
}

// motiveUngiven declines a question on a party's motive or reasons
// ("what's in it for Oslo?") where no passage kept gives them.
func (ix *Index) motiveUngiven(r *Result, own []QueryTerm, hits []Hit) bool {
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
		return true
	}
	return false
}

// viewsAndReasons puts first the passage that gives what a question on the
// author's view, the odds, a likelihood or a reason asks, and declines
// where none does.
func (ix *Index) viewsAndReasons(r *Result, j *judging) bool {
	own, hits, head := j.own, j.hits, j.head
	hits, ownVoice := ix.authorFirst(r, own, hits)
	hits, oddsGiven, ok := ix.oddsFor(r, own, j.names, hits)
	if !ok {
		return true
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
		return true
	}
	if hits, head, ok = ix.answererFirst(r, own, j.wide, hits, head); !ok {
		return true
	}
	hits = ix.asideFirst(r, hits)
	j.hits, j.head, j.ownVoice, j.oddsGiven = hits, head, ownVoice, oddsGiven
	return false
}

// authorFirst puts first, for a question on the author's view, the
// passage in the author's own voice (ownVoice: it is first); for one on
// where the piece was published or on the author, the passage on that.
func (ix *Index) authorFirst(r *Result, own []QueryTerm, hits []Hit) (_ []Hit, ownVoice bool) {
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
	return hits, ownVoice
}

// oddsFor keeps first, for a question on the odds of something ("what
// odds does Varga put on clearance?"), a passage that weighs its chance;
// oddsGiven reports whether it gives them for the times asked. It returns
// false, with r.Reason, where no passage near the best does.
func (ix *Index) oddsFor(r *Result, own []QueryTerm, names []string, hits []Hit) (_ []Hit, oddsGiven, ok bool) {
	if r.Wants == "" && oddsAskedRE.MatchString(r.Text) && oddsAskedRE.MatchString(atOddsRE.ReplaceAllString(r.Text, "")) && !twoAsksRE.MatchString(r.Text) {
		// "what odds does Varga put on clearance?", "author's odds on a
		// deal by March": a sentence that weighs the chance of what is
		// asked, of the party the question names; the author's odds on
		// something else, or the party's view without odds, do not give them
		if topic := oddsTopic(own); len(topic) > 0 {
			if hits, ok = requireNear(hits, func(h Hit) bool { return ix.weighsChance(h.Passage, topic, names) }); !ok {
				r.Reason = "The sources give no odds for this."
				return hits, false, false
			}
			// the passage gives the odds in its own words ("I put the
			// chance at 40%"): the question's word for them is answered,
			// where it gives them for the months and years asked ("by
			// June" is not "by March")
			oddsGiven = timesIn(r, hits[0].Passage.Text)
		}
	}
	return hits, oddsGiven, true
}

// answererFirst puts first the passage that gives who or what a question
// asks for: the reasons asked (judged ones first where the question doubts),
// who said it, who runs a body (head: the passage that names its head), or
// someone named. It returns false, with r.Reason, where the sources do not
// say who said it or who runs the body.
func (ix *Index) answererFirst(r *Result, own []QueryTerm, wide, hits []Hit, head *Hit) ([]Hit, *Hit, bool) {
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
			return hits, head, false
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
			return hits, head, false
		}
	} else if whoRE.MatchString(r.Text) {
		// "who is driving the labour idea": a passage that names someone
		hits = firstNear(hits, func(h Hit) bool { return hasFullName(h.Passage, ix.kb.Glossary) })
	}
	return hits, head, true
}

// asideFirst puts first, for a question that sets something aside ("other
// than Oslo, where else ..."), a passage on something else, and for one
// on another way, a passage that offers another.
func (ix *Index) asideFirst(r *Result, hits []Hit) []Hit {
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
	return hits
}
