package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// stateAsked reports whether a question asks how a thing stands, put
// with no word of the present and no time of its own: "deal signed?",
// "is the strike over?", "renewed or lapsed", "higher age in effect
// y/n", "who heads the ministry?". Such a state may have changed since
// the sources were written, so the answer says how old they are, as for
// a question about now; nothing else about the question changes (it is
// not AsksPresent, which also decides what answers it).
//
// asked is the question as the asker wrote it, whose closing "yes or
// no" the normaliser takes out of text.
func stateAsked(text, asked string) bool {
	t := strings.ToLower(stateTailRE.ReplaceAllString(text, ""))
	yesNo := yesNoMarkRE.MatchString(asked)
	if t == "" || figureSignRE.MatchString(t) || figureWordRE.MatchString(t) || pastTimeRE.MatchString(t) || pastAuxRE.MatchString(t) || len(yearsIn(t)) > 0 {
		return false
	}
	if anyWordRE.MatchString(t) {
		return true // "any word from the panel on the plans? eta?", "any progress on the talks": what has come since
	}
	if aheadRE.MatchString(t) || foreseenRE.MatchString(t) {
		return false // "will it be signed?", "due to be signed": what the sources foresee
	}
	ws := words(t)
	if len(ws) < 2 || slices.ContainsFunc(ws[:len(ws)-1], irregularPast) {
		return false // "the quote N. Korea gave on the results": a time gone by
	}
	if ws[0] == "who" && (presentVerb(ws[1]) && !slices.ContainsFunc(ws[2:], func(w string) bool { return auxiliaryRE.MatchString(w) }) || whoHoldsRE.MatchString(t)) {
		return true // "who heads the labour ministry", "who is the head of the ministry"; not "who argues the deal is dead?"
	}
	if !keywordQuestion(t) && !stateOpenRE.MatchString(t) {
		return false // "who signed it?", "how many were freed?": the event, not how it stands
	}
	if yesNo && keywordQuestion(t) && !slices.ContainsFunc(ws, func(w string) bool { return inflectedVerb(w) || presentVerb(w) }) {
		return true // "botswana formal sadc case y/n": whether there is one
	}
	if inStateRE.MatchString(t) {
		return true // "in effect", "in force", "back on"
	}
	if m := eitherStateRE.FindStringSubmatch(t); m != nil && stateWord(m[1]) && stateWord(m[2]) {
		return true // "renewed or lapsed", "restored or withdrawn"
	}
	last := ws[len(ws)-1]
	if keywordQuestion(t) && (processNouns[last] || slices.ContainsFunc(ws, func(w string) bool { return resultNouns[w] })) {
		return true // "trial verdict?", "court judgment on the port order", "tv money arbitration": whether there is one yet, where it stands
	}
	return stateWord(last)
}

// stateWord reports whether a word (lower case) tells a state a thing
// can be in: a verb's past participle ("signed", "withdrawn") or a word
// of how a thing stands ("over", "open").
func stateWord(w string) bool {
	if standingWords[w] {
		return true
	}
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "er") && inflectedVerb(w)
}

// irregularPast reports whether a word (lower case) is a verb's past
// that is no "-ed" or "-en" form ("gave", "got", "met"): told of a time
// gone by, not of how a thing stands.
func irregularPast(w string) bool {
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "wn") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "er") && !standingWords[w] && !auxiliaryRE.MatchString(w) && inflectedVerb(w)
}

// presentVerb reports whether a word (lower case) is a verb's present in
// the third person ("heads", "runs", "owns"), not a form of be, have or
// do, nor of saying (who says a thing is not who holds a post).
func presentVerb(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || notStateVerbs[w] {
		return false
	}
	base := lexicon.BaseForm(w)
	return base != "" && base != w && strings.HasPrefix(w, base[:len(base)-1])
}

var (
	// stateTailRE finds what closes a yes-or-no question in the terse
	// voice: "y/n", "yes or no", a question mark.
	stateTailRE = lazyre.New(`(?i)(?:\s*[-–—(]*\s*\b(?:y/n|y or n|yes or no|yes/no)\b\)?|[\s?!.…]+)+$`)
	// figureWordRE finds a figure asked in words: "number of strikers
	// arrested?", "total killed?".
	figureWordRE = lazyre.New(`\b(?:number|numbers|total|totals|amount|count|tally|figure|figures|share|percentage|pct|how many|how much)\b`)
	// foreseenRE finds what the sources may foresee: "due to be signed",
	// "set to be".
	foreseenRE = lazyre.New(`\b(?:due|set|expected|scheduled|slated|about|going|likely|planned)\s+to\b`)
	// whoHoldsRE finds who holds a post asked with a form of be: "who is
	// the head of the ministry?", "who's the NHIA director general" (not
	// "who's the author", "who's the official quoted in the piece").
	whoHoldsRE = lazyre.New(`^who(?:['’]s|\s+is|\s+are)\s+(?:the|its|their)\s+(?:\p{L}+\s+){0,3}?(?:head|chief|leader|minister|president|chair|chairman|chairwoman|chairperson|director|director general|ceo|boss|governor|mayor|secretary|commissioner|ambassador|envoy|manager|premier|speaker|owner|owners|operator)(?:\s+(?:of|at|for|in)\b|\s*$)`)
	// yesNoMarkRE finds a question marked as one of yes or no.
	yesNoMarkRE = lazyre.New(`(?i)\b(?:y/n|y or n|yes or no|yes/no)\W*$`)
	// anyWordRE finds a question after news of a thing since: "any word
	// from", "any progress on", "any movement on".
	anyWordRE = lazyre.New(`(?i)\bany\s+(?:word|progress|movement|developments?)\s+(?:from|on|of|in|yet|about)\b`)
	// stateOpenRE finds a yes-or-no question on how a thing stands: "is
	// the deal signed?", "has the strike been called off?".
	stateOpenRE = lazyre.New(`^(?:is|are|isn['’]?t|aren['’]?t|has|have|hasn['’]?t|haven['’]?t)\b`)
	// inStateRE finds a state told by a phrase: "in effect", "back on".
	inStateRE = lazyre.New(`\b(?:in (?:effect|force|place|operation|session|talks|limbo|custody|office|power|prison|jail|detention|charge|default|recession|administration|receivership)|on (?:strike|trial|bail|leave|hold)|at large|back on|under way|up and running|off the table|on the table)\b`)
	// figureSignRE finds a figure asked by its sign: "# hospitalised",
	// "% approached" (not "the 25% duty"), told as of its time.
	figureSignRE = lazyre.New(`(?:^|[^\p{L}\p{N}%])[#%]`)
	// eitherStateRE finds two states offered to choose from.
	eitherStateRE = lazyre.New(`\b(\p{L}+)\s+or\s+(\p{L}+)\b`)
	// pastTimeRE finds a time the question puts its state at: a month, a
	// past word ("ago", "back then", "last year"), a question of when.
	pastTimeRE = lazyre.New(`(?i)\b(?:vs|versus|got|gotten|during|while|january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|ago|then|previous|previously|before|after|originally|initially|when|whenever|at the time|(?:last|first|past|previous)\s+(?:week|month|year|time|summer|winter|spring|autumn|quarter|season|night|\p{L}+day)s?)\b|(?:\b(?:in|by|since|until|till|from|of|early|late|mid|end of)\s+|\d\s*)(?:march|may|mar)\b|\b(?:march|may|mar)\s+\d`)
)

// standingWords are words of how a thing stands that are no participle.
var standingWords = setOf("over", "down", "out", "done", "gone", "final", "open", "off", "underway", "live", "valid", "void", "binding", "effective", "active", "dead", "complete", "pending", "official")

// resultNouns name the result of a process, which may not have come
// yet: "trial verdict?", "appeal ruling".
var resultNouns = setOf("verdict", "verdicts", "ruling", "rulings", "judgment", "judgement", "judgments", "decision", "outcome", "result", "results", "findings", "upshot")

// processNouns name a process that runs for a time and ends in a result:
// asked alone in keywords ("skm tv money arbitration"), where it stands.
var processNouns = setOf("arbitration", "appeal", "trial", "case", "talks", "negotiations", "inquiry", "investigation", "probe", "review", "lawsuit", "dispute", "hearing", "prosecution", "proceedings", "tender", "bid", "recall")

// notStateVerbs are present forms after "who" that ask who said or
// does a thing, not who holds a post.
var notStateVerbs = setOf("says", "thinks", "claims", "does", "has", "is", "was", "gets", "wants", "knows")
