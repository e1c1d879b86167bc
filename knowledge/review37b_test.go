package knowledge_test

import "testing"

// Review of round thirty-seven (7ca43c4..6f81738): the rules on when
// something is due (8d44ee3), the reasoning behind a view (9cc164d), the
// noun a "what" question asks the value of (6f81738), a term asked of a
// party (a9c0dcd, onlyFigures), a projection asked for a later year
// (cc84357), a body's leader named by who leads it (0839096), a person's
// party and time in a post (a927607), and a part of a stated whole
// (0d1c9ce). Each test below fails on the reviewed code; made-up sources
// only (dated 2 May 2023). "Before the round" is 7ca43c4: every false
// abstention below was answered, with the passage wanted, before it.

// 9cc164d: givesReasoning takes only the words of reasoningRE ("because",
// "argued", "said", ...) for a reasoning. A dissent whose reasoning the
// next sentence gives as the judge's view ("In his view the tax took away
// savings already earned") is read as saying only that the dissent was
// written, and "berg dissent reasoning" is declined "The sources do not
// give the reasoning." An analyst reads that sentence as exactly the
// judge's reasoning. Answered (p1) before the round.
func TestReviewThirtySevenBReasoningAsAView(t *testing.T) {
	ix := quietIndex(t, "court: [Constitutional Court]\n",
		"The ruling. On 19 December 2021 the Constitutional Court upheld the tax law by 7 votes to 4. Judge Ola Berg wrote the dissent. In his view the tax took away savings already earned.",
		"The budget. The tax raised EUR 2 billion in 2022.",
	)
	wantFirst(t, ix, "berg dissent reasoning", "p1")
	wantFirst(t, ix, "what was judge berg's reasoning in the dissent?", "p1")
}

// 9cc164d: the commonest way to give the rationale of a decision is a
// purpose infinitive ("raised its main rate to 6% ... to curb inflation",
// "merged ... to share a hub and cut costs"), which reasoningRE does not
// know (it has "in order to" only). "cbh rate hike rationale" is declined
// "The sources do not give the reasoning", though the sentence says why
// the bank raised the rate. Answered (p1) before the round.
func TestReviewThirtySevenBRationaleAsPurpose(t *testing.T) {
	ix := quietIndex(t, "bank: [Central Bank of Holmland, CBH]\n",
		"Rates. The CBH raised its main rate to 6% in March 2022 to curb inflation.",
		"Staff. The CBH employs 1,400 people.",
	)
	wantFirst(t, ix, "cbh rate hike rationale", "p1")
	wantFirst(t, ix, "what's the rationale behind the cbh rate hike?", "p1")
}

// 6f81738 against 9cc164d: whatNounRE takes "basis" of "on what basis did
// the court ..." (and "grounds" of "on what grounds did") for the noun a
// "what" question asks the value of, a salient word the sources must
// have, though the reasoning rule lists "on what basis" as a question
// after a reasoning. A passage that gives the reasoning plainly ("because
// it breached the right to property") is then declined "No source
// mentions basis": no article writes "basis" where it gives a reason.
// Answered (p1) before the round.
func TestReviewThirtySevenBOnWhatBasis(t *testing.T) {
	ix := quietIndex(t, "court: [Constitutional Court]\n",
		"The ruling. In May 2022 the Constitutional Court struck down the pension law because it breached the right to property.",
		"The law. The pension law was passed in 2020.",
	)
	wantFirst(t, ix, "on what basis did the court strike down the pension law?", "p1")
	wantFirst(t, ix, "on what grounds did the court strike down the pension law?", "p1")
}

// 8d44ee3: dueRE takes "due to" for a due date wherever it is, so "when
// did the port close due to the storm?" (a cause) is read as asking when
// the closure was due, and a passage that dates the closure ("closed on
// 3 March 2021 because of the storm") without a word of an expectation is
// declined "The sources give no time for this." Answered (p1) before the
// round.
func TestReviewThirtySevenBDueToIsACause(t *testing.T) {
	ix := quietIndex(t, "",
		"The port. The port of Holmport closed on 3 March 2021 because of the storm and reopened a week later.",
		"Cranes. The port bought six cranes in 2020.",
	)
	wantFirst(t, ix, "when did the port of holmport close due to the storm?", "p1")
}

// 8d44ee3: a date a thing was "to" happen by ("was originally to open in
// October 2022, but the date has slipped") is the date it was supposed to
// happen, but expectedRE has no "was to", the date is before the source's,
// and the passage says "open", not the "completed" of the question: "when
// was the new container terminal meant to be completed?" is declined "The
// sources give no time for this." Answered (p1) before the round.
func TestReviewThirtySevenBDueWasTo(t *testing.T) {
	ix := quietIndex(t, "vpa: [Vik Port Authority, VPA]\n",
		"The terminal. The new container terminal was originally to open in October 2022, but the date has slipped.",
		"Cranes. The VPA bought six cranes in 2020.",
	)
	wantFirst(t, ix, "when was the new container terminal meant to be completed?", "p1")
}

// 8d44ee3 (miss): the rule that a date of another step ("In March 2021 the
// HDB approved a loan for the rail link") does not tell when the link is
// due catches only "supposed/meant/due/... to". The same question asked
// "scheduled for completion", or "when is the rail link due?", is still
// answered with the loan's approval date, which says nothing of when the
// link will be done.
func TestReviewThirtySevenBDueWithoutTo(t *testing.T) {
	ix := quietIndex(t, "bank: [Holm Development Bank, HDB]\n",
		"The rail link. In March 2021 the HDB approved a EUR 185 million loan for a 27-kilometre rail link to the port. Disbursement was suspended in May pending a review.",
		"The tunnel. Work on the tunnel began in 2020 and is due to be completed in 2025.",
	)
	wantNotCovered(t, ix, "when is the rail link scheduled for completion?")
	wantNotCovered(t, ix, "when is the rail link due?")
}

// cc84357: "projection" now makes any question look ahead, so a question
// on how a year after the source turned out against the projection ("did
// the npf deficit in 2035 come in below the projection?") is answered
// with the projection itself, where before it was declined because a
// source of 2023 cannot report what happened in 2035. The outturn is
// what is asked; the source cannot give it.
func TestReviewThirtySevenBProjectionOutturn(t *testing.T) {
	ix := quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. The NPF closed 2021 with a deficit of EUR 9.6 billion, and its actuaries projected a deficit of EUR 31 billion by 2035 if nothing changed.",
	)
	wantNotCovered(t, ix, "did the npf deficit in 2035 come in below the projection?")
	wantNotCovered(t, ix, "how did the 2035 npf deficit compare with the projection?")
}

// cc84357 (miss): the look-ahead was given to "projection"/"projected"
// only; the same question asked for an "estimate" or an "estimated"
// figure ("npf deficit 2035 estimate", "what's the estimated npf deficit
// for 2035?") is still declined "they cannot report what happened in
// 2035", though the source's projection answers it just as well.
func TestReviewThirtySevenBEstimateLooksAhead(t *testing.T) {
	ix := quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. The NPF closed 2021 with a deficit of EUR 9.6 billion, and its actuaries projected a deficit of EUR 31 billion by 2035 if nothing changed.",
	)
	wantFirst(t, ix, "npf deficit 2035 estimate", "p1")
	wantFirst(t, ix, "what's the estimated npf deficit for 2035?", "p1")
}

// a9c0dcd: onlyFigures now takes a party's name as saying nothing in a
// keyword or "what was" question, and counts the question's term against
// the passage wherever some other passage has it. "holmland inflation
// 2022" is answered by "Consumer prices in Holmland rose 9.8% in 2022",
// but because another passage speaks of inflation in Tarnia, "inflation"
// is Found, p1 lacks it, and the question is declined "No passage is
// about the question as a whole". (With the Tarnia passage on exports
// instead, no source has "inflation" and p1 answers: a word the sources
// use of another country should not make the answer vanish.) Answered
// (p1) before the round.
func TestReviewThirtySevenBTermWrittenOtherwise(t *testing.T) {
	ix := quietIndex(t, "holm: [Holmland]\ntarn: [Tarnia]\n",
		"Prices. Consumer prices in Holmland rose 9.8% in 2022.",
		"Tarnia. In Tarnia, inflation slowed to 4% as energy subsidies kicked in.",
	)
	wantFirst(t, ix, "holmland inflation 2022", "p1")
	wantFirst(t, ix, "what was inflation in holmland in 2022?", "p1")
}

// 0839096: hasRoles takes "led by" anywhere in a clause that names the
// body asked for its leader. "The VWU joined the march ... led by Anna
// Holm of the HCL" names who led the march (and leads the HCL), not the
// VWU's leader, yet "vwu leader name" is now answered with it. Declined
// ("The sources give no name for this") before the round.
func TestReviewThirtySevenBLedByAnotherThing(t *testing.T) {
	ix := quietIndex(t, "hcl: [Holm Confederation of Labour, HCL]\nvwu: [Vik Workers' Union, VWU]\n",
		"The march. The VWU joined the march on the capital led by Anna Holm of the HCL in June 2021.",
		"Leaders. The party leader, Ola Berg, met the unions in July 2021.",
	)
	wantNotCovered(t, ix, "vwu leader name")
	wantNotCovered(t, ix, "who is the vwu leader?")
}

// 6f81738: the noun after "what" must be in the sources unless it is in
// valueKindWords, but the sources usually tell a penalty or a sentence by
// its verb ("fined Vik EUR 2 million", "jailed ... for three years").
// "what penalty did the court impose on vik?" and "what sentence did berg
// receive?" are declined "No source mentions penalty/sentence", though
// the passage gives both. Answered (p1) before the round.
func TestReviewThirtySevenBWhatNounToldByVerb(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Air, Vik]\ncourt: [Holm District Court]\n",
		"The trial. In June 2021 the Holm District Court fined Vik EUR 2 million for price fixing and jailed its former chief, Ola Berg, for three years.",
		"The fleet. Vik flies 42 jets.",
	)
	wantFirst(t, ix, "what penalty did the court impose on vik?", "p1")
	wantFirst(t, ix, "what sentence did berg receive?", "p1")
}

// a927607: a party beside the person is looked for only with partyRE,
// which knows "party", "movement", "democrats", ... but not the other
// words parties are named by ("Centre Alliance", "National Front"). "which
// party is eva holm from?" is declined "The sources do not give eva
// holm's party" though the passage calls her "a Centre Alliance deputy".
// Answered (p1) before the round.
func TestReviewThirtySevenBPartyNamedOtherwise(t *testing.T) {
	ix := quietIndex(t, "alliance: [Centre Alliance]\nfront: [National Front]\n",
		"The vote. Eva Holm, a Centre Alliance deputy, voted against the bill in December 2021.",
		"The law. Olaf Brenn, who sits for the National Front, tabled the amendment.",
	)
	wantFirst(t, ix, "which party is eva holm from?", "p1")
	wantFirst(t, ix, "which party does olaf brenn belong to?", "p2")
}

// a927607: a party is looked for only in the four words before the
// person's name and the five after it. "Ola Berg was elected mayor of
// Tarnby in 2018 for the Green Party" gives his party ten words on, and
// "which party is ola berg from?" is declined "The sources do not give ola
// berg's party." Answered (p1) before the round.
func TestReviewThirtySevenBPartyLaterInTheSentence(t *testing.T) {
	ix := quietIndex(t, "",
		"Council. Ola Berg was elected mayor of Tarnby in 2018 for the Green Party.",
		"The port. Tarnby's port closed in 2020.",
	)
	wantFirst(t, ix, "which party is ola berg from?", "p1")
}

// a927607: tenureRE has "took office", "took over", "appointed", ... but
// not "took the helm" (nor "took charge"), the commonest way to say when
// someone took over a body. "how long has per dahl been in charge of the
// npf?" is declined "The sources do not give dahl's time in the post"
// though "Per Dahl took the helm of the NPF in March 2019" answers it.
// Answered (p1) before the round.
func TestReviewThirtySevenBTenureTookTheHelm(t *testing.T) {
	ix := quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. Per Dahl took the helm of the NPF in March 2019.",
		"The audit. The NPF's accounts were audited in 2022.",
	)
	wantFirst(t, ix, "how long has per dahl been in charge of the npf?", "p1")
	wantFirst(t, ix, "how long has dahl headed the npf?", "p1")
}

// 0d1c9ce: partGiven takes the part only from the whole's clause or a next
// clause opening on "of them", "including", ... The most ordinary way to
// give it, in the next sentence ("Vik employs 1,200 staff at its Holmport
// smelter. In May 2022 it laid off 300."), is not seen, and "of the 1,200
// staff at holmport, how many did vik lay off?" is declined "The sources
// give no figure for this." Answered (p1) before the round.
func TestReviewThirtySevenBPartInTheNextSentence(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Metals, Vik]\n",
		"Jobs. Vik employs 1,200 staff at its Holmport smelter. In May 2022 it laid off 300.",
		"Output. The smelter produced 90,000 tonnes of aluminium in 2021.",
	)
	wantFirst(t, ix, "of the 1,200 staff at holmport, how many did vik lay off?", "p1")
	wantFirst(t, ix, "how many of the 1,200 holmport staff were laid off?", "p1")
}
