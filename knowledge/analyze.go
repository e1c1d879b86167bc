package knowledge

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// A term is one normalised word of a text: lower-cased, spelled the
// American way, stemmed with the Snowball English stemmer.
type term struct {
	stem    string // what the index stores; a glossary concept starts with '='
	surface string // the word as written, for reporting missing terms
	capital bool   // written with a capital letter (a name, most likely)
	// particle is the particle written right after the word ("building
	// up"), which analysis drops as a stop word but a glossary alias such
	// as "build-up" needs
	particle string
	first    bool // the first word of the text
	at       int  // the place of the word it was made from among the text's words
}

// extraStopWords are words that carry no topic in a question put to the
// knowledge base: question words, modal verbs and words about the sources
// themselves ("what does the article say about ...").
var extraStopWords = setOf("whose", "else", "even", "suddenly", "just", "quite", "pretty", "stuff", "anyway", "basically", "literally", "maybe", "perhaps", "somehow", "etc", "ok", "okay",
	"also", "whole", "cannot", "versus", "alongside", "around", "could", "would", "might", "may", "must", "shall", "one", "ones",
	"us", "yet", "however", "whether", "anything", "something", "thing", "things",
	"way", "ways", "get", "got", "gets", "getting", "gotten", "much", "many", "lot", "lots", "kind", "sort",
	"article", "articles", "source", "sources", "text", "piece", "paper", "document",
	"say", "says", "said", "saying", "tell", "tells", "told", "mention", "mentions",
	"mentioned", "according", "describe", "describes", "explain", "explains",
	"summarise", "summarize", "summary", "discuss", "discusses", "know", "known",
	"knowledge", "base", "dossier", "please", "anyone", "does", "doesn", "isn",
	"aren", "wasn", "weren", "didn", "hasn", "haven", "won", "wouldn", "couldn",
	"shouldn", "ll", "ve", "re", "d", "m", "happen", "happens", "happened",
	"happening", "going", "goes", "thing", "regarding", "concerning", "re",
	"there", "give", "gives", "giving", "gave", "show", "list", "main", "key", "point", "points", "like",
	"exactly", "really", "actually", "currently", "current", "now", "today",
	"latest", "recent", "recently", "present", "presently", "nowadays", "still",
	"moment", "update", "updates", "news", "new", "newest",
)

// questionWords are words common in questions that name no topic: "how
// did X respond", "what role does Y play". They are dropped from questions
// (not from sources) unless the glossary makes them part of a concept.
var questionWords = setOf(append(framingSoft,
	"without", "within", // prepositions, which Snowball keeps
	"respond", "responded", "response", "responses", "react", "reacted",
	"reaction", "reactions", "stance", "position", "positions", "view", "views",
	"viewed", "role", "roles", "play", "plays", "played", "keep", "keeps",
	"take", "takes", "taken", "taking", "ever", "large", "big", "small", "ask",
	"asked", "asks", "make", "makes", "made", "change", "changed", "changes",
	"affect", "affects", "affected", "effect", "effects", "impact", "impacts",
	"think", "thinks", "thought", "likely", "unlikely", "possible", "possibly",
	"probable", "probably", "reason", "reasons", "mean", "means", "meant",
	"state", "status", "situation", "stand", "stands", "feel", "feels",
	"opinion", "approach", "plan", "plans", "planned", "expect", "expected",
	"idea", "regard", "toward", "towards", "stay", "stayed", "remain",
	"remains", "remained", "want", "wants", "wanted", "need", "needs",
	"needed", "able", "ability", "happen", "happened", "matter", "matters",
	"important", "importance", "significant", "significance", "really",
	"overall", "general", "generally", "specifically", "detail", "details",
	"compare", "compared", "comparison", "difference", "differences", "role",
	"extent", "degree", "far", "soon", "long", "often", "anymore", "longer",
	"kind", "type", "types", "sort", "example", "examples", "evidence",
	"two", "both", "countries", "country", "nations", "sides", "side",
	"go", "goes", "going", "went", "come", "comes", "coming", "came",
	// intensifiers: "real military help", "firmly in their corner"
	"actual", "real", "truly", "genuine", "genuinely", "firmly", "plain", "sheer",
	// asking for a name, an estimate, a source's word: "name the five",
	// "roughly how many", "per the article"
	"name", "names", "roughly", "approximately", "per",
	// asking for figures: "what casualty numbers", "ballpark is fine",
	// "how much money" (a sum, which sources write in its currency)
	"numbers", "figures", "stats", "statistics", "tally", "ballpark", "money",
)...)

// softWords are the question words that can still tell two passages apart
// when a passage says them too ("why is X important": the passage on X's
// importance; "is Y unlikely"): a question keeps them as soft terms, which
// rank a little and never decide coverage. The other question words only
// frame a question ("what is the state of", "what role does").
var softWords = setOf(append(framingSoft,
	"important", "importance", "significant", "significance", "likely", "unlikely",
	"possible", "possibly", "probable", "probably", "need", "needs", "needed", "able",
	"ability", "evidence", "countries", "country", "nations", "expect", "expected",
	"plan", "plans", "planned", "want", "wants", "wanted", "remain", "remains",
	"remained", "stay", "stayed", "change", "changed", "changes", "affect", "affects",
	"affected", "effect", "effects", "impact", "impacts", "compare", "compared",
	"comparison", "difference", "differences", "large", "big", "small", "long", "soon",
	"often", "far", "two", "both", "ever", "longer", "only", "others",
)...)

// framingSoft are question words added to both lists at once: a verb
// that links a subject to what it became, and the words of asking
// whether something was confirmed.
var framingSoft = []string{
	"become", "seem",
	"confirm", "confirmation", "verify", "verification", "corroborate", "substantiate",
	"proof", "prove", "rumour", "rumor", "true",
}

// inSet reports whether a word, or the base form the lexicon gives for it,
// is in a set of words: "kept" is "keep", "took" is "take", without every
// irregular form written into the set.
func inSet(set map[string]bool, w string) bool {
	if set[w] {
		return true
	}
	for _, r := range lexicon.Lookup(w) {
		if r.Kind == lexicon.Base && set[r.Word] {
			return true
		}
	}
	return false
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func isStopWord(w string) bool {
	return english.IsStopWord(w) && !keptWords[w] || extraStopWords[w]
}

// keptWords are Snowball's stop words that still tell passages apart when
// a question has them: "the only thing they can offer" is the passage on
// the only resource.
var keptWords = setOf("only")

// words splits text into words: runs of letters and digits. Apostrophes
// inside a word are dropped along with a possessive "s" ("People’s" becomes
// "People"); digit groups joined by commas or points stay one number.
func words(text string) []string { return appendWords(nil, text) }

// appendWords appends the words of text to out.
func appendWords(out []string, text string) []string {
	start := -1
	var prev rune
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && joins(prev, r, text[i+runeWidth(text[i:]):]):
			// keep going: don't, 100,000, 1.5
		case start >= 0:
			if w := cleanWord(text[start:i]); w != "" {
				out = append(out, w)
			}
			start = -1
		}
		prev = r
	}
	if start >= 0 {
		if w := cleanWord(text[start:]); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// runeWidth is the byte width of s's first rune: 1 for an invalid byte.
func runeWidth(s string) int {
	_, w := utf8.DecodeRuneInString(s)
	return w
}

// joins reports whether r joins the word before it to the one after: an
// apostrophe between letters, a comma or point between digits, or a hyphen
// before a particle ("build-up", "lock-in": a noun of its own, not "build").
func joins(prev, r rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	if rest == "" {
		return false
	}
	switch r {
	case '\'', '’', 'ʼ':
		return unicode.IsLetter(prev) && unicode.IsLetter(next)
	case ',', '.':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case '-':
		return unicode.IsLetter(prev) && particleNext(rest) || unicode.IsDigit(prev) && singleLetter(rest)
	}
	return false
}

// singleLetter reports whether a text opens with one capital letter
// alone: "D" of "3-D printers" or "3-D-printed", which names a thing with
// its figure as "3D" does; not a magnitude ("10-K", "10-M": see
// gluedFigure), nor a small letter, a unit as often ("a 10-m wall").
func singleLetter(rest string) bool {
	r, w := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	if _, _, ok := gluedFigure("1" + string(unicode.ToLower(r))); ok {
		return false
	}
	after, _ := utf8.DecodeRuneInString(rest[w:])
	return len(rest) == w || !unicode.IsLetter(after) && !unicode.IsDigit(after)
}

// particles are the adverbs of phrasal verbs, which a hyphen joins into a
// noun ("build-up", "pull-out", "stand-off").
var particles = []string{"up", "down", "in", "out", "off", "on", "over", "back", "away"}

func isParticle(lower string) bool { return slices.Contains(particles, lower) }

// particleNext reports whether rest opens with a particle, a whole word.
func particleNext(rest string) bool {
	for _, p := range particles {
		if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
			after, _ := utf8.DecodeRuneInString(rest[len(p):])
			if len(rest) == len(p) || !unicode.IsLetter(after) && !unicode.IsDigit(after) && after != '-' {
				return true
			}
		}
	}
	return false
}

func cleanWord(w string) string {
	if hasApostrophe(w) {
		for _, apos := range []string{"'s", "’s", "ʼs", "'S", "’S", "ʼS"} {
			w = strings.TrimSuffix(w, apos)
		}
		w = strings.Map(func(r rune) rune {
			if r == '\'' || r == '’' || r == 'ʼ' {
				return -1
			}
			return r
		}, w)
	}
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		w = strings.ReplaceAll(w, ",", "")
		w = strings.Replace(w, "-", "", 1) // "3-D" is "3D"
	}
	return w
}

// hasApostrophe is strings.ContainsAny(w, "'’ʼ"), fast for ASCII.
func hasApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] == '\'':
			return true
		case w[i] >= utf8.RuneSelf:
			return strings.ContainsAny(w[i:], "'’ʼ")
		}
	}
	return false
}

// phrasalStops are stop words that, before a particle, are the verb of a
// phrasal verb with a meaning of its own ("give up", "get rid"), kept.
var phrasalStops = setOf("give", "gives", "giving", "gave", "get", "gets", "getting", "got", "gotten")

// phrasalVerbAt reports whether ws[i] is one of phrasalStops before a
// particle: a word kept though a stop word, in questions and passages alike.
func phrasalVerbAt(ws []string, i int) bool {
	return phrasalStops[strings.ToLower(ws[i])] && i+1 < len(ws) && isParticle(strings.ToLower(ws[i+1]))
}

// compoundAt reports whether ws[i], one of the stop words of questions
// (extraStopWords, not English's function words), is the first word of a
// compound English has with the word after it ("list price", "base
// rate", "show trial"): a word kept, in questions and passages alike;
// not the verb of a phrasal verb ("show up", "get around"), nor before a
// stop word ("quite a").
func compoundAt(ws []string, i int, lower string) bool {
	if i+1 >= len(ws) || !extraStopWords[lower] || english.IsStopWord(lower) || sourceWords[lower] || phrasalStops[lower] {
		return false // "get around": a phrasal verb, no compound
	}
	next := strings.ToLower(ws[i+1])
	return !isParticle(next) && !isStopWord(next) && lexicon.Known(lower+" "+next) // "show up", "quite a": no compound
}

// numberedAt reports whether ws[i], one of the stop words of questions
// (extraStopWords, not English's function words), is a word that takes a
// number after it (numberedWords) and has one: "article 12" of a law,
// "point 3", "May 2025". It names a part of something, not the sources or
// the question's framing ("what does the article say"): a word kept, in
// questions and passages alike.
func numberedAt(ws []string, i int, lower string) bool {
	if i+1 >= len(ws) || !numberedWords[lower] || !extraStopWords[lower] || english.IsStopWord(lower) {
		return false
	}
	if i > 0 && pointingBefore[strings.ToLower(ws[i-1])] {
		return false // "at one point 3 ministers", "at that point 40%": a moment, no part numbered
	}
	r, _ := utf8.DecodeRuneInString(ws[i+1])
	return unicode.IsDigit(r)
}

// pointingBefore are the words before a noun that make it a phrase of its
// own ("at one point", "this article"), not a label of the number after it.
var pointingBefore = setOf("one", "some", "any", "that", "this", "each", "every", "no", "which", "what", "whose")

// sourceWords are the stop words that name the sources themselves ("the
// knowledge base", "the source text"), never part of a topic's compound.
var sourceWords = setOf("article", "articles", "source", "sources", "text", "piece", "paper", "document",
	"knowledge", "base", "dossier", "summary", "update", "updates", "news")

// analyze turns text into terms: stop words out, spelling unified, stemmed.
func analyze(text string) []term { return analyzer{}.analyze(text) }

// An analyzer may keep a cache of stems, for indexing many passages.
type analyzer struct{ stems map[string]string }

func (a analyzer) stem(lower string) string {
	if a.stems == nil {
		return stem(lower)
	}
	s, ok := a.stems[lower]
	if !ok {
		s = stem(lower)
		a.stems[lower] = s
	}
	return s
}

func (a analyzer) analyze(text string) []term { return a.analyzeWords(words(text)) }

// analyzeWords is analyze over a text already split into words.
func (a analyzer) analyzeWords(ws []string) []term {
	out := make([]term, 0, len(ws))
	last := -2 // the word the last term is of
	for i, w := range ws {
		lower := strings.ToLower(w)
		if isStopWord(lower) && !isAcronym(w) && !phrasalVerbAt(ws, i) && !compoundAt(ws, i, lower) && !numberedAt(ws, i, lower) {
			if last == i-1 && isParticle(lower) {
				out[len(out)-1].particle = lower
			}
			continue
		}
		last = i
		if n, scale, ok := gluedFigure(lower); ok {
			// "$4.2bn", "300MW": the figure and its magnitude or unit, as
			// a question's "4.2 billion", "300 MW" are read
			out = append(out, term{stem: n, surface: w, first: i == 0, at: i})
			if scale != "" {
				out = append(out, term{stem: a.stem(scale), surface: a.stem(scale), at: i})
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		out = append(out, term{
			stem:    a.stem(lower),
			surface: w,
			capital: unicode.IsUpper(r),
			first:   i == 0,
			at:      i,
		})
	}
	return out
}

// stem normalises one lower-case word.
func stem(lower string) string {
	if s, ok := stemExceptions[lower]; ok {
		return s
	}
	return english.Stem(americanSpelling(lower), false)
}

// stemExceptions fix words the Snowball stemmer folds into unrelated ones
// ("authorities" into "author").
var stemExceptions = map[string]string{
	"authority": "authorit", "authorities": "authorit",
	"general": "general", "generals": "general",
	"university": "universit", "universities": "universit",
	"news": "news", "arms": "arms",
	"important": "importan", "importance": "importan", "importantly": "importan", "unimportant": "unimportan",
	"organization": "organiz", "organizations": "organiz", "organisation": "organiz", "organisations": "organiz",
}

// britishEndings maps British spellings to American ones, so that
// "labour" and "labor", "mobilisation" and "mobilization" meet. The same
// mapping runs over sources and questions alike, so a word it bends that
// was never British ("raise" to "raize") still meets itself.
var britishEndings = []struct{ from, to string }{
	{"isation", "ization"}, {"isations", "izations"},
	{"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"},
	{"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"},
	{"ours", "ors"}, {"oured", "ored"}, {"ouring", "oring"}, {"ourer", "orer"},
	{"ourers", "orers"}, {"ourite", "orite"}, {"ourable", "orable"}, {"our", "or"},
	{"ogue", "og"}, {"ogues", "ogs"},
	{"tre", "ter"}, {"tres", "ters"},
}

// britishWords are British spellings no ending rule catches.
var britishWords = map[string]string{
	"defence": "defense", "offence": "offense", "pretence": "pretense",
	"licence": "license", "defences": "defenses", "offences": "offenses",
	"programme": "program", "programmes": "programs", "grey": "gray",
	"cheque": "check", "tonne": "ton", "tonnes": "tons",
}

func americanSpelling(w string) string {
	if us, ok := britishWords[w]; ok {
		return us
	}
	if len(w) < 5 {
		return w
	}
	best := -1
	for i, e := range britishEndings {
		if strings.HasSuffix(w, e.from) && (best < 0 || len(e.from) > len(britishEndings[best].from)) {
			best = i
		}
	}
	if best < 0 {
		return w
	}
	e := britishEndings[best]
	stemPart := w[:len(w)-len(e.from)]
	if len(stemPart) < 2 {
		return w
	}
	return stemPart + e.to
}

// isAcronym reports whether w is written in capitals, like "US" or "EU",
// which are never stop words even when their lower case is.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 1
}

// gluedFigureRE finds a figure glued to its magnitude or unit ("4.2bn",
// "1,500m", "500k", "300mw"), lower case.
var gluedFigureRE = lazyre.New(`^(\d[\d,]*(?:\.\d+)?)(` + magnitudeWords + `|` + gluedUnits + `)$`)

// gluedFigure splits a figure glued to its magnitude or unit (lower case)
// into the figure and the magnitude's word or the unit, as a question's is
// written (see magnitude): "4.2bn" is 4.2 and billion, "500k" is 500000.
func gluedFigure(lower string) (figure, scale string, ok bool) {
	if lower == "" || lower[0] < '0' || lower[0] > '9' {
		return "", "", false
	}
	m := gluedFigureRE.FindStringSubmatch(lower)
	if m == nil {
		return "", "", false
	}
	if _, ok := magnitudes[m[2]]; !ok {
		return m[1], m[2], true // a unit: "300mw"
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil {
		return "", "", false
	}
	figure, scale, _ = strings.Cut(magnitude(v, m[2]), " ")
	return figure, scale, true
}
