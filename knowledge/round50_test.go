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

// "How many ships" is answered by a figure that counts ships, the noun
// beside the figure, not by a sentence that gives another figure and
// names ships further on; a count the sources give so is still found,
// and a count asked by a verb ("how many reported it") keeps the
// sentence-wide reading.
func TestRoundFiftyAFigureCountsTheNounBesideIt(t *testing.T) {
	ix := quietIndex(t, "lekki: [Lekki]\ntema: [Tema]\n",
		"Lekki. Lekki handled 410,000 containers in 2022, and its owners say that the deep berths draw the largest ships on the coast.",
		"Tema. The strike at Tema in April left 11 ships waiting offshore for two days.",
		"Reports. Of the players approached, four reported it to the league.",
	)
	wantDeclined(t, ix, "how many ships does lekki draw?", "no figure")
	wantDeclined(t, ix, "lekki: how many ships?", "no figure")
	wantFirst(t, ix, "how many ships were left waiting at tema?", "p2")
	wantFirst(t, ix, "of the players approached, how many reported it?", "p3")
}
