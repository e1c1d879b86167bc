package knowledge_test

import (
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// A name written as another language romanises it ("cherson",
// "donec'k", "zaporižžja", "radzhin", "phenjan") is read as the sources'
// spelling of it, shown as a correction; a word that reads like two names
// of different things, or a short reading that opens with another letter,
// is left as written.
func TestTransliteratedNames(t *testing.T) {
	ix := quietIndex(t, "zaporizhzhia: [Zaporizhzhia, Zaporozhye]\n",
		"The grain route. Barges from Kherson carried 40,000 tonnes of wheat to Moscow in March.",
		"The rail link. The line from Rajin to Khasan reopened in May after two years.",
		"The referendums. Voters in Donetsk and Zaporizhzhia were asked to approve annexation.",
		"The envoy. Pyongyang sent its trade envoy to Vostrava in June.",
		"The mills. Kasan Flour and Kosin Mills both buy from the Rajin silos.",
	)
	for q, want := range map[string]struct{ from, to, first string }{
		"how much wheat went from cherson?":                {"cherson", "Kherson", "p1"},
		"when did the radzhin line reopen?":                {"radzhin", "Rajin", "p2"},
		"who voted in donec'k?":                            {"donec'k", "Donetsk", "p3"},
		"what were voters in zaporižžja asked to approve?": {"zaporižžja", "Zaporizhzhia", "p3"},
		"where did phenjan send its trade envoy?":          {"phenjan", "Pyongyang", "p4"},
	} {
		r := ix.Search(q, knowledge.Options{})
		if !slices.Contains(r.Corrections, knowledge.Correction{From: want.from, To: want.to}) {
			t.Errorf("%q: corrections %v, want %s -> %s", q, r.Corrections, want.from, want.to)
		}
		wantFirst(t, ix, q, want.first)
	}
	// "moskva" is a name English has (a river's), as "milan" and "london"
	// are: a word English knows is never read as another name
	if r := ix.Search("how much wheat went to moskva?", knowledge.Options{}); len(r.Corrections) != 0 {
		t.Errorf("moskva: corrections %v, want none", r.Corrections)
	}
	// a short reading opens with the name's own letter: "chosŏn" reads
	// "ksn" as Khasan does, but is no Khasan
	r := ix.Search("what did chosŏn say about the line?", knowledge.Options{})
	for _, c := range r.Corrections {
		if c.To == "Khasan" || c.To == "Kasan" || c.To == "Kosin" {
			t.Errorf("chosŏn: corrected %v, want no name read into it", r.Corrections)
		}
	}
}
