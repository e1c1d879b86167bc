package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// "How long" asks how long something lasts, not a length, when it is asked
// of people ("how long were customers without ...") or of a state that
// lasts ("how long was the portal down?"), or with a verb after the thing
// ("the line slipping by"); of a thing alone it asks a length, and a
// source that gives none declines it.
func TestHowLongOfPeopleOrAStateAsksADuration(t *testing.T) {
	ix := quietIndex(t, "",
		"The outage. After the break-in on 3 March the Morrow Gas billing portal stayed offline for 19 days, and 41,000 customers received no bill for two months.",
		"The intruders. The thieves spent 11 days inside the network before they encrypted the servers.",
		"The link. The new Morrow pipeline runs from the coast to the city.",
	)
	for q, want := range map[string]knowledge.Quantity{
		"how long were customers without a bill?":                        "",
		"how long was the billing portal down":                           "",
		"how long were the thieves poking around before the encryption?": "",
		"how long were they inside the network":                          "",
		"how long is the new pipeline?":                                  knowledge.Distance,
		"how long is the pipeline from the coast to the city":            knowledge.Distance,
		"how long is the morrow pipeline in km":                          knowledge.Distance,
		"how long is the land boarder":                                   knowledge.Distance, // a boarder: one person, or a typo
	} {
		if got := ix.Understand(q).Wants; got != want {
			t.Errorf("%q: wants %q, want %q", q, got, want)
		}
	}
	wantFirst(t, ix, "how long were customers without a bill?", "p1")
	wantFirst(t, ix, "how long was the billing portal down", "p1")
	wantFirst(t, ix, "how long were the thieves poking around before the encryption?", "p2")
	wantDeclined(t, ix, "how long is the new pipeline?", "distance")
}
