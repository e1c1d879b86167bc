package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// countryDollarRE finds a dollar sign with its country's letters ("US$",
// "A$", "HK$"), which name a currency, not a party.
var countryDollarRE = lazyre.New(`\b[A-Z]{1,3}\$`)

// clauseOf reports whether a sentence that names the parties gives what
// is asked (ok) in a clause that names them or no other party: not "Vik
// has courted the industry with grants, and Holm announced a $40 million
// plant", where the sum is Holm's.
//
// A party is named as namesParty reads it, by a name it stands for too:
// "the Holm plant", a name of the glossary's with the word "Holm" asked
// (own: the question's terms; nil where it names parties by their own
// stems only). Before is true where the sentence before names them.
func (ix *Index) clauseOf(s string, parties []string, own []QueryTerm, ok func(s string) bool, before bool) bool {
	clauses := clauseBreakRE.Split(s, -1)
	if len(clauses) < 2 {
		return true
	}
	// a concept a party stands for is no other party, unless the sentence
	// names the party apart from it too ("Vik Airways, based in Arnsby,
	// cut 600 jobs there, while the town of Vik ...")
	if own != nil && containsAll(ix.Terms(s), parties) {
		own = nil
	}
	standsFor := func(t string) bool {
		return slices.ContainsFunc(own, func(q QueryTerm) bool { return slices.Contains(parties, q.Stem) && q.in([]string{t}) })
	}
	for i, c := range clauses {
		if !ok(c) {
			continue
		}
		terms := ix.Terms(c)
		// a clause opening with a pronoun goes on about the sentence's
		// subject ("Holm signed a deal, and it will pay Berg's owners $5m");
		// the first clause's is the sentence before's, the parties' where
		// it names them (before), not otherwise ("Its members included the
		// HCL, with 780,000 members; the VWU; ...")
		if !slices.ContainsFunc(parties, func(p string) bool { return !ix.namesParty(terms, p, own) }) || (i > 0 || before) && pronounOpenRE.MatchString(c) ||
			!slices.ContainsFunc(terms, func(t string) bool { return ix.namedConcept(t) && !slices.Contains(parties, t) && !standsFor(t) }) {
			return true
		}
	}
	return !slices.ContainsFunc(clauses, ok) // the figure split between clauses: the sentence whole
}

// pronounOpenRE finds a clause that opens with a pronoun for its subject.
var pronounOpenRE = lazyre.New(`(?i)^\s*(?:it|its|they|their|he|his|she|her)\b`)

// clauseBreakRE finds where a sentence joins two clauses of their own:
// ", and", ", while", "; ".
var clauseBreakRE = lazyre.New(`(?i),\s+(?:and|while|whereas|but)\s+|;\s+`)

// referredBack reports whether a passage refers back to a concept the
// passage before it names, by "the" and the last word of one of its
// aliases of two words or more.
func (ix *Index) referredBack(p *Passage, concept string) bool {
	key, ok := strings.CutPrefix(concept, "=")
	if !ok || p.Source == nil {
		return false
	}
	prev := p.Source.Passage(p.N - 1)
	e, ok := ix.kb.Glossary.Entry(key)
	if prev == nil || !ok || !slices.Contains(ix.Terms(prev.Text), concept) {
		return false
	}
	terms := ix.Terms(p.Text)
	ws := words(strings.ToLower(p.Text))
	for _, a := range e.Aliases {
		aw := words(strings.ToLower(a))
		if len(aw) < 2 {
			continue
		}
		head := aw[len(aw)-1]
		if r, _ := utf8.DecodeRuneInString(head); unicode.IsDigit(r) || isAcronym(strings.Fields(a)[len(strings.Fields(a))-1]) {
			head = aw[0] // "Bill 31": a bill
		}
		if !lexicon.Known(head) || genericHeads[head] || ix.headOfAnother(terms, concept, head) {
			continue
		}
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == "the" && ws[i+1] == head {
				return true
			}
		}
	}
	return false
}

// headOfAnother reports whether another party a passage names has a name
// ending in head: "the authority" may be its.
func (ix *Index) headOfAnother(terms []string, concept, head string) bool {
	return slices.ContainsFunc(terms, func(t string) bool {
		if t == concept || !ix.namedConcept(t) {
			return false
		}
		e, ok := ix.kb.Glossary.Entry(strings.TrimPrefix(t, "="))
		return ok && slices.ContainsFunc(e.Aliases, func(a string) bool {
			aw := words(strings.ToLower(a))
			return len(aw) > 1 && aw[len(aw)-1] == head
		})
	})
}

// genericHeads end the names of many parties ("the Vik government", "the
// Holm Development Bank"): "the government" refers back to none of them
// in particular.
var genericHeads = setOf("government", "administration", "bank", "group", "company", "state", "republic",
	"federation", "kingdom", "union", "party", "ministry", "council", "commission", "office", "department")

// askedRoles returns the stems of the roles a "who is the <role> of"
// question asks the holder of ("managing director", "ambassador"), that
// the sources have: words for a kind of person, not a name, nor inside an
// alias.
// hasRoles reports whether a text names every role asked (their stems):
// by its word, or a leader by who leads ("led by its secretary-general
// Anna Holm", "headed by", "under its president"), in a clause that names
// the question's topic where it has one ("the HCL, led by Anna Holm; the
// VWU; ..." names no leader of the VWU).
func (ix *Index) hasRoles(text string, roles, topic []string) bool {
	if len(roles) == 0 {
		return true
	}
	terms := ix.Terms(text)
	led := func() bool {
		return slices.ContainsFunc(clauseBreakRE.Split(text, -1), func(c string) bool {
			loc := leaderRE.FindStringIndex(c)
			// (not "the VWU joined the march, led by Anna Holm of the
			// HCL": the leader named is another body's)
			return loc != nil && containsAll(ix.Terms(c), topic) &&
				!slices.ContainsFunc(ix.Terms(c[loc[1]:]), func(t string) bool { return ix.namedConcept(t) && !slices.Contains(topic, t) })
		})
	}
	return !slices.ContainsFunc(roles, func(r string) bool {
		return !slices.Contains(terms, r) && !(leaderStems[r] && led())
	})
}

// leaderStems are the stems of the words for whoever leads a body, whom
// "led by", "headed by" name; leaderRE finds those.
var (
	leaderStems = setOf(stem("leader"), stem("head"), stem("chief"), stem("boss"))
	leaderRE    = lazyre.New(`(?i)\b(?:led|headed|run)\s+by\b|\bunder\s+(?:its|their|the)\s+(?:president|chair\w*|leader|head|secretary-general|general secretary)\b`)
)

func askedRoles(text string, own []QueryTerm) []string {
	var role []string
	if m := holderAskedRE.FindStringSubmatch(text); m != nil {
		role = words(strings.ToLower(m[1] + m[2] + m[3]))
	} else if keywordQuestion(text) && roleClosing(text) {
		// "holm chief executive", "tarn fisheries minister name": the
		// words closing it
		ws := words(strings.ToLower(nameClosingRE.ReplaceAllString(text, "")))
		role = ws[max(0, len(ws)-3):]
	} else {
		return nil
	}
	if slices.Contains(role, "author") || slices.Contains(role, "writer") {
		return nil // "who's the author of this one": the piece's, which its own passage gives
	}
	var out []string
	for _, t := range own {
		if lower := strings.ToLower(t.Surface); t.Found && !t.Name && !t.Context && !strings.HasPrefix(t.Stem, "=") && slices.Contains(role, lower) && roleWord(lower) {
			out = append(out, t.Stem)
		}
	}
	// "director general": a role's word the question's terms leave out
	// (see questionWords) that follows a role's, part of its name
	for i, w := range role {
		if i > 0 && len(out) > 0 && questionWords[w] && roleWord(role[i-1]) && roleWord(w) {
			out = append(out, stem(w))
		}
	}
	return out
}

// holderAskedRE finds a question after who holds a role: "who's the
// managing director of", "who is Berg's ambassador?", "who's the VHA
// director general" (a body's name before the role, in capitals; not
// "who's the official talking about ..."); the groups are the role's
// words.
var holderAskedRE = lazyre.New(`(?i)\bwho(?:['’]s|\s+is|\s+was|s)\s+(?:the\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:of|for|at|to)\s|(?:its|their|[\p{L}.-]+(?:['’]s?|s))\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s*[?!.]*\s*$|(?:the\s+)?(?-i:(?:\p{Lu}[\p{L}&.’'-]*\s+)+)((?-i:\p{Ll})[\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s*[?!.]*\s*$)`)

// namesRole reports whether a sentence of a passage names one person by
// a role beside a word of what happened ("the envoy to the UN called the
// claim fake"): "who at the UN called it fake?" is answered by the role,
// as by a name. A group ("experts") is no one.
func (ix *Index) namesRole(p *Passage, event []QueryTerm) bool {
	for _, s := range SplitSentences(p.Text) {
		if !hasEventTerm(ix.Terms(s), event) {
			continue
		}
		for _, w := range words(s) {
			// in lower case: not a people's name ("Rigan"); a plural
			// ("experts") is no person noun to askedPerson
			if w == strings.ToLower(w) && askedPerson(w) {
				return true
			}
		}
	}
	return false
}

// oneOtherRE finds a question after one other, by a noun in the singular
// ("which other site", "what other outlet"; not "which other countries").
var oneOtherRE = lazyre.New(`(?i)\b(?:which|what)\s+other\s+\p{L}+[^s\P{L}]\b`)

// otherNameRE finds a name inside a sentence: a capitalised word after a
// lower-case word, a figure or a comma.
var otherNameRE = lazyre.New(`[\p{Ll}\d,;:—–(]\s+(\p{Lu}[\p{L}’'\-]+)`)

// namesAnother reports whether a sentence of a passage names someone or
// something the question does not, beside a word of what it asks
// happened: a capitalised word inside the sentence ("first published in
// Harbour Weekly"), none of whose terms the question has.
func (ix *Index) namesAnother(p *Passage, own, event []QueryTerm) bool {
	asked := map[string]bool{}
	for _, t := range own {
		asked[t.Stem] = true
	}
	found := slices.ContainsFunc(event, func(t QueryTerm) bool { return t.Found })
	for _, s := range SplitSentences(p.Text) {
		if found && !hasEventTerm(ix.Terms(s), event) {
			continue
		}
		for _, m := range otherNameRE.FindAllStringSubmatch(s, -1) {
			if calendarWords[strings.ToLower(m[1])] {
				continue // "first ran in March": a date, no one
			}
			if ts := ix.Terms(m[1]); len(ts) > 0 && !slices.ContainsFunc(ts, func(s string) bool { return asked[s] }) {
				return true
			}
		}
	}
	return false
}

var quantityLabel = map[Quantity]string{Others: "names of the others", Count: "figure", Share: "percentage", Distance: "distance", Area: "area", Money: "amount of money", Day: "date", When: "date", Time: "time", Named: "name", Advice: "recommendation"}
