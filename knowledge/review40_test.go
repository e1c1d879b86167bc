package knowledge_test

// Review of round forty (431d9c6..c6de1c0): the clauses that keep back
// what the clause before tells of, "names ... has withheld", chat's short
// forms, the acronym looked for in the rest of the source, and the nouns
// of a result told by their verbs. Each test is a question an analyst
// would plausibly type that the new rules answer wrongly, decline
// wrongly or misread. Every source here is made up.

import (
	"strings"
	"testing"
)

// resultVerbs: "findings" is told as done by any "found" in the sentence,
// whoever found it. Here the interim report found something, and the
// final report is still due: "final report findings" asks what the
// sentence tells only as still to come, and was declined so before this
// round. An analyst asking for the final report's findings must not be
// handed the interim report's as if they were the final one's.
func TestReviewFortyFinalFindingsNotToldByTheInterimOnes(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Inquiry]\n",
		"The inquiry. The Holm Inquiry was appointed in August. Its interim report of 15 October found that the minister knew of the outbreak by 19 May; the minutes of a meeting on 20 May have not been released, and the final report is due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantDeclined(t, ix, "holm inquiry final report findings", "still to come")
	wantDeclined(t, ix, "final report findings?", "still to come")
}

// resultVerbs: "decision" is told as done by any "decided", though what
// was decided is to put the decision off. "The board decided to defer
// its decision on the tariff rise; the decision is now due in March 2027"
// says the decision asked for has not been taken (declined so before this
// round); the new rule answers "board decision on the tariff rise?" with
// it as if it had.
func TestReviewFortyDecidedToDeferIsNoDecision(t *testing.T) {
	ix := quietIndex(t, "",
		"The board. The utility's board decided on 3 May to defer its decision on the tariff rise; the decision is now due in March 2027.",
		"The audit. The audit of the utility's accounts began in May.",
	)
	wantDeclined(t, ix, "board decision on the tariff rise?", "still to come")
	wantDeclined(t, ix, "utility board tariff decision", "still to come")
}

// resultVerbs maps "findings" to "find" alone, though findingVerbs has
// "show" and "conclude" for the same: "interim report findings" is
// answered where the report "found that ...", but declined as still to
// come where the same report "concluded that ..." or "showed that ..."
// ("interim report conclusions" is answered by "concluded"). An analyst
// reads a report's conclusions as its findings.
func TestReviewFortyFindingsToldByConcludedOrShowed(t *testing.T) {
	concluded := quietIndex(t, "holm: [Holm Inquiry]\n",
		"The inquiry. The Holm Inquiry was appointed in August. Its interim report of 15 October concluded that the minister knew of the outbreak by 19 May; the minutes of a meeting on 20 May have not been released, and the final report is due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantFirst(t, concluded, "holm inquiry interim report findings", "p1")
	showed := quietIndex(t, "holm: [Holm Inquiry]\n",
		"The inquiry. The Holm Inquiry was appointed in August. Its interim report of 15 October showed that the minister knew of the outbreak by 19 May; the minutes of a meeting on 20 May have not been released, and the final report is due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantFirst(t, showed, "holm inquiry interim report findings", "p1")
}

// resultVerbs has no verb for "verdict", which resultAskedRE counts as a
// result: "jury verdict on the engineer" is declined as still to come,
// where "The jury found the engineer guilty ...; sentencing is due in May
// 2027" gives the verdict, while "jury findings on the engineer" is
// answered by the same sentence. A verdict is what a jury finds.
func TestReviewFortyVerdictToldByItsVerb(t *testing.T) {
	ix := quietIndex(t, "",
		"The trial. The jury found the engineer guilty of negligence on 3 March; sentencing is due in May 2027.",
		"The engineer. The engineer ran the Reed Lane pumping station.",
	)
	wantFirst(t, ix, "jury verdict on the engineer", "p1")
	wantFirst(t, ix, "engineer trial jury verdict", "p1")
}

// deskShorthand: "std" is read as "standard" wherever the glossary does
// not list STD, even where the source itself writes "STD clinics". So
// "std clinic visits in 2022?" is answered by the passage on the national
// standard for clinic visits instead of the one on STD clinics, which it
// found before this round. A source's own acronym typed in lower case is
// the acronym.
func TestReviewFortySourcesAcronymIsNoShortForm(t *testing.T) {
	ix := quietIndex(t, "",
		"The clinics. Visits to STD clinics in the port rose by a third in 2022, the health board said.",
		"The standard. The national standard sets a two-week wait for a first clinic visit, which the port met in 2022.",
	)
	wantFirst(t, ix, "std clinic visits in 2022?", "p1")
	wantFirst(t, ix, "std clinic visits?", "p1")
}

// deskShorthand has "vax", "vaxx", "vaxes" and "vaxxed" but not "vaxed",
// as chat spells it as often: "% vaxed in round 1" is read as "% axed in
// first round" (the corrector's nearest word), where "% vaxxed in round
// 1" is read as "% vaccinated". An analyst means the same by both.
func TestReviewFortyVaxedWithOneX(t *testing.T) {
	ix := quietIndex(t, "",
		"The campaign. Vaccine coverage in the first round reached 81% of the target population, against 58% in the second, after a strike by nurses.",
		"The water. The Kestrel Water Company operates the standpipes on Reed Lane.",
	)
	if got := ix.Understand("% vaxed in round 1").Text; !strings.Contains(got, "vaccinated") {
		t.Errorf("vaxed read as %q", got)
	}
	if got := ix.Understand("how many ppl were vaxed in round 2").Text; !strings.Contains(got, "vaccinated") {
		t.Errorf("vaxed read as %q", got)
	}
}

// The acronym fallback reads every passage of the source for any run of
// words with the letters' initials: "MSF", which the source never
// writes nor spells out, is read as "Many small farms", the opening of an
// unrelated sentence, and "how many beds does msf run at reed lane?" is
// answered by the passage on the field clinic, which says nothing of MSF
// (before this round: no source mentions msf). A phrase found by chance
// far from the question's words is no spelling-out.
func TestReviewFortyAcronymSpelledByChanceElsewhere(t *testing.T) {
	ix := quietIndex(t, "",
		"The farms. Many small farms along the river draw water from open wells.",
		"The clinic. The field clinic at Reed Lane had 40 beds in May and 120 by June.",
		"The doses. The ministry received 1.6 million doses in June.",
	)
	if got := ix.Understand("MSF beds at the reed lane clinic").Text; strings.Contains(strings.ToLower(got), "small farms") {
		t.Errorf("MSF read as %q", got)
	}
	wantNotCovered(t, ix, "how many beds does msf run at reed lane?")
	wantNotCovered(t, ix, "MSF beds at the reed lane clinic")
}

// The acronym fallback takes the first run of words with the letters'
// initials in the source's order, not the one that names a thing of the
// question's kind: "rdt kits at reed lane clinic" is read as "Rising
// daily totals kits", from the passage before the one that writes "rapid
// diagnostic tests" (the source's only spelling of RDT as a term).
func TestReviewFortyAcronymFirstInSourceOrder(t *testing.T) {
	ix := quietIndex(t, "",
		"The river. Rising daily totals of cases were reported along the river in May.",
		"The tests. The ministry ordered 50,000 rapid diagnostic tests in May, which arrived in June.",
		"The clinic. The field clinic at Reed Lane tested 300 patients a day in June with kits from the ministry.",
	)
	for _, q := range []string{"rdt kits at reed lane clinic", "how many rdt kits did the reed lane clinic use a day?"} {
		if got := ix.Understand(q).Text; !strings.Contains(got, "rapid diagnostic tests") {
			t.Errorf("%q: rdt read as %q", q, got)
		}
	}
}

// A clause "whose terms are confidential" keeps back the terms (the sum),
// not who paid nor how many were paid; but it is now read with the
// clause before it for any question on who and for any count, so "who
// compensated the families of the dead?" and "how many families got
// compensation?" are declined as not made public, though the sentence
// says VTG and the HRA paid three families (both answered before this
// round).
func TestReviewFortyConfidentialTermsKeepBackOnlyTheSum(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Tunnelling Group, VTG]\nholm: [Holm Rail Authority, HRA]\n",
		"The families. VTG and the HRA have both paid compensation to the three families of the dead under an agreement reached in 2022, whose terms are confidential.",
		"The claims. VTG claims EUR 9.4 billion from the HRA for the fault zone.",
	)
	wantFirst(t, ix, "who compensated the families of the dead?", "p1")
	wantFirst(t, ix, "how many families got compensation?", "p1")
	wantFirst(t, ix, "how many families were paid compensation?", "p1")
}

// pointsBackRE takes a clause opening with "it" or "they" as pointing
// back to what the clause before tells of, though there it is the
// subject, not the thing kept back: "VTG paid the families EUR 2.1
// million in 2022, and it has not said whether it will appeal the
// ruling" gives the sum, and "how much did VTG pay the families?" is now
// declined as not made public (answered before this round).
func TestReviewFortySubjectPronounPointsBackToNothingKept(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Tunnelling Group, VTG]\n",
		"The payment. VTG paid the families EUR 2.1 million in 2022, and it has not said whether it will appeal the ruling.",
		"The claims. VTG claims EUR 9.4 billion from the rail authority for the fault zone.",
	)
	wantFirst(t, ix, "how much did VTG pay the families?", "p1")
	wantFirst(t, ix, "how much did vtg pay to the families in 2022?", "p1")
}

// A clause pointing back to a figure ("that amount") is read as keeping
// back the figure even where the clause before gives it and what is kept
// back is something of it: "The HRA expects to pay EUR 4.2 billion on the
// contractor's claims, and it has not disclosed how that amount will be
// split between the years" answers "how much does the HRA expect to pay
// on the claims?" (as it did before this round), but is now declined.
func TestReviewFortyPointedBackFigureGivenBefore(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Rail Authority, HRA]\n",
		"The estimate. The HRA expects to pay EUR 4.2 billion on the contractor's claims, and it has not disclosed how that amount will be split between the years.",
		"The claims. The contractor claims EUR 9.4 billion from the HRA for the fault zone.",
	)
	wantFirst(t, ix, "how much does the hra expect to pay on the contractor's claims?", "p1")
	wantFirst(t, ix, "how much does the hra expect to pay out on the claims?", "p1")
}

// The new "name ... has withheld" pattern lets up to eight words of
// anything come between "name" and "has withheld", so it matches where
// the name is not what was withheld: a report that "names the three
// suppliers whose payments the utility has withheld" (and names them),
// or a utility that "changed its name to Kestrel Water after the outbreak
// and has withheld dividends since". Both sentences were answers before
// this round; now "who are the three suppliers in the audit?" and "what
// did the utility change its name to?" are declined as not made public.
func TestReviewFortyNameThenHasWithheldSomethingElse(t *testing.T) {
	audit := quietIndex(t, "",
		"The audit. The audit names the three suppliers whose payments the utility has withheld, Brask Pipe, Olm Valves and Tarn Meters, and puts the sum at EUR 2 million.",
		"The utility. The utility serves 40,000 homes.",
	)
	wantFirst(t, audit, "who are the three suppliers in the audit?", "p1")
	renamed := quietIndex(t, "",
		"The utility. The water utility changed its name to Kestrel Water after the outbreak and has withheld dividends since.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, renamed, "what did the utility change its name to?", "p1")
}

// A ", whose" clause is split off but never closed: in "The supplier,
// whose identity the ministry has withheld, was paid the full fee of EUR
// 1.2 million for the pipes in June", everything after "whose" is read as
// the clause that keeps something back, so the fee the main clause gives
// is declined as not made public (answered before this round). Only the
// supplier's identity is kept back.
func TestReviewFortyWhoseAsideRunsToTheSentencesEnd(t *testing.T) {
	ix := quietIndex(t, "",
		"The supplier. The supplier, whose identity the ministry has withheld, was paid the full fee of EUR 1.2 million for the pipes in June.",
		"The pipes. The pipes were laid in July.",
	)
	wantFirst(t, ix, "how much was the supplier paid for the pipes?", "p1")
	wantFirst(t, ix, "what fee did the supplier get for the pipes?", "p1")
}

// The new "terms ... confidential" pattern wants the noun right before
// the verb, so "the settlement's terms are confidential" keeps back the
// settlement but "the terms of the settlement are confidential", the
// commoner way to write it, does not: "how much was the families'
// settlement?" is declined as not made public on the one and answered on
// the other, though they say the same. (The older "released" pattern
// allows "of ..." between them.)
func TestReviewFortyTermsOfTheSettlementConfidential(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Tunnelling Group, VTG]\n",
		"The families. VTG paid compensation to the three families of the dead in 2022; the terms of the settlement are confidential.",
		"The claims. VTG claims EUR 9.4 billion from the rail authority for the fault zone.",
	)
	wantDeclined(t, ix, "how much was the families' settlement?", "not been made public")
}
