package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

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
