package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Review of round thirty-six (e08d2e4..3e5f09d), the rules on the name of
// a thing asked (269613e, fd77429), where a thing is (3e5f09d), and
// abbreviations and headings (83a22d1). Each test below fails on the
// reviewed code; made-up sources only. "Before the round" is e08d2e4.

// review36bGlossary is the made-up glossary of the tests below.
const review36bGlossary = "tarn: [Tarnland]\nholm: [Holm Freight, Holm]\nvik: [Vik Therapeutics, Vik]\nbrask: [Brask]\nrovers: [Brask Rovers]\nulm: [Ulm City]\n"

// review36bIndex is quietIndex with the glossary above and two passages
// on other things, so that a question's words do not all point at p1.
func review36bIndex(t *testing.T, paragraphs ...string) *knowledge.Index {
	t.Helper()
	return quietIndex(t, review36bGlossary, append(paragraphs,
		"Labour. Holm officials have considered hiring workers from Tarnland.",
		"Coaches. The Ulm City head coach, Ola Marek, was fined in May 2021.")...)
}

// 269613e: unnamed (judge.go) looks for the name with otherName, which
// skips a sentence's first word (j == 0). A one-word firm named in
// apposition at the opening of its sentence ("Zelpay, a Tarnland payment
// processor, funded ...") is taken for no name at all, and the question is
// declined "do not name the payment processor", though the sentence names
// it. Answered (p1) before the round.
func TestReview36bNameOpensTheSentence(t *testing.T) {
	ix := review36bIndex(t,
		"The accounts. Zelpay, a Tarnland payment processor, funded the accounts in 2021.",
	)
	wantFirst(t, ix, "tarnland payment processor name", "p1")
}

// 269613e: unnamed reads names after the thing only up to a word of
// clauseBreak, which has "as": "a Tarnland payment processor known as Orvo
// Pay" ends the window at "as", and the name that follows is never seen.
// "Known as", "trading as", "registered as" are how sources often give a
// firm's name. Answered (p1) before the round.
func TestReview36bNameKnownAs(t *testing.T) {
	ix := review36bIndex(t,
		"The accounts. The accounts were funded through a Tarnland payment processor known as Orvo Pay.",
	)
	wantFirst(t, ix, "tarnland payment processor name", "p1")
	wantFirst(t, ix, "what's the name of the tarnland payment processor?", "p1")
}

// 269613e: unnamed steps back from the thing only to its determiner, and
// past it only to a capitalised word right before it (apposition). "The
// ring used Zelpay as its payment processor" names the processor before
// "as its", outside that window, and the question is declined. Answered
// (p1) before the round.
func TestReview36bNameBeforeAsIts(t *testing.T) {
	ix := review36bIndex(t,
		"The ring. The ring used Zelpay as its payment processor in 2021.",
	)
	wantFirst(t, ix, "ring's payment processor name", "p1")
}

// 269613e: otherName counts a word as a name only when it opens with a
// capital, so a brand written with a lower-case first letter ("eZelo",
// as payment and betting brands often are) in apposition before the thing
// is no name, and the question is declined though the firm is named.
// Answered (p1) before the round.
func TestReview36bNameLowerCaseBrand(t *testing.T) {
	ix := review36bIndex(t,
		"The accounts. The accounts were funded through eZelo, a Tarnland payment processor, in 2021.",
	)
	wantFirst(t, ix, "tarnland payment processor name", "p1")
}

// 269613e: unnamed keeps only the sentences that have all the thing's
// words where there is one, so a source that brings the thing in unnamed
// and names it in the next sentence ("... a Tarnland insurance broker
// until 2021. The broker, Orvo Mutual, is registered in Holm.") is read as
// never naming it. The sources do name the broker. Answered (p1) before
// the round.
func TestReview36bNameInTheNextSentence(t *testing.T) {
	ix := review36bIndex(t,
		"The insurer. The clubs were insured through a Tarnland insurance broker until 2021. The broker, Orvo Mutual, is registered in Holm.",
	)
	wantFirst(t, ix, "tarnland insurance broker name", "p1")
}

// 269613e: thingNamed ends the thing at an "inflected verb", and
// inflectedVerb takes "broker" for a form of "broke" (as a comparative), so
// the thing asked in "league insurance broker name" is "league insurance"
// (the reason says "do not name the league insurance"). Its head,
// "insurance", has no name beside it, though "Orvo Mutual, a Holm broker"
// names the broker in the same sentence. Answered (p1) before the round.
func TestReview36bNameBrokerReadAsVerb(t *testing.T) {
	ix := review36bIndex(t,
		"The insurer. The league's insurance has been placed through Orvo Mutual, a Holm broker, since 2019.",
	)
	wantFirst(t, ix, "league insurance broker name", "p1")
	wantFirst(t, ix, "what's the name of the league's insurance broker?", "p1")
}

// fd77429: a role of two words is now asked as a thing, and unnamed reads
// at most three words after it; "The team manager of Brask Rovers, Ivo
// Halek," fills them with "of Brask Rovers", whose words are the name
// asked and so no other name, and the manager's name just after is never
// seen. The question is declined "do not name the team manager", though
// the sentence names him. Answered (p1) before the round.
func TestReview36bRoleOfTheClubThenName(t *testing.T) {
	ix := review36bIndex(t,
		"Bans. The team manager of Brask Rovers, Ivo Halek, was banned for four years.",
	)
	wantFirst(t, ix, "brask rovers team manager name, 4yr ban", "p1")
}

// fd77429: the role asked is looked for only in the sentences that have
// it, so a person named in one sentence and given the role in the next by
// a pronoun ("Ivo Halek was banned ... He had been the Brask Rovers team
// manager") is taken as never named. A reader sees at once who the
// manager was. Answered (p1) before the round.
func TestReview36bRoleByPronoun(t *testing.T) {
	ix := review36bIndex(t,
		"Bans. Ivo Halek was banned for four years in 2021. He had been the Brask Rovers team manager since 2018.",
	)
	wantFirst(t, ix, "brask rovers team manager name, 4yr ban", "p1")
}

// fd77429: unnamed now adds the words of a name asked ("Brask" of "Brask
// Rovers") to the question's own, so they are no other name beside the
// thing; but a ground named after its town ("the Brask Arena") is then
// made only of those words and the thing's own head, and the question is
// declined "do not name the arena" though the sentence gives its name.
// Answered (p1) before the round.
func TestReview36bNameInsideTheNameAsked(t *testing.T) {
	ix := review36bIndex(t,
		"Grounds. Brask Rovers play their home games at the Brask Arena, which holds 9,000.",
	)
	wantFirst(t, ix, "brask rovers arena name", "p1")
	wantFirst(t, ix, "what's the name of the brask rovers arena?", "p1")
}

// 3e5f09d: the place beside the thing is read by unnamed, whose window
// after it ends at a word of clauseBreak, which has "to": "Holm moved its
// depot to Kessmouth" gives the place after "to", so the rule declines
// "where is holm's depot?" "do not say where the depot is", though that is
// just what the sentence says. Answered (p1) before the round.
func TestReview36bWhereMovedTo(t *testing.T) {
	ix := review36bIndex(t,
		"Depots. In 2021 Holm moved its depot to Kessmouth.",
	)
	wantFirst(t, ix, "where is holm's depot?", "p1")
}

// 3e5f09d: the window before the thing stops at its determiner (past it
// only to a capitalised word right before it), so a place fronted in the
// sentence ("In Kessmouth, Holm opened a warehouse in 2020.") is not
// beside the thing, and the question is declined though the sentence
// says where. Answered (p1) before the round.
func TestReview36bWhereFrontedPlace(t *testing.T) {
	ix := review36bIndex(t,
		"Sites. In Kessmouth, Holm opened a warehouse in 2020.",
	)
	wantFirst(t, ix, "where is holm's warehouse?", "p1")
	wantFirst(t, ix, "where's the holm warehouse", "p1")
}

// 3e5f09d: verbAt takes a word in -ing before any word that is no stop
// word for a modifier ("manufacturing plant"), so "where is vik selling
// vaccines?" (a verb and its object, asking where they go) is read as a
// bare noun phrase, "selling vaccines", whose place is looked for beside
// "vaccines"; "to Tarnland and Holm" is after "to" and the question is
// declined "do not say where the selling vaccines is". The same question
// with a closing "to" is answered, as it was before the round.
func TestReview36bWhereVerbReadAsModifier(t *testing.T) {
	ix := review36bIndex(t,
		"Sales. Vik has been selling vaccines to Tarnland and Holm since 2020.",
	)
	wantFirst(t, ix, "where is vik selling vaccines?", "p1")
}

// 83a22d1: search.go leaves out of the search any abbreviation of four
// letters or more that no source has, as "saying how rather than what is
// asked"; but "advt" (advertising) is what is asked. Left out, "how much
// did holm spend on advt in 2021" becomes "how much did holm spend in
// 2021" and is answered with the sum Holm spent on trucks. Before the
// round it was declined ("No source mentions advt"), which is right.
func TestReview36bAbbreviationOfWhatIsAsked(t *testing.T) {
	ix := review36bIndex(t,
		"Spending. Holm spent EUR 3 million on new trucks in 2021.",
		"Staff. Holm cut 40 drivers in 2020.",
	)
	wantNotCovered(t, ix, "how much did holm spend on advt in 2021")
	wantNotCovered(t, ix, "holm hosp spend 2021")
}

// 83a22d1: maxHeadingWords is now 6, so a five-word first sentence that
// names two topics ("Ransom demand and legal costs.") is a heading, and
// sumOnAsked gives its kind of sum, "ransom", to every sum of the
// passage: "holm ransom amount" is answered with Holm's legal costs
// (EUR 40,000), though no ransom sum is given. Declined before the round
// ("give no amount of money").
func TestReview36bLongHeadingLendsItsKind(t *testing.T) {
	ix := review36bIndex(t,
		"Ransom demand and legal costs. Holm received a ransom demand in May 2021 and reported it to the police. Its legal costs came to EUR 40,000.",
	)
	wantNotCovered(t, ix, "holm ransom amount")
}
