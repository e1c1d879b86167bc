package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// whatIsRE finds a question after what something is ("what's the ...").
var whatIsRE = lazyre.New(`(?i)^\s*what(?:'s|’s|s| is| are| was| were)\s`)

// ageRE finds an age a question asks at ("life expectancy at 65", "aged
// 60").
var ageRE = lazyre.New(`(?i)\b(?:at|aged|age|over|under)\s+\d\d\b`)

// laterYear returns a year the question asks about that comes after the
// newest of the passages that could answer it, with that passage's date:
// what happened in 2024 is not in sources written in 2022. A question
// that looks ahead ("will trade resume by 2024?") may be answered by
// what they foresee; 0 for it and for any other.
func laterYear(q Query, hits []Hit) (int, Date) {
	if q.Ahead || len(q.Years) == 0 {
		return 0, Date{}
	}
	newest := newestOf(hits)
	for _, y := range q.Years {
		if !newest.IsZero() && y > newest.Year {
			return y, newest
		}
	}
	return 0, Date{}
}

// orRE, examplesRE, guessesRE and itemSepRE find what a question offers
// as alternatives or examples: "coal or timber", "- cranes, tugs, dredger
// parts", "what is it sending, tanks? howitzers?".
var (
	orRE       = lazyre.New(`(?i)\b([\p{L}-]+) or ([\p{L}-]+)\b`)
	examplesRE = lazyre.New(`(?i)(?:—|–|\s-\s|:|\blike\b|\be\.?g\.?|\bsuch as\b)\s*([^.!]+)$`)
	guessesRE  = lazyre.New(`[?,]\s+((?:[^?,.!:]{1,30}\?\s*){2,})$`)
	itemSepRE  = lazyre.New(`(?i)\s*(?:,|/|\?|\bor\b|\band\b)\s*`)
)

// missingAlternatives returns the alternatives or examples a question
// offers ("did they ship coal or timber?", "what might the port get in
// return - cranes, tugs?") when there are two or more and no source
// has any of them, in any words: they are what it asks about. nil
// otherwise.
func missingAlternatives(text string, own []QueryTerm) []string {
	for _, items := range alternatives(text) {
		var missing []string
		for _, item := range items {
			has, found := itemTerms(item, own)
			if found {
				missing = nil
				break
			}
			if has {
				missing = append(missing, strings.TrimSpace(item))
			}
		}
		if len(missing) >= 2 {
			return missing
		}
	}
	return nil
}

// alternatives returns the lists of alternatives or examples a question
// offers.
func alternatives(text string) [][]string {
	var lists [][]string
	for _, m := range orRE.FindAllStringSubmatch(text, -1) {
		lists = append(lists, []string{m[1], m[2]})
	}
	if m := examplesRE.FindStringSubmatchIndex(text); m != nil {
		items := itemSepRE.Split(text[m[2]:m[3]], -1)
		if !whQuestionOpens(text[:m[0]]) {
			// "AfDB rail loan — amount, length?": what is asked of the
			// thing named; not "what did Vik cut — fees, tolls?", where
			// they are the answers offered
			items = slices.DeleteFunc(items, kindItem)
		}
		lists = appendItems(lists, items)
	} else if m := guessesRE.FindStringSubmatch(text); m != nil {
		lists = appendItems(lists, itemSepRE.Split(m[1], -1))
	}
	return lists
}

// maxItemWords is the most words an alternative or example has: a longer
// one is a clause ("— syria went along with donetsk but did it also sign
// off on the votes?"), and the list no list of things.
const maxItemWords = 4

func appendItems(lists [][]string, items []string) [][]string {
	// "tolls? they high?", "cranes, tugs, what tonnage": a
	// question of its own among the items is none of them
	items = slices.DeleteFunc(items, clauseItem)
	if slices.ContainsFunc(items, func(it string) bool { return len(strings.Fields(it)) > maxItemWords }) {
		return lists
	}
	return append(lists, items)
}

// clauseItem reports whether an item opens with a pronoun or an auxiliary
// ("they high?", "is it old?"): a question of its own, in chat
// shorthand, not a thing offered as an alternative. One opening with a
// question word stays: "cranes, tugs, what tonnage" asks the tonnage
// of the things it lists.
func clauseItem(item string) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(item)), " ")
	return subjectPronouns[w] || questionOpeners[w] && !whWordsSet[w]
}

// whQuestionOpens reports whether a text opens with a question word or an
// auxiliary ("what did Vik cut", "did Vik cut"): a question, not the name
// of a thing.
func whQuestionOpens(text string) bool {
	ws := words(strings.ToLower(text))
	return len(ws) > 0 && (whWordsSet[ws[0]] || questionOpeners[ws[0]])
}

// kindItem reports whether an item names only the kind of answer asked
// or a measure ("AfDB rail loan — amount, length?", "Lekki port — depth,
// capacity?"): what the question asks of the thing it names, which the
// rules on quantities judge, not a thing offered as an alternative. A
// figure is one ("300 km or 500 km?").
func kindItem(item string) bool {
	ws := words(strings.ToLower(item))
	if len(ws) == 0 || strings.ContainsAny(item, "0123456789") {
		return false
	}
	for _, w := range ws {
		if !answerKindWords[w] && !valueKindWords[w] && !dimensionWords[w] && !measureNounRE.MatchString(w) && !(len(ws) == 1 && wantedQuantity(w) != "") {
			return false
		}
	}
	return true
}

// dimensionWords name a measure of a thing a list may ask ("Lekki port —
// depth, capacity?").
var dimensionWords = setOf("depth", "height", "width", "breadth", "area", "length", "duration", "weight", "distance", "speed", "diameter")

var subjectPronouns = setOf("i", "you", "he", "she", "it", "we", "they", "this", "that", "there")

// guessed returns the words of the alternatives a question offers that no
// source has, when the best passage has another of them ("the north? the
// coast?"): the asker's guesses, which the answer rules out, not what the
// question is about. text is the question searched, asked all the asker
// wrote.
func (ix *Index) guessed(text, asked string, own []QueryTerm, wide []Hit) map[string]bool {
	out := map[string]bool{}
	if len(wide) == 0 {
		return out
	}
	for _, items := range alternatives(text) {
		var missing []string
		answered := false // the best passage has one of them
		for _, item := range items {
			has, found := itemTerms(item, own)
			answered = answered || found && itemIn(item, own, wide[0])
			if has && !found {
				missing = append(missing, item)
			}
		}
		for _, item := range missing {
			for _, w := range words(strings.ToLower(item)) {
				out[w] = out[w] || answered
			}
		}
	}
	// "was it like 3?", "200000 or something?": a figure the asker only
	// guesses at, which the best passage, giving a figure of its own for
	// what the question counts, corrects
	ms := append(guessedFigureRE.FindAllStringSubmatch(text, -1), choiceFigureRE.FindAllStringSubmatch(text, -1)...)
	if claimCheckRE.MatchString(asked) {
		// "someone says they'll hire 200,000. true?": a claim put to
		// the sources, whose figures the sources' own corrects
		ms = append(ms, claimFigureRE.FindAllStringSubmatch(text, -1)...)
	}
	if len(ms) > 0 && ix.figureOf(wide[0].Passage, own) {
		for _, m := range ms {
			for _, f := range m[1:] {
				if f != "" && !isYear(f) { // "like 2019 figures": a year the figures are of
					out[strings.ReplaceAll(f, ",", "")] = true // "200,000", which the terms write "200000"
				}
			}
		}
	}
	// "Riga sent cranes to Holt?? or was it another country": the name
	// the asker doubts is a guess, when the best passage has what the
	// question says was done (the doubt may come after the question, as
	// an aside: asked, not text)
	if otherGuessRE.MatchString(asked) && slices.ContainsFunc(own, func(t QueryTerm) bool {
		return !t.Name && t.Found && !t.Soft && slices.Contains(wide[0].Matched, t.Stem)
	}) {
		// the name nearest the doubt
		lower, last, at := strings.ToLower(asked), "", -1
		for _, t := range own {
			if i := strings.LastIndex(lower, strings.ToLower(t.Surface)); t.Name && !t.Found && i > at {
				last, at = strings.ToLower(t.Surface), i
			}
		}
		if last != "" {
			out[last] = true
		}
	}
	// "the deputy FM (?)": a word the asker marks as unsure of
	for _, m := range unsureRE.FindAllStringSubmatch(text, -1) {
		out[strings.ToLower(m[1])] = true
	}
	// "wasn't it Oslo that sold them, or am I mixing that up with Riga?":
	// a short closing "or" clause second-guesses what the question names
	// before it; when the best passage has a name from before it, what
	// the clause names and no source has is a guess
	if m := trailingOrRE.FindStringSubmatch(text); m != nil && len(strings.Fields(m[1])) <= maxOrWords {
		clause := strings.ToLower(m[1])
		if slices.ContainsFunc(own, func(t QueryTerm) bool {
			return t.Name && t.Found && !strings.Contains(clause, strings.ToLower(t.Surface)) && slices.Contains(wide[0].Matched, t.Stem)
		}) {
			for _, w := range words(clause) {
				out[w] = true
			}
		}
	}
	return out
}

// figureOf reports whether a passage has a sentence with a figure and a
// word of the question that is no name: a figure of what it asks about.
func (ix *Index) figureOf(p *Passage, own []QueryTerm) bool {
	for _, s := range ix.Sentences(p) {
		if !hasFigure(s.Text) {
			continue
		}
		ts := ix.Terms(s.Text)
		if slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Found && !t.Name && !t.Soft && t.in(ts) }) {
			return true
		}
	}
	return false
}

// unsureRE finds a word followed by a question mark in brackets: "the
// deputy FM (?)".
var unsureRE = lazyre.New(`([\p{L}\d.-]+)\s*\(\?+\)`)

// otherGuessRE finds an asker closing the question by doubting whom they
// named: "..., or was it another country?", "or someone else?"; not "one
// way or another" (the "y" before it), nor an "or" inside the question
// ("cranes or some other equipment to Holt").
var otherGuessRE = lazyre.New(`(?i)(?:^|[^y])\s+or\s+(?:(?:was|is|were|did)\s+(?:it|that|they)\s+)?(?:another|some\s*one\s+else|somebody\s+else|some\s+other|a\s+different|(?:a|an)\s+other)(?:\s+[\p{L}-]+)?\s*[?.!]*\s*$`)

// claimCheckRE finds a claim put to the sources to check: "..., true?",
// "... - correct?" (not "right?", a tag as often as a check), "does the piece back that up?", "is that what the
// article says?", "true per the author?", "so per the author, ...?";
// claimFigureRE a figure in it.
var (
	claimCheckRE  = lazyre.New(`(?i)(?:[.,;:!?)\-–—]\s*|\s)(?:is\s+(?:that|this|it)\s+)?(?:true|correct|accurate|legit)\s*(?:(?:per|according to|acc to|in)\s+(?:the\s+)?\S+(?:\s+\S+)?\s*)?\?+\s*$|\b(?:does|do|did|would|will)\s+(?:the\s+)?(?:piece|article|author|report|source|sources|writer|it|he|she|they)\s+(?:\S+\s+)?(?:back|bear|support|confirm|say|said)\s+(?:that|this|it)(?:\s+(?:up|out))?\b|\bis\s+(?:that|this|it)\s+what\s+(?:the\s+)?(?:piece|article|author|report|source|sources|writer|it|he|she|they)\s+(?:says?|said|claims?|argues?)\b|^\W*so\s+(?:per|according to|acc to)\s`)
	claimFigureRE = lazyre.New(`\b(\d[\d,.]*\d|\d)\b`)
)

// guessedFigureRE finds a figure a question hedges as a guess: "like 3",
// "was it 5", "about 200", "200 or something", "50-ish", ", 200?".
var guessedFigureRE = lazyre.New(`(?i)\b(?:like|about|around|roughly|approx(?:imately)?|maybe|perhaps|was it|is it|something like)\s+(\d[\d,.]*)\b|\b(\d[\d,.]*)\s+or\s+(?:something|so|thereabouts|more)\b|\b(\d[\d,.]*)-?ish\b|[,;:]\s*(\d[\d,.]*)\s*\?`)

// choiceFigureRE finds figures offered to choose from: "5 or 7", "5
// countries or 7", "100000 or 10000" (apart from guessedFigureRE, whose
// "was it 5" would take the first of them).
var choiceFigureRE = lazyre.New(`\b(\d+(?:[.,]\d+)*)(?:\s*,)?\s+(?:[\p{L}-]+\s+)?or\s+(\d+(?:[.,]\d+)*)\b`)

// trailingOrRE finds a question's closing "or" clause: ", or was it
// Riga?", "or am I mixing that up with Riga".
var trailingOrRE = lazyre.New(`(?i),\s*or\s+([^,?.!;]+)[?.!]*\s*$`)

// maxOrWords is the most words a closing "or" clause has to be a second
// guess, not a second question.
const maxOrWords = 8

// itemIn reports whether a passage has every term of an item.
func itemIn(item string, own []QueryTerm, h Hit) bool {
	return !slices.ContainsFunc(itemOwn(item, own), func(t QueryTerm) bool { return !slices.Contains(h.Matched, t.Stem) })
}

// itemTerms reports whether an item's words are terms of the question,
// and whether a source has all of them ("dredger parts" is missing when
// "dredger" is).
func itemTerms(item string, own []QueryTerm) (has, found bool) {
	ts := itemOwn(item, own)
	return len(ts) > 0, len(ts) > 0 && !slices.ContainsFunc(ts, func(t QueryTerm) bool { return !t.Found })
}

// itemOwn returns the question's terms written in an item, once for each
// of its words.
func itemOwn(item string, own []QueryTerm) []QueryTerm {
	var out []QueryTerm
	for _, w := range words(strings.ToLower(item)) {
		for _, t := range own {
			if slices.Contains(strings.Fields(strings.ToLower(t.Surface)), w) {
				out = append(out, t)
			}
		}
	}
	return out
}

// personalRE finds a question about someone in person, not their
// government or office ("did the mayor personally ...").
var personalRE = lazyre.New(`(?i)\b(?:personally|himself|herself|in person|first[- ]hand|in (?:his|her) own words|direct quote|face[- ]to[- ]face|one[- ]on[- ]one|in the flesh)\b`)
