package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// maxRequestWords is the most words a sentence beside the question may
// have to be read as a request for a kind of answer ("$ figure pls",
// "exact date?"), not as the scene it is set in.
const maxRequestWords = 4

// answerKindWords name a kind of answer, not a topic: a sentence beside
// the question made of them and of words no search uses asks for it.
var answerKindWords = setOf("figure", "figures", "number", "numbers", "amount", "total", "estimate",
	"ballpark", "date", "day", "year", "month", "time", "name", "names", "percentage", "percent", "share",
	"exact", "exactly", "rough", "roughly", "approximate", "approximately")

// requested returns the kind of answer a short sentence beside the
// question asks for ("$ figure pls", "since when"), or "": a sentence
// with a word of a topic ("Re the salary row.") sets the scene instead.
func (ix *Index) requested(background string) Quantity {
	for _, s := range sentenceEndRE.Split(background, -1) {
		if len(strings.Fields(s)) > maxRequestWords {
			continue
		}
		k := wantedQuantity(s)
		if k == "" {
			continue
		}
		var rest []string
		for _, w := range words(quantityOf(k).ReplaceAllString(s, " ")) {
			if !answerKindWords[strings.ToLower(w)] {
				rest = append(rest, w)
			}
		}
		if len(ix.Terms(strings.Join(rest, " "))) == 0 {
			return k
		}
	}
	return ""
}

// quantityOf returns the pattern that finds a question after a kind of
// answer.
func quantityOf(k Quantity) *lazyre.Regexp {
	for _, q := range quantityRE {
		if q.kind == k {
			return q.re
		}
	}
	return nil
}

// splitBackground separates, in a message of several sentences, the
// sentences that ask from those that only set the scene ("Following up on
// yesterday's thread ... What does the article say about X?"). A message
// whose sentences all ask, or none does, is all question. Referred is
// true where the question points back to the scene by a pronoun.
func splitBackground(text string) (asked, background string, referred bool) {
	qs, bs := sentencesByRole(text)
	if len(qs) == 0 || len(bs) == 0 || slices.ContainsFunc(qs, anaphoricRE.MatchString) {
		return text, "", false // "... did they confirm that?": the scene is what is asked
	}
	// "Evaporation from the reservoir. How much water does it take out?":
	// a scene of one sentence before the question, which a pronoun of
	// the question points back to
	referred = len(bs) == 1 && strings.HasPrefix(strings.TrimSpace(text), bs[0]) && slices.ContainsFunc(qs, refersBack)
	return strings.Join(qs, " "), strings.Join(bs, " "), referred
}

// sentencesByRole returns a message's sentences that ask and those that
// only set the scene.
func sentencesByRole(text string) (qs, bs []string) {
	start := 0
	for _, m := range sentenceEndRE.FindAllStringIndex(text, -1) {
		if initialBefore(text, m[0]) {
			continue // "s. vikland": an initial's point ends no sentence
		}
		qs, bs = appendSentence(qs, bs, text[start:m[1]])
		start = m[1]
	}
	return appendSentence(qs, bs, text[start:])
}

// askingPart returns the sentences of a message that ask, and whether
// others only set the scene.
func askingPart(text string) (string, bool) {
	qs, bs := sentencesByRole(text)
	if len(qs) == 0 || len(bs) == 0 {
		return text, false
	}
	return strings.Join(qs, " "), true
}

// anaphoricRE finds a question that ends on a word pointing back at the
// sentence before it ("did the ministry confirm that?", "is this true?"),
// or on one and the particle of its verb ("who shot it down"), or and a
// short second guess ("does the piece support this or am I off?"); or
// one that only asks whether it is so ("true per the author?"), or
// whether someone agrees ("does the author agree, and why?").
var anaphoricRE = lazyre.New(`(?i)\b(?:that|this|it|those|these|them)\s*(?:(?:down|up|off|out|away|back|over|around|aside)\s*)?(?:true|right|correct|accurate|legit|real)?(?:\s*,?\s+or\s+(?:not|no|nah|what|(?:am|are|is|was|were)\s+(?:i|we|you|it)(?:\s+\S+){0,2}))?\s*[?!.]*["'”’)]*\s*$|^\W*(?:true|right|correct|accurate|legit|real|confirmed)\b(?:\s+(?:per|according to|acc to|in|by)\s+(?:\S+\s*){1,3})?\s*[?!.]*\s*$|\b(?:does|did|would|will)\s+(?:the\s+)?\S+\s+(?:agree|disagree|concur)(?:\s+with\s+(?:that|this|it|him|her|them))?(?:\s*,?\s*(?:and|or)\s+(?:why|how|not)(?:\s+not)?)?\s*[?!.]*\s*$`)

// referBackPronounRE finds a pronoun of a thing or of people that a
// question may ask about ("how much does it take out?", "what did they
// pay?"); dummyItRE finds an "it" that stands for nothing ("is it true
// that", "how likely is it", "it is said", "how long will it take to").
var (
	referBackPronounRE = lazyre.New(`(?i)\b(?:it|they|them|their|its)\b`)
	dummyItRE          = lazyre.New(`(?i)\b(?:is|was|isn['’]?t|wasn['’]?t)\s+it\b|\bit\s*(?:is|was|['’]s)\s+(?:true|likely|unlikely|possible|clear|known|said|reported|expected|worth|time)\b|\bit\s+(?:take|takes|took|cost|costs)\b(?:\s+\S+){0,4}?\s+(?:to|for)\s+\p{L}`)
)

// refersBack reports whether a question has a pronoun that stands for
// something, which the sentence before it may name.
func refersBack(q string) bool {
	return referBackPronounRE.MatchString(dummyItRE.ReplaceAllString(q, " "))
}

// antecedentIn reports whether a question names what its pronoun may
// stand for, before the pronoun or after it: a name of the glossary's, a
// capitalised word past a sentence's first ("What did Holm Mutual say
// about its pension fund?", "How much did they lose at Holm Mutual?"), or
// a name of the sources' in lower case ("what did holm mutual say about
// its ...").
func (ix *Index) antecedentIn(q string) bool {
	if slices.ContainsFunc(ix.Terms(q), ix.namedConcept) {
		return true
	}
	for _, sentence := range SplitSentences(q) {
		for i, w := range words(sentence) {
			if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
				return true
			}
			if vw := ix.vocab.words[strings.ToLower(w)]; vw != nil && vw.name && !isStopWord(strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}

// initialBefore reports whether the point at i ends a lone letter, an
// initial ("what did s. vikland say").
func initialBefore(text string, i int) bool {
	if text[i] != '.' || i == 0 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if !unicode.IsLetter(r) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i-n])
	if i != n && before != ' ' && before != '(' {
		return false // "Holm’s.", "the 10-K.": a word's last letter
	}
	next := strings.Fields(text[i+1:])
	return len(next) > 0 && !questionOpeners[strings.ToLower(strings.Trim(next[0], "\"'“”‘’(),"))] // "Option B. Who pays ...?"
}

func appendSentence(qs, bs []string, s string) ([]string, []string) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
	case asksRE.MatchString(s):
		qs = append(qs, s)
	default:
		bs = append(bs, s)
	}
	return qs, bs
}

var (
	// a sentence ends at ., ! or ? followed by a space (a dotted
	// abbreviation was resolved before this)
	sentenceEndRE = lazyre.New(`[.!?…]+["'”’)]*\s+`)
	// asksRE tells a sentence that asks: a question mark, an opening
	// question word or auxiliary, or a request to be told
	asksRE = lazyre.New(`(?i)(\?["'”’)]*\s*$|^(?:(?:and|plus|but|oh and)\s+(?:\p{L}+\s+)??)?(what|what's|whats|why|how|who|whom|whose|when|where|which|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|any|anyone|summari[sz]e|explain|tell|list|describe|compare)\b|\b(wonder(ing)?|want to know|need to know|trying to (understand|figure out|find out|work out)|curious (whether|if|about|what|why|how)|tell me|let me know|looking for)\b)`)
)
