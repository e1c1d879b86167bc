package knowledge_test

import "testing"

// Finding (judge.go namedKind / lexicon.GoesByName): location.n.01 in
// WordNet covers abstract "places" as well as named ones: the commonest
// sense of "part" (a region, "the extended spatial location of
// something") and of "source" ("the place where something begins") are
// kinds of location, so GoesByName marks them, and a question after
// "which two parts of the law" or "which two sources of funding" now
// needs a list of capitalised names. Parts of a law and sources of revenue
// do not go by names: the passages list them in plain words ("the
// data-retention rule and the ban on appeals", "a levy on betting
// operators and ticket sales") and answer the questions, which were
// answered before this round and are now declined as "The sources do not
// say which parts/sources."
func TestReview56_AbstractPlacesGoByNoName(t *testing.T) {
	ix := quietIndex(t, "",
		"The ruling. The court struck down two parts of the law in March: the data-retention rule and the ban on appeals.",
		"The funding. The agency is funded from two sources: a levy on betting operators and ticket sales.",
	)
	wantFirst(t, ix, "which two parts of the law did the court strike down?", "p1")
	wantFirst(t, ix, "which two sources is the agency funded from?", "p2")
}

// Finding (judge.go judge, the "ended up" outcome near the best): the
// passage near the best is taken as telling the outcome when it has a past
// of the verb done by the parties the question names (toldDone); a party
// asked by a role that is no glossary name ("the health minister") gives
// no names, so any resignation does. "Did the health minister end up
// resigning?" is answered by the finance minister's resignation, though
// no source says the health minister resigned; it should be declined.
func TestReview56_EndedUpByAnotherParty(t *testing.T) {
	ix := quietIndex(t, "maronde: [Ivo Maronde, Maronde]\nberg: [Ola Berg, Berg]\n",
		"The inquiry. The inquiry found that officials told the health minister, Ivo Maronde, of the outbreak in May.",
		"The cabinet. The finance minister, Ola Berg, resigned on 16 October 2022 over the budget.",
	)
	wantNotCovered(t, ix, "Did the health minister end up resigning?")
}

// Finding (judge.go judge / toldDone, the "ended up" outcome near the
// best): the best passage is the one on what the outcome is asked of (the
// stadium) and has no word of selling, so a passage within toldMargin
// that tells any sale by the club answers; what was sold is checked only
// within the passage's own sentence (toldElsewhere), and the near
// passage never names the stadium. "Did Norda FC end up selling its
// stadium to cover the debts?" is answered by the sale of the training
// ground. No source says the stadium was sold: it should be declined (as
// it was before this round).
func TestReview56_EndedUpWithAnotherObject(t *testing.T) {
	ix := quietIndex(t, "norda: [Norda FC, Norda]\n",
		"The stadium. Norda FC's stadium, which holds 22,000, was valued at EUR 40 million in the club's accounts, and the club's debts came to EUR 55 million.",
		"The training ground. Norda FC sold its training ground to a property developer in 2022 for EUR 9 million.",
	)
	wantNotCovered(t, ix, "did Norda FC end up selling its stadium to cover the debts?")
}

// Finding (judge.go judge, the "ended up" outcome near the best): "the
// best passage has no word of the deed" is read as "the best passage does
// not tell the outcome", by the verb's stem alone. A best passage that
// tells it in other words ("refused to step down and stayed in office")
// is the one on it, as one saying "whether it sends them is not known"
// is; instead an unrelated, earlier resignation near it (from a trust's
// board in 2015) is put first as the outcome. The question is answered by
// the best passage: he did not resign. (Before this round it was declined
// as after the sources; by the round's own rule, "a best passage that
// tells of the deed as not done is the one on it", p1 should answer.)
func TestReview56_EndedUpToldNotDoneInOtherWords(t *testing.T) {
	ix := quietIndex(t, "maronde: [Ivo Maronde, Maronde]\n",
		"The inquiry. The inquiry found that officials told the health minister, Ivo Maronde, of the outbreak in May. Maronde refused to step down and stayed in office until the election.",
		"The earlier post. Maronde resigned from the board of a hospital trust in 2015.",
	)
	// Mended in part: the earlier resignation, of another post (no word
	// of what the question asks it of), no longer answers; the question
	// is declined as after the sources, as before round 56. Reading
	// "refused to step down and stayed in office" as "did not resign"
	// (the deed's opposite in other words) is left.
	wantDeclined(t, ix, "Did Maronde end up resigning as health minister?", "cannot report")
}

// Finding (judge.go judge, shareOfSumGivenRE): any "N% of <sum noun>"
// in a passage on the parties answers a question after what pay or fee
// something is, whatever the share is a share of, and whether or not it is
// the pay or fee asked. "Wages had made up 40% of the plant's costs" says
// nothing of what pay the furloughed staff got; "sellers account for 30%
// of its sales" says nothing of the fee Vik charges them. Both questions
// were declined before this round ("no amount of money") and should be:
// the share must be of the sum asked (their pay), or be the fee itself.
func TestReview56_ShareOfAnotherSum(t *testing.T) {
	ix := quietIndex(t, "brenneck: [Brenneck]\nvik: [Vik Markets, Vik]\n",
		"The shutdown. Production at Brenneck halted in December, and 520 of the plant's 640 employees were placed on furlough. Wages had made up 40% of the plant's costs.",
		"The platform. Sellers on Vik account for 30% of its sales, and the platform has 2 million of them.",
	)
	wantDeclined(t, ix, "what pay did the furloughed brenneck staff get?", "no amount of money")
	wantDeclined(t, ix, "what fee does Vik charge its sellers?", "no amount of money")
}

// Finding (judge.go judge, sumNounAskedRE / shareOfSumGivenRE): the
// rule does not tie the share to the charge asked about. "What levy did
// the review propose for the agency?" is answered by the gaming tax the
// operators already pay ("15% of their revenue in gaming tax"), which is
// not the levy, nor proposed by the review; the sources give no rate of a
// levy, and the question should be declined.
func TestReview56_ShareOfAnotherCharge(t *testing.T) {
	ix := quietIndex(t, "",
		"The review. The review proposed a new agency to police betting, funded by a levy on the operators; betting operators already pay 15% of their revenue in gaming tax.",
	)
	wantDeclined(t, ix, "what levy did the review propose for the agency?", "no amount of money")
}

// Finding (judge.go judge, credentialWords): the rule clears the
// background word from the question's missing and salient words, but it
// still weighs against the passage on the author when the judge asks
// whether the best passage is about the question as a whole (unguessed
// keeps it). Unless the question's other words are heavy (a glossary
// name, as "insurers" in round 56's test), the passage on the author is
// put first and then declined: "What experience does the writer have as a
// firefighter?" is declined as "No passage is about the question as a
// whole", though the passage on the author says she worked as a
// firefighter for nine years. It should answer with that passage.
func TestReview56_BackgroundWordStillWeighsAgainstTheAuthor(t *testing.T) {
	ix := writerSource(t, "mira-holt: [Mira Holt, Holt]\n",
		"The fires. The fires burned 300,000 hectares in 2022, and within weeks the insurers began to leave the province, writing fewer new policies.",
		"Mira Holt is a senior fellow at a university in the north. She worked as a firefighter for nine years before 2015 and then reported on wildfires for a local paper.")
	wantFirst(t, ix, "What experience does the writer have as a firefighter?", "p3")
	wantFirst(t, ix, "What experience does the writer have with wildfires?", "p3")
}
