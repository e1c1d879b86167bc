package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// yesNoOpens opens a yes-or-no question; yesNoRE finds one.
const yesNoOpens = `(?i)^(?:did|does|do|has|have|had|will|would|was|were|is|are|can|could|is it true)\b`

var yesNoRE = lazyre.New(yesNoOpens)

// tagRE finds a statement asked as a yes-or-no question by a tag at its
// end ("Holt sent troops to Tuscany, right?").
var tagRE = lazyre.New(`(?i)[,\s](?:right|correct|yes|no|true|innit|yeah|eh|isn'?t it|didn'?t (?:they|he|she|it)|no\?)\s*\?+\s*$`)

// overRE finds a yes-or-no question about a deed done over another ("did
// Oslo sanction Riga over the ferry deal?", "has Holt cut ties for backing
// Riga?"): the first group is what it was done over.
var overRE = lazyre.New(`(?i)^(?:did|does|do|has|have|had|will|would|was|were|is it true)\b.*?\b(over|because of|due to|in response to|in retaliation for|in return for|as (?:a )?punishment for|for (?:\p{L}+ing|its|their|his|her))\s+(.+?)\s*(?:[?.!;,]|\s(?:or|and|but|is|was|are|were)\s|$)`)

// maxOverLen is the most bytes of what a deed was over that a decline
// repeats.
const maxOverLen = 60

// clipWords cuts a text at the last word that ends within max bytes,
// with an ellipsis when it cut.
func clipWords(text string, max int) string {
	if len(text) <= max {
		return text
	}
	cut := strings.LastIndexByte(text[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return text[:cut] + "…"
}

// overTimeRE finds what "over" spans when it is no cause: a time or an
// amount ("over the winter", "over a year", "over 1,000").
var overTimeRE = lazyre.New(`(?i)^(?:(?:the|a|an|this|that|last|past|next|coming|recent|several|few|many)\s+)*(?:\d|couple|dozen|hundreds?|thousands?|millions?|years?|months?|weeks?|days?|decades?|hours?|weekends?|winter|summer|spring|autumn|fall|holidays?|period|time|night|centur\w*|past)\b`)

// overVerbs take "over" as their own particle ("take over", "hand over",
// "fly over"): no cause follows it.
var overVerbs = setOf("take", "takes", "took", "taken", "taking", "hand", "hands", "handed", "fly", "flies", "flew", "flown",
	"cross", "crossed", "turn", "turned", "look", "looked", "think", "thought", "win", "won", "pass", "passed",
	"go", "goes", "went", "gone", "get", "got", "run", "ran", "blow", "blew", "boil", "boiled", "fall", "fell", "hold", "held",
	"come", "came", "move", "moved", "spill", "spilled", "spilt", "roll", "rolled", "tip", "tipped", "sign", "signed", "carry", "carried")

// causeOf returns, for a yes-or-no question about a deed done over
// another, the words of what it was done over and of the deed, as the
// question's terms that some source has (not names, whose passages the
// rest of judging asks for), and what it was over as written; nil when
// the question is none, says what it was over in no such word ("over
// that"), or uses "over" of a time, an amount or a verb's particle.
func (ix *Index) causeOf(text string, own []QueryTerm) (cause, act []QueryTerm, what string) {
	loc := overRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return nil, nil, ""
	}
	marker, what := strings.ToLower(text[loc[2]:loc[3]]), text[loc[4]:loc[5]]
	if marker == "over" && (overTimeRE.MatchString(what) || overVerbs[strings.ToLower(lastWord(text[:loc[2]]))]) {
		return nil, nil, "" // "over the winter", "took over the port": no cause
	}
	over := ix.Terms(what)
	for _, t := range eventTerms(own) {
		switch {
		case !t.Found:
		case slices.Contains(over, t.Stem):
			cause = append(cause, t)
		default:
			act = append(act, t)
		}
	}
	return cause, act, strings.ToLower(what)
}

// bothSidesFirst puts first, of the hits scoring nearly as well as the
// best, one that has both sides of a comparison the question makes ("arms
// deals versus trade, which is likelier?"): a passage on one side alone
// does not compare them.
func (ix *Index) bothSidesFirst(hits []Hit, text string) []Hit {
	m := comparedSides(text)
	if m == nil || len(hits) < 2 {
		return hits
	}
	a, b := distinctSides(ix.Terms(m[1]), ix.Terms(m[2]))
	if len(a) == 0 || len(b) == 0 {
		return hits
	}
	has := func(h Hit, side []string) bool {
		return slices.ContainsFunc(side, func(t string) bool { return slices.Contains(h.Matched, t) })
	}
	return firstNear(hits, func(h Hit) bool { return has(h, a) && has(h, b) })
}

// distinctSides returns the terms of each side of a comparison that the
// other side lacks ("ferry deals" vs "ferry quotas": deals, quotas).
func distinctSides(a, b []string) ([]string, []string) {
	common := func(t string) bool { return slices.Contains(a, t) && slices.Contains(b, t) }
	return slices.DeleteFunc(slices.Clone(a), common), slices.DeleteFunc(slices.Clone(b), common)
}

// versusRE finds the two sides of a comparison: the words of its clause
// before "versus" and after it, up to a question word or a stop;
// betweenRE, "between A and B" in a question asking which; eitherRE, "A
// or B" after a question asking which and a colon or a dash ("which is
// likelier: arms deals or trade?").
var (
	versusRE  = lazyre.New(`(?i)([^,;:?!—–]+?)\s+versus\s+([^,;:?!—–]+?)(?:\s+(?:which|what|who|how|in terms|for|per)\b|[,;:?!—–]|$)`)
	betweenRE = lazyre.New(`(?i)\bbetween\s+([^,;:?!—–]+?)\s+and\s+([^,;:?!—–]+?)\s*[,;:?!—–]\s*which\b`)
	// comparingRE finds the words of a comparison that "between" and
	// "or" need
	comparingRE = lazyre.New(`(?i)\b(?:more|less|fewer|better|worse|likel\w*|plausib\w*|realistic|probable|bigger|smaller|greater|stronger|weaker|cheaper|easier|harder|\p{L}+er\s+than)\b`)
	eitherRE    = lazyre.New(`(?i)\bwhich\b[^:—–?]*[:—–]\s*([^,;:?!—–]+?)\s+or\s+([^,;:?!—–]+?)\s*(?:[,;:?!—–]|$)`)
)

// comparedSides returns a question's comparison of two sides (the match's
// groups 1 and 2), or nil; of three or more, any two are compared, and
// none is returned.
func comparedSides(text string) []string {
	if strings.Count(strings.ToLower(text), "versus") > 1 {
		return nil
	}
	if m := versusRE.FindStringSubmatch(text); m != nil {
		return m
	}
	if !comparingRE.MatchString(text) {
		return nil // "between March and May, which towns ...": a span, no comparison
	}
	for _, re := range []*lazyre.Regexp{betweenRE, eitherRE} {
		if m := re.FindStringSubmatch(text); m != nil {
			return m
		}
	}
	return nil
}

// pairOf finds a relation between two parties the question joins before
// its noun ("Oslo-Riga ties", "Oslo/Riga trade", "Oslo and Riga's
// relationship", "the Oslo–Riga economic relationship"): the two names and
// the noun's term.
func (ix *Index) pairOf(text string) ([]string, string) {
	ws := strings.Fields(text)
	for i, w := range ws {
		noun := strings.ToLower(strings.TrimRight(w, "?.!,;:"))
		if i == 0 || !pairNouns[noun] {
			continue
		}
		before := strings.Join(ws[max(0, i-7):i], " ")
		if !strings.ContainsAny(before, "-–/&") && !strings.Contains(strings.ToLower(before), " and ") {
			continue
		}
		var pair []string
		for _, t := range ix.Terms(before) {
			if ix.namedConcept(t) && !slices.Contains(pair, t) {
				pair = append(pair, t)
			}
		}
		if rel := ix.Terms(noun); len(pair) == 2 && len(rel) == 1 {
			return pair, rel[0]
		}
	}
	return nil, ""
}

// onlySubjects reports whether a passage has of a question only what
// nearly every passage has (the sources' main subjects) while a word of
// the question is in no source: "what did <main subject> sign?" is not
// answered by any passage naming the main subject. An adjective that only
// describes ("Bolivia's famous salt flat") is no such word.
func (ix *Index) onlySubjects(h Hit, own []QueryTerm) bool {
	missing := false
	for _, t := range own {
		switch {
		case !t.Found && !strings.HasPrefix(t.Stem, "~") && !inFoundIdiom(t, own) && !describes(t):
			missing = true
		case t.Found && !t.Soft && slices.Contains(h.Matched, t.Stem) && len(ix.distinctive([]string{t.Stem})) > 0:
			return false
		}
	}
	return missing
}

// dueRE finds a question after when something is supposed, meant, due or
// expected to happen ("when is the link supposed to be finished?"); the
// group is what is to happen.
var dueRE = lazyre.New(`(?i)\b(?:supposed|meant|due|expected|scheduled|slated|set|planned|going)\s+to\s+(?:be\s+)?(\p{L}+)`)

// expectedRE finds a sentence that tells when something was expected,
// even where the expectation is past ("There were expectations that the
// route might resume in September 2022", "was originally to open in
// October 2022").
var expectedRE = lazyre.New(`(?i)\b(?:expect\w*|due|scheduled|planned|meant|supposed|slated|set to|might|would|hoped?|target\w*|deadline|until|set|fixed|(?:was|were|is|are)\s+(?:originally\s+|initially\s+|first\s+)?to\s+\p{L}+)\b`)

// dueForRE finds a question after when something is due that names no
// verb of it: "scheduled for completion", "when is the link due?".
var dueForRE = lazyre.New(`(?i)\b(?:scheduled|slated|planned|set|due)\s+for\b|\bdue\s*(?:[?.!]|$)`)

// dueWordRE finds a word that says something is due (see dueRE).
var dueWordRE = lazyre.New(`(?i)^(?:supposed|meant|due|expected|scheduled|slated|set|planned|going|completion)$`)

// dueAsked returns, for a question after when something is due (see
// dueRE), the question's term for what is to happen, or an empty slice
// where it has none; nil for any other question.
func dueAsked(text string, own []QueryTerm) []QueryTerm {
	m := dueRE.FindStringSubmatch(text)
	if m == nil || isStopWord(strings.ToLower(m[1])) {
		// "closed due to the storm": a cause; "scheduled for completion",
		// "when is it due?": due, with no verb of what is to happen
		if dueForRE.MatchString(text) {
			return []QueryTerm{}
		}
		return nil
	}
	for _, t := range own {
		if strings.EqualFold(t.Surface, m[1]) && t.Found {
			return []QueryTerm{t}
		}
	}
	return []QueryTerm{}
}

// datedAhead reports whether a passage dates what is due (see dueAsked):
// a sentence with a date that tells it as still to come or as expected,
// or a date after the source's, or one beside what is to happen ("completed in June
// 2022"), not a date of another step ("approved a loan for it in March");
// and the passage has a word of the thing it is asked of (event, the
// question's words of what happens, other than the due ones), not only
// what is to happen to it ("the tunnel is due to be completed" is not
// when the rail link will be finished).
func (ix *Index) datedAhead(p *Passage, due, event []QueryTerm) bool {
	thing := slices.DeleteFunc(slices.Clone(event), func(t QueryTerm) bool {
		return slices.ContainsFunc(due, func(d QueryTerm) bool { return d.Stem == t.Stem }) || dueWordRE.MatchString(t.Surface)
	})
	if len(thing) > 0 && !hasEventTerm(ix.Terms(p.Text), thing) {
		return false
	}
	var published Date
	if p.Source != nil {
		published = p.Source.Published
	}
	for _, s := range SplitSentences(p.Text) {
		dates := FindWhen(s, published)
		if len(dates) == 0 {
			continue
		}
		if toldAhead(s) || expectedRE.MatchString(s) || hasEventTerm(ix.Terms(s), due) || published.Year > 0 && slices.ContainsFunc(dates, func(d EventDate) bool { return published.Before(d.Date) }) {
			return true
		}
	}
	return false
}

// nextEventRE finds a question after the next of a recurring event
// ("when's the next summit?"); lookAheadRE a passage that looks ahead.
var (
	nextEventRE = lazyre.New(`(?i)\bnext\s+(?:\p{L}+\s+){0,2}?(?:meeting|summit|ministerial|round|session|talks|vote|election|review|conference|visit|auction|deadline)s?\b`)
	lookAheadRE = lazyre.New(`(?i)\b(?:next|will|planned|scheduled|upcoming|set to|to be held|later this)\b`)
)

// questionWordsOrArticles are words before "rate" that say nothing of
// what it is a rate of ("what rate", "the rate").
var questionWordsOrArticles = setOf("what", "which", "the", "a", "an", "its", "their", "that", "this")

// rateNounRE finds what a rate asked for is of ("the tax rate").
var rateNounRE = lazyre.New(`(?i)\b(\p{L}+)\s+rates?\b`)

// earningsAskedRE finds a question after what someone is paid ("what
// does an engineer earn", "salaries", "get paid"; not "what did Holm pay
// for the mine"), earningsRE a word of it in a sentence.
var (
	earningsAskedRE = lazyre.New(`(?i)\b(?:earn(?:s|ed|ing|ings)?|salar(?:y|ies)|wages?|income|take[- ]home|(?:get|gets|got|be|being)\s+paid|(?:starting|monthly|annual|average|basic|base|hourly|weekly|entry[- ]level)\s+pay|pay\s+(?:packets?|checks?|cheques?|scales?|grades?|rises?))\b`)
	earningsRE      = lazyre.New(`(?i)\b(?:earn(?:s|ed|ing|ings)?|salar(?:y|ies)|wages?|paid|pay(?:s|check|cheque)?|income)\b`)
)

// rateGiven reports whether a sentence of a passage gives a percentage
// beside the word of what it is a rate of.
func (ix *Index) rateGiven(p *Passage, of string) bool {
	for _, s := range SplitSentences(p.Text) {
		if shareRE.MatchString(s) && slices.Contains(ix.Terms(s), of) {
			return true
		}
	}
	return false
}

// onlyFigures reports whether a passage has of the question only its
// figures or years ("2026 targets" for "any price forecast for 2026?"),
// where the question asks about words that the passage lacks.
func (ix *Index) onlyFigures(h Hit, own []QueryTerm, text string) bool {
	figure, words := false, false
	// "life expectancy at 65 holmland", "what's the X in Y": a term asked
	// of a party, which a passage naming the party with the figure does
	// not give without the term
	termAsked := keywordQuestion(text) || whatIsRE.MatchString(text)
	// (a year beside the name does not make it so: "holmland inflation
	// 2022", where "consumer prices in Holmland rose 9.8% in 2022")
	plain, named := false, false // a figure other than a year ("at 65"); a name so passed over
	for _, t := range own {
		if !t.Found || t.Soft || t.Context {
			continue
		}
		// not "the 3 countries", a count that points; an age ("at 65") is a
		// figure
		number := isNumber(t.Stem) && (len(t.Stem) >= 3 || len(t.Stem) == 2 && ageRE.MatchString(text))
		switch {
		case slices.Contains(h.Matched, t.Stem) && !number && len(ix.postings[t.Stem])*2 > len(ix.passages):
			// a word most passages have ("ferry" in a piece on
			// ferries) says nothing of what is asked
		case slices.Contains(h.Matched, t.Stem) && !number && t.Name && termAsked:
			named = true
		case slices.Contains(h.Matched, t.Stem) && !number:
			return false
		case number && slices.Contains(h.Matched, t.Stem):
			figure = true
			plain = plain || !isYear(t.Stem)
		case !number && !strings.HasPrefix(t.Stem, "~"):
			words = true
		}
	}
	return figure && words && (!named || plain)
}
