package knowledge

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// A Query is a question as the knowledge base understands it: cleaned of
// chat, its names and typos resolved, and what kind of answer it asks for.
// Every entry point (the CLI, Slack, the evaluation) reads questions
// through Understand, so a question means the same everywhere.
type Query struct {
	// Asked is the question as written; Text is what is searched.
	Asked, Text string
	Steps       []Step
	Corrections []Correction
	// Language names the language of a question not in English.
	Language string
	// AboutPiece is true for a question after the sources' argument as a
	// whole ("what is this article about?", "key takeaways"); Topic is what
	// else it names, if anything ("the author's conclusion on sanctions").
	AboutPiece bool
	Topic      string
	// AsksDate is true for a question after when the sources were written
	// ("when was this article published?"): what the knowledge base
	// records of them answers it, not their passages.
	AsksDate bool `json:",omitempty"`
	// AsksPresent is true for a question about now; Years lists the years
	// it names.
	AsksPresent bool
	// AsksState is true for a question on how a thing stands, put with
	// no time ("deal signed?", "who heads the ministry?"): its answer
	// says how old the sources are; nothing else depends on it.
	AsksState bool `json:",omitempty"`
	Years     []int
	// Ahead is true for a question that looks ahead ("will", "expected",
	// "outlook"): a year after the sources may be what they foresee.
	Ahead bool `json:",omitempty"`
	// After is true for a question on what happened after the sources
	// were written ("did they eventually sign?", "did it end up
	// happening?"), not what they foresee: they cannot report it.
	After bool `json:",omitempty"`
	// Confirm is true for a question on whether something is confirmed or
	// true ("did anyone confirm ...", "was that just a rumour?", "did they
	// really ..."): a possibility or an allegation the sources report does
	// not answer it.
	Confirm bool `json:",omitempty"`
	// SumByKeyword is true where a keyword question names a sum's noun
	// ("holm profits 2022"): a sum is asked, unless no passage near the
	// best gives one, when its change or its share answers.
	SumByKeyword bool `json:",omitempty"`
	// Where is true for a question after a place ("where would the crews
	// go?"), not a standing ("where does X fit", "where do things stand").
	Where bool `json:",omitempty"`
	// Wants is the kind of quantity the question asks for, if any.
	Wants Quantity
	// Focus are the words naming what the question asks for ("how many
	// tanks", "which spokesperson"): salient whatever their commonness.
	Focus []string
	// Holder names whose view the question asks for ("what does Ottawa
	// think", "any Chinese official reaction"), as written; "" for none.
	Holder string `json:",omitempty"`
	// Reactor names whose reaction or position the question asks for
	// ("how did Ottawa respond to ...", "Ottawa's position on ..."), as
	// written: told by what they did or said.
	Reactor string `json:",omitempty"`
	// InBody is true for "who" asked within a body ("who at the ministry
	// denied it?"): a role the sources name there answers as a name does.
	InBody bool `json:",omitempty"`
	// Position is true when Reactor is asked for a position ("Ottawa's
	// view on Riga"), not a reaction: a sentence on what something is
	// worth to them tells it.
	Position bool `json:",omitempty"`
	// Aside is what the question sets aside by a word a passage may use
	// too ("besides Norway, which ..."): "Norway".
	Aside string `json:",omitempty"`
	// Background is what a long message says around its question ("I'm
	// putting together a slide for ..."): searched like a thread's context,
	// it helps rank but decides nothing.
	Background string `json:",omitempty"`
	// Referent is a scene of one sentence before the question that a
	// pronoun of the question points back to ("Evaporation from the
	// reservoir. How much water does it take out?"): searched as the
	// question's own words, though what it asks is read from Text.
	Referent string `json:",omitempty"`
	// Change is 1 or -1 for a question about a change of degree, up or
	// down ("why does Vaduz matter more to Bergen now"): a passage that
	// states a change answers it. 0 for any other question.
	Change int `json:",omitempty"`
}

// A Quantity is a kind of figure a question may ask for.
type Quantity string

// The kinds of quantity.
const (
	Count    Quantity = "count"    // how many
	Share    Quantity = "share"    // what percentage
	Distance Quantity = "distance" // how long is, how far from (not "how deep are their reserves")
	Area     Quantity = "area"     // how big in square kilometres, what area
	Money    Quantity = "money"    // how much does it cost
	Day      Quantity = "day"      // on what date, when exactly: a day
	When     Quantity = "date"     // in what year or month
	Time     Quantity = "time"     // when: a date, or an event that dates it
	Named    Quantity = "name"     // what is the name of
	Advice   Quantity = "advice"   // what does X recommend
	Others   Quantity = "others"   // which other countries, who else
)

// Understand reads a question: Slack markup and chat framing out, forms and
// names normalised, typos corrected toward the sources' vocabulary and
// English, then what it asks about (the piece itself, the present, a
// quantity). Any input gives a result.
func (ix *Index) Understand(question string) Query {
	q := Query{Asked: question}
	if lang := detectLanguage(question); lang != "" {
		q.Language, q.Text = lang, question
		return q
	}
	text := question
	if pieceCueRE.MatchString(text) {
		q.AboutPiece = true // before chat framing drops "tl;dr"
	}
	text = ix.keepNames(text)
	text, links, steps := normalize(text, ix.kb.Glossary.hasAlias, ix.Has)
	q.Steps, q.Background = steps, links
	text = ix.emphasis(text, &q.Steps)
	text = ix.resolveNames(text, &q.Steps)
	text = ix.romanNumerals(text, &q.Steps)
	text = ix.monthYears(text, &q.Steps)
	text, q.Corrections = ix.correct(text)
	for _, c := range q.Corrections {
		q.Steps = append(q.Steps, Step{Stage: "typo", Before: c.From, After: c.To})
	}
	text = ix.namedYears(text, &q.Steps) // after the typos: "teh 31s"
	text = ix.spelledOut(text, &q.Steps) // after the typos and forms: its other words find the passages near it
	q.AsksDate = pieceDateRE.MatchString(text) && !whenClause(text)
	after := afterRE.MatchString(text) || afterThisRE.MatchString(text)
	q.Change = askedChange(text) // before "now" is taken out
	if q.Change == 0 {
		q.Change = askedChangeVerb(text)
	}
	text, q.AsksPresent = presentTime(text, &q.Steps)
	q.AsksPresent = q.AsksPresent || sincePerfectRE.MatchString(text)                                                             // "has it changed since 2022?": until now
	q.AsksPresent = q.AsksPresent || nextOneRE.MatchString(text)                                                                  // "next hcl day of action": the next from today
	q.AsksPresent = q.AsksPresent || everAsked(text)                                                                              // "did the court ever rule on it?": up to now
	q.AsksPresent = q.AsksPresent || statusRE.MatchString(text) && !pastAuxRE.MatchString(text) && !statusQuoRE.MatchString(text) // "rail link status?": as things stand
	q.AsksState = !q.AsksPresent && stateAsked(text, q.Asked)
	text, q.Aside = ix.dropExcluded(text, &q.Steps)
	text = ix.dropAttribution(text, &q.Steps)
	if asked, than := ix.splitComparison(text); than != "" {
		q.Steps = append(q.Steps, Step{Stage: "compared", Before: than})
		text, q.Background = asked, strings.TrimSpace(than+" "+q.Background)
	}
	request := ""
	if asked, background, referred := splitBackground(text); referred && !ix.antecedentIn(asked) {
		// searched as the question's own words, though its kind of
		// answer is the question's alone ("Re the 20% tariff. Did it
		// pass?" asks no percentage)
		q.Steps = append(q.Steps, Step{Stage: "referent", Before: background})
		text, q.Referent = asked, background
	} else if background != "" {
		request = background
		q.Steps = append(q.Steps, Step{Stage: "aside", Before: background})
		text, q.Background = asked, strings.TrimSpace(background+" "+q.Background)
	}
	q.Years = askedYears(text)
	q.Ahead = aheadRE.MatchString(monthMayRE.ReplaceAllString(text, " ")) || // "tally 24 may": the month, no modal
		projectionRE.MatchString(text) && !outturnRE.MatchString(text) // "the 2035 projection", not how 2035 came in against it
	q.After = after && !q.Ahead
	q.Wants = wantedQuantity(text)
	if q.Wants != "" {
		if asking, scene := askingPart(text); scene && whWordRE.MatchString(asking) && wantedQuantity(asking) == "" {
			// "I heard some of the loan hasn't been paid out yet. What's
			// holding it up?": the scene is searched with the question, but
			// an asking sentence that asks for no figure asks for none (one
			// that asks "how much was that?" asks the scene's kind of
			// figure); read only where a figure is wanted at all
			q.Wants = ""
		}
	}
	if q.Wants == Count && (currentFiguresRE.MatchString(q.Asked) || figuresAsTopicRE.MatchString(q.Asked) && !figuresToldRE.MatchString(q.Asked)) && !howManyRE.MatchString(q.Asked) {
		// "are the numbers up to date?", its present words taken out;
		// "what did Holm say about the DSA numbers?": no count
		q.Wants = ""
	}
	text = degreeNoun(text, &q.Steps) // after the quantity: "how much weight" asks none
	if q.Wants == "" {
		q.Wants = ix.requested(request) // "how big was trade? $ figure pls"
	}
	if q.Wants == "" {
		q.Wants = headlineWants(text) // "rail freight — volume?"
	}
	if q.Wants == "" && (terseSumRE.MatchString(text) && keywordQuestion(text) || ix.askedCurrency(text) != nil) {
		q.Wants = Money // "tarn funding from holm in 2025", "tourism rev in VKK": a keyword question on a sum, or one in a currency, asks the sum
		q.SumByKeyword = true
	}
	q.Where = whereRE.MatchString(text) && !standingRE.MatchString(text)
	q.Confirm = confirmRE.MatchString(text)
	q.Focus = focusWords(text)
	if m, ok := measureAsked(text); ok && (q.Wants == "" || q.Wants == Count) {
		// "what's the plant's capacity?", "output in MW": a figure of
		// the measure, which a passage must give
		q.Wants = Count
		if !slices.Contains(q.Focus, m) {
			q.Focus = append(q.Focus, m)
		}
	}
	if u := bareUnit(text); q.Wants == "" && u != "" && keywordQuestion(text) {
		q.Wants = Count // "vik dam installed MW": a figure in the unit
		q.Focus = append(q.Focus, u)
	}
	if q.Wants == "" && slices.ContainsFunc(q.Focus, func(w string) bool { return askedPerson(w) && !modifiesGroup(text, w) }) {
		q.Wants = Named // "which official said ...": a person, by name
	}
	if q.Wants == "" && keywordQuestion(text) && roleClosing(text) {
		q.Wants = Named // "tarn fisheries minister name", "holm ceo": the holder of a role, by name
	}
	if asks, inBody := asksWhoInPerson(text); q.Wants == "" && asks {
		q.Wants, q.InBody = Named, inBody // "who at the ministry said it?", "who's the envoy that ...": a person, by name
	}
	if m := holderAskedRE.FindStringSubmatch(text); q.Wants == "" && m != nil && m[3] != "" && slices.ContainsFunc(words(strings.ToLower(m[3])), roleWord) {
		q.Wants = Named // "who's VHA director general": the holder of a body's role, by name
	}
	var at []int
	q.Holder, at = holderAt(text)
	if q.Holder != "" && at != nil {
		// "did anyone from Holm comment", "any quotes from Holm": what they
		// said is asked, and a passage writes "said", not "comment" (only
		// where the question asks it: "quotes from Holm on the financial
		// statements" keeps its topic)
		if said := text[:at[0]] + speechNounRE.ReplaceAllString(text[at[0]:at[1]], "said") + text[at[1]:]; said != text {
			q.Steps = append(q.Steps, Step{Stage: "speech", Before: text, After: said})
			text = said
		}
	}
	if m := reactorOf(text); m != nil {
		q.Reactor = strings.Join(m[1:], "")
	} else if m := stanceRE.FindStringSubmatch(text); m != nil && !pairNouns[lastWord(m[1]+m[2]+m[3])] && !(m[1] != "" && plainWordBefore(m[0])) {
		q.Reactor, q.Position = m[1]+m[2]+m[3], true // a position is what they did or said; "where do Oslo-Riga ties stand" asks how the ties are
	}
	if q.AboutPiece && !pieceRE.MatchString(text) && otherDocument(text) {
		q.AboutPiece = false // "what did the Holm review conclude?": that review's findings, not the piece's
	}
	if q.AboutPiece || pieceRE.MatchString(text) {
		q.AboutPiece = true
		q.Topic = ix.pieceTopic(text, q.Change != 0)
	}
	q.Text = text
	return q
}

// attributionREs find where a question says whose account it asks for
// ("according to the author", "in the article's view", "as the writer
// puts it"); the first group is whose.
var attributionREs = []*lazyre.Regexp{
	lazyre.New(`(?i),?\s*\b(?:according to|per|in the (?:view|opinion|eyes|words) of)\s+(?:the\s+)?([\p{L}-]+)(?:'s|’s|s')?`),
	lazyre.New(`(?i),?\s*\b(?:in|by|from)\s+(?:the\s+)?([\p{L}-]+?)(?:'s|’s|s')?\s+(?:view|opinion|estimation|assessment|reading|account|telling|words|judge?ment|analysis|framing|take|perspective|eyes)\b`),
	lazyre.New(`(?i),?\s*\bas\s+(?:the\s+)?([\p{L}-]+)\s+(?:sees it|puts it|tells it|frames it|describes it|has it)\b`),
	// "per the Gazette piece", "in the Harbour Post article": the piece named by
	// its outlet or author
	lazyre.New(`(?i),?\s*\b(?:per|according to|acc to|in|from|by)\s+(?:the\s+|this\s+|that\s+)?(?:[\p{L}\d.&’'-]+\s+){1,3}?(piece|article|story|op-?ed|essay|report|paper|analysis)\b`),
}

// thinkerREs find the author named as the one who thinks, says or knows
// what is asked ("does Marlow think …", "what does the writer expect",
// "Marlow reckons …"); the first group is who, the second the verb. The
// name is taken out, and the verb too when it only asks for an opinion
// (opinionVerbs): the rest is the question.
var thinkerREs = []*lazyre.Regexp{
	lazyre.New(`(?i)\b(?:do|does|did|would|will|can|could)\s+((?:the\s+)?[\p{L}-]+)\s+(?:(?:actually|really|even|still|also|ever|seriously|basically|ultimately|personally)\s+)?(` + thinkVerbs + `)\b`),
	lazyre.New(`(?i)\b((?:the\s+)?[\p{L}-]+)\s+(` + thinkVerbs3 + `)\b`),
	lazyre.New(`(?i)\b(?:is|was|are)\s+((?:the\s+)?[\p{L}-]+)\s+(?:(?:actually|really|even|still|also|basically|seriously)\s+)?(thinking|saying|arguing|suggesting|expecting|predicting|claiming|implying|hinting|reckoning|betting)\b`),
	// "is Marlow optimistic about …", "is the author bullish on …": an
	// attitude, which the passage on what it is about gives
	lazyre.New(`(?i)\b(?:is|was|are|seems?|sounds?)\s+((?:the\s+)?[\p{L}-]+)\s+(?:(?:actually|really|even|still|also|basically|seriously|very|too|more|less|overly|fairly|pretty)\s+)?(` + attitudeWords + `)\b`),
}

// attitudeWords are the adjectives of an attitude to what may happen:
// asked of the author, they only frame the question.
const attitudeWords = `optimistic|pessimistic|skeptical|sceptical|bullish|bearish|confident|hopeful|doubtful|upbeat|gloomy|worried|concerned|convinced|cautious|sanguine|enthusiastic|dismissive|alarmed|relaxed`

// thinkers are the words for a piece's author, or the piece, that a
// question may make the subject of thinkVerbs.
var thinkers = setOf("author", "writer", "analyst", "article", "piece", "paper", "essay", "op-ed", "oped", "report", "story")

// opinionVerbs are thinkVerbs, and attitudeWords, that only say that an
// opinion is asked for ("does the author think …", "is the author
// optimistic …"): no passage is about thinking.
var opinionVerbs = setOf(append([]string{"thinking", "saying", "arguing", "suggesting", "expecting", "reckoning", "think", "thinks", "believe", "believes", "reckon", "reckons", "feel", "feels", "figure", "figures", "suppose", "supposes", "treat", "treats", "regard", "regards"},
	strings.Split(attitudeWords, "|")...)...)

// thinkVerbs are the verbs of thinking and saying that the author of a
// piece is asked about; thinkVerbs3 the same, in the third person.
const (
	thinkVerbs  = `(?:think|know|say|believe|expect|reckon|argue|see|predict|mention|explain|suggest|claim|consider|doubt|bring up|lay out|describe|conclude|imply|mean|foresee|anticipate|envisage|envision|assess|view|rate|estimate|figure|feel|worry|note|cite|write|make of|address|discuss|touch on|buy|rule out|recommend|propose|frame|characteri[sz]e|call|see as|put|treat|regard)`
	thinkVerbs3 = `thinks|knows|says|believes|expects|reckons|argues|sees|predicts|mentions|explains|suggests|claims|considers|doubts|describes|concludes|implies|means|foresees|anticipates|envisages|envisions|assesses|views|rates|estimates|figures|feels|worries|notes|cites|writes|recommends|proposes|frames|calls|treats|regards`
)

// attributionWords are the words for the piece and its author that an
// attribution names ("according to the author", "in the article's view").
var attributionWords = setOf(append(strings.Fields(pieceWords), "writer", "analysis", "op-ed", "oped", "analyst")...)

// dropAttribution takes out of what is searched the words that say a
// question asks for the sources' own account ("according to the author",
// "does Marlow think"): they name no topic, and a passage on views, or on
// the author, is not what is asked. Only an author, a word for the piece,
// or its author's name is taken out; "according to the ministry" and
// "does the ministry think" stay.
// particleOfVerb reports whether a phrase opens with the particle of the
// verb just before it, told as done ("turned in her report", "gave in
// his notice"): the report is what was turned in, not the question's
// source. The lexicon's phrasal verbs decide ("turn in", "give in").
func particleOfVerb(before, phrase string) bool {
	fs := strings.Fields(strings.ToLower(phrase))
	v := strings.Trim(lastWord(before), ",;:")
	if len(fs) == 0 || v == "" || !isParticle(fs[0]) || !inflectedVerb(v) {
		// (a verb in its past form: "what position does the author take in
		// her report" asks her view, whose object the question opens with)
		return false
	}
	base := lexicon.BaseForm(v)
	if base == "" {
		base = v
	}
	return lexicon.Known(base + " " + fs[0])
}

func (ix *Index) dropAttribution(text string, steps *[]Step) string {
	for _, re := range attributionREs {
		for {
			loc := re.FindStringSubmatchIndex(text)
			if loc == nil {
				break
			}
			who := strings.ToLower(text[loc[2]:loc[3]])
			if !attributionWords[who] && !ix.isAuthor(who) || particleOfVerb(text[:loc[0]], text[loc[0]:loc[1]]) {
				break
			}
			rest := strings.TrimSpace(text[:loc[0]] + text[loc[1]:])
			if len(ix.Terms(rest)) == 0 {
				return text // nothing else to search: keep the question whole
			}
			*steps = append(*steps, Step{Stage: "attribution", Before: strings.TrimLeft(text[loc[0]:loc[1]], " ,")})
			text = text[:loc[0]] + text[loc[1]:]
		}
	}
	for _, re := range thinkerREs {
		loc := re.FindStringSubmatchIndex(text)
		if loc == nil {
			continue
		}
		who := strings.TrimPrefix(strings.ToLower(text[loc[2]:loc[3]]), "the ")
		if !thinkers[who] && !ix.isAuthor(who) {
			continue
		}
		end := loc[3] + 1 // and the space after it
		if opinionVerbs[strings.ToLower(text[loc[4]:loc[5]])] {
			end = loc[5] // "does the author think": the verb only frames the question
			if end < len(text) && text[end] == ' ' {
				end++
			}
		}
		rest := text[:loc[2]] + text[end:]
		if len(ix.Terms(rest)) == 0 {
			continue
		}
		*steps = append(*steps, Step{Stage: "attribution", Before: strings.TrimSpace(text[loc[2]:end])})
		text = rest
	}
	return text
}

// isAuthor reports whether a word is a source's author's name, as the
// glossary reads it ("Marlow" may be a concept of its own).
func (ix *Index) isAuthor(word string) bool {
	ts := ix.kb.Glossary.canonical(analyze(word))
	return len(ts) == 1 && ix.authors[ts[0].stem]
}

// dropAsideName takes out a name that a question sets aside with no
// separator after it ("which members besides Norway recognise …"): the
// longest run of up to four words after the aside word that is one
// glossary concept.
func (ix *Index) dropAsideName(text string, steps *[]Step) (rest, aside string) {
	m := asideRE.FindStringSubmatchIndex(text)
	if m == nil {
		return text, ""
	}
	loc := []int{m[0], m[2]} // the aside word, and where what it sets aside starts
	words := strings.Fields(text[loc[1]:])
	for n := min(4, len(words)); n > 0; n-- {
		span := strings.TrimRight(strings.Join(words[:n], " "), "?,;:.!")
		ts := ix.Terms(span)
		if len(ts) != 1 || !strings.HasPrefix(ts[0], "=") || !ix.kb.Glossary.named[strings.TrimPrefix(ts[0], "=")] {
			continue
		}
		at := strings.Index(text[loc[1]:], span)
		if at < 0 {
			return text, "" // the words were spaced otherwise: leave the question whole
		}
		end := loc[1] + at + len(span)
		rest = strings.Join(strings.Fields(text[:loc[0]]+" "+text[end:]), " ")
		if len(ix.Terms(rest)) == 0 {
			return text, ""
		}
		*steps = append(*steps, Step{Stage: "except", Before: text[loc[0]:end]})
		return rest, span
	}
	return text, ""
}

// excludedRE finds what a question sets aside ("besides sending troops,
// what else ..."): the words after it name what the asker does not want.
var excludedRE = lazyre.New(`(?i)\b(?:` + asideWords + `|not counting|leaving aside|setting aside|if not)\s+([^,;:?!.]+?)(?:[,;:]|\s+(?:who|what|which|where|when|why|how|is|are|was|were|did|does|do|can|could|will|would|has|have)\b)`)

// elseRE finds a question after an alternative: "how else", "who else",
// "what's the other way", "what other option", "the more plausible way".
var elseRE = lazyre.New(`(?i)^\W*(?:(?:how|what|who|where|which|in what way)\s+else\b|(?:what|which)(?:['’]s|\s+is|\s+are)?\s+(?:the\s+)?(?:other|another|alternative|more\s+\p{L}+)\s+(?:way|ways|option|options|route|means|avenue|avenues|thing|things)\b)`)

// asideWords are the words that set something aside which a passage may
// use as a question does ("apart from Norway, ...").
const asideWords = `besides|apart from|aside from|other than|except(?: for)?|excluding`

// asideRE finds what a text sets aside by one of asideWords.
var asideRE = lazyre.New(`(?i)\b(?:` + asideWords + `)\s+([^,;:.]+)`)

// dropExcluded takes out of what is searched the part a question sets
// aside, unless nothing the sources could be searched for would be left.
// aside is what it sets aside by one of asideWords, for the judge.
func (ix *Index) dropExcluded(text string, steps *[]Step) (rest, aside string) {
	loc := excludedRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return ix.dropAsideName(text, steps)
	}
	if loc[0] == 0 && loc[1] == len(text) {
		return text, ""
	}
	if strings.HasPrefix(strings.ToLower(text[loc[0]:loc[1]]), "if not") && !elseRE.MatchString(text[loc[1]:]) {
		return text, "" // "if not" sets something aside only before "how else", "what other way"
	}
	end := loc[3] // the set-aside words end here; a separator or the main clause follows
	listed := ""
	if loc[0] > 0 {
		// "which member other than Oslo recognised the vote in Riga, ...":
		// inside a question, what is set aside is the names after the
		// words, and the question goes on after them
		if n := ix.namesOpening(text[loc[2]:loc[3]]); n > 0 && n < loc[3]-loc[2] {
			loc[3] = loc[2] + n
			loc[1], end = loc[3], loc[3]
		}
	}
	if n := ix.namesListed(text[loc[1]:]); n > 0 && strings.HasSuffix(strings.TrimSpace(text[end:loc[1]]), ",") {
		// "besides Oslo, Riga and Bergen": the rest of the list is set aside too
		loc[1] += n
		loc[3], end = loc[1], loc[1]
		listed = strings.TrimSpace(text[loc[2]:loc[3]])
	}
	if after := text[end:loc[1]]; strings.TrimLeft(after, " ,;:") != "" {
		loc[1] = end + strings.Index(after, strings.TrimLeft(after, " ,;:")) // keep the main clause's first word
	}
	rest = strings.Trim(strings.Join(strings.Fields(text[:loc[0]]+" "+text[loc[1]:]), " "), " ,;:")
	if len(ix.Terms(rest)) == 0 {
		return text, ""
	}
	*steps = append(*steps, Step{Stage: "except", Before: text[loc[0]:loc[1]]})
	if m := asideRE.FindStringSubmatch(text[loc[0]:loc[1]]); m != nil {
		aside = m[1]
	}
	if listed != "" && aside != "" {
		aside = listed // the whole list
	}
	return rest, aside
}

// namesListed returns the length of the list of names a text opens with
// ("Riga and Bergen, which ..."): its items, parted by commas, "and" and
// "or", as long as each is names; 0 when it opens with anything else.
func (ix *Index) namesListed(text string) int {
	clause := len(text)
	if k := strings.IndexAny(text, "?!.;:"); k >= 0 {
		clause = k
	}
	end, start := 0, 0
	for _, sep := range append(listSepRE.FindAllStringIndex(text[:clause], -1), []int{clause, clause}) {
		if !ix.allNamed(ix.Terms(text[start:sep[0]])) {
			break
		}
		end, start = sep[0], sep[1]
	}
	return end
}

// namesOpening returns the length of the longest run of words a text
// opens with that are all names ("new oslo" of "new oslo recognised the
// vote"), up to four words; 0 when it opens with no name.
func (ix *Index) namesOpening(text string) int {
	locs := tokenRE.FindAllStringIndex(text, 5)
	best := 0
	for k := range min(len(locs), 4) {
		if ix.allNamed(ix.Terms(text[:locs[k][1]])) {
			best = locs[k][1]
		}
	}
	return best
}

// listSepRE finds what parts the items of a list: a comma, "and", "or".
var listSepRE = lazyre.New(`(?i)\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`)

// comparedRE finds what a comparative question measures its subject
// against ("is the canal more likely to reopen than the ferry route?"): the words
// after "than", to the end of the clause.
var comparedRE = lazyre.New(`(?i)\b(?:more|less|fewer|better|worse|rather|\w+er)\b[^,;:?!.]*?\b(than)\s+([^,;:?!.]+)`)

// splitComparison takes out of what is asked what a comparative question
// measures its subject against, to be searched as context: the question
// is about its subject ("the canal"), and a passage on the other ("the
// ferry route") only helps. Nothing is taken when nothing would be left.
func (ix *Index) splitComparison(text string) (asked, than string) {
	loc := comparedRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return text, ""
	}
	rest := strings.Join(strings.Fields(text[:loc[2]]+" "+text[loc[5]:]), " ")
	if len(ix.Terms(rest)) == 0 {
		return text, ""
	}
	return rest, text[loc[4]:loc[5]]
}

// maxRequestWords is the most words a sentence beside the question may
// have to be read as a request for a kind of answer ("$ figure pls",
// "exact date?"), not as the scene it is set in.
const maxRequestWords = 4

// answerKindWords name a kind of answer, not a topic: a sentence beside
// the question made of them and of words no search uses asks for it.
var answerKindWords = setOf("figure", "figures", "number", "numbers", "amount", "total", "estimate",
	"ballpark", "date", "day", "year", "month", "time", "name", "names", "percentage", "percent", "share",
	"exact", "exactly", "rough", "roughly", "approximate", "approximately")

// requested returns the kind of answer a short sentence beside the
// question asks for ("$ figure pls", "since when"), or "": a sentence
// with a word of a topic ("Re the salary row.") sets the scene instead.
func (ix *Index) requested(background string) Quantity {
	for _, s := range sentenceEndRE.Split(background, -1) {
		if len(strings.Fields(s)) > maxRequestWords {
			continue
		}
		k := wantedQuantity(s)
		if k == "" {
			continue
		}
		var rest []string
		for _, w := range words(quantityOf(k).ReplaceAllString(s, " ")) {
			if !answerKindWords[strings.ToLower(w)] {
				rest = append(rest, w)
			}
		}
		if len(ix.Terms(strings.Join(rest, " "))) == 0 {
			return k
		}
	}
	return ""
}

// quantityOf returns the pattern that finds a question after a kind of
// answer.
func quantityOf(k Quantity) *lazyre.Regexp {
	for _, q := range quantityRE {
		if q.kind == k {
			return q.re
		}
	}
	return nil
}

// splitBackground separates, in a message of several sentences, the
// sentences that ask from those that only set the scene ("Following up on
// yesterday's thread ... What does the article say about X?"). A message
// whose sentences all ask, or none does, is all question. Referred is
// true where the question points back to the scene by a pronoun.
func splitBackground(text string) (asked, background string, referred bool) {
	qs, bs := sentencesByRole(text)
	if len(qs) == 0 || len(bs) == 0 || slices.ContainsFunc(qs, anaphoricRE.MatchString) {
		return text, "", false // "... did they confirm that?": the scene is what is asked
	}
	// "Evaporation from the reservoir. How much water does it take out?":
	// a scene of one sentence before the question, which a pronoun of
	// the question points back to
	referred = len(bs) == 1 && strings.HasPrefix(strings.TrimSpace(text), bs[0]) && slices.ContainsFunc(qs, refersBack)
	return strings.Join(qs, " "), strings.Join(bs, " "), referred
}

// sentencesByRole returns a message's sentences that ask and those that
// only set the scene.
func sentencesByRole(text string) (qs, bs []string) {
	start := 0
	for _, m := range sentenceEndRE.FindAllStringIndex(text, -1) {
		if initialBefore(text, m[0]) {
			continue // "s. vikland": an initial's point ends no sentence
		}
		qs, bs = appendSentence(qs, bs, text[start:m[1]])
		start = m[1]
	}
	return appendSentence(qs, bs, text[start:])
}

// askingPart returns the sentences of a message that ask, and whether
// others only set the scene.
func askingPart(text string) (string, bool) {
	qs, bs := sentencesByRole(text)
	if len(qs) == 0 || len(bs) == 0 {
		return text, false
	}
	return strings.Join(qs, " "), true
}

// anaphoricRE finds a question that ends on a word pointing back at the
// sentence before it ("did the ministry confirm that?", "is this true?"),
// or on one and the particle of its verb ("who shot it down"), or and a
// short second guess ("does the piece support this or am I off?"); or
// one that only asks whether it is so ("true per the author?"), or
// whether someone agrees ("does the author agree, and why?").
var anaphoricRE = lazyre.New(`(?i)\b(?:that|this|it|those|these|them)\s*(?:(?:down|up|off|out|away|back|over|around|aside)\s*)?(?:true|right|correct|accurate|legit|real)?(?:\s*,?\s+or\s+(?:not|no|nah|what|(?:am|are|is|was|were)\s+(?:i|we|you|it)(?:\s+\S+){0,2}))?\s*[?!.]*["'”’)]*\s*$|^\W*(?:true|right|correct|accurate|legit|real|confirmed)\b(?:\s+(?:per|according to|acc to|in|by)\s+(?:\S+\s*){1,3})?\s*[?!.]*\s*$|\b(?:does|did|would|will)\s+(?:the\s+)?\S+\s+(?:agree|disagree|concur)(?:\s+with\s+(?:that|this|it|him|her|them))?(?:\s*,?\s*(?:and|or)\s+(?:why|how|not)(?:\s+not)?)?\s*[?!.]*\s*$`)

// referBackPronounRE finds a pronoun of a thing or of people that a
// question may ask about ("how much does it take out?", "what did they
// pay?"); dummyItRE finds an "it" that stands for nothing ("is it true
// that", "how likely is it", "it is said", "how long will it take to").
var (
	referBackPronounRE = lazyre.New(`(?i)\b(?:it|they|them|their|its)\b`)
	dummyItRE          = lazyre.New(`(?i)\b(?:is|was|isn['’]?t|wasn['’]?t)\s+it\b|\bit\s*(?:is|was|['’]s)\s+(?:true|likely|unlikely|possible|clear|known|said|reported|expected|worth|time)\b|\bit\s+(?:take|takes|took|cost|costs)\b(?:\s+\S+){0,4}?\s+(?:to|for)\s+\p{L}`)
)

// refersBack reports whether a question has a pronoun that stands for
// something, which the sentence before it may name.
func refersBack(q string) bool {
	return referBackPronounRE.MatchString(dummyItRE.ReplaceAllString(q, " "))
}

// antecedentIn reports whether a question names what its pronoun may
// stand for, before the pronoun or after it: a name of the glossary's, a
// capitalised word past a sentence's first ("What did Holm Mutual say
// about its pension fund?", "How much did they lose at Holm Mutual?"), or
// a name of the sources' in lower case ("what did holm mutual say about
// its ...").
func (ix *Index) antecedentIn(q string) bool {
	if slices.ContainsFunc(ix.Terms(q), ix.namedConcept) {
		return true
	}
	for _, sentence := range SplitSentences(q) {
		for i, w := range words(sentence) {
			if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
				return true
			}
			if vw := ix.vocab.words[strings.ToLower(w)]; vw != nil && vw.name && !isStopWord(strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}

// initialBefore reports whether the point at i ends a lone letter, an
// initial ("what did s. vikland say").
func initialBefore(text string, i int) bool {
	if text[i] != '.' || i == 0 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if !unicode.IsLetter(r) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i-n])
	if i != n && before != ' ' && before != '(' {
		return false // "Holm’s.", "the 10-K.": a word's last letter
	}
	next := strings.Fields(text[i+1:])
	return len(next) > 0 && !questionOpeners[strings.ToLower(strings.Trim(next[0], "\"'“”‘’(),"))] // "Option B. Who pays ...?"
}

func appendSentence(qs, bs []string, s string) ([]string, []string) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
	case asksRE.MatchString(s):
		qs = append(qs, s)
	default:
		bs = append(bs, s)
	}
	return qs, bs
}

var (
	// a sentence ends at ., ! or ? followed by a space (a dotted
	// abbreviation was resolved before this)
	sentenceEndRE = lazyre.New(`[.!?…]+["'”’)]*\s+`)
	// asksRE tells a sentence that asks: a question mark, an opening
	// question word or auxiliary, or a request to be told
	asksRE = lazyre.New(`(?i)(\?["'”’)]*\s*$|^(?:(?:and|plus|but|oh and)\s+(?:\p{L}+\s+)??)?(what|what's|whats|why|how|who|whom|whose|when|where|which|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|any|anyone|summari[sz]e|explain|tell|list|describe|compare)\b|\b(wonder(ing)?|want to know|need to know|trying to (understand|figure out|find out|work out)|curious (whether|if|about|what|why|how)|tell me|let me know|looking for)\b)`)
)

// sinceWritten is a time after the piece was written: a question about
// now, and about what happened after the sources.
const sinceWritten = `(?:after|since) (?:this|that|the article|the piece|it) (?:was (?:written|published|posted)|came out|went out)`

// afterThisRE finds "after this" ending a question ("did they sign a
// treaty after this?"): after the piece. Opening one ("after this, did
// the canal freeze?") it is after what the thread said.
var afterThisRE = lazyre.New(`(?i)\b(?:after|since) this\s*(?:[?!.]|$)`)

// presentPhrases mark a question about now; they are taken out of what is
// searched ("these days" is no topic).
var presentRE = lazyre.New(`(?i)\b(` + sinceWritten + `|eventually|since then|ever since|in the end|afterwards|subsequently|later on|these days|right now|to this day|up (?:un)?till? now|until now|up to now|in recent times|at the present time|(?:at )?this point in time|in the current (?:climate|environment|context)|rn|atm|at this (?:point|stage|juncture|time)|as (?:things|it) stands?|as things are|where (?:do |does )?(?:things|it|they|we|relations|ties|matters) stands?|where (?:are|['’]re) (?:we|things) (?:on|at|with)|state of play|what(?:'s| is) the status|what(?:'s| is) going on|how(?:'s| are) things|as we speak|in recent (?:days|weeks|months|years)|(?:in |over )?the (?:last|past) (?:few |couple of )?(?:days|weeks|months|year)|these past (?:few )?(?:days|weeks|months)|as of (?:today|now|yet|late)|of late|by now|at (?:the|this) (?:moment|minute)|at present|so far|to date|up[ -]to[ -]date|this (?:year|month|week)|any ?more|any longer|going forward|from here on|what(?:'s| is) new|anything new|any (?:news|updates?)|nowadays|lately|today's|currently|presently|today|now|still|yet|ongoing|continu(?:e|es|ing) to|keeps?(?: on)?|remains?|latest|newest|recent(?:ly)?|current|present-day|present day|up and running)\b`)

// nextOneRE finds a question after the next of what recurs or follows
// ("next hcl natl day of action", "when's the next round of talks"): the
// next from today, which the sources, written before, may not know.
var nextOneRE = lazyre.New(`(?i)\bnext\s+(?:\p{L}+\s+){0,3}?(?:meeting|summit|round|session|talks|vote|election|review|conference|visit|auction|deadline|day|strike|protest|march|hearing|ruling|step|move|phase|stage)s?\b`)

// statusRE finds a question that opens or ends asking for the status of
// a thing ("Riga ferry status?", "status riga ferry"), as keyword queries
// do: how it stands now. Not one with a past auxiliary ("when did Riga
// lose its observer status?"), nor the status quo (statusQuoRE).
var statusRE = lazyre.New(`(?i)\bstatus\W*$|^\W*status\b`)
var statusQuoRE = lazyre.New(`(?i)\bstatus\s+quo\b`)
var pastAuxRE = lazyre.New(`(?i)\b(?:did|was|were|had)\b`)

// aheadRE finds a question that looks ahead, and so may be answered by
// what the sources foresee.
// projectionRE finds a question after a projection or an estimate of a
// year ("npf deficit 2035 projection", "the estimated deficit for 2035"),
// which looks ahead, unless it asks how the year came in against it
// (outturnRE: "did the 2035 deficit come in below the projection?").
var (
	projectionRE = lazyre.New(`(?i)\b(?:projections?|projected|estimates?|estimated)\b`)
	outturnRE    = lazyre.New(`(?i)\b(?:did|has|have|had)\b[^?]*\b(?:come in|came in|turn(?:ed)? out|end(?:ed)? up|compare|beat|miss(?:ed)?|exceed(?:ed)?)\b|\bactual(?:ly)?\b|\boutturn\b`)
)

var aheadRE = lazyre.New(`(?i)\b(?:will|won't|wont|would|going to|gonna|expect(?:s|ed|ing)?|expectations?|forecast|predict(?:s|ed|ion)?|outlook|prospects?|plan(?:s|ned)?|likely|could|might|may|should|hope[sd]?|by (?:the end of )?(?:19|20)\d\d)\b`)

// pieceDateRE finds a question after when the piece itself was written or
// published, not when something in it happened.
var pieceDateRE = lazyre.New(`(?i)\b(?:when|what date|which date|what day|what month|what year|how old|how recent)\b[^?.!]*\b(?:this|the|that) (?:article|piece|analysis|report|paper|essay|op-ed|source|story|commentary)\b[^?.!]*\b(?:published|written|posted|out|ran|run|released|dated|from|appeared)\b|\b(?:publication|publishing|release) date\b|\bdate (?:of|on) (?:this|the|that) (?:article|piece|analysis|report|paper|source)\b|\bhow old is (?:this|the|that) (?:article|piece|analysis|report|paper|source)\b|\b(?:wrote|written|published) (?:this|it)\b[^?.!]*\band when\b|\bwhen (?:was|is) (?:this|it) (?:written|published|posted|dated|from)\b|\bhow old is (?:this|it)\b\s*[?.!]*\s*$`)

// confirmRE finds a question on whether something is confirmed or true.
var confirmRE = lazyre.New(`(?i)\b(?:confirm(?:s|ed|ation)?|verif(?:y|ied|ication)|corroborat\w*|substantiat\w*|proven?|proof|smoking gun|(?:just|only) (?:a )?(?:rumou?rs?|reports?|claims?|speculation)|(?:is|was) (?:it|that|this) (?:true|real)|true or not|for real|any truth (?:to|in)|(?:did|does|do|is|are|was|were|has|have)\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?\s+(?:really|actually))\b`)

// afterRE finds a question on what happened after the sources: a time
// after they were written, or an outcome asked of the past ("did they
// eventually ...", "did it end up ...", "it ended up ..."). "End up" of a
// prediction ("unlikely they end up fighting", "will it end up sold") asks
// what the sources foresee.
var afterRE = lazyre.New(`(?i)\b(?:` + sinceWritten + `|eventually|in the end|afterwards|subsequently|later on|after all (?:this|that)|ended up|(?:did|didn't|didnt|has|have|hasn't|hasnt)\b[^?.!;]{0,40}\bend up|went on to)\b`)

// everAsked reports whether a question asks whether something ever came
// about, up to now (everAskedRE): not of a time that ended ("had it ever
// been fined before the spill?", "ever late last winter?", "ever ... in
// 2021?", though "the 2022 fine", "the lease it agreed in 2021" only say
// which), nor of a record ("higher than ever", "the first ever strike").
func everAsked(text string) bool {
	m := everAskedRE.FindStringIndex(text)
	if m == nil || everRecordRE.MatchString(text) || pastPerfectEverRE.MatchString(text) {
		return false
	}
	after := text[m[0]:]
	if i := strings.Index(strings.ToLower(after), "ever"); i >= 0 {
		after = after[i:]
	}
	for _, b := range everBoundRE.FindAllStringIndex(after, -1) {
		if !whichClauseRE.MatchString(after[:b[0]]) {
			return false // "did they ever sign a lease in 2021", not "the lease it agreed in 2021"
		}
	}
	return true
}

// everRecordRE finds "ever" of a record ("than ever", "the first ever",
// "the biggest ever"); pastPerfectEverRE a question of a past before
// another ("had ... ever"); everBoundRE a time that bounds the question
// ("before the spill", "last winter", "in 2021"); whichClauseRE a clause
// that says which thing, not when ("the lease it agreed in 2021").
var (
	everRecordRE      = lazyre.New(`(?i)\b(?:than|first|only|most|least|\p{L}+est)\s+ever\b`)
	pastPerfectEverRE = lazyre.New(`(?i)^\W*(?:and\s+|so\s+|but\s+)?(?:had|hadn['’]?t)\b`)
	everBoundRE       = lazyre.New(`(?i)\b(?:before|prior to)\s+\S+|\b(?:until|till|during|throughout|in|by)\s+(?:(?:early|mid|late)\s+)?(?:(?:19|20)\d\d|` + monthNames + `)\b|\blast\s+(?:winter|summer|spring|autumn|fall|year|month|week|season|time)\b`)
	whichClauseRE     = lazyre.New(`(?i)\b(?:it|they|he|she|which|that|who|we|you)\s+\p{L}+`)
)

// everAskedRE finds a question whether something ever came about ("did
// gaborone ever sign it", "has the govt ever said", "whatever happened
// to the deal").
var everAskedRE = lazyre.New(`(?i)\b(?:did|has|have|had|hasn['’]?t|haven['’]?t|didn['’]?t|was|were|is|are)\s+(?:[\p{L}'’.-]+\s+){0,8}?ever\s+(?:been\s+)?\p{L}+|\bwhat(?:ever| ever)\s+(?:happened|became)\s+(?:to|of|with)\b`)

// sincePerfectRE finds a question in the perfect on a time since a date
// ("has it changed since February 2022?"): up to now, so about the
// present.
var sincePerfectRE = lazyre.New(`(?i)\b(?:has|have|hasn't|haven't|hasnt|havent|has not|have not)\b[^?.!;]*\bsince\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:19|20)\d\d\b|the (?:start|beginning|invasion|war)\b)`)

// writingRE finds a question's reference to when the piece was written:
// "as of when this was written", "at the time of writing", "when this was
// written, ..." ask for what the sources say, and name no topic.
var writingRE = lazyre.New(`(?i)\b(?:(?:as of|at the time|by the time|back) (?:when )?|^(?:and |so |but )?when )(?:this|that|the article|the piece|it) (?:was|got) (?:written|published|posted)\b|\bat the time of (?:writing|publication)\b|\bas of (?:writing|publication)\b`)

// habitRE finds the asker's own habit of hearing or reading of something
// ("I keep hearing about", "we keep seeing"), which frames what is asked.
var habitRE = lazyre.New(`(?i)\b(?:i|we)\s+keeps?(?:\s+on)?\s+(?:hearing|reading|seeing|getting\s+asked|being\s+told|coming\s+across|running\s+into)(?:\s+(?:about|of|that))?\s*`)

func presentTime(text string, steps *[]Step) (string, bool) {
	if writingRE.MatchString(text) {
		text = writingRE.ReplaceAllStringFunc(text, func(m string) string {
			*steps = append(*steps, Step{Stage: "time", Before: m, After: ""})
			return " "
		})
		text = strings.Trim(strings.Join(strings.Fields(text), " "), " ,;:-–—")
	}
	// "I keep hearing about ...": the asker's habit, not the present of
	// what is asked
	text = replaceMatches(habitRE, text, func(sub []string) (string, bool) {
		*steps = append(*steps, Step{Stage: "chat", Before: strings.TrimSpace(sub[0])})
		return "", true
	})
	found := false
	out := presentRE.ReplaceAllStringFunc(text, func(m string) string {
		found = true
		*steps = append(*steps, Step{Stage: "time", Before: m, After: ""})
		return " "
	})
	if !found {
		return text, false
	}
	return strings.Join(strings.Fields(out), " "), true
}

func yearsIn(text string) []int { return yearsOf(text, false) }

// askedYears returns the years a question asks of: not those that name
// a thing looking ahead to them ("the 2030 review clause", "its 2035
// emissions target"), which the sources tell of before the year. (In a
// passage, such a year still dates what it says.)
func askedYears(text string) []int { return yearsOf(text, true) }

func yearsOf(text string, asked bool) []int {
	var ys []int
	ws := words(text)
	for i, w := range ws {
		if !isYear(w) {
			continue
		}
		if i > 0 && maturityWords[strings.ToLower(ws[i-1])] || i > 1 && strings.EqualFold(ws[i-1], "in") && maturityWords[strings.ToLower(ws[i-2])] {
			continue // "the bond due 2033": when it falls due, which the sources tell of ahead
		}
		if asked && i+1 < len(ws) && (instrumentNouns[strings.ToLower(ws[i+1])] || i+2 < len(ws) && instrumentNouns[strings.ToLower(ws[i+2])] && !isYear(ws[i+1])) {
			continue // "the 2030 review clause", "its 2035 net-zero target": a thing named by the year it looks to, which the sources tell of before it
		}
		n := 0
		for _, r := range w {
			n = n*10 + int(r-'0')
		}
		ys = append(ys, n)
	}
	return ys
}

// instrumentNouns after a year name a thing that looks ahead to it: a
// clause, a target, a plan.
var instrumentNouns = setOf("clause", "clauses", "target", "targets", "goal", "goals", "deadline", "plan", "plans", "strategy", "agenda", "vision", "horizon", "roadmap", "pledge", "commitment", "commitments", "cap", "ceiling", "objective", "objectives", "milestone", "milestones")

// maturityWords before a year say when something falls due or ends ("due
// 2031", "maturing in 2031"), or name a fiscal year ("fiscal 2026"): a
// year the sources name ahead of it.
var maturityWords = setOf("due", "maturing", "matures", "mature", "maturity", "expiring", "expires", "expire", "fiscal", "fy")

// comparative reports whether a word (lower case) is an adjective's
// comparative: "better", "worse", or a word in "-er" whose base form the
// lexicon gives is an adjective (one WordNet gives an opposite or a
// similar adjective: "cheaper", "bigger") and which is no verb of its own
// ("number", whose base "numb" is an adjective, is a verb too).
func comparative(w string) bool {
	if w == "better" || w == "worse" {
		return true
	}
	base := lexicon.BaseForm(w)
	if base == "" || base == w || !strings.HasSuffix(w, "er") {
		return false
	}
	if slices.ContainsFunc(lexicon.Lookup(w), func(r lexicon.Related) bool { return r.Kind == lexicon.Broader }) {
		return false
	}
	return slices.ContainsFunc(lexicon.Lookup(base), func(r lexicon.Related) bool {
		return r.Kind == lexicon.Opposite || r.Kind == lexicon.Similar
	})
}

// focusOrRE finds the second of two things "which" asks for ("which
// outlet or expert").
var focusOrRE = lazyre.New(`(?i)\b(?:which|what)\s+[\p{L}\-]+\s+or\s+([\p{L}\-]+)`)

// whatNounRE finds a noun a "what" question asks the value of: "what
// coupon is ...", "what rate was it"; the group is the noun.
var whatNounRE = lazyre.New(`(?i)\bwhat\s+([\p{L}-]+)\s+(?:is|are|was|were|did|does|do|has|have|had|would|will)\b`)

// whatNouns returns the nouns "what" asks the value of (see whatNounRE),
// but not the words that name no thing, nor a kind of answer ("what odds
// does he give", "what timeframe was expected"): words the sources must
// have, where the question has them as its salient terms.
func whatNouns(text string) []string {
	var out []string
	for _, m := range whatNounRE.FindAllStringSubmatch(text, -1) {
		if lw := strings.ToLower(m[1]); !isStopWord(lw) && !notFocus[lw] && !questionWords[lw] && !answerKindWords[lw] && !valueKindWords[lw] && !inflectedVerb(lw) {
			out = append(out, lw)
		}
	}
	return out
}

// valueKindWords name the kind of a value asked, which the sources give
// in other words: odds as a probability, a timeframe as dates, a rate or
// a price as a figure ("charges 3 per cent"), a penalty or damage as what
// was done ("fined Vik EUR 2 million", "destroyed 40 houses"), grounds as
// a cause, an argument as what is argued.
var valueKindWords = setOf("odds", "chance", "chances", "probability", "likelihood", "timeframe", "timeframes", "timeline", "timescale",
	"rate", "rates", "price", "prices", "cost", "costs", "value", "size", "level", "levels", "fee", "fees", "sum",
	"basis", "grounds", "reason", "reasons", "reasoning", "rationale", "justification", "motive", "purpose", "cause",
	"penalty", "penalties", "punishment", "sentence", "sentences", "damage", "damages", "consequence", "consequences",
	"outcome", "result", "results", "response", "reaction", "margin", "majority",
	"argument", "arguments", "point", "message", "view", "views", "stance", "position", "take", "verdict", "impact", "effect", "effects")

// focusRE finds what a question asks for: the words after "how many",
// "how much" and "which", past a count ("which 4 projects") ("what" is left: it is as often a pronoun, "what
// kicked off ...", as a determiner).
var focusRE = lazyre.New(`(?i)\b(?:how many|how much|which(?:\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen))?)\s+([\p{L}\-]+)(?:\s+([\p{L}\-]+))?`)

// askedPerson reports whether a question's focus asks for one person:
// a noun whose commonest sense is a kind of person (by WordNet's
// hypernyms: "official", "envoy", "expert"), in the singular. "which
// workers" asks for a group, not a name.
func askedPerson(w string) bool {
	// an inflected form is no person noun, whatever its base may name
	// ("dried": a dry is a prohibitionist)
	return lexicon.Person(w) && !inflectedVerb(w) && !slices.ContainsFunc(lexicon.Lookup(w), func(r lexicon.Related) bool {
		return r.Kind == lexicon.Base && r.Word != w && strings.HasSuffix(w, "s")
	})
}

// whoWithinRE finds "who" asked of someone within a body who said or did
// something ("who at the ministry denied it", "who in the cabinet was it
// that ..."): a person, not the body, answers; whoIsTheRE finds "who is
// the <role>" ("who's the envoy that called it fake"), or "who is X's
// <role>" ("who is Holm's chief executive"), whose last word
// asks for a person when it is a person noun.
var (
	whoWithinRE = lazyre.New(`(?i)\bwho\s+(?:at|in|inside|within|from)\s+(?:the\s+)?(?:[\p{L}\-.]+\s+){1,3}?(?:(?:actually|really|first|publicly|officially)\s+)?(?:said|says|say|made|makes|claimed|claims|called|calls|denied|denies|dismissed|rebuffed|rejected|shot|announced|stated|told|floated|raised|leaked|briefed|commented|was it|is it)\b`)
	whoIsTheRE  = lazyre.New(`(?i)\bwho(?:'s|’s|s|\s+is|\s+was)\s+(?:the|[\p{L}\-]+(?:['’]s|s['’]?))\s+((?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+?)(?:\s+(?:that|who|which|whom|at|in|of|to|for|talking|behind)\b|\s*[?,.!]|\s*$)`)
)

// asksWhoInPerson reports whether a question asks who, in person, said
// or did something within a body (inBody), or who holds a role it names.
func asksWhoInPerson(text string) (asks, inBody bool) {
	if whoWithinRE.MatchString(text) {
		return true, true
	}
	if chairAskedRE.MatchString(text) {
		return true, false // "who chairs the committee?": its chair, by name
	}
	m := whoIsTheRE.FindStringSubmatch(text)
	return m != nil && askedPerson(lastWord(m[1])), false
}

// beforeGroupRE finds a word before a noun for a group of states, bodies
// or people: a person noun there modifies it ("UN member states", "expert
// bodies").
var beforeGroupRE = lazyre.New(`(?i)\b([\p{L}\-]+)\s+(?:states|countries|nations|governments|parties|bodies|groups|organi[sz]ations|agencies|institutions|ministries|outlets|media|firms|companies|teams|panels|councils|committees)\b`)

// modifiesGroup reports whether a question's person noun w is followed by
// a group noun that it modifies: "which member states" asks for states.
func modifiesGroup(text, w string) bool {
	for _, m := range beforeGroupRE.FindAllStringSubmatch(text, -1) {
		if strings.EqualFold(m[1], w) {
			return true
		}
	}
	return false
}

// kindNouns are the kinds of named thing a "which" question may ask for
// ("which city", "which UN body"): a name answers, and the sources need
// not use the word.
var kindNouns = setOf("city", "cities", "town", "towns", "capital", "capitals", "country", "countries", "nation",
	"nations", "state", "states", "region", "regions", "province", "provinces", "place", "places", "body", "bodies",
	"organisation", "organization", "organisations", "organizations", "agency", "agencies", "institution",
	"institutions", "university", "universities", "outlet", "outlets", "publication", "publications", "newspaper",
	"newspapers", "site", "website", "ministry", "ministries", "department", "government", "governments",
	"company", "companies", "firm", "firms", "port", "ports", "party", "parties", "group", "groups")

// askedKind returns the kind of named thing a "which" question asks for
// that no source writes ("which city"), or "".
func (ix *Index) askedKind(focus []string) string {
	for _, w := range focus {
		if kindNouns[w] && len(ix.postings[stem(w)]) == 0 {
			return w
		}
	}
	return ""
}

// notFocus are words after "which"/"what" that name no thing.
var notFocus = setOf("date", "day", "year", "month", "time", "number", "kind", "sort", "type", "way", "ways",
	"percentage", "share", "proportion", "other", "others", "else", "exactly", "really", "actually", "about", "if",
	"happens", "happened", "role", "extent", "degree", "point", "part", "parts", "side", "sides", "one", "ones")

// headRE finds the noun a "what is the ..." question asks about.
var headRE = lazyre.New(`(?i)\bwhat(?:'s|’s| is| was| are| were)\s+the\s+([\p{L}\-]+)`)

// terseHead returns a terse question's first noun, before what it is of
// ("turnout for the 12 may strike?"): what it asks, a word the sources
// must have; not a request's ("update on the strike").
func terseHead(text string) []string {
	if m := terseHeadRE.FindStringSubmatch(text); m != nil {
		// a word of the commonest English ("odds on", "range on", "quick
		// check of") frames a question as often as it asks; slang
		// ("deets") is chat's
		if lw := strings.ToLower(m[1]); !isStopWord(lw) && !notFocus[lw] && !questionWords[lw] && !chatWords[lw] && !requestNouns[lw] && !inflectedVerb(lw) && !answerKindWords[lw] && !valueKindWords[lw] &&
			commonness(lw) > 20 && commonness(lw) <= 70 {
			return []string{lw}
		}
	}
	return nil
}

// requestNouns open a request for what the sources say, not what it
// asks: "update on the strike", "thoughts on the deal".
var requestNouns = setOf("update", "updates", "thoughts", "details", "detail", "info", "information", "news", "context",
	"background", "summary", "overview", "status", "latest", "recap", "rundown", "lowdown", "take", "view", "views",
	"read", "question", "questions", "help", "more", "anything", "something", "word", "notes", "note", "brief", "briefing",
	"gist", "takeaway", "takeaways", "synopsis", "explainer", "refresher", "primer", "digest", "eta", "whereabouts", "chronology")

// terseHeadRE finds the first word of a question that opens on a noun and
// what it is of ("turnout for the 12 may strike", "breakdown of the
// layoffs by plant").
var terseHeadRE = lazyre.New(`(?i)^\W*(?:(?:the|so|and|but|ok|also)\s+)?([\p{L}-]{3,})\s+(?:for|of|on|in|at|from|by|after|since|over)\s`)

// heads returns the nouns "what is the ..." asks about ("weather" of
// "what is the weather in ..."), but not the words that name no thing.
func heads(text string) []string {
	var out []string
	for _, m := range headRE.FindAllStringSubmatch(text, -1) {
		if lw := strings.ToLower(m[1]); !isStopWord(lw) && !notFocus[lw] && !questionWords[lw] {
			out = append(out, lw)
		}
	}
	return out
}

func focusWords(text string) []string {
	var out []string
	// "what casualty numbers": the casualties are counted
	for _, m := range countedBy(text) {
		if lw := strings.ToLower(m[1]); !isStopWord(lw) && !notFocus[lw] && !questionWords[lw] && !answerKindWords[lw] && !inflectedVerb(lw) {
			out = append(out, lw)
		}
	}
	// "which outlet or expert": each alternative is asked for
	for _, m := range focusOrRE.FindAllStringSubmatch(text, -1) {
		if lw := strings.ToLower(m[1]); !isStopWord(lw) && !notFocus[lw] && !questionWords[lw] {
			out = append(out, lw)
		}
	}
	for _, loc := range focusRE.FindAllStringSubmatchIndex(text, -1) {
		if rest := text[loc[3]:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
			continue // "which ports' votes": the votes are asked for, not the ports
		}
		m := []string{text[loc[0]:loc[1]], text[loc[2]:loc[3]], ""}
		if loc[4] >= 0 {
			m[2] = text[loc[4]:loc[5]]
		}
		if amountWords[strings.ToLower(m[1])] {
			// "how much less rain", "how many more foreign workers": what
			// follows the comparative is asked as it would be without it;
			// "how much less?" names nothing, nor "how much more
			// expensive did it get", the comparative of an adjective
			next := words(text[loc[3]:])
			if len(next) == 0 || adjective(strings.ToLower(next[0])) && (len(next) == 1 || isStopWord(strings.ToLower(next[1])) || inflectedVerb(strings.ToLower(next[1]))) {
				continue
			}
			m = []string{m[0], next[0], ""}
			if len(next) > 1 {
				m[2] = next[1]
			}
		}
		head := strings.ToLower(m[1])
		for i, w := range m[1:] {
			lw := strings.ToLower(w)
			// after a noun of a kind ("which govt cut ties"), the next
			// word is the verb
			if w == "" || isStopWord(lw) || notFocus[lw] || questionWords[lw] || i > 0 && (inflectedVerb(lw) || kindNouns[head]) ||
				comparative(lw) && strings.HasPrefix(strings.ToLower(m[0]), "how much") {
				break // "how much cheaper is X": by how much, not what of
			}
			if i == 0 && verbOfAmount(strings.ToLower(m[0]), lw, strings.ToLower(m[2])) {
				break // "how much passes through the dam": a verb, nothing counted
			}
			out = append(out, lw)
		}
	}
	return out
}

// amountWords are the comparatives that stand before the noun of an
// amount ("less rain", "more troops", "fewer ships"), which is what is
// counted, with an adjective before it ("more foreign workers"); before
// an adjective that ends the phrase ("how much more expensive did it
// get") they make its comparative, which counts nothing.
var amountWords = setOf("more", "less", "fewer")

// adjective reports whether a word (lower case) is an adjective: one the
// lexicon relates to a similar adjective ("expensive": valuable), or
// derives a noun of its quality from ("secure": secureness, "sustainable":
// sustainability), as nouns do not.
func adjective(w string) bool {
	if w == "" {
		return false
	}
	stemOf := w[:max(1, len(w)-2)]
	return similarAdjective(w) || slices.ContainsFunc(lexicon.Lookup(w), func(r lexicon.Related) bool {
		return r.Kind == lexicon.Derived && (strings.HasSuffix(r.Word, "ness") || strings.HasSuffix(r.Word, "ity")) && strings.HasPrefix(r.Word, stemOf)
	})
}

// similarAdjective reports whether the lexicon relates a word (lower
// case) to a similar adjective, as it does only adjectives ("famous",
// "expensive": valuable).
func similarAdjective(w string) bool {
	return slices.ContainsFunc(lexicon.Lookup(w), func(r lexicon.Related) bool { return r.Kind == lexicon.Similar })
}

// verbOfAmount reports whether the word after "how much" is a verb in the
// third person with a particle after it ("how much passes through", "how
// much goes back to", "how much flows into"), not a noun counted ("how
// much gas through").
func verbOfAmount(asked, w, next string) bool {
	if !strings.HasPrefix(asked, "how much") || !routeParticles[next] || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	b := lexicon.BaseForm(w)
	return b != "" && b != w
}

// routeParticles are the words after a verb of movement that say which
// way; not "from", "on" or "to", which follow a sum's noun as often ("how
// much royalties from", "how much taxes on").
var routeParticles = setOf("through", "into", "back", "across", "via", "past", "away", "out")

// countedByRE finds the word a count asks numbers of: "what casualty
// numbers", "any trade figures".
var countedByRE = lazyre.New(`(?i)\b(\p{L}+)\s+(?:` + strings.Join(countNouns, "|") + `)\b`)

// countNouns are the nouns that ask for a count of the word before them.
var countNouns = []string{"numbers", "figures", "stats", "statistics", "tally", "toll", "headcount"}

// countedBy returns countedByRE's matches, looked for only where one of
// its nouns is: the pattern opens with any word.
func countedBy(text string) [][]string {
	lower := strings.ToLower(text)
	for _, w := range countNouns {
		if strings.Contains(lower, w) {
			return countedByRE.FindAllStringSubmatch(text, -1)
		}
	}
	return nil
}

// irregularPlurals are English nouns' plurals without an "s", whose
// base form the lexicon gives as it gives a verb's ("children": child);
// those in "-men" of a base in "-man" are read as such too ("seamen").
var irregularPlurals = setOf("children", "people", "feet", "teeth", "mice", "geese", "oxen",
	"data", "criteria", "phenomena", "media", "alumni", "fungi", "cacti", "nuclei", "stimuli", "bacteria")

// keepNames writes in capitals a word of a question typed in lower case
// that is an acronym the glossary has ("vha" where it has "VHA"), where
// the word is the desk's shorthand ("mkt" for "MKT") or no English word,
// so that normalising leaves it to be read as the name and the question
// reads as written with it ("who's VHA director general").
func (ix *Index) keepNames(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range shorthandRE.FindAllStringIndex(text, -1) {
		w := text[m[0]:m[1]]
		b.WriteString(text[last:m[0]])
		last = m[1]
		_, desk := deskShorthand[w]
		switch upper := strings.ToUpper(w); {
		case !desk && (lexicon.Known(w) || isStopWord(w)):
			b.WriteString(w)
		case ix.kb.Glossary.hasAlias(upper):
			b.WriteString(upper)
		case desk && len(w) > 2 && ix.writtenAsName(w) && ix.besideInSources(upper, neighbours(text, m)):
			// "std clinics", where the sources write "STD clinics": their
			// acronym (not "co" of "Vik & Co"), but "a std for",
			// "national std" are the standard
			b.WriteString(upper)
		default:
			b.WriteString(w)
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// neighbours are the words of text either side of the match m that are
// no function words.
func neighbours(text string, m []int) []string {
	var out []string
	if before := words(text[:m[0]]); len(before) > 0 && !isStopWord(strings.ToLower(before[len(before)-1])) {
		out = append(out, before[len(before)-1])
	}
	if after := words(text[m[1]:]); len(after) > 0 && !isStopWord(strings.ToLower(after[0])) {
		out = append(out, after[0])
	}
	return out
}

// besideInSources reports whether a passage writes name next to one of
// the words (by stem: "std clinic" beside "STD clinics").
func (ix *Index) besideInSources(name string, near []string) bool {
	if len(near) == 0 {
		return false
	}
	stems := make([]string, len(near))
	for i, w := range near {
		stems[i] = stem(strings.ToLower(w))
	}
	for _, p := range ix.postings[stem(strings.ToLower(name))] {
		ws := words(ix.passages[p.doc].Text)
		for i, w := range ws {
			if w != name {
				continue
			}
			if i > 0 && slices.Contains(stems, stem(strings.ToLower(ws[i-1]))) ||
				i+1 < len(ws) && slices.Contains(stems, stem(strings.ToLower(ws[i+1]))) {
				return true
			}
		}
	}
	return false
}

// shorthandRE finds a word that may be an acronym typed in lower case.
var shorthandRE = lazyre.New(`\b[a-z]{2,5}\b`)

// inflectedVerb reports whether a word is a verb's past or participle
// ("which regions held"): what follows the thing asked for, not part of it.
func inflectedVerb(lower string) bool {
	if irregularPlurals[lower] || strings.HasSuffix(lower, "men") && strings.HasSuffix(lexicon.BaseForm(lower), "man") {
		return false // "how many children aged out", "seamen": a noun's plural, not a verb's past
	}
	for _, r := range lexicon.Lookup(lower) {
		if r.Kind == lexicon.Base && r.Word != lower && !strings.HasSuffix(lower, "s") {
			return true
		}
	}
	return false
}

// holderRE finds a question after what someone thinks or said: "what
// does X think", "what did X say", "any X statement", "has X said
// anything about". (How someone reacted
// or where they stand may be told by what they did.)
var holderRE = []*lazyre.Regexp{
	// "did anyone from Holm comment on", "has anybody at Vik said
	// anything", "any quotes from Holm on": someone of the party
	lazyre.New(`(?i)\b(?:has|have|did|does|do|will)\s+(?:any(?:one|body)|some(?:one|body)|any\s+officials?)\s+(?:from|at|in|with)\s+((?:the\s+)?\S+(?:\s+\S+){0,3}?)\s+(?:(?:ever|publicly|officially|actually)\s+)?(?:said|say|commented|comment|spoken|speak|talked|talk)\b`),
	lazyre.New(`(?i)\bany\s+(?:direct\s+|official\s+|public\s+)?(?:quotes?|comments?|statements?|remarks?|words?)\s+(?:from|by)\s+((?:the\s+)?\S+(?:\s+\S+){0,3}?)(?:\s+(?:on|about|over|regarding|re)\b|\s*[?.!,]|\s*$)`),
	lazyre.New(`(?i)\b(?:what|how)\s+(?:does|do|did|would|will|might)\s+((?:the\s+)?\S+(?:\s+\S+){0,2})\s+(?:think|feel|say|make of)\b`),
	lazyre.New(`(?i)\bany\s+((?:\S+\s+)?\S+)\s+(?:official\s+)?(?:statement|comment)s?\b`),
	// "what Oslo said (officially) about", with no auxiliary
	lazyre.New(`(?i)^what\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+(?:said|says|thinks|thought)\s+(?:(?:officially|publicly)\s+)?(?:about|on|of|regarding)\b`),
	// "has Oslo said anything (publicly) about ...", "did X comment on"
	lazyre.New(`(?i)\b(?:has|have|did)\s+((?:the\s+)?\S+(?:\s+\S+)?)\s+(?:(?:ever|publicly|officially)\s+)?(?:said|say|commented|comment|spoken|speak)\s+(?:anything|something|publicly|officially|on|about)\b`),
	// "did Oslo deny it", "has Riga condemned the vote": whether the
	// party said so is what is asked
	lazyre.New(`(?i)\b(?:did|has|have|had|does|do)\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+(?:(?:ever|publicly|officially|actually|really|also|even|not|never|already)\s+)?(?:deny|denied|confirm|confirmed|admit|admitted|condemn|condemned|critici[sz]e|critici[sz]ed|denounce|denounced|dismiss|dismissed|protest|protested|welcome|welcomed|praise|praised)\b`),
}

// pairNouns name what is between two parties ("Oslo-Riga ties", "Oslo-Riga
// trade"), not a party.
var pairNouns = func() map[string]bool {
	m := setOf("trade", "commerce", "business", "cooperation", "co-operation", "rapprochement", "partnership", "friendship")
	maps.Copy(m, relationWords)
	return m
}()

// lastWord is the last word of a text, lower case.
func lastWord(text string) string {
	fs := strings.Fields(strings.ToLower(text))
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// reactorOf matches reactorRE, after a cheap test for its words.
func reactorOf(text string) []string {
	if !reactionAskRE.MatchString(text) {
		return nil
	}
	// the earlier of the two ("how did Oslo react to the response from
	// Riga" asks Oslo's), or the one of "response of" that begins within
	// the other's ("what was response of Riga": no response of "wa")
	of, r := reactionOfRE.FindStringSubmatchIndex(text), reactorRE.FindStringSubmatchIndex(text)
	if of != nil && (r == nil || of[0] < r[1]) {
		return submatches(text, of)
	}
	if r == nil {
		return nil
	}
	return submatches(text, r)
}

// reactorRE finds a question after how someone reacted: "how did X
// react to", "X's response to", "how is X reacting", "has X reacted", and
// as people write who learnt English later, "response of X to", "X how
// reacted", and as a search box is typed to, "X reaction ...".
var reactorRE = lazyre.New(`(?i)\bhow\s+(?:did|has|have|does|do|will|would|might)\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+(?:react|respond|reply|retaliate|hit back)|\b((?:\S+\s+){0,2}?\S+?)(?:['’]s?|s)\s+(?:reaction|response|retaliation|reply)\b|\bhow\s+(?:is|are|was|were)\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+(?:reacting|responding|replying|retaliating|hitting back)\b|\b(?:has|have|did)\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+(?:(?:ever|yet|already|officially|publicly)\s+)?(?:reacted|responded|replied|retaliated|react|respond|reply|retaliate|hit back)\b|^((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+how\s+(?:reacted|responded|replied|retaliated|react|respond)\b|^(\S+(?:\s+\S+)?)\s+(?:reaction|response|reply)\b`)

// reactionOfRE finds "response of X to", "the reaction from X on".
var reactionOfRE = lazyre.New(`(?i)\b(?:reaction|response|retaliation|reply)\s+(?:of|from|by)\s+((?:the\s+)?\S+(?:\s+\S+){0,3}?)\s+(?:to|on|over|about|regarding|when|after)\b`)

// plainWordBefore reports whether a match opens with an English word
// typed without an apostrophe ("his take on", "experts views on"): no
// possessive of a party, as "oslos take on" is.
func plainWordBefore(match string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(match), " ")
	return !strings.ContainsAny(w, "'’") && lexicon.Known(strings.ToLower(w))
}

// stanceRE finds a question after someone's position on something:
// "Ottawa's official position on", "where does Oslo stand on".
var stanceRE = lazyre.New(`(?i)\b(\S+?)(?:['’]s?|s)\s+(?:official\s+|public\s+|own\s+|personal\s+|real\s+|actual\s+|current\s+|latest\s+)?(?:position|stance|view|views|line|attitude|take|read|opinion|opinions|perspective)\s+(?:on|about|toward|towards|regarding)\b|\bthe\s+((?-i:\p{Lu})[\p{L}\d.-]*)\s+(?:official\s+|public\s+)?(?:position|stance|view|line|take)(?:\s+(?:on|about|toward|towards|regarding)\b|\s*[?.!,;]|\s*$)|\bwhere\s+(?:does|do|did)\s+((?:the\s+)?\S+(?:\s+\S+){0,3}?)\s+stand\b`)

// holderAt returns whose words a question asks for ("what did Holm say",
// "any quotes from Holm") and where in the text it asks (nil where it
// does not).
func holderAt(text string) (string, []int) {
	for _, re := range holderRE {
		if m := re.FindStringSubmatchIndex(text); m != nil {
			if who := text[m[2]:m[3]]; !holderPronouns[strings.ToLower(who)] {
				return who, m[:2]
			}
			// "who's Holm's chief executive and what did he say": the one
			// the question asked to be named before
			if w := whoAndRE.FindStringSubmatch(text[:m[0]]); w != nil {
				return w[1], m[:2]
			}
			return "", nil
		}
	}
	// "what are Oslo's port people saying about it"; not "what was Riga's
	// reaction to Oslo saying ...", whose holder is the reaction's
	if m := sayingHolderRE.FindStringSubmatchIndex(text); m != nil && !slices.ContainsFunc(words(strings.ToLower(text[m[2]:m[3]])), func(w string) bool { return holderBreaks[w] }) {
		return text[m[2]:m[3]], m[:2]
	}
	return "", nil
}

// speechNounRE finds the words for what someone said that a question on
// what they said asks with ("any quotes from", "did X comment").
var speechNounRE = lazyre.New(`(?i)\b(?:comment(?:s|ed)?|quotes?|quoted|statements?|remarks?)\b`)

// whoAndRE finds "who's X and" before what X said is asked.
var whoAndRE = lazyre.New(`(?i)^\W*who(?:['’]s|s|\s+is|\s+are|\s+was|\s+were)\s+(.+?)\s*(?:,|\band\b|&|\+)\s*$`)

// holderPronouns stand for a holder the question named before them.
var holderPronouns = setOf("he", "she", "they", "it", "him", "her", "them")

// sayingHolderRE finds a question after what someone is saying: "what
// are Oslo's port people saying about it".
var sayingHolderRE = lazyre.New(`(?i)\bwhat\s+(?:is|are|was|were|has|have)\s+((?:the\s+)?\S+(?:\s+\S+){0,3}?)\s+(?:been\s+)?(?:saying|claiming|arguing|telling)\b`)

// holderBreaks are words no holder's name has: "Riga's reaction to Oslo
// saying" has the reaction's holder, not a speaker.
var holderBreaks = setOf("to", "of", "on", "about", "for", "over", "reaction", "response", "after", "when")

// quantityRE find what kind of figure a question asks for.
var quantityRE = []struct {
	kind Quantity
	re   *lazyre.Regexp
	// hints, when given, are words one of which a question must have for
	// re to be tried: a cheap test that spares most questions a costly
	// pattern
	hints []string
}{
	{Share, lazyre.New(`(?i)(%|\bper ?cent(age)?s?\b|\bproportion\b|\bwhat (share|fraction)\b|\b(?:royalty|tax|interest|tariff|recovery|success|growth|inflation|unemployment|utili[sz]ation|participation|vacancy|occupancy|profit|lending|borrowing|mortgage|coupon)\s+rates?\b|\bcoupons?\b)`), nil},
	// a party's share or stake asked without "what percentage": "Holm's
	// share on the Vik route", "tarn stake in vik tho?", "combined seat share"
	{Share, shareAskedRE, []string{"share", "stake"}},
	// an area: "how big is it in square kilometres", "the lake's area"
	{Area, lazyre.New(`(?i)\b(?:square\s+(?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?)|hectares?|acres?|what(?:'s|s|\s+is|\s+was)?\s+(?:the\s+|its\s+)?(?:total\s+|surface\s+)?area|area\s+in)\b`), nil},
	{Distance, lazyre.New(`(?i)\b(how (far|wide|deep|high|tall)\b[^?.;!]*\b(from|away|apart)|how long (is|was|are|were)\b|distance|kilomet(er|re)s?|km|miles?|length)\b`), nil},
	{Money, lazyre.New(`(?i)(\$|€|£|¥|\b(how much (?:[\p{L}\-]+\s+){0,2}?(?:money|cash|currency|funding|financing|foreign exchange)|how much (did|does|do|would|will|is|was|has|have|had)\b.*\b(cost|pay|paid|spend|spent|earn|worth|charge|invest|lose|lost|losing)\w*|get paid|be paid|paid|wages?|salar(y|ies)|(?:average|avg|mean|median|annual|monthly|yearly|weekly|household|crew|total|net|gross|their|his|her|its)\s+incomes?|prices?(?:\s*[?.!,;]|\s*$|\s+(?:of|for|per|tag|paid|in|at|is|was|were|are|did|does|do|will|would|range|point|now|today|then)\b)|dollars?|roubles?|rubles?|usd|eur)\b|\bwhat\b[^?.,;]*\bpay(?:s|ing)?\b|\bin\s+(?-i:` + currencyCodes + `)\b|\bin\s+(?-i:` + currencyNames + `)\b)`), nil},
	{Money, lazyre.New(`(?i)\bwhat(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s[^?.!;]*\bworth(?:\s*(?:[?.!,;]|$)|\s+(?:a|per|each|every)\s+(?:year|month)\b|\s+(?:annually|in|before|prior|back|during|at|then|now|today)\b)|\b(?:dollar|monetary|cash)\s+value\b`), []string{"worth", "value"}},
	// "what's the estimated cost of the scheme", "what is the budget for
	// it?", "the monthly starting pay"; not "what is the budget rival
	// complaining about?" (a noun after "budget": a kind of firm) nor "the
	// low-cost carrier" (a word inside a hyphenated one)
	{Money, lazyre.New(`(?i)\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’\-]+\s+){0,3}?(?:cost|costs|price\s+tag|budget(?:\s*[?.!,;]|\s*$|\s+(?:for|of|in|on|is|was|are|were|will|would|did|does|do|has|have|had|this|that|now|then|per|each|a|and|or)\b))(?:$|[^-\p{L}])|\b(?:starting|monthly|annual|average|basic|base|hourly|weekly|entry[- ]level|take[- ]home)\s+pay\b`), []string{"cost", "price", "budget", "pay"}},
	// "what did fighting the fire cost the province?", "what will a
	// ticket cost": a sum, asked by the verb
	{Money, whatCostRE, []string{"cost"}},
	// "what's Holm spending on it", "what are they paying": a sum spent
	{Money, lazyre.New(`(?i)\bwhat(?:['’]?s|\s+is|\s+are|\s+was|\s+were)\s+(?:[\p{L}'’\-]+\s+){1,3}?(?:spending|paying|charging|investing|budgeting)\b`), []string{"spending", "paying", "charging", "investing", "budgeting"}},
	// "what fine is the regulator likely to impose", "what's the
	// estimated loss to growers": a wh-question on a noun of a sum
	{Money, lazyre.New(`(?i)\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were|\s+would\s+be|\s+will\s+be)?\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|any\s+)?(?:[\p{L}'’\-]+\s+){0,3}?(?:fines?|ransoms?|damages|payouts?|fees?|levy|levies|subsid(?:y|ies)|premiums?|(?:estimated|financial|net|annual|economic|revenue|operating)\s+loss(?:es)?)(?:\s*[?.!,;]|\s*$|\s+(?:of|for|to|on|from|against|is|was|are|were|will|would|did|does|do|has|have|had|they|it|he|she|in)\b)`), []string{"fine", "ransom", "damages", "payout", "fee", "lev", "subsid", "premium", "loss"}},
	// "what is Holm putting into the plant", "how much did they sink into
	// it": a sum invested
	{Money, lazyre.New(`(?i)\b(?:what|how much)\b[^?.!;]*?\b(?:put|puts|putting|sink|sinks|sinking|sank|sunk|pour|pours|pouring|poured|plough|ploughs|ploughing|ploughed|plow|plows|plowing|plowed)\s+(?:[\p{L}'’]+\s+){0,3}?into\b`), []string{"into"}},
	// "how much does a pilot make (a year)?": earnings, not "make a difference"
	{Money, lazyre.New(`(?i)\bhow much (?:money )?(?:did|does|do|would|will|can|could)\s+(?:\S+\s+){1,4}?(?:make|makes|made|take home|bring in|get paid)(?:\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|shift)|\s+(?:annually|yearly|monthly|weekly|there|in\s+\S+))?(?:\s*[?.!,;]|\s*$|\s+(?:and|or|but|when|while|if)\b)`), []string{"how much"}},
	// "Holm's 2024 revenue number", "the profit figure": a sum's noun and
	// a word for its figure ask the sum, not a count
	{Money, lazyre.New(`(?i)\b(?:revenues?|turnover|profits?|earnings|ebitda|incomes?|budgets?|costs?|spend|spending|fines?|salar(?:y|ies)|wages?|prices?|fees?|deficits?|surplus(?:es)?|loans?|levy|levies|settlements?|taxes|tax|grants?|payments?|bonus(?:es)?|subsid(?:y|ies)|compensation|ransoms?|damages)\s+(?:numbers?|figures?|#|amounts?)(?:\s*[?.!,;]|\s*$|\s+(?:for|of|in|is|was|are|were|from|by)\b)`), []string{"number", "figure", "#", "amount"}},
	{Day, lazyre.New(`(?i)\b(what|which|on what|exact|actual|precise|specific) (date|day)\b|\bthe (?:(?:exact|actual|precise|specific|real|official) )?date\b|\bwhen exactly\b|\b(?:give|gave|given|gives|got|get|set|sets|name|names|named|put|provide|provides|mention|mentions|mentioned)\s+(?:a|an|any)\s+(?:(?:exact|precise|specific|firm|actual)\s+)?date\b`), nil},
	{When, lazyre.New(`(?i)\b(what|which|on what|exact) (year|month)\b`), nil},
	// a date set for something, or a schedule ("any target date for the
	// first arrivals?", "did he give a timeline?"; not "a timeline of the
	// war", a chronology): a year or month will do
	{When, lazyre.New(`(?i)\b(?:target|expected|planned|scheduled|start|launch|opening|reopening|arrival|firm|set)\s+dates?\b|\bdeadlines?\b|\btime\s?lines?\b(?:\s+(?:for|on)\b|\s*[?!.]|\s*$)|\btime\s?frames?\b`), []string{"date", "deadline", "time"}},
	{Time, lazyre.New(`(?i)^(?:and |so |but )?when\b|\bwhen (?:did|was|were|will|is|are|does|do|has|had)\b|\bsince when\b`), nil},
	{Named, lazyre.New(`(?i)\b(what(?:'s|s| is| was| are| were)? (?:the |their |his |her |its )?(?:full )?names?|names? of (?:the|that|this|their|his|her)|^names? of)\b|^names?\s*(?:\+|&|and\s+(?:job|title|role|position|post|rank|affiliation)\b)|['’]s (?:full )?names?\s*\??\s*$|\b(?:got|have|has|any|know|need|give|with) (?:a |the |their |his |her |its )?(?:full )?names?\b|\b(?:full )?names?\s*\?+\s*$|[—–:,]\s*(?:full )?names?\s*$`), nil},
	{Count, lazyre.New(`(?i)` + sizeAsked + `|\b(how (many|much)|what size|in (?:metric )?(?:tonnes|tons)|tonnage|number of|population|what number|(?:what|which|in what) (?:volumes?|quantit(?:y|ies)|amounts?)|numbers|figures|stats|statistics|tally|tallies|headcount|ballpark)\b`), nil},
	// a keyword question closing on what it wants: "belgium offer
	// number?" (not "which outlet floated the figure")
	{Count, terseFigureRE, []string{"number", "figure", "count", "#"}},
	{Others, lazyre.New(`(?i)\b(?:(?:which|what|who (?:were|are) the|(?:which|what|who) (?:were|are|was|is) the|name the|list the) other|who else|the other (?:two|three|four|five|six|seven|eight|nine|ten|\d+))\b|\b(?:full|complete) list\b`), nil},
	{Advice, lazyre.New(`(?i)\b(recommend\w*|advi[sc]e[sd]?|urge[sd]?|prescri\w+|policy advice)\b`), nil},
}

// headlineTailRE finds what a question in a headline's style asks after
// its dash or colon ("Rail freight — volume?", "Ferry ban: when?"), a few
// words closing it.
var headlineTailRE = lazyre.New(`[—–:]\s*((?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)\s*\?+\s*$`)

// headlineTails are the words after a headline's dash that ask for a
// kind of quantity.
var headlineTails = []struct {
	kind Quantity
	re   *lazyre.Regexp
}{
	{Day, lazyre.New(`(?i)^(?:exact\s+|precise\s+|announcement\s+)?dates?(?:\s+of\s+[\p{L}'’]+)?$`)},
	{Time, lazyre.New(`(?i)^(?:when|since when|by when|(?:expected\s+)?timing|timeline|time\s?frame|eta)$`)},
	{Count, lazyre.New(`(?i)^(?:how many|how much)(?:\s+[\p{L}'’]+)?$|^(?:[\p{L}'’]+\s+){0,2}(?:volumes?|numbers?|figures?|size|total|count|tally|scale|amount|headcount)$`)},
	{Money, lazyre.New(`(?i)^(?:[\p{L}'’]+\s+){0,2}(?:value|cost|price|worth)$`)},
}

// headlineWants returns the kind of quantity a question in a headline's
// style asks for by the words after its dash ("— volume?": a figure,
// "— when?": a time); "" when it asks none so.
func headlineWants(text string) Quantity {
	m := headlineTailRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	for _, t := range headlineTails {
		if t.re.MatchString(m[1]) {
			return t.kind
		}
	}
	return ""
}

// otherOneRE finds "the other" before a noun, which it gives, or before
// an adjective and a noun.
var otherOneRE = lazyre.New(`(?i)\b(?:which|what)(?:['’]s|s|\s+is|\s+was)?\s+(?:the\s+)?other\s+(\p{L}+)(?:\s+(\p{L}+))?`)

// otherOne reports whether a question asks for one alternative ("what's
// the other way they could help?", "which other option"), not for the
// names of others ("which other bank"): "the other" before a noun of an
// alternative.
func otherOne(text string) bool {
	m := otherOneRE.FindStringSubmatch(text)
	// the noun, or an adjective and the noun ("what other military help")
	return m != nil && (alternativeNouns[strings.ToLower(m[1])] || alternativeNouns[strings.ToLower(m[2])])
}

// alternativeNouns are the nouns of one way among others.
var alternativeNouns = setOf("way", "option", "alternative", "route", "path", "possibility", "scenario", "avenue",
	"means", "approach", "method", "channel", "thing", "kind", "form", "type", "angle", "help", "support", "aid",
	"assistance", "contribution", "role", "step", "move", "measure", "lever", "tool", "card")

// adviceRE finds a sentence that says what someone should do.
var adviceRE = lazyre.New(`(?i)\b(should|ought to|must|needs? to|recommend\w*|urge[sd]?|advi[sc]e[sd]?|calls? for|called for|propos\w+)\b`)

func wantedQuantity(text string) Quantity {
	lower := ""
	for _, q := range quantityRE {
		if len(q.hints) > 0 {
			if lower == "" {
				lower = strings.ToLower(text)
			}
			if !slices.ContainsFunc(q.hints, func(h string) bool { return strings.Contains(lower, h) }) {
				continue
			}
		}
		if q.re.MatchString(text) && !askedOtherwise(q.kind, q.re, text) {
			return q.kind
		}
	}
	return ""
}

// askedOtherwise reports whether a question that a pattern (re) of a kind
// of quantity matches asks something else after all: a cost that is no
// sum ("the human cost"), a clause of time ("when Oslo cut ties, ..."), a
// degree ("how much does Riga care", "how big is the risk"), a duration
// or a gap ("how long is the delay", "how far apart are the bids"), one
// alternative ("what's the other way"), or a share that is no party's
// percentage (see shareOfSumRE; "has Holm's share shrunk?").
func askedOtherwise(kind Quantity, re *lazyre.Regexp, text string) bool {
	switch {
	case re == whatCostRE && costNounRE.MatchString(text):
		return true // "what did the audit say about the cost of the tunnel": the noun, not the verb
	case kind == Money:
		return figurativeCostRE.MatchString(text) || paidWhetherRE.MatchString(text) && !sumAskedRE.MatchString(text) ||
			yesNoRE.MatchString(text) && !sumAskedRE.MatchString(text) && !sumNamedRE.MatchString(text) && !namesFigure(text) ||
			spentOnWhatRE.MatchString(text) || valueLostRE.MatchString(text) || sumOfWhatRE.MatchString(text) || votesLostRE.MatchString(text)
	case kind == Time:
		return whenClause(text)
	case re == terseFigureRE:
		return whWordRE.MatchString(text) || identifierRE.MatchString(text)
	case kind == Count:
		return degreeRE.MatchString(text) || sizeOfDegreeRE.MatchString(text) || figuresRevisedRE.MatchString(text) && !howOftenRE.MatchString(text)
	case kind == Distance:
		return durationRE.MatchString(text) || gapAskedRE.MatchString(text) || (timeLengthRE.MatchString(text) || lastsAsked(text)) && !lengthUnitRE.MatchString(text)
	case kind == Others:
		return otherOne(text)
	case re == shareAskedRE:
		return shareOfSumRE.MatchString(text) || yesNoRE.MatchString(text)
	}
	return false
}

// whatCostRE finds a sum asked by the verb "cost" after "what" and an
// auxiliary ("what did fighting the fire cost the province?"), and
// costNounRE "cost" as a noun after a determiner or a preposition ("what
// does the audit say about the cost of it?"), which asks no sum by it.
// "Cost" inside a hyphenated word is neither ("what does the low-cost
// competitor want?").
var (
	whatCostRE = lazyre.New(`(?i)\bwhat\s+(?:did|does|do|will|would|could|might)\s+[^?.!;,]*(?:^|[^-\p{L}])cost(?:$|[^-\p{L}])`)
	costNounRE = lazyre.New(`(?i)\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those|of|about|on|for|in|to|total|overall|final|full|real|true|actual|estimated)\s+cost\b`)
)

// paidWhetherRE finds a question whether someone was paid ("did the staff
// get paid in May?", "were the nurses paid?"), and sumAskedRE one that
// asks a sum still ("how much", "what", a currency's sign). A yes-or-no
// question on something with a price asks whether it happened, not the
// sum, unless it names a figure (namesFigure), weighs one, or asks whether
// the sum is known or told (sumNamedRE): "was anyone pushing for a
// minimum price in 2022?", not "was the price above 20 a kilo?", "did the
// price come in lower?" nor "is the price known?".
var (
	paidWhetherRE = lazyre.New(`(?i)\b(?:did|does|do|was|were|will|would|has|have|had|is|are)\s+(?:[\p{L}'’]+\s+){0,4}?(?:(?:get|gets|got|be|been|being|even)\s+)*paid\b`)
	sumAskedRE    = lazyre.New(`(?i)\bhow much\b|\bwhat\b|[$€£¥]|\b(?:amount|sum|rate|salary|salaries|wage|wages)\b`)
	sumNamedRE    = lazyre.New(`(?i)\b(?:which|number|figure|total|more|less|over|under|above|below|cheaper|dearer|higher|lower|value|worth|cost|costs|million|billion|bn|` +
		`know|known|give|gives|gave|given|disclose|disclosed|discloses|reveal|revealed|reveals|publish|published|report|reported|reports|say|says|said|mention|mentioned|quote|quoted|tell|tells|told|name|named)\b`)
	figureInRE = lazyre.New(`\d[\d,.]*`)
)

// namesFigure reports whether a question writes a figure: a number that
// is not a year ("in 2022") nor part of a name ("G7", "A350"), though it
// may carry a magnitude ("10m", "2bn").
func namesFigure(text string) bool {
	for _, loc := range figureInRE.FindAllStringIndex(text, -1) {
		n := strings.TrimRight(text[loc[0]:loc[1]], ",.")
		if loc[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:loc[0]]); unicode.IsLetter(r) {
				continue // "G7"
			}
		}
		rest := text[loc[0]+len(n):]
		suffix := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
		if suffix != "" && !magnitudeSuffixes[strings.ToLower(suffix)] {
			continue // "A350s", "3rd"
		}
		if suffix == "" && isYear(n) {
			continue // a year
		}
		return true
	}
	return false
}

var magnitudeSuffixes = setOf("m", "bn", "b", "k", "mn", "tn", "million", "billion")

// terseFigureRE finds a question that closes on the figure it wants
// ("seat count", "membership #") or opens a keyword on it ("# orgs"), and
// whWordRE one with a question word, which asks something else of it.
var (
	terseFigureRE = lazyre.New(`(?i)\b(?:number|figure|count)\s*\?*\s*$|(?:^|\s)#\s*\?*\s*$|^\s*#(?:\s+|\s*of\s+)\p{L}`)
	whWordRE      = lazyre.New(`(?i)\b(?:who|whom|whose|which|what|whats|when|where|why|how)\b`)
	// identifierRE finds a number that names a thing ("flight number"),
	// no count
	identifierRE = lazyre.New(`(?i)\b(?:flight|phone|telephone|case|account|reference|serial|registration|model|part|contact|tracking|order|policy|room|seat|gate|platform|bus|route|house|street|id|file|invoice|ticket|version|batch|licence|license|permit|vat|tax|isin|cusip|hs|tariff|line)\s+number\s*\?*\s*$`)
)

// terseSumRE finds a noun whose value is a sum ("funding", "price",
// "capex"), not before a noun it names a kind of ("price war", "cost
// overrun", "budget vote") nor weighed against another ("costs vs
// benefits"), which a keyword question on it asks for. Not spending,
// which is told as a share of output as often, nor a toll, of lives as
// often.
var terseSumRE = lazyre.New(`(?i)\b(?:prices?|cost|funding|revenues?|turnover|profits?|earnings|ebitda|budgets?|fees?|fines?|salar(?:y|ies)|wages?|capex|opex|payouts?|premiums?|ransoms?|subsid(?:y|ies)|grants?|loans?)\b(?:\s*[?.!,;/+#(]|\s*$|\s+(?:of|for|per|from|to|in|at|on|by|under|after|before|paid|amount|amounts|size|total|figure|level|demanded|sought|\d))`)

// auxiliaryRE finds an auxiliary verb, which a keyword question has
// none of ("someone says the cost is the only problem. true?").
var auxiliaryRE = lazyre.New(`(?i)\b(?:is|are|was|were|am|be|been|did|does|do|has|have|had|will|would|can|could|should|shall|may|might|must|wont|cant|isnt|arent|wasnt|werent|didnt|doesnt|dont|hasnt|havent|hadnt|wouldnt|couldnt|shouldnt)(?:n['’]t)?\b`)

// shareAskedRE finds a party's share or stake asked for: "Holm's share
// on the Vik route", "holm share at vik?", "what stake does Tarn hold in
// Vik", "the combined seat share"; not a share price, "a share" of stock,
// nor a share of a sum ("Vik's share of the cost": see shareOfSumRE),
// nor whether a share changed ("has Holm's share shrunk?", a yes-or-no
// question).
var shareAskedRE = lazyre.New(`(?i)\b(?:market|seat|slot|capacity|vote|voting|ownership|equity|combined|joint)\s+(?:share|stake)s?\b|\b(?:share|stake)\s+(?:on|in|at)\b|['’]s?\s+(?:[\p{L}-]+\s+)?(?:share|stake)\s+of\b|\bwhat\s+(?:[\p{L}-]+\s+)?stake\b|['’]s\s+stake\b|\bhow\s+(?:big|large|much)\s+(?:of\s+)?a\s+(?:share|stake)\b`)

// shareOfSumRE finds what shareAskedRE does not ask for: a share of a
// sum or of a volume, which a sum or a volume may give ("Vik's share of
// the cost", "of the fund", "a stake of $40m"); "at stake"; a share that
// is the topic of what someone said ("did they comment on the vote
// share?", "about holm's stake"); a share asked beside another question
// ("what's their beef, and how big a stake do they hold?"), where the
// names of the one need not be the other's; who holds one ("who has a
// stake in Vik?"); a count of shares ("how many voting shares"); and
// "share" the verb ("what did Holm share at its investor day?").
var shareOfSumRE = lazyre.New(`(?i)\b(?:on|about|over|regarding)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\p{L}'’/-]+\s+){0,2}(?:share|stake)\b|` + twoAsks + `|^\W*(?:who|which|whose)\b|\bhow\s+many\b|\b(?:did|does|do|will|would|to|can|could|should)\s+(?:[\p{L}'’-]+\s+)?share\b|\b(?:share|stake)s?\s+(?:of|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:costs?|bills?|debts?|budgets?|funds?|funding|pots?|pools?|revenues?|profits?|earnings|spending|loans?|payments?|money|proceeds|savings|water|flows?|volumes?|output|releases?)\b|\bstake\s+of\s+(?:[$€£¥]|\d)|\bat\s+stake\b`)

// howOftenRE finds a question on how many times something happened.
var howOftenRE = lazyre.New(`(?i)\bhow\s+(?:many\s+times|often)\b`)

// figuresRevisedRE finds figures a question asks whether someone changed
// ("have they refreshed the numbers since?"), not a figure it asks for.
var figuresRevisedRE = lazyre.New(`(?i)\b(?:update[sd]?|updating|refresh(?:es|ed|ing)?|revis(?:e|es|ed|ing)|correct(?:s|ed|ing)?|chang(?:e|es|ed|ing)|amend(?:s|ed|ing)?)\s+(?:the\s+|any\s+|their\s+|its\s+)?(?:numbers|figures|stats|data)\b`)

// nameClosingRE finds a keyword question that closes on a name asked
// ("tarn fisheries minister name", "holm ceo full name").
var nameClosingRE = lazyre.New(`(?i)\b(?:full\s+)?name\s*[?!.]*\s*$`)

// roleClosing reports whether a keyword question closes on a role's
// holder it asks for by name: "tarn fisheries minister name", "holm
// processing chief executive" (a noun of a person's role, one, after
// another word; not "vik crews", a group, nor "the head", alone, nor "holm
// dam project name", the name of a thing).
func roleClosing(text string) bool {
	named := nameClosingRE.MatchString(text)
	ws := words(strings.ToLower(strings.TrimRight(nameClosingRE.ReplaceAllString(text, ""), " ?!.")))
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	if named {
		return roleWord(last) // "tarn fisheries minister name"; not "holm dam project name", a thing's
	}
	plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") // "boss" is one
	return roleWord(last) && !plural && !isStopWord(ws[len(ws)-2])
}

// Questions with a word of a sum that ask no sum: spentOnWhatRE finds one
// on what money goes to, not how much ("what is Holm investing in?",
// "what is Vik spending the grant on?"); valueLostRE one on what a price
// or a share lost, which a percentage may tell ("how much did Holm shares
// lose after the recall?"); sumOfWhatRE a sum's noun after a preposition
// of what is asked ("what was the reason for the fine?"); votesLostRE
// what an election or a vote lost ("how much did the Holm party lose in
// the election?").
var (
	sumOfWhatRE   = lazyre.New(`(?i)\bwhat\b[^?.!;]*\b(?:for|of|behind|about|against|over|with)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:fines?|ransoms?|damages|payouts?|fees?|levy|levies|subsid(?:y|ies)|premiums?)\s*[?!.]*\s*$`)
	votesLostRE   = lazyre.New(`(?i)\blos(?:e|es|t|ing)\b[^?.!;]*\b(?:elections?|votes?|seats?|ground|support|points?|polls?|races?|ballots?|referendums?)\b`)
	spentOnWhatRE = lazyre.New(`(?i)^\W*what\b[^?.!;]*\b(?:spending|investing|paying|charging|budgeting|spend|invest|pay|charge)(?:\s+[\p{L}'’-]+){0,3}\s+(?:on|in|for|into)\s*[?!.]*\s*$`)
	valueLostRE   = lazyre.New(`(?i)\b(?:shares?|stocks?|index|indices|prices?|currency|value|valuation|market|bonds?|yields?)\s+(?:\p{L}+\s+)?(?:lose|lost|losing|shed)\b`)
)

// sizeOfDegreeRE finds "how big" asked of a degree, which words may tell:
// "how big would the impact of a strike be", "how large is the risk".
var sizeOfDegreeRE = lazyre.New(`(?i)\bhow\s+(?:big|large)\s+(?:is|are|was|were|would|will|could|might)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:impact|effect|hit|blow|damage|problem|risk|threat|shock|difference|deal|issue|worry|concern)s?\b`)

// twoAsks finds a question that asks a second one ("what's their beef,
// and how big a stake do they hold?", "are the remedies enough? what odds
// does he give"), whose parties and topic need not be the first's.
const twoAsks = `\?+\s*\p{L}|(?:\band|&|\+)\s+(?:how|what|who|why|when|where|which)\b`

// twoAsksRE is twoAsks alone.
var twoAsksRE = lazyre.New(`(?i)` + twoAsks)

// gapAskedRE finds "how far apart" asked of figures or views ("union and
// management numbers, how far apart are they?"): a gap between them, not
// a distance.
var gapAskedRE = lazyre.New(`(?i)\b(?:` + gapNouns + `)\b[^?.;!]*\bapart\b|\bapart\b[^?.;!]*\b(?:` + gapNouns + `)\b`)

// gapNouns are figures and views two sides hold apart.
const gapNouns = `numbers|figures|estimates|forecasts|views|positions|sides|camps|bids|offers|valuations|prices|demands|proposals|claims|targets`

// figurativeCostRE finds a cost that is no sum: "the human cost", "the
// political cost".
var figurativeCostRE = lazyre.New(`(?i)\b(?:human|political|social|environmental|diplomatic|reputational|opportunity|strategic|military|moral|personal|emotional|psychological|hidden|real)\s+costs?\b`)

// howManyRE finds a count asked in so many words.
var howManyRE = lazyre.New(`(?i)\bhow\s+(?:many|much)\b`)

// figuresAsTopicRE finds a question on what someone says or thinks of
// figures, not after the figures themselves: "what did Holm say about the
// DSA numbers?", "any wiggle room on the numbers?", "Lisk's take on the
// debt figures" (not "what did Holm say the figures were?", below).
var figuresAsTopicRE = lazyre.New(`(?i)\b(?:say|says|said|saying|comment|comments|commented|commenting|think|thinks|take|view|verdict|stance|position|read|reaction|wiggle\s+room|budge|budging|negotiate|negotiated|negotiating|negotiable|negotiation|flexible|flexibility|dispute|disputes|disputed|disputing|challenge|challenges|challenged|challenging|defend|defends|defended|defending|stand(?:s|ing)?\s+by)\b[^?.!;]*?\b(?:numbers|figures|stats|statistics|projections|forecasts)\b`)

// figuresToldRE finds figures a question asks someone to tell ("what did
// Holm say the figures were?"): the figures themselves.
var figuresToldRE = lazyre.New(`(?i)\b(?:numbers|figures|stats|statistics|projections|forecasts)\s+(?:were|are|was|is|stood|came\s+to|would\s+be|will\s+be)\b`)

// currentFiguresRE finds a question whether a source's figures are
// current or were changed ("are the numbers up to date?", "are the
// numbers in there updated?", "were the figures refreshed?"), which asks
// no count.
var currentFiguresRE = lazyre.New(`(?i)\b(?:numbers|figures|stats|data)\s+(?:(?:still|now|all|in\s+(?:there|it|here)|been|being|were|was|are|is|have|has|had|got|get|getting)\s+){0,3}(?:up[- ]to[- ]date|updated|updtd|refreshed|revised|changed|corrected|the\s+same|current|outdated|out[- ]of[- ]date|stale|old|as of|correct|accurate|valid)\b`)

// timeLengthRE finds the length of a time asked ("ban length", "length
// of the sentence", "trial length"): a duration, not a distance.
var timeLengthRE = lazyre.New(`(?i)\b(?:` + timeSpans + `)\s+lengths?\b|\blengths?\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|a\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?(?:` + timeSpans + `)\b`)

// timeSpans are nouns of what lasts a time, whose length is a duration.
const timeSpans = `sentences?|bans?|suspensions?|terms?|trials?|contracts?|stays?|seasons?|delays?|strikes?|hearings?|closures?|shutdowns?|outages?|tenures?|mandates?|moratori(?:um|ums|a)|lockdowns?|embargo(?:es)?|leaves?|sanctions?|programmes?|programs?|investigations?|inquir(?:y|ies)|talks|negotiations?|deals?|loans?|custody|detention|prison|jail|probation|exclusions?|disqualifications?|campaigns?|wars?|occupations?|careers?|sessions?|meetings?|visits?|periods?|spells?|stints?`

// lengthUnitRE finds a unit of length, which asks a distance whatever is
// measured ("phase 2 length in km").
var lengthUnitRE = lazyre.New(`(?i)\b(?:km|kms|kilomet(?:er|re)s?|miles?|metres?|meters?|feet|ft|yards?)\b`)

// durationRE finds "how long" asked of a time, not a length: "how long
// are ships waiting", "how long is the delay".
var durationRE = lazyre.New(`(?i)\bhow long (?:is|was|are|were)\s+(?:\S+\s+){0,4}?(?:` + ingVerb + `|(?:delays?|waits?|queues?|stoppages?|strikes?|closures?|ban|(?:pushed|put|set|held)\s+(?:back|off)|delayed|postponed|deferred|stalled|suspended)\b)|\bhow long (?:is|was|are|were)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:outages?|cuts?|blackouts?|shutdowns?|disruptions?|shortages?|droughts?)\s*(?:[?.!,]|$|\b(?:in|at|on|for|now|still|going|expected|likely|lasting)\b)`)

// howLongRE finds "how long" with a form of "be" and the rest of its
// clause (the first group).
var howLongRE = lazyre.New(`(?i)\bhow long (?:is|was|are|were)\s+([^?.!;,:()]*)`)

// lastingRE finds, right after the thing "how long" is asked of, what
// tells a state that lasts ("down", "without", "on strike", "blocked"
// read apart, below) or a verb of lasting ("meant to run", "for?"): a
// duration, not a length. "Out into the bay" is a reach, not a state.
var lastingRE = lazyre.New(`(?i)^(?:still\s+|actually\s+)?(?:(?:down|out|off|offline|closed|shut|without|away|gone|missing|idle|stuck|held|detained|jailed)\b(?:\s*$|\s+(?:for|since|until|after|before|now|again|when|while|in|at|during|over)\b)|without\b|in\s+(?:office|power|jail|prison|custody|charge|force|effect|operation|service|talks)\b|on\s+(?:strike|hold|leave|trial|bail|the\s+run)\b|(?:meant|supposed|expected|set|due|scheduled|planned|going|likely)\s+to\s+(?:run|last|take|stay|remain|continue|go\s+on)\b|to\s+(?:run|last|stay|remain|continue)\b|for\s*$)`)

// timeSpanRE finds a noun of what lasts a time (see timeSpans).
var timeSpanRE = lazyre.New(`(?i)^(?:` + timeSpans + `|lockdowns?)$`)

// ingVerb is a word in -ing read as a verb: one that closes the clause or
// is followed by a particle or a preposition ("ships waiting", "the line
// slipping by"), not one before a noun ("the shipping lane").
const ingVerb = `\p{Ll}+ing(?:\s*[?.!]|\s*$|\s+(?:at|off|in|for|on|to|now|still|by|around|about|out|up|down|over|behind|back|inside)\b)`

// ingVerbRE finds ingVerb at the start of a text.
var ingVerbRE = lazyre.New(`(?i)^` + ingVerb)

// peoplePronouns are the pronouns that stand for people as a subject.
var peoplePronouns = setOf("they", "he", "she", "we", "you", "i")

// lastsAsked reports whether "how long is/are ..." asks how long something
// lasts, not a length, by what it is asked of and what is said of it right
// after: people ("how long were customers without a bill?"), a thing that
// lasts ("how long was the lockdown?"), a state that lasts ("how long was
// the portal down?", "the canal blocked?"), or a verb after the thing
// ("how long is the line slipping by?"). "How long is the tunnel?", "the
// closed section", "the shipping lane", "the jetty out into the bay" and
// "the runway before the extension" ask a length.
func lastsAsked(text string) bool {
	m := howLongRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	ws := strings.Fields(strings.ToLower(m[1]))
	head, rest := "", ""
	for i, w := range ws {
		w = strings.Trim(w, `"'“”‘’`)
		if i == 0 && peoplePronouns[w] {
			return true // "how long were they out"
		}
		if head == "" && determiners[w] {
			continue // "the", "their"
		}
		if after := strings.Join(ws[i:], " "); head != "" && (isStopWord(w) || prepositions[w] || lastingRE.MatchString(after) || strings.HasSuffix(w, "ing") && ingVerbRE.MatchString(after) || verbAt(ws, i)) {
			rest = after
			break
		}
		if head == "" && (isStopWord(w) || prepositions[w]) {
			break
		}
		head = w
	}
	switch {
	case strings.HasSuffix(head, "s") && personNoun(head) || head == "people":
		// people as a group, in a state that lasts (a boarder, one
		// person, may be a typo of "border")
		return true
	case timeSpanRE.MatchString(head):
		return true // "how long was the lockdown", "were the talks"
	case rest == "":
		return false
	case ingVerbRE.MatchString(rest):
		return true // "the line slipping by", "the attackers poking around"
	}
	if f := strings.Fields(rest); verbAt(f, 0) && strings.HasSuffix(f[0], "ed") {
		return true // "the canal blocked (for)?", "the mine flooded"
	}
	return lastingRE.MatchString(rest)
}

// degreeNounRE finds the noun that frames how far someone holds a view
// ("how much weight does Holt give the report", "how much stock does he
// put in it"); the first group is the noun, the second what follows. A
// load put on something ("how much weight did the crane put on the
// pier") is read so too: analysts ask the one far more than the other.
// "Credit" is left out: it is money as often as belief.
var degreeNounRE = lazyre.New(`(?i)\bhow much\s+(` + degreeNouns + `)\s+((?:does|do|did|would|will|should|could|can)\s+(?:\S+\s+){1,4}?(?:` + degreeVerbs + `)\b)`)

// degreeNouns frame how far someone holds a view ("how much weight"), and
// degreeVerbs are what one does with them ("give", "put", "attach").
const (
	degreeNouns = `weight|stock|credence|faith|store|emphasis`
	degreeVerbs = `give|gives|gave|put|puts|place|places|placed|attach|attaches|attached|lend|lends|lent|set|sets`
)

// degreeNoun takes out the noun that frames a question of degree: "how
// much weight does Holt give the report" asks what Holt makes of it, and no
// passage need say "weight".
func degreeNoun(text string, steps *[]Step) string {
	m := degreeNounRE.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	*steps = append(*steps, Step{Stage: "forms", Before: text[m[2]:m[3]], After: ""})
	return text[:m[2]] + text[m[4]:]
}

// degreeRE finds "how much" asking how far someone holds an attitude
// ("how much does Oslo care about the canal", "how much weight does the
// author give it"): a degree, which words tell, not a figure.
var degreeRE = lazyre.New(`(?i)\bhow much\s+(?:(?:(?:does|do|did|would|will|should|could|can|is|are|was|were)\s+)?(?:\S+\s+){1,4}?(?:(?:still|really|actually|even|now)\s+)?(?:care[sd]?|matter(?:s|ed)?|like[sd]?|love[sd]?|hate[sd]?|trust(?:s|ed)?|value[sd]?|want(?:s|ed)?|worr(?:y|ies|ied)|mind[sd]?|fear(?:s|ed)?|rel(?:y|ies|ied)|depend(?:s|ed)?|prioriti[sz]e[sd]?|count(?:s|ed)?)\b|(?:` + degreeNouns + `|importance|attention)\s+(?:does|do|did|would|will|should|could|can|is|are|was|were)\s+(?:\S+\s+){1,4}?(?:` + degreeVerbs + `|pay|pays|paid)\b)`)

// whenClauseRE finds a question that opens with a clause of time and asks
// something else after its comma ("when Oslo cut ties, how close had they
// been?"), and what follows "when".
var whenClauseRE = lazyre.New(`(?i)^(?:and |so |but )?when\s+([\p{L}'’]+)[^?,;]*,\s*(?:and\s+)?(?:how|what|why|who|which|where|did|does|do|had|has|have|was|were|is|are|would|could|will|can)\b`)

// whenClause reports whether a question's opening "when" only dates
// what it asks ("when this was written, had anyone ..."): a clause, not a
// question word ("when did they ..., and why?" is one).
func whenClause(text string) bool {
	m := whenClauseRE.FindStringSubmatch(text)
	return m != nil && !questionAux[strings.ToLower(m[1])]
}

var questionAux = setOf("did", "does", "do", "was", "were", "is", "are", "will", "would", "has", "had", "have", "can", "could", "should", "might", "may")

// hasQuantity reports whether a passage states a figure of the kind.
func (ix *Index) hasQuantity(p *Passage, kind Quantity) bool {
	switch kind {
	case Share:
		return shareRE.MatchString(p.Text) || sharesInWords(p.Text)
	case Distance:
		return distanceRE.MatchString(p.Text)
	case Area:
		return areaRE.MatchString(p.Text)
	case Money:
		return moneyRE.MatchString(p.Text) || ix.ownMoney != nil && ix.ownMoney.MatchString(p.Text)
	case Count:
		return hasFigure(p.Text) || listRE.MatchString(p.Text) // a list of names can be counted
	case Day:
		return dayRE.MatchString(p.Text)
	case When:
		return dateRE.MatchString(p.Text)
	case Time:
		return dateRE.MatchString(p.Text) || timeRefRE.MatchString(p.Text)
	case Named:
		return hasFullName(p, ix.kb.Glossary)
	case Advice:
		return adviceRE.MatchString(p.Text)
	case Others:
		return coordRE.MatchString(p.Text) || onlyRE.MatchString(p.Text)
	}
	return true
}

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
// Berlin Wall fell", "during the strike", "from the start of the war").
var timeRefRE = lazyre.New(`(?i)\b(when|during|from the (?:start|outset|beginning|first days?) of)\s+(?:the |a |an |its |their )?\p{L}`)

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

// Questions about the piece itself: its argument, its gist, a summary.
var (
	pieceCueRE = lazyre.New(`(?i)(\btl;?dr\b|\bone[- ]?liner\b|\bsummar(y|ise|ize|ies)\b|\bsum (it |this )?up\b|\brecap\b|\bgist\b|\btakeaways?\b|\boverview\b|\bin a nutshell\b|\bbottom[- ]line\b|\bbig[- ]picture\b|\bconclu(de|des|ded|sion|sions)\b|\bthesis\b|\bmain (point|idea|claim|argument|message|thrust|theme)s?\b|\bkey (point|finding|message|argument|theme|idea)s?\b|\b(the|its|his|her|their) argument\b|\bargue[sd]?\b)`)
	pieceRE    = lazyre.New(`(?i)\bwhat(?:'s| is| was)? (?:(?:this|that|the|your|our) )?(?:it|this|that|article|piece|story|paper|report|source|essay|knowledge base|kb|sources|doc|document|link|thing)(?: all| really| even| basically| actually)? about\b|\bwhat (?:does|do) (?:this|it|the (?:article|piece|story|paper|report|source|essay|sources|author|writer)) (?:say|argue|claim|conclude|think)\s*\??$`)
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
// about the pilots", "summary of the remedies?"; up to three words.
var pieceAboutRE = lazyre.New(`(?i)\b(?:about|on|regarding|of)\s+(?:the\s+|its\s+|their\s+|this\s+)?((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s*(?:[?.!,;:]+\s*)?$`)

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

// detectLanguage names the language of a question plainly not in English:
// by its script, or by the common words of a Latin-script language
// outnumbering English ones. "" for English (or too short to tell).
func detectLanguage(text string) string {
	counts := map[string]int{}
	letters := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		for _, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[s.lang]++
				break
			}
		}
	}
	for _, s := range scripts {
		if letters > 0 && counts[s.lang]*2 > letters {
			if s.lang == "Russian" && strings.ContainsAny(text, "іїєґІЇЄҐ") {
				return "Ukrainian"
			}
			return s.lang
		}
	}
	ws := words(strings.ToLower(text))
	if len(ws) < 3 {
		return ""
	}
	english := 0
	for _, w := range ws {
		if englishCommon[w] {
			english++
		}
	}
	for _, l := range latinLanguages {
		n := 0
		seen := map[string]bool{}
		for _, w := range ws {
			// each word once, and not a letter alone: "y/y" (year on
			// year) is no Spanish "y" twice
			if l.words[w] && !seen[w] && utf8.RuneCountInString(w) > 1 {
				seen[w] = true
				n++
			}
		}
		if n >= 2 && n > english {
			return l.lang
		}
	}
	return ""
}

var scripts = []struct {
	lang  string
	table *unicode.RangeTable
}{
	{"Russian", unicode.Cyrillic}, {"Korean", unicode.Hangul}, {"Japanese", unicode.Hiragana},
	{"Japanese", unicode.Katakana}, {"Chinese", unicode.Han}, {"Arabic", unicode.Arabic},
	{"Hebrew", unicode.Hebrew}, {"Greek", unicode.Greek}, {"Hindi", unicode.Devanagari},
	{"Thai", unicode.Thai}, {"Persian", unicode.Arabic},
}

var englishCommon = setOf("the", "a", "an", "is", "are", "was", "were", "what", "who", "why", "how", "did",
	"does", "do", "of", "in", "on", "to", "and", "or", "with", "for", "about", "this", "that", "it", "has",
	"have", "will", "would", "can", "could", "when", "where", "which")

var latinLanguages = []struct {
	lang  string
	words map[string]bool
}{
	{"French", setOf("le", "la", "les", "des", "est", "une", "du", "et", "pourquoi", "quelle", "quel", "avec", "dans", "sur", "pour", "qui", "que", "ce", "sont", "comment", "il", "elle", "au", "aux", "ont")},
	{"German", setOf("der", "die", "das", "und", "ist", "nicht", "mit", "warum", "wie", "was", "welche", "ein", "eine", "den", "dem", "zu", "von", "auf", "für", "sind", "hat", "haben")},
	{"Spanish", setOf("el", "los", "las", "es", "por", "qué", "que", "del", "una", "con", "para", "cómo", "cuál", "son", "está", "están", "y", "en", "la", "se")},
	{"Italian", setOf("il", "gli", "della", "delle", "che", "perché", "è", "una", "con", "per", "sono", "come", "quale", "del", "degli", "nel")},
	{"Portuguese", setOf("os", "as", "não", "uma", "com", "para", "por", "que", "porque", "como", "qual", "são", "está", "do", "da", "em")},
	{"Dutch", setOf("de", "het", "een", "en", "van", "is", "niet", "met", "waarom", "hoe", "wat", "welke", "zijn", "heeft")},
}
