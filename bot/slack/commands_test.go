package slack_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/digest"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

func TestSlashCommands(t *testing.T) {
	h := start(t, setup{})
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
		status, imm, resp := h.Command(tt.text, "U1", "C1")
		raw, _ := json.Marshal(imm)
		if status != 200 || !strings.Contains(string(raw), tt.immediate) {
			t.Errorf("%q: %d %s", tt.text, status, raw)
			continue
		}
		if tt.later == "" {
			continue
		}
		c := h.Slack.WaitFor(1, resp)[0]
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
func TestSlashTimelineAndClaims(t *testing.T) {
	h := start(t, setup{})
	for _, tt := range []struct {
		text  string
		later []string // in the response_url post
	}{
		{"timeline", []string{"Timeline", "2022-02-24", "February 24, 2022", "reliability B"}},
		{"timeline labour", []string{"no dated events"}},
		{"timeline Iran", []string{"nothing on: Iran"}},
		{"claims", []string{"Who says what", "The Pentagon", "claims", "disputed: Russia’s envoy to the UN"}},
		{"claims ammunition", []string{"The Pentagon"}},
		{"claims Iran", []string{"nothing on: Iran"}},
	} {
		status, imm, resp := h.Command(tt.text, "U1", "C1")
		raw, _ := json.Marshal(imm)
		if status != 200 || !strings.Contains(string(raw), "Looking") {
			t.Errorf("%q: %d %s", tt.text, status, raw)
			continue
		}
		c := h.Slack.WaitFor(1, resp)[0]
		if !contains(c.Param("blocks"), tt.later...) {
			t.Errorf("%q: response %s", tt.text, c.Param("blocks"))
		}
	}
	_, imm, _ := h.Command("help", "U1", "C1")
	raw, _ := json.Marshal(imm)
	if !contains(string(raw), "timeline [TOPIC]", "claims [TOPIC]") {
		t.Errorf("help does not list timeline and claims: %s", raw)
	}
}

func TestSlackShowsReliability(t *testing.T) {
	h := start(t, setup{})
	_, _, resp := h.Command("ask Will Russia hire North Korean workers?", "U1", "C1")
	if c := h.Slack.WaitFor(1, resp)[0]; !strings.Contains(c.Param("blocks"), "reliability B (usually reliable)") {
		t.Errorf("answer without the grade: %s", c.Param("blocks"))
	}
	h.SendEvent(map[string]any{"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": slacktest.NewTS()})
	c := h.Slack.WaitFor(1, "views.publish")[0]
	if !contains(c.Param("view"), "reliability B (usually reliable)", "timeline [TOPIC]", "claims [TOPIC]") {
		t.Errorf("home %s", c.Param("view"))
	}
}
func TestSlashDigestPreview(t *testing.T) {
	var sched *digest.Scheduler
	h := start(t, setup{preview: func(ctx context.Context) (*bot.DigestContent, error) { return sched.Preview(ctx) }})
	var err error
	if sched, err = digest.New(digest.Config{Channel: "CDIGEST"}, h.Engine, h.Store, nil); err != nil {
		t.Fatal(err)
	}
	h.SendEvent(slacktest.Mention("C1", "U1", "Has Iran sent drones to Russia?"))
	h.WaitPosts("C1", 1)
	_, _, resp := h.Command("digest", "U1", "C1")
	c := h.Slack.WaitFor(1, resp)[0]
	if b := c.Param("blocks"); !strings.Contains(b, "Preview of the next digest") || !strings.Contains(b, "Has Iran sent drones to Russia?") {
		t.Errorf("preview: %s", b)
	}
}
