package knowledge_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// An irregular form of a verb the sources never write is also the other
// forms of its base that they do: "written" is their "wrote", "stolen"
// their "stole", "fallen" their "fell"; it tells apart passages that
// share every other word of the question.
func TestIrregularFormsOfOneBase(t *testing.T) {
	ix := quietIndex(t, "",
		"The old coach read a book about the club in 2018.",
		"The old coach wrote a book about the club in 2019.",
		"The club lent its best player to a rival in April.",
		"The club stole a young player from a rival in May.",
		"Ticket sales grew by a quarter in the club's first season.",
		"Ticket sales fell by a third in the club's second season.",
	)
	wantFirst(t, ix, "when has the old coach written a book about the club?", "p2")
	wantFirst(t, ix, "when was a young player stolen from a rival?", "p4")
	wantFirst(t, ix, "in which season have ticket sales fallen?", "p6")
}

// Another degree of an adjective is another thing: "better" is not read
// as the sources' "best" as a form of the same word.
func TestComparativeIsNoFormOfSuperlative(t *testing.T) {
	ix := quietIndex(t, "", "The best boats are kept in the north dock.")
	for _, term := range ix.Search("are better boats kept there?", knowledge.Options{}).Terms {
		for _, e := range term.Expansions {
			if e.Stem == "best" && e.Kind == "base" {
				t.Errorf("%q read as a form of %q", term.Surface, e.Word)
			}
		}
	}
}

// An everyday abbreviation the sources never write is read as the longer
// word it opens ("therap": therapy), not as a word one or two letters
// longer that a typo would have left them out of ("intens" is no
// "intends", "geneal" no "general").
func TestAbbreviationReadAsItsWord(t *testing.T) {
	ix := quietIndex(t, "",
		"The ministry intends to pay for gene therapy from 2025.",
		"The general hospital opened a new ward in 2019.",
	)
	for q, want := range map[string]string{
		"gene therap costs?":          "gene therapy costs?",
		"intens care beds?":           "intens care beds?",
		"geneal records of patients?": "geneal records of patients?",
	} {
		if u := ix.Understand(q); u.Text != want {
			t.Errorf("%q read as %q, want %q", q, u.Text, want)
		}
	}
}

// A country's people named as such ("the Germans", "the French?") is the
// country, where the sources name it: the passage where Germany's
// insurers pay answers "what are the Germans paying?", not one with "the
// German price" beside another payer; the adjective before its noun ("the
// German rules") stays the adjective.
func TestPeopleNamedAsTheirCountry(t *testing.T) {
	ix := quietIndex(t, "germany: [Germany]\nitaly: [Italy]\n",
		"Abroad. Germany's statutory insurers paid EUR 2.41m for each treatment, and Italy paid EUR 2.05m.",
		"The hospital. The national insurer paid the German price of EUR 2.41m for one boy treated in Munich.",
	)
	wantFirst(t, ix, "What are the Germans paying for it?", "p1")
	for _, c := range []struct{ q, stem string }{
		{"What are the Germans paying for it?", "=germany"},
		{"what did the french say, and the germans?", "=germany"},
		{"what do the German rules say about the price?", "german"},
	} {
		r := ix.Search(c.q, knowledge.Options{})
		if !slices.ContainsFunc(r.Terms, func(qt knowledge.QueryTerm) bool { return qt.Stem == c.stem }) {
			t.Errorf("%q: terms %v, want %s", c.q, r.Terms, c.stem)
		}
	}
}

// A word's base forms are those English spells: "planes" is no form of
// "plan" (whose form is "plans"), so a question on planes is not answered
// by a passage on plans.
func TestPlanesAreNoPlans(t *testing.T) {
	ix := quietIndex(t, "",
		"The route. Skyline's plans for a route to Oslo were dropped in May.",
		"The fleet. Skyline flies 40 jets from two bases.",
	)
	r := ix.Search("when did the planes arrive at Skyline?", knowledge.Options{})
	if r.Covered && len(r.Hits) > 0 && strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") {
		t.Errorf("planes answered by the plans: %s", r.Hits[0].Passage.Text)
	}
	if !slices.Contains(r.Missing, "planes") {
		t.Errorf("missing %v, want planes (no source has them)", r.Missing)
	}
}

// A word's synonyms, opposites and broader words are no names: "east" is
// not the sources' "the West", though its opposite is "west".
func TestAnOppositeIsNoName(t *testing.T) {
	ix := quietIndex(t, "the-west: [the West, Western countries, Western governments]\n",
		"Sanctions. The West imposed new sanctions on the port in March.",
		"The port. The port handled 2 million tonnes of grain last year.",
	)
	r := ix.Search("what sanctions were imposed in the east?", knowledge.Options{})
	for _, q := range r.Terms {
		for _, e := range q.Expansions {
			if e.Stem == "=the-west" {
				t.Errorf("%s expands to the West (%s)", q.Surface, e.Kind)
			}
		}
	}
}

// A reason names the question's parties as the question writes them, not
// as the index stems them: "Brussels", not "brussel".
func TestReasonNamesPartiesAsAsked(t *testing.T) {
	ix := quietIndex(t, "",
		"The ministry. Brussels fined the ministry in March over its port fees.",
		"The port. Lomé handled 31 million tonnes of cargo in 2023, according to the harbour office.",
	)
	r := ix.Search("what did Brussels say about Lomé's cargo?", knowledge.Options{})
	if r.Covered || !strings.Contains(r.Reason, "Brussels") {
		t.Errorf("covered %v, reason %q: want a reason that names Brussels as asked", r.Covered, r.Reason)
	}
}

// What a party offered, promised or pledged is told as what it would do
// ("it would make 150 MW available"): that clause answers "how much did
// it offer?", though a count of the past leaves such clauses out. And a
// body named after a party ("Hidroeléctrica de Vessa Rapids", the company
// of the Vessa Rapids dam) names it.
func TestOfferedIsToldAsWhatWouldBe(t *testing.T) {
	ix := quietIndex(t, "vessa-dam: [Vessa Rapids, Vessa Rapids dam]\nhidro-vessa: [Hidroeléctrica de Vessa Rapids, HVR]\nlarnia: [Larnia]\ndorvia: [Dorvia]\n",
		"Where the power comes from. The obvious supplier is Tarvan's Vessa Rapids dam (2,075 MW), downstream on the same river. Hidroeléctrica de Vessa Rapids (HVR) announced in July that it would make 150 MW available to Larnia and 100 MW to Dorvia.",
		"The drought. The reservoir fell to 12% of its capacity in August.",
	)
	wantFirst(t, ix, "How much electricity did Vessa Rapids offer to Larnia and Dorvia?", "p1")
	wantFirst(t, ix, "how much power did Vessa Rapids promise Larnia?", "p1")
	// a count of what was done still leaves out what would be
	wantNotCovered(t, ix, "How much power did Vessa Rapids deliver to Larnia?")
}

// A preposition is no topic: "without" is never what the sources "say
// nothing about".
func TestPrepositionIsNeverMissing(t *testing.T) {
	ix := quietIndex(t, "",
		"The crews. The crews work nights in the harbour, and many have no permits.",
		"The port. The port handled 2 million tonnes of grain last year.",
	)
	for _, q := range []string{"do the crews work without permits?", "do the crews work nights within the harbour?"} {
		r := ix.Search(q, knowledge.Options{})
		if slices.ContainsFunc(r.Missing, func(m string) bool { return m == "without" || m == "within" }) {
			t.Errorf("%q: missing %v", q, r.Missing)
		}
		if !r.Covered {
			t.Errorf("%q: not covered (%s)", q, r.Reason)
		}
	}
}
