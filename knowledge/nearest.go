package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

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
	if _, ok := contractions[lower]; ok || contractedRE.MatchString(lower) {
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
	bare := apostrophes.Replace(lower)
	if _, ok := contractions[bare]; ok || bare != lower && ix.vocab.has(bare) {
		return true // "isnt"; "d'ivoire", which the sources' words hold as "divoire"
	}
	// a possessive or plural written without its apostrophe: "chinas"
	if base, ok := strings.CutSuffix(lower, "s"); ok && (ix.vocab.has(base) || lexicon.Known(base)) {
		return true
	}
	// a plural of a word English knows, which its word lists leave out
	// ("militaries": military)
	if base, ok := strings.CutSuffix(lower, "ies"); ok && lexicon.Known(base+"y") {
		return true
	}
	return contractedRE.MatchString(lower) // "we're", "they'd": not "were", "theyd"
}

// apostrophes drops both apostrophes from a word ("isn't", "d’ivoire").
var apostrophes = strings.NewReplacer("'", "", "’", "")

// contractedRE finds a word contracted with an apostrophe: a pronoun or
// a verb and its ending ("we're", "they'll", "isn't").
var contractedRE = lazyre.New(`^\p{L}+['’](?:re|ve|ll|d|m|t)$`)

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
// longer, and opening with it ("therapy" of "therap"), or a contraction
// of it that leaves out three letters or more, its letters in order from
// its first three to its last ("account" of "acct", "government" of
// "govt"); a word a letter or two longer is what a typo left them out
// of ("general" of "geneal", "intends" of "intens", "accept" of "acct"),
// not what the abbreviation stands for.
func expands(abbr, word string) bool {
	word = strings.ToLower(word)
	if len(word) <= len(abbr) || !strings.HasPrefix(word, abbr[:min(3, len(abbr))]) {
		return false
	}
	if strings.HasPrefix(word, abbr) {
		return true
	}
	return len(word) >= len(abbr)+3 && word[len(word)-1] == abbr[len(abbr)-1] && subsequence(abbr, word)
}

// conceptOf returns the glossary's concept of a word that is an alias of
// one, "" for none.
func (ix *Index) conceptOf(w string) string {
	if ix.kb.Glossary == nil {
		return ""
	}
	return ix.kb.Glossary.concept[aliasKey(w)]
}
