package knowledge

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// countedNear keeps, of any sentence, only its own words: near each
// figure, its first four and what it says the number of is; nothing for a
// sentence with no count figure.
func TestCountedNear(t *testing.T) {
	for s, want := range map[string]string{
		"Lekki handled 410,000 containers in 2022, and its owners say that the deep berths draw the largest ships on the coast.": "Lekki handled 410,000 containers in 2022, and its. Lekki handled 410,000 containers. ",
		"Tema turned away 9 large, fully-laden, deep-draught ships in May.":                                                      "Tema turned away 9 large, fully-laden, deep-draught ships in. Tema turned away 9. ",
		"Sixty ships called at Lekki in May.":                                                                                    "Sixty ships called at Lekki in. Sixty ships called at. ",
		"The number of utilities without full MFA had fallen to eight.":                                                          "MFA had fallen to eight.. The number of utilities. utilities without full MFA had fallen. ",
		"The berths were dredged in 2021.":                                                                                       "",
	} {
		if got := countedNear(s); got != want {
			t.Errorf("countedNear(%q)\n = %q\nwant %q", s, got, want)
		}
	}
}

func FuzzCountedNear(f *testing.F) {
	for _, s := range []string{"Sixty ships called at Lekki in May, 12 more than in April.", "the number of 14 - — 3,000", "", "1", "F-16 jets: 24.", "ünïcödé 7 ßhips"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, w := range strings.Fields(countedNear(s)) {
			if !strings.Contains(s, strings.TrimRight(w, ".")) {
				t.Fatalf("countedNear(%q) has %q, not in the sentence", s, w)
			}
		}
	})
}
