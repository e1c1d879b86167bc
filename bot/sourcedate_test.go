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
// inferred, and why; asked roughly, it answers, citing the passages of
// the newest events; asked for the day it came out, it does not.
func TestWhenWasTheSourceWritten(t *testing.T) {
	a := ask(t, newEngine(t), "when was this article published?")
	if a.Covered || !strings.Contains(a.Text, "prints no date") || !strings.Contains(a.Text, "October 2022") || len(a.Citations) != 0 {
		t.Errorf("inferred date: covered %v, %q", a.Covered, a.Text)
	}
	// asked roughly, the inferred date is the answer, with the passages of
	// the newest events it rests on
	inferred := fstest.MapFS{"c.md": {Data: []byte("---\nid: c\ntitle: Quays\nauthor: Cy Holm\npublisher: Dock Post\npublished: 2023-04\ndate_inferred: true\ndate_note: Its newest event is of March 2023.\n---\n" +
		"The quay was built in 2019.\n\nThe ferry stopped running last month.\n\nIn March 2023 the council closed the north gate.\n\nThe council plans to reopen the gate by 2030.\n")}}
	kbc, err := knowledge.Load(inferred)
	if err != nil {
		t.Fatal(err)
	}
	ec := bot.NewEngine(knowledge.NewIndex(kbc))
	for _, q := range []string{"roughly when was this written?", "how old is this?"} {
		a := ask(t, ec, q)
		if !a.Covered || len(a.Citations) != 1 || !strings.HasSuffix(a.Citations[0].ID, "#p3") || !strings.Contains(a.Text, "“March 2023” [1]") {
			t.Errorf("%q: covered %v, cited %v, %q", q, a.Covered, a.Citations, a.Text)
		}
	}
	if a := ask(t, ec, "what's the exact publication date?"); a.Covered || len(a.Citations) != 0 {
		t.Errorf("exact date of an inferred one: covered %v, %q", a.Covered, a.Text)
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
	wantQuotedAsOf(t, ask(t, e, "did anyone ever confirm the council sold the dredger?"),
		"As of 2 May 2023, the sources do not confirm this", "“If, as some reports allege,")
}

// wantQuotedAsOf checks a reply that is not covered and says why in words
// that open it, quoting the first passage, its one citation, as of the
// made-up source's day.
func wantQuotedAsOf(t *testing.T, a *bot.Answer, opens, quote string) {
	t.Helper()
	if a.Covered || !strings.HasPrefix(a.Text, opens) || !strings.Contains(a.Text, quote) ||
		len(a.Citations) != 1 || a.Citations[0].ID != "a#p1" || a.AsOf != "2023-05-02" {
		t.Errorf("covered %v, citations %v, as of %q: %q", a.Covered, a.Citations, a.AsOf, a.Text)
	}
}

// What the sources tell of only as still to come is not said to have
// happened: "did it ever ..." is answered by saying so, quoted, cited and
// dated, and is not covered; "has it ... yet" is answered by the source's
// "not yet", as of its day.
func TestPendingIsQuoted(t *testing.T) {
	e := portsEngine(t, "The council halted dredging along the channel pending an environmental impact study.\n\nThe second berth has not yet broken ground.")
	wantQuotedAsOf(t, ask(t, e, "did the environmental study for the channel ever get done?"),
		"As of 2 May 2023, the sources tell of this only as still to come", "“The council halted dredging")
	if a := ask(t, e, "has the second berth broken ground yet?"); !a.Covered {
		t.Errorf("a source's 'not yet' answers 'yet': %q", a.Text)
	}
}

// A source whose own note on its publication gives the day has that
// sentence quoted and cited beside the month it carries; a question on
// whether its figures are current is answered first by its note on them.
func TestPublicationDayAndFiguresNote(t *testing.T) {
	src := "---\nid: a\ntitle: Ports\nauthor: Ann Case\npublisher: Harbour Press\npublished: 2024-06\nabout_source: [2, 3]\nhints:\n  2: [published, first, when]\n  3: [republished, figures]\n---\n" +
		"The ferry runs twice a day.\n\nThis article was first published by Harbour Press on 12 June 2024.\n\nIt is republished with permission. Figures were correct at the time of first publication.\n"
	kb, err := knowledge.Load(fstest.MapFS{"a.md": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(knowledge.NewIndex(kb))
	a := ask(t, e, "when did this piece first come out?")
	if !a.Covered || len(a.Citations) != 1 || !strings.HasSuffix(a.Citations[0].ID, "#p2") || !strings.Contains(a.Text, "on 12 June 2024.” [1]") {
		t.Errorf("publication day: covered %v, cited %v, %q", a.Covered, a.Citations, a.Text)
	}
	a = ask(t, e, "are the numbers updated or as of the original pub date?")
	if len(a.Citations) != 1 || !strings.HasSuffix(a.Citations[0].ID, "#p3") || !strings.HasPrefix(a.Text, "“Figures were correct") {
		t.Errorf("figures note: cited %v, %q", a.Citations, a.Text)
	}
}

// What the sources say was not made public is not answered by what they
// give beside it: the answer says so, quotes and cites where, dated, and
// is not covered.
func TestWithheldIsQuoted(t *testing.T) {
	e := portsEngine(t, "Courts have frozen assets worth EUR 9 million at home; the value of assets frozen in Tarnland has not been disclosed.")
	wantQuotedAsOf(t, ask(t, e, "how much has been frozen in tarnland so far?"),
		"As of 2 May 2023, the sources say this has not been made public or is not known:", "“Courts have frozen assets")
	if a := ask(t, e, "how much was frozen at home?"); !a.Covered {
		t.Errorf("the sum given: not covered: %q", a.Text)
	}
}

// An answer that quotes what its source tells as still to come or
// undecided says how old the source is, however the question is put:
// "appeal ruling?" has no word of the present, but the court "is due to
// rule", and the answer is only as good as that day. A settled fact is
// answered without the date.
func TestUnsettledAnswerIsDated(t *testing.T) {
	e := portsEngine(t, "The harbour board's appeal against the fine was heard in March, and the court is due to rule on it in the autumn.\n\nThe court fined the harbour board EUR 40,000 in January 2023 for the oil spill.")
	a := ask(t, e, "harbour board appeal ruling?")
	if !a.Covered || !a.Dated || !strings.HasPrefix(a.Text, "As of 2 May 2023") {
		t.Errorf("unsettled: covered %v, dated %v: %q", a.Covered, a.Dated, a.Text)
	}
	if a := ask(t, e, "how much was the harbour board fined for the oil spill?"); !a.Covered || a.Dated || strings.HasPrefix(a.Text, "As of") {
		t.Errorf("settled: covered %v, dated %v: %q", a.Covered, a.Dated, a.Text)
	}
}
