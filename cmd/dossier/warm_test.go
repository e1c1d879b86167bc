package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

// warmOutEnv, set to a file in the environment of a process run as
// dossier, has it run its command without the background compile and
// write to that file the keys of the patterns it used, in the order it
// first used them (see TestMain).
const warmOutEnv = "DOSSIER_TEST_WARM_OUT"

// warmCovers is the share of a question's patterns that warm.txt must list
// for TestWarmOrder to pass without -update.
const warmCovers = 0.9

// TestWarmOrder asks each of the embedded knowledge base's example
// questions in a process of its own, as `dossier ask` does, and reads the
// order in which it first used the patterns: warm.txt is those orders
// merged (the first question's, then what each next one adds). With
// -update it writes the file; without, it fails when warm.txt lacks more
// than a tenth of what the questions use, as it does once rules have
// changed enough (a stale list costs only speed: unlisted patterns
// compile after the listed ones).
func TestWarmOrder(t *testing.T) {
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	questions := kb.Examples(0)
	if len(questions) == 0 {
		t.Skip("the embedded knowledge base has no example questions")
	}
	var order []string
	dir := t.TempDir()
	for i, q := range questions {
		out := filepath.Join(dir, "used"+string(rune('a'+i)))
		cmd := exec.Command(testBinary(t), "ask", q)
		cmd.Env = []string{asDossier + "=1", warmOutEnv + "=" + out}
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("ask %q: %v\n%s", q, err, b)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range strings.Fields(string(data)) {
			if !slices.Contains(order, k) {
				order = append(order, k)
			}
		}
	}
	if len(order) == 0 {
		t.Fatal("the example questions used no pattern: the order was not recorded")
	}
	if *update {
		head := "# The patterns `dossier ask` first uses, in that order (lazyre.Key of each),\n# over the embedded knowledge base's example questions. Written by\n# go test ./cmd/dossier -run TestWarmOrder -update; do not edit.\n"
		if err := os.WriteFile("warm.txt", []byte(head+strings.Join(order, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	listed := warmOrder()
	missing := 0
	for _, k := range order {
		if !slices.Contains(listed, k) {
			missing++
		}
	}
	if share := 1 - float64(missing)/float64(len(order)); share < warmCovers {
		t.Errorf("warm.txt lists %.0f%% of the %d patterns the example questions use (want %.0f%%): run go test ./cmd/dossier -run TestWarmOrder -update", 100*share, len(order), 100*warmCovers)
	}
}
