// Package queue holds the jobs between a Slack request's acknowledgement
// and the worker that answers it: the Job, the Queue contract that the
// in-process queue here and the Redis stream in bot/redis both meet.
package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// Defaults of a queue.
const (
	DefaultSize     = 1024             // jobs waiting or in work at most
	DefaultDeadline = 15 * time.Minute // how long a job's reply is retried
)

// Job kinds: what a Job's Body is.
const (
	JobEvent       = "event"       // an Events API payload (JSON)
	JobCommand     = "command"     // a slash command: the form body, or Socket Mode's JSON
	JobInteraction = "interaction" // an interaction payload (JSON)
)

// A Job is one verified Slack request waiting for a worker. It is plain
// data, so that a queue can keep it outside the process (bot/redis keeps
// it in a Redis stream) and another replica can do it.
type Job struct {
	ID         string `json:"id"` // unique; the key of the job's stored reply
	Kind       string `json:"kind"`
	Body       []byte `json:"body"`
	Form       bool   `json:"form,omitempty"` // Body is a form (HTTP slash command), not JSON
	EnvelopeID string `json:"envelope_id,omitempty"`
	// Digest identifies a request across its deliveries: a signed HTTP
	// request by its timestamp and body (a replay within the window has
	// the same), a slash command over Socket Mode by its invocation (Slack
	// may send its envelope again, with a new envelope_id). Jobs of the
	// same digest are answered once.
	Digest     string    `json:"digest,omitempty"`
	ReceivedAt time.Time `json:"received_at"`
	// Redelivered is set by the queue on a job that a worker took before
	// and did not finish (its replica died): it was deduplicated then.
	Redelivered bool `json:"-"`
	// Ref is the queue's own handle on the job (a stream entry ID).
	Ref string `json:"-"`
}

// NewJob returns a job with a fresh ID, received now.
func NewJob(kind string, body []byte) Job {
	var id [10]byte
	_, _ = rand.Read(id[:])
	return Job{ID: hex.EncodeToString(id[:]), Kind: kind, Body: body, ReceivedAt: time.Now()}
}

// ErrFull is returned by Queue.Push when the queue holds as many
// jobs as it may: the request is refused (HTTP 503) so that Slack retries.
var ErrFull = errors.New("the work queue is full")

// ErrLost is returned (wrapped) by Queue.Touch when the job was given to
// another worker meanwhile (this one was too slow to touch it): the worker
// stops it, and leaves it to the new owner.
var ErrLost = errors.New("the job was given to another worker")

// A Queue holds the jobs between the acknowledgement of a request and
// the worker that answers it.
type Queue interface {
	// Push adds a job, or returns ErrFull (or another error: the
	// job is not queued).
	Push(ctx context.Context, j Job) error
	// Take waits for a job until ctx ends (then it returns ctx's error).
	Take(ctx context.Context) (Job, error)
	// Touch tells the queue a job is still being worked on, so that it
	// is not handed to another worker; the bot calls it every
	// TouchInterval when the queue has that method.
	Touch(ctx context.Context, j Job) error
	// Ack removes a job that is done: delivered, or failed for good.
	Ack(ctx context.Context, j Job) error
	// Release hands back a job taken but not started, for another
	// worker (or replica) to take.
	Release(ctx context.Context, j Job) error
	// Stats returns the jobs waiting or in work, and the age of the
	// oldest.
	Stats(ctx context.Context) (depth int, oldest time.Duration, err error)
}

// touchEvery is how often a worker tells the queue it is still on a job,
// unless the queue says (TouchInterval).
const touchEvery = 5 * time.Second

// TouchInterval is the queue's own TouchInterval, or touchEvery.
func TouchInterval(q Queue) time.Duration {
	if t, ok := q.(interface{ TouchInterval() time.Duration }); ok && t.TouchInterval() > 0 {
		return t.TouchInterval()
	}
	return touchEvery
}

// waiting counts the jobs not yet taken.
func (q *Memory) Waiting() int { return len(q.jobs) }

// Memory is the in-process queue, bounded: a full queue refuses.
// Its jobs do not outlive the process.
type Memory struct {
	jobs chan Job
	mu   sync.Mutex
	work map[string]time.Time // received time of the jobs taken, by ID
	held atomic.Int64         // jobs pushed and not yet acked (waiting or in work)
}

// NewMemory returns a queue of at most size waiting jobs.
func NewMemory(size int) *Memory {
	if size <= 0 {
		size = DefaultSize
	}
	return &Memory{jobs: make(chan Job, size), work: map[string]time.Time{}}
}

// Push implements Queue.
func (q *Memory) Push(_ context.Context, j Job) error {
	q.held.Add(1)
	return q.put(j)
}

// put adds a held job to the waiting ones; a full queue lets go of it.
func (q *Memory) put(j Job) error {
	select {
	case q.jobs <- j:
		return nil
	default:
		q.held.Add(-1)
		return ErrFull
	}
}

// Take implements Queue.
func (q *Memory) Take(ctx context.Context) (Job, error) {
	select {
	case j := <-q.jobs:
		return q.Taken(j), nil
	case <-ctx.Done():
		return Job{}, ctx.Err()
	}
}

// TryTake takes a job if one waits.
func (q *Memory) TryTake() (Job, bool) {
	select {
	case j := <-q.jobs:
		return q.Taken(j), true
	default:
		return Job{}, false
	}
}

// Jobs is the channel of waiting jobs, for a queue that takes from it as
// well as elsewhere; a job received from it must go through Taken.
func (q *Memory) Jobs() <-chan Job { return q.jobs }

// Taken records that j, received from Jobs, is in work, and returns it.
func (q *Memory) Taken(j Job) Job {
	q.mu.Lock()
	q.work[j.ID] = j.ReceivedAt
	q.mu.Unlock()
	return j
}

// Touch implements Queue.
func (q *Memory) Touch(context.Context, Job) error { return nil }

// Ack implements Queue.
func (q *Memory) Ack(_ context.Context, j Job) error {
	q.mu.Lock()
	_, ok := q.work[j.ID]
	delete(q.work, j.ID)
	q.mu.Unlock()
	if ok {
		q.held.Add(-1)
	}
	return nil
}

// Release implements Queue: the job goes back (at the end).
func (q *Memory) Release(ctx context.Context, j Job) error {
	q.mu.Lock()
	delete(q.work, j.ID)
	q.mu.Unlock()
	return q.put(j)
}

// Stats implements Queue. The age of the oldest waiting job is not
// known without taking it; the oldest in work is.
func (q *Memory) Stats(context.Context) (int, time.Duration, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var oldest time.Duration
	for _, at := range q.work {
		oldest = max(oldest, time.Since(at))
	}
	return int(q.held.Load()), oldest, nil
}
