package knowledge

import (
	"maps"
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

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
