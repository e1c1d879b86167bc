package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// detectLanguage names the language of a question plainly not in English:
// by its script, or by the common words of a Latin-script language
// outnumbering English ones. "" for English (or too short to tell).
func detectLanguage(text string) string {
	counts := map[string]int{}
	letters := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		for _, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[s.lang]++
				break
			}
		}
	}
	for _, s := range scripts {
		if letters > 0 && counts[s.lang]*2 > letters {
			if s.lang == "Russian" && strings.ContainsAny(text, "іїєґІЇЄҐ") {
				return "Ukrainian"
			}
			return s.lang
		}
	}
	ws := words(strings.ToLower(text))
	if len(ws) < 3 {
		return ""
	}
	english := 0
	for _, w := range ws {
		if englishCommon[w] {
			english++
		}
	}
	for _, l := range latinLanguages {
		n := 0
		seen := map[string]bool{}
		for _, w := range ws {
			// each word once, and not a letter alone: "y/y" (year on
			// year) is no Spanish "y" twice
			if l.words[w] && !seen[w] && utf8.RuneCountInString(w) > 1 {
				seen[w] = true
				n++
			}
		}
		if n >= 2 && n > english {
			return l.lang
		}
	}
	return ""
}

var scripts = []struct {
	lang  string
	table *unicode.RangeTable
}{
	{"Russian", unicode.Cyrillic}, {"Korean", unicode.Hangul}, {"Japanese", unicode.Hiragana},
	{"Japanese", unicode.Katakana}, {"Chinese", unicode.Han}, {"Arabic", unicode.Arabic},
	{"Hebrew", unicode.Hebrew}, {"Greek", unicode.Greek}, {"Hindi", unicode.Devanagari},
	{"Thai", unicode.Thai}, {"Persian", unicode.Arabic},
}

var englishCommon = setOf("the", "a", "an", "is", "are", "was", "were", "what", "who", "why", "how", "did",
	"does", "do", "of", "in", "on", "to", "and", "or", "with", "for", "about", "this", "that", "it", "has",
	"have", "will", "would", "can", "could", "when", "where", "which")

var latinLanguages = []struct {
	lang  string
	words map[string]bool
}{
	{"French", setOf("le", "la", "les", "des", "est", "une", "du", "et", "pourquoi", "quelle", "quel", "avec", "dans", "sur", "pour", "qui", "que", "ce", "sont", "comment", "il", "elle", "au", "aux", "ont")},
	{"German", setOf("der", "die", "das", "und", "ist", "nicht", "mit", "warum", "wie", "was", "welche", "ein", "eine", "den", "dem", "zu", "von", "auf", "für", "sind", "hat", "haben")},
	{"Spanish", setOf("el", "los", "las", "es", "por", "qué", "que", "del", "una", "con", "para", "cómo", "cuál", "son", "está", "están", "y", "en", "la", "se")},
	{"Italian", setOf("il", "gli", "della", "delle", "che", "perché", "è", "una", "con", "per", "sono", "come", "quale", "del", "degli", "nel")},
	{"Portuguese", setOf("os", "as", "não", "uma", "com", "para", "por", "que", "porque", "como", "qual", "são", "está", "do", "da", "em")},
	{"Dutch", setOf("de", "het", "een", "en", "van", "is", "niet", "met", "waarom", "hoe", "wat", "welke", "zijn", "heeft")},
}
