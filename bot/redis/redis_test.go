package redis_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/queue"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/storetest"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

var prefixes atomic.Int32

// uniquePrefix keeps tests apart when they share one Redis (REDIS_URL).
func uniquePrefix() string { return fmt.Sprintf("dossier-test-%d:", prefixes.Add(1)) }

func TestContract(t *testing.T) {
	srv := redistest.Start(t)
	storetest.Run(t, func(t *testing.T) bot.Store {
		s, err := redis.Open(redis.Config{URL: srv.URL(), Prefix: uniquePrefix()}, storetest.Options, memory.New(storetest.Options, nil), nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func copyFS(t *testing.T) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	entries, err := fs.ReadDir(sources.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(sources.FS, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = &fstest.MapFile{Data: data}
	}
	return out
}

// The same store, unchanged, over Redis Cluster and over Sentinel.
func TestContractOnClusterAndSentinel(t *testing.T) {
	t.Parallel() // servers of its own
	if testing.Short() {
		t.Skip("starts a cluster")
	}
	addrs := redistest.StartCluster(t)
	t.Run("Cluster", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) bot.Store {
			s, err := redis.Open(redis.Config{Addrs: addrs, Prefix: uniquePrefix()}, storetest.Options, memory.New(storetest.Options, nil), nil)
			if err != nil {
				t.Fatal(err)
			}
			return s
		})
	})
	sentinel, master := redistest.StartSentinel(t)
	t.Run("Sentinel", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) bot.Store {
			s, err := redis.Open(redis.Config{Addrs: []string{sentinel}, MasterName: master, Prefix: uniquePrefix()}, storetest.Options, memory.New(storetest.Options, nil), nil)
			if err != nil {
				t.Fatal(err)
			}
			return s
		})
	})
}

// A lock kept by KeepLock outlasts its first term while the work goes on,
// and is free again once the work stops and releases it.
func TestLockKeptWhileWorkGoesOn(t *testing.T) {
	srv := redistest.Start(t)
	s, err := redis.Open(redis.Config{URL: srv.URL(), Prefix: uniquePrefix()}, storetest.Options, memory.New(storetest.Options, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	const ttl = time.Second // refreshed every third: robust to a loaded machine
	u, err := s.Lock(ctx, "post:job1", ttl)
	if err != nil {
		t.Fatal(err)
	}
	var lost atomic.Int32
	stop := bot.KeepLock(ctx, u, ttl, func(error) { lost.Add(1) })
	deadline := time.Now().Add(3 * ttl)
	for time.Now().Before(deadline) {
		if _, err := s.Lock(ctx, "post:job1", ttl); !errors.Is(err, bot.ErrLocked) {
			t.Fatalf("another holder took the lock %v into a kept hold of %v: %v", time.Since(deadline.Add(-3*ttl)), ttl, err)
		}
		time.Sleep(ttl / 4)
	}
	stop()
	if err := u.Unlock(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Lock(ctx, "post:job1", ttl); err != nil {
		t.Errorf("the lock is not free after release: %v", err)
	}
	if lost.Load() != 0 {
		t.Errorf("the hold was reported lost %d times", lost.Load())
	}
}

// The client's buffers are small (redis.BufferSize); values and jobs
// many times their size still go and come back whole, through single
// commands and through pipelines (a released job is added again in one).
func TestValuesLargerThanTheBuffers(t *testing.T) {
	srv := redistest.Start(t)
	rdb, err := redis.NewClient(redis.Config{URL: srv.URL()})
	if err != nil {
		t.Fatal(err)
	}
	defer rdb.Close()
	o, err := redis.Config{URL: srv.URL()}.Options()
	if err != nil {
		t.Fatal(err)
	}
	if o.ReadBufferSize != redis.BufferSize || o.WriteBufferSize != redis.BufferSize ||
		o.PipelineReadBufferSize != redis.BufferSize || o.PipelineWriteBufferSize != redis.BufferSize {
		t.Fatalf("buffers %d/%d, pipelines' %d/%d, want %d each", o.ReadBufferSize, o.WriteBufferSize, o.PipelineReadBufferSize, o.PipelineWriteBufferSize, redis.BufferSize)
	}
	ctx := context.Background()
	big := make([]byte, 50*redis.BufferSize+7)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	s := redis.New(rdb, uniquePrefix(), storetest.Options, memory.New(storetest.Options, nil), nil)
	if err := s.Set(ctx, "big", big, time.Minute); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := s.Get(ctx, "big"); err != nil || !ok || string(got) != string(big) {
		t.Fatalf("a value of %d bytes came back as %d bytes (hit %v, %v)", len(big), len(got), ok, err)
	}
	q := redis.NewQueue(rdb, uniquePrefix(), redis.QueueOptions{Max: 4, Visibility: time.Minute, Deadline: time.Minute}, nil)
	if err := q.Push(ctx, queue.NewJob(queue.JobEvent, big)); err != nil {
		t.Fatal(err)
	}
	take := func() queue.Job { t.Helper(); return takeJob(t, ctx, q) }
	j := take()
	if err := q.Release(ctx, j); err != nil {
		t.Fatal(err)
	}
	j = take()
	if string(j.Body) != string(big) {
		t.Fatalf("a job of %d bytes came back as %d bytes", len(big), len(j.Body))
	}
	if err := q.Ack(ctx, j); err != nil {
		t.Fatal(err)
	}
}
