package knowledge_test

import (
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// wantNoCorrection checks that a question's word is not corrected to a
// name it is not.
func wantNoCorrection(t *testing.T, ix *knowledge.Index, q, from, to string) {
	t.Helper()
	if r := ix.Search(q, knowledge.Options{}); slices.Contains(r.Corrections, knowledge.Correction{From: from, To: to}) {
		t.Errorf("%q: corrected %q to %q (corrections %v, covered %v by %v)", q, from, to, r.Corrections, r.Covered, hitIDs(r.Hits))
	}
}

// Wrong: an ordinary English misspelling that the sources lack is read as
// another romanisation of a name, because the transliteration is tried
// before nearestEnglish: "seperate" becomes the firm "Saporta" (both read
// "sprt") and "wierd" the family "Ward" ("vrd"), and the question is then
// answered about them. Expected: an English misspelling is corrected to
// the English word ("separate", "weird"), never to a name.
func TestReview44_MisspelledWordIsNotReadAsAName(t *testing.T) {
	ix := quietIndex(t, "",
		"The split. Saporta Freight and the Ward family agreed in March to run the two depots apart from May.",
		"The people. Fernando Ruiz, who chairs Saporta, said the deal was signed in Vik.",
	)
	wantNoCorrection(t, ix, "why did saporta seperate the depots?", "seperate", "Saporta")
	wantNoCorrection(t, ix, "that's wierd, why did the depots split?", "wierd", "Ward")
}

// Wrong: a common first name or city typed in lower case, as chat does,
// that the sources do not have is "transliterated" to whichever name of
// the sources shares its consonants: "daniel" becomes "Donnelly",
// "milan" "Molina", "london" "Linden", and the question is answered about
// that other party ("why did the firm leave london?" is answered by the
// firm's move *to* Linden). These are not other romanisations of one
// name; expected: no correction, and the London question is not covered.
func TestReview44_LowerCaseNameIsNotAnotherName(t *testing.T) {
	ix := quietIndex(t, "",
		"The firm. Potter Logistics moved its head office to Linden in 2021, and Merton Haulage followed a year later.",
		"The staff. Potter employs 900 people at the Linden depot.",
		"The office. Donnelly Marine opened an office in Molina, with 40 staff, and signed a lease in Vik.",
	)
	wantNoCorrection(t, ix, "did daniel sign the lease?", "daniel", "Donnelly")
	wantNoCorrection(t, ix, "how many staff in the milan office?", "milan", "Molina")
	wantNoCorrection(t, ix, "why did the firm leave london?", "london", "Linden")
	wantNotCovered(t, ix, "why did the firm leave london?")
}

// Wrong: a country named beside a count as where something went ("sent
// 300 soldiers to Sweden") is taken as the country whose count it is, so
// "how many soldiers has norway sent?", in sources about Norway's army,
// is declined "The sources give this for Sweden, not for Norway." Sweden
// is the destination, not the sender; expected: p2 answers.
func TestReview44_CountryNamedAsDestinationIsNotTheCountsOwner(t *testing.T) {
	ix := quietIndex(t, "norway: [Norway, Norwegian]\nsweden: [Sweden, Swedish]\n",
		"The army. Norway has a small army, and its budget rose in 2022.",
		"The mission. The army has sent 300 soldiers to Sweden since March.",
		"The ferries. Norway's ferries are old.",
		"The farms. Norway's farmers want more subsidies.",
		"The border. Norway and Sweden share a long border.",
	)
	wantFirst(t, ix, "how many soldiers has norway sent?", "p2")
}

// Wrong: the check says a passage that "refers back" to the asked country
// is its, but "the country", the commonest way a passage refers back to a
// country the passage before names, is not recognised (referredBack only
// reads "the" and the last word of an alias of two words or more). So
// "The country has sent 300 soldiers to the mission, which Sweden leads",
// after a passage on Norway, is declined as Sweden's figure. Expected:
// p2 answers "how many soldiers has norway sent?".
func TestReview44_TheCountryRefersBackToTheAskedCountry(t *testing.T) {
	ix := quietIndex(t, "norway: [Norway, Norwegian]\nsweden: [Sweden, Swedish]\n",
		"The army. Norway has a small army, and its budget rose in 2022.",
		"The mission. The country has sent 300 soldiers to the mission, which Sweden leads.",
		"The ferries. Norway's ferries are old.",
		"The farms. Norway's farmers want more subsidies.",
		"The border. Norway and Sweden share a long border.",
	)
	wantFirst(t, ix, "how many soldiers has norway sent?", "p2")
}

// Wrong: refersBack takes any "it"/"its"/"they" in the question as
// pointing back to the sentence before, even where it points to a name in
// the question itself ("Holm Mutual ... its pension fund"). The chat
// scene before ("Prepping for the board meeting tomorrow.", "Drafting the
// Q3 deck for the CFO.", "Saw this on LinkedIn.") is then searched as the
// question's own words, and the question is declined ("No source
// mentions CFO/LinkedIn/Prepping"). Expected: the scene stays aside and
// p1 answers, as it did before.
func TestReview44_PronounOfTheQuestionsOwnNameKeepsTheSceneAside(t *testing.T) {
	ix := quietIndex(t, "",
		"The fund. Holm Mutual said its pension fund lost 4% in 2023, and it cut the payout to retirees.",
		"The ferry. The Vik ferry carried 2 million passengers in 2023; the council runs it at a loss.",
		"The staff. Holm Mutual employs 900 people in Vik.",
	)
	wantFirst(t, ix, "Prepping for the board meeting tomorrow. What did Holm Mutual say about its pension fund?", "p1")
	wantFirst(t, ix, "Drafting the Q3 deck for the CFO. What did Holm Mutual say about its pension fund?", "p1")
	wantFirst(t, ix, "Saw this on LinkedIn. Is it true Holm Mutual cut its payout?", "p1")
}

// Wrong: habitRE takes "people keep getting asked" as the asker's chat
// framing ("I keep hearing about") and removes it, though here it is the
// question's own subject: "how many people keep getting asked for
// passports at the Vik crossing?" becomes "how many for passports at the
// Vik crossing?", which counts nothing, and is answered by the crossing's
// 40 lorries an hour. Expected: not covered (the sources give no count of
// people asked), as before.
func TestReview44_HabitFramingKeepsWhoIsCounted(t *testing.T) {
	ix := quietIndex(t, "",
		"The checks. Travellers at the Vik crossing are asked for passports twice; the crossing handles 40 lorries an hour.",
		"The staff. Holm Mutual has 300 people in its call centre.",
	)
	wantNotCovered(t, ix, "how many people keep getting asked for passports at the Vik crossing?")
}

// Wrong: "what reasons did X give" is declined unless the passage has a
// cause word or a verb of saying with X as claimant, but the commonest
// way news reports a party's stated reason, "..., citing the cost to
// fishermen", is neither: declined "The sources do not give ...'s
// motive". Expected: p1, which gives the reason the party cited.
func TestReview44_ReasonGivenByCitingIsAnAnswer(t *testing.T) {
	ix := quietIndex(t, "",
		"The vote. The Harbour Party voted against the ferry bill, citing the cost to fishermen.",
		"The bill. The ferry bill sets new fares from May.",
		"The court. The Vik District Court sits on Mondays.",
	)
	wantFirst(t, ix, "what reasons did the Harbour Party give for opposing the ferry bill?", "p1")
}

// Wrong: "what grounds did the court give for ...?" is declined when the
// passage gives the court's ruling ("ruling that it breached the town
// charter"): a court gives its grounds by ruling, not by "saying", and
// neither voices nor givesMotive reads a ruling. Expected: p1.
func TestReview44_GroundsOfARulingAreAnAnswer(t *testing.T) {
	ix := quietIndex(t, "",
		"The court. The Vik District Court struck down the curfew in June, ruling that it breached the town charter.",
		"The curfew. The curfew kept bars in Vik shut after midnight.",
		"The bill. The ferry bill sets new fares from May.",
	)
	wantFirst(t, ix, "what grounds did the Vik District Court give for striking down the curfew?", "p1")
}

// Wrong: the reverse: "what reasons did X give" is answered by a passage
// where X only acts and someone else (analysts, critics) guesses at X's
// reason, because givesMotive accepts a cause in the sentence after one
// naming X whoever states it. The question asks what X itself said;
// expected: declined as X's motive not given.
func TestReview44_ReasonsOthersGuessedAreNotTheReasonsGiven(t *testing.T) {
	ix := quietIndex(t, "",
		"The office. Holm Mutual closed its Vik office in May. Analysts said the closure was probably because of rising flood claims.",
		"The vote. The Harbour Party voted against the ferry bill. Critics said the party wanted to protect its fishing vote.",
		"The bill. The ferry bill sets new fares from May.",
	)
	wantDeclined(t, ix, "what reasons did Holm Mutual give for closing the Vik office?", "motive")
	wantDeclined(t, ix, "what reasons did the Harbour Party give for opposing the ferry bill?", "motive")
}

// Wrong: "did the mayor say anything about ...?" is declined ("The
// sources report nothing the mayor said on this") where the mayor plainly
// speaks: by a pronoun in the next sentence ("Siv Dahl became mayor in
// 2021. She said ...") or by a verb of saying the check does not list
// ("Mayor Siv Dahl called the new ferry fares daylight robbery").
// Expected: p1 answers both.
func TestReview44_RoleHolderSpeechIsRecognised(t *testing.T) {
	for _, p := range []string{
		"The fares. Siv Dahl became mayor in 2021. She said the ferry fares were too high.",
		"The fares. Mayor Siv Dahl called the new ferry fares daylight robbery.",
	} {
		ix := quietIndex(t, "", p, "The harbour. The harbour board said the fares would cover the dredging.")
		wantFirst(t, ix, "did the mayor say anything about the ferry fares?", "p1")
	}
}

// Wrong: roleHolder applies only where the sources mention the role at
// all (ix.Has), so "did the president say anything about the ferry
// fares?" is declined where a president is named but silent, yet answered
// by the mayor's statement where no president is named anywhere: the
// answer quotes someone else as if they were the president. Expected:
// not covered.
func TestReview44_RoleTheSourcesNeverNameIsNoAnswer(t *testing.T) {
	ix := quietIndex(t, "",
		"The fares. Mayor Siv Dahl said the ferry fares were too high.",
		"The harbour. The harbour board said the fares would cover the dredging.",
	)
	wantNotCovered(t, ix, "did the president say anything about the ferry fares?")
}

// Wrong: "3D" is now kept as one word that a source must have, but the
// sources may write the same name with a hyphen ("3-D printers", a common
// house style), so "how many 3D printers did Holm buy?" is declined "No
// source mentions 3D." Expected: p1, as before the change.
func TestReview44_FigureNameHyphenatedInTheSources(t *testing.T) {
	ix := quietIndex(t, "",
		"The printers. Holm bought 40 3-D printers for its Vik plant in 2022.",
		"The staff. The plant employs 900 people.",
	)
	wantFirst(t, ix, "how many 3D printers did Holm buy?", "p1")
}
