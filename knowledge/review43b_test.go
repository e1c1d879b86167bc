package knowledge_test

import "testing"

// Review of onlyForeseen (knowledge/foreseen.go): cases where an answer
// that should stand is declined, and forecast-only figures still given as
// the answer to an "actually" question.

// The outturn (EUR 7.5 million spent) stands beside the budget; "budget" in the eight words before it does not make it a forecast.
func TestReview43b_SpentAgainstBudget(t *testing.T) {
	ix := quietIndex(t, "", "The scheme. The Tarn skills scheme, with a budget of EUR 12 million, has spent EUR 7.5 million so far.")
	wantFirst(t, ix, "how much has the tarn skills scheme actually spent so far?", "p1")
}

// "As expected" tells of the past: the 1.2 million containers were handled, not foreseen.
func TestReview43b_AsExpected(t *testing.T) {
	ix := quietIndex(t, "", "The port. As expected, Arnsby port handled 1.2 million containers in 2022.")
	wantFirst(t, ix, "how many containers did arnsby port actually handle in 2022?", "p1")
}

// A figure after "met its target" is the outturn itself, not the target.
func TestReview43b_MetTarget(t *testing.T) {
	ix := quietIndex(t, "", "The scheme. The Tarn skills scheme met its target, retraining 1,000 welders in 2022.")
	wantFirst(t, ix, "how many welders did the tarn skills scheme actually retrain?", "p1")
}

// "budget" as an adjective ("budget carrier") is no budget of a figure; 4.2 million passengers were flown.
func TestReview43b_BudgetCarrier(t *testing.T) {
	ix := quietIndex(t, "", "The airline. The budget carrier Skyline flew 4.2 million passengers in 2022.")
	wantFirst(t, ix, "how many passengers did skyline actually fly in 2022?", "p1")
}

// "would" of another matter in reported speech; the 800 welders "had been retrained".
func TestReview43b_ReportedWould(t *testing.T) {
	ix := quietIndex(t, "", "The scheme. Officials, who said the Tarn skills scheme would end in June, reported that 800 welders had been retrained.")
	wantFirst(t, ix, "how many welders has the tarn skills scheme actually retrained?", "p1")
}

// "should have cost" is a counterfactual past for EUR 30 million; EUR 41 million is what the bridge cost.
func TestReview43b_ShouldHaveCost(t *testing.T) {
	ix := quietIndex(t, "", "The bridge. Auditors found that the Tarn bridge, which should have cost EUR 30 million, cost EUR 41 million.")
	wantFirst(t, ix, "how much did the tarn bridge actually cost?", "p1")
}

// "planned" belongs to the 12 turbines only; the 7 "have been installed so far" is the count asked.
func TestReview43b_PlannedTurbines(t *testing.T) {
	ix := quietIndex(t, "", "The wind farm. Of the planned 12 turbines at Vell, 7 have been installed so far.")
	wantFirst(t, ix, "how many turbines have been installed at vell so far?", "p1")
}

// A count written like a year (1950 visitors) is skipped as a year, leaving only the aim of 3,000, so the outturn is declined.
func TestReview43b_YearLikeCount(t *testing.T) {
	ix := quietIndex(t, "", "The fair. The Arnsby fair, which aimed to draw 3,000 visitors, drew 1950 visitors in the end.")
	wantFirst(t, ix, "how many visitors did the arnsby fair actually draw?", "p1")
}

// Gap: "will retrain 1,000 welders" is only what is to come, yet it answers "how many has it actually retrained".
func TestReview43b_GapWill(t *testing.T) {
	ix := quietIndex(t, "", "The scheme. The Tarn skills scheme will retrain 1,000 welders.")
	wantDeclined(t, ix, "how many welders has the tarn skills scheme actually retrained?", "only a forecast or a target")
}

// Gap: a figure only promised, intended or hoped for is an aim, yet it answers "how many actually".
func TestReview43b_GapIntentVerbs(t *testing.T) {
	for _, verb := range []string{"has promised to build", "intends to build", "hopes to build"} {
		ix := quietIndex(t, "", "The estate. The Arnsby council "+verb+" 500 homes.")
		wantDeclined(t, ix, "how many homes has the arnsby council actually built?", "only a forecast or a target")
	}
}
