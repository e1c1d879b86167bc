package knowledge_test

// Review of round forty-two (57e11d7..35ecbb7): "how long" asked of people
// or of a state that lasts (lastsAsked, lastingRE); a clause that says
// someone declined to comment on whether or on how many (commentedRE,
// whetherKeptRE, and countKeptRE's "how many|how much"); the author's view
// asked by what an author calls (authorsCallRE) or by a word for the
// author anywhere (authorNounRE), and ownVoiceFirst's share of the whole
// question; the odds a passage gives in its own words (oddsGiven,
// oddsNouns); and figures a question is about rather than after
// (figuresAsTopicRE). Each test is a question an analyst would plausibly
// type that the new rules answered wrongly, declined wrongly or misread
// ("Wrong:" says how they did, "Right:" what they do since the mend that
// landed with these tests). Every source here is made up.

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// ---------------------------------------------------------------------
// declined to comment (commentedRE, withheld's kept)
// ---------------------------------------------------------------------

// Wrong: kept() keeps a number back from any question but one on a date
// or a name, so "declined to comment on how many contracts were
// cancelled" declines a why-question the same sentence answers ("after the
// listeria recall"). Right: a count kept back only declines a question
// that asks the count; the why is answered from p1.
func TestReview42_CountKeptFromWhyQuestion(t *testing.T) {
	ix := quietIndex(t, "",
		"The suppliers. Ostrel Farms declined to comment on how many of its dairy contracts were cancelled after the listeria recall.",
		"The plant. Hallam Foods opened its first line at Corvey Bay in 2023 and employs 900 people there.",
	)
	wantFirst(t, ix, "why were ostrel's dairy contracts cancelled?", "p1")
}

// Wrong: a yes-or-no question is declined as withheld by "declined to
// comment on whether it would build the treatment plant" though the
// sentence's own relative clause answers it ("which the Corvey council
// approved in May"). Right: what the whether-clause keeps back is Hallam's
// building, not the council's approval; the question is answered from p1.
func TestReview42_WhetherClauseHidesWhatItsSentenceSays(t *testing.T) {
	ix := quietIndex(t, "",
		"The water. Hallam Foods declined to comment on whether it would build the treatment plant, which the Corvey council approved in May.",
		"The plant. Hallam Foods opened its first line at Corvey Bay in 2023 and employs 900 people there.",
	)
	wantFirst(t, ix, "did the corvey council approve the treatment plant?", "p1")
}

// Wrong: for a question on a sum (Money, Share, "how much") kept() is true
// whatever the comment clause names, so "declined to comment on which of
// its wind farms would be sold" keeps back the sale's proceeds, which the
// same sentence gives (EUR 200 million). The commentedRE doc says it keeps
// back "only what the clause asks itself". Right: answered from p1.
func TestReview42_CommentOnWhichKeepsBackNoSum(t *testing.T) {
	ix := quietIndex(t, "",
		"The sale. Brisk Energy declined to comment on which of its wind farms would be sold, but said the sale would raise EUR 200 million.",
		"The plant. Hallam Foods opened its first line at Corvey Bay in 2023 and employs 900 people there.",
	)
	wantFirst(t, ix, "how much will brisk raise from the wind farm sale?", "p1")
}

// Wrong (missed): commentedRE knows only "declined/refused to comment on"
// and "did/has not comment(ed) on"; the common "has yet to comment on
// whether", "would not be drawn on whether" and "declined to comment
// publicly on whether" are not read, and each yes-or-no question is
// answered with the sentence that says it was not said. Right: declined
// as not made public, like "declined to comment on whether".
func TestReview42_OtherNoCommentPhrasings(t *testing.T) {
	ix := quietIndex(t, "",
		"The line. Hallam Foods has yet to comment on whether it will close the Dunwick line.",
		"The jobs. Hallam would not be drawn on whether it would cut jobs at its Corvey Bay plant.",
		"The deal. Tolvik Steel declined to comment publicly on whether it would bid for Ossery Metals.",
	)
	for _, q := range []string{
		"will hallam close the dunwick line?",
		"will hallam cut jobs at corvey bay?",
		"will tolvik bid for ossery metals?",
	} {
		wantDeclined(t, ix, q, "not been made public or is not known")
	}
}

// ---------------------------------------------------------------------
// the author's view (authorNounRE, authorsCallRE, ownVoiceFirst)
// ---------------------------------------------------------------------

// Wrong: authorNounRE takes "author"/"writer" anywhere in a question for
// the piece's author, so the authors of a study the piece reports, or
// striking screen writers, have the piece author's first-person passage
// put first. Right: those questions are about the study's authors and the
// writers' demands; their own passages (p1) come first.
func TestReview42_OtherAuthorsAndWritersAreNotTheAuthor(t *testing.T) {
	ix := quillIndex(t, `The study. The authors of a Velden Institute study conclude that the second terminal will add 900 jobs to the harbour district by 2030.

My assessment. I think the Velden Institute study is far too hopeful about the second terminal and its jobs.

The bid. Trask Lines has offered EUR 400 million for a 30-year concession on the second terminal.`)
	wantFirst(t, ix, "what do the study authors conclude about the terminal?", "p1")

	ix = quillIndex(t, `The strike. Screen writers in Velden have been on strike since March. The writers want a 12% pay rise and a share of streaming income, the Velden Writers Guild says.

The study. The authors of a Velden Institute study expect the second terminal to add 900 jobs to the harbour district by 2030.

My assessment. I think the writers' demands are fair, and I doubt the terminal will add anything like 900 jobs to the harbour district.

The bid. Trask Lines has offered EUR 400 million for a 30-year concession on the second terminal.`)
	wantFirst(t, ix, "what do the writers want?", "p1")
}

// Wrong: ownVoiceFirst's share of the whole question counts the words
// that ask for the author's view ("author", found only in the bio's
// hints, and "verdict", which no source has), which a first-person passage
// never has; so "the author's verdict on the terminal plan" is no longer
// given the author's judgement (p3) but the "About the author" bio (p4),
// where it was declined before. Right: p3, where the author judges the
// plan, first.
func TestReview42_AuthorsVerdictAnsweredByTheBio(t *testing.T) {
	ix := quillIndex(t, `The plan. The Velden council approved the terminal plan in March 2023, and the council says the terminal plan will bring 900 jobs to the harbour district.

The bid. Trask Lines has offered EUR 400 million for a 30-year concession on the terminal, and says the terminal will pay for itself by 2040.

My assessment. I think the terminal plan is sound, though the jobs figure is a stretch. I put the chance that Trask Lines raises its offer at about 40%.`)
	wantFirst(t, ix, "what's the author's verdict on the terminal plan?", "p3")
}

// Wrong (missed): authorsCallRE reads "bottom line" as asking the author's
// view (the internal test checks only asksAuthorsView), but the word
// "bottom", which no source has, still counts against coverage, as
// "odds" did before oddsNouns: "quill bottom line on the trask offer" is
// declined "No passage is about the question as a whole". Right: the
// author's judgement on the offer (p3) answers it.
func TestReview42_BottomLineStillDeclined(t *testing.T) {
	ix := quillIndex(t, `The plan. The Velden council approved the terminal plan in March 2023, and the council says the terminal plan will bring 900 jobs to the harbour district.

The bid. Trask Lines has offered EUR 400 million for a 30-year concession on the terminal, and says the terminal will pay for itself by 2040.

My assessment. I think the terminal plan is sound, though the jobs figure is a stretch. I put the chance that Trask Lines raises its offer at about 40%.`)
	wantFirst(t, ix, "quill bottom line on the trask offer", "p3")
}

// ---------------------------------------------------------------------
// figures as a topic (figuresAsTopicRE)
// ---------------------------------------------------------------------

// Wrong: "say ... figures" anywhere reads the figures as a topic, so "what
// did the ministry say the 2023 asylum arrival figures were?", which asks
// the figures, asks no count and is answered first by the ministry's
// alarm (p1), with no figure, before the count (p2). Right: it asks a
// count (as before this round); p2 first.
func TestReview42_SayTheFiguresWereAsksTheFigures(t *testing.T) {
	ix := quietIndex(t, "",
		"The alarm. The Ostmark interior ministry said it was alarmed by asylum arrivals in 2023 and blamed smuggling gangs on the Ivel border.",
		"The count. Asylum arrivals in Ostmark reached 41,200 in 2023, up from 30,500 in 2022, the interior ministry said in its annual report.",
	)
	q := "what did the ministry say the 2023 asylum arrival figures were?"
	if got := ix.Understand(q).Wants; got != knowledge.Count {
		t.Errorf("%q: wants %q, want %q", q, got, knowledge.Count)
	}
	wantFirst(t, ix, q, "p2")
}

// Wrong: the topic verbs of figuresAsTopicRE end in \w* ("challeng\w*",
// "defend\w*", "negotiat\w*", "comment\w*"), so they match nouns:
// "the challenger's poll numbers" asks no count and is answered with a
// passage that gives none. Right: a count is asked; with no figure in
// the sources it is declined, as before this round.
func TestReview42_ChallengersPollNumbersAskACount(t *testing.T) {
	ix := quietIndex(t, "",
		"The race. The challenger, Ivo Sand, has surged in recent polls and has challenged the mayor to a debate before the vote.",
		"The mayor. Mayor Ada Rusk has held office since 2015 and is seeking a third term.",
	)
	wantDeclined(t, ix, "what are the challenger's poll numbers?", "figure")
}

// Wrong (missed): figuresAsTopicRE lists "view", "stance", "position",
// "think" but not "take", the commonest word for a view (viewWordRE in
// judge.go has it: two lists of view words that have drifted apart), so
// "what's lisk's take on the debt figures?" asks a count and is answered
// first with the figures (p2), not with what Lisk says of them. Right:
// no count asked; Lisk's passage (p1) first.
func TestReview42_TakeOnTheFiguresAsksNoCount(t *testing.T) {
	ix := quietIndex(t, "",
		"The review. Finance Minister Ana Lisk told parliament the debt projections were final and said she would not reopen them, whatever the lenders asked.",
		"The debt. Public debt stood at 74% of output in 2023 and is projected to fall to 68% by 2027.",
	)
	q := "what's lisk's take on the debt figures?"
	if got := ix.Understand(q).Wants; got != "" {
		t.Errorf("%q: wants %q, want none", q, got)
	}
	wantFirst(t, ix, q, "p1")
}

// ---------------------------------------------------------------------
// "how long" (lastsAsked, lastingRE)
// ---------------------------------------------------------------------

// Wrong: lastingRE is matched anywhere in the rest of the clause, not as
// what is said of the thing, so an adjective before the noun ("the closed
// section") or a particle of a route ("out into the bay") makes a length
// question a duration one, and a source that gives no length answers it.
// Right: both ask a distance, and are declined "no distance" as before.
func TestReview42_LastingWordOutsideThePredicate(t *testing.T) {
	ix := quietIndex(t, "",
		"The closure. The Ossery motorway has been closed for repairs since 2 May and will reopen in September.",
		"The jetty. The new Skarre jetty was finished in 2021 and serves the ferry to the islands.",
	)
	wantDeclined(t, ix, "how long is the closed section of the ossery motorway?", "distance")
	wantDeclined(t, ix, "how long is the skarre jetty out into the bay?", "distance")
}

// Wrong: any word of six letters or more in -ing after the head is taken
// for a verb ("the line slipping by"), so a compound noun ("shipping
// lane", "landing strip") makes "how long is ..." a duration, and a
// passage with no length answers it. Right: a distance, declined.
func TestReview42_IngNounIsNoVerbOfLasting(t *testing.T) {
	ix := quietIndex(t, "",
		"The lane. The Ossery shipping lane was dredged in 2020 to take larger ships.",
		"The port. The Ossery port authority plans a new quay for 2026.",
	)
	wantDeclined(t, ix, "how long is the ossery shipping lane?", "distance")
}

// Wrong (missed): lastsAsked reads people and the words lastingRE lists,
// but neither a state told by another past participle ("blocked",
// "flooded"), even with "for" closing the question, nor an event that
// lasts by its noun ("lockdown", "talks", both in the package's own
// timeSpans list): each still asks a distance and is declined "no
// distance" though the source says how long it lasted. Right: a duration;
// the passage that gives it answers.
func TestReview42_DurationsStillReadAsDistances(t *testing.T) {
	ix := quietIndex(t, "",
		"The canal. The Ossery canal was blocked for six days in March after the freighter Pellin ran aground across it.",
		"The mine. The Brisk mine was flooded for three weeks after the dam failed.",
		"The lockdown. The Ivel lockdown lasted 11 weeks in the spring of 2021.",
		"The talks. Talks between Tolvik Steel and the Ossery union ran for nine days before a deal was reached.",
	)
	wantFirst(t, ix, "how long was the ossery canal blocked for?", "p1")
	wantFirst(t, ix, "how long was the brisk mine flooded?", "p2")
	wantFirst(t, ix, "how long was the ivel lockdown?", "p3")
	wantFirst(t, ix, "how long were the talks between tolvik and the union?", "p4")
}

// Wrong: lastingRE's `(?:before|until|till|since)\s+\p{L}\b` matches only
// when the next word has one letter, so "before a second extension" asks
// a duration while "before the extension" asks a length, and the runway
// question is answered by a passage with no length. Right: the same
// reading whatever the article; a length, declined "no distance".
func TestReview42_BeforeMatchesOnlyAOneLetterWord(t *testing.T) {
	ix := quietIndex(t, "",
		"The runway. The Varnby runway was extended in 2019 to take wide-body jets.",
		"The terminal. Varnby airport opened a new terminal in 2021.",
	)
	q := "how long was the varnby runway before a second extension?"
	if got := ix.Understand(q).Wants; got != knowledge.Distance {
		t.Errorf("%q: wants %q, want %q", q, got, knowledge.Distance)
	}
	wantDeclined(t, ix, q, "distance")
}

// ---------------------------------------------------------------------
// odds given (oddsGiven, oddsNouns)
// ---------------------------------------------------------------------

// Wrong: once "odds" no longer counts against coverage, odds asked for
// one deadline ("by June") are given by a passage that weighs the chance
// for another ("by March"), which was declined before this round. Right:
// the sources give no odds for June; not covered.
func TestReview42_OddsForAnotherDeadline(t *testing.T) {
	ix := quillIndex(t, `The port. Velden port handled 2.1 million containers in 2024, and the council says a second terminal will keep investment landing in the region.

The bid. The Velden council will vote in March on whether to approve the second terminal; the operator Trask Lines has offered EUR 400 million and wants a 30-year concession.

My assessment. I put the chance that the council approves the terminal by March at about 40%, and I expect investment to keep landing, though more slowly than the council says.`)
	wantNotCovered(t, ix, "odds the council approves the terminal by june?")
}
