package knowledge_test

import (
	"testing"
)

// "how much does one of those chip-bonding machines cost?", where the only
// passage with a cost is on a power line and names no chip nor bonding:
// found by "cost" alone, the word of the kind of answer, it gives no sum
// for what is asked, so the question is declined; asked of the power line,
// it is answered.
func TestRoundFiftyEightFoundByTheKindOfAnswerAlone(t *testing.T) {
	ix := quietIndex(t, "",
		"The tools. The plant runs chip-bonding tools from a Japanese maker, and bonding lines are being added in the new hall.",
		"The grid. A new transmission line will run 86 km to the industrial park at an estimated cost of RM 1.2 billion.",
		"The staff. Engineers on the chip bonding lines work in three shifts.",
		"The curbs. Exports of chip tools for bonding now need a licence.",
	)
	wantDeclined(t, ix, "roughly how much does one of those chip-bonding machines cost to buy?", "no amount of money")
	wantFirst(t, ix, "how much will the transmission line cost?", "p2")
	wantFirst(t, ix, "who makes the chip-bonding tools the plant runs?", "p1")

	// a count: a passage found only by "number" counts something else
	count := quietIndex(t, "",
		"The referees. Referees in the league complained about their treatment, and referees met the league.",
		"The clubs. The number of clubs in the league rose to 18 in 2024.",
		"The season. Referees and players began the season in August, and the referees' union met players.",
		"The review. The league promised referees a review.",
	)
	wantDeclined(t, count, "what number of referees complained?", "no figure")
	wantFirst(t, count, "what number of clubs are in the league?", "p2")
}
