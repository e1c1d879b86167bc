package bot_test

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
)

// recordedDay is an engine whose store holds testdata/activity-gaps-day.json.
func recordedDay(t *testing.T) *bot.Engine {
	t.Helper()
	var events []bot.ActivityEvent
	data, err := os.ReadFile("testdata/activity-gaps-day.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &events); err != nil {
		t.Fatal(err)
	}
	store := memory.New(bot.StoreOptions{}, func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) })
	for _, ev := range events {
		if err := store.Record(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
	}
	return newEngine(t, bot.WithStore(store, time.Hour))
}

func at(hhmm string) time.Time {
	t, _ := time.Parse("2006-01-02 15:04", "2026-11-25 "+hhmm)
	return t
}

// The questions a day left uncovered, grouped by the terms they lack: the
// most asked group first, then the most recently asked.
func TestGapsGroupARecordedDay(t *testing.T) {
	e := recordedDay(t)
	gaps, err := e.Gaps(context.Background(), at("00:00"), at("00:00").Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := []bot.Gap{
		{Missing: []string{"Wagner", "Africa"}, N: 3, Question: "How many Wagner fighters are in Mali?", LastAsked: at("15:00"),
			Questions:  []string{"Is the Wagner group recruiting in Africa?", "What is the latest on Wagner in Africa?", "How many Wagner fighters are in Mali?"},
			Suggestion: "A source with figures on Wagner and Africa: a statistical release, a report or a dataset."},
		{Missing: []string{}, N: 2, Question: "Who is Kim Yo Jong?", LastAsked: at("16:30"), Questions: []string{"Who is Kim Yo Jong?"},
			Suggestion: "The sources do not answer this, though each of its words is in them: a source that addresses the question directly."},
		{Missing: []string{"Japan"}, N: 2, Question: "Will Japan rearm?", LastAsked: at("13:30"),
			Questions: []string{"What is Japan's position?", "Will Japan rearm?"}, Suggestion: "An article or report on Japan."},
		{Missing: []string{"GDP"}, N: 2, Question: "How big is North Korea's GDP?", LastAsked: at("11:40"),
			Questions:  []string{"What is the GDP of South Korea?", "How big is North Korea's GDP?"},
			Suggestion: "A source with figures on GDP: a statistical release, a report or a dataset."},
		{Missing: []string{"Iran", "drones"}, N: 2, Question: "Has Iran sent drones to Russia?", LastAsked: at("10:45"),
			Questions: []string{"Has Iran sent drones to Russia?"}, Suggestion: "An article or report on Iran and drones."},
		{Missing: []string{}, N: 1, Question: "What is the weather in Vladivostok?", LastAsked: at("16:05"), Questions: []string{"What is the weather in Vladivostok?"},
			Suggestion: "The sources do not answer this, though each of its words is in them: a source that addresses the question directly."},
		{Missing: []string{"Turkey"}, N: 1, Question: "Is Turkey still brokering the grain deal?", LastAsked: at("14:15"),
			Questions: []string{"Is Turkey still brokering the grain deal?"}, Suggestion: "A recent source on Turkey: news or an update newer than the knowledge base."},
		{Missing: []string{"Iranian"}, N: 1, Question: "Are Iranian drones being used in Ukraine?", LastAsked: at("11:15"),
			Questions: []string{"Are Iranian drones being used in Ukraine?"}, Suggestion: "An article or report on Iranian."},
		{Missing: []string{}, N: 1, Question: "Does Russia buy drones from anyone?", LastAsked: at("09:55"), Questions: []string{"Does Russia buy drones from anyone?"},
			Suggestion: "The sources do not answer this, though each of its words is in them: a source that addresses the question directly."},
	}
	if len(gaps) != len(want) {
		t.Fatalf("%d groups, want %d: %+v", len(gaps), len(want), gaps)
	}
	for i := range want {
		g, w := gaps[i], want[i]
		if !slices.Equal(g.Missing, w.Missing) || g.N != w.N || g.Question != w.Question || !g.LastAsked.Equal(w.LastAsked) ||
			!slices.Equal(g.Questions, w.Questions) || g.Suggestion != w.Suggestion {
			t.Errorf("group %d:\n got %+v\nwant %+v", i, g, w)
		}
	}

	// the digest lists the same groups, the top five
	d, err := e.Digest(context.Background(), at("00:00"), at("00:00").Add(24*time.Hour), e.SourceHashes())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Gaps) != 5 {
		t.Fatalf("digest gaps: %d, want 5", len(d.Gaps))
	}
	for i, g := range d.Gaps {
		if g.Question != want[i].Question || g.N != want[i].N {
			t.Errorf("digest gap %d = %q ×%d, want %q ×%d", i, g.Question, g.N, want[i].Question, want[i].N)
		}
	}

	// a window that starts later sees only what was asked in it
	late, _ := e.Gaps(context.Background(), at("15:30"), at("00:00").Add(24*time.Hour))
	if len(late) != 2 || late[0].Question != "Who is Kim Yo Jong?" || late[0].N != 1 || late[1].Question != "What is the weather in Vladivostok?" {
		t.Errorf("since 15:30: %+v", late)
	}
}

// What a gap's suggestion says a source should give is read from its
// questions as the knowledge base reads them: after chat framing and
// Slack markup, and by the same kinds of quantity that decide coverage.
func TestGapSuggestionReadsQuestionsAsUnderstood(t *testing.T) {
	for _, tt := range []struct {
		question string
		missing  []string
		want     string
	}{
		{"hey team, why did Iran send drones? thx", []string{"Iran", "drones"},
			"An analysis of Iran and drones: a report or commentary that explains causes."},
		{"<@U0123> any idea how far the Wagner base is from Bamako?", []string{"Wagner", "Bamako"},
			"A source with figures on Bamako and Wagner: a statistical release, a report or a dataset."},
		{"quick q - who runs Wagner in Mali these days?", []string{"Wagner", "Mali"},
			"A recent source on Mali and Wagner: news or an update newer than the knowledge base."},
		{"sorry if dumb question, who leads Wagner in Mali", []string{"Wagner", "Mali"},
			"A profile or background piece on Mali and Wagner."},
		{"is Wagner leaving Mali", []string{"Wagner", "Mali"}, "An article or report on Mali and Wagner."},
	} {
		store := memory.New(bot.StoreOptions{}, func() time.Time { return at("12:00") })
		ev := bot.ActivityEvent{Kind: bot.ActivityQuestion, At: at("10:00"), Question: tt.question, Missing: tt.missing}
		if err := store.Record(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
		e := newEngine(t, bot.WithStore(store, time.Hour))
		gaps, err := e.Gaps(context.Background(), at("00:00"), at("00:00").Add(24*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if len(gaps) != 1 || gaps[0].Suggestion != tt.want {
			t.Errorf("%q: %+v, want one gap suggesting %q", tt.question, gaps, tt.want)
		}
	}
}
