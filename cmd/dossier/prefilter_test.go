package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/sources"
	"go.yaml.in/yaml/v3"
)

// compiledOutEnv, set to a file in the environment of a process run as
// dossier, has it write there, as it exits, how many patterns the program
// has and how many it compiled (see TestMain); noPrefilterEnv has it run
// without the prefilter table.
const (
	compiledOutEnv = "DOSSIER_TEST_COMPILED_OUT"
	noPrefilterEnv = "DOSSIER_TEST_NO_PREFILTER"
)

const prefilterHead = "# The literals one of which each of the program's patterns needs to match\n" +
	"# (lazyre.Prefilter), by the pattern's key (lazyre.Key). Written by\n" +
	"# go test ./cmd/dossier -run TestPrefilterTable -update; do not edit.\n"

// TestPrefilterTable checks that prefilter.txt is the table of the
// program's patterns as they are now; with -update it writes it. (A stale
// table answers nothing wrong, since a pattern is listed under a hash of
// its expression, but a changed pattern would compile on every question.)
func TestPrefilterTable(t *testing.T) {
	exprs := lazyre.Exprs()
	want := prefilterHead + lazyre.WritePrefilters(exprs)
	if *update {
		if err := os.WriteFile("prefilter.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if prefilterTable != want {
		t.Error("prefilter.txt is not the table of the patterns as they are now: run go test ./cmd/dossier -run TestPrefilterTable -update")
	}
	if err := lazyre.SetPrefilters(prefilterTable); err != nil {
		t.Fatal(err)
	}
	defer lazyre.SetPrefilters("")
	if n := strings.Count(prefilterTable, "\n") - strings.Count(prefilterHead, "\n"); n < len(exprs)/2 {
		t.Errorf("the table lists %d of %d patterns: most patterns look for words", n, len(exprs))
	}
}

// On the texts the program reads (the embedded knowledge base's passages
// and sentences, and questions of the evaluation sets), no pattern matches
// a text that has none of the literals the table lists for it.
func TestPrefilterTableSound(t *testing.T) {
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, s := range kb.Sources {
		for _, p := range s.Passages {
			texts = append(texts, p.Text)
			texts = append(texts, knowledge.SplitSentences(p.Text)...)
		}
	}
	sets, _ := filepath.Glob("../../knowledge/testdata/*.yaml")
	for _, f := range sets {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cases []struct {
			Q string `yaml:"q"`
		}
		if err := yaml.Unmarshal(data, &cases); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for i, c := range cases {
			if i%10 == 0 {
				texts = append(texts, c.Q)
			}
		}
	}
	if len(texts) < 300 {
		t.Fatalf("only %d texts to check the table on", len(texts))
	}
	rejected := 0
	for _, expr := range lazyre.Exprs() {
		lits := lazyre.Prefilter(expr)
		if lits == nil {
			continue
		}
		re := regexp.MustCompile(expr)
		for _, text := range texts {
			lower := strings.Map(func(r rune) rune {
				if 'A' <= r && r <= 'Z' {
					return r + 'a' - 'A'
				}
				return r
			}, text) // (as the program lowers it: ASCII only)
			if slices.ContainsFunc(lits, func(l string) bool { return strings.Contains(lower, l) }) {
				continue
			}
			rejected++
			if re.MatchString(text) {
				t.Errorf("%s matches %q, which has none of %q", expr, text, lits)
			}
		}
	}
	t.Logf("%d texts; %d pattern-text pairs answered without compiling", len(texts), rejected)
}

// `dossier ask` compiles fewer than half the patterns it would without
// the table, and answers the same.
func TestAskCompilesWhatCanMatch(t *testing.T) {
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	questions := kb.Examples(0)
	if len(questions) == 0 {
		t.Skip("the embedded knowledge base has no example questions")
	}
	for _, q := range questions[:min(3, len(questions))] {
		var compiled [2]int
		var answers [2]string
		for i, env := range []string{"", noPrefilterEnv + "=1"} {
			out := filepath.Join(t.TempDir(), "count")
			cmd := exec.Command(testBinary(t), "ask", q)
			cmd.Env = []string{asDossier + "=1", compiledOutEnv + "=" + out, env}
			b, err := cmd.Output()
			if err != nil {
				t.Fatalf("ask %q: %v", q, err)
			}
			answers[i] = string(b)
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			var made int
			if _, err := fmt.Sscan(string(data), &made, &compiled[i]); err != nil {
				t.Fatal(err)
			}
		}
		if answers[0] != answers[1] {
			t.Errorf("ask %q answers otherwise with the table:\n%s\nwithout:\n%s", q, answers[0], answers[1])
		}
		if compiled[0] == 0 || 2*compiled[0] >= compiled[1] {
			t.Errorf("ask %q compiled %d patterns with the table, %d without", q, compiled[0], compiled[1])
		}
		t.Logf("ask %q: %d patterns compiled, %d without the table", q, compiled[0], compiled[1])
	}
}
