package knowledge_test

import "testing"

// Finding: bodyAskedRE now takes every noun of bodyNouns, and "service"
// is as often a thing a body provides as a body: "which service did Vik
// Water stop?" asks for the service, and "its online billing service"
// says which. kindUnnamed reads "its online billing service" as a body
// described without its name and declines "The sources do not say which
// service", though the passage answers (it did before this round).
func TestReview54_WhichServiceStopped(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water]\n", append([]string{
		"The outage. Vik Water stopped its online billing service for three weeks after the attack.",
		"The budget. Vik council cut its bus and library services by 20% last year.",
		"The ransom. The board of Vik Water decided on 17 September not to pay the ransom.",
	}, townPassages...)...)
	wantFirst(t, ix, "Which service did Vik Water stop after the attack?", "p1")
	wantFirst(t, ix, "What services did Vik council cut?", "p2")
}

// Finding: "group" is one of bodyNouns, so "which group of people" and
// "which group" are read as asking which body by its kind; a passage that
// tells which people by what they are ("children under five ..., an age
// group that ...") has "an age group" as an unnamed body and no name, so
// the question is declined ("The sources do not say which group"),
// though the passage says exactly which (it was answered before this
// round).
func TestReview54_WhichGroupOfPeople(t *testing.T) {
	ix := quietIndex(t, "", append([]string{
		"The toll. Children under five were hit hardest by the cholera outbreak, an age group that made up 40% of the deaths.",
		"The wells. The outbreak began at two wells in the old town in March.",
	}, townPassages...)...)
	wantFirst(t, ix, "Which group of people was hit hardest by the cholera outbreak?", "p1")
	wantFirst(t, ix, "Which group was hit hardest by the cholera outbreak?", "p1")
}

// Finding: "authority" is one of bodyNouns, but "what authority does the
// council have" asks for a power, not a body; the passage that gives the
// power ("can close the harbour ..., an authority it used twice") is
// declined as "The sources do not say which authority".
func TestReview54_WhatAuthorityIsAPower(t *testing.T) {
	ix := quietIndex(t, "", append([]string{
		"The powers. Under the 2019 harbour act the council can close the harbour to shipping, an authority it used twice in 2022.",
		"The dredging. The harbour was dredged again in 2022.",
	}, townPassages...)...)
	wantFirst(t, ix, "What authority does the council have over the harbour?", "p1")
}

// Finding: numberedAt keeps "point" before any digit, so "at one point 3
// ministers threatened to resign" gets the term "point" as if it were
// point 3 of the plan, and outranks the passage on point 3 itself for
// "what does point 3 of the plan say" (with "In March 3 ministers ..."
// the passage on point 3 comes first): the rule meant to bring the
// numbered part first makes the idiom outrank it (p1 came first before
// this round too, when neither passage had the term).
func TestReview54_AtOnePointIsNoPoint(t *testing.T) {
	ix := quietIndex(t, "plan: [ceasefire plan]\n", append([]string{
		"The cabinet. At one point 3 ministers threatened to resign over the ceasefire plan.",
		"The withdrawal. Point 3 of the ceasefire plan requires both armies to pull back 10 km from the line.",
	}, townPassages...)...)
	wantFirst(t, ix, "What does point 3 of the ceasefire plan say?", "p2")
}

// Finding: shareWordsRE takes any "a quarter of" and "half the" as a
// share, and periodHalves lists only some words before a half of a period:
// a span of time ("for a quarter of a century", "for a quarter of an
// hour", "for half the day", "in the last half of 2024") now gives a
// share, so "what share of households lost power?" is answered by a
// passage that gives none (before this round: "The sources give no
// percentage for this.").
func TestReview54_FractionOfATimeIsNoShare(t *testing.T) {
	for _, p := range []string{
		"The outage. Vik's households have lost power every winter for a quarter of a century.",
		"The outage. Vik's households lost power for a quarter of an hour on Monday.",
		"The outage. Vik's households lost power for half the day on Monday.",
		"The outage. Vik's households lost power in the last half of 2022.",
	} {
		t.Run(p, func(t *testing.T) {
			ix := quietIndex(t, "vik: [Vik]\n", append([]string{p,
				"The grid. Vik's grid was built in 1970 and serves 12% of the region's firms.",
			}, townPassages...)...)
			wantDeclined(t, ix, "What share of Vik's households lost power on Monday?", "no percentage")
		})
	}
}

// Finding: "one in <number>" is taken as a share wherever it stands, also
// in a storm's or flood's return period ("a one in 100 year storm"),
// which says how rare the storm is, not what share of households lost
// power.
func TestReview54_OneInAHundredYearStorm(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\n", append([]string{
		"The outage. Vik's households lost power on Monday in what engineers called a one in 100 year storm.",
		"The grid. Vik's grid was built in 1970 and serves 12% of the region's firms.",
	}, townPassages...)...)
	wantDeclined(t, ix, "What share of Vik's households lost power on Monday?", "no percentage")
}

// Finding: sharesInWords counts "one in five" but not the same kind of
// share with another numerator ("four in ten", "two in five", "three in
// four", "nine out of ten") nor "three-fifths": the passage that gives
// the mines' share in those words is still ranked below one with a
// percentage of something else (a gap in the new rule, not a
// regression: "one in five units of" is cited first).
func TestReview54_FourInTenIsAShare(t *testing.T) {
	g := "zambia: [Zambia]\n"
	q := "What share of Zambia's electricity goes to the mines?"
	for _, share := range []string{"four in ten units of", "two in five units of", "three in four units of", "nine out of ten units of", "three-fifths of the country's"} {
		t.Run(share, func(t *testing.T) {
			ix := quietIndex(t, g, append([]string{
				"The arithmetic. Zambia generates more than 80% of its electricity from hydropower, and the Kafue stations are short of water.",
				"The mines. Zambia's mining sector consumes " + share + " electricity, and the government's copper target assumes abundant power for the mines.",
			}, townPassages...)...)
			wantFirst(t, ix, q, "p2")
		})
	}
}
