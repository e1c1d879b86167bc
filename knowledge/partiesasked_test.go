package knowledge_test

import "testing"

// A question on what a party did with another ("when did Acme file with
// the VPB") is answered by the passage that names that party and a word of
// what it asks happened, not declined as said only of another body the
// party also applied to.
func TestSaidOfPartyWithEventWord(t *testing.T) {
	wantMadeUpFirst(t, "acme: [Acme Therapeutics, Acme]\nvpb: [Vikland Pricing Board, VPB]\nema: [European Medicines Agency, EMA]\n",
		"pricing", "Acme filed with the EMA for a licence in 2023. The EMA had 210 days to decide, a deadline that fell in June 2024.\n\n"+
			"Acme applied to the VPB for reimbursement on 11 March 2025. The law gives the board 180 days to decide, a deadline that fell on 7 September 2025.\n\n"+
			"The city council approved a new park in July.",
		"when did acme file with vpb, and when was the 180 day deadline", "pricing#p2")
}

// A question after the name of who holds a role in a body ("who's the
// acting VPA director now?") cites first the passage that names a holder
// of it in apposition ("the VPA's director, Anna Holm"), though another
// has more of the question's words ("only an acting director") and names
// someone else: the reader sees the one name the sources give for the
// role, and the passage that says it is held in an acting capacity.
func TestNamedHolderFirst(t *testing.T) {
	wantMadeUpFirst(t, "vpa: [Vikland Port Authority, VPA]\n",
		"port", "What is still pending. The VPA still has only an acting director, the ministry is led by an acting minister, Carl Berg, and the dredging loan is unsigned.\n\n"+
			"In June the mayor dismissed the VPA's director, Anna Holm, for failing to report the silt.\n\n"+
			"The city council approved a new park in July.",
		"who's the acting VPA director now?", "port#p2")
}

// A question on how a party responded to another's deed ("how did Riga
// respond to Oslo blaming it for the flood?") is not answered by a
// sentence that only restates the deed, though it names the party first
// ("Riga came under pressure when Oslo blamed the flood on it"): where
// the sources tell nothing Riga did on it, the question is declined.
func TestPremiseRestatedIsNoResponse(t *testing.T) {
	ix := quietIndex(t, "riga: [Riga]\noslo: [Oslo]\n",
		"Riga came under pressure in March, when Oslo blamed the flood on its dredging upstream.",
		"In April Riga published its data on the flood and opened the sluices at night.",
	)
	wantDeclined(t, ix, "how did Riga respond to Oslo blaming it for the flood?", "nothing Riga did or said")
}

// A question on what a role's holder thinks ("what does the minister
// think ...") is answered by a passage in which the holder speaks where
// the sources write the role only inside the holder's name in the
// glossary ("Anna Holm, the Minister of Fisheries"): the role's word
// decides nothing, and the question is not declined as one on which the
// minister said nothing.
func TestRoleWrittenOnlyInAName(t *testing.T) {
	ix := quietIndex(t, "holm: [Anna Holm, Holm, Minister of Fisheries]\n",
		"“The real contest between the ports is over catch limits,” Anna Holm, the Minister of Fisheries, told a conference in June.",
		"The two ports competed for the northern fishing fleets through the 2010s.",
	)
	wantFirst(t, ix, "What does the minister think the real contest between the ports comes down to?", "p1")
}

// What a role's holder said is not what those the role's possessive names
// said ("The mayor's critics gathered ..., saying ..."): a question on
// what the mayor said is declined where only they speak.
func TestRolesPossessiveIsNotItsHolder(t *testing.T) {
	ix := quietIndex(t, "",
		"The mayor's critics gathered outside the town hall, saying the ferry fares were daylight robbery.",
		"Ferry fares rose by a third in May.",
	)
	wantDeclined(t, ix, "what did the mayor say about the ferry fares?", "nothing the mayor said")
}

// A person asked by a role of two words the sources write in lower case
// ("which team manager was fined?") is not named by a passage that names
// someone else beside the role ("the striker Ivo Brand ... The team
// manager was fined"): the question is declined as naming no one.
func TestRoleOfTwoWordsUnnamed(t *testing.T) {
	ix := quietIndex(t, "",
		"The inquiry banned the striker Ivo Brand for life in 2021. The team manager was fined for failing to report the approach.",
		"The club was fined in 2020.",
	)
	wantDeclined(t, ix, "which team manager was fined?", "do not name the team manager")
}
