package ingest

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

var (
	months = "January|February|March|April|May|June|July|August|September|October|November|December"
	// "5 October 2022", "October 5, 2022", "October 2022", "2022-10-05",
	// and a year after "in", "since", "by", "until", "during" or "of".
	dayMonthRE = lazyre.New(`\b(\d{1,2}) (` + months + `),? (\d{4})\b`)
	monthDayRE = lazyre.New(`\b(` + months + `) (\d{1,2}),? (\d{4})\b`)
	monthRE    = lazyre.New(`\b(` + months + `),? (\d{4})\b`)
	isoRE      = lazyre.New(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	yearRE     = lazyre.New(`\b(?i:in|since|by|until|during|of|early|late|mid-?) ((?:19|20)\d{2})\b`)
)

// InferDate dates a document that gives no publication date: the latest
// date its text mentions, not after now (it was written then or later);
// else the server's Last-Modified date; else the day it was added (it was
// written then or earlier). The note says which, for date_note.
func InferDate(doc *Document, now time.Time) (published, note string) {
	if d, ok := latestMentioned(doc.Paragraphs, now); ok {
		return d.ISO(), fmt.Sprintf("No publication date is given; the latest date the text mentions is %s.", d)
	}
	if !doc.LastModified.IsZero() && !doc.LastModified.After(now) {
		d := doc.LastModified.UTC()
		return d.Format("2006-01-02"), fmt.Sprintf("No publication date is given; the server said the page was last modified on %s.", d.Format("2 January 2006"))
	}
	return now.UTC().Format("2006-01"), fmt.Sprintf("No publication date is given, nor any date in the text; it was added on %s, so it is from then or earlier.", now.UTC().Format("2 January 2006"))
}

// latestMentioned finds the latest date the paragraphs mention, at its
// precision, not after now.
func latestMentioned(paras []string, now time.Time) (knowledge.Date, bool) {
	var best knowledge.Date
	found := false
	consider := func(y, m, d int) {
		date := knowledge.Date{Year: y, Month: m, Day: d}
		if _, err := knowledge.ParseDate(date.ISO()); err != nil || date.Start().After(now) {
			return
		}
		if !found || best.Before(date) || (!date.Before(best) && finer(date, best)) {
			best, found = date, true
		}
	}
	for _, p := range paras {
		for _, m := range dayMonthRE.FindAllStringSubmatch(p, -1) {
			consider(atoi(m[3]), month(m[2]), atoi(m[1]))
		}
		for _, m := range monthDayRE.FindAllStringSubmatch(p, -1) {
			consider(atoi(m[3]), month(m[1]), atoi(m[2]))
		}
		for _, m := range monthRE.FindAllStringSubmatch(p, -1) {
			consider(atoi(m[2]), month(m[1]), 0)
		}
		for _, m := range isoRE.FindAllStringSubmatch(p, -1) {
			consider(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		}
		for _, m := range yearRE.FindAllStringSubmatch(p, -1) {
			consider(atoi(m[1]), 0, 0)
		}
	}
	return best, found
}

// finer reports whether a is known more precisely than b.
func finer(a, b knowledge.Date) bool {
	return (a.Month > 0 && b.Month == 0) || (a.Day > 0 && b.Day == 0)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func month(name string) int {
	return monthIndex[name]
}

var monthIndex = func() map[string]int {
	out := map[string]int{}
	for i, m := range strings.Split(months, "|") {
		out[m] = i + 1
	}
	return out
}()
