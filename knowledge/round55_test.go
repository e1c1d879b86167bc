package knowledge_test

import "testing"

// "Lekki Deep Sea Port" is a deep-sea port: a name whose last words are
// another concept's alias, written side by side, is one of that kind, so
// a question on "the new deep-sea port" finds the passage that names it
// only by its name. "The Democratic Republic of the Congo" is no Republic
// of the Congo: words left out between make the last ones a thing of
// their own.
func TestRoundFiftyFiveNameEndsInItsKind(t *testing.T) {
	g := "lekki: [Lekki Deep Sea Port, Lekki]\nlagos: [Lagos]\ndeep-port: [deep-sea port, deep sea port, deep-water port]\n" +
		"drc: [Democratic Republic of the Congo, DRC]\nroc: [Republic of the Congo, Congo-Brazzaville]\n"
	ix := quietIndex(t, g,
		"The old route. Ships for Lagos once unloaded at a deep-water port abroad, and the feeders carried the boxes on.",
		"The new port. Lekki Deep Sea Port opened in 2023 about 60 kilometres east of Lagos.",
		"The copper. The Democratic Republic of the Congo exported more copper in 2022.",
		"The oil. Congo-Brazzaville pumped less oil in 2022.",
	)
	wantFirst(t, ix, "Where is the new deep-sea port and when did it open?", "p2")
	wantFirst(t, ix, "what did the Republic of the Congo export in 2022?", "p4")
}

// "AfDB rail loan — amount, length?": the words after the dash name the
// kinds of answer asked (a sum, a length), not things offered as
// alternatives that no source names; alternatives that are things, or
// figures, still are.
func TestRoundFiftyFiveKindsAskedAreNoAlternatives(t *testing.T) {
	ix := quietIndex(t, "afdb: [African Development Bank, AfDB]\nlekki: [Lekki]\n",
		"The rail link. In March 2024 the AfDB approved a US$185 million loan towards a 27-kilometre rail spur linking Lekki to the national network.",
		"The port. Lekki opened in 2023.",
	)
	wantFirst(t, ix, "AfDB Lekki rail loan — amount, length?", "p1")
	wantFirst(t, ix, "the afdb loan for the lekki rail link: size, duration?", "p1")
	wantDeclined(t, ix, "AfDB Lekki rail loan — for trams, buses?", "No source mentions")
}
