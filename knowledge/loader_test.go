package knowledge

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// freshIndex is the index of a directory loaded and indexed from nothing.
func freshIndex(t *testing.T, fsys fstest.MapFS) *Index {
	t.Helper()
	kb, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(kb)
}

// reloadIndex loads and indexes a directory with the loader l.
func reloadIndex(t *testing.T, l *Loader, fsys fstest.MapFS) *Index {
	t.Helper()
	kb, err := l.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return l.Index(kb)
}

// sameIndex fails the test when two indexes differ in anything they were
// built with: got is the index under test.
func sameIndex(t *testing.T, step string, got, want *Index) {
	t.Helper()
	g, w := dumpIndex(got), dumpIndex(want)
	if g == w {
		return
	}
	gl, wl := strings.Split(g, "\n"), strings.Split(w, "\n")
	for i := range min(len(gl), len(wl)) {
		if gl[i] != wl[i] {
			t.Fatalf("%s: the indexes differ, first at line %d:\n got %s\nwant %s", step, i+1, gl[i], wl[i])
		}
	}
	t.Fatalf("%s: one index has %d lines, the other %d", step, len(gl), len(wl))
}

func clone(fsys fstest.MapFS) fstest.MapFS {
	out := fstest.MapFS{}
	for name, f := range fsys {
		out[name] = &fstest.MapFile{Data: f.Data}
	}
	return out
}

// Whatever happens to the files between two loads, a loader's index is
// the one a fresh load builds: the same postings, lengths, vocabulary
// (whose names depend on the order words come in), acronyms and authors.
func TestLoaderIndexIsFreshIndex(t *testing.T) {
	fsys := variedFiles(t, 40, 8, 11)
	l := NewLoader()
	sameIndex(t, "first load", reloadIndex(t, l, fsys), freshIndex(t, fsys))
	steps := []struct {
		name string
		edit func(fstest.MapFS)
	}{
		{"nothing changed", func(fstest.MapFS) {}},
		{"a passage rewritten with names", func(fs fstest.MapFS) {
			f := fs["varied-0007.md"]
			f.Data = append(f.Data, []byte("\nKhasan Rajin Railway Company runs the line; khasan is written small here and Rajin Railway Company again.\n")...)
		}},
		{"a word's capitals flipped in an early source", func(fs fstest.MapFS) {
			f := fs["varied-0001.md"]
			f.Data = []byte(strings.ReplaceAll(string(f.Data), "Russia", "russia"))
		}},
		{"a source added in the middle", func(fs fstest.MapFS) {
			fs["varied-0010a.md"] = &fstest.MapFile{Data: []byte(strings.Replace(string(fs["varied-0010.md"].Data), "id: varied-10", "id: varied-10a", 1) +
				"\nThe Ministry of Foreign Affairs of Ruritania spoke first: Ruritania words.\n")}
		}},
		{"a source removed", func(fs fstest.MapFS) { delete(fs, "varied-0003.md") }},
		{"a source renamed", func(fs fstest.MapFS) {
			fs["varied-0099.md"] = fs["varied-0020.md"]
			delete(fs, "varied-0020.md")
		}},
		{"the glossary edited", func(fs fstest.MapFS) {
			f := fs[GlossaryFile]
			f.Data = append(append([]byte{}, f.Data...), []byte("ministry: [ministry, foreign ministry, Ministry of Foreign Affairs, MFA]\n")...)
		}},
		{"the glossary removed", func(fs fstest.MapFS) { delete(fs, GlossaryFile) }},
		{"every source edited", func(fs fstest.MapFS) {
			for name, f := range fs {
				f.Data = append(f.Data, []byte("\nOne more paragraph about "+name+".\n")...)
			}
		}},
	}
	for _, step := range steps {
		fsys = clone(fsys)
		step.edit(fsys)
		sameIndex(t, step.name, reloadIndex(t, l, fsys), freshIndex(t, fsys))
	}
}

// Sources rewritten, added and removed at random, ten times over, in a
// base whose vocabulary's names depend on the order of its words.
func TestLoaderIndexIsFreshIndexAfterRandomEdits(t *testing.T) {
	fsys := caseFiles(60, 6, 40, 1)
	l := NewLoader()
	reloadIndex(t, l, fsys)
	for round := range 10 {
		fsys = clone(fsys)
		other := caseFiles(60, 6, 40, uint64(round+2))
		for k := range 4 {
			name := fmt.Sprintf("case-%04d.md", (round*7+k*13)%60)
			if k == 3 {
				delete(fsys, name)
				continue
			}
			fsys[name] = other[name]
		}
		sameIndex(t, fmt.Sprintf("round %d", round+1), reloadIndex(t, l, fsys), freshIndex(t, fsys))
	}
}

// A reload after one file changed parses and analyses that file only; the
// others' sources and analyses are reused.
func TestLoaderReusesUnchangedFiles(t *testing.T) {
	fsys := variedFiles(t, 20, 5, 3)
	l := NewLoader()
	before := reloadIndex(t, l, fsys)
	analysed := map[string]*sourceTerms{}
	for name, f := range l.cache.files {
		analysed[name] = f.terms
	}
	fsys = clone(fsys)
	fsys["varied-0004.md"].Data = append(fsys["varied-0004.md"].Data, []byte("\nAn added paragraph.\n")...)
	after := reloadIndex(t, l, fsys)
	for i, s := range after.KB().Sources {
		old := before.KB().Sources[i]
		changed := s.File == "varied-0004.md"
		if (s == old) == changed {
			t.Errorf("%s: source reused %v, but changed %v", s.File, s == old, changed)
		}
		if reused := l.cache.files[s.File].terms == analysed[s.File]; reused == changed {
			t.Errorf("%s: analysis reused %v, but changed %v", s.File, reused, changed)
		}
	}
	if after.KB().Version == before.KB().Version {
		t.Error("the version did not change")
	}
}

// A broken edit fails the load with the problems Load reports, across
// the files reused too (an id or a passage another file has), and the
// loader reloads the fixed directory.
func TestLoaderLintsWhatChanged(t *testing.T) {
	base := variedFiles(t, 10, 4, 5)
	l := NewLoader()
	reloadIndex(t, l, base)
	p1 := strings.SplitN(string(base["varied-0002.md"].Data), "---\n", 3)[2]
	for _, c := range []struct {
		name string
		edit func(fstest.MapFS)
	}{
		{"a file broken", func(fs fstest.MapFS) {
			fs["varied-0005.md"].Data = []byte("---\nid: varied-5\ntitle: x\n---\nNo author.\n")
		}},
		{"an id taken", func(fs fstest.MapFS) {
			fs["varied-0009.md"].Data = []byte(strings.Replace(string(fs["varied-0009.md"].Data), "id: varied-9", "id: varied-1", 1))
		}},
		{"an unchanged file's passage pasted", func(fs fstest.MapFS) {
			fs["varied-0010.md"] = &fstest.MapFile{Data: []byte("---\nid: pasted\ntitle: P\nauthor: A\npublisher: P\npublished: 2024\nmade_up: 1\n---\n" + p1)}
		}},
		{"a passage pasted, no other problem", func(fs fstest.MapFS) {
			fs["varied-0010.md"] = &fstest.MapFile{Data: []byte("---\nid: pasted\ntitle: P\nauthor: A\npublisher: P\npublished: 2024\n---\n" + p1)}
		}},
	} {
		fsys := clone(base)
		c.edit(fsys)
		_, want := Load(fsys)
		_, got := l.Load(fsys)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: the loader reports\n%v\nLoad reports\n%v", c.name, got, want)
		}
		if want == nil {
			// the warning of a pasted passage does not stop a load
			_, ps, _ := loadWith(fsys, &l.cache)
			_, wantPs, _ := load(fsys)
			if len(ps) == 0 || fmt.Sprint(ps) != fmt.Sprint(wantPs) {
				t.Errorf("%s: the loader lints\n%v\nLoad lints\n%v", c.name, ps, wantPs)
			}
		} else if !errors.As(got, new(Problems)) {
			t.Errorf("%s: %v is not Problems", c.name, got)
		}
		sameIndex(t, c.name+", fixed", reloadIndex(t, l, base), freshIndex(t, base))
	}
}

// A loader keeps nothing of files that are gone, and the numbering of the
// words of files edited again and again does not grow without bound.
func TestLoaderMemoryIsBounded(t *testing.T) {
	fsys := variedFiles(t, 5, 3, 9)
	l := NewLoader()
	reloadIndex(t, l, fsys)
	for i := range 60 {
		fsys = clone(fsys)
		var b strings.Builder
		for j := range 600 { // words no other edit has
			fmt.Fprintf(&b, "w%dx%d ", i, j)
		}
		fsys["varied-0001.md"].Data = []byte(fmt.Sprintf("---\nid: varied-1\ntitle: T\nauthor: A\npublisher: P\npublished: 2024\n---\n%s\n", b.String()))
		delete(fsys, fmt.Sprintf("extra-%d.md", i-1))
		fsys[fmt.Sprintf("extra-%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\nid: extra-%d\ntitle: T\nauthor: A\npublisher: P\npublished: 2024\n---\nExtra %d.\n", i, i))}
		reloadIndex(t, l, fsys)
	}
	if n := len(l.cache.files); n != len(fsys)-1 { // the glossary is kept apart
		t.Errorf("the loader keeps %d files; the directory has %d sources", n, len(fsys)-1)
	}
	if n := len(l.symbols.names); n > 2*compactAt {
		t.Errorf("the loader numbers %d words and terms after 60 edits of 600 new words each", n)
	}
	sameIndex(t, "after renumbering", reloadIndex(t, l, fsys), freshIndex(t, fsys))
}

// Passages are compared by the hashes of their texts; two texts with one
// hash are still told apart.
func TestDuplicatePassagesWhenHashesCollide(t *testing.T) {
	src := func(id, body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\ntitle: T\nauthor: A\npublisher: P\npublished: 2024\n---\n" + body)}
	}
	fsys := fstest.MapFS{
		"a.md": src("a", "One two three four five.\n\nSix seven eight nine ten.\n\nShort one.\n"),
		"b.md": src("b", "Six seven  eight nine\tten.\n\nEleven twelve thirteen fourteen fifteen.\n\nShort one.\n"),
		"c.md": src("c", "Eleven twelve thirteen fourteen fifteen.\n\nOne two three four five.\n\nOne two three four five.\n"),
	}
	kb, ps, err := load(fsys)
	if err != nil || len(ps) != 4 {
		t.Fatalf("want 4 warnings, got %v (%v)", ps, err)
	}
	collide := func(s *Source) []uint64 { return make([]uint64, len(s.Passages)) }
	if got := duplicatePassages(kb.Sources, collide); fmt.Sprint(got) != fmt.Sprint(ps) {
		t.Errorf("with every hash the same:\n%v\nwant\n%v", got, ps)
	}
}
