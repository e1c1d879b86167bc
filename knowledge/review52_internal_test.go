package knowledge

import "testing"

// Wrong (found in cf7bcf6's endedUpVerb): endedUpRE skips at most one of "actually", "really", "being",
// "getting", so any other adverb ("formally", "officially", "finally") is
// returned as the outcome's verb, and two of them in a row ("actually
// being approved") leave "being", a stop word, so no verb at all.
// Right: the verb after the adverbs: "charging", "approving", "approved".
func TestReview52_EndedUpVerbSkipsAdverbs(t *testing.T) {
	for q, want := range map[string]string{
		"did prosecutors end up formally charging anyone?":  "charging",
		"did the board end up officially approving it?":     "approving",
		"did the council end up finally selling the fleet?": "selling",
		"did the loan end up being formally approved?":      "approved",
		"did the loan end up actually being approved?":      "approved",
	} {
		if got := endedUp(q).verb; got != want {
			t.Errorf("endedUp(%q) = %q, want %q", q, got, want)
		}
	}
}
