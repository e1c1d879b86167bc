package knowledge

import (
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

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
