package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// peopleStems are the stems of the words that count people in general
// ("how many people"): any kind of person counted answers them, workers
// or soldiers.
var peopleStems = setOf(stem("people"), stem("persons"), stem("individuals"), stem("folks"))

// eventTerms are the words of a question that say what happened, not
// who: its terms other than names and soft words.
func eventTerms(own []QueryTerm) []QueryTerm {
	var out []QueryTerm
	for _, t := range own {
		if !t.Name && !t.Soft && !t.Context && !strings.HasPrefix(t.Stem, "~") {
			out = append(out, t)
		}
	}
	return out
}

// hasEventMatch reports whether a passage has one of the words of what
// a question asks happened, when the sources have any.
func hasEventMatch(h Hit, event []QueryTerm) bool {
	return !slices.ContainsFunc(event, func(t QueryTerm) bool { return t.Found }) || hasEventTerm(h.Matched, event)
}

// saysOf reports whether a sentence of a passage names every one of who
// and a word of what happened.
func (ix *Index) saysOf(p *Passage, who []string, event []QueryTerm) bool {
	return slices.ContainsFunc(ix.Sentences(p), func(s Sentence) bool {
		terms := ix.Terms(s.Text)
		return containsAll(terms, who) && hasEventTerm(terms, event)
	})
}

// alsoRE finds a question asking whether a party did the same as another:
// "did X also ...", "... too?", "as well". "Too" before a word is mostly a
// degree ("too poor to pay").
var (
	alsoRE     = lazyre.New(`(?i)\balso\b|\btoo\s*(?:[?.!,;:)<]|$|according\b|or\b|y/n)|\bas well\b`)
	asWellAsRE = lazyre.New(`(?i)\bas well as\b`) // joins two, asks nothing
)

// alsoAt is where a question asks if a party did the same as another
// ("also", "too", "as well"), in bytes, or -1. The text has had each "as
// well as", which joins two and asks nothing, taken out (asWellAsRE).
func alsoAt(text string) int {
	if at := alsoRE.FindStringIndex(text); at != nil {
		return at[0]
	}
	return -1
}

// alsoParties are the question's names that it asks "also" of: those it
// writes before the word ("did Oslo also ban it", "Oslo too?"), and
// the party the deed is done to ("also close it to Riga"). Another name
// only after it is not one said to do the same ("was it also sold in
// Riga, or only Oslo?"). A name whose words the question does not show
// as written counts as before.
func alsoParties(asked string, own []QueryTerm, names []string, slots []slot) []string {
	if len(names) == 0 {
		return nil
	}
	text := asWellAsRE.ReplaceAllString(asked, "")
	at := alsoAt(text)
	if at < 0 {
		return nil
	}
	lower := strings.ToLower(text)
	return slices.DeleteFunc(slices.Clone(names), func(n string) bool {
		if slices.ContainsFunc(slots, func(s slot) bool { return s.name == n }) {
			return false
		}
		first := -1
		for _, t := range own {
			if t.Stem != n || t.Surface == "" {
				continue
			}
			i := strings.Index(lower, strings.ToLower(t.Surface))
			if i < 0 {
				return false
			}
			if first < 0 || i < first {
				first = i
			}
		}
		return first > at
	})
}

// A slot is a party a text names after a preposition: "to Latvia".
type slot struct {
	prep, name string
	at         int // where the preposition is, in bytes
	// modifies is true when the name is followed by a concept that is
	// not a name, which it modifies ("the UN sanctions")
	modifies bool
}

// comparedToRE finds, at the end of the text before a "to" or "with", a
// comparison it is the other side of, at most four words before it:
// "comparing Oslo's exports", "how do they compare", "likened".
var comparedToRE = lazyre.New(`(?i)\b(?:compar(?:e|es|ed|ing)|liken(?:s|ed|ing)?)\s+(?:[^\s,;:.?!]+\s+){0,4}$`)

// slotRE finds a preposition that names a party and up to three words
// after it, which may be the party's name.
var slotRE = lazyre.New(`(?i)\b(to|with|from|against|into)\s+(?:the\s+)?([\p{L}][\p{L}’'.-]*(?:\s+[\p{L}][\p{L}’'.-]*){0,2})`)

// clauseRE splits a sentence into clauses.
var clauseRE = lazyre.New(`[,;:]\s|[—–()]|\s(?:and|but|while|whereas|then|so)\s`)

// partySlots are the slots of a question whose name is a party, not a
// modifier of a concept after it ("with the UN sanctions": the sanctions),
// nor what something is compared to ("comparing Oslo's exports to Riga":
// a side, not a party acted on).
func (ix *Index) partySlots(text string) []slot {
	return slices.DeleteFunc(ix.slots(text), func(s slot) bool {
		return s.modifies || (s.prep == "to" || s.prep == "with") && comparedToRE.MatchString(text[:s.at])
	})
}

// slots returns the named parties a text puts after a preposition, with
// where each preposition is.
func (ix *Index) slots(text string) []slot {
	var out []slot
	for _, m := range slotRE.FindAllStringSubmatchIndex(text, -1) {
		if ts := ix.Terms(text[m[4]:m[5]]); len(ts) > 0 && ix.namedConcept(ts[0]) {
			// a concept right after the name, with no word of function
			// between ("Riga over the ban" is no "Riga ban")
			head := ix.Terms(untilStopWord(text[m[4]:m[5]]))
			modifies := len(head) > 1 && head[0] == ts[0] && strings.HasPrefix(head[1], "=") && !ix.namedConcept(head[1])
			out = append(out, slot{strings.ToLower(text[m[2]:m[3]]), ts[0], m[0], modifies})
		}
	}
	return out
}

// untilStopWord is a text up to its first stop word after the first word.
func untilStopWord(text string) string {
	fs := strings.Fields(text)
	for i := 1; i < len(fs); i++ {
		if isStopWord(strings.ToLower(fs[i])) {
			return strings.Join(fs[:i], " ")
		}
	}
	return text
}

// otherParty returns the party a passage puts where the question puts
// another: a clause has one of the question's other names, then a word of
// what the question asks happened, then another name after the same
// preposition ("Sweden supplies equipment to Finland" for "did Sweden send
// arms to Estonia?"), and no such clause has the asked one.
// "" when the passage says it of the asked party, or says nothing of
// either.
func (ix *Index) otherParty(p *Passage, asked []slot, subjects []string, event []QueryTerm, wider bool) string {
	if len(subjects) == 0 {
		return ""
	}
	other := ""
	for _, s := range ix.Sentences(p) {
		for _, c := range clauseRE.Split(s.Text, -1) {
			for _, got := range ix.slots(c) {
				before := ix.Terms(c[:got.at])
				if !slices.ContainsFunc(subjects, func(n string) bool { return slices.Contains(before, n) }) || !hasEventTerm(before, event) {
					continue
				}
				for _, a := range asked {
					switch {
					case got.prep != a.prep || slices.Contains(subjects, got.name):
					case got.name == a.name || wider && ix.placeWithin(a.name, got.name) || ix.goesOnTo(s.Text[strings.Index(s.Text, c)+got.at+len(got.prep):], a):
						return "" // said of the asked party, or of a place it is part of ("to Holt" of "to Holt's north")
					default:
						other = got.name
					}
				}
			}
		}
	}
	return other
}

// placeWithin reports whether the place a term names (a glossary concept,
// by any of its aliases, or a name) is part of the country another term
// names, by the lexicon: "Tuscany" of "Italy". A country is part of
// none, whatever WordNet's commonest sense of its name ("Georgia").
func (ix *Index) placeWithin(part, whole string) bool {
	names := []string{part}
	if key, ok := strings.CutPrefix(part, "="); ok {
		e, _ := ix.kb.Glossary.Entry(key)
		names = e.Aliases
	}
	for _, n := range names {
		if lexicon.CountryFullName(n) {
			return false // a country is no part of another ("Georgia": the US state)
		}
	}
	for _, n := range names {
		for _, w := range lexicon.Wholes(strings.ToLower(n)) {
			if lexicon.CountryFullName(w) && slices.Contains(ix.Terms(w), whole) {
				return true
			}
		}
	}
	return false
}

// goesOnTo reports whether what follows a party in a sentence goes on to
// name the asked one, but not as the party of another action of the same
// kind: "to Brill, mainly to work in its north" says it of the north;
// "to Ruritania, and the council sells boats to Elbonia" says nothing of
// Elbonia.
func (ix *Index) goesOnTo(rest string, asked slot) bool {
	return slices.Contains(ix.Terms(rest), asked.name) &&
		!slices.ContainsFunc(ix.slots(rest), func(s slot) bool { return s.name == asked.name && s.prep == asked.prep })
}

// salientStems returns the stems of the salient terms the sources have,
// other than those in skip.
func salientStems(own []QueryTerm, skip []string) []string {
	var out []string
	for _, t := range own {
		if t.Salient && t.Found && !t.Soft && !strings.HasPrefix(t.Stem, "~") && !slices.Contains(skip, t.Stem) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// namesByRole reports whether a passage gives in full the name of
// someone the question calls by a role the glossary lists for them, a
// word for a person in it ("who is the port director?" of a glossary's
// "Anna Holm, port director"): the passage's "Anna Holm" is the name asked
// for. Not a body ("which ministry spokesman").
func (ix *Index) namesByRole(p *Passage, own []QueryTerm) bool {
	byRole := slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool {
		return t.Context || !strings.HasPrefix(t.Stem, "=") || !slices.ContainsFunc(words(strings.ToLower(t.Surface)), roleWord)
	})
	if len(byRole) == 0 {
		return false
	}
	runs := nameRunRE.FindAllStringSubmatch(p.Text, -1)
	for _, s := range SplitSentences(p.Text) {
		if m := openingRunRE.FindStringSubmatch(s); m != nil {
			runs = append(runs, m) // "Anna Lind, the bank's country manager, said"
		}
	}
	for _, m := range runs {
		ts := ix.Terms(m[1])
		if len(ts) == 1 && slices.ContainsFunc(byRole, func(t QueryTerm) bool { return t.Stem == ts[0] && !strings.EqualFold(t.Surface, m[1]) }) {
			return true
		}
	}
	return false
}

// openingRunRE finds the capitalised words opening a sentence.
var openingRunRE = lazyre.New(openingRun)

// openingRun is the pattern of two to four capitalised words opening a
// sentence; its group is the words.
const openingRun = `^\s*((?:\p{Lu}[\p{L}’'\-]+\s+){1,3}\p{Lu}[\p{L}’'\-]+)`

// roleWord reports whether a word names a person by what they do
// ("ambassador", "director"), not by where they are from ("Norwegian").
func roleWord(w string) bool { return lexicon.Person(w) && !lexicon.Name(w) }

// placeSizeRE finds a question after the size of a place or a thing.
var placeSizeRE = lazyre.New(`(?i)` + sizeAsked)

// possessiveRoleRE finds a body's holder of a role, named in apposition:
// "the port’s director, Anna Holm"; the groups are the body, the role and
// the name.
var possessiveRoleRE = lazyre.New(`([\p{L}\d.-]+)[’']s\s+((?:\p{Ll}+\s+)?\p{Ll}+),\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)`)

// possessiveRE finds a possessive: "Vik's", "Holm’s"; the group is its
// owner.
var possessiveRE = lazyre.New(`([\p{L}\d.-]+)[’']s\b`)

// namesAnotherParty reports whether terms name a party other than
// parties: a glossary name that is no currency ("US$", "VDT" name no
// one).
func (ix *Index) namesAnotherParty(terms, parties []string) bool {
	return slices.ContainsFunc(terms, func(t string) bool { return ix.namedConcept(t) && !ix.currencies[t] && !slices.Contains(parties, t) })
}

// lowerAll returns words in lower case.
func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// A possessive is an owner and the words after it, lower case.
type possessive struct {
	owner string
	after []string
}

// possessives returns a text's possessives, each with up to n words after
// it: "who's Vik's energy minister" has "who" and "Vik", the latter with
// "energy", "minister".
func possessives(text string, n int) []possessive {
	var out []possessive
	for _, m := range possessiveRE.FindAllStringSubmatchIndex(text, -1) {
		ws := words(strings.ToLower(text[m[1]:]))
		out = append(out, possessive{owner: text[m[2]:m[3]], after: ws[:min(n, len(ws))]})
	}
	return out
}

// roleOfAnother returns, for a question after the holder of a party's role
// ("who's Vik's energy minister?"), that party and another whose holder of
// the role the passages name instead ("Holm's minister of energy, Ana
// Varga", "Ana Varga, Holm's minister"), with the role, where no sentence
// of theirs gives the role to the party asked: "" for other otherwise.
func (ix *Index) roleOfAnother(text string, hits []Hit) (party, other, role string) {
	asked := possessives(text, 3)
	if keywordQuestion(text) {
		// "tarn fisheries minister name": the party's name before the
		// role, the nearest first ("holm talks tarn envoy": Tarn's)
		ws := words(text)
		for i := len(ws) - 1; i >= 0; i-- {
			for j := i + 1; j <= min(i+3, len(ws)); j++ {
				if ts := ix.Terms(strings.Join(ws[i:j], " ")); len(ts) == 1 && ix.namedConcept(ts[0]) {
					asked = append(asked, possessive{owner: strings.Join(ws[i:j], " "), after: lowerAll(ws[j:min(j+3, len(ws))])})
				}
			}
		}
	}
	for _, p := range asked {
		i := slices.IndexFunc(p.after, roleWord)
		// a party the sources name ("who's Vik's": not "who's" itself)
		if owner := ix.Terms(p.owner); i >= 0 && len(owner) == 1 && ix.namedConcept(owner[0]) {
			party, role = owner[0], p.after[i]
			break
		}
	}
	if party == "" {
		return "", "", ""
	}
	for _, h := range hits {
		for _, s := range ix.Sentences(h.Passage) {
			if !slices.Contains(words(strings.ToLower(s.Text)), role) {
				continue
			}
			for _, o := range possessives(s.Text, 4) {
				if !slices.Contains(o.after, role) {
					continue
				}
				switch ts := ix.Terms(o.owner); {
				case slices.Contains(ts, party):
					return "", "", "" // the party's own holder
				case len(ts) == 1 && ix.namedConcept(ts[0]) && other == "":
					other = ts[0]
				}
			}
		}
	}
	return party, other, role
}

// namesHolder reports whether a passage names who holds a role in a body
// the question names ("the HPA’s director, Anna Lind").
func (ix *Index) namesHolder(p *Passage, own []QueryTerm) bool {
	for _, m := range possessiveRoleRE.FindAllStringSubmatch(p.Text, -1) {
		role := strings.Fields(m[2])
		if !roleWord(role[len(role)-1]) {
			continue
		}
		body := ix.Terms(m[1])
		if slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Name && slices.Contains(body, t.Stem) }) {
			return true
		}
	}
	return false
}

// hasEventTerm reports whether a sentence's terms have one of the event's
// words the sources use, or an expansion of it stronger than a concept
// whose alias merely contains the word.
func hasEventTerm(terms []string, event []QueryTerm) bool {
	return slices.ContainsFunc(event, func(t QueryTerm) bool {
		return t.Found && (slices.Contains(terms, t.Stem) || slices.ContainsFunc(t.Expansions, func(e Expansion) bool {
			return e.Weight > partFoundWeight && slices.Contains(terms, e.Stem) // "voted" is not said by "referendum"
		}))
	})
}
