package knowledge_test

import "testing"

// A source that says someone would not comment on whether something is so,
// or on how many, keeps that back: a yes-or-no question on it, or a count
// of it, is declined with the sentence that says so. Another question
// that only shares a word with that clause is answered from the passage
// that answers it.
func TestDeclinedToCommentKeepsBackWhatItNames(t *testing.T) {
	ix := quietIndex(t, "",
		"The plant. Harlow Foods opened its first line at Ketter Bay in 2023 and will employ 900 people once fully built, with capacity for 40,000 tonnes a year.",
		"The water. The second line is expected to need 6 million litres a day. Harlow Foods declined to comment on its water needs or on whether it would build its own treatment plant.",
		"The suppliers. Ostrel Farms runs 14 farms and sells most of its milk to Harlow. Ostrel declined to comment on how many of its dairy contracts were affected.",
	)
	wantDeclined(t, ix, "is harlow building its own treatment plant?", "not been made public or is not known")
	wantDeclined(t, ix, "how many ostrel dairy contracts are affected?", "not been made public or is not known")
	wantFirst(t, ix, "harlow capacity once fully built?", "p1")
	wantFirst(t, ix, "how much water will the second line need a day?", "p2")
}
