package knowledge_test

import "testing"

// A review of round forty-six's three rules on made-up sources: a summary
// ranked first giving way to a passage that has its matched words
// (detailFirst), the verb after "how much" (verbOfAmount), and the kind
// of answer read from a message's asking sentences only (askingPart).
// Each test fails at the round's head and passes with its rule reverted.

// The summary says the appeal court voided the contract; the passage
// after it has the same words ("court", "rule", "contract") but tells of
// the lower court's ruling for the other side in 2021, which was
// overturned. detailFirst checks only that the detail has the summary's
// matched words, not that it tells the same thing, so the question is
// answered with the overturned ruling first: the opposite outcome. An
// analyst who reads the first citation gets the case backwards.
func TestReviewFortySixBSummaryGivesWayToTheOppositeRuling(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\ntarn: [Tarn]\n",
		"Overview. The court ruled for Vik Water: the contract with Tarn Pumps was void.",
		"The first ruling. A lower court had ruled for Tarn Pumps in 2021, holding the contract with Vik Water valid and binding on both parties for ten years.",
		"The hearing. Lawyers for both sides spoke for two days.",
	)
	wantFirst(t, ix, "what did the court rule on the contract?", "p1")
}

// The summary is the only passage that answers, and the passage put
// before it matches the same words but is about another party: another
// lender's loan for the old dam thirty years before, or customers who
// refused to pay their bills, not Vik Water refusing the ransom. The
// analyst is cited Tarn Bank's EUR 10m of 1990 for Holm Bank's EUR 40m,
// and the customers' bills for the board's refusal.
func TestReviewFortySixBSummaryGivesWayToAnotherParty(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\ntarn: [Tarn]\nholm: [Holm Bank, Holm]\n",
		"In brief. Holm Bank is lending Vik Water EUR 40m for the new dam, to be repaid over 20 years.",
		"The old loan. Tarn Bank lent Vik Water EUR 10m in 1990 for the old dam, which was finished in 1994; the loan was repaid in 2010.",
		"The dam. The new dam will hold twice as much water as the old one.",
	)
	wantFirst(t, ix, "how much is vik water being lent for the dam?", "p1")

	ix = quietIndex(t, "vik: [Vik Water, Vik]\ntarn: [Tarn]\n",
		"The gist. Vik Water refused to pay the ransom, and its board backed the decision.",
		"The customers. Thousands of Vik Water customers refused to pay their bills during the outage, and the board said it would not chase them until the summer.",
		"The ransom. The attackers asked for EUR 9m in bitcoin.",
	)
	wantFirst(t, ix, "did vik water refuse to pay?", "p1")
}

// The key points give the latest year's profit (EUR 12m in 2023); the
// passage after them tells of the profit in the flood year 2019 (EUR
// 2m). A question on the profit with no year now cites the 2019 figure
// first: a figure five years old, and a fall where the source's headline
// is a rise.
func TestReviewFortySixBSummaryGivesWayToAnEarlierYear(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"Key points. Vik Water's profit rose to EUR 12m in 2023, its best year since the flood.",
		"The flood year. In 2019 Vik Water's profit fell to EUR 2m after the flood destroyed two pumping stations and cost it the contract with the city.",
		"The tariffs. Tariffs rose by 4% a year.",
	)
	wantFirst(t, ix, "what was vik water's profit?", "p1")
	wantFirst(t, ix, "how did vik water's profit change?", "p1")
}

// A live blog: its summary, updated, says the regulator fined Vik Water
// in June; an earlier entry says the fine was still expected. Put first,
// the earlier entry makes the judge decline the question as told "only as
// still to come" — the source says plainly that the fine was imposed. The
// analyst is told the sources cannot say what they state in their first
// line.
func TestReviewFortySixBSummaryGivesWayToAnEarlierEntryAndTheQuestionIsDeclined(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\ntarn: [Tarn]\n",
		"Summary. Tarn's regulator fined Vik Water EUR 4m on 3 June over the ransomware attack, and Vik has paid it.",
		"Earlier: the investigation. Tarn's regulator is expected to fine Vik Water once its investigation of the ransomware attack is over; a decision is due in June.",
		"The ransom. The attackers asked Vik for EUR 9m in bitcoin; its board refused to pay after a meeting that lasted most of the night.",
	)
	wantFirst(t, ix, "did tarn's regulator fine vik water?", "p1")
	wantFirst(t, ix, "did the regulator fine vik?", "p1")
}

// A question after the whole story in words the about-the-piece detector
// does not know ("play out overall", "what's going on with") is not
// exempt, so the summary (attack, refusal, fine) gives way to the passage
// on the nine days the billing systems were locked: one episode for the
// overview asked.
func TestReviewFortySixBOverviewInOtherWordsGetsOneEpisode(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\ntarn: [Tarn]\n",
		"The short version. Vik Water was hit by ransomware in May; it refused to pay, and Tarn's regulator fined it.",
		"The attack. The ransomware locked the billing systems of Vik Water for nine days in May; engineers restored them from backups kept offline.",
		"The fine. On 3 June Tarn's water regulator fined Vik Water EUR 4m for failing to patch its systems, the largest fine it has imposed on a utility.",
		"The ransom. The attackers asked Vik for EUR 9m in bitcoin; its board refused to pay after a meeting that lasted most of the night.",
	)
	wantFirst(t, ix, "how did the ransomware at vik water play out overall?", "p1")
	wantFirst(t, ix, "what's going on with vik water and the ransomware?", "p1")
}

// After "how much", a plural noun of a sum before a particle ("how much
// taxes on", "royalties from", "profits from") is taken for a verb in the
// third person: it ends in -s and the lexicon gives it a base form. What
// is counted is then no word the question needs, so where no source
// mentions taxes, royalties or profits, the question is answered with
// whatever passage has its other words (tonnes of steel imported, the
// furnace's opening) instead of "No source mentions taxes."
func TestReviewFortySixBPluralSumNounTakenForAVerb(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Steel, Vik]\ntarn: [Tarn]\n",
		"The trade. Tarn imported 3.1m tonnes of steel from Vik in 2023, up from 2.4m tonnes the year before.",
		"The plant. Vik Steel's new furnace in Tarn opened in March and employs 400 people.",
		"The port. Most of the steel is shipped through the port of Tarn, which was dredged in 2022.",
	)
	wantDeclined(t, ix, "how much taxes on steel imports does tarn collect?", "taxes")
	wantDeclined(t, ix, "how much royalties from the furnace?", "royalties")
	wantDeclined(t, ix, "how much profits from the tarn plant?", "profits")
}

// The source mentions the furnace's emissions but gives no figure for
// them. With "emissions" taken for a verb, nothing says the figure must
// be of emissions, and the furnace's output (1.2m tonnes of steel a year)
// is cited as how much it emits, where before the bot said the sources
// give no figure: a wrong number, not an honest gap.
func TestReviewFortySixBEmissionsTakenForAVerbGetsTheOutputFigure(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Steel, Vik]\ntarn: [Tarn]\n",
		"The chimney. Emissions from the Vik Steel furnace have worried neighbours in Tarn since it opened, and the council has asked for a study.",
		"The plant. The Vik Steel furnace in Tarn opened in March, produces 1.2m tonnes of steel a year and employs 400 people.",
		"The port. Most of the steel is shipped through the port of Tarn, which was dredged in 2022.",
	)
	wantDeclined(t, ix, "how much emissions from the vik steel furnace?", "no figure")
}

// The scene says the fund paid strikers; the asking sentence points back
// to it ("How much was that?"). Read from the asking sentence alone, the
// question asks a count, not a sum, and the head-count of strikers is
// cited first instead of the EUR 2.4m the fund paid out.
func TestReviewFortySixBSceneHoldsTheSumTheQuestionPointsBackTo(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Union, Vik]\n",
		"The strike fund. The union's strike fund paid out EUR 2.4m in all over the six weeks of the strike.",
		"The strikers. About 4,000 strikers were paid from the union's strike fund for the six weeks of the strike.",
		"The ferries. The ferries ran a reduced timetable.",
	)
	wantFirst(t, ix, "The union's strike fund paid strikers for six weeks. How much was that?", "p1")
	wantFirst(t, ix, "Strikers were paid from the union's strike fund. How much came out of it?", "p1")
}

// Where the source gives no sum for the fund at all, the same kind of
// message was declined as "The sources give no amount of money for
// this."; read as a count, it is answered with the 4,000 strikers, a
// number of people for a question on money.
func TestReviewFortySixBSceneSumMissingAnsweredWithAHeadCount(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Union, Vik]\n",
		"The strike fund. The union's strike fund supported about 4,000 strikers for the six weeks of the strike.",
		"The talks. Talks resumed in June, after the strike ended.",
		"The ferries. The ferries ran a reduced timetable.",
	)
	wantDeclined(t, ix, "Strikers got paid from the union's strike fund. How much was in it?", "no amount of money")
	wantDeclined(t, ix, "The union's strike fund paid strikers for six weeks. How much was that?", "no amount of money")
}

// The same loss in messages of other shapes: two questions after the
// scene ("How much was it and who got it?"), and the question first with
// the scene told after it ("How much was in it? The union's strike fund,
// which paid the strikers."). The sentence that says money is paid is
// not an asking one, so it no longer says a sum is wanted, and the sum's
// passage is no longer cited first (in the first, not cited at all).
func TestReviewFortySixBSceneSumLostInOtherShapesOfMessage(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Union, Vik]\n",
		"The strike fund. The union's strike fund paid out EUR 2.4m in all over the six weeks of the strike.",
		"The strikers. About 4,000 strikers were paid from the union's strike fund for the six weeks of the strike.",
		"The ferries. The ferries ran a reduced timetable.",
	)
	wantFirst(t, ix, "Strikers were paid from the union's strike fund. How much was it and who got it?", "p1")
	wantFirst(t, ix, "How much was in it? The union's strike fund, which paid the strikers.", "p1")
}
