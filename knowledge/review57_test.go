package knowledge_test

import (
	"strings"
	"testing"
)

// Finding (search.go howMeasureRE): the word after "how" is dropped
// whatever follows it, so "how high" before a noun, where "high" is what
// the question is about ("how high energy prices hit the smelter": the
// prices were high), loses its word. A user asking how high energy prices
// hit the smelter expects the passage that says high energy prices forced
// it to shut potlines; with "high" unsearched, the question is declined as
// "No passage is about the question as a whole" (it was answered by p1
// before this round, and "how did high energy prices hit the smelter?"
// still is). A measure is asked where a verb follows ("how high is",
// "how long did"), not a noun.
func TestReview57_HowHighBeforeANoun(t *testing.T) {
	ix := quietIndex(t, "",
		"The smelter. High energy prices forced the smelter to shut two of its three potlines in 2022.",
		"The grid. The grid operator sets energy prices for the smelter and other large users every quarter.",
	)
	wantFirst(t, ix, "how did high energy prices hit the smelter?", "p1") // passes: the control
	wantFirst(t, ix, "how high energy prices hit the smelter?", "p1")
	wantFirst(t, ix, "explain how high energy prices hit the smelter", "p1")
}

// Finding (search.go howMeasureRE, under-reach): the list stops at
// long/far/wide/deep/high/tall/often/soon. "How old is the tunnel?" asks
// an age just as "how long" asks a length: the answer is a year ("opened
// in 1994"), not the word "old", yet "old" is searched and ranks the
// passage on the old road over the pass first, which is exactly the
// failure the rule was written for ("long delays"). And "how long's the
// tunnel?", the commonest chat form of "how long is the tunnel?", is not
// read as asking a length: the passage on when it opened is put first,
// not the one giving 52.4 km.
func TestReview57_HowOldAndHowLongsAskAMeasure(t *testing.T) {
	ix := quietIndex(t, "",
		"The route. The tunnel runs for 52.4 km under the range between its two portals, with cross-passages every 325 metres.",
		"The old road. The old road over the pass, which the tunnel replaced, is now closed to lorries; old bridges on it are crumbling.",
		"Opening. The tunnel opened in 1994 after eleven years of work.",
	)
	wantFirst(t, ix, "how long is the tunnel?", "p1") // passes: the rule's own case
	wantFirst(t, ix, "how old is the tunnel?", "p3")
	wantFirst(t, ix, "how long's the tunnel?", "p1")
}

// Finding (judge.go pointsBackRE, "the" added): a clause opening with
// plain "the terms have not been disclosed" is read as keeping back what
// the clause before it tells of, even where that clause gives the sum
// asked ("paid the 29 growers EUR 1.2 million in compensation in all").
// The "whose" path guards against exactly this ("paid EUR 2 million under
// a contract, whose terms are confidential": not where the clause before
// gives the sum), the new "the" path does not. A user asking how much
// compensation the growers got expects EUR 1.2 million in all; the
// question is declined as not made public (it was answered before this
// round).
func TestReview57_TheTermsBesideTheSumPaid(t *testing.T) {
	ix := quietIndex(t, "",
		"The wells. Forty-one growers lost their wells when the aquifer fell; the utility paid the 29 growers EUR 1.2 million in compensation in all, but the terms have not been disclosed. A pipeline opened in May.",
		"The budget. The utility's budget for the year is EUR 46 million, most of it for the pipeline.",
	)
	wantFirst(t, ix, "how much compensation did the growers get?", "p1")
}

// Finding (judge.go pointsBackRE, under-reach): "the" must be followed at
// once by the kept-back word and a verb, so the commonest ways of writing
// the same clause are missed: "but the amounts paid have not been
// disclosed", "but the individual amounts have not been disclosed". They
// keep back the compensation exactly as "but the amounts have not been
// disclosed" does (round 57's own case, which is declined), yet both are
// answered by a passage that gives no sum.
func TestReview57_TheAmountsPaidKeptBack(t *testing.T) {
	for _, kept := range []string{"the amounts paid have not been disclosed", "the individual amounts have not been disclosed"} {
		ix := quietIndex(t, "",
			"The wells. Forty-one growers lost their wells when the aquifer fell; the utility has signed compensation agreements with 29 of them, but "+kept+". A pipeline opened in May.",
			"The budget. The utility's budget for the year is EUR 46 million, most of it for the pipeline.",
		)
		wantDeclined(t, ix, "how much compensation did the growers get?", "not been made public or is not known")
	}
}

// Finding (judge.go withheld, onAsked): with the question's names left
// out, the sentence "on the question" is picked by its other words alone,
// so where the names are what tell two sentences apart, the wrong one is
// read. "Who reviewed the Harbour Review article?" is answered by "The
// Harbour Review article was reviewed by Ana Lind and Piet Vos"; the next
// sentence, on a companion piece in another journal whose referees are not
// named, has as many of the question's other words ("reviewed",
// "article"), and its "whose names the journal does not disclose" declines
// the question as not made public. It was answered before this round.
func TestReview57_NamedReviewersBesideWithheldOnes(t *testing.T) {
	ix := quietIndex(t, "harbour-review: [Harbour Review]\ncoast-journal: [Coast Journal]\nlind: [Ana Lind, Lind]\nvos: [Piet Vos, Vos]\n",
		"Peer review. The Harbour Review article was reviewed by Ana Lind and Piet Vos. Its companion piece in the Coast Journal was reviewed by two referees, whose names the journal does not disclose.",
		"The port. The port handled 31 million tonnes of cargo in 2023.",
	)
	wantFirst(t, ix, "who reviewed the Harbour Review article?", "p1")
}

// Finding (judge.go askedClause / clauseAlone): the clause on the
// question is read as telling the outcome still to come wherever no other
// clause of the sentence shares a word with it or opens with a pronoun,
// and the rest of the passage is not read at all. So the outcome told in
// other words is missed twice over:
//   - in the next clause: "the pilots were set to ballot on a strike in
//     May, but the plan was called off after the airline raised its pay
//     offer" (the sentence as a whole is not pending: doneRE finds "was
//     called off"; the clause alone is);
//   - in the next sentence: "the pilots are about to ballot on a strike
//     ... When the ballot closed on 2 June, 87% had backed a walkout."
//
// A user asking how the pilots' strike vote turned out expects p1, which
// tells it (called off; 87% for a walkout); both are declined as "only as
// still to come". Both were answered before this round.
func TestReview57_OutcomeToldBesideThePendingClause(t *testing.T) {
	off := quietIndex(t, "",
		"The short version. The merger is in its second phase. The pilots were set to ballot on a strike in May, but the plan was called off after the airline raised its pay offer.",
		"The deal. The buyer offers EUR 4.20 a share in cash.",
	)
	wantFirst(t, off, "How did the pilots' strike vote turn out?", "p1")
	wantFirst(t, off, "did the pilots' strike vote go ahead?", "p1")

	later := quietIndex(t, "",
		"The short version. The merger is in its second phase. In the meantime a rival has complained, the pilots are about to ballot on a strike and a credit rating agency has turned cautious. When the ballot closed on 2 June, 87% had backed a walkout.",
		"The deal. The buyer offers EUR 4.20 a share in cash.",
	)
	wantFirst(t, later, "How did the pilots' strike vote turn out?", "p1")
}

// Finding (judge.go pendingRE, under-reach): "is/are about to" was added,
// but not its past, which a source written in the past tense uses: "By
// March ... a rival had complained, the pilots were about to ballot on a
// strike and a credit rating agency had turned cautious" tells the ballot
// as still to come just as "are about to" does. A user asking how the
// vote turned out should hear that the sources cannot say; the question is
// answered by p1 instead (round 57's own case, in the present, is
// declined).
func TestReview57_WereAboutToIsStillToCome(t *testing.T) {
	ix := quietIndex(t, "",
		"The short version. By March the merger was in its second phase. In the meantime a rival had complained, the pilots were about to ballot on a strike and a credit rating agency had turned cautious.",
		"The deal. The buyer offered EUR 4.20 a share in cash.",
	)
	wantDeclined(t, ix, "How did the pilots' strike vote turn out?", "only as still to come")
}

// Finding (normalize.go openChatRE / closeChatRE): "bump" and "ping" are
// dropped wherever they open or close a message, whatever they are there:
// the last word of "did the cabin crew get a pay bump?", the first of
// "bump stocks: when were they banned?", and the glossary's name "Ping An"
// at the start of "Ping An: how much of the bank did it buy?". A user
// expects each searched with its word; for Ping An the name is lost and
// the passage on Norda Capital's stake is put first.
func TestReview57_BumpAndPingAsContentAtTheEdges(t *testing.T) {
	ix := quietIndex(t, "ping-an: [Ping An]\nnorda: [Norda Capital, Norda]\n",
		"The stake. Ping An bought 8% of the bank in 2023 for EUR 900 million.",
		"The rival. Norda Capital bought 12% of the bank in 2021 and sold it in 2024.",
		"Pay. Cabin crew will get a 4% pay bump in 2027 under the deal.",
	)
	for q, word := range map[string]string{
		"did the cabin crew get a pay bump?":        "bump",
		"bump stocks: when were they banned?":       "bump",
		"Ping An: how much of the bank did it buy?": "ping",
	} {
		if text := strings.ToLower(ix.Understand(q).Text); !strings.Contains(text, word) {
			t.Errorf("%q searched as %q: %q dropped as chat", q, text, word)
		}
	}
	wantFirst(t, ix, "Ping An: how much of the bank did it buy?", "p1")
}
