package bot_test

// Review of round forty-one (035afab..4f0f36e), the answer's date: what
// the new rules in knowledge (Index.Unsettled, everAskedRE) get wrong, as
// an analyst sees it in the reply. Each test is the end-to-end view of a
// finding shown in knowledge/review41_test.go. Every source is made up.

import (
	"strings"
	"testing"
)

// wantDated checks that a covered answer opens with the source's date, or
// does not.
func wantDated(t *testing.T, text string, q string, want bool) {
	t.Helper()
	e := portsEngine(t, text)
	a := ask(t, e, q)
	if !a.Covered || a.Dated != want || strings.HasPrefix(a.Text, "As of 2 May 2023") != want {
		t.Errorf("%q: covered %v, dated %v, want %v: %q", q, a.Covered, a.Dated, want, a.Text)
	}
}

// (TestReviewFortyOneDueToACauseIsSettled) "The rise in ferry fares is due
// to higher fuel costs" gives a cause, settled; dueToRE reads "due to
// higher" as "due to <verb>", and the reply to "why did ferry fares rise?"
// opens "As of 2 May 2023 — the newest information the knowledge base has
// on this", telling the analyst the reason may have changed since. It
// should be answered with no date, as "the court fined ... in January" is.
func TestReviewFortyOneAnswerOnACauseIsNotDated(t *testing.T) {
	wantDated(t, "The rise in ferry fares is due to higher fuel costs, the ferry line said.", "why did ferry fares rise?", false)
	wantDated(t, "The harbour board's appeal against the fine was heard in March, and the court is due to rule on it in the autumn.", "harbour board appeal ruling?", true) // control
}

// (TestReviewFortyOneNotBeenBuiltIsUnsettled) "has not been signed" is
// dated, "has not been built" is not: notSettledRE finds only participles
// in "-ed". The analyst reading "The new ferry terminal at Wickby has not
// been built." is not told that this is as of May 2023; it should open
// with the date, as the lease's does.
func TestReviewFortyOneNotBuiltAnswerIsDated(t *testing.T) {
	src := "The new ferry terminal at Wickby has not been built.\n\nThe lease of the north quay to the ferry line has not been signed."
	wantDated(t, src, "north quay lease to the ferry line - signed?", true) // control
	wantDated(t, src, "new Wickby ferry terminal built?", true)
}

// (TestReviewFortyOneYearNamingTheThingDoesNotBoundEver) "has the harbour
// board ever paid the fine?" is dated, but "has the harbour board ever
// paid the 2022 fine?" is not: the year that says which fine vetoes
// everAskedRE. Both ask whether it is paid by now, and the answer "has
// not paid" is only as good as the source's date.
func TestReviewFortyOneEverPaidTheYearsFineIsDated(t *testing.T) {
	src := "The harbour board has not paid the EUR 40,000 fine the court imposed on it in 2022."
	wantDated(t, src, "has the harbour board ever paid the fine?", true) // control
	wantDated(t, src, "has the harbour board ever paid the 2022 fine?", true)
}

// (TestReviewFortyOneRecordEverIsNoPresent) "was the March walkout the
// first ever strike by the harbour pilots?" asks of a record set in March;
// no later event can make it not the first. everAskedRE reads "first ever
// strike" as "ever <verb>" and the reply is dated as a present-state
// answer; without "ever" it is not. It should not be dated.
func TestReviewFortyOneFirstEverIsNotDated(t *testing.T) {
	src := "The harbour pilots' walkout on 3 March was the first strike in the port's history."
	wantDated(t, src, "was the March walkout the first strike by the harbour pilots?", false) // control
	wantDated(t, src, "was the March walkout the first ever strike by the harbour pilots?", false)
}
