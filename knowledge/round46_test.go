package knowledge_test

import "testing"

// A word of a passage's heading ("The referendum. ...") says what the
// whole passage is on: it counts for more than the same word in the text
// of a shorter passage, which mentions it in passing, so a question on it
// cites the passage under that heading first. A first sentence too long
// for a heading counts as text.
func TestRoundFortySixHeadingSaysWhatAPassageIsOn(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The rally. Thousands marched to the square, and the referendum came up in every speech.",
		"The referendum. Campaigners gathered 512,000 signatures by March, and the electoral commission is still checking them against the roll of voters, which may take until the autumn.",
		"Critics of the plan marched too. Thousands joined them in the square, and the referendum came up in every speech.",
		"A rally against the referendum was held on Sunday in the old square. The organisers counted their supporters, and the crowd stayed until the evening when the police asked it to leave.",
	)
	wantFirst(t, ix, "how is the referendum going?", "p2")
	// no heading: "A rally against ... square." is a sentence, so the
	// shorter passage that has the words in its text comes first
	wantFirst(t, ix, "which rally marched to the square?", "p1")
}
