package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// A year that names a thing looking ahead to it ("the 2030 review
// clause", "its 2035 net-zero target") is no time the question asks
// about: the sources, written before it, tell of the thing. A year asked
// of an event still is ("the 2030 election").
func TestYearNamingAClauseOrTarget(t *testing.T) {
	ix := quietIndex(t, "",
		"The law. The pension law includes a 2030 review clause that obliges the government to report on life expectancy.",
		"The port. Arnsby port set its 2035 emissions target at half of the 2019 level.",
	)
	wantFirst(t, ix, "whatever happened to the 2030 review clause, is it binding?", "p1")
	wantFirst(t, ix, "what's arnsby's 2035 emissions target?", "p2")
	for _, q := range []string{"what did the government report in 2030?", "did arnsby meet its emissions target in 2035?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered || !strings.Contains(r.Reason, "cannot report what happened") {
			t.Errorf("%q: covered %v (%s)", q, r.Covered, r.Reason)
		}
	}
}
