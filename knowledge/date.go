package knowledge

import (
	"fmt"
	"time"
)

// A Date is a publication date known to the year, the month or the day.
type Date struct {
	Year, Month, Day int // Month and Day are 0 when unknown
}

// ParseDate reads "2022", "2022-10" or "2022-10-05".
func ParseDate(s string) (Date, error) {
	for _, layout := range []struct {
		form      string
		month, dd bool
	}{{"2006-01-02", true, true}, {"2006-01", true, false}, {"2006", false, false}} {
		t, err := time.Parse(layout.form, s)
		if err != nil {
			continue
		}
		d := Date{Year: t.Year()}
		if layout.month {
			d.Month = int(t.Month())
		}
		if layout.dd {
			d.Day = t.Day()
		}
		return d, nil
	}
	return Date{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// ISO returns the date as written in front matter: "2022-10".
func (d Date) ISO() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// String returns the date for people: "October 2022", "5 October 2022".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return "undated"
	case d.Month == 0:
		return fmt.Sprintf("%d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%s %d", time.Month(d.Month), d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month), d.Year)
}

// Before reports whether d is earlier than e, comparing only what both know.
func (d Date) Before(e Date) bool {
	a := [3]int{d.Year, d.Month, d.Day}
	b := [3]int{e.Year, e.Month, e.Day}
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// End returns the last moment the date could stand for, in UTC.
func (d Date) End() time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year+1, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day+1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
}
