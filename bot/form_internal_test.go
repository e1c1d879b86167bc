package bot

import (
	"testing"
)

// A passage after the first is cited when a sentence of it is about the
// question: as much as the first passage's best sentence, and more than
// a shared word or two.
func TestAboutQuestion(t *testing.T) {
	one := func(about float64) [][]sentenceScore { return [][]sentenceScore{{{about: about}}} }
	for _, tt := range []struct {
		later, first float64
		want         bool
	}{
		{0.35, 0.4, false}, // a word or two, beside a weak first passage
		{0.45, 0.4, true},  // more about it than the first passage
		{0.55, 0.5, true},  // half of the question
		{0.55, 1.0, false}, // little beside a first passage that matches it all
		{0.85, 1.0, false}, // less than a first passage that matches it all
		{1.0, 1.0, true},   // as much as it
		{0.3, 0.1, true},   // the least, beside a first passage that matches less
	} {
		if got := aboutQuestion(one(tt.later), tt.first); got != tt.want {
			t.Errorf("later %.2f, first %.2f: %v, want %v", tt.later, tt.first, got, tt.want)
		}
	}
}

// A figure is a number that is no year and no part of a name ("Covid-19"),
// or words that count ("tens of thousands").
func TestHasFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"Trade fell by 19% in the year.":                  true,
		"Tens of thousands of workers may come.":          true,
		"The Covid-19 pandemic closed the border.":        false,
		"In 2019 the border closed.":                      false,
		"The border closed after the pandemic, in March.": false,
		"The Covid-19 pandemic cut trade by 40 per cent.": true,
	} {
		if got := hasFigure(s); got != want {
			t.Errorf("hasFigure(%q) = %v, want %v", s, got, want)
		}
	}
}
