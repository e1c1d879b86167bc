package knowledge_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

var benchQuestions = []string{
	"Will Russia employ North Korean labourers despite the UN ban?",
	"Could Pyongyang send 100,000 soldiers to Ukraine?",
	"What is the population of Vladivostok?",
	"Is the Khasan–Rajin railway open now?",
}

func BenchmarkSearchArticle(b *testing.B) {
	ix := embedded(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ix.Search(benchQuestions[i%len(benchQuestions)], knowledge.Options{})
	}
}

// syntheticKB makes n sources of 100 passages each, of about 60 words drawn
// from a 20,000-word vocabulary with a Zipf distribution, like prose.
func syntheticKB(tb testing.TB, nSources int) (*knowledge.KB, []string) {
	tb.Helper()
	g, ps := knowledge.ParseGlossary("glossary.yaml", mustRead(tb, knowledge.GlossaryFile))
	if ps != nil {
		tb.Fatal(ps)
	}
	r := rand.New(rand.NewPCG(1, 2))
	syll := []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "va", "ze", "dor", "lin", "mar", "ost", "kev"}
	vocab := make([]string, 20000)
	for i := range vocab {
		var w strings.Builder
		for j := 0; j < 2+i%3; j++ {
			w.WriteString(syll[r.IntN(len(syll))])
		}
		vocab[i] = fmt.Sprintf("%s%d", w.String(), i)
	}
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 2, uint64(len(vocab)-1))
	kb := &knowledge.KB{Glossary: g}
	for s := range nSources {
		src := &knowledge.Source{ID: fmt.Sprintf("src-%d", s), Title: "Synthetic", Author: "Bench", Publisher: "Bench"}
		for p := range 100 {
			ws := make([]string, 60)
			for k := range ws {
				ws[k] = vocab[zipf.Uint64()]
			}
			src.Passages = append(src.Passages, &knowledge.Passage{
				ID: knowledge.PassageID(src.ID, p+1), N: p + 1, Text: strings.Join(ws, " ") + ".", Source: src,
			})
		}
		kb.Sources = append(kb.Sources, src)
	}
	queries := make([]string, 64)
	for i := range queries {
		queries[i] = fmt.Sprintf("What about %s and %s, or %s %s?", vocab[zipf.Uint64()], vocab[zipf.Uint64()], vocab[r.IntN(2000)], vocab[r.IntN(20000)])
	}
	return kb, queries
}

func mustRead(tb testing.TB, name string) []byte {
	data, err := sources.FS.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func BenchmarkSearch100kPassages(b *testing.B) {
	kb, queries := syntheticKB(b, 1000)
	ix := knowledge.NewIndex(kb)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ix.Search(queries[i%len(queries)], knowledge.Options{})
	}
}

func BenchmarkBuildIndex100kPassages(b *testing.B) {
	kb, _ := syntheticKB(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ix := knowledge.NewIndex(kb)
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "index-MB")
		runtime.KeepAlive(ix)
	}
}

// BenchmarkSearchDigitBesideNumberWord100k searches, in 100,000 passages
// half of which have "two", a question with "2 years" that none has as
// "two years": the figure in words is looked for beside its noun in a
// bounded number of passages, not in every one.
func BenchmarkSearchDigitBesideNumberWord100k(b *testing.B) {
	kb, _ := syntheticKB(b, 1000)
	for _, s := range kb.Sources {
		for i, p := range s.Passages {
			if i%2 == 0 {
				p.Text = "two " + p.Text + " years"
			}
		}
	}
	ix := knowledge.NewIndex(kb)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ix.Search("what did the sides agree 2 years ago?", knowledge.Options{})
	}
}

// An acronym no source writes is looked for, spelled out, in the twelve
// passages nearest the question's other words, read word by word: here
// every passage has those words in English and none spells the acronym
// (the synthetic words, with digits in them, are never read as a phrase).
func BenchmarkSearchUnknownAcronym100k(b *testing.B) {
	kb, _ := syntheticKB(b, 1000)
	for _, s := range kb.Sources {
		for _, p := range s.Passages {
			p.Text = "the bonds carry collective terms and clauses on every coupon paid. " + p.Text
		}
	}
	ix := knowledge.NewIndex(kb)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ix.Search("how do the CACs on the bonds work?", knowledge.Options{})
	}
}

// BenchmarkSearchWhoRunsUnnamedHead100k asks who heads a body that half of
// 100,000 passages name ("The Ministry of Roads said ...") and none names
// the head of: the worst case of the who-runs rule, which reads every
// passage that has the alias's other words and the post's start before it
// declines.
func BenchmarkSearchWhoRunsUnnamedHead100k(b *testing.B) {
	kb, _ := syntheticKB(b, 1000)
	g, ps := knowledge.ParseGlossary("glossary.yaml", []byte("roads: [Ministry of Roads, roads ministry]\n"))
	if len(ps) > 0 {
		b.Fatal(ps)
	}
	kb.Glossary = g
	for _, s := range kb.Sources {
		for i, p := range s.Passages {
			if i%2 == 0 {
				p.Text = "The Ministry of Roads said " + p.Text
			}
		}
	}
	ix := knowledge.NewIndex(kb)
	if r := ix.Search("who heads the roads ministry?", knowledge.Options{}); r.Covered || !strings.Contains(r.Reason, "who runs") {
		b.Fatalf("covered %v (%s) by %v", r.Covered, r.Reason, r.Hits)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ix.Search("who heads the roads ministry?", knowledge.Options{})
	}
}
