package knowledge

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// A Step is one change the question-understanding stage made to a
// question, for `ask --explain` and the JSON answer.
type Step struct {
	Stage  string `json:"stage"`  // "markup", "chat", "forms", "names", "typo"
	Before string `json:"before"` // what was there
	After  string `json:"after"`  // what replaced it ("" when removed)
}

// Slack sends links, mentions and emoji in its own markup: <url|label>,
// <@U123|name>, <#C123|name>, <!here>, :emoji:.
var (
	slackLinkRE    = lazyre.New(`<((?:https?|mailto|ftp):[^|>\s]*)(?:\|([^>]*))?>`)
	slackRefRE     = lazyre.New(`<[@#!][^>]*>`)
	bareURLRE      = lazyre.New(`\b(?:https?://|www\.)[^\s<>]+`)
	emojiRE        = lazyre.New(`:[a-z0-9][a-z0-9_+\-']*[a-z0-9_]:(?::skin-tone-\d:)?`)
	plainMentionRE = lazyre.New(`(^|\s)@[\w.\-]+`)
	formatRE       = lazyre.New("[*_~`]+|(?m)^>+")
	strayPunctRE   = lazyre.New(`(^|\s)[!.,;:]+(\s|$)`)
)

// chatFraming are the conversational words and phrases around a question
// that ask nothing: greetings, politeness, hedges about the question,
// sign-offs. They are general English chat, matched as whole words.
var chatFraming = []string{
	"sorry if this is a dumb question", "sorry if this is a stupid question", "sorry if dumb question",
	"sorry if this is obvious", "sorry for the dumb question", "this might be a dumb question",
	"dumb question", "stupid question", "silly question", "naive question", "basic question",
	"asking for a friend", "sanity check", "just wondering", "just curious", "i was wondering",
	"i'm wondering", "im wondering", "wondering", "curious", "i'm curious", "im curious",
	"quick question", "quick q", "quick qn", "real quick", "qq", "q:", "question:",
	"quick qs", "quick questions", "2 qs", "two qs", "2 questions", "two questions", "2 quick qs",
	"couple qs", "couple of qs", "a couple of questions", "couple of questions", "a few questions", "few qs",
	"does anyone know", "does anybody know", "anyone know", "anybody know", "anyone remember",
	"do we know", "does someone know", "can anyone tell me", "can someone tell me",
	"can someone remind me", "could someone", "can someone", "can anyone", "can you tell me",
	"could you tell me", "can you remind me", "remind me", "help me understand", "tell me",
	"any idea", "any ideas", "any thoughts", "thoughts", "i mean", "you know",
	"good morning", "good afternoon", "good evening", "morning all", "morning team", "morning",
	"hey team", "hi team", "hello team", "hey all", "hi all", "hello all", "hey folks", "hi folks",
	"hey everyone", "hi everyone", "hey guys", "hi guys", "hiya", "hey there", "hi there",
	"hey", "hi", "hello", "heya", "yo", "howdy", "greetings", "gm",
	"thanks in advance", "thank you so much", "thanks so much", "thank you", "thank u", "thanks", "thanks!", "thx", "tysm", "ty", "tia",
	"cheers", "much appreciated", "any help much appreciated", "any help appreciated", "appreciate it", "please", "pls", "plz", "kindly",
	"let me know", "lmk", "asap", "hmu", "dm me", "ping me", "nvm", "never mind", "ikr", "jk", "rofl", "sry", "srry",
	"q for the group", "question for the group", "if i understand correctly", "iiuc",
	"lol", "lmao", "haha", "hah", "heh", "ha", "omg", "wtf", "ugh", "hmm", "hm", "hmmm", "um", "umm", "uh",
	"fyi", "btw", "imo", "imho", "iirc", "afaik", "afaict", "idk", "tbh", "ngl", "tl;dr", "tldr",
	"ok so", "okay so", "so basically", "basically", "anyway", "anyways", "also", "again", "right?",
	"or something", "or what", "yes or no", "yes/no", "y/n", "y or n", "or not", "or nah", "or no", "exactly", "actually", "really", "literally", "seriously",
	"in practice", "in reality", "in fact", "in actual fact", "as a matter of fact",
	"cc", "+1", "ptal",
	"or am i misremembering", "or am i misreading", "or am i wrong", "or am i making that up",
	"am i misremembering", "if i remember correctly", "if i remember rightly", "if i recall correctly",
	"if i recall", "correct me if i'm wrong", "correct me if im wrong", "unless i'm misremembering",
	"as far as i know", "for what it's worth", "fwiw", "in a nutshell pls", "just to confirm",
	"just to double check", "just checking", "double-checking", "double checking", "to be clear",
	"i'm trying to understand", "im trying to understand", "trying to understand",
	"i'm trying to figure out", "im trying to figure out", "trying to figure out", "trying to work out",
	"i want to know", "i'd like to know", "id like to know", "i need to know", "want to understand",
}

// sorryRE finds an apology for the question, in any of the ways people
// put it ("sorry if dumb but", "sorry if this is a silly q,").
var sorryRE = lazyre.New(`(?i)\bsorry\s+if\s+(?:this\s+is\s+|it'?s\s+|its\s+|that'?s\s+)?(?:a\s+|an\s+)?(?:dumb|stupid|silly|obvious|basic|naive|noob)\b(?:\s+(?:question|qn|q|one)s?\b)?(?:\s*,?\s*but\b)?`)

// forRealRE finds chat's "fr" ("for real") and "no cap" ("no lie")
// closing a clause ("who's to blame fr?", "it's off no cap"), in lower case;
// elsewhere, or in capitals, "fr" may be a country's code and "cap" a
// limit ("is there no cap on it?").
var forRealRE = lazyre.New(`(\s)((?:fr|no cap)(?:\s*(?:fr|no cap))*)(\s*[?!.;]|\s*$)`)

// orCapRE finds "or cap" ("or a lie") after what it doubts ("legit or
// cap?"); after anything else "cap" is a limit ("a floor or cap").
var orCapRE = lazyre.New(`\b(legit|true|real|facts?)\s+or\s+cap\b`)

// slangRE finds the slang of chat that asks nothing ("lowkey", "smh"), in
// lower case: in capitals some are names ("SMH", a newspaper).
var slangRE = lazyre.New(`(^|[\s,.;:!?(])(?:lowkey|highkey|deadass|istg|smh|icymi|bestie|bruh|tbf)([\s,.;:!?)]|$)`)

// quickOneRE finds "quick one" opening a message ("quick one: is it
// open?"); inside a question it is the question's ("was the repair a
// quick one?").
var quickOneRE = lazyre.New(`(?i)^\s*(quick\s+one)\b[\s,:;!.—–-]*`)

// openerRE finds a word that opens a message before its question starts
// ("wait, is it ...", "oh so who ..."); questionOpeners are the words a
// question starts with, after which the opener is dropped. "right now are
// there ..." keeps its "right".
var openerRE = lazyre.New(`(?i)^\s*((?:wait|hold on|hang on|oh|ah|ooh|well|sorry|hmm+|um+|uh+|ok|okay|right|so)(?:\s+so)?)[\s,!.:;…—–-]+([\p{L}']+)`)

var questionOpeners = setOf("is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could",
	"will", "would", "should", "isnt", "isn't", "arent", "aren't", "wasnt", "wasn't", "didnt", "didn't", "doesnt",
	"doesn't", "dont", "don't", "hasnt", "hasn't", "havent", "haven't", "what", "whats", "what's", "why", "who",
	"whos", "who's", "when", "where", "which", "how", "hows", "how's")

// chatWords is chatFraming as a set of lower-case single words, for the
// analysis that drops them from a question's terms.
var chatWords = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range chatFraming {
		if !strings.ContainsAny(p, " ;:!?+") {
			m[p] = true
		}
	}
	return m
}()

var chatRE = lazyre.Build(func() string {
	alts := make([]string, len(chatFraming))
	for i, p := range chatFraming {
		alts[i] = regexp.QuoteMeta(p)
	}
	return `(?i)(^|[\s,.;:!?(])(?:` + strings.Join(alts, "|") + `)([\s,.;:!?)]|$)`
})

// contractions are words people type without their apostrophe, and the
// short forms of chat, with what they stand for.
var contractions = map[string]string{
	"isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
	"doesnt": "does not", "dont": "do not", "didnt": "did not", "hasnt": "has not",
	"havent": "have not", "hadnt": "had not", "cant": "cannot", "couldnt": "could not",
	"wouldnt": "would not", "shouldnt": "should not", "wont": "will not", "aint": "is not",
	"whats": "what is", "thats": "that is", "whos": "who is", "wheres": "where is",
	"hows": "how is", "whys": "why is", "whens": "when is", "theres": "there is", "heres": "here is",
	"theyre": "they are", "youre": "you are", "were'nt": "were not", "im": "i am",
	"ive": "i have", "youve": "you have", "theyve": "they have",
	"itll": "it will", "theyll": "they will", "wouldve": "would have", "couldve": "could have",
	"shouldve": "should have", "lets": "let us",
	// a question word's "'d" is "did" ("when'd they notify?")
	"when'd": "when did", "when’d": "when did", "whend": "when did", "why'd": "why did", "why’d": "why did",
	"whyd": "why did", "how'd": "how did", "how’d": "how did", "howd": "how did", "where'd": "where did",
	"where’d": "where did", "whered": "where did", "what'd": "what did", "what’d": "what did", "whatd": "what did",
	"u": "you", "ur": "your", "r": "are", "y": "why", "b/c": "because", "bc": "because",
	"cuz": "because", "coz": "because", "w/": "with", "w/o": "without", "abt": "about",
	"thru": "through", "tho": "though", "pls": "please", "ppl": "people", "govt": "government", "prez": "president",
	"gov't": "government", "gov": "government", "dept": "department", "intl": "international",
	"int'l": "international", "natl": "national", "approx": "approximately", "esp": "especially",
	"re:": "about", "vs": "versus", "vs.": "versus", "wrt": "with respect to", "w.r.t.": "with respect to",
	"e.g.": "for example", "i.e.": "that is", "eg": "for example", "ie": "that is", "etc": "", "etc.": "",
	"wat": "what", "wut": "what", "wen": "when", "bcuz": "because", "id": "i would", "youd": "you would",
	"theyd": "they would", "hed": "he would", "itd": "it would",
	"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
	"aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
	"tue": "tuesday", "tues": "tuesday", "weds": "wednesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
	"gonna": "going to", "wanna": "want to", "gotta": "have to", "kinda": "kind of", "sorta": "sort of",
	"dunno": "do not know", "lemme": "let me", "gimme": "give me",
	"fwd": "forward", "smth": "something", "sth": "something", "rly": "really", "prolly": "probably",
	"prob": "probably", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "bn": "billion",
	"diff": "difference", "govts": "governments", "mgmt": "management", "admin": "administration",
	"uni": "university", "unis": "universities", "univ": "university", "wld": "would", "wd": "would", "cld": "could", "shld": "should",
	"shd": "should", "econ": "economic", "pt": "point", "pts": "points",
	"btwn": "between", "betw": "between", "w": "with", "info": "information", "tv": "television",
	"cd": "could", "reax": "reactions", "rxn": "reaction", "sanx": "sanctions", "pubd": "published", "pub'd": "published",
	"yday": "yesterday", "tmrw": "tomorrow", "hrs": "hours", "cmte": "committee", "assn": "association",
	"mfa": "foreign ministry", "mofa": "foreign ministry", "dpm": "deputy prime minister",
	"wud": "would", "cud": "could", "shud": "should", "orig": "original", "rr": "railroad",
	"dg": "director general", "mgr": "manager", "1st": "first", "2nd": "second", "3rd": "third",
	"min": "minimum", "max": "maximum", "ops": "operations", "prod": "production", "exec": "executive", "execs": "executives",
	"reposted": "republished", "repost": "republish", "reposting": "republishing", "crossposted": "republished", "cross-posted": "republished",
	"avg": "average", "pct": "per cent", "mth": "month", "mths": "months", "mo": "month", "mos": "months", "qtr": "quarter", "qtrs": "quarters",
	"kb": "knowledge base", "amb": "ambassador", "ambo": "ambassador", "jv": "joint venture", "jvs": "joint ventures",
	"km": "kilometres", "kms": "kilometres", "km2": "square kilometres", "km²": "square kilometres",
	"sqkm": "square kilometres", "sq": "square", "mi": "miles", "kg": "kilograms",
	"md": "managing director", "hr": "hour", "pre": "before",
	"q1": "Q1 first quarter", "q2": "Q2 second quarter", "q3": "Q3 third quarter", "q4": "Q4 fourth quarter",
	"h1": "H1 first half", "h2": "H2 second half", "y/y": "year on year", "yoy": "year on year", "y-o-y": "year on year",
	"b4": "before", "bfore": "before", "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow",
}

// deskShorthand is the shorthand of desk notes and market chat, not read
// as typed in capitals (then it is a name: "MKT", "BPS"), and
// not where the glossary has it as a name (see Index.keepNames).
var deskShorthand = map[string]string{
	"px": "price", "pxs": "prices", "amt": "amount", "amts": "amounts", "est": "estimate", "ests": "estimates",
	"bg": "background", "bkgd": "background", "ctx": "context", "op": "operation", "ops": "operations", "hh": "household", "hhs": "households",
	"m3": "cubic metres", "m³": "cubic metres", "km2": "square kilometres", "km²": "square kilometres", "qty": "quantity", "qtys": "quantities",
	"mkt": "market", "mkts": "markets", "fcst": "forecast", "fcsts": "forecasts", "ytd": "year to date",
	"bps": "basis points", "yld": "yield", "ccy": "currency", "ccys": "currencies", "incl": "including", "incl.": "including",
	"freq": "frequency", "coi": "conflict of interest",
	"co": "company", "std": "standard", "stds": "standards",
	"commish": "commission", "vax": "vaccine", "vaxx": "vaccine", "vaxes": "vaccines", "vaxxed": "vaccinated", "vaxed": "vaccinated",
}

// coPrefix reports whether "co" before next is a prefix ("co founder",
// "co owns"), not a company: after a noun it is the company ("water co
// ceo"); after a determiner, a prefix only of a person or a role ("the co
// owner", not "which co runs it", "the co pay"); elsewhere of a person, a
// role, a verb of doing together or a word the lexicon writes joined
// ("ceo and co founder"); never before a function word ("co in the port").
func coPrefix(before []string, next string) bool {
	if next == "" || isStopWord(next) {
		return false
	}
	role := lexicon.Person(next) || lexicon.Person(strings.TrimSuffix(next, "s")) || coRoles[next]
	if len(before) > 0 {
		prev := strings.ToLower(strings.Trim(before[len(before)-1], ",;:!?()"))
		if coDeterminers[prev] {
			return role
		}
		if !isStopWord(prev) && !inflectedVerb(prev) && lexicon.Known(prev) && !coVerbs[prev] {
			return false // "water co ceo": the company's
		}
	}
	return role || lexicon.Known("co"+next) || coVerbs[next]
}

// coDeterminers open a noun phrase whose noun "co" may be; coRoles are the
// roles the lexicon lacks ("co ceos").
var (
	coDeterminers = setOf("the", "a", "an", "which", "what", "this", "that", "each", "every", "any", "its", "their", "our", "whose")
	coRoles       = setOf("ceo", "ceos", "cfo", "cfos", "md", "mds")
)

// coVerbs are the verbs "co" makes a joint doing of ("co owns", "co
// wrote").
var coVerbs = setOf("own", "owns", "owned", "found", "founded", "chair", "chairs", "chaired", "author", "authored",
	"host", "hosts", "hosted", "lead", "leads", "led", "sponsor", "sponsors", "sponsored", "sign", "signed",
	"write", "wrote", "written", "manage", "manages", "managed", "run", "runs", "ran", "invest", "invested")

func init() {
	for k, v := range deskShorthand {
		contractions[k] = v
		lowerOnlyForms[k] = true
	}
}

// roundAfter are the words of going and turning after which "round" is
// "around" ("going round", "come round", "the other way round");
// roundObjects the words after it that it goes round ("round the cape").
var (
	roundAfter = setOf("go", "goes", "going", "gone", "went", "come", "comes", "coming", "came", "way", "pass", "passed", "passing",
		"turn", "turned", "turning", "get", "gets", "getting", "got", "bring", "brought", "send", "sent", "drive", "driving", "drove")
	roundObjects = setOf("the", "a", "an", "its", "their", "his", "her", "our", "here", "there", "town", "about")
)

// roundNounBefore are the words before "round" that make it the noun ("the
// last round", "per round", "a new round").
var roundNounBefore = setOf("a", "an", "the", "this", "that", "these", "those", "each", "every", "per", "last", "final", "first",
	"second", "third", "fourth", "fifth", "next", "new", "another", "one", "latest", "previous", "opening", "later", "earlier",
	"its", "their", "his", "her", "our", "your", "my", "which", "what", "whose", "second-round", "any", "no")

// lowerOnlyForms are the short forms not read as typed in capitals: so
// they are acronyms of other things ("HR", "H2", "MD"), and so is
// deskShorthand ("MKT"; "Mkt" at a sentence's start is the shorthand).
var lowerOnlyForms = setOf("md", "hr", "h1", "h2", "mo", "mos", "max", "tue", "tues", "weds", "thu", "thur", "thurs", "fri")

// dayForms are the short forms of days: in capitals ("FRI") a source's
// acronym, which the question asks about.
var dayForms = setOf("tue", "tues", "weds", "thu", "thur", "thurs", "fri")

// lowerTypedForms are the short forms read only as typed in lower case:
// "Mo" with a capital is a name.
var lowerTypedForms = setOf("mo", "mos", "max", "thu")

// ordinals are the words for the first nine places.
var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}

// ordinal returns the word for the place a digit from 1 to 9 gives ("2":
// "second").
func ordinal(digit string) string { return ordinals[digit[0]-'1'] }

// spanUnits are the spans of time digitSpanRE finds, by their short form.
var spanUnits = map[string]string{"d": "day", "h": "hour", "wk": "week", "wks": "week", "mo": "month", "mos": "month",
	"mth": "month", "mths": "month", "hr": "hour", "hrs": "hour"}

var (
	dottedAcronymRE = lazyre.New(`\b(?:\p{L}\.){2,}`)
	clockRE         = lazyre.New(`(?i)\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\b\d{1,2}:\d\d\b`)
	digitWordRE     = lazyre.New(`\b(\d+)(\p{L}{3,})\b`)
	// dollar signs doubled as a word for money ("federal $$"), not before
	// a figure
	cashSignsRE = lazyre.New(`(\${2,})(?:\s*$|[^\d\s]|\s+[^\d\s])`)
	// years glued to their figure ("5y", "10yrs")
	digitYearsRE = lazyre.New(`(?i)\b(\d{1,2})(?:y|yr|yrs)\b`)
	// days, weeks, months or hours glued to their figure ("30d", "6wks",
	// "3mo", "48h"), then what follows; a lone letter only after the
	// figures such spans are counted in ("30d", "48h"; "2d" and "1h" are
	// ordinals and halves as often, "13D" a filing), and not inside a
	// code ("14d-9")
	digitSpanRE = lazyre.New(`(?i)\b(?:((?:7|10|14|15|28|30|45|60|90|120|180|365)d|(?:12|24|36|48|72|96)h)|(\d{1,3})(wk|wks|mo|mos|mth|mths|hr|hrs))(\s|[,.;:?!)]|$)`)
	// a stage of something numbered ("phase 2", "round 3")
	stageNumberRE = lazyre.New(`(?i)\b(phase|stage|round|tranche|wave)\s+([1-9])\b(\s+(?:million|billion|thousand|hundred|m|bn|k)\b|[.,]\d)?`)
	// a unit of power, energy or mass glued to its figure ("300MW", "3mt")
	digitUnitRE = lazyre.New(`(?i)\b(\d+(?:[.,]\d+)?)(` + gluedUnits + `)\b`)
	// an inflection written after a hyphen ("recog-ing", "veto-ed"): the
	// word is its base
	hyphenEndingRE = lazyre.New(`(?i)\b\p{L}{3,}-(?:ing|ed|d|s|es)\b`)
	// a number glued to a compass point's initial ("42S", "38N"): the
	// number and the point ("42 South"); not a name written with its
	// figure ("3D", "5G", "4K", "Schedule 13D")
	digitLetterRE = lazyre.New(`\b\d+[NSEW]\b`)
	// "the all hands", "our all hands": the meeting of everyone, not
	// "all hands on deck"
	allHandsRE = lazyre.New(`(?i)\b(the|an|our|this|next|today's|weekly|monthly|company|team)\s+(all\s+hands)\b`)
	// "round" after a word, as chat writes "around" ("springs round
	// the village", "going round", "the other way round"); the third
	// group, a hyphen, "of" or a figure after it, makes it the noun
	roundRE = lazyre.New(`(?i)\b([\p{L}\d]+)\s+(round)\b(-|\s+of\b|\s+\d)?(?:\s+([\p{L}\d]+))?`)
	// "post-" before a word or a date is "after" ("post-strike",
	// "post-Feb 2021"), but for the words it makes with a few
	// (postNouns: "post-mortem", "post-doc")
	postPrefixRE = lazyre.New(`(?i)\bpost-(\p{L}+|\d)`)
	// the verb "matter", and "worth" said of degree, are what makes
	// something important ("why does Vaduz matter more to Bergen", "what
	// matters most to Bergen", "is Vaduz worth more to Bergen": more
	// important to Bergen). The verb is told from the noun by what comes
	// before it: an auxiliary and its subject for "matter" ("does Vaduz
	// matter"), a subject for "matters" and "mattered", not a preposition
	// or a determiner ("on matters to do with", "a legal matter for")
	mattersRE = lazyre.New(`(?i)\b(?:(do|does|did|would|will|could|might|should|may|can|doesn't|don't|didn't|doesnt|dont|didnt)\s+(?:\S+\s+){1,4}?(?:still\s+|really\s+|even\s+|actually\s+)?(matter)|(\p{L}+)\s+(?:still\s+|really\s+|now\s+|actually\s+)?(matters|mattered))\s+(more|less|most|least|much|a lot|at all|to|for|anymore)\b`)
	worthRE   = lazyre.New(`(?i)\bworth\s+(more|less)\s+(to|for)\b([^.?!;]*\bthan\s+(?:[$€£\d]|a |an |one |two |three |ten |a hundred |a million ))?`)
	// "100 thousand" too, which sources write in digits ("100,000"); not
	// "2 million", which they write so as often as not
	magnitudeRE = lazyre.New(`(?i)\b(\d+(?:[.,]\d+)?)\s?(` + magnitudeWords + `|thousand)\b`)
	// millions and billions as sources write them ("US$500 million"),
	// thousands in digits ("100,000")
	magnitudes = map[string]string{"k": "000", "thousand": "000", "m": " million", "mn": " million", "mln": " million", "bn": " billion", "b": " billion",
		"tn": " trillion", "trn": " trillion"}
	// a range whose magnitude is written once, after its second figure
	// ("20-50 thousand", "20 to 50k"): the first figure has it too
	rangeMagnitudeRE = lazyre.New(`(?i)\b(\d+(?:\.\d+)?)(\s*(?:-|–|—|to)\s*)(\d+(?:\.\d+)?)(\s?(?:k|m|mn|mln|bn|b|thousand)\b)`)
	// an acronym's plural or possessive without its apostrophe ("MPs")
	acronymSRE = lazyre.New(`\b(\p{Lu}{2,6})s\b`)
	// a date written with slashes ("5/17", "17/5/22"); only one that
	// cannot be read either way is rewritten ("3/4" may be a fraction)
	slashDateRE = lazyre.New(`(^|[\s(])(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b`)
	// "acc to", "acc. to": according to
	accShortRE = lazyre.New(`(?i)\bacc\.?\s+to\b`)
	// "econ-wise", "timing-wise": as regards the word before, not "wise"
	wiseRE = lazyre.New(`(?i)\b\p{L}+-wise\b`)
	// "soonish", "late-ish": about what the word before says, in lower
	// case (not a name: "Hamish")
	ishRE = lazyre.New(`\b(\p{Ll}+?)-?ish\b`)
	// "pub date": a publication's date ("pub" alone may be a bar)
	pubDateRE = lazyre.New(`(?i)\bpub\.? ?date\b`)
)

// slashDate reads a slash date's parts (leading space, two numbers, a
// year or ""), month first or day first as only one of them can be a
// month; ok is false when both can, or neither ("24/7").
func slashDate(m []string) (string, bool) {
	a, _ := strconv.Atoi(m[2])
	b, _ := strconv.Atoi(m[3])
	var month, day int
	switch {
	case a >= 1 && a <= 12 && b > 12 && b <= 31:
		month, day = a, b
	case b >= 1 && b <= 12 && a > 12 && a <= 31 && !(a == 24 && b == 7):
		month, day = b, a
	default:
		return "", false
	}
	out := m[1] + time.Month(month).String() + " " + strconv.Itoa(day)
	switch y := m[4]; len(y) {
	case 2:
		out += ", 20" + y
	case 4:
		out += ", " + y
	}
	return out, true
}

// Normalize strips Slack markup and chat framing from a question and
// rewrites chat forms (dotted acronyms, contractions without apostrophes,
// "100k"), keeping what the person asked. Steps lists each change. Any
// input gives a result.
func Normalize(question string) (string, []Step) {
	s, _, steps := normalize(question, nil, nil)
	return s, steps
}

// normalize is Normalize, also returning the labels of the links pasted
// beside the question (before it, after it, or after its question mark), which name
// a page Dossier does not read: context, not what is asked. A word in
// capitals that name reports is the sources' (see Index.keepNames), and
// no chat form is read into it ("MFA" where the glossary has it for
// multi-factor authentication). A figure glued to a letter that the
// sources write so (written reports it: "62N", "100W") is left whole.
func normalize(question string, name, written func(string) bool) (string, string, []Step) {
	n := normalizer{name: name, written: written}
	s := n.markup(question)
	s = n.unstretched(s)
	s = n.chat(s)
	s = n.forms(s)
	s = n.bio(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strayPunctRE.ReplaceAllString(s, " ")
	s = strings.Trim(s, " ,;:-–—")
	return s, strings.Join(n.asides, " "), n.steps
}
