package slack

import (
	"context"
	"time"
)

// track counts a job in busy from now until it has run; see WaitIdle.
func (b *Bot) track(run func(ctx context.Context)) func(ctx context.Context) {
	b.busy.Add(1)
	return func(ctx context.Context) {
		defer b.busy.Add(-1)
		run(ctx)
	}
}

// idlePoll is how often WaitIdle looks at the count of jobs in hand.
const idlePoll = 2 * time.Millisecond

// WaitIdle waits until no job is queued or running: every Slack call and
// store access of the requests handled so far is done. Tests use it to
// assert that a request caused nothing, without a fixed sleep. It returns
// ctx's error when ctx ends first.
func (b *Bot) WaitIdle(ctx context.Context) error {
	t := time.NewTicker(idlePoll)
	defer t.Stop()
	for b.busy.Load() != 0 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	return nil
}
