package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot"
)

// review47Engine is an engine over a made-up source whose passages open
// with short statements ("The plant closed in 2019.") as well as with
// headings longer than six words.
func review47Engine(t *testing.T) *bot.Engine {
	t.Helper()
	return vikAirEngine(t,
		"The plant closed in 2019. Its 300 workers moved to the Holm yard.",
		"Holm Air bought twelve new jets. The jets cost EUR 900m and arrive in 2027.",
		"Why the regulator is worried about the merger. It fears fares on the Vik-Holm route would rise by a fifth.",
	)
}

// Wrong: knowledge.Heading takes any short first sentence without an
// auxiliary for a heading, so "The plant closed in 2019." (a statement
// with a past-tense verb) is now left out of the timeline, and the
// 2019 closure is lost. Expected: the timeline keeps it as an event.
func TestReview47TimelineKeepsShortDatedStatement(t *testing.T) {
	tl, err := review47Engine(t).Timeline(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range tl.Events {
		if ev.Text == "The plant closed in 2019." {
			return
		}
	}
	t.Errorf("the 2019 closure is missing from the timeline: %+v", tl.Events)
}

// Wrong: a summary skips a passage's short first statement as if it were
// a heading ("Holm Air bought twelve new jets.", "The plant closed in
// 2019."): it quotes "The jets cost EUR 900m ..." instead of the purchase,
// and "Its 300 workers moved ..." without what "Its" points at. Expected:
// the summary quotes the purchase, as it did before, and quotes no
// sentence whose antecedent it dropped as a heading.
func TestReview47SummaryKeepsShortFirstStatement(t *testing.T) {
	s, err := review47Engine(t).Summarize(context.Background(), bot.SummaryRequest{Topic: "vik-air", Length: "full", NoLLM: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.Text, "Holm Air bought twelve new jets.") {
		t.Errorf("the summary leaves out the purchase: %q", s.Text)
	}
	if strings.Contains(s.Text, "Its 300 workers") && !strings.Contains(s.Text, "The plant closed in 2019.") {
		t.Errorf("the summary quotes \"Its 300 workers\" without the plant it refers to: %q", s.Text)
	}
}

// Wrong: a heading of more than six words ("Why the regulator is worried
// about the merger.") is still quoted alone, as the whole answer, and
// the sentence it labels, which gives the reason asked for, is not
// quoted. Expected: the answer quotes "It fears fares ... rise by a
// fifth", not the bare heading.
func TestReview47LongHeadingNotQuotedAlone(t *testing.T) {
	a := ask(t, review47Engine(t), "why is the regulator worried about the merger?")
	if !a.Covered || !strings.Contains(a.Text, "It fears fares on the Vik-Holm route would rise by a fifth") ||
		strings.Contains(a.Text, "about the merger. [1]") {
		t.Errorf("covered %v, want the reason quoted, not the heading alone: %q", a.Covered, a.Text)
	}
}

// Wrong: the missing line hides a missing word that is what the
// question asks about, only because it is everyday English: asked about a
// ballot on a ceasefire or on a pay rise, the answer quotes the strike
// ballot and no longer says the sources have nothing on "ceasefire" or
// "pay", so it reads as the answer. Expected: the line names the word.
func TestReview47LeftOutNamesWhatIsAsked(t *testing.T) {
	wantAnswered(t, headedEngine(t), map[string]string{
		"will the pilots' union ballot on a ceasefire?": "The sources say nothing about: ceasefire.",
		"did the pilots' union ballot on a pay rise?":   "The sources say nothing about: pay.",
	})
}
