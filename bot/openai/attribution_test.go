package openai_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/openai"
	"github.com/dossier-bot/dossier/bot/openai/openaitest"
)

// A model answer must keep who claims what, and what is only possible:
// a claim or a hedge stated flatly is unsupported, and the answer falls
// back to the sources' own sentences.
func TestAttributionSurvivesTheModel(t *testing.T) {
	for _, tt := range []struct {
		name, question, reply string
		mode, note            string
		cites                 string // a phrase of the passage the model cites; "" for the Pentagon's or the workers'
	}{
		{"a flattened claim", "Did Russia ask North Korea for ammunition?",
			"Russia approached North Korea for ammunition [N].",
			bot.ModeExtractive, "states as fact what The Pentagon claims", ""},
		{"a dropped hedge", "How many North Korean workers might Russia invite?",
			"Between 20,000 and 50,000 DPRK workers will be invited to Russia [N].",
			bot.ModeExtractive, `holds only possible ("may")`, ""},
		{"correctly attributed", "Did Russia ask North Korea for ammunition?",
			"The Pentagon claims that Russia has approached North Korea for ammunition, but Russia's envoy called the claim “fake” [N].",
			bot.ModeLLM, "", ""},
		{"a hedge kept", "How many North Korean workers might Russia invite?",
			"Russia may invite between 20,000 and 50,000 DPRK workers [N].",
			bot.ModeLLM, "", ""},
		{"a dropped estimate", "Is it a formal alliance or a strategic alignment?",
			"The partnership is a strategic alignment rather than a formal alliance [N].",
			bot.ModeExtractive, `judges only "likely"`, "strategic alignment rather than"},
		{"an estimate kept", "How likely is it that North Korea would dispatch soldiers to Europe's war?",
			"North Korea is unlikely to dispatch its soldiers to Europe's most intense armed conflict since World War II [N].",
			bot.ModeLLM, "", "unlikely that North Korea"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := openaitest.New(t)
			// the model cites the passage that has the sentence it restates
			srv.Default = func(r openaitest.Request) openaitest.Reply {
				for _, m := range passageRE.FindAllStringSubmatch(r.User, -1) {
					if tt.cites == "" && (strings.Contains(m[3], "Pentagon") || strings.Contains(m[3], "20,000")) || tt.cites != "" && strings.Contains(m[3], tt.cites) {
						return openaitest.Reply{Text: strings.ReplaceAll(tt.reply, "[N]", "["+m[1]+"]")}
					}
				}
				return openaitest.Reply{Text: "NOT_COVERED"}
			}
			a := ask(t, newEngine(t, srv, openai.Config{Model: "m"}), tt.question)
			if a.Mode != tt.mode || !strings.Contains(a.Note, tt.note) || (tt.note == "" && a.Note != "") {
				t.Fatalf("mode %s note %q, want %s %q; answer %q", a.Mode, a.Note, tt.mode, tt.note, a.Text)
			}
			if tt.mode == bot.ModeLLM && len(a.Unsupported) > 0 {
				t.Errorf("unsupported %q", a.Unsupported)
			}
			if tt.mode == bot.ModeExtractive && strings.Contains(a.Text, strings.TrimSuffix(tt.reply, " [N].")) {
				t.Errorf("the flattened sentence was kept: %q", a.Text)
			}
		})
	}
}
