package knowledge

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// A verb of stance, by form: its lemma and whether it disputes.
type stanceVerb struct {
	lemma  string
	denial bool
}

var stanceVerbs = map[string]stanceVerb{}

// claimWords are the words without which a sentence attributes nothing:
// the verbs of stance, "according", and the nouns of reported speech.
var (
	claimWords []string
	claimNouns = []string{"speculation", "reports", "rumours", "rumors", "allegations", "claims", "suggestions"}
)

func init() {
	add := func(denial bool, lemma string, forms ...string) {
		for _, f := range append(forms, lemma) {
			stanceVerbs[f] = stanceVerb{lemma, denial}
			claimWords = append(claimWords, f)
		}
	}
	defer func() { claimWords = append(append(claimWords, "according"), claimNouns...) }()
	add(false, "claim", "claims", "claimed", "claiming")
	add(false, "allege", "alleges", "alleged", "alleging")
	add(false, "say", "says", "said", "saying")
	add(false, "state", "states", "stated", "stating")
	add(false, "assert", "asserts", "asserted")
	add(false, "insist", "insists", "insisted")
	add(false, "argue", "argues", "argued")
	add(false, "warn", "warns", "warned")
	add(false, "announce", "announces", "announced")
	add(false, "accuse", "accuses", "accused")
	add(false, "confirm", "confirms", "confirmed")
	add(false, "acknowledge", "acknowledges", "acknowledged")
	add(false, "admit", "admits", "admitted")
	add(false, "blame", "blames", "blamed", "blaming")
	add(false, "endorse", "endorses", "endorsed")
	add(false, "recognise", "recognises", "recognised", "recognize", "recognizes", "recognized")
	add(false, "call", "calls", "called")
	add(false, "report", "reports", "reported")
	add(false, "tell", "told")
	add(false, "promise", "promises", "promised")
	add(false, "pledge", "pledges", "pledged")
	add(false, "vow", "vows", "vowed")
	add(false, "urge", "urges", "urged")
	add(false, "predict", "predicts", "predicted")
	add(false, "speak", "speaks", "spoke", "spoken")
	add(false, "propose", "proposes", "proposed")
	add(false, "suggest", "suggests", "suggested")
	add(false, "float", "floats", "floated")
	add(false, "estimate", "estimates", "estimated")
	add(false, "welcome", "welcomes", "welcomed")
	add(false, "praise", "praises", "praised")
	add(false, "condemn", "condemns", "condemned")
	add(false, "criticise", "criticises", "criticised", "criticize", "criticizes", "criticized")
	add(false, "denounce", "denounces", "denounced")
	add(false, "protest", "protests", "protested")
	// verbs whose other forms are nouns as often ("signals", "replies"):
	// their past alone
	past := func(lemma string, forms ...string) {
		for _, f := range forms {
			stanceVerbs[f] = stanceVerb{lemma, false}
			claimWords = append(claimWords, f)
		}
	}
	past("signal", "signalled", "signaled")
	past("reply", "replied")

	add(true, "deny", "denies", "denied", "denying")
	add(true, "rebuff", "rebuffs", "rebuffed")
	add(true, "reject", "rejects", "rejected", "rejecting")
	add(true, "dismiss", "dismisses", "dismissed")
	add(true, "refute", "refutes", "refuted")
	add(true, "dispute", "disputes", "disputed")
	add(true, "contest", "contests", "contested")
}

// StanceVerb reads a word as a verb of stance: its lemma ("deny" for
// "denied") and whether it disputes; ok is false for any other word.
func StanceVerb(word string) (lemma string, denial, ok bool) {
	v, ok := stanceVerbs[strings.ToLower(word)]
	return v.lemma, v.denial, ok
}

// falseWords, after "call", make the call a denial: called the claim
// "fake", called the figure speculative.
var falseWords = []string{"fake", "false", "lie", "lies", "baseless", "groundless", "untrue",
	"nonsense", "absurd", "fabricated", "fabrication", "propaganda", "slander", "hoax",
	"speculative", "unfounded", "unsubstantiated", "inaccurate", "misleading", "exaggerated"}

// Words that show a form of a verb of stance is a noun ("some reports",
// "the claim") or a passive ("was denied"), not a claimant's verb.
var (
	nounMarkers = setOf("a", "an", "the", "some", "these", "those", "this", "many", "several",
		"such", "its", "his", "her", "their", "our", "my", "your", "media", "press", "news", "recent",
		"earlier", "unconfirmed", "of", "to", "by", "no", "any", "every", "each")
	passiveMarkers = setOf("is", "are", "was", "were", "be", "been", "being")
	// trailing words between a claimant and its verb
	auxiliaries = setOf("has", "have", "had", "would", "could", "will", "also", "repeatedly", "promptly", "reportedly",
		"officially", "publicly", "already", "recently", "later", "then", "now", "since", "once",
		"again", "firmly", "strongly", "flatly", "swiftly", "quickly", "openly", "long", "did",
		"does", "do", "just", "even", "previously", "initially", "immediately", "subsequently")
	// leading words of a clause that are not part of its subject
	clauseOpeners = setOf("as", "that", "which", "who", "so", "and", "but", "then", "while", "when",
		"if", "because", "since", "although", "though", "also", "still", "yet", "however", "whereas")
	relatives  = setOf("that", "which", "who")
	pronouns   = setOf("it", "this", "that", "they", "he", "she", "we", "i", "there", "you", "which", "who", "these", "those", "one")
	copulas    = setOf("is", "are", "was", "were", "has", "have", "had")
	negations  = setOf("not", "never", "no")
	clauseEnds = []string{",", ";", ":", " but ", " while ", " whereas ", " although ", " though ", " and then "}
)

var (
	parentheticalRE = lazyre.New(`\s*[—–]\s[^—–]*\s[—–]\s*|\s*\([^)]*\)\s*`)
	whoClauseRE     = lazyre.New(`,\s+(?:who|which)\s[^,]*,`)
	accordingRE     = lazyre.New(`(?i)\baccording to\s+([^,;.]+)`)
	nounClaimRE     = lazyre.New(`(?i)\b(speculation|reports|rumou?rs|allegations|claims|suggestions)\s+(?:\w+\s+)?(?:among|by|from)\s+(.+?)\s+(?:about|that|of|on)\b`)
)

// findClaims finds the statements a sentence attributes: a claimant and a
// verb of stance ("the ministry rebuffed this"), "as X allege",
// "according to X", "speculation among X about".
func findClaims(text string, words map[string]bool) []Claim {
	var out []Claim
	if !slices.ContainsFunc(claimWords, func(w string) bool { return words[w] }) {
		return nil
	}
	locs := wordRE.FindAllStringIndex(text, -1)
	for i, loc := range locs {
		w := text[loc[0]:loc[1]]
		v, ok := stanceVerbs[w]
		if !ok { // a capitalised form is a name or a heading: "United States"
			continue
		}
		prev := ""
		if i > 0 && !strings.ContainsAny(text[locs[i-1][1]:loc[0]], ",;:”\"") {
			prev = strings.ToLower(text[locs[i-1][0]:locs[i-1][1]]) // the word just before, in the same clause
		}
		if nounMarkers[prev] || passiveMarkers[prev] || negations[prev] {
			continue
		}
		if objectNeeded[v.lemma] != nil && !v.hasObject(text[loc[1]:]) {
			continue // "spoke at the conference", "floated its shares": no statement
		}
		if (pluralNouns[w] || nounLemmas[w]) && !opensStatement(text[loc[1]:]) {
			continue // "the member states met", "requires state control": a noun
		}
		var claimant string
		if strings.HasSuffix(w, "ing") {
			// "endorsed the referendums, stating that ...": the same claimant
			before, ok := strings.CutSuffix(strings.TrimSpace(text[:loc[0]]), ",")
			switch {
			case !ok:
				continue
			case len(out) > 0:
				continue // "endorsed X, stating that ...": one claim, already found
			default: // "X has expressed support, blaming ...": the clause's subject
				claimant = joinWords(before, subjectWords(wordsOf(lastClause(before))))
			}
			if claimant == "" {
				continue
			}
		} else if claimant = claimantBefore(text[:loc[0]]); claimant == "" {
			// "..., said Ana Lind, the port's director": the claimant after
			// the verb, what was said before it
			if who := claimantAfter(text[:loc[0]], text[loc[1]:], v.lemma); who != "" {
				out = append(out, Claim{Claimant: who, Verb: w, Lemma: v.lemma, Denial: v.denial, Content: strings.Trim(strings.TrimSpace(text[:loc[0]]), ",“”\" "), At: loc[0]})
			}
			continue
		}
		c := Claim{Claimant: claimant, Verb: w, Lemma: v.lemma, Denial: v.denial, Content: contentAfter(text[loc[1]:]), At: loc[0]}
		if c.Lemma == "call" {
			c.Denial = containsAny(strings.ToLower(c.Content), falseWords)
			if !strings.ContainsAny(c.Content, "“\"") && !c.Denial {
				continue // "called for", "called on": not a statement reported
			}
		}
		out = append(out, c)
	}
	if !words["according"] && !slices.ContainsFunc(claimNouns, func(w string) bool { return words[w] }) {
		return out
	}
	if m := accordingRE.FindStringSubmatchIndex(text); m != nil {
		out = append(out, Claim{Claimant: capitalise(strings.TrimSpace(text[m[2]:m[3]])), Verb: "according to", Lemma: "according to", Content: text, At: m[0]})
	}
	if m := nounClaimRE.FindStringSubmatchIndex(text); m != nil {
		noun := strings.ToLower(text[m[2]:m[3]])
		out = append(out, Claim{Claimant: capitalise(strings.TrimSpace(text[m[4]:m[5]])), Verb: noun, Lemma: noun, Content: contentAfter(text[m[1]:]), At: m[0]})
	}
	slices.SortStableFunc(out, func(a, b Claim) int { return a.At - b.At })
	return out
}

// claimantBefore finds the subject of the clause that ends where a verb of
// stance begins, or "". A name in apposition to its role is the claimant
// with the role: "Oslo’s mayor, Ola Berg, said".
func claimantBefore(prefix string) string {
	prefix = whoClauseRE.ReplaceAllString(parentheticalRE.ReplaceAllString(prefix, " "), " ")
	if t, ok := strings.CutSuffix(withoutAuxiliaries(prefix), ","); ok {
		if i := strings.LastIndex(t, ","); i > 0 {
			last, first := strings.TrimSpace(t[i+1:]), subjectOf(t[:i])
			switch {
			case roleAfterRE.MatchString(last) && first != "":
				return first + ", " + last // "Ola Berg, a port spokesman, said": the name, then its role
			case properName(last) && first != "":
				return first + ", " + last // "Oslo’s mayor, Ola Berg, said": the role, then the name
			case properName(last):
				return last
			}
		}
	}
	return subjectOf(prefix)
}

// subjectOf finds the subject of the clause that ends a text, or "".
func subjectOf(prefix string) string {
	clause := listed(prefix, lastClause(prefix))
	ws := dropLeadingDate(wordsOf(clause))
	for len(ws) > 0 && auxiliaries[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 0 && negations[strings.ToLower(ws[len(ws)-1])] {
		return "" // "did not deny": no claim made
	}
	if len(ws) > 0 && relatives[strings.ToLower(ws[len(ws)-1])] {
		// "X is the only state that recognised": the main clause's subject
		before := clause[:strings.LastIndex(clause, ws[len(ws)-1])]
		ws = subjectWords(wordsOf(lastClause(before)))
	}
	for len(ws) > 0 && clauseOpeners[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	if len(ws) > 0 && noOne[strings.ToLower(ws[0])] {
		return "" // "neither the ministry nor the embassy would confirm": no one said it
	}
	if len(ws) == 0 || len(ws) > 10 || (len(ws) == 1 && pronouns[strings.ToLower(ws[0])]) {
		return ""
	}
	if slices.ContainsFunc(ws, func(w string) bool { return copulas[strings.ToLower(w)] }) {
		return "" // a clause with a verb of its own: "states are the only ones that"
	}
	if slices.ContainsFunc(ws, func(w string) bool { return freeRelatives[strings.ToLower(w)] }) {
		return "" // "what traders call “blue gold”": a name, not a claim
	}
	return joinWords(clause, ws)
}

// listed extends a clause that is the end of a list of names ("Oslo and
// Riga" of "officials in Bergen, Oslo and Riga") back to the list's start.
func listed(prefix, clause string) string {
	for {
		t := strings.TrimSpace(clause)
		names := strings.TrimSpace(trailingLowerRE.ReplaceAllString(t, ""))
		if !listEndRE.MatchString(names) {
			return clause
		}
		head := strings.TrimSuffix(prefix, clause)
		before, ok := strings.CutSuffix(strings.TrimRight(head, " "), ",")
		if !ok {
			return clause
		}
		prev := lastClause(before)
		ws := wordsOf(prev)
		if len(ws) == 0 || !unicode.IsUpper([]rune(ws[len(ws)-1])[0]) || openingPhrases[strings.ToLower(ws[0])] && len(ws) <= 4 {
			return clause // "In Oslo, Berg and Holm said": an opening phrase, not the list
		}
		clause, prefix = prev+", "+t, before+", "+t
		if !properName(strings.TrimSpace(prev)) {
			return clause
		}
	}
}
