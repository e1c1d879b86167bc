package knowledge

import "unicode/utf8"

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
	pool := make([]vocabWord, len(y.names))   // the sources' words, by symbol
	for lower, vw := range ix.vocab.words {
		words[y.ids[lower]] = vw
	}
	n := 0
	for _, s := range kb.Sources {
		n += len(s.Passages)
	}
	ix.passages, ix.lens = make([]*Passage, 0, n), make([]float32, 0, n)
	var total float64
	codes := map[string]int{} // see ownSigns
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
		ix.vocab.merge(st, y, words, pool)
		for a, full := range st.acronyms {
			if _, seen := ix.names.acronyms[a]; !seen {
				ix.names.acronyms[a] = full
			}
		}
		for joined, h := range st.hyphened {
			if ix.hyphened == nil {
				ix.hyphened = map[string]string{}
			}
			ix.hyphened[joined] = h
		}
		for c, n := range st.codes {
			codes[c] += n
		}
		for _, t := range st.authors {
			ix.authors[t] = true
		}
	}
	if len(ix.passages) > 0 {
		ix.avgLen = total / float64(len(ix.passages))
	}
	ix.ownSigns = ownSigns(kb.Glossary, codes)
	ix.ownMoney = ownCurrencyRE(ix.ownSigns)
	ix.currencies = currencyConcepts(kb.Glossary, ix.ownSigns)
	ix.addCountryInitials()
	ix.postings = mergePostings(kb.Sources, analysed, y)
	return ix
}

// mergePostings joins the sources' postings into the index's, numbering
// passages across the sources in order. Every list shares one array.
func mergePostings(sources []*Source, analysed []*sourceTerms, y *symbols) map[string][]posting {
	df := make([]int32, len(y.names)+1) // by symbol, from 1
	nPosts, nTerms := 0, 0
	for _, st := range analysed {
		nPosts += len(st.posts) + len(st.wide)
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
			from, to := st.start[j], st.start[j+1]
			dst := all[next[id] : next[id]+to-from]
			if st.wide != nil {
				for x, p := range st.wide[from:to] {
					dst[x] = posting{doc: base + p.doc, tf: p.tf}
				}
			} else {
				for x, p := range st.posts[from:to] {
					dst[x] = posting{doc: base + int32(p>>(32-docBits)), tf: int32(p & (1<<(32-docBits) - 1))}
				}
			}
			next[id] += to - from
		}
		base += int32(len(sources[i].Passages))
	}
	return postings
}

// merge adds what one source adds to the vocabulary: the result is the
// same as adding its passages' words one by one (see addWords). byID holds
// the vocabulary's words by symbol, pool room for the new ones.
func (v *vocabulary) merge(st *sourceTerms, y *symbols, byID []*vocabWord, pool []vocabWord) {
	for i, w := range st.words {
		vw := byID[w.lower]
		if vw == nil {
			lower := y.names[w.lower]
			vw = &pool[w.lower]
			vw.surface = lower
			v.words[lower] = vw
			byID[w.lower] = vw
			n := utf8.RuneCountInString(lower)
			v.byLen[n] = append(v.byLen[n], lower)
		}
		if w.more < 0 { // written in lower case, last within a passage
			vw.count += int(w.count)
			vw.name, vw.surface = vw.capital*2 > vw.count, y.names[w.lower]
			continue
		}
		u := st.tally(int32(i))
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
	for _, f := range st.firsts {
		u := st.tally(f.word)
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
