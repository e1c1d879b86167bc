package knowledge

import (
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// actualAskedRE finds a question after a figure as it came out, not as
// it was foreseen: "how many did they actually build", "in the end",
// "so far", "to date".
var actualAskedRE = lazyre.New(`(?i)\b(?:actually|in the end|ended up|end up|so far|to date|in practice)\b`)

// onlyForeseen reports whether every figure of the kind asked that a
// passage gives, in a clause on a word of the question, is told as
// foreseen: a word of a forecast, a target, an aim, what is expected or
// planned in the eight words before it ("cut its 2024 output forecast
// from 62,000 tonnes to 51,000 tonnes", "is expected to generate about
// 2,150 GWh"), or a clause of what is still to come; not "handled 1.2
// million containers, against a target of 1.5 million". A unit asked
// ("how many GWh") counts only the figures in it. false where the
// passage gives none.
func (ix *Index) onlyForeseen(p *Passage, own []QueryTerm, wants Quantity, unit string) bool {
	seen := false
	for _, s := range SplitSentences(p.Text) {
		for _, c := range resultClauseRE.Split(s, -1) {
			if sentenceShare(ix.Terms(strings.ToLower(c)), own) == 0 {
				continue
			}
			pending := pendingClause(c, p)
			for _, loc := range figureRE.FindAllStringIndex(c, -1) {
				before := lastWords(c[:loc[0]], 8)
				figure := c[loc[0]:min(len(c), loc[1]+24)]
				if isYear(c[loc[0]:loc[1]]) || unit == "" && !ix.hasQuantity(&Passage{Text: before + figure}, wants) || unit != "" && !givesUnit(figure, unit) {
					continue
				}
				if wants == Count && ix.hasQuantity(&Passage{Text: lastWords(before, 2) + figure}, Money) {
					continue // "launched with RM 120 million": a sum, no count
				}
				if !pending && !foreseenFigureRE.MatchString(before) {
					return false
				}
				seen = true
			}
		}
	}
	return seen
}

// lastWords returns the last n words of text, as written.
func lastWords(text string, n int) string {
	f := strings.Fields(text)
	return strings.Join(f[max(0, len(f)-n):], " ") + " "
}

// foreseenFigureRE finds a figure told as foreseen.
var foreseenFigureRE = lazyre.New(`(?i)\b(?:forecasts?|forecast(?:ed|ing)|targets?|targeted|aims?\s+to|aimed\s+to|projected|projections?|expected|expects?|budget(?:ed)?|planned|plans?\s+to|would|could|should|is\s+to|are\s+to|goal)\b`)
