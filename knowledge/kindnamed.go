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

// namedBodies are kinds of body or place that go by a name, which a
// "which ..." question asks for ("which insurer", "which cloud storage
// company"): a name answers it, whatever word the sources use for the
// kind ("its managed-service provider").
var namedBodies = []string{"company", "companies", "firm", "firms", "insurer", "insurers", "bank", "banks",
	"lender", "lenders", "provider", "providers", "contractor", "contractors", "supplier", "suppliers", "vendor",
	"vendors", "airline", "airlines", "carrier", "carriers", "team", "teams", "club", "clubs", "bookmaker",
	"bookmakers", "bookie", "bookies", "union", "unions", "party", "parties", "agency", "agencies", "ministry",
	"ministries", "court", "courts", "university", "universities", "newspaper", "newspapers", "outlet", "outlets",
	"city", "cities", "town", "towns", "country", "countries", "region", "regions", "province", "provinces",
	"port", "ports", "consultancy", "consultancies", "operator", "operators", "utility", "utilities", "insurance company"}

// bodyAskedRE finds a "which" question after a body or place by its kind,
// with up to three words that qualify it ("which outside IT firm", "what
// cloud storage company"); group 1 is the kind with what qualifies it,
// group 2 the kind. Not a possessive ("which party's leader"), nor "which
// of" a set the question names, which other rules read.
var bodyAskedRE = lazyre.New(`(?i)\b(?:which|what)\s+((?:[\p{L}-]+\s+){0,3}?(` + strings.Join(namedBodies, "|") + `))\b(?:[^'’\p{L}]|$)`)

// kindUnnamed returns the thing a "which" question asks for by the kind
// of body or place it is ("which outside IT firm closed the alerts?"),
// where no passage near the best names one in the sentence that tells of
// what is asked, nor in a sentence beside it that goes on from the other
// by a pronoun ("two alerts were closed as false positives by KWA's
// managed-service provider"): a name the question does not have, not as
// the owner of another thing. "" where one is named or the question asks
// no such thing.
func (ix *Index) kindUnnamed(hits []Hit, own []QueryTerm, text string) string {
	m := bodyAskedRE.FindStringSubmatch(inQuotesRE.ReplaceAllString(text, " "))
	if m == nil || len(hits) == 0 || hits[0].Passage.Source != nil && hits[0].Passage.Source.AboutSource[hits[0].Passage.N] {
		return "" // (nor what a passage on the piece itself tells: "which outlet first ran it")
	}
	kind := strings.Fields(m[1])
	lower := func(w string) string {
		if w == strings.ToUpper(w) {
			return "" // "IT": no stop word
		}
		return strings.ToLower(w)
	}
	if slices.ContainsFunc(kind, func(w string) bool { return isStopWord(lower(w)) || questionWords[lower(w)] || inflectedVerb(lower(w)) }) {
		return "" // "which of the firms", "what do the separate court fights": no kind asked by its words
	}
	asked, qwords := stemsOf(own), words(strings.ToLower(text))
	for _, h := range firstNearHits(hits) {
		ss := ix.Sentences(h.Passage)
		at := slices.IndexFunc(ss, func(s Sentence) bool { return s.Text == ix.aboutSentence(h.Passage, own).Text })
		if at < 0 {
			return "" // no sentence on it: other rules judge
		}
		from, to := at, at+1
		if at > 0 && bodyPronounRE.MatchString(ss[at].Text) {
			from = at - 1 // "It arranged the loan": the sentence before names it
		}
		if to < len(ss) && bodyPronounRE.MatchString(ss[to].Text) {
			to++ // "Ola Berg abstained. He sits for the Green Party."
		}
		for _, s := range ss[from:to] {
			if ix.namesNew(s.Text, asked, qwords) {
				return ""
			}
		}
	}
	return strings.Join(kind, " ")
}

// namesNew reports whether a sentence has a name that the question (its
// terms asked, its words qwords) does not have, other than the sources'
// main subject (named by more than half the passages) as the owner of
// another thing ("KWA's provider"): a named concept, or a capitalised
// word that is no month, no unit after a figure ("140 GB") and, first in
// its sentence, no word of English.
func (ix *Index) namesNew(s string, asked, qwords []string) bool {
	// the sources' main subject as the owner of another thing ("KWA's
	// servers") is not what is asked
	main := func(st string) bool { return len(ix.postings[st])*2 > len(ix.passages) }
	owners := ix.Terms(strings.Join(possessorRE.FindAllString(s, -1), " "))
	named := func(st string) bool {
		return !slices.Contains(asked, st) && !(main(st) && slices.Contains(owners, st))
	}
	for _, t := range ix.Terms(s) {
		if ix.namedConcept(t) && named(t) {
			return true
		}
	}
	ws := words(s)
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || monthNameRE.MatchString(w) || slices.Contains(qwords, strings.ToLower(w)) || i == 0 && lexicon.Known(strings.ToLower(w)) || i > 0 && isNumber(ws[i-1]) {
			continue // (nor a unit after its figure: "140 GB")
		}
		if ts := ix.Terms(w); len(ts) == 1 && !strings.HasPrefix(ts[0], "=") && named(ts[0]) {
			return true
		}
	}
	return false
}

// possessorRE finds a name written as the owner of what follows it
// ("KWA's").
var possessorRE = regexp.MustCompile(`\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?(?:\s|$)`)

// inQuotesRE finds words quoted in a question ("who said 'the question is
// which port ships call at first'"), which ask nothing.
var inQuotesRE = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// bodyPronounRE finds a sentence that opens on a pronoun or on a body it
// points back to ("The two ports agreed ..."): one that goes on from the
// sentence before.
var bodyPronounRE = lazyre.New(`^\W*(?:It|Its|They|Their|This|These|He|His|She|Her|(?:The|These|Those|Both)\s+(?:\S+\s+){0,2}?(?:` + strings.Join(namedBodies, "|") + `))\b`)

// monthNameRE finds a month's name, which is no name of a body.
var monthNameRE = regexp.MustCompile(`^` + monthNames + `$`)
