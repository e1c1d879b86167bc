package slack

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/queue"
)

type jobKey struct{}

// jobOf returns the job a worker is doing in ctx.
func jobOf(ctx context.Context) (queue.Job, bool) {
	j, ok := ctx.Value(jobKey{}).(queue.Job)
	return j, ok
}

// push queues a verified request. It reports queue.ErrFull when the queue
// is full and another error when it cannot be queued: the caller refuses
// the request (503) so that Slack retries it; nothing was acknowledged.
func (b *Bot) push(ctx context.Context, j queue.Job) error {
	b.mu.RLock()
	closed := b.closed
	b.mu.RUnlock()
	if closed {
		return errors.New("shutting down")
	}
	if err := b.queue.Push(ctx, j); err != nil {
		b.log.WarnContext(ctx, "request refused: cannot queue it", "kind", j.Kind, "err", err)
		return err
	}
	b.queued.Add(1)
	return nil
}

// work takes jobs until take ends, and does each with run's context,
// which ends only when the grace period of a shutdown has passed.
func (b *Bot) work(take, run context.Context) {
	defer b.workers.Done()
	for {
		j, err := b.queue.Take(take)
		if take.Err() != nil {
			if err == nil { // taken as the bot stopped: not started, so handed back
				if err := b.queue.Release(context.WithoutCancel(run), j); err != nil {
					b.log.WarnContext(run, "hand a job back to the queue", "job", j.ID, "err", err)
				}
			}
			return
		}
		if err != nil {
			b.log.WarnContext(run, "take a job from the queue", "err", err)
			select {
			case <-take.Done():
			case <-time.After(time.Second):
			}
			continue
		}
		b.do(run, j)
	}
}

// do does one job, telling the queue it is in work meanwhile, and acks it
// unless the shutdown cancelled it (then it stays pending in the queue).
func (b *Bot) do(run context.Context, j queue.Job) {
	ctx := context.WithValue(bot.WithLogAttrs(run, "job", j.ID, "kind", j.Kind), jobKey{}, j)
	ctx, cancel := context.WithDeadline(ctx, j.ReceivedAt.Add(b.cfg.DeliveryDeadline))
	defer cancel()
	ctx, stop := context.WithCancelCause(ctx) // stop(queue.ErrLost): another worker has the job
	defer stop(nil)
	if ctx.Err() != nil {
		b.log.ErrorContext(run, "a request waited past the delivery deadline; not answered", "job", j.ID, "received", j.ReceivedAt)
		b.observe.Reply(ReplyExpired)
		b.ack(run, j)
		return
	}
	touched := make(chan struct{})
	go func() {
		defer close(touched)
		t := time.NewTicker(queue.TouchInterval(b.queue))
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				err := b.queue.Touch(ctx, j)
				switch {
				case errors.Is(err, queue.ErrLost):
					b.log.WarnContext(ctx, "another worker has this job now; stopping it here", "err", err)
					stop(err)
					return
				case err != nil && ctx.Err() == nil:
					b.log.WarnContext(ctx, "tell the queue a job is in work", "err", err)
				}
			}
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				b.log.ErrorContext(ctx, "job panicked", "panic", r)
			}
		}()
		b.dispatch(ctx, j)
	}()
	stop(nil)
	<-touched
	if errors.Is(context.Cause(ctx), queue.ErrLost) {
		return // its new owner finishes it (posting the kept reply, if any) and acks it
	}
	if run.Err() != nil {
		b.log.WarnContext(run, "job cut short by the shutdown; left pending for another replica", "job", j.ID)
		return
	}
	b.ack(run, j)
}

func (b *Bot) ack(ctx context.Context, j queue.Job) {
	if err := b.queue.Ack(context.WithoutCancel(ctx), j); err != nil {
		b.log.WarnContext(ctx, "ack a finished job", "job", j.ID, "err", err)
	}
}

// dispatch does a job by kind.
func (b *Bot) dispatch(ctx context.Context, j queue.Job) {
	if j.EnvelopeID != "" {
		ctx = bot.WithLogAttrs(ctx, "envelope_id", j.EnvelopeID)
		if !b.first(ctx, "envelope:"+j.EnvelopeID, true) {
			return
		}
	}
	if j.Digest != "" && !j.Redelivered && !b.first(ctx, "request:"+j.Digest, true) {
		return // the same request, replayed or sent again: answered once
	}
	switch j.Kind {
	case queue.JobEvent:
		b.doEvent(ctx, j.Body)
	case queue.JobCommand:
		var cmd slack.SlashCommand
		if j.Form {
			form, err := url.ParseQuery(string(j.Body))
			if err != nil {
				return
			}
			cmd = commandOf(form)
		} else if json.Unmarshal(j.Body, &cmd) != nil {
			return
		}
		b.doCommand(ctx, cmd)
	case queue.JobInteraction:
		var cb slack.InteractionCallback
		if json.Unmarshal(j.Body, &cb) == nil {
			b.handleInteraction(ctx, cb)
		}
	default:
		b.log.ErrorContext(ctx, "a job of an unknown kind; dropped", "kind", j.Kind)
	}
}

// commandOf reads a slash command's form.
func commandOf(form url.Values) slack.SlashCommand {
	return slack.SlashCommand{
		Command: form.Get("command"), Text: form.Get("text"), TeamID: form.Get("team_id"),
		ChannelID: form.Get("channel_id"), UserID: form.Get("user_id"), ResponseURL: form.Get("response_url"),
		TriggerID: form.Get("trigger_id"),
	}
}

// inline runs f in the worker that is doing the current job: what a
// job does after its checks.
func (b *Bot) inline(ctx context.Context, name string, f func(ctx context.Context)) {
	f(bot.WithLogAttrs(ctx, "step", name))
}
