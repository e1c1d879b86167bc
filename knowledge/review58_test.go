package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// review58Index is a made-up source for the tests below: a town, an
// airline, job cuts, fined shipyards and an airport, none of which names
// the Mirna floods, Fitch, the Azores unit, the Sapin accord, the ECJ or
// Madrid.
func review58Index(t *testing.T) *knowledge.Index {
	t.Helper()
	return quietIndex(t, "",
		"The town. Some 12,000 people live in Valdora, a river town in the north.",
		"The airline. Lusitana's operating profit was EUR 212 million in 2022.",
		"The jobs. Airbus will cut 2,300 jobs at its Toulouse site.",
		"The firms. Three shipyards in Riga were fined by the regulator in June.",
		"The airport. Lisbon's new airport will cost EUR 6 billion.",
	)
}

// "and" before "are", "were", "have" with no subject of its own goes on
// with the subject of the first clause (the question word's "how many
// people"): the question asks one count, of the people who live in
// Valdora AND are affected by the Mirna floods, of the shipyards fined AND
// appealing to the ECJ. The population of Valdora, or the three shipyards
// fined, is not that count, and no source names the Mirna floods, the ECJ
// or the Sapin accord, so each must still be declined. Only "and" before
// an auxiliary with a subject after it ("and did they ship ...", "and are
// they affected ...") starts a second question.
func TestReview58_AndAreGoesOnWithTheSameSubject(t *testing.T) {
	ix := review58Index(t)
	wantDeclined(t, ix, "how many people live in valdora and are affected by the Mirna floods?", "Mirna")
	wantDeclined(t, ix, "how many shipyards in riga were fined and have appealed to the ECJ?", "ECJ")
	wantDeclined(t, ix, "how many airbus jobs in toulouse will go and are covered by the Sapin accord?", "Sapin")
}

// The comma of a number written with thousands ("2,300", "12,000") is no
// mark between the items of a list: "airbus toulouse 2,300 job cuts Sapin
// accord" asks one thing, the Sapin accord on the job cuts, not "airbus
// toulouse 2" and "300 job cuts Sapin accord". No source names the accord
// (or Mirna), so the question must still be declined.
func TestReview58_CommaInANumberIsNoListItem(t *testing.T) {
	ix := review58Index(t)
	wantDeclined(t, ix, "airbus toulouse 2,300 job cuts Sapin accord", "Sapin")
	wantDeclined(t, ix, "valdora 12,000 residents evacuated to Mirna", "Mirna")
}

// The commit's own rule is that a word alone beside the others is what
// they are asked for ("trade value, 2019"), not a question of its own;
// but only the part holding the missing words is held to two words, and
// the lone year is taken as the part answered. "lusitana azores unit,
// 2022" asks for the Azores unit in 2022; the sources have Lusitana's
// 2022 profit and nothing of an Azores unit, so it must be declined.
func TestReview58_OneWordItemIsNoAnsweredQuestion(t *testing.T) {
	ix := review58Index(t)
	wantDeclined(t, ix, "lusitana azores unit, 2022", "azores")
	wantDeclined(t, ix, "lusitana azores profit/loss, 2022", "azores")
}

// A slash between two words often joins alternatives of one thing asked
// ("profit/loss": whichever it was), not two questions: "lusitana azores
// unit profit/loss 2022" asks the Azores unit's result, which is not
// split into "lusitana azores unit profit" and a question "loss 2022"
// answered by Lusitana's group profit. No source names the Azores unit.
func TestReview58_SlashJoinsAlternatives(t *testing.T) {
	ix := review58Index(t)
	wantDeclined(t, ix, "lusitana azores unit profit/loss 2022", "azores")
}

// A comma in a question of keywords often sets off a qualifier of the
// one thing asked: whose figure ("per Fitch"), what is left out
// ("excluding the Azores unit"), where ("Mirna river"). The qualifier
// is part of what is asked: Lusitana's reported profit is not Fitch's
// figure nor the profit without the Azores unit, and Valdora's
// population tells nothing of flood victims on the Mirna. No source names
// Fitch, the Azores unit or the Mirna, so each must still be declined.
func TestReview58_CommaSetsOffAQualifier(t *testing.T) {
	ix := review58Index(t)
	wantDeclined(t, ix, "lusitana 2022 operating profit, per Fitch", "Fitch")
	wantDeclined(t, ix, "lusitana operating profit, excluding the Azores unit", "Azores")
	wantDeclined(t, ix, "valdora flood victims, Mirna river", "Mirna")
}

// A route is named by its two ends with a dash or a slash between them
// ("lisbon - madrid", "lisbon/madrid"): "lisbon - madrid high speed rail
// cost" asks one thing, the cost of the rail line, not "lisbon" and
// "madrid high speed rail cost". Answering it with the cost of Lisbon's
// new airport is wrong; no source names Madrid, so it must be declined.
func TestReview58_RouteNamedWithADashOrSlash(t *testing.T) {
	ix := review58Index(t)
	wantDeclined(t, ix, "lisbon - madrid high speed rail cost", "madrid")
	wantDeclined(t, ix, "lisbon/madrid rail link cost", "madrid")
}
