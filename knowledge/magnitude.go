package knowledge

import (
	"strconv"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

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
