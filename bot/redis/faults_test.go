package redis_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

var ctx = context.Background()

type syncBuffer struct {
	mu  chan struct{}
	buf bytes.Buffer
}

func newLog() (*slog.Logger, *syncBuffer) {
	b := &syncBuffer{mu: make(chan struct{}, 1)}
	return slog.New(slog.NewTextHandler(b, nil)), b
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.String()
}

func open(t *testing.T, srv *redistest.Server, log *slog.Logger) *redis.Store {
	t.Helper()
	s, err := redis.Open(redis.Config{URL: srv.URL(), Prefix: uniquePrefix()}, bot.StoreOptions{}, memory.New(bot.StoreOptions{}, nil), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func engine(t testing.TB, s bot.Store) *bot.Engine {
	t.Helper()
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	return bot.NewEngine(knowledge.NewIndex(kb), bot.WithStore(s, time.Hour))
}

func ask(t testing.TB, e *bot.Engine, q string) *bot.Answer {
	t.Helper()
	a, err := e.Ask(ctx, bot.Question{Text: q, User: "U1"})
	if err != nil {
		t.Fatalf("Ask: %v", err)
	}
	if a.Text == "" {
		t.Fatal("empty answer")
	}
	return a
}

// Every key written starts with the prefix and has a TTL.
func TestKeyspaceIsPrefixedAndExpires(t *testing.T) {
	srv := redistest.Start(t)
	srv.Own()
	s, err := redis.Open(redis.Config{URL: srv.URL(), Prefix: "team-a:"}, bot.StoreOptions{}, memory.New(bot.StoreOptions{}, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := engine(t, s)
	for _, q := range []string{"Will Russia hire North Korean workers?", "And how many?", "Will Russia hire North Korean workers?"} {
		if _, err := e.Ask(ctx, bot.Question{Text: q, Team: "T1", Channel: "C1", Thread: "171.1"}); err != nil {
			t.Fatal(err)
		}
	}
	s.First(ctx, "Ev1", 10*time.Minute)
	s.Allow(ctx, "user:U1", 5, time.Minute)
	u, _ := s.Lock(ctx, "digest:2026-11-26T09:00", time.Minute)
	_ = u
	rdb := srv.Client()
	keys, err := rdb.Keys(ctx, "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, k := range keys {
		if !strings.HasPrefix(k, "team-a:") {
			t.Errorf("key %q lacks the prefix", k)
		}
		kinds[strings.SplitN(strings.TrimPrefix(k, "team-a:"), ":", 2)[0]] = true
		if ttl := rdb.PTTL(ctx, k).Val(); ttl <= 0 {
			t.Errorf("key %q has no TTL (%v)", k, ttl)
		}
	}
	for _, kind := range []string{"cache", "thread", "activity", "seen", "rate", "lock"} {
		if !kinds[kind] {
			t.Errorf("no %s key written; keys: %v", kind, keys)
		}
	}
}

func TestRepeatedQuestionIsCached(t *testing.T) {
	s := open(t, redistest.Start(t), nil)
	e := engine(t, s)
	a := ask(t, e, "What did Marat Khusnullin say about labour?")
	b := ask(t, e, "what did marat khusnullin say about labour")
	if a.Cached || !b.Cached || a.Text != b.Text || b.Question != "what did marat khusnullin say about labour" {
		t.Errorf("first cached %v, second cached %v; texts equal %v", a.Cached, b.Cached, a.Text == b.Text)
	}
	// another replica with another knowledge base version: no stale answer
	fsys := copyFS(t)
	fsys["lukin-russia-dprk-alliance.md"].Data = bytes.Replace(fsys["lukin-russia-dprk-alliance.md"].Data, []byte("Khusnullin —"), []byte("Khusnullin, who is deputy PM —"), 1)
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	e2 := bot.NewEngine(knowledge.NewIndex(kb), bot.WithStore(s, time.Hour))
	if c := ask(t, e2, "What did Marat Khusnullin say about labour?"); c.Cached {
		t.Error("an answer cached under the old knowledge base was served after an update")
	}
}

// A value that does not decode is a miss, and is overwritten.
func TestUndecodableCacheValueIsAMiss(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv, nil)
	e := engine(t, s)
	ask(t, e, "Is the Khasan–Rajin railway open?")
	rdb := srv.Client()
	keys := rdb.Keys(ctx, "*cache:*").Val()
	if len(keys) != 1 {
		t.Fatalf("cache keys %v", keys)
	}
	for _, bad := range []func(){
		func() { rdb.Set(ctx, keys[0], "{not json", time.Hour) },
		func() { rdb.Set(ctx, keys[0], `{"format":99,"answer":{"answer":"old"}}`, time.Hour) },
		func() { rdb.Del(ctx, keys[0]); rdb.RPush(ctx, keys[0], "a list"); rdb.Expire(ctx, keys[0], time.Hour) },
	} {
		bad()
		if a := ask(t, e, "Is the Khasan–Rajin railway open?"); a.Cached || !a.Covered {
			t.Errorf("a bad value was served: cached %v covered %v", a.Cached, a.Covered)
		}
		if a := ask(t, e, "Is the Khasan–Rajin railway open?"); !a.Cached {
			t.Error("the bad value was not overwritten")
		}
	}
}

// Redis stopped mid-test: answers keep coming, dedupe holds in process,
// rate limits open, the failure is logged once; restarted: it recovers.
func TestRedisOutageAndRecovery(t *testing.T) {
	t.Parallel() // servers of its own
	srv := redistest.Start(t)
	srv.Own()
	log, logs := newLog()
	s := open(t, srv, log)
	e := engine(t, s)
	ask(t, e, "Will North Korea send troops?")

	srv.Stop()
	for range 20 {
		if a := ask(t, e, "Will North Korea send troops?"); a.Cached {
			t.Fatal("served from a cache that is down")
		}
	}
	if first, err := s.First(ctx, "Ev-outage", time.Minute); !first || err != nil {
		t.Errorf("First during outage = %v, %v", first, err)
	}
	if first, _ := s.First(ctx, "Ev-outage", time.Minute); first {
		t.Error("a duplicate event got through during the outage")
	}
	for range 5 {
		if ok, _, err := s.Allow(ctx, "user:U9", 1, time.Minute); !ok || err != nil {
			t.Error("rate limit did not fail open")
		}
	}
	if _, err := s.Lock(ctx, "digest", time.Minute); err == nil {
		t.Error("a lock was granted while Redis is down")
	}
	if _, err := s.Since(ctx, time.Time{}); err == nil {
		t.Error("activity read during an outage did not say so")
	}
	if n := strings.Count(logs.String(), "Redis unavailable"); n != 1 {
		t.Errorf("outage logged %d times, want once:\n%s", n, logs.String())
	}
	if !s.Down() {
		t.Error("not marked down during the outage")
	}

	srv.Restart()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ask(t, e, "Is the border open?")
		if ask(t, e, "Is the border open?").Cached {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the store did not recover after Redis restarted")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(logs.String(), "Redis is back") {
		t.Errorf("recovery not logged:\n%s", logs.String())
	}
	if s.Down() {
		t.Error("still marked down")
	}
}

// A hung Redis (a stopped process that accepts and never answers) costs a
// call its timeout, not forever; later calls skip it until a retry is due.
func TestHungRedisCostsATimeout(t *testing.T) {
	t.Parallel() // servers of its own
	srv := redistest.Start(t)
	srv.Own()
	s := open(t, srv, nil)
	e := engine(t, s)
	ask(t, e, "Who wrote this?")
	srv.Pause()
	defer srv.Resume()
	done := make(chan *bot.Answer)
	go func() {
		a, _ := e.Ask(ctx, bot.Question{Text: "Who published it?"})
		done <- a
	}()
	select {
	case a := <-done:
		if a == nil || !a.Covered {
			t.Errorf("answer during a hang: %+v", a)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Ask hung with Redis")
	}
}
