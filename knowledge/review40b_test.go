package knowledge_test

// Second review of round forty (431d9c6..c70c812): the clauses read with
// the one before them (pointsBackRE, the ", whose" aside, the kept
// callback and whoAskedRE), resultDone and its verbs, the month check
// that now counts the context's words, chat's short forms and the
// acronym looked for in the rest of the source. Each test is a question
// an analyst would plausibly type that the code at c70c812 answers
// wrongly, declines wrongly or misreads; none repeats a finding of
// review40_test.go. Every source here is made up.

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// A ", whose ...," aside that keeps something back is read with the
// clause before it, but that clause is only the aside's subject ("The
// Kestrel Water Company", "The index case"): its words then count as kept
// back, so every question on what the main clause tells of that subject
// is declined as not made public. The contract's terms are confidential,
// not the fine the regulator imposed; the index case's name is withheld,
// not who treated him. Both questions were answered before this round.
func TestReviewFortyBWhoseAsideLendsItsSubject(t *testing.T) {
	fined := quietIndex(t, "",
		"The utility. The Kestrel Water Company, whose contract terms are confidential, was fined EUR 400,000 by the regulator in May.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, fined, "how much was the water company fined?", "p1")
	wantFirst(t, fined, "how much was kestrel water fined by the regulator?", "p1")
	treated := quietIndex(t, "",
		"The first case. The index case, whose name the ministry has withheld, was treated by Dr Ola Brenn at the Reed Lane clinic.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, treated, "who treated the index case?", "p1")
}

// pointsBackRE reads "said that details" as "said" + the demonstrative
// "that details", though "that" there opens what was said: "the ministry
// paid the contractor EUR 4 million ..., and it said that details of the
// tender have not been released" keeps back the tender's details, not
// the sum the first clause gives. The payment question is now declined as
// not made public (answered before this round).
func TestReviewFortyBSaidThatIsNoPointingBack(t *testing.T) {
	ix := quietIndex(t, "",
		"The payment. The ministry paid the contractor EUR 4 million for the standpipes in June, and it said that details of the tender have not been released.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, ix, "how much did the ministry pay the contractor for the standpipes?", "p1")
	wantFirst(t, ix, "what did the ministry pay the contractor for the standpipes?", "p1")
}

// A clause pointing back to a kind of figure for another period ("but
// it has not published those figures for 2023") is read with the clause
// before it, which gives the figure for 2022, and the year is no word the
// reading compares (numbers are left out of what is asked): "how much
// compensation did farmers get in 2022?" is declined as not made public,
// though the sentence gives EUR 14 million for 2022 (answered before).
func TestReviewFortyBThoseFiguresForAnotherYear(t *testing.T) {
	ix := quietIndex(t, "",
		"The compensation. The authority paid out EUR 14 million in compensation to farmers in 2022, but it has not published those figures for 2023.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, ix, "how much compensation did farmers get in 2022?", "p1")
	wantFirst(t, ix, "how much did the authority pay farmers in compensation in 2022?", "p1")
}

// whoAskedRE now makes every question opening with "who" a question on
// names, so withheld's last resort (a clause that keeps back some names
// in the sentence that best tells of it) declines "who paid the
// families?" because the families' names are kept back, though the
// sentence says the water utility paid them. Before this round only "who
// is/are/was" and "names" questions were read so, and this was answered.
func TestReviewFortyBWhoDidNotDeclinedByOthersNames(t *testing.T) {
	ix := quietIndex(t, "",
		"The families. The water utility paid the three families EUR 2,000 each in June; the names of the families have not been released.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, ix, "who paid the families?", "p1")
	wantFirst(t, ix, "who compensated the three families?", "p1")
}

// resultVerbs tells "findings" as done by any past "concluded", though
// "concluded its hearings" (or "its work") is ending them, not reaching a
// conclusion: "The expert panel concluded its hearings in May, and its
// findings are due in March 2027" says the findings are still to come,
// and "expert panel findings?" was declined so before this round; it is
// now answered by that sentence.
func TestReviewFortyBConcludedItsHearingsIsNoFinding(t *testing.T) {
	ix := quietIndex(t, "",
		"The panel. The expert panel concluded its hearings in May, and its findings are due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantDeclined(t, ix, "expert panel findings?", "still to come")
	wantDeclined(t, ix, "panel findings", "still to come")
}

// resultDone does not see a negation: "has not yet decided" and "has not
// yet found" are read as the decision and the findings done (doneIn takes
// any "-ed" form after a word that is no auxiliary of an infinitive). The
// sentences say outright that neither has come; both questions were
// declined as still to come before this round and are now answered.
func TestReviewFortyBNegatedResultVerb(t *testing.T) {
	board := quietIndex(t, "",
		"The board. The utility's board has not yet decided on the tariff rise, and a decision is due in March 2027.",
		"The audit. The audit of the utility's accounts began in May.",
	)
	wantDeclined(t, board, "board decision on the tariff rise?", "still to come")
	wantDeclined(t, board, "utility board tariff decision", "still to come")
	inquiry := quietIndex(t, "",
		"The inquiry. The inquiry has not yet found the source of the outbreak, and its findings are due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantDeclined(t, inquiry, "inquiry findings?", "still to come")
}

// The month check now counts every term of r.Terms as what is asked,
// the context's too (a thread's earlier question, or a long message's
// background sentence), where only the figures asked beside the question
// were meant. A follow-up on vaccine doses in October after a question on
// the capital's cases finds October "given" by the sentence on the
// capital's cases by 31 October, and is answered by the June delivery;
// before this round it was declined as given only for June, as the same
// question alone still is.
func TestReviewFortyBMonthGivenByTheContextsWords(t *testing.T) {
	ix := quietIndex(t, "",
		"The capital. By 31 October there had been 5,100 cases of cholera in the capital.",
		"The doses. The ministry received 1.6 million vaccine doses in June.",
	)
	q := "how many vaccine doses did the ministry receive in october?"
	if r := ix.Search(q, knowledge.Options{Context: "how many cholera cases were there in the capital?"}); r.Covered || !strings.Contains(r.Reason, "not for October") {
		t.Errorf("%q after a question on the capital's cases: covered %v (%s) by %v", q, r.Covered, r.Reason, hitIDs(r.Hits))
	}
	q = "I'm writing a note on cholera cases in the capital. How many vaccine doses did the ministry receive in October?"
	if r := ix.Search(q, knowledge.Options{}); r.Covered || !strings.Contains(r.Reason, "not for October") {
		t.Errorf("%q: covered %v (%s) by %v", q, r.Covered, r.Reason, hitIDs(r.Hits))
	}
}

// resultDone leaves out of the words a clause must have only a term
// whose surface is a result's noun; "findings on the outbreak" gives the
// phrase term "findings on", which is not, and which the sentence has
// (in its other clause, "its final findings on the outbreak are due"), so
// no clause has every word: "holm inquiry interim report findings on the
// outbreak" is declined as still to come, where "holm inquiry interim
// report findings" is answered by "its interim report found that ...".
// Adding what the findings are on asks the same.
func TestReviewFortyBFindingsOnAPhrase(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Inquiry]\n",
		"The inquiry. The Holm Inquiry's interim report found that the minister knew of the outbreak by 19 May; its final findings on the outbreak are due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantFirst(t, ix, "holm inquiry interim report findings", "p1") // passes: the control
	wantFirst(t, ix, "holm inquiry interim report findings on the outbreak", "p1")
	wantFirst(t, ix, "holm inquiry interim findings on the outbreak", "p1")
}

// deskShorthand reads "cos" as "companies", but in chat "cos" is far
// more often "because" (the normaliser already reads "cuz" and "coz" so):
// "did round 2 coverage fall cos of the nurses strike?" is read as
// "... fall companies of the nurses strike?". Before this round "cos"
// was left as written.
func TestReviewFortyBCosIsBecause(t *testing.T) {
	ix := quietIndex(t, "",
		"The campaign. Coverage in the second round fell to 58% because nurses went on strike in the eastern districts.",
		"The water. The Kestrel Water Company operates the standpipes on Reed Lane.",
	)
	for _, q := range []string{"did round 2 coverage fall cos of the nurses strike?", "coverage fell in round 2 cos nurses went on strike?"} {
		if got := ix.Understand(q).Text; strings.Contains(got, "compan") {
			t.Errorf("%q read as %q", q, got)
		}
	}
}

// The guard that keeps "co" a prefix asks only whether the lexicon writes
// "co" and the next word as one word ("cofounder", "cochair"), so the
// co- compounds it writes with a hyphen are read as "company": "who is
// the co owner of brask pipe" becomes "who is the company owner of brask
// pipe", "who co owns" "who company owns", "co ceos" "company ceos".
func TestReviewFortyBCoOwnerIsNoCompanyOwner(t *testing.T) {
	ix := quietIndex(t, "",
		"The owners. Ola Brenn, who co-owns Brask Pipe with the city, chairs its board.",
		"The pipes. Brask Pipe supplied the standpipes on Reed Lane in June.",
	)
	for _, q := range []string{"who is the co owner of brask pipe", "who co owns brask pipe?", "who are the co ceos of brask pipe?"} {
		if got := ix.Understand(q).Text; strings.Contains(got, "company") {
			t.Errorf("%q read as %q", q, got)
		}
	}
}

// The same guard fires on any next word that makes an English word when
// joined to "co": "co in" (coin), "co on" (coon), "co at" (coat), so
// "which co in the port was fined?" and "the water co on reed lane" keep
// "co" as written, while "the water co" alone is read as "company". An
// analyst means the company in all three.
func TestReviewFortyBCoBeforeAPrepositionIsACompany(t *testing.T) {
	ix := quietIndex(t, "",
		"The water. The water company on Reed Lane was fined EUR 400,000 in May.",
		"The owner. Tarn Holdings is the parent company of Kestrel Water.",
	)
	if got := ix.Understand("how much was the water co fined?").Text; !strings.Contains(got, "company") {
		t.Errorf("control: co read as %q", got) // passes
	}
	for _, q := range []string{"which co in the port was fined?", "how much was the water co on reed lane fined?", "the co at the centre of the outbreak - how much was it fined?"} {
		if got := ix.Understand(q).Text; !strings.Contains(got, "company") {
			t.Errorf("%q read as %q", q, got)
		}
	}
}

// keepNames writes any of the desk's short forms in capitals wherever the
// sources write the word only with a capital, meant for "STD clinics";
// but "Co" is written with a capital in every firm's name ("Brask & Co"),
// so one such name in the sources turns "water co" into "water CO" in
// every question, and it is no longer read as "company" (as it is where
// no firm's name has "Co").
func TestReviewFortyBFirmsCoIsNoAcronym(t *testing.T) {
	ix := quietIndex(t, "",
		"The advisers. Brask & Co, a law firm, advised the ministry on the tender.",
		"The water. The water company on Reed Lane was fined EUR 400,000 in May.",
		"The owner. Tarn Holdings is the parent company of Kestrel Water.",
	)
	for _, q := range []string{"how much was the water co fined?", "who is kestrel water's parent co?"} {
		if got := ix.Understand(q).Text; !strings.Contains(got, "company") {
			t.Errorf("%q read as %q", q, got)
		}
	}
}

// The acronym fallback skips a phrase at a sentence's opening (the mend
// for "Many small farms"), so a source whose only spelling of the term
// opens a sentence ("Oral kestrel vaccine was flown in ...") never gives
// it: "okv round 2 coverage" is "no source mentions okv", though the same
// source with "doses of oral kestrel vaccine" mid-sentence gives it. A
// term is no less the term for opening its sentence; the nearest
// passages' own reading (spelledIn) takes it there.
func TestReviewFortyBSpelledTermOpeningASentence(t *testing.T) {
	ix := quietIndex(t, "",
		"The doses. Oral kestrel vaccine was flown in from the reserve in June, after the ministry asked for 2.4 million doses.",
		"The campaign. The first round reached 81% coverage in the target districts; the second round reached only 58%, after a strike by nurses.",
		"The clinic. The field clinic at Reed Lane had 40 beds in May.",
	)
	for _, q := range []string{"okv round 2 coverage", "okv coverage in round 2?"} {
		if got := ix.Understand(q).Text; !strings.Contains(strings.ToLower(got), "oral kestrel vaccine") {
			t.Errorf("%q: okv read as %q", q, got)
		}
	}
}

// keptBackWords has "number" and "total", so pointsBackRE finds "it has
// not published that number", but the kept callback reads a clause
// pointing back only for a sum, a share or "how much", never for a count:
// the death toll the sentence says is unpublished is "answered" by that
// very sentence, and "how many cholera deaths" is declined only as giving
// no figure, not as not made public.
func TestReviewFortyBThatNumberKeepsBackACount(t *testing.T) {
	ix := quietIndex(t, "",
		"The camps. The ministry has recorded deaths from cholera in the displacement camps since June, but it has not published that number.",
		"The capital. By 31 October the capital had recorded 5,100 cases.",
	)
	wantDeclined(t, ix, "cholera death toll in the camps?", "not been made public")
	// declined before the withheld clause is read, as giving no figure
	// (mended: the terse question above; this one was declined already)
	wantNotCovered(t, ix, "how many cholera deaths in the displacement camps?")
}
