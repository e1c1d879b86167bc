package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// transliterated returns the one name of the knowledge base that an
// unknown lower-case word of five letters or more writes in another
// romanisation: another language's spelling of a place or a person
// ("cherson": Kherson, "doneck" and "donec'k": Donetsk, "zaporižžja":
// Zaporizhzhia, "radzhin": Rajin, "phenjan": Pyongyang). Both are read
// as their consonants as they sound in the systems that romanise Cyrillic
// and Korean (translitKeys). They must share a reading; their lengths may
// differ by half at most and their vowels in one at most ("ocassion" is
// no "Oksana"); a reading of fewer than four consonants must also open
// with the name's own letter ("chosŏn" is no "Khasan") and be a name of
// five letters or more ("mirko" is no "Mark"). Names read alike are one
// where they are of one stem or aliases of one concept (concept: the
// glossary's concept of a word, "" for none); otherwise neither is sure.
// ok is false where no name, or more than one, reads so.
func (v *vocabulary) transliterated(lower string, concept func(w string) string) (string, bool) {
	n := utf8.RuneCountInString(lower)
	if n < 5 || n > maxWordLen {
		return "", false
	}
	v.translitOnce.Do(func() {
		v.translit = map[string][]string{}
		for w, vw := range v.words {
			if !vw.name || utf8.RuneCountInString(w) < 4 {
				continue
			}
			for _, k := range translitKeys(w) {
				if !slices.Contains(v.translit[k], w) {
					v.translit[k] = append(v.translit[k], w)
				}
			}
		}
		for _, ws := range v.translit {
			slices.Sort(ws) // the same order on every run
		}
	})
	var best *vocabWord
	var ed editor
	root, of, vowels := "", "", vowelsOf(lower)
	for _, k := range translitKeys(lower) {
		for _, w := range v.translit[k] {
			m := utf8.RuneCountInString(w)
			if 2*max(m, n) > 3*min(m, n) {
				continue // "kimsk" is no reading of "Kim"
			}
			if len(strings.TrimPrefix(k, "V")) < 4 && (w[0] != lower[0] || m < 5) {
				continue // a short reading: the name's first letter too, and no short name ("mirko" is no "Mark")
			}
			if ed.distance(vowels, vowelsOf(w), 1) > 1 {
				continue // "ocassion" reads as "Oksana" does, but its vowels are another word's
			}
			switch st, c := stem(w), concept(w); {
			case root == "":
				root, of = st, c
			case st != root && (c == "" || c != of):
				return "", false // two names read alike: neither is sure
			}
			if cw := v.words[w]; better(cw, best) {
				best = cw
			}
		}
	}
	if best == nil {
		return "", false
	}
	return best.surface, true
}

// translitFolds write letters with a diacritic as the romanisations
// without one do ("ž" zh, "č" ch); other marks are dropped (ë e, ŏ o).
var translitFolds = strings.NewReplacer("ž", "zh", "ż", "zh", "ź", "zh", "š", "sh", "ś", "sh", "č", "ch", "ć", "ch", "ł", "l", "ß", "ss")

// translitSpellings are letters that spell one sound in one system or
// another, each written as one letter: capitals stand for a sound the
// Latin alphabet has no one letter for (S "sh", Z "zh", J "dzh", C
// "tch", T "ts").
var translitSpellings = strings.NewReplacer(
	"shch", "S", "sch", "S", "sh", "S", "sz", "S",
	"dzh", "J", "dj", "J", "zh", "Z",
	"tsch", "C", "tch", "C", "cz", "C",
	"ts", "T", "tz", "T",
	"kh", "k", "ph", "p", "gh", "g", "th", "t",
	"qu", "kv", "q", "k", "x", "ks", "w", "v", "ng", "n",
)

// maxTranslitKeys bounds the readings of one word.
const maxTranslitKeys = 32

// translitKeys returns the readings of a lower-case word as consonants,
// in order (see transliterated): letters that spell one sound are one
// (translitSpellings), a letter doubled is one, vowels and "y" are left
// out but for a vowel that opens the word (written "V"). Letters that
// systems read differently give a reading each: "c" k (s before e, i, y)
// or ts, "ch" k or tch, "j" the consonant of "Rajin" or the glide of
// "phenjan", "h" nothing or g ("Luhansk", "Lugansk").
func translitKeys(lower string) []string {
	w := strings.Map(func(r rune) rune {
		switch r {
		case '\'', '’', 'ʼ', 'ʹ', '`', '-':
			return -1
		}
		return r
	}, translitFolds.Replace(lower))
	w = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(w))
	w = translitSpellings.Replace(w)
	keys := []string{""}
	last := make([]byte, 1) // per key, its last consonant
	grow := func(alts ...string) {
		if len(keys)*len(alts) > maxTranslitKeys {
			alts = alts[:1]
		}
		var next []string
		var nextLast []byte
		for i, k := range keys {
			for _, a := range alts {
				if a == "" || a[0] == last[i] {
					next, nextLast = append(next, k), append(nextLast, last[i])
					continue
				}
				next, nextLast = append(next, k+a), append(nextLast, a[len(a)-1])
			}
		}
		keys, last = next, nextLast
	}
	rs := []rune(w)
	for i, r := range rs {
		var after rune
		if i+1 < len(rs) {
			after = rs[i+1]
		}
		switch {
		case r > unicode.MaxASCII || !unicode.IsLetter(r):
			return nil // another script, or a figure: no romanisation
		case strings.ContainsRune("aeiouy", r):
			if i == 0 {
				grow("V")
			} else {
				for k := range last {
					last[k] = 0 // "Rundu": the vowel parts the two letters
				}
			}
		case r == 'c' && after == 'h':
			grow("k", "C")
		case r == 'h' && i > 0 && rs[i-1] == 'c':
			// read with its "c"
		case r == 'c':
			if strings.ContainsRune("eiy", after) {
				grow("s", "T")
			} else {
				grow("k", "T")
			}
		case r == 'j':
			grow("J", "")
		case r == 'h':
			grow("", "g")
		default:
			grow(string(r))
		}
	}
	out := keys[:0]
	for _, k := range keys {
		if len(strings.TrimPrefix(k, "V")) >= 3 && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// vowelsOf returns a word's vowels in order, diacritics folded, without
// "y" and "j", which the romanisations write as glides: "phenjan" ea,
// "pyongyang" oa. Romanisations of one name differ in a vowel at most.
func vowelsOf(lower string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(lower) {
		if strings.ContainsRune("aeiou", r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
