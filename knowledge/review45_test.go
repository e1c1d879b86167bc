package knowledge_test

import "testing"

// Review of round forty-five: each test is one finding where the three
// new rules (a part asked of a total that opens the question; an outcome
// asked by its noun; "which <kind of body or place>") decline a question
// the sources answer, or let through one they do not.

// Rule 1 (partAsked/partGiven), a false "not covered": the passage gives
// each state's share of the 31bn, but in its own verb ("Tarn has put in
// EUR 19bn and Vesk EUR 12bn"), so no clause with a part shares a word
// with the question ("paid", "state", "spent"), and the new opening cue
// ("of the 31bn spent so far, how much ...") declines it "as a whole".
// The round before answered it. An analyst who asks exactly the question
// the passage exists to answer is told the sources lack the split.
func TestReviewFortyFive_PartGivenInOtherWords(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn]\nvesk: [Vesk]\n",
		"The funding. Of the EUR 31bn spent on the tunnel so far, Tarn has put in EUR 19bn and Vesk EUR 12bn.",
		"The delays. The tunnel was due to open in 2028; the opening has slipped to 2031.",
	)
	wantFirst(t, ix, "of the 31bn spent so far, how much has each state paid in?", "p1")
}

// Rule 1, a false "not covered": "the total as the sources write it more
// exactly" is read as any figure that begins with the total's digits and
// a point, whatever its unit, so the museum's EUR 2.5m of a EUR 2bn
// budget counts as the 2bn itself and the only part given is thrown away.
// Both "of the 2bn budget, how much ..." and the older "how much of the
// 2bn ..." are now declined "as a whole" though the passage gives the
// museum's share (both were answered before).
func TestReviewFortyFive_PartInSmallerUnitIsNoTotal(t *testing.T) {
	ix := quietIndex(t, "",
		"The budget. The city's budget for 2026 is EUR 2bn; the new museum gets EUR 2.5m of it.",
		"The council. The council has 41 members and meets monthly.",
	)
	wantFirst(t, ix, "Of the 2bn budget, how much goes to the new museum?", "p1")
	wantFirst(t, ix, "how much of the 2bn budget goes to the new museum?", "p1")
}

// Rule 1, let through: the new cue wants a digit (or $€£) straight after
// "of the", so a total written with its currency code, as these sources
// and their readers write it ("of the EUR 31bn"), is not read as a total
// asked a part of. The passage gives only the 31bn shared between the
// two states (and an unrelated 9bn still to come), yet the question is
// answered as though it gave each state's share; "of the 31bn ..." on
// the same passage is declined.
func TestReviewFortyFive_PartTotalWithCurrencyCode(t *testing.T) {
	ix := quietIndex(t, "",
		"The tunnel. Some EUR 31bn has been spent on the tunnel so far, shared between the two states under the 2011 treaty. A further EUR 9bn is budgeted for the years to 2030.",
		"The port. The port handled 4m containers last year.",
	)
	wantDeclined(t, ix, "Of the EUR 31bn spent so far, how much has each state paid in?", "as a whole")
}

// Rule 2 (outcome by its noun), a false "not covered": the sentence read
// is the one with the noun "ruling", which here is the ruling on the
// appeal still to come; the sentence before tells the outcome the
// question asks (Holm lost its challenge in the district court). The
// keyword question is now declined "still to come" where it was answered.
func TestReviewFortyFive_OutcomeNounOfALaterRuling(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Build, Holm]\n",
		"The arbitration. Holm filed a request for arbitration on 12 January 2026, claiming EUR 9bn.",
		"The appeal. Holm lost its challenge to the fine in the district court on 4 May 2026. It has appealed, and a ruling on the appeal is expected by the end of 2026.",
	)
	wantFirst(t, ix, "district court ruling on holm fine challenge outcome", "p2")
}

// Rule 2, a false "not covered": the verdict is given ("found Ola Brenn
// guilty"), but the only sentence with the noun "verdict" says it is
// expected to be appealed, so "what was the verdict" is declined as
// still to come. Appeals are reported after nearly every verdict; a
// user is told the sources cannot say whether the trial ended.
func TestReviewFortyFive_OutcomeVerdictToBeAppealed(t *testing.T) {
	ix := quietIndex(t, "ola: [Ola Brenn, Brenn]\n",
		"The trial. The jury found Ola Brenn guilty of fraud on 3 May 2026. Brenn's lawyers are expected to appeal the verdict.",
		"The charges. Brenn was charged in 2024 with diverting EUR 4m from the Tarn pension fund.",
	)
	wantFirst(t, ix, "brenn fraud trial verdict?", "p1")
	wantFirst(t, ix, "what was the verdict in brenn's fraud trial?", "p1")
}

// Rule 2's change to doneIn, a false "not covered": "determiners" holds
// "which", "that", "what", "all", "one", ..., not only articles, so a
// relative clause ("the tribunal, which upheld the fine") no longer tells
// the verb as done. One of the outcomes offered is told as done in so
// many words, and the question is declined "still to come" (it was
// answered before). doneIn serves other rules too.
func TestReviewFortyFive_DoneAfterWhich(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Build, Holm]\n",
		"The fine. Holm lost before the competition tribunal, which upheld the EUR 3m fine in March; an appeal is expected to be heard in 2027.",
		"The levy. The tourist levy was debated for a year before the council passed it.",
	)
	wantFirst(t, ix, "tribunal ruling on the holm fine - upheld or cut?", "p1")
}

// Rule 2, let through: a participle that qualifies a noun is set aside
// only after a determiner, so "a ruling on Holm's expedited claim is
// expected by the end of 2026" (or "the separate expedited claim") still
// reads "expedited" as done, and the ruling still to come is answered as
// though the sources told its outcome. The round's own example with
// "the expedited claim" is declined.
func TestReviewFortyFive_OutcomeParticipleAfterPossessive(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) on 12 January 2026, claiming EUR 9bn, and the unpaid EUR 1.4bn of an earlier award as a separate, expedited claim. A ruling on Holm's expedited claim is expected by the end of 2026.",
		"The appeal. Holm also appealed a fine of EUR 3m in the district court. The court ruled on the fine appeal on 4 May 2026, cutting the fine to EUR 1m.",
	)
	wantDeclined(t, ix, "scia ruling on 1.4bn expedited claim outcome", "still to come")
}

// Rule 2, let through: the sentence read is the one with the question's
// own outcome noun, so asking for the "decision" (or "verdict") where the
// source writes "ruling" falls back to the sentence with most of the
// question's words and is answered, on the round's own passage, where
// "scia ruling on ..." is declined. Users do not echo the sources' noun.
func TestReviewFortyFive_OutcomeNounOtherThanTheSources(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) on 12 January 2026, claiming EUR 9bn, and the unpaid EUR 1.4bn of an earlier award as a separate, expedited claim. The tribunal has set the hearing for November 2027, and a ruling on the expedited claim is expected by the end of 2026.",
		"The appeal. Holm also appealed a fine of EUR 3m in the district court. The court ruled on the fine appeal on 4 May 2026, cutting the fine to EUR 1m.",
	)
	wantDeclined(t, ix, "scia decision on 1.4bn expedited claim outcome", "still to come")
}

// Rule 3 (kindUnnamed), a false "not covered": the firm is named in the
// sentence before ("carried out by Nordvik Partners"), and the sentence
// that tells what was found goes on from it by "The auditors", a noun
// for the body that is not in namedBodies, so the name is not looked
// for there. Answered before; now "The sources do not say which firm."
func TestReviewFortyFive_KindNamedBeforeByAnotherNoun(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The audit. The forensic audit was carried out by Nordvik Partners. The auditors found that the attackers had been inside the network for six weeks.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which firm found the attackers had been inside the network for six weeks?", "p2")
}

// Rule 3, a false "not covered": the sentence after the one on the
// alerts names the contractor, but it opens on a name ("Vik later named
// the contractor as Nordvik Partners"), not a pronoun, so it is never
// read. Reports often name a body a sentence later; the question was
// answered before and is now declined "which outside IT contractor".
func TestReviewFortyFive_KindNamedInTheNextSentence(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The alerts. Two alerts were closed as false positives by an outside IT contractor. Vik later named the contractor as Nordvik Partners.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which outside IT contractor closed the two alerts?", "p2")
}

// Rule 3, let through: any capitalised word not first in its sentence
// counts as a name, so a currency code before its figure ("the EUR 2m
// contract") or a weekday ("on Tuesday") is taken as naming the body
// asked, and the question is answered from a sentence that names none.
// The same passages without "EUR 2m" / "on Tuesday" are declined.
func TestReviewFortyFive_KindCurrencyOrWeekdayIsNoName(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The contract. The EUR 2m contract to rebuild the billing system went to an outside IT firm.",
		"The newspaper. The breach was first reported on Tuesday by a regional newspaper.",
	)
	wantDeclined(t, ix, "which IT firm won the contract to rebuild the billing system?", "which IT firm")
	wantDeclined(t, ix, "which newspaper first reported the breach?", "which newspaper")
}

// Rule 3, let through: the sources' main subject is set aside only as an
// owner ("Vik's provider"), so the same subject as the client in a
// relative clause ("an outside IT contractor that Vik Water hired")
// counts as naming the contractor. This is the round's own question on
// the commonest way of writing it; without "that Vik Water hired" it is
// declined.
func TestReviewFortyFive_KindMainSubjectAsClient(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The alerts. Two alerts were closed as false positives by an outside IT contractor that Vik Water hired in 2023.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantDeclined(t, ix, "which outside IT contractor closed the two alerts?", "which outside IT contractor")
}
