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

// The digest's content from a recorded day of activity, section by section.
func TestDigestFromARecordedDay(t *testing.T) {
	var events []bot.ActivityEvent
	data, err := os.ReadFile("testdata/activity-day.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &events); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	store := memory.New(bot.StoreOptions{}, func() time.Time { return now })
	for _, ev := range events {
		if err := store.Record(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
	}
	e := newEngine(t, bot.WithStore(store, time.Hour))
	since := now.Add(-24 * time.Hour)

	// the article was in the last digest: nothing new
	d, err := e.Digest(context.Background(), since, now, e.SourceHashes())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.NewSources) != 0 || d.NewSummary != nil {
		t.Errorf("new sources %+v", d.NewSources)
	}
	if d.Questions != 8 {
		t.Errorf("questions = %d, want 8 (the day's, not before or after)", d.Questions)
	}
	wantTopics := []bot.TopicCount{{Topic: "Russia", N: 5}, {Topic: "DPRK", N: 4}, {Topic: "labour", N: 3}, {Topic: "send", N: 3}}
	if len(d.Topics) < 4 || !slices.Equal(d.Topics[:4], wantTopics) {
		t.Errorf("topics = %+v, want first %+v", d.Topics, wantTopics)
	}
	if len(d.Passages) == 0 || d.Passages[0].Citation.ID != "lukin-russia-dprk-alliance#p12" || d.Passages[0].N != 3 || d.Passages[0].Citation.Source == "" {
		t.Errorf("most cited = %+v", d.Passages)
	}
	if len(d.Gaps) != 2 || d.Gaps[0].N != 2 || d.Gaps[0].Missing[0] != "Iran" || d.Gaps[1].Question != "What is the GDP of South Korea?" {
		t.Errorf("gaps = %+v", d.Gaps)
	}
	if d.Up != 2 || d.Down != 1 || len(d.Unhelpful) != 1 || d.Unhelpful[0].Thread != "1764064800.000300" || d.Unhelpful[0].Question != "Is Pyongyang selling shells to Moscow?" {
		t.Errorf("feedback up %d down %d unhelpful %+v", d.Up, d.Down, d.Unhelpful)
	}
	if d.Empty() {
		t.Error("a busy day is empty")
	}

	// a first digest: the article is new, with a cited summary
	d, _ = e.Digest(context.Background(), since, now, nil)
	if len(d.NewSources) != 1 || d.NewSources[0].Changed || d.NewSummary == nil || len(d.NewSummary.Citations) == 0 {
		t.Errorf("first digest: %+v %+v", d.NewSources, d.NewSummary)
	}
	// a changed source is flagged as changed
	d, _ = e.Digest(context.Background(), since, now, map[string]string{"lukin-russia-dprk-alliance": "old"})
	if len(d.NewSources) != 1 || !d.NewSources[0].Changed {
		t.Errorf("changed source: %+v", d.NewSources)
	}

	// a quiet day
	quiet := newEngine(t, bot.WithStore(memory.New(bot.StoreOptions{}, nil), time.Hour))
	d, _ = quiet.Digest(context.Background(), since, now, quiet.SourceHashes())
	if !d.Empty() {
		t.Errorf("a quiet day is not empty: %+v", d)
	}
}
