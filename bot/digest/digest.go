// Package digest posts the daily digest on a schedule: a cron expression
// in a time zone, exactly once per slot across replicas and restarts (a
// lock and an idempotency key per slot in the shared store), with a slot
// missed while every replica was down posted once at start when it is
// recent enough.
package digest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/dossier-bot/dossier/bot"
)

// Config is the digest's configuration.
type Config struct {
	Channel   string        // DIGEST_CHANNEL: where to post; empty: no digest
	Schedule  string        // DIGEST_SCHEDULE: cron, minute hour day month weekday (default "0 9 * * 1-5")
	TZ        string        // DIGEST_TZ: an IANA zone (default UTC)
	Grace     time.Duration // DIGEST_GRACE: how old a missed slot may be and still be posted at start (default 2h)
	PostEmpty bool          // DIGEST_POST_EMPTY: post a one-line "nothing new" rather than nothing
}

// Defaults.
const (
	DefaultSchedule = "0 9 * * 1-5"
	DefaultTZ       = "UTC"
	DefaultGrace    = 2 * time.Hour
)

// Parse checks the schedule and time zone.
func (c Config) Parse() (cron.Schedule, *time.Location, error) {
	var errs []error
	spec := c.Schedule
	if spec == "" {
		spec = DefaultSchedule
	}
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		errs = append(errs, fmt.Errorf("DIGEST_SCHEDULE=%q is not a cron expression (minute hour day month weekday): %v", spec, err))
	}
	tz := c.TZ
	if tz == "" {
		tz = DefaultTZ
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		errs = append(errs, fmt.Errorf("DIGEST_TZ=%q is not a known time zone (use an IANA name like Europe/London)", tz))
	}
	return sched, loc, errors.Join(errs...)
}

// A Poster posts a digest to a channel (bot/slack).
type Poster interface {
	PostDigest(ctx context.Context, channel string, d *bot.DigestContent, slot time.Time) error
}

// A Builder makes a digest's content (bot.Engine).
type Builder interface {
	Digest(ctx context.Context, since, until time.Time, seen map[string]string) (*bot.DigestContent, error)
	SourceHashes() map[string]string
}

// Store is what the scheduler keeps in the shared store.
type Store interface {
	bot.Locker
	bot.Cache
	bot.Records // the slot records: their errors are reported
}

// Scheduler posts the digest on schedule.
type Scheduler struct {
	cfg     Config
	sched   cron.Schedule
	loc     *time.Location
	builder Builder
	store   Store
	log     *slog.Logger
	now     func() time.Time
	after   func(time.Duration) <-chan time.Time
	onRun   func(result string)

	mu         sync.Mutex
	unrecorded map[time.Time]bool // slots this replica posted but could not record
}

// An Option sets an optional part of a Scheduler.
type Option func(*Scheduler)

// WithClock replaces the clock (default time.Now and time.After), for
// tests.
func WithClock(now func() time.Time, after func(time.Duration) <-chan time.Time) Option {
	return func(s *Scheduler) { s.now, s.after = now, after }
}

// WithRunObserver tells onRun each slot's result: "posted", "skipped"
// (empty, or posted elsewhere) or "failed" (metrics).
func WithRunObserver(onRun func(result string)) Option {
	return func(s *Scheduler) { s.onRun = onRun }
}

// New returns a scheduler, after checking the configuration. It posts
// where Run or PostSlot is told to.
func New(cfg Config, builder Builder, store Store, log *slog.Logger, opts ...Option) (*Scheduler, error) {
	sched, loc, err := cfg.Parse()
	if err != nil {
		return nil, err
	}
	if cfg.Grace <= 0 {
		cfg.Grace = DefaultGrace
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Scheduler{cfg: cfg, sched: sched, loc: loc, builder: builder, store: store, log: log,
		now: time.Now, after: time.After, onRun: func(string) {}}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// Now is the scheduler's clock.
func (s *Scheduler) Now() time.Time { return s.now() }

// Next returns the first slot after t.
func (s *Scheduler) Next(t time.Time) time.Time { return s.sched.Next(t.In(s.loc)) }

// Prev returns the latest slot at or before t (zero if none in 400
// days). It looks back a day first, then further, so that frequent
// schedules stay cheap.
func (s *Scheduler) Prev(t time.Time) time.Time {
	for _, days := range []int{1, 8, 40, 400} {
		var prev time.Time
		for slot := s.Next(t.Add(-time.Duration(days) * 24 * time.Hour)); !slot.After(t); slot = s.Next(slot) {
			prev = slot
		}
		if !prev.IsZero() {
			return prev
		}
	}
	return time.Time{}
}

// Run posts each slot as it comes to poster, until ctx ends. At start, a
// slot missed less than the grace period ago is posted (once).
func (s *Scheduler) Run(ctx context.Context, poster Poster) {
	now := s.Now()
	if prev := s.Prev(now); !prev.IsZero() {
		switch {
		case now.Sub(prev) <= s.cfg.Grace:
			s.post(ctx, poster, prev)
		default:
			s.log.DebugContext(ctx, "the last digest slot is past the grace period; not catching up", "slot", prev)
		}
	}
	for {
		next := s.Next(s.Now())
		select {
		case <-ctx.Done():
			return
		case <-s.after(next.Sub(s.Now())):
			s.post(ctx, poster, next)
		}
	}
}

func (s *Scheduler) post(ctx context.Context, poster Poster, slot time.Time) {
	posted, err := s.PostSlot(ctx, poster, slot)
	result := "skipped"
	switch {
	case err != nil && posted:
		result = "posted"
		s.log.ErrorContext(ctx, "digest posted, with an error", "slot", slot, "err", err)
	case err != nil:
		result = "failed"
		s.log.ErrorContext(ctx, "digest not posted", "slot", slot, "err", err)
	case posted:
		result = "posted"
		s.log.InfoContext(ctx, "digest posted", "slot", slot, "channel", s.cfg.Channel)
	}
	s.onRun(result)
}

// ErrNoChannel is returned when no DIGEST_CHANNEL is configured.
var ErrNoChannel = errors.New("no digest channel configured (DIGEST_CHANNEL)")

// state is what the last posted digest leaves for the next one.
type state struct {
	Slot   time.Time         `json:"slot"`
	Hashes map[string]string `json:"hashes"`
}

const (
	stateKey = "digest:state"
	keepFor  = 90 * 24 * time.Hour
	lockTTL  = 5 * time.Minute
	// lockMargin is left of the lock after the poster's last attempt.
	lockMargin = 30 * time.Second
)

func slotKey(slot time.Time) string { return "digest:posted:" + slot.UTC().Format(time.RFC3339) }

// PostSlot posts the digest of a slot to poster unless it was posted
// already, by this replica or another: under a lock, a per-slot key
// records it. It reports whether this call posted.
func (s *Scheduler) PostSlot(ctx context.Context, poster Poster, slot time.Time) (bool, error) {
	if s.cfg.Channel == "" {
		return false, ErrNoChannel
	}
	lock, err := s.store.Lock(ctx, "digest", lockTTL)
	if errors.Is(err, bot.ErrLocked) {
		return false, nil // another replica is posting it
	}
	if err != nil {
		return false, fmt.Errorf("take the digest lock: %w", err)
	}
	defer lock.Unlock(context.WithoutCancel(ctx))
	if s.postedHere(slot) {
		return false, nil // posted by this replica, though its record failed
	}
	if _, done, err := s.store.GetRecord(ctx, slotKey(slot)); err != nil || done {
		if err != nil { // cannot tell whether it was posted: do not post
			return false, fmt.Errorf("read the digest slot record (not posting, it may be posted already): %w", err)
		}
		return false, nil
	}
	st := s.state(ctx)
	since := st.Slot
	if since.IsZero() || !since.Before(slot) {
		since = s.Prev(slot.Add(-time.Second)) // the slot before this one
	}
	d, err := s.builder.Digest(ctx, since, slot, st.Hashes)
	if err != nil {
		return false, err
	}
	posted := false
	if !d.Empty() || s.cfg.PostEmpty {
		// The poster retries while Slack fails, but not past the lock: no
		// other replica may take it while this one may still post.
		pctx, cancel := context.WithTimeout(ctx, lockTTL-lockMargin)
		err := poster.PostDigest(pctx, s.cfg.Channel, d, slot.In(s.loc))
		cancel()
		if err != nil {
			return false, err
		}
		posted = true
	}
	if err := s.store.PutRecord(context.WithoutCancel(ctx), slotKey(slot), []byte("posted"), keepFor); err != nil {
		s.markPosted(slot)
		s.log.ErrorContext(ctx, "DIGEST POSTED BUT NOT RECORDED: this replica will not post the slot again, but another replica may; check Redis", "slot", slot, "posted", posted, "err", err)
		return posted, fmt.Errorf("record the digest slot: %w", err)
	}
	data, _ := json.Marshal(state{Slot: slot, Hashes: s.builder.SourceHashes()})
	return posted, s.store.Set(ctx, stateKey, data, keepFor)
}

// postedHere reports whether this replica posted slot without recording
// it.
func (s *Scheduler) postedHere(slot time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unrecorded[slot.UTC()]
}

func (s *Scheduler) markPosted(slot time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.unrecorded == nil {
		s.unrecorded = map[time.Time]bool{}
	}
	s.unrecorded[slot.UTC()] = true
}

func (s *Scheduler) state(ctx context.Context) state {
	var st state
	if data, ok, _ := s.store.Get(ctx, stateKey); ok {
		_ = json.Unmarshal(data, &st) // undecodable: start afresh
	}
	return st
}

// Preview returns the content of the next digest as it stands now.
func (s *Scheduler) Preview(ctx context.Context) (*bot.DigestContent, error) {
	st := s.state(ctx)
	now := s.Now()
	since := st.Slot
	if since.IsZero() {
		since = s.Prev(now)
		if since.IsZero() {
			since = now.Add(-24 * time.Hour)
		}
	}
	return s.builder.Digest(ctx, since, now, st.Hashes)
}

// Current returns the slot that `dossier digest --post` posts: the latest
// at or before now.
func (s *Scheduler) Current() time.Time { return s.Prev(s.Now()) }
