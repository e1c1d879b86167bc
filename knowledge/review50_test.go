package knowledge_test

import "testing"

// Review of round fifty's two judge.go rules (00f247f withheldRE's active
// "has not released" / "did not release"; 0f0d3e5 countsIn's
// countedNear for "how many <plural noun>"). Every source here is made up.

// 00f247f: withheldRE's new "(has|have|had) not released" and "did not
// release" take any object, so a sentence that tells of people still held
// in the active voice ("Police have not released the two men they
// arrested", "did not release them until July") reads as "not made
// public": the count it gives is declined with "The sources say this has
// not been made public". The commit excludes "was not released" for just
// this reason, but the active voice of the same fact is not excluded.
// Both questions should be answered from the sentence that gives the
// count (p1, p2).
func TestReview50_PersonsHeldActiveVoice(t *testing.T) {
	ix := quietIndex(t, "vorn: [Vorn]\n",
		"The raid. Police in Vorn have not released the two men they arrested at the depot on Friday.",
		"The border. Soldiers detained three journalists at the border in May and did not release them until July.",
		"The depot. The depot in Vorn stores grain for the region.",
	)
	wantFirst(t, ix, "how many men were arrested at the depot?", "p1")
	wantFirst(t, ix, "how many journalists were detained at the border?", "p2")
}

// 00f247f: "has not released" is read as keeping information back
// whatever is released, so a clause where "release" means launching a
// product or letting go ("has not released a new handset since 2021",
// "has not released its grip on the valley") withholds everything in its
// clause, including the figure the question asks: "how many phones did
// Brenn sell in 2021?" and "how many wells have run dry?" are declined as
// not made public. Both should be answered (p1, p2).
func TestReview50_ReleasedInAnotherSense(t *testing.T) {
	ix := quietIndex(t, "brenn: [Brenn]\n",
		"Handsets. Brenn has not released a new handset since 2021, when it sold four million phones.",
		"The drought. The drought has not released its grip on the valley, where 40 wells have run dry since June.",
		"Shops. Brenn runs shops in the capital, and farms in the valley grow barley.",
	)
	wantFirst(t, ix, "how many phones did brenn sell in 2021?", "p1")
	wantFirst(t, ix, "how many wells have run dry in the valley?", "p2")
}

// 00f247f: "release" was added to the "did not ..." verbs of disclosure,
// so a physical release ("The Kessel dam did not release water during the
// April floods") reads as "not made public": the yes-or-no question the
// sentence answers (no) is declined as not known. It should be covered
// by p1.
func TestReview50_DidNotReleaseWater(t *testing.T) {
	ix := quietIndex(t, "kessel: [Kessel dam]\n",
		"The floods. The Kessel dam did not release water during the April floods, the operator said.",
		"The river. The river Orra runs past the Kessel dam.",
	)
	wantFirst(t, ix, "did the kessel dam release water during the floods?", "p1")
}

// 0f0d3e5: countedNear takes as figures only isFigureWord's words, and
// numberWords lacks most numbers in words ("sixty", "fourteen",
// "thirteen", "seventy", ...). Where the sentence has another figure in
// digits (so hasCountFigure passes), the count in words beside the noun
// is not seen and only the digits' window is read: "Sixty ships called at
// Lekki in May, 12 more than in April" is declined with "no figure".
// Before the commit it was answered; it should be (p1, p2).
func TestReview50_CountInWordsNotSeen(t *testing.T) {
	ix := quietIndex(t, "lekki: [Lekki]\ntema: [Tema]\n",
		"Lekki. Sixty ships called at Lekki in May, 12 more than in April.",
		"Tema. Fourteen tankers waited off Tema in June, 3 fewer than in May.",
		"Berths. Lekki and Tema have deep berths.",
	)
	wantFirst(t, ix, "how many ships called at lekki in may?", "p1")
	wantFirst(t, ix, "how many tankers waited off tema in june?", "p2")
}

// 0f0d3e5: the fixed window (four words before a figure, five after)
// misses the noun in ordinary sentences whose subject is the thing
// counted and whose figure comes at the end of the clause ("Nurses at
// every public hospital in Vorn walked out on Monday, some 1,200 in all",
// "Ships waiting off Tema since the strike began now number 14", "Ships
// held off Tema by the June strike: 11"), or whose noun follows in an
// apposition ("About 3,000 were evacuated ..., most of them tenants").
// All were declined with "no figure"; before the commit all were
// answered.
func TestReview50_NounFarFromFigure(t *testing.T) {
	ix := quietIndex(t, "vorn: [Vorn]\ntema: [Tema]\nbrenn: [Brenn]\n",
		"The strike. Nurses at every public hospital in Vorn walked out on Monday, some 1,200 in all.",
		"The port. Ships waiting off Tema since the strike began now number 14.",
		"The harbour. Ships held off Tema by the June strike: 11, the harbour master said.",
		"The flood. About 3,000 were evacuated from the riverside districts of Brenn, most of them tenants of the old town.",
		"Places. Vorn has public hospitals and Brenn has riverside districts.",
	)
	wantFirst(t, ix, "how many nurses walked out in vorn?", "p1")
	wantFirst(t, ix, "how many ships are waiting off tema?", "p2")
	wantFirst(t, ix, "how many ships were held off tema by the june strike?", "p3")
	// (mended for the subject and the colon; the apposition after the
	// clause, "most of them tenants", stays a documented limit of
	// countedNear: "how many tenants were evacuated in brenn?" is declined)
}

// 0f0d3e5: countedNear counts its window in words()'s words, which split
// a hyphenated word in two, so "9 large, fully-laden, deep-draught ships"
// (four words between the figure and the noun) puts "ships" six words
// after the figure, outside the window: declined with "no figure".
// Before the commit it was answered; it should be (p1).
func TestReview50_HyphenatedWordsShrinkTheWindow(t *testing.T) {
	ix := quietIndex(t, "tema: [Tema]\n",
		"The port. Tema turned away 9 large, fully-laden, deep-draught ships in May.",
		"Berths. Tema has berths.",
	)
	wantFirst(t, ix, "how many ships did tema turn away?", "p1")
}

// 0f0d3e5: numberOfRE keeps at most three words after "the number of",
// so "The number of large foreign-owned container ships calling at Lekki
// rose to 14" keeps "large foreign-owned container" and loses "ships"
// (nor is "ships" within four words before 14): "how many ships called at
// Lekki in May?" is declined with "no figure", though "how many container
// ships" is answered by the same sentence. Before the commit both were
// answered; both should be (p1).
func TestReview50_NumberOfCutsTheNoun(t *testing.T) {
	ix := quietIndex(t, "lekki: [Lekki]\n",
		"Lekki. The number of large foreign-owned container ships calling at Lekki rose to 14 in May.",
		"Berths. Lekki has deep berths.",
	)
	wantFirst(t, ix, "how many container ships called at lekki in may?", "p1")
	wantFirst(t, ix, "how many ships called at lekki in may?", "p1")
}
