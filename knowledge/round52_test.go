package knowledge_test

import "testing"

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
