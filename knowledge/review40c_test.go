package knowledge_test

// Third review of round forty (431d9c6..ec81b23): the mends of the first
// two readings (c70c812, d53f387) and 'who was the X ...? any name'
// (b3caf19: whoTheRE and thingWords in thingNamed), the kept callback
// (agentBeforeRE, countKeptRE, otherYear), resultDone (concludedThatRE,
// notDoneRE, putOffRE), coVerbs and the "co" prefix check, keepNames and
// the acronym fallback's sentence-opening rule. Each test is a question
// an analyst would plausibly type that the code at ec81b23 answers
// wrongly, declines wrongly or misreads; none repeats a finding of
// review40_test.go or review40b_test.go. Every source here is made up.

import (
	"strings"
	"testing"
)

// whoTheRE gives thingNamed the words after "who is the" for every
// question on who someone is, not only for one that asks "? any name" as
// b3caf19 says: a role of two words ("chief executive") then goes to
// unnamed, which sees a name only right beside the role's word, so "who
// is the chief executive of tarn holdings?" is declined as "The sources
// do not name the chief executive" where the source says Ola Brenn has
// been chief executive since 2021, or that Tarn Holdings is led by Ola
// Brenn, who became chief executive. Both were answered before b3caf19.
// The plainest question on who holds a post is now declined wherever the
// name is the sentence's subject.
func TestReviewFortyCWhoIsTheRoleWithNoNameAsked(t *testing.T) {
	since := quietIndex(t, "",
		"The company. Ola Brenn has been chief executive of Tarn Holdings since 2021.",
		"The port. The port handles grain.",
	)
	wantFirst(t, since, "who is the chief executive of tarn holdings?", "p1")
	wantFirst(t, since, "who is the tarn holdings chief executive?", "p1")
	led := quietIndex(t, "",
		"The company. Tarn Holdings is led by Ola Brenn, who became chief executive in 2021.",
		"The port. The port handles grain.",
	)
	wantFirst(t, led, "who is the chief executive of tarn holdings?", "p1")
}

// "who was the X ...? any name" now asks unnamed whether the sources name
// the X, but unnamed reads a name only beside the role's word (an
// apposition, or "was"/"named" within five words after it): "Ola Brenn,
// 54, was the pilot of the water-bombing aircraft that crashed near
// Calden Pass" and "The pilot, a veteran of 30 years, was named by the
// agency as Ola Brenn" both name the pilot, yet "who was the pilot killed
// at calden pass? any name" is declined as "The sources do not name the
// pilot" (answered, with the sentence, before b3caf19). The asker who
// adds "any name" wants exactly that name.
func TestReviewFortyCAnyNameWhereTheNameIsNotBesideTheRole(t *testing.T) {
	subject := quietIndex(t, "",
		"The fire. The fire killed four people. Ola Brenn, 54, was the pilot of the water-bombing aircraft that crashed near Calden Pass on 2 September.",
		"The homes. The fire destroyed 880 homes.",
	)
	wantFirst(t, subject, "who was the pilot killed at calden pass? any name", "p1")
	wantFirst(t, subject, "who was the water bomber pilot killed at calden pass? any name", "p1")
	later := quietIndex(t, "",
		"The fire. The fire killed four people, among them the pilot of a water-bombing aircraft that crashed near Calden Pass on 2 September. The pilot, a veteran of 30 years, was named by the agency as Ola Brenn.",
		"The homes. The fire destroyed 880 homes.",
	)
	wantFirst(t, later, "who was the pilot killed at calden pass? any name", "p1")
}

// "who were the X ...? any names" where the sources count the X in one
// sentence and name them in the next ("The crash killed two crew members.
// They were Ola Brenn and Ivo Tarn, ...") is now declined as "The sources
// do not name the crew members": unnamed reads the sentence before one
// that says with a pronoun what they were, not the sentence after one
// that counts them and lists them with "They were". Answered before
// b3caf19 (and "names pls" after a longer question still is).
func TestReviewFortyCAnyNamesListedInTheNextSentence(t *testing.T) {
	ix := quietIndex(t, "",
		"The crash. The crash killed two crew members. They were Ola Brenn and Ivo Tarn, both of the Holm air wing.",
		"The port. The port handles grain.",
	)
	wantFirst(t, ix, "who were the crew members killed? any names", "p1")
	wantFirst(t, ix, "who were the crew members killed in the crash? any names", "p1")
}

// withheld now skips a clause that keeps back names for any question that
// namesAskedRE does not read as one on names ("c.names && !names"), and
// namesAskedRE knows "who is" and "name" but not "identity": "identity of
// the index case?" is answered by the very sentence that says "his
// identity has not been released", and "supplier identity?" by the one
// that says the supplier's identity has not been disclosed. Both were
// declined as not made public before this round. Asking for someone's
// identity is asking who they are.
func TestReviewFortyCIdentityAskedIsANamesQuestion(t *testing.T) {
	ix := quietIndex(t, "",
		"The first case. The index case sold fish at the Tarn Flats landing stage; his identity has not been released.",
		"The pipes. The ministry paid a supplier EUR 1.2 million for the pipes in June; the identity of the supplier has not been disclosed.",
		"The outbreak. The outbreak began in April.",
	)
	wantDeclined(t, ix, "identity of the index case?", "not been made public")
	wantDeclined(t, ix, "index case identity?", "not been made public")
	wantDeclined(t, ix, "pipe supplier identity", "not been made public")
}

// A ", whose ..." clause that keeps back names is read with the clause
// before it for "who" questions (agentBeforeRE: the clause ends on "by"
// and a few words) and for questions on names, even where the clause
// before names the one "whose" points to: "built by Vik Tunnelling
// Group, whose owners' names have not been disclosed" keeps back the
// owners', not the builder's, and "The fire chief is Ola Brenn, whose
// deputies have not been named" the deputies'. "who built the reed lane
// bridge?" and "who is the fire chief?" are declined as not made public
// though the sentence gives the answer. (They were declined before this
// round too, the sentence read whole; the round's split at ", whose" is
// meant to read back only to one left unnamed, "by two referees".)
func TestReviewFortyCWhoseNamesOfOneNamedBefore(t *testing.T) {
	bridge := quietIndex(t, "",
		"The bridge. The Reed Lane bridge was built by Vik Tunnelling Group, whose owners' names have not been disclosed.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, bridge, "who built the reed lane bridge?", "p1")
	chief := quietIndex(t, "",
		"The fire. The fire chief is Ola Brenn, whose deputies have not been named.",
		"The homes. The fire destroyed 880 homes.",
	)
	wantFirst(t, chief, "who is the fire chief?", "p1")
}

// agentBeforeRE wants the clause before ", whose names ..." to end on
// "by" and at most four words, so the referees left unnamed keep their
// names back only in "reviewed by three referees, whose names ...": with
// a date or a phrase after them ("by three referees in March 2022",
// "by three referees from other universities") or as the subject
// ("Three outside referees reviewed it, whose names ..."), "who peer
// reviewed the holm piece?" is answered by the sentence, where before
// this round, and still at c70c812, it was declined as not made public.
func TestReviewFortyCAgentNotAtTheClausesEnd(t *testing.T) {
	for _, s := range []string{
		"It was reviewed by three referees in March 2022, whose names the journal does not disclose.",
		"It was reviewed by three referees from other universities, whose names the journal does not disclose.",
		"Three outside referees reviewed it, whose names the journal does not disclose.",
	} {
		ix := quietIndex(t, "holm: [Holm Review of Policy, HRP]\n",
			"About this publication. This article appeared in the Holm Review of Policy (HRP), published by the Holm Foundation. "+s,
		)
		wantDeclined(t, ix, "who peer reviewed the holm piece?", "not been made public")
	}
}

// A ", whose terms are confidential" clause is read with the clause
// before it for any question on a sum (kept: r.Wants == Money or "how
// much"), even where that clause gives the very sum asked: "The utility
// paid EUR 2 million to Brask Pipe for the standpipes under a contract,
// whose terms are confidential" says what was paid; only the contract's
// other terms are kept back. "how much did the utility pay brask pipe
// for the standpipes?" is now declined as not made public (answered
// before this round).
func TestReviewFortyCWhoseTermsBesideTheSumPaid(t *testing.T) {
	ix := quietIndex(t, "",
		"The pipes. The utility paid EUR 2 million to Brask Pipe for the standpipes under a contract, whose terms are confidential.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, ix, "how much did the utility pay brask pipe for the standpipes?", "p1")
	wantFirst(t, ix, "how much did brask pipe get for the standpipes?", "p1")
}

// otherYear (the mend for "those figures for 2023") reads only bare
// years, so a clause that keeps back the same kind of figure for another
// month or another place ("but it has not published those figures for
// June", "that number for June", "for the eastern districts") is still
// read with the clause before, which gives the figure for May or for the
// western districts: each question on what the sentence gives is
// declined as not made public (all answered before this round).
func TestReviewFortyCThoseFiguresForAnotherMonthOrPlace(t *testing.T) {
	month := quietIndex(t, "",
		"The compensation. The authority paid out EUR 14 million in compensation to farmers in May, but it has not published those figures for June.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, month, "how much compensation did farmers get in may?", "p1")
	count := quietIndex(t, "",
		"The clinic. The field clinic treated 900 patients in May, and the ministry has not published that number for June.",
		"The capital. By 31 October the capital had recorded 5,100 cases.",
	)
	wantFirst(t, count, "how many patients did the field clinic treat in may?", "p1")
	place := quietIndex(t, "",
		"The compensation. The authority paid out EUR 14 million in compensation to farmers in the western districts, but it has not published those figures for the eastern districts.",
		"The outbreak. The outbreak began in April.",
	)
	wantFirst(t, place, "how much compensation did farmers in the western districts get?", "p1")
}

// concludedThatRE (the mend for "concluded its hearings") wants "that"
// right after "concluded", so a conclusion with a date between ("The
// expert panel concluded on 3 May that the pipes ... were at fault") or
// with "that" left out ("concluded the pipes ... were at fault", as
// often written) tells no findings: "expert panel findings?" is declined
// as still to come because the final report is due, while "expert panel
// conclusions?" is answered by the same sentence.
func TestReviewFortyCConcludedWithoutThatRightAfter(t *testing.T) {
	dated := quietIndex(t, "",
		"The panel. The expert panel concluded on 3 May that the pipes at Reed Lane were at fault; its final report is due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantFirst(t, dated, "expert panel findings?", "p1")
	bare := quietIndex(t, "",
		"The panel. The expert panel concluded the pipes at Reed Lane were at fault; its final report is due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantFirst(t, bare, "expert panel findings?", "p1")
}

// notDoneRE (the mend for "has not yet decided") is matched anywhere in
// the clause, so a negation inside what was found ("found that the
// ministry had not revealed the outbreak", "found that the minister had
// not decided to act") makes the finding not done: "interim report
// findings?" is declined as still to come, while the same sentence with
// "had hidden the outbreak" is answered. What a report found may well be
// that something was not done.
func TestReviewFortyCNegationInsideWhatWasFound(t *testing.T) {
	revealed := quietIndex(t, "",
		"The inquiry. Its interim report found that the ministry had not revealed the outbreak until 19 May; the final report is due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantFirst(t, revealed, "interim report findings?", "p1")
	decided := quietIndex(t, "holm: [Holm Inquiry]\n",
		"The inquiry. The Holm Inquiry's interim report found that the minister had not decided to act until June; its final report is due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantFirst(t, decided, "holm inquiry interim report findings", "p1")
}

// putOffRE (the mend for "decided to defer its decision") takes any
// "decided ... to suspend", "to delay", "to postpone" as the decision put
// off, though what is suspended or delayed is the decision's object: "The
// utility's board decided on 3 May to suspend the chief engineer" is the
// board's decision, and "decided to delay the tariff rise until 2024"
// is one too. Both questions are declined as still to come because a
// later hearing or review is due.
func TestReviewFortyCDecidedToSuspendIsADecision(t *testing.T) {
	suspend := quietIndex(t, "",
		"The board. The utility's board decided on 3 May to suspend the chief engineer, and a disciplinary hearing is due in March 2027.",
		"The audit. The audit of the utility's accounts began in May.",
	)
	wantFirst(t, suspend, "utility board decision on the engineer", "p1")
	delay := quietIndex(t, "",
		"The board. The utility's board decided to delay the tariff rise until 2024, and a review of the tariffs is due in March 2027.",
		"The audit. The audit of the utility's accounts began in May.",
	)
	wantFirst(t, delay, "board decision on the tariff rise?", "p1")
}

// The "co" prefix check keeps "co" before any verb of coVerbs or any
// word the lexicon writes joined to "co" ("copay"), whatever comes
// before it; but after "which", "what" or "the", "co" is a noun, the
// company: "which co runs the standpipes", "which co owns kestrel
// water", "what co led the consortium", "what did the co pay the
// families" are left with "co" (and "co pay" reads as "copay"), where
// "which co was fined" is read as "which company". At c70c812 "which co
// runs ..." and "which co owns ..." were read as "which company"; the
// d53f387 mend (coVerbs) undid it.
func TestReviewFortyCCoAfterADeterminerIsTheCompany(t *testing.T) {
	ix := quietIndex(t, "",
		"The water. The Kestrel Water Company runs the standpipes on Reed Lane and paid the three families EUR 2,000 each.",
		"The owner. Tarn Holdings is the parent company of Kestrel Water.",
	)
	if got := ix.Understand("which co was fined").Text; !strings.Contains(got, "company") {
		t.Errorf("control: co read as %q", got) // passes
	}
	for _, q := range []string{"which co runs the standpipes on reed lane?", "which co owns kestrel water?", "what co led the consortium", "what did the co pay the families?"} {
		if got := ix.Understand(q).Text; !strings.Contains(got, "company") {
			t.Errorf("%q read as %q", q, got)
		}
	}
}

// The same check keeps "co" before any person's word of the lexicon
// ("boss", "chairman", "spokesman") or a role of coVerbs ("ceo"), meant
// for "co founder", "co ceos"; but after a noun ("the water co") it is
// the company's boss, chairman or chief executive, not a co-boss: "who is
// the water co ceo?", "did the water co boss resign?", "water co
// spokesman" keep "co", where "the water co staff" is read as "the water
// company staff". At c70c812 all but "chairman" were read as "company";
// the d53f387 mend (lexicon.Person, coVerbs) undid it.
func TestReviewFortyCCoRoleAfterANoun(t *testing.T) {
	ix := quietIndex(t, "",
		"The water. The water company on Reed Lane was fined EUR 400,000 in May. Its chief executive, Ola Brenn, resigned in June.",
		"The owner. Tarn Holdings is the parent company of Kestrel Water.",
	)
	for _, q := range []string{"who is the water co ceo?", "did the water co boss resign?", "did the water co chairman resign", "what did the water co spokesman say"} {
		if got := ix.Understand(q).Text; !strings.Contains(got, "company") {
			t.Errorf("%q read as %q", q, got)
		}
	}
}

// keepNames (the mend for "std clinics") writes "std" as "STD" in every
// question once the sources write "STD clinics" anywhere, so "national
// std", "a std for" are read as the disease, not the standard the round
// meant "std" to be: "is there a std for how long clinic visits take?"
// is answered by the passage on STD clinics, not the one on the national
// standard for clinic waits. Only "std" before "clinic(s)" is the
// sources' acronym here.
func TestReviewFortyCStdBesideAStandard(t *testing.T) {
	ix := quietIndex(t, "",
		"The clinics. Visits to STD clinics in the port rose by a third in 2022, the health board said.",
		"The standard. The national standard for clinics sets a two-week wait for a first visit, which the port met in 2022.",
	)
	if got := ix.Understand("what does the national std say about clinic waits?").Text; !strings.Contains(got, "standard") {
		t.Errorf("national std read as %q", got)
	}
	wantFirst(t, ix, "is there a std for how long clinic visits take?", "p2")
}

// The acronym fallback's sentence-opening rule (d53f387) skips a phrase
// opening a sentence on "a verb's form" by lexicon.BaseForm, which also
// gives a plural noun's singular: "Goods and services tax was raised to
// 18% in 2021" opens on "goods" (base "good"), so "gst revenue in 2022?"
// is "no source mentions gst", where the same source with "In 2021 goods
// and services tax was raised ..." reads it as goods and services tax.
func TestReviewFortyCAcronymOpeningOnAPluralNoun(t *testing.T) {
	ix := quietIndex(t, "",
		"The tax. Goods and services tax was raised to 18% in 2021 to pay for the water works.",
		"The revenue. Revenue from the levy on sales rose by a third in 2022, the treasury said.",
		"The clinic. The field clinic at Reed Lane had 40 beds in May.",
	)
	for _, q := range []string{"gst revenue in 2022?", "GST revenue in 2022?"} {
		if got := ix.Understand(q).Text; !strings.Contains(strings.ToLower(got), "goods and services tax") {
			t.Errorf("%q: gst read as %q", q, got)
		}
	}
}

// The same rule skips a phrase opening on "a function word" by
// isStopWord, whose list has the words that carry no topic in a
// question ("key", "whole", "main", "new", "current"), not in a source's
// term: "Key performance indicators for the water utility were set by
// the regulator in 2021" opens on "key", so "leakage KPI missed in
// 2022?" leaves KPI unread, where the same source with "In 2021 the
// regulator set key performance indicators ..." reads it.
func TestReviewFortyCAcronymOpeningOnAQuestionStopWord(t *testing.T) {
	ix := quietIndex(t, "",
		"The targets. Key performance indicators for the water utility were set by the regulator in 2021.",
		"The utility. The water utility missed its leakage target in 2022 by a fifth.",
		"The clinic. The field clinic at Reed Lane had 40 beds in May.",
	)
	if got := ix.Understand("leakage KPI missed in 2022?").Text; !strings.Contains(strings.ToLower(got), "key performance indicator") {
		t.Errorf("KPI read as %q", got)
	}
}
