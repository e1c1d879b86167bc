package knowledge

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// Options tune a search. The zero value means the defaults.
type Options struct {
	// Max is the most passages returned (default 3).
	Max int
	// Relative is the cut-off: a passage is returned only when its score is
	// at least this share of the best one's (default 0.7).
	Relative float64
	// Context is text the question follows on from (the thread's previous
	// question): its terms help rank, at ContextWeight, but a term of it that
	// no source has is not "missing".
	Context string
	// KeepUncovered keeps the hits of a question judged not covered (for
	// explaining the verdict); normally they are dropped.
	KeepUncovered bool
	// Every keeps every passage above the cut-off, also one that has
	// nothing of the question a better one lacks: a topic's passages (for
	// a summary), or the candidates a reranker orders. Normally an answer
	// cites, after the best passage, only those that add to it or nearly
	// tie with it.
	Every bool
}

// Coverage thresholds, as shares of the question's weight (the sum of the
// weights of its terms; see termWeight).
const (
	// A question is not covered when the best passage matches less than
	// this share of its weight.
	minTopShare = 0.25
	maxTerms    = 64 // query and expansion terms beyond this are ignored
	// ContextWeight is the weight of a context term, against 1 for the
	// question's own.
	ContextWeight = 0.35
	// softWeight is a question word's weight in ranking ("important",
	// "unlikely"), against 1 for a topic term.
	softWeight = 0.3
	// authorWeight scales a source author's name in a question: it names
	// the piece more often than the subject.
	authorWeight = 0.3
	// candidates is how many passages are ranked before the coverage rules
	// pick the ones to cite.
	candidates = 12
)

// A Hit is one passage found for a query.
type Hit struct {
	Passage *Passage
	Score   float64
	// Matched are the query's terms the passage has (directly or through
	// an expansion).
	Matched []string
}

// A QueryTerm is one search term of a question.
type QueryTerm struct {
	Stem    string  // as indexed; a glossary concept is "=key"
	Surface string  // as the question wrote it
	IDF     float64 // its weight
	Found   bool    // some passage has it, or one of its expansions
	Name    bool    // a name: capitalised mid-sentence, all capitals, or a named concept
	Context bool    // from the context, not the question
	// Salient is true for what decides coverage: a name, a figure, a term
	// that is not everyday English. An everyday word ("situation") is not.
	Salient bool
	// Soft is true for a word common in questions that names no topic on
	// its own ("important", "unlikely", "need"): it helps choose between
	// passages that have it, but never counts for or against coverage.
	Soft bool `json:",omitempty"`
	// Expansions are the sources' words for the same thing, from general
	// lexical data, each weighing less than the term itself.
	Expansions []Expansion
	// level is how common the word is in English (its commonness), looked
	// up once: ranking and the coverage rule weigh an everyday word by it.
	level int
	// head is true for the noun a "what is the ..." question asks about
	// ("what is the weather in ..."): when no source has it, it weighs in
	// the coverage rule like a term no source has, however common.
	head bool
	// graded is true for a word the question grades ("more important");
	// in a question about a change of degree it is what changed, and
	// ranks as a topic term (changed).
	graded, changed bool
	// described is true for a word the sources use only to describe one
	// name ("the island"): it is searched as that name (see
	// descriptionOf), not as the word.
	described bool
}

// An Expansion is a related word of a query term that the sources use.
type Expansion struct {
	Stem   string  `json:"stem"`
	Word   string  `json:"word"`
	Kind   string  `json:"kind"`
	Weight float64 `json:"weight"`
}

// A Result is what a search found, and whether the knowledge base covers
// the question at all.
type Result struct {
	// Query is the question as understood (normalised, corrected).
	Query
	Terms   []QueryTerm
	Hits    []Hit
	Covered bool
	// Missing are the question's salient terms that no source mentions,
	// even through an expansion.
	Missing []string
	// Reason says, in one sentence, why a question is not covered.
	Reason string
	// WantsFigure is true when the question asks for a quantity.
	WantsFigure bool
	// Rewritten is the question in the sources' words, when a model
	// rewrote it for retrieval.
	Rewritten string
	// Unconfirmed is the sentence of Hits[0] that reports what a question
	// asks to be confirmed only as a possibility or an allegation, with
	// nothing on whether it was: the question is not covered.
	Unconfirmed string `json:",omitempty"`
	// Pending is the sentence of Hits[0] that tells of what a question asks
	// came about as still to come, where it asks whether it happened: the
	// question is not covered.
	Pending string `json:",omitempty"`
	// Withheld is the sentence of Hits[0] that says what a question asks
	// was not made public or is not known ("the value of assets frozen
	// abroad has not been disclosed"): the question is not covered.
	Withheld string `json:",omitempty"`
	// Instead says, in one sentence, what the sources say instead of a
	// question's premise when they answer it by saying so ("The sources say
	// this of Oslo, not of Riga.").
	Instead string `json:",omitempty"`
	// AboutSubjects is true for a question that names nothing but the
	// sources' main subjects, with no context: it asks for the argument as a
	// whole, which a summary answers.
	AboutSubjects bool
}

// MissingNames lists the question's names and figures that no source has:
// what no rewording can supply.
func (r Result) MissingNames() []string {
	var out []string
	for _, t := range r.Terms {
		if !t.Found && !t.Context && (t.Name || isNumber(t.Stem)) {
			out = append(out, t.Surface)
		}
	}
	return out
}

var scratch = sync.Pool{New: func() any { return new(buffers) }}

type buffers struct {
	scores, best []float32
	matched      []uint64
}

// Search understands a question, ranks the passages for it and decides
// whether the knowledge base covers it.
func (ix *Index) Search(question string, opt Options) Result {
	return ix.SearchQuery(ix.Understand(question), opt)
}

// SearchQuery searches for a question already understood.
func (ix *Index) SearchQuery(q Query, opt Options) Result {
	if opt.Max <= 0 {
		opt.Max = 3
	}
	if opt.Relative <= 0 {
		opt.Relative = 0.7
	}
	r := Result{Query: q, WantsFigure: q.Wants != ""}
	if q.Language != "" {
		r.Reason = "Dossier answers questions in English; this one looks like " + q.Language + "."
		return r
	}
	context := opt.Context
	if q.Background != "" {
		context = strings.TrimSpace(q.Background + " " + context)
	}
	r.Terms = ix.queryTerms(strings.TrimSpace(q.Referent+" "+q.Text), context)
	if q.Change != 0 {
		r.Terms = ix.withChange(r.Terms, q.Change, AsksReasonRE.MatchString(q.Text))
	}
	r.Terms = ix.withDifficulty(r.Terms, q.Text)
	r.AboutSubjects = ix.aboutMainSubjects(q, r.Terms)
	if q.Wants == Share {
		for i, t := range r.Terms {
			if shareKindWords[strings.ToLower(t.Surface)] {
				// "the seat shares on the route": the kind of figure asked,
				// which a passage gives as "44% of seats" as well as by the
				// word, and which the rule on shares judges
				r.Terms[i].Soft = true
			}
		}
	}
	stems, weights, owner, group := ix.scoringTerms(r.Terms)
	buf := scratch.Get().(*buffers)
	defer scratch.Put(buf)
	buf.scores = resize(buf.scores, len(ix.passages))
	if cap(buf.best) < len(ix.passages) {
		buf.best = make([]float32, len(ix.passages)) // score leaves it zero: no clearing on each search
	}
	buf.best = buf.best[:len(ix.passages)]
	buf.matched = resize(buf.matched, len(ix.passages))
	ix.score(stems, weights, group, buf.scores, buf.best, buf.matched)
	wide := ix.top(buf.scores, buf.matched, stems, owner, r.Terms, Options{Max: max(opt.Max, candidates), Relative: 0.01})
	if !r.AboutPiece {
		wide = detailFirst(wide)
	}
	ix.judge(&r, wide, opt)
	if !r.Covered && !opt.KeepUncovered && r.Unconfirmed == "" && r.Pending == "" && r.Withheld == "" {
		r.Hits = nil
	}
	return r
}

// shareKindWords name a percentage as the kind of figure asked.
var shareKindWords = setOf("share", "shares", "percentage", "percentages", "percent", "proportion", "proportions")

func resize[T float32 | uint64](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// scoringTerms lists what is scored: each term's stem, then its
// expansions, with their weights; owner maps each back to its term, and
// group does for the concepts a word is part of the aliases of, and for
// the words of change of a question about a change, which score as one
// group (see score); -1 for every other.
func (ix *Index) scoringTerms(terms []QueryTerm) (stems []string, weights []float64, owner, group []int) {
	seen := map[string]bool{}
	// a context term that a question term reaches through an expansion is
	// the question's: its passages have what the question asks for
	asked := map[string]bool{}
	for _, t := range terms {
		for _, e := range t.Expansions {
			asked[e.Stem] = asked[e.Stem] || !t.Context
		}
	}
	for i, t := range terms {
		if t.Context && asked[t.Stem] || t.described {
			continue
		}
		w := 1.0
		switch {
		case t.changed:
		case t.Soft:
			w = softWeight
		case !t.Salient && !strings.HasPrefix(t.Stem, "="):
			w = everydayRank(t) // an everyday word ranks, but less than the topic
		}
		if ix.authors[t.Stem] {
			w *= authorWeight
		}
		if t.Context {
			w *= ContextWeight
		}
		stems, weights, owner, group = append(stems, t.Stem), append(weights, w), append(owner, i), append(group, -1)
		seen[t.Stem] = true
	}
	for i, t := range terms {
		for _, e := range t.Expansions {
			if seen[e.Stem] || len(stems) == maxTerms {
				continue
			}
			seen[e.Stem] = true
			w := e.Weight
			if t.Context {
				w *= ContextWeight
			}
			g := -1
			if strings.HasSuffix(e.Kind, "alias part") || e.Kind == "change" || e.Kind == "difficulty" {
				g = i // the concepts whose aliases have the word, or the words of change or difficulty: one of them at most
			}
			stems, weights, owner, group = append(stems, e.Stem), append(weights, w), append(owner, i), append(group, g)
		}
	}
	return stems, weights, owner, group
}

// queryTerms returns the question's distinct terms with their weights,
// then the context's found terms that the question lacks. A year that no
// source mentions is left to the dating of the answer.
func (ix *Index) queryTerms(question, context string) []QueryTerm {
	var out []QueryTerm
	seen := map[string]bool{}
	out = ix.appendTerms(out, seen, question, false, slices.Concat(focusWords(question), whatNouns(question), terseHead(question)), heads(question))
	// the question's words, hyphens split, and their base forms: what its
	// expressions are looked up by
	ws := words(strings.ToLower(strings.ReplaceAll(question, "-", " ")))
	bases := baseWords(ws)
	out = ix.appendPhrases(out, seen, question, ws, bases)
	out = ix.literalInIdioms(out, ws, bases)
	if context != "" {
		out = ix.appendTerms(out, seen, context, true, nil, nil)
	}
	return out
}

// stateWords name a party's government: after the party's name they name
// the party ("Oslo's government"), not what the passage must say.
var stateWords = []string{"government", "regime", "administration", "leadership", "authorities"}

func (ix *Index) appendTerms(out []QueryTerm, seen map[string]bool, text string, context bool, focus, heads []string) []QueryTerm {
	var pointers, gradedWords []string
	var asked []string // the kinds asked for, read for the first word no source has
	askedRead := false
	for _, m := range gradedRE.FindAllStringSubmatch(text, -1) {
		gradedWords = append(gradedWords, strings.ToLower(m[1]))
	}
	for _, m := range pointingCountRE.FindAllStringSubmatch(text, -1) {
		pointers = append(pointers, strings.ToLower(m[1]))
	}
	// "how long is the tunnel": the measure asked, which the sources
	// give as a figure ("52.4 km"), not a word they must write
	var measures []string
	if !context {
		ws := words(strings.ToLower(text))
		for _, m := range howMeasureRE.FindAllStringSubmatch(text, -1) {
			w := strings.ToLower(m[1])
			if timesWritten(ws, w) == 1 {
				measures = append(measures, w) // (a word the question writes once: "how long were the long delays" asks of the delays; "farmers" is not "far" twice)
			}
		}
	}
	// "why is it unlikely": the judgement whose reason is asked, which the
	// passage giving it states
	judged := !context && AsksReasonRE.MatchString(text)
	// "in USD", "in dollars": what a sum is asked in, which the judge
	// checks the sum's currency for, not a word the sources must write;
	// it ranks a passage that has it
	inCurrency := ix.askedCurrency(text)
	exchange := !context && asksExchangeRate(text)
	prevNamed := false
	ts := ix.kb.Glossary.reordered(ix.kb.Glossary.canonical(analyze(text)))
	for _, t := range ts {
		lower := strings.ToLower(t.surface)
		afterName := prevNamed
		prevNamed = ix.namedConcept(t.stem)
		if afterName && slices.Contains(stateWords, lower) {
			continue // "Oslo's government", "the Holt administration": the party itself
		}
		if seen[t.stem] || len(out) == maxTerms {
			continue
		}
		seen[t.stem] = true
		concept := strings.HasPrefix(t.stem, "=")
		// "more important": what changed, not how the question is framed
		softWord := inSet(softWords, lower)
		graded := softWord && (slices.Contains(gradedWords, lower) || judged && judgementWords[lower])
		soft := !concept && !graded && (softWord || peopleStems[t.stem])
		if !concept && !soft && !graded && (inSet(questionWords, lower) || chatWords[lower] || isSingleLetter(lower) || isContraction(lower) && !(dayForms[lower] && t.surface == strings.ToUpper(t.surface))) {
			continue
		}
		if concept && isSingleLetter(t.surface) && t.surface == lower {
			continue // "case y/n", "n so": chat's letter, not the "N$" of an alias
		}
		df := len(ix.postings[t.stem])
		if df == 0 && isYear(t.stem) && !ix.pastYear(t.stem) {
			continue // a year after the sources: laterYear's to judge
		}
		if slices.Contains(measures, lower) {
			continue // "how long", "how far": the kind of answer
		}
		if df == 0 && slices.Contains(pointers, t.stem) {
			continue // "the 4 northern quays": a count that points, not one asked
		}
		q := QueryTerm{Stem: t.stem, Surface: t.surface, IDF: ix.idf(df), Found: df > 0, Context: context, head: slices.Contains(heads, lower), graded: graded && slices.Contains(gradedWords, lower)}
		q.Name = isName(t) || ix.namedConcept(t.stem) || (!concept && lexicon.Name(lower) && !lexicon.Known(lower+"s") && !everyday(lower)) || !concept && lexicon.CountryName(lower)
		q.Salient = q.Name || isNumber(t.stem) || (!concept && !everyday(lower)) || slices.Contains(focus, lower)
		if !q.Salient && !concept {
			q.level = commonness(lower)
		}
		if inCurrency != nil && slices.Contains(inCurrency.words, lower) ||
			exchange && (t.surface == lower && lexicon.CurrencyWord(lower) || lexicon.CurrencyCode(strings.ToUpper(lower))) {
			// (and "eur" of "the fx rate for eur conversions": one side of
			// the rate asked, which the sources write as "to the euro";
			// not "Mark", a name in capitals)
			q.Name, q.Salient = false, false
		}
		if ix.authors[t.stem] {
			// "what does <author> think": the piece's argument, not an actor
			// in it; the name still finds the passages about the author
			q.Name, q.Salient = false, false
			q.IDF *= authorWeight
		}
		if calendarWords[lower] {
			continue // "the Thursday briefing": when, not what about
		}
		if df == 0 && projectionRE.MatchString(lower) {
			continue // "the 2035 estimate", where the sources write "projected": the kind of answer
		}
		if df == 0 && periodCodeRE.MatchString(lower) {
			continue // "Q1", which the sources write "first quarter", the words beside it
		}
		q.Expansions = ix.expand(lower, t.stem, df > 0)
		if df == 0 && !askedRead {
			asked, askedRead = kindsAsked(text), true
		}
		if df == 0 && slices.Contains(asked, lower) {
			q.Expansions = mergeExpansions(q.Expansions, ix.kindExpansions(lower, t.stem))
		}
		if df == 0 && !concept && len(q.Expansions) == 0 {
			q.Expansions = ix.compounds(lower) // "agri": the sources' "agribusiness"; "subsids": subsidiary
		}
		if code := strings.ToUpper(lower); exchange && df == 0 && len(lower) == 3 && lexicon.CurrencyCode(code) {
			// "fx rate for eur conversions", where the sources write "to
			// the euro": the currency's word
			if w := lexicon.CurrencyCodeWord(code); w != "" && len(ix.postings[stem(w)]) > 0 {
				q.Expansions = append(q.Expansions, Expansion{Stem: stem(w), Word: w, Kind: "currency", Weight: 1})
			}
		}
		if other, ok := symbolForms[t.stem]; ok && len(ix.postings[other]) > 0 {
			// "how many km", read as kilometres: the sources' "52.4 km";
			// a unit says how a figure is given, not what of, and ranks a
			// passage only as a soft word does
			q.Expansions = append(q.Expansions, Expansion{Stem: other, Word: other, Kind: "unit", Weight: 1})
			soft = true
		}
		if other, ok := unitForms[t.stem]; ok && df == 0 && len(ix.postings[other]) > 0 {
			q.Expansions = append(q.Expansions, Expansion{Stem: other, Word: other, Kind: "unit", Weight: 1}) // "kilovolts": the sources' "kV"
		}

		if w, ok := numberNames[t.stem]; ok && df == 0 && len(ix.postings[stem(w)]) > 0 && (wantedQuantity(text) == Count || ix.writesPair(w, wordAfter(text, t.surface))) {
			// "how many, was it 5?": the sources' "five countries", a count
			// the question's count rule checks is of what it asks about
			// (elsewhere a figure in words is no figure asked about: "sell
			// 3 ferries" is not "three port towns")
			q.Expansions = append(q.Expansions, Expansion{Stem: stem(w), Word: w, Kind: "number", Weight: 1})
		}
		if df == 0 && isNumber(t.stem) {
			q.Expansions = append(q.Expansions, ix.roundedFigures(t.stem)...) // "~14k tonnes": the sources' 14,300
			if bigUnitRE.MatchString(wordAfter(text, t.surface)) {
				q.Expansions = append(q.Expansions, ix.roundedDecimals(t.stem)...) // "~46m tonnes": the sources' 46.2 million
			}
		}
		if !concept {
			q.Expansions = mergeExpansions(q.Expansions, ix.partOfAlias(t, df > 0))
		} else if df == 0 {
			q.Expansions = mergeExpansions(q.Expansions, ix.nameParts(t))
		}
		if df > 0 && !concept && !context && !q.Name {
			if c := ix.describedAs(text, t, ts); c != "" {
				// "the island", where the sources call only Farrowsey so:
				// the name, searched as the question had written it
				q.Expansions = append([]Expansion{{Stem: c, Word: strings.TrimPrefix(c, "="), Kind: "described", Weight: 1}}, q.Expansions...)
				q.described = true
			}
		}
		if !q.Found && len(q.Expansions) > 0 {
			q.Found = true
			q.IDF = ix.idf(len(ix.postings[q.Expansions[0].Stem]))
		}
		if !q.Found && !concept && slices.Contains(focus, lower) && (askedPerson(lower) && !modifiesGroup(text, lower) || kindNouns[lower]) {
			continue // "which bigwig said it", "which city": a name answers, whatever kind the question calls it
		}
		if !q.Found && !concept && !q.Name && utf8.RuneCountInString(lower) >= 4 && lexicon.Abbreviation(lower) && ix.qualifiesFigure(text, lower) {
			continue // "eur equiv", "approx 5m": an everyday abbreviation no source writes out, beside a currency or a figure, says how, not what, it asks
		}
		if soft {
			if !q.Found || context {
				continue // names nothing: it cannot be missing
			}
			q.Soft, q.Salient, q.Name = true, false, false
			q.IDF *= softWeight
		}
		if context && !q.Found {
			continue
		}
		if context {
			q.IDF *= ContextWeight
		}
		out = append(out, q)
	}
	return out
}

// appendPhrases adds the question's multi-word expressions that the
// lexicon knows ("cold shoulder", "tit for tat") when they lead to words the
// sources use: an idiom is searched by what it means.
func (ix *Index) appendPhrases(out []QueryTerm, seen map[string]bool, text string, ws, bases []string) []QueryTerm {
	out = ix.appendCompounds(out, seen, text)
	for n := 4; n >= 2; n-- {
		for i := 0; i+n <= len(ws); i++ {
			phrase := strings.Join(ws[i:i+n], " ")
			if seen["~"+phrase] || len(out) == maxTerms || i > 0 && verbParticle(ws[i]) {
				continue // "up to" of "cozying up to" is the verb's, no idiom of its own
			}
			if i > 0 && ws[i+n-1] == "of" && determiners[ws[i-1]] {
				continue // "what kind of deal": a noun and its "of", not the hedge "kind of" (rather)
			}
			if n == 2 && i > 0 && articles[ws[i-1]] && isParticle(ws[i+1]) {
				continue // "the catch on the economic side": a noun and its preposition, no phrasal verb
			}
			if !isStopWord(ws[i]) && !isStopWord(ws[i+n-1]) && lexicon.Name(phrase) && !ix.kb.Glossary.inAlias(phrase) && !inConcept(ws[i:i+n], out) && !ix.writesPhrase(phrase) {
				// "the world bank" typed in lower case: a body's name of
				// several words WordNet writes with capitals, which no
				// source writes; not one opening or ending with a stop
				// word ("the flood")
				seen["~"+phrase] = true
				out = append(out, QueryTerm{Stem: strings.ReplaceAll(phrase, " ", "_"), Surface: phrase, IDF: ix.idf(0), Name: true, Salient: true})
				continue
			}
			exp := ix.expand(phrase, "", false)
			if len(exp) == 0 {
				if lemma := strings.Join(bases[i:i+n], " "); lemma != phrase && !seen["~"+lemma] {
					exp = ix.expand(lemma, "", false) // "kicked off": "kick off"
				}
			}
			if len(exp) == 0 && n == 2 && (i+2 == len(ws) || ws[i+2] != "of") { // "out of" is no particle
				exp = ix.phrasalSynonym(ws[i], ws[i+1])
			}
			if len(exp) == 0 || ix.kb.Glossary.isAlias(phrase) || inConcept(ws[i:i+n], out) {
				continue
			}
			seen["~"+phrase] = true
			out = append(out, ix.expression(phrase, exp))
		}
	}
	return out
}

// literalInIdioms searches the words of an idiom the lexicon knows ("give
// a damn", "on the fence", "poured cold water on") as themselves only: in
// it they do not mean what their synonyms do ("damn": blame; "cold": a
// glossary concept whose alias has it), and one no source uses is not
// searched at all. An idiom is an expression of three or four words with
// a function word in it.
func (ix *Index) literalInIdioms(terms []QueryTerm, ws, bases []string) []QueryTerm {
	idiom := map[string]bool{}
	for n := 4; n >= 3; n-- {
		for i := 0; i+n <= len(ws); i++ {
			phrase := ws[i : i+n]
			if !slices.ContainsFunc(phrase, func(w string) bool { return determiners[w] || isParticle(w) }) {
				continue
			}
			p, base := strings.Join(phrase, " "), strings.Join(bases[i:i+n], " ")
			if len(lexicon.Lookup(p)) == 0 && (base == p || len(lexicon.Lookup(base)) == 0) {
				continue
			}
			for _, w := range phrase {
				idiom[w] = true
			}
		}
	}
	out := terms[:0]
	for _, t := range terms {
		if idiom[strings.ToLower(t.Surface)] && !t.Name && !strings.HasPrefix(t.Stem, "=") && !strings.HasPrefix(t.Stem, "~") {
			if len(ix.postings[t.Stem]) == 0 {
				continue
			}
			t.Expansions, t.Found = nil, true
		}
		out = append(out, t)
	}
	return out
}

// inConcept reports whether the words of an expression other than its
// particles are all words of one glossary concept the question names:
// "give up" of "give up its nukes", which the glossary reads as
// denuclearisation, is no idiom of its own.
func inConcept(ws []string, terms []QueryTerm) bool {
	return slices.ContainsFunc(terms, func(t QueryTerm) bool {
		if !strings.HasPrefix(t.Stem, "=") || !strings.Contains(t.Surface, " ") {
			return false
		}
		words := strings.Fields(strings.ToLower(t.Surface))
		n := 0
		for _, w := range ws {
			switch {
			case slices.Contains(words, w):
				n++
			case !isParticle(w):
				return false
			}
		}
		return n > 0
	})
}

// appendCompounds adds the question's hyphenated words that the lexicon
// knows whole and that analysis splits at the hyphen ("get-go": get, go;
// "buddy-buddy"), as expressions searched by what they mean: split, their
// parts are stop words or mean something else.
func (ix *Index) appendCompounds(out []QueryTerm, seen map[string]bool, text string) []QueryTerm {
	for _, c := range compoundRE.FindAllString(strings.ToLower(text), -1) {
		if seen["~"+c] || len(out) == maxTerms || ix.kb.Glossary.isAlias(c) ||
			slices.ContainsFunc(out, func(t QueryTerm) bool { return strings.EqualFold(t.Surface, c) }) {
			continue // a word of its own already ("build-up"), or a name
		}
		exp := ix.expand(c, "", false)
		if len(exp) == 0 {
			continue
		}
		seen["~"+c] = true
		out = append(out, ix.expression(c, exp))
	}
	return out
}

// expression is the term of an expression searched by what it means: its
// expansions, weighed as the first of them.
func (ix *Index) expression(phrase string, exp []Expansion) QueryTerm {
	return QueryTerm{Stem: "~" + phrase, Surface: phrase, IDF: ix.idf(len(ix.postings[exp[0].Stem])), Found: true, Expansions: exp}
}

// compoundRE finds a hyphenated word.
var compoundRE = lazyre.New(`\p{L}+(?:-\p{L}+)+`)

// determiners are the words that make the noun after them a noun: the
// first word of an expression after one is not an adverb's.
var determiners = setOf("what", "which", "whatever", "this", "that", "these", "those", "a", "an", "the",
	"some", "any", "every", "each", "no", "another", "other", "all", "same", "different", "many",
	"several", "various", "certain", "one", "his", "her", "its", "their", "our", "my", "your")

// articles are the determiners after which a word is only a noun: "the
// catch on", never the verb ("what kicked off" is a verb after "what").
var articles = setOf("a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "every", "each", "another")

// phrasalSynonym expands a phrasal verb the lexicon lacks by one it has
// with a synonym of its verb and the same particle ("hit back": strike
// back, which is retaliate), a little weaker.
func (ix *Index) phrasalSynonym(verb, particle string) []Expansion {
	if !isParticle(particle) {
		return nil
	}
	base := baseForms([]string{verb})
	for _, r := range lexicon.Lookup(base) {
		if r.Kind != lexicon.Synonym || strings.Contains(r.Word, " ") {
			continue
		}
		if exp := ix.expand(r.Word+" "+particle, "", false); len(exp) > 0 {
			for i := range exp {
				exp[i].Weight *= kindWeight[lexicon.Base]
			}
			return exp
		}
	}
	return nil
}

// verbParticle reports whether a word is a particle that follows a verb
// rather than opening a phrase of its own, as "in" and "on" do ("in the
// first place", "on the table").
func verbParticle(w string) bool {
	return isParticle(w) && w != "in" && w != "on" && w != "over"
}

// baseForms joins the words of a phrase, each in its base form when the
// lexicon knows one.
func baseForms(ws []string) string { return strings.Join(baseWords(ws), " ") }

// baseWords returns each word's first base form, or the word.
func baseWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w
		for _, r := range lexicon.Lookup(w) {
			if r.Kind == lexicon.Base {
				out[i] = r.Word
				break
			}
		}
	}
	return out
}

// periodCodeRE finds the short form of a part of a year ("q1", "h2").
var periodCodeRE = lazyre.New(`^[qh][1-4]$`)

func isContraction(w string) bool {
	_, ok := contractions[w]
	// "Q1" is kept beside its "first quarter", and a form read only in
	// lower case where it was left is a name ("Max Brenn", "max fennick")
	return ok && !periodCodeRE.MatchString(w) && !lowerTypedForms[w]
}

// calendarWords name days and months: a question mentions them to say
// when, not what about.
var calendarWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "week", "weekend", "morning", "afternoon", "evening", "tonight", "tomorrow", "yesterday")

// partOfAlias expands a word that is part of a glossary alias ("Lanka"
// of "Sri Lanka", "economic" of "economic relationship") to the concepts
// whose aliases contain it: the sources' text of the alias has the word
// too, though search reads it as the concept. A word the sources never
// use alone reaches them at partWeight; one they also use alone, at
// partFoundWeight: "economic exchange" is only a little about a passage
// on the "economic relationship".
func (ix *Index) partOfAlias(t term, found bool) []Expansion {
	if !ix.kb.Glossary.sameWord(t) {
		return nil // "units" is no part of "United States", though both stem to "unit"
	}
	stem := t.stem
	w := partWeight
	if found {
		w = partFoundWeight
	}
	var out []Expansion
	for _, key := range ix.kb.Glossary.partOf[stem] {
		if c := "=" + key; len(ix.postings[c]) > 0 {
			out = append(out, Expansion{Stem: c, Word: key, Kind: "alias part", Weight: w})
		}
	}
	return out
}

// nameParts are the words of a glossary name that no source writes ("the
// Holt–Berg deal" for a source's "the deal between Holt and Berg") which
// sources have, each a name of its own or a word: the name is searched by
// its parts.
func (ix *Index) nameParts(t term) []Expansion {
	var out []Expansion
	for _, w := range analyze(t.surface) {
		st := ix.kb.Glossary.classOf(w.stem)
		if st != t.stem && len(ix.postings[st]) > 0 && !slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == st }) {
			out = append(out, Expansion{Stem: st, Word: w.surface, Kind: "name part", Weight: namePartWeight})
		}
	}
	return out
}

// namePartWeight is a part's weight, against 1 for the name itself.
const namePartWeight = 0.6

// mergeExpansions adds more to a word's expansions, keeping the stronger of
// two that reach the same stem, strongest first.
func mergeExpansions(out, more []Expansion) []Expansion {
	for _, e := range more {
		i := slices.IndexFunc(out, func(o Expansion) bool { return o.Stem == e.Stem })
		switch {
		case i < 0:
			out = append(out, e)
		case e.Weight > out[i].Weight:
			out[i] = e
		}
	}
	strongestFirst(out)
	return out
}

// kindExpansions are the sources' words for kinds of what a word names
// ("which antibiotic", where they name only "streptomycin"), maxKinds at
// most.
func (ix *Index) kindExpansions(word, st string) []Expansion {
	var out []Expansion
	for _, k := range ix.kindsIn(word) {
		ts := analyze(k)
		if len(ts) != 1 {
			continue
		}
		if s := ts[0].stem; s != st && !slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == s }) {
			out = append(out, Expansion{Stem: s, Word: k, Kind: lexicon.KindOf.String(), Weight: kindWeight[lexicon.KindOf]})
		}
	}
	if len(out) > maxKinds {
		out = out[:maxKinds]
	}
	return out
}

// maxKinds is the most kinds of a word searched: all that a source names
// in passing, where the expansions of a word are cut at maxExpansions by
// weight (the kinds weigh alike, and a cut would keep the first in
// alphabetical order, not the one the question is about).
const maxKinds = 16

// kindsAsked returns the words (lower case) right after "which" or
// "what" (or "what kind of", "which of the"), the one or two that may be
// the kind of thing asked for: "which antibiotic are they giving", "what
// heavy weapons". A kind of it that the sources name answers such a question;
// a word elsewhere ("is there arbitration") is asked as itself.
func kindsAsked(text string) []string {
	var out []string
	for _, m := range kindAskedRE.FindAllStringSubmatch(text, -1) {
		for _, w := range m[1:] {
			if w != "" {
				out = append(out, strings.ToLower(w))
			}
		}
	}
	return out
}

// kindAskedRE finds the one or two words after "which", "what", "what
// kind of" or "which of the" (not "what is the": "what is the surface
// area" asks the thing itself).
var kindAskedRE = lazyre.New(`(?i)\b(?:which|what)\s+(?:(?:kinds?|types?|sorts?|classes?)\s+of\s+|of\s+(?:the|these|those|their|its)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?`)

// strongestFirst orders expansions by weight, heaviest first, keeping the
// order of equal ones.
func strongestFirst(exp []Expansion) {
	slices.SortStableFunc(exp, func(a, b Expansion) int { return cmp.Compare(b.Weight, a.Weight) })
}

// The weights of an alias's concept reached through a word of it.
const (
	partWeight      = 0.5
	partFoundWeight = 0.1
)

func isSingleLetter(w string) bool { return len([]rune(w)) == 1 && !unicode.IsDigit([]rune(w)[0]) }

// judgementWords judge how likely or how much it matters that something
// is so: in a question asking why, the judgement explained.
var judgementWords = setOf("likely", "unlikely", "possible", "probable", "important", "significant")

// gradedRE finds a word a question grades ("more important", "less
// likely"): the change it asks about.
var gradedRE = lazyre.New(`(?i)\b(?:more|less|most|least|increasingly)\s+(\p{L}+)`)

// timesWritten counts how many of words are w.
func timesWritten(words []string, w string) int {
	n := 0
	for _, x := range words {
		if x == w {
			n++
		}
	}
	return n
}

// howMeasureRE finds the word of a measure a question asks for after
// "how" ("how long", "how far", "how often", "how old", "how quickly",
// "how long's"): how the answer is given, which a passage states as a
// figure or a date, not by the word.
var howMeasureRE = lazyre.New(`(?i)\bhow\s+(` + sizeWords + `|often|soon|quickly|fast|early|late|frequently)(?:['’]s\b|\s+(?:` + measureNext + `)\b|\s*(?:[?!.,;:]|$))`)

// sizeWords are the words of a size or an age after "how" ("how long",
// "how old"), which howMeasureRE and normalize's howIsRE share.
const sizeWords = `long|far|wide|deep|high|tall|old`

// measureNext are the words after "how long", "how high" that make it
// ask a measure: a verb, a preposition, a subject ("how long is it", "how
// long before", "how high the prices rose"); not a noun it describes
// ("how high energy prices hit the smelter").
const measureNext = `is|was|are|were|do|does|did|has|have|had|will|would|can|could|should|must|might|may|be|been|before|until|till|after|ago|since|into|in|for|from|away|apart|back|up|down|on|off|the|a|an|its|their|his|her|it|they|he|she|we|you|i|this|that|these|those|there`

// pointingCountRE finds a small figure a question uses to point at what it
// names ("the 4 northern quays", "those two ships", "which three towns"),
// not to ask about.
var pointingCountRE = lazyre.New(`(?i)\b(?:the|those|these|all|its|their|both|which|what)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)

// roundedFigures are the sources' figures that a round figure of a
// question rounds ("14000" of "~14k": 14,300) or cuts short ("142k" for
// 142,600): a whole number of five digits or more ending in two zeros or
// more, read to its last figure that is not zero, and within 5% of it
// ("20k" is not 15,000); at most three, nearest first.
func (ix *Index) roundedFigures(st string) []Expansion {
	v, err := strconv.ParseInt(st, 10, 64)
	if err != nil || v < 10000 || v%100 != 0 {
		return nil
	}
	unit := int64(100)
	for v%(unit*10) == 0 {
		unit *= 10
	}
	return ix.figuresNear(float64(v), float64(min(unit/2, v/20)), float64(min(unit, v/20)))
}

// bigUnitRE finds a word of millions or billions after a figure.
var bigUnitRE = lazyre.New(`(?i)^(?:million|millions|billion|billions|trillion|mn|bn|m|b|tn)$`)

// roundedDecimals are the sources' figures that a whole figure of
// millions or billions rounds ("46" of "~46m": 46.2 million): within half
// its last figure and 5% of it; at most three, nearest first.
func (ix *Index) roundedDecimals(st string) []Expansion {
	v, err := strconv.ParseFloat(st, 64)
	if err != nil || v < 1 || strings.Contains(st, ".") {
		return nil
	}
	return ix.figuresNear(v, min(0.5, v/20), min(0.5, v/20))
}

// figuresNear returns the sources' figures from v-below up to v+above
// (not included), as expansions of a figure asked; at most three, nearest
// first.
func (ix *Index) figuresNear(v, below, above float64) []Expansion {
	ix.figuresOnce.Do(func() {
		for s := range ix.postings {
			if isNumber(s) {
				if n, err := strconv.ParseFloat(s, 64); err == nil {
					ix.figures = append(ix.figures, figure{n, s})
				}
			}
		}
		slices.SortFunc(ix.figures, func(a, b figure) int {
			return cmp.Or(cmp.Compare(a.value, b.value), strings.Compare(a.stem, b.stem))
		})
	})
	lo, _ := slices.BinarySearchFunc(ix.figures, v-below, func(f figure, x float64) int { return cmp.Compare(f.value, x) })
	var near []figure
	for _, f := range ix.figures[lo:] {
		if f.value >= v+above {
			break
		}
		near = append(near, f)
	}
	slices.SortStableFunc(near, func(a, b figure) int { return cmp.Compare(math.Abs(a.value-v), math.Abs(b.value-v)) })
	var out []Expansion
	for _, f := range near[:min(len(near), 3)] {
		out = append(out, Expansion{Stem: f.stem, Word: f.stem, Kind: "rounded", Weight: 0.9})
	}
	return out
}

// A figure is a number the sources write, and its index term.
type figure struct {
	value float64
	stem  string
}

func isNumber(stem string) bool {
	return stem != "" && stem[0] >= '0' && stem[0] <= '9'
}

func isName(t term) bool {
	if strings.HasPrefix(t.stem, "=") {
		return false
	}
	upper := 0
	for _, r := range t.surface {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	all := upper == len([]rune(t.surface)) && upper > 1
	return all || (t.capital && !t.first)
}

// namedConcept reports whether a glossary concept names something (a
// country, a person): its aliases are written with capitals.
func (ix *Index) namedConcept(stem string) bool {
	key, ok := strings.CutPrefix(stem, "=")
	if !ok {
		return false
	}
	return ix.kb.Glossary.named[key]
}

// top returns the best passages, best first: at most opt.Max, each scoring
// at least opt.Relative of the best.
func (ix *Index) top(scores []float32, matched []uint64, stems []string, owner []int, terms []QueryTerm, opt Options) []Hit {
	type cand struct {
		doc   int
		score float32
	}
	best := make([]cand, 0, opt.Max+1)
	for doc, s := range scores {
		if s <= 0 || (len(best) == opt.Max && s <= best[len(best)-1].score) {
			continue
		}
		if hints, ok := ix.aboutSource[int32(doc)]; ok && !matchesAny(matched[doc], stems, hints) && !ix.ownName(matched[doc], stems) {
			continue // a passage about the source itself, found by the words of another topic
		}
		i, _ := slices.BinarySearchFunc(best, s, func(c cand, s float32) int {
			if c.score >= s {
				return -1
			}
			return 1
		})
		best = slices.Insert(best, i, cand{doc, s})
		if len(best) > opt.Max {
			best = best[:opt.Max]
		}
	}
	var hits []Hit
	for _, c := range best {
		if float64(c.score) < opt.Relative*float64(best[0].score) {
			break
		}
		h := Hit{Passage: ix.passages[c.doc], Score: float64(c.score)}
		for i := range stems {
			if matched[c.doc]&(1<<uint(i)) != 0 {
				if st := terms[owner[i]].Stem; !slices.Contains(h.Matched, st) {
					h.Matched = append(h.Matched, st)
				}
			}
		}
		hits = append(hits, h)
	}
	return hits
}

// minFocus is how much of the best passage's matched weight another
// passage must match to be cited with it: a passage that shares only the
// question's common words (the two countries' names) is not about it.
const minFocus = 0.85

func (ix *Index) focused(hits []Hit, terms []QueryTerm) []Hit {
	if len(hits) < 2 {
		return hits
	}
	top := ix.coveredWeight(hits[0], terms)
	out := hits[:1]
	for _, h := range hits[1:] {
		if ix.coveredWeight(h, terms) >= minFocus*top {
			out = append(out, h)
		}
	}
	return out
}

// ownName reports whether a passage was found by a name that no other
// passage has ("HTU" of the author's university): a question naming it
// is about that passage, whatever its hints.
func (ix *Index) ownName(bits uint64, stems []string) bool {
	for i, st := range stems {
		if bits&(1<<uint(i)) != 0 && ix.namedConcept(st) && len(ix.postings[st]) == 1 {
			return true
		}
	}
	return false
}

func matchesAny(bits uint64, stems []string, set map[string]bool) bool {
	for i, st := range stems {
		if bits&(1<<uint(i)) != 0 && set[st] {
			return true
		}
	}
	return false
}

// hasFigure reports whether a text gives a figure: digits or a number in
// words, not a year nor a number inside a name ("Covid-19").
func hasFigure(text string) bool { return figureCount(text) > 0 }

// figureCount returns how many figures a text gives, as hasFigure reads
// them.
func figureCount(text string) int {
	n := 0
	for _, w := range words(namedNumberRE.ReplaceAllString(text, " ")) {
		if isYear(w) {
			continue // a date, not a count
		}
		if isFigureWord(strings.ToLower(w)) {
			n++
		}
	}
	return n
}

// namedNumberRE finds a number that is part of a name ("Covid-19",
// "F-16", "G7"): no count.
var namedNumberRE = lazyre.New(`\b\p{L}+-?\d+\b`)

// compounds returns, for a word the sources lack, the sources' words that
// are it followed by an English word of four letters or more
// ("agribusiness" of "agri", "petrochemicals" of "petro"): a clipped compound,
// weighed as a synonym.
func (ix *Index) compounds(lower string) []Expansion {
	// a clipping is no common word ("seven" is not the start of
	// "seventeen", nor "house" of "households")
	if l := lexicon.Level(lower); utf8.RuneCountInString(lower) < 4 || !isLowerLetters(lower) || l > 0 && l <= 35 || numberWords[lower] {
		return nil
	}
	var out []Expansion
	for _, w := range ix.vocab.prefixed(lower) {
		rest := w[len(lower):]
		if utf8.RuneCountInString(rest) < 4 || !lexicon.Known(rest) || isStopWord(rest) || suffixLike[rest] {
			continue
		}
		if st := stem(w); len(ix.postings[st]) > 0 && !slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == st }) {
			out = append(out, Expansion{Stem: st, Word: w, Kind: "compound", Weight: kindWeight[lexicon.Synonym]})
		}
	}
	if len(out) == 0 {
		return ix.clipped(lower)
	}
	if len(out) > maxExpansions {
		out = out[:maxExpansions]
	}
	return out
}

// clipped returns the one word of the sources a word no source or English
// has is the start of, by its letters or, in the plural, its singular's
// ("subsids": subsidiary): a word clipped as chat clips it. nil when no word,
// or words of more than one stem, start so.
func (ix *Index) clipped(lower string) []Expansion {
	base := lower
	if b, ok := strings.CutSuffix(lower, "s"); ok && utf8.RuneCountInString(b) >= 4 {
		base = b
	}
	if l := lexicon.Level(base); l > 0 && l <= 35 || ix.vocab.has(base) {
		return nil
	}
	var found *Expansion
	for _, w := range ix.vocab.prefixed(base) {
		if utf8.RuneCountInString(w) < utf8.RuneCountInString(base)+2 {
			continue
		}
		st := stem(w)
		switch {
		case len(ix.postings[st]) == 0:
		case found == nil:
			found = &Expansion{Stem: st, Word: w, Kind: "clipped", Weight: kindWeight[lexicon.Synonym]}
		case found.Stem != st:
			return nil // "reg": regime, region or regulation
		}
	}
	if found == nil {
		return nil
	}
	return []Expansion{*found}
}

// suffixLike are English words that end other words as suffixes do
// ("seventeen", "agreement").
var suffixLike = setOf("teen", "teens", "ment", "ments", "ship", "ships", "hood", "hoods", "ness", "less", "hold", "holds", "able", "ward", "wards", "wise", "like", "some", "dom", "ism", "ist", "ists")

// wordAfter returns the word after the first word of a text that is w,
// lower case ("years" of "2 years ago" after "2"); "" for none.
func wordAfter(text, w string) string {
	ws := words(strings.ToLower(text))
	if i := slices.Index(ws, strings.ToLower(w)); i >= 0 && i+1 < len(ws) {
		return ws[i+1]
	}
	return ""
}

// writesPair reports whether a passage writes a word, as written, with a
// form of the next right after it: a number in words before the word a
// question writes after its digits ("two years earlier" for "2 yrs ago":
// the same figure of the same thing), or a title's words ("vice
// president").
func (ix *Index) writesPair(first, next string) bool {
	if next == "" {
		return false
	}
	want := stem(next)
	short, long := ix.postings[stem(first)], ix.postings[want]
	if len(long) < len(short) {
		short, long = long, short
	}
	checked := 0
	for k, p := range short {
		// only passages with both words, and a bounded number of them:
		// a large base has the pair early if it has it often
		if k >= maxPairScan {
			return false
		}
		if _, ok := slices.BinarySearchFunc(long, p.doc, func(q posting, d int32) int { return int(q.doc - d) }); !ok {
			continue
		}
		if checked++; checked > maxPairChecks {
			return false
		}
		ws := words(strings.ToLower(ix.passages[p.doc].Text))
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == first && stem(ws[i+1]) == want {
				return true
			}
		}
	}
	return false
}

// maxPairChecks is the most passages writesPair reads, maxPairScan the most
// postings it looks up.
const (
	maxPairChecks = 64
	maxPairScan   = 4096
)

// numberNames are the words for small figures, which the sources may
// write for what a question writes in digits ("five countries", "5").
var numberNames = map[string]string{"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
	"8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve", "15": "fifteen", "20": "twenty",
	"30": "thirty", "40": "forty", "50": "fifty", "100": "hundred"}

var numberWords = setOf("hundred", "hundreds", "thousand", "thousands", "million",
	"millions", "billion", "billions", "dozen", "dozens", "few", "several", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
	"forty", "fifty", "tens", "half", "third", "quarter", "double", "twice", "triple")

// pastYear reports whether a year is one the sources would name if they
// reported on it: no later than the newest source, and not the year a
// source was written or the one before, which it may mean without naming
// ("in January"). A year like that which no source names is missing,
// like any figure ("the 1961 treaty").
func (ix *Index) pastYear(s string) bool {
	n, _ := strconv.Atoi(s)
	newest := ix.kb.Newest()
	if newest.IsZero() || n > newest.Year {
		return false
	}
	return !slices.ContainsFunc(ix.kb.Sources, func(src *Source) bool {
		return n >= src.Published.Year-1 && n <= src.Published.Year
	})
}

func isYear(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1900 && n <= 2200
}

// qualifiesFigure reports whether a word of a question stands next to a
// currency or a figure ("eur equiv", "approx 5m"), which it qualifies.
func (ix *Index) qualifiesFigure(text, lower string) bool {
	ws := words(strings.ToLower(text))
	i := slices.Index(ws, lower)
	if i < 0 {
		return false
	}
	near := func(w string) bool { return isNumber(w) || currencyOf(w) != nil }
	return i > 0 && near(ws[i-1]) || i+1 < len(ws) && near(ws[i+1])
}

// detailFirst puts first, where a summary of the source ranks first ("The
// short version. ..."), the best passage after it that has every word of
// the question the summary has, scores at least detailShare of it and
// has a figure the summary gives: the summary restates what that passage
// tells in full. A summary that has one word of the question only is left
// first.
func detailFirst(hits []Hit) []Hit {
	if len(hits) < 2 || len(hits[0].Matched) < 2 || !SummaryLabelRE.MatchString(hits[0].Passage.Text) {
		return hits // (one word matched, the source's subject most likely: a question on the whole)
	}
	for i, h := range hits[1:] {
		if h.Score < detailShare*hits[0].Score {
			break
		}
		if !slices.ContainsFunc(hits[0].Matched, func(st string) bool { return !slices.Contains(h.Matched, st) }) && restates(hits[0].Passage.Text, h.Passage.Text) {
			out := append([]Hit{h}, hits[:i+1]...)
			return append(out, hits[i+2:]...)
		}
	}
	return hits
}

// restates reports whether a summary gives a figure of the detail
// passage ("fined it EUR 4m", of "fined Vik Water EUR 4m on 3 June"): it
// restates what the passage tells, not another year's figure, another
// party's or an outcome the passage does not tell.
func restates(summary, detail string) bool {
	in := figureTokenRE.FindAllString(detail, -1)
	for _, f := range figureTokenRE.FindAllString(summary, -1) {
		if slices.Contains(in, f) {
			return true
		}
	}
	return false
}

// figureTokenRE finds a figure as written, with a magnitude glued to it
// ("4m", "2.1bn", "82%", "2023").
var figureTokenRE = lazyre.New(`\d[\d,.]*\d(?:%|[a-zA-Z]{1,3}\b)?|\d(?:%|[a-zA-Z]{1,3}\b)?`)

// detailShare is how much of a summary's score a passage that tells what
// it restates must score to be cited before it.
const detailShare = 0.6

// SummaryLabelRE finds a passage that opens by calling itself its
// source's summary: "The short version.", "Summary.", "In brief:", "The
// bottom line.", "Key points:", "Overview.".
var SummaryLabelRE = lazyre.New(`(?i)^\W*(?:an?\s+|the\s+)?(?:(?:executive\s+)?summary|overview|short\s+version|abstract|synopsis|gist|key\s+(?:points|findings|judge?ments|takeaways)|main\s+points|in\s+(?:short|brief|sum)|at\s+a\s+glance|bottom\s+line|tl;?\s?dr)\s*[.:—–]`)
