package knowledge_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

var lintTests = []struct {
	name  string
	files map[string]string
	want  []string // FILE:LINE: message prefixes, in order
}{
	{
		name:  "valid",
		files: map[string]string{"a.md": validSource("a", "One.\n\nTwo.")},
	},
	{
		name:  "missing fields",
		files: map[string]string{"a.md": "---\nid: a\ntitle: T\n---\nText.\n"},
		want:  []string{`a.md:2: missing field "author"`, `a.md:2: missing field "published"`, `a.md:2: missing field "publisher"`},
	},
	{
		name:  "bad date",
		files: map[string]string{"a.md": strings.Replace(validSource("a", "Text."), "2023-05-02", "2023-13-40", 1)},
		want:  []string{`a.md:6: field published: date "2023-13-40" is not YYYY, YYYY-MM or YYYY-MM-DD`},
	},
	{
		name: "duplicate id",
		files: map[string]string{
			"a.md": validSource("same", "Text."),
			"b.md": validSource("same", "Other text."),
		},
		want: []string{`b.md:2: duplicate id "same": a.md has it too`},
	},
	{
		name:  "empty passage",
		files: map[string]string{"a.md": validSource("a", "Text.\n\n* * *\n\nMore.")},
		want:  []string{"a.md:10: empty passage 2: it has no words"},
	},
	{
		name:  "no passages",
		files: map[string]string{"a.md": validSource("a", "")},
		want:  []string{"a.md:8: no passages"},
	},
	{
		name:  "front matter does not parse",
		files: map[string]string{"a.md": "---\nid: a\ntitle: [unclosed\nauthor: X\n---\nText.\n"},
		want:  []string{"a.md:"},
	},
	{
		name:  "no front matter",
		files: map[string]string{"a.md": "Just text.\n"},
		want:  []string{"a.md:1: no front matter"},
	},
	{
		name:  "unknown field and bad slug",
		files: map[string]string{"a.md": strings.Replace(validSource("Not A Slug", "Text."), "author:", "auther: x\nauthor:", 1)},
		want:  []string{`a.md:2: field id: "Not A Slug" is not a slug`, `a.md:4: unknown field "auther"`},
	},
	{
		name:  "bad url",
		files: map[string]string{"a.md": strings.Replace(validSource("a", "Text."), "published:", "url: not a url\npublished:", 1)},
		want:  []string{`a.md:6: field url: "not a url" is not an http(s) URL`},
	},
	{
		name: "alias under two entries",
		files: map[string]string{
			"a.md":          validSource("a", "Text."),
			"glossary.yaml": "dprk: [DPRK, North Korea]\nkorea: [Korea, north korea]\n",
		},
		want: []string{`glossary.yaml:2: alias "north korea" is listed under both "dprk" and "korea"`},
	},
	{
		name: "glossary does not parse",
		files: map[string]string{
			"a.md":          validSource("a", "Text."),
			"glossary.yaml": "dprk: [DPRK\n",
		},
		want: []string{"glossary.yaml:"},
	},
	{
		name: "alias of stop words",
		files: map[string]string{
			"a.md":          validSource("a", "Text."),
			"glossary.yaml": "x: [the, of]\n",
		},
		want: []string{`glossary.yaml:1: alias "of" of "x" has only stop words`, `glossary.yaml:1: alias "the" of "x" has only stop words`},
	},
	{
		name: "alias read as one word of its own",
		files: map[string]string{
			"a.md":          validSource("a", "Text."),
			"glossary.yaml": "south-korea: [South Korea, S. Korea]\nukraine: [Ukraine, the Ukraine]\n",
		},
		want: []string{`glossary.yaml:1: alias "S. Korea" of "south-korea" is searched as the one word "korea"`},
	},
	{
		name:  "hints name a passage that is not there",
		files: map[string]string{"a.md": strings.Replace(validSource("a", "Text."), "published:", "hints:\n  9: [word]\npublished:", 1)},
		want:  []string{"a.md:6: hints name passage 9, but the source has 1 passages"},
	},
}

func TestLint(t *testing.T) {
	for _, tt := range lintTests {
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
			_, err = knowledge.Load(fsys)
			var loadPs knowledge.Problems
			if len(tt.want) == 0 && err != nil {
				t.Errorf("Load: %v", err)
			}
			if len(tt.want) > 0 && !errors.As(err, &loadPs) {
				t.Errorf("Load did not fail with Problems: %v", err)
			}
		})
	}
}

func TestLoadEmptyDirectory(t *testing.T) {
	if _, err := knowledge.Load(fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "no source files") {
		t.Errorf("Load(empty) = %v, want a no-source-files error", err)
	}
}

func TestEmbeddedKnowledgeBaseLints(t *testing.T) {
	ps, err := knowledge.Lint(embeddedFS())
	if err != nil || len(ps) > 0 {
		t.Fatalf("embedded knowledge base does not lint: %v %v", err, ps)
	}
}
