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

func TestMentionIsAnsweredInAThread(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	m := mention("C1", "U1", "Will North Korean workers be sent to Russia?")
	if status, _ := h.sendEvent(m); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	post := h.waitPosts("C1", 1)[0]
	if post.Param("thread_ts") != m["ts"] {
		t.Errorf("answer not in the question's thread: thread_ts %q", post.Param("thread_ts"))
	}
	blocks := post.Param("blocks")
	if !contains(blocks, "lukin-russia-dprk-alliance#p1", "The revival of the Russia–North Korea alliance", "October 2022 (inferred)", "feedback_buttons", "[1]") {
		t.Errorf("answer blocks lack citations or feedback: %s", blocks)
	}
	if post.Param("unfurl_links") != "false" {
		t.Errorf("link unfurling is on: %v", post.Params)
	}
	h.slack.WaitFor(1, "reactions.remove")
	methods := strings.Join(h.slack.Methods(), " ")
	if !contains(methods, "reactions.add chat.postMessage reactions.remove") {
		t.Errorf("calls %s: want 👀 added, the answer, 👀 removed", methods)
	}
	if r := h.slack.Calls("reactions.add")[0]; r.Param("name") != "eyes" || r.Param("timestamp") != m["ts"] {
		t.Errorf("reaction %v", r.Params)
	}
}

func TestHTTPEdges(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	challenge, _ := json.Marshal(map[string]string{"type": "url_verification", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "token": "x"})
	if status, body := h.signedPost("/slack/events", "application/json", challenge); status != 200 || body != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification: %d %q", status, body)
	}
	if status, _ := h.sendEvent(map[string]any{"type": "reaction_added", "user": "U1", "reaction": "tada"}); status != 200 {
		t.Errorf("unknown event type: %d", status)
	}
	big := make([]byte, 1<<20+10)
	if status, _ := h.signedPost("/slack/events", "application/json", big); status != http.StatusRequestEntityTooLarge {
		t.Errorf("a 1 MiB body: %d", status)
	}
	if status, _ := h.signedPost("/slack/events", "application/json", []byte("{not json")); status != http.StatusBadRequest {
		t.Errorf("malformed JSON: %d", status)
	}
	resp, err := http.Get(h.base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("healthz: %v %v", resp, err)
	}
	resp, err = http.Get(h.base + "/readyz")
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("readyz: %v %v", resp, err)
	}
	h.idle()
	if m := h.slack.Methods(); len(m) != 1 {
		t.Errorf("Slack calls: %v", m)
	}
}

func TestFeedbackIsRecordedAndAcknowledgedPrivately(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	m := mention("C1", "U1", "Will Russia hire North Korean workers?")
	h.sendEvent(m)
	post := h.waitPosts("C1", 1)[0]
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
	form := url.Values{"payload": {string(payload)}}
	for range 2 { // a double click counts once
		if status, _ := h.signedPost("/slack/interactions", "application/x-www-form-urlencoded", []byte(form.Encode())); status != 200 {
			t.Fatalf("status %d", status)
		}
	}
	ack := h.slack.WaitFor(1, "response/fb1")[0]
	if ack.Param("response_type") != "ephemeral" || ack.Param("replace_original") != "false" || !strings.Contains(ack.Param("text"), "Thanks") {
		t.Errorf("ack %v", ack.JSON)
	}
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
