package knowledge_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

const article = "lukin-russia-dprk-alliance"

func embedded(t testing.TB) *knowledge.Index {
	t.Helper()
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatalf("load embedded knowledge base: %v", err)
	}
	return knowledge.NewIndex(kb)
}

// The article's words are kept verbatim: every passage is one line of the
// seed as it was handed over, in order, so every quote can be checked.
func TestArticleIsVerbatim(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed/000_f9c335c36d4c4ecf.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(seed), "\n"), "\n")
	src := embedded(t).KB().Source(article)
	if src == nil {
		t.Fatalf("source %s not in the embedded knowledge base", article)
	}
	if len(src.Passages) != len(lines) {
		t.Fatalf("got %d passages, the seed has %d paragraphs", len(src.Passages), len(lines))
	}
	for i, p := range src.Passages {
		if p.Text != lines[i] {
			t.Errorf("passage %s differs from seed line %d:\n got %q\nwant %q", p.ID, i+1, p.Text, lines[i])
		}
	}
}

func TestArticleMetadata(t *testing.T) {
	src := embedded(t).KB().Source(article)
	checks := []struct{ name, got, want string }{
		{"title", src.Title, "The revival of the Russia–North Korea alliance"},
		{"author", src.Author, "Artyom Lukin"},
		{"publisher", src.Publisher, "East Asia Forum"},
		{"published", src.Published.ISO(), "2022-10"},
		{"date label", src.DateLabel(), "October 2022 (inferred)"},
		{"also published in", strings.Join(src.AlsoPublishedIn, ","), "38 North"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !src.DateInferred {
		t.Error("the article's date is inferred, but date_inferred is false")
	}
}

// Passage IDs appear in Slack threads people scroll back to: they must not
// change when another source is added.
func TestPassageIDsStableWhenSourceAdded(t *testing.T) {
	before := embedded(t).KB().Source(article).Passages
	fsys := copyFS(t, sources.FS)
	fsys["aaa-first.md"] = mapFile(validSource("aaa-first", "A source that sorts first.\n\nIts second paragraph."))
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	after := kb.Source(article).Passages
	for i := range before {
		if before[i].ID != after[i].ID || before[i].Text != after[i].Text {
			t.Errorf("passage %d: %s became %s", i+1, before[i].ID, after[i].ID)
		}
	}
	if got := kb.Passage(article + "#p7"); got == nil || got.N != 7 {
		t.Errorf("Passage(%s#p7) = %v", article, got)
	}
	for _, bad := range []string{article + "#p0", article + "#p21", article + "#p07", article, "nope#p1"} {
		if kb.Passage(bad) != nil {
			t.Errorf("Passage(%q) found something", bad)
		}
	}
}

func TestVersionChangesWithContent(t *testing.T) {
	a := embedded(t).KB().Version
	fsys := copyFS(t, sources.FS)
	g := fsys[knowledge.GlossaryFile]
	g.Data = append(slices.Clone(g.Data), []byte("tanks: [tank, tanks]\n")...)
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if kb.Version == a || len(a) != 12 {
		t.Errorf("version %q after a glossary edit, %q before", kb.Version, a)
	}
	kb2, _ := knowledge.Load(sources.FS)
	if kb2.Version != a {
		t.Errorf("version is not deterministic: %q then %q", a, kb2.Version)
	}
}
