package knowledge_test

import "testing"

// Third reading of round thirty-seven (7ca43c4..7bc00e6), after the mends
// of 9d28665, 9c8d1f4 and 7bc00e6: the rules as mended, and those of
// 02348ac (verbs of saying) and 9bd1e0d (", names"). Each test is a
// question an analyst could type on a made-up source (dated 2 May 2023),
// and fails on the reviewed code. "Before the round" is 7ca43c4: each
// false abstention below was answered, with the passage wanted, before
// it; each miss is a close variant of a question a rule of the round was
// written to decline.

// 9d28665 (partAt): a figure after the whole is taken for the part only
// where the word after it is a stop word, a verb or a stem of what is
// counted; but a question "how many of the 800 households ..." has no
// focus (the word after "how many" is "of"), so no stem is counted and
// "300 households had been resettled", the plainest way to write the
// part, is no part: declined "The sources give no figure for this". An
// adverb after the part ("9 eventually pleaded guilty") is no part
// either. Both are exactly the figures an analyst asked for.
func TestReviewThirtySevenC1PartFollowedByANounOrAdverb(t *testing.T) {
	ix := quietIndex(t, "",
		"Resettlement. The rail link displaced 800 households. By May 2022, 300 households had been resettled in new villages.",
		"Trial. Of the 26 defendants, 9 eventually pleaded guilty in June 2021.",
		"Works. Works on the rail link resumed in 2022.",
	)
	wantFirst(t, ix, "how many of the 800 households have been resettled?", "p1")
	wantFirst(t, ix, "of the 800 households, how many have been resettled?", "p1")
	wantFirst(t, ix, "how many of the 26 defendants pleaded guilty?", "p2")
}

// 9d28665 (partGiven): only the first figure after the whole is tried;
// where it counts another thing the sentence is given up, neither the
// later figure nor the one before the whole looked at. So "60 protesters
// in 3 towns; 12 of them were charged" (the mend's own "800 households in
// 12 villages", with the part after it) and "Nine of the 26 defendants
// pleaded guilty ... The court heard 40 witnesses." (the part before the
// whole, another count in the next sentence) are declined "The sources
// give no figure for this", though each gives the part asked.
func TestReviewThirtySevenC2PartPastAnotherCount(t *testing.T) {
	ix := quietIndex(t, "",
		"Arrests. Police arrested 60 protesters in 3 towns; 12 of them were charged in May 2022.",
		"Trial. Nine of the 26 defendants pleaded guilty in June 2021. The court heard 40 witnesses.",
		"Works. Works on the rail link resumed in 2022.",
	)
	wantFirst(t, ix, "how many of the 60 protesters were charged?", "p1")
	wantFirst(t, ix, "how many of the 26 defendants pleaded guilty?", "p2")
}

// f305312/9d28665 (combinedIn): a clause with a figure and "in total" or
// "together" is read as a figure of several parties, whenever one party is
// asked; but "The HCL has 780,000 members in total" is the HCL's own
// total, and "Vik's two smelters together employ 1,200 people" is Vik's
// whole workforce. Both are declined "The sources give no figure for
// this"; an analyst reads each as the answer.
func TestReviewThirtySevenC3CombinedOfOneParty(t *testing.T) {
	ix := quietIndex(t, "hcl: [Holm Confederation of Labour, HCL]\nvik: [Vik Metals, Vik]\n",
		"The unions. The HCL has 780,000 members in total.",
		"Jobs. Vik's two smelters together employ 1,200 people.",
	)
	wantFirst(t, ix, "how many members does the hcl have?", "p1")
	wantFirst(t, ix, "hcl membership #", "p1")
	wantFirst(t, ix, "how many people does vik employ?", "p2")
}

// 9d28665 (looseCountRE): the word before "count" is what is counted
// "where the sources have it", so "flood death count" is answered by
// "killed 14 people" only while no passage anywhere says "death". An
// article on floods that mentions deaths elsewhere ("7 of them for
// deaths", of insurance claims) makes "death" a counted stem, and the
// floods' toll is declined "The sources give no figure for this".
func TestReviewThirtySevenC4CountWordFoundElsewhere(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarnland]\nfund: [Holm Relief Fund, HRF]\n",
		"The floods. The May 2021 floods in Tarnland killed 14 people and destroyed 300 homes.",
		"Claims. The HRF paid 31 claims in 2021, 7 of them for deaths.",
	)
	wantFirst(t, ix, "tarnland flood death count", "p1")
}

// 9c8d1f4 (partyOf): partyOwnsRE rewrites "Party's" so that "met the
// Green Party's leaders" gives no one's party, but with it the commonest
// press form of a member, "the Green Party's Eva Holm", gives none either;
// nor do "Conservative MP Ivo Tarr" (a party's adjective in the singular)
// or "Ola Berg (Green Party)" (a party's name in brackets). Each is
// declined "The sources do not give ...'s party".
func TestReviewThirtySevenC5PartyWrittenOtherwise(t *testing.T) {
	ix := quietIndex(t, "green: [Green Party, GP]\n",
		"The vote. The Green Party's Eva Holm voted against the bill in December 2021.",
		"The abstention. Ola Berg (Green Party) abstained in December 2021.",
		"The law. Conservative MP Ivo Tarr tabled the amendment in November 2021.",
	)
	wantFirst(t, ix, "which party is eva holm from?", "p1")
	wantFirst(t, ix, "eva holm party affil", "p1")
	wantFirst(t, ix, "which party is ola berg in?", "p2")
	wantFirst(t, ix, "ivo tarr party affil", "p3")
}

// 9c8d1f4, misses: partyName takes any body whose name ends in "Congress"
// or "Centre" for a party, and sitsForRE takes "member of the Green Party"
// anywhere in a sentence that names the person for that person's. A union
// leader ("general secretary of the Holm Trade Union Congress"), a
// president who directed a science centre, and a president who met a
// Green Party member have no party in the sources (the round's own
// "olaf brenn party affil"), yet each is answered.
func TestReviewThirtySevenC6PartyOfAnotherKindOrPerson(t *testing.T) {
	ix := quietIndex(t, "htuc: [Holm Trade Union Congress, HTUC]\ngreen: [Green Party, GP]\n",
		"The unions. Anna Lindqvist, general secretary of the Holm Trade Union Congress, led the march in June 2021.",
		"The law. President Olaf Brenn, a former director of the Tarnby Science Centre, signed the law in December 2021.",
		"The meeting. President Ivo Tarr met Eva Holm, a member of the Green Party, on 3 May 2022.",
	)
	wantNotCovered(t, ix, "lindqvist party affil")
	wantNotCovered(t, ix, "olaf brenn party affil")
	wantNotCovered(t, ix, "which party is ivo tarr from?")
}

// 9c8d1f4 (tenureRE), misses: the mend dropped "from" but kept "since"
// and "joined" bare, so any date beside them is taken for the start of a
// time in a post: "has been silent since the strike began in June 2021"
// and "joined the march on 26 June 2021" say nothing of how long Dahl has
// chaired the fund (the round's "how long was karl vesk director-general"
// case), yet both questions are answered.
func TestReviewThirtySevenC7TenureFromSinceOrJoined(t *testing.T) {
	ix := quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. Per Dahl, the NPF's chairman, has been silent since the strike began in June 2021.",
		"The vote. Eva Holm voted against the bill in December 2021.",
	)
	wantNotCovered(t, ix, "how long has per dahl been in charge of the npf?")
	wantNotCovered(t, ix, "dahl yrs in charge of the npf")
	ix = quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. Per Dahl, the NPF's chairman, joined the march on 26 June 2021.",
		"The vote. Eva Holm voted against the bill in December 2021.",
	)
	wantNotCovered(t, ix, "how long has per dahl been in charge of the npf?")
}

// 9c8d1f4 (tenureRE): a time in a post told by when the term began ("Per
// Dahl's five-year term as chairman of the NPF began in March 2019") or by
// its year ("now in his sixth year as chairman of the NPF") has no word of
// tenureRE, nor a span spanRE knows ("five-year", "sixth year"), and is
// declined "The sources do not give dahl's time in the post", though it is
// what the analyst asked.
func TestReviewThirtySevenC8TenureByTermOrYear(t *testing.T) {
	ix := quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. Per Dahl's five-year term as chairman of the NPF began in March 2019.",
		"The vote. Eva Holm voted against the bill in December 2021.",
	)
	wantFirst(t, ix, "how long has per dahl been in charge of the npf?", "p1")
	ix = quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. Per Dahl, now in his sixth year as chairman of the NPF, opposed the cut.",
		"The vote. Eva Holm voted against the bill in December 2021.",
	)
	wantFirst(t, ix, "how long has per dahl been in charge of the npf?", "p1")
}

// 7bc00e6 (reasoningRE), misses: the mended reasoningRE has words that
// ordinary sentences have for other reasons: "since" of a date ("on the
// court since 2015"), "said" of attribution ("the court's press office
// said"), "would" of the future. The round's own "Judge Ola Berg wrote the
// dissent of the four", with any of these added, says no more of his
// reasoning, yet "berg dissent reasoning" is answered.
func TestReviewThirtySevenC9ReasoningWordsOfAnotherUse(t *testing.T) {
	for _, s := range []string{
		"Judge Ola Berg, on the court since 2015, wrote the dissent of the four.",
		"Judge Ola Berg wrote the dissent of the four, the court's press office said.",
		"Judge Ola Berg wrote the dissent of the four, which would run to 40 pages.",
	} {
		ix := quietIndex(t, "court: [Constitutional Court]\n",
			"The ruling. On 19 December 2021 the Constitutional Court upheld the law by 7 votes to 4. "+s,
		)
		wantNotCovered(t, ix, "berg dissent reasoning")
		wantNotCovered(t, ix, "what was judge berg's reasoning in the dissent?")
	}
}

// 7bc00e6 (reasoningRE): a court's reasoning is most often told "ruling
// that ..." or "It ruled that ..." (reasoningRE has "held that", "found
// that", but no form of "rule"), and a council's "..., as the breakwater
// was unsafe" ("as" only at a sentence's start); each is declined "The
// sources do not give the reasoning", though each sentence is the
// reasoning asked. (With "It held that ..." or "because" the same
// questions are answered.)
func TestReviewThirtySevenC10ReasoningByRulingOrAs(t *testing.T) {
	ix := quietIndex(t, "court: [Constitutional Court]\n",
		"The ruling. In December 2021 the Constitutional Court struck down the pension cut, ruling that it breached the right to property.",
		"The budget. The pension fund ran a deficit in 2021.",
	)
	wantFirst(t, ix, "what was the court's reasoning for striking down the pension cut?", "p1")
	wantFirst(t, ix, "court pension cut ruling rationale", "p1")
	ix = quietIndex(t, "court: [Constitutional Court]\n",
		"The ruling. In December 2021 the Constitutional Court struck down the pension cut. It ruled that the cut breached the right to property.",
		"The budget. The pension fund ran a deficit in 2021.",
	)
	wantFirst(t, ix, "what was the court's reasoning for striking down the pension cut?", "p1")
	ix = quietIndex(t, "council: [Kessby council]\n",
		"The plan. The Kessby council rejected the harbour plan in May 2021, as the breakwater was unsafe.",
		"The port. The port handled 2 million tonnes in 2021.",
	)
	wantFirst(t, ix, "kessby council harbour plan rejection rationale", "p1")
}

// 7bc00e6 (dueForRE, expectedRE): "when was the first hearing set for?"
// now asks a due date, and "supposed to be held" one of holding, but a
// date fixed by the verb "set" ("The court set 14 March 2022 as the date
// for the first hearing"; expectedRE has "set to" only) is past, has no
// "held", and is declined "The sources give no time for this"; likewise
// "gave the builder until December 2022 to finish the terminal" for "when
// is the terminal due?". Each is the date asked.
func TestReviewThirtySevenC11DueDateSetOrUntil(t *testing.T) {
	ix := quietIndex(t, "",
		"The hearing. The court set 14 March 2022 as the date for the first hearing.",
		"The port. The port handled 2 million tonnes in 2021.",
	)
	wantFirst(t, ix, "when was the first hearing set for?", "p1")
	wantFirst(t, ix, "when was the first hearing supposed to be held?", "p1")
	ix = quietIndex(t, "",
		"The terminal. The contract gave the builder until December 2022 to finish the terminal.",
		"The port. The port handled 2 million tonnes in 2021.",
	)
	wantFirst(t, ix, "when is the terminal due?", "p1")
	wantFirst(t, ix, "when was the terminal meant to be done?", "p1")
}

// 7bc00e6 (outturnRE): a projection asked beside another figure ("npf
// deficit 2021 vs 2035 projection", the round's own question with "vs"
// for "+"), or "projected to come in at", is read as asking how 2035 came
// in against the projection, and declined "they cannot report what
// happened in 2035"; "vs", "compare", "come in" here compare two figures
// the source gives, or ask the projection itself.
func TestReviewThirtySevenC12ProjectionComparedOrComingIn(t *testing.T) {
	ix := quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. The NPF closed 2021 with a deficit of EUR 9.6 billion, and its actuaries projected a deficit of EUR 31 billion by 2035 if nothing changed.",
	)
	wantFirst(t, ix, "npf deficit 2021 vs 2035 projection", "p1")
	wantFirst(t, ix, "how does the projected 2035 npf deficit compare with the 2021 deficit?", "p1")
	wantFirst(t, ix, "what is the npf deficit projected to come in at in 2035?", "p1")
}

// 6f81738/7bc00e6 (valueKindWords): "margin" and "majority" are kinds of
// answer the sources give as figures ("passed by 131 votes to 104",
// "holds 127 of the 240 seats"), but are missing from the list, so "what
// margin did the bill pass by?" is declined "No source mentions margin",
// "what majority does the hp have?" "No source mentions majority".
func TestReviewThirtySevenC13WhatMarginOrMajority(t *testing.T) {
	ix := quietIndex(t, "hp: [Holm Party, HP]\n",
		"The vote. The bill passed by 131 votes to 104 on 3 March 2022.",
		"Coalition. The HP holds 127 of the 240 seats in the assembly.",
	)
	wantFirst(t, ix, "what margin did the bill pass by?", "p1")
	wantFirst(t, ix, "what majority does the hp have?", "p2")
}

// 02348ac (saidByRE), a miss: "responded" is a verb of what was done as
// often as of what was said. "Police chief Ola Berg responded to the
// march by closing the main square" reports an act, nothing he said, yet
// "what did ola berg say about the march?" is now answered with it;
// before the round it was declined "The sources report nothing ola said
// on this".
func TestReviewThirtySevenC14RespondedByActing(t *testing.T) {
	ix := quietIndex(t, "",
		"The march. Police chief Ola Berg responded to the march by closing the main square on 3 May 2022.",
		"The budget. The bill passed on 5 May 2022.",
	)
	wantNotCovered(t, ix, "what did ola berg say about the march?")
}

// 9bd1e0d (nameAfterRE): the words before a closing "names" may now cross
// a comma, so in a keyword question of two parts ("general strike start
// date, union names") the first part is taken for what is asked the names
// of, and the question is declined "The sources do not name the strike",
// though the sources date the strike and name its three unions. Answered
// before the round.
func TestReviewThirtySevenC15NamesAfterAnotherPart(t *testing.T) {
	ix := quietIndex(t, "hcl: [Holm Confederation of Labour, HCL]\n",
		"The strike. The general strike began on 26 June 2021. It was called by three unions: the HCL, the Rail Guild and the Teachers' League.",
		"The vote. The bill passed by 131 votes to 104.",
	)
	wantFirst(t, ix, "general strike start date, union names", "p1")
	wantFirst(t, ix, "general strike start, union names", "p1")
}
