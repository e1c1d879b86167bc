package knowledge

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// howMuchRE finds a question on how much of something.
var howMuchRE = lazyre.New(`(?i)\bhow\s+much\b`)

// whoAskedRE finds a question on who did something or who someone is.
var whoAskedRE = lazyre.New(`(?i)^\W*(?:(?:and|so|but|ok)\s+)?who\b`)

// namesAskedRE finds a question that asks who someone is, or their names.
var namesAskedRE = lazyre.New(`(?i)^\W*(?:(?:and|so|but|ok)\s+)?who(?:'s|’s|\s+(?:are|were|is|was))\b|\bnames?\b|\bidentit(?:y|ies)\b`)

// givesNewSum reports whether a passage has a sentence that gives a sum
// other than those a question states (figures, as written): "Holm has
// budgeted VDT 46 million (EUR 4.79 million)" gives none beside the 46m
// of "holm budgeted 46m - what's vik spending?", its
// conversions in brackets being the same sum.
func (ix *Index) givesNewSum(p *Passage, stated []*regexp.Regexp) bool {
	if len(stated) == 0 {
		return true
	}
	for _, st := range ix.Sentences(p) {
		s := st.Text
		for _, re := range stated {
			s = re.ReplaceAllString(s, " ")
		}
		if ix.hasQuantity(&Passage{Text: s}, Money) {
			return true
		}
	}
	return false
}

// statedSumRE finds a figure as a sum a question states (as matched by
// totalAskedRE), in the same magnitude, with the conversions in brackets
// after it: "VDT 46 million (EUR 4.79 million)", "$46m [EUR 42m]"; not
// "46.5 million" or "46 billion" for "46m".
func statedSumRE(figure, stated string) *regexp.Regexp {
	unit := `(?:m|mn|million)`
	switch l := strings.ToLower(stated); {
	case strings.HasSuffix(l, "bn"), strings.HasSuffix(l, "billion"), strings.HasSuffix(l, "b"):
		unit = `(?:b|bn|billion)`
	case strings.HasSuffix(l, "k"), strings.HasSuffix(l, "thousand"):
		unit = `(?:k|thousand)`
	case strings.HasSuffix(l, "tn"), strings.HasSuffix(l, "trillion"):
		unit = `(?:tn|trillion)`
	}
	return regexp.MustCompile(`(?i)(?:^|[^\d.,])` + regexp.QuoteMeta(figure) + `(?:\.0+)?\s?` + unit + `\b(?:\s*[(\[][^()\[\]]*[)\]])?`)
}

// totalAskedRE finds a sum with its size a question names as a whole to
// be split ("the 5.2bn", "of the 97.4m", "$1.6bn"); group 1 is the figure.
var totalAskedRE = lazyre.New(`(?i)(?:[$€£¥]|\b(?-i:[A-Z]{3})\s?)?(\d[\d.,]*)\s?(?:m|mn|bn|b|k|tn|million|billion|thousand|trillion)\b`)

// partCueRE finds a question after a part of a whole: "split", "breakdown",
// "how much of", "alone"; partOpenerRE one that opens on the total it asks
// a part of ("of the 31bn spent so far, how much ..."), group 1 the total.
var (
	partCueRE    = lazyre.New(`(?i)\b(?:split\s+(?:of|by|between|among|across)|splits?\s*(?:[?/,]|$)|breakdown|broken down|break down|alone|how much of)\b`)
	partOpenerRE = lazyre.New(`(?i)^\W*(?:(?:so|and|but|ok|okay|right|also)\W+){0,2}(?:out\s+)?of\s+(?:the|those|these|its|their|that)\s+(?:~|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?((?:(?-i:[A-Z]{3})\s?|[$€£])?\d[\d.,]*\s?(?:m|mn|bn|b|k|tn|million|billion|thousand|trillion)\b)[^?]*?\bhow much\b`)
)

// partAsked returns the total a question asks a part of ("5.2bn" of
// "split of the 5.2bn between Holm and Vik", "31 billion" of "of the 31
// billion spent so far, how much has Tarn paid?"), "" for none.
func partAsked(text string) string {
	if yesNoRE.MatchString(text) {
		return ""
	}
	if m := partOpenerRE.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1]) // the total it opens on, not another figure after it
	}
	if !partCueRE.MatchString(text) {
		return ""
	}
	if m := totalAskedRE.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[0])
	}
	return ""
}

// totalUnitRE finds the unit written after a total asked ("5m tonnes").
var totalUnitRE = lazyre.New(`^\s+\p{L}{2,}`)

// partVerbRE finds a share told as going somewhere: "went to", "was
// spent on", "of it".
var partVerbRE = lazyre.New(`(?i)\b(?:went|go|goes|going|was|were|is|are)\s+(?:\p{L}+\s+)?(?:to|on|into|for)\b|\bof (?:it|that|this|the total)\b`)

// categorySplitRE finds a total asked split by a kind of part ("breakdown
// by destination"), whose parts the question does not name.
var categorySplitRE = lazyre.New(`(?i)\b(?:split|splits|breakdown|broken down|break down)\s+(?:by|per|across)\b`)

// partClauseRE finds where a sentence's clauses and asides part.
var partClauseRE = lazyre.New(`[,;:()]|\s[-–—]\s`)

// partGiven reports whether the passages near the best give a part of a
// total a question names: a sum other than the total in a clause with a
// word of the question's that is no word of a sum ("USD 3.1bn from Holm
// and USD 2.1bn from Vik"). Where no passage gives the total itself, the
// rules on figures judge.
func (ix *Index) partGiven(text string, hits []Hit, own []QueryTerm, total string) bool {
	value := strings.TrimRight(totalAskedRE.FindStringSubmatch(total)[1], ".,")
	var items []QueryTerm
	for _, t := range own {
		if t.Found && !isNumber(t.Stem) && !t.Soft && !kindOfFigure(t.Surface) && !partCueRE.MatchString(t.Surface) &&
			!strings.Contains(strings.ToLower(total), strings.ToLower(t.Surface)) {
			items = append(items, t) // not the total's own words ("5.2", "billion")
		}
	}
	// a clause with a figure other than the total's (not a year; nor the
	// total as the sources write it more exactly, in its magnitude: "97.4
	// million" for "the 97 million", not "2.5m" for "the 2bn")
	size := magnitudeAfter(total, strings.Index(total, value)+len(value))
	otherFigure := func(c string) bool {
		for _, loc := range figureRE.FindAllStringIndex(c, -1) {
			f := strings.TrimRight(c[loc[0]:loc[1]], ".,")
			exact := f == value || strings.HasPrefix(f, value+".") && magnitudeAfter(c, loc[1]) == size
			if !exact && !isYear(f) {
				return true
			}
		}
		return false
	}
	// one that is a part: a sum, a share that went somewhere ("60% went
	// to the port"), or a figure in the total's unit ("3m tonnes")
	unit := strings.ToLower(totalUnitRE.Compiled().FindString(text[strings.Index(text, total)+len(total):]))
	otherSum := func(c string) bool {
		return otherFigure(c) && (ix.hasQuantity(&Passage{Text: c}, Money) || shareRE.MatchString(c) && partVerbRE.MatchString(c) ||
			unit != "" && strings.Contains(strings.ToLower(c), strings.TrimSpace(unit)))
	}
	byCategory := categorySplitRE.MatchString(text)
	hasTotal := false
	// a sentence that splits the total itself: "Of the EUR 31bn spent so
	// far, Tarn has put in EUR 19bn and Vesk EUR 12bn"
	split := regexp.MustCompile(`(?i)\bof\s+(?:the|its|this|that|some)\s+(?:(?:total|overall|combined|whole)\s+)?(?:(?-i:[A-Z]{3})\s?|[$€£])?` + regexp.QuoteMeta(value) + `(?:[^\d,]|$)`)
	for _, h := range firstNearHits(hits) {
		ss := SplitSentences(h.Passage.Text)
		for i, s := range ss {
			if strings.Contains(s, value) {
				hasTotal = true
				if byCategory && otherFigure(withoutDates(s)) {
					return true // "grain exports breakdown by destination": "5m tonnes; 3m went to Riga"
				}
				if loc := split.FindStringIndex(s); loc != nil && otherSum(withoutDates(s[loc[1]:])) {
					return true
				}
				// the total split in the words after it in its passage: a
				// share of it ("two-thirds of it by Tarn", "Tarn has borne
				// 60% of the cost", "with Vesk covering the rest"), or sums
				// that add up to it ("Tarn has put in EUR 19bn and Vesk EUR
				// 12bn")
				at := strings.Index(s, value)
				after := s[at+len(figureRE.Compiled().FindString(s[at:])):]
				if i+1 < len(ss) {
					after += " " + strings.Join(ss[i+1:], " ")
				}
				if shareOfItRE.MatchString(after) || splitsTotal(withoutDates(after), value, size) {
					return true
				}
			}
			for _, c := range partClauseRE.Split(s, -1) {
				terms := ix.Terms(c)
				if otherSum(c) && slices.ContainsFunc(items, func(t QueryTerm) bool { return slices.Contains(terms, t.Stem) }) {
					return true
				}
			}
		}
	}
	return !hasTotal
}

// shareOfItRE finds a share of a total told before it: "two-thirds of
// it", "60% of the cost" (not "13.7% of annual turnover"), "Vesk covering
// the rest".
var shareOfItRE = lazyre.New(`(?i)\b(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|half|(?:a|one|two)[- ](?:thirds?|quarters?|fifths?)|three[- ]quarters)\s+of\s+(?:it|that|this|the\s+(?:cost|bill|total|sum|amount|money|spending|budget|funding))\b|\b(?:covering|covered|paying|paid|providing|provided|putting up|put up|found|finding)\s+the\s+(?:rest|remainder|balance)\b`)

// splitsTotal reports whether a text gives two sums or more in the
// total's magnitude that together come to the total (value, in magnitude
// size), within a twentieth below it: its parts ("EUR 19bn and EUR 12bn" of
// 31bn), not sums beside it ("VSM 31.0 million ... and VSM 9.1 million"
// are no parts of 97 million).
func splitsTotal(text, value, size string) bool {
	total, err := strconv.ParseFloat(strings.ReplaceAll(value, ",", ""), 64)
	if err != nil || total == 0 {
		return false
	}
	n, sum := 0, 0.0
	for _, loc := range figureRE.FindAllStringIndex(text, -1) {
		f := strings.ReplaceAll(strings.TrimRight(text[loc[0]:loc[1]], ".,"), ",", "")
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || isYear(f) || magnitudeAfter(text, loc[1]) != size {
			continue
		}
		n++
		sum += v
	}
	return n >= 2 && sum >= total*0.95 && sum <= total*1.02
}

// magnitudeAfter is the magnitude written after a figure that ends at i
// in s, as magnitudes spells it (" million" for "m", "mn" or "million";
// "000" for "k" or "thousand"); "" for none.
func magnitudeAfter(s string, i int) string {
	m := sizeWordRE.FindStringSubmatch(s[i:])
	if m == nil {
		return ""
	}
	w := strings.ToLower(m[1])
	if mag, ok := magnitudes[w]; ok {
		return mag
	}
	return " " + w // "million", "billion", "trillion"
}

// sizeWordRE finds the magnitude word right after a figure.
var sizeWordRE = lazyre.New(`^\s?(?i:(` + magnitudeWords + `|thousand|million|billion|trillion))\b`)

// figureRE finds a figure written in digits.
var figureRE = lazyre.New(`\d[\d.,]*`)

// firstNearHits returns the hits whose score is near the best's.
func firstNearHits(hits []Hit) []Hit {
	if len(hits) == 0 {
		return nil
	}
	var out []Hit
	for _, h := range hits {
		if h.Score >= nearMargin*hits[0].Score {
			out = append(out, h)
		}
	}
	return out
}
