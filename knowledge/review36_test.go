package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Review of round 36's rules on what was not made public (7b6f3bd,
// c324b7c), the figure of a year (3435b8e), the length of a time (efcbadb)
// and a party written inside a longer name (3d74483): each test is a
// question an analyst could plausibly type on which one of these rules
// does the wrong thing. All passages are made up.

// 7b6f3bd: withheldRE takes "unnamed" (and "undisclosed") anywhere in a
// clause for "what is asked was not made public", though here it only
// says who the payee was not named: "an unnamed referee was paid EUR
// 300,000 for a single game" gives the sum asked, and the question is
// declined as withheld. Covered before the round.
func TestReview36UnnamedPayeeSumGiven(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Football Federation, HFF]\n",
		"Payments. According to the indictment, an unnamed referee was paid EUR 300,000 for a single game in 2021.",
		"Fans. Vik fans protested outside the HFF in 2020.",
	)
	wantFirst(t, ix, "how much was the referee paid for a single game?", "p1")
}

// 7b6f3bd: the rule never asks whether what was withheld is what the
// question asks. "Meri bought a 20% stake in Vik Rovers for an undisclosed
// sum in March 2021" keeps the price back, but says who bought the stake,
// when, and that Meri bought it: all three questions are declined as "not
// made public". All were covered before the round.
func TestReview36UndisclosedSumNotWhatIsAsked(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Rovers, Vik]\nmeri: [Meri Telecom, Meri]\n",
		"The stake. Meri bought a 20% stake in Vik Rovers for an undisclosed sum in March 2021.",
		"The ground. Vik Rovers play at a 9,000-seat ground in Kessmouth.",
	)
	wantFirst(t, ix, "who bought the stake in vik rovers?", "p1")
	wantFirst(t, ix, "when did meri buy into vik rovers?", "p1")
	wantFirst(t, ix, "did meri buy a stake in vik rovers?", "p1")
}

// 7b6f3bd: withheldRE reads "were not released" as "not made public",
// but of people it means they were not set free: "ten of them were not
// released on bail" is the count asked, and the question is declined as
// withheld. Covered before the round.
func TestReview36NotReleasedOnBail(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Football Federation, HFF]\n",
		"Suspects. Police held 14 suspects after the raids; ten of them were not released on bail until June 2021.",
		"Fans. Vik fans protested outside the HFF in 2020.",
	)
	wantFirst(t, ix, "how many suspects were not released on bail?", "p1")
}

// 7b6f3bd: withheldClauseRE parts clauses at ", but" only, so "Vik paid
// EUR 3 million in fines in 2021 but did not disclose the terms of its
// loan" is one clause: the fines, which only it names, are taken for what
// was not disclosed, though the sum stands there. Covered before the
// round.
func TestReview36ButWithoutComma(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Rovers, Vik]\nmeri: [Meri Telecom, Meri]\n",
		"Fines. Vik paid EUR 3 million in fines in 2021 but did not disclose the terms of its loan from Meri.",
		"The ground. Vik Rovers play at a 9,000-seat ground in Kessmouth.",
	)
	wantFirst(t, ix, "how much did vik pay in fines?", "p1")
}

// 7b6f3bd: a relative clause set off by commas (", which did not disclose
// its revenue for 2021,") is split from its subject but not from the main
// clause after it, so the withheld revenue and the fines paid are one
// clause, and the fines asked are declined as not disclosed. Covered
// before the round.
func TestReview36RelativeClauseWithheld(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Rovers, Vik]\n",
		"Revenue. Vik, which did not disclose its revenue for 2021, paid EUR 3 million in fines that year.",
		"The ground. Vik Rovers play at a 9,000-seat ground in Kessmouth.",
	)
	wantFirst(t, ix, "how much did vik pay in fines?", "p1")
}

// 7b6f3bd: the commit answers "a question on whether it was disclosed or
// said ... as before", but disclosureAskedRE knows only "disclose",
// "publish", "made public", "say" and the like: "is the brand transfer
// fee public?" and "is the fee for brand known?" ask just that, and "the
// fee has not been disclosed" answers them (no), yet they are declined as
// withheld. Covered before the round.
func TestReview36WhetherPublicAsked(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Rovers, Vik]\nmeri: [Meri FC]\n",
		"The transfer. Vik sold its striker Ola Brand to Meri FC in 2021; the fee has not been disclosed.",
		"The ground. Vik Rovers play at a 9,000-seat ground in Kessmouth.",
	)
	wantFirst(t, ix, "is the brand transfer fee public?", "p1")
	wantFirst(t, ix, "is the fee for brand known?", "p1")
}

// 7b6f3bd: the word of the question that only the "not known" clause
// has is the subject's name, which the next clause refers back to by
// "he": "It is not known whether Ola Telk will appeal; he was sentenced to
// five years" is read as his sentence not being known, and "what sentence
// did telk get?" is declined. What is not known is the appeal. Covered
// before the round.
func TestReview36NotKnownOfAnotherThing(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Football Federation, HFF]\n",
		"The verdict. It is not known whether Ola Telk will appeal; he was sentenced to five years in prison in February 2021.",
		"Fans. Vik fans protested outside the HFF in 2020.",
	)
	wantFirst(t, ix, "what sentence did telk get?", "p1")
}

// c324b7c: a clause with all of two or more of the question's words is
// taken as saying it is withheld "though other clauses have each", even
// where another clause has all of them too and gives the figure: "Courts
// in Tarnland have frozen assets worth EUR 19 million; the value of assets
// frozen abroad has not been disclosed" answers how much has been frozen
// (EUR 19 million, abroad unknown), but is declined. Covered before the
// round and at 7b6f3bd.
func TestReview36EveryWordsBesideGivenFigure(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarnland]\n",
		"Frozen assets. Courts in Tarnland have frozen assets worth EUR 19 million; the value of assets frozen abroad has not been disclosed.",
		"Fans. Vik fans protested outside the courts in 2020.",
	)
	wantFirst(t, ix, "how much in assets has been frozen?", "p1")
}

// c324b7c: read in the passages near the best, a withheld clause on a part
// ("how many players were banned for life") that has all the question's
// words overrides the best passage that gives the figure ("The HFF banned
// 14 players in 2021"): the question is declined and the passage on the
// life bans is cited instead. Covered, citing the ban of 14, before the
// round and at 7b6f3bd.
func TestReview36NearPassageOnAPart(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Football Federation, HFF]\n",
		"Bans. The HFF banned 14 players in 2021 for fixing matches.",
		"Life bans. The HFF has not said how many players were banned for life.",
		"Fans. Vik fans protested outside the HFF in 2020.",
	)
	wantFirst(t, ix, "how many players were banned?", "p1")
	// the passage cited is the one with the figure, not the one on life bans
	if r := ix.Search("how many players did the hff ban?", knowledge.Options{}); !r.Covered || len(r.Hits) == 0 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") {
		t.Errorf("covered %v (%s), cited %v, want p1", r.Covered, r.Reason, hitIDs(r.Hits))
	}
}

// 3435b8e: a keyword question or "what were the X" with a year now asks
// the figure of that year, but yearUngiven sees only years written as
// digits: in a source of 2 May 2023, "last year" is 2022, and "Licensed
// operators took EUR 410 million in stakes on the Vik League last year, up
// from EUR 300 million in 2020" gives the 2022 figure; both questions are
// declined as "given for 2020, not for 2022". Covered before the round
// ("how much ... in 2022" was already declined so: an older limitation
// the rule now spreads).
func TestReview36LastYearIsTheYearAsked(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik League]\n",
		"Stakes. Licensed operators took EUR 410 million in stakes on the Vik League last year, up from EUR 300 million in 2020.",
		"Clubs. The Vik League has 18 clubs.",
	)
	wantFirst(t, ix, "vik league licensed stakes 2022", "p1")
	wantFirst(t, ix, "what were licensed stakes on the vik league in 2022?", "p1")
}

// 3435b8e: every keyword question with a year is taken to ask a figure,
// also one asking a holder: "vik league chair 2020" asks who chaired the
// league in 2020, which "Ada Berg has chaired the Vik League since 2018"
// answers; it is declined because her pay beside it is given for 2021
// ("The sources give this for 2018 and 2021, not for 2020"). Covered
// before the round.
func TestReview36KeywordHolderSinceYear(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik League]\n",
		"The chair. Ada Berg has chaired the Vik League since 2018; she was paid EUR 200,000 in 2021.",
		"Fans. Fans of Vik Rovers protested outside the league's offices in 2020.",
	)
	wantFirst(t, ix, "vik league chair 2020", "p1")
}

// 3435b8e: whatFigureRE matches any question opening with "what" ("what
// was marek punished for", "what did the hff punish marek for"), so a
// question on a reason is read as asking a figure of 2021, and declined
// as "given for 2019, not for 2021" because the sum in the answer is of
// 2019; the passage says what he was punished for and dates his ban to
// March 2021, and "why was marek punished in 2021?" is still answered.
// Covered before the round.
func TestReview36WhatForWithYear(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Football Federation, HFF]\n",
		"Marek. The HFF punished Ivo Marek for taking EUR 40,000 in 2019 to lose two games. His ten-year ban began on 3 March 2021.",
		"Fans. Vik fans protested outside the HFF in 2020.",
	)
	wantFirst(t, ix, "what was marek punished for in 2021?", "p1")
	wantFirst(t, ix, "what did the hff punish marek for in 2021?", "p1")
}

// efcbadb: "phases?" is among timeSpans, and "phase 2" is normalised to
// "second phase", so "vik pipeline phase 2 length in km?" (and "length of
// phase 2 of the vik pipeline?") is read as a duration, though it asks in
// km: the passage that gives only how long phase 2 takes to build is
// cited as the answer. No distance is given; declined before the round.
func TestReview36PhaseLengthIsADistance(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Pipeline Company, VPC]\n",
		"The pipeline. Phase 2 of the Vik pipeline, from Kessmouth to Brask, will take three years to build and cost EUR 400 million.",
		"Tunnels. The Brask tunnel is 4 km long.",
	)
	wantNotCovered(t, ix, "vik pipeline phase 2 length in km?")
	wantNotCovered(t, ix, "length of phase 2 of the vik pipeline?")
}

// efcbadb: timeLengthRE allows one word between "length of" and the noun
// of a time, so a full name ("length of ola telk's sentence") or a year
// ("length of the 2021 ban on marek") leaves the question a distance,
// declined as "no distance", though the rule's own examples with one word
// ("length of marek's ban") are answered. Already wrong before the round,
// where every "length of" asked a distance; the rule means to mend it.
func TestReview36LengthOfTimeWithLongerModifier(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Football Federation, HFF]\n",
		"Sentences. Ola Telk was sentenced to five years and six months on 24 February 2021.",
		"Bans. HFF banned Ivo Marek for ten years in March 2021.",
	)
	wantFirst(t, ix, "length of ola telk's sentence?", "p1")
	wantFirst(t, ix, "length of the 2021 ban on marek?", "p2")
}

// 3d74483: clauseOf now takes a clause naming any longer name with the
// party's word ("Vik Airways" for "Vik") as naming the party, even where
// the sentence tells them apart: "Vik Airways, based in Kessmouth, cut 600
// jobs there in 2021, while the town of Vik saw its bank branch close"
// gives no count of jobs lost in Vik, yet the 600 are cited for it.
// Declined before the round ("no figure").
func TestReview36PartyWordInsideAnotherName(t *testing.T) {
	ix := quietIndex(t, "airways: [Vik Airways]\nholm: [Holm Group, Holm]\n",
		"Airlines. Vik Airways, based in Kessmouth, cut 600 jobs there in 2021, while the town of Vik saw its bank branch close.",
		"Towns. Vik is a fishing town on the Tarn coast.",
		"Ports. Kessmouth harbour handled 2 million tonnes of cargo in 2021.",
		"Roads. The coast road was rebuilt in 2020.",
		"Holm. Holm Group runs three hotels on the coast.",
		"Weather. Storms closed the coast road twice in 2021.",
	)
	wantNotCovered(t, ix, "how many jobs were lost in Vik?")
	wantFirst(t, ix, "how many jobs did Vik Airways cut?", "p1")
}
