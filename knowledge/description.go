package knowledge

import (
	"regexp"
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// maxDescriptionPassages is how many passages a word may stand in and
// still be read as a description of one name: a word the sources use
// more widely is theirs for more than one thing.
const maxDescriptionPassages = 8

// A description is a word the sources call one named concept by (see
// descriptionOf).
type description struct {
	concept string // the "=concept" described
	word    string // the word, in lower case, as the sources write it
	// next is the word after it in the apposition ("state" of "an island
	// state"), "" where it ends the apposition's words
	next string
}

// descriptionOf returns the named concept that the sources call by a word
// (its stem, st) and by nothing else: the word stands in an apposition to
// the name ("the Republic of Farrowsey, an island state of 412,000
// people"; "Kestova Supermarkets, the largest grocery chain in
// Veldoria"), and every sentence of the sources that has the word names
// that concept (a passage's heading aside), none in an apposition to
// anything else ("Skarra, a rocky island"). A question's "the island" or
// "the grocery chain" then means that name: the sources tell of nothing
// else by the word. The zero description for any other word: one the
// sources use of other things too ("state", of three states), one in
// appositions to two names or to a list of names ("Velt, Marrow and
// Lund, the three coastal states"), one never in an apposition, an
// inflected or a counting word ("largest", "third"). Read once per word,
// from the passages that have it.
func (ix *Index) descriptionOf(st string) description {
	if strings.HasPrefix(st, "=") || isNumber(st) {
		return description{}
	}
	list := ix.postings[st]
	if len(list) == 0 || len(list) > maxDescriptionPassages {
		return description{}
	}
	ix.descriptionMu.Lock()
	defer ix.descriptionMu.Unlock()
	if d, ok := ix.descriptions[st]; ok {
		return d
	}
	if ix.descriptions == nil {
		ix.descriptions = map[string]description{}
	}
	d := ix.readDescription(st, list)
	ix.descriptions[st] = d
	return d
}

// readDescription reads, from the passages that have a word, the concept
// they describe by it (see descriptionOf).
func (ix *Index) readDescription(st string, list []posting) description {
	var found description
	var named [][]term // the terms of every sentence with the word
	for _, p := range list {
		ss := SplitSentences(ix.passages[p.doc].Text)
		if h := Heading(ix.passages[p.doc].Text); len(ss) > 0 && h != "" && strings.HasPrefix(ss[0], strings.TrimSuffix(h, ".")) {
			ss = ss[1:] // "The island and the mainland.": a label, which names no one
		}
		for _, s := range ss {
			ts := ix.kb.Glossary.canonical(analyze(s))
			if !slices.ContainsFunc(ts, func(t term) bool { return t.stem == st }) {
				continue
			}
			named = append(named, ts)
			ws := words(s)
			for _, m := range describedRE.FindAllStringSubmatchIndex(s, -1) {
				phrase := strings.Fields(s[m[4]:m[5]])
				i := slices.IndexFunc(phrase, func(w string) bool { return stem(w) == st })
				if i < 0 || slices.ContainsFunc(phrase, isStopWord) {
					continue // "(NRC), the electricity and gas utilities, dock workers": a list
				}
				c := ix.apposedTo(s, ws, ts, m[2], phrase)
				w := phrase[i]
				if base := lexicon.BaseForm(w); c == "" || isStopWord(w) || numberWords[w] || slices.Contains(ordinals, w) || base != "" && base != w {
					return description{} // of something else, or a word that describes no one
				}
				switch {
				case found.concept == "":
					found = description{concept: c, word: w}
					if i+1 < len(phrase) {
						found.next = phrase[i+1]
					}
				case found.concept != c:
					return description{} // a description of two names
				}
			}
		}
	}
	if found.concept == "" {
		return description{}
	}
	for _, ts := range named {
		if !slices.ContainsFunc(ts, func(t term) bool { return t.stem == found.concept }) {
			return description{} // the word of something else too
		}
	}
	return found
}

// describedRE matches an apposition: a name's last word (letters or
// figures, then perhaps its abbreviation in brackets), a comma, an article
// and at most four plain lower-case words closed by a punctuation mark, a
// preposition or a relative word. The groups are the name's last word and
// the apposition's words.
var describedRE = lazyre.New(`([\p{L}\p{N}]+)(?:\s*\([^()]*\))?,\s+(?:an?|the)\s+((?:\p{Ll}+\s+){0,3}?\p{Ll}+)(?:\s+(?:of|in|at|on|for|from|with|whose|who|which|that|based)\b|\s*[,;.:)\x{2014}\x{2013}]|$)`)

// apposedTo returns the named concept an apposition (its words, phrase)
// describes, the name's last word at byte at of a sentence (s, its words
// ws, its terms ts): "" where the name is no concept ("Skarra, a rocky
// island"), ends a list of names ("Velt, Marrow and Lund, the three
// coastal states"), closes a sentence's opening phrase ("According to the
// Statistics Office, the average price rose"; "Unlike Velt, the island
// state has no navy"), or is the object of "of" before an apposition of a
// person ("The chief executive of Kessa Stores, a retired banker").
func (ix *Index) apposedTo(s string, ws []string, ts []term, at int, phrase []string) string {
	last := len(appendWords(nil, s[:at])) // the place of the name's last word
	k := slices.IndexFunc(ts, func(t term) bool {
		return strings.HasPrefix(t.stem, "=") && t.at <= last && nameEnd(ws, t) > last
	})
	if k < 0 {
		return ""
	}
	a := ts[k]
	before := ""
	if a.at > 0 {
		before = strings.ToLower(ws[a.at-1])
	}
	if before == "and" || before == "or" || listedAfter(s, a) {
		return "" // the last of a list
	}
	if before == "of" && lexicon.Person(phrase[len(phrase)-1]) {
		return "" // the person whose firm the name is
	}
	if openingPhrase(s, ws, a) {
		return ""
	}
	return a.stem
}

// openingPhrase reports whether a name (a) closes a sentence's opening
// phrase ("According to the Office, ...", "Unlike the much larger Velt,
// ...", "In Lagos, ..."): what follows its comma is the sentence's
// subject, not an apposition to the name. A preposition that also opens
// an inverted clause ("On one side stands the Republic of Marrow, an
// island state") does so only with the name among its first words.
func openingPhrase(s string, ws []string, a term) bool {
	if i := strings.Index(s, strings.Fields(a.surface)[0]); a.at == 0 || i < 0 || strings.Contains(s[:i], ",") {
		return false
	}
	first := strings.ToLower(ws[0])
	return phraseOpeners[first] || placeOpeners[first] && a.at <= 3
}

// phraseOpeners open a sentence's opening phrase wherever its name
// stands; placeOpeners do where it stands among its first words.
var (
	phraseOpeners = setOf("according", "compared", "unlike", "despite", "like", "besides", "beyond", "amid", "given", "following", "apart", "except", "alongside", "unless", "although", "though", "while", "whereas")
	placeOpeners  = setOf("in", "at", "after", "before", "for", "from", "on", "since", "under", "with", "by", "during", "as", "against", "within", "without", "across", "over", "through")
)

// listedAfter reports whether a name (a) follows another in a list, a
// comma between ("Velt, Marrow, Lund, the three coastal states").
func listedAfter(s string, a term) bool {
	re, err := regexp.Compile(`\p{Lu}[\p{L}\p{N}]*,\s+` + regexp.QuoteMeta(strings.Fields(a.surface)[0]) + `\b`)
	return err == nil && re.MatchString(s)
}

// nameEnd returns the place of the word after a name (a) among a text's
// words (ws): its last word may stand past the function words its surface
// leaves out ("Republic of Farrowsey").
func nameEnd(ws []string, a term) int {
	last := lastWord(a.surface)
	for i := a.at; i < min(len(ws), a.at+2*len(strings.Fields(a.surface))+1); i++ {
		if strings.EqualFold(ws[i], last) {
			return i + 1
		}
	}
	return a.at + len(strings.Fields(a.surface))
}

// describedAs returns the named concept a question's word (t, among the
// question's terms ts) stands for as the sources' description of it (see
// descriptionOf and pointsTo): "" for any other word, and for one of a
// concept the question names itself ("the island of Farrowsey"). The
// sources are read for the word only where the question may point to it
// (a determiner before it, or a possessive after it).
func (ix *Index) describedAs(text string, t term, ts []term) string {
	if n := len(ix.postings[t.stem]); n == 0 || n > maxDescriptionPassages {
		return "" // no description (see descriptionOf), read cheaply
	}
	w := strings.ToLower(t.surface)
	lower := strings.ToLower(text)
	ws := words(lower)
	pointed := strings.Contains(lower, w+"'s") || strings.Contains(lower, w+"’s")
	for i := 0; i < len(ws) && !pointed; i++ {
		pointed = ws[i] == w && slices.ContainsFunc(ws[max(0, i-3):i], func(b string) bool { return pointers[b] })
	}
	if !pointed {
		return ""
	}
	d := ix.descriptionOf(t.stem)
	if d.concept == "" || !pointsTo(text, t.surface, d) || slices.ContainsFunc(ts, func(t term) bool { return t.stem == d.concept }) {
		return ""
	}
	return d.concept
}

// pointers point to a thing the reader knows ("the island").
var pointers = setOf("the", "that", "this", "these", "those")

// pointsTo reports whether a question writes a word the sources use as a
// description (d) as the thing it points to: after "the", "that" or
// "this" and at most two words ("the island", "the big grocery chain"),
// or owning something ("the island's boats", "mainland's port"); and,
// where the description's word goes on in the sources ("island" of "an
// island state"), as a noun of its own: before the apposition's next word
// ("the island state"), a word of a party ("the island country", "the
// mainland government"), a function word or a word whose commonest sense
// is no noun's ("the island to", "the mainland took", "did the island
// retaliate"), or at the question's end; not before another noun ("the
// former president", of "a former colony"; "the grocery bill").
func pointsTo(text, surface string, d description) bool {
	w := strings.ToLower(surface)
	if w != d.word {
		return false // "the islands", "the colonial power": another word
	}
	q := regexp.QuoteMeta(surface)
	// groups: a possessive after the pointed word, the word after it, a
	// possessive after the word unpointed
	re, err := regexp.Compile(`(?i)\b(?:the|that|this|these|those)\s+(?:[\p{L}\-]+\s+){0,2}?` + q + `\b(['’]s\b)?(?:\s*([\p{L}\-]+))?|\b` + q + `(['’]s)\b`)
	if err != nil {
		return false
	}
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		owns, next := m[1] != "" || m[3] != "", strings.ToLower(m[2])
		switch {
		case owns || d.next == "" || next == "" || next == d.next:
			return true
		case slices.Contains(stateWords, next) || partyWords[next] || isStopWord(next):
			return true
		case len(lexicon.KindsOf(next)) == 0:
			return true // no noun's commonest sense: "the mainland slapped", "the island retaliate"
		}
	}
	return false
}

// partyWords name a party as a whole after a word that describes it ("the
// island country", "the mainland side").
var partyWords = setOf("country", "nation", "state", "side", "republic", "kingdom", "people", "firm", "company", "group")
