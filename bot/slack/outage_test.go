package slack_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
)

// Sharing an answer in the channel outlasts Slack failing for a while (a
// 500, then a 429): the answer is posted once, after the failures.
func TestShareOutlastsSlackErrors(t *testing.T) {
	h := start(t, setup{})
	_, _, resp := h.Command("ask Will Russia hire North Korean workers?", "U1", "C1")
	value := shareValue(t, h.Slack.WaitFor(1, resp)[0].Param("blocks"))
	h.Slack.Fail("chat.postMessage", fakeslack.Failure{Status: http.StatusInternalServerError}, fakeslack.Failure{Status: http.StatusTooManyRequests, RetryAfter: "1"})
	if status := clickShare(h, value, "U1", "C1", "sh1"); status != 200 {
		t.Fatalf("status %d", status)
	}
	post := h.WaitPosts("C1", 1)[0]
	if !contains(post.Param("blocks"), "Shared by", "#p12") {
		t.Errorf("shared %v", post.Params)
	}
	h.Idle()
	if n, tried := len(h.Posts("C1")), len(h.Slack.Calls("chat.postMessage")); n != 1 || tried != 3 {
		t.Errorf("%d posted of %d tried; want 1 of 3 (a 500, a 429, then the post)", n, tried)
	}
	if r := h.Slack.WaitFor(1, "response/sh1")[0]; r.Param("delete_original") != "true" {
		t.Errorf("the private copy is not removed: %v", r.JSON)
	}
}

// The digest's post outlasts Slack failing for a while, and a permanent
// error ends it at once with the admin's hint.
func TestDigestPostOutlastsSlackErrors(t *testing.T) {
	h := start(t, setup{})
	d := &bot.DigestContent{Since: time.Now().Add(-24 * time.Hour), Until: time.Now(), Questions: 3,
		Topics: []bot.TopicCount{{Topic: "labour", N: 3}}}
	h.Slack.Fail("chat.postMessage", fakeslack.Failure{Status: http.StatusBadGateway}, fakeslack.Failure{Status: http.StatusServiceUnavailable},
		fakeslack.Failure{Status: http.StatusTooManyRequests, RetryAfter: "1"})
	if err := h.Bot.PostDigest(context.Background(), "C7", d, time.Now()); err != nil {
		t.Fatalf("PostDigest: %v", err)
	}
	if n, tried := len(h.Posts("C7")), len(h.Slack.Calls("chat.postMessage")); n != 1 || tried != 4 {
		t.Errorf("%d posted of %d tried; want 1 of 4 (502, 503, 429, then the post)", n, tried)
	}
	h.Slack.Fail("chat.postMessage", fakeslack.Failure{Error: "not_in_channel"})
	err := h.Bot.PostDigest(context.Background(), "C8", d, time.Now())
	if err == nil || !strings.Contains(err.Error(), "not_in_channel") {
		t.Errorf("PostDigest into a channel the bot is not in: %v", err)
	}
	if tried := len(h.Slack.Calls("chat.postMessage")); tried != 5 {
		t.Errorf("%d posts tried; a permanent error is not retried", tried)
	}
}
