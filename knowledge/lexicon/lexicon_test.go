package lexicon_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

func TestCommonness(t *testing.T) {
	for _, tt := range []struct {
		w        string
		known    bool
		ordinary bool
		name     bool
	}{
		{"situation", true, true, false},
		{"the", true, true, false},
		{"rapprochement", true, true, false},
		{"interlocutor", true, true, false},
		{"workaround", true, true, false}, // size 80
		{"rulebook", false, false, false}, // only in SCOWL 95, which is not read
		{"europe", true, false, true},
		{"thursday", true, false, true},
		{"dprk", false, false, false},
		{"sanctoins", false, false, false},
	} {
		if got := lexicon.Known(tt.w); got != tt.known {
			t.Errorf("Known(%q) = %v", tt.w, got)
		}
		if got := lexicon.Ordinary(tt.w); got != tt.ordinary {
			t.Errorf("Ordinary(%q) = %v (level %d)", tt.w, got, lexicon.Level(tt.w))
		}
		if got := lexicon.Name(tt.w); got != tt.name {
			t.Errorf("Name(%q) = %v", tt.w, got)
		}
	}
}

func TestCountryName(t *testing.T) {
	for w, want := range map[string]bool{"japan": true, "Chad": true, "peru": true, "harbour": false, "korea": false} {
		if got := lexicon.CountryName(w); got != want {
			t.Errorf("CountryName(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCountryFullName(t *testing.T) {
	for w, want := range map[string]bool{"South Korea": true, "united arab emirates": true, "Chad": true, "Hermit Kingdom": false, "Far East": false} {
		if got := lexicon.CountryFullName(w); got != want {
			t.Errorf("CountryFullName(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestRelations(t *testing.T) {
	for _, tt := range []struct {
		w, rel string
		kind   lexicon.Kind
	}{
		{"pact", "treaty", lexicon.Synonym},
		{"denial", "deny", lexicon.Derived},
		{"penalise", "penalty", lexicon.Derived},
		{"halted", "halt", lexicon.Base},
		{"went", "go", lexicon.Base},
		{"cold shoulder", "snub", lexicon.Synonym},
		{"ammo", "ammunition", lexicon.Synonym},
		{"militarily", "military", lexicon.Derived},
		{"economically", "economic", lexicon.Derived},
		{"open", "closed", lexicon.Opposite},
		{"buy", "sell", lexicon.Opposite},
		{"valuable", "important", lexicon.Similar},     // "see also"
		{"crucial", "critical", lexicon.Similar},       // a satellite's head
		{"tie-up", "association", lexicon.Synonym},     // a hyphenated compound
		{"over and over", "repeatedly", lexicon.Means}, // its gloss, one word
		{"hold down", "restrain", lexicon.Means},
	} {
		if !slices.Contains(lexicon.Lookup(tt.w), lexicon.Related{Word: tt.rel, Kind: tt.kind}) {
			t.Errorf("Lookup(%q) = %v, want %s %q", tt.w, lexicon.Lookup(tt.w), tt.kind, tt.rel)
		}
	}
	// a participle's related adjectives are not its verb's
	if slices.ContainsFunc(lexicon.Lookup("given"), func(r lexicon.Related) bool { return r.Kind == lexicon.Similar }) {
		t.Errorf("Lookup(given) = %v: no similar adjectives for a participle", lexicon.Lookup("given"))
	}
	// only an expression is what its gloss says: a word's gloss is no synonym
	if slices.ContainsFunc(lexicon.Lookup("again"), func(r lexicon.Related) bool { return r.Kind == lexicon.Means }) {
		t.Errorf("Lookup(again) = %v: a one-word gloss of a single word", lexicon.Lookup("again"))
	}
	if rs := lexicon.Lookup("qwzxv"); rs != nil {
		t.Errorf("an unknown word relates to %v", rs)
	}
}

// A named place knows the places it is part of, by WordNet's commonest
// sense; Lookup does not list them, and a name held only for them is no
// word the lexicon knows.
func TestWholes(t *testing.T) {
	for w, whole := range map[string]string{"donbas": "ukraine", "Vladivostok": "russia", "aar": "switzerland"} {
		if got := lexicon.Wholes(w); !slices.Contains(got, whole) {
			t.Errorf("Wholes(%q) = %v, want %s among them", w, got, whole)
		}
	}
	for _, w := range []string{"kiev", "donbas"} {
		if slices.ContainsFunc(lexicon.Lookup(w), func(r lexicon.Related) bool { return r.Kind == lexicon.PartOf }) {
			t.Errorf("Lookup(%q) lists the places it is part of", w)
		}
	}
	if lexicon.Known("aar") || lexicon.Name("aar") || lexicon.Lookup("aar") != nil {
		t.Errorf("aar, held only for the place it is part of, is known as a word")
	}
	if got := lexicon.Wholes("harbour"); got != nil {
		t.Errorf("Wholes(harbour) = %v: no name", got)
	}
}

// KindsOf lists the broader nouns of a noun's commonest sense, nearest
// first, up to three hypernyms up and none near WordNet's top; Lookup
// leaves them out (a broader word is no answer to a narrower one).
func TestKindsOf(t *testing.T) {
	for w, want := range map[string][]string{
		"streptomycin": {"antibiotic", "antibacterial", "bactericide", "medicine", "medication", "medicament"},
		"rifles":       {"firearm", "small-arm", "gun", "weapon"},
	} {
		if got := lexicon.KindsOf(w); !slices.Equal(got, want) {
			t.Errorf("KindsOf(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"instrumentality", "device", "shell"} {
		for _, top := range []string{"entity", "object", "whole", "artifact", "abstraction"} {
			if slices.Contains(lexicon.KindsOf(w), top) {
				t.Errorf("KindsOf(%q) has %q, near the top", w, top)
			}
		}
	}
	// a word of a broader synset counts only where the synset is one of
	// its two commonest senses ("unit" of "social unit" is its third), and
	// an adjective's noun sense is none ("social": a gathering)
	if got := lexicon.KindsOf("family"); slices.Contains(got, "unit") {
		t.Errorf("KindsOf(family) = %v: a family is no unit as analysts ask it", got)
	}
	if got := lexicon.KindsOf("social"); len(got) > 0 {
		t.Errorf("KindsOf(social) = %v: mainly an adjective", got)
	}
	if slices.ContainsFunc(lexicon.Lookup("streptomycin"), func(r lexicon.Related) bool { return r.Kind == lexicon.KindOf || r.Word == "antibiotic" }) {
		t.Errorf("Lookup(streptomycin) lists what it is a kind of: %v", lexicon.Lookup("streptomycin"))
	}
	if got := lexicon.KindsOf("cargo"); slices.ContainsFunc(got, func(k string) bool { return strings.Contains(k, " ") }) {
		t.Errorf("KindsOf(cargo) = %v: a phrase", got)
	}
}

// BaseForm is the first base form Lookup lists, read alone.
func TestBaseForm(t *testing.T) {
	for _, w := range []string{"halted", "went", "frozen", "Fell", "troops", "halt", "pact", "qwzxv", "the"} {
		want := ""
		for _, r := range lexicon.Lookup(strings.ToLower(w)) {
			if r.Kind == lexicon.Base {
				want = r.Word
				break
			}
		}
		if got := lexicon.BaseForm(w); got != want {
			t.Errorf("BaseForm(%q) = %q, want %q", w, got, want)
		}
	}
	if got := lexicon.BaseForm("went"); got != "go" {
		t.Errorf("BaseForm(went) = %q, want go", got)
	}
	if got := lexicon.BaseForm("halt"); got != "" {
		t.Errorf("BaseForm(halt) = %q: a base form has none", got)
	}
}

// Base forms are those English spelling inflects: morphy's blind rules
// read "planes" as a form of "plan" and "hoped" as one of "hop", whose
// forms are "plans" and "hopped". A noun or a verb that English uses
// more often than an adjective it ends like is no comparative of it
// ("number" of "numb", "offer" of "off", which WordNet's exception list
// has).
func TestBaseFormsAreSpelledSo(t *testing.T) {
	bases := func(w string) []string {
		var out []string
		for _, r := range lexicon.Lookup(w) {
			if r.Kind == lexicon.Base {
				out = append(out, r.Word)
			}
		}
		return out
	}
	for w, not := range map[string]string{"planes": "plan", "rates": "rat", "sites": "sit", "hoped": "hop", "hoping": "hop", "taped": "tap",
		"number": "numb", "offer": "off", "layer": "lay", "customer": "custom", "guest": "gu", "matter": "matt"} {
		if slices.Contains(bases(w), not) {
			t.Errorf("%s: base forms %v, with %s", w, bases(w), not)
		}
	}
	for w, base := range map[string]string{"planes": "plane", "taxes": "tax", "goes": "go", "pushes": "push", "vetoes": "veto",
		"fixing": "fix", "raining": "rain", "visited": "visit", "stopped": "stop", "planned": "plan", "hoped": "hope", "helping": "help",
		"longer": "long", "greater": "great", "lower": "low", "better": "good", "cheaper": "cheap"} {
		if !slices.Contains(bases(w), base) {
			t.Errorf("%s: base forms %v, without %s", w, bases(w), base)
		}
	}
}

// The embedded file is what the committed generator makes from Debian's
// wordnet-base and scowl packages (skipped where they are not installed).
func TestGeneratedFileIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the lexicon takes a few seconds")
	}
	for _, dir := range []string{"/usr/share/wordnet", "/usr/share/dict/scowl", "/usr/share/iso-codes/json"} {
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("%s missing (Debian packages wordnet-base, scowl and iso-codes): cannot regenerate", dir)
		}
	}
	out := filepath.Join(t.TempDir(), "lexicon.bin")
	countries := filepath.Join(t.TempDir(), "countries.txt")
	currencies := filepath.Join(t.TempDir(), "currencies.txt")
	abbreviations := filepath.Join(t.TempDir(), "abbreviations.txt")
	cmd := exec.Command("go", "run", "./gen", "-out", out, "-countries", countries, "-currencies", currencies, "-abbreviations", abbreviations)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generator: %v\n%s", err, msg)
	}
	got, _ := os.ReadFile(out)
	want, _ := os.ReadFile("lexicon.bin")
	if !bytes.Equal(got, want) {
		t.Errorf("lexicon.bin is stale: run go generate ./knowledge/lexicon (%d bytes now, %d generated)", len(want), len(got))
	}
	got, _ = os.ReadFile(countries)
	want, _ = os.ReadFile("countries.txt")
	if !bytes.Equal(got, want) {
		t.Errorf("countries.txt is stale: run go generate ./knowledge/lexicon")
	}
	got, _ = os.ReadFile(currencies)
	want, _ = os.ReadFile("currencies.txt")
	if !bytes.Equal(got, want) {
		t.Errorf("currencies.txt is stale: run go generate ./knowledge/lexicon")
	}
	got, _ = os.ReadFile(abbreviations)
	want, _ = os.ReadFile("abbreviations.txt")
	if !bytes.Equal(got, want) {
		t.Errorf("abbreviations.txt is stale: run go generate ./knowledge/lexicon")
	}
}

func TestAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{"freq": true, "approx": true, "govt": true, "vol": true, "frequency": false, "kpa": false, "": false} {
		if got := lexicon.Abbreviation(w); got != want {
			t.Errorf("Abbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCurrency(t *testing.T) {
	for _, code := range []string{"AOA", "CHF", "USD", "XOF", "BWP"} {
		if !lexicon.CurrencyCode(code) {
			t.Errorf("CurrencyCode(%q) = false", code)
		}
	}
	for _, code := range []string{"aoa", "XAU", "XTS", "USA", "EU", "BOV"} {
		if lexicon.CurrencyCode(code) {
			t.Errorf("CurrencyCode(%q) = true: no currency a sum is written in", code)
		}
	}
	for _, w := range []string{"kwanza", "Kwanza", "kwanzas", "mark", "marks", "pula", "dollars", "peso", "krona", "krone"} {
		if !lexicon.CurrencyWord(w) {
			t.Errorf("CurrencyWord(%q) = false", w)
		}
	}
	for _, w := range []string{"water", "gold", "unit", "fomento", "is", "s"} {
		if lexicon.CurrencyWord(w) {
			t.Errorf("CurrencyWord(%q) = true", w)
		}
	}
}

func TestCountry(t *testing.T) {
	for code, want := range map[string]string{"RU": "Russian Federation", "RUS": "Russian Federation", "CN": "China", "KP": "North Korea"} {
		if got := lexicon.Country(code); len(got) == 0 || got[0] != want {
			t.Errorf("Country(%q) = %q, want %q first", code, got, want)
		}
	}
	if got := lexicon.Country("XQ"); got != nil {
		t.Errorf("Country(XQ) = %q", got)
	}
}

func BenchmarkLookup(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		lexicon.Lookup([]string{"halted", "suspended", "treaty", "situation"}[i%4])
	}
}

// A noun whose commonest sense is a kind of person is marked so, from
// WordNet's hypernyms, and its plural with it; the mark is no related word.
func TestPerson(t *testing.T) {
	for w, want := range map[string]bool{
		"official": true, "envoys": true, "spokesperson": true, "expert": true,
		"table": false, "country": false, "outlet": false, "regime": false,
	} {
		if got := lexicon.Person(w); got != want {
			t.Errorf("Person(%q) = %v", w, got)
		}
	}
	for _, r := range lexicon.Lookup("official") {
		if r.Word == "person" {
			t.Errorf("Lookup lists the class as a related word: %+v", r)
		}
	}
}
