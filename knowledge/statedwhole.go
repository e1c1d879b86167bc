package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// wholeAskedRE finds a count asked of a part of a whole the question
// states: "how many of the 800 households", "of the 31 claims paid, how
// many were ...", "out of 26 defendants how many"; the group is the
// whole's figure.
var wholeAskedRE = lazyre.New(`(?i)\bhow many\s+of\s+(?:the|those|these|its|their|all)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?(\d[\d,.]*\d|\d)\b|\b(?:of|out of)\s+(?:(?:the|those|these|its|their|all)\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?(\d[\d,.]*\d|\d)\s[^?]*?\bhow many\b`)

// measuredRE finds a figure with the word after it; the group is the word
// ("27-kilometre", "40 MW").
var measuredRE = lazyre.New(`\d[\d,.]*[-\s]?(\p{L}+)`)

// bigUnitWordRE finds a word that multiplies a figure.
var bigUnitWordRE = lazyre.New(`(?i)\b(?:thousand|million|billion|trillion|bn)\b`)

// statedWhole returns the digits of the whole a count question states
// (see wholeAskedRE) and the stem of the word after it, "" for none.
func statedWhole(text string) (string, string) {
	loc := wholeAskedRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return "", ""
	}
	g := 2
	if loc[2] < 0 {
		g = 4
	}
	whole := text[loc[g]:loc[g+1]]
	if isYear(whole) {
		return "", "" // "by the end of 2021 how many ...": a year, no whole
	}
	return strings.ReplaceAll(whole, ",", ""), stem(strings.ToLower(wordAfter(text[loc[g]:], strings.ReplaceAll(whole, ",", ""))))
}

// without is a sentence without the whole its count is a part of, nor
// the sums it gives: "the fund paid 31 claims, worth EUR 2 million" gives
// no count of how many of the 31 were for deaths.
func (c counted) without(s string) string {
	if c.whole == "" {
		return s
	}
	return figureRE.ReplaceAllStringFunc(withoutSumsOrMeasures(s, c.money), func(f string) string {
		if c.isWhole(f) {
			return " "
		}
		return f
	})
}

// withoutSumsOrMeasures is a sentence without its sums and measures, which
// count nothing: "EUR 2 million" (no "million" left), "the 27-kilometre
// spur".
func withoutSumsOrMeasures(s string, own *regexp.Regexp) string {
	s = bigUnitWordRE.ReplaceAllString(withoutSums(withoutSums(s, moneyRE.Compiled()), own), " ")
	return measuredRE.ReplaceAllStringFunc(s, func(m string) string {
		if unitOf(measuredRE.FindStringSubmatch(m)[1]) != "" || distanceRE.MatchString(m) || areaRE.MatchString(m) {
			return " "
		}
		return m
	})
}

// withoutSums is a text with each sum re finds blanked to its figure's
// end: a sign matched with the first digit ("$2" of "$2.5 million") takes
// the rest of its figure with it.
func withoutSums(s string, re *regexp.Regexp) string {
	if re == nil {
		return s
	}
	locs := re.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		if l[0] < last {
			continue
		}
		end := l[1]
		for end < len(s) && (s[end] >= '0' && s[end] <= '9' || (s[end] == ',' || s[end] == '.' || s[end] == '-') && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9') {
			end++ // "$2.5 million", "$2-3 million"
		}
		start := l[0]
		if ws := strings.Fields(s[last:start]); len(ws) > 0 && numberWords[strings.ToLower(ws[len(ws)-1])] {
			start = strings.LastIndex(s[:start], ws[len(ws)-1]) // "two million euros"
		}
		b.WriteString(s[last:start])
		b.WriteByte(' ')
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

// isWhole reports whether a figure as written is the whole a count is a
// part of ("9,800" for "of the 9800 ...").
func (c counted) isWhole(f string) bool {
	return strings.ReplaceAll(strings.TrimRight(f, ".,"), ",", "") == c.whole
}

// partGiven reports whether a passage gives a part of the whole a count
// asks of, where it gives the whole: the first figure after it, in its
// sentence or the next, or else the one just before it, counts what is
// counted or no other thing ("Of the 26 defendants, 9 pleaded guilty",
// "26 defendants; 9 of them", "Vik employs 1,200 staff. In May it laid
// off 300.", "9 of the 26"); not a sum, a measure, a date, a count of
// another thing ("about 800 households in 12 villages"), nor a part of
// another figure ("9,800 records ...; and 2,100 files, 640 of them"). A
// passage without the whole is left to the count's other rules.
func (c counted) partGiven(text string) bool {
	if c.whole == "" {
		return true
	}
	ss := SplitSentences(text)
	seen := false
	for i, s := range ss {
		ws := c.figureWords(s)
		at := slices.IndexFunc(ws, c.isWhole)
		if at < 0 {
			continue
		}
		seen = true
		after := ws[at+1:]
		if i+1 < len(ss) {
			after = append(slices.Clone(after), c.figureWords(ss[i+1])...)
		}
		// the figures after the whole, past those after a preposition
		// ("60 protesters in 3 towns; 12 of them"), to the first that is
		// none's ("9,800 records; and 2,100 files, 640 of them")
		for k, w := range after {
			if !isFigureWord(w) {
				continue
			}
			if c.partAt(after, k) {
				return true
			}
			if k == 0 || !placePrepositions[after[k-1]] {
				break
			}
		}
		if k := lastIndexFunc(ws[:at], isFigureWord); k >= 0 && c.partAt(ws, k) {
			return true
		}
	}
	return !seen
}

// figureWords is a sentence's words, lower case, without its sums,
// measures and dates, the whole kept.
func (c counted) figureWords(s string) []string {
	return words(strings.ToLower(withoutDates(withoutSumsOrMeasures(s, c.money))))
}

// partAt reports whether the figure at k of words counts what is counted,
// or no other thing: before a verb, a word such as "of", "were", the word
// counted, or nothing ("9 pleaded guilty", "12 of them", "300
// households"; not "12 villages", "2,100 employee files").
func (c counted) partAt(ws []string, k int) bool {
	if c.isWhole(ws[k]) {
		return false
	}
	if k+1 == len(ws) {
		return true
	}
	next := ws[k+1]
	return isStopWord(next) || inflectedVerb(next) || strings.HasSuffix(next, "ly") || slices.Contains(c.stems, stem(next)) || stem(next) == c.wholeOf
}

// placePrepositions are the prepositions before a figure that modifies
// what comes before it ("in 3 towns").
var placePrepositions = setOf("in", "across", "at", "from", "over", "of", "on")

// isFigureWord reports whether a word is a figure, in digits or words
// (of a sentence without its dates: "2,100", which reads "2100", is no
// year).
func isFigureWord(w string) bool {
	return unicode.IsDigit([]rune(w)[0]) || numberWords[w]
}

// lastIndexFunc is slices.IndexFunc from the end.
func lastIndexFunc(s []string, f func(string) bool) int {
	for i := len(s) - 1; i >= 0; i-- {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// sizeRE finds a word that gives an amount without a figure.
var sizeRE = lazyre.New(`(?i)\b(?:vast|massive|huge|enormous|immense|large|substantial|considerable|significant|sizeable|sizable|small|tiny|limited|modest|meagre|meager|scant|negligible)\b`)

// numbersAskedRE finds a question that wants the amount in figures ("in
// actual numbers", "how many shells"): a word of size does not give it.
var numbersAskedRE = lazyre.New(`(?i)\b(?:numbers?|figures?|how many|in (?:metric )?(?:tonnes|tons))\b`)

// amountRE finds a question after an amount or a size: "how much", "how
// big", not "how many".
var amountRE = lazyre.New(`(?i)\bhow much\b|` + sizeAsked + `|\bwhat size\b`)

// sizeAsked is a question after the size of a place or a thing: "how big
// is", "how large are", "how large would it be".
const sizeAsked = `\bhow (?:big|large) (?:is|are|was|were|would|will|could|might)\b`

// countedTerms returns what a count's focus words count, with the
// question's alias a focus word opens ("how many boots on the ground").
func (ix *Index) countedTerms(focus []string, own []QueryTerm) counted {
	c := counted{stems: ix.Terms(strings.Join(focus, " ")), words: map[string]bool{}, money: ix.ownMoney}
	for _, t := range own {
		f := strings.Fields(strings.ToLower(t.Surface))
		switch {
		case len(f) == 0 || !slices.Contains(focus, f[0]):
		case len(f) > 1:
			c.stems = append(c.stems, t.Stem)
		default:
			// a word the sources use only inside an alias ("how many
			// boots" of "boots on the ground") counts its concept; not
			// inside a name ("people" of "People's Republic")
			for _, e := range t.Expansions {
				if e.Kind == "alias part" && e.Weight >= partWeight && !ix.namedConcept(e.Stem) ||
					e.Kind == "compound" || e.Kind == "clipped" { // "pharma": the sources' "pharmaceutical"
					c.stems = append(c.stems, e.Stem)
				}
			}
		}
	}
	if rest := slices.DeleteFunc(slices.Clone(c.stems), func(s string) bool {
		return slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Name && t.Stem == s }) && len(ix.distinctive([]string{s})) == 0
	}); len(rest) > 0 {
		c.stems = rest // "how many Brill dock workers": workers; nearly every passage names Brill
	}
	for _, w := range focus {
		c.words[w] = true
		for _, r := range lexicon.Lookup(w) {
			switch {
			case r.Kind == lexicon.Base:
				c.words[r.Word] = true
			case r.Kind == lexicon.Derived && len(r.Word) >= 4 && strings.HasPrefix(w, r.Word):
				c.stems = append(c.stems, stem(r.Word)) // "membership #": members
			case r.Kind == lexicon.Synonym && !strings.Contains(r.Word, " "):
				// not a synonym that is another word of the question:
				// "how many jobs will the line create" counts no lines
				c.stems = append(c.stems, slices.DeleteFunc(ix.Terms(r.Word), func(st string) bool {
					return slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Stem == st && !slices.Contains(focus, strings.ToLower(t.Surface)) })
				})...)
			}
		}
	}
	return c
}

// synonymIn reports whether a sentence has a word with one of the counted
// words as its synonym.
func (c counted) synonymIn(s string) bool {
	return slices.ContainsFunc(words(strings.ToLower(s)), func(w string) bool {
		return slices.ContainsFunc(lexicon.Lookup(w), func(r lexicon.Related) bool { return r.Kind == lexicon.Synonym && c.words[r.Word] })
	})
}
