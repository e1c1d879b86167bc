package redis_test

import (
	"context"
	"errors"
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
	take := func(q *redis.Queue) queue.Job {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		j, err := q.Take(tctx)
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
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
