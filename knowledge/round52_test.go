package knowledge_test

import "testing"

// An outcome asked with "end up" ("how many did they end up charging?")
// is answered by a passage that tells it as done, of the parties asked:
// the question is about the past the sources report, not about what came
// after them. Told of another party ("the IMF board approved"), as still
// to come ("is due to vote on ratification"), told as what is done in
// general ("ratifies treaties by a two-thirds majority"), or not told at all, it is
// still what the sources cannot report.
func TestRoundFiftyTwoOutcomeToldAsDone(t *testing.T) {
	ix := quietIndex(t, "imf: [IMF, International Monetary Fund]\nwb: [World Bank]\nvask: [Vask Assembly]\nnorda: [Norda]\n",
		"The inquiry. Police in Norda examined 41 matches over two seasons. Prosecutors charged 23 people over 11 of those matches in March 2026.",
		"The lenders. The IMF board approved a loan of USD 250m in October 2025. The World Bank board is due to vote on its own package in May 2026.",
		"The treaty. The Vask Assembly ratifies treaties by a two-thirds majority. It is due to vote on this one in June 2026, after a committee review.",
		"The clubs. Norda's league docked two clubs eight points each for late wages.",
	)
	wantFirst(t, ix, "how many matches did police look at, and how many did they end up charging people over?", "p1")
	wantDeclined(t, ix, "did the world bank board end up approving its package?", "")
	wantDeclined(t, ix, "did the world bank end up approving a loan?", "cannot report")
	wantDeclined(t, ix, "did the vask assembly end up ratifying the treaty?", "")
	wantDeclined(t, ix, "did the league end up relegating anyone?", "")
}

// A word no source has weighs in the coverage rule by how common it is in
// English: standard English of a good dictionary ("bullish", "holdout",
// SCOWL sizes 40 to 50) no longer weighs as a rare or specialised term
// does, so that it alone does not decide that no passage is about the
// question; a rare or unknown word still does.
func TestRoundFiftyTwoStandardWordsWeighLess(t *testing.T) {
	ix := quietIndex(t, "vantara: [Vantara]\nkestrel: [Kestrel Capital, Kestrel]\n",
		"The investors. Kestrel Capital rates Vantara shares a buy with a target of EUR 6.10; two other funds expect the price to fall below EUR 4.",
		"The fleet. Vantara flies 64 aircraft from three bases.",
	)
	wantFirst(t, ix, "who's bullish and who's bearish on the price among investors", "p1")
	wantDeclined(t, ix, "who's contango and who's backwardation on the price among investors", "about the question as a whole")
}

// What a party has done before ("has sent troops on missions before", a
// present perfect) is no outcome of what the question asks it ended up
// doing; nor is "getting" an outcome of its own ("did they end up getting
// cases"), and the stem of its object ("cases") tells none. A deed of the
// party's on another party ("sent troops to Lund", asked of Vask), or on
// another thing than the question's ("sold its training ground and still
// owns its stadium", asked of the stadium), is none either.
func TestRoundFiftyTwoOutcomeNotThePast(t *testing.T) {
	ix := quietIndex(t, "norda: [Norda]\nvask: [Vask]\n",
		"The troops. Norda has sent troops on missions abroad before, but only small units. Whether it sends them to Vask is not known.",
		"The outbreak. Vask reported 40 cases in March 2023.",
		"The border. Norda sent troops to Lund in March 2023.",
		"The club. Vask FC sold its training ground in March 2023 and still owns its stadium.",
	)
	wantDeclined(t, ix, "did norda end up sending troops to vask?", "cannot report")
	wantDeclined(t, ix, "did norda end up sending troops?", "cannot report")
	wantDeclined(t, ix, "did vask end up getting cases too?", "cannot report")
	wantDeclined(t, ix, "did vask fc end up selling its stadium?", "cannot report")
	wantFirst(t, ix, "did vask fc end up selling its training ground?", "p4")
}

// The outcome told as done is of the parties asked, all of them in its
// sentence ("sent troops to Lund" tells nothing of Vask), not negated
// ("was not approved"), not to come ("will be sold") and not told as
// provisional ("provisionally approved"). Each case has its own made-up source, so that its passage
// is the one judged.
func TestRoundFiftyTwoOutcomeDoneAsAsked(t *testing.T) {
	for _, c := range []struct{ passage, question string }{
		{"The border. Norda sent troops to Lund in March 2023. Vask closed its border with Norda in April 2023.", "did norda end up sending troops to vask?"},
		{"The stadium. The old stadium will be sold to the city, the council said in April 2023.", "did the old stadium end up being sold?"},
		{"The lenders. The World Bank's package was not approved in April 2023.", "did the world bank's package end up being approved?"},
		{"The loan. The World Bank board provisionally approved a second loan in April 2023.", "did the world bank board end up approving a second loan?"},
	} {
		ix := quietIndex(t, "norda: [Norda]\nvask: [Vask]\nwb: [World Bank]\n", c.passage, "The clubs. The league docked two clubs eight points each for late wages.")
		wantNotCovered(t, ix, c.question)
	}
}
