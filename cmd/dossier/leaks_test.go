package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

const curatedURL = "https://curated.example.org/heather"

// a source whose passage carries links of every kind and Slack's
// formatting characters; only its front matter's url may be a link
const linkySource = `---
id: heather-honey
title: Heather honey in Wales
author: A. Keeper
publisher: The Apiarist
published: 2024-08
url: ` + curatedURL + `
---
Beekeepers in Wales harvest heather honey in late August, when it is *thick*, _amber_ and ~slow~ to pour (` + "`jelly`" + `); see [the official guide](https://evil.example/md), <https://evil.example/slack|the forum> or https://evil.example/bare.

Heather honey sets like jelly because it is thixotropic: it must be pressed from the comb.
`

const linkyPassage = "Beekeepers in Wales harvest heather honey in late August, when it is *thick*, _amber_ and ~slow~ to pour (`jelly`); " +
	"see [the official guide](https://evil.example/md), <https://evil.example/slack|the forum> or https://evil.example/bare."

// the model cites the passage and adds links of its own
const linkyReply = "Beekeepers in Wales harvest heather honey in late August [1]. " +
	"See [the official source](https://evil.example/model), <https://evil.example/forum|this page> or https://evil.example/modelbare [1]."

// verbatimIn reports whether blocks hold want as one rich text element,
// unstyled, its invisible address breaks aside.
func verbatimIn(t *testing.T, blocks, want string) bool {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(blocks), &v); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	var found func(v any) bool
	found = func(v any) bool {
		switch x := v.(type) {
		case []any:
			for _, y := range x {
				if found(y) {
					return true
				}
			}
		case map[string]any:
			if text, ok := x["text"].(string); ok && x["type"] == "text" && strings.ReplaceAll(text, "\u2060", "") == want {
				style, _ := x["style"].(map[string]any)
				return len(style) == 0 || (len(style) == 1 && style["unlink"] == true)
			}
			for _, y := range x {
				if found(y) {
					return true
				}
			}
		}
		return false
	}
	return found(v)
}

// A model's answer and a source's passage with Markdown links, Slack
// links and bare addresses: in the answer, the streamed draft and the
// summary, nothing is clickable but the source's own url, and the
// passage, *, _, ~ and backticks included, is quoted as written.
func TestNoLinkButTheSourcesOwn(t *testing.T) {
	t.Parallel()
	llm := openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply { return openaitest.Reply{Text: linkyReply} }
	h := newHarnessKB(t, map[string]string{"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL, "OPENAI_STREAM": "true"},
		fstest.MapFS{"heather.md": {Data: []byte(linkySource)}})
	h.sendEvent(mention("C1", "U1", "When do beekeepers in Wales harvest heather honey?"))
	answer := h.waitPosts("C1", 1)[0].Param("blocks")
	_, _, resp := h.command("summary heather honey", "U1", "C1")
	summary := h.slack.WaitFor(1, resp)[0].Param("blocks")
	for name, blocks := range map[string]string{"answer": answer, "summary": summary} {
		if bad := fakeslack.OnlyLinks(blocks, curatedURL); len(bad) > 0 {
			t.Errorf("%s: clickable %q in %s", name, bad, blocks)
		}
		if !contains(blocks, curatedURL, "heather-honey#p1") || !verbatimIn(t, blocks, linkyPassage) {
			t.Errorf("%s: the source's link or the passage, verbatim, is missing: %s", name, blocks)
		}
	}
	if !strings.Contains(strings.ReplaceAll(answer, "\u2060", ""), "evil.example/model") {
		t.Errorf("the model's text is not in the answer (its addresses shown as text): %s", answer)
	}
	for _, c := range h.slack.Calls("chat.startStream", "chat.appendStream") {
		md, _ := json.Marshal([]map[string]string{{"type": "markdown", "text": c.Param("markdown_text")}})
		if bad := fakeslack.Links(string(md)); len(bad) > 0 {
			t.Errorf("streamed draft: clickable %q in %q", bad, c.Param("markdown_text"))
		}
	}
}

// feedbackPayload is a 👎 on an answer, as Slack sends it.
func feedbackPayload(h *harness, team, channel, user, respID string, value string) map[string]any {
	return map[string]any{
		"type": "block_actions", "user": map[string]any{"id": user}, "team": map[string]any{"id": team},
		"channel": map[string]any{"id": channel}, "response_url": h.slack.ResponseURL(respID),
		"message": map[string]any{"ts": slacktest.NewTS()},
		"actions": []any{map[string]any{"action_id": "feedback_down", "block_id": "feedback", "value": value, "type": "button"}},
	}
}

// Feedback, shares and shortcuts from a team or a channel outside the
// allow-lists, or naming a crafted channel, are acknowledged and ignored:
// no work is queued, nothing recorded, nothing posted.
func TestInteractionsFromOutsideAreIgnored(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"DOSSIER_ALLOWED_TEAMS": fakeslack.TeamID, "DOSSIER_ALLOWED_CHANNELS": "C1"})
	value, _ := json.Marshal(map[string]any{"v": -1, "q": "Will Russia hire North Korean workers?", "a": "Workers may come [1].", "p": []string{"x#p12"}})
	for i, p := range []map[string]any{
		feedbackPayload(h, "T0OTHER", "C1", "U7", "out1", string(value)),
		feedbackPayload(h, fakeslack.TeamID, "C9", "U7", "out2", string(value)),
		feedbackPayload(h, fakeslack.TeamID, "<!channel>", "U7", "out3", string(value)),
		{"type": "message_action", "callback_id": "ask_dossier", "user": map[string]any{"id": "U1"}, "team": map[string]any{"id": "T0OTHER"},
			"channel": map[string]any{"id": "C1"}, "response_url": h.slack.ResponseURL("out4"), "message": map[string]any{"text": "Will Russia hire North Korean workers?"}},
	} {
		before := h.svc.bot.Queued()
		if status := h.interact(p); status != 200 {
			t.Errorf("payload %d: status %d", i, status)
		}
		if n := h.svc.bot.Queued() - before; n != 0 {
			t.Errorf("payload %d: %d job(s) queued for an interaction from outside", i, n)
		}
	}
	// the same click from inside counts
	h.interact(feedbackPayload(h, fakeslack.TeamID, "C1", "U7", "in1", string(value)))
	h.slack.WaitFor(1, "response/in1")
	events, err := h.svc.store.Since(t.Context(), time.Now().Add(-time.Minute))
	if err != nil || len(events) != 1 || events[0].Channel != "C1" {
		t.Errorf("recorded %+v %v, want the one click from C1", events, err)
	}
	if n := len(h.slack.Calls("response/out1", "response/out2", "response/out3", "response/out4")); n != 0 {
		t.Errorf("%d replies to interactions from outside", n)
	}
}

// A slash command with a malformed ID is refused.
func TestCommandWithCraftedIDsIsRefused(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	form := url.Values{"command": {"/dossier"}, "text": {"ask x"}, "team_id": {fakeslack.TeamID}, "channel_id": {"<!channel>"},
		"user_id": {"U1"}, "response_url": {h.slack.ResponseURL("bad")}}
	before := h.svc.bot.Queued()
	if status, _ := h.signedPost("/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode())); status != http.StatusBadRequest {
		t.Errorf("status %d, want 400", status)
	}
	if h.svc.bot.Queued() != before {
		t.Error("work queued for a crafted command")
	}
}

// A signed mention, click or command naming a malformed ID is not
// dropped silently: each is logged (which field, never its value) and
// counted, and nothing is posted.
func TestMalformedIDsAreLoggedAndCounted(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	value, _ := json.Marshal(map[string]any{"v": -1, "q": "q", "a": "a", "p": []string{"x#p1"}})
	if status, _ := h.sendEvent(mention("C-BAD-1", "U1", "Will Russia hire North Korean workers?")); status != http.StatusOK {
		t.Fatalf("mention: status %d", status)
	}
	if status := h.interact(feedbackPayload(h, fakeslack.TeamID, "C1", "U1>x", "badclick", string(value))); status != http.StatusOK {
		t.Fatalf("click: status %d", status)
	}
	form := url.Values{"command": {"/dossier"}, "text": {"ask x"}, "team_id": {"T_1"}, "channel_id": {"C1"}, "user_id": {"U1"},
		"response_url": {h.slack.ResponseURL("badcmd")}}
	if status, _ := h.signedPost("/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode())); status != http.StatusBadRequest {
		t.Fatalf("command: status %d", status)
	}
	h.idle()
	if !metric(t, h.base, `dossier_requests_ignored_total{reason="malformed_ids"} 3`) {
		_, body := get(t, h.base+"/metrics")
		t.Errorf("not counted: %q", grep(body, "dossier_requests_ignored_total"))
	}
	logs := h.logs.String()
	for _, want := range []string{"kind=event fields=channel", "kind=interaction fields=user", "kind=command fields=team_id"} {
		if !strings.Contains(grep(logs, "level=WARN"), `msg="ignored a signed request Slack would not send" reason=malformed_ids `+want) {
			t.Errorf("no warning %q:\n%s", want, grep(logs, "ignored"))
		}
	}
	if strings.Contains(logs, "C-BAD-1") || strings.Contains(logs, "U1>x") {
		t.Error("a malformed value is logged")
	}
	if n := len(h.slack.Calls("chat.postMessage", "response/badclick", "response/badcmd")); n != 0 {
		t.Errorf("%d posts for malformed requests", n)
	}
}

var duplicateRE = regexp.MustCompile(`(?m)^dossier_dedupe_total\{result="duplicate"\} (\d+)$`)

func duplicates(t *testing.T, h *harness) int {
	_, body := get(t, h.base+"/metrics")
	m := duplicateRE.FindStringSubmatch(body)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// The same signed slash command sent twice within the replay window is
// answered once: the replay is acknowledged, and its work finds it done.
func TestReplayedCommandIsAnsweredOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	form := url.Values{"command": {"/dossier"}, "text": {"ask Will Russia hire North Korean workers?"}, "team_id": {fakeslack.TeamID},
		"channel_id": {"C1"}, "user_id": {"U1"}, "response_url": {h.slack.ResponseURL("replay")}, "trigger_id": {"1.2.3"}}
	body := []byte(form.Encode())
	hdr := sign(body, time.Now(), secret)
	for range 2 {
		if status, _ := h.post("/slack/commands", "application/x-www-form-urlencoded", body, hdr); status != 200 {
			t.Fatalf("status %d", status)
		}
	}
	h.slack.WaitFor(1, "response/replay")
	awaitCond(t, 10*time.Second, func() bool { return duplicates(t, h) >= 1 }, func() string { return "the replay was not seen" }) // the replay's work has run
	if n := len(h.slack.Calls("response/replay")); n != 1 {
		t.Errorf("%d answers to one command sent twice", n)
	}
	// the same command signed anew is a new request, answered again
	h.post("/slack/commands", "application/x-www-form-urlencoded", body, sign(body, time.Now().Add(time.Second), secret))
	h.slack.WaitFor(2, "response/replay")
}

// The same signed interaction (the message shortcut) sent twice within the
// replay window is handled once.
func TestReplayedInteractionIsHandledOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	payload, _ := json.Marshal(map[string]any{"type": "message_action", "callback_id": "ask_dossier", "trigger_id": "1.2.4",
		"user": map[string]any{"id": "U1"}, "team": map[string]any{"id": fakeslack.TeamID}, "channel": map[string]any{"id": "C1"},
		"response_url": h.slack.ResponseURL("replay-sc"), "message": map[string]any{"text": "Will Russia hire North Korean workers?"}})
	body := []byte(url.Values{"payload": {string(payload)}}.Encode())
	hdr := sign(body, time.Now(), secret)
	for range 2 {
		if status, _ := h.post("/slack/interactions", "application/x-www-form-urlencoded", body, hdr); status != 200 {
			t.Fatalf("status %d", status)
		}
	}
	h.slack.WaitFor(1, "response/replay-sc")
	awaitCond(t, 10*time.Second, func() bool { return duplicates(t, h) >= 1 }, func() string { return "the replay was not seen" })
	if n := len(h.slack.Calls("response/replay-sc")); n != 1 {
		t.Errorf("%d answers to one shortcut sent twice", n)
	}
}

// A response_url is a secret: a failed post to it is logged by its host.
func TestResponseURLIsNotLogged(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	dead := "http://127.0.0.1:" + freePort(t) + "/commands/T0DOSSIER/42/RESPONSEtokenXYZ"
	form := url.Values{"command": {"/dossier"}, "text": {"ask Will Russia hire North Korean workers?"}, "team_id": {fakeslack.TeamID},
		"channel_id": {"C1"}, "user_id": {"U1"}, "response_url": {dead}}
	h.signedPost("/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()))
	awaitCond(t, 10*time.Second, func() bool { return strings.Contains(h.logs.String(), "method=response_url") }, func() string { return "no response_url failure logged" })
	if logs := h.logs.String(); strings.Contains(logs, "RESPONSEtokenXYZ") {
		t.Errorf("the response_url's token is logged:\n%s", logs)
	}
}

// dossier config and a start-up error never show a password written in
// a URL.
func TestConfigRedactsURLCredentials(t *testing.T) {
	t.Parallel()
	env := map[string]string{"OPENAI_BASE_URL": "https://proxyuser:pw-s3cret@llm.example/v1", "SLACK_API_URL": "https://u:api-s3cret@slack.example/api/"}
	out, _, code := dossier(t, env, "config")
	if code != 0 || strings.Contains(out, "s3cret") || !strings.Contains(out, "llm.example/v1") {
		t.Errorf("config:\n%s", out)
	}
	env["OPENAI_BASE_URL"] = "ftp://proxyuser:pw-s3cret@llm.example/v1"
	env["SLACK_BOT_TOKEN"] = "xoxb-t"
	_, errs, _ := dossier(t, env, "serve")
	if strings.Contains(errs, "s3cret") || !strings.Contains(errs, "OPENAI_BASE_URL") {
		t.Errorf("serve: %s", errs)
	}
}

// An unsigned or stale request is refused on its headers: the server
// answers 401 without waiting for a body it was promised.
func TestUnsignedRequestsAreRefusedBeforeTheBody(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	stale := sign([]byte("x"), time.Now().Add(-10*time.Minute), secret)
	for name, hdr := range map[string]http.Header{"unsigned": {}, "stale": stale} {
		conn, err := net.Dial("tcp", h.svc.Addr())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n", 1<<20)
		for k, v := range hdr {
			fmt.Fprintf(conn, "%s: %s\r\n", k, v[0])
		}
		fmt.Fprint(conn, "\r\n{") // one byte of the promised mebibyte
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Errorf("%s: no answer before the body: %v", name, err)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", name, resp.StatusCode)
		}
	}
}

// A feedback value is capped: over Slack's 2,000 characters it is
// ignored; within them, what it carries is cut to what the bot writes.
func TestFeedbackValuesAreCapped(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	huge, _ := json.Marshal(map[string]any{"v": -1, "q": strings.Repeat("q", 2100), "a": "a", "p": []string{"x#p1"}})
	before := h.svc.bot.Queued()
	h.interact(feedbackPayload(h, fakeslack.TeamID, "C1", "U7", "huge", string(huge)))
	if h.svc.bot.Queued() != before {
		t.Error("work queued for a feedback value over 2,000 characters")
	}
	var ids []string
	for i := range 60 {
		ids = append(ids, "s#p"+strconv.Itoa(i))
	}
	long, _ := json.Marshal(map[string]any{"v": -1, "q": strings.Repeat("why ", 300), "a": "a", "p": ids})
	h.interact(feedbackPayload(h, fakeslack.TeamID, "C1", "U7", "long", string(long)))
	h.slack.WaitFor(1, "response/long")
	events, err := h.svc.store.Since(t.Context(), time.Now().Add(-time.Minute))
	if err != nil || len(events) != 1 {
		t.Fatalf("recorded %d events, %v", len(events), err)
	}
	if e := events[0]; len([]rune(e.Question)) > 300 || len(e.Passages) > 20 {
		t.Errorf("recorded a question of %d characters and %d passages", len([]rune(e.Question)), len(e.Passages))
	}
}
