package knowledge

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// BM25 parameters: the usual ones, which suit paragraphs of news prose.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
	// restShare is the share of its score each term of a group but the
	// best adds (see score)
	restShare = 0.5
)

// An Index is an in-memory BM25 index over every passage of a knowledge
// base. It is built once and is safe for concurrent searches.
type Index struct {
	kb       *KB
	passages []*Passage
	postings map[string][]posting
	lens     []float32
	avgLen   float64
	// aboutSource holds, for each passage about the source itself (its
	// author, its publication), the hint terms it must be found by.
	aboutSource map[int32]map[string]bool
	// ownMoney finds a sum in a currency only the glossary knows by its
	// code or sign ("VKK 1.2m", where the glossary has "Vikland krona,
	// VKK"); nil for none.
	ownMoney *regexp.Regexp
	ownSigns map[string]string // see ownSigns
	// currencies are the glossary's concepts that are currencies (see
	// currencyConcepts): a sum's currency names no party
	currencies map[string]bool
	// hyphened is the sources' words joined by a hyphen, by the word they
	// make written without it ("ecolabel": "eco-label"), for reading a
	// question that joins them
	hyphened map[string]string
	// vocab is the sources' and the glossary's words, for correcting typos;
	// names, the shortened forms of names the question stage resolves.
	vocab *vocabulary
	names nameForms
	// authors are the terms of the sources' authors' names.
	authors map[string]bool
	// sentences are each passage's sentences with their stances, by
	// passage ID, marked a source at a time when first asked for (so that a
	// large base indexes fast and only what is quoted is marked).
	stanceMu  sync.Mutex
	sentences map[string][]Sentence
	marked    map[string]bool // source IDs whose passages are marked
	// inflected maps the stem of a base form to the stems of the sources'
	// words that are irregular forms of it ("freez": "frozen"), made on
	// first use.
	inflectedOnce sync.Once
	inflected     map[string][]string
	// kinds maps a noun to the sources' words for kinds of it
	// ("antibiotic": "streptomycin"), made on first use (see kindsIn).
	kindsOnce sync.Once
	kinds     map[string][]string
	// changes are the stems of the sources' words of increase and
	// decrease, made on first use (see changeStems).
	changeOnce sync.Once
	changes    []changeStem
	// difficulties are the stems of the sources' words of difficulty, made
	// on first use (see difficultyStems).
	difficultyOnce sync.Once
	difficulties   []string
	// figures are the sources' numbers, in order, made on first use (see
	// figuresNear).
	figuresOnce sync.Once
	figures     []figure
	// nationality maps a named concept to the countries the sources
	// describe it by, a name at a time as first asked (see countriesOf).
	nationalityMu sync.Mutex
	nationality   map[string][]string
	// descriptions maps a word to the named concept the sources call by
	// it alone, a word at a time as first asked (see descriptionOf).
	descriptionMu sync.Mutex
	descriptions  map[string]description
}

// irregularForms returns the stems of the sources' words that are
// irregular forms of a base form's stem: stemming joins "halted" to "halt"
// but not "frozen" to "freeze", nor "fell" to "fall".
func (ix *Index) irregularForms(baseStem string) []string {
	ix.inflectedOnce.Do(func() {
		ix.inflected = map[string][]string{}
		// in order, so that each lookup in the lexicon (a binary search of
		// a large sorted table) walks mostly what the last one did
		for _, w := range slices.Sorted(maps.Keys(ix.vocab.words)) {
			base := lexicon.BaseForm(w)
			if base == "" || strings.Contains(base, " ") {
				continue
			}
			st := stem(w)
			if len(ix.postings[st]) == 0 {
				continue
			}
			if b := stem(base); b != st && !slices.Contains(ix.inflected[b], st) {
				ix.inflected[b] = append(ix.inflected[b], st)
			}
		}
	})
	return ix.inflected[baseStem]
}

// kindsIn returns the sources' words for kinds of what a word (lower
// case) names, by the lexicon's broader nouns of theirs: "streptomycin"
// for "antibiotic" or "antibiotics", "rifles" for "weapons". Names are
// no kinds ("Turkey" is no bird): a word the sources write with a capital
// inside a sentence (not a drug named only where a sentence opens).
func (ix *Index) kindsIn(w string) []string {
	ix.kindsOnce.Do(func() {
		ix.kinds = map[string][]string{}
		for _, v := range slices.Sorted(maps.Keys(ix.vocab.words)) {
			if vw := ix.vocab.words[v]; vw.name && ix.capitalisedWithin(v) || len(ix.postings[stem(v)]) == 0 {
				continue
			}
			for _, k := range lexicon.KindsOf(v) {
				if !slices.Contains(ix.kinds[k], v) {
					ix.kinds[k] = append(ix.kinds[k], v)
				}
			}
		}
	})
	if out := ix.kinds[w]; out != nil {
		return out
	}
	return ix.kinds[lexicon.BaseForm(w)]
}

// capitalisedWithin reports whether a passage writes a word (lower case)
// with a capital where no sentence opens: a name.
func (ix *Index) capitalisedWithin(w string) bool {
	first, n := utf8.DecodeRuneInString(w)
	title := string(unicode.ToUpper(first)) + w[n:]
	for _, p := range ix.postings[stem(w)] {
		text := ix.passages[p.doc].Text
		for at := 0; ; {
			i := strings.Index(text[at:], title)
			if i < 0 {
				break
			}
			i += at
			at = i + len(title)
			before := strings.TrimRight(text[:i], " \t\n\"'“‘(")
			next, _ := utf8.DecodeRuneInString(text[at:])
			if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:") && !unicode.IsLetter(next) {
				return true
			}
		}
	}
	return false
}

type posting struct {
	doc int32
	tf  int32
}

// NewIndex builds the index of a loaded knowledge base.
func NewIndex(kb *KB) *Index {
	y := newSymbols()
	x := newIndexer(kb.Glossary, y)
	analysed := make([]*sourceTerms, len(kb.Sources))
	for i, s := range kb.Sources {
		analysed[i] = x.analyze(s)
	}
	return newIndexOf(kb, analysed, y)
}

// addGlossaryNames puts the glossary's aliases in the vocabulary (as names
// when written with a capital) and its multi-word aliases in the forms of
// names the question stage resolves.
func (ix *Index) addGlossaryNames() {
	if ix.kb.Glossary == nil {
		return
	}
	for _, e := range ix.kb.Glossary.Entries {
		for _, a := range e.Aliases {
			r, _ := utf8.DecodeRuneInString(a)
			ix.vocab.add(a, unicode.IsUpper(r))
			if ws := strings.Fields(strings.ToLower(a)); len(ws) > 1 {
				ix.names.aliases = append(ix.names.aliases, ws)
				ix.names.written = append(ix.names.written, a)
			}
		}
	}
}

// addCountryInitials makes a country's name of several words, as ISO 3166
// writes it and the glossary has it as an alias ("Sri Lanka"), known by
// its initials ("SL"), as chat writes countries; never the initials of
// other aliases (a leader's name, a nickname), and not when another
// concept's country name has the same ones or the sources give them
// another meaning. A glossary name with "of", "for" or "and" in it is
// known by its initials with that word's in lower case, as government
// writes them ("MoF", "DoD", "MoFA"). It runs after the sources' own
// acronyms are in.
func (ix *Index) addCountryInitials() {
	if ix.kb.Glossary == nil {
		return
	}
	initials := map[string]string{} // initials -> the name, "" when two concepts share them
	owner := map[string]string{}
	add := func(in, a, key string) {
		if k, seen := owner[in]; !seen {
			initials[in], owner[in] = a, key
		} else if k != key {
			initials[in] = ""
		}
	}
	for _, e := range ix.kb.Glossary.Entries {
		for _, a := range e.Aliases {
			ws := strings.Fields(a)
			if len(ws) < 2 {
				continue
			}
			if lexicon.CountryFullName(a) {
				add(initialsOf(ws), a, e.Key)
			}
			if in := mixedInitials(ws); in != "" {
				add(in, a, e.Key) // "MoF": a Ministry of Finance
			}
		}
	}
	for in, a := range initials {
		if _, ok := ix.names.acronyms[in]; !ok && a != "" && !ix.kb.Glossary.isAlias(in) {
			ix.names.acronyms[in] = a
		}
	}
}

// KB returns the knowledge base the index was built from.
func (ix *Index) KB() *KB { return ix.kb }

// Len returns the number of passages indexed.
func (ix *Index) Len() int { return len(ix.passages) }

// idf is BM25's inverse document frequency, always positive.
func (ix *Index) idf(df int) float64 {
	n := float64(len(ix.passages))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// score adds each passage's BM25 score for the query terms, each times its
// weight, into scores, and sets bit i of matched[doc] when the passage has
// query term i.
//
// Terms of one group (group[i] >= 0: the concepts a word of the question
// is part of the aliases of) add their best to a passage, and the rest
// only restShare of theirs: a passage naming seven countries is not seven
// times about "the government" for each country's "X government" the
// glossary lists. best is scratch for that, one slot a passage, zero on
// entry and on return.
func (ix *Index) score(terms []string, weights []float64, group []int, scores, best []float32, matched []uint64) {
	var touched []int32
	flush := func() {
		for _, d := range touched {
			scores[d] += best[d]
			best[d] = 0
		}
		touched = touched[:0]
	}
	for i, t := range terms {
		if i > 0 && group[i] != group[i-1] {
			flush()
		}
		list := ix.postings[t]
		if len(list) == 0 {
			continue
		}
		idf := ix.idf(len(list)) * weights[i]
		for _, p := range list {
			tf := float64(p.tf)
			norm := bm25K1 * (1 - bm25B + bm25B*float64(ix.lens[p.doc])/ix.avgLen)
			s := float32(idf * tf * (bm25K1 + 1) / (tf + norm))
			matched[p.doc] |= 1 << uint(i)
			if group[i] < 0 {
				scores[p.doc] += s
				continue
			}
			if best[p.doc] == 0 {
				touched = append(touched, p.doc)
			}
			// of the group, the best counts whole (at flush) and the rest
			// at restShare
			if s > best[p.doc] {
				s, best[p.doc] = best[p.doc], s
			}
			scores[p.doc] += s * restShare
		}
	}
	flush()
}

// Terms returns the search terms of a text as the index sees them:
// stemmed, stop words out, glossary aliases replaced by "=concept".
func (ix *Index) Terms(text string) []string {
	g, ts := ix.kb.Glossary, analyze(text)
	out := make([]string, 0, len(ts))
	g.scan(ts, func(words []term, concept string) {
		if concept == "" {
			out = append(out, words[0].stem)
			return
		}
		// the alias's concept, then the one-word concepts inside it, as
		// the index counts them
		out = append(append(out, concept), g.inner(words, concept)...)
	})
	return out
}

// IDF returns the weight of a term as the index sees it (a stem, or a
// "=concept"); a term no passage has gets the rarest weight.
func (ix *Index) IDF(term string) float64 { return ix.idf(len(ix.postings[term])) }

// Passages returns every passage indexed, in source and paragraph order.
func (ix *Index) Passages() []*Passage { return ix.passages }

// Label names a term for people: a concept's first alias, else the term.
func (ix *Index) Label(term string) string {
	if key, ok := strings.CutPrefix(term, "="); ok {
		if e, ok := ix.kb.Glossary.Entry(key); ok && len(e.Aliases) > 0 {
			return e.Aliases[0]
		}
		return key
	}
	return term
}

// Has reports whether some passage has the term.
func (ix *Index) Has(term string) bool { return len(ix.postings[term]) > 0 }

// ConceptLabels names the glossary's concepts as the sources' words: each
// concept's first alias.
func (ix *Index) ConceptLabels() []string {
	if ix.kb.Glossary == nil {
		return nil
	}
	out := make([]string, 0, len(ix.kb.Glossary.Entries))
	for _, e := range ix.kb.Glossary.Entries {
		out = append(out, e.Aliases[0])
	}
	return out
}

// mixedInitials returns the initials of a name of capitalised words with
// "of", "for" or "and" among them, those words' in lower case ("Ministry
// of Finance": "MoF"); "" for any other name.
func mixedInitials(ws []string) string {
	var b strings.Builder
	lower := false
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "of" || w == "for" || w == "and":
			b.WriteByte(w[0])
			lower = true
		case unicode.IsUpper(r):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	if !lower {
		return ""
	}
	return b.String()
}
