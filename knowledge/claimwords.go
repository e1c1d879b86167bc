package knowledge

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// trailingLowerRE finds the words in lower case that end a clause ("has
// also").
var trailingLowerRE = lazyre.New(`(?:\s+\p{Ll}+)+$`)

// listEndRE finds the last names of a list: "Oslo and Riga".
var listEndRE = lazyre.New(`^\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*)*\s+(?:and|or)\s+\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*)*$`)

// roleAfterRE finds a role written after a name, in apposition: "a port
// spokesman", "the authority’s director".
var roleAfterRE = lazyre.New(`^(?:a|an|the|its|his|her|their|\p{Lu}[\p{L}.]*[’']s)\s+[^,]{1,60}$`)

// invertedRE finds the claimant written after "said" in a report's
// inverted attribution: "said Ana Lind, the port's director", "said its
// director, Ana Lind", "said Holm's chief executive, Ana Lind"; the groups
// are the role before the name, the name and the role after it.
var invertedRE = lazyre.New(`^\s+(?:((?:the|its|his|her|their|\p{Lu}[\p{L}.]*[’']s)\s+[^,]{1,50}),\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?:,\s+((?:a|an|the|its|his|her|their|\p{Lu}[\p{L}.]*[’']s)\s+[^,.;]{1,60}))?`)

// claimantAfter returns the claimant of an inverted attribution ("the
// wait fell, said Ana Lind, the port's director"): a verb of saying
// after a comma or a closing quotation mark, then a name; "" otherwise.
func claimantAfter(before, after, lemma string) string {
	b := strings.TrimSpace(before)
	if lemma != "say" && lemma != "tell" || !(strings.HasSuffix(b, ",") || strings.HasSuffix(b, "”") || strings.HasSuffix(b, "\"")) {
		return ""
	}
	m := invertedRE.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	who := m[2]
	if m[1] != "" {
		who = capitalise(m[1]) + ", " + who
	} else if m[3] != "" {
		who += ", " + m[3]
	}
	return who
}

// noOne opens a subject that says no one spoke: "neither", "nobody".
var noOne = setOf("neither", "nobody", "none", "no-one")

// properName reports whether s is a person's or a body's name as written:
// one to four words, each capitalised but for particles ("Ana de Souza").
func properName(s string) bool {
	ws := wordsOf(s)
	if len(ws) == 0 || len(ws) > 4 || len(strings.Fields(s)) != len(ws) {
		return false
	}
	for i, w := range ws {
		if !unicode.IsUpper([]rune(w)[0]) && (i == 0 || !nameParticles[w]) {
			return false
		}
	}
	return true
}

// dropLeadingDate drops a clause's opening phrase of time ("In May 2021
// the consul said"): it is not part of the subject.
func dropLeadingDate(ws []string) []string {
	if len(ws) < 2 || !timePrepositions[strings.ToLower(ws[0])] {
		return ws
	}
	i := 1
	for i < len(ws) && (calendarWords[strings.ToLower(ws[i])] || isDigits(ws[i]) || ws[i] == "of") {
		i++
	}
	if i == 1 {
		return ws
	}
	return ws[i:]
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// joinWords returns the stretch of text from the first of ws to the last,
// as written, capitalised; "" for no words.
func joinWords(text string, ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	start := strings.Index(text, ws[0])
	end := strings.LastIndex(text, ws[len(ws)-1]) + len(ws[len(ws)-1])
	if start < 0 || end < start {
		return ""
	}
	return capitalise(strings.TrimSpace(text[start:end]))
}

// subjectWords keeps a clause's words up to its first copula, auxiliary
// or past-tense verb.
func subjectWords(ws []string) []string {
	for i, w := range ws {
		if copulas[strings.ToLower(w)] || (i > 0 && strings.HasSuffix(w, "ed") && unicode.IsLower([]rune(w)[0])) {
			return ws[:i]
		}
	}
	return nil
}

var (
	nameParticles    = setOf("de", "del", "da", "do", "dos", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "y")
	timePrepositions = setOf("in", "on", "by", "since", "until")
	freeRelatives    = setOf("what", "whatever")
	// nounLemmas are base forms of verbs of stance that are also nouns:
	// they are verbs only before what is stated.
	nounLemmas = setOf("state", "report", "claim", "estimate", "protest", "dispute", "contest", "call", "promise", "pledge", "vow", "welcome")
	// openingPhrases open a clause's phrase of place or time ("In Oslo,")
	openingPhrases = setOf("in", "at", "on", "after", "before", "during", "for", "from", "since", "by", "until")
)

// objectNeeded are the verbs of stance that report a statement only
// with one of these words soon after them: "spoke of", "floated the
// idea".
var objectNeeded = map[string][]string{
	"speak": {"of", "about", "out"},
	"float": {"idea", "ideas", "plan", "plans", "proposal", "possibility", "prospect", "notion", "name"},
}

// hasObject reports whether what follows a verb of objectNeeded has one
// of its words within its first three.
func (v stanceVerb) hasObject(after string) bool {
	ws := wordsOf(after)
	return slices.ContainsFunc(ws[:min(3, len(ws))], func(w string) bool { return slices.Contains(objectNeeded[v.lemma], strings.ToLower(w)) })
}

// pluralNouns are forms of verbs of stance that are also plural nouns:
// they are verbs only before what is stated.
var pluralNouns = setOf("claims", "states", "reports", "calls", "estimates", "disputes", "promises", "pledges", "vows")

// opensStatement reports whether text, after a verb, begins what is stated:
// "that", a quotation, or an object.
func opensStatement(text string) bool {
	text = strings.TrimSpace(text)
	if strings.HasPrefix(text, "“") || strings.HasPrefix(text, "\"") {
		return true
	}
	ws := wordsOf(text)
	return len(ws) > 0 && statementOpeners[strings.ToLower(ws[0])]
}

var statementOpeners = setOf("that", "the", "a", "an", "it", "this", "these", "his", "her", "their", "its")

// lastClause is the text after the last clause boundary.
func lastClause(s string) string {
	cut := 0
	for _, b := range clauseEnds {
		if i := strings.LastIndex(s, b); i >= 0 && i+len(b) > cut {
			cut = i + len(b)
		}
	}
	return s[cut:]
}

// contentAfter is what follows a verb of stance, to its clause's end.
func contentAfter(s string) string {
	s = strings.TrimLeft(s, " ,;:")
	for _, b := range []string{" while ", " but ", "; "} {
		if i := strings.Index(s, b); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimPrefix(s, "that ")
	return strings.TrimRight(s, " ,.;")
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if slices.Contains(wordsOf(s), w) {
			return true
		}
	}
	return false
}

func capitalise(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// withoutAuxiliaries is a text without the auxiliaries that end it:
// "Ola Berg, has" of "the mayor, Ola Berg, has said" ends on the
// apposition's comma.
func withoutAuxiliaries(s string) string {
	s = strings.TrimSpace(s)
	for {
		i := strings.LastIndexAny(s, " ,")
		w := strings.ToLower(s[i+1:])
		if i < 0 || s[i] == ',' || !auxiliaries[w] && !(len(w) > 4 && strings.HasSuffix(w, "ly")) {
			return s // (and adverbs: "has consistently said")
		}
		s = strings.TrimSpace(s[:i])
	}
}
