// Package lexicon is general English lexical knowledge for understanding
// questions: which words are ordinary English and how common, and which
// words relate to which (synonyms of a word's commonest senses, its
// derivationally related forms, its base form, the broader nouns it is a
// kind of). It is built from WordNet 3.0 and SCOWL by the generator in
// gen/ and knows nothing of any knowledge base. The data is read in place
// from the embedded file: nothing is parsed at start-up.
package lexicon

import (
	_ "embed"
	"encoding/binary"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ./gen -out lexicon.bin -countries countries.txt -currencies currencies.txt -abbreviations abbreviations.txt

//go:embed lexicon.bin
var data []byte

//go:embed countries.txt
var countriesText string

//go:embed currencies.txt
var currenciesText string

//go:embed abbreviations.txt
var abbreviationsText string

var (
	abbreviationsOnce sync.Once
	abbreviations     map[string]bool
)

// Abbreviation reports whether w (lower case) is an everyday English
// abbreviation SCOWL lists in lower case ("freq", "approx", "govt").
func Abbreviation(w string) bool {
	abbreviationsOnce.Do(func() {
		abbreviations = map[string]bool{}
		for _, line := range strings.Split(abbreviationsText, "\n") {
			if line != "" && !strings.HasPrefix(line, "#") {
				abbreviations[line] = true
			}
		}
	})
	return abbreviations[w]
}

var (
	countriesOnce sync.Once
	countries     map[string][]string
	countryWords  map[string]bool // one-word country names, lower case
	countryNames  map[string]bool // every country name, lower case
)

// Country returns the names of the country whose ISO 3166-1 code (two or
// three capital letters) is code, shortest first as ISO lists them; nil for
// any other word.
func Country(code string) []string {
	loadCountries()
	return countries[code]
}

// CountryName reports whether w, in any case, is the one-word name of a
// country ("japan", "Chad"): a name, even where it is also an English
// word.
func CountryName(w string) bool {
	loadCountries()
	return countryWords[strings.ToLower(w)]
}

// CountryFullName reports whether name, in any case, is a country's name
// as ISO 3166 gives it, of one word or several ("Sri Lanka").
func CountryFullName(name string) bool {
	loadCountries()
	return countryNames[strings.ToLower(name)]
}

func loadCountries() {
	countriesOnce.Do(func() {
		countries, countryWords, countryNames = map[string][]string{}, map[string]bool{}, map[string]bool{}
		for _, line := range strings.Split(countriesText, "\n") {
			codes, names, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			for _, c := range strings.Fields(codes) {
				countries[c] = strings.Split(names, "|")
			}
			for _, n := range strings.Split(names, "|") {
				countryNames[strings.ToLower(n)] = true
				if !strings.ContainsAny(n, " ,'’()") {
					countryWords[strings.ToLower(n)] = true
				}
			}
		}
	})
}

var (
	currenciesOnce sync.Once
	currencyCodes  map[string]string // ISO 4217 code: the currency's name
	currencyWords  map[string]bool   // the last words of currencies' names, lower case
)

// CurrencyCode reports whether code, as written, is the ISO 4217 code of a
// currency in use ("AOA", "CHF"; not "aoa").
func CurrencyCode(code string) bool {
	loadCurrencies()
	_, ok := currencyCodes[code]
	return ok
}

// CurrencyCodeWord returns the word that ends the name of the currency
// whose ISO 4217 code is code, in lower case ("EUR": "euro", "USD":
// "dollar"), or "".
func CurrencyCodeWord(code string) string {
	loadCurrencies()
	ws := strings.Fields(currencyCodes[code])
	if len(ws) == 0 {
		return ""
	}
	return strings.ToLower(ws[len(ws)-1])
}

// CurrencyWord reports whether w, in any case, is the word that names a
// currency at the end of its name, or its plural: "kwanza" (Kwanza),
// "marks" (Convertible Mark), "pesos", "dollar". It is no English word's
// test: "real" and "sum" are currencies too.
func CurrencyWord(w string) bool {
	loadCurrencies()
	lower := strings.ToLower(w)
	return currencyWords[lower] || len(lower) > 3 && strings.HasSuffix(lower, "s") && currencyWords[lower[:len(lower)-1]]
}

func loadCurrencies() {
	currenciesOnce.Do(func() {
		currencyCodes, currencyWords = map[string]string{}, map[string]bool{}
		for _, line := range strings.Split(currenciesText, "\n") {
			code, name, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			currencyCodes[code] = name
			ws := strings.Fields(name)
			currencyWords[strings.ToLower(ws[len(ws)-1])] = true
		}
	})
}

// A Kind says how a related word relates.
type Kind uint8

// The relations, strongest first.
const (
	Synonym  Kind = iota // shares one of the word's commonest senses
	Derived              // a derivationally related form ("denial", "deny")
	Base                 // the word's base form ("halted", "halt")
	Broader              // the broader term of a verb's commonest sense
	Opposite             // an antonym ("closed" for "open"): what a yes-or-no answer may say
	_                    // stored: the mark of a noun's class (see Person)
	Similar              // an adjective WordNet relates by "see also" or a satellite's head ("valuable", "important")
	Means                // what an expression means, where WordNet defines it in one word ("over and over": repeatedly)
	PartOf               // the place a named place is part of ("tuscany": italy); see Wholes, not Lookup
	KindOf               // a broader noun of a noun's commonest sense ("streptomycin": antibiotic); see KindsOf, not Lookup
)

func (k Kind) String() string {
	return [...]string{"synonym", "derived", "base", "broader", "opposite", "class", "similar", "means", "part of", "kind of"}[k]
}

// A Related word.
type Related struct {
	Word string
	Kind Kind
}

type table struct {
	n       int
	offs    []byte // (n+1) uint32
	text    []byte
	levels  []byte
	relOffs []byte
	rels    []byte
}

var (
	once sync.Once
	tab  table
)

func load() *table {
	once.Do(func() {
		if len(data) < 16 || string(data[:4]) != "DLX3" {
			return // an empty lexicon: every word unknown
		}
		le := binary.LittleEndian
		n, textLen, relLen := int(le.Uint32(data[4:])), int(le.Uint32(data[8:])), int(le.Uint32(data[12:]))
		p := 16
		take := func(k int) []byte { b := data[p : p+k]; p += k; return b }
		tab = table{n: n}
		tab.offs = take(4 * (n + 1))
		tab.text = take(textLen)
		tab.levels = take(n)
		tab.relOffs = take(4 * (n + 1))
		tab.rels = take(relLen)
	})
	return &tab
}

func (t *table) word(i int) string { return string(t.key(i)) }

// key is word i's bytes in place; compared as string(key) they are not
// copied.
func (t *table) key(i int) []byte {
	le := binary.LittleEndian
	return t.text[le.Uint32(t.offs[4*i:]):le.Uint32(t.offs[4*i+4:])]
}

func (t *table) find(w string) int {
	lo, hi := 0, t.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if string(t.key(m)) < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.n && string(t.key(lo)) == w {
		return lo
	}
	return -1
}

// Len returns the number of words the lexicon holds: those it knows, and
// the names it holds only for the places they are part of.
func Len() int { return load().n }

// Known reports whether w (lower case) is an English word or phrase the
// lexicon knows.
func Known(w string) bool {
	t := load()
	i := t.find(w)
	return i >= 0 && t.levels[i] != partOnly
}

// partOnly is the level of a name the lexicon holds only for the place it
// is part of (see PartOf): not a word it knows.
const partOnly = 255

// Level returns how common an English word is: its SCOWL size, 10 for the
// commonest words up to 80 for rare ones, or 0 when SCOWL does not list it
// (a phrase, a rare or specialised term, a name, a typo).
func Level(w string) int {
	t := load()
	if i := t.find(w); i >= 0 && t.levels[i] < 100 {
		return int(t.levels[i])
	}
	return 0
}

// Name reports whether w (lower case) is a name or a word English writes
// with a capital ("europe", "thursday") that SCOWL lists.
func Name(w string) bool {
	t := load()
	i := t.find(w)
	return i >= 0 && t.levels[i] >= 100 && t.levels[i] != partOnly
}

// LargestSize is the largest SCOWL size read for lower-case words: its
// largest lists of real English ("workaround", "gatekeeping"). Size 95,
// the rare and archaic words, is not read.
const LargestSize = 80

// Ordinary reports whether w is an English word, not a name or a
// specialised term: SCOWL lists it in lower case, up to LargestSize.
func Ordinary(w string) bool {
	l := Level(w)
	return l > 0 && l <= LargestSize
}

// Lookup returns the words related to w (lower case), strongest first as
// the lexicon lists them.
func Lookup(w string) []Related {
	var out []Related
	each(w, func(r Related) {
		if r.Kind != class && r.Kind != PartOf && r.Kind != KindOf {
			out = append(out, r)
		}
	})
	return out
}

// Wholes returns the places a named place (lower case) is part of, by
// WordNet's commonest sense of it: "italy" for "tuscany", "germany" for
// "bavaria".
func Wholes(w string) []string { return related(w, PartOf) }

// KindsOf returns the nouns that w (lower case), by its commonest noun
// sense, is a kind of, up to three hypernyms up in WordNet and none near
// its top, each where that sense is one of its two commonest:
// "antibiotic", "antibacterial", "medicine", "medication" for
// "streptomycin"; none for a word mainly an adjective.
// They are what a question may call the thing ("which antibiotic"), not
// what the thing is called: a search reads them from the sources' words
// back to the question's, never the other way.
func KindsOf(w string) []string { return related(w, KindOf) }

// related returns the words related to w by one kind, as stored.
func related(w string, kind Kind) []string {
	var out []string
	scan(strings.ToLower(w), func(i int, k Kind) bool {
		if k == kind {
			out = append(out, load().word(i))
		}
		return true
	})
	return out
}

// BaseForm returns the first base form the lexicon lists for w (lower
// case): "halt" for "halted", "" when it lists none. It reads only that
// relation, for callers that go through every word of a large vocabulary.
func BaseForm(w string) string {
	base := ""
	scan(w, func(i int, k Kind) bool {
		if k == Base {
			base = load().word(i)
		}
		return base == ""
	})
	return base
}

// class is the stored kind that marks a noun's class, not a related word.
const class Kind = 5

// kindBits is how many low bits of a stored relation hold its kind.
const kindBits = 4

// Person reports whether w (lower case), or its base form, is a noun whose
// commonest sense is a kind of person ("official", "envoys"), by WordNet's
// hypernyms.
func Person(w string) bool {
	return isPerson(w) || slices.ContainsFunc(Lookup(w), func(r Related) bool { return r.Kind == Base && isPerson(r.Word) })
}

// isPerson reports whether w itself carries the person mark.
func isPerson(w string) bool { return hasClass(w, "person") }

// hasClass reports whether w itself carries a class's mark ("person",
// "organization", "location").
func hasClass(w, name string) bool {
	found := false
	scan(w, func(i int, k Kind) bool { found = k == class && load().word(i) == name; return !found })
	return found
}

// GoesByName reports whether w (lower case), or its base form, is a noun
// whose commonest sense is a kind of person, organisation or place, by
// WordNet's hypernyms ("insurers", "clubs", "provinces"; not "concerns",
// "matches"): the members of a group of them have names.
func GoesByName(w string) bool {
	named := func(form string) bool {
		return hasClass(form, "person") || hasClass(form, "organization") || hasClass(form, "location")
	}
	return named(w) || slices.ContainsFunc(Lookup(w), func(r Related) bool { return r.Kind == Base && named(r.Word) })
}

// each calls fn for every relation the lexicon stores for w.
func each(w string, fn func(Related)) {
	scan(w, func(i int, k Kind) bool { fn(Related{Word: load().word(i), Kind: k}); return true })
}

// scan calls fn with each relation stored for w, the related word's
// index and the kind, until fn returns false; the words are not read.
func scan(w string, fn func(i int, k Kind) bool) {
	b := load().relations(strings.ToLower(w))
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 || !fn(int(v>>kindBits), Kind(v&(1<<kindBits-1))) {
			return
		}
		b = b[n:]
	}
}

// relations returns the stored relations of w, nil when it has none. A
// name kept only for the place it is part of has only that relation.
func (t *table) relations(w string) []byte {
	i := t.find(w)
	if i < 0 {
		return nil
	}
	le := binary.LittleEndian
	return t.rels[le.Uint32(t.relOffs[4*i:]):le.Uint32(t.relOffs[4*i+4:])]
}
