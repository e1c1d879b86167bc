package knowledge_test

import "testing"

// Second, independent reading of round 33. Each test is a question an
// analyst would ask, or a sentence a source would write, that the round's
// rules now get wrong; each was answered right before the round (at
// 1a69dc3), or the round made it worse. All sources are made up and
// published 2023-05-02 (validSource).

// The yearless-day rule declines any figure asked of a day that a source
// tells of as still to come. But a figure scheduled for a day is told by
// the source in full: "Vik's minimum wage will rise to EUR 12 an hour on 1
// July" gives the wage from 1 July, which is what "vik minimum wage from 1
// july" asks. It is now declined with "The sources tell of it only as
// still to come". A figure set for a future day is given, not pending;
// the passage should be cited, as it was.
func TestReview33bFigureScheduledForADayIsGiven(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\n",
		"Wages. Vik's minimum wage will rise to EUR 12 an hour on 1 July, from EUR 11.",
		"Ports. From 1 July, Riga port will charge a fee of EUR 5 a tonne on coal.",
	)
	wantFirst(t, ix, "vik minimum wage from 1 july", "p1")
	wantFirst(t, ix, "vik minimum wage after 1 july?", "p1")
	wantFirst(t, ix, "riga port fees after 1 jul", "p2")
}

// The yearless-day rule takes the first sentence of any hit that names the
// day as still to come, whatever it is on: "holm bridge vote tally 24 may"
// is declined as pending with "The Vik referendum on the ferry link is
// scheduled for 24 May", a different vote in a different passage, though
// the passage on the Holm vote gives its tally (9 to 4, on 24 May 2022).
// Only a sentence on what is asked can make it pending; here the Holm
// passage answers, as it did.
func TestReview33bPendingSentenceFromAnotherPassage(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Council, Holm]\nvik: [Vik]\n",
		"Bridge. Holm Council approved the Riga bridge by 9 votes to 4 on 24 May 2022.",
		"Vik. The Vik referendum on the ferry link is scheduled for 24 May.",
		"Wages. Vik's minimum wage will rise to EUR 12 an hour on 1 July.",
		"Ports. Riga port has charged a fee of EUR 5 a tonne on coal since 1 July 2021.",
	)
	wantFirst(t, ix, "holm bridge vote tally 24 may", "p1")
	wantFirst(t, ix, "holm council vote tally on 24 may?", "p1")
	wantFirst(t, ix, "riga port coal fee 1 july", "p4")
}

// simplePast now skips a past form before "by" and a word that is no
// figure, to spare participles ("commissioned by its board"). But "rose
// by a fifth", "fell by a quarter", "passed by a wide margin" are the
// simple past, and the commonest way a source tells a move. With the past
// unseen, a sentence that also says "will" is told as still to come, its
// yearless day moves to next year (FindWhen: "on 12 April" becomes April
// 2024 in a source of May 2023), and a question on the move is declined
// as pending. These moves happened and the passages should be cited.
func TestReview33bSimplePastBeforeByAMargin(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\ntarn: [Tarn Group, Tarn]\n",
		"The bill. The bill passed by a wide margin on 24 February and will take effect on 1 July.",
		"Trade. Vik's exports fell by a quarter on 3 March and will fall further, the ministry says.",
		"Shares. Tarn shares rose by a fifth on 12 April, and the company will report in June.",
	)
	wantFirst(t, ix, "bill vote result 24 feb", "p1")
	wantFirst(t, ix, "how much did vik exports fall on 3 march?", "p2")
	wantFirst(t, ix, "how much did tarn shares rise on 12 april?", "p3")
}

// terseSumRE makes any keyword question that closes on "prices" or
// "profits" one on an amount of money, so that a passage that tells the
// sum by its change ("rose 40%", "doubled") is
// declined with "The sources give no amount of money for this". Analysts
// ask "vik electricity prices 2022" for how prices went as often as for a
// price, and the passage answers it; it should be cited, as it was.
func TestReview33bKeywordSumToldByItsChange(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nholm: [Holm Power, Holm]\n",
		"Prices. Electricity prices in Vik rose 40% in 2022 as gas costs soared.",
		"Profits. Holm's profits doubled in 2022 on higher power prices.",
	)
	wantFirst(t, ix, "vik electricity prices 2022", "p1")
	wantFirst(t, ix, "holm profits 2022", "p2")
	wantFirst(t, ix, "holm profit in 2022?", "p2")
}

// partGiven counts as a part only a clause with an amount of money other
// than the total. So a part told as a share of it ("Of the USD 5bn ...,
// 60% went to the Riga port"), or the parts of a total that is no sum at
// all ("5m tonnes ...; 3m tonnes went to Riga"), are no parts: "how much
// of the 5bn went to riga port?" and "how much of the 5m tonnes went to
// riga?" are declined with "The sources give the 5 billion as a whole,
// not its parts", which is false: the part is given in the next clause.
func TestReview33bPartNotWrittenAsASum(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\nvik: [Vik]\n",
		"Aid. Of the USD 5bn Holm Bank lent Vik, 60% went to the Riga port.",
		"Grain. Vik exported 5m tonnes of grain in 2022; 3m tonnes went to Riga and the rest to Lund.",
	)
	wantFirst(t, ix, "how much of the 5bn went to riga port?", "p1")
	wantFirst(t, ix, "how much of the 5m tonnes went to riga?", "p2")
	wantFirst(t, ix, "vik grain exports 5m t breakdown by destination", "p2")
}

// partCueRE takes "split" as a question after a part of a whole wherever
// a sum is named, so "did the $2bn tarn takeover split the holm board?",
// which asks whether the board was divided, is declined with "The sources
// give the $2 billion as a whole, not its parts." "Split" with an object
// that is no sum (a board, a party, opinion) asks no breakdown; the
// passage answers and should be cited, as it was.
func TestReview33bSplitAsAVerbAsksNoParts(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Group, Holm]\ntarn: [Tarn]\n",
		"Deal. Holm's USD 2bn takeover of Tarn split its board, with three directors voting against.",
	)
	wantFirst(t, ix, "did the $2bn tarn takeover split the holm board?", "p1")
	wantFirst(t, ix, "did the 2bn takeover split holm's board", "p1")
}

// The new desk shorthand writes "m2" as "square metres" in lower case,
// but to an economics desk "m2" typed in Slack is the money supply: "vik
// m2 money supply 2022" is made a question on an area and declined with
// "The sources give no area for this", though the passage on Vik's M2 answers
// it. "m2" should stay as written where the sources write M2 (the upper
// case "vik M2 money supply 2022" is still answered).
func TestReview33bLowerCaseM2IsTheMoneySupply(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\n",
		"Money. Vik's M2 money supply grew 9% in 2022, the fastest in a decade.",
	)
	wantFirst(t, ix, "vik m2 money supply 2022", "p1")
	wantFirst(t, ix, "how fast did vik m2 grow in 2022?", "p1")
	wantFirst(t, ix, "vik m2 2022", "p1")
}

// "vol" is now always "volume", but on a markets desk "vol" is volatility
// ("implied vol"): before, it was read as the sources' "volatility", the
// one word it starts there. Now "vik options vol?" searches for volume,
// which no passage on volatility has, and is declined ("No passage is
// about the question as a whole"; "what's implied vol on vik options" is
// made a question on a figure of volume). The shorthand should give way
// to the sources' own word.
func TestReview33bVolIsVolatilityWhereTheSourcesSaySo(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Exchange, Vik]\n",
		"Trading. Trading in Vik options fell by a third in March, to 40,000 contracts a day.",
		"Risk. Implied volatility on Vik options rose to 45% in March.",
	)
	wantFirst(t, ix, "vik options vol?", "p2")
	wantFirst(t, ix, "what's implied vol on vik options", "p2")
	wantFirst(t, ix, "what's the vol on vik options", "p2")
}

// sumOnAsked reads a sum's sentence with the one before it only. A source
// that names the thing and gives its cost two sentences on ("Vik opened a
// desalination plant ... It took three years to build. It cost EUR
// 120m") is the plainest way to write it, yet "vik desalination plant
// cost?" is declined with "The sources give no amount of money for this".
// A passage with no heading on anything else is on the thing it opens
// with; it should be cited, as it was.
func TestReview33bSumTwoSentencesOn(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nholm: [Holm Bank, Holm]\n",
		"Vik opened a desalination plant near Riga in 2021. It took three years to build. It cost EUR 120m, most of it lent by Holm Bank.",
	)
	wantFirst(t, ix, "vik desalination plant cost?", "p1")
	wantFirst(t, ix, "cost of vik's desalination plant", "p1")
}

// A kind of sum a keyword question names must be named in the sum's
// sentence by a word kindIn relates to it, but the lexicon's families miss
// the plainest ones: "Tarn borrowed USD 40m from Holm Bank" is no loan
// ("borrow" has "lend" only as its opposite), "a penalty of EUR 3m" no
// fine. "tarn loan size", "tarn depot loan" and "vik leak fine" are now
// declined with "The sources give no amount of money for this"; each
// passage gives the sum asked and should be cited, as it was.
func TestReview33bKindOfSumByAnotherWord(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nholm: [Holm Bank, Holm]\n",
		"The regulator imposed a penalty of EUR 3m on Vik in March for leaks.",
		"Tarn borrowed USD 40m from Holm Bank in 2020 to build a depot.",
	)
	wantFirst(t, ix, "vik leak fine", "p1")
	wantFirst(t, ix, "tarn loan size", "p2")
	wantFirst(t, ix, "tarn depot loan", "p2")
	wantFirst(t, ix, "tarn loan from holm amt", "p2")
}

// "conceded" is now a verb of stance in all its uses, but a party that
// "conceded two seats" in an election, or a side that conceded ground,
// said nothing: "what did vik say about the election?" is now answered
// with "Vik conceded two seats to the Liberals in the March election",
// and "what did riga police say about the protest?" with police who
// "cautioned 12 protesters" (a formal warning given, no view). Both
// should be declined as reporting nothing said, as they were; only
// "conceded that ..." (or a quote) is a saying.
func TestReview33bConcededSeatsIsNoSaying(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Rail, Holm]\nvik: [Vik]\n",
		"Police. Riga police cautioned 12 protesters on 3 March after a sit-in at the Holm Rail depot.",
		"Vote. Vik conceded two seats to the Liberals in the March election.",
	)
	wantDeclined(t, ix, "what did vik say about the election?", "nothing Vik said")
	wantDeclined(t, ix, "what did riga police say about the protest?", "nothing riga said")
}

// splitCompound reads any lower-case word the sources and English lack as
// two of the sources' words, so a name the sources never mention typed in
// lower case ("northgate", a company) becomes "north gate": "did northgate
// buy into holm port?" is now answered with a passage on the north gate
// of Holm Port being closed for the winter. Before, the missing name made
// it uncovered, as it is. A split should only read a word whose two
// halves the sources write side by side ("buy side").
func TestReview33bUnknownNameSplitInTwo(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Port, Holm]\n",
		"Gates. The north gate of Holm Port was closed all winter after a storm damaged it.",
		"Stakes. Tarn Capital owns 40% of Holm Port, and a Riga fund owns the rest.",
	)
	wantNotCovered(t, ix, "did northgate buy into holm port?")
	wantNotCovered(t, ix, "who owns northgate?")
}

// A question on what happened "in the end" is now declined with "The
// sources tell of it only as still to come" wherever its best sentence
// has a word of pendingRE, even where that sentence tells it as done:
// "Holm accepted the offer that Vik had proposed" ('proposed' of the
// offer) and "Holm won the tender ... and is set to start work in July"
// (a later step). The reply then quotes, as pending, a sentence saying it
// happened. The reason should be the general one, as it was: the sources
// are as of 2 May 2023.
func TestReview33bAfterQuestionToldAsDoneIsNoPending(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Energy, Holm]\nvik: [Vik]\n",
		"Offer. Holm accepted the offer that Vik had proposed for the Riga stake.",
		"Tender. Holm won the tender for the Lund wind farm in March and is set to start work in July.",
	)
	wantDeclined(t, ix, "did holm accept vik's offer in the end?", "as of 2 May 2023")
	wantDeclined(t, ix, "did holm win the lund wind farm tender in the end?", "as of 2 May 2023")
}

// A keyword question after a result ("riga wind farm tender result", "lund
// mine approval outcome") is now pending wherever its sentence has a word
// of pendingRE, even where the sentence tells the result in the simple
// past and only a later step as to come: "Holm won the tender ... in
// March and is set to start work in July", "Tarn asked the ministry to
// approve its Lund mine, which it did in March". doneRE's list of verbs
// knows neither "won" nor "which it did". The result is told; the passage
// should be cited, as it was.
func TestReview33bResultToldBeforeALaterStep(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Energy, Holm]\n",
		"Tender. Holm won the tender for the Riga wind farm in March and is set to start work in July.",
		"Permit. Tarn asked the ministry to approve its Lund mine, which it did in March.",
	)
	wantFirst(t, ix, "riga wind farm tender result", "p1")
	wantFirst(t, ix, "lund mine approval outcome", "p2")
	wantFirst(t, ix, "was the lund mine approved?", "p2")
}
