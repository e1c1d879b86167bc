package knowledge

import "testing"

// A heading is a short first sentence that opens with a capital, that
// more text follows and that has no finite auxiliary unless it opens with
// a question word ("Vik is better placed." is a clause, "What is still
// pending." a heading); an abbreviation's full stop ends none.
func TestRoundFortySixHeadingWords(t *testing.T) {
	for text, want := range map[string]int{
		"The Lennholm Commission. The government set up a commission.":  3,
		"Summary. The reform raised the age.":                           1,
		"Censure. The motion failed by 12 votes.":                       1,
		"The referendum was the talk of the town. Then it faded.":       0, // a sentence, not a heading
		"the rally. Thousands marched.":                                 0, // no capital
		"The rally.":                                                    0, // nothing follows
		"U.S. sanctions hit the port. Traffic fell.":                    0,
		"Dr. Brenn said the vaccine works. Others doubt it.":            0,
		"Mr Brenn. He chairs the board.":                                2,
		"Ask Dr. Brenn.":                                                0,
		"":                                                              0,
		"Vik Ltd. won the contract to build the bridge.":                0,
		"By Kari Holm. The ministry published its figures.":             0,
		"Oslo, 3 May. Fish exports rose 8% in April.":                   0,
		"Brussels, May 3. Ministers met.":                               0,
		"Ports & fees. Vik charges ships EUR 2 a tonne.":                2, // as appendWords counts words: "&" is none
		"Announced, not built. The plant was never started.":            3,
		"Vik is better placed. Its coal plant cost about $1.5 billion.": 0,
		"Berg denied it. The talks went on.":                            0, // round 47: a statement, with a verb of its own, is no label (it was 3)
		"What is still pending. The court rules in May.":                4,
		"Why Vantara wants it. Lusitana has slots.":                     4,
		"The dry year. Rainfall was 68% of the average.":                3,
		"About the author. She teaches at the university.":              3,
	} {
		if got := headingWords(text); got != want {
			t.Errorf("headingWords(%q) = %d, want %d", text, got, want)
		}
	}
}
