package memory

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
)

// However many IDs arrive, the in-process store keeps at most maxEntries.
func TestMapsAreBounded(t *testing.T) {
	s := New(bot.StoreOptions{}, nil)
	for i := range maxEntries * 2 {
		id := strconv.Itoa(i)
		s.First(context.Background(), id, time.Hour)
		s.Set(context.Background(), id, []byte("x"), time.Hour)
		s.Allow(context.Background(), id, 5, time.Minute)
	}
	if len(s.seen) > maxEntries || len(s.cache) > maxEntries || len(s.windows) > maxEntries {
		t.Errorf("seen %d, cache %d, windows %d; bound %d", len(s.seen), len(s.cache), len(s.windows), maxEntries)
	}
	if first, _ := s.First(context.Background(), strconv.Itoa(maxEntries*2-1), time.Hour); first {
		t.Error("the newest ID was forgotten")
	}
}
