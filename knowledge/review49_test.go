package knowledge_test

import (
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// wantNotDescribed checks that no word of a question is searched as a
// name the sources describe by it (an expansion of kind "described").
func wantNotDescribed(t *testing.T, ix *knowledge.Index, q string) {
	t.Helper()
	r := ix.Search(q, knowledge.Options{})
	for _, term := range r.Terms {
		if i := slices.IndexFunc(term.Expansions, func(e knowledge.Expansion) bool { return e.Kind == "described" }); i >= 0 {
			t.Errorf("%q: %q is searched as %s", q, term.Surface, term.Expansions[i].Stem)
		}
	}
}

// Wrong: the new synonym path in expand() gives a plural the sources lack
// every irregular form the sources have of its synonym's stem, not only
// the synonym's irregular plural: verb forms too, and regularPlural lets
// a verb's "-s" form through as well. "films" (synonym "shoot") becomes
// the sources' "shot", "terms" (synonym "footing", stem "foot") their
// "feet"; likewise "ships" is searched as "sent", "visits" as "saw",
// "agreements" as "understood", "buys" as "stole", "bases" as "feet". So
// "Which films of the harbour were banned?" is covered by "A crew shot
// the harbour from the air", and "What were the terms of the truce?" by
// the truce's date; both were declined before the change, rightly: the
// sources say nothing of films or of terms. Expected: declined. (The
// path was dropped: the lexicon does not say which irregular forms are a
// noun's plurals, and "kids" for "children" was one question's gain.)
func TestReview49_SynonymsVerbFormsForAPlural(t *testing.T) {
	ix := quietIndex(t, "marrow: [Marrow]\nvelt: [Velt]\n",
		"Camera. A crew shot the harbour from the air.",
		"Truce. The truce between Velt and Marrow was signed on 3 July.",
		"Wall. The sea wall at Sarno is 40 feet high.",
		"Schools. On 2 June the ministry shut 212 schools and sent 48,000 children home.",
	)
	wantNotCovered(t, ix, "Which films of the harbour were banned?")
	wantNotCovered(t, ix, "What were the terms of the truce?")
}

// Wrong: a clause's subject after an opening phrase that openingPhrase
// does not know ("Compared with Velt, the island state ...", or "Unlike
// the much larger Velt, ...", whose name is the fifth word) is read as an
// apposition to the name: "island" becomes Velt's, and "Does the island
// have a navy?" is answered with Velt's navy (p3) instead of the island
// state's having none (p1). With "Unlike Velt, ..." it is answered
// right. Neither round test can fail for the opening phrase: with
// openingPhrase removed from appositionOf, or with descriptionOf
// forced to return "=office" for "average" and "=danjuma" for
// "authority", TestRoundFortyNineNoDescriptionFromOtherUses and
// TestDescriptionOfReadsAppositions still pass.
func TestReview49_OpeningPhraseTakenForApposition(t *testing.T) {
	for _, opening := range []string{"Unlike Velt", "Compared with Velt", "Unlike the much larger Velt"} {
		ix := quietIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\n",
			"Size. "+opening+", the island state of 90,000 people has no navy.",
			"The ban. Velt barred Marrow's trawlers from its harbours on 3 March.",
			"Navy. Velt's navy has 12 patrol boats.",
		)
		wantFirst(t, ix, "Does the island have a navy?", "p1")
	}
}

// Wrong: an apposition to a list ("Velt, Marrow and Lund, the three
// coastal states of the gulf") is read as the last name's alone, so "the
// coastal states" is searched as Lund: "What herring quota did the
// coastal states agree?" cites Lund's own cut (p2) first, not the quota
// the three states agreed (p3).
func TestReview49_AppositionToAList(t *testing.T) {
	ix := quietIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\nlund: [Lund]\n",
		"The talks. Velt, Marrow and Lund, the three coastal states of the gulf, met in Sarno in June.",
		"Lund. In July Lund alone cut its herring quota, by a third.",
		"The pact. In August the three states agreed a joint herring quota of 40,000 tonnes.",
	)
	wantFirst(t, ix, "What herring quota did the coastal states agree?", "p3")
}

// Wrong: referredTo only asks that "the", "that" or "this" stand within
// two words before the question's word, not that the word there stands
// for what the sources' apposition does: "the former president" is
// searched as Marrow ("Marrow, a former colony of Velt"), and "the
// grocery bill of a family" as Kessa Stores ("the largest grocery chain
// in Velt"). The president is not Marrow, nor is a family's bill the
// chain.
func TestReview49_WordBeforeAnotherNoun(t *testing.T) {
	ix := quietIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\nkessa: [Kessa Stores]\n",
		"The past. The Republic of Marrow, a former colony of Velt, won independence in 1961.",
		"The shops. Kessa Stores, the largest grocery chain in Velt, stopped buying Marrow's fish in October.",
		"The ban. Velt barred Marrow's trawlers from its harbours on 3 March.",
	)
	wantNotDescribed(t, ix, "What did the former president say about the ban?")
	wantNotDescribed(t, ix, "How much did the grocery bill of a family rise?")
}

// Wrong: the question's word is matched to a description by its stem,
// though appositionOf rejects the sources' inflected words: "colonial"
// shares "coloni" with the sources' "colony", so "the colonial power" is
// searched as Marrow, the former colony, where the colonial power was
// Velt; the plural "the islands of the gulf" is searched as the one
// island state.
func TestReview49_WordSharingOnlyTheStem(t *testing.T) {
	ix := quietIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\n",
		"The past. The Republic of Marrow, a former colony of Velt, won independence in 1961.",
		"The people. Marrow, an island state of 90,000 people, lives on fish.",
		"The ban. Velt barred Marrow's trawlers from its harbours on 3 March.",
	)
	wantNotDescribed(t, ix, "When did the colonial power leave?")
	wantNotDescribed(t, ix, "How many people live on the islands of the gulf?")
}

// Missed: a passage whose heading has the word ("The island and the
// mainland.") is a sentence with the word that names no one, so
// readDescription reads no description at all, and the round's own
// question "how big is the tax the mainland put on fish from the
// island?" cites the describing passage (p1), not the tariff (p3), as it
// does with the heading "The quarrel.". (See also
// TestReview49_MissedDescriptions_Reading: names ending in a figure or a
// bracketed abbreviation, accented words, a word used before its
// apposition.) Mended: "imposed" for the reading's "put", which the
// lexicon reads as a noun first (a put option), and a description before
// a noun is not read ("the grocery bill", TestReview49_WordBeforeAnotherNoun).
func TestReview49_MissedDescriptions(t *testing.T) {
	ix := quietIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\n",
		"The island and the mainland. On one side stands the Republic of Marrow, an island state of 90,000 people; on the other the Kingdom of Velt, the mainland state whose port handles most of the catch.",
		"The ban. Velt barred Marrow's trawlers from unloading at its harbours on 3 March 2025.",
		"The tariff. From July Velt added a 25% duty on fish imported from Marrow.",
	)
	wantFirst(t, ix, "how big is the tax the mainland imposed on fish from the island?", "p3")
}
