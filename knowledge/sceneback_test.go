package knowledge_test

import (
	"strings"
	"testing"
)

// A scene of one sentence before a question whose pronoun points back to
// it ("... the reservoir. How much water does it take out?") is searched
// as the question's own words, not as background that decides nothing;
// what the question asks is read from the question alone.
func TestSceneThePronounPointsBackTo(t *testing.T) {
	ix := quietIndex(t, "",
		"The reservoir. Evaporation from the reservoir takes out about 0.4 bcm a year, some 4% of the river's flow.",
		"The town. Water for the town comes from wells, about 2 million litres each day.",
		"The farms. Irrigation water is priced by the season.",
	)
	q := "I keep hearing about evaporation from the reservoir. How much water does it take out each year?"
	if u := ix.Understand(q); u.Background != "" || u.Referent != "evaporation from the reservoir." || u.AsksPresent {
		// (nor does the asker's "I keep hearing" ask about the present)
		t.Errorf("%q: background %q, referent %q, present %v", q, u.Background, u.Referent, u.AsksPresent)
	}
	wantFirst(t, ix, q, "p1")
	// no pronoun: the scene stays background, and the question is on the town
	q = "I keep hearing about evaporation from the reservoir. How much water does the town get from wells each day?"
	if u := ix.Understand(q); u.Background == "" || u.Referent != "" {
		t.Errorf("%q: background %q, referent %q", q, u.Background, u.Referent)
	}
	wantFirst(t, ix, q, "p2")
	// a scene after the question is no scene a pronoun points back to
	q = "how much water does it take out each year? need the figure for a slide about the reservoir"
	if u := ix.Understand(q); u.Background == "" || u.Referent != "" {
		t.Errorf("%q: background %q, referent %q", q, u.Background, u.Referent)
	}
	// the scene's figure is no kind of answer the question asks
	if u := ix.Understand("Re the 20% rise in evaporation. Did it slow?"); u.Wants != "" || u.Referent == "" {
		t.Errorf("wants %q, referent %q", u.Wants, u.Referent)
	}
}

// "turned in her report": the report is what the verb's particle takes,
// not the question's source, and stays in what is searched; "in her
// report" after a verb of its own is the source ("what did she say in
// her report").
func TestReportAVerbTakes(t *testing.T) {
	ix := quietIndex(t, "", "The inspection. The inspector's report found the pier unsafe.")
	if u := ix.Understand("what did the inspector say when she turned in her report?"); !strings.Contains(u.Text, "report") {
		t.Errorf("searched %q, want the report kept", u.Text)
	}
	if u := ix.Understand("what did the inspector find about the pier in her report?"); strings.Contains(u.Text, "report") {
		t.Errorf("searched %q, want the attribution dropped", u.Text)
	}
}
