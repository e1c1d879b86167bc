package knowledge

import (
	"testing"
	"testing/fstest"
)

// Of passages scoring nearly alike, one about the question as a whole
// comes first; one scoring well below the best keeps its place.
func TestWholeFirst(t *testing.T) {
	kb, err := Load(fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: T\nauthor: A\npublisher: P\npublished: 2023\n---\nOne.\n\nTwo.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(kb)
	var own []QueryTerm
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		own = append(own, QueryTerm{Stem: s, IDF: 1, Found: true, Salient: true})
	}
	one, most := Hit{Score: 1, Matched: []string{"a"}}, Hit{Score: 0.9, Matched: []string{"a", "b", "c"}}
	if got := ix.wholeFirst([]Hit{one, most}, own); got[0].Score != 0.9 {
		t.Errorf("near the best: %+v first", got[0])
	}
	most.Score = 0.7
	if got := ix.wholeFirst([]Hit{one, most}, own); got[0].Score != 1 {
		t.Errorf("well below the best: %+v first", got[0])
	}
}
