package slack_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

func TestMentionIsAnsweredInAThread(t *testing.T) {
	h := start(t, setup{})
	m := slacktest.Mention("C1", "U1", "Will North Korean workers be sent to Russia?")
	if status, _ := h.SendEvent(m); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	post := h.WaitPosts("C1", 1)[0]
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
	h.Slack.WaitFor(1, "reactions.remove")
	methods := strings.Join(h.Slack.Methods(), " ")
	if !contains(methods, "reactions.add chat.postMessage reactions.remove") {
		t.Errorf("calls %s: want 👀 added, the answer, 👀 removed", methods)
	}
	if r := h.Slack.Calls("reactions.add")[0]; r.Param("name") != "eyes" || r.Param("timestamp") != m["ts"] {
		t.Errorf("reaction %v", r.Params)
	}
}

func TestDirectMessageIsAnsweredInTheDM(t *testing.T) {
	h := start(t, setup{})
	ts := slacktest.NewTS()
	h.SendEvent(map[string]any{"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "text": "Who wrote the article?", "ts": ts})
	post := h.WaitPosts("D1", 1)[0]
	if post.Param("thread_ts") != "" || !contains(post.Param("blocks"), "#p18") {
		t.Errorf("DM answer: thread_ts %q, blocks %s", post.Param("thread_ts"), post.Param("blocks"))
	}
}

func TestThreadFollowUpNeedsNoMention(t *testing.T) {
	h := start(t, setup{})
	m := slacktest.Mention("C1", "U1", "Will Russia hire North Korean workers?")
	h.SendEvent(m)
	h.WaitPosts("C1", 1)
	h.SendEvent(map[string]any{"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1",
		"text": "And how many could come?", "ts": slacktest.NewTS(), "thread_ts": m["ts"]})
	post := h.WaitPosts("C1", 2)[1]
	if post.Param("thread_ts") != m["ts"] || !contains(post.Param("blocks"), "#p12") {
		t.Errorf("follow-up: thread %q blocks %s", post.Param("thread_ts"), post.Param("blocks"))
	}
	// a thread the bot never answered in: not its business
	h.SendEvent(map[string]any{"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1",
		"text": "And how many could come?", "ts": slacktest.NewTS(), "thread_ts": "1700000000.000001"})
	// a channel message outside any thread
	h.SendEvent(map[string]any{"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1", "text": "labour?", "ts": slacktest.NewTS()})
	h.Idle()
	if n := len(h.Posts("C1")); n != 2 {
		t.Errorf("%d messages, want 2", n)
	}
}

func TestRetriesAndDuplicatesAnswerOnce(t *testing.T) {
	h := start(t, setup{})
	m := slacktest.Mention("C1", "U1", "Is the Khasan–Rajin railway open?")
	body, _ := slacktest.Event(m)
	for i := range 3 {
		extra := []string{}
		if i > 0 {
			extra = []string{"X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"}
		}
		if status, _ := h.SignedPost("/slack/events", "application/json", body, extra...); status != http.StatusOK {
			t.Fatalf("delivery %d: status %d", i, status)
		}
	}
	// the same message as a message event, with its own event_id
	h.SendEvent(map[string]any{"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1", "text": m["text"], "ts": m["ts"]})
	h.WaitPosts("C1", 1)
	h.Idle()
	if n := len(h.Posts("C1")); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
}

func TestBotMessagesAreIgnored(t *testing.T) {
	h := start(t, setup{})
	own := slacktest.Mention("C1", fakeslack.BotUserID, "labour?")
	other := slacktest.Mention("C1", "U9", "labour?")
	other["bot_id"] = "B0OTHER"
	h.SendEvent(own)
	h.SendEvent(other)
	h.SendEvent(map[string]any{"type": "message", "subtype": "bot_message", "channel_type": "im", "channel": "D1", "bot_id": "B0OTHER", "text": "labour?", "ts": slacktest.NewTS()})
	h.SendEvent(map[string]any{"type": "message", "subtype": "message_changed", "channel_type": "im", "channel": "D1", "ts": slacktest.NewTS(),
		"message": map[string]any{"user": "U1", "text": "labour?", "ts": slacktest.NewTS()}})
	h.SendEvent(map[string]any{"type": "message", "subtype": "message_deleted", "channel_type": "im", "channel": "D1", "ts": slacktest.NewTS(), "deleted_ts": "1.2"})
	h.Idle()
	if m := h.Slack.Methods(); len(m) != 1 {
		t.Errorf("Slack calls: %v", m)
	}
}

// Nothing a user writes can ping anyone: <!channel>, <!here>, <@U…> are
// escaped wherever they are echoed.
func TestUserTextIsEscaped(t *testing.T) {
	h := start(t, setup{})
	h.SendEvent(slacktest.Mention("C1", "U1", "<!channel> <!here> <@U0ABC> what about Iran & tanks?"))
	_, _, resp := h.Command("ask --share <!channel> <@U0ABC> Iran?", "U1", "C2")
	h.WaitPosts("C1", 1)
	h.Slack.WaitFor(1, resp)
	h.Idle()
	for _, c := range h.Slack.Calls() {
		for _, field := range []string{c.Param("text"), c.Param("blocks")} {
			for _, ping := range []string{"<!channel>", "<!here>", "<@U0ABC>"} {
				if strings.Contains(field, ping) {
					t.Errorf("%s echoed %s: %s", c.Method, ping, field)
				}
			}
		}
	}
	if !contains(h.Slack.Calls(resp)[0].Param("blocks"), "&lt;!channel&gt;") {
		t.Errorf("the question is not echoed escaped: %s", h.Slack.Calls(resp)[0].Param("blocks"))
	}
}

func TestAllowListAndRateLimit(t *testing.T) {
	h := start(t, setup{allowChannels: []string{"C1"}, userRate: 2})
	h.SendEvent(slacktest.Mention("C9", "U1", "labour?"))
	h.SendEvent(slacktest.Mention("C9", "U1", "labour?"))
	if p := h.WaitPosts("C9", 1)[0]; !strings.Contains(p.Param("blocks"), "not enabled here") {
		t.Errorf("not-enabled reply: %s", p.Param("blocks"))
	}
	for range 3 {
		h.SendEvent(slacktest.Mention("C1", "U2", "Will Russia hire North Korean workers?"))
	}
	h.WaitPosts("C1", 2)
	eph := h.Slack.WaitFor(1, "chat.postEphemeral")[0]
	if eph.Param("user") != "U2" || !strings.Contains(eph.Param("text"), "try again in") {
		t.Errorf("rate limit message %v", eph.Params)
	}
	h.Idle()
	if n, m := len(h.Posts("C9")), len(h.Posts("C1")); n != 1 || m != 2 {
		t.Errorf("%d replies in C9 (want 1), %d answers in C1 (want 2)", n, m)
	}
}

// A model that has not answered yet does not hold up the HTTP ack: the
// model is held until the ack is in, then the answer follows.
func TestSlowModelDoesNotDelayTheAck(t *testing.T) {
	llm, free := heldModel(t)
	h := start(t, setup{model: llm})
	acked := make(chan int, 1)
	go func() {
		status, _ := h.SendEvent(slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?"))
		acked <- status
	}()
	select {
	case status := <-acked:
		if status != 200 {
			t.Fatalf("ack %d", status)
		}
	case <-time.After(slacktest.Wait):
		t.Fatal("the ack waited for the model")
	}
	waitUntil(t, func() bool { return len(llm.Requests()) > 0 }) // the model is working on it
	if n := len(h.Posts("C1")); n != 0 {
		t.Fatalf("%d posts before the model answered", n)
	}
	free()
	post := h.WaitPosts("C1", 1)[0]
	if !strings.Contains(post.Param("blocks"), "Between 20,000 and 50,000") {
		t.Errorf("the model's answer did not follow: %s", post.Param("blocks"))
	}
}

func TestSlackAPIErrors(t *testing.T) {
	h := start(t, setup{})
	h.Slack.Fail("chat.postMessage", fakeslack.Failure{Status: 429, RetryAfter: "1"})
	h.SendEvent(slacktest.Mention("C1", "U1", "Who wrote the article?"))
	h.WaitPosts("C1", 1) // the 429, then the retry
	if n := len(h.Slack.Calls("chat.postMessage")); n != 2 {
		t.Errorf("%d posts tried, want the 429 and its retry", n)
	}
	h.Slack.Fail("chat.postMessage", fakeslack.Failure{Error: "not_in_channel"})
	h.SendEvent(slacktest.Mention("C3", "U1", "Who wrote the article?"))
	h.Idle()
	if n := len(h.Posts("C3")); n != 0 {
		t.Errorf("%d posts counted in a channel the bot is not in", n)
	}
	if !contains(h.Logs.String(), "not_in_channel", "invite the bot to the channel") {
		t.Errorf("no hint logged:\n%s", h.Logs.String())
	}
}

// WaitIdle, which the tests rely on to show that nothing happened, waits
// for work in hand: not idle while the model holds an answer, idle once
// the answer is posted.
func TestWaitIdleWaitsForTheWorkInHand(t *testing.T) {
	llm, free := heldModel(t)
	h := start(t, setup{model: llm})
	h.Idle() // nothing asked yet
	h.SendEvent(slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?"))
	waitUntil(t, func() bool { return len(llm.Requests()) > 0 })
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if err := h.Bot.WaitIdle(ctx); err == nil {
		t.Fatal("idle while the model holds the answer")
	}
	free()
	h.Idle()
	if n := len(h.Posts("C1")); n != 1 {
		t.Errorf("idle with %d posts, want the answer", n)
	}
}

// heldModel is a model that holds every reply until free is called (or
// the test ends).
func heldModel(t *testing.T) (llm *openaitest.Server, free func()) {
	release := make(chan struct{})
	var once sync.Once
	free = func() { once.Do(func() { close(release) }) }
	t.Cleanup(free)
	llm = openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		<-release
		return openaitest.Reply{Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]."}
	}
	return llm, free
}
