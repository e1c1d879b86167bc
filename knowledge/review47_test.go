package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Wrong: Heading, which now decides what summaries and timelines leave
// out and what an answer joins, takes any short first sentence with no
// auxiliary for a heading, so a statement with a past-tense or present
// verb ("The plant closed in 2019.", "Holm Air bought twelve new jets.",
// "Vik Air denies fixing fares.") is treated as a label. Expected: ""
// for these; "The fares." and "About the author." stay headings.
func TestReview47HeadingIsNoStatement(t *testing.T) {
	for _, text := range []string{
		"The plant closed in 2019. Its 300 workers moved to the Holm yard.",
		"Holm Air bought twelve new jets. The jets cost EUR 900m and arrive in 2027.",
		"Vik Air denies fixing fares. The regulator fined it EUR 5m in July 2025.",
	} {
		if h := knowledge.Heading(text); h != "" {
			t.Errorf("Heading(%q) = %q, want none: the first sentence is a statement", text, h)
		}
	}
	for text, want := range map[string]string{
		"The fares. Average fares rose 14% in July.":      "The fares.",
		"About the author. Kari Holm is a senior fellow.": "About the author.",
	} {
		if h := knowledge.Heading(text); h != want {
			t.Errorf("Heading(%q) = %q, want %q", text, h, want)
		}
	}
}
