package knowledge_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// Review of round thirty-five (f9edd19..d960b1b). Each test below fails on
// the reviewed code; made-up sources only.

// nameListRE (judge.go) takes any two capitalised words joined by "and"
// for a list of names, so month names ("between January and March") make
// listsNames report that the firms are named, and "which two firms" is
// answered by a sentence that does not name them.
func TestReview35bGroupMonthsAsNames(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Republic of Holm]\ntarn: [Tarn]\n",
		"The list. Two Holm trading firms were added to the Tarn export list between January and March 2021.",
		"The tribunal. The five arbitrators ruled by 3 votes to 2 in March 2021.",
	)
	wantDeclined(t, ix, "which two holm trading firms got put on the tarn export list?", "do not say which")
}

// nameListRE (judge.go) needs each name to be followed directly by a
// comma or by " and": a name with a bracket after it ("Kessmouth Pelagic
// Ltd (of Holm) and Vik Shipping Ltd (of Tarn)"), which sources write
// often, breaks the list, and the firms the sentence names are declined.
func TestReview35bGroupNamesInBrackets(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Republic of Holm]\ntarn: [Tarn]\n",
		"The bids. Two firms, Kessmouth Pelagic Ltd (of Holm) and Vik Shipping Ltd (of Tarn), bid for the port in May 2021.",
		"The tribunal. The five arbitrators ruled by 3 votes to 2 in March 2021.",
	)
	wantFirst(t, ix, "which two firms bid for the port?", "p1")
}

// namesSuccessor (judge.go) accepts any succession sentence that names the
// person asked (containsAll(terms, persons)), though its comment says
// "someone other than the persons asked": the sentence telling of
// Lindgaard's own appointment ("Holm appointed Petra Lindgaard as quality
// director in 2015") is taken for who replaced her.
func TestReview35bSuccessorOwnAppointment(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The quality director. Holm appointed Petra Lindgaard as quality director in 2015. She was dismissed on 20 January 2021.",
		"The plant. Holm's plant at Brannock closed in March 2021.",
	)
	wantDeclined(t, ix, "who replaced lindgaard as quality director", "place")
}

// namesSuccessor (judge.go): where the question names no post ("who
// succeeded lindgaard?"), post is empty and
// !slices.ContainsFunc(post, ...) is vacuously true, so any sentence with
// a succession word and a full name passes: Kettridge sent as interim
// chief executive is taken for the quality director's successor.
func TestReview35bSuccessorNoPost(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"Resignations. The quality director, Petra Lindgaard, was dismissed on 20 January 2021. The group sent Sabine Kettridge to run Holm as interim chief executive.",
		"The plant. Holm's plant at Brannock closed in March 2021.",
	)
	wantDeclined(t, ix, "who succeeded lindgaard?", "place")
}

// The successor rule depends on how the question is typed: personsAsked
// finds "lindgaard" in lower case, but not "Lindgaard" written with its
// capital (as most people type a name), so "Who replaced Lindgaard as
// quality director?" skips the check and is answered by the sentence on
// the interim chief executive, which the lower-case question is declined
// for (TestRoundThirtyFiveSuccessor).
func TestReview35bSuccessorCapitalised(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"Resignations. Holm's chief executive, Gregor Aalund, resigned on 9 January 2021. The quality director, Petra Lindgaard, was dismissed on 20 January 2021, and the plant manager, Oskar Fenwright, left in April 2021. The group sent Sabine Kettridge to run Holm as interim chief executive.",
		"The regulator. Its deputy chief executive, Jonas Kerrow, resigned in March 2021; Ana Brun was appointed in his place in May 2021.",
	)
	wantDeclined(t, ix, "Who replaced Lindgaard as quality director?", "place")
	wantDeclined(t, ix, "WHO REPLACED LINDGAARD AS QUALITY DIRECTOR?", "place")
}

// The date-of-a-person rule (personsAsked/datedOf) likewise finds the
// person only in a lower-case question: "What date did Kettridge start as
// interim CEO?" is answered with Aalund's resignation date, which
// "what date did kettridge start ..." is declined for.
func TestReview35bDateOfPersonCapitalised(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The resignations. Holm's chief executive, Gregor Aalund, resigned on 9 January 2021 after seven years. The group sent Sabine Kettridge to run Holm as interim chief executive.",
		"The board. Holm's chair, Ivo Brand, joined the board in 2015. He took over as chair on 3 March 2019.",
	)
	wantDeclined(t, ix, "What date did Kettridge start as interim CEO?", "date")
	wantDeclined(t, ix, "WHAT DATE DID KETTRIDGE START AS INTERIM CEO?", "date")
}

// datedOf (judge.go) takes a sentence as going on from the one naming the
// person only when it opens with the pronoun (pronounOpenRE is anchored
// with ^): "On 3 March 2021 she took over" is not seen as hers, and the
// date the passage gives of Kettridge is declined.
func TestReview35bDatePronounMidSentence(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The interim chief. The group sent Sabine Kettridge to run Holm as interim chief executive. On 3 March 2021 she took over from the chair.",
		"The plant. Holm's plant at Brannock closed in 2021.",
	)
	wantFirst(t, ix, "what date did kettridge start as interim ceo?", "p1")
}

// Understand (understand.go) replaces every speechNounRE word in a
// question with a holder, not only the one asking for speech: "did anyone
// from holm comment on the financial statements?" becomes "... said on the
// financial said?", the topic is lost, and Holm's words on the recall
// answer it.
func TestReview35bSpeechNounEatsTopic(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The accounts. Holm's 2021 financial statements were restated in March 2022 after the auditor found errors.",
		"The recall. Holm's chief executive, Ola Berg, said the recall was regrettable.",
	)
	q := "did anyone from holm comment on the financial statements?"
	if got := ix.Understand(q).Text; !strings.Contains(got, "statements") {
		t.Errorf("Understand(%q).Text = %q: the topic 'statements' was rewritten", q, got)
	}
	wantNotCovered(t, ix, q)
}

// statedSumRE (judge.go) ends the stated figure with \b and nothing
// against a decimal or a thousands group after it: the stated "46m"
// erases the "46" of "USD 46.5 million" and of "USD 46,500,000" (leaving
// "USD .5 million", "USD ,500,000"), so Vik's spending, a different sum
// in the same passage, is declined; with "USD 12 million" it is answered.
func TestReview35bStatedSumDecimal(t *testing.T) {
	for _, vik := range []string{"USD 12 million", "USD 46.5 million", "USD 46,500,000"} {
		ix := quietIndex(t, "holm: [Holm, Kingdom of Holm]\nvik: [Vik, Republic of Vik]\n",
			"The arbitration. Holm began arbitration against Vik on 9 June 2021. Holm has budgeted USD 46 million for it; Vik is spending "+vik+" on it.",
			"The plant. Vik's plant at Brannock closed in 2021.",
		)
		wantFirst(t, ix, "holm budgeted 46m for the arbitration - what's vik spending on it?", "p1")
	}
}

// statedSumRE (judge.go) makes the unit optional and ignores the one
// stated: "46m" erases "USD 46 billion", a sum a thousand times larger,
// so Vik's spending in the same passage is declined.
func TestReview35bStatedSumUnit(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Kingdom of Holm]\nvik: [Vik, Republic of Vik]\n",
		"The arbitration. Holm began arbitration against Vik on 9 June 2021. Holm has budgeted USD 46 million for it; Vik is spending USD 46 billion on it.",
		"The plant. Vik's plant at Brannock closed in 2021.",
	)
	wantFirst(t, ix, "what's vik spending on the arbitration?", "p1")
	wantFirst(t, ix, "holm budgeted 46m for the arbitration - what's vik spending on it?", "p1")
}

// statedSumRE (judge.go) strips only a conversion in round brackets
// without nesting (\([^)]*\)): one in square brackets ("[EUR 42
// million]") stays a sum of its own, and the passage whose only sum is
// the stated one answers "what's vik spending?".
func TestReview35bStatedSumSquareBrackets(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Kingdom of Holm]\nvik: [Vik, Republic of Vik]\n",
		"The arbitration. Holm began arbitration against Vik on 9 June 2021. Holm has budgeted USD 46 million [EUR 42 million] for it.",
		"The plant. Vik's plant at Brannock closed in 2021.",
	)
	wantDeclined(t, ix, "holm budgeted 46m for the arbitration - what's vik spending on it?", "money")
}

// The new Money pattern in quantityRE (understand.go) takes "total" after
// any sum's noun, so "how many fines total in 2021?", a count, is read as
// asking a sum ("fines total"), while "how many fines in total" is a
// count.
func TestReview35bFinesTotalIsCount(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"Fines. Holm received four fines in 2021, totalling USD 12 million.",
	)
	for _, q := range []string{"how many fines total in 2021?", "how many fines in total did holm get?"} {
		if got := ix.Understand(q).Wants; got != knowledge.Count {
			t.Errorf("Understand(%q).Wants = %q, want %q", q, got, knowledge.Count)
		}
	}
}

// The pending check for every outcome and "did" question now reads
// namedSentence (judge.go) instead of aboutSentence: the sentence with the
// most names wins over the one on what is asked, so "did holm get the
// final tranche of the loan?" reads "Holm drew the first tranche" and is
// answered, though the sentence on the final tranche has it still
// undisbursed, awaiting a review (aboutSentence picks that sentence: it
// shares "final", "tranche", "loan", the other only "holm", "tranche").
func TestReview35bNamedSentenceTranche(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The loan. Holm drew the first tranche in March 2021. The final tranche of the loan is still undisbursed, awaiting a review due in June 2022.",
		"The plant. Holm's plant at Brannock closed in 2021.",
	)
	wantDeclined(t, ix, "did holm get the final tranche of the loan?", "still to come")
}

// Performance (not a failing test): statedSumRE (judge.go) calls
// regexp.MustCompile for each sum a money question states, on every
// Search; compiling is tens of microseconds and allocates, where a
// literal match or a cached pattern would do. givesNewSum, datedOf,
// listsNames and namesSuccessor also call SplitSentences and ix.Terms on
// each hit's text anew, where ix.Sentences(p) is cached.
func BenchmarkReview35bStatedSum(b *testing.B) {
	ix := knowledgeIndexForBench(b)
	b.ReportAllocs()
	for b.Loop() {
		ix.Search("holm budgeted 46m for the arbitration - what's vik spending on it?", knowledge.Options{})
	}
}

func knowledgeIndexForBench(b *testing.B) *knowledge.Index {
	b.Helper()
	body := strings.Join([]string{
		"The arbitration. Holm began arbitration against Vik on 9 June 2021. Holm has budgeted USD 46 million (EUR 42 million) for it.",
		"The spending. Vik is spending USD 12 million on the arbitration.",
		"Fishing boats leave at dawn.", "The lighthouse is closed in winter.",
	}, "\n\n")
	kb, err := knowledge.Load(fstest.MapFS{
		"made-up.md":    mapFile(validSource("made-up", body)),
		"glossary.yaml": mapFile("holm: [Holm, Kingdom of Holm]\nvik: [Vik, Republic of Vik]\n"),
	})
	if err != nil {
		b.Fatal(err)
	}
	return knowledge.NewIndex(kb)
}
