package knowledge

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"strings"
)

// A KB is a loaded knowledge base: its sources, its glossary, and a version
// that changes whenever any of its files does.
type KB struct {
	Sources  []*Source
	Glossary *Glossary
	Version  string
}

// Load reads and lints every source (*.md) and the glossary of a knowledge
// base directory. Any problem fails the load, and the error lists them all
// as Problems.
func Load(fsys fs.FS) (*KB, error) {
	kb, ps, err := load(fsys)
	if err != nil {
		return nil, err
	}
	if errs := ps.Errors(); len(errs) > 0 {
		return nil, errs
	}
	return kb, nil
}

// Lint returns every problem of a knowledge base directory, sorted by file
// and line; none means it loads. An unreadable directory is an error.
func Lint(fsys fs.FS) (Problems, error) {
	kb, ps, err := load(fsys)
	if err == nil && len(ps) == 0 {
		ps = checkExamples(kb) // only a knowledge base that loads can be searched
	}
	return ps, err
}

func load(fsys fs.FS) (*KB, Problems, error) { return loadWith(fsys, nil) }

// loadWith is load, reusing the sources and glossary in c that did not
// change, and keeping those that did in it; c may be nil.
func loadWith(fsys fs.FS, c *fileCache) (*KB, Problems, error) {
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil, nil, fmt.Errorf("list sources: %w", err)
	}
	names = slices.DeleteFunc(names, func(n string) bool { return strings.EqualFold(n, "README.md") })
	if len(names) == 0 {
		if _, err := fs.Stat(fsys, "."); err != nil {
			return nil, nil, fmt.Errorf("read knowledge base: %w", err)
		}
		return nil, nil, errors.New("read knowledge base: no source files (*.md) in it")
	}
	c.start()
	h := sha256.New()
	kb := &KB{Sources: make([]*Source, 0, len(names))}
	var ps Problems
	ids := make(map[string]*Source, len(names))
	var buf []byte // each file in turn: nothing keeps a file's bytes
	for _, name := range names {
		data, err := readFile(fsys, name, buf[:0])
		if err != nil {
			return nil, nil, fmt.Errorf("read source: %w", err)
		}
		buf = data
		src, sum := c.source(name, data)
		if src == nil {
			sum = sha256.Sum256(data)
			var bad Problems
			src, bad = ParseSource(name, data)
			ps = append(ps, bad...)
			if src != nil {
				src.Hash = hex.EncodeToString(sum[:8])
			}
			c.keep(name, data, sum, src)
		}
		// The version hashes the files' hashes, which a reload keeps for
		// the files that did not change.
		fmt.Fprintf(h, "%s\x00%d\x00%x\x00", name, len(data), sum)
		if src == nil {
			continue
		}
		if prev, dup := ids[src.ID]; dup {
			ps = append(ps, Problem{File: name, Line: idLine(data), Msg: fmt.Sprintf("duplicate id %q: %s has it too", src.ID, prev.File)})
			continue
		}
		ids[src.ID] = src
		kb.Sources = append(kb.Sources, src)
	}
	c.forgetUnseen()
	ps = append(ps, duplicatePassages(kb.Sources, c.passageKeys)...)
	glossary, err := fs.ReadFile(fsys, GlossaryFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		kb.Glossary, _ = c.glossary(nil, false)
	case err != nil:
		return nil, nil, fmt.Errorf("read glossary: %w", err)
	default:
		fmt.Fprintf(h, "%s\x00%d\x00%x\x00", GlossaryFile, len(glossary), sha256.Sum256(glossary))
		var bad Problems
		kb.Glossary, bad = c.glossary(glossary, true)
		ps = append(ps, bad...)
	}
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Msg, b.Msg))
	})
	kb.Version = hex.EncodeToString(h.Sum(nil))[:12]
	return kb, ps, nil
}

// readFile is fs.ReadFile, into buf.
func readFile(fsys fs.FS, name string, buf []byte) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() < math.MaxInt32 {
		buf = slices.Grow(buf, int(info.Size())+1)
	}
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, 512)
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func idLine(data []byte) int {
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "id:") {
			return i + 1
		}
	}
	return 1
}

// Source returns the source with the given id, or nil.
func (kb *KB) Source(id string) *Source {
	for _, s := range kb.Sources {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Passage returns the passage with the given ID ("<source>#p<N>"), or nil.
func (kb *KB) Passage(id string) *Passage {
	src, n, ok := strings.Cut(id, "#p")
	if !ok {
		return nil
	}
	s := kb.Source(src)
	if s == nil {
		return nil
	}
	var num int
	if _, err := fmt.Sscanf(n, "%d", &num); err != nil || PassageID(src, num) != id {
		return nil
	}
	return s.Passage(num)
}

// Newest returns the latest publication date among the sources.
func (kb *KB) Newest() Date {
	var d Date
	for _, s := range kb.Sources {
		if d.Before(s.Published) {
			d = s.Published
		}
	}
	return d
}
