package knowledge_test

import "testing"

// wantState checks a question's AsksState over one made-up source.
func wantState(t *testing.T, q string, want bool) {
	t.Helper()
	ix := quietIndex(t, "",
		"The deal. The ferry operating deal has not been signed; the dockers are on strike, the activist Ruta Velt is in custody, and the ministry is headed by Ines Roe.",
		"The dam. The first phase of the dam is complete, and the protest march against it ended at the town hall.",
	)
	if got := ix.Understand(q).AsksState; got != want {
		t.Errorf("%q: AsksState %v, want %v", q, got, want)
	}
}

// "who says the deal is dead?" asks who said it, not how a thing stands;
// "argues", "believes", "insists" are the same attribution.
func TestReview43_WhoArguesIsAttribution(t *testing.T) {
	wantState(t, "who argues the deal is dead?", false)
	wantState(t, "who believes the strike is over?", false)
	wantState(t, "who insists the deal is void?", false)
}

// "strikers # arrested" is a figure as of its time; "number of strikers
// arrested?" asks the same figure in words.
func TestReview43_FigureInWordsIsNoState(t *testing.T) {
	wantState(t, "number of strikers arrested?", false)
	wantState(t, "total killed?", false)
	wantState(t, "amount of aid pledged?", false)
}

// "will the deal be signed?" asks what the sources foresee; so do "due
// to be signed" and "set to be signed".
func TestReview43_DueToBeSignedIsForeseen(t *testing.T) {
	wantState(t, "is the deal due to be signed?", false)
	wantState(t, "is the deal set to be signed?", false)
}

// anyWordRE returns true before any time check: a question put at a
// time of its own, or in the past, is about that time, not news since.
func TestReview43_AnySignAtItsTime(t *testing.T) {
	wantState(t, "any word from the panel on the plans in 2021?", false)
	wantState(t, "did investigators find any sign of forced entry?", false)
	wantState(t, "were there any signs of forced entry?", false)
}

// a phrase state may carry a time of its own: "in effect during the
// strike" asks about then, as "signed in march?" does.
func TestReview43_InEffectDuringAnEvent(t *testing.T) {
	wantState(t, "ferry deal in effect during the strike y/n", false)
}

// "in custody", "on strike", "in office" tell how a person stands as
// surely as "in effect" tells how a rule does (gap of inStateRE).
func TestReview43_InCustodyOnStrike(t *testing.T) {
	wantState(t, "is the activist in custody?", true)
	wantState(t, "are the dockers on strike?", true)
	wantState(t, "is roe in office?", true)
}

// "who is the head of the ministry?" is "who heads the ministry" put
// with a form of be.
func TestReview43_WhoIsTheHead(t *testing.T) {
	wantState(t, "who is the head of the ministry?", true)
	wantState(t, "who is the minister of labour?", true)
}

// pastTimeRE reads "march" the noun as the month and "first"/"last"
// the ordinals as times of the question's own, so plain state questions
// are not marked.
func TestReview43_MonthAndOrdinalWordsAreNoTime(t *testing.T) {
	wantState(t, "is the protest march over?", true)
	wantState(t, "is the first phase of the dam complete?", true)
	wantState(t, "has the last reactor been shut down?", true)
}

// The answer is named in another sentence of the cited passage; only
// the sentence with "daily" is checked, so the question is declined.
func TestReview43_NamedInAnotherSentence(t *testing.T) {
	ix := quietIndex(t, "",
		"The leak. The Harbour Herald was the first paper to print Velt's documents. Editors at the Velmora daily said they had checked every page.",
	)
	wantFirst(t, ix, "which velmora daily first printed velt's documents?", "p1")
}

// "The Velmora daily" refers back to the Herald named just before: the
// passage says which.
func TestReview43_DescriptionRefersBack(t *testing.T) {
	ix := quietIndex(t, "",
		"The leak. Velt sent her files to the Harbour Herald. The Velmora daily printed them the next morning.",
	)
	wantFirst(t, ix, "which velmora daily printed velt's files?", "p1")
}

// A word the question lacks inside the description ("northern",
// "night ... 42", "older upstream") is what tells which: the answer.
func TestReview43_DistinguishingWordSaysWhich(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferries. The council closed the northern ferry route after two groundings.",
		"The buses. The council cut the night bus line 42 to save money.",
		"The reactors. Engineers shut down the reactor unit 3 after the leak was found.",
	)
	wantFirst(t, ix, "which ferry route did the council close?", "p1")
	wantFirst(t, ix, "which bus line did the council cut?", "p2")
	wantFirst(t, ix, "which reactor unit did engineers shut down?", "p3")
}

// whichThing runs past a present verb ("which ferry leaves sandvika":
// thing "ferry leaves sandvika"), so the answering sentence itself reads
// as a mere description; this also breaks TestSplitNameRejoined.
func TestReview43_ThingRunsPastPresentVerb(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferries. The night ferry leaves Sandvika at ten.",
		"The stops. The morning ferry stops at Skerry on the way out.",
	)
	wantFirst(t, ix, "which ferry leaves sandvika?", "p1")
	wantFirst(t, ix, "which ferry stops at skerry?", "p2")
}
