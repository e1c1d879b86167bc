package slack

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot"
)

// A streamed chunk ends at a sentence where it can, else at a space, and
// never inside a link, parenthesis or code span: each chunk is
// neutralised on its own, so no link may span two.
func TestSafeCut(t *testing.T) {
	for _, tt := range []struct{ in, sent string }{
		{"Workers may come [1]. They would build", "Workers may come [1]. "},
		{"Workers may come from", "Workers may come "},
		{"See [the official source](https://ev", "See "},
		{"See [the official source](https://evil.example) now. More", "See [the official source](https://evil.example) now. "},
		{"Run `go test ./x", "Run "},
		{"oneword", ""},
		{"A line\nnext", "A line\n"},
	} {
		if got := tt.in[:safeCut(tt.in)]; got != tt.sent {
			t.Errorf("safeCut(%q) sends %q, want %q", tt.in, got, tt.sent)
		}
	}
}

func TestRevision(t *testing.T) {
	llm := func(text string, unsupported ...string) *bot.Answer {
		return &bot.Answer{Mode: bot.ModeLLM, Text: text, Unsupported: unsupported}
	}
	for _, tt := range []struct {
		name, draft string
		a           *bot.Answer
		want        string
	}{
		{"unchanged but renumbered", "Workers may come [2]. They build [2, 3].", llm("Workers may come [1]. They build [1][2]."), ""},
		{"date added", "Workers may come [1].", llm("As of October 2022:\n\nWorkers may come [1]."), ""},
		{"bad citation dropped", "Workers may come [1][9].", llm("Workers may come [1]."), "citations of passages the model was not given were removed"},
		{"unsupported", "Workers may come [1]. Tanks crossed [1].", llm("Workers may come [1]. Tanks crossed [1].", "Tanks crossed."), "1 sentence(s) the cited passages do not back are marked"},
		{"extractive", "Russia will invite 90,000 workers [1].", &bot.Answer{Mode: bot.ModeExtractive, Text: "Quoted [1]."}, "replaced with the sources' own words"},
	} {
		got := revision(tt.draft, tt.a)
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) || strings.Contains(got, "\n") {
			t.Errorf("%s: revision = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func BenchmarkSafeMarkdown(b *testing.B) {
	text := strings.Repeat("Between 20,000 and 50,000 workers may be invited [1]. See [the source](https://example.org/a) or www.example.org, @here. ", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		safeMarkdown(text)
	}
}
