package knowledge

import (
	"strings"
	"testing"
	"testing/fstest"
)

func descriptionIndex(tb testing.TB, glossary string, paragraphs ...string) *Index {
	tb.Helper()
	kb, err := madeUpKB(glossary, paragraphs...)
	if err != nil {
		tb.Fatal(err)
	}
	return NewIndex(kb)
}

// madeUpKB is a knowledge base of one made-up source of paragraphs, with
// a glossary.
func madeUpKB(glossary string, paragraphs ...string) (*KB, error) {
	body := "---\nid: made-up\ntitle: A made-up briefing\nauthor: A. Writer\npublisher: Test Press\npublished: 2026-03\n---\n\n" + strings.Join(paragraphs, "\n\n") + "\n"
	return Load(fstest.MapFS{
		"made-up.md":    &fstest.MapFile{Data: []byte(body)},
		"glossary.yaml": &fstest.MapFile{Data: []byte(glossary)},
	})
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
		if got := ix.descriptionOf(stem(w)).concept; got != want {
			t.Errorf("descriptionOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// A question's word is read as the party it describes only where the
// question points to it as a noun of its own ("the island", "the island's
// boats", "the island took"), not where it says what a thing is
// ("is it an island?") or stands before another noun ("the grocery bill").
func TestPointsTo(t *testing.T) {
	island := description{concept: "=marrow", word: "island", next: "state"}
	grocery := description{concept: "=kessa", word: "grocery", next: "chain"}
	for _, c := range []struct {
		q    string
		d    description
		want bool
	}{
		{"did the island retaliate?", island, true},
		{"how many of the island's boats were hit?", island, true},
		{"island's port: how many jobs went?", island, true},
		{"what did the island state say?", island, true},
		{"how rich is the island country?", island, true},
		{"did the mainland start it, or the island?", island, true},
		{"did the island start it?", island, true},
		{"did the island ban it?", island, false}, // "ban" is a noun first, as "bill" of "the grocery bill"
		{"the island took what?", island, true},
		{"what did the big grocery chain do?", grocery, true},
		{"which island is it on?", island, false},
		{"is it an island?", island, false},
		{"how many people live on the islands?", island, false},
		{"how much did the grocery bill rise?", grocery, false},
	} {
		if got := pointsTo(c.q, c.d.word, c.d); got != c.want {
			t.Errorf("pointsTo(%q, %q) = %v, want %v", c.q, c.d.word, got, c.want)
		}
	}
}

// A list after a name's abbreviation is no apposition to the name: "the
// National Railways (NR), the electricity and gas utilities, dock
// workers".
func TestDescriptionOfNotAListAfterAName(t *testing.T) {
	ix := descriptionIndex(t, "nr: [National Railways, NR]\n",
		"Regimes. The bill closed the regimes of the National Railways (NR), the electricity and gas utilities, dock workers and the opera.",
		"Trains. NR runs 900 trains a day.",
	)
	for _, w := range []string{"electricity", "gas", "utilities"} {
		if got := ix.descriptionOf(stem(w)).concept; got != "" {
			t.Errorf("descriptionOf(%q) = %q, want none", w, got)
		}
	}
}

// FuzzDescriptions reads descriptions from any passage text and any
// question: a result, never a panic, and a description only of a concept
// the glossary has.
func FuzzDescriptions(f *testing.F) {
	for _, s := range []string{
		"On one side stands the Republic of Marrow, an island state of 90,000 people.",
		"Compared with Velt, the island state has no navy.",
		"Velt, Marrow and Lund, the three coastal states, met.",
		"The Fisheries Board (FB), the regulator of the catch, sets the quota.",
		"Marrow, an island", ", an island", "Marrow,", "(", "\xff, the island",
	} {
		f.Add(s, "did the island retaliate against the mainland's ban?")
	}
	f.Fuzz(func(t *testing.T, passage, q string) {
		kb, err := madeUpKB("marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\nfb: [Fisheries Board, FB]\n",
			"Opening. "+strings.ReplaceAll(passage, "\n", " "), "The ban. Velt barred Marrow's trawlers in March.")
		if err != nil {
			t.Skip(err) // input the loader refuses, with a clear error
		}
		ix := NewIndex(kb)
		for _, w := range words(strings.ToLower(passage + " " + q)) {
			if d := ix.descriptionOf(stem(w)); d.concept != "" && d.concept != "=marrow" && d.concept != "=velt" && d.concept != "=fb" {
				t.Fatalf("%q: %q describes %q", passage, w, d.concept)
			}
		}
		ix.Search(q, Options{})
	})
}
