package knowledge_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// "how long is the tunnel?": "long" asks for a length, which a passage
// gives as a figure ("52.4 km"), not a word it must write; searched, it
// ranked a passage on long delays first and the question was declined as
// giving no distance.
func TestRoundFiftySevenHowLongAsksAMeasure(t *testing.T) {
	ix := quietIndex(t, "",
		"The route. The tunnel runs for 52.4 km under the range between its two portals, with cross-passages every 325 metres.",
		"The delays. Long delays have dogged the tunnel, and residents say the long wait for the opening has been too long.",
		"The harbour. How often the ferries sail is set by the harbour board, and the crossing takes 40 minutes.",
	)
	wantFirst(t, ix, "how long is the tunnel?", "p1")
	wantFirst(t, ix, "how far does the tunnel run under the range?", "p1")

	quick := quietIndex(t, "",
		"The spread. The fire reached the coast 22 km away in nine hours.",
		"The response. Crews said the fire was quick, their quick response was quicker than in 2019, and the fast evacuation of the coast was quickly done.",
	)
	wantFirst(t, quick, "how quickly did the fire reach the coast?", "p1")

	// the measure word is counted as a word, not inside another:
	// "farmers" is not a second "far"
	farm := quietIndex(t, "",
		"The border. Farmers travel 40 km to the border.",
		"The market. Farmers travel far to the far market, and the far border is far from the far hills.",
	)
	wantFirst(t, farm, "how far do farmers travel to the border?", "p1")

	// written twice, the word is also what is asked about: "how long
	// were the long delays" asks of the long delays
	twice := quietIndex(t, "",
		"The works. The long delays on the works lasted 14 months.",
		"Delays. Delays were short, and delays fell.",
	)
	wantFirst(t, twice, "how long were the long delays?", "p1")
}

// "how much compensation did the growers get?", where "the utility has
// signed compensation agreements with 29 of them, but the amounts have not
// been disclosed": the clause keeps back what the clause before it tells of
// ("the amounts" of those agreements), so the sources say the sum is not
// known, which is no answer. How many signed, and what was signed, are
// still answered.
func TestRoundFiftySevenTheAmountsKeptBack(t *testing.T) {
	ix := quietIndex(t, "",
		"The wells. Forty-one growers lost their wells when the aquifer fell; the utility has signed compensation agreements with 29 of them, but the amounts have not been disclosed. A pipeline opened in May.",
		"The budget. The utility's budget for the year is EUR 46 million, most of it for the pipeline.",
	)
	wantDeclined(t, ix, "how much compensation did the growers get?", "not been made public or is not known")
	wantFirst(t, ix, "how many growers signed compensation agreements?", "p1")
	wantFirst(t, ix, "did the utility sign compensation agreements with the growers?", "p1")
}

// "who were the peer reviewers on the Harbour Review article?", where
// "It was reviewed by two referees, whose names the journal does not
// disclose": the sentence on what is asked is read by the question's words
// other than names, not lost to the sentence that names the journal; the
// sources say the names are not made public.
func TestRoundFiftySevenNamesKeptBackBesideTheJournal(t *testing.T) {
	ix := quietIndex(t, "harbour-review: [Harbour Review of Policy, Harbour Review, HRP]\n",
		"About this publication. This article appeared in the Harbour Review of Policy (HRP), Vol. 8, in October. It was reviewed by two referees, whose names the journal does not disclose.",
		"The port. The port handled 31 million tonnes of cargo in 2023.",
	)
	wantDeclined(t, ix, "who were the peer reviewers on the HRP article?", "not been made public or is not known")
	wantFirst(t, ix, "how many referees reviewed the article?", "p1")
	wantFirst(t, ix, "where did the article appear?", "p1")
}

// "how did the pilots' strike vote turn out?", where "a rival has
// complained, the pilots are about to ballot on a strike and a credit
// rating agency has turned cautious": the clause on the question tells the
// ballot as still to come ("are about to"); the other clauses' things
// done ("has complained", "has turned") are not its outcome. A clause that
// tells it done answers.
func TestRoundFiftySevenOutcomeInItsOwnClause(t *testing.T) {
	ix := quietIndex(t, "",
		"The short version. The merger is in its second phase. In the meantime a rival has complained, the pilots are about to ballot on a strike and a credit rating agency has turned cautious.",
		"The deal. The buyer offers EUR 4.20 a share in cash.",
	)
	wantDeclined(t, ix, "How did the pilots' strike vote turn out?", "only as still to come")

	done := quietIndex(t, "",
		"The short version. The merger is in its second phase. In the meantime a rival has complained, the pilots voted for a strike and a credit rating agency has turned cautious.",
		"The deal. The buyer offers EUR 4.20 a share in cash.",
	)
	wantFirst(t, done, "How did the pilots' strike vote turn out?", "p1")
}

// "bump" and "ping" ask nothing where they open or close a message
// ("bump: did ...?"); inside a question they are its words: "did they bump
// the offer to 4.60?", "a pay bump", "who do I ping in IT about it?".
func TestRoundFiftySevenChatWordsOnlyAtTheEdges(t *testing.T) {
	ix := quietIndex(t, "", "The offer. The buyer offered EUR 4.20 a share in November.")
	for q, want := range map[string]bool{
		"did they bump the offer to 4.60?":     true,
		"cabin crew pay bump for 2027?":        true,
		"who do I ping in IT about the offer?": true,
		"bump: did they raise the offer?":      false,
		"ping - what was the offer per share?": false,
		"what was the offer per share? bump":   false,
	} {
		text := strings.ToLower(ix.Understand(q).Text)
		if has := strings.Contains(text, "bump") || strings.Contains(text, "ping"); has != want {
			t.Errorf("%q searched as %q: keeps the chat word %v, want %v", q, text, has, want)
		}
	}
}

// "How many schools were shut and how many kids were sent home?": two
// questions, one of which the sources answer; "kids", which no source
// has, is listed as missing and no longer declines the whole. Not where
// the missing word is in no question of its own ("and when - 2397?"), nor
// where no part is answered.
func TestRoundFiftySevenOneOfTwoQuestionsAnswered(t *testing.T) {
	ix := quietIndex(t, "",
		"The schools. The ministry closed 1,140 schools from 8 June, sending home 412,000 pupils.",
		"The ban. A Security Council resolution banned the export of workers in 2017.",
	)
	r := ix.Search("How many schools were shut and how many kids were sent home?", knowledge.Options{})
	if !r.Covered || len(r.Hits) == 0 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") || !slices.Contains(r.Missing, "kids") {
		t.Errorf("covered %v (%s) %v, missing %v: want p1 first, kids missing", r.Covered, r.Reason, hitIDs(r.Hits), r.Missing)
	}
	wantDeclined(t, ix, "which resolution banned the export of workers and when - 2397?", "No source mentions 2397")
	wantDeclined(t, ix, "how many hospitals were shut and how many kids were sent home?", "No source mentions")
}
