package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// "Share" in a question after a percentage names the kind of figure asked,
// which a passage gives as "44% of seats": it does not make a passage that
// has the word but no percentage one to cite ("the largest share").
func TestShareAskedIsTheKindOfFigureNotATopic(t *testing.T) {
	ix := quietIndex(t, "",
		"The routes. On Arlen–Velt, Brask Air has 44% of seats and Orrin 38%; on Arlen–Cobb, Brask has 51%.",
		"The group. Across the network the combined group would hold the largest share of seats of any airline group, Brask said of Arlen and Velt.",
		"The fleet. Brask flies 40 aircraft and Orrin 22.",
	)
	q := "what's brask's share of seats on arlen-velt"
	r := ix.Search(q, knowledge.Options{})
	if got := hitIDs(r.Hits); !r.Covered || len(got) != 1 || got[0] != "made-up#p1" {
		t.Errorf("%q: covered %v, cited %v, want only p1", q, r.Covered, got)
	}
}
