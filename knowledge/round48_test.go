package knowledge_test

import "testing"

// A yes-or-no question on something that has a price asks whether it
// happened, not the sum ("was anyone pushing for a minimum price?"); one
// that names a figure, or weighs the sum, still asks for it.
func TestRoundFortyEightYesNoOnAPriceAsksNoSum(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\n",
		"The meeting. Vik proposed a common minimum price for lithium at the March meeting in Sucre.",
		"Output. Vik's three plants produced 12,000 tonnes of lithium carbonate in 2024.",
		"Roads. The road from the salt flat to the border was paved in 2023.",
	)
	wantFirst(t, ix, "Was anyone pushing for a shared minimum price for lithium before that meeting?", "p1")
	wantFirst(t, ix, "did vik propose a minimum price for lithium?", "p1")
	wantNotCovered(t, ix, "was the minimum price vik proposed above $20 a kilo?")
	wantNotCovered(t, ix, "how much was the minimum price vik proposed?")
}
