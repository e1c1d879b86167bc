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
