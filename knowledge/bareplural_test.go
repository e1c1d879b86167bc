package knowledge_test

import "testing"

// A bare plural that opens a clause ("said on 10 September that Norvian
// companies were ready") names none of them: "which Norvian companies" is
// not answered by it, and the day before the clause is no count of them.
// Companies named beside it say which.
func TestABarePluralOpeningAClauseSaysNotWhich(t *testing.T) {
	glossary := "norvia: [Norvia, Norvian, Norvians, Norvian government]\nostland: [Ostland, Ostlander]\n"
	ix := quietIndex(t, glossary,
		`The pledge. Ilse Varn, Norvia's ambassador to Ostland, said on 10 September that Norvian companies were "ready to deliver 1,000 MW of solar within two years".`,
		"The grid. The Ostland grid needs 300 MW more by 2026, and Norvian banks lent it EUR 40 million in 2023.",
	)
	wantDeclined(t, ix, "which norvian companies are behind the 1,000 MW solar pledge?", "do not say which")

	named := quietIndex(t, glossary,
		`The pledge. Ilse Varn, Norvia's ambassador to Ostland, said on 10 September that Norvian companies Orrin Power and Brask Solar were "ready to deliver 1,000 MW of solar within two years".`,
		"The grid. The Ostland grid needs 300 MW more by 2026, and Norvian banks lent it EUR 40 million in 2023.",
	)
	wantFirst(t, named, "which norvian companies are behind the 1,000 MW solar pledge?", "p1")
}
