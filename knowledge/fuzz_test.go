package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Any file gives a source or problems, never a panic; a parsed source has
// passages with words, numbered from 1.
func FuzzParseSource(f *testing.F) {
	f.Add([]byte(validSource("a", "One.\n\nTwo.")))
	f.Add([]byte("---\nid: [\n---\n"))
	f.Add([]byte("---\n---\n\n\n"))
	f.Add([]byte("no front matter"))
	f.Fuzz(func(t *testing.T, data []byte) {
		src, ps := knowledge.ParseSource("f.md", data)
		if (src == nil) == (len(ps) == 0) {
			t.Fatalf("source %v with %d problems", src != nil, len(ps))
		}
		for _, p := range ps {
			if p.Line < 0 {
				t.Fatalf("problem at line %d", p.Line)
			}
		}
		if src == nil {
			return
		}
		for i, p := range src.Passages {
			if p.N != i+1 || p.Text == "" {
				t.Fatalf("passage %d: %+v", i, p)
			}
		}
	})
}

// Any question gives a result, never a panic; an uncovered one cites
// nothing, a covered one cites at most Max passages.
func FuzzSearch(f *testing.F) {
	ix := embedded(f)
	for _, q := range append(benchQuestions, "", "’’’", "100,000.5", "US-EU", "\xff\xfe", "a’s’b") {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		r := ix.Search(q, knowledge.Options{Max: 3})
		if len(r.Hits) > 3 || (!r.Covered && len(r.Hits) > 0) {
			t.Fatalf("%q: covered %v with %d hits", q, r.Covered, len(r.Hits))
		}
		ix.Terms(q)
	})
}
