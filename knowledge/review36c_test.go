package knowledge_test

import (
	"testing"
)

// Review of round 36's mended rules (292cfdb, 31e39f0), the heading that
// names the party (50a844b); no finding kept for 41a0e9d. Each test
// fails on the reviewed code; made-up sources only. "Before the round" is
// e08d2e4; "before the mend" is the commit before the mend named.

// 292cfdb: relativeYears reads "the previous year" (and "last year") as
// the year before the source's publication (2023 -> 2022) wherever it
// stands, but in "In 2020 Holm's revenue was EUR 40 million, up from EUR
// 31 million the previous year" it is the year before the sentence's own
// 2020. The question on 2022 is taken as given and answered, though no
// source gives a 2022 revenue. Not covered before the round (and with
// "in 2019" written out, not covered now).
func TestReview36cPreviousYearOfTheSentence(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"Results. In 2020 Holm's revenue was EUR 40 million, up from EUR 31 million the previous year.",
		"Staff. Holm employed 300 people at its Kessmouth bakery in 2022.",
	)
	wantNotCovered(t, ix, "holm revenue in 2022?")
}

// 292cfdb: disclosureAskedRE now takes any "public" (and "known") in the
// question for a question on whether something was disclosed, so a
// question about a public tender is never declined as withheld: "Vask City
// Council has not disclosed the terms of its public tender" is answered as
// if it gave the terms. Without the word "public" the same question is
// rightly declined "not been made public"; "public tender" is an ordinary
// noun phrase, not a question on disclosure. Declined before the mend
// (292cfdb^); before the round there was no withheld rule and it was
// answered (an older limitation as well).
func TestReview36cPublicTenderWithheld(t *testing.T) {
	ix := quietIndex(t, "vask: [Vask City Council, Vask council]\n",
		"Tender. Vask City Council has not disclosed the terms of its public tender for buses.",
		"Roads. Vask City Council resurfaced 40 km of roads in 2020.",
	)
	wantDeclined(t, ix, "terms of vask council's public tender for buses?", "not been made public")
}

// 50a844b: headedBy takes a passage as on the party throughout when its
// heading names it, so a count in a sentence that names another act ("The
// Vask Sports Act passed the National Assembly by 112 votes to 31") is
// read as the tally of the Holm Integrity Act its heading names. The
// sentence names its own act; the HIA's vote is not given. Not covered
// before 50a844b (and before the round).
func TestReview36cHeadingThenOtherActsTally(t *testing.T) {
	ix := quietIndex(t, "act: [Holm Integrity Act, HIA]\nvact: [Vask Sports Act, VSA]\nassembly: [National Assembly]\n",
		"The Holm Integrity Act. HIA creates an offence of fixing a match. The Vask Sports Act passed the National Assembly by 112 votes to 31 in 2021.",
		"Later. The National Assembly passed a budget by 90 votes to 60 in May 2021.",
	)
	wantNotCovered(t, ix, "HIA vote tally")
}

// 31e39f0: frontedPlaceRE takes any sentence opening "In" and a capital
// for one that opens on a place, so "In March 2021, Vik ... spent EUR
// 1.6bn on a dedicated manufacturing plant" is read as saying where the
// plant is. A month is no place; the sources do not say where it is.
// Declined before the mend (292cfdb); before the round, which added the
// where rule (3e5f09d), it was answered.
func TestReview36cInMarchIsNoPlace(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Therapeutics, Vik]\nholm: [Holm Freight, Holm]\n",
		"Plants. In March 2021, Vik, based in Basel, said it had spent EUR 1.6bn on a dedicated manufacturing plant.",
		"Depots. Holm opened a new depot in Kessmouth in 2021.",
	)
	wantDeclined(t, ix, "where is vik mfg plant", "do not say where")
}

// 31e39f0: for a place asked, namedBeside reads on past "to" up to three
// words, so "a dedicated manufacturing plant to supply Tarn Pharma" takes
// the customer's name for the plant's place. "to" here opens a purpose,
// not a destination; the sources do not say where the plant is. Declined
// before the mend (292cfdb); before the round, which added the
// where rule (3e5f09d), it was answered.
func TestReview36cPlantToSupplyAFirm(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Therapeutics, Vik]\nholm: [Holm Freight, Holm]\n",
		"Plants. Vik, based in Basel, has spent EUR 1.6bn on a dedicated manufacturing plant to supply Tarn Pharma.",
		"Depots. Holm opened a new depot in Kessmouth in 2021.",
	)
	wantDeclined(t, ix, "where is vik mfg plant", "do not say where")
}

// 31e39f0: namedBeside takes the capitalised word before a determiner for
// a name in apposition, so a sentence-opening adverb ("Later, a team
// manager was banned") is read as the manager's name. Only the sentence's
// first word is capitalised because it opens it; nobody is named.
// Declined before the mend (292cfdb); before the round there was no rule
// on the name of a thing (269613e, fd77429).
func TestReview36cOpeningAdverbIsNoName(t *testing.T) {
	ix := review36bIndex(t,
		"Bans. Brask Rovers were fined in 2020. Later, a team manager was banned for four years.",
	)
	wantDeclined(t, ix, "brask rovers team manager name, 4yr ban", "do not name")
}
