package knowledge_test

import "testing"

// A question that opens on the total it asks a part of ("of the 31bn
// spent so far, how much ...") asks a part as "how much of the 31bn"
// does; the total as the sources write it more exactly ("97.4 million"
// for "the 97 million") is the total, not a part.
func TestRoundFortyFivePartOpensTheQuestion(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\nvik: [Vik Water, Vik]\n",
		"The tunnel. Some EUR 31bn has been spent on the tunnel so far, shared between the two states under the 2011 treaty; the states have paid in EUR 2bn a year since 2012.",
		"The bill. Vik Water puts the incident at VSM 97.4 million for response and recovery (forensics, overtime and new servers), VSM 31.0 million of lost revenue and VSM 9.1 million for fraud monitoring.",
		"The loan. Holm Bank lent USD 200m: USD 120m for the pipes and USD 80m for the pumps.",
	)
	wantDeclined(t, ix, "of the 31bn spent so far how much has each state paid in", "as a whole")
	wantDeclined(t, ix, "Of the 97 million spent on response and recovery, how much was just the forensic investigators?", "as a whole")
	wantFirst(t, ix, "of the 200m holm lent, how much went on the pumps?", "p3")
	wantFirst(t, ix, "how much did holm lend for the pumps?", "p3")
}

// An outcome asked by its noun ("ruling ... outcome") is judged by the
// sentence that tells of that noun: one that tells of the ruling as
// awaited, not done, declines, though another sentence of the passage
// has more of the question's words; a participle that qualifies a noun
// ("the expedited claim") tells nothing as done.
func TestRoundFortyFiveOutcomeAwaited(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) on 12 January 2026, claiming EUR 9bn, and the unpaid EUR 1.4bn of an earlier award as a separate, expedited claim. The tribunal has set the hearing for November 2027, and a ruling on the expedited claim is expected by the end of 2026.",
		"The appeal. Holm also appealed a fine of EUR 3m in the district court. The court ruled on the fine appeal on 4 May 2026, cutting the fine to EUR 1m.",
	)
	wantDeclined(t, ix, "scia ruling on 1.4bn expedited claim outcome", "still to come")
	wantFirst(t, ix, "district court ruling on holm fine appeal outcome", "p2")
}

// "Which <kind> ..." asks for a body or place by name: where the sentence
// that tells of what is asked names none but the sources' main subject
// (its IT "run by an outside managed-service provider"), the
// sources do not say which; a name in it, or in the sentence before one
// that opens on a pronoun, answers; a "which" inside a quotation asks
// nothing.
func TestRoundFortyFiveKindUnnamed(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The attack. Vik Water's network was breached in May. Vik's IT is run by an outside managed-service provider, which closed two alerts as false positives.",
		"The loan. Ostrander Bank is the oldest lender in Tarn. It arranged a bridge loan of EUR 1bn for Vik in June.",
		`The port. "The real question is which port the big ships call at first," said Ola Brenn of Vik.`,
		"The bill. Vik's customers pay VSM 250 a year.",
	)
	wantDeclined(t, ix, "Which outside IT firm closed those two alerts as false alarms?", "which outside IT firm")
	wantFirst(t, ix, "which bank arranged vik's bridge loan?", "p2")
	wantFirst(t, ix, `who said "the real question is which port the big ships call at first"?`, "p3")
}

// An outcome told given in another passage answers only where it is of
// the body the question names ("the DAB awarded", not the SCIA's ruling
// asked), and an outcome told in general ("the place where the cost is
// decided") is none; the sentence before a description of the sources'
// main subject's body is read only for a word of the description that is
// no noun for a body ("service" of "managed-service provider" is none).
func TestRoundFortyFiveReadingsOfTheThirdReview(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Build, Holm]\nscia: [Solbrecht Chamber of Arbitration, SCIA]\ndab: [Dispute Board, DAB]\n",
		"The arbitration. Holm filed a request for arbitration with the Solbrecht Chamber of Arbitration (SCIA) in January 2026, and the unpaid EUR 1.4bn as a separate, expedited claim. A ruling on the expedited claim is expected by the end of 2026.",
		"The board. The DAB awarded Holm EUR 1.4bn on its expedited claim in 2025, which the state has not paid.",
		"The view. The two states should stop treating the SCIA arbitration as the place where the cost of the expedited claim is decided.",
	)
	wantDeclined(t, ix, "scia ruling on 1.4bn expedited claim outcome", "still to come")
	vik := quietIndex(t, "vik: [Vik Water, Vik]\n",
		"The breach. In August the attackers cracked the password of a service account at Vik through a Kerberoasting attack. Two alerts were then closed as false positives by Vik's managed-service IT provider.",
		"The cost. Vik puts the cost of the attack at EUR 97m.",
		"The plan. Vik will spend EUR 20m on security.",
	)
	wantDeclined(t, vik, "which IT firm closed the two alerts?", "which IT firm")
}
