package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
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

// FiguresAsOf reports whether a question on when the sources were written
// asks how current their figures are ("are the numbers updated or as of
// the original date?"): the sources' own notes on it answer it first.
func (q Query) FiguresAsOf() bool { return figuresAskedRE.MatchString(q.Asked) }

// ExactDay reports whether a question on when the sources were written
// asks for the day one came out ("the exact publication date", "what day
// did it go up"), which a date the knowledge base infers does not give.
func (q Query) ExactDay() bool { return exactDayRE.MatchString(q.Asked) }

var (
	figuresAskedRE = lazyre.New(`(?i)\b(?:numbers|figures|data|stats)\b`)
	exactDayRE     = lazyre.New(`(?i)\b(?:exact(?:ly)?|precise(?:ly)?|specific|publication|pub|publish(?:ed)?|what day|which day|what date|which date|go up|went up|posted)\b`)
)

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
