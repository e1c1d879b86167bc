package knowledge

import (
	"strings"
	"testing"
	"testing/fstest"
)

// Second reading of round 34 (e3355e2..733c133), on the robustness of its
// new code: what it indexes, and how it reads ordinary questions. Each test
// is an input the round's code now gets wrong. All sources are made up and
// published 2023-05-02. The file is internal (package knowledge) so that
// it can test the index-time helpers directly; r34bIndex and the r34bWant
// helpers do what quietIndex and wantFirst do for the external tests.

// r34bIndex indexes one made-up source of these paragraphs (and two on
// nothing the tests ask about), with a glossary when one is given.
func r34bIndex(t *testing.T, glossary string, paragraphs ...string) *Index {
	t.Helper()
	paragraphs = append(paragraphs, "Fishing boats leave at dawn.", "The lighthouse is closed in winter.")
	src := "---\nid: made-up\ntitle: A test source\nauthor: A. Writer\npublisher: Test Press\npublished: 2023-05-02\n---\n" +
		strings.Join(paragraphs, "\n\n") + "\n"
	fsys := fstest.MapFS{"made-up.md": &fstest.MapFile{Data: []byte(src)}}
	if glossary != "" {
		fsys["glossary.yaml"] = &fstest.MapFile{Data: []byte(glossary)}
	}
	kb, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(kb)
}

func r34bHitIDs(hits []Hit) []string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.Passage.ID)
	}
	return ids
}

// r34bWantFirst checks that a question is covered, with passage first
// (p1, p2, ...) cited first.
func r34bWantFirst(t *testing.T, ix *Index, q, first string) {
	t.Helper()
	r := ix.Search(q, Options{})
	if !r.Covered || len(r.Hits) == 0 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#"+first) {
		t.Errorf("%q: covered %v (%s) %v, want %s first", q, r.Covered, r.Reason, r34bHitIDs(r.Hits), first)
	}
}

// r34bWantDeclined checks that a question is not covered, for a reason
// that says why.
func r34bWantDeclined(t *testing.T, ix *Index, q, why string) {
	t.Helper()
	if r := ix.Search(q, Options{}); r.Covered || !strings.Contains(r.Reason, why) {
		t.Errorf("%q: covered %v (%s) by %v, want declined with %q", q, r.Covered, r.Reason, r34bHitIDs(r.Hits), why)
	}
}

// kilotonnesRE reads the figure before "kt" with a comma as a decimal
// point ("1,5 kt"), so "1,500kt", a thousands separator as English sources
// and analysts write it, becomes "1500 tonnes": a thousand times too
// small. Normalize("did vik export 1,500kt of ore?") gives "1500 tonnes";
// it should give 1,500,000 tonnes (a comma before three digits is no
// decimal point, as "1,500" alone is read everywhere else).
func TestReview34bKilotonnesWithThousandsSeparator(t *testing.T) {
	got, _ := Normalize("did vik export 1,500kt of ore?")
	if !strings.Contains(got, "1500000 tonnes") {
		t.Errorf("Normalize(%q) = %q, want 1500000 tonnes", "did vik export 1,500kt of ore?", got)
	}
}

// The clock loop now keeps a time of day after a digit and a hyphen, to
// spare a score ("3-2 PM vote"). But that is how chat writes a time range:
// "holm call moved to 2-4pm?" keeps "4pm" as a word searched for (a search
// of "is the holm call 2-4pm?" is declined with "No source mentions 2,
// 4pm"), where before the round the time was dropped as asking nothing. "4pm", lower case and glued to its
// figure, is a time, whatever comes before it; only "PM" apart, in
// capitals, can be the acronym.
func TestReview34bTimeRangeIsATime(t *testing.T) {
	for q, time := range map[string]string{"holm call moved to 2-4pm?": "4pm", "vik desk sync 10-11am tmrw": "11am"} {
		if got, _ := Normalize(q); strings.Contains(got, time) {
			t.Errorf("Normalize(%q) = %q, want %q dropped", q, got, time)
		}
	}
}

// "mo" was added as chat for "month", and lowerOnlyForms spares only "MO"
// in capitals; a capitalised first name is read as the short form. "what
// did Mo Tarn say?", where the sources name Mo Tarn, is searched as "what
// did month Tarn say?". The commit says "'mo' in lower case is a month":
// "Mo" with a capital (a name; no one writes "Mo" for month mid-sentence)
// should be kept.
func TestReview34bCapitalisedMoIsAName(t *testing.T) {
	ix := r34bIndex(t, "holm: [Holm Mining, Holm]\n",
		"Staff. Mo Tarn, Holm's chief, said profits rose.",
	)
	if q := ix.Understand("what did Mo Tarn say?"); !strings.Contains(q.Text, "Mo Tarn") {
		t.Errorf("Understand(%q).Text = %q, want Mo Tarn kept", "what did Mo Tarn say?", q.Text)
	}
}

// ownSigns now makes any glossary concept with an alias of three capitals
// that the sources write twice before a figure a currency, whatever it
// is: nothing checks that the concept is a currency. The standards body
// "ISO" of "ISO 27001" and "ISO 9001" becomes the currency
// "standardization", so "Holm got ISO 27001 certification" gives a sum:
// "how much did holm's iso certification cost?" is answered by a passage
// with no sum at all, where before the round it was declined. (The
// glossary's "SDG" with "SDG 7", "SDG 13" goes the same way.) Only a
// concept that a word of its aliases names as a currency, or whose code
// the sources write with a magnitude ("VDT 46 million"), should be one.
func TestReview34bStandardNumberIsNoSum(t *testing.T) {
	ix := r34bIndex(t, "holm: [Holm]\niso: [International Organization for Standardization, ISO]\n",
		"Standards. Holm got ISO 27001 certification in 2021 and ISO 9001 in 2022.",
		"Costs. Operating costs at the smelter rose to EUR 40 million in 2022.",
	)
	if ix.hasQuantity(&Passage{Text: "Holm got ISO 27001 certification in 2021."}, Money) {
		t.Errorf("ISO 27001 read as a sum (ownSigns %v)", ix.ownSigns)
	}
	r34bWantDeclined(t, ix, "how much did holm's iso certification cost?", "amount of money")
}

// countedAfterRE takes the last word of the question as the count's verb
// when the words after the verb are not in its short list of prepositions:
// "how many people does holm employ worldwide?" gives "worldwide" (so does
// "locally", "globally", "overseas"). Where the sources have that word
// elsewhere, the passage that gives Holm's head count is required to have
// it, and the question is declined with "The sources give no figure for
// this", though it was answered before the round. The verb is "employ";
// an adverb after it should not be read as the verb.
func TestReview34bCountedVerbIsNoAdverb(t *testing.T) {
	ix := r34bIndex(t, "holm: [Holm Mining, Holm]\ntarn: [Tarn]\n",
		"Staff. Holm Mining employs 4,000 people.",
		"Trade. Tarn sells its ore worldwide.",
	)
	if v, _ := countedAfter("how many people does holm employ worldwide?"); v != "employ" {
		t.Errorf("countedAfter = %q, want employ", v)
	}
	r34bWantFirst(t, ix, "how many people does holm employ worldwide?", "p1")
}

// figuresRevisedRE was added to askedOtherwise for counts, to spare "have
// they refreshed the numbers". But askedOtherwise drops the count for any
// question with the phrase, so "how many times has holm updated its
// figures?", which asks a count, wants none, and a passage that gives no
// count ("Holm updated its figures in March") is cited as the answer,
// where before the round it was declined with "The sources give no figure
// for this" (in a smaller corpus it is declined, but with "The sources do
// not say which times"). A "how many" question asks a count whatever it
// counts.
func TestReview34bHowManyTimesFiguresUpdated(t *testing.T) {
	ix := r34bIndex(t, "holm: [Holm Mining, Holm]\nvik: [Vik]\nlund: [Lund Party, Lund]\n",
		"Bridge. The new bridge cost EUR 40 million to build.",
		"Fees. Vik paid Holm a fee of EUR 4m a year from 2019 to 2022.",
		"Tarn. Tarn joined the scheme in 2021 and sells its ore worldwide.",
		"Staff. Holm Mining employs 4,000 people.",
		"Election. The Lund Party won 41 seats in the 2022 election. It hopes to win more next time.",
		"Figures. Holm updated its figures in March.",
	)
	r34bWantDeclined(t, ix, "how many times has holm updated its figures?", "The sources give no figure")
}

// chairAskedRE reads "who presides over" (and "who chairs") as a question
// after a chair, and chairRE then requires "chair" or "president" in the
// passage. But who presides over a parliament is its speaker: "who
// presides over the vik parliament?", where "The Vik parliament is led by
// its speaker, Ada Tarn", is declined with "The sources give no name for
// this", though "who is the speaker of the vik parliament?" is answered
// by the same passage, and both were answered before the round. The
// speaker (and a body's other presiding titles: "convenor", "presiding
// judge") should answer a question on who presides or chairs.
func TestReview34bPresidingSpeaker(t *testing.T) {
	ix := r34bIndex(t, "vik: [Vik]\n",
		"Parliament. The Vik parliament is led by its speaker, Ada Tarn, elected in 2021.",
		"Ports. Vik's port minister, Bo Lund, opened the quay in March.",
	)
	r34bWantFirst(t, ix, "who is the speaker of the vik parliament?", "p1") // passes
	r34bWantFirst(t, ix, "who presides over the vik parliament?", "p1")
}

// officeWords makes "expense" and "expenses" office chatter whenever no
// source has the word and the question names no name. But "operating
// expenses" is analysis, not the office's paperwork: "what were operating
// expenses at the smelter in 2022?", where "Operating costs at the smelter
// rose to EUR 40 million in 2022", is declined with "No source mentions
// expenses", though it was answered before the round. A word that
// analysis uses for a company's costs should not be in the list (or the
// rule should need the office's context: "my", "team", a day of the week).
func TestReview34bOperatingExpensesAreNoOfficeChatter(t *testing.T) {
	ix := r34bIndex(t, "",
		"Costs. Operating costs at the smelter rose to EUR 40 million in 2022.",
		"Power. The smelter uses a tenth of the region's power.",
	)
	r34bWantFirst(t, ix, "what were operating expenses at the smelter in 2022?", "p1")
}

// roleClosing rejects a last word ending in "s" as a plural ("vik crews"),
// so "boss", a role word in the singular, never closes a keyword question
// on a role. "tarn fisheries chief" is declined where the sources name
// only Vik's fisheries chief, as the round intends, but "tarn fisheries
// boss", the same question in the words chat uses most, is answered with
// Vik's. The plural test should ask for a plural (the lexicon's base form),
// not a final "s".
func TestReview34bBossIsSingular(t *testing.T) {
	if !roleClosing("tarn fisheries boss") {
		t.Errorf("roleClosing(%q) = false, want true", "tarn fisheries boss")
	}
	ix := r34bIndex(t, "vik: [Vik]\ntarn: [Tarn]\n",
		"Fisheries. Vik's fisheries boss, Ada Lund, met Tarn trawler crews in March.",
	)
	for _, q := range []string{"tarn fisheries chief", "tarn fisheries boss"} {
		if r := ix.Search(q, Options{}); r.Covered {
			t.Errorf("%q: covered by %v, want declined as the sources name only Vik's", q, r34bHitIDs(r.Hits))
		}
	}
}

// nameClosingRE makes every keyword question that closes on "name" ask
// for a person by name. "holm dam project name" asks the project's name,
// which the sources give ("Holm's new dam project is named Northgate"),
// but it is declined with "The sources give no name for this", as no
// person is named; it was answered before the round. "name" closes a
// question on a role's holder only after a role's word ("tarn fisheries
// minister name").
func TestReview34bNameOfAThingIsNoPerson(t *testing.T) {
	if roleClosing("holm dam project name") {
		t.Errorf("roleClosing(%q) = true, want false: no role is named", "holm dam project name")
	}
	ix := r34bIndex(t, "holm: [Holm]\n",
		"Names. Holm's new dam project is named Northgate.",
	)
	r34bWantFirst(t, ix, "holm dam project name", "p1")
}

// Two of the round's new Money patterns read a wh-question as asking a sum
// where it asks what or why: "what is holm investing in?" (the spending
// pattern: "investing" after "what is X") asks the things invested in,
// and "what was the reason for the fine?" (the fine pattern, whose three
// free words take "reason for the") asks why. Both are declined with "The
// sources give no amount of money for this" by passages that answer them;
// both were answered before the round. A question whose verb or noun is
// followed by "in"/"on" closing it, or whose noun of a sum is the object
// of "reason", "purpose", "basis", asks no sum.
func TestReview34bWhatIsAskedIsNoSum(t *testing.T) {
	ix := r34bIndex(t, "holm: [Holm Mining, Holm]\nvik: [Vik]\nlund: [Lund]\n",
		"Investment. Holm is investing in two solar farms and a battery plant in Vik.",
		"Fines. The fine was imposed because Lund breached safety rules at two mines.",
	)
	r34bWantFirst(t, ix, "what is holm investing in?", "p1")
	r34bWantFirst(t, ix, "what was the reason for the fine?", "p2")
}

// The round added bare words to the first Money pattern: "incomes?"
// anywhere, and "lose|lost|losing" after "how much did". So "how did
// income inequality change in vik?" asks a sum, and "how much did the holm
// party lose in the 2022 election?" (seats, votes) does too; both are
// declined with "The sources give no amount of money for this" by the
// passage that answers them, where before the round they were answered.
// "income" before another noun ("income inequality", "income groups")
// names no sum, and a loss is money only where the question or the
// passage says so.
func TestReview34bIncomeAndLossAreNotAlwaysSums(t *testing.T) {
	ix := r34bIndex(t, "holm: [Holm Party, Holm]\nvik: [Vik]\n",
		"Inequality. Income inequality in Vik fell in 2022 as wages at the bottom rose fastest.",
		"Election. The Holm Party lost 12 seats in the 2022 election.",
	)
	r34bWantFirst(t, ix, "how did income inequality change in vik?", "p1")
	r34bWantFirst(t, ix, "how much did the holm party lose in the 2022 election?", "p2")
}

// sumOnAsked's new year rule dates a sum by the sentence before when its
// own sentence has no year it reads. But the sentence before may date
// something else ("Holm was founded in 1990"), and yearsIn skips the
// year of "in fiscal 2022" and reads none in "last year". So "holm
// revenue 2022", where "Holm was founded in 1990. Its revenue in fiscal
// 2022 was EUR 40 million", is declined with "The sources give no amount
// of money for this" (so is the same with "... was EUR 40 million last
// year" in a source of 2023); both were answered before the round. A year
// from the sentence before should not override a sentence that dates its
// sum itself, and a year that opens a story is no date of a sum in the
// next sentence.
func TestReview34bSumDatedByTheSentenceBefore(t *testing.T) {
	ix := r34bIndex(t, "holm: [Holm]\n",
		"Revenue. Holm was founded in 1990. Its revenue in fiscal 2022 was EUR 40 million.",
	)
	r34bWantFirst(t, ix, "holm revenue 2022", "p1")
	ix = r34bIndex(t, "holm: [Holm]\n",
		"Revenue. Holm was founded in 1990. Its revenue was EUR 40 million last year.",
	)
	r34bWantFirst(t, ix, "holm revenue 2022", "p1")
}

// roundedFigures is documented to find "46.2 million" for a question's
// "46000000" (~46m), but no question and no source gives such a stem: the
// question's "~46m" is normalised to "46 million" (stem "46") and the
// sources' "46.2 million" is not indexed as 46200000 either (the index's
// figures of five digits hold only 14300 here), so it works only for
// thousands ("~14k": 14,300). "did vik export ~46m tonnes of ore?", where
// "Vik exported 46.2 million tonnes", is declined with "No source
// mentions 46", while "~14k" finds 14,300. A round figure in millions
// should find the sources' figure it rounds, as the comment says.
func TestReview34bRoundedMillions(t *testing.T) {
	ix := r34bIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"Exports. Vik exported 46.2 million tonnes of ore in 2022.",
		"Shipping. Holm shipped 14,300 tonnes of ore in 2022.",
	)
	r34bWantFirst(t, ix, "did holm ship ~14k tonnes of ore?", "p2") // passes: thousands work
	r34bWantFirst(t, ix, "did vik export ~46m tonnes of ore?", "p1")
}

// hyphenedRE is `\b\p{L}{2,}-\p{L}{2,}\b`, and Go's \b is ASCII only. So a
// word that opens with a letter outside ASCII is cut: "the Åvik-Tarn
// ferry" records "viktarn" for "vik-tarn" and never "åviktarn"; and a
// chain of hyphens is recorded in pairs: "up-to-date" gives "upto" and
// "state-of-the-art" gives "stateof" and "theart" (garbage a typo may be
// "corrected" into), never "uptodate" or "stateoftheart". "is holm's
// register uptodate?" is declined with "No source mentions uptodate" where
// the sources write "an up-to-date register". The whole hyphened word
// should be recorded, by its letters, whatever they are.
func TestReview34bHyphenedWordsAtUnicodeAndChains(t *testing.T) {
	m := addHyphened(nil, "The Åvik-Tarn ferry, an up-to-date register and a state-of-the-art plant.")
	for _, want := range []string{"åvik-tarn", "up-to-date", "state-of-the-art"} {
		if joined := strings.ReplaceAll(want, "-", ""); m[joined] != want {
			t.Errorf("addHyphened: %q = %q, want %q (all: %v)", joined, m[joined], want, m)
		}
	}
	for _, junk := range []string{"viktarn", "upto", "theart"} {
		if _, ok := m[junk]; ok {
			t.Errorf("addHyphened recorded the fragment %q: %v", junk, m)
		}
	}
	ix := r34bIndex(t, "holm: [Holm]\n",
		"Register. Holm keeps an up-to-date register of its ships.",
	)
	r34bWantFirst(t, ix, "is holm's register uptodate?", "p1")
}
