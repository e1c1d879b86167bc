package knowledge

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// gradedRE finds a word a question grades ("more important", "less
// likely"): the change it asks about.
var gradedRE = lazyre.New(`(?i)\b(?:more|less|most|least|increasingly)\s+(\p{L}+)`)

// timesWritten counts how many of words are w.
func timesWritten(words []string, w string) int {
	n := 0
	for _, x := range words {
		if x == w {
			n++
		}
	}
	return n
}

// howMeasureRE finds the word of a measure a question asks for after
// "how" ("how long", "how far", "how often", "how old", "how quickly",
// "how long's"): how the answer is given, which a passage states as a
// figure or a date, not by the word.
var howMeasureRE = lazyre.New(`(?i)\bhow\s+(` + sizeWords + `|often|soon|quickly|fast|early|late|frequently)(?:['’]s\b|\s+(?:` + measureNext + `)\b|\s*(?:[?!.,;:]|$))`)

// sizeWords are the words of a size or an age after "how" ("how long",
// "how old"), which howMeasureRE and normalize's howIsRE share.
const sizeWords = `long|far|wide|deep|high|tall|old`

// measureNext are the words after "how long", "how high" that make it
// ask a measure: a verb, a preposition, a subject ("how long is it", "how
// long before", "how high the prices rose"); not a noun it describes
// ("how high energy prices hit the smelter").
const measureNext = `is|was|are|were|do|does|did|has|have|had|will|would|can|could|should|must|might|may|be|been|before|until|till|after|ago|since|into|in|for|from|away|apart|back|up|down|on|off|the|a|an|its|their|his|her|it|they|he|she|we|you|i|this|that|these|those|there`

// pointingCountRE finds a small figure a question uses to point at what it
// names ("the 4 northern quays", "those two ships", "which three towns"),
// not to ask about.
var pointingCountRE = lazyre.New(`(?i)\b(?:the|those|these|all|its|their|both|which|what)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)

// roundedFigures are the sources' figures that a round figure of a
// question rounds ("14000" of "~14k": 14,300) or cuts short ("142k" for
// 142,600): a whole number of five digits or more ending in two zeros or
// more, read to its last figure that is not zero, and within 5% of it
// ("20k" is not 15,000); at most three, nearest first.
func (ix *Index) roundedFigures(st string) []Expansion {
	v, err := strconv.ParseInt(st, 10, 64)
	if err != nil || v < 10000 || v%100 != 0 {
		return nil
	}
	unit := int64(100)
	for v%(unit*10) == 0 {
		unit *= 10
	}
	return ix.figuresNear(float64(v), float64(min(unit/2, v/20)), float64(min(unit, v/20)))
}

// bigUnitRE finds a word of millions or billions after a figure.
var bigUnitRE = lazyre.New(`(?i)^(?:million|millions|billion|billions|trillion|mn|bn|m|b|tn)$`)

// roundedDecimals are the sources' figures that a whole figure of
// millions or billions rounds ("46" of "~46m": 46.2 million): within half
// its last figure and 5% of it; at most three, nearest first.
func (ix *Index) roundedDecimals(st string) []Expansion {
	v, err := strconv.ParseFloat(st, 64)
	if err != nil || v < 1 || strings.Contains(st, ".") {
		return nil
	}
	return ix.figuresNear(v, min(0.5, v/20), min(0.5, v/20))
}

// figuresNear returns the sources' figures from v-below up to v+above
// (not included), as expansions of a figure asked; at most three, nearest
// first.
func (ix *Index) figuresNear(v, below, above float64) []Expansion {
	ix.figuresOnce.Do(func() {
		for s := range ix.postings {
			if isNumber(s) {
				if n, err := strconv.ParseFloat(s, 64); err == nil {
					ix.figures = append(ix.figures, figure{n, s})
				}
			}
		}
		slices.SortFunc(ix.figures, func(a, b figure) int {
			return cmp.Or(cmp.Compare(a.value, b.value), strings.Compare(a.stem, b.stem))
		})
	})
	lo, _ := slices.BinarySearchFunc(ix.figures, v-below, func(f figure, x float64) int { return cmp.Compare(f.value, x) })
	var near []figure
	for _, f := range ix.figures[lo:] {
		if f.value >= v+above {
			break
		}
		near = append(near, f)
	}
	slices.SortStableFunc(near, func(a, b figure) int { return cmp.Compare(math.Abs(a.value-v), math.Abs(b.value-v)) })
	var out []Expansion
	for _, f := range near[:min(len(near), 3)] {
		out = append(out, Expansion{Stem: f.stem, Word: f.stem, Kind: "rounded", Weight: 0.9})
	}
	return out
}

// A figure is a number the sources write, and its index term.
type figure struct {
	value float64
	stem  string
}

func isNumber(stem string) bool {
	return stem != "" && stem[0] >= '0' && stem[0] <= '9'
}

func isName(t term) bool {
	if strings.HasPrefix(t.stem, "=") {
		return false
	}
	upper := 0
	for _, r := range t.surface {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	all := upper == len([]rune(t.surface)) && upper > 1
	return all || (t.capital && !t.first)
}

// namedConcept reports whether a glossary concept names something (a
// country, a person): its aliases are written with capitals.
func (ix *Index) namedConcept(stem string) bool {
	key, ok := strings.CutPrefix(stem, "=")
	if !ok {
		return false
	}
	return ix.kb.Glossary.named[key]
}
