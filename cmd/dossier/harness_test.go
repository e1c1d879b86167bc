package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

const secret = slacktest.Secret

// harness runs the real `dossier serve` service on 127.0.0.1:0 against a
// real Redis and a fake of Slack's Web API.
type harness struct {
	t     testing.TB
	slack *fakeslack.Server
	redis *redistest.Server
	svc   *service
	base  string
	logs  *lockedBuffer
}

var eventSeq atomic.Int64

func newHarness(t testing.TB, env map[string]string) *harness {
	t.Helper()
	return newHarnessKB(t, env, sources.FS)
}

// newHarnessKB is newHarness over another knowledge base.
func newHarnessKB(t testing.TB, env map[string]string, kbFS fs.FS) *harness {
	t.Helper()
	h := &harness{t: t, slack: fakeslack.New(t), redis: redistest.Start(t), logs: &lockedBuffer{}}
	full := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": h.slack.APIURL(),
		"REDIS_URL": h.redis.URL(), "DOSSIER_REDIS_PREFIX": fmt.Sprintf("e2e-%d:", eventSeq.Add(1)), "DOSSIER_ADDR": "127.0.0.1:0",
	}
	for k, v := range env {
		full[k] = v
	}
	cfg, err := loadConfig(func(k string) string { return full[k] })
	if err != nil {
		t.Fatal(err)
	}
	kb, err := knowledge.Load(kbFS)
	if err != nil {
		t.Fatal(err)
	}
	level := slog.LevelDebug
	if env["DOSSIER_LOG_LEVEL"] != "" {
		level = cfg.LogLevel
	}
	log := newLogger(h.logs, "text", level)
	h.svc, err = newService(cfg, servedKB{ix: knowledge.NewIndex(kb)}, redisClient(cfg), log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if err := h.svc.start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		h.svc.shutdown(5 * time.Second)
	})
	h.base = "http://" + h.svc.Addr()
	h.slack.WaitFor(1, "auth.test")
	return h
}

// client sends signed requests to the service and reads the fake Slack.
func (h *harness) client() *slacktest.Client {
	return &slacktest.Client{T: h.t, Base: h.base, Secret: secret, Slack: h.slack}
}

// sign returns Slack's signature headers for body at time ts.
func sign(body []byte, ts time.Time, key string) http.Header { return slacktest.Sign(body, ts, key) }

func (h *harness) signedPost(path, contentType string, body []byte, extra ...string) (int, string) {
	h.t.Helper()
	return h.client().SignedPost(path, contentType, body, extra...)
}

// event wraps an inner event in an event_callback with a fresh event_id.
func event(inner map[string]any) ([]byte, string) { return slacktest.Event(inner) }

func mention(channel, user, text string) map[string]any {
	return slacktest.Mention(channel, user, text)
}

func (h *harness) sendEvent(inner map[string]any, extra ...string) (int, string) {
	h.t.Helper()
	return h.client().SendEvent(inner, extra...)
}

func (h *harness) command(text, user, channel string) (int, map[string]any, string) {
	h.t.Helper()
	return h.client().Command(text, user, channel)
}

// interact posts a signed interaction payload.
func (h *harness) interact(payload map[string]any) int {
	h.t.Helper()
	status, _ := h.client().Interact(payload)
	return status
}

// post sends a request with the given headers (signed or not).
func (h *harness) post(path, contentType string, body []byte, hdr http.Header) (int, string) {
	h.t.Helper()
	return h.client().Post(path, contentType, body, hdr)
}

// posts returns the messages posted in a channel (calls that failed are
// not posts).
func (h *harness) posts(channel string) []fakeslack.Call { return h.client().Posts(channel) }

// waitPosts waits for n messages in a channel.
func (h *harness) waitPosts(channel string, n int) []fakeslack.Call {
	h.t.Helper()
	return h.client().WaitPosts(channel, n)
}

// waitAttempts waits for n attempts to post in a channel, failed ones
// included.
func (h *harness) waitAttempts(channel string, n int) {
	h.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		got := 0
		for _, c := range h.slack.Calls("chat.postMessage", "chat.update") {
			if c.Param("channel") == channel {
				got++
			}
		}
		if got >= n {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.t.Fatalf("waited for %d attempts to post in %s; calls: %v", n, channel, h.slack.Methods())
}

// idle waits until the bot has done all it was asked: what it has not
// done by then, it will not do.
func (h *harness) idle() {
	h.t.Helper()
	slacktest.WaitIdle(h.t, h.svc.bot)
}

type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func contains(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}

func freePort(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}
