package knowledge_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

func withFields(fields string) string {
	return strings.Replace(validSource("a", "Text."), "published:", fields+"published:", 1)
}

var reliabilityLintTests = []struct {
	name, fields string
	want         string // the problem, "" for none
	grade        string
}{
	{"graded with a note", "reliability: B\nreliability_note: An edited academic forum.\n", "", "B"},
	{"not graded", "", "", ""},
	{"cannot be judged", "reliability: F\nreliability_note: A new blog, no record yet.\n", "", "F"},
	{"not a grade", "reliability: G\nreliability_note: Why.\n", `a.md:6: field reliability: "G" is not an Admiralty grade`, ""},
	{"lower case", "reliability: b\nreliability_note: Why.\n", `a.md:6: field reliability: "b" is not an Admiralty grade`, ""},
	{"a list", "reliability: [A, B]\nreliability_note: Why.\n", "a.md:6: field reliability: must be one grade, A to F", ""},
	{"no note", "reliability: C\n", "a.md:6: reliability C has no reliability_note", ""},
	{"note without grade", "reliability_note: Why.\n", "a.md:6: reliability_note without a reliability grade", ""},
}

func TestReliabilityLint(t *testing.T) {
	for _, tt := range reliabilityLintTests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"a.md": mapFile(withFields(tt.fields))}
			ps, err := knowledge.Lint(fsys)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if len(ps) > 0 {
					t.Fatalf("problems %v, want none", ps)
				}
				kb, err := knowledge.Load(fsys)
				if err != nil {
					t.Fatal(err)
				}
				if g := kb.Sources[0].Reliability; g != tt.grade {
					t.Errorf("grade %q, want %q", g, tt.grade)
				}
				return
			}
			if len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), tt.want) {
				t.Errorf("problems %v, want one starting %q", ps, tt.want)
			}
		})
	}
}

// The embedded article is graded as a careful curator would grade an
// academic analysis from a university-based forum, with the reason.
func TestArticleReliability(t *testing.T) {
	src := embedded(t).KB().Source(article)
	if src.Reliability != "B" {
		t.Errorf("reliability %q, want B (usually reliable)", src.Reliability)
	}
	for _, why := range []string{"Academic", "University", "not first-hand"} {
		if !strings.Contains(src.ReliabilityNote, why) {
			t.Errorf("reliability_note does not say %q: %q", why, src.ReliabilityNote)
		}
	}
	if got := src.ReliabilityLabel(); got != "B (usually reliable)" {
		t.Errorf("label %q", got)
	}
}
