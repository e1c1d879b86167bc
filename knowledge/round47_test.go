package knowledge_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// A passage's heading is joined to the sentence it labels, verbatim, for
// quoting; the sentence's claims keep pointing at their words; the
// index's own sentences are left as they were; a passage without a
// heading, or whose short first sentence is a clause, is quoted as split.
func TestRoundFortySevenQuotableJoinsTheHeading(t *testing.T) {
	ix := quietIndex(t, "",
		"The fares. The regulator said fares rose 14% in July. It opened a review.",
		"Vik is better placed. Its plant is newer.",
		"Fares rose 14% in July on the Vik route, the regulator said.",
	)
	p1 := ix.KB().Passage("made-up#p1")
	if h := knowledge.Heading(p1.Text); h != "The fares." {
		t.Errorf("Heading = %q", h)
	}
	before := ix.Sentences(p1)
	q := ix.Quotable(p1)
	if len(q) != len(before)-1 || q[0].Text != "The fares. The regulator said fares rose 14% in July." || !strings.HasPrefix(p1.Text, q[0].Text) {
		t.Fatalf("Quotable = %+v", q)
	}
	if len(q[0].Claims) == 0 || !strings.HasPrefix(q[0].Text[q[0].Claims[0].At:], "said") {
		t.Errorf("the claim no longer points at its words: %+v in %q", q[0].Claims, q[0].Text)
	}
	if after := ix.Sentences(p1); after[0].Text != "The fares." || len(after[1].Claims) == 0 || !strings.HasPrefix(after[1].Text[after[1].Claims[0].At:], "said") {
		t.Errorf("the index's sentences changed: %+v", after)
	}
	for _, id := range []string{"made-up#p2", "made-up#p3"} {
		p := ix.KB().Passage(id)
		if knowledge.Heading(p.Text) != "" || len(ix.Quotable(p)) != len(ix.Sentences(p)) {
			t.Errorf("%s: heading %q, quoted as %+v", id, knowledge.Heading(p.Text), ix.Quotable(p))
		}
	}
}

// An adjective no source has that only describes what the question names
// ("Vik's famous salt flat", "want it so bad") does not make a passage on
// the sources' main subjects fail the question; a verb or a noun no source
// has still does ("what did Vik sign?").
func TestRoundFortySevenDescribingAdjectiveDecidesNothing(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nsalt-flat: [salt flat]\n",
		"The salt flat. Vik's salt flat covers 10,500 square kilometres.",
		"Brine. Vik pumps brine from the salt flat into ponds.",
		"Exports. Vik sold lithium from the salt flat to Japan.",
	)
	wantFirst(t, ix, "how big is vik's famous salt flat?", "p1")
	wantNotCovered(t, ix, "what did vik sign at the salt flat?")
	wantNotCovered(t, ix, "how big is vik's salt flat hotel?")
}
