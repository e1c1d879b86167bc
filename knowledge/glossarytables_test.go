package knowledge_test

import (
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// wantMadeUpFirst searches a made-up base of one source for question and fails
// unless it is covered with passage first.
func wantMadeUpFirst(t *testing.T, glossary, id, body, question, passage string) {
	t.Helper()
	kb, err := knowledge.Load(fstest.MapFS{"glossary.yaml": mapFile(glossary), id + ".md": mapFile(validSource(id, body))})
	if err != nil {
		t.Fatal(err)
	}
	r := knowledge.NewIndex(kb).Search(question, knowledge.Options{})
	if !r.Covered || len(r.Hits) == 0 || r.Hits[0].Passage.ID != passage {
		t.Fatalf("%q: covered %v (%s), hits %v: want %s first", question, r.Covered, r.Reason, r.Hits, passage)
	}
}

// A concept whose name opens with another's is part of it: a passage on
// the Vikland Water Board is on Vikland Water too, and a question on
// Vikland Water finds it.
func TestConceptWithinAnother(t *testing.T) {
	wantMadeUpFirst(t, "vw: [Vikland Water, VW]\nvw-board: [Vikland Water Board, the water board]\n",
		"water", "The Vikland Water Board approved the price rise on 3 June.\n\n"+
			"The city council approved a new park in July.",
		"When did Vikland Water approve the price rise?", "water#p1")
}

// A sentence names a body's head when it has a person the glossary lists
// by a full name and, alone, a later word of it ("Carmen Quispe Mamani",
// listed with "Quispe"): a question on who runs the body is answered.
func TestHeadNamedByListedPerson(t *testing.T) {
	wantMadeUpFirst(t, "xlc: [XLC, Xorvia Lithium Company]\n"+
		"carmen-quispe-mamani: [Carmen Quispe Mamani, Carmen Quispe, Quispe Mamani, Quispe, XLC president, president of XLC, head of XLC]\n",
		"lithium", "In 2023 XLC signed a US$1.4 billion agreement with a consortium to build two plants.\n\n"+
			"Rumours of an exclusive deal spread in May. XLC’s president, Carmen Quispe Mamani, denied it, saying no exclusivity had been requested.\n\n"+
			"The plants would run on power from the grid.",
		"who runs XLC these days?", "lithium#p2")
}
