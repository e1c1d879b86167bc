package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Second reading of round 32, second reviewer. Each test is a question an
// analyst would ask, or a sentence a source would write, that the round's
// rules get wrong. All sources are made up; they are published 2023-05-02
// (see review32Published, firstWhen and whenOf in review32_test.go).

// noSpelledStep fails where a question's understanding spells an acronym
// out.
func noSpelledStep(t *testing.T, ix *knowledge.Index, q string) {
	t.Helper()
	for _, st := range ix.Understand(q).Steps {
		if st.Stage == "spelled" {
			t.Errorf("%q: spelled %q as %q", q, st.Before, st.After)
		}
	}
}

// Rule 4 (reportingVerbs in simplePast, aheadAt): "said" and "told" are
// skipped as reporting verbs, so a sentence that tells when something was
// said and what will happen ("Holm said on 3 March that it will close the
// yard") has no simple past left, and the day it was said is taken as
// still to come: a year later. Before the round, 2023-03-03.
func TestReview32bDayOfSayingIsNoDateAhead(t *testing.T) {
	for _, c := range []struct{ sentence, part, want string }{
		{"Holm said on 3 March that it will close the yard.", "3 March", "2023-03-03"},
		{"In March, the board said it will vote in June.", "March", "2023-03"},
		{"Holm told staff in February that the yard will close.", "February", "2023-02"},
	} {
		if got := whenOf(c.sentence, c.part); got != c.want {
			t.Errorf("%q: %q is %s, want %s", c.sentence, c.part, got, c.want)
		}
	}
}

// Rule 4 (planRE, tellsPossible): a plan beside any simple past is no
// plan, so the commonest way news tells a plan, "announced plans to" or
// "unveiled plans to", is read as a count of what was done: 300 welders
// planned answer how many were hired. Before the round it was declined.
func TestReview32bAnnouncedPlansAreStillPlans(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Yards, Holm]\n",
		"The hires. In March Holm Yards announced plans to hire 300 welders for its Tarn yard.",
		"The ferries. Holm Yards unveiled plans to build 12 ferries.",
	)
	wantNotCovered(t, ix, "how many welders did holm hire?")
	wantNotCovered(t, ix, "how many ferries did holm build?")
}

// Rule 4 (possibleRE/planRE): "due" was dropped from the verbs of intent
// to stop "due to" (a cause) reading as a plan, but "is due to hire" is a
// schedule, still to come; it now answers a count of what was done.
func TestReview32bDueToHireIsAPlan(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Yards, Holm]\n",
		"The hires. Holm Yards is due to hire 300 welders for its Riga yard.",
		"The yard. Holm Yards builds ferries in Riga.",
	)
	wantNotCovered(t, ix, "how many welders has holm hired?")
	wantNotCovered(t, ix, "how many welders did holm hire for riga?")
}

// Rule 1 (laterEventRE): "what did X find/show" takes the later-event
// path, which declines on pendingRE anywhere in the answering sentence and
// skips doneIn, so a finding told in the past beside a plan ("found a EUR
// 4m gap ..., and Holm Air plans to repay") or an expectation ("showed
// that 60% back a strike, which the union is expected to call") is told
// as "only still to come". Before the round both were answered.
func TestReview32bFindingBesideAPlanIsNoPending(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\nvik: [Vik]\n",
		"The audit. The audit of Holm Air found a EUR 4m gap in its fuel accounts, and Holm Air plans to repay the sum.",
		"The survey. A survey of Vik's pilots showed that 60% back a strike, which the union is expected to call in June.",
	)
	wantFirst(t, ix, "what did the holm air audit find?", "p1")
	wantFirst(t, ix, "what did the survey of vik pilots show?", "p2")
}

// Rule 4 (yearUngiven, onBefore): onBefore is set from each sentence's
// own "on", so it chains through every later sentence that names none of
// the names, not only the one right after; a grant by someone else in
// 2019 three sentences on is taken as what Tarn got from Holm in 2019.
// Before the round it was declined for 2021's figure.
func TestReview32bYearAfterTheNextSentenceIsNotOnTheNames(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\ntarn: [Tarn Trust, Tarn]\n",
		"The grants. In 2021 Holm Bank gave Tarn Trust USD 1.2m. That was down from the USD 2m it gave in 2020. The ministry gave the port USD 5m in 2019.",
		"The branch. Holm Bank opened a branch in Riga in 2018.",
	)
	wantNotCovered(t, ix, "how much did tarn get from holm in 2019?")
}

// Rule 3 (expand): WordNet's derived forms of "nigerian" include Niger,
// and the rule takes any derived country name, so "the nigerians" is
// Niger too and the passage on Niger's price answers; the people of
// Niger are Nigeriens.
func TestReview32bNigeriansAreNotOfNiger(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Pharma, Holm]\n",
		"The delegation. Holm Pharma's sales team met Nigerian doctors in March.",
		"Niger. Holm Pharma sells its therapy in Niger for EUR 1.1m per child.",
		"Tests. Holm Pharma's tests cost EUR 40 each.",
	)
	wantNotCovered(t, ix, "what do nigerians pay for holm's therapy?")
}

// Rule 2 (spelledFrom): a mixed-case acronym's small letter may be any
// function word of notSpelled ("has", "is", "the"), not only a connecting
// word, so "PhD" is spelled out as "profit has doubled".
func TestReview32bPhDIsNoPhrase(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\n",
		"The chief. Holm Air's chief executive, Anna Berg, holds a doctorate, and Holm Air's profit has doubled since she joined.",
	)
	noSpelledStep(t, ix, "does the holm air chief executive have a PhD?")
}

// Rule 2 (spelledOut): of two capitals only a function word or an ISO
// country code is left, so "EU" (no ISO code) is spelled "energy use" and
// a Roman numeral ("phase II") "initial investment".
func TestReview32bTwoCapitalsThatAreNoPhrase(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\n",
		"The fuel. Holm Air's energy use rose 4% in 2022 as it added flights to Riga.",
		"The trial. Holm Air's trial of the new jet fuel needs an initial investment of EUR 20m.",
	)
	noSpelledStep(t, ix, "how much does holm air pay under the EU carbon scheme?")
	noSpelledStep(t, ix, "when does holm air start the phase II fuel trial?")
}

// Rule 5 (terseFigureRE): any keyword question closing on "number" asks a
// count, so "holm air flight number?" wants a figure, a flight's code
// ("HX204") is none, and it is declined where "what was holm air's flight
// number?" is answered. Before the round both were answered.
func TestReview32bFlightNumberIsNoCount(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\n",
		"The flights. Holm Air's flight HX204 to Riga was cancelled after a bird strike.",
		"The fleet. Holm Air flies from Riga.",
	)
	wantFirst(t, ix, "what was holm air's flight number?", "p1") // passes
	wantFirst(t, ix, "holm air flight number?", "p1")
}

// Rule 5 (countedOf with no counted stems): the party's figure is any
// hasFigure, and a date's day is one, so "on 14 June 2022 ... with Tarn"
// gives Tarn's counter-offer number, where "in June 2022" (the round's own
// test) does not.
func TestReview32bDayOfADateIsNoFigureOfTheParty(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Pharma, Holm]\nvik: [Vik]\ntarn: [Tarn]\n",
		"The offers. Holm Pharma offered EUR 1.9m per child. Vik rejected the price on 14 June 2022 and is now negotiating jointly with Tarn.",
		"The budget. The ministry set aside EUR 600m over three years.",
	)
	wantNotCovered(t, ix, "tarn counter-offer number?")
}

// Rule 6 (holderAskedRE's third form): the body's acronym must be typed in
// capitals, so "who's vha dg?" and "who is the vha director general?",
// as analysts type them (normalize reads the lower-case "dg"), are
// answered by the VHA's director of contracts.
func TestReview32bRoleOfABodyInLowerCase(t *testing.T) {
	ix := quietIndex(t, "vha: [Vik Health Agency, VHA]\n",
		"The agency. \"We will not pay any price,\" said Anna Berg, the VHA's director of contracts, in May 2022.",
	)
	for _, q := range []string{"who's vha dg?", "who is the vha director general?"} {
		wantDeclined(t, ix, q, "no name")
	}
}

// Rule 4 (monthMayRE): "this may" is taken for the month, so in "how many
// jobs did holm say this may cost?" the modal is removed, the count is of
// the past, and the figure Holm gave of what may be is dropped; the same
// question with "the closure may cost" is answered.
func TestReview32bThisMayIsAModal(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Yards, Holm]\n",
		"The closure. Holm Yards said the closure of its Riga yard may cost 300 jobs.",
		"The yard. Holm Yards builds ferries in Riga.",
	)
	wantFirst(t, ix, "how many jobs did holm say the closure may cost?", "p1") // passes
	wantFirst(t, ix, "how many jobs did holm say this may cost?", "p1")
}
