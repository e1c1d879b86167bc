package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot"
)

// What a source writes never becomes a ping or a link in Slack.
func TestTimelineAndClaimsAreEscaped(t *testing.T) {
	tl := &bot.Timeline{Topic: "<!here>", Events: []bot.Event{{Date: "2020", DateText: "2020", Text: "In 2020 <!channel> met <@U123>.", ID: "x#p1", Source: "<https://evil|S>", Reliability: "C"}}}
	cs := &bot.Claims{Claims: []bot.Claim{{Claimant: "<!everyone>", Stance: "said", Text: "<https://evil|click>", ID: "x#p1", Source: "S",
		DisputedBy: []bot.ClaimRef{{Claimant: "<@U1>", Stance: "denied", ID: "x#p1"}}}}}
	for name, blocks := range map[string]any{"timeline": timelineBlocks(tl), "claims": claimsBlocks(cs)} {
		raw, _ := json.Marshal(blocks)
		for _, bad := range []string{"<!", "<@", "<https"} {
			if strings.Contains(string(raw), bad) {
				t.Errorf("%s: %q survived: %s", name, bad, raw)
			}
		}
	}
	raw, _ := json.Marshal(timelineBlocks(tl))
	if !strings.Contains(string(raw), "reliability C (fairly reliable)") {
		t.Errorf("timeline without the grade: %s", raw)
	}
}
