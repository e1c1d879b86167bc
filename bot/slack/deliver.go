package slack

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"net/http"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot/queue"
)

// Delivery: a reply is posted until Slack takes it, it fails for good,
// or the job's deadline passes. Slack's 5xx, 429 (after its Retry-After)
// and network errors are retried with exponential backoff and jitter;
// an error that will not go away (channel_not_found, not_in_channel,
// is_archived, invalid_auth, …) is not.

// Reply results, as metrics count them.
const (
	ReplyPosted  = "posted"
	ReplyFailed  = "failed"  // a permanent error
	ReplyExpired = "expired" // the delivery deadline passed
)

// retry backoff bounds; tests shorten them through Config.
const (
	defaultRetryBase = 500 * time.Millisecond
	maxRetryWait     = 30 * time.Second
	// quickAttempts bounds the attempts of calls that are not the reply
	// itself (reactions, status lines, streaming).
	quickAttempts = 3
)

// errExpired is returned when a reply could not be posted before the
// delivery deadline.
var errExpired = errors.New("the delivery deadline passed before Slack took the reply")

// retriable reports whether a failed Slack call may succeed if tried
// again, and how long Slack asked to wait (0: not said).
func retriable(err error) (bool, time.Duration) {
	var rl *slack.RateLimitedError
	var sc slack.StatusCodeError
	var se slack.SlackErrorResponse
	switch {
	case err == nil, errors.Is(err, context.Canceled):
		return false, 0
	case errors.As(err, &rl):
		return true, rl.RetryAfter
	case errors.As(err, &sc):
		return sc.Code >= 500 || sc.Code == http.StatusTooManyRequests || sc.Code == http.StatusRequestTimeout, 0
	case errors.As(err, &se):
		switch se.Err {
		case "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout":
			return true, 0
		}
		return false, 0
	}
	return true, 0 // the network: a refused connection, a reset, a timeout (the caller stops at its own deadline)
}

// backoff is the wait before attempt n+1 (n ≥ 1): exponential, with full
// jitter over its upper half, at least what Slack asked.
func (b *Bot) backoff(n int, asked time.Duration) time.Duration {
	d := b.cfg.RetryBase << min(n-1, 10)
	d = min(d, maxRetryWait)
	d = d/2 + rand.N(d/2+1)
	return max(d, asked)
}

// deliver runs a call that delivers a reply (chat.postMessage, a
// response_url post) until it succeeds, fails for good, or ctx's deadline
// (the job's delivery deadline) passes. It counts the result.
func (b *Bot) deliver(ctx context.Context, method, channel string, f func() error) error {
	err := b.attempt(ctx, method, channel, 0, f)
	switch {
	case err == nil:
		b.observe.Reply(ReplyPosted)
	case errors.Is(err, errPostedElsewhere), errors.Is(context.Cause(ctx), queue.ErrLost):
		// counted by the worker that posted it, or that has the job now
	case errors.Is(err, errExpired) || ctx.Err() != nil:
		b.observe.Reply(ReplyExpired)
	default:
		b.observe.Reply(ReplyFailed)
	}
	return err
}

// attempt runs f until it succeeds, fails for good, ctx ends, or (with
// attempts > 0) that many attempts failed. Every attempt is timed and
// counted; a final failure is logged with a hint for the admin.
func (b *Bot) attempt(ctx context.Context, method, channel string, attempts int, f func() error) error {
	for n := 1; ; n++ {
		start := time.Now()
		err := f()
		if errors.Is(err, errPostedElsewhere) {
			return err
		}
		b.observe.SlackCall(method, time.Since(start), ErrorCode(err))
		if err == nil {
			return nil
		}
		again, asked := retriable(err)
		if ctx.Err() != nil {
			again = false
		}
		wait := b.backoff(n, asked)
		if dl, ok := ctx.Deadline(); again && ok && time.Now().Add(wait).After(dl) {
			b.log.ErrorContext(ctx, "Slack did not take a reply before the delivery deadline; giving up", "method", method, "channel", channel, "attempts", n, "err", err)
			return errExpired
		}
		if !again || (attempts > 0 && n >= attempts) {
			if ctx.Err() == nil {
				b.log.ErrorContext(ctx, "Slack API call failed", "method", method, "channel", channel, "attempts", n, "err", err, "hint", strings.TrimPrefix(hint(err), ": "))
			}
			return err
		}
		b.log.WarnContext(ctx, "Slack API call failed; retrying", "method", method, "channel", channel, "attempt", n, "wait", wait, "code", ErrorCode(err))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return errExpired
		}
	}
}

// A storedReply is a reply computed once and kept (in the shared store,
// by job) until it is posted: a retry of the job, in this process or
// another after a restart, posts it and does not compute it again.
type storedReply struct {
	Channel  string        `json:"channel,omitempty"`
	Thread   string        `json:"thread,omitempty"`
	URL      string        `json:"url,omitempty"` // a response_url reply
	Fallback string        `json:"fallback"`
	Blocks   slack.Blocks  `json:"blocks"`
	Webhook  *webhookReply `json:"webhook,omitempty"`
	Posted   int           `json:"posted"` // parts posted already
	Outcome  string        `json:"outcome,omitempty"`
}

type webhookReply struct {
	ResponseType    string `json:"response_type,omitempty"`
	ReplaceOriginal bool   `json:"replace_original,omitempty"`
	DeleteOriginal  bool   `json:"delete_original,omitempty"`
}

func replyKey(jobID string) string { return "reply:" + jobID }

// storedReplyOf returns the reply kept for the job in ctx, if any.
func (b *Bot) storedReplyOf(ctx context.Context) (*storedReply, bool) {
	j, ok := jobOf(ctx)
	if !ok {
		return nil, false
	}
	data, hit, _ := b.store.Get(ctx, replyKey(j.ID))
	if !hit {
		return nil, false
	}
	var r storedReply
	if json.Unmarshal(data, &r) != nil {
		return nil, false
	}
	return &r, true
}

// keepReply stores r for the job in ctx (when there is one) until the
// delivery deadline has passed.
func (b *Bot) keepReply(ctx context.Context, r *storedReply) {
	j, ok := jobOf(ctx)
	if !ok {
		return
	}
	data, err := json.Marshal(r)
	if err != nil {
		return
	}
	if err := b.store.Set(ctx, replyKey(j.ID), data, b.cfg.DeliveryDeadline+time.Hour); err != nil {
		b.log.WarnContext(ctx, "keep a reply for its retries", "err", err)
	}
}

// postReply posts a reply, the parts not yet posted, and returns the
// first error that ended it. With keep, r is the reply of the job in ctx:
// it is kept before it is posted (so that a retry of the job posts it and
// does not compute it again) and each part is recorded as posted, under
// the job's post lock (see postLocked); it returns errPostedElsewhere
// when another worker of the job posted it all.
func (b *Bot) postReply(ctx context.Context, r *storedReply, keep bool) error {
	if _, job := jobOf(ctx); !job {
		keep = false
	}
	elsewhere := false
	for r.Posted < r.parts() {
		i := r.Posted
		method, channel := "chat.postMessage", r.Channel
		if r.URL != "" {
			method = "response_url"
		}
		err := b.deliver(ctx, method, channel, func() error {
			if !keep {
				return b.sendPart(ctx, r, i)
			}
			return b.postLocked(ctx, r, i, func(ctx context.Context) (int, error) {
				if err := b.sendPart(ctx, r, i); err != nil {
					return i, err
				}
				return i + 1, nil
			})
		})
		switch {
		case errors.Is(err, errPostedElsewhere):
			elsewhere = true // r is the kept reply now: go on from what it says was posted
			continue
		case err != nil:
			return err
		}
		elsewhere = false
		if !keep {
			r.Posted = i + 1
		}
	}
	if elsewhere {
		return errPostedElsewhere
	}
	return nil
}

// parts is the number of messages the reply takes.
func (r *storedReply) parts() int {
	if r.URL != "" {
		return 1
	}
	return len(splitBlocks(r.Blocks.BlockSet))
}

// sendPart makes one attempt at posting part i of r.
func (b *Bot) sendPart(ctx context.Context, r *storedReply, i int) error {
	if r.URL != "" {
		msg := &slack.WebhookMessage{Text: r.Fallback}
		if len(r.Blocks.BlockSet) > 0 {
			msg.Blocks = &r.Blocks
		}
		if r.Webhook != nil {
			msg.ResponseType, msg.ReplaceOriginal, msg.DeleteOriginal = r.Webhook.ResponseType, r.Webhook.ReplaceOriginal, r.Webhook.DeleteOriginal
		}
		return hideURL(slack.PostWebhookCustomHTTPContext(ctx, r.URL, b.cfg.HTTPClient, msg), r.URL)
	}
	text := r.Fallback
	if i > 0 {
		text = "(continued)"
	}
	opts := []slack.MsgOption{slack.MsgOptionText(truncate(text, 3000), false), slack.MsgOptionBlocks(splitBlocks(r.Blocks.BlockSet)[i]...),
		slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl()}
	if r.Thread != "" {
		opts = append(opts, slack.MsgOptionTS(r.Thread))
	}
	_, _, err := b.api.PostMessageContext(ctx, r.Channel, opts...)
	return err
}
