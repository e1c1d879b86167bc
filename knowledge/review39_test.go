package knowledge_test

import (
	"strings"
	"testing"
)

// Review of round thirty-nine (b1e3e4b..4fb3861): the changes to
// months.go (yearUngiven: a sentence with every name, the year and a
// figure), search.go and units.go (symbolForms, exchange-rate terms),
// normalize.go ("round", "max", the office's days and "the all hands"),
// correct.go (a typo keeps its ending) and judge.go (exchange rates, the
// all-hands meeting). Each test is a question an analyst could type on a
// made-up source, and fails on the reviewed code; all but
// TestReview39SwitchedToTheEuroIsNoRate pass on the code before the round
// (b1e3e4b), and that one passed with a small fix of givesExchangeRate
// tried in a scratch copy, the round's own tests passing too. The
// distance topic of 415c006 (salient words of a question with no name)
// and its symbolForms were read with no finding.

// 4fb3861 (judge: "hands" of "the all-hands"): the meeting is made the
// one word "all-hands" and then held to ix.writesWord, which looks the
// hyphenated word up as a whole; the vocabulary has only "all" and
// "hands" (tokenRE splits at the hyphen), so a source that does write "an
// all-hands meeting" is said never to mention it: "No source mentions
// all-hands". Before the round the question was answered by that
// passage. The word the sources write, hyphen and all,
// is no office chatter of the asker's.
func TestReview39AllHandsTheSourcesWrite(t *testing.T) {
	ix := quietIndex(t, "",
		"The meeting. At an all-hands meeting in May, the quarry's chief executive announced 40 job cuts and a hiring freeze.",
		"The bypass. The machine was left in the hands of the engineers; work on the bypass moves 1.6 metres a day.",
	)
	wantFirst(t, ix, "what was announced at the all hands in may", "p1")
	wantFirst(t, ix, "what was announced at the all-hands in may?", "p1")
}

// 4fb3861 (judge: officeTime): the office rule now reports "all-hands"
// in place of "hands", but still asks officeTime about t.Surface
// ("hands"), while officeTimeRE's group is "all-hands"; so "before the
// all hands" is not read as the asker's time, as "before the standup"
// is, and a question on the sources is declined: "No source mentions
// all-hands".
func TestReview39BeforeTheAllHands(t *testing.T) {
	ix := quietIndex(t, "",
		"The delays. The Quellmark tunnel is two years late because of the inrush and the dried-up springs.",
		"The bypass. Work on the bypass moves 1.6 metres a day.",
	)
	wantFirst(t, ix, "can someone summarise the tunnel delays before the standup", "p1")
	wantFirst(t, ix, "can someone summarise the tunnel delays before the all hands", "p1")
}

// 4fb3861 (normalize: "fri", "thu", "tue" ... as days): the new forms are
// read in capitals too, where the others of their kind are spared
// (lowerOnlyForms: "MO", "MAX", "HR" are acronyms). A source's acronym
// "FRI" (not in the glossary) becomes "friday", and the passage on
// something done on a Friday is cited before the one on the institute.
func TestReview39DayFormInCapitalsIsAnAcronym(t *testing.T) {
	ix := quietIndex(t, "",
		"The institute. The Forest Research Institute (FRI) counted 41 springs around the quarry in 2018.",
		"The survey. On Friday the water board counted 17 dry springs around the quarry.",
	)
	wantFirst(t, ix, "how many springs did FRI count", "p1")
}

// 4fb3861 (normalize: "thu" is Thursday): typed with a capital it is a
// name ("Thu Tran"), as "Mo" and "Max" are (lowerTypedForms), but it is
// read as the day all the same: "what did thursday Tran say".
func TestReview39DayFormWithACapitalIsAName(t *testing.T) {
	ix := quietIndex(t, "",
		"The talks. Thu Tran, the union's negotiator, said the miners would strike in May.",
	)
	if got := ix.Understand("what did Thu Tran say about the strike").Text; !strings.Contains(got, "Thu Tran") {
		t.Errorf("searched as %q, want the name Thu Tran kept", got)
	}
}

// f584f05 (correct.go: correction): the English word that keeps the
// typo's ending is taken over the sources' word whenever the sources'
// word is the typo's start, whatever the English word is: the sources'
// "chose" typed "chosed" (a common slip for it) is one letter from
// "closed", which ends in "ed", so the council "closed" the route. The
// rule is meant for an ending the sources' word lacks ("actual"+"ly"),
// not for any English word that happens to end so.
func TestReview39TypoEndingIsNotAnyWord(t *testing.T) {
	ix := quietIndex(t, "",
		"The route. The council chose the northern route over the Selka river in March 2021, after two years of hearings.",
	)
	if got := ix.Understand("which route the council chosed in 2021").Text; !strings.Contains(got, "council chose ") {
		t.Errorf("searched as %q, want the council chose", got)
	}
}

// f584f05 (correct.go: nearestEnglish): among English words as common,
// the one that ends as the typo does now wins; but a typo often is in its
// ending, and then the word meant does not end so. "foreing", the
// commonest slip for "foreign", is now "forcing" (which ends in "ng");
// before the round it was "foreign".
func TestReview39TypoInTheEnding(t *testing.T) {
	ix := quietIndex(t, "",
		"The jobs. The quarry employs 400 workers, a quarter of them from abroad.",
	)
	if got := ix.Understand("how many foreing workers does the quarry employ").Text; !strings.Contains(got, "foreign") {
		t.Errorf("searched as %q, want foreign", got)
	}
}

// eac3679 (exchangeAskedRE): "conversion rate" and "rate of ...
// conversions" are read as an exchange rate whatever is converted: a web
// shop's conversion rate (a percentage of visitors who buy) and the rate
// of office-to-flat conversions are declined, "The sources give no
// exchange rate for this", where before the round the passages that give
// them answered.
func TestReview39ConversionIsNotAlwaysOfCurrency(t *testing.T) {
	ix := quietIndex(t, "",
		"The shop. Online sales grew by a third; the conversion rate of the web shop rose from 1.8% to 2.6% in 2023.",
		"The housing. The rate of office conversions doubled in 2023, with 140 blocks turned into flats.",
	)
	wantFirst(t, ix, "what was the web shop conversion rate in 2023", "p1")
	wantFirst(t, ix, "how fast is the rate of office conversions", "p2")
}

// eac3679 (judge: exchangeAskedRE): every question that names an exchange
// rate is made to want a rate figure, so one on why it moved, which the
// sources answer, is declined: "The sources give no exchange rate for
// this". Only a question that asks the rate itself wants the figure.
func TestReview39WhyTheExchangeRateFell(t *testing.T) {
	ix := quietIndex(t, "krn: [Quellmark krona, krona, KRN]\n",
		"The currency. The krona fell 12 per cent against the euro in 2022 because the central bank cut its rate twice.",
		"The bonds. The bond exchange offer closed in May.",
	)
	wantFirst(t, ix, "why did the exchange rate fall in 2022", "p1")
}

// eac3679 (exchangeRateRE): "EUR 1 = VDT 9.60" is read, but not the same
// rate written the other common way, "1 EUR = 5.05 KRN", a figure per one
// unit of a currency as the comment says; the passage that gives it is
// dropped and the question declined, which before the round it answered.
func TestReview39OneUnitFirst(t *testing.T) {
	ix := quietIndex(t, "krn: [Quellmark krona, krona, KRN]\n",
		"The pension. The minimum pension rises from KRN 980 to KRN 1,150 a month (from about EUR 194 to EUR 228).",
		"The vote. The law passed by 88 votes to 61. Euro equivalents in the article use the 2025 average rate, 1 EUR = 5.05 KRN.",
		"The bonds. The bond exchange offer closed in May.",
	)
	wantFirst(t, ix, "what exchange rate does the piece use?", "p2")
}

// eac3679 (exchangeRateRE): any figure with up to two words and then "to
// the" a currency is a rate, so a year is: "In 2009 Ulvik switched to
// the euro" gives an exchange rate, and ratePassages brings it in among
// the passages with "rate" to answer; a source that gives no rate no
// longer declines "The sources give no exchange rate for this".
func TestReview39SwitchedToTheEuroIsNoRate(t *testing.T) {
	ix := quietIndex(t, "krn: [Quellmark krona, krona, KRN]\n",
		"The history. In 2009 Ulvik switched to the euro, and the inflation rate fell to 2% within a year.",
		"The pension. The minimum pension rises from KRN 980 to KRN 1,150 a month.",
		"The bonds. The bond exchange offer closed in May.",
	)
	wantDeclined(t, ix, "what exchange rate does the piece use?", "no exchange rate")
}

// eac3679 (search.go: appendTerms): where an exchange rate is asked,
// every word lexicon.CurrencyWord knows is made no name, so a person
// called Mark is the Deutsche Mark: "what exchange rate did Mark use"
// cites the auditor's rate before the treasurer Mark Selka's.
func TestReview39MarkIsAPerson(t *testing.T) {
	ix := quietIndex(t, "krn: [Quellmark krona, krona, KRN]\n",
		"The treasurer. Mark Selka, the city's treasurer, put the budget at KRN 900 million and converted it at a rate of 5.20 kronor to the euro.",
		"The auditor. The auditor, Ola Berg, used the 2025 average rate of 5.05 kronor to the euro.",
		"The bonds. The bond exchange offer closed in May.",
	)
	wantFirst(t, ix, "what exchange rate did Mark use", "p1")
}

// 56d7d34 (roundRE): only the words of roundNounBefore keep "round" a
// noun, so one after a noun that says what the round is of ("funding
// round", "licensing round", "Series C round") is made "around": "who
// led the funding around".
func TestReview39FundingRound(t *testing.T) {
	ix := quietIndex(t, "",
		"The funding. The quarry raised KRN 40 million in a funding round led by Arvel Capital in March 2023.",
	)
	for _, q := range []string{"who led the funding round", "when was the licensing round"} {
		if got := ix.Understand(q).Text; strings.Contains(got, "around") {
			t.Errorf("%q searched as %q, want the noun round", q, got)
		}
	}
}

// 56d7d34 (roundRE): "round 2" keeps the noun (a figure after it), but
// "round two", the same written in words, is made "around two": "who won
// around two".
func TestReview39RoundTwoInWords(t *testing.T) {
	ix := quietIndex(t, "",
		"The tender. Selka Rail won round two of the tender in 2022.",
	)
	if got := ix.Understand("who won round two").Text; strings.Contains(got, "around") {
		t.Errorf("searched as %q, want the noun round", got)
	}
}

// 56d7d34 (roundRE): "round" as an adjective ("in round numbers") or a
// verb ("do they round up") is made "around" too; "why are the figures in
// round numbers" then has no word to search ("The question has no words
// the sources could be searched for"), where before the round the passage
// on the round numbers answered.
func TestReview39RoundNumbers(t *testing.T) {
	ix := quietIndex(t, "",
		"The figures. The ministry gives the quarry's output only in round numbers, about 2 million tonnes in 2022, to protect the buyers.",
		"The springs. Of the 41 springs around the quarry, 17 dried up within a year.",
	)
	wantFirst(t, ix, "why are the figures in round numbers", "p1")
	if got := ix.Understand("do they round up the output figures").Text; strings.Contains(got, "around") {
		t.Errorf("searched as %q, want the verb round", got)
	}
}

// 56d7d34 ("max" is "maximum" in lower case): chat types names in lower
// case too, and "max" before the surname the sources write after "Max"
// is the person: "what did max fennick say" is searched as "maximum fennick"
// and the passage with another Fennick and a maximum is cited before Max
// Fennick's.
func TestReview39MaxBeforeItsSurname(t *testing.T) {
	ix := quietIndex(t, "",
		"The warning. Max Fennick, the quarry's hydrologist, warned in 2019 that the springs could dry up.",
		"The springs. The springs' maximum flow fell by half after the inrush, Ola Fennick of the water board said.",
	)
	wantFirst(t, ix, "what did max fennick say about the springs", "p1")
}

// 65f8ea7 (yearUngiven): a sentence with every one of the names, the year
// and any figure of the kind asked now gives the year, whatever the
// figure is of: "In 2020 Tarvosk had paid the Mining Board KRN 3 million for
// a licence" makes "how much did the Mining Board award Tarvosk ... in 2020"
// answered by the 2021 award, where before the round it was declined "not
// for 2020". The figure must be of what is asked (the words of the
// question's that the sentence has beside the names), not only of its
// kind.
func TestReview39YearWithAnotherFigure(t *testing.T) {
	ix := quietIndex(t, "board: [Mining Board, MB]\ntarvosk: [Tarvosk Quarrying, Tarvosk]\nkorsa: [Korsa seam]\nkrn: [Quellmark krona, KRN]\n",
		"The board. On 19 September 2021 the Mining Board decided that Tarvosk was entitled to KRN 2.1 billion for the Korsa seam, holding that the survey was no reasonable basis for pricing. In 2020 Tarvosk had paid the Mining Board KRN 3 million for a licence to survey the Korsa seam.",
		"The appeal. Tarvosk appealed in January 2022, claiming the rest of the Mining Board award plus interest; a ruling on the award of KRN 1.4 billion is expected by the end of 2022.",
	)
	wantDeclined(t, ix, "How much did the Mining Board award Tarvosk for the Korsa seam in 2020?", "not for 2020")
}
