package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// unidentified returns the thing a "which" question asks for ("which
// reports", "which experts") when the cited passages have the word only
// vaguely, never saying which they mean: "as some reports allege",
// "speculation among experts".
func (ix *Index) unidentified(hits []Hit, own []QueryTerm, focus []string, text string) string {
	if len(focus) == 0 {
		return ""
	}
	asked := stemsOf(own)
	head := focus[len(focus)-1] // "which high-tech goods": the goods
	for _, t := range own {
		if lower := strings.ToLower(t.Surface); !t.Found || t.Name || ix.namedConcept(t.Stem) || lower != focus[0] && lower != head {
			continue
		}
		// the sentences with every word of the focus ("allied parties"),
		// where there are any: another kind of it named elsewhere ("the
		// opposition Holm Party") does not say which of these
		type termed struct {
			text  string
			terms []string
			next  string // the passage's next sentence
		}
		var sentences []termed // the cited passages' sentences, each with its terms
		for _, h := range hits {
			ss := ix.Sentences(h.Passage)
			for k, s := range ss {
				next := ""
				if k+1 < len(ss) {
					next = ss[k+1].Text
				}
				sentences = append(sentences, termed{s.Text, ix.Terms(strings.ToLower(s.Text)), next})
			}
		}
		whole := ix.Terms(strings.Join(focus, " "))
		within := func(ts []string) bool { return slices.Contains(ts, t.Stem) }
		if len(whole) > 1 && slices.ContainsFunc(sentences, func(s termed) bool { return containsAll(s.terms, whole) }) {
			within = func(ts []string) bool { return containsAll(ts, whole) }
		}
		var counts func(s termed) bool
		if n := countBefore(text, t.Surface); len(n) > 0 {
			// "which 4 insurers": the sentences that count four of them
			// ("an inquiry into four insurers"), where there are any
			c := func(s termed) bool { return within(s.terms) && ix.countsFocus(s.text, n, t.Stem) }
			if slices.ContainsFunc(sentences, c) {
				counts = c
			}
		}
		seen, named := false, false
		for _, s := range sentences {
			if counts != nil && !counts(s) || counts == nil && !within(s.terms) {
				continue
			}
			seen = true // "Reports say": a word, not a name
			named = named || !ix.vaguely(s.text, t.Stem, asked, focus) ||
				counts != nil && (ix.namedAfter(s.text, t.Stem, asked) || ix.listsNext(s.next, asked))
		}
		if seen && !named {
			if len(focus) > 1 {
				return strings.Join(focus, " ") // "which high-tech goods"
			}
			return t.Surface
		}
	}
	return ""
}

// vagueWords leave the noun after them unidentified ("some reports").
var vagueWords = setOf("some", "many", "several", "various", "certain", "other", "unnamed", "anonymous",
	"unspecified", "numerous", "multiple", "most", "such")

// ownWord reports whether a word's terms are one term the question has.
// stemsOf returns the stems of a question's terms, in order.
func stemsOf(own []QueryTerm) []string {
	out := make([]string, 0, len(own))
	for _, t := range own {
		out = append(out, t.Stem)
	}
	return out
}

func ownWord(terms, asked []string) bool { return len(terms) == 1 && slices.Contains(asked, terms[0]) }

// pointingWords before a count point back to what was named ("the two
// ports"), as pointingCountRE reads them.
var pointingWords = setOf("the", "those", "these", "all", "its", "their", "both")

// clauseBreak are the words after a noun that go on to something other
// than which it is.
var clauseBreak = setOf("and", "or", "but", "while", "whereas", "which", "that", "who", "to", "as")

// vagueAfter are the words after which a bare plural means any of its kind
// ("speculation among experts"), as a bare plural opening a clause does
// ("he said that Chinese companies were ready").
var vagueAfter = setOf("among", "by", "from", "of", "to", "with", "and", "or",
	"that", "said", "says", "but", "while", "whether", "if", "because", "when", "where")

// vaguely reports whether a sentence has the stem's word only vaguely:
// after a vague word ("some reports") or as a bare plural after a
// preposition ("among experts"), with no name the question lacks within
// three words (a named concept, or a capitalised word, not opening the
// sentence, that is no part of an alias): "some reports in the Oslo
// Herald" say which.
func (ix *Index) vaguely(sentence, st string, asked, focus []string) bool {
	ws := words(sentence)
	for i, w := range ws {
		lower := strings.ToLower(w)
		if ts := ix.Terms(lower); len(ts) == 0 || ts[0] != st {
			continue
		}
		prev, at, ownCount := "", -1, false
		for j := i - 1; j >= 0; j-- {
			// past the question's own modifiers: "and high-tech goods",
			// "twelve mining projects" (of "which mining projects")
			// a count the question has too is the sentence's own ("which
			// two parties", where "two allied parties" are not named)
			prev, at = strings.ToLower(ws[j]), j
			if isCount(prev) {
				ownCount = ownWord(ix.Terms(prev), asked)
				break
			}
			if !slices.ContainsFunc(focus, func(f string) bool { return slices.Contains(words(f), prev) }) &&
				!(unicode.IsLetter([]rune(prev)[0]) && ownWord(ix.Terms(prev), asked)) {
				break
			}
		}
		// past a lower-case modifier or two of the sentence's own to a
		// count or a vague word ("twelve copper projects", "some large
		// mining firms")
		// (not past a word that opens the noun's clause: "on 10 September
		// that Chinese companies ...")
		for k := at - 1; k >= max(0, at-2) && at > 0 && !vagueWords[prev] && !isCount(prev) && !vagueAfter[prev] && unicode.IsLower([]rune(ws[at])[0]); k-- {
			if w := strings.ToLower(ws[k]); vagueWords[w] || isCount(w) {
				prev, at = w, k
			}
		}
		// a count with no names is as vague ("delayed at least four
		// projects"); not one that points back ("the two ports")
		counted := isCount(prev) && !(at > 0 && pointingWords[strings.ToLower(ws[at-1])])
		if !vagueWords[prev] && !counted && !(vagueAfter[prev] && strings.HasSuffix(lower, "s")) {
			return false
		}
		// a name after it says which, up to a word that goes on to
		// something else ("four projects and made Riga's plans ...")
		hi := i + 1
		for hi < min(len(ws), i+4) && !clauseBreak[strings.ToLower(ws[hi])] {
			hi++
		}
		// names before a count the question has too, in apposition
		// ("Riga and Oslo, the region's two ports") say which
		lo := max(0, i-3)
		if ownCount {
			lo = 0
		} else if vagueAfter[prev] && at >= 0 {
			lo = max(lo, at+1) // a bare plural: the names before its clause are not it
		}
		if ix.otherName(ws, lo, hi, i, asked) {
			return false
		}
	}
	return true
}

// isCount reports whether a word is a figure or a number's word, not a
// year ("twelve", "40").
func isCount(w string) bool {
	return numberWords[w] || w != "" && unicode.IsDigit([]rune(w)[0]) && !isYear(w)
}

// namesOther reports whether a passage names something the question does
// not: what a "which city" question asks for is a name.
func (ix *Index) namesOther(p *Passage, own []QueryTerm) bool {
	asked := stemsOf(own)
	return slices.ContainsFunc(ix.Sentences(p), func(s Sentence) bool {
		ws := words(s.Text)
		return ix.otherName(ws, 0, len(ws), -1, asked)
	})
}

// otherName reports whether the words lo to hi of a sentence's words name
// something the question does not (asked are its terms): a named concept,
// or a capitalised word, neither the sentence's first nor the word at
// skip, that is no part of an alias.
func (ix *Index) otherName(ws []string, lo, hi, skip int, asked []string) bool {
	for _, n := range ix.Terms(strings.Join(ws[lo:hi], " ")) {
		if ix.namedConcept(n) && !slices.Contains(asked, n) {
			return true
		}
	}
	for j := lo; j < hi; j++ {
		r, _ := utf8.DecodeRuneInString(ws[j])
		if j == 0 || j == skip || !unicode.IsUpper(r) {
			continue
		}
		if ts := ix.Terms(ws[j]); len(ts) == 1 && !strings.HasPrefix(ts[0], "=") && len(ix.kb.Glossary.partOf[ts[0]]) == 0 && !slices.Contains(asked, ts[0]) {
			return true
		}
	}
	return false
}

// supportSalient adds, for a salient term no cited passage has, the best
// candidate that has it, while there is room.
func (ix *Index) supportSalient(hits, wide []Hit, own []QueryTerm, opt Options) []Hit {
	for _, t := range own {
		if !t.Salient || !t.Found || strings.HasPrefix(t.Stem, "~") {
			continue
		}
		if slices.ContainsFunc(hits, func(h Hit) bool { return slices.Contains(h.Matched, t.Stem) }) {
			continue
		}
		for _, h := range wide {
			if slices.Contains(h.Matched, t.Stem) && len(hits) < opt.Max && !slices.ContainsFunc(hits, func(c Hit) bool { return c.Passage == h.Passage }) {
				hits = append(hits, h)
				break
			}
		}
	}
	return hits
}

// didRE finds a yes-or-no question about a deed: an auxiliary, then its
// subject and the deed's verb ("did Oslo veto the plan").
var didRE = lazyre.New(`(?i)^` + chatOpener + `(?:did|has|have|had|will|would|does|do)\s+(.+)$`)

// chatOpener is a word chat may open a yes-or-no question with ("so did
// ...", "wait, has ..."), or none.
const chatOpener = `(?:(?:so|and|but|wait|ok|okay|also)\s+)?`

// outermost drops from the concepts of a phrase those named inside
// another's label ("UN" in "UN Security Council").
func (ix *Index) outermost(terms []string) []string {
	return slices.DeleteFunc(slices.Clone(terms), func(t string) bool {
		return slices.ContainsFunc(terms, func(o string) bool {
			return o != t && slices.Contains(strings.Fields(ix.Label(o)), ix.Label(t))
		})
	})
}

// allNamed reports whether terms are some, and every one a named concept.
func (ix *Index) allNamed(terms []string) bool {
	return len(terms) > 0 && !slices.ContainsFunc(terms, func(st string) bool { return !ix.namedConcept(st) })
}

// unreportedDeed returns the concepts of the subject of a yes-or-no
// question about what named parties did, when no source has its verb and
// the best passage shares nothing with the question but names ("did Oslo
// veto the Council's sanctions?", where a passage names Oslo and the
// Council on another matter): that passage does not say whether they did
// it. nil when the rule does not hold.
func (ix *Index) unreportedDeed(text string, own []QueryTerm, best Hit) []string {
	m := didRE.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	// the subject is the longest run of up to four words that are all
	// names ("Ada Lind"); the word after it is the verb
	ws := strings.Fields(m[1])
	if len(ws) > 0 && (strings.EqualFold(ws[0], "a") || strings.EqualFold(ws[0], "an")) {
		return nil // "would a Holt-Riga pact ...": names that modify a noun
	}
	if len(ws) > 1 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:] // "did the US veto it"
	}
	if len(ws) == 0 || len(ix.Terms(ws[0])) == 0 {
		return nil // "does (the author) say how Oslo and Riga would work": the first word names nothing, so the subject is no name
	}
	var subject []string
	verb := ""
	for k := min(4, len(ws)-1); k >= 1; k-- {
		if ts := ix.Terms(strings.Join(ws[:k], " ")); ix.allNamed(ts) {
			subject, verb = ts, strings.ToLower(strings.Trim(ws[k], ",.;:?!"))
			break
		}
	}
	if subject == nil {
		return nil
	}
	i := slices.IndexFunc(own, func(t QueryTerm) bool { return strings.ToLower(t.Surface) == verb })
	if i < 0 || own[i].Found || own[i].Salient || isStopWord(verb) {
		return nil
	}
	if !ix.allNamed(best.Matched) {
		return nil // the passage has something of what they did
	}
	return subject
}

// visitRE finds a question whether someone went somewhere: "did Holt go
// to Riga", "has the mayor ever visited Oslo"; the groups are who and
// where.
var visitRE = lazyre.New(`(?i)^` + chatOpener + `(?:did|has|have|had)\s+((?:\S+\s+){1,4}?)(?:(?:ever|actually|even|personally|already|really)\s+)?(?:(?:go|gone|went|fly|flew|flown|travel|travelled|traveled|been|come|came|head|headed)\s+(?:(?:over|out|down|up)\s+)?to|visit|visited)\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)`)

// motionRE finds a sentence telling of someone going somewhere.
var motionRE = lazyre.New(`(?i)\b(?:visit\w*|travel\w*|went|goes|flew|trips?|arriv\w*|came to|comes to|tour\w*|in person|landed)\b`)

// visit returns who a question asks went where: who as written, where as
// the sources name it; "" when it asks no such thing.
func (ix *Index) visit(text string) (who, where string) {
	m := visitRE.FindStringSubmatch(text)
	if m == nil {
		return "", ""
	}
	who, where = strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	if aidRE.MatchString(where) {
		return "", "" // "come to Riga's aid": help, no going
	}
	// a named party going to a named place: "did the workers go to Riga"
	// asks of a group, which a passage may tell in other ways
	party, places := ix.Terms(who), ix.Terms(where)
	if !ix.allNamed(party) || len(places) == 0 || !ix.namedConcept(places[0]) {
		return "", ""
	}
	if first, _, _ := strings.Cut(where, " "); slices.Contains(ix.Terms(first), places[0]) {
		where = first // "Riga", not "Riga to"
	}
	return who, where
}

// aidRE finds a place a question has someone "come to" that is a party
// helped: "Riga's aid", "Oslo's defence".
var aidRE = lazyre.New(`(?i)['’]s?\b|\b(?:aid|defen[cs]e|rescue|assistance|side|help|support)\b`)

// reportsVisit reports whether a passage has a sentence telling of who
// going to where: both named in it with a word of going.
func (ix *Index) reportsVisit(p *Passage, who, where string) bool {
	person, place := ix.Terms(who), ix.Terms(where)
	for _, s := range ix.Sentences(p) {
		if terms := ix.Terms(s.Text); containsAll(terms, person) && containsAll(terms, place) && motionRE.MatchString(s.Text) {
			return true
		}
	}
	return false
}

// verbAt reports whether the word at k of a phrase is an inflected verb:
// not one in -ing or -ed before a word that is no stop word, which
// modifies it ("manufacturing plant", "licensed stakes"; "working these
// days", "punished for" are verbs).
func verbAt(ws []string, k int) bool {
	modifier := (strings.HasSuffix(ws[k], "ing") || strings.HasSuffix(ws[k], "ed")) && k+1 < len(ws) && !isStopWord(ws[k+1])
	return inflectedVerb(ws[k]) && !modifier && !lexicon.Person(ws[k]) // "broker" is no form of "broke"
}

// hasVerb reports whether words have a verb in the past or a participle
// (see verbAt) other than an auxiliary ("were") or a word in -ing, which
// names a thing as often ("holm's rating on vik").
func hasVerb(ws []string) bool {
	for k, w := range ws {
		if verbAt(ws, k) && !auxiliaryRE.MatchString(w) && !strings.HasSuffix(w, "ing") {
			return true
		}
	}
	return false
}

// nounPhrase reports whether words are a thing's name and no more: no
// inflected verb (see verbAt), and no stop word but "the" and "of" ("where
// is seoul sending kit to" asks where it goes).
func nounPhrase(ws []string) bool {
	for k, w := range ws {
		if verbAt(ws, k) || isStopWord(w) && w != "the" && w != "of" {
			return false
		}
	}
	return true
}
