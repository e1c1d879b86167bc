package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// stateWords name a party's government: after the party's name they name
// the party ("Oslo's government"), not what the passage must say.
var stateWords = []string{"government", "regime", "administration", "leadership", "authorities"}

// appendTerms appends to out the search terms of text (the question, or
// its context where context is set), each stem once (seen): its words and
// the glossary's concepts, with their weights, whether the sources have
// them, whether they are names or salient, and their expansions; the
// words that say only how the question is framed are left out. focus are
// the words naming what is asked, heads its head nouns.
func (ix *Index) appendTerms(out []QueryTerm, seen map[string]bool, text string, context bool, focus, heads []string) []QueryTerm {
	rd := ix.readForTerms(text, context)
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
		graded := softWord && (slices.Contains(rd.graded, lower) || rd.judged && judgementWords[lower])
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
		if slices.Contains(rd.measures, lower) {
			continue // "how long", "how far": the kind of answer
		}
		if df == 0 && slices.Contains(rd.pointers, t.stem) {
			continue // "the 4 northern quays": a count that points, not one asked
		}
		q := QueryTerm{Stem: t.stem, Surface: t.surface, IDF: ix.idf(df), Found: df > 0, Context: context, head: slices.Contains(heads, lower), graded: graded && slices.Contains(rd.graded, lower)}
		q.Name = isName(t) || ix.namedConcept(t.stem) || (!concept && lexicon.Name(lower) && !lexicon.Known(lower+"s") && !everyday(lower)) || !concept && lexicon.CountryName(lower)
		q.Salient = q.Name || isNumber(t.stem) || (!concept && !everyday(lower)) || slices.Contains(focus, lower)
		if !q.Salient && !concept {
			q.level = commonness(lower)
		}
		if rd.currency != nil && slices.Contains(rd.currency.words, lower) ||
			rd.exchange && (t.surface == lower && lexicon.CurrencyWord(lower) || lexicon.CurrencyCode(strings.ToUpper(lower))) {
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
		if ix.expandTerm(&q, t, ts, text, context, concept, df, &rd) {
			soft = true
		}
		if !q.Found && len(q.Expansions) > 0 {
			q.Found = true
			q.IDF = ix.idf(len(ix.postings[q.Expansions[0].Stem]))
		}
		if !context {
			ix.asPeople(&q, t, text)
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

// termReading is what appendTerms reads of a question as a whole.
type termReading struct {
	graded    []string  // the words it grades ("more important")
	pointers  []string  // the figures that point ("the 4 northern quays")
	measures  []string  // the measures asked ("how long")
	judged    bool      // the reason for a judgement asked ("why is it unlikely")
	currency  *currency // the currency a sum is asked in
	exchange  bool      // an exchange rate asked
	asked     []string  // the kinds asked for, read for the first word no source has
	askedRead bool
}

// readForTerms reads what appendTerms needs of a question as a whole
// before its words (context: the text is the question's context).
func (ix *Index) readForTerms(text string, context bool) termReading {
	var rd termReading
	for _, m := range gradedRE.FindAllStringSubmatch(text, -1) {
		rd.graded = append(rd.graded, strings.ToLower(m[1]))
	}
	for _, m := range pointingCountRE.FindAllStringSubmatch(text, -1) {
		rd.pointers = append(rd.pointers, strings.ToLower(m[1]))
	}
	// "how long is the tunnel": the measure asked, which the sources
	// give as a figure ("52.4 km"), not a word they must write
	if !context {
		ws := words(strings.ToLower(text))
		for _, m := range howMeasureRE.FindAllStringSubmatch(text, -1) {
			w := strings.ToLower(m[1])
			if timesWritten(ws, w) == 1 {
				rd.measures = append(rd.measures, w) // (a word the question writes once: "how long were the long delays" asks of the delays; "farmers" is not "far" twice)
			}
		}
	}
	// "why is it unlikely": the judgement whose reason is asked, which the
	// passage giving it states
	rd.judged = !context && AsksReasonRE.MatchString(text)
	// "in USD", "in dollars": what a sum is asked in, which the judge
	// checks the sum's currency for, not a word the sources must write;
	// it ranks a passage that has it
	rd.currency = ix.askedCurrency(text)
	rd.exchange = !context && asksExchangeRate(text)
	return rd
}

// expandTerm sets a question's term's expansions: its related words,
// the kinds of answer it names, the sources' compounds, currency words,
// units, numbers and rounded figures, the aliases it is part of, and the
// name the sources give what it describes; unit reports that it is a
// unit, which ranks a passage only as a soft word does.
func (ix *Index) expandTerm(q *QueryTerm, t term, ts []term, text string, context, concept bool, df int, rd *termReading) (unit bool) {
	lower := strings.ToLower(t.surface)
	q.Expansions = ix.expand(lower, t.stem, df > 0)
	if df == 0 && !rd.askedRead {
		rd.asked, rd.askedRead = kindsAsked(text), true
	}
	if df == 0 && slices.Contains(rd.asked, lower) {
		q.Expansions = mergeExpansions(q.Expansions, ix.kindExpansions(lower, t.stem))
	}
	if df == 0 && !concept && len(q.Expansions) == 0 {
		q.Expansions = ix.compounds(lower) // "agri": the sources' "agribusiness"; "subsids": subsidiary
	}
	if code := strings.ToUpper(lower); rd.exchange && df == 0 && len(lower) == 3 && lexicon.CurrencyCode(code) {
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
		unit = true
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
	return unit
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
