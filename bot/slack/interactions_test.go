package slack_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

func TestFeedbackIsRecordedAndAcknowledgedPrivately(t *testing.T) {
	h := start(t, setup{})
	m := slacktest.Mention("C1", "U1", "Will Russia hire North Korean workers?")
	h.SendEvent(m)
	post := h.WaitPosts("C1", 1)[0]
	value := slacktest.FeedbackValue(post.Param("blocks"))
	if value == "" {
		t.Fatalf("no feedback buttons in %s", post.Param("blocks"))
	}
	click := slacktest.FeedbackClick("U7", "C1", m["ts"].(string), h.Slack.ResponseURL("fb1"), value)
	for range 2 { // a double click counts once
		if status, _ := h.SignedPost("/slack/interactions", "application/x-www-form-urlencoded", click); status != 200 {
			t.Fatalf("status %d", status)
		}
	}
	ack := h.Slack.WaitFor(1, "response/fb1")[0]
	if ack.Param("response_type") != "ephemeral" || ack.Param("replace_original") != "false" || !strings.Contains(ack.Param("text"), "Thanks") {
		t.Errorf("ack %v", ack.JSON)
	}
	h.Idle()
	events, err := h.Store.Since(t.Context(), time.Now().Add(-time.Minute))
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

// shareValue finds the "Share in channel" button's value in blocks.
func shareValue(t *testing.T, blocks string) string {
	t.Helper()
	var bs []map[string]any
	json.Unmarshal([]byte(blocks), &bs)
	for _, b := range bs {
		if b["type"] != "actions" {
			continue
		}
		for _, e := range b["elements"].([]any) {
			if el := e.(map[string]any); el["action_id"] == "share_answer" {
				return el["value"].(string)
			}
		}
	}
	t.Fatalf("no share button in %s", blocks)
	return ""
}

func clickShare(h *slacktest.Harness, value, user, channel, respID string) int {
	return interact(h, map[string]any{
		"type": "block_actions", "user": map[string]any{"id": user}, "team": map[string]any{"id": fakeslack.TeamID},
		"channel": map[string]any{"id": channel}, "response_url": h.Slack.ResponseURL(respID),
		"container": map[string]any{"type": "message", "is_ephemeral": true, "channel_id": channel},
		"actions":   []any{map[string]any{"action_id": "share_answer", "block_id": "share", "value": value, "type": "button"}},
	})
}

// A private answer shared: posted in the channel, attributed to the person
// who shared it, the private copy removed; a double click shares once.
func TestShareAPrivateAnswer(t *testing.T) {
	h := start(t, setup{})
	_, _, resp := h.Command("ask Will Russia hire North Korean workers?", "U1", "C1")
	private := h.Slack.WaitFor(1, resp)[0]
	if private.Param("response_type") != "ephemeral" {
		t.Fatalf("the answer is not private: %v", private.JSON)
	}
	value := shareValue(t, private.Param("blocks"))
	for range 2 {
		if status := clickShare(h, value, "U1", "C1", "sh1"); status != 200 {
			t.Fatalf("status %d", status)
		}
	}
	post := h.WaitPosts("C1", 1)[0]
	if !contains(post.Param("blocks"), "Shared by \\u003c@U1\\u003e", "Will Russia hire North Korean workers?", "#p12", "feedback_buttons") || post.Param("thread_ts") != "" {
		t.Errorf("shared %v", post.Params)
	}
	if strings.Contains(post.Param("blocks"), "share_answer") {
		t.Error("the shared answer has a share button")
	}
	del := h.Slack.WaitFor(1, "response/sh1")[0]
	if del.Param("delete_original") != "true" {
		t.Errorf("the private copy is not removed: %v", del.JSON)
	}
	h.Idle()
	if n := len(h.Posts("C1")); n != 1 {
		t.Errorf("%d posts after a double click, want 1", n)
	}
	// where the bot cannot post, the sharer is told privately
	h.Slack.Fail("chat.postMessage", fakeslack.Failure{Error: "not_in_channel"})
	clickShare(h, value, "U1", "C5", "sh2")
	if r := h.Slack.WaitFor(1, "response/sh2")[0]; r.Param("response_type") != "ephemeral" || !strings.Contains(r.Param("text"), "invite the bot") {
		t.Errorf("not-in-channel reply %v", r.JSON)
	}
}

// A share button's answer is kept for a day; once forgotten, the question
// is asked again rather than the click failing.
func TestShareAfterTheAnswerIsForgotten(t *testing.T) {
	h := start(t, setup{})
	value, _ := json.Marshal(map[string]string{"k": "shared:gone", "q": "Will Russia hire North Korean workers?"})
	clickShare(h, string(value), "U2", "C2", "sh3")
	if post := h.WaitPosts("C2", 1)[0]; !contains(post.Param("blocks"), "Shared by \\u003c@U2\\u003e", "#p12") {
		t.Errorf("shared %s", post.Param("blocks"))
	}
}

func shortcut(h *slacktest.Harness, text, user, channel, respID string) int {
	return interact(h, map[string]any{
		"type": "message_action", "callback_id": "ask_dossier", "trigger_id": "1.2.3", "user": map[string]any{"id": user},
		"team": map[string]any{"id": fakeslack.TeamID}, "channel": map[string]any{"id": channel}, "response_url": h.Slack.ResponseURL(respID),
		"message": map[string]any{"type": "message", "user": "U9", "ts": slacktest.NewTS(), "text": text},
	})
}

// "Ask Dossier about this": the message's text is the question, the answer
// private with the share button, which shares it.
func TestAskDossierAboutThisMessage(t *testing.T) {
	h := start(t, setup{allowChannels: []string{"C1"}})
	if status := shortcut(h, "<@U3> heard Russia may hire North Korean workers — is that so? <!channel>", "U1", "C1", "sc1"); status != 200 {
		t.Fatalf("status %d", status)
	}
	r := h.Slack.WaitFor(1, "response/sc1")[0]
	blocks := r.Param("blocks")
	if r.Param("response_type") != "ephemeral" || !contains(blocks, "#p12", "heard Russia may hire North Korean workers", "feedback_buttons") || strings.Contains(blocks, "!channel") {
		t.Fatalf("shortcut answer %v", r.JSON)
	}
	clickShare(h, shareValue(t, blocks), "U1", "C1", "sc2")
	if post := h.WaitPosts("C1", 1)[0]; !contains(post.Param("blocks"), "Shared by \\u003c@U1\\u003e", "#p12") {
		t.Errorf("shared %s", post.Param("blocks"))
	}
	// a message with no text, and a channel where the bot is not enabled
	shortcut(h, "", "U1", "C1", "sc3")
	if r := h.Slack.WaitFor(1, "response/sc3")[0]; !strings.Contains(r.Param("text"), "only ask about a message with text") {
		t.Errorf("empty message reply %v", r.JSON)
	}
	// a channel where the bot is not enabled, and an unknown shortcut:
	// acknowledged, nothing done
	if status := shortcut(h, "Will Russia hire North Korean workers?", "U1", "C9", "sc4"); status != 200 {
		t.Errorf("status %d", status)
	}
	if status := interact(h, map[string]any{"type": "message_action", "callback_id": "other", "response_url": h.Slack.ResponseURL("sc5"),
		"message": map[string]any{"text": "x"}}); status != 200 {
		t.Errorf("status %d", status)
	}
	h.Idle()
	if n := len(h.Slack.Calls("response/sc4", "response/sc5")); n != 0 {
		t.Errorf("%d replies to a shortcut outside the allowed channels or unknown", n)
	}
}

// A shortcut payload with a bad signature does nothing.
func TestShortcutWithBadSignatureIsRefused(t *testing.T) {
	h := start(t, setup{})
	data, _ := json.Marshal(map[string]any{"type": "message_action", "callback_id": "ask_dossier", "response_url": h.Slack.ResponseURL("bad"),
		"user": map[string]any{"id": "U1"}, "channel": map[string]any{"id": "C1"}, "message": map[string]any{"text": "Will Russia hire North Korean workers?"}})
	body := []byte(url.Values{"payload": {string(data)}}.Encode())
	if status, _ := h.Post("/slack/interactions", "application/x-www-form-urlencoded", body, slacktest.Sign(body, time.Now(), "wrong-slacktest.Secret")); status != 401 {
		t.Errorf("status %d, want 401", status)
	}
	h.Idle()
	if n := len(h.Slack.Calls("response/bad")); n != 0 {
		t.Errorf("%d replies to a forged shortcut", n)
	}
}

// Answers posted before feedback_buttons carry 👍 / 👎 buttons of their
// own; a click on one still counts.
func TestOldFeedbackButtonsStillCount(t *testing.T) {
	h := start(t, setup{})
	value, _ := json.Marshal(map[string]any{"q": "Will Russia hire North Korean workers?", "a": "Workers may come [1].", "p": []string{"x#p12"}})
	interact(h, map[string]any{
		"type": "block_actions", "user": map[string]any{"id": "U7"}, "team": map[string]any{"id": fakeslack.TeamID},
		"channel": map[string]any{"id": "C1"}, "response_url": h.Slack.ResponseURL("old"), "message": map[string]any{"ts": "1764100000.000009"},
		"actions": []any{map[string]any{"action_id": "feedback_down", "block_id": "feedback", "value": string(value), "type": "button"}},
	})
	h.Slack.WaitFor(1, "response/old")
	waitUntil(t, func() bool {
		events, _ := h.Store.Since(t.Context(), time.Now().Add(-time.Minute))
		for _, e := range events {
			if e.Vote == -1 && e.User == "U7" && e.Question == "Will Russia hire North Korean workers?" {
				return true
			}
		}
		return false
	})
}
