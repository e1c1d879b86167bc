package memory

import (
	"context"
	"slices"
	"sort"
	"time"

	"github.com/dossier-bot/dossier/bot"
)

// Append implements bot.Threads.
func (s *Store) Append(_ context.Context, k bot.ThreadKey, t bot.Turn) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	th := s.threads[k]
	if !now.Before(th.expires) {
		th.turns = nil
	}
	th.turns = append(th.turns, s.opts.FitTurn(t))
	if n := len(th.turns) - s.opts.ThreadTurns; n > 0 {
		th.turns = slices.Clone(th.turns[n:])
	}
	th.expires = now.Add(s.opts.ThreadTTL)
	bound(s.threads, now, func(t thread) time.Time { return t.expires })
	s.threads[k] = th
	return nil
}

// Recent implements bot.Threads.
func (s *Store) Recent(_ context.Context, k bot.ThreadKey) ([]bot.Turn, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	th, ok := s.threads[k]
	if !ok || !s.now().Before(th.expires) {
		return nil, nil
	}
	return slices.Clone(th.turns), nil
}

// Record implements bot.Activity.
func (s *Store) Record(_ context.Context, e bot.ActivityEvent) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e.At.IsZero() {
		e.At = s.now()
	}
	// after any event at the same time, so that equal times keep their order
	i := sort.Search(len(s.activity), func(i int) bool { return s.activity[i].At.After(e.At) })
	s.activity = slices.Insert(s.activity, i, e)
	s.trimActivity()
	return nil
}

func (s *Store) trimActivity() {
	cut := s.now().Add(-s.opts.ActivityTTL)
	i := 0
	for i < len(s.activity) && s.activity[i].At.Before(cut) {
		i++
	}
	if over := len(s.activity) - i - s.opts.ActivityMax; over > 0 {
		i += over
	}
	if i > 0 {
		s.activity = slices.Clone(s.activity[i:])
	}
}

// Since implements bot.Activity.
func (s *Store) Since(_ context.Context, t time.Time) ([]bot.ActivityEvent, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.trimActivity()
	i, _ := slices.BinarySearchFunc(s.activity, t, func(a bot.ActivityEvent, t time.Time) int { return a.At.Compare(t) })
	return slices.Clone(s.activity[i:]), nil
}
