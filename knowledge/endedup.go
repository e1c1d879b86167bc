package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// monthNamedRE finds a month a question names as a time ("by June", "in
// March"), not the word "may" or "march" otherwise.
var monthNamedRE = lazyre.New(`(?i)\b(?:by|in|before|until|till|from|since|of|end\s+of|early|mid|late)\s+(` + strings.Trim(monthNames, "()") + `)\b`)

// firstNear puts first the first of the passages within nearMargin of
// the best that does what a question asks for; the hits are left as they
// are when none does.
func firstNear(hits []Hit, ok func(Hit) bool) []Hit { return firstWithin(hits, nearMargin, ok) }

// firstWithin puts first the first of the passages within margin of the
// best that does what a question asks for; the hits are left as they are
// when none does.
func firstWithin(hits []Hit, margin float64, ok func(Hit) bool) []Hit {
	for i, h := range hits {
		if h.Score < margin*hits[0].Score {
			break
		}
		if ok(h) {
			return toFront(hits, i)
		}
	}
	return hits
}

// chairAskedRE finds a question after who chairs a body, chairRE a
// passage that names a chair or a president ("chaired by", "its
// chairwoman"): who heads it otherwise is not its chair ("presides over"
// is left: a parliament's Speaker presides).
var (
	chairAskedRE = lazyre.New(`(?i)^(?:and\s+|so\s+|but\s+)?who\s+(?:currently\s+|now\s+|actually\s+)?chairs\b`)
	chairRE      = lazyre.New(`(?i)\b(?:chair|chairs|chaired|chairing|chairman|chairwoman|chairperson|president|presides|presided|presiding)\b`)
)

// officeWords name the business of an office itself (its meals, rooms,
// meetings, paperwork and tools), which a question that names nothing of
// the sources asks about in a team's channel ("thurs team lunch order?",
// "expense report deadline this mo"): where no source has the word, it
// decides that the sources do not cover the question, however common.
var officeWords = setOf("lunch", "lunches", "breakfast", "coffee", "kettle", "fridge", "microwave",
	"canteen", "cafeteria", "snacks", "cake", "pizza", "standup", "stand-up", "standups", "sync", "syncs",
	"huddle", "offsite", "all-hands", "timesheet", "timesheets", "payslip", "pto", "ooo",
	"rota", "wifi", "wi-fi", "printer", "printers", "headset", "lanyard", "parking", "birthday")

// officeWord reports whether a word of a question is one of the office's
// own business: an officeWords word, "expense" of an expense report or
// claim (not "the biggest expense in the budget"), or a room of the
// office's (officeRoomRE).
func officeWord(lower, text string) bool {
	return officeWords[lower] || (lower == "expense" || lower == "expenses") && expenseFormRE.MatchString(text) ||
		(lower == "room" || lower == "rooms") && officeRoomRE.MatchString(text)
}

// officeRoomRE finds a room of the office ("the 3rd floor meeting room",
// "a conference room"), not "in the room" where a decision was made.
var officeRoomRE = lazyre.New(`(?i)\b(?:meeting|conference|break|quiet|focus|huddle|mail|print|copy)\s+rooms?\b`)

// writesWord reports whether the sources write a word, or its plural or
// singular, as it is: not another of its stem ("expensive" for "expense").
func (ix *Index) writesWord(lower string) bool {
	if strings.Contains(lower, "-") {
		// "all-hands", which the words split, written with its hyphen or
		// open ("an all hands meeting")
		return ix.hyphenedForm(strings.ReplaceAll(lower, "-", "")) != "" || ix.writesOpen(strings.Split(lower, "-"))
	}
	return ix.vocab.has(lower) || ix.vocab.has(lower+"s") || ix.vocab.has(strings.TrimSuffix(lower, "s"))
}

// writesOpen reports whether a passage has the words one after another
// (through the postings of the last: "all hands").
func (ix *Index) writesOpen(ws []string) bool {
	phrase := strings.Join(ws, " ")
	for _, p := range ix.postings[stem(ws[len(ws)-1])] {
		if strings.Contains(strings.ToLower(ix.passages[p.doc].Text), phrase) {
			return true
		}
	}
	return false
}

// expenseFormRE finds an expense report or claim.
var expenseFormRE = lazyre.New(`(?i)\bexpenses?\s+(?:report|claim|form|sheet)s?\b`)

// officeTimeRE finds a word after one of time ("before the standup",
// "after lunch"); the group is the word.
var officeTimeRE = lazyre.New(`(?i)\b(?:before|after|during|until|till|by|ahead of)\s+(?:the\s+|my\s+|our\s+|today's\s+|\p{L}+day's\s+)?([\p{L}-]+)`)

// officeTime reports whether an office word is the time of the question
// ("before the standup"): the asker's day, not what is asked.
func officeTime(text, word string) bool {
	for _, m := range officeTimeRE.FindAllStringSubmatch(text, -1) {
		if strings.EqualFold(m[1], word) {
			return true
		}
	}
	return false
}

// goingOnRE finds a sentence that tells of something as not over ("the
// talks are still going on", "a ruling is expected next year").
var goingOnRE = lazyre.New(`(?i)\b(?:still|ongoing|under way|underway|continu(?:e|es|ing)|expected|pending|next year|next month|yet to)\b`)

// howEndedRE finds a question on how something ended ("how did the Vik
// dispute end up?", "how did it turn out").
var howEndedRE = lazyre.New(`(?i)\bhow\s+(?:did|has|have)\b[^?.!;]{0,60}\b(?:end\s+up|turn\s+out|pan\s+out|play\s+out|end|finish|conclude|get\s+resolved|resolve)\b`)

// endedUpRE finds the outcome a question asks with "end up" ("did they
// end up charging anyone", "how many ended up convicted", "did the loan
// end up being formally approved"); the groups are the words between,
// adverbs ("formally", "actually") and a passive's "being" or "getting",
// and the outcome's verb.
var endedUpRE = lazyre.New(`(?i)\bend(?:ed|s)?\s+up\s+((?:(?:\p{L}+ly|actually|really|even|just|being|getting)\s+)*)(\p{L}+)`)

// An askedOutcome is what a question asks was done in the end.
type askedOutcome struct {
	verb    string // lower case, as asked ("charging", "approved")
	passive bool   // asked in the passive ("end up being fined")
	object  string // the question's words after the verb, to the end of its clause
	role    string // the person noun the question asks it of ("minister" of "the health minister"), lower case
	roleOf  string // the word before it that says which one ("health")
}

// askedRole returns the person noun a question names someone by and the
// word before it that says which ("health", "minister" of "did the health
// minister end up resigning?"), or "" where it names none so.
func askedRole(text string) (of, role string) {
	ws := words(strings.ToLower(text))
	for i := 1; i < len(ws); i++ {
		if personNoun(ws[i]) && !isStopWord(ws[i-1]) && !questionWords[ws[i-1]] && lexicon.Known(ws[i-1]) && !personNoun(ws[i-1]) {
			return ws[i-1], ws[i]
		}
	}
	return "", ""
}

// anotherRole reports whether a sentence names a holder of the role (a
// person noun, lower case) other than the one asked (of): "the finance
// minister", "Prime Minister", asked of the health minister.
func anotherRole(sentence, role, of string) bool {
	ws := words(strings.ToLower(sentence))
	for i := 1; i < len(ws); i++ {
		if (ws[i] == role || ws[i] == role+"s") && ws[i-1] != of && !isStopWord(ws[i-1]) && lexicon.Known(ws[i-1]) {
			return true
		}
	}
	return false
}

// endedUp returns the outcome a question asks with "end up": its verb,
// whether it is asked in the passive ("end up being fined": was the club
// fined, not did it fine) and what follows it; no verb for none (not a
// function word: "end up in court" asks where, not what was done).
func endedUp(text string) askedOutcome {
	m := endedUpRE.FindStringSubmatchIndex(text)
	if m == nil {
		return askedOutcome{}
	}
	w := strings.ToLower(text[m[4]:m[5]])
	if isStopWord(w) || isParticle(w) {
		return askedOutcome{}
	}
	between := strings.Fields(strings.ToLower(text[m[2]:m[3]]))
	object := text[m[1]:]
	if end := outcomeEndRE.FindStringIndex(object); end != nil {
		object = object[:end[0]]
	}
	return askedOutcome{verb: w, passive: slices.Contains(between, "being") || slices.Contains(between, "getting"), object: object}
}

// outcomeObject returns the question's terms for what an outcome is done
// to: its found terms among the words after the verb (object; "the
// stadium" of "did norda fc end up selling the stadium?"), other than
// names and figures.
func (ix *Index) outcomeObject(object string, own []QueryTerm) []QueryTerm {
	after := ix.Terms(object)
	return slices.DeleteFunc(eventTerms(own), func(t QueryTerm) bool {
		return !t.Found || isNumber(t.Stem) || strings.HasPrefix(t.Stem, "=") || !slices.Contains(after, t.Stem)
	})
}

// outcomeEndRE finds the end of the clause an outcome is asked in.
var outcomeEndRE = lazyre.New(`[?.!,;:]|\s(?:and|or|but)\s`)

// toldMargin is how close to the best passage's score one that tells the
// outcome asked as done must be to answer a question on how things ended
// up.
const toldMargin = 0.7

// toldDone reports whether a passage tells the outcome a question asks
// (o) as done: a past form of its verb ("charged", "sold", "won"; not
// "will sell", "did not approve", nor a noun, "approval"; a past the same
// as its base, "cut", is not read), asked in the passive only after a form
// of "be" ("was fined"; not "Norda FC fined two players"), in a clause not
// dated after the source nor told as still to come or going on, and not
// with what it is done to (object) in another clause ("sold its training
// ground ... and will sell the stadium"); in a sentence that names the
// parties the question names (names), and done by them: the last of the
// sources' names before the verb is theirs, or the one after its "by".
// "Prosecutors charged 23 people in 11 matches" answers "how many did
// they end up charging?"; "The IMF approved a loan after talks with the
// World Bank" does not answer it of the World Bank.
// A sentence that names another holder of the role the question asks of
// ("the finance minister resigned", asked "did the health minister end up
// resigning?") tells another's deed.
func (ix *Index) toldDone(p *Passage, o askedOutcome, names []string, object []QueryTerm) bool {
	base := lexicon.BaseForm(o.verb)
	if base == "" {
		base = o.verb
	}
	for _, s := range ix.Sentences(p) {
		sentence := ix.Terms(s.Text)
		if !containsAll(sentence, names) || o.role != "" && anotherRole(s.Text, o.role, o.roleOf) {
			continue
		}
		for _, clause := range outcomeClauseRE.Split(s.Text, -1) {
			ws := words(clause)
			for i, w := range ws {
				if !pastOf(strings.ToLower(w), base) || !doneAt(ws, i, o.passive) {
					continue
				}
				if datedAfter(clause, p) || pendingRE.MatchString(clause) || goingOnRE.MatchString(clause) || ix.toldElsewhere(sentence, clause, object) {
					continue
				}
				if len(names) == 0 || ix.doneBy(s.Text, clause, ws, i, names) {
					return true
				}
			}
		}
	}
	return false
}

// toldElsewhere reports whether a sentence (its terms) tells what the
// outcome asked is done to (object) outside the clause with the deed:
// "Norda FC sold its training ground and still owns the stadium" has not
// sold the stadium.
func (ix *Index) toldElsewhere(sentence []string, clause string, object []QueryTerm) bool {
	terms := ix.Terms(clause)
	return slices.ContainsFunc(object, func(t QueryTerm) bool { return t.in(sentence) && !t.in(terms) })
}

// outcomeClauseRE finds the marks between a sentence's clauses where an
// outcome told in one is not the other's ("sold its training ground in
// 2022 and will sell the stadium in 2024").
var outcomeClauseRE = lazyre.New(`[,;:]\s+|\s*[—–]\s*|\s+-\s+|\s+(?:and|but|while|whereas)\s+`)

// pastOf reports whether a word (lower case) is a past form (see
// pastForm) of a verb (base): "charged", "sold", "won" of charge, sell,
// win; not a present ("sells") or a participle in -ing (the base itself
// has no base form).
func pastOf(w, base string) bool {
	return !strings.HasSuffix(w, "ing") && lexicon.BaseForm(w) == base && pastForm(w, base)
}

// doneAt reports whether the verb at ws[i] tells a deed done: no negation,
// modal, "to" or present perfect in the three words before it ("did not
// approve", "will be sold", "is to be sold", "has sent"), and, for an
// outcome asked in the passive, a form of "be" in the two words before it
// ("was fined", "were formally fined").
func doneAt(ws []string, i int, passive bool) bool {
	before := ws[max(0, i-3):i]
	if slices.ContainsFunc(before, func(w string) bool { return notDoneWords[strings.ToLower(w)] }) {
		return false
	}
	return !passive || slices.ContainsFunc(ws[max(0, i-2):i], func(w string) bool { return passiveMarkers[strings.ToLower(w)] })
}

// notDoneWords, before a verb's past form, tell it not done, or not yet.
// A present perfect ("has sent troops on missions before") tells what was
// done before the time asked about, not the outcome: the simple past does.
var notDoneWords = union(negations, setOf("didnt", "wasnt", "werent", "hasnt", "havent", "hadnt", "will", "would", "may", "might", "could", "should", "shall", "must", "to", "has", "have"))

// doneBy reports whether the verb at ws[i] of a clause of a sentence is
// done by one of the parties (names): the last of the sources' names in
// the sentence before the verb is one of them, or, where none stands
// before it, the one after the verb's "by" ("was approved by the World
// Bank").
func (ix *Index) doneBy(sentence, clause string, ws []string, i int, names []string) bool {
	prefix := strings.Join(ws[:i], " ")
	if at := strings.Index(sentence, clause); at > 0 {
		prefix = sentence[:at] + " " + prefix
	}
	before := slices.DeleteFunc(ix.Terms(prefix), func(t string) bool { return !ix.namedConcept(t) })
	if len(before) > 0 {
		return slices.Contains(names, before[len(before)-1])
	}
	if i+1 < len(ws) && strings.EqualFold(ws[i+1], "by") {
		after := slices.DeleteFunc(ix.Terms(strings.Join(ws[i+2:min(len(ws), i+7)], " ")), func(t string) bool { return !ix.namedConcept(t) })
		return len(after) > 0 && slices.Contains(names, after[0])
	}
	return false
}
