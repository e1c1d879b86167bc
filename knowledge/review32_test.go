package knowledge_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Second reading of round 32. Each test is a question an analyst would
// ask, or a sentence a source would write, that the round's rules now get
// wrong. All sources are made up; they are published 2023-05-02.

// review32Published is the date validSource gives every test source.
var review32Published = knowledge.Date{Year: 2023, Month: 5, Day: 2}

// firstWhen returns the first date FindWhen finds in a sentence of a
// source published on review32Published, as ISO, or "" for none.
func firstWhen(sentence string) string {
	ws := knowledge.FindWhen(sentence, review32Published)
	if len(ws) == 0 {
		return ""
	}
	return ws[0].Date.ISO()
}

// whenOf returns the date FindWhen gives for the match whose text holds
// part, as ISO, or "" for none.
func whenOf(sentence, part string) string {
	for _, w := range knowledge.FindWhen(sentence, review32Published) {
		if strings.Contains(w.Text, part) {
			return w.Date.ISO()
		}
	}
	return ""
}

// Rule 7 (possibleRE): "due to" is a cause, not a plan, and "under plans
// to" names the plan the done thing was part of. Both now make countsIn
// drop the sentence's only clause, so a past count the sources give
// outright is declined ("The sources give no figure for this"). Before
// the round, modalRE had neither phrase and both were answered.
func TestReview32DueToAndUnderPlansToAreNoModal(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Shipping, Vik]\ntarn: [Tarn Trust, Tarn]\n",
		"The cuts. Vik Shipping laid off 450 dockers in 2022 due to the port closure.",
		"The savings. Tarn Trust closed 14 branches in 2021 under plans to save USD 2m.",
	)
	wantFirst(t, ix, "how many dockers did vik lay off?", "p1")
	wantFirst(t, ix, "how many branches did tarn close?", "p2")
}

// Rule 7 (withoutModalClauses): a figure set off by a comma from the
// modal clause it belongs to ("will cut 300 jobs next year, 120 of them
// welders") is kept as if it told what was done, so a plan answers a past
// count. Before the round the sentence's "will" kept it out.
func TestReview32AppositiveOfAPlanIsNoCountOfThePast(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Line, Holm]\n",
		"The plan. Holm Line will cut 300 jobs next year, 120 of them welders in Riga.",
		"The yard. Holm Line's Riga yard builds ferries for the Baltic routes.",
	)
	wantNotCovered(t, ix, "how many welders did holm line lay off in riga?")
}

// Rule 4 (compoundAt): "quite a" is in the lexicon, so "quite" is kept
// before "a" in every passage, and its stem is "quit". A passage calling
// a loan "quite a coup" then answers "did anyone quit vik's board?" ahead
// of the passage on the finance chief who resigned.
func TestReview32QuiteAIsNoCompound(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Shipping, Vik]\nholm: [Holm Bank, Holm]\n",
		"The loan. Holm Bank's loan to Vik Shipping was quite a coup.",
		"The board. Vik Shipping's finance chief resigned from its board in March.",
	)
	if terms := ix.Terms("Holm Bank's loan to Vik Shipping was quite a coup."); slices.Contains(terms, "quit") {
		t.Errorf("\"quite a coup\" indexed as %v: \"quite\" is a term, stemmed to \"quit\"", terms)
	}
	wantFirst(t, ix, "did anyone quit vik's board?", "p2")
	wantFirst(t, ix, "who quit vik?", "p2")
}

// Rule 4 (compoundAt): only the nine particles of isParticle mark a
// phrasal verb, so "get around", "get through", "get to", "get by" (all
// in the lexicon) are taken for compounds and "get" is kept, in questions
// and passages alike, against the doc's "not the verb of a phrasal verb".
// "how did vik get around the ban?" now ranks the passage where tankers
// "will get through the winter" above the one on how the ban was evaded.
func TestReview32PhrasalVerbWithAnAdverbIsNoCompound(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Shipping, Vik]\n",
		"The ban. Vik Shipping evaded the export ban by reflagging its tankers in Tarn.",
		"The winter. Vik Shipping says its tankers will get through the winter despite the ban.",
	)
	wantFirst(t, ix, "how did vik get around the ban?", "p1")
}

// Rule 3 (desk shorthand): the new short forms are expanded before names
// are read, so a glossary name with the same letters, typed in lower case
// as analysts type acronyms, is lost: "mkt" becomes "market" though the
// glossary has MKT, and the passage on a freight market answers first.
func TestReview32ShorthandDoesNotHideAGlossaryAcronym(t *testing.T) {
	ix := quietIndex(t, "mkt: [Marsk Kabel Tarn, MKT]\nbps: [Baltic Port Services, BPS]\nvik: [Vik Shipping, Vik]\n",
		"The cable. MKT laid 300 km of cable for Vik Shipping.",
		"The market. The freight market fell 8% in 2022.",
		"The terminal. BPS handled 40,000 containers at the Tarn terminal in 2022.",
	)
	wantFirst(t, ix, "what did mkt do for vik?", "p1")
	wantFirst(t, ix, "what does mkt do?", "p1")
	if r := ix.Search("who runs the tarn terminal, bps?", knowledge.Options{}); strings.Contains(r.Text, "basis points") {
		t.Errorf("%q read as %q: BPS is the glossary's name", "who runs the tarn terminal, bps?", r.Text)
	}
}

// Rule 1 (toldAhead): simplePast runs over the whole clause (the clause
// was split at semicolons only), so any past form anywhere in it makes a
// date told as still to come its last occurrence: a reporting verb tacked
// on the end ("a spokesman said"), a participle ("the lease, signed in
// 2019, expires on 31 March"), a relative clause ("the talks, which began
// in October, will resume in November"). The timeline places the signing
// in the past and "did the 19 mar signing go thru?" is answered, where
// the same sentence without "a spokesman said" is told the sources cannot
// say.
func TestReview32ReportingVerbKeepsADateAhead(t *testing.T) {
	if got := firstWhen("Holm will sign the lease on 19 March, a spokesman said."); got != "2024-03-19" {
		t.Errorf("\"will sign ... on 19 March, a spokesman said\": %s, want 2024-03-19", got)
	}
	if got := whenOf("The lease, signed in 2019, expires on 31 March.", "March"); got != "2024-03-31" {
		t.Errorf("\"The lease, signed in 2019, expires on 31 March\": %s, want 2024-03-31", got)
	}
	if got := whenOf("The talks, which began in October, will resume in November.", "November"); got != "2023-11" {
		t.Errorf("\"which began in October, will resume in November\": %s, want 2023-11", got)
	}
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\n",
		"The meeting. Holm Bank has called a meeting in Riga on 19 March to sign the port lease, a spokesman said.",
		"The vote. The port council approved the quay plan on 19 April.",
	)
	q := "did the 19 mar signing go thru?"
	if r := ix.Search(q, knowledge.Options{}); r.Covered || r.Pending == "" {
		t.Errorf("%q: covered %v (%s), pending %q", q, r.Covered, r.Reason, r.Pending)
	}
}

// Rule 1 (sinceRE): "at the end of March" is found by bareMonthRE as "of
// March", and sinceRE's "of" vetoes the next occurrence, though
// toldAheadRE lists "expires ... at the end of" itself. The board that
// meets at the end of February is placed in the past and what it decided
// is answered.
func TestReview32AtTheEndOfAMonthToCome(t *testing.T) {
	if got := firstWhen("The offer expires at the end of March."); got != "2024-03" {
		t.Errorf("\"expires at the end of March\": %s, want 2024-03", got)
	}
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\n",
		"The board. The Holm board meets to decide at the end of February.",
		"The vote. The port council approved the quay plan on 19 April.",
	)
	q := "what did the holm board decide at the end of feb?"
	if r := ix.Search(q, knowledge.Options{}); r.Covered || r.Pending == "" {
		t.Errorf("%q: covered %v (%s), pending %q", q, r.Covered, r.Reason, r.Pending)
	}
}

// Rule 5 (yearUngiven, names only): a sentence must name every name to be
// "on" the question, so the year given in the next sentence by a pronoun
// ("the USD 2m it gave in 2020") is not seen, and the question is declined
// for 2021's figure, though the passage gives 2020's.
func TestReview32YearGivenInASentenceThatRefersBack(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\ntarn: [Tarn Trust, Tarn]\n",
		"The grants. In 2021 Holm Bank gave Tarn Trust USD 1.2m. That was down from the USD 2m it gave in 2020.",
		"The branch. Holm Bank opened a branch in Riga in 2019.",
	)
	wantFirst(t, ix, "how much did tarn get from holm in 2020?", "p1")
}

// Rule 6 (ownCurrencyRE): any glossary entry with an alias ending in a
// currency's word is taken for a currency, so a person whose given name
// ends in "-won" ("Park Seo-won") makes "Park" a currency sign, and "In
// 2021 Park joined" is a sum: "how much does holm pay park?" is answered.
func TestReview32PersonNamedWonIsNoCurrency(t *testing.T) {
	ix := quietIndex(t, "park: [Park Seo-won, Park]\nholm: [Holm Bank, Holm]\n",
		"The hire. In 2021 Park joined Holm Bank as its chief economist.",
		"The staff. Holm Bank employs 300 people in Riga.",
	)
	wantNotCovered(t, ix, "how much does holm pay park?")
}

// Rule 6: ownMoney is consulted by hasQuantity only. The earnings check
// (moneyRE and earningsRE) and the currency a question asks in
// (currencyAsked, givesSumIn) still read moneyRE alone, so a wage in the
// glossary's code is "no amount of money", and a sum in NVK is "no sum
// in kroner" though the glossary says NVK is Norvalian kroner.
func TestReview32GlossaryCurrencyBeyondHasQuantity(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\nvikland: [Vikland]\nnorvalian-kroner: [Norvalian kroner, NVK]\n",
		"The pay. A welder at Holm Bank's Vikland shipyard earns NVK 40,000 a month.",
		"The grant. Holm Bank received NVK 1.2m from the Vikland treasury.",
		"The staff. Holm Bank employs 300 welders in Vikland.",
	)
	wantFirst(t, ix, "how much does a welder at holm's vikland shipyard earn?", "p1")
	wantFirst(t, ix, "how much did holm get from the vikland treasury in kroner?", "p2")
}

// Rule 7 (monthMayRE): "last may", "this may" (and "on 3 may") are the
// month as surely as "in may", but the pattern lists neither, so "may"
// stays a modal, the count is not of the past, and a figure of what could
// be answers it.
func TestReview32LastMayIsTheMonth(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Line, Holm]\n",
		"The fleet. Holm Line could buy four more tankers.",
		"The yard. Holm Line's Riga yard builds ferries for the Baltic routes.",
	)
	wantNotCovered(t, ix, "how many tankers did holm line buy in may?") // passes
	wantNotCovered(t, ix, "how many tankers did holm line buy last may?")
}

// Rule 7 (goesOnRE): `\p{L}+ing` takes any word ending in "ing" for a
// participle going on from a modal clause, "during" among them; a count
// of what was done after a semicolon is dropped.
func TestReview32DuringIsNoParticiple(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarn Trust, Tarn]\n",
		"The hires. Tarn Trust may add staff next year; during 2022 it hired 35 surveyors.",
		"The office. Tarn Trust's office is in Riga.",
	)
	wantFirst(t, ix, "how many surveyors did tarn hire in 2022?", "p1")
}

// Rule 7 (irregularPlurals): the list is closed, so the many plurals in
// "-men" it leaves out ("seamen", "salesmen", "militiamen", "craftsmen",
// "spokeswomen") are still read as a verb's past after what is counted;
// countedVerb then takes "seamen" for the verb, finds it, and a count of
// seamen who drowned is answered by how many seamen there are, where the
// same question of children is declined.
func TestReview32PluralsInMen(t *testing.T) {
	ix := quietIndex(t, "vikland: [Vikland]\n",
		"The crews. Vikland has 2,000 seamen and 3,000 children in its port towns.",
		"The storm. A storm hit the Vikland coast in March.",
	)
	wantNotCovered(t, ix, "how many vikland children drowned in the storm?") // passes
	wantNotCovered(t, ix, "how many vikland seamen drowned in the storm?")
}

// Rule 1 (toldAheadRE): its last branch takes "in January to March", a
// span, for a month followed by an infinitive ("on 19 March to sign"), so
// a quarter already past is moved to next year.
func TestReview32MonthSpanIsNoInfinitive(t *testing.T) {
	if got := firstWhen("Exports in January to March are up 12% on a year earlier."); got != "2023-01" {
		t.Errorf("\"Exports in January to March are up\": %s, want 2023-01", got)
	}
}

// Rule 1 (scheduledRE/nounUseRE): a plural noun among the schedule verbs
// ("reports", "rules", "votes") without a determiner before it is read as
// a body's present, so "Press reports in March suggest ..." dates the
// reports to next March.
func TestReview32ReportsTheNounWithoutADeterminer(t *testing.T) {
	if got := firstWhen("Press reports in March suggest that Holm is for sale."); got != "2023-03" {
		t.Errorf("\"Press reports in March suggest\": %s, want 2023-03", got)
	}
}
