package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

const secret = "8f742231b10e8888abcd99yyyzzz85a5"

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
	h.svc, err = newService(cfg, knowledge.NewIndex(kb), redisClient(cfg), log)
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

// sign returns Slack's signature headers for body at time ts.
func sign(body []byte, ts time.Time, key string) http.Header {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", stamp)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

// post sends a signed request and returns the response status and body.
func (h *harness) post(path, contentType string, body []byte, hdr http.Header) (int, string) {
	h.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, h.base+path, bytes.NewReader(body))
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", contentType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

func (h *harness) signedPost(path, contentType string, body []byte, extra ...string) (int, string) {
	hdr := sign(body, time.Now(), secret)
	for i := 0; i+1 < len(extra); i += 2 {
		hdr.Set(extra[i], extra[i+1])
	}
	return h.post(path, contentType, body, hdr)
}

// event wraps an inner event in an event_callback with a fresh event_id.
func event(inner map[string]any) ([]byte, string) {
	id := fmt.Sprintf("Ev%08d", eventSeq.Add(1))
	body, _ := json.Marshal(map[string]any{"type": "event_callback", "team_id": fakeslack.TeamID, "api_app_id": fakeslack.AppID,
		"event_id": id, "event_time": time.Now().Unix(), "event": inner})
	return body, id
}

var tsSeq atomic.Int64

func newTS() string { return fmt.Sprintf("1764000000.%06d", tsSeq.Add(1)) }

func mention(channel, user, text string) map[string]any {
	ts := newTS()
	return map[string]any{"type": "app_mention", "user": user, "text": "<@" + fakeslack.BotUserID + "> " + text, "ts": ts, "channel": channel, "event_ts": ts}
}

func (h *harness) sendEvent(inner map[string]any, extra ...string) (int, string) {
	body, _ := event(inner)
	return h.signedPost("/slack/events", "application/json", body, extra...)
}

func (h *harness) command(text, user, channel string) (int, map[string]any, string) {
	h.t.Helper()
	respID := fmt.Sprintf("cmd%d", eventSeq.Add(1))
	form := url.Values{"command": {"/dossier"}, "text": {text}, "team_id": {fakeslack.TeamID}, "channel_id": {channel},
		"user_id": {user}, "response_url": {h.slack.ResponseURL(respID)}, "trigger_id": {"1.2.3"}}
	status, body := h.signedPost("/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()))
	var m map[string]any
	json.Unmarshal([]byte(body), &m)
	return status, m, "response/" + respID
}

// posts returns the messages posted in a channel: chat.postMessage, and
// chat.update of a streamed answer, which replaces the draft with it;
// calls that failed are not posts.
func (h *harness) posts(channel string) []fakeslack.Call {
	var out []fakeslack.Call
	for _, c := range h.slack.Succeeded("chat.postMessage", "chat.update") {
		if c.Param("channel") == channel {
			out = append(out, c)
		}
	}
	return out
}

// waitPosts waits for n messages in a channel.
func (h *harness) waitPosts(channel string, n int) []fakeslack.Call {
	h.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if ps := h.posts(channel); len(ps) >= n {
			return ps
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.t.Fatalf("waited for %d messages in %s; calls: %v", n, channel, h.slack.Methods())
	return nil
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

// settle gives the workers time to do anything they would wrongly do.
func settle() { time.Sleep(300 * time.Millisecond) }

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
