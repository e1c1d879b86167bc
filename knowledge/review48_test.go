package knowledge_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// Wrong: the new yes-or-no rule (askedOtherwise, sumNamedRE) counts any
// digit as "naming a figure", so a year, a month's date or a name with a
// digit in it ("G7", "Q1") brings back the want of a sum the rule meant
// to drop. "Was anyone pushing for a shared minimum price for lithium in
// 2022?" is declined "The sources give no amount of money for this."
// although p1 says Vik proposed one at the March 2022 meeting, and "did
// the G7 agree to cap the price of Russian oil?" is declined beside p3.
// Users date their questions all the time; a year is no sum. Expected:
// each answered by its passage, as the same questions without the digit
// are.
func TestReviewFortyEight_YearIsNoSum(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\ng7: [G7, Group of Seven]\nrussia: [Russia, Russian]\n",
		"The meeting. Vik proposed a common minimum price for lithium at the March 2022 meeting in Sucre.",
		"Output. Vik's three plants produced 12,000 tonnes of lithium carbonate in 2022.",
		"The cap. At their summit in Elmau, G7 leaders agreed to cap the price of Russian oil.",
	)
	wantFirst(t, ix, "Was anyone pushing for a shared minimum price for lithium in 2022?", "p1")
	wantFirst(t, ix, "Did Vik propose a minimum price for lithium in March 2022?", "p1")
	wantFirst(t, ix, "Did the G7 agree to cap the price of Russian oil?", "p3")
}

// Wrong: the same rule drops the want of a sum from a yes-or-no question
// that asks whether the sum is known or given ("is the price of Holm's
// lithium known?", "do the sources give the price ...?", "did Vik
// disclose the price ...?"), so a passage that only mentions the price
// ("will review the price of its lithium") or the deal now covers it;
// before the round these were declined "The sources give no amount of
// money for this.", which is the true answer, and "do we know the price
// of Holm's lithium?" still is. A user asking whether a price is known
// is told it is covered and shown a passage without it.
func TestReviewFortyEight_PriceKnownAsksTheSum(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nholm: [Holm Mining, Holm]\n",
		"Holm plans. Holm Mining will review the price of its lithium with its buyers in March.",
		"Output. Vik's three plants produced 12,000 tonnes of lithium carbonate in 2022.",
		"The deal. Vik bought the Tarn mine from Holm Mining last year.",
	)
	wantNotCovered(t, ix, "Do we know the price of Holm's lithium?") // declined now: the control
	wantNotCovered(t, ix, "Is the price of Holm's lithium known?")
	wantNotCovered(t, ix, "Do the sources give the price of Holm's lithium?")
	wantNotCovered(t, ix, "Did Vik disclose the price of the Tarn mine?")
}

// Wrong: homeAsked takes any name inside "where is ... from/located" for
// the party whose home is asked, so a question on where something of
// that name's is ("Where are Vik's buyers from?", "Where is the Holm mine
// located?", "Where is the money for the Vik plant coming from?") is
// declined "The sources do not say where Vik is based." although the
// passage says exactly what was asked (Japan and Korea; 40 km north of
// Sucre; a state loan). All three were answered before the round. The
// decline is wrong, and its message answers a question nobody asked.
func TestReviewFortyEight_HomeOfSomethingOfTheName(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nholm: [Holm Mining, Holm]\n",
		"The buyers. Vik's buyers are mostly carmakers in Japan and Korea.",
		"The mine. The Holm mine lies 40 km north of Sucre, on the salt flat.",
		"The road. The road to the border was paved.",
	)
	wantFirst(t, ix, "Where are Vik's buyers from?", "p1")
	wantFirst(t, ix, "Where is the Holm mine located?", "p2")
	ix = quietIndex(t, "vik: [Vik]\n",
		"The money. The money for the Vik plant is coming from a state loan.",
		"The road. The road to the border was paved.",
	)
	wantFirst(t, ix, "Where is the money for the Vik plant coming from?", "p1")
}

// Wrong: tellsHome only looks for a home before the name, within three
// words after it or in an apposition, so the plainest ways of saying
// where a party is from, in the predicate, are declined "The sources do
// not say where Holm Rail is based.": "Holm Rail is a Norwegian rail
// operator.", "Holm Rail is Norwegian.", "Holm Rail has its headquarters
// in Oslo.", "Holm Rail moved its head office to Oslo in 2019.", "Kari
// Lund, who grew up in Bergen, ...". Each was answered before the round;
// the user is told the sources are silent on what they state.
func TestReviewFortyEight_HomeToldInThePredicate(t *testing.T) {
	glossary := "vik: [Vik]\nholm: [Holm Rail, Holm]\nnorway: [Norway, Norwegian]\nkari: [Kari Lund]\n"
	for _, p := range []string{
		"The operator. Holm Rail is a Norwegian rail operator.",
		"The operator. Holm Rail is Norwegian.",
		"The operator. Holm Rail has its headquarters in Oslo.",
		"The operator. Holm Rail moved its head office to Oslo in 2019.",
	} {
		ix := quietIndex(t, glossary, p, "The road. Vik paved the road to the border.")
		wantFirst(t, ix, "Where is Holm Rail based?", "p1")
		wantFirst(t, ix, "Which country is Holm Rail from?", "p1")
	}
	ix := quietIndex(t, glossary, "The road. Vik paved the road to the border.",
		"The economist. Kari Lund, who grew up in Bergen, studied the line.")
	wantFirst(t, ix, "Where is Kari Lund from?", "p2")
}

// Wrong: placeAfter and homeApposition take "of" or "from" before any
// capitalised word for a place, so a parent company or a seller passes
// for a home: "Drummel Tunnelling, a subsidiary of Vessberg
// Construction, dug the tunnel." and "Vessberg Construction bought
// Drummel Tunnelling from Holm Mining in 2022." each let "where is
// Drummel Tunnelling based?" be answered, though neither says where it
// is. These are the very cases the rule is for (a name beside another
// party), and the user gets a passage that does not answer.
func TestReviewFortyEight_ParentOrSellerIsNoHome(t *testing.T) {
	glossary := "vik: [Vik]\nholm: [Holm Mining, Holm]\ndrummel: [Drummel Tunnelling, Drummel]\nvessberg: [Vessberg Construction, Vessberg]\n"
	for _, p := range []string{
		"The builders. Drummel Tunnelling, a subsidiary of Vessberg Construction, dug the tunnel.",
		"The deal. Vessberg Construction bought Drummel Tunnelling from Holm Mining in 2022.",
	} {
		ix := quietIndex(t, glossary, p, "The road. Vik paved the road to the border.")
		wantDeclined(t, ix, "Where is Drummel Tunnelling based?", "do not say where")
		wantDeclined(t, ix, "Which country is Drummel Tunnelling from?", "do not say where")
	}
}

// Wrong: partiesDescribed lets a passage stand for "the American campus"
// as soon as it names anything the sources describe as American, not
// that the figure is that thing's: "Holt's plant beside Kestrel's site
// ... is expected to need 9 million litres a day" answers "how much water
// will the American campus need?" with Holt's (a Swedish firm's) 9
// million litres, because Kestrel, a US firm, is named as a landmark.
// Declined before the round; now a wrong figure attributed to the wrong
// company.
func TestReviewFortyEight_NameInPassingLendsItsCountry(t *testing.T) {
	ix := quietIndex(t, "united-states: [United States, US, American]\nkestrel: [Kestrel Advanced Packaging, Kestrel]\nholt: [Holt Packaging, Holt]\n",
		"The pledges. Kestrel Advanced Packaging, a US-headquartered firm, committed $2 billion to Penang in 2022.",
		"Water. Holt's plant beside Kestrel's site at Batu Kawan is expected to need 9 million litres a day.",
		"Rivals. Holt Packaging, a Swedish firm, opened a plant in Kulim with 400 staff.",
	)
	wantNotCovered(t, ix, "How much water a day will the American campus need?")
}

// Wrong: appositionBefore (and homeApposition) accept any words between
// the article and the country, prepositions too, so "Holt Packaging, a
// supplier to American carmakers, ..." makes Holt American: "how much
// water will the American plant need?" is answered with Holt's figure
// (declined before the round), and "which country is Holt Packaging
// from?" is not declined though nothing says it. Supplying American
// customers is no nationality.
func TestReviewFortyEight_AppositionThroughPreposition(t *testing.T) {
	ix := quietIndex(t, "united-states: [United States, US, American]\nkestrel: [Kestrel Advanced Packaging, Kestrel]\nholt: [Holt Packaging, Holt]\n",
		"The pledges. Kestrel Advanced Packaging, a Swedish firm, committed $2 billion to Penang in 2022.",
		"Rivals. Holt Packaging, a supplier to American carmakers, opened a plant in Kulim with 400 staff.",
		"Water. Holt's Kulim plant is expected to need 9 million litres a day.",
	)
	wantNotCovered(t, ix, "How much water a day will the American plant need?")
	wantDeclined(t, ix, "Which country is Holt Packaging from?", "do not say where")
}

// Wrong: attributiveGap reads the words between a country and the next
// name with the punctuation dropped, so a comma that ends one clause
// joins them: "Holt Packaging sells most of its output to China,
// Kestrel to Japan." makes Kestrel Chinese. "How much water will the
// Chinese plant need?" is then answered with Kestrel's 12 million litres
// (declined before the round), and "which country is Kestrel from?" is
// not declined (tellsHome's word-before check skips the comma the same
// way) though no passage says it.
func TestReviewFortyEight_CommaJoinsCountryToName(t *testing.T) {
	glossary := "china: [China, Chinese]\nkestrel: [Kestrel Advanced Packaging, Kestrel]\nholt: [Holt Packaging, Holt]\n"
	ix := quietIndex(t, glossary,
		"The pledges. Kestrel Advanced Packaging, a Swedish firm, committed $2 billion to Penang in 2022.",
		"Rivals. Holt Packaging sells most of its output to China, Kestrel to Japan.",
		"Water. Holt's Kulim plant is expected to need 9 million litres a day, Kestrel's Penang plant 12 million.",
	)
	wantNotCovered(t, ix, "How much water a day will the Chinese plant need?")
	ix = quietIndex(t, glossary,
		"Rivals. Holt Packaging sells most of its output to China, Kestrel to Japan.",
		"Water. Holt's Kulim plant is expected to need 9 million litres a day, Kestrel's Penang plant 12 million.",
	)
	wantDeclined(t, ix, "Which country is Kestrel from?", "do not say where")
}

// Wrong: describedParty takes a country's own institutions for a thing
// the sources may describe by the country (it leaves out only
// "government", "regime", ...), so "how many staff does the American
// embassy in Penang have?" is answered with "Kestrel has 1,200 staff in
// Penang", Kestrel being a US firm; likewise the consulate, in upper or
// lower case. Declined before the round. The embassy is the country
// itself, never a firm of it.
func TestReviewFortyEight_EmbassyIsNoFirm(t *testing.T) {
	ix := quietIndex(t, "united-states: [United States, US, American]\nkestrel: [Kestrel Advanced Packaging, Kestrel]\n",
		"The pledges. Kestrel Advanced Packaging, a US-headquartered firm, committed $2 billion to Penang in 2022.",
		"Staff. Kestrel has 1,200 staff in Penang.",
	)
	wantNotCovered(t, ix, "How many staff does the American embassy in Penang have?")
	wantNotCovered(t, ix, "how many staff does the us embassy in penang have?")
	wantNotCovered(t, ix, "How many staff does the American consulate have in Penang?")
}

// Costly (the reading's finding, mended): the countries a name is
// described by were read, on the first question that needed them, from
// every passage that names a country (20,000 passages: longer than the
// index build); now only the passages that name the asked name are read
// (TestRoundFortyEightCountriesReadOneNameAtATime). This benchmark times
// the first home question on such a base, for the README.
func BenchmarkReviewFortyEightFirstHomeQuestion(b *testing.B) {
	const n = 20000
	var ps []string
	for i := range n {
		if i == 77 {
			ps = append(ps, "Shares. The consortium is Vessberg (40%) and Kestrel Line (25%).")
			continue
		}
		ps = append(ps, fmt.Sprintf("Item %d. The Norwegian carrier Holm Rail%d moved %d containers through Oslo and Denmark for Vik, a Danish firm, in March, the report says, with trains running late on every route across the region.", i, i%50, i))
	}
	var g strings.Builder
	g.WriteString("norway: [Norway, Norwegian]\ndenmark: [Denmark, Danish]\nvik: [Vik]\nkestrel: [Kestrel Line]\nvessberg: [Vessberg]\n")
	for i := range 50 {
		fmt.Fprintf(&g, "holm%d: [Holm Rail%d]\n", i, i)
	}
	fsys := fstest.MapFS{"glossary.yaml": mapFile(g.String())}
	for s := range n / 500 {
		fsys[fmt.Sprintf("s%d.md", s)] = mapFile(validSource(fmt.Sprintf("s%d", s), strings.Join(ps[s*500:(s+1)*500], "\n\n")))
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		ix := knowledge.NewIndex(kb)
		ix.Search("How many containers did Holm Rail7 move?", knowledge.Options{}) // warm what every question uses
		b.StartTimer()
		if r := ix.Search("Where is Kestrel Line based?", knowledge.Options{}); r.Covered {
			b.Fatal("answered a home no passage tells")
		}
	}
}
