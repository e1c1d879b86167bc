package bot_test

import "testing"

// "yes or no" is a documented closing of a terse state question, but
// chat framing strips "or no" before stateAsked sees it ("... - yes"),
// so the answer is not dated while "breakwater lease approved y/n" is.
func TestReview43_YesOrNoTailIsDated(t *testing.T) {
	e := portsEngine(t, "The harbour board approved the breakwater lease on 3 April, and the dockers' strike ended a week later.")
	for _, q := range []string{"breakwater lease approved - yes or no?", "dockers strike over, yes or no"} {
		if a := ask(t, e, q); !a.Dated {
			t.Errorf("%q: covered %v, not dated: %q", q, a.Covered, a.Text)
		}
	}
}
