package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Finding (glossary.go head): a name's last words are its head only when
// the words before them say which one of that kind it is ("Lekki Deep Sea
// Port"). A modifier of rank or office makes the whole something else:
// the deputy prime minister is not the prime minister. head takes any
// words side by side, so a passage on the deputy prime minister counts as
// one on the prime minister, and "when did the prime minister resign?" is
// answered by the deputy's resignation, ahead of the passage on the prime
// minister's own (which came first before this round).
func TestReview55_DeputyIsNoPrimeMinister(t *testing.T) {
	ix := quietIndex(t, "pm: [prime minister, Anna Lind]\ndpm: [deputy prime minister, Ola Dahl]\n",
		"The cabinet. The deputy prime minister resigned in May over the harbour deal.",
		"The vote. The prime minister resigned in September after losing a confidence vote.",
	)
	wantFirst(t, ix, "When did the prime minister resign?", "p2")
}

// Finding (glossary.go head/sideBySide): a hyphenated word is split into
// words side by side, so in "non-oil revenue" the words "oil revenue"
// look like the compound's head, though "non-oil" is one modifier and
// non-oil revenue is exactly what is not oil revenue. A passage on
// non-oil revenue now counts as one on oil revenue and answers "what
// happened to oil revenue?" ahead of the passage on oil revenue itself.
func TestReview55_NonOilRevenueIsNoOilRevenue(t *testing.T) {
	ix := quietIndex(t, "oilrev: [oil revenue, oil revenues]\nnonoil: [non-oil revenue, non-oil revenues]\n",
		"The budget. Non-oil revenue rose 12% in 2023.",
		"The fields. Oil revenue fell 8% in 2023 as production at the northern fields slowed.",
	)
	wantFirst(t, ix, "What happened to oil revenue in 2023?", "p2")
}

// Finding (glossary.go head): the head rule is meant for a kind, a common
// noun ("deep-sea port", "salt flat"), but it takes any concept, a name
// too. Names are not head-final: Air New Zealand is an airline, not New
// Zealand (nor is Papua New Guinea New Guinea, nor Radio Free Europe
// Europe). The airline's job cuts now count as New Zealand's, and come
// ahead of the passage on the jobs New Zealand itself cut.
func TestReview55_AirNewZealandIsNoNewZealand(t *testing.T) {
	ix := quietIndex(t, "nz: [New Zealand]\nairnz: [Air New Zealand]\n",
		"The airline. Air New Zealand cut 400 jobs in 2020.",
		"The service. New Zealand cut 1,200 public-service jobs in 2020.",
	)
	wantFirst(t, ix, "How many jobs did New Zealand cut in 2020?", "p2")
}

// Finding (judge.go kindItem): the rule is meant for a list that only
// names what is asked of the thing before the dash ("rail loan — amount,
// length?"), but it drops kind words wherever they stand, also where they
// are the things offered as answers to "what did X cut". "What did Vik
// council cut — fees, tolls?" loses "fees", the one item left is no list,
// and the question is answered by a passage on a bus service, though no
// source mentions fees or tolls; put with "or" ("did Vik council cut fees
// or tolls?") it is declined as before.
func TestReview55_KindWordsOfferedAsAnswers(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik council, Vik]\n",
		"The budget. Vik council cut the night bus service by a third in 2023.",
		"The ferries. Vik sold two ferries in 2022.",
	)
	wantDeclined(t, ix, "did Vik council cut fees or tolls in 2023?", "No source mentions")
	wantDeclined(t, ix, "What did Vik council cut in 2023 — fees, tolls?", "No source mentions")
}

// Finding (judge.go kindItem): the kinds of answer are a fixed list
// (answerKindWords, valueKindWords, a quantity's word), which misses
// common measures a list after a dash asks of a thing: depth, capacity,
// height, area, duration, term. "Lekki port — depth, capacity?" is the
// same kind of question as "rail loan — amount, length?", but it is
// declined as offering two alternatives no source mentions, though the
// passage gives the port's depth and capacity.
func TestReview55_MeasuresMissedAsKinds(t *testing.T) {
	ix := quietIndex(t, "lekki: [Lekki Deep Sea Port, Lekki]\n",
		"The port. Lekki opened in 2023 with berths dredged to 16.5 metres, able to handle 1.2 million containers a year on its 90 hectares.",
		"The town. Lekki grew fast after 2015.",
	)
	wantFirst(t, ix, "Lekki port — depth, capacity?", "p1")
	wantFirst(t, ix, "Lekki port — capacity, area?", "p1")
}

// review55FiresIndex is a source with a passage on its author (about_source,
// hinted by "author" and "writer") who once worked for an insurer, and a
// passage that names another writer: the author of a report.
func review55FiresIndex(t *testing.T) *knowledge.Index {
	t.Helper()
	return madeUpSource(t, "insurers: [insurers, insurance companies]\nmira-holt: [Mira Holt, Holt]\n", "fires", "The fires and the insurers", 5, "author, writer, background, career",
		"The fires. The fires burned 300,000 hectares, and within weeks the insurers began to leave the province, selling fewer new policies.",
		"The report. A report commissioned by the insurers, written by the actuary Ola Dahl, found that the grid made the risk impossible to price.",
		"The verdict. The insurers are right to price the risk, but wrong to leave the province. A public pool would serve the province better than the insurers do.",
		"The grid. The grid operator, not the insurers, is to blame for the fires.",
		"Mira Holt is a senior fellow at a university in the north. She worked for an insurer before 2015.",
	)
}

// Finding (judge.go asksAuthorAsPerson, theAuthorRE): "the author of the
// insurers' report" is the report's author, not the piece's; theAuthorRE
// takes any "the author"/"the writer", so the question is read as one on
// the piece's author as a person, and the passage on Mira Holt (who once
// worked for an insurer) is put before the one that names the report's
// author.
func TestReview55_AuthorOfAReportIsNotThePiecesAuthor(t *testing.T) {
	ix := review55FiresIndex(t)
	wantFirst(t, ix, "Who is the author of the insurers' report?", "p2")
	wantFirst(t, ix, "Who was the writer of the report for the insurers?", "p2")
}

// Finding (judge.go authorSaysRE): what the writer says is told from what
// the writer is by a list of verbs of saying, which misses the verbs of
// judging a piece is asked about as often: favour, blame, side with, be
// against. "Does the writer favour a public pool over the insurers?" asks
// for the verdict, but the passage on the author's career (it has
// "insurer") is put first, ahead of the verdict that answers it (which
// came first before this round).
func TestReview55_WriterJudgingIsNoPerson(t *testing.T) {
	ix := review55FiresIndex(t)
	wantFirst(t, ix, "Does the writer favour a public pool over the insurers?", "p3")
	wantFirst(t, ix, "Does the writer blame the insurers for the fires?", "p4")
}

// review55FerriesIndex is a source with a passage on where it was first
// published (about_source), one with its verdict, and one on a report,
// published in April, whose leaker is not known.
func review55FerriesIndex(t *testing.T) *knowledge.Index {
	t.Helper()
	return madeUpSource(t, "riga: [Riga]\nherald: [Oslo Herald]\nreview: [Harbour Review]\nunion: [sailors' union]\n", "ferries", "Riga's ferries", 3, "publisher, published, first published, Harbour Review",
		"The ferries. There was talk among sailors about Riga selling its ferries, but the Harbour Board denied it.",
		"The verdict. The board is right to raise the fares, and this article sides with the board against the sailors' union.",
		"This article was first published by the Harbour Review on 2 May 2023.",
		"The fares. The ferry fares doubled between 2020 and 2023, and the board blames fuel.",
		"The leak. A report on the canal's safety was published in April; who leaked it to the Oslo Herald is not known.",
	)
}

// Finding (normalize.go pieceOutRE): "appear(s)" is taken as the piece
// appearing in print wherever it follows the piece, also in "appear(s)
// to", a verb of seeming: "does the article appear to side with the
// board?" is rewritten "the article published to side with the board" and
// answered by the passage on where the article was published instead of
// the verdict that says it does (before this round it was declined, with
// "appear" read as a word of the topic; now it is answered wrongly).
//
// Mended: "appear to" is no longer read as published, so the question is
// not answered by the passage on publication; it is declined, as before
// the round ("appear" is searched as a word of the topic). Reading "appear
// to" and "seem to" as hedges, so that the verdict answers it, is left.
func TestReview55_AppearToIsNoPublication(t *testing.T) {
	ix := review55FerriesIndex(t)
	if r := ix.Search("Does the article appear to side with the board?", knowledge.Options{}); len(r.Hits) > 0 && strings.HasSuffix(r.Hits[0].Passage.ID, "#p3") {
		t.Errorf("appear to: answered by the passage on publication, %v", hitIDs(r.Hits))
	}
}

// Finding (judge.go piecePublishedRE): it takes "the report" (not in the
// piece's nouns of publishedRE or pieceOutRE) and any of the nouns after
// "the" followed by "published", so a report the sources tell of, said to
// be published ("the report published in April"), is read as the piece
// itself, and "who leaked the report published in April?" is no longer
// asked as who put it about: it is answered by the passage that says no
// one knows who leaked it ("who leaked the canal report published in
// April?" is still declined).
func TestReview55_AReportPublishedIsNoPiece(t *testing.T) {
	ix := review55FerriesIndex(t)
	wantNotCovered(t, ix, "who leaked the canal report published in April?")
	wantNotCovered(t, ix, "who leaked the report published in April?")
}

// Finding (normalize.go pieceOutRE, publishedRE): the piece's being
// published is read from a short list of verbs ("come out", "appear",
// "run", "printed"); the equally common "go online", "be posted" and "be
// released" are missed, and "when did this article go online?", "where
// was this article posted?" and "when was this story released?" are
// declined as on nothing any source mentions, though the passage on
// where and when it was first published answers them as it answers "when
// did this story come out?".
func TestReview55_GoOnlineIsPublished(t *testing.T) {
	ix := review55FerriesIndex(t)
	wantFirst(t, ix, "when did this story come out?", "p3")
	wantFirst(t, ix, "when did this article go online?", "p3")
	wantFirst(t, ix, "where was this article posted?", "p3")
	wantFirst(t, ix, "when was this story released?", "p3")
}

// Found in the same reading, not written as a test by the reviewer: the
// source's author was matched as a substring, so a person the glossary
// lists whose name is the start of the author's ("Anna Lind" of "Anna
// Lindqvist") was read as the author. Whole words now.
func TestReview55_AuthorNamedByWholeWords(t *testing.T) {
	ix := frontMatterIndex(t, "anna-lind: [Anna Lind, Lind]\n", "port.md", `---
id: port
title: The port
author: Anna Lindqvist
publisher: Test Press
published: 2023-05-02
about_source: [3]
hints:
  3: [author, writer]
---
The port. The port handled 4 million tonnes in 2022.

Anna Lind is the harbour master at the port.

About this piece. It was written with help from Anna Lind for the harbour's members.

Fishing boats leave at dawn.

The lighthouse is closed in winter.
`)
	wantDeclined(t, ix, "who is the writer?", "no name")
}
