package knowledge

import (
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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

// bioRE finds "bio" closing what a question asks ("tarn bio", "bio
// pls?"), a biography; not "bio fuel".
var bioRE = lazyre.New(`(?i)\bbio(\s*(?:$|[?.!,;/+&]|pls\b|please\b|and\b|or\b))`)

// bio writes "bio" that closes what is asked as "background".
func (n *normalizer) bio(s string) string {
	if !bioRE.MatchString(s) {
		return s
	}
	n.steps = append(n.steps, Step{Stage: "forms", Before: "bio", After: "background"})
	return bioRE.ReplaceAllString(s, "background$1")
}

type normalizer struct {
	name    func(string) bool // a word in capitals the sources use as a name, or nil
	written func(string) bool // a word the sources write as it is, or nil
	steps   []Step
	asides  []string // labels of links pasted beside the question
}

// stretchedRE finds a word with a letter written twice or more in a row:
// stretched for stress in chat ("sooo", "pleeease"), or a word's own. The
// letters around it make it whole (no lookaround in Go's regexps); only a
// word of ASCII letters, as the lexicon's are, in lower case or
// capitalised.
var stretchedRE = lazyre.New(`(?:^|[^\p{L}])([A-Za-z]?[a-z]*(?:aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm|nn|oo|pp|qq|rr|ss|tt|uu|vv|ww|xx|yy|zz)[a-z]*)(?:[^\p{L}]|$)`)

// unstretched writes a word stretched for stress as the word ("sooo": so,
// "whyyy": why, "reallly": really): a word the lexicon does not know, or
// knows only as one of the rarest ("noo"), whose runs of a letter,
// shortened, make a common one. A word's own doubled letters stay
// ("coffee"), as does a stretched word that makes none ("okkk").
func (n *normalizer) unstretched(s string) string {
	// one at a time: a match takes the character after its word, which
	// may begin the next ("sooo whyyy")
	for at := 0; at < len(s); {
		loc := stretchedRE.FindStringSubmatchIndex(s[at:])
		if loc == nil {
			break
		}
		start, end := at+loc[2], at+loc[3]
		at = end
		w := s[start:end]
		lower := strings.ToLower(w)
		if lexicon.Known(lower) && lexicon.Level(lower) < lexicon.LargestSize || start > 0 && isDigit(s[start-1]) {
			continue // a word, or a unit after a figure ("155mm")
		}
		// a letter written three times or more is stretched ("sooo"); a
		// vowel written twice only when it makes a word of function ("soo":
		// so), in a word in lower case (not "uss", nor a surname: "Haass")
		tripled := shortenRuns(lower, 2) != lower
		for _, keep := range []int{2, 1} {
			c := shortenRuns(lower, keep)
			if !tripled && (w != lower || !isStopWord(c) || !doubledVowel(lower)) {
				continue
			}
			if l := lexicon.Level(c); c != lower && len(c) > 1 && l > 0 && l <= commonLevel {
				if w[0] != lower[0] {
					c = strings.ToUpper(c[:1]) + c[1:]
				}
				n.add("forms", w, c)
				s = s[:start] + c + s[end:]
				at = start + len(c)
				break
			}
		}
	}
	return s
}

// doubledVowel reports whether a word has a vowel written twice in a row.
func doubledVowel(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && strings.IndexByte("aeiouy", w[i]) >= 0 {
			return true
		}
	}
	return false
}

// commonLevel is the largest SCOWL size of a common English word.
const commonLevel = 35

// shortenRuns writes each run of a letter longer than keep (ASCII) keep
// times; with keep 1, every run once.
func shortenRuns(w string, keep int) string {
	var b strings.Builder
	run := 0
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			run++
		} else {
			run = 1
		}
		if run <= keep {
			b.WriteByte(w[i])
		}
	}
	return b.String()
}

func (n *normalizer) add(stage, before, after string) {
	n.steps = append(n.steps, Step{Stage: stage, Before: before, After: after})
}

func (n *normalizer) markup(s string) string {
	for _, loc := range slices.Backward(slackLinkRE.FindAllStringSubmatchIndex(s, -1)) {
		m, label := s[loc[0]:loc[1]], ""
		if loc[4] >= 0 {
			label = s[loc[4]:loc[5]]
		}
		before := strings.TrimRight(s[:loc[0]], " \t")
		opens := strings.TrimSpace(slackRefRE.ReplaceAllString(before, "")) == ""
		if label != "" && (opens || strings.Trim(s[loc[1]:], " \t\n.!?,;:)") == "" || strings.HasSuffix(before, "?")) {
			n.add("aside", m, label)
			n.asides = append(n.asides, label)
			label = ""
		} else {
			n.add("markup", m, label)
		}
		s = s[:loc[0]] + " " + label + " " + s[loc[1]:]
	}
	s = slackRefRE.ReplaceAllStringFunc(s, func(m string) string {
		n.add("markup", m, "")
		return " "
	})
	if u := html.UnescapeString(s); u != s { // Slack escapes &, < and > as entities
		n.add("markup", "HTML entities", "characters")
		s = u
	}
	for _, re := range []*lazyre.Regexp{bareURLRE, emojiRE, plainMentionRE} {
		s = re.ReplaceAllStringFunc(s, func(m string) string {
			n.add("markup", strings.TrimSpace(m), "")
			return " "
		})
	}
	if formatRE.MatchString(s) {
		out := formatRE.ReplaceAllString(s, " ")
		if out != s {
			n.add("markup", "formatting characters", "")
		}
		s = out
	}
	return s
}

// checkTagRE finds a question that ends by asking whether what it says is
// so ("..., is that right?", "true?"): what comes before is a claim.
var checkTagRE = lazyre.New(`(?i)(?:\bis\s+(?:that|this|it)\s+(?:right|true|correct|accurate|legit|so)|\b(?:true|right|correct|accurate|legit|confirm(?:ed)?)\s*)\W*$`)

// hearsayRE finds a question opening with what the asker heard ("hearing
// ...", "i heard that ...", "been hearing ..."); the group is the opener.
var hearsayRE = lazyre.New(`(?i)^\W*((?:(?:i['’]?m|i\s+am|i['’]?ve\s+been|been|i|we['’]?re|we)\s+)?(?:hearing|heard|hear)(?:\s+that)?\s+)\S`)

// sawRE finds a question opening with what the asker saw ("saw the
// article was corrected, ..."); the group is the opener.
var sawRE = lazyre.New(`(?i)^\W*((?:(?:i['’]?ve|i|we|just)\s+)?(?:saw|seen|noticed)(?:\s+that)?\s+)\S`)

// hectaresRE finds "ha" after a figure ("142k ha", "38,900ha"): hectares.
// gluedCodeRE finds a code of three capitals glued to a sum's figure
// ("VMK1.5bn", "EUR300m"): a currency's, written apart as the sources
// write it.
var (
	hectaresRE  = lazyre.New(`(?i)\b(\d[\d,.]*(?:k|m)?|how\s+many)\s?ha\b`)
	gluedCodeRE = lazyre.New(`(?i)\b([a-z]{3})(\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mn|bn|b|tn|million|billion|thousand)\b)?)`)
)

// howIsRE finds "is" written as "'s" after "how" and the word of a measure
// ("how long's the tunnel?", "how far's the port?").
var howIsRE = lazyre.New(`(?i)\b(how\s+(?:` + sizeWords + `|big|large|much|many))['’]s\b`)

// askedAfterRE finds a question asked after a clause and a comma ("saw the
// article was corrected, what got changed?"): the clause is what the
// asker saw.
var askedAfterRE = lazyre.New(`(?i),\s*(?:so\s+)?(?:what|how|who|whom|whose|when|where|why|which|did|does|do|is|was|were|are|has|have|any)\b[^,]*$`)

func (n *normalizer) chat(s string) string {
	// "142k ha": hectares after a figure, not laughter; "VMK1.5bn": a
	// currency's code glued to its sum
	s = replaceMatches(hectaresRE, s, func(sub []string) (string, bool) {
		out := sub[1] + " hectares"
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(gluedCodeRE, s, func(sub []string) (string, bool) {
		code := strings.ToUpper(sub[1])
		sum := sub[1] == code && (strings.ContainsAny(sub[2], ",.") || !unicode.IsDigit(rune(sub[2][len(sub[2])-1])))
		if !sum && !lexicon.CurrencyCode(code) && (n.name == nil || !n.name(code)) {
			return "", false // "abc123": no sum; "vmk90k", "USD300": a currency's
		}
		out := code + " " + sub[2]
		n.add("forms", sub[1]+sub[2], out)
		return out, true
	})
	s = replaceMatches(howIsRE, s, func(sub []string) (string, bool) {
		out := sub[1] + " is" // "how long's the tunnel?": how long is it
		n.add("forms", sub[0], out)
		return out, true
	})
	s = sorryRE.ReplaceAllStringFunc(s, func(m string) string {
		n.add("chat", strings.TrimSpace(m), "")
		return " "
	})
	if m := quickOneRE.FindStringSubmatchIndex(s); m != nil {
		n.add("chat", strings.TrimSpace(s[m[2]:m[3]]), "")
		s = s[m[1]:] // "quick one for a map graphic: ...", opening the message
	}
	if m := openerRE.FindStringSubmatchIndex(s); m != nil && questionOpeners[strings.ToLower(s[m[4]:m[5]])] {
		n.add("chat", s[m[2]:m[3]], "")
		s = s[m[4]:]
	}
	// "hearing Holm only gets three hours, is that right?": what was
	// heard is the question
	if m := hearsayRE.FindStringSubmatchIndex(s); m != nil && (strings.HasSuffix(strings.ToLower(strings.TrimSpace(s[m[2]:m[3]])), " that") || checkTagRE.MatchString(s)) {
		n.add("chat", strings.TrimSpace(s[m[2]:m[3]]), "")
		s = s[:m[2]] + s[m[3]:]
	} else if m := sawRE.FindStringSubmatchIndex(s); m != nil && askedAfterRE.MatchString(s) {
		// "saw the article was corrected, what got changed?": what was
		// seen, then the question
		n.add("chat", strings.TrimSpace(s[m[2]:m[3]]), "")
		s = s[:m[2]] + s[m[3]:]
	}
	s = replaceMatches(forRealRE, s, func(sub []string) (string, bool) {
		n.add("chat", sub[2], "")
		return strings.TrimSpace(sub[3]), true
	})
	s = replaceMatches(orCapRE, s, func(sub []string) (string, bool) {
		n.add("chat", "or cap", "")
		return sub[1], true
	})
	s = n.dropPhrases(slangRE, s)
	// "power line or something else?": an alternative asked, not chat's
	// "or something" (a no-break space keeps the phrase whole)
	s = orElseRE.ReplaceAllString(s, "$1\u00a0else")
	// "let me know if the bridge has reopened": a request, which asks
	s = letMeKnowRE.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, " ", "\u00a0") })
	s = n.dropPhrases(closeChatRE, n.dropPhrases(openChatRE, s))
	if !mayChat(s) {
		return strings.ReplaceAll(s, "\u00a0", " ") // no word chat's phrases open with: the large pattern is not run
	}
	return strings.ReplaceAll(n.dropPhrases(chatRE, s), "\u00a0", " ")
}

// openChatRE and closeChatRE find a word of chat that asks nothing ("bump",
// "ping") where it stands apart at the start of a message, set off by a
// mark ("bump: did ...?", "ping - who ...?"), or alone after its question
// ("... ? bump"); elsewhere it is the question's ("did they bump the
// offer?", "a pay bump?", "bump stocks: ...", "Ping An: ...", "who do I
// ping in IT").
var (
	openChatRE  = lazyre.New(`(?i)(^\s*)(?:bump|ping)(\s*[,.;:!?—–-]+\s*)`)
	closeChatRE = lazyre.New(`(?i)([?!.]\s*)(?:bump|ping)(\s*[.!?]*\s*$)`)
)

// chatOpeners are the first words of chatFraming's phrases, lower case,
// letters and digits only ("tl" of "tl;dr", "1" of "+1").
var chatOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range chatFraming {
		if ws := strings.FieldsFunc(p, notLetterOrDigit); len(ws) > 0 {
			m[ws[0]] = true
		}
	}
	return m
}()

// mayChat reports whether a text has a word some phrase of chat's framing
// opens with: a cheap test before chatRE, whose size makes each run
// costly.
func mayChat(s string) bool {
	for _, w := range strings.FieldsFunc(s, notLetterOrDigit) {
		if chatOpeners[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// letMeKnowRE finds "let me know" or "lmk" before what is asked ("let me
// know if ...", "lmk whether ...").
var letMeKnowRE = lazyre.New(`(?i)\b(?:let me know|lmk)\s+(?:if|whether|what|who|when|where|why|how|which)\b`)

// orElseRE finds "or something else", "or anything else".
var orElseRE = lazyre.New(`(?i)\b(or\s+(?:something|anything))\s+else\b`)

// dropPhrases takes out, one at a time, each phrase re finds between its
// two delimiter groups, keeping the delimiters ("hey, is it open": ", is
// it open"); a match may take the delimiter the next one needs.
func (n *normalizer) dropPhrases(re *lazyre.Regexp, s string) string {
	from := 0
	for {
		loc := re.FindStringSubmatchIndex(s[from:])
		if loc == nil {
			return s
		}
		start, end := from+loc[3], from+loc[4]
		if key := strings.TrimSpace(s[start:end]); n.name != nil && len(key) > 1 && key == strings.ToUpper(key) && n.name(key) {
			from = end // "ASAP", where the glossary has it: a name, no chat
			continue
		}
		n.add("chat", strings.TrimSpace(s[start:end]), "")
		s = s[:start] + " " + s[end:]
		from = start
	}
}

// A year written with two digits ("sept '22") and a month's abbreviation
// before a figure or after a preposition of time ("in sept", "oct 2022").
// pieceNounWords are the nouns a question names the piece itself by ("this
// article", "the op-ed"), as a pattern's alternatives.
const pieceNounWords = `article|piece|story|op-?ed|essay|analysis|paper|commentary|column`

var (
	shortYearRE = lazyre.New(`(^|[\s(])['’](\d\d)\b`)
	monthRE     = lazyre.New(`(?i)(\b(?:in|since|by|until|till|from|before|after|early|late|mid|of)\s+)(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(\.|\b)|\b()(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(\s+\d)`)
	// a month with two digits after "in" is a month of a year ("in
	// September 22"); after "on", "since" or "after", or alone, the digits
	// are its day ("since Feb 24")
	endYearRE  = lazyre.New(`(?i)\b((?:by|at|until|before|from|in)\s+(?:the\s+)?(?:end|start|beginning|middle|mid|early|late)[\s-]+)'?(\d\d)\b([^\d%,.]|[,.]\D|[,.]?$)`)
	minutesRE  = lazyre.New(`(?i)\b(\d+)\s?mins?\b`)
	ministerRE = lazyre.New(`(?i)\b(mining|foreign|finance|defen[cs]e|prime|trade|economy|economic|energy|deputy|health|interior|justice|environment|transport|agriculture|education)\s+min\b\.?`)
	// a quarter or half with a year in two figures ("q1 24")
	quarterShortYearRE = lazyre.New(`(?i)\b([qh][1-4]\s+)['’]?(\d\d)\b([^\d%,.]|[,.]\D|[,.]?$)`)
	monthShortYearRE   = lazyre.New(`(?i)\b((?:in|during|early|late|mid)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)(\d\d)\b(,?\s*[^,:/\d\s]|[,.?!]?\s*$)`)
	// a day written as an ordinal beside its month ("February 24th", "the
	// 24th of February"), which sources write in figures alone
	ordinalDayRE = lazyre.New(`(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})(?:st|nd|rd|th)\b|\b(\d{1,2})(?:st|nd|rd|th)(?:\s+of)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	// a number of two words, as dictation writes it ("thirty eight",
	// "forty-two"), which sources write in figures
	tensUnitsRE = lazyre.New(`(?i)\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](one|two|three|four|five|six|seven|eight|nine)\b(` + numberGoesOn + `)?`)
	// numberGoesOn finds what makes the words before it part of another
	// number or a compound ("twenty thirty thousand", "one-year"): they
	// are read as no figure then
	numberGoesOn = `[\s-]+(?:hundred|thousand|million|billion|percent|per cent)\b|-\p{L}`
	// a year said as two numbers ("twenty twenty two", "nineteen ninety")
	spokenYearRE = lazyre.New(`(?i)\b(nineteen|twenty)[\s-](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b(` + numberGoesOn + `)?`)
	centuries    = map[string]int{"nineteen": 1900, "twenty": 2000}
	teens        = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
	tens         = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	units        = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
	// a question after what keeps something from happening ("what's
	// stopping Holt from sending ships?"), not where it comes from ("what
	// is blocking shipments from Riga"): why it will not
	obstacleRE = lazyre.New(`(?i)\bwhat(?:'s|’s|s|\s+is|\s+would be)?\s+(?:stopping|preventing|keeping|blocking|holding)\s+((?:\S+\s+){0,2}?\S+?)(?:\s+back)?\s+from\s+((?:(?:just|simply|actually|really|even|ever)\s+)?\p{L}+ing)\b`)
	// a verb of publishing said of the piece itself ("where else did this
	// piece run", "was this reposted", "did the article get syndicated"):
	// where it was published
	publishedRE = lazyre.New(`(?i)\b((?:this(?:\s+(?:` + pieceNounWords + `))?|the\s+(?:` + pieceNounWords + `))\b(?:\s+(?:else|also|ever|first|originally|get|got|was|were|been|be|is|has|have|had|already|even|just|actually))*\s+)(run|ran|reran|carried|syndicated|reposted|reprinted|printed|rerun|cross-?posted|republished)\b|\b(run|ran|carry|carried|syndicate|syndicated|repost|reposted|reprint|reprinted|rerun|cross-?post(?:ed)?)(\s+(?:this|the)\s+(?:` + pieceNounWords + `))\b`)
	// the piece, named by a noun, said to come out, appear, go online or
	// be posted or released ("when did this story first come out", "where
	// did the article appear", "when was this story released"): where it
	// was published; not "after the article came out", a time, nor "does
	// the article appear to side with", seeming
	pieceOutRE = lazyre.New(`(?i)(\b(?:after|since|before|until|till|when|once|as)\s+)?\b((?:this|the)\s+(?:` + pieceNounWords + `)\b(?:\s+(?:first|originally|actually|ever|also|was|were|been|be|is|get|got|initially))*\s+)(c[oa]me\s+out|appear(?:ed|s)?|go(?:es)?\s+online|went\s+online|gone\s+online|posted|released|put\s+out)\b(\s+to\b)?`)
	// a reposting the piece itself is asked to be ("is this a repost")
	repostRE = lazyre.New(`(?i)\b(?:is|was)\s+(?:this|it)\b[^?.!;]{0,30}?\b(?:a|an)\s+(repost|reprint|cross-?post|syndicated\s+(?:piece|article|copy|version))\b`)
	// "4" and "2" between a word and a determiner or pronoun are "for" and
	// "to" in chat ("blame 4 the war", "go 2 the talks")
	digitPrepRE = lazyre.New(`(?i)(\p{L}+\s+)([24])(\s+(?:the|a|an|this|that|these|those|my|your|our|their|his|her|its|them|him|me|us|it|all|some|any|each|every)\b)`)
	months      = map[string]string{"jan": "January", "feb": "February", "mar": "March", "apr": "April",
		"jun": "June", "jul": "July", "aug": "August", "sep": "September", "sept": "September",
		"oct": "October", "nov": "November", "dec": "December"}
)

// magnitudeWords are the short forms of magnitudes written after a figure
// ("2.5k", "$6bn"), and gluedUnits the units of measure written glued to
// one ("300MW"): the question's and the sources' figures are read by
// them alike (see gluedFigure).
const (
	magnitudeWords = `k|m|mn|mln|bn|b|tn|trn`
	gluedUnits     = `mw|gw|kw|kv|mwh|gwh|twh|kwh|mt|km|kms|kg`
)

// magnitude writes a figure with its magnitude ("k", "m", "bn") as
// sources write it: "2500" for 2.5k, "6.7 billion" for 6.7bn.
func magnitude(v float64, unit string) string {
	m := magnitudes[strings.ToLower(strings.TrimSpace(unit))]
	if m == "000" {
		return strconv.FormatFloat(v*1e3, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + m
}

// fullYear writes a two-digit year in full: this century's up to 50,
// the last one's after ("98": 1998).
func fullYear(yy string) string {
	if yy > "50" {
		return "19" + yy
	}
	return "20" + yy
}

// postNouns are the words "post-" makes a word with, not "after"
// something ("post-mortem", "post-doc").
var postNouns = setOf("mortem", "it", "its", "doc", "docs", "production", "grad", "grads", "graduate", "graduates",
	"modern", "modernism", "modernist", "hoc", "script", "op", "ops")

// prepositions before a noun ("about matters of", "with matters to do").
var prepositions = setOf("of", "with", "for", "about", "to", "at", "by", "from", "into", "regarding", "concerning", "on", "in")

// whWordsSet are the question words, as a set: "what matters" is a verb's.
var whWordsSet = setOf(whWords...)

// submatches returns the texts of a match's groups from its indexes (as
// FindStringSubmatch would, without matching again); "" for a group that
// took no part.
func submatches(s string, loc []int) []string {
	sub := make([]string, len(loc)/2)
	for i := range sub {
		if loc[2*i] >= 0 {
			sub[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return sub
}

// replaceMatches rewrites each match of re in s by what with returns for
// its submatches, or keeps it when with says no; it matches once and
// copies s only when something changes (ReplaceAllStringFunc copies it
// always, and a callback that needs the submatches matches twice).
func replaceMatches(re *lazyre.Regexp, s string, with func(sub []string) (string, bool)) string {
	locs := re.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		out, ok := with(submatches(s, loc))
		if !ok {
			continue
		}
		b.WriteString(s[last:loc[0]])
		b.WriteString(out)
		last = loc[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// wouldVerbs follow a question word's "'d" that stands for "would" at
// once, with no subject between ("what'd happen if").
var wouldVerbs = setOf("be", "happen", "have", "make", "take", "cost", "mean", "need", "work")

// wouldAfter reports whether the words after a question word's "'d" read
// it as "would": a verb of wouldVerbs at once, or "be" within four words
// ("when'd the deal be likely to close"), which no "did" takes.
func wouldAfter(rest []string) bool {
	for k, f := range rest[:min(len(rest), 4)] {
		if w := strings.ToLower(strings.TrimRight(f, ",;!?)")); w == "be" || k == 0 && wouldVerbs[w] {
			return true
		}
	}
	return false
}

// numberedWords take a number after them: a month's day, a phase, a page.
var numberedWords = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "phase", "page", "article", "chapter", "round",
	"step", "part", "section", "number", "no", "top", "stage", "level", "tier", "grade", "class",
	"category", "group", "room", "gate", "pier", "quay", "line", "route", "vol", "volume", "item",
	"point", "option", "plan", "day", "week", "year", "season", "lost", "won", "scored", "beat")

// spelt reports whether a field is a letter alone that is no chat form
// and no word ("n" of "u n"; not "r" of "r u", nor "a" of "y a rail link").
func spelt(field string) bool {
	l := strings.ToLower(strings.TrimRight(field, ",;!?)"))
	_, chat := contractions[l]
	return len(l) == 1 && !chat && l[0] >= 'a' && l[0] <= 'z' && l != "a" && l != "i"
}

// andCompanyRE finds "+ co", "& co", "and co" after a name in chat:
// the others with it, not a company's "Co." (in capitals).
var andCompanyRE = lazyre.New(`\s*(?:\+|&|\band)\s*co\.?(\s*$|\s*[,;:?!)]|\s+\p{L}+)`)

// periodNumberRE finds a period numbered glued to its short form ("yr1",
// "wk2", "day1"): the first year, the second week.
var periodNumberRE = lazyre.New(`(?i)\b(yr|year|wk|week|day|mth|month)([1-9])\b`)

// periodUnits are the periods periodNumberRE finds, by their short form.
var periodUnits = map[string]string{"yr": "year", "year": "year", "wk": "week", "week": "week", "day": "day", "mth": "month", "month": "month"}

// kilotonnesRE finds a figure in thousands of tonnes ("176kt", "80 kt",
// "1,200kt"); the second group is the figure, the first a speed's verb
// before it ("doing 14kt") and the third a metal after it ("18kt gold"),
// when there is one.
var kilotonnesRE = lazyre.New(`(?i)(\b(?:doing|making|at|steaming|sailing|cruising|speed of)\s+)?\b(\d[\d,]*(?:\.\d+)?)\s?kt\b(\s+(?:gold|golden|white|yellow|rose|platinum))?`)

// thousandsRE is a figure written with commas between thousands.
var thousandsRE = lazyre.New(`^\d{1,3}(?:,\d{3})+$`)

func (n *normalizer) forms(s string) string {
	s = replaceMatches(periodNumberRE, s, func(sub []string) (string, bool) {
		unit := periodUnits[strings.ToLower(sub[1])]
		out := ordinal(sub[2]) + " " + unit
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(kilotonnesRE, s, func(sub []string) (string, bool) {
		if sub[1] != "" || sub[3] != "" {
			return "", false // "doing 14kt": knots; "18kt gold": carats
		}
		figure := sub[2]
		if thousandsRE.MatchString(figure) {
			figure = strings.ReplaceAll(figure, ",", "") // "1,200kt"
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(figure, ",", "."), 64)
		if err != nil {
			return "", false
		}
		out := magnitude(v, "k") + " tonnes"
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(andCompanyRE, s, func(sub []string) (string, bool) {
		if next := strings.ToLower(strings.TrimSpace(sub[1])); next != "" && (lexicon.Person(next) || lexicon.Known("co"+next)) {
			return "", false // "ceo and co founder", "chair and co chair": a co-founder
		}
		n.add("forms", strings.TrimSpace(strings.TrimSuffix(sub[0], sub[1])), "and others")
		return " and others" + sub[1], true
	})
	s = dottedAcronymRE.ReplaceAllStringFunc(s, func(m string) string {
		out := strings.ToUpper(strings.ReplaceAll(m, ".", ""))
		if _, ok := contractions[strings.ToLower(m)]; ok {
			return m // "e.g.", "i.e.": abbreviations, not acronyms
		}
		n.add("forms", m, out)
		return out
	})
	s = replaceMatches(shortYearRE, s, func(sub []string) (string, bool) {
		out := sub[1] + fullYear(sub[2])
		n.add("forms", sub[0], out)
		return out, true
	})
	s = monthRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := monthRE.FindStringSubmatch(m)
		abbr := strings.ToLower(sub[2] + sub[5])
		out := sub[1] + months[abbr] + sub[6]
		n.add("forms", m, out)
		return out
	})
	s = replaceMatches(spokenYearRE, s, func(sub []string) (string, bool) {
		century := centuries[strings.ToLower(sub[1])]
		later := strings.ToLower(sub[2])
		if sub[4] != "" || teens[later] > 0 && sub[3] != "" {
			return "", false // "nineteen eleven one": no year
		}
		out := strconv.Itoa(century + teens[later] + tens[later] + units[strings.ToLower(sub[3])])
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(obstacleRE, s, func(sub []string) (string, bool) {
		out := "why won't " + sub[1] + " " + sub[2]
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(tensUnitsRE, s, func(sub []string) (string, bool) {
		if sub[3] != "" {
			return "", false // "thirty one-year contracts", "forty five thousand"
		}
		out := strconv.Itoa(tens[strings.ToLower(sub[1])] + units[strings.ToLower(sub[2])])
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(ordinalDayRE, s, func(sub []string) (string, bool) {
		out := sub[1] + " " + sub[2]
		if sub[1] == "" {
			out = sub[3] + " " + sub[4]
		}
		n.add("forms", sub[0], out)
		return out, true
	})
	// one at a time: the character after a match, which it tests, may
	// open the next ("in March 22 in April 23")
	for at := 0; at < len(s); {
		loc := monthShortYearRE.FindStringSubmatchIndex(s[at:])
		if loc == nil {
			break
		}
		year := fullYear(s[at+loc[4] : at+loc[5]])
		n.add("forms", s[at+loc[2]:at+loc[5]], s[at+loc[2]:at+loc[4]]+year)
		s = s[:at+loc[4]] + year + s[at+loc[5]:]
		at += loc[4] + len(year)
	}
	s = replaceMatches(quarterShortYearRE, s, func(sub []string) (string, bool) {
		if strings.HasPrefix(strings.ToLower(sub[1]), "h") && sub[1][1] > '2' {
			return "", false // no third half
		}
		out := sub[1] + fullYear(sub[2])
		n.add("forms", strings.TrimSpace(sub[1]+sub[2]), out)
		return out + sub[3], true
	})
	// "by end 25": the end of 2025
	s = replaceMatches(endYearRE, s, func(sub []string) (string, bool) {
		out := sub[1] + fullYear(sub[2])
		n.add("forms", strings.TrimSpace(sub[1]+sub[2]), strings.TrimSpace(out))
		return out + sub[3], true
	})
	// "min" is minutes after a figure, a minister after a ministry's
	// field ("the mining min"), else a minimum (see contractions)
	s = replaceMatches(minutesRE, s, func(sub []string) (string, bool) {
		n.add("forms", sub[0], sub[1]+" minutes")
		return sub[1] + " minutes", true
	})
	s = replaceMatches(ministerRE, s, func(sub []string) (string, bool) {
		n.add("forms", sub[0], sub[1]+" minister")
		return sub[1] + " minister", true
	})
	s = replaceMatches(publishedRE, s, func(sub []string) (string, bool) {
		out := sub[1] + "published" + sub[4]
		if sub[1] == "" {
			out = "publish" + sub[4]
		}
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(pieceOutRE, s, func(sub []string) (string, bool) {
		if sub[1] != "" || sub[4] != "" {
			return "", false // "after the article came out": a time; "does the article appear to side with": seeming
		}
		n.add("forms", sub[0], sub[2]+"published")
		return sub[2] + "published", true
	})
	if m := repostRE.FindStringSubmatchIndex(s); m != nil {
		n.add("forms", s[m[2]:m[3]], "republished piece")
		s = s[:m[2]] + "republished piece" + s[m[3]:]
	}
	s = replaceMatches(digitPrepRE, s, func(sub []string) (string, bool) {
		if numberedWords[strings.ToLower(strings.TrimSpace(sub[1]))] {
			return "", false // "October 4 the day after", "phase 2 the year after": a number
		}
		out := map[string]string{"4": "for", "2": "to"}[sub[2]]
		n.add("forms", sub[2], out)
		return sub[1] + out + sub[3], true
	})
	for at := 0; at < len(s); {
		loc := clockRE.FindStringIndex(s[at:])
		if loc == nil {
			break
		}
		start, end := at+loc[0], at+loc[1]
		if start > 1 && (s[start-1] == '-' || s[start-1] == '/') && isDigit(s[start-2]) && strings.Contains(s[start:end], " PM") {
			at = end // "3-2 PM vote": a score, then an acronym, not a time ("2-4pm" is one)
			continue
		}
		n.add("forms", s[start:end], "") // a time of day in chat schedules, it asks nothing
		s = s[:start] + " " + s[end:]
		at = start + 1
	}
	s = replaceMatches(hyphenEndingRE, s, func(sub []string) (string, bool) {
		out := sub[0][:strings.LastIndex(sub[0], "-")]
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(postPrefixRE, s, func(sub []string) (string, bool) {
		if postNouns[strings.ToLower(sub[1])] {
			return "", false
		}
		n.add("forms", "post-", "after ")
		return "after " + sub[1], true
	})
	lower := strings.ToLower(s)
	if strings.Contains(lower, "hands") {
		s = replaceMatches(allHandsRE, s, func(sub []string) (string, bool) {
			n.add("forms", sub[2], "all-hands")
			return sub[1] + " all-hands", true // "is the all hands still on friday": the meeting
		})
	}
	if strings.Contains(lower, "round") {
		s = replaceMatches(roundRE, s, func(sub []string) (string, bool) {
			before, next := strings.ToLower(sub[1]), strings.ToLower(sub[4])
			// "round" goes round something: before a determiner or a name
			// ("round the cape", "round vik"), or after a word of going
			// ("going round", "the other way round"); not "the funding round",
			// "round two", "round numbers", "round up", "round of talks"
			if roundNounBefore[before] || sub[3] != "" || numberWords[next] || next == "one" ||
				!(roundAfter[before] || roundObjects[next] || next != "" && (!lexicon.Ordinary(next) && !isDigit(next[0]) || n.name != nil && n.name(capitalised(next)))) {
				return "", false
			}
			n.add("forms", sub[2], "around")
			rest := sub[0][len(sub[1]):]
			at := strings.Index(strings.ToLower(rest), "round")
			return sub[1] + rest[:at] + "around" + rest[at+len("round"):], true
		})
	}
	s = replaceMatches(mattersRE, s, func(sub []string) (string, bool) {
		verb, aux := sub[2]+sub[4], sub[1]
		if before := strings.ToLower(sub[3]); aux == "" && (determiners[before] && !whWordsSet[before] || isParticle(before) || prepositions[before]) {
			return "", false // "on matters to do with", "the matters for": the noun
		}
		var out string
		switch strings.ToLower(sub[5]) {
		case "more", "less", "most", "least":
			out = sub[5] + " important"
		case "to", "for", "anymore":
			out = "important " + sub[5]
		default:
			out = "important"
		}
		m := sub[0]
		// the verb's last place in the match, found without lowering the
		// match (which changes its length where it has invalid bytes)
		at := len(m) - len(verb)
		for at > 0 && !strings.EqualFold(m[at:at+len(verb)], verb) {
			at--
		}
		n.add("forms", m[at:], out)
		return m[:at] + out, true
	})
	s = replaceMatches(worthRE, s, func(sub []string) (string, bool) {
		if sub[3] != "" {
			return "", false // "worth more to Oslo than 40 million": a sum
		}
		out := sub[1] + " important " + sub[2]
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(digitLetterRE, s, func(sub []string) (string, bool) {
		m := sub[0]
		if n.written != nil && n.written(strings.ToLower(m)) {
			return "", false // "62N", "100W", as the sources write them
		}
		out := m[:len(m)-1] + " " + m[len(m)-1:]
		n.add("forms", m, out)
		return out, true
	})
	s = replaceMatches(cashSignsRE, s, func(sub []string) (string, bool) {
		// "waiting for federal $$": money, as a noun, not a sum asked
		n.add("forms", sub[1], "money")
		return "money" + sub[0][len(sub[1]):], true
	})
	s = replaceMatches(stageNumberRE, s, func(sub []string) (string, bool) {
		// "phase 2" is the second phase, which sources write so as often
		// as in digits, and a figure it is not; "round 2 million" and
		// "round 2,000" are figures
		if sub[3] != "" {
			return "", false
		}
		out := ordinal(sub[2]) + " " + sub[1]
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(digitYearsRE, s, func(sub []string) (string, bool) {
		out := sub[1] + " years" // "over the next 5y"
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(digitSpanRE, s, func(sub []string) (string, bool) {
		figure, unit := sub[2], strings.ToLower(sub[3])
		if sub[1] != "" {
			figure, unit = sub[1][:len(sub[1])-1], strings.ToLower(sub[1][len(sub[1])-1:])
		}
		out := figure + " " + spanUnits[unit] // "a 30d data lag"
		if figure != "1" {
			out += "s"
		}
		n.add("forms", strings.TrimRight(sub[0], " \t\n,.;:?!)"), out)
		return out + sub[4], true
	})
	s = replaceMatches(digitUnitRE, s, func(sub []string) (string, bool) {
		unit := sub[2]
		if strings.EqualFold(unit, "mt") {
			// a megatonne ("3mt" of copper), or metric tonnes where the
			// figure is large ("51,000mt")
			unit = "million tonnes"
			if v, err := strconv.ParseFloat(strings.ReplaceAll(sub[1], ",", ""), 64); sub[2] != "Mt" && (err != nil || v >= 1000) {
				unit = "tonnes"
			}
		}
		out := sub[1] + " " + unit
		n.add("forms", sub[0], out)
		return out, true
	})
	s = digitWordRE.ReplaceAllStringFunc(s, func(m string) string {
		out := digitWordRE.ReplaceAllString(m, "$1 $2")
		n.add("forms", m, out)
		return out
	})
	s = replaceMatches(rangeMagnitudeRE, s, func(sub []string) (string, bool) {
		lo, err1 := strconv.ParseFloat(sub[1], 64)
		hi, err2 := strconv.ParseFloat(sub[3], 64)
		if err1 != nil || err2 != nil || lo >= hi {
			return "", false // no range ("50-20k", "2022-23k")
		}
		first := magnitude(lo, sub[4])
		n.add("forms", sub[1], first)
		return first + sub[2] + sub[3] + sub[4], true
	})
	s = magnitudeRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := magnitudeRE.FindStringSubmatch(m)
		v, err := strconv.ParseFloat(strings.ReplaceAll(sub[1], ",", ""), 64)
		if err != nil {
			return m
		}
		out := magnitude(v, sub[2])
		n.add("forms", m, out)
		return out
	})
	s = slashDateRE.ReplaceAllStringFunc(s, func(m string) string {
		out, ok := slashDate(slashDateRE.FindStringSubmatch(m))
		if !ok {
			return m
		}
		n.add("forms", strings.TrimSpace(m), strings.TrimSpace(out))
		return out
	})
	s = acronymSRE.ReplaceAllStringFunc(s, func(m string) string {
		out := m[:len(m)-1] + "'s"
		n.add("forms", m, out)
		return out
	})
	s = accShortRE.ReplaceAllStringFunc(s, func(m string) string {
		n.add("forms", m, "according to")
		return "according to"
	})
	s = pubDateRE.ReplaceAllStringFunc(s, func(m string) string {
		n.add("forms", m, "publication date")
		return "publication date"
	})
	s = wiseRE.ReplaceAllStringFunc(s, func(m string) string {
		out := m[:len(m)-len("-wise")]
		n.add("forms", m, out)
		return out
	})
	s = replaceMatches(ishRE, s, func(sub []string) (string, bool) {
		// only a form no dictionary has, of a word of four letters or
		// more it has ("soonish"; not "polish", "finish", nor a name
		// typed in lower case: "manish" is no "man")
		base := sub[1]
		if lexicon.Known(sub[0]) || !lexicon.Known(base) || len(base) < 4 {
			return "", false
		}
		n.add("forms", sub[0], sub[1])
		return sub[1], true
	})
	fields := strings.Fields(s)
	for i, f := range fields {
		core := strings.TrimRight(f, ",;!?)")
		key := strings.TrimLeft(core, "(")
		full, ok := contractions[strings.ToLower(key)]
		if !ok || len(key) == 1 && key != strings.ToLower(key) {
			continue // a capital letter alone is an initial ("George W Holt"), not "with"
		}
		if lowerOnlyForms[strings.ToLower(key)] && len(key) > 1 && key == strings.ToUpper(key) {
			continue // "HR abuses", "H2 plans": an acronym, not an hour or a half
		}
		next := ""
		if core == f && i+1 < len(fields) {
			next = bareLower(fields[i+1])
		}
		opening := i == 0 && next != "" && lexicon.Ordinary(next) // "Max freight load on ...": the word a question opens with
		if lowerTypedForms[strings.ToLower(key)] && key != strings.ToLower(key) && !opening {
			continue // "what did Mo Tarn say": a name, not a month
		}
		if strings.ToLower(key) == "max" && (n.name != nil && n.name("Max") || next != "" && !lexicon.Ordinary(next) && !n.startsName(fields[i+1:])) {
			continue // "what did max fennick say", "what did max say" where the glossary has Max: the name, not "maximum"
		}
		if n.name != nil && len(key) > 1 && key == strings.ToUpper(key) && n.name(key) {
			continue // "MFA" where the glossary has it: the sources' name
		}
		if len(key) == 1 && (i > 0 && spelt(fields[i-1]) || i+1 < len(fields) && spelt(fields[i+1])) {
			continue // letters spelt one by one ("the u n"): an acronym, which the corrector reads; "r u" stays chat
		}
		if strings.ToLower(key) == "co" && coPrefix(fields[:i], next) {
			continue // "ceo and co founder", "the co owner", "who co owns it": a prefix, not a company ("co in the port" is one)
		}
		if strings.HasSuffix(full, " did") && wouldAfter(fields[i+1:]) {
			full = strings.TrimSuffix(full, "did") + "would" // "what'd happen if", "when'd the deal be ...": "would"
		}
		n.add("forms", core, full)
		fields[i] = strings.Replace(f, strings.TrimLeft(core, "("), full, 1)
	}
	return strings.Join(fields, " ")
}

// capitalised is a lower-case word with its first letter a capital, as a
// glossary writes a name ("brisk": Brisk).
func capitalised(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// startsName reports whether the words (lower case as typed) open a name
// of the glossary's, of one word or two ("morvane line": Morvane line).
func (n *normalizer) startsName(ws []string) bool {
	if n.name == nil || len(ws) == 0 {
		return false
	}
	first := capitalised(bareLower(ws[0]))
	if n.name(first) {
		return true
	}
	if len(ws) > 1 {
		second := bareLower(ws[1])
		return n.name(first+" "+second) || n.name(first+" "+capitalised(second))
	}
	return false
}

// bareLower is a question's word in lower case without the punctuation
// that may close it ("fennick," "max?").
func bareLower(w string) string { return strings.ToLower(strings.TrimRight(w, ",;!?)")) }
