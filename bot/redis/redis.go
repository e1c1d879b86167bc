// Package redis is the shared store: the bot's cache, thread memory,
// dedupe, locks, rate limits and activity in Redis, through go-redis's
// UniversalClient, so that one code path serves a single node, Sentinel
// and Redis Cluster. Several replicas of the bot behave as one, and a
// restart forgets nothing.
//
// Every key starts with the configured prefix and every key written has a
// TTL. No call waits long on a hung Redis (client-side timeouts), and an
// outage degrades instead of failing: cache misses, dedupe in process,
// rate limits open. Errors are logged once per interval, not per request,
// and the store recovers by itself when Redis returns.
package redis

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/bsm/redislock"
	goredis "github.com/redis/go-redis/v9"

	"github.com/dossier-bot/dossier/bot"
)

// Config says how to reach Redis. URL and Addrs are exclusive.
type Config struct {
	URL        string   // REDIS_URL: redis:// or rediss://, with password and DB
	Addrs      []string // REDIS_ADDRS: cluster seed nodes, or Sentinels with MasterName
	MasterName string   // REDIS_MASTER_NAME: the Sentinel master
	Username   string   // REDIS_USERNAME, with Addrs
	Password   string   // REDIS_PASSWORD, with Addrs
	Prefix     string   // DOSSIER_REDIS_PREFIX (default "dossier:")
	// Timeout bounds each call: dialling, reading, writing (default 250ms).
	Timeout time.Duration
}

// Enabled reports whether any Redis is configured.
func (c Config) Enabled() bool { return c.URL != "" || len(c.Addrs) > 0 }

// Defaults.
const (
	DefaultPrefix  = "dossier:" // starts every key
	DefaultTimeout = 250 * time.Millisecond
	// BufferSize is each connection's read and write buffer, pipelines'
	// too. The bot's commands and replies are small (a job, an answer, a
	// counter), and a longer one is read or written in pieces; go-redis's
	// own sizes (32 KiB a side, 128 KiB for pipelines) held about 4 MB of
	// buffers on a busy 2-core replica (20 connections and 10 pipeline
	// connections), which a garbage-collected heap then doubles.
	BufferSize = 4 << 10
)

// Options returns the go-redis options of the configuration.
func (c Config) Options() (*goredis.UniversalOptions, error) {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	u := &goredis.UniversalOptions{
		MasterName:            c.MasterName,
		Username:              c.Username,
		Password:              c.Password,
		DialTimeout:           timeout,
		ReadTimeout:           timeout,
		WriteTimeout:          timeout,
		PoolTimeout:           timeout,
		ContextTimeoutEnabled: true,
		MaxRetries:            1,
		ReadBufferSize:        BufferSize,
		WriteBufferSize:       BufferSize,
		// pipelines (a job's ack, a thread's turn) are a few commands each
		PipelineReadBufferSize:  BufferSize,
		PipelineWriteBufferSize: BufferSize,
	}
	switch {
	case c.URL != "" && len(c.Addrs) > 0:
		return nil, errors.New("set REDIS_URL or REDIS_ADDRS, not both")
	case c.URL != "":
		o, err := goredis.ParseURL(c.URL)
		if err != nil {
			return nil, fmt.Errorf("REDIS_URL: %w", err)
		}
		u.Addrs, u.DB, u.TLSConfig = []string{o.Addr}, o.DB, o.TLSConfig
		if o.Username != "" || o.Password != "" {
			u.Username, u.Password = o.Username, o.Password
		}
	case len(c.Addrs) > 0:
		u.Addrs = c.Addrs
		u.IsClusterMode = c.MasterName == ""
	default:
		return nil, errors.New("no Redis configured (REDIS_URL or REDIS_ADDRS)")
	}
	if u.TLSConfig != nil && u.TLSConfig.MinVersion == 0 {
		u.TLSConfig.MinVersion = tls.VersionTLS12
	}
	return u, nil
}

// Store is the Redis bot.Store.
type Store struct {
	rdb      goredis.UniversalClient
	prefix   string
	opts     bot.StoreOptions
	locks    *redislock.Client
	fallback bot.Deduper
	health   *health
	now      func() time.Time
}

var _ bot.Store = (*Store)(nil)

// New returns a store over rdb, which it closes on Close. Keys start with
// prefix ("" means DefaultPrefix). During an outage, dedupe falls back to
// fallback, an in-process store (bot/memory), so that one replica still
// never answers an event twice. log receives outage and recovery messages.
//
// go-redis logs each failed dial itself, to the process's standard log;
// the command silences that (goredis.SetLogger) so that the store's
// health, once per interval, is the only report of an outage.
func New(rdb goredis.UniversalClient, prefix string, opts bot.StoreOptions, fallback bot.Deduper, log *slog.Logger) *Store {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	if log == nil {
		log = slog.Default()
	}
	opts = opts.WithDefaults()
	return &Store{
		rdb: rdb, prefix: prefix, opts: opts,
		locks:    redislock.New(rdb),
		fallback: fallback,
		health:   newHealth(log, time.Now),
		now:      time.Now,
	}
}

// NewClient returns a client of the configured Redis. It does not connect
// yet: calls fail (and the store degrades) while Redis is down.
func NewClient(c Config) (goredis.UniversalClient, error) {
	o, err := c.Options()
	if err != nil {
		return nil, err
	}
	return goredis.NewUniversalClient(o), nil
}

// Open returns a store over a new client of the configured Redis (see
// NewClient and New).
func Open(c Config, opts bot.StoreOptions, fallback bot.Deduper, log *slog.Logger) (*Store, error) {
	rdb, err := NewClient(c)
	if err != nil {
		return nil, err
	}
	return New(rdb, c.Prefix, opts, fallback, log), nil
}

// Close closes the client.
func (s *Store) Close() error { return s.rdb.Close() }

// Ping checks that Redis answers.
func (s *Store) Ping(ctx context.Context) error { return s.rdb.Ping(ctx).Err() }

func (s *Store) key(kind, name string) string { return s.prefix + kind + ":" + name }

// call runs f unless Redis is known to be down and not yet due a retry;
// it reports whether f ran and succeeded. A redis.Nil reply is a success.
func (s *Store) call(op string, f func() error) bool {
	if !s.health.try() {
		return false
	}
	err := f()
	if err != nil && !errors.Is(err, goredis.Nil) {
		s.health.fail(op, err)
		return false
	}
	s.health.ok()
	return true
}

// Get implements bot.Cache. An outage is a miss.
func (s *Store) Get(ctx context.Context, key string) ([]byte, bool, error) {
	var val []byte
	var hit bool
	s.call("cache get", func() error {
		v, err := s.rdb.Get(ctx, s.key("cache", key)).Bytes()
		if isWrongType(err) {
			return nil // another kind of value under our key: a miss, overwritten by Set
		}
		val, hit = v, err == nil
		return err
	})
	return val, hit, nil
}

// Set implements bot.Cache. An outage loses the write.
func (s *Store) Set(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	s.call("cache set", func() error {
		return s.rdb.Set(ctx, s.key("cache", key), value, ttl).Err()
	})
	return nil
}

// PutRecord implements bot.Records: an outage is an error.
func (s *Store) PutRecord(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	if err := s.rdb.Set(ctx, s.key("cache", key), value, ttl).Err(); err != nil {
		return fmt.Errorf("record %s: %w", key, err)
	}
	return nil
}

// GetRecord implements bot.Records: an outage is an error, not a miss.
func (s *Store) GetRecord(ctx context.Context, key string) ([]byte, bool, error) {
	v, err := s.rdb.Get(ctx, s.key("cache", key)).Bytes()
	switch {
	case errors.Is(err, goredis.Nil):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("read record %s: %w", key, err)
	}
	return v, true, nil
}

// First implements bot.Deduper with SET NX. During an outage, the record
// is kept in process: one replica still never answers twice.
func (s *Store) First(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	var first bool
	ok := s.call("dedupe", func() error {
		var err error
		first, err = s.rdb.SetNX(ctx, s.key("seen", id), 1, ttl).Result()
		return err
	})
	if !ok {
		return s.fallback.First(ctx, id, ttl)
	}
	if first {
		// keep the in-process record too, so that an outage right after
		// this does not let a retry of the same event through
		_, _ = s.fallback.First(ctx, id, ttl)
		return true, nil
	}
	return false, nil
}

// Lock implements bot.Locker with redislock. During an outage it fails:
// scheduled work waits rather than risk running twice.
func (s *Store) Lock(ctx context.Context, key string, ttl time.Duration) (bot.Unlocker, error) {
	var l *redislock.Lock
	var err error
	s.call("lock", func() error {
		l, err = s.locks.Obtain(ctx, s.key("lock", key), ttl, nil)
		if errors.Is(err, redislock.ErrNotObtained) {
			return nil
		}
		return err
	})
	switch {
	case errors.Is(err, redislock.ErrNotObtained):
		return nil, bot.ErrLocked
	case err != nil:
		return nil, fmt.Errorf("lock %s: %w", key, err)
	case l == nil:
		return nil, fmt.Errorf("lock %s: Redis is unavailable", key)
	}
	return lock{l}, nil
}

type lock struct{ l *redislock.Lock }

// Refresh implements bot.Refresher: the lock is held ttl from now, if it
// is still held.
func (l lock) Refresh(ctx context.Context, ttl time.Duration) error {
	return l.l.Refresh(ctx, ttl, nil)
}

func (l lock) Unlock(ctx context.Context) error {
	if err := l.l.Release(ctx); err != nil && !errors.Is(err, redislock.ErrLockNotHeld) {
		return err
	}
	return nil
}

// rateScript is a sliding-window log over one sorted set: drop what left
// the window, refuse when full (saying when the oldest leaves), else add.
var rateScript = goredis.NewScript(`
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
if n >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return {1, 0}
`)

// Allow implements bot.Limiter, shared across replicas. During an outage
// it allows: a rate limit is not worth an unanswered question.
func (s *Store) Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, time.Duration, error) {
	allowed, wait := true, time.Duration(0)
	s.call("rate limit", func() error {
		now := s.now().UnixMilli()
		member := fmt.Sprintf("%d-%d", now, s.now().UnixNano())
		res, err := rateScript.Run(ctx, s.rdb, []string{s.key("rate", key)}, now, window.Milliseconds(), limit, member).Int64Slice()
		if err != nil {
			return err
		}
		allowed, wait = res[0] == 1, time.Duration(res[1])*time.Millisecond
		return nil
	})
	return allowed, wait, nil
}

// isWrongType reports Redis's WRONGTYPE reply (a key holding another kind
// of value), by go-redis's own predicate on its typed Redis errors.
func isWrongType(err error) bool { return goredis.HasErrorPrefix(err, "WRONGTYPE") }
