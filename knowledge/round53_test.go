package knowledge_test

import "testing"

// A salient word of the question that the best passage lacks but says by
// a synonym of the word's commonest senses ("babies", the thing counted:
// "infants") counts toward the passage's share of the question, at a
// synonym's weight: the passage is about the question as a whole. A
// passage that says it by no such word ("adults") still does not answer.
func TestRoundFiftyThreeSalientWordSaidBySynonym(t *testing.T) {
	files := func(who string) (string, []string) {
		return "primo: [Primo]\n", append([]string{
			"The toll. Four " + who + " died. They died in hospital, and their deaths were the first.",
			"The shortage. Parents of babies queued for Primo formula at pharmacies in January 2025, and shops limited what each customer could buy.",
			"The plant. Two workers died in a fall at the Primo plant in 2023, and the inspectors who examined the site found that its railings were missing.",
			"The recall. Primo recalled 38 lots of formula in December 2024.",
			"The doctors. Doctors who treat babies at the children's hospital in the capital warned Primo in November 2024 of a pattern of infections.",
		}, townPassages...)
	}
	g, ps := files("infants")
	wantFirst(t, quietIndex(t, g, ps...), "How many babies died?", "p1")
	g, ps = files("adults")
	wantNotCovered(t, quietIndex(t, g, ps...), "How many babies died?")
}

// A kind of sum the question names is named in the sum's sentence by a
// word the lexicon relates it to from its own side: a tax by "levy" (the
// broader term of the verb "tax"). A sum of another kind is still no
// answer ("a fine", where the party speaks of a levy).
func TestRoundFiftyThreeKindOfSumByItsKin(t *testing.T) {
	ix := quietIndex(t, "ajp: [Awami Justice Party, AJP]\n",
		"The politics. The Awami Justice Party says the fuel levy will cost households Rs 410bn a year.",
		"The roads. Road tax was last raised in 2019, by the previous government.",
		"The sweetener. The government attached a recovery instrument to the 2039 bond.",
	)
	wantFirst(t, ix, "How much does the Awami Justice Party say the fuel tax will cost families?", "p1")
	wantNotCovered(t, ix, "What fine does the Awami Justice Party say households will pay?")
}

// "More", "less" and "fewer" before a noun say how the amount of that
// noun changed ("how much less rain"): the noun is what is counted; asked
// alone ("how much less?") they ask the amount of what the question is
// on, any figure of it; before an adjective ("how much more expensive")
// they make its comparative, which counts nothing.
func TestRoundFiftyThreeLessAndMore(t *testing.T) {
	ix := quietIndex(t, "cuito: [Cuito River, Cuito]\n",
		"The farms. Farmers along the Cuito were told in 2024 to cut their use of river water by 30%.",
		"The dam. The dam on the Cuito holds 4.2 bcm and cost USD 3.4bn to build.",
		"The drought. The rains failed across the basin in 2024 and the river fell to its lowest level in decades.",
	)
	wantFirst(t, ix, "Were the farmers told to use less water at some point? How much less?", "p1")
	wantNotCovered(t, ix, "How much less rain than usual fell in the basin in 2024?")
	ix = quietIndex(t, "primo: [Primo]\n",
		"The shortage. The average retail price of Primo formula rose by 18% between November and February.",
		"The recall. Primo recalled 38 lots in December.",
	)
	wantFirst(t, ix, "How much more expensive did Primo formula get?", "p1")
}

// "What did X cost?", "what will a ticket cost?": a sum asked by the verb
// "cost" after "what" and an auxiliary, which a passage without a sum does
// not answer ("runs twice a day with 300 seats" for the ticket's price);
// "cost" as a noun ("about the cost of the service") asks none.
func TestRoundFiftyThreeWhatDidItCost(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Shipping, Holm]\n",
		"The plant. Holm's new repair yard in Vik cost EUR 40m and opened in 2023.",
		"The ferry. Holm's ferry to the islands runs twice a day with 300 seats.",
	)
	wantFirst(t, ix, "What did Holm's new repair yard cost?", "p1")
	wantDeclined(t, ix, "What will a ticket on Holm's ferry to the islands cost?", "no amount of money")
	// "cost" as a noun asks what is said of it, no sum
	ix = quietIndex(t, "holm: [Holm Shipping, Holm]\n",
		"The review. The harbour review called the cost of Holm's ferry service too high for the islands.",
		"The ferry. Holm's ferry to the islands runs twice a day with 300 seats.",
	)
	wantFirst(t, ix, "What did the harbour review say about the cost of Holm's ferry service?", "p1")
}

// townPassages are passages on other things, which make the words of a
// made-up source's own passages rarer, as in a source of twenty or more
// passages.
var townPassages = []string{
	"The ferry. The ferry to the islands runs twice a day in summer.",
	"The harbour. The harbour was dredged in 2019 to take larger ships.",
	"The museum. The town museum reopened after repairs to its roof.",
	"The market. Farmers sell vegetables in the square every Saturday.",
	"The library. The library lends books and maps to visitors.",
	"The bridge. A new bridge over the river opened in 2021.",
}
