package slack

import (
	"context"
	"errors"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// Which Slack failures are worth another attempt, and how long to wait.
func TestRetriable(t *testing.T) {
	for _, c := range []struct {
		err   error
		again bool
		asked time.Duration
	}{
		{&slack.RateLimitedError{RetryAfter: 3 * time.Second}, true, 3 * time.Second},
		{slack.StatusCodeError{Code: 500}, true, 0},
		{slack.StatusCodeError{Code: 503}, true, 0},
		{slack.StatusCodeError{Code: 429}, true, 0},
		{slack.StatusCodeError{Code: 404}, false, 0},
		{slack.SlackErrorResponse{Err: "internal_error"}, true, 0},
		{slack.SlackErrorResponse{Err: "not_in_channel"}, false, 0},
		{slack.SlackErrorResponse{Err: "channel_not_found"}, false, 0},
		{slack.SlackErrorResponse{Err: "is_archived"}, false, 0},
		{slack.SlackErrorResponse{Err: "invalid_auth"}, false, 0},
		{fmt.Errorf("post: %w", &net.OpError{Op: "dial", Err: errors.New("connection refused")}), true, 0},
		{context.Canceled, false, 0},
	} {
		again, asked := retriable(c.err)
		if again != c.again || asked != c.asked {
			t.Errorf("retriable(%v) = %v, %v; want %v, %v", c.err, again, asked, c.again, c.asked)
		}
	}
}

// The backoff doubles from the base, with jitter over its upper half, is
// capped, and is never shorter than what Slack asked.
func TestBackoff(t *testing.T) {
	b := &Bot{cfg: Config{RetryBase: 100 * time.Millisecond}}
	for n, top := range []time.Duration{100, 200, 400, 800} {
		d := b.backoff(n+1, 0)
		if d < top*time.Millisecond/2 || d > top*time.Millisecond {
			t.Errorf("attempt %d: waits %v, want within [%v, %v]", n+1, d, top*time.Millisecond/2, top*time.Millisecond)
		}
	}
	if d := b.backoff(40, 0); d > maxRetryWait {
		t.Errorf("waits %v, over the cap %v", d, maxRetryWait)
	}
	if d := b.backoff(1, 5*time.Second); d != 5*time.Second {
		t.Errorf("Slack asked 5s; waits %v", d)
	}
}
