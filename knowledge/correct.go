package knowledge

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// A Correction is one word of a question read as another: a typo of a word
// the sources use, or of an English word.
type Correction struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// vocabWord is one word of the knowledge base's own vocabulary.
type vocabWord struct {
	surface string // its commonest written form ("Reykjavik")
	count   int
	capital int  // times written with a capital letter
	name    bool // mostly written with a capital, or a glossary alias
}

// A vocabulary is the knowledge base's words, lower-cased, for correcting
// typos toward them; byLen groups them by length in runes.
type vocabulary struct {
	words map[string]*vocabWord
	byLen map[int][]string
	// sorted is every word in order, made on first use, for finding the
	// words a clipped word starts
	sortedOnce sync.Once
	sorted     []string
	// sounds groups the words by how they sound (soundKey), made on
	// first use, for words heard and spelt as they sound
	soundsOnce sync.Once
	sounds     map[string][]string
	// names groups the words that are names by their first byte, made on
	// first use, for reading a name's shortening
	namesOnce sync.Once
	names     map[byte][]string
	// translit groups the words that are names by their readings in
	// other romanisations (translitKeys), made on first use
	translitOnce sync.Once
	translit     map[string][]string
}

// namesStarting returns the words that are names and start with the byte.
func (v *vocabulary) namesStarting(b byte) []string {
	v.namesOnce.Do(func() {
		v.names = map[byte][]string{}
		for w, vw := range v.words {
			if vw.name {
				v.names[w[0]] = append(v.names[w[0]], w)
			}
		}
		for _, ws := range v.names {
			slices.Sort(ws) // the same order on every run
		}
	})
	return v.names[b]
}

// soundsLike returns the one word of the knowledge base, of one stem,
// that an unknown word of five letters or more sounds like, as dictation
// or a listener spells a word heard ("kwarshy": Quarshie); a name is
// preferred. ok is false when none does, or words of several stems do.
func (v *vocabulary) soundsLike(lower string) (string, bool) {
	if utf8.RuneCountInString(lower) < 5 || !isLowerLetters(lower) {
		return "", false
	}
	v.soundsOnce.Do(func() {
		v.sounds = map[string][]string{}
		for w := range v.words {
			if k := soundKey(w); len(k) >= 3 {
				v.sounds[k] = append(v.sounds[k], w)
			}
		}
	})
	k := soundKey(lower)
	if len(k) < 3 {
		return "", false
	}
	var best *vocabWord
	root := ""
	for _, w := range v.sounds[k] {
		if st := stem(w); root == "" {
			root = st
		} else if st != root {
			return "", false // "kn": known, ken, ...: no one word
		}
		if cw := v.words[w]; better(cw, best) {
			best = cw
		}
	}
	if best == nil {
		return "", false
	}
	return best.surface, true
}

// soundSpellings are the letters that spell one sound, as soundKey reads them.
var soundSpellings = strings.NewReplacer("ph", "f", "kh", "h", "ck", "k", "qu", "k", "kw", "k", "q", "k", "ce", "se", "ci", "si", "cy", "sy", "c", "k", "z", "s", "x", "ks", "dg", "j")

// soundKey is a word's consonants as they sound, in order: letters that
// spell one sound are one ("ph" f, "kh" h, "qu" and "kw" k, "c" k or s,
// "z" s, "x" ks), a letter doubled is one, and vowels, "y", "w" and "h"
// after the first letter are left out.
func soundKey(lower string) string {
	w := soundSpellings.Replace(lower)
	var b strings.Builder
	var last rune
	for i, c := range w {
		if i > 0 && strings.ContainsRune("aeiouyhw", c) {
			last = 0
			continue
		}
		if c != last {
			b.WriteRune(c)
		}
		last = c
	}
	return b.String()
}

// prefixed returns the words that start with p, in order.
func (v *vocabulary) prefixed(p string) []string {
	v.sortedOnce.Do(func() { v.sorted = slices.Sorted(maps.Keys(v.words)) })
	i, _ := slices.BinarySearch(v.sorted, p)
	j := i
	for j < len(v.sorted) && strings.HasPrefix(v.sorted[j], p) {
		j++
	}
	return v.sorted[i:j]
}

func newVocabulary() *vocabulary {
	return &vocabulary{words: map[string]*vocabWord{}, byLen: map[int][]string{}}
}

// add records the words of a text; name marks every word as a name (the
// glossary's aliases are names analysts use).
func (v *vocabulary) add(text string, name bool) { v.addWords(words(text), name) }

// addWords records a text already split into words.
func (v *vocabulary) addWords(ws []string, name bool) {
	for i, w := range ws {
		if !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		lower := strings.ToLower(w)
		vw := v.words[lower]
		if vw == nil {
			vw = &vocabWord{surface: lower}
			v.words[lower] = vw
			n := utf8.RuneCountInString(lower)
			v.byLen[n] = append(v.byLen[n], lower)
		}
		vw.count++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			vw.capital++
		}
		if name || (i > 0 && vw.capital*2 > vw.count) {
			vw.name = true
			vw.surface = w
		} else if vw.capital*2 <= vw.count && !name {
			vw.name, vw.surface = false, lower
		}
	}
}

func (v *vocabulary) has(lower string) bool { return v.words[lower] != nil }

var tokenRE = lazyre.New(`\p{L}[\p{L}’']*\p{L}|\p{L}`)

// correct rewrites the words of a question that neither the knowledge base
// nor English knows into the nearest word that one of them does: the
// sources' own words first (names preferred), then English. A known word is
// never changed. Words in capitals (acronyms) are left, and so are short
// words, but for a shortening or a clipped word the sources' words or the
// question's context read.
func (ix *Index) correct(text string) (string, []Correction) {
	var fixes []Correction
	var terms []string
	context := func() []string { // the question's terms, looked up once when a clipped word needs them
		if terms == nil {
			terms = append(ix.Terms(text), "")
		}
		return terms
	}
	text, fixes = ix.rejoin(text)
	out := tokenRE.ReplaceAllStringFunc(text, func(w string) string {
		to, ok := ix.correction(w, context)
		if !ok {
			return w
		}
		fixes = append(fixes, Correction{From: w, To: to})
		return to
	})
	return out, fixes
}

// rejoin joins a name that dictation or a slip of the thumb split in two
// ("sand vika", "rey kjavik", "kwar shy"): two words, one of them no word
// the sources or English know, that written as one are a name of the
// sources', or a typo of one, or sound like one; and letters spaced one by
// one that are an acronym the sources or the glossary know ("u n", "e u").
// Two known words are never joined ("sea bridge").
func (ix *Index) rejoin(text string) (string, []Correction) {
	var fixes []Correction
	locs := tokenRE.FindAllStringIndex(text, -1)
	var b strings.Builder
	last := 0
	for i := 0; i+1 < len(locs); i++ {
		if text[locs[i][1]:locs[i+1][0]] != " " {
			continue
		}
		a, c := text[locs[i][0]:locs[i][1]], text[locs[i+1][0]:locs[i+1][1]]
		to, n := ix.spelledAcronym(text, locs[i:]), 0
		if to != "" {
			n = len(to)
		} else if to = ix.joined(a, c); to != "" {
			n = 2
		}
		if n == 0 {
			continue
		}
		from := text[locs[i][0]:locs[i+n-1][1]]
		b.WriteString(text[last:locs[i][0]])
		b.WriteString(to)
		fixes = append(fixes, Correction{From: from, To: to})
		last = locs[i+n-1][1]
		i += n - 1
	}
	if last == 0 {
		return text, nil
	}
	b.WriteString(text[last:])
	return b.String(), fixes
}

// spelledAcronym returns the acronym the single letters from locs[0] on,
// each a word and one space apart, spell ("u n": UN), when the sources or
// the glossary know it; "" when they spell none.
func (ix *Index) spelledAcronym(text string, locs [][]int) string {
	var letters []string
	for k, l := range locs {
		if l[1]-l[0] != 1 || k > 0 && text[locs[k-1][1]:l[0]] != " " {
			break
		}
		letters = append(letters, strings.ToUpper(text[l[0]:l[1]]))
	}
	for n := len(letters); n >= 2; n-- {
		acr := strings.Join(letters[:n], "")
		if ix.kb.Glossary.isAlias(acr) || ix.names.acronyms[acr] != "" {
			return acr
		}
	}
	return ""
}

// joined returns the name of the sources' that words a and c make written
// as one, exactly or as a typo of it; "" when they make none, or when
// both are words the sources or English know. Each part has three
// letters or more and is no chat form or acronym ("the Oslo imf deal",
// "Oslo atm" are no typo of "Oslos"); a part the sources have as it is
// joins only into a name written so exactly.
func (ix *Index) joined(a, c string) string {
	la, lc := strings.ToLower(a), strings.ToLower(c)
	if ix.knownWord(la) && ix.knownWord(lc) || !joinable(a) || !joinable(c) {
		return ""
	}
	one := la + lc
	if vw := ix.vocab.words[one]; vw != nil && vw.name {
		return vw.surface
	}
	if ix.kb.Glossary.isNameAlias(one) {
		return matchCase(a, one)
	}
	n := utf8.RuneCountInString(one)
	if n < 6 || n > maxWordLen || ix.vocab.has(la) || ix.vocab.has(lc) {
		return ""
	}
	if to, ok := ix.vocab.nearest(one, n, false); ok && ix.vocab.words[strings.ToLower(to)].name {
		return to
	}
	if to, ok := ix.vocab.soundsLike(one); ok && ix.vocab.words[strings.ToLower(to)].name {
		return to // "kwar shy": a name heard
	}
	return ""
}

// joinable reports whether a word may be half of a name split in two: three
// letters or more, in lower case or with a capital, and no stop word, chat
// form or word of the present ("atm", "rn"), nor an acronym in capitals.
func joinable(w string) bool {
	l := strings.ToLower(w)
	_, chat := contractions[l]
	return utf8.RuneCountInString(w) >= 3 && !isAcronym(w) && !isStopWord(l) && !chat && !chatWords[l] && !presentRE.MatchString(l)
}

func (ix *Index) correction(w string, context func() []string) (string, bool) {
	for _, poss := range []string{"'s", "’s", "'", "’"} { // "khusnulin's": the name, then its ending
		if base, ok := strings.CutSuffix(w, poss); ok && base != "" {
			if to, ok := ix.correction(base, context); ok {
				return to + poss, true
			}
			return "", false
		}
	}
	lower := strings.ToLower(w)
	if to, ok := ix.functionWordTypo(lower); ok {
		return matchCase(w, to), true
	}
	n := utf8.RuneCountInString(lower)
	if n == 3 {
		if to, ok := ix.abbreviation(w, lower, n); ok {
			return matchCase(w, to), true // "trp", "bdr": too short for a typo
		}
	}
	if h := ix.hyphenedForm(lower); h != "" && n >= 4 && !ix.vocab.has(lower) {
		// "ecolabel", and "nonrenewals" though English has it: the
		// sources' "eco-label", "non-renewals", with its prefix
		return matchCase(w, h), true
	}
	if n < 4 || n > maxWordLen || isAcronym(w) || ix.knownWord(lower) {
		return ix.clipInContext(w, lower, n, context)
	}
	r, _ := utf8.DecodeRuneInString(w)
	capital := unicode.IsUpper(r)
	if to, ok := ix.vocab.nearest(lower, n, capital); ok && (!lexicon.Abbreviation(lower) || expands(lower, to)) {
		if !capital && n >= 8 && n > utf8.RuneCountInString(to)+1 {
			// two letters longer than the sources' word, one edit from a
			// common English one: "testifed" is "testified", not the
			// sources' "tested" (only then: the English search is dear)
			if e, ok := nearestEnglish(lower); ok {
				return matchCase(w, e), true
			}
		}
		// an everyday abbreviation is read as a longer word it may stand
		// for ("acct": account), not as a typo of another ("equiv": equip)
		if !capital && strings.HasPrefix(lower, strings.ToLower(to)) {
			// "actualy": the adverb, which keeps the typo's ending, not
			// the sources' "actual" with the ending cut off
			if e, ok := nearestEnglish(lower); ok && strings.HasPrefix(e, strings.ToLower(to)) && strings.HasSuffix(e, lower[len(lower)-2:]) {
				return matchCase(w, e), true
			}
		}
		return matchCase(w, to), true
	}
	if to, ok := ix.vocab.clipped(lower, n); ok {
		return matchCase(w, to), true
	}
	if capital {
		// a name the sources do not have stays as written, but for the
		// start of one they have ("Vald" of "Valdemar")
		return ix.clipInContext(w, lower, n, context)
	}
	if to, ok := nearestEnglish(lower); ok && (!lexicon.Abbreviation(lower) || expands(lower, to)) {
		return matchCase(w, to), true
	}
	if to, ok := ix.vocab.transliterated(lower, ix.conceptOf); ok {
		// "phenjan", "cherson": a name as another language writes it,
		// where no English word is a typo away ("seperate"); not a word
		// English knows, a name of its own among them ("milan", "london"),
		// nor one written with a capital, which may be someone else's
		return to, true
	}
	if base, ok := strings.CutSuffix(w, "s"); ok && n >= 5 {
		// a name's possessive without its apostrophe, mistyped ("hollts")
		if to, ok := ix.correction(base, context); ok {
			if r, _ := utf8.DecodeRuneInString(to); unicode.IsUpper(r) {
				return to + "'s", true
			}
		}
	}
	if to, ok := ix.abbreviation(w, lower, n); ok {
		return matchCase(w, to), true // no typo: a shortening ("wrkrs", "trng")
	}
	if to, ok := ix.nameAbbreviation(lower, n); ok {
		return to, true // "bdesh": a name shortened, its start and end kept
	}
	return ix.clipInContext(w, lower, n, context)
}

// hyphenedForm returns a word the sources write with a hyphen, for a
// question's word that joins it, in the number the question has
// ("ecolabels", where the sources write "eco-label": "eco-labels"); ""
// for none.
func (ix *Index) hyphenedForm(lower string) string {
	if h, ok := ix.hyphened[lower]; ok {
		return h
	}
	if base, ok := strings.CutSuffix(lower, "s"); ok {
		if h, ok := ix.hyphened[base]; ok {
			return h + "s"
		}
	}
	if h, ok := ix.hyphened[lower+"s"]; ok {
		return strings.TrimSuffix(h, "s")
	}
	return ""
}

// nameAbbreviation reads a short word, in lower case, that neither the
// sources nor English have as the one name of the sources it shortens
// with its first letter and its last two kept and the letters between in
// order ("bdesh" of a country's name): of several names of
// different stems, none.
func (ix *Index) nameAbbreviation(lower string, n int) (string, bool) {
	if n < 4 || n > 6 || !isLowerLetters(lower) || ix.knownWord(lower) || isStopWord(lower) {
		return "", false
	}
	var found *vocabWord
	for _, cand := range ix.vocab.namesStarting(lower[0]) {
		if len(cand) < n+2 || !strings.HasSuffix(cand, lower[n-2:]) || !subsequence(lower, cand) {
			continue
		}
		cw := ix.vocab.words[cand]
		if found != nil && stem(strings.ToLower(found.surface)) != stem(strings.ToLower(cw.surface)) {
			return "", false
		}
		if better(cw, found) {
			found = cw
		}
	}
	if found == nil {
		return "", false
	}
	return found.surface, true
}

// maxFamilies is the most families of words a clipped word may start and
// still be read by its context.
const maxFamilies = 8

// clipInContext reads a clipped word that starts words of several
// families in the sources ("vald": Valdemar, Valdorf; "dep": deputy,
// deployment) as the family whose passages have more of the question's
// other terms than any other's ("the dep mayor": the deputy mayor's
// passage; "the pilot school in vald": the one that names the school). A
// word the sources or everyday English have, a stop word and an acronym
// are left, and so is a word whose context chooses no family.
//
// Two or three capitals that are no acronym anyone knows (no acronym of
// the sources' or the glossary's, no English word, no code of a country
// they name) are read so too, as the start of a name ("KL": Kuala
// Lumpur's): only of a name the glossary lists ("Prime" of "Prime
// Minister" is none), and only by the context. A code of a country the
// sources do not name may be read so ("CH": China, in a question on
// what China's passages say); the answer says what was searched.
func (ix *Index) clipInContext(w, lower string, n int, context func() []string) (string, bool) {
	if base, ok := strings.CutSuffix(lower, "s"); ok && n >= 4 && !isAcronym(w) && !strings.HasSuffix(base, "s") && (lexicon.Level(lower) == 0 || lexicon.Level(lower) > 40) &&
		lexicon.Abbreviation(base) && !ix.vocab.has(lower) && !ix.vocab.has(base) {
		// "recs": the plural of an everyday abbreviation, "rec"; not a
		// common word that ends so ("press": "pres")
		return ix.clipInContext(base, base, n-1, context)
	}
	capitals := isAcronym(w) && n <= 3 && ix.names.acronyms[w] == "" && !lexicon.Known(lower)
	if n < 3 && !capitals || n > 8 || isAcronym(w) && !capitals || !isLetters(w) || ix.vocab.has(lower) || lexicon.Ordinary(lower) ||
		isStopWord(lower) || chatWords[lower] || ix.kb.Glossary.isAlias(w) {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !capitals && lexicon.Name(lower) {
		return "", false // a name English knows ("Europe", where the sources write "European"), not the start of another
	}
	families := map[string][]*vocabWord{} // by the stem, or the one concept of whose aliases the word is part
	for _, cand := range ix.vocab.prefixed(lower) {
		if utf8.RuneCountInString(cand) < n+2 || !isLetters(cand) || capitals && !ix.kb.Glossary.isNameAlias(cand) {
			continue
		}
		s := stem(cand)
		if c := ix.kb.Glossary.concept[aliasKey(cand)]; len(ix.postings[s]) == 0 && c != "" {
			s = c // a city's name, which the sources' index holds as its country's concept
		} else if len(ix.postings[s]) == 0 {
			if cs := ix.partOfAlias(term{stem: s, surface: cand}, false); len(cs) == 1 {
				s = cs[0].Stem // "Valdemar", which the sources write only in "Valdemar Holt"
			}
		}
		if len(ix.postings[s]) > 0 {
			families[s] = append(families[s], ix.vocab.words[cand])
		}
		if len(families) > maxFamilies {
			return "", false // a start of too many words to be read as any
		}
	}
	if len(families) == 0 {
		return "", false
	}
	var others []string
	for _, t := range context() {
		if t != "" && t != stem(lower) && len(ix.postings[t]) > 0 && !slices.Contains(others, t) {
			others = append(others, t)
		}
	}
	best, bestN, tie := "", 0, false
	for _, s := range slices.Sorted(maps.Keys(families)) {
		docs := map[int32]bool{}
		for _, p := range ix.postings[s] {
			docs[p.doc] = true
		}
		k := 0
		for _, t := range others {
			if slices.ContainsFunc(ix.postings[t], func(p posting) bool { return docs[p.doc] }) {
				k++
			}
		}
		switch {
		case k > bestN:
			best, bestN, tie = s, k, false
		case k == bestN:
			tie = true
		}
	}
	if bestN == 0 || tie {
		return "", false
	}
	var pick *vocabWord
	for _, cw := range families[best] {
		if better(cw, pick) {
			pick = cw
		}
	}
	return matchCase(w, pick.surface), true
}
