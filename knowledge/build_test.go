package knowledge

import (
	"strings"
	"testing"
	"testing/fstest"
)

// sequentialIndex builds an index the plain way, one passage after the
// other into the index's own maps: what merging the sources' analyses
// must reproduce.
func sequentialIndex(kb *KB) *Index {
	ix := &Index{kb: kb, postings: map[string][]posting{}, aboutSource: map[int32]map[string]bool{},
		vocab: newVocabulary(), names: nameForms{acronyms: map[string]string{}}, authors: map[string]bool{}}
	ix.addGlossaryNames()
	var total float64
	counts := map[string]int32{}
	for _, s := range kb.Sources {
		for _, p := range s.Passages {
			doc := int32(len(ix.passages))
			ix.passages = append(ix.passages, p)
			ws := words(p.Text)
			ix.vocab.addWords(ws, false)
			ix.names.addAcronyms(p.Text)
			clear(counts)
			n := 0
			var inner []string
			heading := headingWords(p.Text)
			kb.Glossary.scan(analyzer{}.analyzeWords(ws), func(words []term, concept string) {
				n++
				by := int32(1)
				if words[0].at < heading {
					by += headingExtra
				}
				if concept == "" {
					counts[words[0].stem] += by
					return
				}
				counts[concept] += by
				inner = append(inner, kb.Glossary.inner(words, concept)...)
			})
			for _, in := range inner {
				counts[in] = max(counts[in], 1)
			}
			for st := range counts {
				for _, in := range kb.Glossary.within(st) {
					counts[in] = max(counts[in], 1)
				}
			}
			hints := hintTerms(kb.Glossary, p)
			for st := range hints {
				counts[st] = max(counts[st], 1)
			}
			for st, tf := range counts {
				ix.postings[st] = append(ix.postings[st], posting{doc: doc, tf: tf})
			}
			ix.lens = append(ix.lens, float32(n))
			if s.AboutSource[p.N] {
				ix.aboutSource[doc] = hints
			}
			total += float64(n)
		}
	}
	if len(ix.passages) > 0 {
		ix.avgLen = total / float64(len(ix.passages))
	}
	ix.addCountryInitials()
	for _, s := range kb.Sources {
		for _, t := range kb.Glossary.canonical(analyze(s.Author)) {
			ix.authors[t.stem] = true
		}
	}
	return ix
}

// An index merged from its sources' separate analyses is the index built
// one passage after the other.
func TestNewIndexIsSequentialIndex(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"embedded":         embeddedFiles(t),
		"varied 60x12":     variedFiles(t, 60, 12, 1),
		"varied 25x30":     variedFiles(t, 25, 30, 2),
		"varied 200x3":     variedFiles(t, 200, 3, 4),
		"without glossary": withoutGlossary(variedFiles(t, 30, 6, 8)),
		"capitals 30x20":   caseFiles(30, 20, 6, 1),
		"capitals 200x4":   caseFiles(200, 4, 300, 2),
		"capitals 3x300":   caseFiles(3, 300, 100, 3),
	} {
		kb, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		sameIndex(t, name, NewIndex(kb), sequentialIndex(kb))
	}
}

// A passage that uses a word more often than a packed posting counts is
// indexed all the same (such a passage does not lint, but an index may be
// built of sources that were not loaded).
func TestNewIndexOfAHugePassage(t *testing.T) {
	src := &Source{ID: "huge", File: "huge.md", Author: "A. Writer"}
	for n, text := range []string{"A short one.", strings.Repeat("Alpha beta ", 5000) + "gamma.", "Beta again."} {
		src.Passages = append(src.Passages, &Passage{ID: PassageID(src.ID, n+1), N: n + 1, Text: text, Source: src})
	}
	kb := &KB{Sources: []*Source{src}}
	sameIndex(t, "huge passage", NewIndex(kb), sequentialIndex(kb))
	if tf := NewIndex(kb).postings["alpha"][0].tf; tf != 5000 {
		t.Errorf("alpha is counted %d times, not 5000", tf)
	}
}

func withoutGlossary(fsys fstest.MapFS) fstest.MapFS {
	delete(fsys, GlossaryFile)
	return fsys
}

// The Snowball stemmer folds some words into unrelated ones; the
// exceptions keep them apart, and keep each word's own forms together.
func TestStemExceptions(t *testing.T) {
	for _, pair := range [][2]string{{"important", "import"}, {"authorities", "author"}, {"organization", "organ"}, {"university", "universe"}} {
		if stem(pair[0]) == stem(pair[1]) {
			t.Errorf("%s and %s share the stem %q", pair[0], pair[1], stem(pair[0]))
		}
	}
	for _, pair := range [][2]string{{"important", "importance"}, {"organisation", "organizations"}} {
		if stem(pair[0]) != stem(pair[1]) {
			t.Errorf("%s (%q) and %s (%q) differ", pair[0], stem(pair[0]), pair[1], stem(pair[1]))
		}
	}
}
