package slack_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/queue"
	"github.com/dossier-bot/dossier/bot/slack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

// lostQueue is the in-process queue as a shared queue sees a slow worker:
// its first touch of a job finds it given to another worker.
type lostQueue struct {
	*queue.Memory
	taken      atomic.Bool  // a job was taken
	takesAfter atomic.Int32 // takes begun after that: a worker done with it
	acks       atomic.Int32
}

func (q *lostQueue) Take(ctx context.Context) (queue.Job, error) {
	if q.taken.Load() {
		q.takesAfter.Add(1)
	}
	j, err := q.Memory.Take(ctx)
	if err == nil {
		q.taken.Store(true)
	}
	return j, err
}
func (q *lostQueue) Touch(context.Context, queue.Job) error {
	return fmt.Errorf("job claimed: %w", queue.ErrLost)
}
func (q *lostQueue) Ack(ctx context.Context, j queue.Job) error {
	q.acks.Add(1)
	return q.Memory.Ack(ctx, j)
}
func (q *lostQueue) TouchInterval() time.Duration { return 20 * time.Millisecond }

// A worker whose job was given to another (it did not touch it in time)
// stops it: the model's answer is abandoned, nothing is posted, and the
// job is not acked, which is its new owner's to do.
func TestLostJobIsStoppedAndLeftToItsOwner(t *testing.T) {
	model := openaitest.New(t)
	model.Default = func(openaitest.Request) openaitest.Reply { return openaitest.Reply{Stall: time.Minute, Text: "late"} }
	q := &lostQueue{Memory: queue.NewMemory(8)}
	h := start(t, setup{model: model, opts: slacktest.Options{Bot: []slack.Option{slack.WithQueue(q)}}})
	if status, _ := h.SendEvent(slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?")); status != 200 {
		t.Fatalf("status %d", status)
	}
	// the worker that took the job comes back for another: it is done with it
	slacktest.Eventually(t, "the worker giving the job up", func() bool { return q.takesAfter.Load() >= 1 })
	if n := q.acks.Load(); n != 0 {
		t.Errorf("%d acks of a job another worker owns", n)
	}
	if n := len(h.Slack.Calls("chat.postMessage")); n != 0 {
		t.Errorf("%d posts for a job another worker owns", n)
	}
}
