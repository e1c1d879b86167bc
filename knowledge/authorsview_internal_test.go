package knowledge

import (
	"testing"
)

// A question asks the author's view by the author's name or a word for the
// author together with a word of view ("take", "think") or of what an
// author calls or advises ("odds", "recs", "bottom line"), however far
// apart ("the authors actual take"); a word of view alone, or another's
// name with it, asks no author's view.
func TestAuthorsViewAskedByCallOrNoun(t *testing.T) {
	ix, _ := testIndex(t, "Mara Quill", "", "The council approved the terminal plan.\n\nTrask Lines offered EUR 400 million.\n")
	for q, want := range map[string]bool{
		"so whats the authors actual take on the terminal plan?": true,
		"quill odds on the terminal plan":                        true,
		"author recs for the council":                            true,
		"quill bottom line on the trask offer":                   true,
		"what's quill's take on the terminal plan":               true,
		"what odds does the council give the terminal plan?":     false,
		"trask lines take on the terminal plan":                  false,
		"did the council approve the terminal plan?":             false,
	} {
		r := ix.Search(q, Options{})
		if got := ix.asksAuthorsView(r.Query, r.Terms); got != want {
			t.Errorf("%q: asks the author's view %v, want %v", q, got, want)
		}
	}
}

// The author's own voice is put first only where its passage is about the
// question as a whole: one that has a word of it beside the first person
// does not displace the passage that has all of it.
func TestOwnVoiceFirstOnlyAboutTheWhole(t *testing.T) {
	ix, kb := testIndex(t, "A", "", "The council approved the plan.\n\nI think the plan is sound.\n")
	var own []QueryTerm
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		own = append(own, QueryTerm{Stem: s, IDF: 1, Found: true, Salient: true})
	}
	reports := Hit{Passage: kb.Sources[0].Passages[0], Score: 1, Matched: []string{"a", "b", "c", "d", "e"}}
	judges := Hit{Passage: kb.Sources[0].Passages[1], Score: 0.9, Matched: []string{"a"}}
	if got := ix.ownVoiceFirst([]Hit{reports, judges}, own); got[0].Passage != reports.Passage {
		t.Errorf("a passage with one word of five put first: %s", got[0].Passage.ID)
	}
	judges.Matched = []string{"a", "b", "c", "d"}
	if got := ix.ownVoiceFirst([]Hit{reports, judges}, own); got[0].Passage != judges.Passage {
		t.Errorf("the author's own voice on the whole question not first: %s", got[0].Passage.ID)
	}
}
