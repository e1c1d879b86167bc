package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Review of e6e1fdd ("who runs <a body the sources name>?"). Made-up
// sources only. The names in the comments below (namesHead, headCueRE,
// maxPostScan) are those of e6e1fdd's code, which knowledge/head.go
// replaced (9b81d8c).

// postNamed reads, for each alias, the postings of "the alias's rarest
// word, not the body's (first or last)"; for a three-word alias whose
// middle word is a stop word ("Ministry of Forests", the very shape of the
// commit's own "Minister of Labour" example) no word is left, nothing is
// read, and a question the sources answer ("The Minister of Forests, Ada
// Ruun, ...") is declined: "The sources do not say who runs Ministry of
// Forests." The round-51 test passes only because its glossary happens to
// list a second, two-word alias. It should not be declined: a source
// names the post and its holder.
func TestReview51_MinistryOfXNeverScanned(t *testing.T) {
	ix := quietIndex(t, "forests: [Ministry of Forests]\n",
		"Logging. The Minister of Forests, Ada Ruun, halved the logging permits in March.",
		"Maps. The Ministry of Forests published the new maps in April.",
	)
	for _, q := range []string{"who runs the ministry of forests?", "who heads the ministry of forests?"} {
		if r := ix.Search(q, knowledge.Options{}); strings.Contains(r.Reason, "who runs") {
			t.Errorf("%q: declined (%s), though p1 names the Minister of Forests, Ada Ruun", q, r.Reason)
		}
	}
}

// For a two-word alias ("Roads Ministry") postNamed skips neither word, so
// the body's own word may be the "rarest": here "ministry" (one passage,
// "the ministry hired ...") is rarer than "roads", and only that passage
// is read, never the one with "The Roads Minister, Pell Garrow" (which has
// no "ministry" in it). The question is declined, where before the change
// it was answered. Either word may be the body's in a two-word alias
// (postAt tries both), so the word to read is the other one, for each
// reading. Should: not declined.
func TestReview51_TwoWordAliasScansBodysWord(t *testing.T) {
	ix := quietIndex(t, "roads: [Roads Ministry]\n",
		"Tolls. The Roads Minister, Pell Garrow, scrapped the bridge toll in May.",
		"Budget. The Roads Ministry published its budget in April.",
		"Repairs. Roads repairs cost 4% more in 2024.",
		"Salt. Roads crews spread salt in January.",
		"Staff. The ministry hired 40 engineers.",
	)
	if r := ix.Search("who heads the roads ministry?", knowledge.Options{}); strings.Contains(r.Reason, "who runs") {
		t.Errorf("declined (%s), though p1 names the Roads Minister, Pell Garrow", r.Reason)
	}
}

// When postNamed finds the sentence that names the post and its holder,
// it only keeps the question from being declined: that passage is not in
// the search's candidates (it names "the Minister", not the ministry) and
// is never cited, so "who heads the forests ministry?" is answered
// (covered) by "The Ministry of Forests published the new maps", which
// says nothing of who heads it. Should: the passage postNamed found is
// cited first (p1).
func TestReview51_PostFoundButNotCited(t *testing.T) {
	ix := quietIndex(t, "forests: [Ministry of Forests, forests ministry]\n",
		"Logging. The Minister of Forests, Ada Ruun, halved the logging permits in March.",
		"Maps. The Ministry of Forests published the new maps in April.",
	)
	wantFirst(t, ix, "who heads the forests ministry?", "p1")
	wantFirst(t, ix, "who runs the ministry of forests?", "p1")
}

// namesHead(sameSentence) takes any sentence that names the party, a
// head word anywhere and anyone: "Torvan Assurance sued Melk Ferries, and
// Teo Marsk, the chief executive of Melk Ferries, ..." is read as naming
// Torvan's head, and, being the first pass, is put before the passage that
// does ("Its chief executive, Iva Sorn", found only by the second pass),
// wherever that ranks. Should: p3 (Torvan's own chief executive) first;
// the post must be the party's, not another body's named beside it.
func TestReview51_AnotherBodysHeadFirst(t *testing.T) {
	ix := quietIndex(t, "torvan: [Torvan Assurance]\nmelk: [Melk Ferries]\n",
		"Insurers. Torvan Assurance runs three call centres and stayed in the market after the storms.",
		"The suit. Torvan Assurance sued Melk Ferries in May, and Teo Marsk, the chief executive of Melk Ferries, called the claim baseless.",
		"Its stance. Torvan Assurance said it would not leave the coast. Its chief executive, Iva Sorn, called the storms a test.",
	)
	wantFirst(t, ix, "who runs torvan assurance?", "p3")
}

// headCueRE matches words that are no head's post of the party: "head" as
// a verb ("boats head north") and a past holder ("a former chief
// executive of Melk Ferries"). Either sentence, with any name in it, is
// taken as saying who runs Melk Ferries, and the question is answered
// instead of declined. Should: declined, "The sources do not say who runs
// Melk Ferries."
func TestReview51_HeadCueThatIsNoPost(t *testing.T) {
	for _, s := range []string{
		"Crossings. Melk Ferries boats head north each morning, and Captain Bo Kettel said the crossing takes two hours.",
		"Careers. Teo Marsk, a former chief executive of Melk Ferries, now sells boats in the south.",
	} {
		ix := quietIndex(t, "melk: [Melk Ferries]\n",
			"Shipping. Melk Ferries runs four ferries between the islands and carried 1.2 million passengers in 2024.",
			s,
		)
		wantDeclined(t, ix, "who runs melk ferries?", "who runs Melk Ferries")
	}
}

// The first pass also takes namesHolder, written for questions that ask
// a named role ("who's X's director"): it accepts any word for a person
// after the possessive, so "Quarn's spokeswoman, Lena Holm" or "Torvan
// Assurance's lawyer, Per Vik" is cited as the one who runs the body.
// Should: declined, as no source names the head.
func TestReview51_AnyRoleReadAsHead(t *testing.T) {
	ix := quietIndex(t, "quarn: [Quarn]\ntorvan: [Torvan Assurance]\n",
		"Shops. Quarn runs forty grocery stores along the coast and closed six of them in winter.",
		"Reopening. Quarn's spokeswoman, Lena Holm, said the stores would reopen in May.",
		"Insurers. Torvan Assurance runs three call centres.",
		"Claims. Torvan Assurance's lawyer, Per Vik, said the claims were late.",
	)
	wantDeclined(t, ix, "who runs quarn?", "who runs Quarn")
	wantDeclined(t, ix, "who runs torvan assurance?", "who runs Torvan Assurance")
}

// headAsked takes as the party every name anywhere after the verb, not
// what the verb governs: "who runs into trouble with Torvan Assurance?"
// (answered before the change) and "who heads the delegation to
// Skarvik?" are read as asking who runs Torvan Assurance / Skarvik and
// declined so, though the sources say who ran into trouble, and who leads
// the delegation. Should: not declined as "who runs <party>" (the first
// covered by p2, as before the change).
func TestReview51_PartyMisread(t *testing.T) {
	ix := quietIndex(t, "torvan: [Torvan Assurance]\nskarvik: [Skarvik]\n",
		"Insurers. Torvan Assurance runs three call centres.",
		"Trouble. Teo Marsk, a broker, ran into trouble with Torvan Assurance over unpaid claims.",
		"Talks. Pell Garrow will lead the delegation to Skarvik next week.",
		"The town. Skarvik is a harbour town of 9,000 people.",
	)
	wantFirst(t, ix, "who runs into trouble with torvan assurance?", "p2")
	if r := ix.Search("who heads the delegation to skarvik?", knowledge.Options{}); strings.Contains(r.Reason, "who runs") {
		t.Errorf("the delegation's head asked, declined as Skarvik's: %s", r.Reason)
	}
}
