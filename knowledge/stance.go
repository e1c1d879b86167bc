package knowledge

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// A Stance is who stands behind a sentence, and how firmly.
type Stance string

// The stances a sentence can take. An analyst reads them differently: a
// judgement is the author's own assessment, a claim is someone else's
// statement the author reports, a hedge is a possibility, a fact is stated
// flatly.
const (
	StanceJudgement Stance = "judgement"
	StanceClaim     Stance = "claim"
	StanceHedge     Stance = "hedge"
	StanceFact      Stance = "fact"
)

// A Sentence is one sentence of a passage, verbatim, with its stance.
type Sentence struct {
	Text   string
	Stance Stance
	// Claims are the statements it attributes, in order.
	Claims []Claim
	// Hedges are its words of possibility ("may", "perhaps", "unclear");
	// Cues its words of assessment ("likely", "rather than").
	Hedges []string
	Cues   []string
}

// Hedged reports whether the sentence states a possibility or an
// estimate, rather than a fact.
func (s Sentence) Hedged() bool { return len(s.Hedges) > 0 || len(s.Cues) > 0 }

// A Claim is a statement a sentence attributes to someone: "The ministry
// claims that ...".
type Claim struct {
	Claimant string // as written, capitalised: "The ministry"
	Verb     string // the verb of stance as written: "claims"
	Lemma    string // its base form: "claim"
	Denial   bool   // the verb disputes something: denies, rebuffs, calls it "fake"
	Content  string // what the claimant is reported to say, as written
	At       int    // where in the sentence the claim is made, in bytes
}

// Sentences returns the sentences of a passage with their stances. The
// index marks a source's passages once, the first time one is asked for.
func (ix *Index) Sentences(p *Passage) []Sentence {
	if p.Source == nil || ix.kb.Passage(p.ID) != p {
		return MarkStances(p.Text, false)
	}
	ix.stanceMu.Lock()
	defer ix.stanceMu.Unlock()
	if !ix.marked[p.Source.ID] {
		markSource(p.Source, ix.sentences)
		ix.marked[p.Source.ID] = true
	}
	if ss, ok := ix.sentences[p.ID]; ok {
		return ss
	}
	return MarkStances(p.Text, false)
}

// Heading returns the heading a passage opens with ("The fares.",
// "About the author."), as the passage writes it with its full stop, or
// "" for a passage without one.
func Heading(text string) string {
	if headingWords(text) == 0 {
		return ""
	}
	return text[:strings.Index(text, ". ")+1]
}

// Quotable returns the sentences of a passage as an answer quotes them:
// a heading ("The fares.", "About the author.") is no sentence of its
// own but the label of the one after it, and is joined to it, verbatim
// as the passage writes both. A quote of the heading alone would say
// nothing ("About the author. [1]").
func (ix *Index) Quotable(p *Passage) []Sentence {
	ss := ix.Sentences(p)
	if len(ss) < 2 || Heading(p.Text) != ss[0].Text {
		return ss
	}
	rest := p.Text[len(ss[0].Text):]
	at := strings.Index(rest, ss[1].Text)
	if at < 0 || strings.TrimSpace(rest[:at]) != "" {
		return ss
	}
	joined := ss[1]
	joined.Text = p.Text[:len(ss[0].Text)+at+len(ss[1].Text)]
	joined.Claims = slices.Clone(ss[1].Claims) // the index keeps the sentence's own
	for i := range joined.Claims {
		joined.Claims[i].At += len(joined.Text) - len(ss[1].Text)
	}
	return append([]Sentence{joined}, ss[2:]...)
}

// markSource marks the stance of every sentence of a source's passages
// into out. The first passage of the argument and its last two are where
// an author states the thesis: a possibility hedged there is the author's
// judgement.
func markSource(s *Source, out map[string][]Sentence) {
	var arg []*Passage
	for _, p := range s.Passages {
		if !s.AboutSource[p.N] {
			arg = append(arg, p)
		}
	}
	for i, p := range arg {
		thesis := i == 0 || i >= len(arg)-2
		out[p.ID] = MarkStances(p.Text, thesis)
	}
}

// MarkStances splits a text into sentences and marks each one's stance.
// thesis says the text is where its author states the argument's thesis.
func MarkStances(text string, thesis bool) []Sentence {
	var out []Sentence
	for _, t := range SplitSentences(text) {
		out = append(out, markSentence(t, thesis))
	}
	return out
}

func markSentence(text string, thesis bool) Sentence {
	ws := wordsOf(text)
	seen := make(map[string]bool, len(ws))
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
		seen[ws[i]] = true
	}
	s := Sentence{Text: text, Claims: findClaims(text, seen)}
	var lower string // the words, lower-cased, for cues of several words
	has := func(cue string) bool {
		first, _, multi := strings.Cut(cue, " ")
		if !multi || !seen[first] {
			return seen[cue]
		}
		if lower == "" {
			lower = " " + strings.Join(ws, " ") + " "
		}
		return strings.Contains(lower, " "+cue+" ")
	}
	for _, c := range judgementCues {
		if has(c) {
			s.Cues = append(s.Cues, c)
		}
	}
	for _, h := range hedgeCues {
		if has(h) {
			s.Hedges = append(s.Hedges, h)
		}
	}
	switch {
	case len(s.Claims) > 0:
		s.Stance = StanceClaim
	case len(s.Cues) > 0 || (thesis && len(s.Hedges) > 0):
		s.Stance = StanceJudgement
	case len(s.Hedges) > 0:
		s.Stance = StanceHedge
	default:
		s.Stance = StanceFact
	}
	return s
}

// judgementCues are the words of estimative and concluding language:
// an author weighing the evidence ("it is likely", "rather than", "in
// conclusion") or predicting ("will").
var judgementCues = []string{
	"likely", "unlikely", "probably", "probable", "improbable", "almost certainly",
	"rather than", "in conclusion", "to conclude", "in sum", "in short", "overall",
	"therefore", "thus", "hence", "consequently", "clearly", "undoubtedly",
	"realistic", "unrealistic", "importance", "significance", "seems", "appears",
	"will", "must", "should",
}

// hedgeCues are the words of possibility and uncertainty.
var hedgeCues = []string{
	"may", "might", "could", "would", "perhaps", "possibly", "possible",
	"potentially", "unclear", "uncertain", "if", "whether", "hypothetical",
	"reportedly", "allegedly", "speculation", "expectations", "expected",
	"appear", "seem", "suggests", "maybe",
}

// HedgeWords are the words by which a text keeps a statement hedged or
// estimated: the hedge and judgement cues of MarkStances.
func HedgeWords() []string { return slices.Concat(hedgeCues, judgementCues) }

var wordRE = lazyre.New(`[\p{L}\p{N}]+(?:[’'][\p{L}]+)*`)

func wordsOf(s string) []string { return wordRE.FindAllString(s, -1) }

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
// director, Ana Lind"; the groups are the role before the name, the name
// and the role after it.
var invertedRE = lazyre.New(`^\s+(?:((?:the|its|his|her|their)\s+[^,]{1,50}),\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?:,\s+((?:a|an|the|its|his|her|their|\p{Lu}[\p{L}.]*[’']s)\s+[^,.;]{1,60}))?`)

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
