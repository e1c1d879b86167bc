package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Second reading of round 34. Each test is a question an analyst would
// ask, of the kinds the round's rules were written for, that the rules now
// get wrong; unless its comment says otherwise, each was answered right
// before the round (at e3355e2). All sources are made up and published
// 2023-05-02 (validSource).

// sumKindRE now takes "lose" as a kind of sum, which the sum's sentence
// must name by a word of its family. "loss", the word sources use for
// what a company lost, is not of the family of "lose", so "how much did
// holm lose in 2022?" is declined with "The sources give no amount of
// money for this" where the passage says "Holm posted a net loss of USD
// 4m in 2022". A loss, a lost sum or a loss-making year gives the sum
// lost; the passage should be cited, as it was.
func TestReview34LossGivenAsANoun(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\nvik: [Vik Power, Vik]\n",
		"The results. Holm posted a net loss of USD 4m in 2022.",
		"The strike. The strike cost Vik about USD 12m in lost sales.",
	)
	wantFirst(t, ix, "how much did holm lose in 2022?", "p1")
	wantFirst(t, ix, "how much money did holm lose in 2022?", "p1")
}

// The new pattern of a wh-question on a noun of a sum takes every
// "settlement", "penalty" and "total loss" as money. But a settlement of
// a dispute is its terms ("Holm would take a 12% share"), a law's
// penalties are often prison and bans, and "the total loss of life" is a
// count of the dead: each is declined with "The sources give no amount of
// money for this" though the passage answers it. A sum should be wanted
// only where the noun is one of money (or the question says so).
func TestReview34SumNounsThatAreNoSums(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\nvik: [Vik Power, Vik]\n",
		"The dispute. In 2016 the two sides settled: Holm would take a 12% share of the catch and Vik would drop its claim.",
		"The law. Under the new law illegal fishing is punished by up to two years in prison and the loss of the licence.",
		"The flood. The 2021 flood killed 212 people in Riga.",
	)
	wantFirst(t, ix, "what settlement did the two sides reach?", "p1")
	wantFirst(t, ix, "what penalties does the new law set for illegal fishing?", "p2")
	wantFirst(t, ix, "what was the total loss of life in the riga flood?", "p3")
}

// "what's X spending" asks a sum, but "what is holm investing in?" and
// "what is vik spending the grant on?" ask what the money goes to, not
// how much: the new pattern makes both want money, and both are declined
// with "The sources give no amount of money for this" where the passage
// names the solar farms and the boats. A question closing on "in" or
// "on" after the verb (or naming the money spent as its object) asks the
// object of the spending.
func TestReview34SpendingOnWhat(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\nvik: [Vik Power, Vik]\n",
		"The plans. Holm is investing in solar farms and a new port at Riga.",
		"The grant. Vik is spending the grant on new boats and a cold store.",
	)
	wantFirst(t, ix, "what is holm investing in?", "p1")
	wantFirst(t, ix, "what is vik spending the grant on?", "p2")
}

// "incomes?" was added anywhere to the pattern of money, so every
// question with "income" wants a sum: "did the tax cut help low-income
// households?" (a yes/no question on a group of people) and "which
// low-income households gained most" are declined with "The sources give
// no amount of money for this". "low-income", "income groups" name
// people, not a sum asked; only a question after an income ("what's the
// average income") should want money.
func TestReview34LowIncomeIsNoSum(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Republic, Holm]\n",
		"The tax. The tax cut helped low-income households most, the treasury said.",
		"The hearing. At the Holm hearing the judge adjourned the case to June.",
		"The flood. The 2021 flood killed 212 people in Riga.",
	)
	wantFirst(t, ix, "did the tax cut help low-income households?", "p1")
	wantFirst(t, ix, "which low-income households gained most from the tax cut?", "p1")
}

// ownSigns now takes any glossary entry with a three-capital alias that
// the sources write before a figure twice as a currency, naming it by the
// last word of another alias. So the glossary's "COP" (the UN climate
// summit), which sources number ("COP 26", "COP 27"), becomes a currency
// called "summit", and "COP 26" a sum of money: "how much money did holm
// pledge at COP 26?" is answered by "At COP 26 Holm pledged to end coal
// power by 2030", which gives no sum. It should be declined as before
// ("The sources give no amount of money for this"): an alias is a
// currency's code only where the entry is a currency's (a word of
// currency, or figures the code writes as sums: "46 million", "512,000").
func TestReview34NumberedEventIsNoCurrency(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Republic, Holm]\ncop: [UN climate summit, COP]\n",
		"The summits. At COP 26 Holm pledged to end coal power by 2030. At COP 27 it said little.",
		"The fund. Vik gave USD 40m to the climate fund in 2021.",
	)
	wantDeclined(t, ix, "how much money did holm pledge at COP 26?", "no amount of money")
}

// roundedFigures reads a round figure's window from its trailing zeros:
// "20k" is 20,000 to the ten thousand, so it finds any figure from
// 15,000 to 24,999. "who took the 20k tonnes on the high seas?" is then
// answered by "Some 15,000 tonnes were taken", a quarter less, though
// "15k" is not found by 14,300 (the round's own test). A round figure
// should find only a figure it rounds at the precision an analyst
// writes ("20k" is not 15,000); it was declined for "20000" before.
func TestReview34RoundFigureWindowTooWide(t *testing.T) {
	ix := quietIndex(t, "",
		"The high seas. Some 15,000 tonnes were taken on the high seas by vessels flagged elsewhere.",
	)
	wantDeclined(t, ix, "who took the 20k tonnes on the high seas?", "20000")
	wantDeclined(t, ix, "who took the ~20k tonnes on the high seas?", "20000")
}

// otherQualifier skips any sentence that names the asked sum with another
// qualifier and not with the asked one. A sentence that gives the net
// figure by other words and sets it against the list price ("After
// rebates Holm pays USD 2.1m, well below the list price of USD 3.4m") is
// skipped for "holm net price after rebates", which is declined with "The
// sources give no amount of money for this". The other qualifier in the
// sentence should rule it out only where the sentence gives no other sum
// (or none but the qualified one).
func TestReview34NetPriceBesideTheListPrice(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Republic, Holm]\n",
		"The price. After rebates Holm pays USD 2.1m, well below the list price of USD 3.4m.",
		"The deal. Vik signed a power deal with Holm in 2019.",
	)
	wantFirst(t, ix, "holm net price after rebates", "p1")
}

// countedAfter requires the passage of a count asked with its verb after
// the subject to have that verb. Sources say the same count with another
// verb: "Holm Water operates 40 vessels" answers "how many vessels does
// holm water run?", "Holm's new plant will add 300 jobs" answers "how
// many jobs will holm's new plant create?"; both are declined with "The
// sources give no figure for this" because another passage uses "run"
// and "create". A passage that counts the very noun asked ("vessels",
// "jobs") of the names asked gives the count whatever its verb.
func TestReview34CountVerbSaidOtherwise(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\n",
		"The plant. Holm's new plant will add 300 jobs in Riga.",
		"The fleet. Holm Water operates 40 vessels out of Riga.",
		"The wider view. New plants create jobs in the region; Tarn fleets run few vessels.",
	)
	wantFirst(t, ix, "how many vessels does holm water run?", "p2")
	wantFirst(t, ix, "how many jobs will holm's new plant create?", "p1")
}

// "who presides over" is read as "who chairs", and the passage must name
// a chair or a president. The one who presides over a parliament is its
// Speaker: "who presides over the holm parliament?" is declined with "The
// sources give no name for this" where the passage names "Ada Berg, the
// Speaker of the Holm Parliament". A speaker (or a presiding judge, a
// convener) presides; the passage should be cited, as it was.
func TestReview34PresidesOverIsTheSpeaker(t *testing.T) {
	ix := quietIndex(t, "holm-parliament: [Holm Parliament, Holm parliament]\n",
		"The parliament. Ada Berg, the Speaker of the Holm Parliament since 2019, refused to schedule the vote.",
		"The panel. The Vik Review Panel, led by Lars Moe, will report in 2024.",
		"The talks. The Vik talks opened in Riga in March 2022.",
	)
	wantFirst(t, ix, "who presides over the holm parliament?", "p1")
}

// "how did X end up?" is now answered wherever the sentence on X has a
// verb in the simple past, though that verb tells how X began, not how it
// ended: "The Vik talks opened in Riga in March 2022 and are still going
// on" and "The Lund case was filed in 2021; a ruling is expected next
// year" answer "how did the vik talks end up?" and "how did the lund case
// end up?". Neither has ended as of the sources: they should be declined
// as after the sources, as before (the past must be of an end: "ended",
// "settled", "was resolved").
func TestReview34EndUpOfWhatIsStillGoingOn(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Republic, Holm]\n",
		"The talks. The Vik talks opened in Riga in March 2022 and are still going on.",
		"The case. The Lund case was filed in 2021; a ruling is expected next year.",
	)
	wantNotCovered(t, ix, "how did the vik talks end up?")
	wantNotCovered(t, ix, "how did the lund case end up?")
}

// officeWords decline a question that names no name of the sources and
// has an office word no source has. But "login", "expense", "wifi" and
// "sync" are analysis words too: "how did the attackers get the staff
// logins?" (the sources: "The attackers stole staff passwords") and "what
// was the biggest expense in the budget?" (the sources: "The largest cost
// in the budget was fuel") are declined with "No source mentions ...".
// Office chatter is told by the office's own things (lunch, standup,
// timesheet), not by words a cyber attack or a budget is asked with.
func TestReview34OfficeWordsOfAnalysis(t *testing.T) {
	ix := quietIndex(t, "",
		"The breach. The attackers stole staff passwords in a phishing campaign and used them to reach the billing system.",
		"The budget. The largest cost in the budget was fuel, at a third of the total.",
	)
	wantFirst(t, ix, "how did the attackers get the staff logins?", "p1")
	wantFirst(t, ix, "were the logins stolen by phishing?", "p1")
	wantFirst(t, ix, "what was the biggest expense in the budget?", "p2")
}

// roleOfAnother, for a keyword question, takes every party of the
// question as the role's owner when a role word follows it anywhere: in
// "holm talks tarn envoy" (Tarn's envoy to the Holm talks) Holm is taken
// as the envoy's party, and the question is declined with "The sources
// name Tarn Republic's envoy, not Holm Republic's" where the passage
// names "Tarn's envoy to the Holm talks, Lars Moe". The owner is the
// party just before the role; it should be answered, as it was.
func TestReview34RoleOwnerIsTheNearestParty(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Republic, Holm]\ntarn: [Tarn Republic, Tarn]\n",
		"The talks. Tarn's envoy to the Holm talks, Lars Moe, left in 2021.",
	)
	wantFirst(t, ix, "holm talks tarn envoy", "p1")
}

// kilotonnesRE reads a comma in the figure as a decimal point, so
// "1,200kt" (1.2 million tonnes) becomes "1200 tonnes", a thousandth of
// it, while "1200kt" becomes "1200000 tonnes"; and it reads every "kt"
// as kilotonnes, so a ship's speed in knots ("doing 14kt") becomes
// "14000 tonnes", and "18kt gold" 18,000 tonnes. A comma before three
// digits is a thousands separator, and "kt" of a vessel's speed or of
// gold is no weight. (Before the round "kt" was left as typed.)
func TestReview34KilotonnesMisread(t *testing.T) {
	a, _ := knowledge.Normalize("holm mined 1,200kt of coal in 2021")
	b, _ := knowledge.Normalize("holm mined 1200kt of coal in 2021")
	if a != b {
		t.Errorf("Normalize(1,200kt) = %q, want it as 1200kt: %q", a, b)
	}
	for _, q := range []string{
		"was the trawler doing 14kt when it hit the reef?",
		"did the thieves take the 18kt gold chain?",
	} {
		if got, _ := knowledge.Normalize(q); strings.Contains(got, "tonnes") {
			t.Errorf("Normalize(%q) = %q, want no tonnes", q, got)
		}
	}
}

// andCompanyRE reads "and co" followed by any word as "and others", so a
// co-founder or a co-chair written as two words, as chat often does,
// is broken: "who is holm's ceo and co founder?" becomes "who is holm's
// ceo and others founder?", "who are the chair and co chair of the
// panel?" becomes "... the chair and others chair ...". "+ co" is the
// others only where nothing of its own follows it (the end, a
// punctuation mark, or a verb), not where "co" prefixes a noun.
func TestReview34AndCoBeforeANoun(t *testing.T) {
	for q, want := range map[string]string{
		"who is holm's ceo and co founder?":            "who is holm's ceo and co founder?",
		"who are the chair and co chair of the panel?": "who are the chair and co chair of the panel?",
	} {
		if got, _ := knowledge.Normalize(q); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", q, got, want)
		}
	}
}

// hyphened maps only the exact word the sources join ("ecolabel" for
// "eco-label"), so the question's plural or singular of it misses: where
// the sources write "Holm eco-labels were suspended", "how long was the
// holm ecolabel suspended" is declined with "No source mentions
// ecolabel"; where they write "the Holm eco-label", "ecolabels" is. An
// inflected form of the joined word is the same word. (Not answered
// before the round either: a variant the rule misses.)
func TestReview34JoinedWordInflected(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Republic, Holm]\n",
		"The labels. Holm eco-labels were suspended for 14 months in 2019.",
	)
	wantFirst(t, ix, "how long was the holm ecolabel suspended", "p1")
	ix = quietIndex(t, "holm: [Holm Republic, Holm]\n",
		"The label. The Holm eco-label was suspended for 14 months in 2019.",
	)
	wantFirst(t, ix, "how long were holm's ecolabels suspended", "p1")
}
