package bot

import (
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// When the first passage's best sentence matches under half of the
// question, a second one as good is quoted beside it, even with nothing
// new: the first may be the wrong one.
func TestSecondCitationWhenFirstIsUnsure(t *testing.T) {
	kb, err := knowledge.Load(fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: Harbour\nauthor: Ann Case\npublisher: Harbour Press\npublished: 2023-05-02\n---\n" +
		"The harbour cranes were built by Dutch engineers.\n\nCritics said the harbour cranes were built too quickly.\n\n" +
		"Fishing boats leave at dawn.\n\nThe lighthouse is closed.\n\nThe ferry sails twice a week.\n\nSnow falls in winter.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(knowledge.NewIndex(kb))
	q := "were the harbour cranes built before dawn, in winter, for the ferry or the lighthouse?"
	r := e.Index().Search(q, knowledge.Options{Max: 3})
	if len(r.Hits) < 2 || r.Hits[0].Passage.ID+r.Hits[1].Passage.ID != "a#p1a#p2" {
		t.Fatalf("hits: %v", r.Hits)
	}
	if _, kept := e.extractiveText(q, r); len(kept) < 2 {
		t.Errorf("an unsure first passage stands alone: %v", kept)
	}
}
