package knowledge_test

import (
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// A concept whose name opens with another's is part of it: a passage on
// the Vikland Water Board is on Vikland Water too, and a question on
// Vikland Water finds it.
func TestConceptWithinAnother(t *testing.T) {
	kb, err := knowledge.Load(fstest.MapFS{
		"glossary.yaml": mapFile("vw: [Vikland Water, VW]\nvw-board: [Vikland Water Board, the water board]\n"),
		"water.md": mapFile(validSource("water", "The Vikland Water Board approved the price rise on 3 June.\n\n"+
			"The city council approved a new park in July.")),
	})
	if err != nil {
		t.Fatal(err)
	}
	r := knowledge.NewIndex(kb).Search("When did Vikland Water approve the price rise?", knowledge.Options{})
	if !r.Covered || len(r.Hits) == 0 || r.Hits[0].Passage.ID != "water#p1" {
		t.Fatalf("covered %v (%s), hits %v: want the Vikland Water Board's passage first", r.Covered, r.Reason, r.Hits)
	}
}
