package bot_test

import (
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

func newEngine(t testing.TB, opts ...bot.Option) *bot.Engine {
	t.Helper()
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	clock := bot.WithClock(func() time.Time { return time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC) })
	return bot.NewEngine(knowledge.NewIndex(kb), append([]bot.Option{clock}, opts...)...)
}

func ask(t *testing.T, e *bot.Engine, q string) *bot.Answer {
	t.Helper()
	a, err := e.Ask(context.Background(), bot.Question{Text: q})
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	return a
}

func TestExtractiveAnswerQuotesAndCites(t *testing.T) {
	a := ask(t, newEngine(t), "How many North Korean labourers might Russia invite?")
	if !a.Covered || a.Mode != bot.ModeExtractive || len(a.Citations) == 0 {
		t.Fatalf("answer %+v", a)
	}
	c := a.Citations[0]
	if c.ID != "lukin-russia-dprk-alliance#p12" || c.N != 1 || c.Published != "2022-10" || !c.DateInferred || c.Author != "Artyom Lukin" {
		t.Errorf("first citation %+v", c)
	}
	if !strings.Contains(a.Text, "Between 20,000 and 50,000 DPRK workers may be invited to Russia") || !strings.Contains(a.Text, "[1]") {
		t.Errorf("answer does not quote the figure with its marker: %q", a.Text)
	}
	// every quoted sentence is verbatim in the passage its marker names
	for _, part := range strings.SplitAfter(a.Text, "]") {
		part = strings.TrimSpace(part)
		i := strings.LastIndex(part, " [")
		if i < 0 {
			continue
		}
		n := part[i+2 : len(part)-1]
		sentence := part[:i]
		found := false
		for _, c := range a.Citations {
			if n == strconv.Itoa(c.N) && strings.Contains(c.Text, sentence) {
				found = true
			}
		}
		if !found {
			t.Errorf("sentence %q is not in passage [%s]", sentence, n)
		}
	}
	if a.AsOf != "2022-10" {
		t.Errorf("as_of = %q", a.AsOf)
	}
}

func TestNotCoveredSaysSoAndCitesNothing(t *testing.T) {
	a := ask(t, newEngine(t), "Has Iran sent tanks to Russia?")
	if a.Covered || len(a.Citations) != 0 {
		t.Fatalf("answer %+v", a)
	}
	want := "The knowledge base does not cover this question. It has nothing on: Iran, tanks. Its newest source is from October 2022."
	if a.Text != want {
		t.Errorf("text %q, want %q", a.Text, want)
	}
}

func TestAnswersAboutThePresentAreDated(t *testing.T) {
	e := newEngine(t)
	for _, q := range []string{
		"Are North Korean workers in Russia now?",
		"What is the latest on Pyongyang's ammunition?",
		"Will North Korea send troops to Ukraine in 2025?",
	} {
		a := ask(t, e, q)
		if !a.Covered || !strings.HasPrefix(a.Text, "As of October 2022 (date inferred)") {
			t.Errorf("%q: %q", q, a.Text)
		}
	}
	// what happened after the sources were written is not in them
	a := ask(t, e, "Did North Korea send troops to Ukraine in 2025?")
	if a.Covered || len(a.Citations) != 0 || !strings.Contains(a.Text, "as of October 2022: they cannot report what happened in 2025") {
		t.Errorf("a question on events after the sources: %q", a.Text)
	}
	a = ask(t, e, "Did North Korea recognise the referendums?")
	if strings.HasPrefix(a.Text, "As of") {
		t.Errorf("a question not about the present is dated: %q", a.Text)
	}
	a = ask(t, e, "What is the current population of Vladivostok?")
	if a.Covered || !strings.Contains(a.Text, "Its newest source is from October 2022.") {
		t.Errorf("uncovered question about the present: %q", a.Text)
	}
}

func TestCheckQuestion(t *testing.T) {
	e := newEngine(t)
	for _, tt := range []struct {
		q    string
		want error
	}{
		{"", bot.ErrEmptyQuestion},
		{" \n\t ", bot.ErrEmptyQuestion},
		{strings.Repeat("é", bot.MaxQuestionLen), nil},
		{strings.Repeat("é", bot.MaxQuestionLen+1), bot.ErrQuestionTooLong},
	} {
		_, err := e.Ask(context.Background(), bot.Question{Text: tt.q})
		if !errors.Is(err, tt.want) {
			t.Errorf("Ask(%d chars) = %v, want %v", len([]rune(tt.q)), err, tt.want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Ask(ctx, bot.Question{Text: "labour"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Ask = %v", err)
	}
}

func TestSentences(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{"He said “no.” Then left.", []string{"He said “no.”", "Then left."}},
		{"Up to 1.5 million. 20,000 more came.", []string{"Up to 1.5 million.", "20,000 more came."}},
		{"No stop at the end", []string{"No stop at the end"}},
		{"Why? Because.", []string{"Why?", "Because."}},
	} {
		got := bot.Sentences(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// evalFloors are the scores each evaluation set must keep (regression
// floors at what the question-understanding stage reaches, no model);
// README reports them beside the held-out sets, which are never asserted.
type evalFloor struct {
	file                                         string
	minCases                                     int
	hit1, hit3, precision, abstention, falseAbst float64
	dated                                        float64
}

var evalFloors = []evalFloor{
	{"eval.yaml", 40, 0.99, 0.99, 0.97, 0.99, 0.01, 0},
	{"slack-questions.yaml", 150, 0.95, 0.95, 0.94, 0.99, 0.01, 1},
	{"slack-dev-2.yaml", 80, 0.91, 0.91, 0.89, 0.99, 0.03, 1},
	{"slack-dev-3.yaml", 60, 0.93, 0.93, 0.84, 0.97, 0.01, 1},
	{"slack-dev-4.yaml", 80, 0.91, 0.91, 0.89, 0.99, 0.01, 1},
	{"slack-dev-5.yaml", 80, 0.92, 0.94, 0.90, 0.99, 0.03, 1},
	{"slack-dev-6.yaml", 70, 0.96, 0.96, 0.90, 0.99, 0.01, 1}, // precision 90.6 from round 38: "... any evidence? and how did RU and NK respond" asks its second part too, and cites a second passage
	{"slack-dev-7.yaml", 80, 0.95, 0.95, 0.92, 0.95, 0.01, 1},
	{"slack-dev-8.yaml", 60, 0.99, 0.99, 0.97, 0.99, 0.01, 1},
	{"slack-dev-9.yaml", 70, 0.96, 0.96, 0.96, 0.90, 0.01, 1},
	{"slack-dev-10.yaml", 90, 0.87, 0.89, 0.90, 0.88, 0.06, 1},
	{"slack-dev-11.yaml", 80, 0.95, 0.95, 0.92, 0.95, 0.02, 1},
	{"slack-dev-12.yaml", 90, 0.79, 0.81, 0.77, 0.92, 0.05, 1},
	{"slack-dev-13.yaml", 70, 0.91, 0.91, 0.86, 0.99, 0.06, 1},
	{"slack-dev-14.yaml", 70, 0.92, 0.92, 0.94, 0.99, 0.02, 1},
	{"slack-dev-15.yaml", 80, 0.97, 0.98, 0.94, 0.93, 0.01, 1},
	{"slack-dev-16.yaml", 80, 0.95, 0.95, 0.90, 0.87, 0.03, 1},
	{"slack-dev-17.yaml", 70, 0.95, 0.95, 0.92, 0.90, 0.01, 1},
	{"slack-dev-18.yaml", 60, 0.90, 0.92, 0.87, 0.99, 0.02, 1},
	{"slack-dev-19.yaml", 60, 0.93, 0.95, 0.91, 0.88, 0.01, 1},
	{"slack-dev-20.yaml", 60, 0.99, 0.99, 0.99, 0.99, 0.01, 1},
	{"slack-dev-21.yaml", 40, 0.93, 0.93, 0.93, 0.88, 0.01, 1},
	{"slack-dev-22.yaml", 50, 0.95, 0.97, 0.92, 0.95, 0.03, 1},
	{"slack-dev-23.yaml", 50, 0.88, 0.90, 0.80, 0.81, 0.03, 1},
	{"slack-dev-24.yaml", 60, 0.92, 0.92, 0.89, 0.99, 0.02, 1},
	{"slack-dev-25.yaml", 50, 0.92, 0.92, 0.93, 0.83, 0.01, 1},
	{"slack-dev-26.yaml", 60, 0.97, 0.97, 0.92, 0.91, 0.01, 1},
	{"slack-dev-27.yaml", 60, 0.91, 0.91, 0.86, 0.95, 0.03, 1},
	{"slack-dev-28.yaml", 60, 0.95, 0.95, 0.93, 0.99, 0.03, 1},
	{"slack-dev-29.yaml", 60, 0.91, 0.91, 0.84, 0.87, 0.03, 1}, // precision 84.0: an author's reasons cited before a third passage
	{"slack-dev-30.yaml", 60, 0.81, 0.85, 0.81, 0.99, 0.05, 1},
	{"slack-dev-32.yaml", 60, 0.87, 0.87, 0.91, 0.85, 0.07, 1},
	{"slack-dev-33.yaml", 60, 0.89, 0.89, 0.84, 0.99, 0.07, 1},
	{"slack-dev-34.yaml", 60, 0.91, 0.93, 0.93, 0.99, 0.05, 1}, // precision 94.0: "PY" read as Pyongyang answers one question, the opening cited first
	{"slack-dev-31.yaml", 60, 0.69, 0.74, 0.75, 0.99, 0.08, 1}, // round 52: "who's the russian bigwig pushing ...": "bigwig", standard English, weighs less, and a passage with more of the rest is cited before the one that names him
	{"slack-dev-35.yaml", 60, 0.95, 0.95, 0.88, 0.85, 0.01, 1},
	{"slack-dev-36.yaml", 60, 0.97, 0.97, 0.94, 0.90, 0.01, 1},
	{"slack-dev-37.yaml", 60, 0.79, 0.81, 0.76, 0.95, 0.07, 1},
	{"slack-dev-38.yaml", 60, 0.89, 0.89, 0.81, 0.90, 0.03, 1},
	{"slack-dev-39.yaml", 60, 0.65, 0.67, 0.66, 0.90, 0.03, 1},
	{"slack-dev-40.yaml", 60, 0.89, 0.91, 0.80, 0.95, 0.03, 1},
	{"slack-dev-41.yaml", 60, 0.93, 0.93, 0.93, 0.99, 0.03, 1},
	{"slack-dev-42.yaml", 60, 0.97, 0.97, 0.95, 0.99, 0.01, 1},
	{"slack-dev-43.yaml", 60, 0.93, 0.95, 0.89, 0.85, 0.01, 1},
	{"slack-dev-44.yaml", 60, 0.91, 0.93, 0.88, 0.89, 0.03, 1},
	{"slack-dev-45.yaml", 60, 0.89, 0.89, 0.82, 0.95, 0.03, 1},
	{"slack-dev-46.yaml", 60, 0.91, 0.91, 0.89, 0.71, 0.03, 1}, // "bio" as "biography" dropped after the review ("the us bio labs")
	{"slack-dev-47.yaml", 60, 0.81, 0.87, 0.84, 0.90, 0.09, 1},
	{"slack-dev-48.yaml", 60, 0.95, 0.95, 0.97, 0.90, 0.05, 1},
	{"slack-dev-49.yaml", 60, 0.89, 0.89, 0.81, 0.76, 0.01, 1},
	{"slack-dev-50.yaml", 60, 0.87, 0.87, 0.91, 0.90, 0.07, 1},
	{"slack-dev-51.yaml", 60, 0.95, 0.95, 0.99, 0.90, 0.05, 1},
	{"slack-dev-52.yaml", 60, 0.77, 0.81, 0.81, 0.90, 0.15, 1},
	{"slack-dev-53.yaml", 60, 0.91, 0.91, 0.95, 0.85, 0.05, 1},
	{"slack-dev-54.yaml", 60, 0.83, 0.83, 0.85, 0.90, 0.07, 1}, // hit@1 85.7 before the review: "OG" as "original" dropped (capitals are an acronym)
	{"slack-dev-55.yaml", 60, 0.81, 0.83, 0.76, 0.90, 0.05, 1},
	{"slack-dev-56.yaml", 60, 0.69, 0.69, 0.97, 0.99, 0.29, 1},
	{"slack-dev-57.yaml", 60, 0.87, 0.89, 0.84, 0.80, 0.03, 1},
	{"slack-dev-58.yaml", 60, 0.93, 0.95, 0.90, 0.80, 0.01, 1},
	{"slack-dev-59.yaml", 60, 0.83, 0.83, 0.75, 0.85, 0.05, 1}, // precision 77.4: "pay a price" no longer asks a sum, and cites a wrong passage instead of declining; 75.0 in round 28: a question once declined (FA 2.0 -> 0) is answered with a wrong second citation
	{"slack-dev-60.yaml", 60, 0.95, 0.95, 0.96, 0.85, 0.03, 1}, // written blind for round 38, terse desk voice
	{"slack-dev-61.yaml", 60, 0.97, 0.97, 0.90, 0.95, 0.01, 1}, // written blind for round 38, hurried Slack voice
}

func TestEvaluationTargets(t *testing.T) {
	checkFloors(t, newEngine(t), "../knowledge/testdata/", evalFloors)
}

// secondSourceFloors are the floors of the development sets written for
// a second knowledge base, a source unlike the embedded one: they keep
// question understanding general (README, "A second source").
var secondSourceFloors = []evalFloor{
	{"lithium-dev-1.yaml", 60, 0.93, 0.93, 0.91, 0.80, 0.01, 1},
	{"lithium-dev-2.yaml", 60, 0.85, 0.89, 0.79, 0.61, 0.01, 1},
	{"lithium-dev-3.yaml", 60, 0.85, 0.91, 0.83, 0.57, 0.03, 1},
	{"lithium-dev-4.yaml", 60, 0.89, 0.91, 0.88, 0.66, 0.03, 1},
	{"mixed-lithium-dev.yaml", 50, 0.80, 0.87, 0.79, 0.60, 0.05, 1}, // round 47: Slack, plain and terse voices, written blind as a development set; round 64: "Europe" is no longer "corrected" to the sources' "European", and "what's Europe offering …", answered before with a wrong passage, is declined (false abstention 2.5 -> 5.0)
	{"plain-lithium-dev.yaml", 50, 0.62, 0.65, 0.61, 0.70, 0.08, 1}, // round 47: non-experts in plain words, written blind as a development set; "Bolivia's famous salt flat" answered, its precision 62.5 -> 61.9
}

func TestEvaluationTargetsOnASecondSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/second-source/"), "../knowledge/testdata/second-source/", secondSourceFloors)
}

// sourceEngine is an engine over the knowledge base in dir's kb folder.
func sourceEngine(t *testing.T, dir string) *bot.Engine {
	t.Helper()
	kb, err := knowledge.Load(os.DirFS(dir + "kb"))
	if err != nil {
		t.Fatal(err)
	}
	clock := bot.WithClock(func() time.Time { return time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC) })
	return bot.NewEngine(knowledge.NewIndex(kb), clock)
}

// thirdSourceFloors are the floors of the development set written for a
// third knowledge base (README, "A third source").
var thirdSourceFloors = []evalFloor{
	{"ports-dev-1.yaml", 60, 0.91, 0.91, 0.95, 0.76, 0.05, 1},
	{"ports-dev-2.yaml", 60, 0.91, 0.91, 0.89, 0.85, 0.01, 1},     // round 57: "how far", "how long" ask a measure, not a word
	{"ports-dev-3.yaml", 60, 0.89, 0.89, 0.89, 0.71, 0.03, 1},     // in round 28: precision 91.5 -> 89.8, two questions once declined are answered, one with a wrong second citation; abstention 71.4 -> 66.7, "avg" now read as average, and a clearance time asked in days answered by the days outages added to clearance
	{"plain-ports-dev.yaml", 50, 0.62, 0.67, 0.57, 0.70, 0.10, 1}, // written blind in plain words at round 50's end; round 51: "who is the boss of <a body>" declined where no passage names its head; round 53: "who built the new deep port near Lagos and what did it cost?" asks a sum, and the passage with it (Lekki, which it never places near Lagos) is not among the near hits: declined, where it was answered by a wrong passage
	{"mixed-ports-dev.yaml", 50, 0.87, 0.90, 0.83, 0.80, 0.0, 1},  // written blind in Slack, plain and terse voices at round 52's end, read in round 55 (miss lines)
}

func TestEvaluationTargetsOnAThirdSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/third-source/"), "../knowledge/testdata/third-source/", thirdSourceFloors)
}

// fourthSourceFloors keep the fourth source's development sets (a
// fictional policy briefing, added in round 27) where that round left
// them; its held-out sets are measured, never floored.
var fourthSourceFloors = []evalFloor{
	{"power-dev-1.yaml", 60, 0.79, 0.81, 0.79, 0.90, 0.05, 1},
	{"power-dev-2.yaml", 60, 0.87, 0.89, 0.84, 0.85, 0.03, 1},     // precision 86.3 -> 84.9 in round 28: a question once declined for "avg" is answered, with a second citation; round 42: "which chinese companies ..." declined
	{"plain-power-dev.yaml", 50, 0.62, 0.62, 0.66, 0.60, 0.10, 1}, // written blind in plain words for round 48
}

func TestEvaluationTargetsOnAFourthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/fourth-source/"), "../knowledge/testdata/fourth-source/", fourthSourceFloors)
}

// fifthSourceFloors keep the fifth source's development sets (a fictional
// briefing on chip-tool export controls, added in round 28) where that
// round left them; its held-out sets are measured, never floored.
var fifthSourceFloors = []evalFloor{
	{"chips-dev-1.yaml", 60, 0.97, 0.99, 0.84, 0.71, 0.01, 1},     // round 42: "the authors actual take" asks the author's view; precision 83.9 as the passage in the author's voice cites one more; round 58: "... and did they ship to PLA end users?" answers the plant
	{"chips-dev-2.yaml", 60, 0.97, 0.99, 0.96, 0.76, 0.01, 1},     // round 58: "talent bridge - budget, target, and signups" answers the items it can
	{"chips-dev-3.yaml", 60, 0.87, 0.87, 0.84, 0.71, 0.05, 1},     // written late in round 28, terse
	{"chips-dev-4.yaml", 60, 0.71, 0.81, 0.82, 0.71, 0.11, 1},     // written blind for round 38, terse and headline
	{"plain-chips-dev.yaml", 50, 0.75, 0.75, 0.65, 0.40, 0.10, 1}, // round 47: non-experts in plain words, written blind as a development set
}

func TestEvaluationTargetsOnAFifthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/fifth-source/"), "../knowledge/testdata/fifth-source/", fifthSourceFloors)
}

// sixthSourceFloors keep the sixth source's development sets (a fictional
// analysis of a sovereign debt restructuring, added in round 29) where
// that round left them; its held-out sets are measured, never floored.
var sixthSourceFloors = []evalFloor{
	{"debt-dev-1.yaml", 60, 0.81, 0.83, 0.71, 0.80, 0.05, 1},     // round 42: "what did she say abt the DSA numbers?" asks no count, and is answered
	{"debt-dev-2.yaml", 60, 0.79, 0.83, 0.73, 0.52, 0.03, 1},     // terse, and most of its uncovered questions one step beyond the text
	{"debt-dev-3.yaml", 60, 0.93, 0.93, 0.86, 0.71, 0.03, 1},     // written blind mid-round 29; round 42: "... wiggle room on the DSA numbers ...?" answered, as debt-dev-1's
	{"plain-debt-dev.yaml", 50, 0.60, 0.60, 0.64, 0.60, 0.15, 1}, // written blind in plain words for round 48; round 53: "the fuel tax" found as "the fuel levy", "what does a litre of petrol cost" asks a sum; round 56: "what experience does the writer have" answered by the passage on the author
}

func TestEvaluationTargetsOnASixthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/sixth-source/"), "../knowledge/testdata/sixth-source/", sixthSourceFloors)
}

// seventhSourceFloors keep the seventh source's development sets (a
// fictional analysis of an airline merger under EU review, added in round
// 30) where that round left them; its held-out sets are measured, never
// floored.
var seventhSourceFloors = []evalFloor{
	{"airline-dev-1.yaml", 60, 0.77, 0.79, 0.82, 0.76, 0.11, 1},
	{"airline-dev-2.yaml", 60, 0.83, 0.83, 0.85, 0.76, 0.09, 1},      // terse and messy; round 47: "why does vantara want lisbon so bad" answered
	{"airline-dev-3.yaml", 60, 0.77, 0.77, 0.86, 0.61, 0.19, 1},      // written blind for round 38, hurried Slack voice
	{"mixed-airline-dev.yaml", 50, 0.60, 0.72, 0.59, 0.70, 0.08, 1},  // round 47: Slack, plain and terse voices, written blind as a development set
	{"plain-airline-dev.yaml", 50, 0.20, 0.28, 0.27, 0.59, 0.175, 1}, // written blind in plain words in round 56 and read in it: the weakest set (17.1 hit@1 at the round's start); "the low-cost competitor" asks no sum
}

func TestEvaluationTargetsOnASeventhSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/seventh-source/"), "../knowledge/testdata/seventh-source/", seventhSourceFloors)
}

// eighthSourceFloors keep the eighth source's development sets (a
// fictional analysis of a dam on a shared river and the water talks it
// set off, added in round 31) where that round left them; its held-out
// sets are measured, never floored.
var eighthSourceFloors = []evalFloor{
	{"dam-dev-1.yaml", 60, 0.77, 0.79, 0.66, 0.66, 0.05, 1},      // round 42: "what odds does the author give ..." answered from the author's own voice; round 56: "is the 3rd floor meeting room free" is the office's
	{"dam-dev-2.yaml", 60, 0.71, 0.73, 0.72, 0.61, 0.09, 1},      // terse specialists
	{"plain-dam-dev.yaml", 50, 0.42, 0.42, 0.42, 0.46, 0.175, 1}, // round 46: non-experts in plain words, written blind; round 53: "how much less?" counts no "less" as a development set
	// round 41: questions on the present state only, terse and Slack voices
	{"present-dam-dev.yaml", 14, 0.64, 0.71, 0.73, 0, 0.08, 0.85},
}

func TestEvaluationTargetsOnAnEighthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/eighth-source/"), "../knowledge/testdata/eighth-source/", eighthSourceFloors)
}

// ninthSourceFloors keep the ninth source's development sets (a fictional
// analysis of a national insurer's price talks over a one-time gene
// therapy, added in round 32) where that round left them; its held-out
// sets are measured, never floored.
var ninthSourceFloors = []evalFloor{
	{"gene-dev-1.yaml", 60, 0.71, 0.81, 0.66, 0.57, 0.07, 1},
	{"gene-dev-2.yaml", 60, 0.69, 0.73, 0.75, 0.80, 0.13, 1},     // terse desk voice
	{"plain-gene-dev.yaml", 50, 0.55, 0.55, 0.48, 0.50, 0.10, 1}, // written blind in plain words for round 49
}

func TestEvaluationTargetsOnANinthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/ninth-source/"), "../knowledge/testdata/ninth-source/", ninthSourceFloors)
}

// tenthSourceFloors keep the tenth source's development sets (a fictional
// analysis of a ransomware attack on a regional water utility, added in
// round 33) where that round left them; its held-out sets are measured,
// never floored.
var tenthSourceFloors = []evalFloor{
	{"water-dev-1.yaml", 60, 0.77, 0.85, 0.70, 0.76, 0.03, 1},
	{"water-dev-2.yaml", 60, 0.85, 0.87, 0.91, 0.66, 0.07, 1}, // terse desk voice
	// round 42: non-experts in plain words, avoiding the article's terms
	{"plain-water-dev.yaml", 50, 0.57, 0.62, 0.51, 0.33, 0.12, 1}, // round 45: a part opening the question, "which outside IT firm"; round 47: precision 0.52 -> 0.51, a heading joined to its sentence brings a second wrong passage to a question already answered wrong; round 63: false abstention 0.09 -> 0.12, "..., what is it about?" after a question on the insurer is no longer read as about the piece, and the question it had answered with a wrong passage is declined
	{"mixed-water-dev.yaml", 50, 0.50, 0.57, 0.57, 0.50, 0.10, 1}, // written blind in Slack, plain and terse voices during round 53, developed on in round 54
}

func TestEvaluationTargetsOnATenthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/tenth-source/"), "../knowledge/testdata/tenth-source/", tenthSourceFloors)
}

// eleventhSourceFloors keep the eleventh source's development sets (a
// fictional analysis of a herring quota dispute between two coastal
// states, added in round 34) where that round left them; its held-out sets
// are measured, never floored.
var eleventhSourceFloors = []evalFloor{
	{"herring-dev-1.yaml", 60, 0.83, 0.85, 0.81, 0.80, 0.05, 1},       // precision 82.0 from round 38: "...? and when do we get the next one" is asked too; 81.1 from round 54, "whats the cmsc advice for 2026" now cites the right passage first, with two others
	{"herring-dev-2.yaml", 60, 0.79, 0.81, 0.80, 0.66, 0.05, 1},       // terse desk voice; round 42: "fx used in kerrowe piece?" answered (not at first place), precision 80.4
	{"plain-herring-dev.yaml", 50, 0.37, 0.45, 0.43, 0.26, 0.06, 1},   // round 46: non-experts in plain words, written blind as a development set; round 49: abstention 33.3 -> 26.7, "the island" read as the party it describes finds an uncovered question's other words beside that party
	{"present-herring-dev.yaml", 14, 0.64, 0.64, 0.69, 0, 0.22, 0.92}, // round 41: the present state only
}

func TestEvaluationTargetsOnAnEleventhSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/eleventh-source/"), "../knowledge/testdata/eleventh-source/", eleventhSourceFloors)
}

// twelfthSourceFloors keep the twelfth source's development sets (a
// fictional analysis of a contaminated infant-formula recall, added in
// round 35) where that round left them; its held-out sets are measured,
// never floored.
var twelfthSourceFloors = []evalFloor{
	{"formula-dev-1.yaml", 60, 0.79, 0.81, 0.74, 0.47, 0.05, 1},
	{"plain-formula-dev.yaml", 50, 0.37, 0.37, 0.42, 0.40, 0.25, 1}, // written blind in plain words at round 51's end; its misses read in round 53
	{"mixed-formula-dev.yaml", 50, 0.62, 0.62, 0.65, 0.50, 0.10, 1}, // written blind in Slack, plain and terse voices during round 53, read in round 54 (miss lines); round 56: "what pay?" answered by "80% of their pay"
	{"formula-dev-2.yaml", 60, 0.65, 0.69, 0.70, 0.71, 0.09, 1},     // terse desk voice
}

func TestEvaluationTargetsOnATwelfthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/twelfth-source/"), "../knowledge/testdata/twelfth-source/", twelfthSourceFloors)
}

// thirteenthSourceFloors keep the thirteenth source's development sets (a
// fictional analysis of a match-fixing and illegal-betting scandal in a
// football league, added in round 36) where that round left them; its
// held-out sets are measured, never floored.
var thirteenthSourceFloors = []evalFloor{
	{"match-dev-1.yaml", 60, 0.77, 0.77, 0.90, 0.85, 0.17, 1},       // "did it ever go anywhere?" asks the present (round 41; it was answered undated); round 56: "what levy?" answered by "1 per cent of that revenue"
	{"match-dev-2.yaml", 60, 0.91, 0.91, 0.95, 0.66, 0.07, 1},       // terse desk voice
	{"present-match-dev.yaml", 14, 0.71, 0.71, 0.83, 0, 0.15, 0.85}, // round 41: the present state only
	{"plain-match-dev.yaml", 50, 0.57, 0.60, 0.56, 0.73, 0.12, 1},   // round 42: non-experts in plain words; round 56: "which nine clubs" go by names
}

func TestEvaluationTargetsOnAThirteenthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/thirteenth-source/"), "../knowledge/testdata/thirteenth-source/", thirteenthSourceFloors)
}

// fourteenthSourceFloors keep the fourteenth source's development sets (a
// fictional analysis of a pension reform and the strikes against it,
// added in round 37; it says once that something was not disclosed, so
// its uncovered questions are ones the article simply omits) where that
// round left them; its held-out sets are measured, never floored.
var fourteenthSourceFloors = []evalFloor{
	{"pension-dev-1.yaml", 60, 0.75, 0.81, 0.73, 0.61, 0.03, 1},
	{"pension-dev-2.yaml", 60, 0.91, 0.95, 0.92, 0.52, 0.03, 1},       // terse desk voice
	{"present-pension-dev.yaml", 14, 0.35, 0.42, 0.42, 0, 0.15, 0.92}, // round 41: the present state only; round 51: precision 46.2 -> 42.9 as "who heads the labour ministry" cites first the passage naming "the Minister of Labour and Social Affairs, Dorota Velisz" (the expected one tells of her successor, "replaced her with Jonas Terhaar", which names neither the ministry nor the post)
	{"plain-pension-dev.yaml", 50, 0.37, 0.42, 0.33, 0.46, 0.06, 1},   // round 42: non-experts in plain words
}

func TestEvaluationTargetsOnAFourteenthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/fourteenth-source/"), "../knowledge/testdata/fourteenth-source/", fourteenthSourceFloors)
}

// fifteenthSourceFloors keep the fifteenth source's development sets (a
// fictional analysis of a wildfire season and the retreat of home
// insurers, added in round 38; it says once that something was not
// disclosed) where that round left them; its held-out sets are measured,
// never floored.
var fifteenthSourceFloors = []evalFloor{
	{"wildfire-dev-1.yaml", 60, 0.89, 0.89, 0.81, 0.71, 0.03, 1},     // round 53: "what would it cost AEC to bury the line" asks a sum; round 56: "which 4 insurers" go by names
	{"wildfire-dev-2.yaml", 60, 0.85, 0.85, 0.81, 0.76, 0.03, 1},     // terse desk and headline voice; round 62: "saw ... - what did they get wrong?" reads "saw" as the sources' "seen"
	{"plain-wildfire-dev.yaml", 50, 0.47, 0.52, 0.44, 0.60, 0.10, 1}, // written blind in plain words at round 50's end; round 51: "who runs <a body>" declined where no passage names its head
}

func TestEvaluationTargetsOnAFifteenthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/fifteenth-source/"), "../knowledge/testdata/fifteenth-source/", fifteenthSourceFloors)
}

// sixteenthSourceFloors keep the sixteenth source's development sets (a
// fictional analysis of a rail base tunnel's overrun, collapse and
// contractor dispute, added in round 39; it keeps back some names and
// sums) where that round left them; its held-out sets are measured,
// never floored.
var sixteenthSourceFloors = []evalFloor{
	{"tunnel-dev-1.yaml", 60, 0.77, 0.81, 0.76, 0.85, 0.09, 1},      // round 45: "of the 31bn spent so far how much ..."
	{"plain-tunnel-dev.yaml", 50, 0.35, 0.40, 0.42, 0.69, 0.175, 1}, // written blind in plain words at round 51's end, its misses read in round 53
	{"tunnel-dev-2.yaml", 60, 0.79, 0.83, 0.79, 0.61, 0.03, 1},      // terse desk voice; round 45: a ruling told as awaited
}

func TestEvaluationTargetsOnASixteenthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/sixteenth-source/"), "../knowledge/testdata/sixteenth-source/", sixteenthSourceFloors)
}

// seventeenthSourceFloors keep the seventeenth source's development sets (a
// fictional analysis of a cholera outbreak, the government's delay and the
// vaccine campaign, added in round 40; it keeps back some names and terms
// and writes some terms only once in full) where that round left them;
// its held-out sets are measured, never floored.
var seventeenthSourceFloors = []evalFloor{
	{"cholera-dev-1.yaml", 60, 0.65, 0.69, 0.61, 0.52, 0.09, 1},
	{"cholera-dev-2.yaml", 60, 0.83, 0.87, 0.84, 0.66, 0.05, 1},      // terse desk voice; round 58: "reprimand still on file / labour ct status" answers the first
	{"plain-cholera-dev.yaml", 50, 0.57, 0.64, 0.60, 0.40, 0.08, 1},  // written blind in plain words for round 49; round 56: "did the health minister end up resigning?" answered (precision 0.60 -> 0.59: a second passage cited)
	{"mixed-cholera-dev.yaml", 50, 0.69, 0.72, 0.71, 0.20, 0.055, 1}, // written blind in Slack, plain and terse voices at round 52's end, read in round 54 (miss lines); round 52's reading: "did tolvany end up getting cases too" no longer answered by the stem of "cases"; round 56: "did the health minister end up resigning? when" answered (precision 0.71 -> 0.70)
}

func TestEvaluationTargetsOnASeventeenthSource(t *testing.T) {
	checkFloors(t, sourceEngine(t, "../knowledge/testdata/seventeenth-source/"), "../knowledge/testdata/seventeenth-source/", seventeenthSourceFloors)
}

func checkFloors(t *testing.T, e *bot.Engine, dir string, floors []evalFloor) {
	for _, f := range floors {
		t.Run(f.file, func(t *testing.T) {
			data, err := os.ReadFile(dir + f.file)
			if err != nil {
				t.Fatal(err)
			}
			cases, err := knowledge.ParseEvalSet(f.file, data, e.Index().KB())
			if err != nil {
				t.Fatal(err)
			}
			if len(cases) < f.minCases {
				t.Fatalf("the evaluation set has %d questions, want at least %d", len(cases), f.minCases)
			}
			r, err := bot.Evaluate(context.Background(), e, cases)
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			r.Write(&out)
			t.Log("\n" + out.String())
			dated := 1.0
			if r.Present > 0 {
				dated = float64(r.Dated) / float64(r.Present)
			}
			for _, c := range []struct {
				name      string
				got, want float64
				atMost    bool
			}{
				{"hit@1", r.HitAt1, f.hit1, false},
				{"hit@3", r.HitAt3, f.hit3, false},
				{"precision", r.Precision, f.precision, false},
				{"abstention", r.Abstention, f.abstention, false},
				{"false abstention", r.FalseAbstention, f.falseAbst, true},
				{"present dated", dated, f.dated, false},
			} {
				if (!c.atMost && c.got < c.want) || (c.atMost && c.got > c.want) {
					t.Errorf("%s = %.1f%%, floor %.0f%%", c.name, 100*c.got, 100*c.want)
				}
			}
		})
	}
}
