package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
)

func TestFollowUpUsesTheThread(t *testing.T) {
	store := memory.New(bot.StoreOptions{}, nil)
	e := newEngine(t, bot.WithStore(store, time.Hour))
	in := func(text string) bot.Question {
		return bot.Question{Text: text, Team: "T1", Channel: "C1", Thread: "1700.1", User: "U1"}
	}
	first, err := e.Ask(context.Background(), in("Will Russia hire North Korean workers?"))
	if err != nil || !first.Covered {
		t.Fatalf("first: %+v %v", first, err)
	}
	alone, _ := e.Ask(context.Background(), bot.Question{Text: "And how many could come?"})
	if alone.Covered {
		t.Errorf("outside the thread, the follow-up alone should not be covered: %q", alone.Text)
	}
	follow, err := e.Ask(context.Background(), in("And how many could come?"))
	if err != nil || !follow.Covered || follow.Citations[0].ID != "lukin-russia-dprk-alliance#p12" {
		t.Fatalf("follow-up in the thread: %+v %v", follow, err)
	}
	turns, _ := store.Recent(context.Background(), bot.ThreadKey{Team: "T1", Channel: "C1", Thread: "1700.1"})
	if len(turns) != 2 || turns[1].Question != "And how many could come?" || turns[1].Passages[0] != "lukin-russia-dprk-alliance#p12" {
		t.Errorf("thread memory: %+v", turns)
	}
	acts, _ := store.Since(context.Background(), time.Time{})
	if len(acts) != 3 || acts[0].Kind != bot.ActivityQuestion || !acts[0].Covered || acts[1].Covered || !acts[2].Covered || acts[2].Thread != "1700.1" {
		t.Errorf("activity: %+v", acts)
	}
}

func TestCachedAnswerIsMarked(t *testing.T) {
	e := newEngine(t, bot.WithStore(memory.New(bot.StoreOptions{}, nil), time.Hour))
	a, _ := e.Ask(context.Background(), bot.Question{Text: "Who wrote this?"})
	b, _ := e.Ask(context.Background(), bot.Question{Text: "  WHO wrote this  "})
	if a.Cached || !b.Cached || a.Text != b.Text || b.Question != "  WHO wrote this  " {
		t.Errorf("first cached %v, second cached %v", a.Cached, b.Cached)
	}
}
