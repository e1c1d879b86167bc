package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Review of round thirty-nine (b1e3e4b..ddc6651), most of all 839aa02
// (noSuccessor and the "yet" question) and ddc6651 (the mends of the first
// reading). Each test is a question an analyst could type on a made-up
// source, and fails on the reviewed code. Checked against older code:
// NotYetOfAnotherPost passes before 839aa02; FriWithACapitalIsStillTheDay,
// MaxBeforeAPlaceName, MaxOpeningAQuestion and YearNamesInThePassive pass
// at 839aa02 (before ddc6651); the two "round" tests, the exchange-rate
// tests but PaidToTheEuroArea, AllHandsWrittenOpen, RequestInOtherWords
// and NotReleasedOnBail pass at b1e3e4b, before the round.
// TypoKeepsStartAndEnd passes, with the round's own tests, once
// nearestEnglish's tie asks !keepsEnd(best, ...) in place of
// !strings.HasSuffix(best, end). (Run these with -run
// '^TestReview39C[A-Z]': TestReview39ConversionIsNotAlwaysOfCurrency of
// the first reading also starts "TestReview39C".)

// 839aa02 (noSuccessor): the "not yet" sentence must name the person
// asked, but the commonest way a source says it is the sentence after the
// one on the person's leaving: "Ines Korrow resigned in May. A successor
// has not yet been named." namesSuccessor, beside it, reads a sentence
// that goes on from one on the person ("Her successor, ..."); noSuccessor
// does not, and "korrow successor named yet?" is declined: "The sources
// do not say who took korrow's place".
func TestReview39CNotYetInTheNextSentence(t *testing.T) {
	ix := quietIndex(t, "vtb: [Vellmar Transit Board, VTB]\n",
		"The board. The VTB's chief executive, Ines Korrow, resigned in May after the audit. A successor has not yet been named.",
		"Pending. The signalling contracts have not been tendered, and the audit office has promised a report in June.",
	)
	wantFirst(t, ix, "korrow successor named yet?", "p1")
	wantFirst(t, ix, "has a successor to korrow been named yet?", "p1")
}

// 839aa02 (noSuccessorRE): only "a successor ... has not been named" and
// "no successor has been named" are read; "a successor to Korrow has yet
// to be named" and "the board has not yet appointed a successor to
// Korrow", as common, say the same and are not, so the question is
// declined: "The sources do not say who took korrow's place".
func TestReview39CNotYetInOtherWords(t *testing.T) {
	for _, sentence := range []string{
		"The board. The VTB's chief executive, Ines Korrow, resigned in May after the audit; a successor to Korrow has yet to be named.",
		"The board. The VTB's chief executive, Ines Korrow, resigned in May after the audit, and the board has not yet appointed a successor to Korrow.",
	} {
		ix := quietIndex(t, "vtb: [Vellmar Transit Board, VTB]\n",
			sentence,
			"Pending. The signalling contracts have not been tendered, and the audit office has promised a report in June.",
		)
		wantFirst(t, ix, "korrow successor named yet?", "p1")
	}
}

// 839aa02 (noSuccessor): any sentence with the person's name and "a
// replacement ... has not been found" anywhere after it is read as no one
// yet in the person's post, though the post may be another's: here
// Korrow, still the chief executive, only speaks of the head of
// signalling's replacement, and "has korrow been replaced yet?" is
// answered by it. The person must be the one whose post it is.
func TestReview39CNotYetOfAnotherPost(t *testing.T) {
	ix := quietIndex(t, "vtb: [Vellmar Transit Board, VTB]\n",
		"The board. The VTB's chief executive, Ines Korrow, said on Monday that a replacement for the head of signalling, who quit in April, has not been found.",
		"Pending. The signalling contracts have not been tendered, and the audit office has promised a report in June.",
	)
	wantNotCovered(t, ix, "korrow successor named yet?")
	wantNotCovered(t, ix, "has korrow been replaced yet?")
}

// ddc6651 (normalize: lowerTypedForms): to keep "Thu Tran" a name, every
// day form is now read only in lower case, but "Fri", "Tues", "Thurs"
// with a capital are the usual way the days are shortened (and no one's
// name): "canteen open Fri or not" is corrected to the glossary's
// "Friends of the Morvane" again and answered by the objectors' passage,
// the very case 4fb3861 mended.
func TestReview39CFriWithACapitalIsStillTheDay(t *testing.T) {
	ix := quietIndex(t, "fom: [Friends of the Morvane, FoM]\n",
		"The bypass. Work on the bypass moves 1.6 metres a day and stays open to inspection.",
		"The objectors. The Friends of the Morvane said the springs had dried up and the valley was no longer open to walkers.",
	)
	wantNotCovered(t, ix, "canteen open Fri or not")
	if got := ix.Understand("is the canteen open on Fri?").Text; strings.Contains(got, "Friends") {
		t.Errorf("searched as %q, want the day", got)
	}
}

// ddc6651 (normalize: "max" before a word lexicon.Ordinary does not
// know): meant for a surname ("max fennick"), it takes any such word, and
// the commonest after "max" is a name of the sources typed in lower case:
// "what is the max morvane line freight load" keeps "max" as a person's
// name and is declined "No source mentions max", where "max freight load
// on the morvane line" is answered.
func TestReview39CMaxBeforeAPlaceName(t *testing.T) {
	ix := quietIndex(t, "mor: [Morvane line]\n",
		"The tunnel. The boring machine's best daily advance was 22 metres, in May 2023.",
		"The line. The Morvane line can take at most 14 freight trains a day, and each train is limited to 1,400 tonnes.",
	)
	wantFirst(t, ix, "what is the max freight load on the morvane line", "p2")
	wantFirst(t, ix, "what is the max morvane line freight load", "p2")
}

// ddc6651 (search.go: isContraction): a form of lowerTypedForms is no
// longer a contraction to drop, so "Max" with the capital a question
// opens with is now a term, a name no source has: "Max freight load on
// the morvane line?" is declined "No source mentions Max", which before
// the mend was answered as its lower-case form is.
func TestReview39CMaxOpeningAQuestion(t *testing.T) {
	ix := quietIndex(t, "mor: [Morvane line]\n",
		"The tunnel. The boring machine's best daily advance was 22 metres, in May 2023.",
		"The line. The Morvane line can take at most 14 freight trains a day, and each train is limited to 1,400 tonnes.",
	)
	wantFirst(t, ix, "max freight load on the morvane line?", "p2")
	wantFirst(t, ix, "Max freight load on the morvane line?", "p2")
}

// ddc6651 (normalize: roundRE): "round" before a determiner is "around",
// but "that" and "this" in roundObjects also open a relative clause or a
// time after the noun: "the funding round that closed in March" is
// searched as "the funding around that closed", and "the bidding round
// this spring" as "the bidding around this spring".
func TestReview39CRoundBeforeARelativeClause(t *testing.T) {
	ix := quietIndex(t, "",
		"The funding. The quarry raised 40 million in a funding round that closed in March 2023, led by Arvel Capital.",
	)
	for _, q := range []string{"who led the funding round that closed in march", "who joined the bidding round this spring"} {
		if got := ix.Understand(q).Text; strings.Contains(got, "around") {
			t.Errorf("%q searched as %q, want the noun round", q, got)
		}
	}
}

// ddc6651 (normalize: roundRE): a word of going before "round" makes it
// "around" whatever follows, so the number in words that keeps the noun
// elsewhere ("who won round two") does not after "passed" or "got":
// "which bidders passed round one" is searched as "passed around one".
func TestReview39CPassedRoundOne(t *testing.T) {
	ix := quietIndex(t, "",
		"The tender. Harnvik Rail passed round one of the signalling tender in 2022 and lost in round two.",
	)
	for _, q := range []string{"which bidders passed round one", "did harnvik rail get round one"} {
		if got := ix.Understand(q).Text; strings.Contains(got, "around") {
			t.Errorf("%q searched as %q, want the noun round", q, got)
		}
	}
}

// ddc6651 (months.go: sameOrder): the names must come in the question's
// order, but a question in the passive names them the other way round:
// "how much was Brekkstad awarded by the Quarry Tribunal ... in 2021" is
// declined "The sources give this for 2022, not for 2021", where the
// active "How much did the Quarry Tribunal award Brekkstad ..." is
// answered by the same sentence. Word order is not who did what to whom.
func TestReview39CYearNamesInThePassive(t *testing.T) {
	ix := quietIndex(t, "qt: [Quarry Tribunal, QT]\nbrekk: [Brekkstad Mining, Brekkstad]\nlund: [Lundhaug seam]\nskn: [Skarnes krona, SKN]\n",
		"The tribunal. On 4 June 2021 the Quarry Tribunal decided that Brekkstad was entitled to SKN 1.7 billion for the Lundhaug seam, holding that the survey was no basis for pricing.",
		"The appeal. Brekkstad appealed in January 2022, claiming the rest of the Quarry Tribunal award plus interest; a ruling on the award of SKN 0.9 billion is expected by the end of 2022.",
	)
	// (mended with review39b's YearFigureOfAnotherKind: the rule reads
	// the question's day, a year alone being given by any figure of the
	// names; so the questions name the day)
	wantFirst(t, ix, "How much did the Quarry Tribunal award Brekkstad for the Lundhaug seam on 4 June 2021?", "p1")
	wantFirst(t, ix, "how much was Brekkstad awarded by the Quarry Tribunal for the Lundhaug seam on 4 june 2021?", "p1")
}

// ddc6651 (judge: asksExchangeRate): a conversion rate is an exchange
// rate where a word of the question is a currency's, but
// lexicon.CurrencyWord and CurrencyCode know ordinary English:
// "convertible" (Convertible Mark), "all" (ALL, the lek), "real", "sum".
// The conversion rate of convertible bonds, or of all landing pages, is
// declined "The sources give no exchange rate for this".
func TestReview39CConversionRateBesideAnEnglishWord(t *testing.T) {
	ix := quietIndex(t, "hv: [Harnvik Energy, Harnvik]\n",
		"The bonds. Harnvik Energy sold 300 million of convertible bonds in 2021; each bond converts into shares at a conversion rate of 42 shares per bond.",
		"The shop. The conversion rate of all the web shop's landing pages rose from 1.8% to 2.6% in 2022.",
		"The offer. The bond exchange offer closed in May.",
	)
	wantFirst(t, ix, "what is the conversion rate of the harnvik convertible bonds?", "p1")
	wantFirst(t, ix, "what was the conversion rate of all landing pages in 2022", "p2")
}

// ddc6651 (judge: asksExchangeRate): only "why" is spared, but a question
// on what the rate did is not one on the rate either: "how did the
// exchange rate affect harnvik exports in 2022?" and "what effect did the
// exchange rate have ..." are declined "The sources give no exchange rate
// for this", where the passage says how.
func TestReview39CWhatTheExchangeRateDid(t *testing.T) {
	ix := quietIndex(t, "skn: [Skarnes krona, krona, SKN]\nhv: [Harnvik Steel, Harnvik]\n",
		"The exports. Harnvik Steel said the weak exchange rate of the krona made its exports cheaper and lifted foreign sales by a fifth in 2022.",
		"The pension. The minimum pension rises from SKN 980 to SKN 1,150 a month.",
		"The offer. The bond exchange offer closed in May.",
	)
	wantFirst(t, ix, "how did the exchange rate affect harnvik exports in 2022?", "p1")
	wantFirst(t, ix, "what effect did the exchange rate have on harnvik exports", "p1")
}

// eac3679/ddc6651 (exchangeRateRE): a year and a percentage are now
// spared, but any sum of up to two words "to the euro" is still a rate,
// and "the euro" is often the euro area: "paid SKN 4 billion to the euro
// area's rescue fund" is an exchange rate, which ratePassages brings in
// to answer "what exchange rate does the piece use?" from a source that
// gives none.
func TestReview39CPaidToTheEuroArea(t *testing.T) {
	ix := quietIndex(t, "skn: [Skarnes krona, krona, SKN]\n",
		"The rescue. In 2012 Skarnes paid SKN 4 billion to the euro area's rescue fund, and the interest rate on its bonds fell by half.",
		"The pension. The minimum pension rises from SKN 980 to SKN 1,150 a month.",
		"The offer. The bond exchange offer closed in May.",
	)
	wantDeclined(t, ix, "what exchange rate does the piece use?", "no exchange rate")
}

// ddc6651 (rateEqualsRE): one unit set equal to another is read only as
// three capitals and a bare 1 ("EUR 1 = ", "1 EUR = "); the same rate
// written with the euro sign, with decimals or in words ("€1 = SKN 5.05",
// "EUR 1.00 = SKN 5.05", "1 euro = 5.05 kronor") is none, and the
// question is declined "The sources give no exchange rate for this".
func TestReview39COneUnitInOtherForms(t *testing.T) {
	for _, rate := range []string{"€1 = SKN 5.05", "EUR 1.00 = SKN 5.05", "1 euro = 5.05 kronor"} {
		ix := quietIndex(t, "skn: [Skarnes krona, krona, SKN]\n",
			"The pension. The minimum pension rises from SKN 980 to SKN 1,150 a month (from about EUR 194 to EUR 228).",
			"The vote. The law passed by 88 votes to 61. Euro equivalents in the article use the 2022 average rate, "+rate+".",
			"The offer. The bond exchange offer closed in May.",
		)
		wantFirst(t, ix, "what exchange rate does the piece use?", "p2")
	}
}

// ddc6651 (judge: writesWord of "all-hands"): the sources' all-hands is
// theirs only where they write it with the hyphen (hyphenedForm); "an all
// hands meeting", as often written, is said never to be mentioned: "No
// source mentions all-hands".
func TestReview39CAllHandsWrittenOpen(t *testing.T) {
	ix := quietIndex(t, "",
		"The meeting. At an all hands meeting in May, the quarry's chief executive announced 40 job cuts and a hiring freeze.",
		"The bypass. The machine was left in the hands of the engineers; work on the bypass moves 1.6 metres a day.",
	)
	wantFirst(t, ix, "what was announced at the all hands in may", "p1")
	wantFirst(t, ix, "what was announced at the all-hands meeting in may?", "p1")
}

// 6863fbe (understand.go: terseHead, requestNouns): a request's nouns
// are a closed list of a few, so the same request in other words ("gist
// of", "synopsis of", "chronology of", "timeline of") makes the noun what
// is asked, and a source that answers is said not to mention it: "No
// source mentions gist".
func TestReview39CRequestInOtherWords(t *testing.T) {
	ix := quietIndex(t, "hwu: [Harbour Workers Union, HWU]\n",
		"The strike. The Harbour Workers Union, which claims 40,000 members, has called a national strike for 12 May against the pension freeze.",
		"The talks. Talks with the ministry broke down in April; the union put the odds of a deal at one in three.",
	)
	wantFirst(t, ix, "rundown of the talks with the ministry?", "p2")
	for _, q := range []string{"gist of the talks with the ministry?", "chronology of the talks with the ministry?", "timeline of the talks with the ministry?", "synopsis of the 12 may strike"} {
		if r := ix.Search(q, knowledge.Options{}); !r.Covered {
			t.Errorf("%q: declined (%s)", q, r.Reason)
		}
	}
}

// 7500529 (withheldRE): the new "not (to) be released" reads any release
// as news kept back, though the commit means to spare bail ("not 'were
// not released on bail'"): "the judge ruled that the two would not be
// released on bail" makes "were the harnvik site managers released on
// bail?" declined "The sources say this has not been made public or is
// not known", where the sentence answers it.
func TestReview39CNotReleasedOnBail(t *testing.T) {
	ix := quietIndex(t, "hk: [Harnvik Tunnelling, Harnvik]\n",
		"The charges. On 15 April 2022 prosecutors charged two Harnvik site managers with negligent homicide; the judge ruled that the two would not be released on bail before the trial.",
		"The dead. Three workers were killed in the Harnvik collapse in 2021.",
	)
	wantFirst(t, ix, "were the harnvik site managers released on bail?", "p1")
}

// ddc6651 (correct.go: nearestEnglish, keepsEnd): among English words as
// common, the one that keeps the typo's ending is meant to win, but it
// displaces the best so far only where that one does not end so
// (!strings.HasSuffix(best, end)), not where it does not keep the end;
// edits1 gives deletions and earlier letters first, so "deals" (a letter
// dropped) beats "details" for "detals", "contact" beats "contract" for
// "contrct", "flow" beats "follow" for "folow" and "contained" beats
// "continued" for "contined", each the word with the typo's start mended
// away.
func TestReview39CTypoKeepsStartAndEnd(t *testing.T) {
	ix := quietIndex(t, "hwu: [Harbour Workers Union, HWU]\n",
		"The strike. The Harbour Workers Union has called a national strike for 12 May against the pension freeze.",
		"The talks. Talks with the ministry broke down in April.",
	)
	for q, want := range map[string]string{
		"any detals on the 12 may strike?":          "details",
		"when does the new contrct start":           "contract",
		"did the union folow the ministry's advice": "follow",
		"has the strike contined":                   "continued",
	} {
		if got := ix.Understand(q).Text; !strings.Contains(got, want) {
			t.Errorf("%q searched as %q, want %q in it", q, got, want)
		}
	}
}
