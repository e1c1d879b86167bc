package knowledge_test

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

func withExamples(id, body string, examples ...string) string {
	fm := "examples:\n"
	for _, q := range examples {
		fm += "  - " + q + "\n"
	}
	return strings.Replace(validSource(id, body), "published:", fm+"published:", 1)
}

// Lint checks that the sources cover each example they list, naming the
// example's own line; Load does not search, so such a knowledge base loads.
func TestLintChecksExamplesAreCovered(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md": mapFile(withExamples("a", "Beekeepers in Wales harvest heather honey in August.", "When is heather honey harvested?", "What do the glaciers of Patagonia weigh?")),
	}
	ps, err := knowledge.Lint(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), `a.md:8: example "What do the glaciers of Patagonia weigh?" is not covered`) {
		t.Fatalf("problems %v", ps)
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := kb.Examples(0); !slices.Equal(got, []string{"When is heather honey harvested?", "What do the glaciers of Patagonia weigh?"}) {
		t.Errorf("examples %q", got)
	}
}

func TestExamplesTakeTurnsAcrossSources(t *testing.T) {
	kb, err := knowledge.Load(fstest.MapFS{
		"a.md": mapFile(withExamples("a", "Honey.", "A1?", "A2?", "A3?")),
		"b.md": mapFile(withExamples("b", "Bees.", "B1?", "a1?")),
		"c.md": mapFile(validSource("c", "Wax.")),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		n    int
		want []string
	}{
		{0, []string{"A1?", "B1?", "A2?", "A3?"}}, // "a1?" repeats "A1?"
		{2, []string{"A1?", "B1?"}},
		{3, []string{"A1?", "B1?", "A2?"}},
	} {
		if got := kb.Examples(tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("Examples(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestExampleMustBeAListOfShortQuestions(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"not a list", strings.Replace(validSource("a", "T."), "published:", "examples: one\npublished:", 1), "a.md:6: field examples: must be a list"},
		{"empty item", withExamples("a", "T.", `""`), "a.md:7: field examples: has an empty item"},
		{"too long", withExamples("a", "T.", strings.Repeat("why ", 40)+"?"), "a.md:7: field examples: example 1 is longer than 150 characters"},
	} {
		ps, err := knowledge.Lint(fstest.MapFS{"a.md": mapFile(tt.src)})
		if err != nil || len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), tt.want) {
			t.Errorf("%s: %v %v, want %q", tt.name, ps, err, tt.want)
		}
	}
}
