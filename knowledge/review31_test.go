package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Second reading of round 31. Each test is a question an analyst would
// ask of a made-up source that the round's rules now get wrong.

// "at odds" is a disagreement, not odds asked: oddsAskedRE's bare \bodds\b
// makes "why are Holm and Vik at odds over the slots?" demand a sentence
// weighing a chance, and declines it.
func TestReview31AtOddsIsNoOddsAsked(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\nvik: [Vik Airways, Vik]\n",
		"The dispute. Holm and Vik disagree over the slots at Varga airport, which both want for their summer schedules.",
		"The race. Bookmakers give long odds on the derby.",
	)
	wantFirst(t, ix, "why are holm and vik at odds over the slots?", "p1")
}

// A sentence that weighs a chance in the words the question uses ("the
// likelihood of clearance ... is low") gives the odds asked; oddsGivenRE
// has neither "likelihood" nor "probability" (nor "low"/"high").
func TestReview31LikelihoodGivenInItsOwnWords(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\nvik: [Vik Airways, Vik]\n",
		"The odds. The likelihood of clearance by October is low, given the overlap on the Varga–Lund route.",
		"The probability. The probability of a pilots' strike this summer is high.",
	)
	wantFirst(t, ix, "what's the likelihood of clearance by october?", "p1")
	wantFirst(t, ix, "what's the probability of a pilots' strike this summer?", "p2")
}

// weighsChance looks for the party one sentence back only: an analyst
// introduced, then quoted with "she", two sentences later, is not found.
func TestReview31OddsOfAPartyNamedTwoSentencesBefore(t *testing.T) {
	ix := quietIndex(t, "varga: [Ana Varga, Varga]\ntarn: [Tarn Bank, Tarn]\n",
		"The analyst. Ana Varga, an analyst at Tarn Bank, has followed the case since 2019. She says the remedies are thin. She puts the chance of clearance at one in three.",
		"The race. Bookmakers give long odds on the derby.",
	)
	wantFirst(t, ix, "what odds does varga put on clearance?", "p1")
}

// twoAsks' `\?\s*\S` takes "??" (or "?!") for a second question, so a
// doubled question mark switches the odds rule off and the question is
// answered from a passage with no odds in it.
func TestReview31DoubledQuestionMarkIsNoSecondQuestion(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"My assessment. I put the chance of conditional clearance by 16 October at about 60%, and of an outright prohibition at 15%.",
		"The pilots. The pilots' ballot runs to 3 October; the farmers' compensation claim is before a court.",
	)
	wantDeclined(t, ix, "odds on the farmers' compensation claim?", "no odds") // passes
	wantDeclined(t, ix, "odds on the farmers' compensation claim??", "no odds")
}

// twoAsks' `\b(?:and|&|\+)\s+` can never match "&" or "+" written between
// spaces (\b needs a word character before them), so "X & how big a stake"
// is read as asking a share though "and" is not.
func TestReview31AmpersandAsksASecondQuestion(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn Capital, Tarn]\nholm: [Holm]\n",
		"The investors. Tarn Capital, which owns a 4.3% stake in Holm, opposes the deal.",
	)
	for _, q := range []string{
		"whats tarn's beef and how big a stake do they hold", // passes
		"whats tarn's beef & how big a stake do they hold",
	} {
		if r := ix.Search(q, knowledge.Options{}); r.Wants == knowledge.Share {
			t.Errorf("%q read as asking a share", q)
		}
	}
}

// "who has a stake in Holm?" asks who, not how big: shareAskedRE's
// `(?:share|stake)\s+(?:on|in|at)` makes it demand a percentage, and a
// source that names the holder without one is declined.
func TestReview31WhoHoldsAStake(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\ntarn: [Tarn Capital, Tarn]\n",
		"The investors. Tarn Capital, which owns a stake in Holm, opposes the deal.",
	)
	wantFirst(t, ix, "who has a stake in holm?", "p1")
	wantFirst(t, ix, "which investors own a stake in holm?", "p1")
}

// A share of a fund is a sum: shareOfSumRE lists costs, budgets, funding,
// proceeds, but not "fund", so the farmers' share of a compensation fund,
// given in euros, is declined for want of a percentage.
func TestReview31ShareOfAFund(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Dam, Holm]\n",
		"The fund. Farmers downstream would receive EUR 12m of the EUR 40m compensation fund, and the rest would go to fishing towns.",
		"The grid. Holm Dam's share of the national grid would be 38%.",
	)
	wantFirst(t, ix, "what's the farmers' share of the compensation fund?", "p1")
	wantFirst(t, ix, "farmers' share of the fund?", "p1")
}

// A share talked about ("what did Tarn say about Holm's stake in Vik?")
// is meant not to be asked as a share, but shareOfSumRE's
// `(?:[\p{L}/-]+\s+){0,2}` takes no apostrophe: "about the holm stake" is
// excluded, "about holm's stake" is not, and is declined.
func TestReview31ShareTalkedAboutWithAPossessive(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\nvik: [Vik Airways, Vik]\ntarn: [Tarn Capital, Tarn]\n",
		"The investors. Tarn Capital says Holm's stake in Vik is too small to block the merger.",
	)
	wantFirst(t, ix, "what did tarn say about the holm stake in vik?", "p1") // passes
	wantFirst(t, ix, "what did tarn say about holm's stake in vik?", "p1")
}

// yearUngiven counts the year asked as given when it appears anywhere in
// the passage ("named" is passage-wide), not only in a sentence before the
// figure as its comment says: a chief executive appointed in 2020 makes
// 2021's passenger count an answer for 2020.
func TestReview31YearNamedForSomethingElse(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\n",
		"The airline. Holm Air carried 31.4m passengers in 2021. Its chief executive, appointed in 2020, plans a second hub.",
	)
	wantDeclined(t, ix, "how many passengers did holm carry in 2020?", "for 2021, not for 2020")
}

// "over 2020" is during 2020, not a year compared with; baselineYearRE's
// "over" (and "from", "against", which its comment does not list) skips
// the year and the figure for 2021 answers.
func TestReview31OverAYearIsDuringIt(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Airways, Vik]\n",
		"The fleet. Vik Airways flew 142 aircraft in 2021.",
		"The airport. Varga airport opened its second runway in 2020.",
	)
	wantDeclined(t, ix, "how many aircraft did vik fly in 2020?", "for 2021, not for 2020") // passes
	wantDeclined(t, ix, "how many aircraft did vik fly over 2020?", "for 2021, not for 2020")
}

// The did-asked pending rule takes any present-tense sentence with a later
// date for "still to come": "Vik holds the contract for the terminal,
// which opens in 2024" answers "did Vik secure the contract?" (yes), but is
// told as pending.
func TestReview31DidAskedOfWhatIsHeldNow(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Airways, Vik]\n",
		"The contract. Vik holds the contract for the new terminal at Varga, which opens in 2024.",
		"The loan. Holm Bank's final tranche of USD 380m is still undisbursed, awaiting a review due in April 2024.",
		"The lease. Holm Bank has a draft agreement with Riga port, but the port lease itself awaits approval by the city in June 2024.",
	)
	wantFirst(t, ix, "did vik secure the contract for the new terminal?", "p1")
}

// simplePast skips "-ing" words ("a meeting") but still takes an -ed
// adjective ("a delayed review", "a planned review") for a past verb, so
// the did-asked rule is switched off and the question is answered as if
// the sentence told it done.
func TestReview31AdjectiveInEdIsNoSimplePast(t *testing.T) {
	for _, adj := range []string{"fresh", "delayed", "planned"} { // fresh passes
		ix := quietIndex(t, "holm: [Holm Bank, Holm]\n",
			"The loan. Holm Bank's final tranche of USD 380m is still undisbursed, awaiting a "+adj+" review due in April 2024.",
			"The lease. Holm Bank has a draft agreement with Riga port, but the port lease itself awaits approval by the city in June 2024.",
			"The contract. Vik holds the contract for the new terminal at Varga, which opens in 2024.",
		)
		if r := ix.Search("did holm pay the final tranche?", knowledge.Options{}); r.Covered || r.Pending == "" {
			t.Errorf("%s review: covered %v, pending %q", adj, r.Covered, r.Pending)
		}
	}
}

// "how big would the impact be?" asks how serious, which words answer;
// with the modals in sizeAsked it now demands a figure and is declined.
func TestReview31HowBigWouldTheImpactBe(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Airways, Vik]\n",
		"The strike. A strike would hit Vik hard: it would lose most of its summer traffic.",
	)
	wantFirst(t, ix, "how big would the impact of a strike be on vik?", "p1")
}

// digitSpanRE reads "13d" as "13 days": a Schedule 13D, the filing an
// investor makes on passing 5% of a company, is no span of time.
func TestReview31Schedule13DIsNoSpan(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Airways, Vik]\ntarn: [Tarn Capital, Tarn]\n",
		"The filing. Tarn Capital filed a Schedule 13D with the regulator in March 2022, disclosing its holding in Vik.",
	)
	wantFirst(t, ix, "did tarn file a 13d on vik?", "p1")
	for _, q := range []string{"tarn 13d filing date?", "solberg 14d-9 filing?"} {
		if got, _ := knowledge.Normalize(q); strings.Contains(got, "days") {
			t.Errorf("%q: normalised to %q", q, got)
		}
	}
}

// Shares counted as securities ("how many voting shares does Tarn
// hold?") are no share asked: shareAskedRE's "voting" before `shares?`
// reads it as a percentage, and a count of shares is declined.
func TestReview31VotingSharesCounted(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\ntarn: [Tarn Capital, Tarn]\n",
		"The investors. Tarn Capital owns 12 million voting shares in Holm, and says the offer is too low.",
		"The investor day. At its investor day in May 2022, Holm set out a plan to add 20 aircraft by 2025.",
		"The pulse. Holm's pricing strategy is under pressure from Vik, and the chief executive has promised a response.",
		"The phase-out. Holm will phase out its oldest jets.",
	)
	wantFirst(t, ix, "how many voting shares does tarn hold in holm?", "p1")
}

// "share" the verb ("what did Holm share at its investor day?") matches
// shareAskedRE's `(?:share|stake)\s+(?:on|in|at)`, and the question is
// declined for want of a percentage.
func TestReview31ShareTheVerb(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\ntarn: [Tarn Capital, Tarn]\n",
		"The investors. Tarn Capital owns 12 million voting shares in Holm, and says the offer is too low.",
		"The investor day. At its investor day in May 2022, Holm set out a plan to add 20 aircraft by 2025.",
		"The pulse. Holm's pricing strategy is under pressure from Vik, and the chief executive has promised a response.",
		"The phase-out. Holm will phase out its oldest jets.",
	)
	wantFirst(t, ix, "what did holm share at its investor day?", "p2")
}
