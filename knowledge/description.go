package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// maxDescriptionPassages is how many passages a word may stand in and
// still be read as a description of one name: a word the sources use
// more widely is theirs for more than one thing.
const maxDescriptionPassages = 8

// descriptionOf returns the named concept that the sources call by a word
// (its stem, st) and by nothing else: the word opens or stands in an
// apposition to the name ("the Republic of Farrowsey, an island state of
// 412,000 people"; "Kestova Supermarkets, the largest grocery chain in
// Veldoria"), and every sentence of the sources that has the word names
// that concept. A question's "the island" or "the grocery chain" then
// means that name: the sources tell of nothing else by the word. "" for
// any other word: one the sources use of other things too ("state", of
// three states), one in appositions to two names, one never in an
// apposition, an inflected or a counting word ("largest", "third"). Read
// once per word, from the passages that have it.
func (ix *Index) descriptionOf(st string) string {
	if strings.HasPrefix(st, "=") || isNumber(st) {
		return ""
	}
	list := ix.postings[st]
	if len(list) == 0 || len(list) > maxDescriptionPassages {
		return ""
	}
	ix.descriptionMu.Lock()
	defer ix.descriptionMu.Unlock()
	if c, ok := ix.descriptions[st]; ok {
		return c
	}
	if ix.descriptions == nil {
		ix.descriptions = map[string]string{}
	}
	c := ix.readDescription(st, list)
	ix.descriptions[st] = c
	return c
}

// readDescription reads, from the passages that have a word, the concept
// they describe by it (see descriptionOf).
func (ix *Index) readDescription(st string, list []posting) string {
	described := ""
	var named [][]term // the concepts of every sentence with the word
	for _, p := range list {
		for _, s := range SplitSentences(ix.passages[p.doc].Text) {
			ts := ix.kb.Glossary.canonical(analyze(s))
			k := slices.IndexFunc(ts, func(t term) bool { return t.stem == st })
			if k < 0 {
				continue
			}
			named = append(named, ts)
			c := appositionOf(s, ts, k)
			switch {
			case c == "":
			case described == "":
				described = c
			case described != c:
				return "" // a description of two names
			}
		}
	}
	if described == "" {
		return ""
	}
	for _, ts := range named {
		if !slices.ContainsFunc(ts, func(t term) bool { return t.stem == described }) {
			return "" // the word of something else too
		}
	}
	return described
}

// appositionOf returns the named concept that one sentence's word (its
// terms ts, the word's at k) describes in an apposition: the concept's
// name, a comma, an article and at most four plain lower-case words with
// the word among them, which end the apposition (a punctuation mark, a
// preposition or a relative word after them): "Farrowsey, an island state
// of 412,000 people"; "Kestova Supermarkets, the largest grocery chain
// in". Not a word of the thing's own ("Danjuma, the authority's managing
// director"), one joined by a hyphen or to a figure ("HORIZON-CD, a
// single-arm phase 3 trial"), a clause's subject after an opening phrase
// ("According to the Office, the average price rose"), an inflected or a
// counting word ("largest", "third").
func appositionOf(s string, ts []term, k int) string {
	w := ts[k].surface
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || isStopWord(w) || numberWords[w] || slices.Contains(ordinals, w) {
		return ""
	}
	if base := lexicon.BaseForm(w); base != "" && base != w {
		return ""
	}
	ws := words(s)
	for j := k - 1; j >= 0; j-- {
		a := ts[j]
		if !strings.HasPrefix(a.stem, "=") {
			continue
		}
		end := nameEnd(ws, a)
		if end > ts[k].at || ts[k].at-end > 4 || openingPhrase(s, ws, a) {
			return ""
		}
		for _, m := range describedRE.FindAllStringSubmatch(s, -1) {
			if strings.EqualFold(m[1], lastWord(a.surface)) && slices.Contains(strings.Fields(m[2]), w) {
				return a.stem
			}
		}
		return ""
	}
	return ""
}

// describedRE matches a name's last word, a comma and an apposition of
// plain lower-case words closed by a punctuation mark, a preposition or a
// relative word.
var describedRE = lazyre.New(`(\p{L}+),\s+(?:an?|the)\s+((?:[a-z]+\s+){0,3}?[a-z]+)(?:\s+(?:of|in|at|on|for|from|with|whose|who|which|that|and|based)\b|\s*[,;.:)\x{2014}\x{2013}]|$)`)

// openingPhrase reports whether a name (a) closes a sentence's short
// opening phrase ("According to the Office, ...", "In Lagos, ..."): what
// follows its comma is the sentence's subject, not an apposition to the
// name.
func openingPhrase(s string, ws []string, a term) bool {
	if a.at == 0 || a.at > 3 || !phraseOpeners[strings.ToLower(ws[0])] {
		return false
	}
	i := strings.Index(s, lastWordCased(a.surface))
	return i >= 0 && !strings.Contains(s[:i], ",")
}

// phraseOpeners open a sentence's opening phrase.
var phraseOpeners = setOf("according", "in", "at", "after", "before", "for", "from", "on", "since", "under", "with", "by", "during", "unlike", "like")

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

// lastWordCased returns a text's last word as written.
func lastWordCased(text string) string {
	fs := strings.Fields(text)
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// referredTo reports whether a question writes a word as a thing it
// points to: after "the", "that" or "this" and at most two words ("the
// island", "the big grocery chain"), or owning something ("the island's
// boats", "mainland's port").
func referredTo(text, w string) bool {
	q := regexp.QuoteMeta(w)
	re, err := regexp.Compile(`(?i)\b(?:(?:the|that|this|these|those)\s+(?:[\p{L}\-]+\s+){0,2}?` + q + `\b|` + q + `['’]s\b)`)
	return err == nil && re.MatchString(text)
}
