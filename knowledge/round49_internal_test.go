package knowledge

import (
	"strings"
	"testing"
	"testing/fstest"
)

func descriptionIndex(t *testing.T, glossary string, paragraphs ...string) *Index {
	t.Helper()
	body := "---\nid: made-up\ntitle: A made-up briefing\nauthor: A. Writer\npublisher: Test Press\npublished: 2026-03\n---\n\n"
	for _, p := range paragraphs {
		body += p + "\n\n"
	}
	kb, err := Load(fstest.MapFS{
		"made-up.md":    &fstest.MapFile{Data: []byte(body)},
		"glossary.yaml": &fstest.MapFile{Data: []byte(glossary)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(kb)
}

// descriptionOf reads a word as a party's description only where the
// sources use it of that party alone, in an apposition that ends where it
// should.
func TestDescriptionOfReadsAppositions(t *testing.T) {
	ix := descriptionIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\nlund: [Lund]\nkessa: [Kessa Stores]\nhorizon: [HORIZON-CD]\noffice: [Statistics Office]\ndanjuma: [Hauwa Danjuma]\nvessby: [Vessby]\n",
		"The quarrel. On one side stands the Republic of Marrow, an island state of 90,000 people; on the other the Kingdom of Velt, the mainland state whose port handles most of the catch. Lund, the third coastal state, hosts the talks.",
		"The shops. Kessa Stores, the largest grocery chain in Velt, stopped buying in October.",
		"The trial. The licence rests on HORIZON-CD, a single-arm phase 3 trial of 34 children.",
		"Prices. According to the Statistics Office, the average retail price rose by 18%.",
		"Ships. Only 14 vessels were at anchor, said Hauwa Danjuma, the authority's managing director.",
		"Places. Vessby, a harbour town, is near Velt's island of Skarra.",
	)
	for w, want := range map[string]string{
		"island":    "",        // also Skarra's, in a sentence that does not name Marrow
		"mainland":  "=velt",   // the mainland state
		"grocery":   "=kessa",  // the largest grocery chain in
		"largest":   "",        // inflected
		"third":     "",        // a counting word
		"state":     "",        // of three parties
		"coastal":   "=lund",   // the third coastal state
		"arm":       "",        // joined by a hyphen
		"trial":     "",        // after a figure
		"average":   "",        // a clause's subject after an opening phrase
		"authority": "",        // a word of the thing the name owns
		"harbour":   "=vessby", // a harbour town,
		"town":      "=vessby", // the apposition's head
		"people":    "",        // in the apposition, but never its own
		"velt":      "",        // a name is no description
	} {
		if got := ix.descriptionOf(stem(w)); got != want {
			t.Errorf("descriptionOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// A question's word is read as the party it describes only where the
// question points to it ("the island", "the island's boats"), not where
// it says what a thing is ("is the panel independent?").
func TestReferredTo(t *testing.T) {
	for q, want := range map[string]bool{
		"did the island retaliate?":                true,
		"what did the big grocery chain do?":       true,
		"how many of the island's boats were hit?": true,
		"mainland's port: how many jobs went?":     true,
		"is it independent?":                       false,
		"which island is it on?":                   false,
		"did anyone ask the fishers on an island?": false,
	} {
		word := "island"
		switch {
		case strings.Contains(q, "grocery"):
			word = "grocery"
		case strings.Contains(q, "mainland"):
			word = "mainland"
		case strings.Contains(q, "independent"):
			word = "independent"
		}
		if got := referredTo(q, word); got != want {
			t.Errorf("referredTo(%q, %q) = %v, want %v", q, word, got, want)
		}
	}
}
