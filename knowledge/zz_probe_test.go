package knowledge_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

func TestZZProbeKB(t *testing.T) {
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix := knowledge.NewIndex(kb)
	for _, q := range strings.Split(os.Getenv("ZQ"), "|") {
		r := ix.Search(q, knowledge.Options{Max: 6, Relative: 0.01, Every: true})
		fmt.Printf("%q covered=%v reason=%q\n", q, r.Covered, r.Reason)
		for _, h := range r.Hits {
			fmt.Printf("   %.2f %s %v\n", h.Score, h.Passage.ID[len(h.Passage.ID)-4:], h.Matched)
		}
	}
}
