// Package memory is the in-process store: the bot's cache, thread memory,
// dedupe, locks, rate limits and activity for a single replica, used when
// no Redis is configured and as the fallback when Redis is down. It keeps
// the same bounds and TTLs as the Redis store.
package memory

import (
	"context"
	"sync"
	"time"

	"github.com/dossier-bot/dossier/bot"
)

// maxEntries bounds each map; past it, expired entries are swept and then
// entries are dropped (see bound).
const maxEntries = 10_000

// Store is the in-process bot.Store. The zero value is not usable; call New.
type Store struct {
	mu       sync.Mutex
	now      func() time.Time
	opts     bot.StoreOptions
	cache    map[string]entry
	seen     map[string]time.Time
	locks    map[string]entry
	threads  map[bot.ThreadKey]thread
	windows  map[string][]time.Time
	activity []bot.ActivityEvent
	lockSeq  int
}

type entry struct {
	value   []byte
	expires time.Time
}

type thread struct {
	turns   []bot.Turn
	expires time.Time
}

var _ bot.Store = (*Store)(nil)

// New returns an empty store. now is its clock (nil means time.Now).
func New(opts bot.StoreOptions, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{
		now: now, opts: opts.WithDefaults(),
		cache: map[string]entry{}, seen: map[string]time.Time{}, locks: map[string]entry{},
		threads: map[bot.ThreadKey]thread{}, windows: map[string][]time.Time{},
	}
}

// Close does nothing.
func (s *Store) Close() error { return nil }

// Get implements bot.Cache.
func (s *Store) Get(_ context.Context, key string) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.cache[key]
	if !ok || !s.now().Before(e.expires) {
		return nil, false, nil
	}
	return append([]byte(nil), e.value...), true, nil
}

// Set implements bot.Cache.
func (s *Store) Set(_ context.Context, key string, value []byte, ttl time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	bound(s.cache, now, func(e entry) time.Time { return e.expires })
	s.cache[key] = entry{value: append([]byte(nil), value...), expires: now.Add(ttl)}
	return nil
}

// PutRecord implements bot.Records.
func (s *Store) PutRecord(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	return s.Set(ctx, key, value, ttl)
}

// GetRecord implements bot.Records.
func (s *Store) GetRecord(ctx context.Context, key string) ([]byte, bool, error) {
	return s.Get(ctx, key)
}

// First implements bot.Deduper.
func (s *Store) First(_ context.Context, id string, ttl time.Duration) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if exp, ok := s.seen[id]; ok && now.Before(exp) {
		return false, nil
	}
	bound(s.seen, now, func(t time.Time) time.Time { return t })
	s.seen[id] = now.Add(ttl)
	return true, nil
}

// Lock implements bot.Locker.
func (s *Store) Lock(_ context.Context, key string, ttl time.Duration) (bot.Unlocker, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if e, ok := s.locks[key]; ok && now.Before(e.expires) {
		return nil, bot.ErrLocked
	}
	s.lockSeq++
	token := []byte{byte(s.lockSeq), byte(s.lockSeq >> 8), byte(s.lockSeq >> 16), byte(s.lockSeq >> 24)}
	bound(s.locks, now, func(e entry) time.Time { return e.expires })
	s.locks[key] = entry{value: token, expires: now.Add(ttl)}
	return unlocker{s, key, string(token)}, nil
}

type unlocker struct {
	s          *Store
	key, token string
}

func (u unlocker) Unlock(context.Context) error {
	u.s.mu.Lock()
	defer u.s.mu.Unlock()
	if e, ok := u.s.locks[u.key]; ok && string(e.value) == u.token {
		delete(u.s.locks, u.key)
	}
	return nil
}

// Allow implements bot.Limiter with a sliding window log.
func (s *Store) Allow(_ context.Context, key string, limit int, window time.Duration) (bool, time.Duration, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	log := s.windows[key]
	i := 0
	for i < len(log) && !log[i].After(now.Add(-window)) {
		i++
	}
	log = log[i:]
	if len(log) >= limit {
		s.windows[key] = log
		return false, log[len(log)-limit].Add(window).Sub(now), nil
	}
	bound(s.windows, now, func(log []time.Time) time.Time {
		if len(log) == 0 {
			return time.Time{}
		}
		return log[len(log)-1].Add(window)
	})
	s.windows[key] = append(log, now)
	return true, 0, nil
}

// bound makes room in m: expired entries go first and, if m is still
// full, a quarter of it, chosen at random (Go's map order), so that the
// cost of a full map stays constant per write.
func bound[K comparable, V any](m map[K]V, now time.Time, expiry func(V) time.Time) {
	if len(m) < maxEntries {
		return
	}
	for k, v := range m {
		if !now.Before(expiry(v)) {
			delete(m, k)
		}
	}
	drop := len(m) - maxEntries*3/4
	for k := range m {
		if drop <= 0 {
			break
		}
		delete(m, k)
		drop--
	}
}
