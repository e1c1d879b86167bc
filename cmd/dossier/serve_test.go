package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
)

func TestMentionIsAnsweredInAThread(t *testing.T) {
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

func TestDirectMessageIsAnsweredInTheDM(t *testing.T) {
	h := newHarness(t, nil)
	ts := newTS()
	h.sendEvent(map[string]any{"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "text": "Who wrote the article?", "ts": ts})
	post := h.waitPosts("D1", 1)[0]
	if post.Param("thread_ts") != "" || !contains(post.Param("blocks"), "#p18") {
		t.Errorf("DM answer: thread_ts %q, blocks %s", post.Param("thread_ts"), post.Param("blocks"))
	}
}

func TestThreadFollowUpNeedsNoMention(t *testing.T) {
	h := newHarness(t, nil)
	m := mention("C1", "U1", "Will Russia hire North Korean workers?")
	h.sendEvent(m)
	h.waitPosts("C1", 1)
	h.sendEvent(map[string]any{"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1",
		"text": "And how many could come?", "ts": newTS(), "thread_ts": m["ts"]})
	post := h.waitPosts("C1", 2)[1]
	if post.Param("thread_ts") != m["ts"] || !contains(post.Param("blocks"), "#p12") {
		t.Errorf("follow-up: thread %q blocks %s", post.Param("thread_ts"), post.Param("blocks"))
	}
	// a thread the bot never answered in: not its business
	h.sendEvent(map[string]any{"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1",
		"text": "And how many could come?", "ts": newTS(), "thread_ts": "1700000000.000001"})
	// a channel message outside any thread
	h.sendEvent(map[string]any{"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1", "text": "labour?", "ts": newTS()})
	settle()
	if n := len(h.posts("C1")); n != 2 {
		t.Errorf("%d messages, want 2", n)
	}
}

func TestRetriesAndDuplicatesAnswerOnce(t *testing.T) {
	h := newHarness(t, nil)
	m := mention("C1", "U1", "Is the Khasan–Rajin railway open?")
	body, _ := event(m)
	for i := range 3 {
		extra := []string{}
		if i > 0 {
			extra = []string{"X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"}
		}
		if status, _ := h.signedPost("/slack/events", "application/json", body, extra...); status != http.StatusOK {
			t.Fatalf("delivery %d: status %d", i, status)
		}
	}
	// the same message as a message event, with its own event_id
	h.sendEvent(map[string]any{"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1", "text": m["text"], "ts": m["ts"]})
	h.waitPosts("C1", 1)
	settle()
	if n := len(h.posts("C1")); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
}

func TestBadSignaturesAreRefused(t *testing.T) {
	h := newHarness(t, nil)
	body, _ := event(mention("C1", "U1", "labour?"))
	stale := sign(body, time.Now().Add(-6*time.Minute), secret)
	wrong := sign(body, time.Now(), "not-the-secret")
	for name, hdr := range map[string]http.Header{"missing": {}, "wrong": wrong, "stale": stale} {
		for _, path := range []string{"/slack/events", "/slack/commands", "/slack/interactions"} {
			if status, _ := h.post(path, "application/json", body, hdr); status != http.StatusUnauthorized {
				t.Errorf("%s signature on %s: status %d, want 401", name, path, status)
			}
		}
	}
	settle()
	if m := h.slack.Methods(); len(m) != 1 {
		t.Errorf("a refused request caused Slack calls: %v", m)
	}
}

func TestHTTPEdges(t *testing.T) {
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
	settle()
	if m := h.slack.Methods(); len(m) != 1 {
		t.Errorf("Slack calls: %v", m)
	}
}

func TestBotMessagesAreIgnored(t *testing.T) {
	h := newHarness(t, nil)
	own := mention("C1", fakeslack.BotUserID, "labour?")
	other := mention("C1", "U9", "labour?")
	other["bot_id"] = "B0OTHER"
	h.sendEvent(own)
	h.sendEvent(other)
	h.sendEvent(map[string]any{"type": "message", "subtype": "bot_message", "channel_type": "im", "channel": "D1", "bot_id": "B0OTHER", "text": "labour?", "ts": newTS()})
	h.sendEvent(map[string]any{"type": "message", "subtype": "message_changed", "channel_type": "im", "channel": "D1", "ts": newTS(),
		"message": map[string]any{"user": "U1", "text": "labour?", "ts": newTS()}})
	h.sendEvent(map[string]any{"type": "message", "subtype": "message_deleted", "channel_type": "im", "channel": "D1", "ts": newTS(), "deleted_ts": "1.2"})
	settle()
	if m := h.slack.Methods(); len(m) != 1 {
		t.Errorf("Slack calls: %v", m)
	}
}

// Nothing a user writes can ping anyone: <!channel>, <!here>, <@U…> are
// escaped wherever they are echoed.
func TestUserTextIsEscaped(t *testing.T) {
	h := newHarness(t, nil)
	h.sendEvent(mention("C1", "U1", "<!channel> <!here> <@U0ABC> what about Iran & tanks?"))
	_, _, resp := h.command("ask --share <!channel> <@U0ABC> Iran?", "U1", "C2")
	h.waitPosts("C1", 1)
	h.slack.WaitFor(1, resp)
	settle()
	for _, c := range h.slack.Calls() {
		for _, field := range []string{c.Param("text"), c.Param("blocks")} {
			for _, ping := range []string{"<!channel>", "<!here>", "<@U0ABC>"} {
				if strings.Contains(field, ping) {
					t.Errorf("%s echoed %s: %s", c.Method, ping, field)
				}
			}
		}
	}
	if !contains(h.slack.Calls(resp)[0].Param("blocks"), "&lt;!channel&gt;") {
		t.Errorf("the question is not echoed escaped: %s", h.slack.Calls(resp)[0].Param("blocks"))
	}
}

func TestSlashCommands(t *testing.T) {
	h := newHarness(t, nil)
	for _, tt := range []struct {
		text      string
		immediate string // in the immediate response
		later     string // in the response_url post ("" when none)
		inChannel bool
	}{
		{"help", "summary [--full]", "", false},
		{"", "summary [--full]", "", false},
		{"frobnicate", "summary [--full]", "", false},
		{"sources", "The revival of the Russia–North Korea alliance", "", false},
		{"ask Will Russia hire North Korean workers?", "Looking", "#p1", false},
		{"ask --share Will Russia hire North Korean workers?", "Looking", "#p1", true},
		{"ask", "the question is empty", "", false},
		{"summary", "Looking", "Summary of the knowledge base", false},
		{"summary --full labour", "Looking", "What the sources say about *labour*", false},
		{"summary Iran", "Looking", "nothing on: Iran", false},
		{"digest", "Looking", "not configured", false},
	} {
		status, imm, resp := h.command(tt.text, "U1", "C1")
		raw, _ := json.Marshal(imm)
		if status != 200 || !strings.Contains(string(raw), tt.immediate) {
			t.Errorf("%q: %d %s", tt.text, status, raw)
			continue
		}
		if tt.later == "" {
			continue
		}
		c := h.slack.WaitFor(1, resp)[0]
		if !strings.Contains(c.Param("blocks"), tt.later) {
			t.Errorf("%q: response %s", tt.text, c.Param("blocks"))
		}
		want := "ephemeral"
		if tt.inChannel {
			want = "in_channel"
		}
		if c.Param("response_type") != want {
			t.Errorf("%q: response_type %q, want %q", tt.text, c.Param("response_type"), want)
		}
	}
}

func TestFeedbackIsRecordedAndAcknowledgedPrivately(t *testing.T) {
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
	settle()
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

func TestAllowListAndRateLimit(t *testing.T) {
	h := newHarness(t, map[string]string{"DOSSIER_ALLOWED_CHANNELS": "C1", "DOSSIER_USER_RATE": "2"})
	h.sendEvent(mention("C9", "U1", "labour?"))
	h.sendEvent(mention("C9", "U1", "labour?"))
	if p := h.waitPosts("C9", 1)[0]; !strings.Contains(p.Param("blocks"), "not enabled here") {
		t.Errorf("not-enabled reply: %s", p.Param("blocks"))
	}
	for range 3 {
		h.sendEvent(mention("C1", "U2", "Will Russia hire North Korean workers?"))
	}
	h.waitPosts("C1", 2)
	eph := h.slack.WaitFor(1, "chat.postEphemeral")[0]
	if eph.Param("user") != "U2" || !strings.Contains(eph.Param("text"), "try again in") {
		t.Errorf("rate limit message %v", eph.Params)
	}
	settle()
	if n, m := len(h.posts("C9")), len(h.posts("C1")); n != 1 || m != 2 {
		t.Errorf("%d replies in C9 (want 1), %d answers in C1 (want 2)", n, m)
	}
}

func TestRedisStoppedMidTest(t *testing.T) {
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

// The model stalling 10 s: the HTTP ack returns at once, the answer follows.
func TestSlowModelDoesNotDelayTheAck(t *testing.T) {
	t.Parallel()
	llm := openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		return openaitest.Reply{Stall: 10 * time.Second, Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]."}
	}
	h := newHarness(t, map[string]string{"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL})
	start := time.Now()
	status, _ := h.sendEvent(mention("C1", "U1", "How many North Korean workers may Russia invite?"))
	acked := time.Since(start)
	if status != 200 || acked > 2*time.Second {
		t.Fatalf("ack %d after %v", status, acked)
	}
	post := h.waitPosts("C1", 1)[0]
	if time.Since(start) < 10*time.Second || !strings.Contains(post.Param("blocks"), "Between 20,000 and 50,000") {
		t.Errorf("the model's answer did not follow: %s", post.Param("blocks"))
	}
}

func TestHomeTab(t *testing.T) {
	h := newHarness(t, nil)
	h.sendEvent(map[string]any{"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": newTS()})
	c := h.slack.WaitFor(1, "views.publish")[0]
	if c.Param("user_id") != "U1" || !contains(c.Param("view"), "The revival of the Russia–North Korea alliance", "October 2022 (inferred)", "Try asking") {
		t.Errorf("home %v", c.JSON)
	}
}

func TestSlackAPIErrors(t *testing.T) {
	h := newHarness(t, nil)
	h.slack.Fail("chat.postMessage", fakeslack.Failure{Status: 429, RetryAfter: "1"})
	h.sendEvent(mention("C1", "U1", "Who wrote the article?"))
	h.waitPosts("C1", 1) // the 429, then the retry
	if n := len(h.slack.Calls("chat.postMessage")); n != 2 {
		t.Errorf("%d posts tried, want the 429 and its retry", n)
	}
	h.slack.Fail("chat.postMessage", fakeslack.Failure{Error: "not_in_channel"})
	h.sendEvent(mention("C3", "U1", "Who wrote the article?"))
	h.waitAttempts("C3", 1)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(h.logs.String(), "invite the bot to the channel") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if !contains(h.logs.String(), "not_in_channel", "invite the bot to the channel") {
		t.Errorf("no hint logged:\n%s", h.logs.String())
	}
}
