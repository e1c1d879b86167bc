package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Caps on what an answer quotes, so that no source, however written, can
// make an answer huge: a sentence quoted in an answer's text and a
// citation's passage are cut, at a word, with an ellipsis.
const (
	MaxSentenceChars = 600
	MaxQuoteChars    = 5000
)

// clip returns s cut to at most max characters (runes), at a word
// boundary when there is one in the last fifth, ending in "…".
func clip(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut := 0
	for range max - 1 { // room for the ellipsis
		_, size := utf8.DecodeRuneInString(s[cut:])
		cut += size
	}
	head := s[:cut]
	if sp := strings.LastIndexFunc(head, unicode.IsSpace); sp > len(head)*4/5 {
		head = head[:sp]
	}
	return strings.TrimRightFunc(head, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ')' && r != '”' }) + "…"
}
