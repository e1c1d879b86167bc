package knowledge

import (
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
// cloud storage company", "which manufacturer"); group 1 is the kind with
// what qualifies it, group 2 the kind. The kinds are askedBodyNouns. Not a
// possessive ("which party's leader"), nor "which of" a set the question
// names, which other rules read.
var bodyAskedRE = lazyre.New(`(?i)\b(?:which|what)\s+((?:[\p{L}-]+\s+){0,3}?(` + strings.Join(askedBodyNouns, "|") + `))\b(?:[^'’\p{L}]|$)`)

// askedBodyNouns are the nouns a question asks which body by: the ones a
// passage may describe a body by (bodyNouns), but those that as often mean
// something else (bodyNounsOtherwise).
var askedBodyNouns = slices.DeleteFunc(slices.Clone(bodyNouns), func(n string) bool { return bodyNounsOtherwise[n] })

// bodyNounsOtherwise are the nouns of bodies that a question as often asks
// for as something else: a service a body provides ("which service did
// Vik stop?"), a group of people ("which group was hit hardest?"), a power
// ("what authority does the council have?").
var bodyNounsOtherwise = setOf("service", "services", "group", "groups", "authority", "body")

// kindUnnamed returns the thing a "which" question asks for by the kind
// of body or place it is ("which outside IT firm closed the alerts?"),
// where in every passage near the best the sentence that tells of what is
// asked describes a body without naming it ("two alerts were closed as
// false positives by KWA's managed-service provider"; see unnamedBody),
// and neither it nor a sentence beside it that goes on from it (see
// opensBackRE, sharesWord) names anything the question does not (see
// namesNew). "" where one is named or the question asks no such thing
// (the kind qualifies the noun asked: "which city districts").
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
	if next := words(text[strings.Index(text, m[0])+len(m[0]):]); len(next) > 1 && !isStopWord(strings.ToLower(next[0])) && !inflectedVerb(strings.ToLower(next[0])) && !adverbLike(strings.ToLower(next[0])) &&
		(isStopWord(strings.ToLower(next[1])) || inflectedVerb(strings.ToLower(next[1]))) {
		return "" // "which city districts lost power": the districts are asked, "city" qualifies them
	}
	asked, qwords := stemsOf(own), words(strings.ToLower(text))
	for _, h := range firstNearHits(hits) {
		ss := ix.Sentences(h.Passage)
		about := ix.aboutSentence(h.Passage, own).Text
		at := slices.IndexFunc(ss, func(s Sentence) bool { return s.Text == about })
		if at < 0 {
			return "" // no sentence on it: other rules judge
		}
		desc := ix.unnamedBody(ss[at].Text)
		if desc == "" {
			// one that tells of no body it does not name ("by an outside
			// IT contractor", "KWA's managed-service provider"; "Tarn's
			// finance ministry" is Tarn's): other rules judge
			return ""
		}
		from, to := at, at+1
		if at > 0 && (opensBackRE.MatchString(ss[at].Text) || ix.sharesWord(ss[at-1].Text, desc, kind)) {
			// "It arranged the loan", "The auditors found"; "outsourced its
			// monitoring to Nordvik. ... by Vik's monitoring contractor":
			// the sentence before may name it
			from = at - 1
		}
		if to < len(ss) && (opensBackRE.MatchString(ss[to].Text) || slices.Contains(ix.Terms(ss[to].Text), stem(strings.ToLower(m[2])))) {
			to++ // "Ola Berg abstained. He sits for the Green Party.", "Vik later named the contractor as ..."
		}
		for _, s := range ss[from:to] {
			if ix.namesNew(attributionRE.ReplaceAllString(s.Text, " "), asked, qwords) {
				return ""
			}
		}
	}
	return strings.Join(kind, " ")
}

// namesNew reports whether a sentence has a name that the question (its
// terms asked, its words qwords) does not have, other than the sources'
// main subject (named by more than half the passages) as the owner of
// another thing ("KWA's provider", "a contractor that KWA hired"): a
// named concept, or a capitalised word that is no month nor weekday, no
// unit after a figure ("140 GB") nor currency before one ("EUR 2m") and,
// first in its sentence, no word of English.
func (ix *Index) namesNew(s string, asked, qwords []string) bool {
	// the sources' main subject as the owner of another thing ("KWA's
	// servers") is not what is asked
	owners := ix.Terms(strings.Join(append(possessorRE.FindAllString(s, -1), clientRE.FindAllString(s, -1)...), " "))
	named := func(st string) bool {
		return !slices.Contains(asked, st) && !(ix.mainSubject(st) && slices.Contains(owners, st))
	}
	for _, t := range ix.Terms(s) {
		if ix.namedConcept(t) && named(t) {
			return true
		}
	}
	ws := words(s)
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		camel := !unicode.IsUpper(r) && strings.ToLower(w) != w                                     // "eSekura"
		opening := i == 0 && lexicon.Known(strings.ToLower(w)) && !appositionOpensRE.MatchString(s) // "Apex, an outside IT contractor, ..." names Apex
		if !unicode.IsUpper(r) && !camel || monthNameRE.MatchString(w) || slices.Contains(qwords, strings.ToLower(w)) || opening ||
			i > 0 && (isNumber(ws[i-1]) || placeWords[strings.ToLower(ws[i-1])]) || i+1 < len(ws) && isNumber(ws[i+1]) {
			continue // (nor a unit after its figure, "140 GB", a currency before it, "EUR 2m", a place, "based in Tallinn")
		}
		if i > 0 && ix.oneConcept(ws[i-1]+" "+w) || i+1 < len(ws) && ix.oneConcept(w+" "+ws[i+1]) {
			continue // a word of a concept's name ("Water" of "Vik Water"), judged above
		}
		if ts := ix.Terms(w); len(ts) == 1 && !strings.HasPrefix(ts[0], "=") && named(ts[0]) {
			return true
		}
	}
	return false
}

// oneConcept reports whether words are one glossary concept.
func (ix *Index) oneConcept(words string) bool {
	ts := ix.Terms(words)
	return len(ts) == 1 && strings.HasPrefix(ts[0], "=")
}

// appositionOpensRE finds a sentence that opens on a name a description
// follows ("Apex, an outside IT contractor, ..."); placeWords are the
// words before a place, which is no body's name ("based in Tallinn").
var (
	appositionOpensRE = lazyre.New(`^\W*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*,\s+(?:a|an|the|its)\s`)
	placeWords        = setOf("in", "at", "near", "outside")
)

// clientRE finds a name in a relative clause on another thing ("a
// contractor that Vik Water hired"); possessorRE a name written as the
// owner of what follows it ("KWA's").
var (
	clientRE    = lazyre.New(`\b(?:that|which|whom)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}`)
	possessorRE = lazyre.New(`\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?(?:\s|$)`)
)

// unnamedBody returns the first phrase of a sentence that describes a
// body without naming it (see describedBodyRE): an indefinite one ("an
// outside IT contractor") or one owned by the sources' main subject
// ("KWA's managed-service provider"); a body owned by another name is
// that name's ("Tarn's finance ministry"). "" for none.
func (ix *Index) unnamedBody(s string) string {
	for _, m := range describedBodyRE.FindAllStringSubmatch(s, -1) {
		if m[1] == "" {
			return m[0] // indefinite
		}
		if slices.ContainsFunc(ix.Terms(m[1]), ix.mainSubject) {
			return m[0]
		}
	}
	return ""
}

// mainSubject reports whether a term is one of the sources' main
// subjects: more than half the passages have it.
func (ix *Index) mainSubject(st string) bool { return len(ix.postings[st])*2 > len(ix.passages) }

// sharesWord reports whether a sentence has a word of a description other
// than its owner, the kind asked and a noun for a body ("monitoring" of
// "Vik's monitoring contractor", not "service" of "KWA's managed-service
// provider").
func (ix *Index) sharesWord(s, desc string, kind []string) bool {
	own := ix.Terms(s)
	skip := ix.Terms(strings.Join(kind, " ") + " " + possessorRE.FindString(desc) + " " + strings.Join(bodyNouns, " "))
	return slices.ContainsFunc(ix.Terms(desc), func(t string) bool {
		return !slices.Contains(skip, t) && !strings.HasPrefix(t, "=") && slices.Contains(own, t)
	})
}

// adverbLike reports whether a word after a kind asked is an adverb of
// its verb ("which newspaper first reported"), not a noun it qualifies.
func adverbLike(w string) bool {
	return strings.HasSuffix(w, "ly") || adverbsAfterKind[w]
}

var adverbsAfterKind = setOf("first", "also", "still", "ever", "just", "then", "now", "later", "already", "since", "once", "again", "even")

// bodyNouns are the nouns a passage may describe a body by without
// naming it ("a commercial cloud-storage service", "its auditors").
var bodyNouns = append([]string{"service", "services", "consortium", "buyer", "buyers", "investor", "investors",
	"partner", "partners", "client", "clients", "group", "groups", "organisation", "organization", "body",
	"institution", "authority", "manufacturer", "maker", "developer", "owner", "subsidiary", "affiliate",
	"broker", "adviser", "advisers", "advisor", "auditor", "auditors", "regulator", "publisher"}, namedBodies...)

// describedBodyRE finds a body described, not named, by an indefinite or
// possessive phrase: "an outside IT contractor", "KWA's managed-service
// provider", "a regional newspaper" (every kind asked is a body noun);
// group 1 is the owner's name, if any.
var describedBodyRE = lazyre.New(`(?i)\b(?:a|an|one|another|some|its|their|his|her|((?-i:\p{Lu})[\p{L}.-]*)['’]s?)\s+(?:[\p{L}-]+\s+){0,3}?(?:` +
	strings.Join(bodyNouns, "|") + `)\b`)

// attributionRE finds who a sentence's report is attributed to, which
// names no one it tells of: ", according to the NCSA", ", Ada Lind, Vik's
// chief executive, told MPs".
var attributionRE = lazyre.New(`,?\s*\baccording to\b[^.;]*|,\s*(?-i:\p{Lu})[^,.;]{0,40}(?:,[^,.;]{0,60},)?\s+(?:told|said|says|added|noted|wrote)\b[^.;]*`)

// inQuotesRE finds words quoted in a question ("who said 'the question is
// which port ships call at first'"), which ask nothing.
var inQuotesRE = lazyre.New(`"[^"]*"|“[^”]*”`)

// opensBackRE finds a sentence that opens on a pronoun or on a thing named
// before ("The two ports agreed ...", "The auditors found ..."): one that
// may go on from the sentence before.
var opensBackRE = lazyre.New(`^\W*(?:It|Its|They|Their|This|These|Those|He|His|She|Her|The|Both)\b`)

// monthNameRE finds a month's or a weekday's name, which is no name of a
// body.
var monthNameRE = lazyre.New(`^(?:` + monthNames + `|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`)
