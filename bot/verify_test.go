package bot

import (
	"errors"
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

func TestVerify(t *testing.T) {
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix := knowledge.NewIndex(kb)
	p := func(n int) *knowledge.Passage { return kb.Source("lukin-russia-dprk-alliance").Passage(n) }
	supplied := []*knowledge.Passage{p(11), p(12), p(13)}
	for _, tt := range []struct {
		name, answer, allowed string
		text                  string
		cited                 []int // passage numbers, in citation order
		unsupported           int
		err                   bool
	}{
		{name: "renumbered by first use",
			answer: "Between 20,000 and 50,000 DPRK workers may be invited [2]. Labour is perhaps the only resource North Korea can share [1].",
			text:   "Between 20,000 and 50,000 DPRK workers may be invited [1]. Labour is perhaps the only resource North Korea can share [2].",
			cited:  []int{12, 11}},
		{name: "lists and out-of-range markers",
			answer: "Workers may be invited to the Russian Far East [2, 9]. The border stays closed [3] [0].",
			text:   "Workers may be invited to the Russian Far East [1]. The border stays closed [2].",
			cited:  []int{12, 13}},
		{name: "a year from the question is no invention",
			answer: "Nothing after 2025 is known; in 2022 the rail route was expected to resume [3].", allowed: "in 2025?",
			text:  "Nothing after 2025 is known; in 2022 the rail route was expected to resume [1].",
			cited: []int{13}},
		{name: "invented figure", answer: "Some 75,000 workers may come [2].", err: true},
		{name: "no citation", answer: "Workers may come.", err: true},
		{name: "a hedge dropped", answer: "Between 20,000 and 50,000 DPRK workers will be invited to Russia [2].", err: true},
		{name: "a hedge kept", answer: "Russia may invite between 20,000 and 50,000 DPRK workers [2].",
			text: "Russia may invite between 20,000 and 50,000 DPRK workers [1].", cited: []int{12}},
		{name: "a claim stated as fact", answer: "Russian authorities are working on arrangements to employ North Korean labour [2].", err: true},
		{name: "a claim attributed", answer: "Deputy Prime Minister Khusnullin said Russian authorities are working on arrangements to employ North Korean labour [2].",
			text: "Deputy Prime Minister Khusnullin said Russian authorities are working on arrangements to employ North Korean labour [1].", cited: []int{12}},
		{name: "the firm half of a hedged sentence", answer: "North Korea has kept its border with Russia closed [3].",
			text: "North Korea has kept its border with Russia closed [1].", cited: []int{13}},
		{name: "unsupported claim", answer: "Workers may come to Russia [2]. Tanks crossed the Tumen river [2].",
			text: "Workers may come to Russia [1]. Tanks crossed the Tumen river [1].", cited: []int{12}, unsupported: 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := verify(ix, tt.answer, supplied, tt.allowed)
			if tt.err {
				if !errors.Is(err, errUnverified) {
					t.Errorf("err = %v, want errUnverified", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, p := range c.cited {
				got = append(got, p.N)
			}
			if c.text != tt.text || !slices.Equal(got, tt.cited) || len(c.unsupported) != tt.unsupported {
				t.Errorf("text %q\n want %q\ncited %v want %v; unsupported %q", c.text, tt.text, got, tt.cited, c.unsupported)
			}
		})
	}
}
