package bot

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge"
)

// sentenceEnd finds where a sentence ends: a stop, maybe a closing quote or
// bracket, then space before a capital, a digit or an opening quote.
var sentenceEnd = regexp.MustCompile(`[.!?][”"’')\]]*\s+[“"‘'(\p{Lu}\d]`)

// Sentences splits a passage into its sentences, verbatim.
func Sentences(text string) []string {
	var out []string
	for {
		loc := sentenceEnd.FindStringIndex(text)
		if loc == nil {
			break
		}
		// the match ends one rune into the next sentence
		_, size := lastRune(text[:loc[1]])
		cut := loc[1] - size
		out = append(out, strings.TrimSpace(text[:cut]))
		text = text[cut:]
	}
	if s := strings.TrimSpace(text); s != "" {
		out = append(out, s)
	}
	return out
}

func lastRune(s string) (rune, int) {
	rs := []rune(s)
	r := rs[len(rs)-1]
	return r, len(string(r))
}

func trimSpace(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }

// weigher scores text by the question's terms it shares, weighted by IDF.
type weigher struct {
	ix     *knowledge.Index
	weight map[string]float64
}

func newWeigher(ix *knowledge.Index, r knowledge.Result) weigher {
	w := weigher{ix: ix, weight: map[string]float64{}}
	for _, t := range r.Terms {
		if t.Found {
			w.weight[t.Stem] = t.IDF
		}
	}
	return w
}

func (w weigher) score(text string) float64 {
	var s float64
	seen := map[string]bool{}
	for _, t := range w.ix.Terms(text) {
		if !seen[t] {
			s += w.weight[t]
			seen[t] = true
		}
	}
	return s
}

// extractiveText quotes, for each hit, its sentence that shares the most
// with the question, marked with the hit's [n]. A lone hit may give two.
func extractiveText(w weigher, hits []knowledge.Hit) string {
	var b strings.Builder
	for i, h := range hits {
		ss := quotedSentences(h.Passage.Text)
		n := 1
		if len(hits) == 1 {
			n = 2 // a lone passage may give two sentences
		}
		picks := bestSentences(w, ss, n)
		for _, k := range picks {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(ss[k])
			b.WriteString(" [")
			b.WriteString(strconv.Itoa(i + 1))
			b.WriteString("]")
		}
	}
	return b.String()
}

// bestSentences returns the indexes of the n best sentences in text order;
// a second sentence must score at least half the first. With no shared
// term at all, the first sentence stands for the passage.
func bestSentences(w weigher, ss []string, n int) []int {
	best, second := -1, -1
	var bs, ss2 float64
	for i, s := range ss {
		sc := w.score(s)
		switch {
		case best < 0 || sc > bs:
			second, ss2 = best, bs
			best, bs = i, sc
		case second < 0 || sc > ss2:
			second, ss2 = i, sc
		}
	}
	if best < 0 {
		return nil
	}
	if bs == 0 {
		return []int{0}
	}
	if n < 2 || second < 0 || ss2 < bs/2 {
		return []int{best}
	}
	if second < best {
		return []int{second, best}
	}
	return []int{best, second}
}
