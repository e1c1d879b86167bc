package knowledge_test

import "testing"

// A question on how a thing stands, put with no word of the present and
// no time of its own ("deal signed?", "who heads the ministry?"), is
// marked AsksState, so that its answer says how old the sources are; one
// put at a time, about an event or a figure, or about now in words, is
// not.
func TestHowAThingStandsIsAsked(t *testing.T) {
	ix := quietIndex(t, "",
		"The deal. The ferry operating deal has not been signed; the port strike ended on 3 May, and the ministry is headed by Ines Roe.",
	)
	for q, want := range map[string]bool{
		"ferry deal signed?":                        true,
		"is the port strike over?":                  true,
		"ferry deal - renewed or lapsed":            true,
		"ferry deal in effect y/n":                  true,
		"who heads the ministry":                    true,
		"port strike ruling?":                       true,
		"has the strike been called off?":           true,
		"ferry operator licence y/n":                true, // whether there is one
		"any word from the ministry on the deal?":   true, // news since
		"any progress on the ferry talks":           true,
		"ferry operator licence":                    false, // no mark of yes or no
		"ferry deal signed in march?":               false, // a time of its own
		"was the ferry deal signed?":                false, // the past
		"who signed the ferry deal?":                false, // who did it, not how it stands
		"who says the deal is dead?":                false, // who said it
		"strikers # arrested":                       false, // a figure, as of its time
		"boats requested vs received":               false, // two figures compared
		"the quote the minister gave, deal signed?": false,
		"is the ferry deal still signed?":           false, // about now in words: AsksPresent
		"ferry deal signed in 2022?":                false,
		"will the deal be signed?":                  false, // what the sources foresee
	} {
		u := ix.Understand(q)
		if u.AsksState != want {
			t.Errorf("%q: AsksState %v, want %v", q, u.AsksState, want)
		}
		if q == "is the ferry deal still signed?" && !u.AsksPresent {
			t.Errorf("%q: not AsksPresent", q)
		}
	}
}
