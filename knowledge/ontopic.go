package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// unnamedPerson returns a name a question asks about in person that no
// source writes: the glossary may fold a leader's name into the country
// ("Mayor Holt" for the town), but what the town did is not what
// the leader did himself. "" for none.
func (ix *Index) unnamedPerson(text string, own []QueryTerm) string {
	if !personalRE.MatchString(text) {
		return ""
	}
	for _, t := range own {
		if t.Name && t.Found && strings.HasPrefix(t.Stem, "=") && strings.Contains(t.Surface, " ") && !ix.writes(t.Surface) {
			return t.Surface
		}
	}
	return ""
}

// writes reports whether some passage writes a word of a name (of three
// letters or more, in any case): "Holt" of "Jane Holt" in "Mayor Holt".
// The vocabulary counts the glossary's aliases too; a word the passages
// write is counted more often than the aliases have it.
func (ix *Index) writes(name string) bool {
	for _, w := range words(strings.ToLower(name)) {
		vw := ix.vocab.words[w]
		if len([]rune(w)) < 3 || vw == nil {
			continue
		}
		inAliases := 0
		if g := ix.kb.Glossary; g != nil {
			for _, e := range g.Entries {
				for _, a := range e.Aliases {
					for _, aw := range words(strings.ToLower(a)) {
						if aw == w {
							inAliases++
						}
					}
				}
			}
		}
		if vw.count > inAliases {
			return true
		}
	}
	return false
}

// newestOf is the date of the newest source among the hits.
func newestOf(hits []Hit) Date {
	var newest Date
	for _, h := range hits {
		if d := h.Passage.Source.Published; newest.Before(d) {
			newest = d
		}
	}
	return newest
}

// inFoundIdiom reports whether a word is part of an idiom of the question
// that the sources have in other words ("kicked" of "kicked off"): it is
// not missing.
func inFoundIdiom(t QueryTerm, terms []QueryTerm) bool {
	return slices.ContainsFunc(terms, func(i QueryTerm) bool {
		return strings.HasPrefix(i.Stem, "~") && i.Found && slices.Contains(strings.Fields(strings.ToLower(i.Surface)), strings.ToLower(t.Surface))
	})
}

// requireOnTopic keeps first, among the hits near the best, a passage
// where party did or said something (by) on the question's topic: the
// terms' concepts and salient terms that only some passages have, other
// than the party's names ("what did the mayor say about the ferry sale":
// the ferry sale). What the party said on something else does not answer
// it.
func (ix *Index) requireOnTopic(hits []Hit, terms []QueryTerm, party []string, by func(Hit) bool) ([]Hit, bool) {
	var topic []string
	for _, t := range terms {
		if t.Found && !t.Soft && (t.Salient || strings.HasPrefix(t.Stem, "=")) && !slices.Contains(party, t.Stem) {
			topic = append(topic, t.Stem)
		}
	}
	topic = ix.distinctive(topic)
	return requireNear(hits, func(h Hit) bool { return by(h) && mostOf(h.Matched, topic) })
}

// mostOf reports whether have holds every one of want, or all but one of
// three or more ("Oslo's 400 ships to Riga's harbour" is on the topic of a
// passage that has Oslo, the 400 and the ships, but calls the harbour by
// the country it is in).
func mostOf(have, want []string) bool {
	lacks := len(lacking(have, want))
	return lacks == 0 || lacks == 1 && len(want) >= 3
}

// lacking returns those of want that have does not hold.
func lacking(have, want []string) []string {
	var out []string
	for _, w := range want {
		if !slices.Contains(have, w) {
			out = append(out, w)
		}
	}
	return out
}

// eitherOr reports whether a question offers two of the names as
// alternatives, "or" between them ("a Brill one or Holt?"): one passage
// need not have both.
func eitherOr(text string, own []QueryTerm, names []string) bool {
	lower := strings.ToLower(text)
	var spans [][2]int
	for _, t := range own {
		if !slices.Contains(names, t.Stem) || t.Surface == "" {
			continue
		}
		if i := strings.Index(lower, strings.ToLower(t.Surface)); i >= 0 {
			spans = append(spans, [2]int{i, i + len(t.Surface)})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	for i := 1; i < len(spans); i++ {
		if spans[i][0] < spans[i-1][1] {
			continue
		}
		between := words(lower[spans[i-1][1]:spans[i][0]])
		if len(between) <= 3 && slices.Contains(between, "or") {
			return true
		}
	}
	return false
}

// namesNear reports whether a passage has every name, or all but one of
// three or more with that one in the paragraph before it, which it
// continues ("It docked there in May, the first since the war" after a
// paragraph naming the ship and the port).
func (ix *Index) namesNear(h Hit, names []string) bool {
	lacks := lacking(h.Matched, names)
	p := h.Passage
	switch {
	case len(lacks) == 0:
		return true
	case p.Source == nil || p.N < 2 || p.N-2 >= len(p.Source.Passages):
		return false
	}
	before := slices.Contains(ix.Terms(p.Source.Passages[p.N-2].Text), lacks[0])
	// "In committee the bill was amended", opening the passage after the
	// one that names Bill 9: it goes on about it by its noun
	return before && (mostOf(h.Matched, names) || len(lacks) == 1 && ix.referredBack(p, lacks[0]))
}

// reactionWordRE finds the words that ask for a reaction, which are not
// its topic; reactionAskRE finds them in a question.
var (
	reactionWordRE = lazyre.New(`(?i)^(?:` + reactionStems + `)`)
	reactionAskRE  = lazyre.New(`(?i)\b(?:` + reactionStems + `)`)
)

const reactionStems = `react|respon|repl|retaliat|hit back`

// pastCountRE finds a count asked of the past ("how many members were
// there"), which a figure of what may be ("may join") does not give; in
// the count's own clause ("how many may join, was it 300?" is not, nor,
// a known limit, "how many, in total, were hired").
var pastCountRE = lazyre.New(`(?i)\bhow (?:many|much)\b[^?.!,;]*?\b(?:were|was|did|had|ended up)\b`)

// pastVerbCountRE finds a count whose verb is in the past tense ("how
// many workers lived there"); the clause is the count's own.
var pastVerbCountRE = lazyre.New(`(?i)\bhow many\s+(?:[\p{L}'’-]+\s+){1,3}?(\p{L}+ed)\b[^?.!,;]*`)

// pastCount reports whether a question asks a count of the past: with a
// past auxiliary, or a verb in the past tense and no modal ("how many
// workers could be hired" is not).
func pastCount(text string) bool {
	if loc := pastCountRE.FindStringIndex(text); loc != nil {
		// "how many jobs was it supposed to create", "how many jobs did
		// the union claim the move would bring", "how many workers were
		// being floated": what was to be
		return !supposedRE.MatchString(text) && !modalRE.MatchString(monthMayRE.ReplaceAllString(text[loc[1]:], " ")) && !intendedRE.MatchString(text[loc[0]:])
	}
	m := pastVerbCountRE.FindStringSubmatch(text)
	return m != nil && !modalRE.MatchString(monthMayRE.ReplaceAllString(m[0], " ")) && !notPastRE.MatchString(m[0])
}

// monthMayRE finds "may" the month in a question, typed in lower case as
// often as not: "in may", "last may", "on 3 may", "may 2021", "may 3".
var monthMayRE = lazyre.New(`(?i)\b(?:in|on|since|by|until|from|during|of|early|late|mid|end of|last|next)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?may\b|\bmay\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+may\b`)

// supposedRE finds a count of what was to be, not of what was.
var supposedRE = lazyre.New(`(?i)\b(?:supposed|meant|expected|planned|due|set|going)\s+to\b`)

// notPastRE finds what makes a verb in "-ed" no past tense, besides a
// modal: a present auxiliary or "be" before it ("are needed", "will be
// hired"), a time ahead ("hired next year"), or a word of what was to be
// (see intendedRE).
var notPastRE = lazyre.New(`(?i)\b(?:is|are|be|been|being|next|expected|needed|` + intendedWords + `)\b`)

// intendedRE finds a word of what was to be, proposed or planned ("how
// many officers now vs planned", "how many homes promised", "how many
// workers were floated"), or offered ("how much power did the dam
// offer?"), in the forms after "did" too: a count of it is no count of
// the past, and the sources give it as a plan or an offer ("would be
// added", "may be invited", "would make 150 MW available").
var intendedRE = lazyre.New(`(?i)\b(?:` + intendedWords + `|offer|offered|promise|pledge|propose|intend|plan)\b`)

const intendedWords = `planned|proposed|projected|promised|pledged|intended|envisaged|targeted|budgeted|scheduled|forecast|floated|mooted|suggested|touted|contemplated|envisioned`

// modalRE finds a sentence stating what may be, not what is or was.
var modalRE = lazyre.New(`(?i)\b(?:may|might|could|would|will|can|should)\b`)

// holderNames are the names of the question whose view it asks for (not
// an author's: "what does the author think" asks for the argument).
//
// A name the glossary has only inside an alias ("Varga" of "the Varga
// government", an alias of the country) is asked about as itself: what
// Varga said, not what the country did.
func (ix *Index) holderNames(holder string, own []QueryTerm) []string {
	if holder == "" {
		return nil
	}
	names := ix.foundNames(own)
	for _, t := range own {
		if t.Found && !t.Name && !strings.HasPrefix(t.Stem, "=") && (len(ix.kb.Glossary.partOf[t.Stem]) > 0 || t.Salient) && ix.writtenAsName(t.Surface) {
			names = append(names, t.Stem) // a word of a glossary name, or a person's name ("Dahl")
		}
	}
	var out []string
	for _, t := range ix.Terms(holder) {
		if slices.Contains(names, t) && !ix.authors[t] && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// writtenAsName reports whether the sources write a word only with a
// capital, as a name ("Varga"; not "government").
func (ix *Index) writtenAsName(w string) bool {
	return ix.capitalisedOnly(w) && !lexicon.Known(strings.ToLower(w))
}

// capitalisedOnly reports whether the sources write a word only with a
// capital ("Tarn", though "tarn" is English too).
func (ix *Index) capitalisedOnly(w string) bool {
	vw := ix.vocab.words[strings.ToLower(w)]
	return vw != nil && vw.name
}

// partyTerms are the terms of a text, and the stems of its words: a name
// inside an alias ("the Varga government") names the person too.
func (ix *Index) partyTerms(text string) []string {
	out := ix.Terms(text)
	for _, w := range words(strings.ToLower(text)) {
		if st := stem(w); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// acts reports whether a passage says what the party did: a sentence
// naming them that states a fact, not a hedged or estimated one ("if the
// port sells boats, the mayor could ..." is no reaction of the mayor), by
// the stance marking of the index. A position asked for is told also by a
// sentence on what something is worth to the party, even an estimate or
// one that restates the question (valuationRE).
func (ix *Index) acts(p *Passage, party []string, given premise) bool {
	for _, s := range ix.Sentences(p) {
		terms := ix.Terms(s.Text)
		if !containsAll(terms, party) && !containsAll(ix.partyTerms(s.Text), party) {
			continue
		}
		// what they said is theirs, beside the premise or a hedge in the
		// same sentence ("there was speculation about Oslo's ships, but
		// the Riga ministry rebuffed this")
		if slices.ContainsFunc(s.Claims, func(c Claim) bool { return ix.claimedBy(c, party) }) {
			return true
		}
		// not a sentence with another party as its subject, nor one that
		// only restates the premise, unless the party is the agent of a
		// passive ("links were suspended by Riga because of the storm")
		if !s.Hedged() && (ix.agent(s.Text, party) || !given.restated(terms) && !given.before(terms, party)) {
			return true
		}
		if given.position && valuationRE.MatchString(s.Text) {
			return true
		}
	}
	return false
}
