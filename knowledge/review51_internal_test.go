package knowledge

import (
	"fmt"
	"testing"
)

// (Written of e6e1fdd's code; knowledge/head.go replaced it.) postNamed
// read at most maxPostScan (500) passages of the alias's
// rarest word, in document order, and answers false past them: on a
// large knowledge base where every word of the alias is in more than 500
// passages, a sentence that names the post and its holder after the
// 500th is never read, and the question is declined on a truncated scan
// ("The sources do not say who runs Roads Ministry."). The cap changes
// the answer rather than only the work; the scan should be narrowed by
// something that finds the post (or the cap should not decide a
// decline). Should: postNamed true.
func TestReview51_PostScanCapDeclines(t *testing.T) {
	var ps []string
	for i := range 520 {
		ps = append(ps, fmt.Sprintf("Week %d. Roads traffic rose in week %d, the ministry said.", i+1, i+1))
	}
	for i := range 10 {
		ps = append(ps, fmt.Sprintf("Staff %d. The ministry hired %d engineers.", i+1, i+40))
	}
	ps = append(ps, "Tolls. The Roads Minister, Pell Garrow, scrapped the bridge toll in May.")
	ix := descriptionIndex(t, "roads: [Roads Ministry]\n", ps...)
	if ix.postNamed([]QueryTerm{{Stem: "=roads", Surface: "roads ministry", Name: true, Found: true}}) == nil {
		t.Error("postNamed: the Roads Minister, Pell Garrow, in the 531st passage, not found")
	}
}
