package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// "Who runs <a body the sources name>?" asks for the person at its head:
// a passage that names the body's post and its holder answers it first,
// wherever the search ranks it (the asking's "runs" is not the passage's
// word); a passage that names the body only, or a company that "runs"
// plants, does not, and the question alone is declined. A body whose head
// the sources name only by the post ("the Minister of Fisheries, Ola
// Dahl", of the Ministry of Fisheries) is not declined; nor is a country,
// or a bloc of them, which may lead without a head.
func TestRoundFiftyOneWhoRunsABody(t *testing.T) {
	ix := quietIndex(t, "harlen: [Harlen Mutual]\nborsk: [Borsk Shipping]\nfisheries: [Ministry of Fisheries, fisheries ministry]\nport-board: [Vell Port Board]\nnorway: [Norway]\nsweden: [Sweden]\n",
		"Insurers. Harlen Mutual runs three call centres and stayed in the market after the storms, raising its rates by 12%.",
		"Its stance. Harlen Mutual's chief executive, Mira Tolvik, said the company would not leave the coast.",
		"Shipping. Borsk Shipping runs four ferries between the islands and carried 1.2 million passengers in 2024.",
		"Quotas. The Minister of Fisheries, Ola Dahl, cut the herring quota by a fifth in March.",
		"The port. Figures released by the Vell Port Board show that waits fell in May. \"The queue is gone,\" said Anna Brek, the board's managing director.",
		"The alliance. Norway and Sweden agreed in June to coordinate their patrols in the north.",
		"The tables. The Ministry of Fisheries published the quota tables in April.",
	)
	wantFirst(t, ix, "who runs harlen mutual?", "p2")
	wantFirst(t, ix, "who runs harlen mutual and what did she say about the coast?", "p2")
	wantDeclined(t, ix, "who runs borsk shipping?", "who runs Borsk Shipping")
	wantDeclined(t, ix, "who is in charge of borsk shipping?", "who runs")
	wantFirst(t, ix, "who heads the vell port board?", "p5")
	if r := ix.Search("who runs borsk shipping's ferries?", knowledge.Options{}); strings.Contains(r.Reason, "who runs") {
		t.Errorf("the body's possession read as the body: %s", r.Reason)
	}
	if r := ix.Search("who heads the fisheries ministry?", knowledge.Options{}); strings.Contains(r.Reason, "who runs") {
		t.Errorf("the ministry's head, named by the post only: declined (%s)", r.Reason)
	}
	if r := ix.Search("who runs the norway-sweden patrols?", knowledge.Options{}); strings.Contains(r.Reason, "who runs") {
		t.Errorf("a bloc of countries read as a body with a head: %s", r.Reason)
	}
}
