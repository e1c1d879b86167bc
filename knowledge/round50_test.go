package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// A source that says in the active voice that someone has not released
// what a question asks after ("The utility has not released its pump
// logs") says it is not known: the question is not covered, and the
// sentence that says so is kept to be quoted; what the same sources do
// release still answers, and a person not released is no such sentence.
func TestRoundFiftyNotReleasedIsNotKnown(t *testing.T) {
	ix := quietIndex(t, "utility: [Brenn Water Utility, the utility]\nlaboratory: [Brenn Laboratory]\n",
		"The plant. The utility has not released its pump logs for the summer. The Brenn Laboratory found traces of diesel in three wells in September.",
		"The engineers. Two engineers were detained on 4 October; one was not released until December.",
		"The report. The utility did not release the figures on its water losses, which the regulator requested in May.",
	)
	for _, q := range []string{
		"what did the utility's pump logs for the summer show?",
		"what were the utility's water losses?",
	} {
		r := ix.Search(q, knowledge.Options{})
		if r.Covered || r.Withheld == "" {
			t.Errorf("%q: covered %v (%s), withheld %q", q, r.Covered, r.Reason, r.Withheld)
		}
	}
	wantFirst(t, ix, "what did the brenn laboratory find in the wells?", "p1")
	wantFirst(t, ix, "when were the two engineers detained?", "p2")
}
