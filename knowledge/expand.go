package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// Expansion weights, against 1 for the word itself.
var kindWeight = map[lexicon.Kind]float64{
	lexicon.Base: 0.9, lexicon.Derived: 0.7, lexicon.Synonym: 0.5, lexicon.Opposite: 0.4, lexicon.Similar: 0.4, lexicon.Means: 0.5, lexicon.Broader: 0.2, lexicon.KindOf: 0.5,
}

const maxExpansions = 4

// actorMargin is how close to the best passage's score one that names
// every actor of the question must be to be cited first instead.
const actorMargin = 0.8

// expand returns the sources' words related to a question's word: the
// sources' irregular forms of it, its base form, derived forms and
// synonyms (only the first two for a word the sources already use),
// strongest first.
func (ix *Index) expand(word, st string, found bool) []Expansion {
	var out []Expansion
	if !found && st != "" {
		out = ix.irregularExpansions(word, st)
	}
	add := func(from string, r lexicon.Related, weight float64) {
		if found && r.Kind != lexicon.Base && r.Kind != lexicon.Derived || r.Kind == lexicon.Derived && agentNoun(from, r.Word) || phrasalVerb(r.Word) {
			return
		}
		ts := ix.kb.Glossary.canonical(analyze(r.Word))
		if len(ts) != 1 || strings.Contains(r.Word, " ") && !strings.HasPrefix(ts[0].stem, "=") {
			return // "time and again" is not "time"; "arms industry" is a concept
		}
		s := ts[0].stem
		if s == st || slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == s }) {
			return
		}
		if r.Kind != lexicon.Base && r.Kind != lexicon.Derived && ix.namedConcept(s) {
			return // "east": west, its opposite, which is no "the West"
		}
		if len(ix.postings[s]) == 0 {
			// the sources use a form of the word only inside an alias
			// ("defend": the "defense commitments" of a passage); not a
			// name's ("unite": the United States)
			if r.Kind != lexicon.Derived && r.Kind != lexicon.Base {
				return
			}
			for _, e := range ix.partOfAlias(ts[0], false) {
				if !ix.namedConcept(e.Stem) && !slices.ContainsFunc(out, func(o Expansion) bool { return o.Stem == e.Stem }) {
					e.Word, e.Kind, e.Weight = r.Word, r.Kind.String()+", alias part", weight*e.Weight
					out = append(out, e)
				}
			}
			return
		}
		out = append(out, Expansion{Stem: s, Word: r.Word, Kind: r.Kind.String(), Weight: weight})
	}
	rels := lexicon.Lookup(word)
	if len(rels) == 0 && strings.Contains(word, "-") {
		rels = lexicon.Lookup(strings.ReplaceAll(word, "-", "")) // "pull-out": pullout
	}
	for _, r := range rels {
		add(word, r, kindWeight[r.Kind])
	}
	// a word the sources lack is also what its base form is related to
	// ("worried": worry, whose synonym is concern), a little weaker, and a
	// people's name is its country ("germans": Germany) always; only
	// for an inflection of a verb or a noun (WordNet reads "offer" as a
	// comparative of "off")
	for _, b := range rels {
		if b.Kind != lexicon.Base || !inflection(word) {
			continue
		}
		rs := lexicon.Lookup(b.Word)
		countries := 0 // "nigerian": Niger and Nigeria, which says neither
		for _, r := range rs {
			if r.Kind == lexicon.Derived && lexicon.CountryName(r.Word) {
				countries++
			}
		}
		for _, r := range rs {
			// for a word the sources have, only its base's one country
			// ("the germans": german, Germany)
			if r.Kind != lexicon.Base && (!found || r.Kind == lexicon.Derived && lexicon.CountryName(r.Word) && countries == 1) {
				add(b.Word, r, kindWeight[lexicon.Base]*kindWeight[r.Kind])
			}
		}
	}
	strongestFirst(out)
	if len(out) > maxExpansions {
		out = out[:maxExpansions]
	}
	return out
}

// irregularExpansions are the sources' irregular forms of a word they
// lack ("freeze": froze, frozen), and, for an irregular form, the other
// forms of its base they write ("frozen": froze; "broke": broken), all at
// the weight of a base form.
func (ix *Index) irregularExpansions(word, st string) []Expansion {
	var out []Expansion
	add := func(f string) {
		if f != st && !slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == f }) {
			out = append(out, Expansion{Stem: f, Word: f, Kind: lexicon.Base.String(), Weight: kindWeight[lexicon.Base]})
		}
	}
	for _, f := range ix.irregularForms(st) {
		add(f)
	}
	if b := lexicon.BaseForm(word); b != "" && stem(b) != st && !comparison(word) {
		for _, f := range ix.irregularForms(stem(b)) {
			if !comparison(f) {
				add(f)
			}
		}
	}
	return out
}

// comparison reports whether a word is a comparative or superlative
// ("better", "best", "lower", "worst"): another degree of its base is
// another thing, not the same said otherwise.
func comparison(w string) bool {
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "est") || irregularDegrees[w]
}

// irregularDegrees are the comparatives and superlatives that end
// otherwise.
var irregularDegrees = setOf("worse", "worst", "more", "most", "less", "least")

// phrasalVerb reports whether a related word is a verb with a particle
// ("shell out"): its meaning is not its verb's, which is all the search
// would keep of it.
func phrasalVerb(w string) bool {
	ws := strings.Fields(w)
	return len(ws) > 1 && slices.ContainsFunc(ws[1:], isParticle)
}

// inflection reports whether a word ends as an inflected verb or noun does.
func inflection(word string) bool {
	for _, suffix := range []string{"ed", "ing", "s"} {
		if strings.HasSuffix(word, suffix) {
			return true
		}
	}
	return false
}

// agentNoun reports whether derived is the agent noun of a verb ("work":
// worker, "fight": fighter): it names who does it, another thing than the
// doing.
func agentNoun(word, derived string) bool {
	if word == "" {
		return false
	}
	base := strings.TrimSuffix(word, "e")
	for _, suffix := range []string{"er", "or", "ar"} {
		if derived == base+suffix || derived == word+word[len(word)-1:]+suffix {
			return true
		}
	}
	return false
}

// everyday reports whether a word is ordinary English (so that the sources
// lacking it says nothing about coverage): SCOWL lists it, or its base form,
// among its commoner sizes.
func everyday(lower string) bool {
	if lexicon.Ordinary(lower) {
		return true
	}
	return baseOrdinary(lower) || compound(lower) || particleCompound(lower) || hyphenated(lower) || guessedOrdinary(lower)
}

// guessedOrdinary reports whether a word the lexicon does not know at all
// is an ordinary word by the base form its ending suggests ("vibes": vibe).
func guessedOrdinary(lower string) bool {
	if lexicon.Known(lower) {
		return false
	}
	return slices.ContainsFunc(guessBases(lower), lexicon.Ordinary)
}

// hyphenated reports whether a word is ordinary words joined by a hyphen
// ("pull-out", "tie-up"): English, though the lists have it written as one
// word or not at all.
func hyphenated(lower string) bool {
	parts := strings.Split(lower, "-")
	if len(parts) < 2 {
		return false
	}
	if lexicon.Ordinary(strings.Join(parts, "")) {
		return true
	}
	for _, p := range parts {
		if p == "" || !isParticle(p) && !lexicon.Ordinary(p) && !baseOrdinary(p) {
			return false
		}
	}
	return true
}

// compound reports whether a word is two English words written as one
// ("rulebook", "warmonger"), each of four letters or more: English too,
// though no list has it.
func compound(lower string) bool {
	const part = 4
	if len(lower) < 2*part || !isLowerLetters(lower) {
		return false
	}
	for i := part; i <= len(lower)-part; i++ {
		if lexicon.Ordinary(lower[:i]) && (lexicon.Ordinary(lower[i:]) || baseOrdinary(lower[i:])) {
			return true
		}
	}
	return false
}

// particleCompound reports whether a word is an ordinary verb or noun
// written together with a particle ("lookup", "sitdown"): the lists know
// some such words only with a hyphen or not at all.
func particleCompound(lower string) bool {
	for _, p := range particles {
		if head, ok := strings.CutSuffix(lower, p); ok && len(head) >= 4 && isLowerLetters(lower) && lexicon.Ordinary(head) {
			return true
		}
	}
	return false
}

func baseOrdinary(lower string) bool {
	for _, r := range lexicon.Lookup(lower) {
		if r.Kind == lexicon.Base && lexicon.Ordinary(r.Word) {
			return true
		}
	}
	return false
}

func isLowerLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// asPeople makes a country's people named as such ("what are the Germans
// paying?", "what did the French say?") the country, where the sources
// name it: a party the checks find where a sentence names the
// country ("Germany's insurers paid"), and the sources' own word for the
// people or the adjective ("the German price") an expansion of it. A
// people's adjective before a noun ("the Dutch rules") stays as it is.
func (ix *Index) asPeople(q *QueryTerm, t term, text string) {
	i := slices.IndexFunc(q.Expansions, func(e Expansion) bool {
		// (the glossary's lookup, a scan of its entries, last)
		return e.Kind == lexicon.Derived.String() && strings.HasPrefix(e.Stem, "=") && len(ix.postings[e.Stem]) > 0 && ix.isCountry(e.Stem)
	})
	if i < 0 || !peopleNoun(t, text) {
		return
	}
	country := q.Expansions[i]
	exp := slices.Delete(slices.Clone(q.Expansions), i, i+1)
	if q.Found {
		exp = mergeExpansions(exp, []Expansion{{Stem: q.Stem, Word: strings.ToLower(q.Surface), Kind: "people's word", Weight: country.Weight}})
	}
	q.Stem, q.Expansions, q.Found, q.Name, q.Salient = country.Stem, exp, true, true, true
	q.IDF = ix.idf(len(ix.postings[country.Stem]))
}

// peopleNoun reports whether a word names a people (plural, "Germans";
// or after "the" and before no noun, "the Dutch are", "the French?",
// "the Dutch also"), not an adjective before its noun ("the Dutch
// rules"). ("Still", "now" and the like are gone by then: they date the
// question.)
func peopleNoun(t term, text string) bool {
	lower := strings.ToLower(t.surface)
	if strings.HasSuffix(lower, "s") && !strings.HasSuffix(lower, "ss") {
		return true
	}
	ws := words(strings.ToLower(text))
	if t.at <= 0 || t.at >= len(ws) || ws[t.at-1] != "the" {
		return false
	}
	next := ""
	if t.at+1 < len(ws) {
		next = ws[t.at+1]
	}
	return next == "" || isStopWord(next) || isParticle(next) || subjectAdverbs[next]
}

// subjectAdverbs are adverbs that follow a subject before its verb ("the
// Dutch still ...", "the French also ..."), never a noun.
var subjectAdverbs = setOf("still", "also", "ever", "now", "just", "really", "actually", "already", "even", "finally", "currently", "reportedly", "apparently", "never", "always")
