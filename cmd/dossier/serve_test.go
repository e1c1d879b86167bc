package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
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
	value := slacktest.FeedbackValue(post.Param("blocks"))
	if value == "" {
		t.Fatalf("no feedback buttons in %s", post.Param("blocks"))
	}
	click := slacktest.FeedbackClick("U7", "C1", m["ts"].(string), h.slack.ResponseURL("fb1"), value)
	if status, _ := h.signedPost("/slack/interactions", "application/x-www-form-urlencoded", click); status != 200 {
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
