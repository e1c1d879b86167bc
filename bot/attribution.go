package bot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// A model's sentence restates a clause of its sources when it shares at
// least this share of its terms with it, and at least minRestated terms.
const (
	restatedShare = 0.5
	minRestated   = 2
)

// clauseRE cuts a sentence into clauses where a second statement begins.
var clauseRE = lazyre.New(`,\s+but\s+|;\s+|\s+while\s+|\s+whereas\s+|,\s+and\s+`)

// estimativeWords are the hedges an assessment keeps: a source's "likely"
// stated as certain is a dropped hedge, its "will" is not.
var estimativeWords = []string{"likely", "unlikely", "probably", "probable", "improbable", "almost certainly"}

// flattened returns the first sentence of a verified text that states
// flatly what its cited passages only report (someone claims it) or hold
// possible (may, perhaps, unclear), with why; "" when there is none.
func flattened(ix *knowledge.Index, text string, cited []*knowledge.Passage) (sentence, why string) {
	for _, s := range Sentences(text) {
		ms := markerRE.FindAllString(s, -1)
		if len(ms) == 0 {
			continue
		}
		plain := StripMarkers(s)
		own := knowledge.MarkStances(plain, false)
		if len(own) == 0 || len(own[0].Claims) > 0 || len(own[0].Hedges) > 0 || estimates(own[0]) {
			continue // it attributes, hedges or weighs what it says
		}
		terms := ix.Terms(plain)
		var best knowledge.Sentence
		bestShare := 0.0
		for _, p := range markedPassages(ms, cited) {
			for _, src := range ix.Sentences(p) {
				for _, clause := range clauseRE.Split(src.Text, -1) {
					if share := restated(terms, ix.Terms(clause)); share > bestShare {
						if c := knowledge.MarkStances(clause, false); len(c) > 0 {
							best, bestShare = c[0], share
						}
					}
				}
			}
		}
		if bestShare > 0 {
			if why := flattens(ix, terms, best); why != "" {
				return plain, why
			}
		}
	}
	return "", ""
}

// flattens says how a statement with these terms flattens the source
// clause it restates: "" when the clause is stated as flatly.
func flattens(ix *knowledge.Index, terms []string, k knowledge.Sentence) string {
	switch {
	case len(k.Claims) > 0 && restated(terms, ix.Terms(k.Claims[0].Content)) > 0:
		return fmt.Sprintf("what %s %s", k.Claims[0].Claimant, strings.TrimSpace(k.Claims[0].Verb))
	case len(k.Hedges) > 0:
		return fmt.Sprintf("what it holds only possible (%q)", k.Hedges[0])
	case estimates(k):
		return fmt.Sprintf("what it judges only %q", k.Cues[0])
	}
	return ""
}

// estimates reports whether a sentence weighs a likelihood: "likely".
func estimates(s knowledge.Sentence) bool {
	return slices.ContainsFunc(s.Cues, func(cue string) bool { return slices.Contains(estimativeWords, cue) })
}

// restated is the share of a statement's terms a clause has, or 0 when it
// does not restate the clause.
func restated(terms, clause []string) float64 {
	n := 0
	seen := map[string]bool{}
	for _, t := range terms {
		if !seen[t] && slices.Contains(clause, t) {
			n++
		}
		seen[t] = true
	}
	if n < minRestated || float64(n) < restatedShare*float64(len(seen)) {
		return 0
	}
	return float64(n) / float64(len(seen))
}

// markedPassages returns the passages a sentence's markers name.
func markedPassages(ms []string, cited []*knowledge.Passage) []*knowledge.Passage {
	var out []*knowledge.Passage
	for _, m := range ms {
		for _, f := range strings.Split(strings.Trim(m, "[]"), "][") {
			for _, g := range strings.Split(f, ",") {
				n, _ := strconv.Atoi(strings.TrimSpace(g))
				if n >= 1 && n <= len(cited) && !slices.Contains(out, cited[n-1]) {
					out = append(out, cited[n-1])
				}
			}
		}
	}
	return out
}
