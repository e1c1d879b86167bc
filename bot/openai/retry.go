package openai

import (
	"context"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// retrying is an http.RoundTripper that gives each attempt its own timeout
// and retries 429s, 5xxs and network errors with exponential backoff and
// full jitter, waiting as long as Retry-After says when it says.
type retrying struct {
	base                http.RoundTripper
	attempts            int
	timeout             time.Duration
	baseDelay, maxDelay time.Duration
}

func (t *retrying) RoundTrip(req *http.Request) (*http.Response, error) {
	var resp *http.Response
	var err error
	for attempt := 1; ; attempt++ {
		resp, err = t.try(req)
		if attempt == t.attempts || !retryable(resp, err) || req.Context().Err() != nil {
			return resp, err
		}
		wait := t.backoff(attempt, resp)
		if resp != nil {
			io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
			resp.Body.Close()
		}
		if dl, ok := req.Context().Deadline(); ok && time.Until(dl) < wait {
			return nil, context.DeadlineExceeded // no time left to wait for another try
		}
		select {
		case <-time.After(wait):
		case <-req.Context().Done():
			return nil, req.Context().Err()
		}
	}
}

// try makes one attempt with its own timeout, which lasts until the
// response body is closed.
func (t *retrying) try(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(req.Context(), t.timeout)
	r := req.Clone(ctx)
	if req.GetBody != nil {
		body, err := req.GetBody()
		if err != nil {
			cancel()
			return nil, err
		}
		r.Body = body
	}
	resp, err := t.base.RoundTrip(r)
	if err != nil {
		cancel()
		if ctx.Err() == context.DeadlineExceeded && req.Context().Err() == nil {
			err = attemptTimeout{err}
		}
		return nil, err
	}
	resp.Body = cancelOnClose{resp.Body, cancel}
	return resp, nil
}

// attemptTimeout is one attempt running out of time: retryable, unlike the
// caller's own deadline.
type attemptTimeout struct{ error }

func (e attemptTimeout) Unwrap() error { return context.DeadlineExceeded }

type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}

func retryable(resp *http.Response, err error) bool {
	if err != nil {
		return true // network errors and attempt timeouts
	}
	return resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
}

// backoff is how long to wait before attempt+1: Retry-After when the
// server says, else base·2^(attempt-1) with full jitter, at most maxDelay.
func (t *retrying) backoff(attempt int, resp *http.Response) time.Duration {
	if resp != nil {
		if d, ok := retryAfter(resp.Header.Get("Retry-After")); ok {
			return min(d, t.maxDelay)
		}
	}
	ceiling := min(t.baseDelay<<(attempt-1), t.maxDelay)
	return time.Duration(rand.Int64N(int64(ceiling) + 1))
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(0, time.Until(t)), true
	}
	return 0, false
}
