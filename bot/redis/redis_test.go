package redis_test

import (
	"fmt"
	"io/fs"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/storetest"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

var prefixes atomic.Int32

// uniquePrefix keeps tests apart when they share one Redis (REDIS_URL).
func uniquePrefix() string { return fmt.Sprintf("dossier-test-%d:", prefixes.Add(1)) }

func TestContract(t *testing.T) {
	srv := redistest.Start(t)
	storetest.Run(t, func(t *testing.T) bot.Store {
		s, err := redis.Open(redis.Config{URL: srv.URL(), Prefix: uniquePrefix()}, storetest.Options, memory.New(storetest.Options, nil), nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func copyFS(t *testing.T) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	entries, err := fs.ReadDir(sources.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(sources.FS, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = &fstest.MapFile{Data: data}
	}
	return out
}

// The same store, unchanged, over Redis Cluster and over Sentinel.
func TestContractOnClusterAndSentinel(t *testing.T) {
	t.Parallel() // servers of its own
	if testing.Short() {
		t.Skip("starts a cluster")
	}
	addrs := redistest.StartCluster(t)
	t.Run("Cluster", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) bot.Store {
			s, err := redis.Open(redis.Config{Addrs: addrs, Prefix: uniquePrefix()}, storetest.Options, memory.New(storetest.Options, nil), nil)
			if err != nil {
				t.Fatal(err)
			}
			return s
		})
	})
	sentinel, master := redistest.StartSentinel(t)
	t.Run("Sentinel", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) bot.Store {
			s, err := redis.Open(redis.Config{Addrs: []string{sentinel}, MasterName: master, Prefix: uniquePrefix()}, storetest.Options, memory.New(storetest.Options, nil), nil)
			if err != nil {
				t.Fatal(err)
			}
			return s
		})
	})
}
