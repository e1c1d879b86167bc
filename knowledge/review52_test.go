package knowledge_test

import "testing"

// The made-up source of these tests is dated 2 May 2023 (validSource):
// March 2023 is before it, June 2023 after it.

// Wrong: toldDone looks for the outcome's verb by its stem, its base form's
// stem and the lexicon's derived words ("seller", "selling"), never by an
// irregular past, so "Norda FC sold its stadium" does not tell "selling" as
// done, nor "paid" paying, nor "won" winning: each of these questions is
// declined as "what happened after the sources", though the same question
// without "end up" is covered by that passage.
// Right: a passage that tells the outcome in an irregular past answers the
// "end up" question, as "charged" answers "end up charging".
func TestReview52_IrregularPastNotFound(t *testing.T) {
	ix := quietIndex(t, "norda: [Norda FC, Norda]\n",
		"The sale. Norda FC sold its stadium to the city for EUR 12m in March 2023.",
		"The fine. Norda FC paid the league a fine of EUR 40,000 in February 2023.",
		"The cup. Norda FC won the cup final 2-1 in April 2023.",
	)
	wantFirst(t, ix, "did norda fc end up selling its stadium?", "p1")
	wantFirst(t, ix, "did norda fc end up paying the fine?", "p2")
	wantFirst(t, ix, "did norda fc end up winning the cup?", "p3")
}

// Wrong: endedUpRE skips only "actually", "really", "being" and
// "getting" before the outcome's verb, so in "end up formally approving"
// the adverb "formally" is taken for the verb. A passage that tells
// something else done "formally" ("formally opened talks", while the vote
// is still to come) is then taken to tell the approval as done, and the
// question is covered; and "end up formally charging" is declined by a
// passage that tells "prosecutors charged 23 people".
// Right: the verb is "approving" / "charging": the first question is still
// what the sources cannot report, the second is answered by p2.
func TestReview52_AdverbTakenForTheVerb(t *testing.T) {
	ix := quietIndex(t, "wb: [World Bank]\n",
		"The lenders. The World Bank board formally opened talks on its package in March 2023. It is due to vote on the package in June 2023.",
		"The inquiry. Prosecutors charged 23 people over 11 matches in March 2023.",
	)
	wantNotCovered(t, ix, "did the world bank board end up formally approving its package?")
	wantFirst(t, ix, "did prosecutors end up formally charging anyone?", "p2")
}

// Wrong: toldDone asks simplePast of the whole sentence, not of the
// outcome's verb, so a sentence with any other verb in the past ("police
// questioned", "sold its training ground", "was postponed", "put off")
// tells the outcome as done even where the outcome itself is still to
// come ("will decide which of them to charge", "will sell the stadium")
// or is only named by a noun ("the vote ... was postponed", "put off
// approval"): each question is covered.
// Right: none of these sentences tells the outcome asked as done; each
// question is what the sources cannot report (as before the change).
func TestReview52_PastOfAnotherVerbInTheSentence(t *testing.T) {
	ix := quietIndex(t, "norda: [Norda FC, Norda]\nvask: [Vask Assembly]\nwb: [World Bank]\n",
		"The inquiry. Police questioned 40 players in March 2023, and prosecutors will decide in June which of them to charge.",
		"The club. Norda FC sold its training ground in 2022 and will sell the stadium in 2024.",
		"The treaty. The Vask Assembly's vote on the treaty was postponed to June 2023.",
		"The lenders. The World Bank board met in March 2023 but put off approval of the package until June 2023.",
	)
	wantNotCovered(t, ix, "how many players did prosecutors end up charging?")
	wantNotCovered(t, ix, "did norda fc end up selling the stadium?")
	wantNotCovered(t, ix, "did the vask assembly end up voting on the treaty?")
	wantNotCovered(t, ix, "did the world bank board end up approving the package?")
}

// Wrong: "did not approve" passes toldDone: "did" is a simple past and
// "approve" has the outcome's stem, and nothing looks for the negation, so
// a board that did not approve its package and votes again after the
// source is taken to have ended up approving it: the question is covered.
// Right: a negated outcome, put to a later vote, is not told as done;
// whether it was approved in the end is what the sources cannot report.
func TestReview52_NegatedOutcome(t *testing.T) {
	ix := quietIndex(t, "wb: [World Bank]\n",
		"The lenders. The World Bank board did not approve its package in April 2023 and will vote on it again in June 2023.",
		"The clubs. The league docked two clubs eight points each for late wages.",
	)
	wantNotCovered(t, ix, "did the world bank board end up approving its package?")
}

// Wrong: toldDone checks only that the parties the question names occur in
// the sentence, not that the outcome is theirs: "The IMF approved a loan
// ... after talks with the World Bank" is taken to tell that the World
// Bank approved one, and the question is covered.
// Right: the sentence tells the IMF's approval, which the change's own
// comment says does not answer the question of another lender; it is
// what the sources cannot report.
func TestReview52_OtherPartysOutcome(t *testing.T) {
	ix := quietIndex(t, "imf: [IMF, International Monetary Fund]\nwb: [World Bank]\n",
		"The lenders. The IMF approved a loan of USD 250m in March 2023 after talks with the World Bank.",
		"The clubs. The league docked two clubs eight points each for late wages.",
	)
	wantNotCovered(t, ix, "did the world bank end up approving a loan?")
}

// Wrong: "end up being fined" asks a passive (was the club fined?), but
// toldDone matches the verb's stem alone, so "Norda FC fined two of its
// players", where the club is the one who fined, is taken for the club
// being fined: the question is covered.
// Right: the passage tells nothing of a fine on the club; the question is
// what the sources cannot report.
func TestReview52_ActiveTakenForPassive(t *testing.T) {
	ix := quietIndex(t, "norda: [Norda FC, Norda]\n",
		"The club. Norda FC fined two of its players for breaking a curfew in March 2023.",
		"The clubs. The league docked two clubs eight points each for late wages.",
	)
	wantNotCovered(t, ix, "did norda fc end up being fined?")
}
