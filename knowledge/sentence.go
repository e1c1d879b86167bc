package knowledge

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// sentenceEnd finds where a sentence ends: a stop, maybe a closing quote or
// bracket, then space before a capital, a digit or an opening quote.
var sentenceEnd = lazyre.New(`[.!?][”"’')\]]*\s+[“"‘'(\p{Lu}\d]`)

// SplitSentences splits a passage into its sentences, verbatim.
func SplitSentences(text string) []string {
	var out []string
	for {
		loc := sentenceEnd.FindStringIndex(text)
		if loc == nil {
			break
		}
		// the match ends one rune into the next sentence
		_, size := utf8.DecodeLastRuneInString(text[:loc[1]])
		cut := loc[1] - size
		out = append(out, strings.TrimSpace(text[:cut]))
		text = text[cut:]
	}
	if s := strings.TrimSpace(text); s != "" {
		out = append(out, s)
	}
	return out
}

// HintTerms returns the search terms a passage's hints give it: what it is
// about when its words do not say so. Nil when it has none.
func (ix *Index) HintTerms(p *Passage) map[string]bool { return hintTerms(ix.kb.Glossary, p) }
