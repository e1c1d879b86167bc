package knowledge

import (
	"slices"
	"testing"
	"testing/fstest"
)

// The sources describe a name by a country right before it, past at most
// two uninflected lower-case words or a hyphen's participle, or in an
// apposition after it; a verb, a function word or a longer gap joins no
// country to a name.
func TestRoundFortyEightDescribedCountries(t *testing.T) {
	body := "The pledges. Kestrel Advanced Packaging, a US-headquartered firm, committed $2 billion.\n\n" +
		"Tools. The bonders come from the Dutch toolmaker Brabant and from US-based Orin.\n\n" +
		"Loans. Pakistan owes Vik Bank about $5 billion, and Chile backed Holm. China sold the lithium to Tarn.\n\n" +
		"Other. Norway's Sela opened a plant."
	fsys := fstest.MapFS{
		"made-up.md":    {Data: []byte("---\nid: made-up\ntitle: A test source\nauthor: A. Writer\npublisher: Test Press\npublished: 2023-05-02\n---\n" + body + "\n")},
		"glossary.yaml": {Data: []byte("united-states: [United States, US]\nnetherlands: [Netherlands, Dutch]\npakistan: [Pakistan]\nchile: [Chile]\nchina: [China]\nnorway: [Norway]\nkestrel: [Kestrel Advanced Packaging, Kestrel]\nbrabant: [Brabant]\norin: [Orin]\nvik-bank: [Vik Bank]\nholm: [Holm]\ntarn: [Tarn]\nsela: [Sela]\n")},
	}
	kb, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(kb)
	for name, want := range map[string]string{
		"=kestrel": "=united-states", "=brabant": "=netherlands", "=orin": "=united-states", "=sela": "=norway",
		"=vik-bank": "", "=holm": "", "=tarn": "",
	} {
		if c := ix.countriesOf(name); want == "" && len(c) > 0 || want != "" && !slices.Equal(c, []string{want}) {
			t.Errorf("%s described by %v, want %q", name, c, want)
		}
	}
}

// A name's countries are read from the passages that name it, a name at a
// time, when first asked: asking one name reads no other's.
func TestRoundFortyEightCountriesReadOneNameAtATime(t *testing.T) {
	fsys := fstest.MapFS{
		"made-up.md":    {Data: []byte("---\nid: made-up\ntitle: A test source\nauthor: A. Writer\npublisher: Test Press\npublished: 2023-05-02\n---\nOne. The Norwegian carrier Holm moved containers.\n\nTwo. Vik, a Danish firm, moved them too.\n")},
		"glossary.yaml": {Data: []byte("norway: [Norway, Norwegian]\ndenmark: [Denmark, Danish]\nholm: [Holm]\nvik: [Vik]\n")},
	}
	kb, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(kb)
	if c := ix.countriesOf("=holm"); !slices.Equal(c, []string{"=norway"}) {
		t.Fatalf("countriesOf(=holm) = %v", c)
	}
	if _, read := ix.nationality["=vik"]; read || len(ix.nationality) != 1 {
		t.Errorf("asking one name read others: %v", ix.nationality)
	}
}
