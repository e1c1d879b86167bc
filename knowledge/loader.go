package knowledge

import (
	"crypto/sha256"
	"hash/maphash"
	"io/fs"
	"sync"
)

// A Loader loads a knowledge base directory again and again, as a server
// reloads it: a file that has not changed since the last load is not
// parsed, linted or analysed again. What changed is linted as Load lints
// it, and what concerns every file (duplicate ids, the same passage in two
// sources) is checked over all of them each time. A Loader remembers the
// files of its last load only, so its memory does not grow with reloads.
// It is safe for concurrent use; loads run one at a time.
type Loader struct {
	mu      sync.Mutex
	cache   fileCache
	symbols *symbols
}

// NewLoader returns a Loader that has loaded nothing yet.
func NewLoader() *Loader {
	return &Loader{cache: fileCache{seed: maphash.MakeSeed(), files: map[string]*cachedFile{}}, symbols: newSymbols()}
}

// Load reads and lints a knowledge base directory as Load does, reusing
// the files that did not change since the loader's last load.
func (l *Loader) Load(fsys fs.FS) (*KB, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	kb, ps, err := loadWith(fsys, &l.cache)
	if err != nil {
		return nil, err
	}
	if errs := ps.Errors(); len(errs) > 0 {
		return nil, errs
	}
	return kb, nil
}

// Index builds the index of a knowledge base as NewIndex does, reusing
// the analysis of each source the loader has analysed before with the
// same glossary: a reload after one file changed analyses that file only.
func (l *Loader) Index(kb *KB) *Index {
	l.mu.Lock()
	defer l.mu.Unlock()
	x := newIndexer(kb.Glossary, l.symbols)
	analysed := make([]*sourceTerms, len(kb.Sources))
	for i, s := range kb.Sources {
		f := l.cache.files[s.File]
		if f == nil || f.src != s {
			f = nil // not loaded by this loader, or not lately: nowhere to keep its analysis
		}
		if f != nil && f.terms != nil && f.terms.glossary == kb.Glossary && f.terms.symbols == l.symbols {
			analysed[i] = f.terms
			continue
		}
		analysed[i] = x.analyze(s)
		if f != nil {
			f.terms = analysed[i]
		}
	}
	ix := newIndexOf(kb, analysed, l.symbols)
	l.compact()
	return ix
}

// compactAt is the fewest symbols a loader renumbers.
const compactAt = 1 << 14

// compact renumbers the symbols when most of them are no longer used:
// those of the terms and words of files since changed or removed.
func (l *Loader) compact() {
	if len(l.symbols.names) < compactAt {
		return
	}
	used := make([]bool, len(l.symbols.names))
	live := 0
	mark := func(id int32) {
		if !used[id] {
			used[id] = true
			live++
		}
	}
	for _, f := range l.cache.files {
		if st := f.terms; st != nil && st.symbols == l.symbols {
			for _, id := range st.terms {
				mark(id)
			}
			for _, u := range st.words {
				mark(u.lower)
			}
			for _, m := range st.more {
				if m.last >= 0 {
					mark(m.last)
				}
			}
		}
	}
	if live*2 > len(l.symbols.names) {
		return
	}
	y, renumber := newSymbols(), make([]int32, len(l.symbols.names))
	for id, s := range l.symbols.names {
		if used[id] {
			renumber[id] = y.id(s)
		}
	}
	for _, f := range l.cache.files {
		st := f.terms
		if st == nil || st.symbols != l.symbols {
			f.terms = nil
			continue
		}
		for i, id := range st.terms {
			st.terms[i] = renumber[id]
		}
		for i := range st.words {
			st.words[i].lower = renumber[st.words[i].lower]
		}
		for i := range st.more {
			if m := &st.more[i]; m.last >= 0 {
				m.last = renumber[m.last]
			}
		}
		st.symbols = y
	}
	l.symbols = y
}

// fileCache holds what a Loader made of each file of its last load. Its
// methods do nothing on a nil cache.
type fileCache struct {
	seed  maphash.Seed
	files map[string]*cachedFile
	load  int // the number of the load under way
	// the glossary: its content's hash, whether there is one, and what it
	// parsed into (nil when it does not parse)
	glossarySum    uint64
	glossaryExists bool
	glossaryParsed *Glossary
}

// A cachedFile is a source file that parsed and linted: its content's
// hashes (a fast one to tell a change, SHA-256 for the version) and
// length, the source, and its analysis once indexed.
type cachedFile struct {
	sum   uint64
	sha   [sha256.Size]byte
	size  int
	load  int // the last load that saw it
	src   *Source
	keys  []uint64 // passageKeys(src)
	terms *sourceTerms
}

// source returns the source of a file whose content has not changed since
// it was kept, and the content's SHA-256; or nil.
func (c *fileCache) source(name string, data []byte) (*Source, [sha256.Size]byte) {
	if c == nil {
		return nil, [sha256.Size]byte{}
	}
	f := c.files[name]
	if f == nil || f.size != len(data) || f.sum != maphash.Bytes(c.seed, data) {
		return nil, [sha256.Size]byte{}
	}
	f.load = c.load
	return f.src, f.sha
}

// keep keeps the source a file's content parsed into, with the content's
// SHA-256; nil forgets the file.
func (c *fileCache) keep(name string, data []byte, sha [sha256.Size]byte, src *Source) {
	if c == nil {
		return
	}
	if src == nil {
		delete(c.files, name)
		return
	}
	c.files[name] = &cachedFile{sum: maphash.Bytes(c.seed, data), sha: sha, size: len(data), load: c.load, src: src, keys: passageKeys(src)}
}

// passageKeys returns passageKeys(s), computed once for a source kept.
func (c *fileCache) passageKeys(s *Source) []uint64 {
	if c != nil {
		if f := c.files[s.File]; f != nil && f.src == s {
			return f.keys
		}
	}
	return passageKeys(s)
}

// start begins a load.
func (c *fileCache) start() {
	if c != nil {
		c.load++
	}
}

// forgetUnseen forgets the files the load under way did not see: those
// removed.
func (c *fileCache) forgetUnseen() {
	if c == nil {
		return
	}
	for name, f := range c.files {
		if f.load != c.load {
			delete(c.files, name)
		}
	}
}

// glossary returns the glossary a glossary file's content parses into
// (exists false: there is none), reusing the last one when the content is
// the same, so that the analyses made with it stay valid.
func (c *fileCache) glossary(data []byte, exists bool) (*Glossary, Problems) {
	parse := func() (*Glossary, Problems) {
		if !exists {
			return (&Glossary{}).build(), nil
		}
		return ParseGlossary(GlossaryFile, data)
	}
	if c == nil {
		return parse()
	}
	sum := maphash.Bytes(c.seed, data)
	if c.glossaryParsed != nil && c.glossaryExists == exists && c.glossarySum == sum {
		return c.glossaryParsed, nil
	}
	g, ps := parse()
	c.glossarySum, c.glossaryExists, c.glossaryParsed = sum, exists, g
	return g, ps
}
