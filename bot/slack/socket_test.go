package slack_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

// Socket Mode end to end: envelopes in over a WebSocket, acknowledged, the
// answers out through the Web API, as over HTTP.
func TestSocketMode(t *testing.T) {
	h := start(t, setup{socketOnly: true})
	h.Slack.WaitFor(1, "apps.connections.open")
	t.Cleanup(func() {
		if t.Failed() {
			t.Log(h.Logs.String())
		}
	})
	if c := h.Slack.Calls("apps.connections.open")[0]; c.Auth != "Bearer xapp-1-test" {
		t.Errorf("apps.connections.open with %q, want the app token", c.Auth)
	}
	m := slacktest.Mention("C1", "U1", "Will Russia hire North Korean workers?")
	payload, _ := slacktest.Event(m)
	envelope := func(id, typ string, payload any) map[string]any {
		return map[string]any{"envelope_id": id, "type": typ, "accepts_response_payload": typ == "slash_commands", "payload": payload}
	}
	h.Slack.Send(envelope("env-1", "events_api", json.RawMessage(payload)))
	h.Slack.WaitAck("env-1")
	h.Slack.Send(envelope("env-1", "events_api", json.RawMessage(payload))) // redelivered
	post := h.WaitPosts("C1", 1)[0]
	if post.Param("thread_ts") != m["ts"] || !strings.Contains(post.Param("blocks"), "#p1") {
		t.Errorf("answer %v", post.Params)
	}

	h.Slack.Send(envelope("env-2", "slash_commands", map[string]any{"command": "/dossier", "text": "help", "team_id": fakeslack.TeamID,
		"channel_id": "C1", "user_id": "U1", "response_url": h.Slack.ResponseURL("sm")}))
	ack := h.Slack.WaitAck("env-2")
	raw, _ := json.Marshal(ack["payload"])
	if !strings.Contains(string(raw), "summary [--full]") {
		t.Errorf("slash command ack payload: %s", raw)
	}
	h.Idle()
	if n := len(h.Posts("C1")); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
	// with no signing slacktest.Secret, the HTTP endpoints take nothing
	body, _ := slacktest.Event(slacktest.Mention("C1", "U1", "labour?"))
	if status, _ := h.SignedPost("/slack/events", "application/json", body); status != 401 {
		t.Errorf("HTTP event in Socket Mode only: %d", status)
	}
}

// Slack may send a Socket Mode envelope again (retry_attempt), with an
// envelope_id of its own: a slash command sent twice is answered once,
// deduped on what identifies the invocation, not on the envelope.
func TestSocketModeCommandSentAgainIsAnsweredOnce(t *testing.T) {
	h := start(t, setup{socketOnly: true})
	h.Slack.WaitFor(1, "apps.connections.open")
	payload := map[string]any{"command": "/dossier", "text": "ask Will Russia hire North Korean workers?", "team_id": fakeslack.TeamID,
		"channel_id": "C1", "user_id": "U1", "response_url": h.Slack.ResponseURL("smretry"), "trigger_id": "13345224609.738474920.8088930838d88f008e0"}
	for i, id := range []string{"env-cmd-1", "env-cmd-2"} {
		h.Slack.Send(map[string]any{"envelope_id": id, "type": "slash_commands", "accepts_response_payload": true,
			"retry_attempt": i, "retry_reason": map[bool]string{true: "timeout"}[i > 0], "payload": payload})
		h.Slack.WaitAck(id)
	}
	h.Idle()
	if n := len(h.Slack.Succeeded("response/smretry")); n != 1 {
		t.Errorf("answered %d times, want once", n)
	}
	// another invocation of the same command is answered
	payload["response_url"], payload["trigger_id"] = h.Slack.ResponseURL("smagain"), "13345224609.738474920.99"
	h.Slack.Send(map[string]any{"envelope_id": "env-cmd-3", "type": "slash_commands", "accepts_response_payload": true, "payload": payload})
	h.Slack.WaitAck("env-cmd-3")
	h.Slack.WaitFor(1, "response/smagain")
}

// An interaction sent again over Socket Mode with a new envelope_id (a
// retry) is handled once; another click is handled again.
func TestSocketModeInteractionSentAgainIsHandledOnce(t *testing.T) {
	h := start(t, setup{socketOnly: true})
	h.Slack.WaitFor(1, "apps.connections.open")
	payload := map[string]any{"type": "message_action", "callback_id": "ask_dossier", "trigger_id": "13345224609.738474920.77",
		"action_ts": "1700000000.000100", "user": map[string]any{"id": "U1"}, "team": map[string]any{"id": fakeslack.TeamID},
		"channel": map[string]any{"id": "C1"}, "response_url": h.Slack.ResponseURL("sm-twice"),
		"message": map[string]any{"text": "Will Russia hire North Korean workers?"}}
	for i, id := range []string{"env-int-1", "env-int-2"} {
		h.Slack.Send(map[string]any{"envelope_id": id, "type": "interactive", "retry_attempt": i, "payload": payload})
		h.Slack.WaitAck(id)
	}
	h.Idle()
	if n := len(h.Slack.Succeeded("response/sm-twice")); n != 1 {
		t.Errorf("handled %d times, want once", n)
	}
	payload["trigger_id"], payload["response_url"] = "13345224609.738474920.78", h.Slack.ResponseURL("sm-again")
	h.Slack.Send(map[string]any{"envelope_id": "env-int-3", "type": "interactive", "payload": payload})
	h.Slack.WaitAck("env-int-3")
	h.Slack.WaitFor(1, "response/sm-again")
}
