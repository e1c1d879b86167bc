package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// An answer whose sentence tells of what it answers as still to come or
// undecided is Unsettled, however the question is put ("appeal ruling?"
// has no word of the present): the reply must say how old it is. One
// whose sentence tells a settled fact is not.
func TestUnsettledAnswers(t *testing.T) {
	ix := quietIndex(t, "",
		"The appeal. The harbour board's appeal against the fine was heard in March, and the court is due to rule on it in the autumn.",
		"The lease. The lease of the north quay to the ferry line has not been signed, the harbour board said.",
		"The fine. The court fined the harbour board EUR 40,000 in January 2023 for the oil spill at the south quay.",
		"The timetable. The delay to the ferry's winter timetable is due to the dredging of the channel.",
	)
	for q, want := range map[string]bool{
		"harbour board appeal ruling?":                            true,
		"north quay lease to the ferry line - signed?":            true,
		"how much was the harbour board fined for the oil spill?": false,
		"why is the ferry's winter timetable delayed?":            false,
	} {
		r := ix.Search(q, knowledge.Options{})
		if got := ix.Unsettled(r); !r.Covered || got != want {
			t.Errorf("%q: covered %v, unsettled %v, want %v (%v)", q, r.Covered, got, want, hitIDs(r.Hits))
		}
	}
}

// "Did X ever ...", "has X ever ...", "whatever happened to X" ask up to
// now: the present, as "still" or "yet" do; not "the biggest ever",
// "than ever", nor a question bounded by a year.
func TestEverAsksThePresent(t *testing.T) {
	ix := quietIndex(t, "", "The lease. The lease of the north quay to the ferry line has not been signed.")
	for q, want := range map[string]bool{
		"did the ferry line ever sign the north quay lease?":      true,
		"has the harbour board ever said what the lease is worth": true,
		"whatever happened to the north quay lease":               true,
		"was that the biggest lease ever?":                        false,
		"is the quay busier than ever":                            false,
		"did the ferry line ever sign a lease in 2021?":           false,
	} {
		if got := ix.Understand(q).AsksPresent; got != want {
			t.Errorf("%q: asks present %v, want %v", q, got, want)
		}
	}
}
