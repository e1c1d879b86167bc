package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSlashTimelineAndClaims(t *testing.T) {
	h := newHarness(t, nil)
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
		status, imm, resp := h.command(tt.text, "U1", "C1")
		raw, _ := json.Marshal(imm)
		if status != 200 || !strings.Contains(string(raw), "Looking") {
			t.Errorf("%q: %d %s", tt.text, status, raw)
			continue
		}
		c := h.slack.WaitFor(1, resp)[0]
		if !contains(c.Param("blocks"), tt.later...) {
			t.Errorf("%q: response %s", tt.text, c.Param("blocks"))
		}
	}
	_, imm, _ := h.command("help", "U1", "C1")
	raw, _ := json.Marshal(imm)
	if !contains(string(raw), "timeline [TOPIC]", "claims [TOPIC]") {
		t.Errorf("help does not list timeline and claims: %s", raw)
	}
}

func TestSlackShowsReliability(t *testing.T) {
	h := newHarness(t, nil)
	_, _, resp := h.command("ask Will Russia hire North Korean workers?", "U1", "C1")
	if c := h.slack.WaitFor(1, resp)[0]; !strings.Contains(c.Param("blocks"), "reliability B (usually reliable)") {
		t.Errorf("answer without the grade: %s", c.Param("blocks"))
	}
	h.sendEvent(map[string]any{"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": newTS()})
	c := h.slack.WaitFor(1, "views.publish")[0]
	if !contains(c.Param("view"), "reliability B (usually reliable)", "timeline [TOPIC]", "claims [TOPIC]") {
		t.Errorf("home %s", c.Param("view"))
	}
}
