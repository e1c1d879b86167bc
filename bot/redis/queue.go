package redis

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/dossier-bot/dossier/bot/queue"
)

// Queue is the bot's work queue in a Redis stream with one consumer
// group, shared by every replica: a request is added (XADD) before it is
// acknowledged, a worker reads it (XREADGROUP) when it is free, and acks
// it (XACK, then XDEL) once its reply is posted or failed for good. A job
// that a worker has not touched for the visibility timeout (its replica
// died) is claimed (XAUTOCLAIM) by another.
//
// The stream is bounded: Push refuses (queue.ErrFull) when it holds
// max jobs, and done jobs are deleted, so that its length is the jobs
// waiting or in work. Its key starts with the prefix and expires when no
// job was added for twice the delivery deadline. While Redis is
// unreachable, jobs are kept in process (a bounded queue.Memory):
// the replica that took a request still answers it.
type Queue struct {
	rdb        goredis.UniversalClient
	stream     string
	group      string
	consumer   string
	max        int
	visibility time.Duration
	ttl        time.Duration
	log        *slog.Logger
	local      *queue.Memory

	batch     batcher       // pushes waiting to be sent
	take      chan struct{} // one worker at a time waits on Redis
	mu        sync.Mutex
	lastClaim time.Time
}

// QueueOptions configure a Queue.
type QueueOptions struct {
	Max        int           // jobs waiting or in work at most (default queue.DefaultSize)
	Visibility time.Duration // a job untouched this long is claimed by another worker (default 1m)
	Deadline   time.Duration // the delivery deadline: the stream expires twice this after its last job
}

// DefaultVisibility is QueueOptions.Visibility's default.
const DefaultVisibility = time.Minute

// block is how long a read waits for a job.
const block = 500 * time.Millisecond

var _ queue.Queue = (*Queue)(nil)

// NewQueue returns the queue in the stream <prefix>queue, with its own
// consumer name (host, process, random).
func NewQueue(rdb goredis.UniversalClient, prefix string, o QueueOptions, log *slog.Logger) *Queue {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	if o.Max <= 0 {
		o.Max = queue.DefaultSize
	}
	if o.Visibility <= 0 {
		o.Visibility = DefaultVisibility
	}
	if o.Deadline <= 0 {
		o.Deadline = queue.DefaultDeadline
	}
	if log == nil {
		log = slog.Default()
	}
	host, _ := os.Hostname()
	var r [4]byte
	_, _ = rand.Read(r[:])
	return &Queue{
		rdb: rdb, stream: prefix + "queue", group: "workers", max: o.Max, visibility: o.Visibility, ttl: 2 * o.Deadline,
		consumer: fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(r[:])),
		log:      log, local: queue.NewMemory(o.Max), take: make(chan struct{}, 1),
	}
}

// Consumer is this queue's consumer name in the group.
func (q *Queue) Consumer() string { return q.consumer }

// Push implements queue.Queue: the job is added unless the stream is
// full, in a batch with the jobs pushed at the same time (see push.go).
// When Redis cannot be reached the job is kept in process instead.
func (q *Queue) Push(ctx context.Context, j queue.Job) error {
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	err = q.pushBatched(ctx, data)
	switch {
	case errors.Is(err, queue.ErrFull):
		return err
	case err != nil:
		q.log.WarnContext(ctx, "Redis queue unavailable; keeping the job in this process", "err", err)
		return q.local.Push(ctx, j)
	}
	return nil
}

// Take implements queue.Queue: jobs kept in process first, then a job
// another worker left (idle past the visibility timeout), then a new one.
func (q *Queue) Take(ctx context.Context) (queue.Job, error) {
	select {
	case q.take <- struct{}{}:
	case <-ctx.Done():
		return queue.Job{}, ctx.Err()
	}
	defer func() { <-q.take }()
	for {
		if j, ok := q.local.TryTake(); ok {
			return j, nil
		}
		if err := ctx.Err(); err != nil {
			return queue.Job{}, err
		}
		if j, ok, err := q.claim(ctx); err != nil {
			return q.orLocal(ctx, err)
		} else if ok {
			return j, nil
		}
		res, err := q.rdb.XReadGroup(ctx, &goredis.XReadGroupArgs{Group: q.group, Consumer: q.consumer,
			Streams: []string{q.stream, ">"}, Count: 1, Block: block}).Result()
		switch {
		case errors.Is(err, goredis.Nil):
			continue
		case isNoGroup(err):
			if err := q.createGroup(ctx); err != nil {
				return q.orLocal(ctx, err)
			}
			continue
		case err != nil:
			return q.orLocal(ctx, err)
		}
		for _, s := range res {
			for _, m := range s.Messages {
				if j, ok := q.decode(ctx, m); ok {
					return j, nil
				}
			}
		}
	}
}

// orLocal waits a little for a job kept in process, and returns err
// when none comes: Redis failed.
func (q *Queue) orLocal(ctx context.Context, err error) (queue.Job, error) {
	if ctx.Err() != nil {
		return queue.Job{}, ctx.Err()
	}
	t := time.NewTimer(time.Second)
	defer t.Stop()
	select {
	case j := <-q.local.Jobs():
		return q.local.Taken(j), nil
	case <-t.C:
		return queue.Job{}, fmt.Errorf("read the Redis queue: %w", err)
	case <-ctx.Done():
		return queue.Job{}, ctx.Err()
	}
}

// claim takes one job left idle past the visibility timeout by a worker
// that died, at most every half visibility timeout while there are none.
func (q *Queue) claim(ctx context.Context) (queue.Job, bool, error) {
	q.mu.Lock()
	due := time.Since(q.lastClaim) >= q.visibility/2
	q.mu.Unlock()
	if !due {
		return queue.Job{}, false, nil
	}
	msgs, _, err := q.rdb.XAutoClaim(ctx, &goredis.XAutoClaimArgs{Stream: q.stream, Group: q.group, Consumer: q.consumer,
		MinIdle: q.visibility, Start: "0-0", Count: 1}).Result()
	if isNoGroup(err) {
		return queue.Job{}, false, q.createGroup(ctx)
	}
	if err != nil && !errors.Is(err, goredis.Nil) {
		return queue.Job{}, false, err
	}
	for _, m := range msgs {
		if j, ok := q.decode(ctx, m); ok {
			j.Redelivered = true
			q.log.WarnContext(ctx, "claimed a job left by a worker that stopped", "job", j.ID, "received", j.ReceivedAt)
			return j, true, nil // more may wait: claim again at once
		}
	}
	q.mu.Lock()
	q.lastClaim = time.Now()
	q.mu.Unlock()
	return queue.Job{}, false, nil
}

func (q *Queue) decode(ctx context.Context, m goredis.XMessage) (queue.Job, bool) {
	var j queue.Job
	raw, _ := m.Values["job"].(string)
	if err := json.Unmarshal([]byte(raw), &j); err != nil || j.ID == "" {
		q.log.ErrorContext(ctx, "an undecodable job in the Redis queue; dropped", "entry", m.ID, "err", err)
		q.ackRef(ctx, m.ID)
		return queue.Job{}, false
	}
	j.Ref = m.ID
	return j, true
}

func (q *Queue) createGroup(ctx context.Context) error {
	err := q.rdb.XGroupCreateMkStream(ctx, q.stream, q.group, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
		return err
	}
	return nil
}

func isNoGroup(err error) bool { return err != nil && strings.HasPrefix(err.Error(), "NOGROUP") }

// TouchInterval is how often a worker touches its job: a third of the
// visibility timeout.
func (q *Queue) TouchInterval() time.Duration { return q.visibility / 3 }

// Touch implements queue.Queue: XCLAIM to itself resets the job's idle
// time, so that no other worker claims it. A job another worker claimed
// already (this one was too slow to touch it) is not taken back: Touch
// returns an error saying so.
func (q *Queue) Touch(ctx context.Context, j queue.Job) error {
	if j.Ref == "" {
		return nil
	}
	mine, err := q.rdb.XPendingExt(ctx, &goredis.XPendingExtArgs{Stream: q.stream, Group: q.group, Consumer: q.consumer,
		Start: j.Ref, End: j.Ref, Count: 1}).Result()
	if err != nil {
		return err
	}
	if len(mine) == 0 {
		return fmt.Errorf("job %s, untouched for %v: %w", j.ID, q.visibility, queue.ErrLost)
	}
	return q.rdb.XClaimJustID(ctx, &goredis.XClaimArgs{Stream: q.stream, Group: q.group, Consumer: q.consumer, Messages: []string{j.Ref}}).Err()
}

// Ack implements queue.Queue.
func (q *Queue) Ack(ctx context.Context, j queue.Job) error {
	if j.Ref == "" {
		return q.local.Ack(ctx, j)
	}
	return q.ackRef(ctx, j.Ref)
}

func (q *Queue) ackRef(ctx context.Context, ref string) error {
	_, err := q.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		p.XAck(ctx, q.stream, q.group, ref)
		p.XDel(ctx, q.stream, ref)
		return nil
	})
	return err
}

// Release implements queue.Queue: the job is added again, as new, and
// its entry acked, at once.
func (q *Queue) Release(ctx context.Context, j queue.Job) error {
	if j.Ref == "" {
		return q.local.Release(ctx, j)
	}
	ref := j.Ref
	j.Ref, j.Redelivered = "", false
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	_, err = q.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		p.XAdd(ctx, &goredis.XAddArgs{Stream: q.stream, Values: []string{"job", string(data)}})
		p.XAck(ctx, q.stream, q.group, ref)
		p.XDel(ctx, q.stream, ref)
		return nil
	})
	return err
}

// Stats implements queue.Queue: the stream's length (jobs waiting or in
// work, in every replica) and the age of its oldest entry, with this
// process's own jobs.
func (q *Queue) Stats(ctx context.Context) (int, time.Duration, error) {
	depth, oldest, _ := q.local.Stats(ctx)
	n, err := q.rdb.XLen(ctx, q.stream).Result()
	if err != nil {
		return depth, oldest, err
	}
	first, err := q.rdb.XRangeN(ctx, q.stream, "-", "+", 1).Result()
	if err != nil {
		return depth, oldest, err
	}
	if len(first) > 0 {
		if ms, err := strconv.ParseInt(strings.SplitN(first[0].ID, "-", 2)[0], 10, 64); err == nil {
			oldest = max(oldest, time.Since(time.UnixMilli(ms)))
		}
	}
	return depth + int(n), oldest, nil
}

// Close leaves the group when this consumer holds no job: its pending
// jobs, if any, stay for the others to claim. It does not close the
// client, which the store shares.
func (q *Queue) Close(ctx context.Context) error {
	pending, err := q.rdb.XPendingExt(ctx, &goredis.XPendingExtArgs{Stream: q.stream, Group: q.group, Consumer: q.consumer, Start: "-", End: "+", Count: 1}).Result()
	if err != nil || len(pending) > 0 {
		return err
	}
	return q.rdb.XGroupDelConsumer(ctx, q.stream, q.group, q.consumer).Err()
}
