// Package storetest is the contract every bot.Store meets: one suite, run
// against the in-process store and against Redis.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
)

// Options are the bounds the suite's stores are made with.
var Options = bot.StoreOptions{ThreadTurns: 4, ThreadBytes: 2048, ThreadTTL: time.Hour, ActivityTTL: time.Hour, ActivityMax: 5}

// Run runs the contract against stores made by newStore with Options.
func Run(t *testing.T, newStore func(t *testing.T) bot.Store) {
	tests := []struct {
		name string
		f    func(*testing.T, bot.Store)
	}{
		{"Cache", testCache},
		{"CacheExpires", testCacheExpires},
		{"Dedupe", testDedupe},
		{"DedupeConcurrent", testDedupeConcurrent},
		{"Lock", testLock},
		{"Limiter", testLimiter},
		{"Threads", testThreads},
		{"Activity", testActivity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			t.Cleanup(func() { s.Close() })
			tt.f(t, s)
		})
	}
}

var ctx = context.Background()

func testCache(t *testing.T, s bot.Store) {
	if _, hit, err := s.Get(ctx, "q1"); hit || err != nil {
		t.Fatalf("empty cache: hit %v, err %v", hit, err)
	}
	if err := s.Set(ctx, "q1", []byte("answer one"), time.Minute); err != nil {
		t.Fatal(err)
	}
	v, hit, err := s.Get(ctx, "q1")
	if !hit || err != nil || string(v) != "answer one" {
		t.Fatalf("Get = %q, %v, %v", v, hit, err)
	}
	if err := s.Set(ctx, "q1", []byte("answer two"), time.Minute); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := s.Get(ctx, "q1"); string(v) != "answer two" {
		t.Errorf("overwrite: got %q", v)
	}
	if _, hit, _ := s.Get(ctx, "q2"); hit {
		t.Error("another key hit")
	}
}

func testCacheExpires(t *testing.T, s bot.Store) {
	if err := s.Set(ctx, "short", []byte("x"), 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the entry to expire", func() bool {
		_, hit, _ := s.Get(ctx, "short")
		return !hit
	})
}

func testDedupe(t *testing.T, s bot.Store) {
	for i, want := range []bool{true, false, false} {
		if got, err := s.First(ctx, "Ev1", time.Minute); got != want || err != nil {
			t.Errorf("First #%d = %v, %v; want %v", i+1, got, err, want)
		}
	}
	if got, _ := s.First(ctx, "Ev2", time.Minute); !got {
		t.Error("another id is not first")
	}
	if got, _ := s.First(ctx, "Ev3", 100*time.Millisecond); !got {
		t.Fatal("Ev3 not first")
	}
	eventually(t, "the record to expire", func() bool {
		got, _ := s.First(ctx, "Ev3", 100*time.Millisecond)
		return got
	})
}

func testDedupeConcurrent(t *testing.T, s bot.Store) {
	var firsts atomic.Int32
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ok, err := s.First(ctx, "race", time.Minute); ok && err == nil {
				firsts.Add(1)
			}
		}()
	}
	wg.Wait()
	if firsts.Load() != 1 {
		t.Errorf("%d callers were first, want 1", firsts.Load())
	}
}

func testLock(t *testing.T, s bot.Store) {
	u, err := s.Lock(ctx, "digest", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Lock(ctx, "digest", time.Minute); !errors.Is(err, bot.ErrLocked) {
		t.Errorf("second Lock = %v, want ErrLocked", err)
	}
	if _, err := s.Lock(ctx, "other", time.Minute); err != nil {
		t.Errorf("another key: %v", err)
	}
	if err := u.Unlock(ctx); err != nil {
		t.Fatal(err)
	}
	u2, err := s.Lock(ctx, "digest", 100*time.Millisecond)
	if err != nil {
		t.Fatalf("Lock after Unlock: %v", err)
	}
	if err := u.Unlock(ctx); err != nil { // a stale holder must not free the new lock
		t.Fatal(err)
	}
	if _, err := s.Lock(ctx, "digest", time.Minute); !errors.Is(err, bot.ErrLocked) {
		t.Errorf("a stale Unlock freed the lock: %v", err)
	}
	eventually(t, "the lock to expire", func() bool {
		_, err := s.Lock(ctx, "digest", time.Minute)
		return err == nil
	})
	_ = u2
}

func testLimiter(t *testing.T, s bot.Store) {
	const window = 2 * time.Second
	for i := range 3 {
		ok, wait, err := s.Allow(ctx, "user:U1", 3, window)
		if !ok || wait != 0 || err != nil {
			t.Fatalf("event %d refused: %v %v %v", i+1, ok, wait, err)
		}
	}
	ok, wait, err := s.Allow(ctx, "user:U1", 3, window)
	if ok || err != nil || wait <= 0 || wait > window {
		t.Errorf("4th event: ok %v wait %v err %v; want refused with 0 < wait <= %v", ok, wait, err, window)
	}
	if ok, _, _ := s.Allow(ctx, "user:U2", 3, window); !ok {
		t.Error("another key refused")
	}
	if ok, _, _ := s.Allow(ctx, "chan:C1", 1, 100*time.Millisecond); !ok {
		t.Fatal("first event on C1 refused")
	}
	eventually(t, "the window to pass", func() bool {
		ok, _, _ := s.Allow(ctx, "chan:C1", 1, 100*time.Millisecond)
		return ok
	})
}

func testThreads(t *testing.T, s bot.Store) {
	k := bot.ThreadKey{Team: "T1", Channel: "C1", Thread: "1700000000.000100"}
	if turns, err := s.Recent(ctx, k); len(turns) != 0 || err != nil {
		t.Fatalf("new thread: %v %v", turns, err)
	}
	for i := range 6 {
		turn := bot.Turn{Question: fmt.Sprintf("q%d", i), Answer: fmt.Sprintf("a%d", i), Passages: []string{"s#p1"}, At: time.Unix(int64(i), 0).UTC()}
		if err := s.Append(ctx, k, turn); err != nil {
			t.Fatal(err)
		}
	}
	turns, err := s.Recent(ctx, k)
	if err != nil || len(turns) != Options.ThreadTurns {
		t.Fatalf("got %d turns (%v), want the last %d", len(turns), err, Options.ThreadTurns)
	}
	for i, turn := range turns {
		if want := fmt.Sprintf("q%d", i+2); turn.Question != want || turn.Passages[0] != "s#p1" || !turn.At.Equal(time.Unix(int64(i+2), 0)) {
			t.Errorf("turn %d = %+v, want question %s", i, turn, want)
		}
	}
	big := bot.Turn{Question: "big", Answer: strings.Repeat("é", 5000)}
	if err := s.Append(ctx, k, big); err != nil {
		t.Fatal(err)
	}
	turns, _ = s.Recent(ctx, k)
	last := turns[len(turns)-1]
	if len(last.Answer) > Options.ThreadBytes/Options.ThreadTurns || !strings.HasSuffix(last.Answer, "…") {
		t.Errorf("a %d-byte answer was kept at %d bytes", len(big.Answer), len(last.Answer))
	}
	other := bot.ThreadKey{Team: "T1", Channel: "C1", Thread: "1700000000.000200"}
	if turns, _ := s.Recent(ctx, other); len(turns) != 0 {
		t.Errorf("another thread has %d turns", len(turns))
	}
}

func testActivity(t *testing.T, s bot.Store) {
	base := time.Now().Add(-10 * time.Minute).Truncate(time.Millisecond)
	for i := range 7 {
		e := bot.ActivityEvent{Kind: bot.ActivityQuestion, At: base.Add(time.Duration(i) * time.Minute), Question: fmt.Sprintf("q%d", i), Covered: i%2 == 0}
		if err := s.Record(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Since(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != Options.ActivityMax {
		t.Fatalf("kept %d events, want the newest %d", len(all), Options.ActivityMax)
	}
	if all[0].Question != "q2" || all[4].Question != "q6" || !all[4].Covered || all[3].Covered {
		t.Errorf("events %+v", all)
	}
	later, _ := s.Since(ctx, base.Add(5*time.Minute))
	if len(later) != 2 || later[0].Question != "q5" {
		t.Errorf("Since(+5m) = %+v", later)
	}
	if err := s.Record(ctx, bot.ActivityEvent{Kind: bot.ActivityFeedback, At: base.Add(-2 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	old, _ := s.Since(ctx, base.Add(-3*time.Hour))
	for _, e := range old {
		if e.Kind == bot.ActivityFeedback {
			t.Error("an event older than the retention was kept")
		}
	}
}

// eventually polls cond for up to five seconds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
