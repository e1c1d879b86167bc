package knowledge_test

import "testing"

// A party's reasoning asked ("what's Holt's reasoning on recognising
// Brill?") is its motive: a passage that says what the party wants
// ("Holt wants access to Brill's gas fields") answers it, though no word
// of it argues or gives a cause.
func TestPartysReasoningIsItsMotive(t *testing.T) {
	ix := quietIndex(t, "brill: [Brill]\nholt: [Holt]\n",
		"Holt recognised Brill in 2021. Holt wants access to Brill's gas fields.",
		"The ferry fleet is old.",
	)
	wantFirst(t, ix, "what's Holt's reasoning on recognising Brill?", "p1")
}
