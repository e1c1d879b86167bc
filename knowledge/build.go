package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
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
	// numbered from 0, each packed in 32 bits (see docBits) unless the
	// source is too large for that: then they are in wide.
	terms []int32
	start []int32
	posts []uint32
	wide  []posting
	lens  []float32 // each passage's length in terms
	// about holds the hint terms of the passages about the source, by
	// passage number from 0.
	about map[int32]map[string]bool
	// words, more and firsts are what the source adds to the vocabulary.
	words    []wordUse
	more     []wordMore
	firsts   []firstUse
	acronyms map[string]string
	authors  []string
	hyphened map[string]string // see Index.hyphened
	codes    map[string]int    // see addCodes
}

// A wordTally is what a source adds to the vocabulary's entry for one
// word (see vocabulary.addWords): how often it writes the word, how often
// with a capital, and its last use that is not the first word of a
// passage, which decides whether the entry is a name.
type wordTally struct {
	lower int32
	last  int32 // the word as written at that last use; -1 if none
	// count and capital are the source's totals; lastCount and
	// lastCapital, the same up to and with the last use.
	count, capital         int32
	lastCount, lastCapital int32
}

// A wordUse is a wordTally as a source keeps it: most words are written in
// lower case only, and last within a passage, so that their count says
// all; the others' tallies are in the source's more, at index more.
type wordUse struct {
	lower, count int32
	more         int32 // -1: the word's count says all
}

// wordMore is the rest of a wordTally.
type wordMore struct {
	last, capital, lastCount, lastCapital int32
}

// keepTallies packs tallies as a source keeps them.
func keepTallies(ts []wordTally) (uses []wordUse, more []wordMore) {
	uses = make([]wordUse, len(ts))
	for i, t := range ts {
		uses[i] = wordUse{lower: t.lower, count: t.count, more: -1}
		if t.capital != 0 || t.last != t.lower || t.lastCount != t.count {
			uses[i].more = int32(len(more))
			more = append(more, wordMore{last: t.last, capital: t.capital, lastCount: t.lastCount, lastCapital: t.lastCapital})
		}
	}
	return uses, slices.Clip(more)
}

// tally returns the tally of the source's i-th word.
func (st *sourceTerms) tally(i int32) wordTally {
	u := st.words[i]
	if u.more < 0 {
		return wordTally{lower: u.lower, last: u.lower, count: u.count, lastCount: u.count}
	}
	m := st.more[u.more]
	return wordTally{lower: u.lower, last: m.last, count: u.count, capital: m.capital, lastCount: m.lastCount, lastCapital: m.lastCapital}
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

// idClone is id, keeping a copy of s if it is new: s may be part of a
// text that is not to be kept.
func (y *symbols) idClone(s string) int32 {
	if id, ok := y.ids[s]; ok {
		return id
	}
	return y.id(strings.Clone(s))
}

// An indexer analyses the sources of one knowledge base, with its
// glossary, numbering terms and words with its symbols. It remembers what
// it made of each word as written: most words recur, and each is
// lower-cased, checked, stemmed and numbered once.
type indexer struct {
	g     *Glossary
	y     *symbols
	forms map[string]wordForm
	// working memory, reused from one source to the next
	ws      []string
	ts      []term
	ids     []int32 // the symbol of each of ts's stems
	phrase  []bool  // whether each of ts may start a glossary alias
	local   []int32 // by symbol: its source term's number + 1, or 0
	terms   []int32 // the source's terms, by number
	tf      []int32 // by source term
	touched []int32
	inner   []string // the one-word concepts inside the passage's aliases
	hits    []termHit
	uses    []wordTally
	firsts  []firstUse
	useOf   []int32 // by symbol: its number in uses + 1, or 0
	pos     []int32
}

type termHit struct{ term, doc, tf int32 }

// A wordForm is what analysis makes of one word as written.
type wordForm struct {
	written, lower, stem int32 // symbols; stem is -1 for a word left out
	scale                int32 // a glued figure's magnitude or unit ("4.2bn": billion), or -1
	letter               bool  // it starts with a letter (a number does not)
	upper                bool  // it starts with a capital
	phrase               bool  // its stem starts a glossary alias
}

func newIndexer(g *Glossary, y *symbols) *indexer {
	return &indexer{g: g, y: y, forms: map[string]wordForm{}}
}

// form analyses a word as analyze does.
func (x *indexer) form(w string) wordForm {
	if f, ok := x.forms[w]; ok {
		return f
	}
	r, _ := utf8.DecodeRuneInString(w)
	lower := strings.ToLower(w)
	f := wordForm{written: x.y.idClone(w), stem: -1, scale: -1, letter: unicode.IsLetter(r), upper: unicode.IsUpper(r)}
	f.lower = f.written
	if lower != w {
		f.lower = x.y.id(lower)
	}
	if n, scale, ok := gluedFigure(lower); ok {
		f.stem = x.y.idClone(n)
		if scale != "" {
			f.scale = x.y.idClone(stem(scale))
		}
	} else if !isStopWord(lower) || isAcronym(w) {
		st := stem(lower)
		f.stem = x.y.idClone(st)
		f.phrase = x.g != nil && len(x.g.phrases[x.g.classOf(st)]) > 0
	}
	x.forms[x.y.names[f.written]] = f
	return f
}

// analyze indexes the source s on its own.
func (x *indexer) analyze(s *Source) *sourceTerms {
	st := &sourceTerms{glossary: x.g, symbols: x.y, lens: make([]float32, 0, len(s.Passages))}
	x.terms, x.tf, x.hits, x.uses, x.firsts = x.terms[:0], x.tf[:0], x.hits[:0], x.uses[:0], x.firsts[:0]
	x.local = fit(x.local, int32(len(x.y.names)))
	x.useOf = fit(x.useOf, int32(len(x.y.names)))
	names := nameForms{acronyms: map[string]string{}}
	for doc, p := range s.Passages {
		capitals := x.passageTerms(p.Text)
		if capitals >= 2 || hasQuote(p.Text) { // an acronym is of capitalised words or a quoted term
			names.addAcronyms(p.Text)
		}
		if x.g != nil && len(x.g.codes) > 0 {
			st.codes = addCodes(st.codes, p.Text, x.g.codes)
		}
		if strings.IndexByte(p.Text, '-') >= 0 {
			st.hyphened = addHyphened(st.hyphened, p.Text)
		}
		n, hints := x.countTerms(p)
		for _, t := range x.touched {
			x.hits = append(x.hits, termHit{term: t, doc: int32(doc), tf: x.tf[t]})
			x.tf[t] = 0
		}
		st.lens = append(st.lens, float32(n))
		if s.AboutSource[p.N] {
			if st.about == nil {
				st.about = map[int32]map[string]bool{}
			}
			st.about[int32(doc)] = hints
		}
	}
	x.postings(st)
	for _, u := range x.uses {
		x.useOf[u.lower] = 0
	}
	st.words, st.more = keepTallies(x.uses)
	st.firsts = slices.Clone(x.firsts)
	if len(names.acronyms) > 0 {
		st.acronyms = names.acronyms
	}
	for _, t := range x.g.canonical(analyze(s.Author)) {
		st.authors = append(st.authors, t.stem)
	}
	return st
}

// passageTerms reads a passage's words into x.ts (with their symbols in
// x.ids and whether each may open a glossary alias in x.phrase), tallying
// each word's use, and returns how many words start with a capital.
func (x *indexer) passageTerms(text string) (capitals int) {
	x.ws = appendWords(x.ws[:0], text)
	x.ts, x.ids, x.phrase = x.ts[:0], x.ids[:0], x.phrase[:0]
	last := -2
	for i, w := range x.ws {
		f := x.form(w)
		if f.letter {
			x.use(f, i)
		}
		if f.upper {
			capitals++
		}
		if f.stem < 0 && f.letter && (phrasalVerbAt(x.ws, i) || compoundAt(x.ws, i, x.y.names[f.lower]) || numberedAt(x.ws, i, x.y.names[f.lower])) {
			// "give up": the verb of a phrasal verb; "list price": a
			// compound's first word; "article 12": a part numbered;
			// as analyzeWords keeps them
			st := stem(x.y.names[f.lower])
			f.stem = x.y.idClone(st)
			f.phrase = x.g != nil && len(x.g.phrases[x.g.classOf(st)]) > 0
		}
		if f.stem >= 0 {
			x.ts = append(x.ts, term{stem: x.y.names[f.stem], surface: w, capital: f.upper, first: i == 0, at: i})
			x.ids, x.phrase = append(x.ids, f.stem), append(x.phrase, f.phrase)
			if f.scale >= 0 {
				x.ts = append(x.ts, term{stem: x.y.names[f.scale], surface: x.y.names[f.scale], at: i})
				x.ids, x.phrase = append(x.ids, f.scale), append(x.phrase, false)
			}
			last = i
		} else if last == i-1 && isParticle(x.y.names[f.lower]) {
			x.ts[len(x.ts)-1].particle = x.y.names[f.lower] // as analyzeWords does
		}
	}
	return capitals
}

// countTerms counts a passage's terms into x.tf (x.touched lists them),
// the glossary's aliases as their concepts, the concepts inside them and
// the passage's hints at no length, and returns the passage's length and
// its hints.
func (x *indexer) countTerms(p *Passage) (n int, hints map[string]bool) {
	x.touched, x.inner = x.touched[:0], x.inner[:0]
	heading := headingWords(p.Text)
	// the glossary's aliases replaced by their concepts, as canonical does
	for i := 0; i < len(x.ts); n++ {
		id, width := x.ids[i], 1
		if x.phrase[i] {
			if m, concept := x.g.match(x.ts[i:]); m > 0 {
				id, width = x.y.id(concept), m
				x.inner = append(x.inner, x.g.inner(x.ts[i:i+m], concept)...)
			}
		}
		by := int32(1)
		if x.ts[i].at < heading {
			by += headingExtra // "The Lennholm Commission.": what the passage is on
		}
		x.count(id, by)
		i += width
	}
	// The one-word concepts inside an alias count once ("port fees"
	// are fees too); like hints, they do not lengthen it.
	for _, in := range x.inner {
		x.count(x.y.id(in), 0)
	}
	// A name an alias opens with counts once ("EU Commission":
	// the UN); like hints, it does not lengthen the passage.
	for _, t := range x.touched[:len(x.touched):len(x.touched)] {
		for _, in := range x.g.within(x.y.names[x.terms[t]]) {
			x.count(x.y.id(in), 0)
		}
	}
	// Hints make a passage findable; they do not lengthen it.
	hints = hintTerms(x.g, p)
	for hint := range hints {
		x.count(x.y.id(hint), 0)
	}
	return n, hints
}

// hyphenedRE finds words of letters joined by hyphens ("eco-label",
// "up-to-date"), whole: a run of letters matches from its first.
var hyphenedRE = lazyre.New(`\p{L}+(?:-\p{L}+)+`)

// addHyphened adds to m the words a text joins by a hyphen, by the word
// they make without it, lower case ("ecolabel": "eco-label").
func addHyphened(m map[string]string, text string) map[string]string {
	for _, h := range hyphenedRE.FindAllString(text, -1) {
		h = strings.ToLower(h)
		if utf8.RuneCountInString(h) < 6 {
			continue // "e-mail" and the like: the corrector reads them
		}
		if m == nil {
			m = map[string]string{}
		}
		m[strings.ReplaceAll(h, "-", "")] = h
	}
	return m
}

// count counts one more use of a term in the passage under way; by 0, a
// hint, it is counted once if the passage does not use it.
func (x *indexer) count(id int32, by int32) {
	x.local = fit(x.local, id)
	t := x.local[id] - 1
	if t < 0 {
		t = int32(len(x.terms))
		x.terms = append(x.terms, id)
		x.tf = append(x.tf, 0)
		x.local[id] = t + 1
	}
	if x.tf[t] == 0 {
		x.touched = append(x.touched, t)
		x.tf[t] = max(by, 1)
		return
	}
	x.tf[t] += by
}

// fit returns s grown to hold an element for symbol id, new since the
// source's analysis began.
func fit(s []int32, id int32) []int32 {
	if int(id) < len(s) {
		return s
	}
	return append(s, make([]int32, int(id)+1-len(s))...)
}

// postings lays the hits out by term, each term's in passage order.
func (x *indexer) postings(st *sourceTerms) {
	st.terms = slices.Clone(x.terms)
	for _, id := range x.terms {
		x.local[id] = 0
	}
	st.start = make([]int32, len(x.terms)+1)
	for _, h := range x.hits {
		st.start[h.term+1]++
	}
	for i := range x.terms {
		st.start[i+1] += st.start[i]
	}
	x.pos = append(x.pos[:0], st.start...)
	packed := true
	for _, h := range x.hits {
		packed = packed && h.doc < 1<<docBits && h.tf < 1<<(32-docBits)
	}
	if packed {
		st.posts = make([]uint32, len(x.hits))
	} else {
		st.wide = make([]posting, len(x.hits))
	}
	for _, h := range x.hits {
		if packed {
			st.posts[x.pos[h.term]] = uint32(h.doc)<<(32-docBits) | uint32(h.tf)
		} else {
			st.wide[x.pos[h.term]] = posting{doc: h.doc, tf: h.tf}
		}
		x.pos[h.term]++
	}
}

// docBits is how many bits of a packed posting number its passage (within
// its source); the others count the term's uses in it.
const docBits = 20

// use records one use of a word, the i-th of its passage.
func (x *indexer) use(f wordForm, i int) {
	x.useOf = fit(x.useOf, f.lower)
	k := x.useOf[f.lower] - 1
	if k < 0 {
		k = int32(len(x.uses))
		x.uses = append(x.uses, wordTally{lower: f.lower, last: -1})
		x.useOf[f.lower] = k + 1
	}
	u := &x.uses[k]
	u.count++
	if f.upper {
		u.capital++
	}
	if i > 0 {
		u.last, u.lastCount, u.lastCapital = f.written, u.count, u.capital
	} else {
		x.firsts = append(x.firsts, firstUse{word: k, count: u.count, capital: u.capital})
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

// headingExtra is how many more uses a word of a passage's heading counts
// for than a word of its text.
const headingExtra = 1

// headingWords returns how many words a passage's heading has, counted as
// appendWords counts them: a first sentence of maxHeadingWords words at
// most (maxQuestionHeadingWords where a question word opens it: "Why the
// regulator is worried about the merger.") that opens with a capital,
// that more text follows and that is no clause with an auxiliary or a
// verb of its own ("The Lennholm Commission. The government set up ...",
// "What is still pending. ...", not "Vik is better placed. Its plant
// ...", "The plant closed in 2019. Its workers ..."); 0 for a passage
// without one. A full stop of an abbreviation ends no heading ("U.S.
// sanctions", "Dr. Brenn said", "Vik Ltd. won"), nor is a byline ("By
// Kari Holm.") or a dateline ("Oslo, 3 May.") one.
func headingWords(text string) int {
	end := strings.Index(text[:min(len(text), maxHeadingBytes+2)], ". ") // a heading is looked for at the start only
	if end <= 0 || end > maxHeadingBytes || strings.IndexByte(text[:end], '.') >= 0 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) {
		return 0
	}
	ws := appendWords(nil, text[:end])
	if len(ws) == 0 || len(ws) > maxHeadingWords && !(headingQuestionWords[strings.ToLower(ws[0])] && len(ws) <= maxQuestionHeadingWords) {
		return 0
	}
	last := strings.ToLower(ws[len(ws)-1])
	if honorifics[last] || lexicon.Abbreviation(last) || strings.EqualFold(ws[0], "by") || datelineRE.MatchString(text[:end]) {
		return 0
	}
	if !headingQuestionWords[strings.ToLower(ws[0])] && (slices.ContainsFunc(ws[1:], func(w string) bool { return finiteVerbs[w] }) || statesSomething(ws)) {
		return 0 // a short sentence ("Vik is better placed.", "The plant closed in 2019."), not a heading ("What is still pending.")
	}
	return len(ws)
}

// statesSomething reports whether a short sentence's words (after the
// first) have a verb of their own, as a statement does and a heading does
// not: a past form before a function word or a figure, or at the end after
// a name ("The plant closed in 2019.", "Holm resigned.", not "The proposed
// merger." or a headline's "Clubs punished."), an irregular past ("Holm
// Air bought twelve jets.", "Prices fell."), or a present form in "-s"
// after a name and before what it acts on ("Vik Air denies fixing
// fares.", "Namibia bears the farm losses.").
func statesSomething(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		if w != strings.ToLower(w) {
			continue
		}
		base := lexicon.BaseForm(w)
		if base == "" || base == w {
			continue
		}
		last := i == len(ws)-1
		next := ""
		if !last {
			next = strings.ToLower(ws[i+1])
		}
		switch {
		case strings.HasSuffix(w, "ed"):
			// ("Clubs punished.", a headline's passive, is no statement)
			if last && !lexicon.Ordinary(strings.ToLower(ws[i-1])) || !last && (isStopWord(next) || isNumber(next)) {
				return true
			}
		case !isVerb(base):
			// a form of no verb ("fares" of the noun): no verb of its own
		case strings.HasSuffix(w, "s"):
			// after a name ("Vik Air denies", not "The raids of")
			prev := ws[i-1]
			named := prev != strings.ToLower(prev) && (i > 1 || !isStopWord(strings.ToLower(prev)))
			if !last && named && (isStopWord(next) || strings.HasSuffix(next, "ing")) {
				return true
			}
		case !strings.HasPrefix(w, base[:len(base)-1]):
			return true // "bought", "fell", "took", "won": not "children" of "child"
		}
	}
	return false
}

// isVerb reports whether a base form (lower case) is a verb: the lexicon
// gives a broader term only of a verb's commonest sense.
func isVerb(base string) bool {
	return slices.ContainsFunc(lexicon.Lookup(base), func(r lexicon.Related) bool { return r.Kind == lexicon.Broader })
}

// datelineRE finds a dateline: a place, a comma and a date ("Oslo, 3
// May", "Brussels, May 3").
var datelineRE = lazyre.New(`,\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})(?:,?\s+\d{4})?\s*$`)

// finiteVerbs make a short first sentence a clause, not a heading, unless
// it opens with a question word; headingQuestionWords are those words.
var (
	finiteVerbs          = setOf("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does")
	headingQuestionWords = setOf("what", "how", "why", "who", "where", "when", "which")
)

// maxHeadingBytes is the longest a heading is looked for.
const maxHeadingBytes = 80
