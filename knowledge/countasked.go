package knowledge

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// periodRE finds a part of a year ("the second quarter", "first-half",
// "Q2", "H1"); the groups are its ordinal and its part, or the letter
// and the figure of its short form.
var periodRE = lazyre.New(`(?i)\b(first|second|third|fourth)[\s-]+(quarter|half)\b|\b([qh])([1-4])\b`)

// periodsIn returns the parts of a year a text names, each as "first
// quarter", "second half".
func periodsIn(text string) []string {
	var out []string
	for _, m := range periodRE.FindAllStringSubmatch(text, -1) {
		p := strings.ToLower(m[1] + " " + m[2])
		if strings.EqualFold(m[3], "h") && m[4] > "2" {
			continue // "H4 visas": a year has two halves
		}
		if m[3] != "" {
			ord := ordinal(m[4])
			p = ord + map[string]string{"q": " quarter", "h": " half"}[strings.ToLower(m[3])]
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// stageRE finds a numbered stage of something, as Normalize writes it:
// "the second phase", "a third round".
var stageRE = lazyre.New(`(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)[\s-]+(phase|stage|round|tranche|wave)s?\b`)

// stagesIn returns the numbered stages a text names, lower case ("second
// phase").
func stagesIn(text string) []string {
	var out []string
	add := func(st string) {
		if !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	for _, m := range stageRE.FindAllStringSubmatch(text, -1) {
		add(strings.ToLower(m[1] + " " + m[2]))
	}
	for _, m := range stageNumberRE.FindAllStringSubmatch(text, -1) {
		if m[3] == "" {
			add(ordinal(m[2]) + " " + strings.ToLower(m[1])) // a source's "Phase 2"
		}
	}
	return out
}

// mentionsStage reports whether a text names a numbered stage ("second
// phase"): its noun within four words of its ordinal, its digit or its
// Roman numeral ("Phases 2 and 3", "the second and final phase", "Phase
// II").
func mentionsStage(text, stage string) bool {
	ord, noun, _ := strings.Cut(stage, " ")
	n := slices.Index(ordinals, ord) + 1
	if n == 0 {
		return false
	}
	forms := []string{ord, strconv.Itoa(n), romanNumerals[n-1]}
	ws := words(strings.ToLower(text))
	for i, w := range ws {
		if w != noun && w != noun+"s" {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-4):min(len(ws), i+5)], func(x string) bool { return slices.Contains(forms, x) }) {
			return true
		}
	}
	return false
}

// romanNumerals are the first nine numbers as Roman numerals, lower case.
var romanNumerals = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}

// periodOf returns the part of a year a question asks about, "" for none.
func periodOf(text string) string {
	if ps := periodsIn(text); len(ps) > 0 {
		return ps[0]
	}
	return ""
}

// countedAfterRE finds the verb of a count asked with an auxiliary and its
// subject before it ("how many people does Holm employ?", "how many jobs
// did the dam create in Tarn?"); the groups are what is counted and the
// verb.
var countedAfterRE = lazyre.New(`(?i)\bhow many\s+((?:[\p{L}-]+\s+){1,2}?)(?:do|does|did|will|would|can|could)\s+(?:[\p{L}.'’-]+\s+){1,4}?([\p{L}-]+)(?:\s+(?:in|at|on|by|for|from|to|during|over|since|last|this|each|per|a|an|the|so far|overall|in total)\b[^?.!;]*)?\s*[?!.]*\s*$`)

// countedAfter returns the verb of a count asked with an auxiliary before
// its subject ("employ") and the words of what is counted ("people"), lower
// case; "" for none, or for a light verb ("have", "get") that says nothing
// of what is counted.
func countedAfter(text string) (string, []string) {
	text = trailingAdverbRE.ReplaceAllString(text, "$1") // "employ worldwide?": employ
	m := countedAfterRE.FindStringSubmatchIndex(text)
	if m == nil {
		return "", nil
	}
	v := strings.ToLower(text[m[4]:m[5]])
	if next := strings.Fields(strings.ToLower(text[m[5]:])); len(next) > 0 && isParticle(strings.Trim(next[0], "?!.,")) {
		return "", nil // "how many workers could Holm bring in": a phrasal verb, which the sources may say otherwise
	}
	if isStopWord(v) || inSet(extraStopWords, v) || inSet(questionWords, v) || lightVerbs[v] {
		return "", nil
	}
	return v, words(strings.ToLower(text[m[2]:m[3]]))
}

// personNoun reports whether a word is a noun for a person, or the plural
// of one ("inspectors").
func personNoun(w string) bool {
	return lexicon.Person(w) || lexicon.Person(strings.TrimSuffix(w, "s")) && !lexicon.Name(w)
}

// trailingAdverbRE finds an adverb closing a question ("worldwide",
// "locally", "overall"); the group is what follows it.
var trailingAdverbRE = lazyre.New(`(?i)\s+(?:\p{L}+ly|\p{L}+wide|overall|abroad|today|now|there|here|altogether)(\s*[?!.]*\s*)$`)

// lightVerbs say little of what a count counts ("how many does Holm have").
var lightVerbs = setOf("have", "get", "got", "make", "take", "see", "need", "want", "say", "think", "count", "know")

// countedRE finds what a count asks for and the verb after it ("how many
// ports closed").
var countedRE = lazyre.New(`(?i)\bhow many\s+[\p{L}-]+\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?`)

// countedVerb returns the verb that says what a count counts ("how many
// ports closed": closed), lower case; "" for none. A count of what no source
// says happened is not one they give, whatever other figures they have.
func countedVerb(text string) string {
	m := countedRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	for _, w := range m[1:] {
		// a light verb ("gave a thumbs down") says little: its object does
		if v := strings.ToLower(w); inflectedVerb(v) {
			if inSet(extraStopWords, v) || inSet(questionWords, v) {
				return ""
			}
			return v
		}
	}
	return ""
}

// countedSideRE finds the side a count's verb is done on ("how many
// countries voted for it": voted, for).
var countedSideRE = lazyre.New(`(?i)\bhow many\s+[\p{L}-]+\s+([\p{L}-]+)\s+(for|against)\b`)

// countedSide returns a count's verb and the side it was done on, lower
// case; "" for none.
func countedSide(text string) (verb, side string) {
	if m := countedSideRE.FindStringSubmatch(text); m != nil && inflectedVerb(strings.ToLower(m[1])) {
		return strings.ToLower(m[1]), strings.ToLower(m[2])
	}
	return "", ""
}

// tallyRE finds a question after every side of a vote ("the full tally",
// "the vote count", "yes/no/abstain"); voteRE, a question about a vote;
// sideRE, a side of it other than against ("in favour", "yes",
// "abstained"): the first group is a side for it, the second abstaining.
var (
	tallyRE = lazyre.New(`(?i)\b(?:tally|tallies|vote count|final count|breakdown|yes\s*/\s*no)\b`)
	voteRE  = lazyre.New(`(?i)\b(?:vot\w*|ballots?|polls?|referend\w*|resolutions?|motions?|tally|tallies|abstain\w*|abstention\w*)\b`)
	sideRE  = lazyre.New(`(?i)\b(in favou?r|yes|voted for)\b|\b(abstain(?:s|ed|ing)?|abstentions?)\b`)
	// forRE and abstainedRE find a passage's count of those for and of
	// those who abstained
	forRE       = lazyre.New(`(?i)\b(?:in favou?r|yes|voted for|for it|supported|backed)\b`)
	abstainedRE = lazyre.New(`(?i)\b(?:abstain(?:s|ed|ing)?|abstentions?)\b`)
)

// countedSides puts first, of the hits near the best, one that counts
// what a count question about a vote asks to be counted: every side (its
// tally) takes two figures; those for it ("yes", "in favour") or who
// abstained, a passage that names them. It returns what the sources lack,
// as a decline says it ("no full tally"), or "".
func countedSides(text string, hits []Hit) ([]Hit, string) {
	if !voteRE.MatchString(text) {
		return hits, "" // "yes but how many troops?": no vote
	}
	ok := true
	if tallyRE.MatchString(text) {
		if hits, ok = requireNear(hits, func(h Hit) bool { return figureCount(h.Passage.Text) >= 2 }); !ok {
			return hits, "no full tally"
		}
	}
	for _, m := range sideRE.FindAllStringSubmatch(text, -1) {
		side, lack := forRE, "no count of votes in favour"
		if m[2] != "" {
			side, lack = abstainedRE, "no count of abstentions"
		}
		if hits, ok = requireNear(hits, func(h Hit) bool { return side.MatchString(h.Passage.Text) }); !ok {
			return hits, lack
		}
	}
	return hits, ""
}

// saysSide reports whether a text has a form of verb followed by side
// ("voted against").
func saysSide(text, verb, side string) bool {
	v := stem(verb)
	for _, s := range SplitSentences(text) {
		fs := strings.Fields(strings.ToLower(s))
		for i := 0; i+1 < len(fs); i++ {
			if stem(strings.Trim(fs[i], ",.;:")) == v && strings.Trim(fs[i+1], ",.;:") == side {
				return true
			}
		}
	}
	return false
}

// countedInRE finds what a count's verb is done in ("how many countries
// voted in favour": favour).
var countedInRE = lazyre.New(`(?i)\bhow many\s+[\p{L}-]+\s+[\p{L}-]+\s+in\s+([\p{L}-]+)`)

// countedIn returns the word after "in" that says how a count's verb was
// done, lower case; "" for none. Like the verb, when no source has it the
// sources give no figure for it ("voted in favour", where they count only
// those who voted against).
func countedIn(text string) string {
	if m := countedInRE.FindStringSubmatch(text); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}
