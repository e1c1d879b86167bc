package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// insurersGlossary names four made-up insurers, a fire, a town and a
// regulator.
const insurersGlossary = "dunholt: [Dunholt Mutual, Dunholt]\npellin: [Pellin Assurance, Pellin]\nkorsa: [Korsa Insurance Group, Korsa]\n" +
	"holm-fire: [Holm Fire]\nvik: [Vik]\nhedra: [Hedra Insurance Board, HIB]\nlisk: [Lisk Life]\n"

// givesAlone reads a whole sentence: where another party and a word of
// several ("all three", "their") stand anywhere in it, no figure in it is
// the party's own, even where the sentence gives each party its own
// figure ("Korsa had paid EUR 1.1 billion, Dunholt EUR 700 million and
// Pellin EUR 400 million; all three have since raised their premiums").
// "how much did korsa alone pay" is then declined as given only "together
// with others", though Korsa's own sum is right there. A figure the
// sentence sets beside the party alone (one sum for each party named, or
// the party's own clause) is the party's, and answers.
func TestReview38cAloneFigureOfEachInOneSentence(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"Claims. By June 2022 Korsa had paid EUR 1.1 billion on Holm Fire claims, Dunholt EUR 700 million and Pellin EUR 400 million; all three have since raised their premiums.",
		"Floods. Dunholt Mutual paid EUR 1.2 billion on flood claims in 2020.",
	)
	wantFirst(t, ix, "how much did korsa alone pay on holm fire claims?", "p1")
}

// givesAlone counts as "another party" any named concept the question
// does not name (the fire, a town), and as "a word of several" any
// "all", so "Korsa paid out EUR 1.1 billion in all on claims from the
// Holm Fire" (one insurer, one sum, "in all" its total) is taken for a
// figure of several together, and "how much did korsa alone pay out on
// claims?" is declined. Only another party of the kind asked about (an
// insurer beside Korsa) makes a figure one of several; a fire or a place
// does not.
func TestReview38cAloneOthersAreNotParties(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"Claims. Korsa paid out EUR 1.1 billion in all on claims from the Holm Fire.",
		"Floods. Dunholt Mutual paid EUR 1.2 billion on flood claims in 2020.",
	)
	wantFirst(t, ix, "how much did korsa pay out on claims?", "p1")
	wantFirst(t, ix, "how much did korsa alone pay out on claims?", "p1")
}

// givesAlone accepts any sentence with the party and a sum of money, not
// one that gives the figure asked: a reserve ("Korsa put aside EUR 80
// million for Holm Fire claims still to come") lets the rule pass, and
// "how much did korsa alone pay out on holm fire claims?" is answered by
// the sum the three insurers paid together, the very sentence the rule
// exists to refuse. The sentence that gives the party's figure must be of
// what is asked (the question's deed: paid), as the count's own tests
// read a count beside its event.
func TestReview38cAloneAnySumOfTheParty(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"Claims. On 14 April 2021 Dunholt Mutual, Pellin Assurance and Korsa filed a claim in the same court for EUR 3.9 billion, the part of their Holm Fire claims they had paid by then.",
		"Reserves. Korsa put aside EUR 80 million for Holm Fire claims still to come.",
		"Floods. Dunholt Mutual paid EUR 1.2 billion on flood claims in 2020.",
	)
	wantNotCovered(t, ix, "how much did korsa alone pay out on holm fire claims?")
}

// aloneOf takes the party from any of the three words before "on its
// own" or "by itself", and at the end of a question those are its object,
// not its subject: in "how much did korsa pay on holm fire claims on its
// own?" the party is read as the Holm Fire, and the question is declined
// as given "only for Holm Fire together with others", though the passage
// gives Korsa's share in a sentence of its own, and "how much did korsa
// alone pay ..." is answered by the same passage. The party is the one
// the phrase is said of: the name right before it, or else the
// question's subject.
func TestReview38cAloneAtTheEndIsTheSubjects(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"Claims. Dunholt Mutual, Pellin Assurance and Korsa paid EUR 3.9 billion on their Holm Fire claims between them. Korsa paid EUR 1.1 billion of those claims.",
		"Floods. Dunholt Mutual paid EUR 1.2 billion on flood claims in 2020.",
	)
	wantFirst(t, ix, "how much did korsa alone pay on holm fire claims?", "p1")
	wantFirst(t, ix, "how much did korsa pay on holm fire claims on its own?", "p1")
	wantFirst(t, ix, "how much did korsa pay on holm fire claims by itself?", "p1")
}

// namedAfter reads every word after the focus word to the end of the
// sentence, past the clause it is in: "opened an inquiry into four
// insurers and fined Lisk Life for late filings" is taken to name the
// four (Lisk Life is named after "insurers"), so "which 4 insurers" is
// answered, though the sentence names none of them. Names that say which
// stand in the phrase after the word (the rule's own example: "two
// plants in 2021, at <town> and at <town>"), not in another clause after
// "and".
func TestReview38cNamedAfterInAnotherClause(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"The market. Dunholt Mutual and Pellin Assurance are the largest insurers. In 2022 HIB opened an inquiry into four insurers and fined Lisk Life for late filings.",
		"The order. HIB ordered two insurers, Dunholt Mutual and Pellin Assurance, to withdraw their notices.",
	)
	wantDeclined(t, ix, "which 4 insurers did HIB open an inquiry into?", "do not say which")
}

// namedAfter counts any capitalised word after the focus word as a name,
// months and days too: "HIB opened an inquiry into four insurers over
// their notices in July 2022" is taken to say which four ("July"), and
// "which 4 insurers" is answered by a sentence that names none. The
// words of the calendar name no insurer.
func TestReview38cNamedAfterIsNoMonth(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"The market. Dunholt Mutual and Pellin Assurance are the largest insurers.",
		"The inquiry. HIB opened an inquiry into four insurers over their notices in July 2022.",
	)
	wantDeclined(t, ix, "which 4 insurers did HIB open an inquiry into?", "do not say which")
}

// The unnamed-focus rule, once it has sentences that count the four, reads
// those alone, and only names in them (namedAfter) say which: the four
// named in the next sentence ("HIB opened an inquiry into four insurers.
// They are Dunholt Mutual, ...") are not seen, and "which 4 insurers" is
// declined as "do not say which", though the sources list them, the
// commonest way of writing it. (The rule before this change declined it
// too; namedAfter, added to read the names that follow the count, stops
// at the sentence's end.) The sentence right after one that counts them,
// where it names them, says which.
func TestReview38cNamedInTheNextSentence(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"The inquiry. Last summer HIB opened an inquiry into four insurers. They are Dunholt Mutual, Pellin Assurance, Korsa Insurance Group and Lisk Life.",
		"The order. HIB ordered two insurers to withdraw their notices.",
	)
	wantFirst(t, ix, "which 4 insurers did HIB open an inquiry into?", "p1")
}

// The "counted" sentences are those with the focus word and the
// question's figure anywhere in them, not those where the figure counts
// the focus: "Two years after the fire, several insurers stopped writing
// new policies in Vik" is taken for the sentence that counts the two
// insurers, the sentence that names them ("Korsa and Lisk Life were the
// insurers that stopped ...") is set aside, and "which 2 insurers stopped
// writing new policies in vik?" is declined, though "which insurers ..."
// is answered. The figure must count the focus word (stand before it, as
// the question's does), as countBefore reads the question.
func TestReview38cCountedIsTheFocusCount(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"The exit. Two years after the fire, several insurers stopped writing new policies in Vik.",
		"The names. Korsa and Lisk Life were the insurers that stopped writing new policies in Vik, in March 2023.",
	)
	wantFirst(t, ix, "which insurers stopped writing new policies in vik?", "p2")
	wantFirst(t, ix, "which 2 insurers stopped writing new policies in vik?", "p2")
}

// The also-rule is skipped for any question with "or something else" in
// it, and with it the need for a passage about the party asked of: "did
// vik ban fireworks too, or something else?" is answered by the passage
// on Rask's ban, which does not name Vik. "or something else" opens what
// was done, not who did it: the passage cited must still be about Vik
// (here the one on its festival), or the question declined.
func TestReview38cOrElseStillOfTheParty(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nrask: [Rask]\nholm-fire: [Holm Fire]\nvik-fire: [Vik Fire]\n",
		"Fireworks. Rask banned fireworks for the summer of 2022 after the Holm Fire.",
		"The festival. Vik held its summer festival as usual in 2022.",
		"The Vik Fire. Investigators attributed the Vik Fire to lightning. Four people died in it.",
	)
	wantDeclined(t, ix, "did vik also ban fireworks?", "do not say this of")
	for _, q := range []string{"did vik ban fireworks too, or something else?", "did vik also ban fireworks, or anything else?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered && len(r.Hits) > 0 && strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") {
			t.Errorf("%q: answered by %v, Rask's ban, not anything Vik did", q, hitIDs(r.Hits))
		}
	}
}

// unhyphenated splits any word the sources lack that opens with the
// letters of a prefix, where the sources have the rest and the prefix
// apart anywhere: "recover" is read as "re-cover" (the sources write
// "re-elected" and "cover"), and "when does the holm fund expect to
// recover its costs?" is answered by "due to start providing cover in
// January 2023". "recover", "report", "export" are English words, not a
// prefix and a word written without the hyphen.
func TestReview38cUnhyphenatedNoPrefix(t *testing.T) {
	ix := quietIndex(t, "fund: [Holm Fund]\n",
		"The fund. The Holm Fund is due to start providing cover in January 2023; the council was re-elected in May 2021.",
		"Claims. Insurers paid EUR 900 million on fire claims by June 2022.",
	)
	wantNotCovered(t, ix, "when does the holm fund expect to recover its costs?")
}

// unhyphenated does not check, as its comment says, that the sources
// write this word with the prefix apart, only that they have the prefix
// as a word somewhere ("non-payment") and the rest ("renewals"):
// "nonrenewals" then finds the sources' "Renewals ... fell by 9%", the
// opposite of what is asked, and "how many nonrenewals were there in vik
// in 2021?" is answered with it. The sources' word must be the prefix
// and the rest together ("non-renewals"): the index already keeps the
// sources' hyphenated words by the word they make without the hyphen
// (Index.hyphened, read by hyphenedForm, which the corrector uses for
// "ecolabel" but skips for a word English knows, as "nonrenewals"), and
// unhyphenated duplicates that lookup over a list of prefixes instead.
func TestReview38cUnhyphenatedOnlyTheBareWord(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"Renewals. Renewals of home policies in Vik fell by 9% in 2021, and non-payment rose.",
		"The board. The board of HIB met four times in 2021.",
	)
	wantNotCovered(t, ix, "how many nonrenewals were there in vik in 2021?")
}

// unhyphenated searches the word after the prefix alone, without the
// prefix the question has ("nonrenewals" is searched as "renewals"), so
// a passage on renewals ranks as high as the one on non-renewals, and
// "how many nonrenewals were there in vik in 2021?" is answered first by
// "Renewals ... fell to 61,000", while "non-renewals" written with its
// hyphen finds the passage that counts them. The word without its
// hyphen must be searched as the word with it (the sources' hyphenated
// form put in its place, as hyphenedForm does for "ecolabel").
func TestReview38cUnhyphenatedKeepsThePrefix(t *testing.T) {
	ix := quietIndex(t, insurersGlossary,
		"Cancellations. Insurers sent 9,400 non-renewals to homeowners in Vik in 2021.",
		"Renewals. Renewals of home policies in Vik fell to 61,000 in 2021.",
	)
	wantFirst(t, ix, "how many non-renewals were there in vik in 2021?", "p1")
	wantFirst(t, ix, "how many nonrenewals were there in vik in 2021?", "p1")
}
