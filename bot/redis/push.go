package redis

import (
	"context"
	"fmt"
	"sync"

	goredis "github.com/redis/go-redis/v9"

	"github.com/dossier-bot/dossier/bot/queue"
)

// Pushes are sent in batches (group commit): one script call adds every
// job pushed while the previous call was in flight, so that a burst of
// requests costs Redis, and the replica, one round trip per batch rather
// than one per request. A lone push is sent at once: it waits for nothing
// but its own round trip.
//
// There is no goroutine of its own: the push that finds no call in flight
// sends the batch (it leads), and on its way out hands the lead to the
// first push that arrived meanwhile.

// maxBatch bounds the jobs of one script call (Redis runs a script
// without serving other clients).
const maxBatch = 256

// pushScript adds each job (ARGV[3…]) while the stream holds fewer than
// ARGV[1], and renews the stream's TTL (ARGV[2], ms). It returns, job by
// job, the entry's ID, or 0 for a job refused because the stream is full.
var pushScript = goredis.NewScript(`
local n = redis.call('XLEN', KEYS[1])
local max = tonumber(ARGV[1])
local out = {}
for i = 3, #ARGV do
  if n >= max then
    out[#out + 1] = 0
  else
    out[#out + 1] = redis.call('XADD', KEYS[1], '*', 'job', ARGV[i])
    n = n + 1
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return out
`)

// A push is one job waiting to be sent; done receives its result, or
// nil-with-lead when the push must send the next batch itself.
type push struct {
	data []byte
	done chan pushResult
}

type pushResult struct {
	err  error
	lead bool // this push sends the next batch
}

// batcher gathers the pushes waiting for a batch.
type batcher struct {
	mu      sync.Mutex
	waiting []*push
	busy    bool // a batch is in flight
}

// add queues p, and reports whether p leads (no batch was in flight).
func (b *batcher) add(p *push) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.waiting = append(b.waiting, p)
	if b.busy {
		return false
	}
	b.busy = true
	return true
}

// take returns the next batch, at most maxBatch pushes, in order.
func (b *batcher) take() []*push {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := min(len(b.waiting), maxBatch)
	batch := b.waiting[:n:n]
	b.waiting = b.waiting[n:]
	return batch
}

// handOver gives the lead to the first waiting push, or ends the busy
// state when none waits.
func (b *batcher) handOver() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.waiting) == 0 {
		b.busy = false
		b.waiting = nil
		return
	}
	b.waiting[0].done <- pushResult{lead: true}
}

// pushBatched adds data to the stream in a batch, and returns the
// result of its own job: nil, queue.ErrFull, or Redis's error. A leader
// is always the first of the pushes waiting, so the batch it sends holds
// its own job.
func (q *Queue) pushBatched(ctx context.Context, data []byte) error {
	p := &push{data: data, done: make(chan pushResult, 1)}
	if !q.batch.add(p) {
		// bounded by the Redis client's timeouts, in the leader's call
		if r := <-p.done; !r.lead {
			return r.err
		}
	}
	q.sendBatch(ctx, q.batch.take())
	q.batch.handOver()
	return (<-p.done).err
}

// sendBatch runs the push script for a batch and tells each push its
// result. The call is not cancelled with the leader's request: the others
// wait on it.
func (q *Queue) sendBatch(ctx context.Context, batch []*push) {
	args := make([]any, 0, len(batch)+2)
	args = append(args, q.max, q.ttl.Milliseconds())
	for _, p := range batch {
		args = append(args, p.data)
	}
	res, err := pushScript.Run(context.WithoutCancel(ctx), q.rdb, []string{q.stream}, args...).Slice()
	if err == nil && len(res) != len(batch) {
		err = fmt.Errorf("the push script returned %d results for %d jobs", len(res), len(batch))
	}
	for i, p := range batch {
		switch {
		case err != nil:
			p.done <- pushResult{err: err}
		case isRefused(res[i]):
			p.done <- pushResult{err: queue.ErrFull}
		default:
			p.done <- pushResult{}
		}
	}
}

func isRefused(v any) bool {
	n, ok := v.(int64)
	return ok && n == 0
}
