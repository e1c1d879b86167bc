package digest_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/digest"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/slack"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func at(t *testing.T, zone, s string) time.Time {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestScheduleInZonesAndAcrossDaylightSaving(t *testing.T) {
	for _, tt := range []struct {
		name, spec, zone, from, want string // times in the zone
		wantUTC                      string
	}{
		{"weekday mornings skip the weekend", "0 9 * * 1-5", "UTC", "2026-11-27 10:00", "2026-11-30 09:00", "2026-11-30 09:00"},
		{"New York, the day DST starts", "0 9 * * *", "America/New_York", "2026-03-07 10:00", "2026-03-08 09:00", "2026-03-08 13:00"},
		{"New York, before DST", "0 9 * * *", "America/New_York", "2026-03-06 10:00", "2026-03-07 09:00", "2026-03-07 14:00"},
		{"London, the day BST starts", "0 9 * * *", "Europe/London", "2026-03-28 10:00", "2026-03-29 09:00", "2026-03-29 08:00"},
		{"London, the day BST ends", "30 8 * * *", "Europe/London", "2026-10-24 09:00", "2026-10-25 08:30", "2026-10-25 08:30"},
		{"Tokyo has no DST", "0 9 * * 1-5", "Asia/Tokyo", "2026-11-26 09:00", "2026-11-27 09:00", "2026-11-27 00:00"},
	} {
		s, err := digest.New(digest.Config{Channel: "C", Schedule: tt.spec, TZ: tt.zone}, nil, nil, quiet)
		if err != nil {
			t.Fatal(err)
		}
		got := s.Next(at(t, tt.zone, tt.from))
		if !got.Equal(at(t, tt.zone, tt.want)) || got.UTC().Format("2006-01-02 15:04") != tt.wantUTC {
			t.Errorf("%s: next %v (UTC %v), want %s (UTC %s)", tt.name, got, got.UTC(), tt.want, tt.wantUTC)
		}
		if prev := s.Prev(got.Add(time.Minute)); !prev.Equal(got) {
			t.Errorf("%s: prev %v, want %v", tt.name, prev, got)
		}
	}
}

func TestPrevLooksFarBack(t *testing.T) {
	s, _ := digest.New(digest.Config{Schedule: "0 9 1 1 *"}, nil, nil, quiet)
	if got := s.Prev(at(t, "UTC", "2026-11-26 10:00")); !got.Equal(at(t, "UTC", "2026-01-01 09:00")) {
		t.Errorf("yearly prev = %v", got)
	}
}

func TestBadConfiguration(t *testing.T) {
	for _, c := range []digest.Config{{Schedule: "every morning"}, {TZ: "Mars/Olympus"}, {Schedule: "61 9 * * *"}} {
		if _, err := digest.New(c, nil, nil, quiet); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
}

// fakeBuilder counts digests and returns fixed content.
type fakeBuilder struct {
	empty bool
	calls atomic.Int32
	mu    sync.Mutex
	since []time.Time
}

func (f *fakeBuilder) Digest(_ context.Context, since, until time.Time, _ map[string]string) (*bot.DigestContent, error) {
	f.calls.Add(1)
	f.mu.Lock()
	f.since = append(f.since, since)
	f.mu.Unlock()
	d := &bot.DigestContent{Since: since, Until: until}
	if !f.empty {
		d.Questions = 3
	}
	return d, nil
}

func (f *fakeBuilder) SourceHashes() map[string]string { return map[string]string{"s": "h"} }

// recordingPoster counts posts per slot.
type recordingPoster struct {
	mu    sync.Mutex
	slots []time.Time
}

func (p *recordingPoster) PostDigest(_ context.Context, _ string, _ *bot.DigestContent, slot time.Time) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.slots = append(p.slots, slot)
	return nil
}

func (p *recordingPoster) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.slots)
}

// fakeClock is a clock whose timers fire at once, moving time to them.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

func TestMissedSlotAtStart(t *testing.T) {
	slot := at(t, "Europe/London", "2026-11-26 09:00")
	for _, tt := range []struct {
		name    string
		startAt time.Time
		posted  bool
	}{
		{"inside the grace period", slot.Add(90 * time.Minute), true},
		{"outside the grace period", slot.Add(3 * time.Hour), false},
	} {
		for restart := range 2 { // a restart after the catch-up never posts it twice
			store := memory.New(bot.StoreOptions{}, nil)
			poster := &recordingPoster{}
			for range restart + 1 {
				// Run asks for its timer once the start-up catch-up is done:
				// then it is stopped, the next slot never coming
				ctx, cancel := context.WithCancel(context.Background())
				never := func(time.Duration) <-chan time.Time { cancel(); return nil }
				clock := &fakeClock{now: tt.startAt}
				s, _ := digest.New(digest.Config{Channel: "C", Schedule: "0 9 * * *", TZ: "Europe/London"}, &fakeBuilder{}, store, quiet, digest.WithClock(clock.Now, never))
				s.Run(ctx, poster)
			}
			want := 0
			if tt.posted {
				want = 1
			}
			if poster.count() != want {
				t.Errorf("%s, %d restart(s): %d posts, want %d", tt.name, restart, poster.count(), want)
			}
		}
	}
}

func TestRunPostsEachSlot(t *testing.T) {
	store := memory.New(bot.StoreOptions{}, nil)
	poster := &recordingPoster{}
	builder := &fakeBuilder{}
	clock := &fakeClock{now: at(t, "America/New_York", "2026-11-26 12:00")} // Thursday
	s, _ := digest.New(digest.Config{Channel: "C", Schedule: "0 9 * * 1-5", TZ: "America/New_York"}, builder, store, quiet, digest.WithClock(clock.Now, clock.After))
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for poster.count() < 3 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	s.Run(ctx, poster)
	want := []string{"2026-11-27 09:00 EST", "2026-11-30 09:00 EST", "2026-12-01 09:00 EST"}
	for i, w := range want {
		if got := poster.slots[i].Format("2006-01-02 15:04 MST"); got != w {
			t.Errorf("post %d at %s, want %s", i, got, w)
		}
	}
	// each digest covers the time since the one before
	builder.mu.Lock()
	defer builder.mu.Unlock()
	if !builder.since[1].Equal(poster.slots[0]) || !builder.since[2].Equal(poster.slots[1]) {
		t.Errorf("since %v, slots %v", builder.since, poster.slots)
	}
}

func TestEmptyDigest(t *testing.T) {
	for _, postEmpty := range []bool{false, true} {
		poster := &recordingPoster{}
		s, _ := digest.New(digest.Config{Channel: "C", PostEmpty: postEmpty}, &fakeBuilder{empty: true}, memory.New(bot.StoreOptions{}, nil), quiet)
		slot := at(t, "UTC", "2026-11-26 09:00")
		posted, err := s.PostSlot(context.Background(), poster, slot)
		if err != nil || posted != postEmpty || poster.count() != map[bool]int{false: 0, true: 1}[postEmpty] {
			t.Errorf("post empty %v: posted %v, %d posts, %v", postEmpty, posted, poster.count(), err)
		}
		if again, _ := s.PostSlot(context.Background(), poster, slot); again {
			t.Error("the slot was posted twice")
		}
	}
}

// Three schedulers sharing one real Redis and one fake Slack: exactly one
// post per slot.
func TestThreeReplicasPostOnce(t *testing.T) {
	srv := redistest.Start(t)
	fake := fakeslack.New(t)
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	prefix := fmt.Sprintf("digest-test-%d:", time.Now().UnixNano())
	var scheds []*digest.Scheduler
	var posters []digest.Poster
	for range 3 {
		store, err := redis.Open(redis.Config{URL: srv.URL(), Prefix: prefix}, bot.StoreOptions{}, memory.New(bot.StoreOptions{}, nil), quiet)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		engine := bot.NewEngine(knowledge.NewIndex(kb), bot.WithStore(store, time.Hour), bot.WithLogger(quiet))
		b, err := slack.New(slack.Config{BotToken: "xoxb-t", SigningSecret: "s", APIURL: fake.APIURL()}, engine, store, quiet)
		if err != nil {
			t.Fatal(err)
		}
		s, err := digest.New(digest.Config{Channel: "CDIGEST"}, engine, store, quiet)
		if err != nil {
			t.Fatal(err)
		}
		scheds, posters = append(scheds, s), append(posters, b)
	}
	// a question between the two slots, so that the second digest has news
	scheds0Store, _ := redis.Open(redis.Config{URL: srv.URL(), Prefix: prefix}, bot.StoreOptions{}, memory.New(bot.StoreOptions{}, nil), quiet)
	defer scheds0Store.Close()
	scheds0Store.Record(context.Background(), bot.ActivityEvent{Kind: bot.ActivityQuestion, At: at(t, "UTC", "2026-11-26 12:00"), Question: "Has Iran sent drones?", Missing: []string{"Iran", "drones"}})
	for _, slot := range []time.Time{at(t, "UTC", "2026-11-26 09:00"), at(t, "UTC", "2026-11-27 09:00")} {
		var wg sync.WaitGroup
		var posted atomic.Int32
		for i, s := range scheds {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := s.PostSlot(context.Background(), posters[i], slot)
				if err != nil {
					t.Error(err)
				}
				if ok {
					posted.Add(1)
				}
			}()
		}
		wg.Wait()
		// and a late replica, after the others
		if ok, _ := scheds[0].PostSlot(context.Background(), posters[0], slot); ok || posted.Load() != 1 {
			t.Errorf("slot %v: %d posts (late replica posted: %v)", slot, posted.Load(), ok)
		}
	}
	posts := fake.Calls("chat.postMessage")
	if len(posts) != 2 || posts[0].Param("channel") != "CDIGEST" {
		t.Fatalf("%d digest messages: %v", len(posts), fake.Methods())
	}
	// the first digest has the article as new; the second, the day's gap
	if b := posts[0].Param("blocks"); !strings.Contains(b, "New in the knowledge base") || !strings.Contains(b, "The revival of the Russia–North Korea alliance") {
		t.Errorf("first digest: %s", b)
	}
	if b := posts[1].Param("blocks"); strings.Contains(b, "New in the knowledge base") || !strings.Contains(b, "Has Iran sent drones?") {
		t.Errorf("second digest: %s", b)
	}
}

// killingPoster posts, then kills Redis: the slot is posted but cannot
// be recorded.
type killingPoster struct {
	digest.Poster
	srv *redistest.Server
}

func (p killingPoster) PostDigest(ctx context.Context, channel string, d *bot.DigestContent, slot time.Time) error {
	err := p.Poster.PostDigest(ctx, channel, d, slot)
	p.srv.Stop()
	return err
}

// A slot posted but not recorded (Redis died in between) is reported
// loudly, counted as posted, and not posted again by this replica once
// Redis is back, empty.
func TestDigestRecordFailureIsLoudAndNotRepeated(t *testing.T) {
	srv := redistest.Start(t)
	fake := fakeslack.New(t)
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	var mu sync.Mutex
	log := slog.New(slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return logs.Write(p)
	}), nil))
	store, err := redis.Open(redis.Config{URL: srv.URL(), Prefix: "digest-fail:"}, bot.StoreOptions{}, memory.New(bot.StoreOptions{}, nil), quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	engine := bot.NewEngine(knowledge.NewIndex(kb), bot.WithStore(store, time.Hour), bot.WithLogger(quiet))
	b, err := slack.New(slack.Config{BotToken: "xoxb-t", SigningSecret: "s", APIURL: fake.APIURL()}, engine, store, quiet)
	if err != nil {
		t.Fatal(err)
	}
	var results []string
	s, err := digest.New(digest.Config{Channel: "CDIGEST"}, engine, store, log, digest.WithRunObserver(func(r string) { results = append(results, r) }))
	if err != nil {
		t.Fatal(err)
	}
	slot := at(t, "UTC", "2026-11-26 09:00")
	posted, err := s.PostSlot(context.Background(), killingPoster{b, srv}, slot)
	if !posted || err == nil {
		t.Fatalf("PostSlot = %v, %v; want posted, and the record's error", posted, err)
	}
	mu.Lock()
	loud := strings.Contains(logs.String(), "level=ERROR") && strings.Contains(logs.String(), "NOT RECORDED")
	mu.Unlock()
	if !loud {
		t.Errorf("no loud log of the lost record:\n%s", logs.String())
	}
	srv.Restart() // back, and empty: the record is gone
	for deadline := time.Now().Add(5 * time.Second); store.Ping(context.Background()) != nil; {
		if time.Now().After(deadline) {
			t.Fatal("Redis did not come back")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if again, err := s.PostSlot(context.Background(), b, slot); again || err != nil {
		t.Errorf("this replica posted the slot again: %v, %v", again, err)
	}
	if n := len(fake.Calls("chat.postMessage")); n != 1 {
		t.Errorf("%d digest messages, want 1", n)
	}
	// reading the record fails closed: with Redis down, nothing is posted
	srv.Stop()
	next := at(t, "UTC", "2026-11-27 09:00")
	if p, err := s.PostSlot(context.Background(), b, next); p || err == nil {
		t.Errorf("with Redis down, PostSlot = %v, %v; want not posted, an error", p, err)
	}
	if n := len(fake.Calls("chat.postMessage")); n != 1 {
		t.Errorf("%d digest messages with Redis down, want 1", n)
	}
}

type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
