package knowledge_test

// Review of round forty-one (035afab..4f0f36e): the broader nouns a noun
// is a kind of (lexicon.KindsOf) and the "which X" questions they answer
// (Index.kindsIn, kindExpansions, kindsAsked); whether an answer tells of
// something still to come or undecided (Index.Unsettled: dueToRE,
// pendingRE, notSettledRE, datedAfter), which dates the answer; and "did X
// ever", "has X ever", "whatever happened to X" read as asking the present
// (everAskedRE). Each test is a question an analyst would plausibly type,
// against sentences a news article plausibly prints, that the new code
// answers wrongly, declines wrongly, dates wrongly or misreads. Every
// source here is made up.

import (
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// kindWords lists the sources' words a question's terms were expanded to
// as kinds of them.
func kindWords(ix *knowledge.Index, q string) []string {
	var out []string
	for _, t := range ix.Search(q, knowledge.Options{}).Terms {
		for _, e := range t.Expansions {
			if e.Kind == "kind of" {
				out = append(out, e.Word)
			}
		}
	}
	return out
}

// wantUnsettled checks what Index.Unsettled says of a covered question's
// answer.
func wantUnsettled(t *testing.T, ix *knowledge.Index, q string, want bool) {
	t.Helper()
	r := ix.Search(q, knowledge.Options{})
	if got := ix.Unsettled(r); !r.Covered || got != want {
		t.Errorf("%q: covered %v (%s) %v, unsettled %v, want %v", q, r.Covered, r.Reason, hitIDs(r.Hits), got, want)
	}
}

// wantAsksPresent checks how a question is read: about the present or not.
func wantAsksPresent(t *testing.T, ix *knowledge.Index, q string, want bool) {
	t.Helper()
	if got := ix.Understand(q).AsksPresent; got != want {
		t.Errorf("%q: asks present %v, want %v", q, got, want)
	}
}

// ---------------------------------------------------------------------
// "which X": kinds of X the sources name
// ---------------------------------------------------------------------

// kindExpansions keeps the first maxExpansions (4) of kindsIn's words, and
// kindsIn lists them in the alphabetical order of the vocabulary: which
// kinds of "antibiotic" a question is expanded to depends on how the
// drugs are spelt, not on which passage is about the question. A source
// on an outbreak that names five antibiotics in passing (a pharmacy
// selling out of one, a vet's use of another, an allergy) loses the one
// the clinics actually give ("streptomycin", fifth in the alphabet), and
// "which antibiotic are the clinics giving?" is answered first with the
// Holm pharmacy selling out of amoxicillin. The kind that answers must not be
// dropped for its spelling: every kind the sources name should be read
// (or those cut by how much they say of the question, not by alphabet),
// and the clinics' passage should come first.
func TestReviewFortyOneKindsCutByAlphabet(t *testing.T) {
	ix := quietIndex(t, "",
		"The pharmacy. The Holm pharmacy sold out of amoxicillin in March.",
		"The farm. Vets gave ampicillin to the herd at Tarn farm in April.",
		"The trial. A trial of chloramphenicol at the Holm hospital ended in February.",
		"The allergy. A patient at Wickby had a rash after erythromycin in January.",
		"The treatment. Since June the clinics have given streptomycin to every patient with severe dehydration.",
	)
	if got := kindWords(ix, "which antibiotic are the clinics giving?"); !slices.Contains(got, "streptomycin") {
		t.Errorf("kinds of antibiotic read: %v, not the clinics' streptomycin", got)
	}
	wantFirst(t, ix, "which antibiotic are the clinics giving?", "p5")
	// control: with the question's other words the clinics' passage wins
	// anyway, though still not by its antibiotic
	wantFirst(t, ix, "which antibiotic are the clinics giving to patients with severe dehydration?", "p5")
}

// (A finding of this reading not mended: WordNet's taxonomy has a missile
// as a rocket, and a rocket as a vehicle, two hops up, so "which vehicles
// were seized at the checkpoint?" is answered by "12 missiles and 40
// rifles". Telling a vehicle as analysts mean it from WordNet's would
// need sense knowledge the lexicon does not hold; see the README.)

// The commit that added kinds says that expanding every word the sources
// lack read "units" as "countries" and lost answers, so only the kind
// asked for is expanded; but "which units" is exactly where a military
// analyst asks for one, and it is now expanded to every "social unit" the
// sources name: "families", "council", "crews", "committee", "board",
// "team". "Which units were sent to Copper Row?" is answered with the
// council sending 40 families to a camp there. It was "not covered"
// before this round, and should still be: the sources name no unit.
func TestReviewFortyOneFamiliesAreNoUnits(t *testing.T) {
	ix := quietIndex(t, "",
		"The camp. The Holm council sent 40 families to the camp at Copper Row on 3 May.",
		"The border. The border crossing at Copper Row reopened in April.",
	)
	wantNotCovered(t, ix, "which units were sent to Copper Row?")
	wantNotCovered(t, ix, "which units were deployed to Copper Row in May?")
}

// kindsIn leaves out names but never asks how a source word is used: a
// word written as an adjective or a verb is read by its commonest noun
// sense. "Social" (the noun: a party, a social gathering) becomes a kind
// of "party", so "which party runs the Holm council?" — where "party" is
// one of the kind nouns a name answers, dropped before this round — is
// now answered with "the Holm council will build 200 social homes",
// which says nothing of who runs the council. It was "not covered"
// before, and should be: the sources name no party in charge.
func TestReviewFortyOneSocialHomesAreNoParty(t *testing.T) {
	ix := quietIndex(t, "",
		"The election. The Tarn Alliance won 41% of the vote in the Holm council election on 3 May.",
		"Housing. The Holm council will build 200 social homes at Wickby.",
	)
	wantNotCovered(t, ix, "which party runs the Holm council?")
	if got := kindWords(ix, "which party won the Holm council election?"); slices.Contains(got, "social") {
		t.Errorf("party read as: %v", got)
	}
}

// kindsIn treats a source's word as a name ("names are no kinds") when
// the vocabulary marks it so, and the vocabulary marks as a name any word
// mostly written with a capital except as a passage's first word: a
// drug named only at the start of a sentence ("Streptomycin is now given
// to ...") is a "name", and "which antibiotic" finds nothing, though
// written in lower case in mid-sentence it is found. Articles often open
// a sentence with the drug; the analyst gets "No source mentions
// antibiotic" for a passage that answers. A word capitalised only where
// a sentence starts is no name.
func TestReviewFortyOneSentenceInitialWordIsNoName(t *testing.T) {
	ix := quietIndex(t, "",
		"The treatment. Supplies reached the clinics at Wickby in June. Streptomycin is now given to every patient with severe dehydration.",
		"The wards. The field clinic at Copper Row had 40 beds in May.",
	)
	wantFirst(t, ix, "which antibiotic is given to patients with severe dehydration?", "p1")
	control := quietIndex(t, "",
		"The treatment. Supplies reached the clinics at Wickby in June, and streptomycin is now given to every patient with severe dehydration.",
		"The wards. The field clinic at Copper Row had 40 beds in May.",
	)
	wantFirst(t, control, "which antibiotic is given to patients with severe dehydration?", "p1")
}

// The generator stores only the first word of each hypernym synset, and
// only three hops up: streptomycin's kinds are "antibiotic",
// "antibacterial", "medicine", so "which medicine" finds it, but "which
// drug" (WordNet's "drug" is the fourth hop) and "which medication" (a
// synonym in medicine's own synset, not its first word) do not, and are
// declined with "No source mentions drug". "Which drug" is the
// commonest way to ask it; the synset's other words are as much its name
// as the first, and "drug" is the kind every article's reader would use.
func TestReviewFortyOneWhichDrugIsWhichMedicine(t *testing.T) {
	ix := quietIndex(t, "",
		"The treatment. Since June the clinics have given streptomycin to every patient with severe dehydration.",
		"The wards. The field clinic at Copper Row had 40 beds in May.",
	)
	wantFirst(t, ix, "which medicine are the clinics giving?", "p1") // control
	wantFirst(t, ix, "which medication are the clinics giving?", "p1")
	// "which drug" is left: WordNet's "drug" is four hops up and near its
	// top (four hypernyms below "entity"), where "agent" and "artifact"
	// are too, which the kinds leave out
}

// kindAskedRE reads only the one or two words right after "which"/"what"
// (or "what kind of"): "which of the antibiotics ..." reads "of", "the",
// and "what is the antibiotic ..." reads "is", "the", so the kind asked
// for is not expanded and both are declined, while "which antibiotics
// are the clinics giving?" is answered. These are the same question put
// in ordinary ways; the noun after "which of the" or "what is the" is as
// much the kind asked for.
func TestReviewFortyOneWhichOfTheKinds(t *testing.T) {
	ix := quietIndex(t, "",
		"The treatment. Since June the clinics have given streptomycin to every patient with severe dehydration.",
		"The wards. The field clinic at Copper Row had 40 beds in May.",
	)
	wantFirst(t, ix, "which antibiotics are the clinics giving?", "p1") // control
	wantFirst(t, ix, "which of the antibiotics are the clinics giving?", "p1")
	// "what is the antibiotic the clinics are giving?" is left: "what is
	// the" most often asks the thing itself ("what is the surface area"),
	// and reading its noun as a kind cost a held-out set an answer
}

// ---------------------------------------------------------------------
// Unsettled: the answer tells of what it answers as still to come
// ---------------------------------------------------------------------

// dueToRE takes "is due to <word>" as still to come unless the word is a
// determiner; its comment promises not "the delay is due to the weather",
// but "is due to higher fuel costs", "is due to storm damage", "are due
// to rising demand" (a cause, the commonest use of "due to" in news) are
// all read as pending, and the answer to "why did ferry fares rise?" is
// dated as if the reason might yet change. Only a verb after "due to"
// ("due to rule", "due to open") tells of something to come.
func TestReviewFortyOneDueToACauseIsSettled(t *testing.T) {
	ix := quietIndex(t, "",
		"Fares. The rise in ferry fares is due to higher fuel costs, the ferry line said.",
		"The quay. The closure of the south quay since March is due to storm damage.",
		"The appeal. The harbour board's appeal against the fine was heard in March, and the court is due to rule on it in the autumn.",
	)
	wantUnsettled(t, ix, "why did ferry fares rise?", false)
	wantUnsettled(t, ix, "why was the south quay closed?", false)
	wantUnsettled(t, ix, "harbour board appeal ruling?", true) // control
}

// notSettledRE takes the words "outstanding" and "unsettled" as "not come
// about", in any sense: an award "for outstanding service" and a
// crossing cancelled "because of unsettled weather" make their answers
// dated, as if who won the award or why a ferry was cancelled on 3 March
// were still open. Only "outstanding" of a sum or a matter still owed or
// open ("the dues are still outstanding") tells that; the adjective of
// praise or of weather does not.
func TestReviewFortyOneOutstandingServiceIsSettled(t *testing.T) {
	ix := quietIndex(t, "",
		"The award. The harbour board gave the Holm lifeboat crew its award for outstanding service in April.",
		"The crossing. The crossing from Holm to Wickby was cancelled on 3 March because of unsettled weather.",
		"The dues. The ferry line's harbour dues of EUR 4,000 for March are still outstanding.",
	)
	wantUnsettled(t, ix, "who won the harbour board's award for outstanding service?", false)
	wantUnsettled(t, ix, "why was the Holm to Wickby crossing cancelled on 3 March?", false)
	wantUnsettled(t, ix, "ferry line harbour dues for March paid?", true) // control
}

// notSettledRE finds "has not been <word>ed" only, so it misses every
// irregular participle: "has not been built", "has not been chosen",
// "has not been paid", "has not been sold", "has not been set". The
// commit's own example "has not been signed" is dated; "the new ferry
// terminal has not been built" is answered with no date, though it is
// the same kind of "not yet" and only as true as the source's day.
func TestReviewFortyOneNotBeenBuiltIsUnsettled(t *testing.T) {
	ix := quietIndex(t, "",
		"The terminal. The new ferry terminal at Wickby has not been built.",
		"The contractor. A contractor for the Tarn breakwater has not been chosen.",
		"The wages. The dock crews at Wickby have not been paid since February.",
		"The pilot boat. The old pilot boat has not been sold.",
		"The lease. The lease of the north quay to the ferry line has not been signed.",
	)
	wantUnsettled(t, ix, "new Wickby ferry terminal built?", true)
	wantUnsettled(t, ix, "has a contractor been chosen for the Tarn breakwater?", true)
	wantUnsettled(t, ix, "have the Wickby dock crews been paid?", true)
	wantUnsettled(t, ix, "old pilot boat sold?", true)
	wantUnsettled(t, ix, "north quay lease to the ferry line - signed?", true) // control
}

// unsettled reads pendingRE and datedAfter alone, where the judge reads
// them only with !doneRE (and !simplePast): a sentence that tells the
// thing done is read as pending for any cue in it. "The harbour board
// approved the proposed lease ... on 3 April" ("proposed"), "the
// scheduled ferry ran aground on 3 March" ("scheduled"), "has signed a
// lease ... that runs to 30 June 2033" (a later date) are settled facts,
// and their answers are dated. The commit's own test says a settled fact
// is answered without the date.
func TestReviewFortyOneDoneWithAPendingWordIsSettled(t *testing.T) {
	ix := quietIndex(t, "",
		"The lease. The harbour board approved the proposed lease of the south quay to the ferry line on 3 April.",
		"The ferry. The scheduled ferry to Holm ran aground on 3 March.",
		"The north quay. The harbour board has signed a lease of the north quay with the ferry line that runs to 30 June 2033.",
	)
	wantUnsettled(t, ix, "when did the harbour board approve the south quay lease?", false)
	wantUnsettled(t, ix, "which ferry ran aground on 3 March?", false)
	wantUnsettled(t, ix, "who signed the north quay lease with the ferry line?", false)
}

// notSettledRE matches "had not been ...ed" (the past perfect: not yet at
// a past time, told of as over) and "unresolved" wherever it stands, so a
// sentence that tells how a thing was settled is read as unsettled: "the
// dispute, unresolved for four years, was settled in March" and "the
// crews had not been consulted ... when they walked out on 2 January;
// the strike ended on 20 January" date their answers. What was settled
// in March or ended in January will not change; the answer needs no date.
func TestReviewFortyOneSettledAfterAllIsSettled(t *testing.T) {
	ix := quietIndex(t, "",
		"The dispute. The dispute over the north quay, unresolved for four years, was settled in March when the harbour board paid the ferry line EUR 2 million.",
		"The strike. The dock crews had not been consulted on the new shifts when they walked out on 2 January; the strike ended on 20 January.",
	)
	wantUnsettled(t, ix, "how was the north quay dispute settled?", false)
	wantUnsettled(t, ix, "why did the dock crews walk out on 2 January?", false)
}

// unsettled reads the whole sentence most about the question, not the
// clause that answers it: "The court fined the harbour board EUR 40,000
// in January for the oil spill, and the ferry line is expected to sue the
// board for its losses" dates the answer to "how much was the harbour
// board fined?" for the ferry line's suit, which the question does not
// ask about. News sentences join a settled fact and what may follow all
// the time; the fine is settled. (The judge already reads a later day by
// its clause, spanAt(..., clauseSplitRE).) The control: asked about the
// suit, the answer is rightly unsettled.
func TestReviewFortyOneOtherClausePendingIsNotTheAnswers(t *testing.T) {
	ix := quietIndex(t, "",
		"The fine. The court fined the harbour board EUR 40,000 in January for the oil spill, and the ferry line is expected to sue the board for its losses.",
		"The quay. The north quay was built in 1970.",
	)
	wantUnsettled(t, ix, "how much was the harbour board fined for the oil spill?", false)
	wantUnsettled(t, ix, "will the ferry line sue the harbour board for its losses?", true) // control
}

// ---------------------------------------------------------------------
// "did X ever", "has X ever": up to now
// ---------------------------------------------------------------------

// everAskedRE takes "had ... ever", and any "did ... ever", as asking up
// to now unless a year bounds it; but the past perfect ("had the board
// ever been fined before the oil spill?") and "ever ... before <an
// event>" or "last winter" ask of a time that ended, as a year does. The
// analyst wants what the sources say of that past, with no "As of ..."
// and no reading as a present-state question. The control: "did the
// harbour board ever pay the fine?" asks up to now.
func TestReviewFortyOneEverBoundedByAPastTime(t *testing.T) {
	ix := quietIndex(t, "", "The fine. The court fined the harbour board EUR 40,000 in January for the oil spill.")
	wantAsksPresent(t, ix, "did the harbour board ever pay the fine?", true) // control
	wantAsksPresent(t, ix, "had the harbour board ever been fined before the oil spill?", false)
	wantAsksPresent(t, ix, "did the harbour board ever fine a ferry line before the oil spill?", false)
	wantAsksPresent(t, ix, "was the ferry ever late last winter?", false)
}

// everAskedRE's comment says it does not take "than ever" or "the
// biggest ever" as asking the present, but it needs only a word after
// "ever": "higher than ever before in March", "the first ever strike by
// the pilots" are read as about the present. They ask of a record at a
// time the question itself names ("in March", "the March walkout"); the
// answer is what the sources say of it, not "as of" today. The control
// from the commit's own test, "was that the biggest lease ever?", is
// read right only because nothing follows "ever".
func TestReviewFortyOneRecordEverIsNoPresent(t *testing.T) {
	ix := quietIndex(t, "", "The traffic. Cargo at the north quay reached 40,000 tonnes in March, the most on record.")
	wantAsksPresent(t, ix, "was that the biggest lease ever?", false) // control
	wantAsksPresent(t, ix, "was cargo at the north quay higher than ever before in March?", false)
	wantAsksPresent(t, ix, "was the March walkout the first ever strike by the harbour pilots?", false)
}

// everAskedRE is vetoed by any year anywhere in the question
// (bareYearRE), not by a year that bounds "ever": "has the harbour board
// ever paid the 2022 fine?", "whatever happened to the 2021 plan for a
// north quay lease?", "did the ferry line ever sign the lease it agreed
// in 2021?" name a year only to say which fine, plan or lease; each asks
// up to now and must be answered as of the sources' date. The control: a
// year that bounds the "ever" ("... ever sign a lease in 2021?") rightly
// does not ask the present.
func TestReviewFortyOneYearNamingTheThingDoesNotBoundEver(t *testing.T) {
	ix := quietIndex(t, "", "The fine. The harbour board has not paid the EUR 40,000 fine the court imposed on it in 2022.")
	wantAsksPresent(t, ix, "did the ferry line ever sign a lease in 2021?", false) // control
	wantAsksPresent(t, ix, "has the harbour board ever paid the 2022 fine?", true)
	wantAsksPresent(t, ix, "whatever happened to the 2021 plan for a north quay lease?", true)
	wantAsksPresent(t, ix, "did the ferry line ever sign the lease it agreed in 2021?", true)
}
