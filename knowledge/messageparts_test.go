package knowledge_test

import "testing"

// The point after a lone letter is an initial's ("j. smith"), not the end
// of a sentence: a question written without a question mark after a
// sentence that sets the scene is searched whole, not as "Did j." with
// the rest taken for more of the scene.
func TestInitialEndsNoSentence(t *testing.T) {
	ix := quietIndex(t, "", "The port is being dredged; the work began in May.")
	for q, want := range map[string]string{
		"The port is being dredged. Did j. smith back the dredging":            "Did j. smith back the dredging",
		"The port is being dredged. What did j. smith say about the dredging.": "What did j. smith say about the dredging.",
	} {
		if u := ix.Understand(q); u.Text != want || u.Background != "The port is being dredged." {
			t.Errorf("%q: asked %q, background %q; want %q", q, u.Text, u.Background, want)
		}
	}
}
