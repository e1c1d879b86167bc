package knowledge_test

import "testing"

// "What reasons did X give for ...?" asks what X said of it: a passage
// that only reports what X did (voted against) is no answer, one that
// reports what X or its chief said is.
func TestReasonsAPartyGave(t *testing.T) {
	ix := quietIndex(t, "",
		"The vote. The Harbour Party and the Coast League voted against the ferry bill; the Farmers' Union voted for it.",
		"The insurer. Holm Mutual said it would stop selling home policies in the hills. Its chief executive, Ada Brun, said: \"We cannot price a risk the climate has rewritten.\"",
		"The bill. The ferry bill sets new fares from May.",
	)
	wantDeclined(t, ix, "what reasons did the Coast League give for opposing the ferry bill?", "motive")
	wantFirst(t, ix, "what reason did Holm Mutual's boss give for pulling back from the hills?", "p2")
}

// "Did the mayor say anything about ...?", a question that names no one,
// asks what the holder of the role said: a passage where the mayor only
// signs is no answer; one where the mayor says something is.
func TestWhatTheHolderOfARoleSaid(t *testing.T) {
	ix := quietIndex(t, "",
		"The order. Mayor Ada Brun signed the ferry order on 3 May, and the new fares took effect in June.",
		"The harbour. The harbour board said the fares would cover the dredging.",
	)
	wantDeclined(t, ix, "did the mayor say anything about the ferry fares before she signed the order?", "nothing the mayor said")
	ix = quietIndex(t, "",
		"The order. Mayor Ada Brun signed the ferry order on 3 May; the mayor said the fares were fair.",
		"The harbour. The harbour board said the fares would cover the dredging.",
	)
	wantFirst(t, ix, "did the mayor say anything about the ferry fares before she signed the order?", "p1")
}
