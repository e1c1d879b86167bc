package redis_test

import (
	"context"
	"errors"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/queue"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
)

// The stream queue refuses beyond its bound, hands each job to one
// consumer, gives a job left idle past the visibility timeout to another
// (marked redelivered), takes a released job back as new, and forgets
// acked jobs; its key has the prefix and a TTL.
func TestQueue(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client()
	ctx := context.Background()
	prefix := uniquePrefix()
	opts := redis.QueueOptions{Max: 3, Visibility: 300 * time.Millisecond, Deadline: time.Minute}
	a := redis.NewQueue(rdb, prefix, opts, nil)
	b := redis.NewQueue(rdb, prefix, opts, nil)
	for i := range 3 {
		if err := a.Push(ctx, queue.NewJob(queue.JobEvent, []byte{byte('0' + i)})); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Push(ctx, queue.NewJob(queue.JobEvent, []byte("4"))); !errors.Is(err, queue.ErrFull) {
		t.Fatalf("push beyond the bound: %v", err)
	}
	if ttl := rdb.PTTL(ctx, prefix+"queue").Val(); ttl <= 0 || ttl > 2*time.Minute {
		t.Errorf("the stream's TTL is %v", ttl)
	}
	take := func(q *redis.Queue) queue.Job { t.Helper(); return takeJob(t, ctx, q) }
	j1 := take(a) // a "dies" with it
	j2 := take(b)
	if j1.ID == j2.ID || j1.Redelivered || j2.Redelivered {
		t.Fatalf("two consumers got %s and %s", j1.ID, j2.ID)
	}
	if err := b.Ack(ctx, j2); err != nil {
		t.Fatal(err)
	}
	j3 := take(b)
	if err := b.Release(ctx, j3); err != nil { // b stops before starting it
		t.Fatal(err)
	}
	seen := map[string]queue.Job{}
	for len(seen) < 2 {
		j := take(b)
		seen[j.ID] = j
		if err := b.Ack(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	if got, ok := seen[j1.ID]; !ok || !got.Redelivered {
		t.Errorf("the dead consumer's job was not claimed as redelivered: %+v", seen)
	}
	if got, ok := seen[j3.ID]; !ok || got.Redelivered {
		t.Errorf("the released job did not come back as new: %+v", seen)
	}
	if n, _, err := b.Stats(ctx); err != nil || n != 0 {
		t.Errorf("after every ack the queue holds %d (%v)", n, err)
	}
	if err := a.Touch(ctx, j1); !errors.Is(err, queue.ErrLost) { // too slow: the job is another's now
		t.Errorf("touching a job claimed by another consumer: %v, want queue.ErrLost", err)
	}
	if err := a.Ack(ctx, j1); err != nil { // the late ack of a claimed job is harmless
		t.Fatal(err)
	}
	keys := rdb.Keys(ctx, "*").Val()
	for _, k := range keys {
		if len(k) < len(prefix) || k[:len(prefix)] != prefix {
			t.Errorf("key %q lacks the prefix", k)
		}
	}
}

// Pushes made at the same time are sent together (fewer script calls than
// pushes), and the bound holds across a batch: of 300 concurrent pushes
// into a queue of 50, exactly 50 are taken, each intact, and the rest
// refused.
func TestConcurrentPushesAreBatchedAndBounded(t *testing.T) {
	srv := redistest.Start(t)
	rdb := srv.Client()
	ctx := context.Background()
	q := redis.NewQueue(rdb, uniquePrefix(), redis.QueueOptions{Max: 50}, nil)
	if err := rdb.ConfigResetStat(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	const pushes = 300
	errs := make([]error, pushes)
	var wg sync.WaitGroup
	for i := range pushes {
		wg.Go(func() { errs[i] = q.Push(ctx, queue.NewJob(queue.JobEvent, []byte(strconv.Itoa(i)))) })
	}
	wg.Wait()
	accepted := map[string]bool{}
	for i, err := range errs {
		switch {
		case err == nil:
			accepted[strconv.Itoa(i)] = true
		case !errors.Is(err, queue.ErrFull):
			t.Fatalf("push %d: %v", i, err)
		}
	}
	if len(accepted) != 50 {
		t.Fatalf("%d pushes accepted into a queue of 50", len(accepted))
	}
	for range 50 {
		tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		j, err := q.Take(tctx)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if !accepted[string(j.Body)] {
			t.Errorf("took %q, not an accepted job (or twice)", j.Body)
		}
		delete(accepted, string(j.Body))
	}
	stats := rdb.Info(ctx, "commandstats").Val()
	m := regexp.MustCompile(`cmdstat_evalsha:calls=(\d+)`).FindStringSubmatch(stats)
	if m == nil {
		t.Fatalf("no EVALSHA in the command stats:\n%s", stats)
	}
	if calls, _ := strconv.Atoi(m[1]); calls >= pushes {
		t.Errorf("%d script calls for %d concurrent pushes: not batched", calls, pushes)
	}
}

// takeJob takes the next job of a queue, failing the test when none comes
// within five seconds.
func takeJob(t *testing.T, ctx context.Context, q *redis.Queue) queue.Job {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	j, err := q.Take(tctx)
	if err != nil {
		t.Fatal(err)
	}
	return j
}
