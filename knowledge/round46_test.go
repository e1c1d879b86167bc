package knowledge_test

import (
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

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

// A passage headed as a summary of its source ("The short version.")
// restates in brief what other passages tell in full: where it ranks
// first, the best passage after it that has every word of the question it
// has, and scores near it, is cited first. A question only the summary
// answers, or one about the piece as a whole, keeps the summary first.
func TestRoundFortySixDetailBeforeSummary(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\ntarn: [Tarn]\n",
		"The short version. Vik Water was hit by ransomware in May; it refused to pay, and Tarn's regulator fined it EUR 4m.",
		"The fine. On 3 June Tarn's water regulator fined Vik Water EUR 4m for failing to patch its systems, the largest fine it has imposed on a utility, and ordered an audit of its network by the end of the year.",
		"The ransom. The attackers asked Vik for EUR 9m in bitcoin; its board refused to pay after a meeting that lasted most of the night.",
	)
	wantFirst(t, ix, "why did tarn's regulator fine vik?", "p2")
	wantFirst(t, ix, "did vik refuse to pay the ransom?", "p3")
	wantFirst(t, ix, "what happened to vik water in may?", "p1")
}

// The word after "how much" is the verb, not what is counted, where it is
// in the third person and a particle of route follows ("how much passes
// through the dam"): no word the sources lack decides the question.
func TestRoundFortySixVerbAfterHowMuch(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Dam, Vik]\n",
		"The river. The Vik Dam controls about 82% of the water that reaches the farms downstream, or 4.7 bcm a year.",
		"The power. The Vik Dam's turbines generate 2,150 GWh a year.",
	)
	wantFirst(t, ix, "of all the water that reaches the farms downstream, how much passes through the vik dam first?", "p1")
	wantNotCovered(t, ix, "how much gas goes through the vik pipeline?")
}

// A message that sets a scene and then asks about it ("I heard some of the
// loan hasn't been paid out yet. What's holding it up?") is searched
// whole, but asks for the kind of answer its asking sentence asks for: a
// reason here, not the sum its scene mentions.
func TestRoundFortySixSceneDoesNotAskTheQuantity(t *testing.T) {
	ix := quietIndex(t, "eastbank: [Eastbank]\n",
		"The loan. The last tranche of Eastbank's loan is still undisbursed, held back until an environmental review is finished in April.",
		"The turbines. Two of the four turbines were commissioned in August.",
		"The terms. Eastbank lent USD 2.1bn over 18 years at 4.1%.",
	)
	wantFirst(t, ix, "I heard some of the loan money hasn't been paid out yet. What's holding it up?", "p1")
	wantFirst(t, ix, "Eastbank lent the money over 18 years. How much did it lend?", "p3")
}

// A lone lower-case letter in chat ("r they", "n so", "y/n") is no alias a
// glossary writes with a symbol ("N$" for the Namibian dollar).
func TestRoundFortySixChatLetterIsNoAlias(t *testing.T) {
	ix := quietIndex(t, "namibian-dollar: [Namibian dollar, NAD, N$]\nvik: [Vik Dam, Vik]\n",
		"The dam. The Vik Dam cost N$ 2bn and holds 8.1 bcm.",
		"The farms. Farmers downstream lost N$ 340m of crops in the dry year.",
	)
	wantFirst(t, ix, "how much did the vik dam cost in N$?", "p1")
	if r := ix.Search("is n the currency of the vik dam deal", knowledge.Options{}); slices.ContainsFunc(r.Terms, func(qt knowledge.QueryTerm) bool { return qt.Stem == "=namibian-dollar" }) {
		t.Errorf("a lone n searched as the Namibian dollar: %v", r.Terms)
	}
}
