package knowledge_test

import "testing"

// Third review of round forty-five: each test is one finding where the
// three rules of the round, as mended in 7ebbf14 (a part asked of a total
// that opens the question; an outcome asked by its noun; "which <kind of
// body or place>"), decline a question the sources answer, or let through
// one they do not. Each comment says whether the round made it so (a
// regression: the code before the round, 7e57e86, answered, or declined,
// right) or the gap is older.

// Rule 3 (namesNew), a false "not covered", regression: a capitalised
// first word that is also an English word is never a name, even where it
// is followed at once by the description of the body in apposition
// ("Apex, an outside IT contractor, closed ..."). This is the commonest
// way a report introduces a firm, and names such as Apex, Summit, Crest
// or Beacon are everywhere; the question was answered before the round
// and is now told "The sources do not say which outside IT firm."
func TestReviewFortyFiveC_KindNameWordOpensWithDescription(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The alerts. Apex, an outside IT contractor, closed two alerts as false positives in April 2025.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which outside IT firm closed the two alerts?", "p2")
}

// Rule 3 (describedBodyRE), a false "not covered", regression: any
// possessive before a body noun reads as a body described, not named, so
// "Tarn's finance ministry" is taken as unnamed; but a ministry (a court,
// a port authority) is named by its lower-case title, and "the finance
// ministry" is exactly the answer to "which ministry". The mend of the
// second review (KindNamedByItsTitle) only covers the title after "the";
// after the country's name it is declined again. Answered before.
func TestReviewFortyFiveC_KindTitleAfterPossessive(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn]\n",
		"The levy. The tourist levy was drafted by Tarn's finance ministry and passed by the council in March.",
		"The port. The port of Tarn handled 3m tonnes of grain last year.",
	)
	wantFirst(t, ix, "which ministry drafted the tarn tourist levy?", "p1")
}

// Rule 3 (kindUnnamed), a false "not covered", regression: the sentence
// before is read only where the sentence on what is asked opens on a
// pronoun or "The"; one that opens on a date ("In April 2025 two alerts
// were closed ... by Vik's monitoring contractor") is read alone, though
// the sentence right before names the contractor ("outsourced its
// security monitoring to Nordvik Partners"). A possessive description
// ("Vik's monitoring contractor") is how reports refer back to a firm
// just named; the question was answered before the round.
func TestReviewFortyFiveC_KindNamedBeforeByDateSentence(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The alerts. Vik has outsourced its security monitoring to Nordvik Partners since 2023. In April 2025 two alerts were closed as false positives by Vik's monitoring contractor.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which firm closed the two alerts?", "p2")
}

// Rule 3 (namesNew), a false "not covered", regression: only a word that
// opens with a capital letter is a name, so a firm whose name opens in
// lower case ("eSekura", as with many security and tech brands) named in
// apposition right after the description is not seen, and the question
// is declined "The sources do not say which outside IT firm" though the
// sentence names it. Answered before the round.
func TestReviewFortyFiveC_KindNameInLowerCaseBrand(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The alerts. Two alerts were closed as false positives by an outside IT contractor, eSekura.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantFirst(t, ix, "which outside IT firm closed the two alerts?", "p2")
}

// Rule 3, let through, an older gap: any capitalised word counts as
// naming the body, so the place it is based in ("an outside IT firm based
// in Tallinn") is taken for its name, and the question is answered from
// a sentence that does not say which firm. Where a body is, is not which
// it is; answered (wrongly) before the round as now.
func TestReviewFortyFiveC_KindPlaceIsNoName(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May 2025, and customer records were stolen.",
		"The alerts. Two alerts were closed as false positives by an outside IT firm based in Tallinn.",
		"The cost. Vik Water puts the cost of the attack at EUR 97m.",
	)
	wantDeclined(t, ix, "which outside IT firm closed the two alerts?", "which outside IT firm")
}

// Rule 2 (outcomeDoneRE), a false "not covered", regression: an outcome
// counts as told given only by a court's verbs ("ruled", "upheld", "found
// for" ...), not by what a party did ("Holm lost the pension case at the
// High Court") nor by "refused"/"granted"/"denied"/"won"/"settled"/
// "approved". And an awaited ruling on another claim of the same party
// ("a ruling on Holm's main claim") counts as on what is asked, as it
// shares "Holm". Both questions were answered before the round, and the
// sources tell the outcome asked plainly; now "still to come".
func TestReviewFortyFiveC_OutcomeLostOrRefused(t *testing.T) {
	lost := quietIndex(t, "holm: [Holm Build, Holm]\n",
		"The pensions. Holm lost the pension case at the High Court in March 2026 and has appealed; a ruling on the pension case from the Supreme Court is expected in 2027.",
		"The levy. The tourist levy was debated for a year before the council passed it.",
	)
	wantFirst(t, lost, "high court ruling on holm pension case outcome", "p1")
	refused := quietIndex(t, "holm: [Holm Build, Holm]\n",
		"The injunction. The district court refused Holm's request for an injunction in March 2026. A ruling on Holm's main claim is expected in 2027.",
		"The levy. The tourist levy was debated for a year before the council passed it.",
	)
	wantFirst(t, refused, "district court ruling on holm injunction outcome", "p1")
}

// Rule 2 (awaitedOutcome), a false "not covered", regression: only the
// best passage is read for an outcome given, so where the background
// passage says the ruling "is expected by the end of 2026" and a later
// update passage tells it ("the SCIA tribunal awarded Holm the full EUR
// 1.4bn on the expedited claim"), the question is declined "still to
// come". Curated sources are often a background piece plus updates;
// before the round it was answered (if citing p1 first, an older flaw),
// now the outcome the update tells is denied outright.
func TestReviewFortyFiveC_OutcomeGivenInLaterPassage(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) on 12 January 2026, claiming EUR 9bn, and the unpaid EUR 1.4bn of an earlier award as a separate, expedited claim. A ruling on the expedited claim is expected by the end of 2026.",
		"Update, December 2026. The SCIA tribunal awarded Holm the full EUR 1.4bn on the expedited claim on 3 December.",
	)
	wantFirst(t, ix, "scia ruling on 1.4bn expedited claim outcome", "p2")
}

// Rule 2 (awaitedRE, awaitedVerbRE), let through, an older gap: an
// outcome is awaited only as "is (now|still) expected/due" or "is
// expected to rule", so the same news as "is not expected before
// mid-2027" or "the tribunal will rule on ... by the end of 2026" is
// answered as though the sources told how the claim was decided.
// Answered (wrongly) before the round too.
func TestReviewFortyFiveC_OutcomeAwaitedNegatedOrWill(t *testing.T) {
	negated := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) on 12 January 2026, claiming EUR 9bn, and the unpaid EUR 1.4bn of an earlier award as a separate, expedited claim. A ruling on the expedited claim is not expected before mid-2027.",
		"The appeal. Holm also appealed a fine of EUR 3m in the district court. The court ruled on the fine appeal on 4 May 2026, cutting the fine to EUR 1m.",
	)
	wantDeclined(t, negated, "scia ruling on 1.4bn expedited claim outcome", "still to come")
	will := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) on 12 January 2026, claiming EUR 9bn, and the unpaid EUR 1.4bn of an earlier award as a separate, expedited claim. The tribunal will rule on the expedited claim by the end of 2026.",
		"The appeal. Holm also appealed a fine of EUR 3m in the district court. The court ruled on the fine appeal on 4 May 2026, cutting the fine to EUR 1m.",
	)
	wantDeclined(t, will, "scia ruling on 1.4bn expedited claim outcome", "still to come")
}

// Rule 1 (partGiven), a false "not covered", regression: the parts are
// looked for only in the total's sentence and the next, so one sentence
// between them ("Almost all of it has come from the two states.") hides
// "Tarn has put in EUR 19bn and Vesk EUR 12bn", which is exactly the
// answer. Reports often put a summary sentence between a total and its
// breakdown; answered before the round, now "as a whole".
func TestReviewFortyFiveC_PartsTwoSentencesOn(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn]\nvesk: [Vesk]\n",
		"The funding. Some EUR 31bn has been spent on the tunnel so far. Almost all of it has come from the two states. Tarn has put in EUR 19bn and Vesk EUR 12bn.",
		"The delays. The tunnel was due to open in 2028; the opening has slipped to 2031.",
	)
	wantFirst(t, ix, "of the 31bn spent so far, how much has each state paid in?", "p1")
}

// Rule 1 (splitsTotal, shareOfItRE), a false "not covered", regression:
// a split told as one sum and "the rest" ("Tarn has put in EUR 19bn, with
// Vesk covering the rest") has only one sum in the total's magnitude and
// no share splitsTotal or shareOfItRE knows, and no clause has a word of
// the question, so the sources are said to give the 31bn "as a whole,
// not its parts" though they give both parts. Answered before the round.
func TestReviewFortyFiveC_PartsTheRest(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn]\nvesk: [Vesk]\n",
		"The funding. Some EUR 31bn has been spent on the tunnel so far. Tarn has put in EUR 19bn, with Vesk covering the rest.",
		"The delays. The tunnel was due to open in 2028; the opening has slipped to 2031.",
	)
	wantFirst(t, ix, "of the 31bn spent so far, how much has each state paid in?", "p1")
}

// Rule 1 (splitsTotal), let through, an older gap: any two sums in the
// total's magnitude after it that come to 90-102% of it are read as its
// parts, so sums still to be spent ("A further EUR 18bn is budgeted for
// 2027 and EUR 10bn for 2028", 28bn of 31bn) are taken as the split of
// what has been spent, and the question is answered from a passage that
// says nothing of who paid. Answered (wrongly) before the round too, when
// the opening "of the 31bn" was not read as asking a part at all.
func TestReviewFortyFiveC_PartsBudgetIsNoSplit(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn]\nvesk: [Vesk]\n",
		"The funding. Some EUR 31bn has been spent on the tunnel so far. A further EUR 18bn is budgeted for 2027 and EUR 10bn for 2028.",
		"The delays. The tunnel was due to open in 2028; the opening has slipped to 2031.",
	)
	wantDeclined(t, ix, "of the 31bn spent so far, how much has each state paid in?", "as a whole")
}
