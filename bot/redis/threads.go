package redis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/dossier-bot/dossier/bot"
)

func (s *Store) threadKey(k bot.ThreadKey) string {
	return s.key("thread", k.Team+":"+k.Channel+":"+k.Thread)
}

// Append implements bot.Threads: a list per thread, trimmed to its last
// turns, its TTL renewed. An outage loses the turn.
func (s *Store) Append(ctx context.Context, k bot.ThreadKey, t bot.Turn) error {
	data, err := json.Marshal(s.opts.FitTurn(t))
	if err != nil {
		return fmt.Errorf("encode turn: %w", err)
	}
	key := s.threadKey(k)
	s.call("thread append", func() error {
		_, err := s.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
			p.RPush(ctx, key, data)
			p.LTrim(ctx, key, int64(-s.opts.ThreadTurns), -1)
			p.PExpire(ctx, key, s.opts.ThreadTTL)
			return nil
		})
		if isWrongType(err) { // not a list: replace it
			return s.rdb.Del(ctx, key).Err()
		}
		return err
	})
	return nil
}

// Recent implements bot.Threads. A turn that does not decode is skipped;
// an outage is an empty thread.
func (s *Store) Recent(ctx context.Context, k bot.ThreadKey) ([]bot.Turn, error) {
	var raw []string
	s.call("thread read", func() error {
		var err error
		raw, err = s.rdb.LRange(ctx, s.threadKey(k), 0, -1).Result()
		if isWrongType(err) {
			return nil
		}
		return err
	})
	turns := make([]bot.Turn, 0, len(raw))
	for _, r := range raw {
		var t bot.Turn
		if json.Unmarshal([]byte(r), &t) == nil {
			turns = append(turns, t)
		}
	}
	return turns, nil
}

// Record implements bot.Activity: one sorted set by time, trimmed to the
// retention period and the maximum count. An outage loses the event.
func (s *Store) Record(ctx context.Context, e bot.ActivityEvent) error {
	if e.At.IsZero() {
		e.At = s.now()
	}
	data, err := json.Marshal(activityRecord{Nonce: strconv.FormatInt(s.now().UnixNano(), 36), ActivityEvent: e})
	if err != nil {
		return fmt.Errorf("encode activity: %w", err)
	}
	key := s.key("activity", "events")
	cut := s.now().Add(-s.opts.ActivityTTL).UnixMilli()
	s.call("activity record", func() error {
		_, err := s.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
			p.ZAdd(ctx, key, goredis.Z{Score: float64(e.At.UnixMilli()), Member: data})
			p.ZRemRangeByScore(ctx, key, "-inf", "("+strconv.FormatInt(cut, 10))
			p.ZRemRangeByRank(ctx, key, 0, int64(-s.opts.ActivityMax-1))
			p.PExpire(ctx, key, s.opts.ActivityTTL)
			return nil
		})
		return err
	})
	return nil
}

type activityRecord struct {
	Nonce string `json:"nonce"`
	bot.ActivityEvent
}

// Since implements bot.Activity. Unlike the other calls, an outage is an
// error here: a digest built from nothing would say the team did nothing.
func (s *Store) Since(ctx context.Context, t time.Time) ([]bot.ActivityEvent, error) {
	var raw []string
	var err error
	ran := s.call("activity read", func() error {
		raw, err = s.rdb.ZRangeByScore(ctx, s.key("activity", "events"), &goredis.ZRangeBy{
			Min: strconv.FormatInt(t.UnixMilli(), 10), Max: "+inf",
		}).Result()
		return err
	})
	if !ran {
		if err == nil {
			err = errors.New("the Redis store is unavailable")
		}
		return nil, fmt.Errorf("read activity: %w", err)
	}
	out := make([]bot.ActivityEvent, 0, len(raw))
	for _, r := range raw {
		var rec activityRecord
		if json.Unmarshal([]byte(r), &rec) == nil {
			out = append(out, rec.ActivityEvent)
		}
	}
	return out, nil
}
