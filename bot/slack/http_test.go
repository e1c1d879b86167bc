package slack_test

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

func TestBadSignaturesAreRefused(t *testing.T) {
	h := start(t, setup{})
	body, _ := slacktest.Event(slacktest.Mention("C1", "U1", "labour?"))
	stale := slacktest.Sign(body, time.Now().Add(-6*time.Minute), slacktest.Secret)
	wrong := slacktest.Sign(body, time.Now(), "not-the-slacktest.Secret")
	for name, hdr := range map[string]http.Header{"missing": {}, "wrong": wrong, "stale": stale} {
		for _, path := range []string{"/slack/events", "/slack/commands", "/slack/interactions"} {
			if status, _ := h.Post(path, "application/json", body, hdr); status != http.StatusUnauthorized {
				t.Errorf("%s signature on %s: status %d, want 401", name, path, status)
			}
		}
	}
	h.Idle()
	if m := h.Slack.Methods(); len(m) != 1 {
		t.Errorf("a refused request caused Slack calls: %v", m)
	}
}

func TestHTTPEdges(t *testing.T) {
	h := start(t, setup{})
	challenge, _ := json.Marshal(map[string]string{"type": "url_verification", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "token": "x"})
	if status, body := h.SignedPost("/slack/events", "application/json", challenge); status != 200 || body != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification: %d %q", status, body)
	}
	if status, _ := h.SendEvent(map[string]any{"type": "reaction_added", "user": "U1", "reaction": "tada"}); status != 200 {
		t.Errorf("unknown event type: %d", status)
	}
	big := make([]byte, 1<<20+10)
	if status, _ := h.SignedPost("/slack/events", "application/json", big); status != http.StatusRequestEntityTooLarge {
		t.Errorf("a 1 MiB body: %d", status)
	}
	if status, _ := h.SignedPost("/slack/events", "application/json", []byte("{not json")); status != http.StatusBadRequest {
		t.Errorf("malformed JSON: %d", status)
	}
	// a signed body that is not what the endpoint takes: 400, nothing done
	for _, tt := range []struct{ path, body string }{
		{"/slack/events", `{"type": "event_callback", "event": "not an object"}`},
		{"/slack/events", `[1, 2]`},
		{"/slack/commands", "text=help"},
		{"/slack/commands", "%zz"},
		{"/slack/interactions", "payload=%7Bnot+json"},
		{"/slack/interactions", "other=1"},
	} {
		if status, _ := h.SignedPost(tt.path, "application/x-www-form-urlencoded", []byte(tt.body)); status != http.StatusBadRequest {
			t.Errorf("%s %q: status %d, want 400", tt.path, tt.body, status)
		}
	}
	// an event callback of a kind the bot does not act on: acknowledged
	if status, _ := h.SignedPost("/slack/events", "application/json", []byte(`{"type": "app_rate_limited", "minute_rate_limited": 1}`)); status != 200 {
		t.Errorf("app_rate_limited: %d", status)
	}
	h.Idle()
	if m := h.Slack.Methods(); len(m) != 1 {
		t.Errorf("Slack calls: %v", m)
	}
}
