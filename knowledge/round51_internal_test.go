package knowledge

import "testing"

// namesPostOf reads the post at the head of a body the glossary lists,
// written as its alias with the body's word made the post's ("Minister of
// Fisheries", "Fisheries Minister", "Commissioner"), and nothing else:
// the body itself, another word of the same start that is not a post's
// length away, the bodies' plural, or the alias's other words changed. postNamed finds such a
// sentence with a person in it anywhere in the sources.
func TestNamesPostOf(t *testing.T) {
	ix := descriptionIndex(t, "fisheries: [Ministry of Fisheries, Fisheries Ministry]\ncommission: [Harbour Commission]\nguard: [Coast Guard]\n",
		"Quotas. The Minister of Fisheries, Ola Dahl, cut the herring quota by a fifth in March.",
		"Tables. The Ministry of Fisheries published the quota tables in April.",
	)
	for text, want := range map[string]bool{
		"The Minister of Fisheries, Ola Dahl, cut the quota.": true,
		"said the Fisheries Minister, Ola Dahl.":              true,
		"The Ministry of Fisheries published the tables.":     false,
		"The Minister of Finance, Ola Dahl, cut the quota.":   false,
		"the ministerial office of Fisheries":                 false,
		"The Mint of Fisheries":                               false,
		"the minister of Fisheries, in lower case":            false,
		"Harbour Commissioner Bo Lind opened the gate.":       true,
		"Harbour Commissions met.":                            false,
		"Ministries of Fisheries":                             false,
		"The Harbour Commission opened the gate.":             false,
		"": false,
	} {
		concept := "=fisheries"
		if len(text) > 6 && text[:6] == "Harbou" {
			concept = "=commission"
		}
		if got := ix.namesPostOf(text, concept); got != want {
			t.Errorf("namesPostOf(%q, %s) = %v, want %v", text, concept, got, want)
		}
	}
	if ix.namesPostOf("Coast Guards, Ada Lind and Bo Berg among them, met.", "=guard") {
		t.Error("the bodies' plural, a word for persons too (Guards), read as a post")
	}
	if ix.namesPostOf("The Minister of Fisheries, Ola Dahl", "fisheries") {
		t.Error("a word that is no concept read as a body")
	}
	party := []QueryTerm{{Stem: "=fisheries", Surface: "fisheries ministry", Name: true, Found: true}}
	if ix.postNamed(party) == nil {
		t.Error("postNamed: the Minister of Fisheries, Ola Dahl, not found")
	}
	if ix.postNamed([]QueryTerm{{Stem: "=commission", Surface: "harbour commission", Name: true, Found: true}}) != nil {
		t.Error("postNamed: a post no source names found")
	}
}
