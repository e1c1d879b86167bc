package knowledge

import (
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge/sources"
)

// dumpIndex writes out everything an index is built with, in a fixed
// order, so that two indexes can be compared whole.
func dumpIndex(ix *Index) string {
	var b strings.Builder
	fmt.Fprintf(&b, "kb %s, %d passages, avg %v\n", ix.kb.Version, len(ix.passages), ix.avgLen)
	for i, p := range ix.passages {
		fmt.Fprintf(&b, "doc %d %s len %v\n", i, p.ID, ix.lens[i])
	}
	for _, t := range slices.Sorted(maps.Keys(ix.postings)) {
		fmt.Fprintf(&b, "post %q %v\n", t, ix.postings[t])
	}
	for _, d := range slices.Sorted(maps.Keys(ix.aboutSource)) {
		fmt.Fprintf(&b, "about %d %v\n", d, slices.Sorted(maps.Keys(ix.aboutSource[d])))
	}
	for _, w := range slices.Sorted(maps.Keys(ix.vocab.words)) {
		fmt.Fprintf(&b, "vocab %q %+v\n", w, *ix.vocab.words[w])
	}
	for _, n := range slices.Sorted(maps.Keys(ix.vocab.byLen)) {
		fmt.Fprintf(&b, "len %d %q\n", n, ix.vocab.byLen[n])
	}
	fmt.Fprintf(&b, "aliases %q\nwritten %q\n", ix.names.aliases, ix.names.written)
	for _, a := range slices.Sorted(maps.Keys(ix.names.acronyms)) {
		fmt.Fprintf(&b, "acronym %q %q\n", a, ix.names.acronyms[a])
	}
	fmt.Fprintf(&b, "authors %q\n", slices.Sorted(maps.Keys(ix.authors)))
	return b.String()
}

// variedFiles is a knowledge base directory of nSources sources cut from
// the embedded article's words: runs of its text, some words' case
// flipped, so that the same word is written as a name in one place and not
// in another, with hints and passages about the source, and the embedded
// glossary.
func variedFiles(tb testing.TB, nSources, nPassages int, seed uint64) fstest.MapFS {
	tb.Helper()
	art, err := fs.ReadFile(sources.FS, "lukin-russia-dprk-alliance.md")
	if err != nil {
		tb.Fatal(err)
	}
	_, body, _, _ := splitFrontMatter(string(art))
	pool := strings.Fields(body)
	r := rand.New(rand.NewPCG(seed, 7))
	flip := func(w string) string {
		switch {
		case r.IntN(10) > 0:
			return w
		case strings.ToLower(w) == w:
			rs := []rune(w)
			return strings.ToUpper(string(rs[0])) + string(rs[1:])
		default:
			return strings.ToLower(w)
		}
	}
	glossary, err := fs.ReadFile(sources.FS, GlossaryFile)
	if err != nil {
		tb.Fatal(err)
	}
	fsys := fstest.MapFS{GlossaryFile: {Data: glossary}}
	authors := []string{"Artyom Lukin", "Jane Q. Writer", "The Desk of the UN Security Council", "A. N. Other"}
	for s := range nSources {
		var b strings.Builder
		fmt.Fprintf(&b, "---\nid: varied-%d\ntitle: Varied %d\nauthor: %s\npublisher: Varied Press\npublished: 2023-%02d\n",
			s, s, authors[s%len(authors)], 1+s%12)
		if s%3 == 0 {
			fmt.Fprintf(&b, "about_source: [%d]\nhints:\n  %d: [author, wrote, Artyom Lukin, East Asia Forum]\n  1: [labour, North Korea, trains]\n", nPassages, nPassages)
		}
		b.WriteString("---\n")
		for range nPassages {
			var ws []string
			for range 1 + r.IntN(3) {
				start, n := r.IntN(len(pool)), 5+r.IntN(30)
				for _, w := range pool[start:min(len(pool), start+n)] {
					ws = append(ws, flip(w))
				}
			}
			fmt.Fprintf(&b, "\n%s\n", strings.Join(ws, " "))
		}
		fsys[fmt.Sprintf("varied-%04d.md", s)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return fsys
}

// embeddedFiles is a copy of the embedded knowledge base.
func embeddedFiles(tb testing.TB) fstest.MapFS {
	tb.Helper()
	out := fstest.MapFS{}
	names, err := fs.Glob(sources.FS, "*")
	if err != nil {
		tb.Fatal(err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(sources.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		out[name] = &fstest.MapFile{Data: data}
	}
	return out
}

// caseFiles is a knowledge base directory of nSources sources of short
// passages of a few words, each written with a capital or not at random:
// the same word is a name, then not, then a name again, at the start of a
// passage and within it, with ties, so that the vocabulary's names depend
// on the exact order its words come in.
func caseFiles(nSources, nPassages, nWords int, seed uint64) fstest.MapFS {
	r := rand.New(rand.NewPCG(seed, 3))
	trees := []string{"alder", "birch", "cedar", "dogwood", "elm", "fir"}
	vocab := make([]string, nWords)
	for i := range vocab {
		vocab[i] = trees[i%len(trees)] + strings.Repeat("o", i/len(trees))
	}
	fsys := fstest.MapFS{}
	for s := range nSources {
		var b strings.Builder
		fmt.Fprintf(&b, "---\nid: case-%d\ntitle: Case %d\nauthor: Ann Case\npublisher: Case Press\npublished: 2024-05\n---\n", s, s)
		for range nPassages {
			b.WriteString("\n")
			for k := range 1 + r.IntN(4) {
				w := vocab[r.IntN(len(vocab))]
				if r.IntN(2) == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				if k > 0 {
					b.WriteString(" ")
				}
				b.WriteString(w)
			}
			b.WriteString(".\n")
		}
		fsys[fmt.Sprintf("case-%04d.md", s)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return fsys
}
