package knowledge_test

import (
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// An answer names what the sources leave out of the question: every word
// of a yes-or-no question no source has, but English's closed classes
// ("anybody", "another", "via"); of a question after something, only the
// words that name something.
func TestMissingToName(t *testing.T) {
	ix := quietIndex(t, "",
		"The strike. The pilots' union held a strike ballot in May, and 80% voted for a walkout.",
		"The port. The port handled 2 million tonnes of grain last year.",
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"has anybody in the pilots' union held a ballot on a ceasefire?", []string{"ceasefire"}},
		{"did the union hold another strike ballot via email?", []string{"email"}},
		{"what did the union say about this whole mess with the strike ballot?", nil},
	} {
		r := ix.Search(tt.q, knowledge.Options{})
		if !r.Covered {
			t.Errorf("%q: not covered (%s)", tt.q, r.Reason)
			continue
		}
		if got := ix.MissingToName(r); !slices.Equal(got, tt.want) {
			t.Errorf("%q: names %q left out, want %q (missing %q)", tt.q, got, tt.want, r.Missing)
		}
	}
}
