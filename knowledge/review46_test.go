package knowledge_test

import "testing"

// Review of round forty-six: a word of a passage's "heading" (a short
// first sentence) counts one use more in the index. Each test is one
// finding where that weighting made a question an analyst would ask cite
// the wrong passage first, where the round before cited the right one;
// each is mended. (Four more findings are left, and said in the README:
// a short statement that opens a passage, "Holm resigned.", still counts
// as a heading; so does a clause in another language; and a heading that
// names an event, "The vote.", still draws a question on it to a passage
// that tells it only as to come.)
// In each, the passage that goes wrong has the asked-about word in a short
// first sentence that is not a heading (a byline, a dateline, a name cut
// short by "Ltd."), or just after a heading; the passage that answers has
// the word in its text. Before the
// change the shorter answering passage came first; now the extra use
// outweighs it, and often the answering passage is no longer cited at all.

// A byline ("By Kari Holm.") passes as a heading: it opens with a capital,
// has three words, no auxiliary, and text follows. The writer's name then
// counts twice, and "who is Kari Holm?" cites only the passage she wrote
// (on fish exports), not the one that says she is the fisheries
// minister, which the round before cited.
func TestReviewFortySix_BylineIsNoHeading(t *testing.T) {
	ix := quietIndex(t, "holm: [Kari Holm, Holm]\n",
		"By Kari Holm. The ministry published its fish export figures on Tuesday: exports to Asia rose 8% in April.",
		"Kari Holm, the fisheries minister, wants a new quota deal with the EU.",
		"The EU buys most of the salmon.",
	)
	wantFirst(t, ix, "who is Kari Holm?", "p2")
}

// A dateline ("Oslo, 3 May.") passes as a heading, so the place where a
// report was filed counts as what it is on. "What happened in Oslo?" now
// cites the report on fish exports to Asia, filed from Oslo, before the
// passage on the protest in Oslo that answers it.
func TestReviewFortySix_DatelineIsNoHeading(t *testing.T) {
	ix := quietIndex(t, "",
		"Oslo, 3 May. Fish exports to Asia rose 8% in April, the seafood council said on Tuesday.",
		"A protest in Oslo drew some 20,000 people to the parliament.",
		"Bergen hosts the fish market.",
	)
	wantFirst(t, ix, "what happened in Oslo?", "p2")
	wantFirst(t, ix, "what happened in Oslo in May?", "p2")
}

// A dateline's place that is a glossary alias ("Brussels" for the EU)
// makes the concept count twice: every EU report datelined Brussels
// becomes a passage "on" the EU. "What did the EU do?" now cites the
// report that ministers met in Brussels (it says nothing the EU did)
// instead of the passage saying the EU cut the cod quota by a fifth.
func TestReviewFortySix_DatelineAliasIsNoHeading(t *testing.T) {
	ix := quietIndex(t, "eu: [European Union, EU, Brussels]\n",
		"Brussels, 3 May. Fishing ministers met for the annual quota talks, which ran late into the night.",
		"The EU has cut the cod quota by a fifth, to 400,000 tonnes.",
		"The river burst its banks in March.",
	)
	wantFirst(t, ix, "what did the EU do?", "p2")
}

// headingWords says "A full stop of an abbreviation ends no heading", but
// only honorifics are checked ("Dr.", "Mr."): a company's "Ltd." (or
// "Inc.", "Co.", "Gen.", "vs.") ends the first "sentence" after one or two
// words. "Vik Ltd. won the contract ..." is read as the heading "Vik Ltd",
// so the firm's name counts twice in a passage on a bridge contract, and
// "who is Vik?" / "where is Vik from?" cite it before the passage that
// says Vik is a family firm from Bergen.
func TestReviewFortySix_CompanyAbbreviationEndsNoHeading(t *testing.T) {
	ix := quietIndex(t, "",
		"Vik Ltd. won the contract to build the bridge in 2022, beating three rivals with a bid of EUR 90m.",
		"Vik, a family firm from Bergen, builds roads and tunnels.",
		"The river burst its banks in March.",
	)
	wantFirst(t, ix, "who is Vik?", "p2")
	wantFirst(t, ix, "where is Vik from?", "p2")
}

// headingWords counts a heading's words with strings.Fields, but a term's
// place (term.at) is among appendWords' words, which leave out a lone
// "&", "—", "–" or "/". A heading with one ("Ports & fees.") is taken to
// have one word more than it has, so the first word of the text after it
// counts as a heading word too. Here that word is "Vik", and "where is
// Vik?" now cites the passage on its quay fees before the passage that
// says where Vik is. Written "Ports and fees." the same passage does not
// come first (the control below, right at both rounds). The reference
// index in build_test.go calls the same headingWords over the same words,
// so TestNewIndexIsSequentialIndex cannot catch this.
func TestReviewFortySix_HeadingWithAmpersandSpillsIntoText(t *testing.T) {
	ix := quietIndex(t, "",
		"Ports & fees. Vik charges ships EUR 2 a tonne to use its quay.",
		"Vik, a town of 9,000 people on the west coast, has the busiest port in the region.",
		"The river burst its banks in March.",
	)
	wantFirst(t, ix, "where is Vik?", "p2")
	wantFirst(t, ix, "what is Vik?", "p2")
	control := quietIndex(t, "",
		"Ports and fees. Vik charges ships EUR 2 a tonne to use its quay.",
		"Vik, a town of 9,000 people on the west coast, has the busiest port in the region.",
		"The river burst its banks in March.",
	)
	wantFirst(t, control, "where is Vik?", "p2")
}
