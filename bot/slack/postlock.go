package slack

import (
	"context"
	"errors"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/queue"
)

// A job's reply is posted under the job's post lock, one attempt at a
// time, so that two workers of the same job never post it both: the one
// that claimed the job after the visibility timeout (XAUTOCLAIM) while the
// first was still posting waits for the first's attempt, reads the kept
// reply again, and finds the part posted. The first's attempt is not cut
// short when it loses the job: it finishes and records what it posted.
//
// An attempt holds the lock as long as it goes on (it is extended every
// third of postLease); a worker that dies mid-attempt leaves it to expire:
// the part is then posted again by the next owner, since whether Slack
// took it cannot be known. At least once: a crash may post twice, never
// lose a reply.

// errPostedElsewhere is returned when the part to post was posted by
// another worker of the job: nothing to do, and nothing to count.
var errPostedElsewhere = errors.New("posted by another worker of the job")

// postLockPoll is how often a worker looks again at a post lock held by
// another.
const postLockPoll = 100 * time.Millisecond

// postLease bounds one attempt's hold on the post lock: the time of one
// Web API call (the HTTP client's timeout), with a margin.
func (b *Bot) postLease() time.Duration {
	t := b.cfg.HTTPClient.Timeout
	if t <= 0 {
		t = DefaultHTTPTimeout
	}
	return t + 5*time.Second
}

func postLockKey(jobID string) string { return "post:" + jobID }

// postLocked makes one attempt at posting part i of the job's reply r,
// holding the job's post lock: the reply kept for the job (another
// worker's, computed first) replaces r, or r is kept, before anything is
// posted; a part recorded as posted is not posted again
// (errPostedElsewhere). send posts from part i on and returns the number
// of parts posted in all; it runs to its end even if the job is given to
// another worker meanwhile, and what it posted is recorded before the
// lock is released.
func (b *Bot) postLocked(ctx context.Context, r *storedReply, i int, send func(ctx context.Context) (int, error)) error {
	j, _ := jobOf(ctx)
	unlock, err := b.lockPost(ctx, j)
	if err != nil {
		return err
	}
	defer unlock()
	if kept, ok := b.storedReplyOf(ctx); ok {
		*r = *kept
	} else {
		b.keepReply(ctx, r) // computed once: a retry of the job posts this
	}
	if r.Posted > i {
		return errPostedElsewhere
	}
	sctx := context.WithoutCancel(ctx) // not cut short by the loss of the job: see above
	if dl, ok := ctx.Deadline(); ok {
		var cancel context.CancelFunc
		sctx, cancel = context.WithDeadline(sctx, dl)
		defer cancel()
	}
	n, err := send(sctx)
	if n > r.Posted {
		r.Posted = n
		b.keepReply(sctx, r) // a retry must not post these parts again
	}
	return err
}

// lockPost takes the job's post lock, waiting while another worker holds
// it, until ctx ends. When the store cannot lock (Redis is down), the
// attempt goes ahead without the lock: a reply is not held back for it.
func (b *Bot) lockPost(ctx context.Context, j queue.Job) (unlock func(), err error) {
	t := time.NewTicker(postLockPoll)
	defer t.Stop()
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		u, err := b.store.Lock(ctx, postLockKey(j.ID), b.postLease())
		switch {
		case err == nil:
			// an attempt that outlasts the lease (a long streamed answer)
			// keeps the lock for as long as it goes on
			keep := bot.KeepLock(ctx, u, b.postLease(), func(err error) {
				b.log.WarnContext(ctx, "a post lock could not be extended; another worker may post this reply too", "err", err)
			})
			return func() {
				keep()
				if err := u.Unlock(context.WithoutCancel(ctx)); err != nil {
					b.log.WarnContext(ctx, "release a post lock", "err", err)
				}
			}, nil
		case !errors.Is(err, bot.ErrLocked):
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			b.log.DebugContext(ctx, "post lock unavailable (the store reports the outage); posting without it", "err", err)
			return func() {}, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
