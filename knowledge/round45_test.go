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
