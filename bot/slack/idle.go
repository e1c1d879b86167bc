package slack

import (
	"context"
	"time"
)

// idlePoll is how often WaitIdle looks at the queue.
const idlePoll = 2 * time.Millisecond

// WaitIdle waits until the queue holds no job, waiting or in work: every
// Slack call and store access of the requests queued so far is done (a
// job leaves the queue only once its reply is posted or has failed for
// good). Tests use it to assert that a request caused nothing, without a
// fixed sleep. It returns ctx's error when ctx ends first.
func (b *Bot) WaitIdle(ctx context.Context) error {
	t := time.NewTicker(idlePoll)
	defer t.Stop()
	for {
		if n, _, err := b.queue.Stats(ctx); err == nil && n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
