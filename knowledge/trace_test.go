package knowledge_test

import (
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// traceIndex has a count question's best-scored passage without a count
// (p1) and one with it just below (p2).
func traceIndex(t *testing.T) *knowledge.Index {
	t.Helper()
	return quietIndex(t, "",
		"The pilot unit is short of pilots, and the pilot unit works long shifts.",
		"The harbour office said its pilot unit has 31 pilots and a training school.",
	)
}

// A traced search keeps the passages it scored, before the checks, and
// what each check did: here the check on the quantity asked puts the
// passage with the count first, and the rest keep it there.
func TestTraceShowsWhichCheckPutAPassageFirst(t *testing.T) {
	ix := traceIndex(t)
	q := "how many pilots does the pilot unit have?"
	r := ix.Search(q, knowledge.Options{Trace: true})
	if !r.Covered || len(r.Hits) == 0 || r.Hits[0].Passage.ID != "made-up#p2" {
		t.Fatalf("covered %v (%s) %v, want p2 first", r.Covered, r.Reason, hitIDs(r.Hits))
	}
	if len(r.Candidates) < 2 || r.Candidates[0].Passage.ID != "made-up#p1" || r.Candidates[1].Passage.ID != "made-up#p2" {
		t.Fatalf("candidates %v, want p1 then p2, as scored", hitIDs(r.Candidates))
	}
	var names []string
	moved := ""
	first := r.Candidates[0].Passage.ID
	for _, c := range r.Checks {
		names = append(names, c.Name)
		if c.Declined {
			t.Errorf("check %q declined a covered question", c.Name)
		}
		if c.First != first && moved == "" {
			moved = c.Name
		}
		first = c.First
	}
	if moved != "quantity asked" {
		t.Errorf("checks %+v: the first to put another passage first is %q, want the quantity check", r.Checks, moved)
	}
	if first != r.Hits[0].Passage.ID {
		t.Errorf("the last check leaves %s first, the answer cites %s", first, r.Hits[0].Passage.ID)
	}
	if len(names) != 9 || len(slices.Compact(slices.Sorted(slices.Values(names)))) != 9 {
		t.Errorf("checks %v, want the nine checks, each once", names)
	}
	// untraced, the search keeps none of it, and answers the same
	u := ix.Search(q, knowledge.Options{})
	if u.Candidates != nil || u.Checks != nil {
		t.Errorf("an untraced search kept %d candidates and %d checks", len(u.Candidates), len(u.Checks))
	}
	if !slices.Equal(hitIDs(u.Hits), hitIDs(r.Hits)) || u.Covered != r.Covered {
		t.Errorf("traced %v %v, untraced %v %v", r.Covered, hitIDs(r.Hits), u.Covered, hitIDs(u.Hits))
	}
}

// The check that declines a question ends the trace, marked.
func TestTraceEndsAtTheCheckThatDeclines(t *testing.T) {
	r := traceIndex(t).Search("how many tugboats does the pilot unit have?", knowledge.Options{Trace: true})
	if r.Covered || len(r.Checks) == 0 {
		t.Fatalf("covered %v (%s), %d checks", r.Covered, r.Reason, len(r.Checks))
	}
	last := r.Checks[len(r.Checks)-1]
	if !last.Declined || last.Name != "salient words" || len(r.Checks) != 1 {
		t.Errorf("checks %+v, want only the salient words' check, declining (%s)", r.Checks, r.Reason)
	}
}
