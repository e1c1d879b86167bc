package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// hasFullName reports whether a passage names someone or something in
// full: a run of two or more capitalised words inside a sentence ("Deputy
// Minister of Finance Jane Doe"), not a run the glossary holds whole (a
// country's name).
func hasFullName(p *Passage, g *Glossary) bool {
	for _, m := range nameRunRE.FindAllStringSubmatch(p.Text, -1) {
		if !g.isAlias(m[1]) || authorNamed(p, m[1]) {
			return true
		}
	}
	// a name opening a sentence, a person's by its role in apposition or
	// its verb of saying ("Ola Dahl, the minister, said"; "In February"
	// is none)
	for _, s := range SplitSentences(p.Text) {
		if m := openingRunRE.FindStringSubmatch(s); m != nil && authorNamed(p, m[1]) {
			return true // "Adaeze Okafor is a senior correspondent": the piece's author, whom the glossary may list
		}
		m := openingNameRE.FindStringSubmatch(s)
		if m == nil || g.isAlias(m[1]) {
			continue
		}
		if first, _, _ := strings.Cut(m[1], " "); !isStopWord(strings.ToLower(first)) {
			return true
		}
	}
	return false
}

// authorNamed reports whether a name of two words or more is that of the
// author of a passage's source: a name, though the glossary lists it ("who
// is the writer?"); a glossary's other names are what questions name.
func authorNamed(p *Passage, name string) bool {
	if p.Source == nil || p.Source.Author == "" || len(strings.Fields(name)) < 2 {
		return false
	}
	// whole words: "Anna Lind" is not the author Anna Lindqvist
	return strings.Contains(" "+strings.Join(words(p.Source.Author), " ")+" ", " "+strings.Join(words(name), " ")+" ")
}

// opensWithPerson reports whether a sentence of a passage opens with a
// person the glossary lists, the role beside the name ("Anna Lind, the
// bank's managing director, said").
func opensWithPerson(p *Passage, g *Glossary) bool {
	return slices.ContainsFunc(SplitSentences(p.Text), func(s string) bool {
		m := openingNameRE.FindStringSubmatch(s)
		return m != nil && m[2] != "" && g.personAlias(m[1])
	})
}

var openingNameRE = lazyre.New(openingRun + `(?:(,\s+(?:a|an|the|its|his|her|their|\p{Lu}[\p{L}.\-]*['’]s?)\s)|\s+(?:said|says|told|tells|added|argued|warned|denied|claimed)\b)`)

var nameRunRE = lazyre.New(`[\p{Ll},;:—–(]\s+((?:\p{Lu}[\p{L}’'\-]+\s+){1,4}\p{Lu}[\p{L}’'\-]+)`)

// whereRE finds a question after a place; standingRE one after a
// standing, which "where" also asks ("where does X fit").
var (
	whereRE    = lazyre.New(`(?i)^(?:and |so |but )?where\b|\bwhere (?:would|will|did|do|does|is|are|was|were|has|have|could|might|should)\b`)
	standingRE = lazyre.New(`(?i)\bwhere\b[^?.!]*\b(?:fit|fits|stand|stands|headed|heading|going|leave|leaves|lead|leads)\b`)
)

// placeRE finds a place in a sentence: a preposition of place before a
// name ("in the Far East", "to Oslo", "at the Institute").
var placeRE = lazyre.New(`\b(?:in|to|at|into|near|across|throughout|within)\s+(?:the\s+)?\p{Lu}\p{L}+`)

// coordRE finds names given together ("Chile, Peru and Bolivia", "Oslo or
// Bergen"); onlyRE a sentence saying there are no others ("the only
// port that ...").
var (
	coordRE = lazyre.New(`\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*)*,?\s+(?:and|or)\s+\p{Lu}`)
	onlyRE  = lazyre.New(`(?i)\bonly\b`)
)

// timeRefRE finds a time given by an event rather than a date ("when the
// Berlin Wall fell", "during the strike", "from the start of the war",
// "since World War II": a name that ends its clause, not "since Berg
// pays", a reason), or relative to another ("after four years of use",
// "within 30 days").
var timeRefRE = lazyre.New(`(?i)\b(?:(when|during|from the (?:start|outset|beginning|first days?) of)\s+(?:the |a |an |its |their )?\p{L}|(?:after|within)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)\s+(?:years?|months?|weeks?|days?)\b|since\s+(?-i:\p{Lu}[\p{L}'’]*(?:\s+(?:\p{Lu}[\p{L}'’]*|[IVX]+|\d+))*)(?:\s*[.,;:)!?]|\s*$|\s+(?:in|at|on|and|or|to|for)\b))`)

// shareWordsRE finds a share written in words: a fraction of something
// ("roughly half of the country's electricity", "a third of its staff",
// "three-fifths of") or a ratio ("one in five", "four in ten", "nine out
// of ten"); see sharesInWords for what it is not.
var shareWordsRE = lazyre.New(`(?i)\b(?:(?:half|a\s+(?:third|quarter|fifth|sixth|tenth)|(?:one|two|three|four|five|six|seven|eight|nine)[\s-](?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?))\s+(?:of|the|its|their|his|her|our|all)|(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3}))\b`)

// nearBytes is how far either side of a phrase the words next to it are
// looked for: more than the few words read.
const nearBytes = 64

// sharesInWords reports whether a text gives a share in words
// (shareWordsRE), not a span of time: a half of a period after its
// ordinal ("the second half of 2024", "the last half of the year"), a
// fraction of a unit of time ("a quarter of a century", "half the day"),
// a return period ("a one in 100 year storm").
func sharesInWords(text string) bool {
	for _, m := range shareWordsRE.FindAllStringIndex(text, -1) {
		// the words next to it only: the last before, the first two after
		from, to := max(0, m[0]-nearBytes), min(len(text), m[1]+nearBytes)
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		before, after := words(strings.ToLower(text[from:m[0]])), words(strings.ToLower(text[m[1]:to]))
		if from > 0 && len(before) > 0 {
			before = before[1:] // a word the window may have cut
		}
		if to < len(text) && len(after) > 0 {
			after = after[:len(after)-1]
		}
		if len(before) > 0 && periodHalves[before[len(before)-1]] {
			continue
		}
		if len(after) > 0 && articles[after[0]] {
			after = after[1:] // "a quarter of a century"
		}
		if len(after) > 0 && (timeUnits[after[0]] || isYear(after[0])) {
			continue // "half the day", "one in 100 year storm", "a third of 2024"
		}
		return true
	}
	return false
}

// periodHalves are the words before a fraction that make it part of a
// period ("the second half", "the last half").
var periodHalves = setOf("first", "second", "last", "final", "latter", "former", "other", "early", "late", "1st", "2nd")

// timeUnits are the units a span of time is counted in, after a fraction
// ("a quarter of an hour") or a ratio ("one in 100 years").
var timeUnits = setOf("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
	"month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries", "season", "seasons",
	"term", "terms", "quarter", "quarters", "session", "shift", "shifts", "night", "nights", "morning", "afternoon", "evening")

var (
	listRE     = lazyre.New(`\p{Lu}\p{L}+, \p{Lu}\p{L}+,? and \p{Lu}\p{L}+`)
	dayRE      = lazyre.New(`\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}-\d\d-\d\d\b`)
	dateRE     = lazyre.New(`\b(1[89]|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	shareRE    = lazyre.New(`(?i)(\d\s?%|\bper ?cent\b|\bpercentage\b)`)
	distanceRE = lazyre.New(`(?i)\d[\d,.]*[\s-]?(km|kilomet(er|re)s?|miles?|metres?|meters?|m)\b`)
	areaRE     = lazyre.New(`(?i)\d[\d,.]*[\s-]?(?:square\s+(?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?)|sq\.?\s?(?:km|mi|m)|km2|km²|hectares?|acres?)\b`)
	moneyRE    = lazyre.New(`(?i)([$€£¥₹₦₩₽₱₺₫฿₴₪]\s?\d|\d[\d,.]*\s?(?:(?:thousand|million|billion|trillion|bn|m)\s+)?(?:` + currencyNames + `)\b|\b(billion|million) (?:` + currencyNames + `)|\d[\d,.]*\s?(?:US\s+|euro\s?)?cents?\b)|\b(?-i:` + currencyCodes + `)\s?\d`)
)

// currencyNames are the names of the world's larger currencies, which a
// sum is written in after its figure ("50 million ringgit"), and
// currencyCodes their codes and short forms written before it ("RM 2
// billion", "NGN 2bn"), in capitals: not the codes that are also common
// acronyms or words ("COP 28", "CAD", "PHP", "SAR", "TRY"). A question
// asks a sum "in ringgit" in lower case ("in Dong Nai" is a place).
// General, not any source's.
const (
	currencyNames = `dollars?|usd|euros?|pounds? sterling|sterling|roubles?|rubles?|won|yuan|renminbi|yen|rupees?|rupiah|ringgit|baht|dong|pesos?|reais|rand|naira|cedis?|shillings?|kwacha|francs?|dirhams?|riyals?|dinars?|lira|zloty|forint|kronor|krona|kroner|krone|hryvnias?`
	currencyCodes = `USD|EUR|GBP|JPY|CNY|RMB|CHF|INR|NGN|ZAR|KES|GHS|ZMW|MYR|SGD|IDR|THB|VND|KRW|BRL|CLP|MXN|RUB|AUD|NZD|HKD|TWD|SEK|NOK|DKK|PLN|EGP|AED|XOF|XAF|RM|Rs|Rp`
)

// summaryCue is the words that ask for a summary: summarise, sum up,
// recap, a summary. (A rundown or a breakdown is as often of a figure:
// "moratorium perimeter - size + breakdown pls".)
const summaryCue = `\bsummar(?:y|ies|i[sz]e)\b|\bsum\s+(?:it\s+|this\s+)?up\b|\brecap\b`

// Questions about the piece itself: its argument, its gist, a summary.
// "What is it (this, that) about?" is one only as the question itself,
// not after a clause whose thing "it" is ("how long did they strike, and
// what was it about?").
var (
	pieceCueRE = lazyre.New(`(?i)(` + summaryCue + `|\btl;?dr\b|\bone[- ]?liner\b|\bgist\b|\btakeaways?\b|\boverview\b|\bin a nutshell\b|\bbottom[- ]line\b|\bbig[- ]picture\b|\bconclu(de|des|ded|sion|sions)\b|\bthesis\b|\bmain (point|idea|claim|argument|message|thrust|theme)s?\b|\bkey (point|finding|message|argument|theme|idea)s?\b|\b(the|its|his|her|their) argument\b|\bargue[sd]?\b)`)
	pieceRE    = lazyre.New(`(?i)\bwhat(?:'s| is| was)? (?:(?:this|that|the|your|our) )?(?:article|piece|story|paper|report|source|essay|knowledge base|kb|sources|doc|document|link|thing)(?: all| really| even| basically| actually)? about\b|^\W*(?:(?:so|ok|okay|and|but)\W+)?what(?:'s| is| was)? (?:it|this|that)(?: all| really| even| basically| actually)? about\b|\bwhat (?:does|do) (?:this|it|the (?:article|piece|story|paper|report|source|essay|sources|author|writer)) (?:say|argue|claim|conclude|think)\s*\??$`)
)

// answerLengthRE finds a figure that says how long the answer should be
// ("in 2 sentences", "3 bullets"); the first group is the figure.
var answerLengthRE = lazyre.New(`(?i)\b(\d+)\s+(?:short\s+)?(?:lines?|sentences?|words?|bullets?|bullet points|paras?|paragraphs?|points?)\b`)

// pieceWords name the sources themselves, not a topic.
var pieceWords = "article piece story paper report source sources essay knowledge base kb doc document author writer " +
	"summary summarise summarize summarize summaries sum recap gist takeaway takeaways overview nutshell bottom line " +
	"big picture conclude concludes concluded conclusion conclusions thesis main key point points idea ideas claim " +
	"argument arguments argue argues argued message thrust theme themes finding findings tl dr tldr overall say says think"

// pieceTopic returns what a question about the piece also names, or "":
// a name, concept or specific term that only some passages have (not the
// sources' main subjects, which every summary is about), and in a question
// about a change of degree, the word it grades.
func (ix *Index) pieceTopic(text string, change bool) string {
	var graded []string // in a question about a change, what changed is a topic ("more important lately, in a nutshell")
	if change {
		for _, m := range gradedRE.FindAllStringSubmatch(text, -1) {
			graded = append(graded, strings.ToLower(m[1]))
		}
	}
	noise := map[string]bool{}
	for _, t := range ix.Terms(pieceWords + " " + ix.authorNames()) {
		noise[t] = true
	}
	for _, m := range answerLengthRE.FindAllStringSubmatch(text, -1) {
		noise[m[1]] = true // "1 line on the article": how long, not about what
	}
	var named []string // "tl;dr on the fares", "what the piece says about the pilots": a topic in ordinary words
	if m := pieceAboutRE.FindStringSubmatch(text); m != nil && !pieceNouns[lastWord(strings.ToLower(m[1]))] {
		named = strings.Fields(strings.ToLower(m[1])) // not "tl;dr on the pak debt piece": the piece, by what it is about
	}
	var topic []string
	for _, t := range ix.queryTerms(text, "") {
		if noise[t.Stem] || (!t.Salient && !strings.HasPrefix(t.Stem, "=") && !slices.Contains(graded, strings.ToLower(t.Surface)) && !(t.Found && slices.Contains(named, strings.ToLower(t.Surface)))) || strings.HasPrefix(t.Stem, "~") {
			continue
		}
		if t.Found && len(ix.distinctive([]string{t.Stem})) == 0 && len(t.Expansions) == 0 {
			continue
		}
		topic = append(topic, t.Surface)
	}
	return strings.Join(topic, " ")
}

// otherDocRE finds a document or body the sources tell of, with the word
// before it that says whose ("the Holm review", "the NCSA forensic
// summary", "Strand's inquiry"); the second group is the word just before
// it, the first a determiner that makes it the piece ("this short
// report").
var otherDocRE = lazyre.New(`(?i)(?:\b(this|that|your|our)\s+(?:[\p{L}-]+\s+){0,2})?\b([\p{L}'’-]+)\s+(?:review|inquiry|enquiry|audit|investigation|probe|study|survey|assessment|evaluation|summary|tribunal|panel|commission|court|ruling|judge?ment|order|report|committee|regulator)s?\b`)

// otherDocument reports whether a question on a conclusion or findings
// asks those of a document or body the sources tell of ("what did the
// Holm review conclude?", "key findings of the strand review"), not of
// the piece ("what does the report conclude?", "the author's key
// findings").
func otherDocument(text string) bool {
	for _, m := range otherDocRE.FindAllStringSubmatch(text, -1) {
		if w := strings.ToLower(m[2]); m[1] == "" && !pieceOwners[w] && !isStopWord(w) && !pieceNouns[w] {
			return true
		}
	}
	return false
}

// pieceOwners are the words before "report" or "review" that make it the
// piece itself ("the author's report", "this review").
var pieceOwners = setOf("author's", "author’s", "authors", "writer's", "writer’s", "his", "her", "their", "its", "this", "that", "the", "whole", "full", "entire", "original", "final", "main", "same")

// pieceAboutRE finds the words a question about the piece names as what
// it is about, closing it: "tl;dr on the fares", "what the piece says
// about the pilots", "summary of the remedies?", "summarise the bond
// exchange terms"; up to three words.
var pieceAboutRE = lazyre.New(`(?i)\b(?:about|on|regarding|of|summari[sz]e|sum up|recap)\s+(?:the\s+|its\s+|their\s+|this\s+)?((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s*(?:[?.!,;:]+\s*)?$`)

// summaryCueRE finds, in a question about the piece, a request to
// summarise, sum up or recap, or for a summary, a rundown or a breakdown:
// of a topic it names, it asks what the sources tell of that topic
// (Query.TopicTold).
var summaryCueRE = lazyre.New(`(?i)` + summaryCue + `|\brun-?down\b|\bbreak-?down\b`)

// briefRE finds a question that asks for the piece in a line or two
// ("tl;dr", "one-liner", "in a nutshell", "the gist"), or for its main
// point ("the big picture", "the main argument", "the thesis").
var briefRE = lazyre.New(`(?i)\btl;? ?dr\b|\bone[- ]?liner\b|\bone (?:line|sentence)\b|\bin (?:a|one) (?:nutshell|sentence|line|word|few words)\b|\b(?:short|quick) version\b|\bgist\b|\belevator pitch\b|\bbig[- ]picture\b|\bmain (?:point|argument|idea|thesis|message|claim)\b|\bthesis\b|\b(?:two|2|a couple of) (?:lines|sentences)\b`)

// concludeRE finds a question after what the sources conclude.
var concludeRE = lazyre.New(`(?i)\bconclu\w*|\bbottom line\b`)

// pieceNouns name a piece of writing: "the dam piece", "the debt report".
var pieceNouns = setOf("piece", "article", "report", "story", "analysis", "paper", "note", "writeup", "write-up", "thing", "one", "source", "sources")

// aboutMainSubjects reports whether a question names nothing but the
// sources' main subjects, the names nearly every passage has ("what's going
// on between A and B?"): it asks for the argument as a whole.
func (ix *Index) aboutMainSubjects(q Query, terms []QueryTerm) bool {
	if q.Language != "" || q.Wants != "" || len(q.Focus) > 0 || ix.unnamedPerson(q.Text, terms) != "" {
		return false // "what does Mayor Holt himself say": the person, whom no source quotes
	}
	n := 0
	for _, t := range terms {
		switch {
		case t.Soft && t.Found && !t.Context && len(ix.distinctive([]string{t.Stem})) > 0:
			return false // "what does A want": a word only some passages have
		case t.Soft || strings.HasPrefix(t.Stem, "~"):
		case relationWords[strings.ToLower(t.Surface)] && !t.Context:
			// "the state of A–B relations": the subjects' relationship
			// is the sources' whole argument
		case t.Context || !t.Found || !t.Name || len(ix.distinctive([]string{t.Stem})) > 0:
			return false
		default:
			n++
		}
	}
	return n > 0
}

// relationWords name a relationship between parties, and nothing of it.
var relationWords = setOf("relations", "relation", "relationship", "relationships", "ties", "dealings", "rapport")

// authorNames are the words of every source's author and publisher: a
// question that names them is about the piece.
func (ix *Index) authorNames() string {
	var b strings.Builder
	for _, s := range ix.kb.Sources {
		b.WriteString(s.Author + " " + s.Publisher + " ")
	}
	return b.String()
}
