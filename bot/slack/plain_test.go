package slack

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
)

// A passage with every kind of link a source or a model may write, and
// Slack's formatting characters.
const (
	linkyPassage = "Read [the official source](https://evil.example/md), <https://evil.example/slack|the forum>, " +
		"https://evil.example/bare, www.evil.example and evil.example/login."
	formattedPassage = "The *bold* claim, _leaning_ text, ~struck~ words and `code` stay as written: 2*3*4 and snake_case."
	sourceURL        = "https://curated.example.org/report"
)

func blocksJSON(t *testing.T, blocks []slack.Block) string {
	t.Helper()
	data, err := json.Marshal(blocks)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// richTexts returns the text of every rich text element in blocks.
func richTexts(blocks []slack.Block) []string {
	var out []string
	for _, b := range blocks {
		rt, ok := b.(*slack.RichTextBlock)
		if !ok {
			continue
		}
		for _, e := range rt.Elements {
			var elems []slack.RichTextSectionElement
			switch x := e.(type) {
			case *slack.RichTextQuote:
				elems = x.Elements
			case *slack.RichTextSection:
				elems = x.Elements
			}
			for _, se := range elems {
				if te, ok := se.(*slack.RichTextSectionTextElement); ok {
					out = append(out, te.Text)
				}
			}
		}
	}
	return out
}

// Only a cited source's own url is a link, wherever a passage or a model's
// text is shown: answers, summaries, timelines, claims and digests.
func TestNothingClickableButTheSourcesURL(t *testing.T) {
	cite := bot.Citation{N: 1, ID: "report#p1", Source: "Report", URL: sourceURL, Author: "A", Publisher: "P", Published: "2024-01", Text: linkyPassage}
	answer := &bot.Answer{Question: "q", Text: "As [the official source](https://evil.example/model) says, see <https://evil.example/m2|here>, " +
		"[the official\nsource](https://evil.example/m3) and https://evil.example/m4 [1].", Citations: []bot.Citation{cite}, Note: "see https://evil.example/note"}
	renders := map[string][]slack.Block{
		"answer":  answerBlocks(answer, true),
		"summary": summaryBlocks(&bot.Summary{Text: answer.Text, Citations: answer.Citations, Note: answer.Note}),
		"timeline": timelineBlocks(&bot.Timeline{Events: []bot.Event{{Date: "2024-01", DateText: "January 2024", Text: linkyPassage,
			ID: "report#p1", Source: "Report <https://evil.example/title|x>"}}}),
		"claims": claimsBlocks(&bot.Claims{Claims: []bot.Claim{{Claimant: "The ministry https://evil.example/who", Stance: "said", Text: linkyPassage, ID: "report#p1", Source: "Report"}}}),
		"digest": DigestBlocks(&bot.DigestContent{Since: time.Now().Add(-24 * time.Hour), Until: time.Now(), Questions: 1,
			Passages: []bot.PassageCount{{Citation: cite, N: 2}},
			Gaps:     []bot.Gap{{Question: "what about https://evil.example/q", N: 1, Suggestion: "add https://evil.example/s"}},
			Up:       0, Down: 1, Unhelpful: []bot.Unhelpful{{Question: "why https://evil.example/u", Channel: "<!channel>", Thread: "1.2"}}}, "Digest", false),
	}
	for name, blocks := range renders {
		js := blocksJSON(t, blocks)
		if bad := fakeslack.OnlyLinks(js, sourceURL); len(bad) > 0 {
			t.Errorf("%s: clickable %q in %s", name, bad, js)
		}
		if strings.Contains(js, "!channel") && !strings.Contains(js, "\\u0026lt;!channel") {
			t.Errorf("%s: a broadcast survives: %s", name, js)
		}
		if !strings.Contains(strings.ReplaceAll(js, wordJoiner, ""), "evil.example/bare") && name != "digest" {
			t.Errorf("%s: the passage's address is not shown: %s", name, js)
		}
	}
	if bad := fakeslack.Links(blocksJSON(t, renders["answer"])); len(bad) != 1 || bad[0] != sourceURL {
		t.Errorf("the source's url is not the one link: %q", bad)
	}
}

// A quoted passage reads exactly as written: Slack's formatting characters
// are text in a rich text element, unstyled, wherever passages are quoted.
func TestPassagesAreQuotedVerbatim(t *testing.T) {
	cite := bot.Citation{N: 1, ID: "r#p1", Source: "R", Text: formattedPassage}
	renders := map[string][]slack.Block{
		"answer":   answerBlocks(&bot.Answer{Text: "x [1].", Citations: []bot.Citation{cite}}, false),
		"timeline": timelineBlocks(&bot.Timeline{Events: []bot.Event{{Date: "2024", Text: formattedPassage, ID: "r#p1", Source: "R"}}}),
		"claims":   claimsBlocks(&bot.Claims{Claims: []bot.Claim{{Claimant: "C", Stance: "said", Text: formattedPassage, ID: "r#p1"}}}),
		"digest": DigestBlocks(&bot.DigestContent{Since: time.Now(), Until: time.Now(), Questions: 1,
			Passages: []bot.PassageCount{{Citation: cite, N: 1}}}, "Digest", false),
	}
	for name, blocks := range renders {
		found := false
		for _, s := range richTexts(blocks) {
			found = found || s == formattedPassage
		}
		if !found {
			t.Errorf("%s: the passage is not one plain rich text element: %q", name, richTexts(blocks))
		}
		if js := blocksJSON(t, blocks); strings.Contains(js, `"mrkdwn","text":"`+formattedPassage) {
			t.Errorf("%s: the passage is mrkdwn", name)
		}
	}
}

func TestDefang(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"see https://evil.example/a.", "see https:|//evil.|example/a.|"},
		{"mail a@evil.example now", "mail a@evil.|example now"},
		{"no address here. None [1].", "no address here. None [1]."},
		{"*bold* `code`", "*bold* `code`"},
	} {
		got := strings.ReplaceAll(defang(tt.in), wordJoiner, "|")
		if got != tt.want {
			t.Errorf("defang(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if strings.ReplaceAll(defang(tt.in), wordJoiner, "") != tt.in {
			t.Errorf("defang(%q) changes what is seen", tt.in)
		}
	}
}

// A model's link that safeMarkdown cannot match whole (a label across
// lines, a link cut between two streamed pieces) loses its syntax.
func TestSafeMarkdownBreaksPartialLinks(t *testing.T) {
	for _, in := range []string{
		"[the official\nsource](https://evil.example/x)",
		"[label](https://evil.example/cut",
		"[label]:\n  https://evil.example/def\n\nsee [label]",
	} {
		got := safeMarkdown(in)
		if strings.Contains(got, "](") || strings.Contains(got, "]:") {
			t.Errorf("safeMarkdown(%q) = %q keeps link syntax", in, got)
		}
		if bad := fakeslack.Links(blocksJSON(t, markdownBlocks(got))); len(bad) > 0 {
			t.Errorf("safeMarkdown(%q) = %q: clickable %q", in, got, bad)
		}
	}
}
