package knowledge_test

import (
	"strings"
	"testing"
)

// 7500529: withheldRE's new alternative "not (to) be ... named" reads the
// reporter's "an official who asked not to be named said ..." as a clause
// keeping back what the sentence goes on to tell. With no comma around the
// relative clause, the cue and the question's words are one clause, so
// "when will the orsund tunnel open?" is declined as not made public
// though the same sentence gives 2031. Asking not to be named keeps back
// the speaker, not what they said.
func TestReview39BAskedNotToBeNamed(t *testing.T) {
	ix := quietIndex(t, "",
		"The opening. An official who asked not to be named said the Orsund tunnel would open in 2031.",
		"The cost. Building the Orsund tunnel will cost TSM 4 billion.",
	)
	wantFirst(t, ix, "when will the orsund tunnel open?", "p1")
}

// 7500529: the commit narrows "have not been released" to names,
// identities, details, terms and figures, so that "were not released on
// bail" is not read as withheld; but the new "not (to) be released"
// alternative takes any subject. "the two strikers would not be released
// before March 2027" (a court's ruling on prisoners) is read as keeping
// back what it says, and "when will the orsund strikers be released?" is
// declined as not made public, though March 2027 is the answer.
func TestReview39BNotBeReleasedBeforeADate(t *testing.T) {
	ix := quietIndex(t, "",
		"The prisoners. The court ruled on Monday that the two Orsund strikers would not be released before March 2027.",
		"The strike. The Orsund strikers want higher pay for night shifts.",
	)
	wantFirst(t, ix, "when will the orsund strikers be released?", "p1")
}

// 7500529: the commit message says a clause reading 'withheld' now keeps
// back names, but withheldRE puts "withheld" among the words after "not"
// ("has not been withheld", which says the opposite), so "their names
// were withheld" and "police withheld their names" are no cue, and "who
// was charged?" is answered by a sentence that names no one.
func TestReview39BNamesWithheld(t *testing.T) {
	for _, tail := range []string{"their names were withheld", "police have withheld their names"} {
		ix := quietIndex(t, "",
			"The charges. On 15 April prosecutors in Orsund charged two site managers with negligent homicide; "+tail+".",
			"The flood. Four miners died in the Orsund flood in March.",
		)
		wantDeclined(t, ix, "who was charged with negligent homicide?", "not been made public")
	}
}

// 7500529: withheldRE now reads "their identities have not been released"
// as a clause keeping something back (the commit lists names, identities,
// details...), but the rule for questions on who someone is asks that
// clause for the stem of "name", so the identities kept back do not
// decline "who was charged?", while the same sentence with "their names"
// does.
func TestReview39BIdentitiesNotReleased(t *testing.T) {
	ix := quietIndex(t, "",
		"The charges. On 15 April prosecutors in Orsund charged two site managers with negligent homicide; their identities have not been released.",
		"The flood. Four miners died in the Orsund flood in March.",
	)
	wantDeclined(t, ix, "who was charged with negligent homicide?", "not been made public")
}

// 7500529: the new "names ... have not been released" wants the noun right
// before the verb, so the commonest form, "the names of the two managers
// have not been released", is no cue (the verb follows "managers") and
// "who was charged?" is answered by a sentence that keeps the names back.
func TestReview39BNamesOfThemNotReleased(t *testing.T) {
	ix := quietIndex(t, "",
		"The charges. On 15 April prosecutors in Orsund charged two site managers with negligent homicide; the names of the two managers have not been released.",
		"The flood. Four miners died in the Orsund flood in March.",
	)
	wantDeclined(t, ix, "who was charged with negligent homicide?", "not been made public")
}

// 7500529: namesSomeone looks for full names with nameRunRE, which wants a
// lower-case letter or a stop before the run, so a name that opens the
// sentence ("Eskil Kestrin was charged ...; two engineers were charged
// with him, but their names have not been released") is not seen, and
// "who was charged?" is declined as not made public though the sentence
// names the one charged.
func TestReview39BNameOpensTheSentence(t *testing.T) {
	ix := quietIndex(t, "",
		"The charges. Eskil Kestrin was charged with negligent homicide on 15 April; two engineers were charged with him, but their names have not been released.",
		"The flood. Four miners died in the Orsund flood in March.",
	)
	wantFirst(t, ix, "who was charged with negligent homicide?", "p1")
}

// 7500529: namesSomeone counts no glossary name as someone's name (meant
// for a place in a title, "the Prosecutor of Vik"), so a person the
// glossary lists, named in full in the sentence, is no one: "prosecutors
// charged Ysolde Pellworth ...; two engineers were also charged, whose
// names have not been released" declines "who was charged?".
func TestReview39BGlossaryPersonIsSomeone(t *testing.T) {
	ix := quietIndex(t, "pellworth: [Ysolde Pellworth, Pellworth]\n",
		"The charges. On 15 April prosecutors charged Ysolde Pellworth, the site manager, with negligent homicide; two engineers were also charged, whose names have not been released.",
		"The flood. Four miners died in the Orsund flood in March.",
	)
	wantFirst(t, ix, "who was charged with negligent homicide?", "p1")
}

// 6863fbe: terseHead leaves a request's nouns (requestNouns: "rundown",
// "recap", "overview") but the list misses the rarer ones of the same
// kind, which pass the commonness window (above 20, at most 70): "gist
// of", "takeaways from", "synopsis of", "explainer on", "refresher on"
// become salient words no source has, and the question is declined
// ("No source mentions gist") while "rundown on" is answered.
func TestReview39BTerseRequestNouns(t *testing.T) {
	ix := quietIndex(t, "guild: [Stevedores Guild of Vellmar, SGV]\n",
		"The strike. The Stevedores Guild of Vellmar has called a 48-hour port strike for 14 June against the new shift rota.",
		"The ruling. On 2 May the labour court ruled that the rota breaches the 2019 port agreement, because it cuts rest periods below eleven hours.",
	)
	wantFirst(t, ix, "rundown on the port strike?", "p1") // as the rule intends
	wantFirst(t, ix, "gist of the labour court ruling?", "p2")
	wantFirst(t, ix, "takeaways from the labour court ruling?", "p2")
	wantFirst(t, ix, "synopsis of the labour court ruling?", "p2")
	wantFirst(t, ix, "explainer on the port strike?", "p1")
	wantFirst(t, ix, "refresher on the port strike?", "p1")
}

// 6863fbe: a noun that says what kind of answer is asked, as notFocus's
// "date", "time" and "day" do, is taken as the thing asked: "eta on the
// port strike?" and "timeline for the port strike?" ask when (14 June),
// "whereabouts of the guild chair?" asks where (Kalmaris); each is
// declined for the kind's word ("No source mentions timeline").
func TestReview39BTerseKindOfAnswer(t *testing.T) {
	ix := quietIndex(t, "guild: [Stevedores Guild of Vellmar, SGV]\n",
		"The strike. The Stevedores Guild of Vellmar has called a 48-hour port strike for 14 June against the new shift rota.",
		"The chair. The guild's chair, Oda Reinholt, is in Kalmaris this week for talks with the port owners.",
	)
	wantFirst(t, ix, "eta on the port strike?", "p1")
	wantFirst(t, ix, "timeline for the port strike?", "p1")
	wantFirst(t, ix, "whereabouts of the guild chair?", "p2")
}

// 6863fbe: terseHeadRE wants the noun as the question's very first word,
// so the same terse question after an article or a chat opener ("the
// turnout for ...", "so turnout for ...", "and turnout for ...") is
// answered by the strike's passage, which says nothing of turnout, while
// "turnout for the port strike?" is declined for it. namesAskedRE, of
// the same round, lets "and", "so", "but", "ok" open the question.
func TestReview39BTerseHeadAfterOpener(t *testing.T) {
	ix := quietIndex(t, "guild: [Stevedores Guild of Vellmar, SGV]\n",
		"The strike. The Stevedores Guild of Vellmar has called a 48-hour port strike for 14 June against the new shift rota.",
		"The ruling. On 2 May the labour court ruled that the rota breaches the 2019 port agreement.",
	)
	wantNotCovered(t, ix, "turnout for the port strike?") // as the rule intends
	wantNotCovered(t, ix, "the turnout for the port strike?")
	wantNotCovered(t, ix, "so turnout for the port strike?")
	wantNotCovered(t, ix, "and turnout for the port strike?")
}

// eac3679: when an exchange rate is asked, every currency word or code of
// the question is made neither a name nor salient ("one side of the
// rate"), but nothing then checks that the rate found has that currency
// on a side: "what exchange rate does the piece use for the dollar?" is
// answered by "5.05 kronor to the euro", a rate to another currency,
// which the sources give for no dollar sum.
func TestReview39BExchangeRateOfAnotherCurrency(t *testing.T) {
	ix := quietIndex(t, "tsk: [Tessic krona, krona, TSK]\n",
		"The pension. The minimum pension rises from TSK 980 to TSK 1,150 a month (from about EUR 194 to EUR 228).",
		"The vote. The law passed by 88 votes to 61, with the centre voting against. Euro equivalents in the article use the 2025 average rate of 5.05 kronor to the euro.",
		"The bonds. The bond exchange offer closed in May.",
	)
	wantFirst(t, ix, "what exchange rate does the piece use for the euro?", "p2") // as the rule intends
	wantNotCovered(t, ix, "what exchange rate does the piece use for the dollar?")
}

// eac3679: the commit's own case, "fx rate used for eur conversions", is
// answered only where some passage happens to write the code "EUR": the
// code is made no salient word, but is still a word of the question no
// passage has, and with it "No passage is about the question as a whole".
// Where the sources write only "5.05 kronor to the euro" (the form the
// commit names), "eur" is not read as the euro, and the question is
// declined, while "fx rate used for euro conversions" is answered.
func TestReview39BEurCodeIsTheEuro(t *testing.T) {
	ix := quietIndex(t, "tsk: [Tessic krona, krona, TSK]\n",
		"The pension. The minimum pension rises from TSK 980 to TSK 1,150 a month.",
		"The vote. The law passed by 88 votes to 61, with the centre voting against. Euro equivalents in the article use the 2025 average rate of 5.05 kronor to the euro.",
		"The bonds. The bond exchange offer closed in May.",
	)
	wantFirst(t, ix, "fx rate used for euro conversions", "p2") // as the rule intends
	wantFirst(t, ix, "fx rate used for eur conversions", "p2")
}

// eac3679: exchangeAskedRE takes any question with "exchange rate", and
// the rule then puts first the passage that gives a rate, lifted to the
// best score by ratePassages; "how much did the exchange rate fall after
// the march vote?" is answered first by the article's conversion note
// ("4.20 marks to the euro"), not by the passage on the fall ("fell 8%
// against the euro"), which gives no rate of the form it looks for.
func TestReview39BExchangeRateChange(t *testing.T) {
	ix := quietIndex(t, "tsm: [Tessic mark, mark, TSM]\n",
		"The election. After the March vote the Tessic mark fell 8% against the euro, and exporters in Marrowby welcomed the slide.",
		"The budget. The finance ministry expects revenue of TSM 41 billion in 2026. Euro sums in this article use a rate of 4.20 marks to the euro.",
	)
	wantFirst(t, ix, "how much did the exchange rate fall after the march vote?", "p1")
}

// eac3679: givesExchangeRate takes a figure "per" any word that is a
// currency's, and "pound" is also a weight: "2.40 dollars per pound of
// beans", a price, is read as an exchange rate, so "what exchange rate
// does the piece use?" is answered by the coffee price instead of being
// declined ("The sources give no exchange rate for this").
func TestReview39BPerPoundIsNoExchangeRate(t *testing.T) {
	ix := quietIndex(t, "",
		"The coffee. Growers in Marrowby were paid 2.40 dollars per pound of beans in 2025, a rate set by the cooperative.",
		"The bridge. The Marrowby bridge will cost 300 million dollars.",
	)
	wantDeclined(t, ix, "what exchange rate does the piece use?", "no exchange rate")
}

// eac3679: exchangeRateRE's second form, "EUR 1 = VMK 8.20", is compiled
// with (?i), so its [A-Z]{3} are any three letters, and givesExchangeRate
// takes that form without checking a currency code: "lot 1 = the north
// tube" in a tender's passage is read as an exchange rate and answers
// "what exchange rate does the tender use?".
func TestReview39BLowerCaseWordIsNoCurrencyCode(t *testing.T) {
	ix := quietIndex(t, "",
		"The tender. The tunnel tender has two lots (lot 1 = the north tube, lot 2 = the south tube), and bids are scored at a rate of 60% on price.",
		"The bridge. The Marrowby bridge will cost 300 million dollars.",
	)
	wantDeclined(t, ix, "what exchange rate does the tender use?", "no exchange rate")
}

// 56d7d34: roundRE keeps the noun before a hyphen ("round-trip"), but the
// same noun written apart, as often, becomes "around": "how many round
// trips does the ferry make a day?" is searched as "how many around
// trips" ("round" then being no word of the search).
func TestReview39BRoundTripsUnhyphenated(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferry. The Marrowby ferry makes 12 round trips a day in summer.",
	)
	for _, q := range []string{
		"how many round trips does the marrowby ferry make a day?",
		"how many round trips a day in summer?",
	} {
		if got := ix.Understand(q).Text; strings.Contains(got, "around") {
			t.Errorf("%q searched as %q, want round trips kept", q, got)
		}
	}
}

// 56d7d34: roundRE is case-blind and ignores the glossary, so "Round" in a
// name ("the Grenmark Round" of trade talks, a glossary name) becomes
// "around": "what did the Grenmark Round agree on grain?" is searched as
// "the Grenmark around" and answered by the passage on Grenmark, the
// country, not by the talks.
func TestReview39BRoundInAName(t *testing.T) {
	ix := quietIndex(t, "gr: [Grenmark Round, Grenmark talks]\ngm: [Grenmark]\n",
		"The trade talks. The Grenmark Round of trade talks ended in 2019 with a cut in tariffs on grain.",
		"The grain deal. Grenmark agreed in 2021 to buy more grain from Marrowby.",
	)
	if got := ix.Understand("what did the Grenmark Round agree on grain?").Text; !strings.Contains(got, "Grenmark Round") {
		t.Errorf("searched as %q, want Grenmark Round in it", got)
	}
	wantFirst(t, ix, "what did the Grenmark Round agree on grain?", "p1")
}

// 56d7d34: "max" typed in lower case is always "maximum", even where the
// glossary lists "Max" as a name; chat types names in lower case ("vask"
// is found), so "what did max say about the new rota?" becomes "what did
// maximum say" and is declined, though the glossary's Max said it.
func TestReview39BMaxAGlossaryName(t *testing.T) {
	ix := quietIndex(t, "tulvane: [Max Tulvane, Tulvane, Max]\nvask: [Lena Vask, Vask]\n",
		"The chair. Max Tulvane, the union's chair, said the new rota was unsafe for night crews.",
		"The minister. Lena Vask, the transport minister, said the new rota was fair to night crews.",
	)
	wantFirst(t, ix, "what did vask say about the new rota?", "p2") // a lower-case name
	wantFirst(t, ix, "what did Max say about the new rota?", "p1")
	wantFirst(t, ix, "what did max say about the new rota?", "p1")
}

// 415c006: symbolForms adds "km" to the question's "kilometres" only where
// no passage writes the word (df == 0). A source that writes it once
// without a figure ("a few kilometres east") keeps the word a salient
// term, which the new rule for a distance asked without a name then makes
// the distance's topic; the sentence with "33.0 km" lacks it and names
// North Tarrow, so "how many km long is the tunnel?" is declined ("no
// distance"), and is answered once "a few kilometres" is "a little".
func TestReview39BKilometresWrittenOnce(t *testing.T) {
	ix := quietIndex(t, "tarrow: [North Tarrow]\n",
		"The route. The rail tunnel runs from a north portal at Ebbe to a south portal at Cas; 33.0 km of it lie in North Tarrow. The village of Orr lies a few kilometres east of the portal.",
		"The cost. The tunnel was approved in 2013 for TSM 38.5 billion.",
	)
	wantFirst(t, ix, "how many km long is the tunnel?", "p1")
}

// 65f8ea7: the year is now given by any sentence with the question's two
// or more names, the year and a figure of the kind asked, whatever the
// figure is of: "In 2020 the Quarry Board fined Brisk Stone TSM 3 million
// ... at the Tollan pit" gives the 2020 award asked of the board, and
// "how much did the Quarry Board award Brisk Stone ... in 2020?" is
// answered by the fine. Before the change it was declined ("not for
// 2020"), rightly: no award of 2020 is told.
func TestReview39BYearFigureOfAnotherKind(t *testing.T) {
	ix := quietIndex(t, "board: [Quarry Board, QB]\nbrisk: [Brisk Stone, Brisk]\ntollan: [Tollan pit]\ntsm: [Tessic mark, TSM]\n",
		"The board. On 19 September 2021 the Quarry Board decided that Brisk Stone was entitled to TSM 2.1 billion for the Tollan pit. In 2020 the Quarry Board fined Brisk Stone TSM 3 million over a spill at the Tollan pit.",
		"The appeal. Brisk Stone appealed in January 2022, claiming the rest of the Quarry Board award plus interest; a ruling on the award of TSM 1.4 billion is expected by the end of 2022.",
	)
	wantDeclined(t, ix, "How much did the Quarry Board award Brisk Stone for the Tollan pit in 2020?", "not for 2020")
}
