package knowledge_test

import "testing"

// Second reading of round 33. Each test is a question an analyst would
// ask, or a sentence a source would write, that the round's rules now get
// wrong; each was answered right before the round (at 1a69dc3). All
// sources are made up and published 2023-05-02 (validSource).

// backgroundUngiven reads any question with "background", "track record"
// or "tenure" as one after a person's past, and declines it unless a
// sentence with all its salient words has a word of a career. So the
// background of an event ("holm strike background", which the desk
// shorthand "bg" makes too), a company's track record and a chief's
// tenure are now declined with "The sources do not give holm's
// background." The passages that tell them should be cited, as they were.
func TestReview33BackgroundOfAThingIsNoOnesPast(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\n",
		"The strike. Holm dockers walked out in March 2022 over pay. The dispute began when Holm Water froze wages for a third year and cut night-shift bonuses.",
		"Safety. Holm's dams have not failed once in 60 years; its Riga dam survived the 2010 flood intact.",
		"The chief. Ada Tarn became Holm's chief executive in 2019 and has cut its debt by half.",
	)
	wantFirst(t, ix, "holm strike background", "p1")
	wantFirst(t, ix, "background to the holm strike?", "p1")
	wantFirst(t, ix, "holm strike bg", "p1")
	wantFirst(t, ix, "holm track record on dam safety", "p2")
	wantFirst(t, ix, "holm ceo tenure", "p3")
}

// backgroundAskedRE takes "do ... before" as a question after someone's
// career, so "what did holm do before the strike?", which asks what a
// party did ahead of an event, is declined with "The sources do not give
// holm's background" though the passage says exactly what Holm did before
// the strike. It should be answered from that passage.
func TestReview33WhatWasDoneBeforeAnEventIsNoCareer(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\n",
		"The strike. Before the strike, Holm Water raised night-shift pay by 3% and hired 200 temporary dockers.",
	)
	wantFirst(t, ix, "what did holm do before the strike?", "p1")
	wantFirst(t, ix, "what was holm doing before the strike?", "p1")
}

// careerRE knows "previously", "former", "joined", "before joining" but
// not the plainest ways a source tells a career: "ran X from 2010 to
// 2018", "Before Holm, she was ...", "after a decade at X". So a person's
// background that the sources give is declined as not given (and for Ada
// Tarn the reason even names "ada's background"). The passage that tells
// the past should be cited.
func TestReview33PastToldWithoutCareerWords(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\nriga-port: [Riga port authority, Riga port]\n",
		"The board. Holm's chair, Bo Vik, ran the Riga port authority from 2010 to 2018. Before Holm, she was a partner at a law firm in Oslo.",
		"The chief. Ada Tarn became Holm's chief executive in 2019 after a decade at the Riga port authority.",
	)
	wantFirst(t, ix, "bo vik background", "p1")
	wantFirst(t, ix, "what did bo vik do before holm?", "p1")
	wantFirst(t, ix, "bo vik prior role", "p1")
	wantFirst(t, ix, "ada tarn background", "p2")
}

// "bio" is now desk shorthand for "background" everywhere, so "bio" as in
// bio fuel becomes a question after Holm's past: "holm bio fuel source"
// is declined with "The sources do not give holm's background." The
// passage on Holm's bio fuel should be cited; "bio" means background only
// after a person's name, if at all.
func TestReview33BioFuelIsNoBiography(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\n",
		"The fuel. Holm's new plant in Riga burns bio-oil and wood pellets; its bio fuel comes from sawmills in the north.",
	)
	wantFirst(t, ix, "holm bio fuel source", "p1")
}

// worldCurrencyAsked takes any capitalised word after "in" that ends an
// ISO 4217 name and is rare in SCOWL (or a name, level 0) as a currency:
// "in Balboa" (Panama's port), "in Omani ports". So a question on a place
// asks a sum in its "currency": the sum in dollars is declined ("The
// sources give this in dollars, not in balboa"), and a question that asks
// no sum at all ("who runs ... in Balboa?") is made a question on money
// and declined. A word that names a place, or an adjective before a noun,
// is no currency asked; these should be answered as before.
func TestReview33PlaceNamedLikeACurrencyIsNoCurrency(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn Capital, Tarn]\n",
		"The stake. Tarn Capital invested USD 300m in its container terminal in Balboa in 2021.",
		"The ports. Tarn Capital invested USD 120m in Omani ports in 2020.",
		"The manager. Tarn Capital's container terminal in Balboa is run by Ada Lind, a port engineer.",
	)
	wantFirst(t, ix, "tarn terminal investment in Balboa", "p1")
	wantFirst(t, ix, "how much did tarn invest in Omani ports?", "p2")
	wantFirst(t, ix, "who runs tarn's terminal in Balboa?", "p3")
}

// worldCurrencyAsked takes any three capitals after "in" that are an ISO
// 4217 code as a currency, so "in IRR" (internal rate of return, which
// analysts write so) is read as Iranian rials: a keyword question on the
// drop in a project's IRR is made one on a sum and declined with "The
// sources give no amount of money for this", though the passage gives
// the IRR. It should be answered from the passage.
func TestReview33IRRIsNoCurrency(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Energy, Holm]\n",
		"The returns. The Holm wind farm's IRR fell from 9% to 6.5% after the tariff cut in 2022.",
	)
	wantFirst(t, ix, "holm wind farm fall in IRR", "p1")
	wantFirst(t, ix, "holm wind farm change in IRR after the tariff cut", "p1")
}

// A keyword question with "final" or "decision" (resultAskedRE) is now
// taken as one after an outcome, even where it asks a date ("final
// deadline", "decision date", Wants date): the passage gives the date as
// still to come, so the question is declined as pending ("The sources
// tell of it only as still to come") though the date is what was asked
// and the sources give it. A question that asks a date is answered by it.
func TestReview33KeywordDeadlineIsNoOutcome(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn Ports, Tarn]\n",
		"The bids. Tarn must decide by 30 June whether to bid for the Riga concession; the final deadline for bids is 15 July.",
	)
	wantFirst(t, ix, "riga concession final deadline", "p1")
	wantFirst(t, ix, "tarn decision deadline", "p1")
	wantFirst(t, ix, "riga concession decision date", "p1")
}

// pendingRE now takes "asked X to approve" as telling the approval as
// still to come, and doneRE knows "approved in" but not "granted": a
// sentence that tells the request and, in its next clause, the decision
// ("and Holm granted 2.5% in March") makes "did holm approve the tarn
// surcharge?" pending. The sentence answers it (partly: 2.5%, not 4.1%)
// and should be cited.
func TestReview33RequestThenGrantedIsNoPending(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Regulator, Holm]\ntarn: [Tarn Water, Tarn]\n",
		"The surcharge. In January Tarn Water asked Holm to approve a 4.1% surcharge, and Holm granted 2.5% in March.",
	)
	wantFirst(t, ix, "did holm approve the tarn surcharge?", "p1")
	wantFirst(t, ix, "holm final approved surcharge %", "p1")
}

// pendingRE now takes "the chance that" as telling an event as still to
// come, even in a sentence that tells the odds as they were and then the
// outcome ("had put the chance that the board would approve the sale ...
// at 40%, but the sale went through 7-2"): "was the riga depot sale
// approved?" and "riga depot sale result" are declined as pending. Odds
// told in the past perfect, followed by the outcome in the simple past, do
// not make an event pending; the sentence answers the question.
func TestReview33OddsThenDecidedIsNoPending(t *testing.T) {
	ix := quietIndex(t, "",
		"The depot. Analysts had put the chance that the board would approve the sale of the Riga depot at 40%, but the sale went through 7-2 at the March meeting.",
	)
	wantFirst(t, ix, "did the board approve the riga depot sale?", "p1")
	wantFirst(t, ix, "was the riga depot sale approved?", "p1")
	wantFirst(t, ix, "did the riga depot sale go through?", "p1")
	wantFirst(t, ix, "riga depot sale result", "p1")
}

// pendingRE now takes "due on" as telling a thing as still to come, and a
// keyword question with "findings" asks an outcome: a report "due on 31
// January" that "came out three weeks late and found ..." makes "holm
// inspection report findings" pending, though the sentence gives the
// findings. A day past (31 January, in a source of May) that the sentence
// tells in the simple past is no day to come.
func TestReview33DueOnThenDoneIsNoPending(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\n",
		"The inspectors. The inspectors' report on Holm Water, due on 31 January, came out three weeks late and found that Holm had skipped 40% of its pipe checks.",
	)
	wantFirst(t, ix, "holm inspection report findings", "p1")
	wantFirst(t, ix, "holm inspectors report findings", "p1")
}

// The new verbs of stance are nouns as often as verbs ("rail signals",
// "400 signals", "replies"), and "explain" is often no saying ("higher
// fuel costs explained half of the loss"); none is among pluralNouns or
// nounLemmas, so each of these sentences becomes a claim ("Holm Rail
// replaced 400" signals ...). "What did holm say about the signals?" is
// now answered by a sentence on replacing signals, which reports nothing
// Holm said, and "who said fuel costs explained the loss?" by a sentence
// that names no speaker. Both should be declined, as they were.
func TestReview33StanceVerbsThatAreNoSaying(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Rail, Holm]\n",
		"The outage. Holm's rail signals failed on 3 March, halting trains across Riga for a day.",
		"The upgrade. Holm Rail replaced 400 signals in 2022 at a cost of USD 30m.",
		"The losses. Higher fuel costs explained half of Holm's loss in 2022.",
	)
	wantDeclined(t, ix, "what did holm say about the signals?", "nothing Holm Rail said")
	wantDeclined(t, ix, "who said fuel costs explained the loss?", "who said it")
}

// terseSumRE makes a keyword question a question on a sum wherever a
// sum's noun is followed by "and", "vs", or the end: "costs vs benefits"
// (costs weighed, not a sum) and "flood toll" (deaths) are now declined
// with "The sources give no amount of money for this", though the
// passages answer them. Costs set against benefits, and a toll of a
// disaster, are no sums asked.
func TestReview33CostsAndTollsThatAreNoSums(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\n",
		"The bridge. The Vik bridge would cut travel times by an hour, but critics say its costs, including the loss of ferry jobs and damage to the fjord, outweigh the gains.",
		"The floods. The floods in Vik killed 41 people in 2021, the worst toll since 1953.",
	)
	wantFirst(t, ix, "vik bridge costs vs benefits", "p1")
	wantFirst(t, ix, "vik bridge costs and benefits?", "p1")
	wantFirst(t, ix, "vik flood toll", "p2")
}

// A keyword question on spending ("vik defence spending in 2022") is now
// a question on a sum, and a passage that gives the spending as a share
// of GDP ("2.1% of GDP") is no amount of money, so it is declined. Public
// spending is as often told as a share of output; the passage answers the
// question and should be cited, as it was.
func TestReview33SpendingToldAsAShareOfGDP(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\n",
		"Defence. Vik spent 2.1% of GDP on defence in 2022, up from 1.6% in 2021.",
	)
	wantFirst(t, ix, "vik defence spending in 2022", "p1")
}

// sumOnAsked requires a kind of sum the question names ("loan",
// "revenue", "turnover") as a word of the sentence or the heading, with
// no regard for the verb or the synonym a source tells it by: "Holm Bank
// lent USD 40m for the Riga terminal" gives no "loan", "Vik Ferries'
// sales reached EUR 310m" no "revenue" or "turnover". These sums are the
// ones asked and should be cited.
func TestReview33KindOfSumByItsVerbOrSynonym(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\nvik: [Vik Ferries, Vik]\n",
		"The terminal. Holm Bank lent USD 40m for the new Riga terminal, which opened in 2020.",
		"Trading. Vik Ferries' sales reached EUR 310m in 2022, up 12%.",
	)
	wantFirst(t, ix, "riga terminal loan amt", "p1")
	wantFirst(t, ix, "holm loan for riga terminal size", "p1")
	wantFirst(t, ix, "vik ferries revenue 2022", "p2")
	wantFirst(t, ix, "vik turnover 2022", "p2")
}

// sumOnAsked, which now applies to every question on a sum ("how much
// did ... cost?" too), reads the sentence before only where the sum's
// sentence opens with "It", "This", "The cost" and the like. "Vik opened
// a desalination plant in 2021. Construction cost EUR 120m" gives the
// plant's cost in the plainest way, yet "how much did the vik
// desalination plant cost?" is declined with "The sources give no amount
// of money for this". It should be answered from the passage.
func TestReview33SumInTheNextSentence(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\nvik: [Vik]\n",
		"The plant. Vik opened a desalination plant in 2021. Construction cost EUR 120m, two-thirds of it lent by Holm Bank.",
	)
	wantFirst(t, ix, "how much did the vik desalination plant cost?", "p1")
	wantFirst(t, ix, "vik desalination plant cost?", "p1")
}
