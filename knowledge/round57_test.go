package knowledge_test

import "testing"

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
}
