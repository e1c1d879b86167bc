package slack_test

import (
	"testing"

	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

func TestHomeTab(t *testing.T) {
	h := start(t, setup{})
	h.SendEvent(map[string]any{"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": slacktest.NewTS()})
	c := h.Slack.WaitFor(1, "views.publish")[0]
	if c.Param("user_id") != "U1" || !contains(c.Param("view"), "The revival of the Russia–North Korea alliance", "October 2022 (inferred)", "Try asking") {
		t.Errorf("home %v", c.JSON)
	}
}
