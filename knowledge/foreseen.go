package knowledge

import (
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// actualAskedRE finds a question after a figure as it came out, not as
// it was foreseen: "how many did they actually build", "in the end",
// "so far", "to date".
var actualAskedRE = lazyre.New(`(?i)\b(?:actually|in the end|ended up|end up|so far|to date|in practice)\b`)

// onlyForeseen reports whether every figure of the kind asked that a
// passage gives, in a clause on a word of the question, is told as
// foreseen: a word of a forecast, a target, an aim, a plan, a promise,
// "will" or of what is still to come in the four words before it, in its
// own part of the clause and since the figure before it ("is expected to
// generate about 2,150 GWh", "will retrain 1,000 welders"; not "with a
// budget of EUR 12 million, has spent EUR 7.5 million", "of the planned
// 12 turbines, 7 have been installed"), or a figure a foreseen one runs
// on to ("cut its output forecast from 62,000 tonnes to 51,000 tonnes").
// Words that tell of the past are no forecast ("as expected", "met its
// target", "should have cost", "the budget carrier"). A unit asked ("how
// many GWh") counts only the figures in it; for a count, any figure that
// is no year and no sum ("drew 1950 visitors") is one. false where the
// passage gives none.
func (ix *Index) onlyForeseen(p *Passage, own []QueryTerm, wants Quantity, unit string) bool {
	seen := false
	for _, s := range SplitSentences(p.Text) {
		for _, c := range resultClauseRE.Split(s, -1) {
			if sentenceShare(ix.Terms(strings.ToLower(c)), own) == 0 {
				continue
			}
			from, prevForeseen := 0, false
			for _, loc := range figureRE.FindAllStringIndex(c, -1) {
				between := c[from:loc[0]]
				from = loc[1]
				before := between
				if i := strings.LastIndexAny(before, ",;:("); i >= 0 {
					before = before[i+1:] // "officials, who said it would end in June, reported that 800": the figure's own clause
				}
				before = lastWords(before, 4)
				figure := c[loc[0]:min(len(c), loc[1]+24)]
				if yearAt(c, loc) || unit == "" && wants != Count && !ix.hasQuantity(&Passage{Text: before + figure}, wants) || unit != "" && !givesUnit(figure, unit) {
					continue
				}
				if wants == Count && ix.hasQuantity(&Passage{Text: lastWords(before, 2) + figure}, Money) {
					continue // "launched with RM 120 million": a sum, no count
				}
				told := pastOfForeseenRE.ReplaceAllString(before, " ")
				foreseen := foreseenFigureRE.MatchString(told) || pendingRE.MatchString(told) || prevForeseen && runsOnRE.MatchString(between)
				if !foreseen {
					return false
				}
				seen, prevForeseen = true, foreseen
			}
		}
	}
	return seen
}

// yearAt reports whether the figure at loc of a clause is a year: a
// year's digits after a word that opens a time or a thing of it ("in
// 2022", "its 2024 output"), or with no word after it; not "drew 1950
// visitors".
func yearAt(c string, loc []int) bool {
	if !isYear(c[loc[0]:loc[1]]) {
		return false
	}
	prev := strings.Trim(lastWord(c[:loc[0]]), ",;:(")
	next := words(c[loc[1]:])
	return yearOpeners[prev] || len(next) == 0 || !unicode.IsLower([]rune(next[0])[0]) || !strings.HasPrefix(c[loc[1]:], " ")
}

// yearOpeners are the words after which four digits are a year.
var yearOpeners = setOf("in", "by", "since", "until", "till", "of", "from", "to", "before", "after", "during", "for", "its", "the", "their", "his", "her", "a", "an", "this", "that", "early", "late", "mid", "end", "fiscal", "fy")

// runsOnRE finds what joins a figure to the one before it as one
// forecast's range or change: "62,000 tonnes of copper to", "3 and".
var runsOnRE = lazyre.New(`(?i)^\W*(?:\p{L}+\W+){0,3}(?:to|and|or)\W*$|^\s*[-–]\s*$`)

// pastOfForeseenRE finds forecast words that tell of the past: "as
// expected", "met its target", "should have cost", "the budget
// carrier".
var pastOfForeseenRE = lazyre.New(`(?i)\bas\s+(?:expected|forecast|planned|projected|targeted)\b|\b(?:met|hit|beat|exceeded|missed|reached|surpassed)\s+(?:its|their|the|a)\s+(?:\p{L}+\s+)?(?:target|goal|forecast)s?\b|\b(?:should|would|could)\s+have\b|\bbudget\s+(?:carrier|airline|hotel|option|brand)s?\b`)

// foreseenFigureRE finds a figure told as foreseen.
var foreseenFigureRE = lazyre.New(`(?i)\b(?:forecasts?|forecast(?:ed|ing)|targets?|targeted|aims?\s+to|aimed\s+to|projected|projections?|expected|expects?|budget(?:ed)?|planned|plans?\s+to|would|could|should|will|shall|is\s+to|are\s+to|goal|(?:promised?|promises|intends?|intended|hopes?|hoped|pledged?|pledges|vowed?|vows|wants?|seeks?|sought|proposed?|proposes)\s+to)\b`)

// lastWords returns the last n words of text, as written.
func lastWords(text string, n int) string {
	f := strings.Fields(text)
	return strings.Join(f[max(0, len(f)-n):], " ") + " "
}
