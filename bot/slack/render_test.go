package slack

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

func TestEscapeAndMrkdwn(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<!channel> & <@U1>", "&lt;!channel&gt; &amp; &lt;@U1&gt;"},
		{"**bold** and __this__", "*bold* and *this*"},
		{"see [the forum](https://example.org/a?b=1&c=2)", "see <https://example.org/a?b=1&amp;c=2|the forum>"},
		{"## Heading\ntext", "*Heading*\ntext"},
		{"[x](javascript:alert(1))", "[x](javascript:alert(1))"},
	} {
		if got := mrkdwn(tt.in); got != tt.want {
			t.Errorf("mrkdwn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanQuestion(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<@U0BOT> Will Russia hire workers?", "Will Russia hire workers?"},
		{"<@U0BOT|dossier> what about <https://example.org|this link> &amp; that?", "what about this link & that?"},
		{"<!channel> <!here> <#C123|general> labour?", "labour?"},
		{"   ", ""},
	} {
		if got := cleanQuestion(tt.in); got != tt.want {
			t.Errorf("cleanQuestion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseCommand(t *testing.T) {
	for _, tt := range []struct {
		in, sub, rest string
		share         bool
	}{
		{"ask Will Russia hire workers?", "ask", "Will Russia hire workers?", false},
		{"ASK --share labour", "ask", "labour", true},
		{"", "help", "", false},
		{"summary --full labour", "summary", "--full labour", false},
	} {
		sub, rest, share := parseCommand(tt.in)
		if sub != tt.sub || rest != tt.rest || share != tt.share {
			t.Errorf("parseCommand(%q) = %q %q %v", tt.in, sub, rest, share)
		}
	}
}

// Block Kit's limits are met by splitting, never by failing: no text over
// 3,000 characters, no message over 50 blocks, no button value over 2,000.
func TestBlockKitLimits(t *testing.T) {
	long := strings.Repeat("North Korea has vast stockpiles of munitions and a massive arms industry [1]. ", 200)
	var cs []bot.Citation
	for i := range 60 {
		cs = append(cs, bot.Citation{N: i + 1, ID: "s#p1", Source: "S", Author: "A", Publisher: "P", Published: "2022-10", Text: strings.Repeat("word ", 400)})
	}
	a := &bot.Answer{Question: strings.Repeat("q", 2000), Text: long, Citations: cs, Note: "n"}
	blocks := answerBlocks(a, true)
	messages := splitBlocks(blocks)
	if len(messages) < 2 {
		t.Errorf("%d blocks in %d message(s)", len(blocks), len(messages))
	}
	for _, m := range messages {
		if len(m) > maxBlocks {
			t.Errorf("a message of %d blocks", len(m))
		}
	}
	data, _ := json.Marshal(blocks)
	var raw []map[string]any
	json.Unmarshal(data, &raw)
	for _, b := range raw {
		checkTexts(t, b)
	}
	for _, b := range blocks {
		if ab, ok := b.(*slack.ActionBlock); ok {
			for _, e := range ab.Elements.ElementSet {
				if v := e.(*slack.ButtonBlockElement).Value; utf8.RuneCountInString(v) > maxValue {
					t.Errorf("button value of %d characters", utf8.RuneCountInString(v))
				}
			}
		}
	}
}

func checkTexts(t *testing.T, v any) {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["text"].(string); ok && utf8.RuneCountInString(s) > maxText {
			t.Errorf("a text of %d characters", utf8.RuneCountInString(s))
		}
		for _, y := range x {
			checkTexts(t, y)
		}
	case []any:
		for _, y := range x {
			checkTexts(t, y)
		}
	}
}

func TestUnsupportedSentencesAreMarked(t *testing.T) {
	a := &bot.Answer{Text: "As of October 2022:\n\nWorkers may come [1]. Tanks crossed the river [1].", Unsupported: []string{"Tanks crossed the river."}}
	text := mrkdwn(markUnsupported(a.Text, a.Unsupported))
	if !strings.Contains(text, "Tanks crossed the river [1]."+unsupportedMk) || strings.Contains(text, "Workers may come [1]."+unsupportedMk) || !strings.HasPrefix(text, "As of October 2022:\n\n") {
		t.Errorf("%q", text)
	}
}
