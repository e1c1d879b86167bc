package bot

import (
	"context"
	"errors"
	"time"
)

// The store interfaces: what the bot keeps, shared across replicas when
// Redis is configured (bot/redis) and in process otherwise (bot/memory).
// Every value written has a TTL; no implementation grows without bound.

// A Cache keeps finished answers (and summaries) by key.
type Cache interface {
	// Get returns the value and true on a hit. A miss is not an error.
	Get(ctx context.Context, key string) ([]byte, bool, error)
	Set(ctx context.Context, key string, value []byte, ttl time.Duration) error
}

// Records keeps values whose loss must not go unnoticed (the digest's
// record of a posted slot). Unlike Cache, where an outage is a miss and a
// lost write, every failure is reported, on write and on read. A record
// shares Cache's keys: Get finds what PutRecord wrote.
type Records interface {
	PutRecord(ctx context.Context, key string, value []byte, ttl time.Duration) error
	// GetRecord returns the value and true when it is there, false when
	// it is not, and an error when it cannot tell.
	GetRecord(ctx context.Context, key string) ([]byte, bool, error)
}

// A ThreadKey names one Slack thread.
type ThreadKey struct{ Team, Channel, Thread string }

// A Turn is one question and answer in a thread.
type Turn struct {
	Question string    `json:"q"`
	Answer   string    `json:"a"`
	Passages []string  `json:"p,omitempty"`
	At       time.Time `json:"t"`
}

// Threads remembers the last turns of each thread, bounded in turns and
// bytes, and forgets a thread after its TTL.
type Threads interface {
	Append(ctx context.Context, k ThreadKey, t Turn) error
	// Recent returns the remembered turns, oldest first.
	Recent(ctx context.Context, k ThreadKey) ([]Turn, error)
}

// A Deduper answers "is this the first time?" for an ID (a Slack event,
// an idempotency key), atomically across replicas.
type Deduper interface {
	// First records id and reports whether it was new. The record lasts ttl.
	First(ctx context.Context, id string, ttl time.Duration) (bool, error)
}

// ErrLocked is returned by Locker.Lock when another holder has the lock.
var ErrLocked = errors.New("lock held elsewhere")

// A Locker hands out locks with expiry, for scheduled work.
type Locker interface {
	// Lock takes key for at most ttl, or returns ErrLocked.
	Lock(ctx context.Context, key string, ttl time.Duration) (Unlocker, error)
}

// An Unlocker releases a lock it holds.
type Unlocker interface {
	Unlock(ctx context.Context) error
}

// A Refresher is an Unlocker whose hold can be extended, for work that
// may outlast the lock's first term.
type Refresher interface {
	Refresh(ctx context.Context, ttl time.Duration) error
}

// KeepLock extends the lock u holds every third of ttl, for as long as the
// work goes on, when u can be extended; stop ends it (and waits for it).
// A failed extension (the lock was lost, Redis went away) is reported to
// lost, once, and ends it.
func KeepLock(ctx context.Context, u Unlocker, ttl time.Duration, lost func(error)) (stop func()) {
	r, ok := u.(Refresher)
	if !ok || ttl <= 0 {
		return func() {}
	}
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(ttl / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if err := r.Refresh(context.WithoutCancel(ctx), ttl); err != nil {
					lost(err)
					return
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// A Limiter counts events per key in a sliding window.
type Limiter interface {
	// Allow records an event for key unless limit events already fall within
	// the window; then it reports false and how long until one more fits.
	Allow(ctx context.Context, key string, limit int, window time.Duration) (ok bool, retryAfter time.Duration, err error)
}

// Activity kinds.
const (
	ActivityQuestion = "question"
	ActivityFeedback = "feedback"
)

// An ActivityEvent is one thing the team did: a question asked or a vote
// on an answer. The digest reads them.
type ActivityEvent struct {
	Kind     string    `json:"kind"`
	At       time.Time `json:"at"`
	Question string    `json:"question,omitempty"`
	Covered  bool      `json:"covered,omitempty"`
	Missing  []string  `json:"missing,omitempty"`
	Passages []string  `json:"passages,omitempty"`
	User     string    `json:"user,omitempty"`
	Channel  string    `json:"channel,omitempty"`
	Thread   string    `json:"thread,omitempty"`
	// Vote is +1 or -1 on feedback.
	Vote   int    `json:"vote,omitempty"`
	Answer string `json:"answer,omitempty"`
}

// Activity keeps the team's activity for a bounded time.
type Activity interface {
	Record(ctx context.Context, e ActivityEvent) error
	// Since returns the events at or after t, oldest first.
	Since(ctx context.Context, t time.Time) ([]ActivityEvent, error)
}

// A Store is every store interface at once, as bot/redis and bot/memory
// provide them.
type Store interface {
	Cache
	Threads
	Deduper
	Locker
	Limiter
	Activity
	Records
	Close() error
}

// StoreOptions bound what a store keeps.
type StoreOptions struct {
	ThreadTurns int           // turns kept per thread (default 10)
	ThreadBytes int           // bytes kept per thread, about (default 16 KiB)
	ThreadTTL   time.Duration // a thread is forgotten this long after its last turn (default 7 days)
	ActivityTTL time.Duration // activity is kept this long (default 30 days)
	ActivityMax int           // at most this many activity events (default 100,000)
}

// Defaults of StoreOptions.
const (
	DefaultThreadTurns = 10
	DefaultThreadBytes = 16 << 10
	DefaultThreadTTL   = 7 * 24 * time.Hour
	DefaultActivityTTL = 30 * 24 * time.Hour
	DefaultActivityMax = 100_000
)

// WithDefaults fills the zero fields of o with the defaults.
func (o StoreOptions) WithDefaults() StoreOptions {
	if o.ThreadTurns <= 0 {
		o.ThreadTurns = DefaultThreadTurns
	}
	if o.ThreadBytes <= 0 {
		o.ThreadBytes = DefaultThreadBytes
	}
	if o.ThreadTTL <= 0 {
		o.ThreadTTL = DefaultThreadTTL
	}
	if o.ActivityTTL <= 0 {
		o.ActivityTTL = DefaultActivityTTL
	}
	if o.ActivityMax <= 0 {
		o.ActivityMax = DefaultActivityMax
	}
	return o
}

// FitTurn shortens a turn's answer so that the turn takes at most a
// thread's share of bytes (ThreadBytes / ThreadTurns).
func (o StoreOptions) FitTurn(t Turn) Turn {
	budget := o.ThreadBytes / o.ThreadTurns
	over := len(t.Question) + len(t.Answer) + 40*len(t.Passages) - budget
	if over > 0 && len(t.Answer) > 0 {
		keep := max(0, len(t.Answer)-over-len("…"))
		for keep > 0 && !utf8RuneStart(t.Answer[keep]) {
			keep--
		}
		t.Answer = t.Answer[:keep] + "…"
	}
	return t
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
