package slack_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

// threadStarted is Slack's assistant_thread_started: the user opened the
// assistant pane (from channel ctx) and a thread began in the app's DM.
func threadStarted(dm, thread, user, ctx string) map[string]any {
	return map[string]any{"type": "assistant_thread_started", "event_ts": slacktest.NewTS(), "assistant_thread": map[string]any{
		"user_id": user, "channel_id": dm, "thread_ts": thread, "context": map[string]any{"channel_id": ctx, "team_id": fakeslack.TeamID}}}
}

// paneMessage is the user writing in an assistant thread.
func paneMessage(dm, thread, user, text string) map[string]any {
	return map[string]any{"type": "message", "channel_type": "im", "channel": dm, "user": user, "text": text, "ts": slacktest.NewTS(), "thread_ts": thread}
}

type prompt struct{ Title, Message string }

func prompts(t *testing.T, c fakeslack.Call) []prompt {
	t.Helper()
	var ps []prompt
	if err := json.Unmarshal([]byte(c.Param("prompts")), &ps); err != nil {
		t.Fatalf("prompts %q: %v", c.Param("prompts"), err)
	}
	return ps
}

// A thread started in the assistant pane: a greeting in the thread and
// the knowledge base's first four examples as suggested prompts.
func TestAssistantThreadStartedSuggestsPromptsFromTheSources(t *testing.T) {
	h := start(t, setup{})
	thread := slacktest.NewTS()
	if status, _ := h.SendEvent(threadStarted("D7", thread, "U1", "C42")); status != 200 {
		t.Fatalf("status %d", status)
	}
	c := h.Slack.WaitFor(1, "assistant.threads.setSuggestedPrompts")[0]
	kb, _ := knowledge.Load(sources.FS)
	want := kb.Examples(4)
	got := prompts(t, c)
	if len(got) != 4 || c.Param("channel_id") != "D7" || c.Param("thread_ts") != thread {
		t.Fatalf("prompts %+v in %v", got, c.Params)
	}
	for i, p := range got {
		if p.Message != want[i] || p.Title == "" {
			t.Errorf("prompt %d = %+v, want the example %q", i, p, want[i])
		}
	}
	greeting := h.WaitPosts("D7", 1)[0]
	if greeting.Param("thread_ts") != thread || !strings.Contains(greeting.Param("blocks"), "curated source") {
		t.Errorf("greeting %v", greeting.Params)
	}
	// the channel the pane was opened from is remembered for the thread
	v, ok, err := h.Store.Get(t.Context(), "assistant-context:"+fakeslack.TeamID+":D7:"+thread)
	if err != nil || !ok || string(v) != "C42" {
		t.Errorf("context %q %v %v", v, ok, err)
	}
	h.SendEvent(map[string]any{"type": "assistant_thread_context_changed", "event_ts": slacktest.NewTS(), "assistant_thread": map[string]any{
		"user_id": "U1", "channel_id": "D7", "thread_ts": thread, "context": map[string]any{"channel_id": "C43"}}})
	waitUntil(t, func() bool {
		v, _, _ := h.Store.Get(t.Context(), "assistant-context:"+fakeslack.TeamID+":D7:"+thread)
		return string(v) == "C43"
	})
	if n := len(h.Slack.Calls("assistant.threads.setSuggestedPrompts")); n != 1 {
		t.Errorf("a context change suggested prompts again (%d calls)", n)
	}
}

// A question in the pane: the thread is titled after it, the status line
// follows the answer's stages and is cleared, the answer is threaded, no
// 👀; a follow-up in the same thread uses the thread's memory.
func TestAssistantQuestionShowsStatusThenAnswersInTheThread(t *testing.T) {
	h := start(t, setup{})
	thread := slacktest.NewTS()
	h.SendEvent(threadStarted("D7", thread, "U1", "C42"))
	h.WaitPosts("D7", 1) // the greeting
	h.SendEvent(paneMessage("D7", thread, "U1", "Will Russia hire North Korean workers?"))
	answer := h.WaitPosts("D7", 2)[1]
	if answer.Param("thread_ts") != thread || !contains(answer.Param("blocks"), "#p12", "feedback_buttons") {
		t.Errorf("answer in thread %q: %s", answer.Param("thread_ts"), answer.Param("blocks"))
	}
	waitUntil(t, func() bool { return lastStatus(h) == "" && len(h.Slack.Calls("assistant.threads.setStatus")) >= 2 })
	var statuses []string
	for _, c := range h.Slack.Calls("assistant.threads.setStatus") {
		if c.Param("channel_id") != "D7" || c.Param("thread_ts") != thread {
			t.Errorf("status set on %v", c.Params)
		}
		statuses = append(statuses, c.Param("status"))
	}
	kb, _ := knowledge.Load(sources.FS)
	searching := fmt.Sprintf("Searching %d passages…", knowledge.NewIndex(kb).Len())
	if len(statuses) < 2 || statuses[0] != searching || statuses[len(statuses)-1] != "" {
		t.Errorf("statuses %q: want %q first, cleared last", statuses, searching)
	}
	titles := h.Slack.Calls("assistant.threads.setTitle")
	if len(titles) != 1 || titles[0].Param("title") != "Will Russia hire North Korean workers?" || titles[0].Param("thread_ts") != thread {
		t.Errorf("titles %v", titles)
	}
	if n := len(h.Slack.Calls("reactions.add")); n != 0 {
		t.Errorf("%d reactions in the assistant pane", n)
	}
	// the follow-up: answered from the thread's memory, the title kept
	h.SendEvent(paneMessage("D7", thread, "U1", "And how many could come?"))
	follow := h.WaitPosts("D7", 3)[2]
	if follow.Param("thread_ts") != thread || !contains(follow.Param("blocks"), "#p12") {
		t.Errorf("follow-up %s", follow.Param("blocks"))
	}
	waitUntil(t, func() bool { return lastStatus(h) == "" })
	if n := len(h.Slack.Calls("assistant.threads.setTitle")); n != 1 {
		t.Errorf("the title was set %d times", n)
	}
}

// A failure clears the status too: Slack refusing every answer post still
// leaves no "Searching…" behind.
func TestAssistantStatusClearedWhenPostingFails(t *testing.T) {
	h := start(t, setup{})
	thread := slacktest.NewTS()
	h.Slack.Fail("chat.postMessage", fakeslack.Failure{Error: "channel_not_found"})
	h.SendEvent(paneMessage("D8", thread, "U1", "Will Russia hire North Korean workers?"))
	waitUntil(t, func() bool { return len(h.Slack.Calls("assistant.threads.setStatus")) >= 2 && lastStatus(h) == "" })
}

func lastStatus(h *slacktest.Harness) string {
	cs := h.Slack.Calls("assistant.threads.setStatus")
	if len(cs) == 0 {
		return "none"
	}
	return cs[len(cs)-1].Param("status")
}

// Another knowledge base, other examples everywhere: help, the Home tab,
// the suggested prompts, the empty-question hint and the not-enabled
// message; none of the embedded source's.
func TestExamplesComeFromTheKnowledgeBase(t *testing.T) {
	bees := `---
id: heather-honey
title: Heather honey in Wales
author: A. Keeper
publisher: The Apiarist
published: 2024-08
examples:
  - When is heather honey harvested?
  - Why does heather honey set like jelly?
---
Beekeepers in Wales harvest heather honey in late August, when the moorland heather flowers.

Heather honey sets like jelly because it is thixotropic: it must be pressed from the comb.
`
	h := start(t, setup{allowChannels: []string{"C1"}, opts: slacktest.Options{Knowledge: fstest.MapFS{"heather.md": {Data: []byte(bees)}}}})
	everywhere := []string{}
	_, help, _ := h.Command("help", "U1", "C1")
	raw, _ := json.Marshal(help)
	everywhere = append(everywhere, string(raw))
	h.SendEvent(map[string]any{"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": slacktest.NewTS()})
	everywhere = append(everywhere, h.Slack.WaitFor(1, "views.publish")[0].Param("view"))
	h.SendEvent(threadStarted("D7", slacktest.NewTS(), "U1", "C1"))
	ps := prompts(t, h.Slack.WaitFor(1, "assistant.threads.setSuggestedPrompts")[0])
	if len(ps) != 2 || ps[0].Message != "When is heather honey harvested?" || ps[1].Message != "Why does heather honey set like jelly?" {
		t.Errorf("prompts %+v", ps)
	}
	h.SendEvent(slacktest.Mention("C1", "U1", ""))
	everywhere = append(everywhere, h.WaitPosts("C1", 1)[0].Param("blocks"))
	h.SendEvent(slacktest.Mention("C9", "U1", "When is heather honey harvested?"))
	everywhere = append(everywhere, h.WaitPosts("C9", 1)[0].Param("blocks"))
	for i, s := range everywhere {
		if !strings.Contains(s, "When is heather honey harvested?") || strings.Contains(s, "Korea") {
			t.Errorf("place %d: %s", i, s)
		}
	}
	// with no examples at all: generic questions the engine answers
	plain := strings.Replace(bees, "examples:\n  - When is heather honey harvested?\n  - Why does heather honey set like jelly?\n", "", 1)
	h2 := startBot(t, setup{opts: slacktest.Options{Knowledge: fstest.MapFS{"heather.md": {Data: []byte(plain)}}}})
	h2.SendEvent(threadStarted("D7", slacktest.NewTS(), "U1", "C1"))
	ps = prompts(t, h2.Slack.WaitFor(1, "assistant.threads.setSuggestedPrompts")[0])
	if len(ps) == 0 {
		t.Fatal("no prompts without examples")
	}
	for _, p := range ps {
		a, err := h2.Engine.Ask(t.Context(), botQuestion(p.Message))
		if err != nil || !a.Covered {
			t.Errorf("generic prompt %q is not answered: %+v %v", p.Message, a, err)
		}
	}
}

// Socket Mode serves the assistant's events and the message shortcut as
// HTTP does.
func TestAssistantOverSocketMode(t *testing.T) {
	h := start(t, setup{socketOnly: true})
	h.Slack.WaitFor(1, "apps.connections.open")
	thread := slacktest.NewTS()
	payload, _ := slacktest.Event(threadStarted("D7", thread, "U1", "C1"))
	h.Slack.Send(map[string]any{"envelope_id": "env-a1", "type": "events_api", "payload": json.RawMessage(payload)})
	h.Slack.WaitAck("env-a1")
	c := h.Slack.WaitFor(1, "assistant.threads.setSuggestedPrompts")[0]
	if c.Param("thread_ts") != thread || len(prompts(t, c)) != 4 {
		t.Errorf("prompts over Socket Mode: %v", c.Params)
	}
	payload, _ = slacktest.Event(paneMessage("D7", thread, "U1", "Will Russia hire North Korean workers?"))
	h.Slack.Send(map[string]any{"envelope_id": "env-a2", "type": "events_api", "payload": json.RawMessage(payload)})
	if a := h.WaitPosts("D7", 2)[1]; a.Param("thread_ts") != thread || !strings.Contains(a.Param("blocks"), "#p12") {
		t.Errorf("answer over Socket Mode: %v", a.Params)
	}
	if !slices.ContainsFunc(h.Slack.Calls("assistant.threads.setTitle"), func(c fakeslack.Call) bool { return c.Param("thread_ts") == thread }) {
		t.Error("no title over Socket Mode")
	}
	// the message shortcut, as an interactive envelope
	h.Slack.Send(map[string]any{"envelope_id": "env-a3", "type": "interactive", "payload": map[string]any{
		"type": "message_action", "callback_id": "ask_dossier", "user": map[string]any{"id": "U1"}, "team": map[string]any{"id": fakeslack.TeamID},
		"channel": map[string]any{"id": "C1"}, "response_url": h.Slack.ResponseURL("sm-sc"), "message": map[string]any{"text": "Will Russia hire North Korean workers?"}}})
	h.Slack.WaitAck("env-a3")
	if r := h.Slack.WaitFor(1, "response/sm-sc")[0]; r.Param("response_type") != "ephemeral" || !contains(r.Param("blocks"), "#p12", "share_answer") {
		t.Errorf("shortcut over Socket Mode: %v", r.JSON)
	}
}

func botQuestion(text string) bot.Question { return bot.Question{Text: text} }

// With a model, the pane's status follows every stage in order and the
// answer streams into the thread before the verified one replaces it.
func TestAssistantStatusFollowsTheModel(t *testing.T) {
	llm := pacedModel(t, streamedReply)
	h := start(t, setup{model: llm})
	thread := slacktest.NewTS()
	h.SendEvent(paneMessage("D7", thread, "U1", "How many North Korean workers may Russia invite?"))
	final := h.WaitPosts("D7", 1)[0]
	waitUntil(t, func() bool { return lastStatus(h) == "" })
	var statuses []string
	for _, c := range h.Slack.Calls("assistant.threads.setStatus") {
		statuses = append(statuses, c.Param("status"))
	}
	want := []string{"Searching", "Writing the answer…", "Checking citations…", ""}
	if len(statuses) != len(want) || !strings.HasPrefix(statuses[0], want[0]) || !slices.Equal(statuses[1:], want[1:]) {
		t.Errorf("statuses %q, want %q", statuses, want)
	}
	start := h.Slack.Calls("chat.startStream")
	if len(start) != 1 || start[0].Param("channel") != "D7" || start[0].Param("thread_ts") != thread {
		t.Fatalf("stream %v", h.Slack.Methods())
	}
	if final.Method != "chat.update" || final.Param("ts") != h.Slack.Calls("chat.stopStream")[0].Param("ts") || !strings.Contains(final.Param("blocks"), "#p12") {
		t.Errorf("final %s %v", final.Method, final.Params)
	}
}
