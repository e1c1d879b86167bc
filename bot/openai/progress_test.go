package openai_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/openai"
	"github.com/dossier-bot/dossier/bot/openai/openaitest"
)

type recorder struct {
	mu     sync.Mutex
	stages []bot.Stage
	counts []int
	draft  strings.Builder
	pieces int
}

func (r *recorder) Stage(s bot.Stage, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stages, r.counts = append(r.stages, s), append(r.counts, n)
}

func (r *recorder) Draft(text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.draft.WriteString(text)
	r.pieces++
}

// An answer asked with a Progress reports its stages in order and streams
// the model's draft as the model writes it, over server-sent events.
func TestProgressStagesAndStreamedDraft(t *testing.T) {
	reply := "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]. They would work on building sites [1]."
	srv := openaitest.New(t, openaitest.Reply{Text: reply})
	e := newEngine(t, srv, openai.Config{})
	rec := &recorder{}
	a, err := e.Ask(bot.WithProgress(context.Background(), rec), bot.Question{Text: "How many North Korean workers may Russia invite?"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Mode != bot.ModeLLM {
		t.Fatalf("answer %+v", a)
	}
	if len(rec.stages) != 3 || rec.stages[0] != bot.StageSearching || rec.stages[1] != bot.StageWriting || rec.stages[2] != bot.StageChecking || rec.counts[0] != e.Index().Len() {
		t.Errorf("stages %v, counts %v", rec.stages, rec.counts)
	}
	if rec.draft.String() != reply || rec.pieces < 3 {
		t.Errorf("draft %q in %d pieces", rec.draft.String(), rec.pieces)
	}
	if reqs := srv.Requests(); len(reqs) != 1 || !reqs[0].Stream {
		t.Errorf("requests %+v: want one streamed", reqs)
	}
}

// The model's "not covered" reply is an instruction, never shown as a draft.
func TestNotCoveredReplyIsNotStreamed(t *testing.T) {
	srv := openaitest.New(t, openaitest.Reply{Text: "NOT_COVERED the passages do not say"})
	e := newEngine(t, srv, openai.Config{})
	rec := &recorder{}
	a, err := e.Ask(bot.WithProgress(context.Background(), rec), bot.Question{Text: "How many North Korean workers may Russia invite?"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Covered || rec.draft.Len() != 0 {
		t.Errorf("covered %v, draft %q", a.Covered, rec.draft.String())
	}
}

// Without a Progress, the model is asked as configured (not streamed).
func TestNoProgressNoStream(t *testing.T) {
	srv := openaitest.New(t, openaitest.Reply{Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]."})
	e := newEngine(t, srv, openai.Config{})
	ask(t, e, "How many North Korean workers may Russia invite?")
	if reqs := srv.Requests(); len(reqs) != 1 || reqs[0].Stream {
		t.Errorf("requests %+v: want one, not streamed", reqs)
	}
}
