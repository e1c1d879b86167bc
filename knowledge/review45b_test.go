package knowledge_test

import "testing"

// Second review of round forty-five: each test is one finding where the
// three rules of the round, as mended in d9075b5 (a part asked of a total
// that opens the question; an outcome asked by its noun; "which <kind of
// body or place>"), decline a question the sources answer, or let through
// one they do not. Each comment says whether the round made it so (a
// regression: the code before the round answered, or declined, right) or
// the gap is older.

// Rule 1 (partAsked/partGiven), a false "not covered", regression: the
// mend reads a split only where one sentence opens "Of the EUR 31bn ..."
// and names the parts; reports as often give the total in one sentence
// and its parts in the next, in their own verb ("Tarn has put in EUR 19bn
// and Vesk EUR 12bn"), which shares no word with "paid in", "state" or
// "country". The question that opens on the total is now declined "as a
// whole" though the next sentence is exactly its answer (answered before
// the round).
func TestReviewFortyFiveB_PartsInTheNextSentence(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn]\nvesk: [Vesk]\n",
		"The funding. Some EUR 31bn has been spent on the tunnel so far. Tarn has put in EUR 19bn and Vesk EUR 12bn.",
		"The delays. The tunnel was due to open in 2028; the opening has slipped to 2031.",
	)
	wantFirst(t, ix, "of the 31bn spent so far, how much has each state paid in?", "p1")
	wantFirst(t, ix, "of the EUR 31bn spent so far, how much has each country contributed?", "p1")
}

// Rule 1, a false "not covered", regression: a part given as a share of
// the total, not as a sum, is no part to partGiven unless it is a
// percentage with "went to" or "of it": "two-thirds of it by Tarn" has
// no digits, and "60% of the cost" no verb it knows. An analyst who asks
// how much of the 31bn came from Tarn is told the sources give only the
// whole, where they say two-thirds (or 60%) of it; the round before
// answered both.
func TestReviewFortyFiveB_PartGivenAsAShare(t *testing.T) {
	fraction := quietIndex(t, "tarn: [Tarn]\nvesk: [Vesk]\n",
		"The funding. Some EUR 31bn has been spent on the tunnel so far, two-thirds of it by Tarn.",
		"The delays. The tunnel was due to open in 2028; the opening has slipped to 2031.",
	)
	wantFirst(t, fraction, "of the 31bn spent so far, how much came from tarn?", "p1")
	percent := quietIndex(t, "tarn: [Tarn]\nvesk: [Vesk]\n",
		"The funding. Some EUR 31bn has been spent on the tunnel so far. Tarn has borne 60% of the cost and Vesk 40%.",
		"The delays. The tunnel was due to open in 2028; the opening has slipped to 2031.",
	)
	wantFirst(t, percent, "of the 31bn spent so far, how much came from tarn?", "p1")
}

// Rule 2 (awaitedOutcome), a false "not covered", regression: any
// outcome's noun told as awaited counts ("a ruling on the fine is
// expected in 2027", the next court's), but an outcome counts as told
// given only by the verb of the noun asked (resultVerbs: "ruling" ->
// "ruled", "decision" -> "decided"; "judgment" none). Courts' outcomes
// are reported by what they did: "upheld the fine", "found for the
// pensioners", and a "decision" asked where the sources write "ruled".
// Each question below was answered before the round and is now declined
// "still to come", though the outcome asked is told in so many words.
func TestReviewFortyFiveB_OutcomeGivenByAnotherVerb(t *testing.T) {
	upheld := quietIndex(t, "holm: [Holm Build, Holm]\n",
		"The fine. The competition tribunal upheld the EUR 3m fine on Holm in March 2026. Holm has taken the case to the Supreme Court, where a ruling on the fine is expected in 2027.",
		"The levy. The tourist levy was debated for a year before the council passed it.",
	)
	wantFirst(t, upheld, "tribunal ruling on the holm fine outcome", "p1")
	ruled := quietIndex(t, "holm: [Holm Build, Holm]\n",
		"The appeal. Holm also appealed a fine of EUR 3m in the district court. The court ruled on the fine appeal on 4 May 2026, cutting the fine to EUR 1m. Holm has appealed again, and a ruling on the fine by the supreme court is expected in 2027.",
		"The levy. The tourist levy was debated for a year before the council passed it.",
	)
	wantFirst(t, ruled, "district court ruling on holm fine appeal outcome", "p1") // answered: "ruled" is the verb of "ruling"
	wantFirst(t, ruled, "district court decision on holm fine appeal outcome", "p1")
	wantFirst(t, ruled, "district court verdict on holm fine appeal?", "p1")
	foundFor := quietIndex(t, "tarn: [Tarn]\n",
		"The pensions. The High Court found for the pensioners in March 2026, ordering Tarn to restore EUR 400m to the pension fund. Tarn has appealed, and a judgment on the pension case from the Supreme Court is expected in 2027.",
		"The levy. The tourist levy was debated for a year before the council passed it.",
	)
	wantFirst(t, foundFor, "high court ruling in tarn pension case outcome", "p1")
}

// Rule 2, let through, an older gap: the rule knows an outcome as awaited
// only as "a ruling ... is (now|still) expected", so the same news in
// other common words ("a decision on the expedited claim is due by the
// end of 2026", "the tribunal is expected to rule on ...") is answered
// as though the sources told how the claim was decided. It was answered
// before the round too; the round's own example in these words is not
// declined.
func TestReviewFortyFiveB_OutcomeAwaitedInOtherWords(t *testing.T) {
	due := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) on 12 January 2026, claiming EUR 9bn, and the unpaid EUR 1.4bn of an earlier award as a separate, expedited claim. The hearing is set for November 2027; a decision on the expedited claim is due by the end of 2026.",
		"The appeal. Holm also appealed a fine of EUR 3m in the district court. The court ruled on the fine appeal on 4 May 2026, cutting the fine to EUR 1m.",
	)
	wantDeclined(t, due, "scia ruling on 1.4bn expedited claim outcome", "still to come")
	toRule := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) on 12 January 2026, claiming EUR 9bn, and the unpaid EUR 1.4bn of an earlier award as a separate, expedited claim. The tribunal is expected to rule on the expedited claim by the end of 2026.",
		"The appeal. Holm also appealed a fine of EUR 3m in the district court. The court ruled on the fine appeal on 4 May 2026, cutting the fine to EUR 1m.",
	)
	wantDeclined(t, toRule, "scia ruling on 1.4bn expedited claim outcome", "still to come")
}

// Rule 3 (namesNew), a false "not covered", regression: a capitalised
// first word of a sentence that is also an English word is no name, and
// the kind's own word is the question's, so "Summit Bank arranged ..."
// names nothing. Names such as Summit, Crest, Standard, Northern or
// Pioneer open report sentences all the time; "which bank arranged vik's
// bridge loan?" is now told the sources do not say which bank.
func TestReviewFortyFiveB_KindNameOpensTheSentence(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The loan. Summit Bank arranged a bridge loan of EUR 1bn for Vik in June.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which bank arranged vik's bridge loan?", "p2")
}

// Rule 3 (namesNew), a false "not covered", regression: a capitalised
// word right after a figure is taken for a unit ("140 GB"), and a year is
// a figure, so "Since 2023 Ostrander has run Vik's IT systems" names no
// firm. Sentences that open on a year or a date ("In 2024 Holm ...",
// "By 2027 Crest ...") are among the commonest in reports; the question
// was answered before the round.
func TestReviewFortyFiveB_KindNamedAfterAYear(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The IT. Since 2023 Ostrander has run Vik's IT systems.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which firm runs vik's IT systems?", "p2")
}

// Rule 3, a false "not covered", regression: only a capitalised word is a
// name, but courts and ministries are named in reports by their title in
// lower case ("the district court", "the finance ministry"), and that
// title is the answer to "which court" or "which ministry". Both
// questions were answered before the round and are now declined "The
// sources do not say which court/ministry."
func TestReviewFortyFiveB_KindNamedByItsTitle(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Build, Holm]\n",
		"The fine. Holm's EUR 3m fine was upheld by the district court in May 2026.",
		"The levy. The tourist levy was drafted by the finance ministry and passed by the council in March.",
	)
	wantFirst(t, ix, "which court upheld holm's fine?", "p1")
	wantFirst(t, ix, "which ministry drafted the tourist levy?", "p2")
}

// Rule 3, a false "not covered", regression: the sources' main subject as
// the owner of another thing ("Vik Water's network") is set aside as no
// name, even where the main subject is itself the body asked: "which
// water company was hit?" is answered by "Vik Water's network was
// breached". The sources are about Vik Water, and the first thing an
// analyst new to them asks is now declined "The sources do not say which
// water company."
func TestReviewFortyFiveB_KindIsTheMainSubject(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached by ransomware in May 2025, and customer records were stolen.",
		"The loan. Summit Bank arranged a bridge loan of EUR 1bn for Vik in June.",
		"The alerts. Vik hired Ostrander Systems in 2023 to run its IT.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which water company was hit by ransomware?", "p1")
	wantFirst(t, ix, "which company had customer records stolen?", "p1")
}

// Rule 3, a false "not covered", regression: the sentence before is read
// only as far as one sentence back, so a body named two sentences before
// what is asked ("carried out by Nordvik Partners. It began in June 2025
// and lasted three months. The auditors found ...") is not seen, and the
// sentence between names only a month. Reports often put a sentence of
// dates or scope between the body and what it did; answered before the
// round.
func TestReviewFortyFiveB_KindNamedTwoSentencesBefore(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The audit. The forensic audit was carried out by Nordvik Partners. It began in June 2025 and lasted three months. The auditors found that the attackers had been inside the network for six weeks.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which firm found the attackers had been inside the network for six weeks?", "p2")
}

// Rule 3 (bodyAskedRE), a false "not covered", regression: a kind's word
// that only qualifies the noun asked ("which city districts", "which
// port facilities", "which bank accounts") is read as asking for a city
// by name. The passage says which districts lost power (the northern and
// western ones), and the question is now declined "The sources do not
// say which city."
func TestReviewFortyFiveB_KindWordQualifiesAnotherNoun(t *testing.T) {
	ix := quietIndex(t, "",
		"The storm. The storm damaged the container cranes and two grain silos at the port of Tarn.",
		"The power. Power was cut in the northern and western districts of the city for two days.",
	)
	wantFirst(t, ix, "which city districts lost power?", "p2")
}

// Rule 3, let through, an older gap: any capitalised word counts as
// naming the body asked, so the body or person a sentence cites as its
// source ("according to the NCSA", "Ada Lind, Vik's chief executive, told
// MPs") is taken for the outside IT firm, and the question is answered
// from a sentence that does not say which firm. Attribution of this kind
// is in most report sentences; answered before the round as now.
func TestReviewFortyFiveB_KindAttributionIsNoName(t *testing.T) {
	ncsa := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The alerts. Two alerts were closed as false positives by an outside IT firm, according to the NCSA.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantDeclined(t, ncsa, "which outside IT firm closed the two alerts?", "which outside IT firm")
	told := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The alerts. Two alerts were closed as false positives by an outside IT firm, Ada Lind, Vik's chief executive, told MPs.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantDeclined(t, told, "which outside IT firm closed the two alerts?", "which outside IT firm")
}
