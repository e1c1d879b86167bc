package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
)

// Socket Mode end to end: envelopes in over a WebSocket, acknowledged, the
// answers out through the Web API, as over HTTP.
func TestSocketMode(t *testing.T) {
	h := newHarness(t, map[string]string{"SLACK_APP_TOKEN": "xapp-1-test", "SLACK_SIGNING_SECRET": ""})
	h.slack.WaitFor(1, "apps.connections.open")
	t.Cleanup(func() {
		if t.Failed() {
			t.Log(h.logs.String())
		}
	})
	if c := h.slack.Calls("apps.connections.open")[0]; c.Auth != "Bearer xapp-1-test" {
		t.Errorf("apps.connections.open with %q, want the app token", c.Auth)
	}
	m := mention("C1", "U1", "Will Russia hire North Korean workers?")
	payload, _ := event(m)
	envelope := func(id, typ string, payload any) map[string]any {
		return map[string]any{"envelope_id": id, "type": typ, "accepts_response_payload": typ == "slash_commands", "payload": payload}
	}
	h.slack.Send(envelope("env-1", "events_api", json.RawMessage(payload)))
	h.slack.WaitAck("env-1")
	h.slack.Send(envelope("env-1", "events_api", json.RawMessage(payload))) // redelivered
	post := h.waitPosts("C1", 1)[0]
	if post.Param("thread_ts") != m["ts"] || !strings.Contains(post.Param("blocks"), "#p1") {
		t.Errorf("answer %v", post.Params)
	}

	h.slack.Send(envelope("env-2", "slash_commands", map[string]any{"command": "/dossier", "text": "help", "team_id": fakeslack.TeamID,
		"channel_id": "C1", "user_id": "U1", "response_url": h.slack.ResponseURL("sm")}))
	ack := h.slack.WaitAck("env-2")
	raw, _ := json.Marshal(ack["payload"])
	if !strings.Contains(string(raw), "summary [--full]") {
		t.Errorf("slash command ack payload: %s", raw)
	}
	settle()
	if n := len(h.posts("C1")); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
	// with no signing secret, the HTTP endpoints take nothing
	body, _ := event(mention("C1", "U1", "labour?"))
	if status, _ := h.signedPost("/slack/events", "application/json", body); status != 401 {
		t.Errorf("HTTP event in Socket Mode only: %d", status)
	}
}
