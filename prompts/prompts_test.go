package prompts_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/prompts"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var passages = []prompts.Passage{
	{N: 1, ID: "lukin-russia-dprk-alliance#p12", Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia.", Source: "The revival of the Russia–North Korea alliance", Author: "Artyom Lukin", Publisher: "East Asia Forum", Date: "October 2022 (inferred)"},
	{N: 2, ID: "lukin-russia-dprk-alliance#p11", Text: "Labour is perhaps the only resource that North Korea can share with Russia.", Source: "The revival of the Russia–North Korea alliance", Author: "Artyom Lukin", Publisher: "East Asia Forum", Date: "October 2022 (inferred)"},
}

var goldenTests = []struct {
	file, name string
	data       any
}{
	{"answer", prompts.Answer, prompts.AnswerData{Question: "How many workers?", Today: "26 November 2026", Passages: passages}},
	{"answer-present", prompts.Answer, prompts.AnswerData{Question: "Are workers there now?", Today: "26 November 2026", Passages: passages, AsksPresent: true, AsOf: "October 2022"}},
	{"followup", prompts.FollowUp, prompts.FollowUpData{Turns: []prompts.Turn{{Question: "Will Russia hire North Korean workers?", Answer: "Perhaps [1]."}}, Question: "And how many?"}},
	{"summary-brief", prompts.Summary, prompts.SummaryData{Topic: "labour", Length: "brief", Today: "26 November 2026", Passages: passages}},
	{"summary-full", prompts.Summary, prompts.SummaryData{Length: "full", Today: "26 November 2026", Passages: passages}},
	{"rewrite", prompts.Rewrite, prompts.RewriteData{Question: "did NK folks get hired by the russians?", Terms: []string{"DPRK", "Russia", "labour", "hire"}}},
	{"digest", prompts.Digest, prompts.DigestData{Today: "26 November 2026", Sources: []string{"The revival of the Russia–North Korea alliance — Artyom Lukin, East Asia Forum, October 2022 (inferred)"}, Passages: passages}},
}

func TestGolden(t *testing.T) {
	for _, tt := range goldenTests {
		t.Run(tt.file, func(t *testing.T) {
			p, err := prompts.Render(tt.name, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			got := "SYSTEM:\n" + p.System + "\n\nUSER:\n" + p.User + "\n"
			path := filepath.Join("testdata", tt.file+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./prompts -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", tt.name, path, got)
			}
		})
	}
}

func TestVersions(t *testing.T) {
	seen := map[string]string{}
	for _, name := range prompts.Names() {
		v := prompts.Version(name)
		if len(v) != 10 {
			t.Errorf("%s has version %q", name, v)
		}
		if other, dup := seen[v]; dup {
			t.Errorf("%s and %s share version %s", name, other, v)
		}
		seen[v] = name
	}
	if prompts.Version("nope") != "" {
		t.Error("a missing template has a version")
	}
}

func TestRenderErrors(t *testing.T) {
	if _, err := prompts.Render("nope", nil); err == nil {
		t.Error("rendering a missing template succeeded")
	}
	if _, err := prompts.Render(prompts.Answer, 42); err == nil || !strings.Contains(err.Error(), "answer") {
		t.Errorf("rendering with the wrong data: %v", err)
	}
}
