package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// sourceTerms is what indexing makes of one source on its own: its
// passages' terms and lengths, its words for the typo vocabulary, the
// acronyms of its names and its author's terms. An index merges those of
// its sources, so that a reload analyses again only the sources that
// changed (see Loader).
type sourceTerms struct {
	glossary *Glossary // the glossary the terms were made with
	symbols  *symbols  // what numbers its terms and words
	// terms are the source's distinct index terms; the postings of
	// terms[i] are posts[start[i]:start[i+1]], with the source's passages
	// numbered from 0.
	terms []int32
	start []int32
	posts []posting
	lens  []float32 // each passage's length in terms
	// about holds the hint terms of the passages about the source, by
	// passage number from 0.
	about map[int32]map[string]bool
	// words and firsts are what the source adds to the vocabulary.
	words    []wordUse
	firsts   []firstUse
	acronyms map[string]string
	authors  []string
}

// A wordUse is what a source adds to the vocabulary's entry for one word
// (see vocabulary.addWords): how often it writes the word, how often with
// a capital, and its last use that is not the first word of a passage,
// which decides whether the entry is a name.
type wordUse struct {
	lower int32
	last  int32 // the word as written at that last use; -1 if none
	// count and capital are the source's totals; lastCount and
	// lastCapital, the same up to and with the last use.
	count, capital         int32
	lastCount, lastCapital int32
}

// A firstUse is a use of a word as the first word of a passage: it makes
// the word no name when, counting it, the word is mostly written in lower
// case. Only the first uses after the word's last other use count.
type firstUse struct {
	word           int32 // index in words
	count, capital int32 // the word's counts in the source, with this use
}

// symbols numbers the terms and words of analyses, so that merging them
// indexes arrays instead of hashing strings.
type symbols struct {
	ids   map[string]int32
	names []string
}

func newSymbols() *symbols { return &symbols{ids: map[string]int32{}} }

func (y *symbols) id(s string) int32 {
	id, ok := y.ids[s]
	if !ok {
		id = int32(len(y.names))
		y.ids[s] = id
		y.names = append(y.names, s)
	}
	return id
}

// termScratch is the working memory of analysing sources, reused from one
// to the next.
type termScratch struct {
	ws      []string
	ts, ct  []term
	terms   []string
	termID  map[string]int32
	tf      []int32
	touched []int32
	hits    []termHit
	uses    []wordUse
	written []string // by use: the word as written at its last use
	useID   map[string]int32
	pos     []int32
}

type termHit struct{ term, doc, tf int32 }

func newTermScratch() *termScratch {
	return &termScratch{termID: map[string]int32{}, useID: map[string]int32{}}
}

// analyzeSource indexes the source s on its own, with the glossary g,
// numbering its terms and words with y.
func analyzeSource(s *Source, g *Glossary, y *symbols, an analyzer, sc *termScratch) *sourceTerms {
	st := &sourceTerms{glossary: g, symbols: y, lens: make([]float32, 0, len(s.Passages))}
	clear(sc.termID)
	clear(sc.useID)
	sc.terms, sc.tf, sc.hits, sc.uses, sc.written = sc.terms[:0], sc.tf[:0], sc.hits[:0], sc.uses[:0], sc.written[:0]
	names := nameForms{acronyms: map[string]string{}}
	for doc, p := range s.Passages {
		sc.ws = appendWords(sc.ws[:0], p.Text)
		sc.ts = sc.ts[:0]
		capitals := 0
		for i, w := range sc.ws {
			f := an.form(w)
			if f.letter {
				st.use(sc, f, i)
			}
			if f.upper {
				capitals++
			}
			if !f.skip {
				sc.ts = append(sc.ts, term{stem: f.stem, surface: w, capital: f.upper, first: i == 0})
			}
		}
		if capitals >= 2 { // an acronym is of two capitalised words or more
			names.addAcronyms(p.Text)
		}
		sc.ct = g.appendCanonical(sc.ct[:0], sc.ts)
		sc.touched = sc.touched[:0]
		for _, t := range sc.ct {
			id := sc.term(t.stem)
			if sc.tf[id] == 0 {
				sc.touched = append(sc.touched, id)
			}
			sc.tf[id]++
		}
		// Hints make a passage findable; they do not lengthen it.
		hints := hintTerms(g, p)
		for stem := range hints {
			if id := sc.term(stem); sc.tf[id] == 0 {
				sc.touched = append(sc.touched, id)
				sc.tf[id] = 1
			}
		}
		for _, id := range sc.touched {
			sc.hits = append(sc.hits, termHit{term: id, doc: int32(doc), tf: sc.tf[id]})
			sc.tf[id] = 0
		}
		st.lens = append(st.lens, float32(len(sc.ct)))
		if s.AboutSource[p.N] {
			if st.about == nil {
				st.about = map[int32]map[string]bool{}
			}
			st.about[int32(doc)] = hints
		}
	}
	st.postings(sc)
	st.number(sc)
	if len(names.acronyms) > 0 {
		st.acronyms = names.acronyms
	}
	for _, t := range g.canonical(analyze(s.Author)) {
		st.authors = append(st.authors, t.stem)
	}
	return st
}

// termID numbers the source's distinct terms as it meets them.
func (sc *termScratch) term(stem string) int32 {
	id, ok := sc.termID[stem]
	if !ok {
		id = int32(len(sc.terms))
		sc.terms = append(sc.terms, stem)
		sc.termID[stem] = id
		sc.tf = append(sc.tf, 0)
	}
	return id
}

// postings lays the hits out by term, each term's in passage order.
func (st *sourceTerms) postings(sc *termScratch) {
	st.start = make([]int32, len(sc.terms)+1)
	for _, h := range sc.hits {
		st.start[h.term+1]++
	}
	for i := range sc.terms {
		st.start[i+1] += st.start[i]
	}
	sc.pos = append(sc.pos[:0], st.start...)
	st.posts = make([]posting, len(sc.hits))
	for _, h := range sc.hits {
		st.posts[sc.pos[h.term]] = posting{doc: h.doc, tf: h.tf}
		sc.pos[h.term]++
	}
}

// number keeps the source's terms and words as their symbols.
func (st *sourceTerms) number(sc *termScratch) {
	y := st.symbols
	st.terms = make([]int32, len(sc.terms))
	for i, t := range sc.terms {
		st.terms[i] = y.id(t)
	}
	st.words = slices.Clone(sc.uses)
	for i := range st.words {
		u := &st.words[i]
		if u.lastCount > 0 {
			u.last = y.id(sc.written[i])
		}
	}
	st.firsts = slices.Clone(st.firsts)
}

// use records one use of a word, the i-th of its passage.
func (st *sourceTerms) use(sc *termScratch, f wordForm, i int) {
	id, ok := sc.useID[f.lower]
	if !ok {
		id = int32(len(sc.uses))
		sc.uses = append(sc.uses, wordUse{lower: st.symbols.id(f.lower), last: -1})
		sc.written = append(sc.written, "")
		sc.useID[f.lower] = id
	}
	u := &sc.uses[id]
	u.count++
	if f.upper {
		u.capital++
	}
	if i > 0 {
		sc.written[id], u.lastCount, u.lastCapital = f.written, u.count, u.capital
	} else {
		st.firsts = append(st.firsts, firstUse{word: id, count: u.count, capital: u.capital})
	}
}

// hintTerms are the index terms of a passage's hints, with the glossary g.
func hintTerms(g *Glossary, p *Passage) map[string]bool {
	if len(p.Source.Hints[p.N]) == 0 {
		return nil
	}
	set := map[string]bool{}
	for _, t := range g.canonical(analyze(strings.Join(p.Source.Hints[p.N], " "))) {
		set[t.stem] = true
	}
	return set
}

// newIndexOf builds the index of kb from the analyses of its sources, in
// the same order, all numbered by y.
func newIndexOf(kb *KB, analysed []*sourceTerms, y *symbols) *Index {
	ix := &Index{kb: kb, aboutSource: map[int32]map[string]bool{},
		vocab: newVocabulary(), names: nameForms{acronyms: map[string]string{}},
		authors: map[string]bool{}, sentences: map[string][]Sentence{}, marked: map[string]bool{}}
	ix.addGlossaryNames()
	for lower := range ix.vocab.words {
		y.id(lower)
	}
	words := make([]*vocabWord, len(y.names)) // by symbol
	for lower, vw := range ix.vocab.words {
		words[y.ids[lower]] = vw
	}
	n := 0
	for _, s := range kb.Sources {
		n += len(s.Passages)
	}
	ix.passages, ix.lens = make([]*Passage, 0, n), make([]float32, 0, n)
	var total float64
	for i, s := range kb.Sources {
		st := analysed[i]
		base := int32(len(ix.passages))
		ix.passages = append(ix.passages, s.Passages...)
		for _, l := range st.lens {
			ix.lens = append(ix.lens, l)
			total += float64(l)
		}
		for doc, hints := range st.about {
			ix.aboutSource[base+doc] = hints
		}
		ix.vocab.merge(st.words, st.firsts, y, words)
		for a, full := range st.acronyms {
			if _, seen := ix.names.acronyms[a]; !seen {
				ix.names.acronyms[a] = full
			}
		}
		for _, t := range st.authors {
			ix.authors[t] = true
		}
	}
	if len(ix.passages) > 0 {
		ix.avgLen = total / float64(len(ix.passages))
	}
	ix.postings = mergePostings(kb.Sources, analysed, y)
	return ix
}

// mergePostings joins the sources' postings into the index's, numbering
// passages across the sources in order. Every list shares one array.
func mergePostings(sources []*Source, analysed []*sourceTerms, y *symbols) map[string][]posting {
	df := make([]int32, len(y.names)+1) // by symbol, from 1
	nPosts, nTerms := 0, 0
	for _, st := range analysed {
		nPosts += len(st.posts)
		for j, id := range st.terms {
			if df[id+1] == 0 {
				nTerms++
			}
			df[id+1] += st.start[j+1] - st.start[j]
		}
	}
	next := df // where each symbol's list starts, then where it goes on
	for id := range y.names {
		next[id+1] += next[id]
	}
	all := make([]posting, nPosts)
	postings := make(map[string][]posting, nTerms)
	for id, t := range y.names {
		if next[id+1] > next[id] {
			postings[t] = all[next[id]:next[id+1]:next[id+1]]
		}
	}
	base := int32(0)
	for i, st := range analysed {
		for j, id := range st.terms {
			run := st.posts[st.start[j]:st.start[j+1]]
			dst := all[next[id] : next[id]+int32(len(run))]
			for x, p := range run {
				dst[x] = posting{doc: base + p.doc, tf: p.tf}
			}
			next[id] += int32(len(run))
		}
		base += int32(len(sources[i].Passages))
	}
	return postings
}

// merge adds what one source adds to the vocabulary: the result is the
// same as adding its passages' words one by one (see addWords). byID holds
// the vocabulary's words by symbol.
func (v *vocabulary) merge(uses []wordUse, firsts []firstUse, y *symbols, byID []*vocabWord) {
	for i := range uses {
		u := &uses[i]
		vw := byID[u.lower]
		if vw == nil {
			lower := y.names[u.lower]
			vw = &vocabWord{surface: lower}
			v.words[lower] = vw
			byID[u.lower] = vw
			n := utf8.RuneCountInString(lower)
			v.byLen[n] = append(v.byLen[n], lower)
		}
		if u.last >= 0 {
			count, capital := vw.count+int(u.lastCount), vw.capital+int(u.lastCapital)
			if capital*2 > count {
				vw.name, vw.surface = true, y.names[u.last]
			} else {
				vw.name, vw.surface = false, y.names[u.lower]
			}
		}
		vw.count += int(u.count)
		vw.capital += int(u.capital)
	}
	for _, f := range firsts {
		u := &uses[f.word]
		if f.count <= u.lastCount {
			continue // the last use not first in its passage came after it
		}
		vw := byID[u.lower]
		count := vw.count - int(u.count) + int(f.count)
		capital := vw.capital - int(u.capital) + int(f.capital)
		if capital*2 <= count {
			vw.name, vw.surface = false, y.names[u.lower]
		}
	}
}
