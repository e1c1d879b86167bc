package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Figures may be what a question is about rather than what it asks for:
// what someone said of them, whether they would budge on them, whether
// they were updated. Such a question asks no count, and is answered by
// what the sources tell of them; one that asks the figures still does.
func TestFiguresAsATopicAskNoCount(t *testing.T) {
	ix := quietIndex(t, "",
		"The review. Finance Minister Ana Holm told parliament the debt projections were final and said she would not reopen them, whatever the lenders asked.",
		"The debt. Public debt stood at 74% of output in 2023 and is projected to fall to 68% by 2027.",
	)
	for q, want := range map[string]knowledge.Quantity{
		"what did holm say about the debt numbers?":       "",
		"any wiggle room from holm on the debt figures?":  "",
		"were the debt figures updated after the review?": "",
		"debt numbers for 2023?":                          knowledge.Count,
		"how many debt figures did holm say were final?":  knowledge.Count,
	} {
		if got := ix.Understand(q).Wants; got != want {
			t.Errorf("%q: wants %q, want %q", q, got, want)
		}
	}
	wantFirst(t, ix, "what did holm say about the debt numbers?", "p1")
}
