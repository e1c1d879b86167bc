package knowledge_test

import (
	"testing"
)

// A question of keywords asks its items as a list: "reprimand still on
// file / labour ct status" asks two things, and the sources answer the
// first ("ct" they never write); an item of one word is the same thing by
// another name or what the others are asked for, not a question of its
// own ("operating profit / EBIT?").
func TestRoundFiftyEightKeywordsAskedAsAList(t *testing.T) {
	ix := quietIndex(t, "",
		"The whistle-blower. Dr Esterhal was reprimanded in May; the reprimand stays on her file for five years, and she has appealed to the labour court.",
		"The hospital. The hospital treated 1,200 patients in May and hired 40 nurses.",
		"The airline. Lusitana's operating profit was EUR 212 million in 2022.",
	)
	wantFirst(t, ix, "esterhal reprimand still on file / labour ct status", "p1")
	wantFirst(t, ix, "esterhal reprimand on file + labour ct status", "p1")
	wantDeclined(t, ix, "lusitana 2022 operating profit / EBIT?", "EBIT")
	// in a question with its own question words, commas set off an
	// aside, not the items of a list
	wantDeclined(t, ix, "what did the labour ct, asked by esterhal, say about the reprimand?", "ct")
}

// "how big is the plant and did they ship to PLA end users?": two
// questions joined by "and" before an auxiliary verb, one of which the
// sources answer.
func TestRoundFiftyEightAndDidAsksASecondQuestion(t *testing.T) {
	ix := quietIndex(t, "",
		"The plant. Qinghe's plant in Bayan Lepas covers 40,000 square metres and employs 1,100 people.",
		"The curbs. Exports of bonding tools now need a licence.",
	)
	wantFirst(t, ix, "how big is qinghe's bayan lepas plant and did they ship to PLA end users?", "p1")
	wantDeclined(t, ix, "did qinghe ship to PLA end users?", "PLA")
}
