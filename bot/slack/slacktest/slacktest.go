// Package slacktest drives Dossier's Slack app in tests the way Slack
// does: signed Events API, slash command and interaction requests over
// real HTTP, and what the bot posts read back from the fake of Slack's Web
// API (bot/slack/fakeslack). Client works against any running bot (the
// `dossier serve` tests use it); New starts a bot of its own, wired to the
// fake and the in-memory store, over the embedded knowledge base.
package slacktest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/slack"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

// Secret is the signing secret of the bots that New starts.
const Secret = "8f742231b10e8888abcd99yyyzzz85a5"

// Wait is how long the helpers wait for something to happen before they
// fail the test.
const Wait = 15 * time.Second

var seq atomic.Int64

// Sign returns Slack's signature headers (v0 HMAC-SHA256) for body, sent
// at ts, with the signing secret key.
func Sign(body []byte, ts time.Time, key string) http.Header {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", stamp)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

// NewTS returns a fresh message timestamp.
func NewTS() string { return fmt.Sprintf("1764000000.%06d", seq.Add(1)) }

// NewID returns a fresh ID with a prefix, for event, envelope and
// response IDs.
func NewID(prefix string) string { return fmt.Sprintf("%s%08d", prefix, seq.Add(1)) }

// Event wraps an inner event in an event_callback payload with a fresh
// event_id, which it returns too.
func Event(inner map[string]any) ([]byte, string) {
	id := NewID("Ev")
	body, _ := json.Marshal(map[string]any{"type": "event_callback", "team_id": fakeslack.TeamID, "api_app_id": fakeslack.AppID,
		"event_id": id, "event_time": time.Now().Unix(), "event": inner})
	return body, id
}

// Mention is an app_mention of the bot by user in channel, with a fresh ts.
func Mention(channel, user, text string) map[string]any {
	ts := NewTS()
	return map[string]any{"type": "app_mention", "user": user, "text": "<@" + fakeslack.BotUserID + "> " + text, "ts": ts, "channel": channel, "event_ts": ts}
}

// Message is a message event (channel_type "channel", "im", ...) by user,
// with a fresh ts; thread is its thread_ts, or "".
func Message(channelType, channel, user, text, thread string) map[string]any {
	m := map[string]any{"type": "message", "channel_type": channelType, "channel": channel, "user": user, "text": text, "ts": NewTS()}
	if thread != "" {
		m["thread_ts"] = thread
	}
	return m
}

// FeedbackValue is the value of the feedback buttons in a posted answer's
// blocks (what a click sends back), or "" when the answer has none.
func FeedbackValue(blocks string) string {
	var bs []map[string]any
	json.Unmarshal([]byte(blocks), &bs)
	for _, b := range bs {
		if b["type"] == "context_actions" {
			return b["elements"].([]any)[0].(map[string]any)["negative_button"].(map[string]any)["value"].(string)
		}
	}
	return ""
}

// FeedbackClick is the form body of a click on an answer's 👎 button by
// user in channel, the answer being in the thread of threadTS; Slack posts
// it to the interactions endpoint.
func FeedbackClick(user, channel, threadTS, responseURL, value string) []byte {
	payload, _ := json.Marshal(map[string]any{
		"type": "block_actions", "user": map[string]any{"id": user}, "team": map[string]any{"id": fakeslack.TeamID},
		"channel": map[string]any{"id": channel}, "response_url": responseURL,
		"message": map[string]any{"ts": "1764100000.000001", "thread_ts": threadTS},
		"actions": []any{map[string]any{"action_id": "feedback", "block_id": "feedback", "value": value, "type": "feedback_buttons"}},
	})
	return []byte(url.Values{"payload": {string(payload)}}.Encode())
}

// Client sends signed requests to a running bot and reads what it posted
// from the fake Slack.
type Client struct {
	T      testing.TB
	Base   string // the bot's base URL, http://127.0.0.1:PORT
	Secret string // its signing secret
	Slack  *fakeslack.Server
	// HTTP sends the requests (default http.DefaultClient).
	HTTP *http.Client
}

// Post sends a request with the given headers, and returns the response's
// status and body.
func (c *Client) Post(path, contentType string, body []byte, hdr http.Header) (int, string) {
	c.T.Helper()
	req, err := http.NewRequest(http.MethodPost, c.Base+path, bytes.NewReader(body))
	if err != nil {
		c.T.Fatal(err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", contentType)
	client := c.HTTP
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		c.T.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

// SignedPost is Post, signed now with the secret; extra are more headers,
// name then value.
func (c *Client) SignedPost(path, contentType string, body []byte, extra ...string) (int, string) {
	c.T.Helper()
	hdr := Sign(body, time.Now(), c.Secret)
	for i := 0; i+1 < len(extra); i += 2 {
		hdr.Set(extra[i], extra[i+1])
	}
	return c.Post(path, contentType, body, hdr)
}

// SendEvent delivers an inner event to /slack/events, wrapped with a
// fresh event_id.
func (c *Client) SendEvent(inner map[string]any, extra ...string) (int, string) {
	c.T.Helper()
	body, _ := Event(inner)
	return c.SignedPost("/slack/events", "application/json", body, extra...)
}

// Command sends `/dossier TEXT` by user in channel, and returns the
// status, the immediate JSON response and the method name under which the
// fake records the command's response_url posts.
func (c *Client) Command(text, user, channel string) (int, map[string]any, string) {
	c.T.Helper()
	respID := NewID("cmd")
	form := url.Values{"command": {slack.DefaultCommand}, "text": {text}, "team_id": {fakeslack.TeamID}, "channel_id": {channel},
		"user_id": {user}, "response_url": {c.Slack.ResponseURL(respID)}, "trigger_id": {"1.2.3"}}
	status, body := c.SignedPost("/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()))
	var m map[string]any
	_ = json.Unmarshal([]byte(body), &m)
	return status, m, "response/" + respID
}

// Interact sends an interaction payload (block_actions, message_action)
// to /slack/interactions.
func (c *Client) Interact(payload map[string]any) (int, string) {
	c.T.Helper()
	data, err := json.Marshal(payload)
	if err != nil {
		c.T.Fatal(err)
	}
	form := url.Values{"payload": {string(data)}}
	return c.SignedPost("/slack/interactions", "application/x-www-form-urlencoded", []byte(form.Encode()))
}

// Posts returns the messages posted in a channel: chat.postMessage, and
// chat.update of a streamed answer, which replaces the draft with it;
// calls that failed are not posts.
func (c *Client) Posts(channel string) []fakeslack.Call {
	var out []fakeslack.Call
	for _, call := range c.Slack.Succeeded("chat.postMessage", "chat.update") {
		if call.Param("channel") == channel {
			out = append(out, call)
		}
	}
	return out
}

// WaitPosts waits for n messages in a channel, and returns them all.
func (c *Client) WaitPosts(channel string, n int) []fakeslack.Call {
	c.T.Helper()
	ps, ok := poll(func() []fakeslack.Call {
		if ps := c.Posts(channel); len(ps) >= n {
			return ps
		}
		return nil
	})
	if !ok {
		c.T.Fatalf("waited for %d messages in %s; calls: %v", n, channel, c.Slack.Methods())
	}
	return ps
}

// poll calls f until it returns something, for at most Wait.
func poll[T any](f func() []T) ([]T, bool) {
	deadline := time.After(Wait)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		if v := f(); v != nil {
			return v, true
		}
		select {
		case <-deadline:
			return nil, false
		case <-tick.C:
		}
	}
}

// Eventually waits until cond holds, for at most Wait, and fails the
// test with what otherwise.
func Eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	if _, ok := poll(func() []bool {
		if cond() {
			return []bool{true}
		}
		return nil
	}); !ok {
		t.Fatalf("waited %v for %s", Wait, what)
	}
}

// Logs is a log destination that tests read while the bot writes.
type Logs struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *Logs) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *Logs) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// Harness is a started bot served on 127.0.0.1, wired to a fake Slack and
// an in-memory store.
type Harness struct {
	Client
	Bot    *slack.Bot
	Store  *memory.Store
	Engine *bot.Engine
	Logs   *Logs // the bot's and the engine's log, at debug level, as text
}

// Options are what New may change.
type Options struct {
	Config    func(*slack.Config) // edits the bot's configuration before New
	Engine    []bot.Option        // more engine options (a model: bot.WithLLM)
	Bot       []slack.Option
	Knowledge fs.FS // the knowledge base (default: the embedded one)
	Socket    bool  // connect over Socket Mode (with an app token) too
}

// New starts a bot (slack.New, Start, Routes on an httptest server) and
// stops it when the test ends; each harness has a fake Slack and a store
// of its own.
func New(t testing.TB, o Options) *Harness {
	t.Helper()
	fake := fakeslack.New(t)
	logs := &Logs{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	kbFS := o.Knowledge
	if kbFS == nil {
		kbFS = sources.FS
	}
	kb, err := knowledge.Load(kbFS)
	if err != nil {
		t.Fatal(err)
	}
	store := memory.New(bot.StoreOptions{}, nil)
	engine := bot.NewEngine(knowledge.NewIndex(kb), append([]bot.Option{bot.WithStore(store, 0), bot.WithLogger(log)}, o.Engine...)...)
	cfg := slack.Config{BotToken: "xoxb-test", SigningSecret: Secret, APIURL: fake.APIURL(), Workers: 4}
	if o.Socket {
		cfg.AppToken = "xapp-test"
	}
	if o.Config != nil {
		o.Config(&cfg)
	}
	b, err := slack.New(cfg, engine, store, log, o.Bot...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if err := b.Start(ctx); err != nil {
		cancel()
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	b.Routes(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(func() {
		srv.Close()
		cancel()
		sctx, stop := context.WithTimeout(context.Background(), Wait)
		defer stop()
		_ = b.Shutdown(sctx)
	})
	return &Harness{Client: Client{T: t, Base: srv.URL, Secret: cfg.SigningSecret, Slack: fake}, Bot: b, Store: store, Engine: engine, Logs: logs}
}

// Idle waits until the bot has done all it was asked (slack.Bot.WaitIdle):
// what it has not posted by then, it will not post.
func (h *Harness) Idle() {
	h.T.Helper()
	WaitIdle(h.T, h.Bot)
}

// WaitIdle waits, for at most Wait, until b has no job queued or running.
func WaitIdle(t testing.TB, b *slack.Bot) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), Wait)
	defer cancel()
	if err := b.WaitIdle(ctx); err != nil {
		t.Fatalf("the bot was still busy after %v", Wait)
	}
}

// Run runs a package's tests (from its TestMain) with more of its
// parallel tests at once than the machine has cores, unless -parallel
// says otherwise: Slack-service tests spend their time waiting (on the
// fake model, retries' backoff, a replica's shutdown), not computing.
func Run(m *testing.M) int {
	flag.Parse()
	if p := flag.Lookup("test.parallel"); p != nil && p.Value.String() == strconv.Itoa(runtime.GOMAXPROCS(0)) {
		_ = p.Value.Set(strconv.Itoa(max(8, runtime.GOMAXPROCS(0))))
	}
	return m.Run()
}
