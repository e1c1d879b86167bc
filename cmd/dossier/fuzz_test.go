package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"testing"
	"time"
)

// Signed bodies of any shape on the three Slack endpoints: always a 2xx or
// a 4xx, never a panic or a 5xx; a body that asks nothing of the bot
// queues no work, and so causes no Slack call (the handler itself calls
// nothing: every call happens in a queued job).
func FuzzSlackEndpoints(f *testing.F) {
	for _, seed := range []struct {
		path uint8
		body string
	}{
		{0, `{"type":"event_callback","event_id":"Ev1","event":{"type":"reaction_added"}}`},
		{0, `{"type":"event_callback","event":null}`},
		{0, `{"type":"url_verification","challenge":"c"}`},
		{0, `[]`},
		{1, `command=%2Fdossier&text=help&user_id=U1&channel_id=C1`},
		{1, `command=&text=`},
		{2, `payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5B%7B%22action_id%22%3A%22feedback_up%22%2C%22value%22%3A%22%7B%22%7D%5D%7D`},
		{2, `payload=not-json`},
	} {
		f.Add(seed.path, []byte(seed.body))
	}
	h := newHarness(f, nil)
	handler := h.svc.srv.Handler
	paths := []string{"/slack/events", "/slack/commands", "/slack/interactions"}
	f.Fuzz(func(t *testing.T, which uint8, body []byte) {
		path := paths[int(which)%len(paths)]
		before, queued := len(h.slack.Calls()), h.svc.bot.Queued()
		req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
		for k, v := range sign(body, time.Now(), secret) {
			req.Header[k] = v
		}
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		if rec.Code >= 500 || rec.Code < 200 {
			t.Fatalf("%s %q: status %d", path, body, rec.Code)
		}
		if !actionable(path, body) && (h.svc.bot.Queued() != queued || len(h.slack.Calls()) != before) {
			t.Fatalf("%s %q queued work or called Slack", path, body)
		}
	})
}

// actionable reports whether a body could make the bot act.
func actionable(path string, body []byte) bool {
	switch path {
	case "/slack/events":
		var v struct {
			Type  string `json:"type"`
			Event struct {
				Type string `json:"type"`
			} `json:"event"`
		}
		return json.Unmarshal(body, &v) == nil && v.Type == "event_callback" && slices.Contains([]string{"app_mention", "message", "app_home_opened", "assistant_thread_started", "assistant_thread_context_changed"}, v.Event.Type)
	case "/slack/commands":
		form, err := url.ParseQuery(string(body))
		return err == nil && form.Get("command") != ""
	}
	form, err := url.ParseQuery(string(body))
	return err == nil && form.Get("payload") != ""
}
