package slack

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// Nothing in Markdown from a model or a source becomes a link or a ping:
// links show their address as code, bare addresses are code, Slack's
// <!channel>, <@U…> and <http://…> lose their angle brackets, @here is
// broken; formatting is left to Slack's markdown block.
func TestSafeMarkdown(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<!channel> & <@U1>", "＜!channel＞ & ＜@U1＞"},
		{"**bold** and _italic_", "**bold** and _italic_"},
		{"see [the forum](https://example.org/a?b=1&c=2)", "see the forum (`https://example.org/a?b=1&c=2`)"},
		{"[x](javascript:alert(1))", "x (`javascript:alert(1`))"},
		{"![logo](https://evil.example/x.png) text", "logo text"},
		{"Visit https://evil.example/path, or www.evil.example.", "Visit `https://evil.example/path`, or `www.evil.example`."},
		{"mail mailto:a@evil.example now", "mail `mailto:a@evil.example` now"},
		{"go to evil.example/login today", "go to `evil.example/login` today"},
		{"claim [1]\n[1]: https://evil.example\nend", "claim [1]\n\nend"},
		{"<https://evil.example|official>", "＜`https://evil.example|official＞`"},
		{"hey @here and @Channel, @everyone", "hey @\u2060here and @\u2060Channel, @\u2060everyone"},
		{"`already https://code.example` ok", "`already https://code.example` ok"},
		{"20,000 to 50,000 workers [1][2]. E.g. in 2022.", "20,000 to 50,000 workers [1][2]. E.g. in 2022."},
	} {
		if got := safeMarkdown(tt.in); got != tt.want {
			t.Errorf("safeMarkdown(%q)\n = %q\nwant %q", tt.in, got, tt.want)
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
	feedback := 0
	for _, b := range blocks {
		if cb, ok := b.(*slack.ContextActionsBlock); ok {
			for _, e := range cb.Elements.ElementSet {
				fb := e.(*slack.FeedbackButtonsBlockElement)
				feedback++
				for _, v := range []string{fb.PositiveButton.Value, fb.NegativeButton.Value} {
					if utf8.RuneCountInString(v) > maxValue {
						t.Errorf("feedback button value of %d characters", utf8.RuneCountInString(v))
					}
				}
			}
		}
	}
	if feedback != 1 {
		t.Errorf("%d feedback_buttons elements, want 1", feedback)
	}
	// the markdown blocks of one message stay within 12,000 characters
	huge := answerBlocks(&bot.Answer{Text: strings.Repeat("Workers may come to Russia from the DPRK in large numbers [1]. ", 700)}, true)
	parts := splitBlocks(huge)
	if len(parts) < 4 {
		t.Errorf("%d characters of answer in %d message(s)", 700*64, len(parts))
	}
	for _, p := range parts {
		n := 0
		for _, b := range p {
			n += markdownLen(b)
		}
		if n > maxMarkdown || n == 0 && len(p) > 0 && p[0].BlockType() == slack.MBTMarkdown {
			t.Errorf("a message with %d characters of markdown", n)
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
	text := safeMarkdown(markUnsupported(a.Text, a.Unsupported))
	if !strings.Contains(text, "Tanks crossed the river [1]."+unsupportedMk) || strings.Contains(text, "Workers may come [1]."+unsupportedMk) || !strings.HasPrefix(text, "As of October 2022:\n\n") {
		t.Errorf("%q", text)
	}
}
