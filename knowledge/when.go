package knowledge

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// An EventDate is a date a sentence gives for what it reports.
type EventDate struct {
	Text string // as written: "late September 2022", "last year"
	Date Date   // normalised: to the year, the month or the day
	// Approximate is true when the date was resolved against the source's
	// own date: "last year", "in May".
	Approximate bool
	// Part places a date within its period, for ordering: -1 early, 0,
	// 1 mid, 2 late.
	Part int
}

const monthNames = `(January|February|March|April|May|June|July|August|September|October|November|December)`

// Date patterns, most precise first; each match masks its text from the
// later ones.
var (
	qualifier   = `(?:(early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?`
	dayMonthRE  = lazyre.New(`\b(\d{1,2}) ` + monthNames + `,? ((?:19|20)\d\d)\b`)
	monthDayRE  = lazyre.New(`\b` + monthNames + ` (\d{1,2}),? ((?:19|20)\d\d)\b`)
	monthYearRE = lazyre.New(`(?i:\b` + qualifier + `)` + monthNames + `,? ((?:19|20)\d\d)\b`)
	yearRE      = lazyre.New(`(?i:\b` + qualifier + `)((?:19|20)\d\d)\b`)
	relativeRE  = lazyre.New(`(?i)\b(last|this|next|previous) (year|month)\b`)
	forDayRE    = lazyre.New(`(?i:\bfor\s+)(\d{1,2}) ` + monthNames + `\b`) // "scheduled for 24 March"; not "for June", a period
	bareMonthRE = lazyre.New(`(?i:\b(?:in|on|since|by|until|from|during|of)\s+)` + `(?i:` + qualifier + `)` + `(?:(\d{1,2}) )?` + monthNames + `\b`)
)

// FindWhen returns the dates a sentence gives, in the order written. A
// date without a year ("in May") or relative to the writing ("last year")
// is resolved against published, the source's date, and marked
// approximate; with no published date it is left out. A month without a
// year is its last occurrence by the source's date, or its next where its
// clause tells of it as still to come ("expires on 31 March").
func FindWhen(sentence string, published Date) []EventDate {
	masked := []byte(sentence)
	var found []struct {
		at int
		w  EventDate
	}
	take := func(re *lazyre.Regexp, build func(m []string, at int) (EventDate, bool)) {
		for _, loc := range re.FindAllSubmatchIndex(masked, -1) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = sentence[loc[2*i]:loc[2*i+1]]
				}
			}
			if w, ok := build(m, loc[0]); ok {
				w.Text = strings.TrimSpace(sentence[loc[0]:loc[1]])
				found = append(found, struct {
					at int
					w  EventDate
				}{loc[0], w})
			}
			for i := loc[0]; i < loc[1]; i++ {
				masked[i] = ' '
			}
		}
	}
	take(dayMonthRE, func(m []string, _ int) (EventDate, bool) { return fullDate(m[3], m[2], m[1]) })
	take(monthDayRE, func(m []string, _ int) (EventDate, bool) { return fullDate(m[3], m[1], m[2]) })
	take(monthYearRE, func(m []string, _ int) (EventDate, bool) {
		y, _ := strconv.Atoi(m[3])
		return EventDate{Date: Date{Year: y, Month: monthNumber(m[2])}, Part: part(m[1])}, true
	})
	take(yearRE, func(m []string, _ int) (EventDate, bool) {
		if notAYear(sentence, m[0]) {
			return EventDate{}, false
		}
		y, _ := strconv.Atoi(m[2])
		return EventDate{Date: Date{Year: y}, Part: part(m[1])}, true
	})
	take(relativeRE, func(m []string, _ int) (EventDate, bool) { return relative(m[1], m[2], published) })
	yearless := func(month, day, qual, match string, at int) (EventDate, bool) {
		w, ok := bareMonth(month, day, qual, published)
		if ok && !sinceRE.MatchString(match) && (w.Date.Year < published.Year || w.Date.Month < published.Month) && aheadAt(sentence, at) {
			w.Date.Year++ // "expires on 31 March", in a source of February: the next March
		}
		return w, ok
	}
	take(bareMonthRE, func(m []string, at int) (EventDate, bool) { return yearless(m[3], m[2], m[1], m[0], at) })
	take(forDayRE, func(m []string, at int) (EventDate, bool) { return yearless(m[2], m[1], "", m[0], at) })
	slices.SortStableFunc(found, func(a, b struct {
		at int
		w  EventDate
	}) int {
		return a.at - b.at
	})
	out := make([]EventDate, len(found))
	for i, f := range found {
		out[i] = f.w
	}
	return out
}

// notAYear tells a year from a number that only looks like one: part of a
// larger number or of a name ("1,2000", "Covid-2019", "2000%").
func notAYear(sentence, match string) bool {
	i := strings.Index(sentence, match)
	if i < 0 {
		return false
	}
	before, after := sentence[:i], sentence[i+len(match):]
	n := len(before)
	return strings.HasSuffix(before, "-") || (n >= 2 && before[n-1] == ',' && isDigit(before[n-2])) ||
		(len(after) >= 2 && after[0] == ',' && isDigit(after[1])) || (after != "" && (isDigit(after[0]) || after[0] == '%'))
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func fullDate(year, month, day string) (EventDate, bool) {
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	m := monthNumber(month)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if d < 1 || t.Day() != d {
		return EventDate{}, false // 31 February
	}
	return EventDate{Date: Date{Year: y, Month: m, Day: d}}, true
}

func relative(which, unit string, pub Date) (EventDate, bool) {
	if pub.IsZero() {
		return EventDate{}, false
	}
	shift := map[string]int{"last": -1, "previous": -1, "this": 0, "next": 1}[strings.ToLower(which)]
	if strings.ToLower(unit) == "year" {
		return EventDate{Date: Date{Year: pub.Year + shift}, Approximate: true}, true
	}
	if pub.Month == 0 {
		return EventDate{}, false
	}
	t := time.Date(pub.Year, time.Month(pub.Month)+time.Month(shift), 1, 0, 0, 0, 0, time.UTC)
	return EventDate{Date: Date{Year: t.Year(), Month: int(t.Month())}, Approximate: true}, true
}

// toldAheadRE finds a clause that tells of what is to come as of its
// writing: "will", "is due", "expires on", "a meeting on 19 March to
// sign". sinceRE finds a month told as a start or a span ("since May",
// "from June to November"), which is none of the next; "at the end of
// March" may be.
var (
	toldAheadRE = lazyre.New(`(?i)\b(?:will|shall)\s+(?:not\s+)?\p{L}+|\b(?:must|has to|have to|needs? to)\s+(?:[\p{L}'’]+\s+){1,4}?by\b|\b(?:is|are)\s+(?:due|expected|set|scheduled|slated|planned|pencilled|penciled)\b|\b(?:expires|ends|begins|starts|opens|closes|lapses|resumes|takes effect|comes into force)\s+(?:on|in|at the end of|by)\b|\b(?:on|in|by)\s+(?:\d{1,2}\s+)?` + monthNames + `(?:\s+\d{1,2})?\s+to\s+(?-i:[a-z])\p{L}*`)
	sinceRE     = lazyre.New(`(?i)^(?:since|from|during)\b`)
	// a body that sits on a day of its calendar, told in the present:
	// "the board meets to decide on 26 February", "Parliament votes on
	// the budget on 17 December"; not the noun after a determiner ("the
	// votes on 17 December"), and none of the verbs whose plural nouns
	// are as common ("press reports in March")
	scheduledRE = lazyre.New(`(?i)\b(?:meets|votes|decides|sits|convenes|reconvenes|hears|considers|debates|publishes|announces|reopens|launches|signs|lapses|expires|resumes)\b`)
	nounUseRE   = lazyre.New(`(?i)\b(?:the|a|an|its|their|his|her|our|these|those|whose|which|of|and)\s+(?:[\p{L}'’-]+\s+)?(?:meets|votes|sits|hears|debates|launches|signs)\b`)
)

// toldAhead reports whether a clause tells of what is still to come as
// of its writing, and nothing in the simple past ("the talks, which began
// in October, will resume") nor a date that recurs ("by 31 March each
// year"): a month without a year in it is its next occurrence after the
// source's date, not its last.
func toldAhead(sentence string) bool {
	return (toldAheadRE.MatchString(sentence) || scheduledRE.MatchString(nounUseRE.ReplaceAllString(sentence, " "))) && !simplePast(sentence) &&
		!habitualRE.MatchString(sentence)
}

// habitualRE finds a date that recurs ("by 31 March each year"), which
// tells no one day to come.
var habitualRE = lazyre.New(`(?i)\b(?:each|every)\s+(?:year|month|week|quarter|spring|summer|autumn|winter)\b|\b(?:annually|yearly)\b`)

// aheadAt reports whether the date at a byte offset of a sentence is told
// as still to come: its clause between commas tells it so ("Holm will
// sign on 19 March, a spokesman said"), or has no past and its clause
// between semicolons tells it so ("On 19 March, the board will vote").
func aheadAt(sentence string, at int) bool {
	part := spanAt(sentence, at, clauseSplitRE) // not a figure's comma ("1,200")
	return toldAhead(part) || !simplePast(part) && toldAhead(spanAt(sentence, at, semicolonRE))
}

// semicolonRE finds the semicolons between a sentence's clauses.
var semicolonRE = lazyre.New(`;`)

// spanAt returns the text of a sentence around a byte offset between the
// marks a pattern finds.
func spanAt(sentence string, at int, marks *lazyre.Regexp) string {
	start, end := 0, len(sentence)
	for _, loc := range marks.FindAllStringIndex(sentence, -1) {
		if loc[1] <= at {
			start = loc[1]
		} else if loc[0] >= at {
			end = loc[0]
			break
		}
	}
	return sentence[start:end]
}

// bareMonth resolves a month without a year to its latest occurrence on or
// before the source's date.
func bareMonth(month, day, qual string, pub Date) (EventDate, bool) {
	if pub.IsZero() || pub.Month == 0 {
		return EventDate{}, false
	}
	m := monthNumber(month)
	y := pub.Year
	if m > pub.Month {
		y--
	}
	w := EventDate{Date: Date{Year: y, Month: m}, Approximate: true, Part: part(qual)}
	if d, err := strconv.Atoi(day); err == nil && d >= 1 && d <= 31 {
		w.Date.Day = d
	}
	return w, true
}

func monthNumber(name string) int {
	for m := time.January; m <= time.December; m++ {
		if strings.EqualFold(m.String(), name) {
			return int(m)
		}
	}
	return 0
}

func part(q string) int {
	switch strings.ToLower(q) {
	case "early", "the beginning of", "the start of":
		return -1
	case "mid", "the middle of":
		return 1
	case "late", "the end of":
		return 2
	}
	return 0
}
