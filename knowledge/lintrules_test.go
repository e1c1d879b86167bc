package knowledge_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// words returns n distinct-enough words as one paragraph.
func words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = "word"
	}
	return strings.Join(w, " ") + "."
}

var strictLintTests = []struct {
	name  string
	files map[string]string
	want  []string // FILE:LINE: message prefixes, in order
	loads bool     // the knowledge base still loads (warnings only)
}{
	{
		name:  "a passage of 600 words is fine",
		files: map[string]string{"a.md": validSource("a", "Short.\n\n"+words(600))},
		loads: true,
	},
	{
		name:  "a passage over 600 words is an error at its line",
		files: map[string]string{"a.md": validSource("a", "Short.\n\n"+words(601))},
		want:  []string{"a.md:10: passage 2 has 601 words; a passage may have 600 at most"},
	},
	{
		name:  "a source over 4 MB is an error, not parsed",
		files: map[string]string{"a.md": validSource("a", strings.Repeat("Labour. ", 600_000))},
		want:  []string{"a.md:1: the file is 4.6 MB; a source may have 4.0 MB at most"},
	},
	{
		name:  "invalid UTF-8",
		files: map[string]string{"a.md": validSource("a", "Good.\n\nBad \xff byte.")},
		want:  []string{"a.md:10: invalid UTF-8 (byte 0xFF at column 5)"},
	},
	{
		name:  "a NUL byte",
		files: map[string]string{"a.md": validSource("a", "Nul \x00 here.")},
		want:  []string{"a.md:8: control character U+0000 at column 5"},
	},
	{
		name:  "an escape sequence",
		files: map[string]string{"a.md": validSource("a", "Colour \x1b[31m red.")},
		want:  []string{"a.md:8: control character U+001B at column 8"},
	},
	{
		name:  "tabs and CRLF line ends are fine",
		files: map[string]string{"a.md": strings.ReplaceAll(validSource("a", "Tab\there.\n\nMore."), "\n", "\r\n")},
		loads: true,
	},
	{
		name:  "a leading byte-order mark is accepted",
		files: map[string]string{"a.md": "\uFEFF" + validSource("a", "Text.")},
		loads: true,
	},
	{
		name:  "date_inferred without date_note",
		files: map[string]string{"a.md": strings.Replace(validSource("a", "Text."), "published:", "date_inferred: true\npublished:", 1)},
		want:  []string{"a.md:6: date_inferred is true but there is no date_note"},
	},
	{
		name: "date_inferred with date_note is fine",
		files: map[string]string{"a.md": strings.Replace(validSource("a", "Text."), "published:",
			"date_inferred: true\ndate_note: The latest events it names are from May 2023.\npublished:", 1)},
		loads: true,
	},
	{
		name:  "a date in the future",
		files: map[string]string{"a.md": strings.Replace(validSource("a", "Text."), "2023-05-02", "2099-01", 1)},
		want:  []string{"a.md:6: published 2099-01 is in the future"},
	},
	{
		name:  "a YAML error names its line, not \"line ?\"",
		files: map[string]string{"a.md": "---\nid: a\ntitle: T\nauthor: x\n  publisher: P\npublished: 2020\n---\nText.\n"},
		want:  []string{"a.md:5: front matter does not parse: mapping values are not allowed in this context"},
	},
	{
		name: "a passage another source has too is a warning",
		files: map[string]string{
			"a.md": validSource("a", "Alpha.\n\nThe same five words here."),
			"b.md": validSource("b", "Beta.\n\nThe  same five\nwords here."),
		},
		want:  []string{"b.md:10: warning: passage 2 repeats a#p2 (a.md:10)"},
		loads: true,
	},
	{
		name: "short passages may repeat",
		files: map[string]string{
			"a.md": validSource("a", "Alpha.\n\nSee above."),
			"b.md": validSource("b", "Beta.\n\nSee above."),
		},
		loads: true,
	},
}

func TestLintProtectsAnswers(t *testing.T) {
	for _, tt := range strictLintTests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range tt.files {
				fsys[name] = mapFile(body)
			}
			ps, err := knowledge.Lint(fsys)
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%v", len(ps), len(tt.want), ps)
			}
			for i, p := range ps {
				if !strings.HasPrefix(p.Error(), tt.want[i]) {
					t.Errorf("problem %d = %q, want prefix %q", i, p.Error(), tt.want[i])
				}
			}
			kb, err := knowledge.Load(fsys)
			var loadPs knowledge.Problems
			switch {
			case tt.loads && err != nil:
				t.Errorf("Load: %v", err)
			case !tt.loads && !errors.As(err, &loadPs):
				t.Errorf("Load did not fail with Problems: %v", err)
			case tt.loads && len(kb.Sources) != len(tt.files):
				t.Errorf("loaded %d sources, want %d", len(kb.Sources), len(tt.files))
			}
		})
	}
}
