package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// A yes-or-no question on something that has a price asks whether it
// happened, not the sum ("was anyone pushing for a minimum price?"); one
// that names a figure, or weighs the sum, still asks for it.
func TestRoundFortyEightYesNoOnAPriceAsksNoSum(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\n",
		"The meeting. Vik proposed a common minimum price for lithium at the March meeting in Sucre.",
		"Output. Vik's three plants produced 12,000 tonnes of lithium carbonate in 2024.",
		"Roads. The road from the salt flat to the border was paved in 2023.",
	)
	wantFirst(t, ix, "Was anyone pushing for a shared minimum price for lithium before that meeting?", "p1")
	wantFirst(t, ix, "did vik propose a minimum price for lithium?", "p1")
	wantNotCovered(t, ix, "was the minimum price vik proposed above $20 a kilo?")
	wantNotCovered(t, ix, "how much was the minimum price vik proposed?")
}

// A country's adjective on a thing ("the American campus") is satisfied
// by a passage that names what the sources describe by that country
// ("Kestrel, a US-headquartered firm"), not by one naming something of
// another country, nor by a name a verb joins to the country ("Pakistan
// owes Vik Bank").
func TestRoundFortyEightCountryAdjectiveOnAThing(t *testing.T) {
	ix := quietIndex(t, "united-states: [United States, US, American]\nchina: [China, Chinese]\npakistan: [Pakistan]\nkestrel: [Kestrel Advanced Packaging, Kestrel]\nholt: [Holt Packaging, Holt]\nvik-bank: [Vik Bank]\n",
		"The pledges. Kestrel Advanced Packaging, a US-headquartered firm, committed $2 billion to Penang in 2024.",
		"Water. Kestrel's second phase at Batu Kawan is expected to need 18 million litres a day.",
		"Rivals. Chinese packager Holt Packaging opened a plant in Kulim with 400 staff.",
		"Loans. Pakistan owes Vik Bank about $5 billion. Its staff at the branch number 1,200.",
	)
	wantFirst(t, ix, "How much water a day will the second phase of the American campus need?", "p2")
	wantNotCovered(t, ix, "How much water a day will the Chinese campus need?")
}

// The country's adjective is read in a question written in lower case
// ("the american campus"), as Slack's questions often are; "the us
// government" is the party itself.
func TestRoundFortyEightCountryAdjectiveInLowerCase(t *testing.T) {
	ix := quietIndex(t, "united-states: [United States, US, American]\nkestrel: [Kestrel Advanced Packaging, Kestrel]\n",
		"The pledges. Kestrel Advanced Packaging, a US-headquartered firm, committed $2 billion to Penang in 2024.",
		"Water. Kestrel's second phase at Batu Kawan is expected to need 18 million litres a day.",
	)
	wantFirst(t, ix, "how much water a day will the american campus need?", "p2")
	wantNotCovered(t, ix, "how much water a day does the us government need?")
}

// A question on where a named party is based or from is answered by a
// passage that says it (a place right after the name, a country or
// "based" right before it, an apposition with a country's adjective),
// and declined where the passage only names it beside others' homes.
func TestRoundFortyEightWhereANameIsBased(t *testing.T) {
	ix := quietIndex(t, "nordhavn: [Nordhavn Line, Nordhavn]\nvessberg: [Vessberg Construction, Vessberg]\ndrummel: [Drummel Tunnelling, Drummel]\nholm: [Holm Rail, Holm]\nmeridia: [Meridia Hydro Engineering, Meridia]\n",
		"The carrier. Nordhavn Line, a Danish carrier, plans to move its hub to Lekki.",
		"The builders. The contract went to a consortium of Vessberg Construction of Norvalt (40%) and Drummel Tunnelling (25%).",
		"The operator. Holm Rail, based in Oslo, runs the trains through the tunnel.",
		"The dam. It is built by Meridia Hydro Engineering with an Angolan partner.",
	)
	wantFirst(t, ix, "where is nordhavn line from?", "p1")
	wantFirst(t, ix, "which country is vessberg construction from?", "p2")
	wantFirst(t, ix, "where is holm rail based?", "p3")
	for _, q := range []string{"quick q, where is drummel tunnelling based? which country", "which country is meridia hydro engineering from?"} {
		r := ix.Search(q, knowledge.Options{})
		if r.Covered || !strings.Contains(r.Reason, "do not say where") {
			t.Errorf("%q: covered %v (%s), want declined as no home told", q, r.Covered, r.Reason)
		}
	}
}
