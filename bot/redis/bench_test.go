package redis_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
)

func benchStore(b *testing.B) *redis.Store {
	srv := redistest.Start(b)
	s, err := redis.Open(redis.Config{URL: srv.URL(), Prefix: uniquePrefix()}, bot.StoreOptions{}, memory.New(bot.StoreOptions{}, nil), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// A cached ask end to end in process: cache lookup in a real Redis, and
// the activity record written for the digest.
func BenchmarkAskCacheHit(b *testing.B) {
	e := engine(b, benchStore(b))
	ask(b, e, "Will Russia hire North Korean workers?")
	b.ReportAllocs()
	for b.Loop() {
		if a := ask(b, e, "Will Russia hire North Korean workers?"); !a.Cached {
			b.Fatal("not cached")
		}
	}
}

func BenchmarkDedupe(b *testing.B) {
	s := benchStore(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if first, _ := s.First(ctx, "Ev"+strconv.Itoa(i), 10*time.Minute); !first {
			b.Fatal("not first")
		}
	}
}
