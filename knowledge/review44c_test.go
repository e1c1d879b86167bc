package knowledge_test

import "testing"

// norwayGlossary names three countries for the count checks below.
const norwayGlossary = "norway: [Norway, Norwegian]\nsweden: [Sweden, Swedish]\nfinland: [Finland, Finnish]\n"

// Wrong: placePhraseRE takes out only the first run of capitalised words
// after "to", so in "sent 300 soldiers to Sweden and Finland" the second
// destination is left and taken as the count's owner: "how many soldiers
// has norway sent?", in sources about Norway's army, is declined "The
// sources give this for Finland, not for Norway." Both countries are
// where the soldiers went; expected: p1 answers.
func TestReview44c_EveryListedDestinationIsNoOwner(t *testing.T) {
	ix := quietIndex(t, norwayGlossary,
		"The mission. The army has sent 300 soldiers to Sweden and Finland since March.",
		"The army. Norway has a small army, and its budget rose in 2022.",
		"The border. Norway and Sweden share a long border.",
		"The farms. Norway's farmers want more subsidies.",
	)
	wantFirst(t, ix, "how many soldiers has norway sent?", "p1")
}

// Wrong: a country that is the object of the count's verb phrase, not its
// owner, is taken as the owner wherever no listed preposition stands
// right before it: "sent 300 soldiers to help Sweden fight the forest
// fires" and "scored 3 goals in its win over Sweden" are declined "The
// sources give this for Sweden, not for Norway." Sweden is helped and
// beaten; expected: p1 answers each question.
func TestReview44c_CountryAsObjectIsNoOwner(t *testing.T) {
	ix := quietIndex(t, norwayGlossary,
		"The mission. The army has sent 300 soldiers to help Sweden fight the forest fires.",
		"The army. Norway has a small army, and its budget rose in 2022.",
		"The border. Norway and Sweden share a long border.",
		"The farms. Norway's farmers want more subsidies.",
	)
	wantFirst(t, ix, "how many soldiers has norway sent?", "p1")
	ix = quietIndex(t, norwayGlossary,
		"The match. The national team scored 3 goals in its win over Sweden in May.",
		"The team. Norway has a young national team, and its coach is new.",
		"The border. Norway and Sweden share a long border.",
		"The farms. Norway's farmers want more subsidies.",
	)
	wantFirst(t, ix, "how many goals did norway score?", "p1")
}

// Wrong: the reverse of the check's aim: a count whose owner is named by
// the country's adjective ("The Swedish army has sent 300 soldiers"), in
// a passage that never names Norway, answers "how many soldiers has
// norway sent?" as Norway's figure, because countryNamed skips every
// adjective. An adjective on the count's own subject makes it that
// country's figure; expected: declined, "The sources give this for
// Sweden, not for Norway."
func TestReview44c_CountOfAnotherCountrysArmyByItsAdjective(t *testing.T) {
	ix := quietIndex(t, norwayGlossary,
		"The mission. The Swedish army has sent 300 soldiers to the mission since March.",
		"The army. Norway has a small army, and its budget rose in 2022.",
		"The border. Norway and Sweden share a long border.",
		"The farms. Norway's farmers want more subsidies.",
	)
	wantDeclined(t, ix, "how many soldiers has norway sent?", "for Sweden")
}

// Wrong: statesOwnReason accepts any sentence naming the party with
// "blamed" or "cited" in it, whoever blames or cites: "Holm Mutual closed
// its Vik office, a move critics blamed on rising flood claims" and "...;
// analysts cited rising flood claims" answer "what reasons did Holm
// Mutual give for closing the Vik office?", though Holm Mutual gave none.
// Expected: declined, "The sources do not give Holm Mutual's motive."
func TestReview44c_ReasonOthersCitedInThePartysSentence(t *testing.T) {
	for _, p := range []string{
		"The office. Holm Mutual closed its Vik office in May, a move critics blamed on rising flood claims.",
		"The office. Holm Mutual closed its Vik office in May; analysts cited rising flood claims.",
	} {
		ix := quietIndex(t, "", p, "The bill. The ferry bill sets new fares from May.")
		wantDeclined(t, ix, "what reasons did Holm Mutual give for closing the Vik office?", "Holm Mutual's motive")
	}
}

// Wrong: "what reasons did X give" is answered wherever any hit has X say
// anything at all (voices), on any topic: with "Holm Mutual closed its
// Vik office in May." and, in another passage, "Holm Mutual said it lost
// 40 million euros on its pension fund", the question about the office is
// answered by p1, which gives no reason. Expected: declined, "The sources do not give
// Holm Mutual's motive."
func TestReview44c_PartySpeakingOfSomethingElseGivesNoReason(t *testing.T) {
	ix := quietIndex(t, "",
		"The office. Holm Mutual closed its Vik office in May.",
		"The fund. Holm Mutual said it lost 40 million euros on its pension fund in 2023.",
		"The bill. The ferry bill sets new fares from May.",
	)
	wantDeclined(t, ix, "what reasons did Holm Mutual give for closing the Vik office?", "Holm Mutual's motive")
}

// Wrong: roleBeforeSpeech takes the role anywhere before the verb of
// saying as its subject unless a preposition stands before it, so "The
// mayor's critics said ..." and "Fishermen who met the mayor said ..."
// answer "did the mayor say anything about the ferry fares?", though
// the critics and the fishermen speak. Expected: declined, "The sources
// report nothing the mayor said on this."
func TestReview44c_RoleBesideAnotherSpeaker(t *testing.T) {
	for _, p := range []string{
		"The fares. The mayor's critics said the new ferry fares, which rose 20% in May, were daylight robbery.",
		"The fares. Fishermen who met the mayor said the new ferry fares, which rose 20% in May, were daylight robbery.",
	} {
		ix := quietIndex(t, "", p, "The harbour. The harbour board approved the dredging plan in June.")
		wantDeclined(t, ix, "did the mayor say anything about the ferry fares?", "nothing the mayor said")
	}
}

// Wrong: roleSpeaks reads the holder speaking only with the role before a
// listed verb of saying, so the commonest ways news quotes an official
// are declined "The sources report nothing the mayor said on this": the
// inverted "\"...,\" said Mayor Siv Dahl", "according to Mayor Siv
// Dahl", and "Mayor Siv Dahl defended the fares, telling reporters ...".
// Expected: p1 answers each.
func TestReview44c_RoleHolderQuotedAfterTheVerb(t *testing.T) {
	for _, p := range []string{
		"The fares. \"The new ferry fares are fair to islanders,\" said Mayor Siv Dahl in May.",
		"The fares. The new ferry fares are fair to islanders, according to Mayor Siv Dahl.",
		"The fares. Mayor Siv Dahl defended the new ferry fares in May, telling reporters they were fair to islanders.",
	} {
		ix := quietIndex(t, "", p, "The harbour. The harbour board approved the dredging plan in June.")
		wantFirst(t, ix, "did the mayor say anything about the ferry fares?", "p1")
	}
}

// Wrong: roleHolder reads a role only as "the" and one word, so "did the
// prime minister say anything about the ferry fares?" or "... the harbour
// master ...", where no source names a prime minister or harbour master,
// is answered by the mayor's statement, quoting someone else as if they
// held the role (the one-word "the governor" is rightly declined).
// Expected: not covered.
func TestReview44c_RoleOfTwoWordsNoSourceNames(t *testing.T) {
	ix := quietIndex(t, "",
		"The fares. Mayor Siv Dahl said the new ferry fares were fair to islanders.",
		"The harbour. The harbour board approved the dredging plan in June.",
	)
	wantNotCovered(t, ix, "did the governor say anything about the ferry fares?")
	wantNotCovered(t, ix, "did the prime minister say anything about the ferry fares?")
	wantNotCovered(t, ix, "did the harbour master say anything about the ferry fares?")
}

// Wrong: antecedentIn looks for the pronoun's antecedent only before the
// pronoun, so where the question names it after ("How much did they lose
// on the pension fund at Holm Mutual?") the chat scene before ("Our CFO
// asked me this.", "Prepping for the board meeting.") is taken as what
// "they" points to and searched as the question's own words: declined
// "No source mentions CFO/Prepping." Expected: the scene stays aside and
// p1 answers, as the question alone is answered.
func TestReview44c_PronounBeforeTheQuestionsOwnName(t *testing.T) {
	ix := quietIndex(t, "",
		"The fund. Holm Mutual said it lost 40 million euros on its pension fund in 2023.",
		"The ferry. The Vik ferry carried 2 million passengers in 2023; the council runs it at a loss.",
	)
	wantFirst(t, ix, "How much did they lose on the pension fund at Holm Mutual?", "p1")
	wantFirst(t, ix, "Our CFO asked me this. How much did they lose on the pension fund at Holm Mutual?", "p1")
	wantFirst(t, ix, "Prepping for the board meeting. Did they lose money on the pension fund at Holm Mutual?", "p1")
}
