package knowledge_test

import (
	"slices"
	"testing"
)

// "Which manufacturer": a question asks which body by any noun a passage
// may describe one by (a manufacturer, a consortium, a publisher), not
// only by the kinds that usually go by a name; where the passage tells of
// it without naming it ("an outside manufacturer"), the sources do not
// say which. One
// that names it answers. A noun that as often means something else (a
// service a body provides, a group of people) is not read so: see
// review54_test.go.
func TestRoundFiftyFourWhichManufacturerByItsKind(t *testing.T) {
	files := func(maker string) []string {
		return append([]string{
			"The pumps. Vik Water's new pumps were built by " + maker + ", which delivered them two months late.",
			"The ransom. The board of Vik Water decided on 17 September not to pay the ransom.",
			"The cost. Vik Water put the cost of the attack at EUR 17.9 million in December.",
		}, townPassages...)
	}
	g := "vik: [Vik Water]\n"
	q := "which manufacturer built Vik Water's new pumps?"
	wantDeclined(t, quietIndex(t, g, files("an outside manufacturer")...), q, "which manufacturer")
	wantFirst(t, quietIndex(t, g, files("Holm Brothers, an outside manufacturer")...), q, "p1")
}

// "Article 12", "point 3": a word that names the sources or frames a
// question ("what does the article say") is kept before a number, in
// questions and passages alike, as the numbered part of a law it is: the
// passage on article 12 comes first, not one with another 12.
func TestRoundFiftyFourArticleNumbered(t *testing.T) {
	ix := quietIndex(t, "bill: [Bill 41/2026, emergency bill]\n",
		"The vote. The emergency bill passed by 131 votes to 94; 12 deputies of the Delta Movement abstained and 12 were absent.",
		"The offence. Its most contested provision is article 12, which makes it an offence to publish unverified information about an epidemic.",
		"The money. The emergency bill allows the government to spend VDC 2.4 billion outside the budget, 12% of it on hazard pay.",
	)
	wantFirst(t, ix, "whats article 12 and why is everyone so mad about it", "p2")
	wantFirst(t, ix, "what does the article say about the emergency bill's vote?", "p1")
}

// A share written as a fraction in words ("roughly half of the country's
// electricity") is the kind of figure "what share" asks for: the passage
// that gives it is cited first, not a nearby one with a percentage of
// something else. A half of a period ("the second half of 2024") is no
// share.
func TestRoundFiftyFourShareInWords(t *testing.T) {
	files := func(share string) []string {
		return append([]string{
			"The arithmetic. Zambia generates more than 80% of its electricity from hydropower, and the Kafue stations are short of water.",
			"The mines. Zambia's mining sector consumes " + share + " electricity, and the government's copper target assumes abundant power for the mines.",
		}, townPassages...)
	}
	g := "zambia: [Zambia]\n"
	q := "What share of Zambia's electricity goes to the mines?"
	wantFirst(t, quietIndex(t, g, files("roughly half of the country's")...), q, "p2")
	wantFirst(t, quietIndex(t, g, files("one in five units of")...), q, "p2")
	// "in the second half of 2024" gives no share: the passage with one
	// is cited first
	wantFirst(t, quietIndex(t, g, files("more in the second half of 2024 of the")...), q, "p1")
}

// The word is kept only before its number: "the article" of a question
// about the piece is no term, as before, nor "point" in "at one point 3",
// and "article 12" is two terms. TestRoundFiftyFourArticleNumbered's
// second question is answered the same whether or not "the article" is
// kept, so the rule's conditions are asserted here, on the terms (that
// test still asserts the index's side: the passage on article 12 first).
func TestRoundFiftyFourArticleKeptOnlyBeforeItsNumber(t *testing.T) {
	ix := quietIndex(t, "bill: [emergency bill]\n", "The offence. Its most contested provision is article 12.")
	kept := ix.Terms("what is article 12?")
	if len(kept) != 2 || !slices.Contains(ix.Terms("The provision is article 12, which makes it an offence."), kept[0]) {
		t.Errorf("'article 12' is not two terms in a question and a passage alike: %v", kept)
	}
	for q, without := range map[string]string{
		"what does the article say about the vote?": "what does the say about the vote?",
		"at one point 3 ministers resigned":         "at one 3 ministers resigned",
	} {
		if got, want := ix.Terms(q), ix.Terms(without); !slices.Equal(got, want) {
			t.Errorf("%q: terms %v, want %v: the word is kept only before its number", q, got, want)
		}
	}
}
