package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Review of round 35's rules: each test is a question an analyst could
// plausibly type on which a rule of the round does the wrong thing.

// 22d4c7a (a date asked of a person the question names): personsAsked
// takes any word the sources write only as a name and the glossary lacks
// for a person, so a place ("Kessmouth") must be named in the dated
// sentence; "Production there stopped on 3 March 2021" answers when
// production stopped at Kessmouth, and was covered before the round.
func TestReview35DateOfPlaceName(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The plant. Holm's plant at Kessmouth made formula for export. Production there stopped on 3 March 2021.",
	)
	wantFirst(t, ix, "when did production stop at kessmouth?", "p1")
}

// 22d4c7a: with two people in the question, datedOf wants both named in
// the dated sentence; "Sabine Kettridge succeeded him on 1 March 2021",
// after the sentence on Aalund, says when Kettridge succeeded Aalund (and
// "when did osei replace lindgaard?" fails the same way).
func TestReview35DateOfTwoPersons(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The chief executive. Gregor Aalund resigned as Holm's chief executive in January 2021. Sabine Kettridge succeeded him on 1 March 2021.",
	)
	wantFirst(t, ix, "when did kettridge succeed aalund?", "p1")
}

// 69ecc0a (plurals of everyday abbreviations): "press" is "pres" + "s"
// and "pres" is on SCOWL's abbreviation list, so where the sources lack
// "press" the recursion skips the ordinary-word check and reads it by its
// context as "president": "what did the press say" is answered with what
// Holm's president did.
func TestReview35PressReadAsPresident(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The board. Holm's president, Ivo Brand, defended the recall plan at a shareholder meeting in 2021.",
		"The presentation. Holm's presentation to investors in May 2021 set out the prescribed changes.",
		"The coverage. Newspapers in Tarn criticised the recall plan in June 2021.",
	)
	r := ix.Search("what did the press say about holm's recall plan?", knowledge.Options{})
	if strings.Contains(r.Text, "president") {
		t.Errorf("'press' read as %q (covered %v by %v)", r.Text, r.Covered, hitIDs(r.Hits))
	}
}

// b8f3e39 (a sentence converting the sum before): conversionRE takes any
// "that was"/"it is" for a conversion, so a sentence comparing the plant's
// cost with another sum in euros ("That was less than the EUR 9 million
// Holm spent on its laboratory") is read as the plant's cost in euros.
func TestReview35ConversionOfAnotherSum(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Agency, Holm]\nvik: [Vik Foods, Vik]\ncrown: [Tarn crown, TKC]\neuro: [euro, EUR]\n",
		"The plant. Vik's new plant at Kessmouth cost TKC 40 million in 2019. That was less than the EUR 9 million Holm spent on its own laboratory.",
		"The fine. Holm fined Vik TKC 86 million (EUR 11.6 million) in May 2021.",
		"The levy. Vik paid a levy of TKC 3 million in 2020. It was turned into a loan in 2021.",
	)
	wantNotCovered(t, ix, "what did vik's kessmouth plant cost in euros?")
}

// d960b1b (a sum a wh-question states): the stated sum is removed with
// its conversions in brackets, but here the conversion is what is asked:
// "what's the 86m vik fine in euros?" is answered by "TKC 86 million (EUR
// 11.6 million)", and was covered before the round.
func TestReview35StatedSumBracketedConversionAsked(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Agency, Holm]\nvik: [Vik Foods, Vik]\ncrown: [Tarn crown, TKC]\neuro: [euro, EUR]\n",
		"The fine. Holm fined Vik TKC 86 million (EUR 11.6 million) in May 2021.",
	)
	wantFirst(t, ix, "what's the 86m vik fine in euros?", "p1")
}

// d960b1b: statedSumRE's unit is optional and it ends at \b, so the
// stated "3m" also strips the "3" of "USD 3.4 million": Vik's plant cost,
// a different sum, is no longer seen, and the question is declined.
func TestReview35StatedSumDecimalPrefix(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Kingdom of Holm]\nvik: [Vik, Republic of Vik]\n",
		"The plants. Holm's Kessmouth plant cost USD 3 million in 2019. Vik's Brennport plant cost USD 3.4 million in 2020.",
	)
	wantFirst(t, ix, "holm's kessmouth plant cost 3m - how much did vik's brennport plant cost?", "p1")
}

// 6be7069 (who took the named person's place): the successor's sentence
// must name the person or the post, so "Her successor, Mara Osei, ..."
// after the sentence on Lindgaard the quality director does not count.
func TestReview35SuccessorByPronoun(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The quality director. Holm's quality director, Petra Lindgaard, was dismissed on 20 January 2021. Her successor, Mara Osei, joined from Vik in March 2021.",
		"The chief executive. Gregor Aalund resigned as Holm's chief executive in January 2021. Sabine Kettridge succeeded him on 1 March 2021.",
		"The lab. Tarn Labs bought the Kessmouth laboratory from Holm in May 2021.",
	)
	wantFirst(t, ix, "who replaced lindgaard as quality director?", "p1")
}

// 6be7069: successionRE has "in place of" but not "in her place" (nor
// "in his/its place", "instead"), so a sentence naming both the dismissed
// person and the one hired in her place is not read as a succession.
func TestReview35SuccessorInHerPlace(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The quality director. Holm fired its head of quality, Petra Lindgaard, in January 2021 and hired Mara Osei in her place.", "The chief executive. Gregor Aalund resigned as Holm's chief executive in January 2021. Sabine Kettridge succeeded him on 1 March 2021.",
		"The lab. Tarn Labs bought the Kessmouth laboratory from Holm in May 2021.",
	)
	wantFirst(t, ix, "who replaced lindgaard?", "p1")
}

// 6be7069: "took over" also asks who took over a thing; personsAsked takes
// the place name "Kessmouth" for a person, and the question is declined as
// "who took kessmouth's place", though the passage says who took over the
// laboratory (covered before the round).
func TestReview35TookOverAPlace(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The lab. Tarn Labs took over the Kessmouth laboratory from Holm in May 2021.",
	)
	wantFirst(t, ix, "who took over the kessmouth lab?", "p1")
}

// d1f2aa5 (which N firms): nameListRE cannot cross a bracket, so names
// with their short forms ("Kessmouth Pelagic (KP) and Vik Shipping (VS)")
// are not seen as a list and the question is declined.
func TestReview35GroupNamesWithAbbreviations(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Republic of Holm]\ntarn: [Tarn]\n",
		"The list. Two Holm trading firms, Kessmouth Pelagic (KP) and Vik Shipping (VS), were added to the Tarn export list in January 2021.",
	)
	wantFirst(t, ix, "which two holm trading firms went on the tarn export list?", "p1")
}

// d1f2aa5: nameListRE wants the names right before and after "and", so
// "at Kessmouth and at Brennport" (or "of X and of Y") is no list: the
// question on which two plants closed is declined.
func TestReview35GroupNamesWithPrepositions(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Republic of Holm]\n",
		"The plants. Holm closed two plants in 2021, at Kessmouth and at Brennport.",
	)
	wantFirst(t, ix, "which two plants did holm close?", "p1")
}

// d1f2aa5: any two capitalised names joined by "and" in the sentence with
// the group's noun count as its members, so "Holm and Tarn each received
// bids from two foreign firms" is taken to say which two firms bid.
func TestReview35GroupOtherNamesListed(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Republic of Holm]\ntarn: [Tarn]\n",
		"The bids. In May 2021 Holm and Tarn each received bids from two foreign firms for the Ardley port.",
	)
	wantDeclined(t, ix, "which two foreign firms bid for the ardley port?", "do not say which")
}

// 7416ea5 (outcomes offered: "passed or failed?"): namedSentence puts the
// sentence with most of the question's names first for every pending
// check, so the later sentence on Vik and Holm's challenge, still to be
// heard, is read instead of "The Tarn council passed the levy on 3 March
// 2021": declined as still to come (covered before the round).
func TestReview35OutcomeEitherNamesFirst(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\nvik: [Vik Pelagic, Vik]\ntarn: [Tarn]\n",
		"The levy. The Tarn council passed the levy on 3 March 2021 by 12 votes to 9. Vik and Holm's joint challenge to the Tarn levy is due to be heard in 2022.",
		"The list. Vik Shipping was added to the Tarn export list in January 2021.",
		"The ban. Holm's plant manager was put on the Tarn watch list in March 2021.",
	)
	wantFirst(t, ix, "tarn levy vik and holm fought - passed or failed?", "p1")
}

// 103e7c2 (a sum's noun with a word for its figure): the nouns are a
// closed list without "loan" (nor "levy", "settlement", "tax", ...), so
// "vik loan amount?" is not read as asking a sum and is answered by a
// passage that gives none.
func TestReview35SumFigureLoanAmount(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Pelagic, Vik]\ntarn: [Tarn]\n",
		"The settlement. Vik settled with the families in June 2021; the settlement was worth USD 12 million.",
		"The loan. Vik took a loan from Tarn in 2020 to rebuild the plant, which reopened in 2021.",
	)
	wantNotCovered(t, ix, "vik loan amount?")
}
