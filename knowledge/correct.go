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

// whWords are the question words a typo is read as.
var whWords = []string{"which", "what", "when", "where", "who", "whom", "whose", "why", "how"}

// functionWords are the question words and the other words of English's
// closed classes (auxiliaries, quantifiers, prepositions) a typo is read
// as: chat mistypes them most ("wuld", "mnay").
var functionWords = append(whWords[:len(whWords):len(whWords)],
	"would", "could", "should", "about", "against", "many", "much", "because", "there", "their",
	"they", "with", "were", "was", "have", "has", "does", "did", "been", "from", "into", "after",
	"before", "between", "other", "over", "under", "still", "also", "only", "even", "just", "some",
	"more", "most", "than", "then", "this", "that", "these", "those", "will", "said", "says",
	"the", "and", "for", "are", "not", "ever", "never", "every", "any", "again", "already", "since",
	"until", "while", "without", "within", "through", "during")

// functionWordTypo reads a word that neither the sources nor everyday
// English have (or only as a rare word: "wich") as the one question word it
// is one edit from ("wich", "waht"), else as the one other function word
// ("wuld") or, of several, the one of its length ("mnay": many, not may);
// "hwo", one edit from both "who" and "how", is left as written.
func (ix *Index) functionWordTypo(lower string) (string, bool) {
	n := utf8.RuneCountInString(lower)
	if n < 2 || n > 6 || n == 2 && lexicon.Known(lower) || ix.vocab.has(lower) || slices.Contains(functionWords, lower) || isStopWord(lower) {
		return "", false
	}
	if l := lexicon.Level(lower); lexicon.Known(lower) && l < rareLevel || chatWords[lower] {
		return "", false
	}
	if _, ok := contractions[lower]; ok {
		return "", false
	}
	var ed editor
	near := func(words []string) []string {
		var found []string
		for _, q := range words {
			if ed.distance(lower, q, 1) <= 1 {
				found = append(found, q)
			}
		}
		return found
	}
	found := near(whWords) // a question word first: "wich" is which, not with
	if len(found) == 0 {
		found = near(functionWords)
		if len(found) > 1 {
			found = slices.DeleteFunc(found, func(q string) bool { return utf8.RuneCountInString(q) != n })
		}
	}
	if len(found) != 1 {
		return "", false // "wha": what or who
	}
	return found[0], true
}

// rareLevel is the SCOWL size from which a word is rare enough to be a
// typo of a question word ("wich": 80).
const rareLevel = 70

// knownWord reports whether a lower-case word needs no correction.
func (ix *Index) knownWord(lower string) bool {
	if ix.vocab.has(lower) || lexicon.Known(lower) || isStopWord(lower) || chatWords[lower] {
		return true
	}
	if _, ok := contractions[strings.NewReplacer("'", "", "’", "").Replace(lower)]; ok {
		return true
	}
	// a possessive or plural written without its apostrophe: "chinas"
	if base, ok := strings.CutSuffix(lower, "s"); ok && (ix.vocab.has(base) || lexicon.Known(base)) {
		return true
	}
	return false
}

// maxWordLen is the longest word the corrector looks at: no English word
// or name is longer, and the search for a nearer one grows with length.
const maxWordLen = 32

// maxEdits is how many edits a word of n letters may be from its
// correction: one up to seven letters, two from eight.
func maxEdits(n int) int {
	if n >= 8 {
		return 2
	}
	return 1
}

// nearest finds the knowledge base's word nearest to an unknown one. Ties
// go to a name, then to the commoner word. A four-letter word is corrected
// to a name, or to a word when every word one edit from it has one stem
// ("votd": vote, voted; "nork" is as near north as work); a capitalised
// word of five letters or more may be one edit further from a name
// ("Artem" for "Artyom").
func (v *vocabulary) nearest(lower string, n int, capital bool) (string, bool) {
	k := maxEdits(n)
	if capital && n >= 5 {
		k++
	}
	bestD := k + 1
	var bestW *vocabWord
	var short *vocabWord // a four-letter word's nearest word, while all have one stem
	shortStem, shortOK := "", n == 4
	w0, w1 := firstTwo(lower)
	var ed editor
	for l := n - k; l <= n+k; l++ {
		for _, cand := range v.byLen[l] {
			// a typo keeps the first letter, or swaps, drops or adds one
			// before it: a cheap test that spares most distances
			if c0, c1 := firstTwo(cand); c0 != w0 && c0 != w1 && c1 != w0 {
				continue
			}
			if l < 4 || isStopWord(cand) {
				continue
			}
			d := ed.distance(lower, cand, k)
			if d > k {
				continue
			}
			cw := v.words[cand]
			if n == 4 && !cw.name && shortOK {
				switch st := stem(cand); {
				case shortStem == "" || st == shortStem:
					shortStem = st
					if better(cw, short) {
						short = cw
					}
				default:
					shortOK = false
				}
			}
			if (n == 4 || d > maxEdits(n)) && !cw.name {
				continue
			}
			if d < bestD || (d == bestD && better(cw, bestW)) {
				bestD, bestW = d, cw
			}
		}
	}
	if bestW == nil && shortOK && short != nil {
		bestW = short
	}
	if bestW == nil {
		return "", false
	}
	return bestW.surface, true
}

// clipped finds the word of the knowledge base that an unknown word is the
// start of ("interop" for "interoperability"): every source word it starts
// is at least three letters longer, and all of them go on alike for two
// letters more, one family of words ("recog": recognise, recognition).
func (v *vocabulary) clipped(lower string, n int) (string, bool) {
	if n < 5 {
		return "", false
	}
	var best *vocabWord
	common := ""
	for l := n + 3; l <= maxWordLen; l++ {
		for _, cand := range v.byLen[l] {
			if !strings.HasPrefix(cand, lower) {
				continue
			}
			if common == "" {
				common = cand
			}
			common = commonPrefix(common, cand)
			if cw := v.words[cand]; better(cw, best) {
				best = cw
			}
		}
	}
	if best == nil || len(common) < len(lower)+2 {
		return "", false // "trans": transport or transition
	}
	return best.surface, true
}

// commonPrefix returns the longest start a and b share.
func commonPrefix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[:i]
}

// abbreviation reads a short word that neither the sources nor English
// have as the one word of the sources it abbreviates, as chat shortens
// words: by dropping letters ("wrkrs", "trps", "ctry", "bdr": the word's
// first and last letters kept, the rest in order; the last before a
// silent "e" where no vowel is kept, and "ck" as "k": "svc", "pkg") or
// by clipping it
// ("dep", "maj": its start), or a function word by its consonants ("wht").
// A word whose letters are its consonants ("wrkrs": workers) is
// preferred; of several words of different stems, none is chosen ("pol":
// Poland, policy). Words typed in capitals are left.
func (ix *Index) abbreviation(w, lower string, n int) (string, bool) {
	bare := vowels(lower[1:]) == 0 // no vowel but perhaps the first: "mtg", "amt", "excptnl"
	if n < 3 || n > 6 && !(bare && n <= maxBareLen) || !isLowerLetters(w) || ix.knownWord(lower) || isStopWord(lower) || vowels(lower) > 1 {
		return "", false
	}
	var fws []string // a function word by its consonants ("wht": what)
	for _, fw := range functionWords {
		if consonants(fw) == lower {
			fws = append(fws, fw)
		}
	}
	if len(fws) > 0 {
		return fws[0], len(fws) == 1 // "thr": there or their
	}
	var exact, loose []*vocabWord
	for l := n + 1; l <= maxWordLen; l++ {
		for _, cand := range ix.vocab.byLen[l] {
			if cand[0] != lower[0] || !isLowerLetters(cand) {
				continue
			}
			cw := ix.vocab.words[cand]
			switch {
			case consonants(cand) == lower || consonants(strings.ReplaceAll(cand, "ck", "k")) == lower || len(cand) > n+1 && skeleton(cand) == lower: // "pkg": package; "excptnl": exceptional, not "est" east
				exact = append(exact, cw)
			case n > 6: // a long one is its word's skeleton or nothing
			case strings.HasPrefix(cand, lower) || cand[len(cand)-1] == lower[n-1] && subsequence(lower, cand) ||
				vowels(lower) == 0 && lastSounded(cand) == lower[n-1] && subsequence(lower, cand): // "svc": service; not "cac" as "chance"
				loose = append(loose, cw)
			}
		}
	}
	if len(exact) == 0 && bare {
		loose = closest(lower, loose)
	}
	for _, found := range [][]*vocabWord{exact, loose} {
		if len(found) == 0 {
			continue
		}
		var best *vocabWord
		root := stem(strings.ToLower(found[0].surface))
		for _, cw := range found {
			if stem(strings.ToLower(cw.surface)) != root {
				return "", false // "pol": Poland, policy or political
			}
			if better(cw, best) {
				best = cw
			}
		}
		return best.surface, true
	}
	return "", false
}

// maxBareLen is the longest word read as another's skeleton ("excptnl").
const maxBareLen = 9

// skeleton is a lower-case word's first letter and the consonants after
// it, a letter doubled once: "exceptional": excptnl, "meeting": mtng.
func skeleton(w string) string {
	var b strings.Builder
	for i, r := range w {
		if i > 0 && (strings.ContainsRune("aeiou", r) || r == rune(w[i-1])) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// closest narrows the words a vowel-less short form may shorten to those
// whose skeleton it keeps clearly most of ("mtg": meeting, whose mtng it
// keeps three letters of four, not manufacturing, three of eight), or
// leaves them all where none stands out.
func closest(lower string, found []*vocabWord) []*vocabWord {
	kept := func(cw *vocabWord) float64 {
		return float64(len(lower)) / float64(max(len(skeleton(strings.ToLower(cw.surface))), 1))
	}
	var best *vocabWord
	for _, cw := range found {
		if len(cw.surface) > len(lower)+1 && (best == nil || kept(cw) > kept(best)) { // "est" shortens no "east"
			best = cw
		}
	}
	if best == nil || kept(best) < 0.6 {
		return found
	}
	root := stem(strings.ToLower(best.surface))
	for _, cw := range found {
		if stem(strings.ToLower(cw.surface)) != root && kept(cw) > kept(best)-0.25 {
			return found // "cst": cost or cast, as close
		}
	}
	return slices.DeleteFunc(slices.Clone(found), func(cw *vocabWord) bool { return stem(strings.ToLower(cw.surface)) != root })
}

// lastSounded is a word's last letter, or the one before a silent final
// "e" ("service": c), as a word shortened by its consonants ends.
func lastSounded(w string) byte {
	if n := len(w); n > 3 && w[n-1] == 'e' && !strings.ContainsRune("aeiouy", rune(w[n-2])) {
		return w[n-2]
	}
	return w[len(w)-1]
}

// isLetters reports whether s is letters only.
func isLetters(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// vowels counts the vowels of a lower-case word.
func vowels(w string) int { return len(w) - len(consonants(w)) }

// consonants is a lower-case word without its vowels.
func consonants(w string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}, w)
}

// subsequence reports whether the letters of a are in b, in order.
func subsequence(a, b string) bool {
	i := 0
	for j := 0; j < len(b) && i < len(a); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

func better(a, b *vocabWord) bool {
	if b == nil {
		return true
	}
	if a.name != b.name {
		return a.name
	}
	return a.count > b.count
}

// nearestEnglish corrects a word one edit away from an English word the
// lexicon lists, preferring the commonest.
func nearestEnglish(lower string) (string, bool) {
	if utf8.RuneCountInString(lower) < 5 {
		return "", false
	}
	best, bestLevel, end := "", 1000, lower[len(lower)-2:]
	for _, cand := range edits1(lower) {
		// as common, the word that keeps the typo's ending (keepsEnd):
		// "originaly" is "originally", not "original" its end cut off
		if l := lexicon.Level(cand); l > 0 && l <= 50 && (l < bestLevel || l == bestLevel && keepsEnd(cand, lower, end) && !keepsEnd(best, lower, end)) {
			best, bestLevel = cand, l
		}
	}
	return best, best != ""
}

// keepsEnd reports whether a word one edit away from a typo mends it
// before its last two letters (end), which it keeps: "originally" of
// "originaly", not "forcing" of "foreing".
func keepsEnd(cand, lower, end string) bool {
	return strings.HasSuffix(cand, end) && strings.HasPrefix(cand, lower[:len(lower)-2])
}

// edits1 returns every string one deletion, transposition, substitution or
// insertion of a lower-case letter away from w.
func edits1(w string) []string {
	rs := []rune(w)
	var out []string
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
		if i+1 < len(rs) {
			t := append([]rune{}, rs...)
			t[i], t[i+1] = t[i+1], t[i]
			out = append(out, string(t))
		}
	}
	for i := 0; i <= len(rs); i++ {
		for c := 'a'; c <= 'z'; c++ {
			out = append(out, string(rs[:i])+string(c)+string(rs[i:]))
			if i < len(rs) && rs[i] != c {
				out = append(out, string(rs[:i])+string(c)+string(rs[i+1:]))
			}
		}
	}
	return out
}

func firstTwo(s string) (rune, rune) {
	r0, w := utf8.DecodeRuneInString(s)
	r1, _ := utf8.DecodeRuneInString(s[w:])
	return r0, r1
}

// An editor computes edit distances, reusing its rows.
type editor struct {
	ra, rb           []rune
	prev2, prev, cur []int
}

// distance is the optimal-string-alignment distance between a and b (a
// transposition of two neighbours counts one), or k+1 once it must exceed
// k.
func (ed *editor) distance(a, b string, k int) int {
	ed.ra, ed.rb = append(ed.ra[:0], []rune(a)...), append(ed.rb[:0], []rune(b)...)
	ra, rb := ed.ra, ed.rb
	if abs(len(ra)-len(rb)) > k {
		return k + 1
	}
	row := func(s []int) []int {
		if cap(s) < len(rb)+1 {
			return make([]int, len(rb)+1)
		}
		return s[:len(rb)+1]
	}
	ed.prev2, ed.prev, ed.cur = row(ed.prev2), row(ed.prev), row(ed.cur)
	prev2, prev, cur := ed.prev2, ed.prev, ed.cur
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > k {
			return k + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	ed.prev2, ed.prev, ed.cur = prev2, prev, cur
	return prev[len(rb)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// matchCase writes a correction the way the question wrote the word: a
// name keeps the sources' capitals; a word written in lower case stays so
// unless the correction is a name.
func matchCase(asked, to string) string {
	r, _ := utf8.DecodeRuneInString(to)
	if unicode.IsUpper(r) {
		return to
	}
	a, _ := utf8.DecodeRuneInString(asked)
	if unicode.IsUpper(a) {
		return string(unicode.ToUpper(r)) + to[utf8.RuneLen(r):]
	}
	return to
}

// expands reports whether a word may be what an abbreviation stands for:
// longer, and opening with its first three letters ("account" of "acct").
func expands(abbr, word string) bool {
	return len(word) > len(abbr) && strings.HasPrefix(strings.ToLower(word), abbr[:min(3, len(abbr))])
}

// conceptOf returns the glossary's concept of a word that is an alias of
// one, "" for none.
func (ix *Index) conceptOf(w string) string {
	if ix.kb.Glossary == nil {
		return ""
	}
	return ix.kb.Glossary.concept[aliasKey(w)]
}
