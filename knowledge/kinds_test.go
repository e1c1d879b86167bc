package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// A question may ask for a thing by its kind ("which antibiotic"), where
// the sources name only the thing ("streptomycin"): the lexicon's broader
// nouns, read from the sources' words back to the question's, answer it.
func TestWhichKindAskedIsAThingTheSourcesName(t *testing.T) {
	ix := quietIndex(t, "",
		"The treatment. Since June the clinics have given streptomycin to every patient with severe dehydration.",
		"The wards. The field clinic at Reed Lane had 40 beds in May.",
	)
	wantFirst(t, ix, "which antibiotic are the clinics giving?", "p1")
	wantFirst(t, ix, "what kind of medicine do patients get", "p1")
	if kinds := kindsOf(ix, "which antibiotic are the clinics giving?"); strings.Join(kinds, ",") != "antibiotic: streptomycin" {
		t.Errorf("kinds expanded: %v", kinds)
	}
}

// Only the kind asked for by "which" or "what" is read so: elsewhere a
// word is asked as itself, and a word of the sources whose commonest sense
// happens to be a kind of it is no answer ("thermals" are a kind of
// weather, a "counter" a kind of table). A name is no kind: the sources'
// "Turkey" is no bird.
func TestAKindNotAskedForIsNoExpansion(t *testing.T) {
	ix := quietIndex(t, "",
		"The gliders. Strong thermals over the ridge let the club's gliders stay up for six hours in May.",
		"The shop. The ferry office has a ticket counter open from 8:00, and Turkey bought 40 of its boats in 2022.",
	)
	for _, q := range []string{"is the weather at the ridge good for a picnic?", "did the ferry office buy a new table?", "which bird did the port sell?"} {
		if got := kindsOf(ix, q); len(got) > 0 {
			t.Errorf("%q: kinds expanded %v", q, got)
		}
	}
	if got := kindsOf(ix, "which weather lets gliders stay up?"); strings.Join(got, ",") != "weather: thermals" {
		t.Errorf("control: kinds expanded %v", got)
	}
}

// kindsOf lists a question's terms expanded to a kind of them, as "term:
// word".
func kindsOf(ix *knowledge.Index, q string) []string {
	var out []string
	for _, t := range ix.Search(q, knowledge.Options{}).Terms {
		for _, e := range t.Expansions {
			if e.Kind == "kind of" {
				out = append(out, t.Surface+": "+e.Word)
			}
		}
	}
	return out
}
