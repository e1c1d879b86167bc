package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

// When a source was written is answered from what the knowledge base
// records of it: a printed date answers; an inferred one is said to be
// inferred, and why, and does not count as covered.
func TestWhenWasTheSourceWritten(t *testing.T) {
	a := ask(t, newEngine(t), "when was this article published?")
	if a.Covered || !strings.Contains(a.Text, "prints no date") || !strings.Contains(a.Text, "October 2022") || len(a.Citations) != 0 {
		t.Errorf("inferred date: covered %v, %q", a.Covered, a.Text)
	}
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("---\nid: a\ntitle: Ports\nauthor: Ann Case\npublisher: Harbour Press\npublished: 2023-05-02\n---\nThe ferry runs twice a day.\n")},
		"b.md": {Data: []byte("---\nid: b\ntitle: Gates\nauthor: Bo Lund\npublisher: Quay News\npublished: 2021-03\n---\nThe gate is shut.\n")},
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(knowledge.NewIndex(kb))
	a = ask(t, e, "what's the publication date of this piece?")
	if !a.Covered || !strings.HasPrefix(a.Text, "“Ports” (Ann Case, Harbour Press) was published") || !strings.Contains(a.Text, "“Gates”") {
		t.Errorf("printed dates: covered %v, %q", a.Covered, a.Text)
	}
	// as chat asks it, with no word for the piece
	for _, q := range []string{"when was this written? cant see a date on it", "how old is this?", "when is it from"} {
		if a := ask(t, e, q); !strings.HasPrefix(a.Text, "“Ports” (Ann Case, Harbour Press) was published") {
			t.Errorf("%q: %q", q, a.Text)
		}
	}
	// when something in the piece happened is asked of its passages
	for _, q := range []string{"when did the article say the gate was shut?", "when was it shut?", "how old is the gate?"} {
		if a := ask(t, e, q); strings.Contains(a.Text, "was published") {
			t.Errorf("%q: an event's date answered with the source's: %q", q, a.Text)
		}
	}
}

// What the sources report only as an allegation does not confirm it: the
// answer says so, quotes and cites where, dated, and is not covered.
func TestUnconfirmedIsQuoted(t *testing.T) {
	e := portsEngine(t, "If, as some reports allege, the council sold its old dredger to a private operator, the harbour may get a new one.")
	a := ask(t, e, "did anyone ever confirm the council sold the dredger?")
	if a.Covered || !strings.HasPrefix(a.Text, "As of 2 May 2023, the sources do not confirm this") || !strings.Contains(a.Text, "“If, as some reports allege,") ||
		len(a.Citations) != 1 || a.Citations[0].ID != "a#p1" || a.AsOf != "2023-05-02" {
		t.Errorf("covered %v, citations %v, as of %q: %q", a.Covered, a.Citations, a.AsOf, a.Text)
	}
}
