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
