package bot_test

import (
	"strings"
	"testing"
)

// An answer to a question on how a thing stands, put with no word of
// the present ("breakwater lease signed?"), says how old its sources
// are, covered or not; an answer to a question on an event at its time
// does not.
func TestHowAThingStandsIsDated(t *testing.T) {
	e := portsEngine(t, "The harbour board approved the breakwater lease on 3 April, and the dockers' strike ended a week later.")
	for _, q := range []string{"breakwater lease approved?", "is the dockers strike over?", "who runs the lighthouse"} {
		a := ask(t, e, q)
		if !a.Dated || !strings.Contains(a.Text, "May 2023") {
			t.Errorf("%q: covered %v, dated %v: %q", q, a.Covered, a.Dated, a.Text)
		}
	}
	if a := ask(t, e, "when did the harbour board approve the breakwater lease?"); a.Dated || strings.HasPrefix(a.Text, "As of") {
		t.Errorf("an event at its time is dated: %q", a.Text)
	}
}
