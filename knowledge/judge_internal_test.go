package knowledge

import (
	"slices"
	"testing"
	"testing/fstest"
)

// Of passages scoring nearly alike, one about the question as a whole
// comes first; one scoring well below the best keeps its place.
func TestWholeFirst(t *testing.T) {
	ix, _ := testIndex(t, "A", "", "One.\n\nTwo.\n")
	var own []QueryTerm
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		own = append(own, QueryTerm{Stem: s, IDF: 1, Found: true, Salient: true})
	}
	one, most := Hit{Score: 1, Matched: []string{"a"}}, Hit{Score: 0.9, Matched: []string{"a", "b", "c"}}
	if got := ix.wholeFirst([]Hit{one, most}, own); got[0].Score != 0.9 {
		t.Errorf("near the best: %+v first", got[0])
	}
	most.Score = 0.7
	if got := ix.wholeFirst([]Hit{one, most}, own); got[0].Score != 1 {
		t.Errorf("well below the best: %+v first", got[0])
	}
}

// A list of names counts what a count asks for when it is on the
// question's topic: pacts signed with three countries do not count
// warheads.
func TestListCountsOnItsTopic(t *testing.T) {
	ix, kb := testIndex(t, "A", "", "Latveria signed pacts with Elbonia, Freedonia and Ruritania.\n")
	p := kb.Sources[0].Passages[0]
	event := func(words ...string) []QueryTerm {
		var out []QueryTerm
		for _, w := range words {
			out = append(out, QueryTerm{Stem: stem(w), Found: true})
		}
		return out
	}
	if ix.counts(p, ix.countedTerms([]string{"warheads"}, nil), false, event("warheads", "keep")) {
		t.Error("a list of the countries a pact was signed with counts warheads")
	}
	if !ix.counts(p, ix.countedTerms([]string{"partners"}, nil), false, event("partners", "pacts")) {
		t.Error("a list of the countries a pact was signed with does not count them")
	}
}

func TestAlsoAt(t *testing.T) {
	for q, want := range map[string]bool{
		"did Riga also ban the ferry?":             true,
		"is Riga banning the ferry too?":           true,
		"is Riga banning it too according to this": true,
		"did Riga ban it as well":                  true,
		"did Riga ban it as well, or not?":         true,
		"is Riga too poor to ban the ferry?":       false,
		"did Riga ban ferries as well as ships?":   false,
		"did Riga ban the ferry?":                  false,
	} {
		if got := alsoAt(asWellAsRE.ReplaceAllString(q, "")) >= 0; got != want {
			t.Errorf("%q: %v, want %v", q, got, want)
		}
	}
}

// What follows a dash is a list of things only when its items are short:
// a clause ("syria went along w/ donetsk but did it sign off on the
// votes?") is no list, and nothing in it is declined as an alternative.
func TestAlternativesAreShort(t *testing.T) {
	if got := alternatives("what will the port get - cranes, tugs, dredger parts?"); len(got) != 1 || len(got[0]) < 3 {
		t.Errorf("short items: %q", got)
	}
	if got := alternatives("how does the mayor's position differ — the council went along with the sale but did it also sign off on the new harbour votes?"); len(got) != 0 {
		t.Errorf("a clause read as alternatives: %q", got)
	}
}

// Of two passages saying only some did what is asked, the one naming
// fewer others answers for a party no source names.
func TestExclusiveNamesFewestOthers(t *testing.T) {
	ix, kb := testIndex(t, "A", "brill: [Brill]\nholt: [Holt]\nriga: [Riga]\nsyria: [Syria]\nbergen: [Bergen]\nvaduz: [Vaduz]\n",
		"Only Holt, Bergen, Riga and Vaduz recognise Brill.\n\nApart from Riga, Syria and Holt are the only states that recognise Brill.\n")
	ps := kb.Sources[0].Passages
	own := []QueryTerm{{Stem: "oslo", Surface: "Oslo", Name: true, Salient: true},
		{Stem: ix.Terms("recognise")[0], Surface: "recognise", Found: true}, {Stem: "=brill", Surface: "Brill", Found: true, Name: true}}
	if got := ix.exclusive([]Hit{{Passage: ps[0]}, {Passage: ps[1]}}, own, []string{"Oslo"}); got != 1 {
		t.Errorf("hit %d, want 1", got)
	}
}

// The terms of one group add their best to a passage and the rest at
// restShare, whatever order they are scored in.
func TestGroupScoresItsBestWhole(t *testing.T) {
	ix, _ := testIndex(t, "A", "", "Oslo and Riga signed it.\n\nRiga waited.\n\nRiga left.\n\nBergen slept.\n")
	n := len(ix.passages)
	alone := func(term string) float32 {
		scores, best, matched := make([]float32, n), make([]float32, n), make([]uint64, n)
		ix.score([]string{term}, []float64{1}, []int{-1}, scores, best, matched)
		return scores[0]
	}
	oslo, riga := alone("oslo"), alone("riga")
	if oslo <= riga {
		t.Fatalf("oslo %v should score above riga %v in the first passage", oslo, riga)
	}
	want := oslo + restShare*riga
	for _, terms := range [][]string{{"oslo", "riga"}, {"riga", "oslo"}} {
		scores, best, matched := make([]float32, n), make([]float32, n), make([]uint64, n)
		ix.score(terms, []float64{1, 1}, []int{0, 0}, scores, best, matched)
		if d := scores[0] - want; d > 1e-5 || d < -1e-5 {
			t.Errorf("%v: %v, want %v", terms, scores[0], want)
		}
		if best[0] != 0 {
			t.Errorf("%v: scratch left at %v", terms, best[0])
		}
	}
}

// A visit is asked by going to a place; coming to a party's aid or
// defence is help, not going there. The place is named as written.
func TestVisitAsked(t *testing.T) {
	ix, _ := testIndex(t, "A", "holt: [Mayor Holt, Holt]\nriga: [Riga]\n", "Mayor Holt said the ferry deal with Riga is close.\n")
	for q, want := range map[string][2]string{
		"did mayor holt go to riga to sign it":       {"mayor holt", "riga"},
		"has Holt ever visited Riga?":                {"Holt", "Riga"},
		"did mayor holt come to riga's aid":          {"", ""},
		"did holt come to riga's defence in the row": {"", ""},
		"did the crews go to riga":                   {"", ""},
	} {
		if who, where := ix.visit(q); who != want[0] || where != want[1] {
			t.Errorf("%q: %q went to %q, want %q", q, who, where, want)
		}
	}
}

// The sides of a comparison are what each has that the other lacks.
func TestDistinctSides(t *testing.T) {
	a, b := distinctSides([]string{"ferri", "deal"}, []string{"ferri", "quota"})
	if !slices.Equal(a, []string{"deal"}) || !slices.Equal(b, []string{"quota"}) {
		t.Errorf("sides %v and %v, want [deal] and [quota]", a, b)
	}
}

// A question after what stands in the way names a difficulty after "what
// is the", then a preposition or a stop, or a verb of holding back with its
// object; a noun in a compound or a verb without its object does not.
func TestDifficultyQuestions(t *testing.T) {
	for q, want := range map[string]bool{
		"whats the catch with reviving trade?":            true,
		"what's the bottleneck?":                          true,
		"what are the risks for Holt":                     true,
		"what's holding back the ferry trade":             true,
		"what is keeping the ferry trade back?":           true,
		"what stops Holt from selling ferries?":           true,
		"what's stopping Holt?":                           true,
		"what is the catch limit for cod?":                false,
		"what is the catch of the day?":                   false,
		"what is the ceiling height of the hall?":         false,
		"what is a barrier island?":                       false,
		"what holding company owns the ferries?":          false,
		"what stops does the ferry make?":                 false,
		"what challenges did the court hear?":             false,
		"what limits did the council set on the ferries?": false,
	} {
		if got := difficultyRE.MatchString(q); got != want {
			t.Errorf("%q: read as after what stands in the way %v, want %v", q, got, want)
		}
	}
}

// A keyword question's closing "names", after a comma or a colon, asks
// the names of the words before it.
func TestNameAfterComma(t *testing.T) {
	for q, want := range map[string]string{
		"regional parties backing government, names": "regional parties backing government, ",
		"korvex payment processor name":              "korvex payment processor ",
		"unions that led the strike: names?":         "unions that led the strike: ",
	} {
		if m := nameAfterRE.FindStringSubmatch(q); m == nil || m[1] != want {
			t.Errorf("%q: %q, want %q", q, m, want)
		}
	}
}

// testIndex indexes a knowledge base of one made-up source by author,
// body its passages, with a glossary unless it is "".
func testIndex(t *testing.T, author, glossary, body string) (*Index, *KB) {
	t.Helper()
	fsys := fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: T\nauthor: " + author + "\npublisher: P\npublished: 2023\n---\n" + body)}}
	if glossary != "" {
		fsys["glossary.yaml"] = &fstest.MapFile{Data: []byte(glossary)}
	}
	kb, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(kb), kb
}
