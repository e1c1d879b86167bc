package knowledge_test

import "testing"

// The made-up source of these tests is dated 2 May 2023 (validSource):
// every year in them is before it.

// Wrong: saidOtherwise credits a salient word the best passage lacks by
// any WordNet synonym of any of its commonest senses, noun or verb, with
// no look at the sense the question uses. "Stores" (shops) is said by
// "funds" (a store of something, "store, stock, fund"), "outlets" (shops)
// by "exits" ("outlet, exit"): a passage on four investment funds that
// closed, or four station exits, gets half of the counted word's weight,
// its share of the question rises from 0.20 to 0.60, and the count of
// funds or exits answers how many stores or outlets closed.
// Right: no passage counts stores or outlets; the other passages name them
// but give no count. Neither question is covered (as before the change).
func TestReview53_SynonymOfAnotherSense(t *testing.T) {
	files := func(p1, what string) (string, []string) {
		return "primo: [Primo]\n", append([]string{
			p1,
			"The shortage. Shoppers queued at Primo " + what + " in January 2022, and the " + what + " limited what each customer could buy.",
			"The plant. Two workers died in a fall at the Primo plant in 2021, and the inspectors who examined the site found that its railings were missing.",
			"The landlords. Landlords who let " + what + " in the capital warned Primo in November 2022 of a pattern of late rents.",
		}, townPassages...)
	}
	g, ps := files("The funds. Four funds closed. They closed in March, and their closure was the first.", "stores")
	wantNotCovered(t, quietIndex(t, g, ps...), "How many stores closed?")
	g, ps = files("The station. Four exits were closed. They were closed for repairs, and their closure was the first.", "outlets")
	wantNotCovered(t, quietIndex(t, g, ps...), "How many outlets were closed?")
}

// Wrong: kindKin takes the broader term of a kind's verb as the kind: the
// broader term of "loan" and of "fee" is "give", of "refund" "pay". So
// any sentence with "gave" or "paid" names a loan, a fee or a refund: a
// grant the government gave is taken for the loan asked, a salary the
// club gave for a transfer fee, the fares passengers paid for the refunds
// they were paid, and each question is covered by that sum.
// Right: none of these sentences gives a sum of the kind asked; each
// question is not covered (as before the change).
func TestReview53_KindFoundByTheBroaderVerb(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Air]\n",
		"The rescue. The government gave Vik Air a grant of EUR 200m in March 2022.",
		"The banks. Banks stopped making loans to airlines in 2020.",
	)
	wantNotCovered(t, ix, "How much is the loan the government made to Vik Air worth?")
	ix = quietIndex(t, "norda: [Norda FC, Norda]\njansen: [Piet Jansen, Jansen]\n",
		"The signing. Norda FC gave Piet Jansen a salary of EUR 2m a year when he joined in 2022.",
		"The rules. Transfer fees are paid in instalments.",
	)
	wantNotCovered(t, ix, "What transfer fee did Norda FC pay for Jansen?")
	ix = quietIndex(t, "vik: [Vik Air]\n",
		"The fares. Passengers paid Vik Air EUR 300 each for the flights it cancelled in March 2022.",
		"The rules. Airlines must offer a refund when they cancel a flight.",
	)
	wantNotCovered(t, ix, "How much did Vik Air pay passengers in refunds for the cancelled flights?")
}

// Wrong: kindKin takes every synonym of a kind's word in any sense, the
// verb's too: "levy" is "raise" (to levy troops), "deposit" is "bank" (to
// bank money). So "Norda FC raised EUR 4m from ticket sales" names a levy
// on its tickets, and "the bank lends buyers up to EUR 200,000" a deposit
// the buyers pay: each question is covered by that sum.
// Right: neither sentence gives a levy or a deposit; neither question is
// covered (as before the change).
func TestReview53_KindFoundByAnotherSense(t *testing.T) {
	ix := quietIndex(t, "norda: [Norda FC, Norda]\n",
		"The tickets. Norda FC raised EUR 4m from ticket sales in 2022.",
		"The betting. The government puts a levy on betting firms.",
	)
	wantNotCovered(t, ix, "How much does the levy on Norda FC tickets cost fans?")
	ix = quietIndex(t, "vh: [Vask Homes]\n",
		"The mortgages. The bank lends buyers of Vask Homes flats up to EUR 200,000.",
		"The rules. A deposit is paid when the contract is signed.",
	)
	wantNotCovered(t, ix, "How much do buyers of Vask Homes flats pay as a deposit?")
}

// Wrong: adjective tells an adjective only by a "similar" relation in the
// lexicon, which many adjectives lack ("secure", "sustainable", "wet"), so
// "how much more secure" reads "secure" as the noun counted: it becomes a
// salient focus word that no source has, and the question is declined
// ("No source mentions secure"), where the same question with "more
// expensive" is answered.
// Right: "more secure" is a comparative, nothing is counted; the passage
// on the fall in thefts after the fence answers (as before the change).
func TestReview53_MoreBeforeAnAdjectiveTheLexiconMisses(t *testing.T) {
	ix := quietIndex(t, "vask: [Vask]\n",
		"The port. Thefts at the port of Vask fell by 40% after the new fence went up in 2022.",
		"The harbour. The harbour was dredged in 2019.",
	)
	wantFirst(t, ix, "How much more secure is the port of Vask with the new fence?", "p1")
}

// Wrong: "less" (and "fewer") is no stop word, so before an adjective,
// where the rule lets focusWords go on as before, "how much less
// expensive" counts "less" and "expensive": the question is declined
// ("No source mentions less, expensive"), though the rule says a
// comparative counts nothing and "how much more expensive" is answered by
// the same passage.
// Right: the passage on the price's fall answers, as the price's rise
// answers "how much more expensive".
// (This failed before the change too: the rule's adjective branch leaves
// "less" and "fewer" as they were, and only "more", a stop word, ends.)
func TestReview53_LessBeforeAnAdjective(t *testing.T) {
	ix := quietIndex(t, "primo: [Primo]\n",
		"The shortage. The average retail price of Primo formula fell by 18% between November and February.",
		"The recall. Primo recalled 38 lots in December.",
	)
	wantFirst(t, ix, "How much less expensive did Primo formula get?", "p1")
}

// Wrong: before an adjective the rule counts nothing, even where the
// adjective goes with the noun counted: "how many more foreign workers"
// ("foreign" has similar adjectives) counts nothing, so any figure of Vik
// Motors' answers, and its three plants abroad are taken for the workers.
// The same source rightly declines "how many more workers did Vik Motors
// hire" (the workers counted) and "how many foreign workers" (the foreign
// workers counted).
// Right: the foreign workers are counted; no passage counts them, so the
// question is not covered.
// (This failed before the change too, when "more" ended the focus; the
// rule keeps that for any adjective after it.)
func TestReview53_MoreBeforeAnAdjectiveOfTheNoun(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Motors, Vik]\n",
		"The plants. Vik Motors opened 3 plants abroad in 2022.",
		"The cars. Vik Motors sold cars in 40 countries.",
	)
	wantNotCovered(t, ix, "How many more foreign workers did Vik Motors hire in 2022?")
}

// Wrong: extends takes every derived noun that starts with the counted
// word's base and is no agent nor (by the lexicon's "similar" relation)
// adjective as a thing the count counts: "states" counts statements,
// "trains" trainees, "ships" shipments. Fourteen ministers' statements
// answer how many states signed a treaty, 40 trainees how many trains a
// railway runs, 12 shipments of cocaine how many ships customs seized.
// Right: each of these is a different thing from the one counted; no
// passage gives the count asked, and none of the questions is covered (as
// before the change).
func TestReview53_DerivedNounOfAnotherThing(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn Treaty]\n",
		"The signing. The Tarn Treaty was signed in Geneva in 2019, and ministers issued 14 statements welcoming it.",
		"The talks. Talks on the treaty lasted six years.",
	)
	wantNotCovered(t, ix, "How many states signed the Tarn Treaty?")
	ix = quietIndex(t, "norvia: [Norvia Rail, Norvia]\n",
		"The staff. Norvia Rail took on 40 trainees in 2022.",
		"The line. Norvia Rail runs the line between the port and the capital.",
	)
	wantNotCovered(t, ix, "How many trains does Norvia Rail run each day?")
	ix = quietIndex(t, "vask: [Vask]\n",
		"The port. Customs at the port of Vask seized 12 shipments of cocaine in 2022.",
		"The harbour. The harbour was dredged in 2019.",
	)
	wantNotCovered(t, ix, "How many ships did customs seize at the port of Vask?")
}
