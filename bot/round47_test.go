package bot_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

// vikAirEngine is an engine over a made-up source, Vik Air and Holm Air,
// whose text is passages.
func vikAirEngine(t *testing.T, passages ...string) *bot.Engine {
	t.Helper()
	src := "---\nid: vik-air\ntitle: Vik Air and Holm Air\nauthor: Kari Holm\npublisher: Tarn Institute\npublished: 2025-09-01\n---\n" +
		strings.Join(passages, "\n\n") + "\n"
	kb, err := knowledge.Load(fstest.MapFS{"vik-air.md": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	return bot.NewEngine(knowledge.NewIndex(kb))
}

// headedEngine is an engine over a made-up source whose passages open
// with headings, as analysts' briefs do.
func headedEngine(t *testing.T) *bot.Engine {
	t.Helper()
	return vikAirEngine(t,
		"The fares. Average one-way fares on the Vik-Holm route rose 14% in July 2025, and the regulator opened a review of them.",
		"The raids of 22 May. Police searched 14 offices of Vik Air on 22 May 2025 and seized its pricing files.",
		"The pilots. The pilots' union will ballot its members on a strike in October.",
		"Vik Air and Holm Air fares. The regulator fears that the merger of Vik Air and Holm Air would raise fares further.",
		"The merger and the fares. Vik Air says the merger would cut its costs by EUR 90m a year.",
		"About the author. Kari Holm is a senior fellow at the Tarn Institute, where she covers aviation and competition law.",
	)
}

// wantAnswered asks each question and checks that it is covered and its
// answer has the text given; it returns the answers.
func wantAnswered(t *testing.T, e *bot.Engine, want map[string]string) map[string]*bot.Answer {
	t.Helper()
	out := map[string]*bot.Answer{}
	for q, w := range want {
		a := ask(t, e, q)
		if !a.Covered || !strings.Contains(a.Text, w) {
			t.Errorf("%q: covered %v, missing %v, want %q in: %q", q, a.Covered, a.Missing, w, a.Text)
		}
		out[q] = a
	}
	return out
}

// A passage's heading ("The pilots.", "The fares.") is no sentence
// of its own: an answer quotes it with the sentence it labels, never
// alone, and quotes it verbatim.
func TestRoundFortySevenHeadingIsQuotedWithItsSentence(t *testing.T) {
	e := headedEngine(t)
	for q, a := range wantAnswered(t, e, map[string]string{
		"what will the pilots' union ballot on?": "The pilots. The pilots' union will ballot its members on a strike",
		"how much did the fares rise?":           "The fares. Average one-way fares on the Vik-Holm route rose 14%",
	}) {
		for _, h := range []string{"About the author. [", "The fares. [", "The pilots. ["} {
			if strings.Contains(a.Text, h) {
				t.Errorf("%q: a heading quoted alone: %q", q, a.Text)
			}
		}
	}
}

// A heading that names a date ("The raids of 22 May.") is no event of a
// timeline: the sentence after it tells the event, with its date.
func TestRoundFortySevenTimelineLeavesHeadingsOut(t *testing.T) {
	tl, err := headedEngine(t).Timeline(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	searched := false
	for _, ev := range tl.Events {
		if strings.HasPrefix(ev.Text, "The raids of 22 May") {
			t.Errorf("a heading as an event: %+v", ev)
		}
		searched = searched || strings.HasPrefix(ev.Text, "Police searched 14 offices")
	}
	if !searched {
		t.Errorf("the event under the heading is missing: %+v", tl.Events)
	}
}

// A summary quotes sentences for what they say: never a heading.
func TestRoundFortySevenSummaryQuotesNoHeading(t *testing.T) {
	e := headedEngine(t)
	for _, topic := range []string{"vik-air", "merger fares"} {
		s, err := e.Summarize(context.Background(), bot.SummaryRequest{Topic: topic, Length: "full", NoLLM: true})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(s.Text, "[1]") {
			t.Fatalf("%q: no summary: %+v", topic, s)
		}
		for _, h := range []string{"The fares.", "The raids of 22 May.", "The pilots.", "Vik Air and Holm Air fares.", "The merger and the fares.", "About the author."} {
			if strings.Contains(s.Text, h) {
				t.Errorf("%q: the summary quotes the heading %q: %q", topic, h, s.Text)
			}
		}
	}
}

// An answered question after something (what, how many, where) is told
// its words that no source has are left out only when they name something
// (a country, a figure), not when they are the everyday words and idioms
// it is put in ("the guys on the desk", "what's the logic"); a question on
// whether something is so is told every such word ("independent" in "did
// belarus recognize them as independent?"). The JSON keeps every one in
// missing.
func TestRoundFortySevenLeftOutOnlyWhatIsNamed(t *testing.T) {
	e := newEngine(t)
	a := ask(t, e, "did belarus recognize donetsk and luhansk as independent?")
	if !a.Covered || !strings.Contains(a.Text, "The sources say nothing about: belarus, independent.") {
		t.Errorf("covered %v: %q", a.Covered, a.Text)
	}
	a = ask(t, e, "which UN members besides syria recognise donetsk and luhansk, belarus too?")
	if !a.Covered || !strings.Contains(a.Text, "The sources say nothing about: belarus.") {
		t.Errorf("covered %v: %q", a.Covered, a.Text)
	}
	for _, q := range []string{
		"how many dprk workers might russia invite? the guys on the desk want to know",
		"whats the logic behind russia no longer complying with the sanctions on NK?",
	} {
		a := ask(t, e, q)
		if !a.Covered || strings.Contains(a.Text, "say nothing about") || len(a.Missing) == 0 {
			t.Errorf("%q: covered %v, missing %v: %q", q, a.Covered, a.Missing, a.Text)
		}
	}
}
