package redis

import (
	"log/slog"
	"sync"
	"time"
)

// health tracks whether Redis answers. After a failure, calls skip Redis
// (and take their fallback at once) until a retry is due, so that an
// outage costs requests nothing; one call then probes. Failures are logged
// once per interval; the recovery is logged once.
type health struct {
	mu         sync.Mutex
	log        *slog.Logger
	now        func() time.Time
	down       bool
	since      time.Time
	nextProbe  time.Time
	lastLog    time.Time
	suppressed int
	// retry is how long calls skip Redis after a failure; logEvery is the
	// least time between two failure logs.
	retry, logEvery time.Duration
}

func newHealth(log *slog.Logger, now func() time.Time) *health {
	return &health{log: log, now: now, retry: 500 * time.Millisecond, logEvery: time.Minute}
}

// try reports whether a call should go to Redis now.
func (h *health) try() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.down {
		return true
	}
	now := h.now()
	if now.Before(h.nextProbe) {
		h.suppressed++
		return false
	}
	h.nextProbe = now.Add(h.retry) // this caller probes; others wait
	return true
}

func (h *health) fail(op string, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	now := h.now()
	if !h.down {
		h.down, h.since = true, now
	}
	h.nextProbe = now.Add(h.retry)
	if now.Sub(h.lastLog) < h.logEvery {
		h.suppressed++
		return
	}
	h.log.Warn("Redis unavailable: answering without shared state until it returns",
		"op", op, "err", err, "down_for", now.Sub(h.since).Round(time.Millisecond), "calls_degraded", h.suppressed)
	h.lastLog, h.suppressed = now, 0
}

func (h *health) ok() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.down {
		return
	}
	h.log.Info("Redis is back", "was_down_for", h.now().Sub(h.since).Round(time.Millisecond))
	h.down, h.suppressed, h.lastLog = false, 0, time.Time{}
}

// Down reports whether Redis is known to be down.
func (s *Store) Down() bool {
	s.health.mu.Lock()
	defer s.health.mu.Unlock()
	return s.health.down
}
