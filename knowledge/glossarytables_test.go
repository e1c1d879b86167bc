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

// A sentence names a body's head when it has a person the glossary lists
// by a full name and, alone, a later word of it ("Carmen Quispe Mamani",
// listed with "Quispe"): a question on who runs the body is answered.
func TestHeadNamedByListedPerson(t *testing.T) {
	kb, err := knowledge.Load(fstest.MapFS{
		"glossary.yaml": mapFile("xlc: [XLC, Xorvia Lithium Company]\n" +
			"carmen-quispe-mamani: [Carmen Quispe Mamani, Carmen Quispe, Quispe Mamani, Quispe, XLC president, president of XLC, head of XLC]\n"),
		"lithium.md": mapFile(validSource("lithium", "In 2023 XLC signed a US$1.4 billion agreement with a consortium to build two plants.\n\n"+
			"Rumours of an exclusive deal spread in May. XLC’s president, Carmen Quispe Mamani, denied it, saying no exclusivity had been requested.\n\n"+
			"The plants would run on power from the grid.")),
	})
	if err != nil {
		t.Fatal(err)
	}
	r := knowledge.NewIndex(kb).Search("who runs XLC these days?", knowledge.Options{})
	if !r.Covered || len(r.Hits) == 0 || r.Hits[0].Passage.ID != "lithium#p2" {
		t.Fatalf("covered %v (%s), hits %v: want the passage naming XLC's president", r.Covered, r.Reason, r.Hits)
	}
}
