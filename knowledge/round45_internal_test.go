package knowledge

import "testing"

// The total a question opens on is the sum after "of the": "of the 47
// utilities, how much would each get from the 2bn fund?" asks no part of
// the 2bn (nor of the 47, which is no sum).
func TestRoundFortyFivePartOpenerIsItsOwnFigure(t *testing.T) {
	for q, want := range map[string]string{
		"of the 47 utilities, how much would each get from the 2bn fund?": "",
		"of the 31bn spent so far, how much has tarn paid in?":            "31bn",
		"So, of the EUR 31bn spent so far, how much has each state paid?": "EUR 31bn",
		"of the roughly 97 million for recovery how much was forensics":   "97 million",
		"how much of the 1.6bn went on the plant?":                        "1.6bn",
	} {
		if got := partAsked(q); got != want {
			t.Errorf("partAsked(%q) = %q, want %q", q, got, want)
		}
	}
}
