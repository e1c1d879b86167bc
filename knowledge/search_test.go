package knowledge_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

func ids(hits []knowledge.Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = strings.TrimPrefix(h.Passage.ID, article+"#")
	}
	return out
}

// British and American spellings, and the names analysts use for the same
// actors, retrieve the same passages.
func TestSpellingsAndAliasesRetrieveTheSame(t *testing.T) {
	ix := embedded(t)
	pairs := []struct{ a, b string }{
		{"Will Russia employ North Korean labour?", "Will Russia employ North Korean labor?"},
		{"Russian mobilisation", "Russian mobilization"},
		{"Has the DPRK recognised the referendums?", "Has North Korea recognized the referendums?"},
		{"Pyongyang and the Kremlin", "North Korea and Moscow"},
		{"Did Kyiv cut ties?", "Did Kiev cut ties?"},
		{"recognition of Luhansk", "recognition of Lugansk"},
		{"ammunition stockpiles", "munitions stockpiles"},
		{"North Korean workers in the Far East", "North Korean labourers in the Far East"},
		{"troops sent abroad", "soldiers sent abroad"},
		{"denuclearisation of the peninsula", "denuclearization of the peninsula"},
		{"Korean artillery shells", "Korean ammunition"},
	}
	for _, p := range pairs {
		ra, rb := ix.Search(p.a, knowledge.Options{}), ix.Search(p.b, knowledge.Options{})
		if len(ra.Hits) == 0 || !slices.Equal(ids(ra.Hits), ids(rb.Hits)) {
			t.Errorf("%q found %v, %q found %v", p.a, ids(ra.Hits), p.b, ids(rb.Hits))
		}
	}
}

var coverageTests = []struct {
	q       string
	covered bool
	first   string   // the first hit, when covered ("p19|p20": either)
	missing []string // words no source mentions
}{
	{q: "What is the population of Vladivostok?", missing: []string{"population"}},
	{q: "Has Iran sent tanks to Russia?", missing: []string{"Iran", "tanks"}},
	{q: "What does the article say about Iran and tanks?", missing: []string{"Iran", "tanks"}},
	{q: "What did Kim Jong Un sign?", missing: []string{"sign"}},
	{q: "What did Kim Jong Boo sign?", missing: []string{"Boo", "sign"}},
	{q: "the and of what?"},
	{q: "How many DPRK workers could go to Russia?", covered: true, first: "p12"},
	{q: "Who wrote this?", covered: true, first: "p18"},
	{q: "Who published it first?", covered: true, first: "p19|p20"},
	{q: "What is the Khasan–Rajin rail route?", covered: true, first: "p13"},
	{q: "Would language problems hamper joint operations?", covered: true, first: "p6", missing: []string{"hamper"}},
}

func TestCoverage(t *testing.T) {
	ix := embedded(t)
	for _, tt := range coverageTests {
		r := ix.Search(tt.q, knowledge.Options{})
		if r.Covered != tt.covered {
			t.Errorf("%q: covered = %v (%s), want %v; hits %v", tt.q, r.Covered, r.Reason, tt.covered, ids(r.Hits))
			continue
		}
		if !slices.Equal(r.Missing, tt.missing) {
			t.Errorf("%q: missing = %q, want %q", tt.q, r.Missing, tt.missing)
		}
		switch {
		case !tt.covered && len(r.Hits) > 0:
			t.Errorf("%q: not covered, yet hits %v", tt.q, ids(r.Hits))
		case !tt.covered && r.Reason == "":
			t.Errorf("%q: not covered without a reason", tt.q)
		case tt.covered && (len(r.Hits) == 0 || !slices.Contains(strings.Split(tt.first, "|"), ids(r.Hits)[0])):
			t.Errorf("%q: hits %v, want %s first", tt.q, ids(r.Hits), tt.first)
		}
	}
}

func TestCitationsAreChosenNotPadded(t *testing.T) {
	ix := embedded(t)
	r := ix.Search("What did Marat Khusnullin say?", knowledge.Options{})
	if !slices.Equal(ids(r.Hits), []string{"p12"}) {
		t.Errorf("hits %v, want only p12", ids(r.Hits))
	}
	r = ix.Search("North Korea Russia", knowledge.Options{Max: 2})
	if len(r.Hits) > 2 {
		t.Errorf("Max 2 gave %d hits", len(r.Hits))
	}
	for i := 1; i < len(r.Hits); i++ {
		if r.Hits[i].Score > r.Hits[i-1].Score {
			t.Errorf("hits not ranked: %v", r.Hits)
		}
	}
}

// Passages about the author and the publication answer questions about
// them, and nothing else: Vladivostok is in the author's affiliation only.
func TestAboutSourcePassagesOnlyForTheirTopic(t *testing.T) {
	ix := embedded(t)
	r := ix.Search("What is the climate of Vladivostok like?", knowledge.Options{KeepUncovered: true})
	if slices.Contains(ids(r.Hits), "p18") || r.Covered {
		t.Errorf("climate of Vladivostok: covered %v, hits %v", r.Covered, ids(r.Hits))
	}
}

func TestTimeAndFigure(t *testing.T) {
	ix := embedded(t)
	for _, tt := range []struct {
		q       string
		present bool
		years   []int
		figure  bool
	}{
		{"What is the current state of relations?", true, nil, false},
		{"Are North Korean workers in Russia now?", true, nil, false},
		{"What happened in 2025 and 2026?", false, []int{2025, 2026}, false},
		{"How many troops did Pyongyang send?", false, nil, true},
		{"What about this year?", true, nil, false},
		{"Who signed the treaty?", false, nil, false},
	} {
		r := ix.Search(tt.q, knowledge.Options{})
		if r.AsksPresent != tt.present || !slices.Equal(r.Years, tt.years) || r.WantsFigure != tt.figure {
			t.Errorf("%q: present %v years %v figure %v; want %v %v %v", tt.q, r.AsksPresent, r.Years, r.WantsFigure, tt.present, tt.years, tt.figure)
		}
	}
}

func TestTerms(t *testing.T) {
	ix := embedded(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"North Korea’s 100,000 troops", []string{"=dprk", "100000", "=troops"}},
		{"The Kremlin's labourers", []string{"=russia", "=labour"}},
		{"Democratic People’s Republic of Korea", []string{"=dprk"}},
		{"mobilisation", []string{"=mobilisation"}},
		{"organisation organization", []string{"organiz", "organiz"}},
		{"US- and EU-initiated sanctions", []string{"=united-states", "=eu", "initi", "=sanctions"}},
		{"tell us about it", nil},
		{"", nil},
	} {
		got := ix.Terms(tt.text)
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("Terms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDate(t *testing.T) {
	for _, tt := range []struct{ in, iso, human string }{
		{"2022", "2022", "2022"},
		{"2022-10", "2022-10", "October 2022"},
		{"2022-10-05", "2022-10-05", "5 October 2022"},
	} {
		d, err := knowledge.ParseDate(tt.in)
		if err != nil || d.ISO() != tt.iso || d.String() != tt.human {
			t.Errorf("ParseDate(%q) = %v %q %q, %v", tt.in, d, d.ISO(), d.String(), err)
		}
	}
	for _, bad := range []string{"", "October 2022", "2022-13", "2022-02-30", "22-10"} {
		if _, err := knowledge.ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
	a, _ := knowledge.ParseDate("2022-09")
	b, _ := knowledge.ParseDate("2022-10")
	if !a.Before(b) || b.Before(a) || a.Before(a) {
		t.Error("Before is wrong")
	}
}
