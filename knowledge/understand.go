package knowledge

import (
	"slices"
	"strings"
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
	// TopicTold is true for a question about the piece that asks what the
	// sources tell of the topic it names, in ordinary words ("summarise
	// the bond exchange terms", "recap the fares pls"): that topic's
	// passages answer it, not the argument's summary. (Brief and
	// Conclusion say what else such a question asks of the piece.)
	TopicTold bool `json:",omitempty"`
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

// Brief reports whether a question asks for the piece in a line or two
// ("tl;dr", "the gist", "the main argument"); read on demand, as only an
// answer from a summary needs it.
func (q Query) Brief() bool { return briefRE.MatchString(q.Asked) }

// Conclusion reports whether a question asks what the sources conclude
// ("what does the author conclude?", "bottom line").
func (q Query) Conclusion() bool { return concludeRE.MatchString(q.Asked) }

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
	if pieceCueRE.MatchString(question) {
		q.AboutPiece = true // before chat framing drops "tl;dr"
	}
	text := ix.normalizedQuestion(question, &q)
	text, after := ix.timeAsked(text, &q)
	text, request := ix.asides(text, &q)
	q.Years = askedYears(text)
	q.Ahead = aheadRE.MatchString(monthMayRE.ReplaceAllString(text, " ")) || // "tally 24 may": the month, no modal
		projectionRE.MatchString(text) && !outturnRE.MatchString(text) // "the 2035 projection", not how 2035 came in against it
	q.After = after && !q.Ahead
	text = ix.wantedOf(text, request, &q)
	text = ix.speakersAsked(text, &q)
	if q.AboutPiece && !pieceRE.MatchString(text) && otherDocument(text) {
		q.AboutPiece = false // "what did the Holm review conclude?": that review's findings, not the piece's
	}
	if q.AboutPiece || pieceRE.MatchString(text) {
		q.AboutPiece = true
		q.Topic = ix.pieceTopic(text, q.Change != 0)
	}
	q.TopicTold = q.AboutPiece && q.Topic != "" && summaryCueRE.MatchString(question) && !q.Brief() && !q.Conclusion()
	q.Text = text
	return q
}

// normalizedQuestion is the question with Slack markup and chat framing
// out, names and forms normalised and typos corrected, each change a step
// of q (and its links q's background, its corrections q's).
func (ix *Index) normalizedQuestion(question string, q *Query) string {
	text := ix.keepNames(question)
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
	return text
}

// timeAsked reads what the question asks of time: the piece's date, a
// change, the present (its words taken out of the text), a state of
// things; after reports whether it asks what came after ("in the end").
func (ix *Index) timeAsked(text string, q *Query) (_ string, after bool) {
	q.AsksDate = pieceDateRE.MatchString(text) && !whenClause(text)
	after = afterRE.MatchString(text) || afterThisRE.MatchString(text)
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
	return text, after
}

// asides takes out of the question what it excludes, attributes and
// compares with, and a sentence of background or the referent a short
// question points back to, each a step of q; request is a background
// sentence that may say what kind of answer is wanted ("$ figure pls").
func (ix *Index) asides(text string, q *Query) (_, request string) {
	text, q.Aside = ix.dropExcluded(text, &q.Steps)
	text = ix.dropAttribution(text, &q.Steps)
	if asked, than := ix.splitComparison(text); than != "" {
		q.Steps = append(q.Steps, Step{Stage: "compared", Before: than})
		text, q.Background = asked, strings.TrimSpace(than+" "+q.Background)
	}
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
	return text, request
}

// wantedOf reads what kind of answer the question wants (q.Wants: a
// count, a sum, a name, ...), and its focus, place and confirmation
// words; the text loses a noun of degree ("how much weight").
func (ix *Index) wantedOf(text, request string, q *Query) string {
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
	return text
}

// speakersAsked reads the party whose words (q.Holder) or reaction
// (q.Reactor) the question asks; "comment" or "quotes" from a party read
// as what it said.
func (ix *Index) speakersAsked(text string, q *Query) string {
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
	return text
}
