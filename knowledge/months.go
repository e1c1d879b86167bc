package knowledge

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// monthAskedRE finds a month a question asks about as a period: "in
// June", "for june 2024", "during March", "mid-May", "end of March",
// "June 2024". The groups are a day before it ("2 June 2021": a day, not a
// period), the word that makes it a period, the month, a day after it ("in
// May 3"), and a year after it.
var monthAskedRE = lazyre.New(`(?i)(?:\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:\b(in|for|during|throughout|over|across|mid|early|late|end|start|beginning)[\s-]+(?:of\s+)?(?:the\s+month\s+of\s+)?)?\b(january|february|march|april|may|june|july|august|september|sept|october|november|december)\b(\s+\d{1,2}(?:st|nd|rd|th)?\b)?(\s*,?\s*(?:19|20)\d\d\b)?`)

// edge are the words that make a month a period by its edge ("end March"),
// after which two digits are a year.
var edge = setOf("end", "start", "beginning")

// isTwoDigits reports whether a word is two digits.
func isTwoDigits(w string) bool {
	return len(w) == 2 && w[0] >= '0' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9'
}

// monthsAsked returns the months (1–12) a question asks about as periods:
// after a word that makes a month a period, or before a year, and with no
// day beside it.
func monthsAsked(text string) []int {
	var out []int
	for _, m := range monthAskedRE.FindAllStringSubmatch(text, -1) {
		if edge[strings.ToLower(m[2])] && isTwoDigits(strings.TrimSpace(m[4])) {
			m[4] = "" // "end March 25": the end of March 2025, not a day
		}
		if m[1] != "" || m[4] != "" || m[2] == "" && m[5] == "" {
			continue // a day, or a bare month word ("may", "march")
		}
		name := strings.ToLower(m[3])
		if full, ok := months[name]; ok {
			name = full // "sept"
		}
		if n := monthNumber(name); n > 0 && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// monthsOf returns the months a sentence dates: as periods ("in May", "May
// 2024"), within the parts of years it names ("the second quarter": three
// months), and as days ("on 2 June 2021"); and the sentence without its
// dates, whose figures are not a day's or a year's.
func monthsOf(sentence string, published Date) (periods, parts, days []int, undated string) {
	undated = sentence
	for _, w := range FindWhen(sentence, published) {
		undated = strings.Replace(undated, w.Text, " ", 1)
		switch {
		case w.Date.Month == 0:
		case w.Date.Day > 0:
			days = append(days, w.Date.Month)
		default:
			periods = append(periods, w.Date.Month)
		}
	}
	for _, p := range periodsIn(sentence) {
		ord, part, _ := strings.Cut(p, " ")
		n := slices.Index(ordinals, ord)
		size := map[string]int{"quarter": 3, "half": 6}[part]
		if n < 0 || size == 0 || (n+1)*size > 12 {
			continue // "H4" is no half of a year
		}
		for k := range size {
			parts = append(parts, n*size+k+1)
		}
	}
	return periods, parts, days, undated
}

// monthGiven reports whether a sentence gives something for a month: it
// names the month as a period, or a part of the year with it, or names it
// as a day with no other month as a period beside it ("figures released on
// 2 June show waits fell in May" give May's, not June's).
func monthGiven(periods, parts, days []int, month int) bool {
	if slices.Contains(periods, month) || slices.Contains(parts, month) {
		return true
	}
	return slices.Contains(days, month) && !slices.ContainsFunc(periods, func(p int) bool { return p != month })
}

// monthUngiven returns the first month a question asks about as a period
// that the passages that could answer it do not give, when they give
// other months, and those months, in the year's order: "admissions in
// June", where the sources give May's. Only a sentence with a word of the
// question its passage matched counts, and for another month only one
// with a word of it other than a name or a figure (content). For a figure
// (wants), the month must be the figure's, and the other months returned
// are the figures' of the best passage with any; for anything else, the
// month may be named anywhere in the sentence. 0 for none.
func (ix *Index) monthUngiven(text string, wants Quantity, wide []Hit, content []string) (int, []int) {
	figure := wants.figure()
	for _, month := range monthsAsked(text) {
		given, others, first := false, []int(nil), true
		for _, h := range wide {
			for _, sentence := range ix.Sentences(h.Passage) {
				s := sentence.Text
				periods, parts, days, undated := monthsOf(s, h.Passage.Source.Published)
				if len(periods)+len(parts)+len(days) == 0 || figure && !ix.hasQuantity(&Passage{Text: undated}, wants) {
					continue // no month, or no figure
				}
				terms := ix.Terms(s)
				if !slices.ContainsFunc(terms, func(t string) bool { return slices.Contains(h.Matched, t) }) {
					continue // not on the question
				}
				asPeriod := slices.Contains(periods, month) || slices.Contains(parts, month)
				if monthGiven(periods, parts, days, month) && (asPeriod || !figure || len(content) == 0 || onAsked(terms, h, content)) || !figure && slices.Contains(days, month) {
					// a figure's month named as a day only in a sentence on
					// what is asked: "a strike for 3 June" gives no count
					// of the containers handled in June
					given = true
				}
				if !first || !onAsked(terms, h, content) {
					continue // another month counts only in a sentence on what is asked, not on a name alone
				}
				for _, p := range periods {
					if p != month && !slices.Contains(others, p) {
						others = append(others, p)
					}
				}
			}
			// the months of the best passage that gives any
			first = len(others) == 0
		}
		if !given && len(others) > 0 {
			slices.Sort(others)
			return month, others
		}
	}
	return 0, nil
}

// onAsked reports whether a sentence's terms have a word of what a
// question asks (content: its words other than names and figures) that
// the sentence's passage matched.
func onAsked(terms []string, h Hit, content []string) bool {
	return slices.ContainsFunc(terms, func(t string) bool { return slices.Contains(h.Matched, t) && slices.Contains(content, t) })
}

// monthList writes months as English does ("May", "April and May",
// "March, April and May"), at most three of them.
func monthList(months []int) string {
	names := make([]string, 0, 3)
	for _, m := range months[:min(3, len(months))] {
		names = append(names, time.Month(m).String())
	}
	return andList(names)
}

// andList joins names as English does: "May", "April and May", "March,
// April and May".
func andList(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// figure reports whether a quantity is a figure: a count, a share, a sum,
// a distance or an area, not a date or a name.
func (q Quantity) figure() bool {
	return q == Count || q == Share || q == Money || q == Distance || q == Area
}

// yearUngiven returns the first year a question asks a figure for (wants)
// that no sentence on what it asks (one with a word of it other than a
// name or a figure: content; or, for a question of names and figures
// alone, one with all its names) names, nor the sentence before it, when the
// best passage whose sentences give the figure on what is asked gives it
// for other years, and those years in order: "Vik's output in 2023",
// where the sources give 2024's; not a year the figure is compared with
// ("and how's that vs 2023"). 0 for none, or when the question asks no
// figure.
func (ix *Index) yearUngiven(text string, years []int, wants Quantity, wide []Hit, content, names []string) (int, []int) {
	if !wants.figure() || len(years) == 0 {
		return 0, nil
	}
	baseline := map[int]bool{} // "how's that vs 2023": a year compared with, not asked for
	for _, m := range baselineYearRE.FindAllStringSubmatch(text, -1) {
		y, _ := strconv.Atoi(m[1])
		baseline[y] = true
	}
	day := dayNamed(text)
	for _, year := range years {
		if baseline[year] {
			continue
		}
		given, others := false, []int(nil)
		namesOnly := len(content) == 0 && len(names) > 0
		for _, h := range wide {
			var here, last []int // last: the years of the sentence before
			onBefore := false    // the sentence before names all of a question's names
			for _, sentence := range ix.Sentences(h.Passage) {
				ys, before := append(yearsIn(sentence.Text), relativeYears(sentence.Text, h.Passage)...), last
				last = ys
				// a question of names alone ("what did Tarn get from Holm")
				// is on a sentence with all its names and a figure, or on
				// one after it that names none of them ("That was down
				// from the USD 2m it gave in 2020")
				terms := ix.Terms(sentence.Text)
				all := namesOnly && containsAll(terms, names)
				on := onAsked(terms, h, content) || all ||
					namesOnly && onBefore && !slices.ContainsFunc(names, func(n string) bool { return slices.Contains(terms, n) })
				onBefore = all
				if !on {
					// "what did the board award Holm for the Vik seam on 19
					// September 2025", where "On 19 September 2025 the board
					// held Holm entitled to 2.1bn for the Vik seam": every one
					// of two or more names with the day and the figure asked
					// gives it, in other words than the question's; a year
					// alone is not enough ("in 2020 Holm paid the board",
					// "in 2020 the board fined Holm")
					given = given || day != "" && len(names) > 1 && containsAll(terms, names) && slices.Contains(ys, year) &&
						tellsDay(sentence.Text, day) && ix.hasQuantity(&Passage{Text: sentence.Text}, wants)
					continue // not on what is asked: a name alone is not
				}
				figure := ix.hasQuantity(&Passage{Text: sentence.Text}, wants)
				// the year there, or in the sentence before ("Vik shipped
				// 240,000 tonnes in 2024. Its mines produced ...")
				given = given || (slices.Contains(ys, year) || slices.Contains(before, year) || sinceBefore(sentence.Text, year)) && (figure || !namesOnly)
				if len(others) > 0 || len(ys) == 0 || !figure {
					continue // another year counts only beside the figure
				}
				for _, y := range ys {
					if y != year && !slices.Contains(here, y) {
						here = append(here, y)
					}
				}
			}
			if len(others) == 0 {
				others = here // the years of the best passage that gives any
			}
		}
		if !given && len(others) > 0 {
			slices.Sort(others)
			return year, others
		}
	}
	return 0, nil
}

// yearList writes years as English does ("2024", "2023 and 2024"), at
// most three of them.
func yearList(years []int) string {
	names := make([]string, 0, 3)
	for _, y := range years[:min(3, len(years))] {
		names = append(names, strconv.Itoa(y))
	}
	return andList(names)
}

// baselineYearRE finds a year a question compares with: "vs 2023", "than
// in 2023", "compared with 2022", "against 2022", "up from 2021", "since
// 2020"; not "over 2020", which is during it.
var baselineYearRE = lazyre.New(`(?i)\b(?:vs\.?|versus|than|compared (?:to|with)|against|(?:up|down|rose|fell|risen|fallen)\s+from|since)\s+(?:(?:in|the|its|their)\s+)?(?:\p{L}+\s+)?(\d{4})\b`)

// relativeYearRE finds a year told by its distance from the source's:
// "last year", "this year" (not "the previous year", which may be the
// year before the sentence's own).
var relativeYearRE = lazyre.New(`(?i)\b(last|this)\s+year\b`)

// relativeYears returns the years a sentence of a passage names by their
// distance from its source's ("last year" in a piece of 2023: 2022).
func relativeYears(text string, p *Passage) []int {
	if p.Source == nil || p.Source.Published.IsZero() {
		return nil
	}
	var out []int
	for _, m := range relativeYearRE.FindAllStringSubmatch(text, -1) {
		y := p.Source.Published.Year
		if w := strings.ToLower(m[1]); w != "this" {
			y--
		}
		out = append(out, y)
	}
	return out
}

// sinceYearRE finds a state told as lasting since a year: "has chaired it
// since 2018".
var sinceYearRE = lazyre.New(`(?i)\bsince\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)\s+)?(\d{4})\b`)

// sinceBefore reports whether a sentence tells of a state lasting since a
// year before the one asked or that year itself, which holds in it.
func sinceBefore(text string, year int) bool {
	for _, m := range sinceYearRE.FindAllStringSubmatch(text, -1) {
		if y, _ := strconv.Atoi(m[1]); y <= year {
			return true
		}
	}
	return false
}

// tellsDay reports whether a sentence names a day of a month (as dayOf
// writes it: "14 august").
func tellsDay(sentence, day string) bool {
	return slices.ContainsFunc(dayOfMonthRE.FindAllStringSubmatch(sentence, -1), func(m []string) bool { return dayOf(m) == day })
}
