package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
)

// serve wires the Slack app to the configured store: a mention is
// answered in its thread with citations, and a feedback click lands in the
// store serve opened. (How the bot answers, acknowledges and refuses is
// tested in bot/slack; here, that serve puts the parts together.)
func TestServeWiresSlackAndTheStore(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	m := mention("C1", "U1", "Will Russia hire North Korean workers?")
	if status, _ := h.sendEvent(m); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	post := h.waitPosts("C1", 1)[0]
	if post.Param("thread_ts") != m["ts"] {
		t.Errorf("answer not in the question's thread: thread_ts %q", post.Param("thread_ts"))
	}
	if blocks := post.Param("blocks"); !contains(blocks, "lukin-russia-dprk-alliance#p1", "The revival of the Russia–North Korea alliance", "October 2022 (inferred)", "feedback_buttons", "[1]") {
		t.Errorf("answer blocks lack citations or feedback: %s", blocks)
	}
	var blocks []map[string]any
	json.Unmarshal([]byte(post.Param("blocks")), &blocks)
	var value string
	for _, b := range blocks {
		if b["type"] == "context_actions" {
			value = b["elements"].([]any)[0].(map[string]any)["negative_button"].(map[string]any)["value"].(string)
		}
	}
	if value == "" {
		t.Fatalf("no feedback buttons in %s", post.Param("blocks"))
	}
	payload, _ := json.Marshal(map[string]any{
		"type": "block_actions", "user": map[string]any{"id": "U7"}, "team": map[string]any{"id": fakeslack.TeamID},
		"channel": map[string]any{"id": "C1"}, "response_url": h.slack.ResponseURL("fb1"),
		"message": map[string]any{"ts": "1764100000.000001", "thread_ts": m["ts"]},
		"actions": []any{map[string]any{"action_id": "feedback", "block_id": "feedback", "value": value, "type": "feedback_buttons"}},
	})
	if status, _ := h.signedPost("/slack/interactions", "application/x-www-form-urlencoded", []byte(url.Values{"payload": {string(payload)}}.Encode())); status != 200 {
		t.Fatalf("status %d", status)
	}
	h.slack.WaitFor(1, "response/fb1")
	h.idle()
	events, err := h.svc.store.Since(t.Context(), time.Now().Add(-time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	var votes []bot.ActivityEvent
	for _, e := range events {
		if e.Kind == bot.ActivityFeedback {
			votes = append(votes, e)
		}
	}
	if len(votes) != 1 || votes[0].Vote != -1 || votes[0].User != "U7" || votes[0].Question != "Will Russia hire North Korean workers?" ||
		len(votes[0].Passages) == 0 || votes[0].Thread != m["ts"] || votes[0].Answer == "" {
		t.Errorf("votes %+v", votes)
	}
}

// serve's own endpoints: liveness and readiness.
func TestHealthAndReadiness(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(h.base + path)
		if err != nil || resp.StatusCode != 200 {
			t.Errorf("%s: %v %v", path, resp, err)
			continue
		}
		resp.Body.Close()
	}
}

func TestRedisStoppedMidTest(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.redis.Own()
	h.sendEvent(mention("C1", "U1", "Will Russia hire North Korean workers?"))
	h.waitPosts("C1", 1)
	h.redis.Stop()
	h.sendEvent(mention("C1", "U1", "Is the Khasan–Rajin railway open?"))
	if p := h.waitPosts("C1", 2)[1]; !strings.Contains(p.Param("blocks"), "#p13") {
		t.Errorf("answer with Redis down: %s", p.Param("blocks"))
	}
}
