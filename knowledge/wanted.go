package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

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
	// (nor after "per": "damages per person" asks a rate, not who)
	return roleWord(last) && !plural && !isStopWord(ws[len(ws)-2]) && ws[len(ws)-2] != "per"
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
// are ships waiting", "how long is the delay", "how long was the gap
// between the lab confirming it and the government declaring it".
var durationRE = lazyre.New(`(?i)\bhow long (?:is|was|are|were)\s+(?:\S+\s+){0,4}?(?:` + ingVerb + `|(?:delays?|waits?|queues?|stoppages?|strikes?|closures?|gaps?|lags?|intervals?|pauses?|lulls?|hiatus|ban|(?:pushed|put|set|held)\s+(?:back|off)|delayed|postponed|deferred|stalled|suspended)\b)|\bhow long (?:is|was|are|were)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:outages?|cuts?|blackouts?|shutdowns?|disruptions?|shortages?|droughts?)\s*(?:[?.!,]|$|\b(?:in|at|on|for|now|still|going|expected|likely|lasting)\b)`)

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
// been?") or, as chat writes it, with none before a question word and its
// auxiliary ("when the UN put it to a vote how did NK vote"), and what
// follows "when".
var whenClauseRE = lazyre.New(`(?i)^(?:and |so |but )?when\s+([\p{L}'’]+)[^?,;]*(?:,\s*(?:and\s+)?(?:how|what|why|who|which|where|did|does|do|had|has|have|was|were|is|are|would|could|will|can)\b|\s(?:how|what|why|who|which|where)\s+(?:did|does|do|had|has|have|was|were|is|are|would|could|will|can)\b)`)

// whenClause reports whether a question's opening "when" only dates
// what it asks ("when this was written, had anyone ..."): a clause, not a
// question word ("when did they ..., and why?" is one).
func whenClause(text string) bool {
	m := whenClauseRE.FindStringSubmatch(text)
	return m != nil && !questionAux[strings.ToLower(m[1])] && !coordinators[strings.ToLower(m[1])] // (not "when and where did she say it")
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
