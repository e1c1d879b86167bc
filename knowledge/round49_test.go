package knowledge_test

import (
	"testing"
)

// A party the sources describe by a word in an apposition, and by that
// word alone ("the Republic of Marrow, an island state"), is what a
// question's "the island" means: the passages that name it, not the one
// that describes it.
func TestRoundFortyNineAPartyByItsDescription(t *testing.T) {
	ix := quietIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\n",
		"The quarrel. On one side stands the Republic of Marrow, an island state of 90,000 people; on the other the Kingdom of Velt, the mainland state whose port handles most of the catch.",
		"The ban. Velt barred Marrow's trawlers from unloading at its harbours on 3 March 2025.",
		"The tariff. From July Velt added a 25% duty on fish imported from Marrow.",
	)
	wantFirst(t, ix, "When did the mainland start stopping the island's boats from unloading in its harbours?", "p2")
	wantFirst(t, ix, "how big is the tax the mainland imposed on fish from the island?", "p3")
	// the description itself still answers what it says
	wantFirst(t, ix, "how many people does the island have?", "p1")
}

// A word the sources also use of something else ("state", of both
// parties) describes no one; nor does a word after an opening phrase
// ("According to the Office, the average price rose"), nor a word of
// something the name owns ("Danjuma, the authority's director").
func TestRoundFortyNineNoDescriptionFromOtherUses(t *testing.T) {
	ix := quietIndex(t, "office: [Statistics Office, Office]\ndanjuma: [Hauwa Danjuma, Danjuma]\nlagos-port: [Lagos Port]\n",
		"Prices. According to the Statistics Office, the average retail price of formula rose by 18% in 2025.",
		"Averages. The Office publishes its survey each quarter.",
		"Ships. Only 14 vessels were at anchor, said Hauwa Danjuma, the authority's managing director.",
		"Cargo. The authority says Lagos Port handled 2.1 million boxes in 2024.",
	)
	wantFirst(t, ix, "what was the average retail price rise?", "p1")
	wantFirst(t, ix, "how many boxes did the authority say it handled?", "p4")
}
