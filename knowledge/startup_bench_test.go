package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

// BenchmarkStartAndAsk is what one `dossier ask` does in the knowledge
// package: load the embedded base, index it, search one Slack-style
// question.
func BenchmarkStartAndAsk(b *testing.B) {
	for b.Loop() {
		kb, err := knowledge.Load(sources.FS)
		if err != nil {
			b.Fatal(err)
		}
		knowledge.NewIndex(kb).Search("hey quick q: will russia hire N. Korean wrokers?", knowledge.Options{})
	}
}
