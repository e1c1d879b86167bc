package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
)

// `dossier gaps` reads the team's recorded day from Redis and groups what
// the knowledge base did not cover.
func TestGapsCommand(t *testing.T) {
	srv := redistest.Start(t)
	store := redis.New(srv.Client(), "gaps-cli:", bot.StoreOptions{}, nil, slog.Default())
	var events []bot.ActivityEvent
	data, err := os.ReadFile("../../bot/testdata/activity-gaps-day.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &events); err != nil {
		t.Fatal(err)
	}
	for _, ev := range events {
		if err := store.Record(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
	}
	defer func(old func() time.Time) { clock = old }(clock)
	clock = func() time.Time { return time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC) }
	env := map[string]string{"REDIS_URL": srv.URL(), "DOSSIER_REDIS_PREFIX": "gaps-cli:"}

	out, errs, code := dossier(t, env, "gaps", "--since", "1d")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Questions not covered from 25 Nov 2026 00:00 to 26 Nov 2026 00:00 UTC: 15, in 9 group(s).",
		"1. Wagner, Africa — asked 3×, last 25 Nov 2026 15:00 UTC\n   e.g. “How many Wagner fighters are in Mali?”\n        “Is the Wagner group recruiting in Africa?”",
		"   add: A source with figures on Wagner and Africa: a statistical release, a report or a dataset.",
		"5. Iran, drones — asked 2×",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	out, errs, code = dossier(t, env, "gaps", "--json", "--since", "2d")
	var got struct {
		Gaps []bot.Gap `json:"gaps"`
	}
	if err := json.Unmarshal([]byte(out), &got); code != exitOK || err != nil {
		t.Fatalf("exit %d %v: %s%s", code, err, out, errs)
	}
	// two days back also holds the day before: a GDP question about Japan
	if len(got.Gaps) == 0 || got.Gaps[0].N != 3 || got.Gaps[1].Missing[0] != "GDP" && got.Gaps[1].Missing[0] != "Japan" {
		t.Errorf("2 days: %+v", got.Gaps[:2])
	}

	if _, errs, code := dossier(t, env, "gaps", "--since", "soon"); code != exitUsage || !strings.Contains(errs, `--since "soon"`) {
		t.Errorf("bad --since: %d %s", code, errs)
	}
	if out, errs, code := dossier(t, nil, "gaps"); code != exitOK || !strings.Contains(errs, "no REDIS_URL") || !strings.Contains(out, ": 0, in 0 group(s).") {
		t.Errorf("without Redis: %d %q %q", code, out, errs)
	}
}
