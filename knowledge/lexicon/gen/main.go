// Command gen builds lexicon.bin, the compact English lexicon that the
// question-understanding stage embeds, from two general sources packaged by
// Debian:
//
//   - WordNet 3.0 (package wordnet-base): synonyms of a word's commonest
//     senses, its derivationally related forms ("denial" and "deny") and the
//     words an adverb or adjective pertains to ("militarily" and "military"),
//     antonyms ("open" and "closed"), what an expression means when
//     WordNet defines it in one word ("over and over": repeatedly),
//     the place a named place is part of ("Tuscany": Italy), and the
//     broader nouns of a noun's commonest sense, three hypernyms up at
//     most and none near the top, each word of a broader synset that is
//     one of its two commonest senses ("streptomycin": antibiotic,
//     medicine, medication; not "unit" of "social unit"), and none for a
//     word mainly an adjective ("social"); base forms by morphy's rules
//     where English spells them so, and, by how often the Brown corpus
//     tags each sense (cntlist.rev), no comparative of a rare adjective
//     for a common noun or verb ("number" is no "more numb");
//   - SCOWL (package scowl): size-graded English word lists, which tell an
//     ordinary English word from a specific term;
//   - ISO 3166-1 (package iso-codes): the two- and three-letter codes of
//     countries and their names, written to countries.txt ("FR" for
//     France);
//   - ISO 4217 (package iso-codes): the codes of currencies and their
//     names, written to currencies.txt ("AOA" for the kwanza).
//
// Nothing here knows about any knowledge base: the file is the same for
// every set of sources. Run it with `go generate ./knowledge/lexicon`.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Relation kinds, as stored in the file's low kindBits bits.
const (
	relSyn    = 0 // shares one of the word's commonest senses
	relDeriv  = 1 // a derivationally related form
	relBase   = 2 // the word's base form (lemma)
	relBroad  = 3 // the broader term of the word's commonest verb sense
	relOpp    = 4 // an antonym of the word in one of its commonest senses ("closed", "open")
	relClass  = 5 // "person", "organization", "location" for a noun whose commonest sense is a kind of one (see classes)
	relSee    = 6 // an adjective WordNet points to from one of the word's commonest senses: "see also" ("valuable", "important") or, from a satellite, its head ("crucial", "critical")
	relMeans  = 7 // the one word that WordNet's gloss of one of an expression's commonest senses is ("over and over": repeatedly)
	relPart   = 8 // the place a named place is part of, by its commonest sense ("tuscany", "italy")
	relKindOf = 9 // a broader noun of the word's commonest noun sense, up to maxKindHops hypernyms up ("streptomycin", "antibiotic")
	kindBits  = 4
	maxSenses = 3 // senses of a lemma whose synonyms count
	maxLevel  = 80
	// maxKindHops is how far up WordNet's hypernyms a noun's broader
	// nouns are read; minKindDepth how far below the top ("entity") a
	// broader noun must be to be kept: "antibiotic", "medicine", not
	// "agent", "object", "whole".
	maxKindHops  = 3
	minKindDepth = 5
	kindSenses   = 2
)

// levels are the SCOWL sizes read for names and capitalised words; words
// are read to size 80, which still lists only real English words
// ("workaround", "gatekeeping") but not the rare and archaic ones of 95.
var (
	levels     = []int{10, 20, 35, 40, 50, 55, 60, 70}
	wordLevels = append(levels[:len(levels):len(levels)], 80)
)

func main() {
	wn := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory (Debian: wordnet-base)")
	scowl := flag.String("scowl", "/usr/share/dict/scowl", "SCOWL word lists directory (Debian: scowl)")
	out := flag.String("out", "lexicon.bin", "output file")
	iso := flag.String("iso", "/usr/share/iso-codes/json/iso_3166-1.json", "ISO 3166-1 in JSON (Debian: iso-codes)")
	countries := flag.String("countries", "countries.txt", "output file for the country codes")
	iso4217 := flag.String("iso4217", "/usr/share/iso-codes/json/iso_4217.json", "ISO 4217 in JSON (Debian: iso-codes)")
	currencies := flag.String("currencies", "currencies.txt", "output file for the currency codes")
	abbreviations := flag.String("abbreviations", "abbreviations.txt", "output file for the English abbreviations")
	flag.Parse()
	if err := writeCountries(*iso, *countries); err != nil {
		log.Fatal(err)
	}
	if err := writeCurrencies(*iso4217, *currencies); err != nil {
		log.Fatal(err)
	}
	if err := writeAbbreviations(*scowl, *abbreviations); err != nil {
		log.Fatal(err)
	}
	level := readSCOWL(*scowl)
	proper := readProper(*scowl)
	db := readWordNet(*wn)
	words, rels := build(level, proper, db)
	if err := write(*out, words, level, rels); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d words\n", *out, len(words))
}

// writeCountries writes one line a country: its codes, a tab, then its
// names (short, common, official) separated by "|", sorted by code.
func writeCountries(src, out string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("%v (install Debian's iso-codes package)", err)
	}
	var doc struct {
		Countries []struct {
			Alpha2   string `json:"alpha_2"`
			Alpha3   string `json:"alpha_3"`
			Name     string `json:"name"`
			Common   string `json:"common_name"`
			Official string `json:"official_name"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %v", src, err)
	}
	var lines []string
	for _, c := range doc.Countries {
		var names []string
		for _, n := range []string{c.Name, c.Common, c.Official} {
			if n != "" && !strings.Contains(n, ",") && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		if len(names) > 0 {
			lines = append(lines, c.Alpha2+" "+c.Alpha3+"\t"+strings.Join(names, "|"))
		}
	}
	if len(lines) < 200 {
		return fmt.Errorf("%s: only %d countries", src, len(lines))
	}
	slices.Sort(lines)
	header := "# ISO 3166-1 country codes and names, from Debian's iso-codes (LGPL-2.1+, see LICENSE-iso-codes).\n# Generated by gen/; do not edit.\n"
	return os.WriteFile(out, []byte(header+strings.Join(lines, "\n")+"\n"), 0o644)
}

// writeCurrencies writes one line a currency in use: its ISO 4217 code, a
// tab, then its name, sorted by code. Left out are the codes that are no
// money a sum is written in: precious metals, bond units, testing codes
// and the funds' units of account (the X codes other than the CFA and CFP
// francs and the East Caribbean dollar, and names with "Unidad", "WIR",
// "Mvdol" or a parenthesis).
func writeCurrencies(src, out string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("%v (install Debian's iso-codes package)", err)
	}
	var doc struct {
		Currencies []struct {
			Alpha3 string `json:"alpha_3"`
			Name   string `json:"name"`
		} `json:"4217"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %v", src, err)
	}
	money := map[string]bool{"XAF": true, "XOF": true, "XPF": true, "XCD": true}
	var lines []string
	for _, c := range doc.Currencies {
		if c.Alpha3 == "" || c.Name == "" || strings.HasPrefix(c.Alpha3, "X") && !money[c.Alpha3] ||
			strings.ContainsAny(c.Name, "()") || strings.Contains(c.Name, "Unidad") || strings.HasPrefix(c.Name, "WIR") || c.Name == "Mvdol" {
			continue
		}
		line := c.Alpha3 + "\t" + c.Name
		if !slices.Contains(lines, line) {
			lines = append(lines, line)
		}
	}
	if len(lines) < 150 {
		return fmt.Errorf("%s: only %d currencies", src, len(lines))
	}
	slices.Sort(lines)
	header := "# ISO 4217 currency codes and names, from Debian's iso-codes (LGPL-2.1+, see LICENSE-iso-codes).\n# Generated by gen/; do not edit.\n"
	return os.WriteFile(out, []byte(header+strings.Join(lines, "\n")+"\n"), 0o644)
}

// writeAbbreviations writes the abbreviations SCOWL lists in lower case
// up to size 70 ("freq", "approx", "govt"), one to a line: everyday
// shortenings, which a question may use for a word the sources write out.
func writeAbbreviations(dir, out string) error {
	seen := map[string]bool{}
	eachListed(dir, levels, []string{"english-abbreviations", "american-abbreviations", "british-abbreviations"}, func(w string, _ int) {
		if w != "" && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
			seen[w] = true
		}
	})
	if len(seen) < 200 {
		return fmt.Errorf("only %d abbreviations in %s (install Debian's scowl package)", len(seen), dir)
	}
	lines := slices.Sorted(maps.Keys(seen))
	header := "# English abbreviations in lower case, SCOWL sizes 10-70, from Debian's scowl (see LICENSE-SCOWL).\n# Generated by gen/; do not edit.\n"
	return os.WriteFile(out, []byte(header+strings.Join(lines, "\n")+"\n"), 0o644)
}

// eachListed calls fn with each line of SCOWL's lists of the sizes given
// (trimmed), and its size; a list missing at a size is skipped.
func eachListed(dir string, sizes []int, lists []string, fn func(w string, size int)) {
	for _, lv := range sizes {
		for _, list := range lists {
			f, err := os.Open(filepath.Join(dir, fmt.Sprintf("%s.%d", list, lv)))
			if err != nil {
				continue
			}
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				fn(strings.TrimSpace(sc.Text()), lv)
			}
			f.Close()
		}
	}
}

// readSCOWL returns each lower-case word's smallest SCOWL size (10 is the
// commonest English, 80 the largest list kept).
func readSCOWL(dir string) map[string]int {
	level := map[string]int{}
	eachListed(dir, wordLevels, []string{"english-words", "american-words", "british-words", "english-contractions"}, func(w string, lv int) {
		if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " '") {
			return
		}
		if old, ok := level[w]; !ok || lv < old {
			level[w] = lv
		}
	})
	if len(level) < 1000 {
		log.Fatalf("no SCOWL word lists in %s (install Debian's scowl package)", dir)
	}
	return level
}

// readProper returns the names and capitalised words SCOWL lists ("Europe",
// "Thursday"), lower-cased, with their smallest size.
func readProper(dir string) map[string]int {
	level := map[string]int{}
	eachListed(dir, levels, []string{"english-upper", "english-proper-names", "american-upper", "american-proper-names", "british-upper", "british-proper-names"}, func(w string, lv int) {
		w = strings.ToLower(w)
		if w == "" || strings.ContainsAny(w, " '") {
			return
		}
		if old, ok := level[w]; !ok || lv < old {
			level[w] = lv
		}
	})
	return level
}

type synset struct {
	words     []string
	means     string // the gloss, when it is one word ("repeatedly")
	ptrs      []pointer
	satellite bool            // an adjective satellite, which points to its head
	proper    bool            // its first word is written with a capital: a name
	titled    map[string]bool // its words (lower case) written with a capital on every part ("World_Bank")
	group     bool            // its lexicographer file is noun.group: organisations, bodies
}

type pointer struct {
	sym    string
	target string // pos + offset
	src    int    // source word number, 0 for the whole synset
	dst    int
}

type db struct {
	senses  map[string][][]string // "pos lemma" -> synset keys, commonest first
	tagged  map[string]int        // "pos lemma" -> how many of its senses the Brown corpus tags
	freq    map[string]int        // "pos lemma" -> how often the Brown corpus tags it, over all its senses (cntlist.rev)
	synsets map[string]*synset
	depths  map[string]int      // memo of depth
	exc     map[string][]string // "pos form" -> base forms
}

var poses = []struct{ name, c string }{{"noun", "n"}, {"verb", "v"}, {"adj", "a"}, {"adv", "r"}}

func readWordNet(dir string) *db {
	d := &db{senses: map[string][][]string{}, tagged: map[string]int{}, freq: map[string]int{}, synsets: map[string]*synset{}, depths: map[string]int{}, exc: map[string][]string{}}
	for _, p := range poses {
		readIndex(d, filepath.Join(dir, "index."+p.name), p.c)
		readData(d, filepath.Join(dir, "data."+p.name), p.c)
		readExc(d, filepath.Join(dir, p.name+".exc"), p.c)
	}
	readCounts(d, filepath.Join(dir, "cntlist.rev"))
	return d
}

// keyPOS is the part of speech of a sense key's first digit after "%"
// (5 is an adjective satellite).
var keyPOS = map[byte]string{'1': "n", '2': "v", '3': "a", '4': "r", '5': "a"}

// readCounts reads how often the Brown corpus tags each sense (WordNet's
// cntlist.rev: "sense_key sense_number tag_cnt", the key's first digit
// after "%" its part of speech) into d.freq, by lemma and part of speech.
func readCounts(d *db, path string) {
	lines(path, func(l string) {
		f := strings.Fields(l)
		if len(f) != 3 {
			return
		}
		lemma, key, ok := strings.Cut(f[0], "%")
		n, err := strconv.Atoi(f[2])
		if !ok || key == "" || err != nil {
			return
		}
		if pos := keyPOS[key[0]]; pos != "" {
			d.freq[pos+" "+lemma] += n
		}
	})
}

func lines(path string, fn func(string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatalf("%v (install Debian's wordnet-base package)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); l != "" && l[0] != ' ' {
			fn(l)
		}
	}
}

func readIndex(d *db, path, pos string) {
	lines(path, func(l string) {
		f := strings.Fields(l)
		lemma := f[0]
		pcnt, _ := strconv.Atoi(f[3])
		offsets := f[4+pcnt+2:]
		d.tagged[pos+" "+lemma], _ = strconv.Atoi(f[4+pcnt+1])
		var keys []string
		for _, o := range offsets {
			keys = append(keys, pos+o)
		}
		d.senses[pos+" "+lemma] = append(d.senses[pos+" "+lemma], keys)
	})
}

func readData(d *db, path, pos string) {
	lines(path, func(l string) {
		head, gloss, _ := strings.Cut(l, "|")
		f := strings.Fields(head)
		key := pos + f[0]
		n, _ := strconv.ParseInt(f[3], 16, 32)
		s := &synset{satellite: f[2] == "s", means: oneWord(gloss), proper: f[4] != strings.ToLower(f[4]), group: pos == "n" && f[1] == nounGroup}
		i := 4
		for range n {
			w := strings.ToLower(f[i])
			if titleCased(f[i]) {
				if s.titled == nil {
					s.titled = map[string]bool{}
				}
				s.titled[w] = true
			}
			if j := strings.IndexByte(w, '('); j > 0 { // adjective markers: "(a)", "(p)"
				w = w[:j]
			}
			s.words = append(s.words, w)
			i += 2
		}
		pc, _ := strconv.Atoi(f[i])
		i++
		for range pc {
			st := f[i+3]
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			tp := f[i+2]
			if tp == "s" {
				tp = "a"
			}
			s.ptrs = append(s.ptrs, pointer{sym: f[i], target: tp + f[i+1], src: int(src), dst: int(dst)})
			i += 4
		}
		d.synsets[key] = s
	})
}

// oneWord returns a gloss's definition when it is a single lower-case word
// ("repeatedly; \"the word turned up over and over again\""), else "".
func oneWord(gloss string) string {
	def, _, _ := strings.Cut(gloss, ";")
	def = strings.TrimSpace(def)
	if def == "" || strings.IndexFunc(def, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return ""
	}
	return def
}

func readExc(d *db, path, pos string) {
	lines(path, func(l string) {
		f := strings.Fields(l)
		d.exc[pos+" "+f[0]] = append(d.exc[pos+" "+f[0]], f[1:]...)
	})
}

// detach are WordNet's morphological rules (morphy): an inflected ending
// and what replaces it to give a base form.
var detach = map[string][][2]string{
	"n": {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	"v": {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	"a": {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	"r": {},
}

// spelledSo reports whether English spelling inflects a base (b) with the
// ending a rule (r) detaches, where morphy applies its rules blindly: a
// verb takes "-es" only after s, x, z, ch, sh or o ("taxes", "goes"; not
// "planes" of "plan", which writes "plans"), and a one-syllable verb
// ending in one vowel and one consonant doubles it before "-ed" and
// "-ing" ("hopped", not "hoped" of "hop"). WordNet's exception lists
// give the forms that break these rules.
func spelledSo(b string, r [2]string) bool {
	switch r {
	case [2]string{"es", ""}:
		return strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") ||
			strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "o")
	case [2]string{"ed", ""}, [2]string{"ing", ""}:
		return !doublesLast(b)
	}
	return true
}

// rarerThan reports whether the Brown corpus uses an adjective (a) less
// often than a word as a noun or a verb (w), which is then no comparative
// of it: "number" is no "more numb", nor "offer" "more off", nor "layer"
// "more lay"; "longer" is "more long".
func (d *db) rarerThan(a, w string) bool {
	return d.freq["a "+a] < d.freq["n "+w]+d.freq["v "+w]
}

// doublesLast reports whether a word is one syllable that ends in one
// vowel and one consonant (not w, x or y), whose consonant English
// doubles before "-ed" and "-ing" ("plan", "stop"; not "rain", "fix").
func doublesLast(b string) bool {
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	n := len(b)
	if n < 3 || vowel(b[n-1]) || strings.IndexByte("wxy", b[n-1]) >= 0 || !vowel(b[n-2]) || vowel(b[n-3]) {
		return false
	}
	for i := 0; i < n-2; i++ {
		if vowel(b[i]) {
			return false // two syllables or more: stress decides ("visited", "opened")
		}
	}
	return true
}

// bases returns a word's base forms in each part of speech, as morphy does.
func (d *db) bases(w string) map[string][]string {
	out := map[string][]string{}
	for _, p := range poses {
		var bs []string
		add := func(b string) {
			if _, ok := d.senses[p.c+" "+b]; ok && !slices.Contains(bs, b) {
				bs = append(bs, b)
			}
		}
		add(w)
		for _, b := range d.exc[p.c+" "+w] {
			if p.c != "a" || !d.rarerThan(b, w) { // "offer", listed as a comparative of "off"
				add(b)
			}
		}
		for _, r := range detach[p.c] {
			if b, ok := strings.CutSuffix(w, r[0]); ok && len(b) > 1 && spelledSo(b+r[1], r) && (p.c != "a" || !d.rarerThan(b+r[1], w)) {
				add(b + r[1])
			}
		}
		if len(bs) > 0 {
			out[p.c] = bs
		}
	}
	return out
}

type rel struct {
	word string
	kind int
}

// related lists what a word relates to: its base forms, the synonyms of
// their commonest senses, their derivationally related forms, and the
// broader term of a verb's commonest sense.
func (d *db) related(w string) []rel {
	var out []rel
	var opposites []string // last: an antonym is never also a synonym or a form
	var similar []string   // after the synonyms and forms, before the antonyms
	seen := map[string]bool{w: true}
	add := func(word string, kind int) {
		if !seen[word] && !strings.ContainsAny(word, "0123456789") {
			seen[word] = true
			out = append(out, rel{word, kind})
		}
	}
	bases := d.bases(w)
	for _, p := range poses {
		for _, b := range bases[p.c] {
			add(b, relBase)
		}
	}
	for _, p := range poses {
		for _, b := range bases[p.c] {
			for _, keys := range d.senses[p.c+" "+b] {
				for i, key := range keys {
					s := d.synsets[key]
					if s == nil {
						continue
					}
					me := slices.Index(s.words, b) + 1
					for _, ptr := range s.ptrs {
						if (ptr.sym == "+" || ptr.sym == "\\") && ptr.src == me {
							if t := d.synsets[ptr.target]; t != nil && ptr.dst > 0 && ptr.dst <= len(t.words) {
								add(t.words[ptr.dst-1], relDeriv)
							}
						}
					}
					if i >= maxSenses {
						continue
					}
					for _, ptr := range s.ptrs {
						if ptr.sym == "!" && ptr.src == me {
							if t := d.synsets[ptr.target]; t != nil && ptr.dst > 0 && ptr.dst <= len(t.words) {
								opposites = append(opposites, t.words[ptr.dst-1])
							}
						}
					}
					for _, sw := range s.words {
						add(sw, relSyn)
					}
					if strings.Contains(b, "_") && s.means != "" {
						add(s.means, relMeans) // an expression's meaning, in one word
					}
					if p.c == "a" && d.mainlyAdjective(b) {
						for _, ptr := range s.ptrs {
							if (ptr.sym == "^" || ptr.sym == "&" && s.satellite) && (ptr.src == 0 || ptr.src == me) {
								if t := d.synsets[ptr.target]; t != nil && len(t.words) > 0 {
									similar = append(similar, t.words[max(ptr.dst, 1)-1])
								}
							}
						}
					}
					if p.c == "n" && i == 0 && s.proper {
						for _, ptr := range s.ptrs {
							if ptr.sym == "#p" {
								if t := d.synsets[ptr.target]; t != nil && t.proper && len(t.words) > 0 {
									add(t.words[0], relPart)
								}
							}
						}
					}
					if p.c == "v" && i == 0 {
						for _, ptr := range s.ptrs {
							if ptr.sym == "@" {
								if t := d.synsets[ptr.target]; t != nil && len(t.words) > 0 {
									add(t.words[0], relBroad)
								}
							}
						}
					}
				}
			}
		}
	}
	for _, o := range similar {
		add(o, relSee)
	}
	for _, o := range opposites {
		add(o, relOpp)
	}
	for _, b := range bases["n"] {
		if d.mainlyAdjective(w) {
			break // "social" of "social homes" is no gathering
		}
		if keys := d.senses["n "+b]; len(keys) > 0 && len(keys[0]) > 0 {
			for _, k := range d.broaderNouns(keys[0][0]) {
				add(k, relKindOf)
			}
		}
	}
	for _, c := range classes {
		classBases := bases["n"]
		if c.name != "person" && len(classBases) > 1 && classBases[0] == w {
			// a plural read by its singular ("parts": part, not the
			// lemma "parts", one's surroundings), where it has one; a
			// person as before ("troops", soldiers, though a troop is a
			// unit)
			classBases = classBases[1:]
		}
		for _, b := range classBases {
			if keys := d.senses["n "+b]; len(keys) > 0 && len(keys[0]) > 0 && slices.ContainsFunc(c.synsets, func(of string) bool { return d.kindOf(keys[0][0], of) }) {
				out = append(out, rel{c.name, relClass})
				break
			}
		}
	}
	return out
}

// mainlyAdjective reports whether a lemma is used as an adjective at least
// as often as a noun or a verb, by WordNet's tagged sense counts ("sign" has
// a rare adjective sense whose related adjectives are not the word's), and
// is no inflection of either.
func (d *db) mainlyAdjective(lemma string) bool {
	bs := d.bases(lemma)
	for _, c := range []string{"n", "v"} {
		if slices.ContainsFunc(bs[c], func(b string) bool { return b != lemma }) {
			return false // a participle or a plural ("given", "closed"): the verb's or noun's
		}
	}
	a := d.tagged["a "+lemma]
	if a == 0 {
		return d.senses["n "+lemma] == nil && d.senses["v "+lemma] == nil
	}
	return a >= d.tagged["n "+lemma] && a >= d.tagged["v "+lemma]
}

// broaderNouns returns the first word of each noun synset a noun synset
// is a kind of, up to maxKindHops hypernyms up (not through instance
// hypernyms: a name is no kind), nearest first, leaving out those fewer
// than minKindDepth hypernyms below the top and those of more than one
// word ("white goods"), which a question would not ask by.
func (d *db) broaderNouns(key string) []string {
	var out []string
	level := []string{key}
	seen := map[string]bool{key: true}
	for hop := 0; hop < maxKindHops && len(level) > 0; hop++ {
		var next []string
		for _, k := range level {
			s := d.synsets[k]
			if s == nil {
				continue
			}
			for _, p := range s.ptrs {
				if p.sym != "@" || seen[p.target] {
					continue
				}
				seen[p.target] = true
				next = append(next, p.target)
				t := d.synsets[p.target]
				if t == nil || d.depth(p.target) < minKindDepth {
					continue
				}
				for _, w := range t.words {
					// a word of the synset that is one of its two commonest
					// senses ("antibiotic", "medicine", "medication"; not
					// "unit" of "social unit", its third)
					if keys := d.senses["n "+w]; !strings.Contains(w, "_") && len(keys) > 0 && slices.Contains(keys[0][:min(kindSenses, len(keys[0]))], p.target) && !slices.Contains(out, w) {
						out = append(out, w)
					}
				}
			}
		}
		level = next
	}
	return out
}

// depth is how many hypernyms a synset has above it on its shortest way
// to the top ("entity" is 0).
func (d *db) depth(key string) int {
	if v, ok := d.depths[key]; ok {
		return v
	}
	d.depths[key] = 0 // a cycle, were there one, ends here
	best := -1
	if s := d.synsets[key]; s != nil {
		for _, p := range s.ptrs {
			if p.sym == "@" || p.sym == "@i" {
				if v := d.depth(p.target) + 1; best < 0 || v < best {
					best = v
				}
			}
		}
	}
	best = max(best, 0)
	d.depths[key] = best
	return best
}

// personSynset is WordNet 3.0's person.n.01 (person, individual, someone).
const personSynset = "n00007846"

// classes are the marks a noun gets when its commonest sense is a kind of
// one of the synsets: a person ("official"), an organisation ("insurer",
// "club", "utility": organization.n.01, a social group), a place on a map
// ("province", "city", "port": district.n.01, geographical_area.n.01,
// geographic_point.n.01; not location.n.01 itself, whose kinds include
// "source", a point of origin, and "part", a region). The members of a
// group of such nouns go by names.
var classes = []struct {
	name    string
	synsets []string
}{
	{"person", []string{personSynset}},
	{"organization", []string{"n08008335"}},
	{"location", []string{"n08552138", "n08574314", "n08578706"}},
}

// kindOf reports whether a synset is the given one or, through its
// hypernyms (and instance hypernyms), a kind of it.
func (d *db) kindOf(key, of string) bool {
	seen := map[string]bool{}
	var walk func(string) bool
	walk = func(k string) bool {
		if k == of {
			return true
		}
		if seen[k] {
			return false
		}
		seen[k] = true
		s := d.synsets[k]
		if s == nil {
			return false
		}
		for _, p := range s.ptrs {
			if (p.sym == "@" || p.sym == "@i") && walk(p.target) {
				return true
			}
		}
		return false
	}
	return walk(key)
}

// build returns the lexicon's words, sorted, and each word's relations.
// A word is kept when SCOWL lists it (an English word) or WordNet has it
// as a lemma made of such words (a phrase such as "cold shoulder").
func build(level, proper map[string]int, d *db) ([]string, map[string][]rel) {
	keep := map[string]bool{}
	for w := range level {
		keep[w] = true
	}
	for w, lv := range proper {
		if _, ok := level[w]; !ok {
			keep[w] = true
			level[w] = 100 + lv // a name or capitalised word: known, not everyday
		}
	}
	for k := range d.senses {
		lemma := k[2:]
		if !strings.ContainsAny(lemma, "_-") {
			continue // a compound: of words ("give_up") or hyphenated ("tie-up")
		}
		ok := true
		for _, part := range strings.FieldsFunc(lemma, func(r rune) bool { return r == '_' || r == '-' }) {
			if _, known := level[part]; !known {
				ok = false
			}
		}
		if ok {
			w := strings.ReplaceAll(lemma, "_", " ")
			keep[w] = true
			if k[0] == 'n' && d.properName(lemma, d.senses[k]) {
				level[w] = 100 // "world bank", "new york": a name, written with capitals
			}
		}
	}
	for k, senses := range d.senses {
		if w := strings.ReplaceAll(k[2:], "_", " "); k[0] == 'n' && !keep[w] && !strings.ContainsAny(w, "0123456789") && d.namedPart(senses) {
			// a named place that is part of another, kept for that alone
			// ("aar": switzerland): the lexicon does not know it as a word
			keep[w] = true
			level[w] = partOnly
		}
	}
	rels := map[string][]rel{}
	for w := range keep {
		var kept []rel
		for _, r := range d.related(strings.ReplaceAll(w, " ", "_")) {
			r.word = strings.ReplaceAll(r.word, "_", " ")
			if keep[r.word] && (level[w] != partOnly || r.kind == relPart) {
				kept = append(kept, r)
			}
		}
		rels[w] = kept
	}
	words := make([]string, 0, len(keep))
	for w := range keep {
		words = append(words, w)
	}
	slices.Sort(words)
	return words, rels
}

// properName reports whether a noun of several words (a lemma, lower
// case) is the name of an organisation or a body in its commonest sense:
// WordNet files it with the groups and writes every part of it with a
// capital there ("World_Bank"; not "Prime_Minister", a person, "New_Year",
// a time, "X-ray", nor "real_thing" beside "real_McCoy").
func (d *db) properName(lemma string, senses [][]string) bool {
	if len(senses) == 0 || len(senses[0]) == 0 {
		return false
	}
	s := d.synsets[senses[0][0]]
	return s != nil && s.group && s.titled[lemma]
}

// nounGroup is WordNet's lexicographer file of groups (noun.group), as
// data.noun numbers it.
const nounGroup = "14"

// titleCased reports whether every part of a WordNet word, split at "_"
// and "-", opens with a capital.
func titleCased(w string) bool {
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '_' || r == '-' }) {
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// partOnly is the level of a word kept only for the place it is part of.
const partOnly = 255

// namedPart reports whether a noun's commonest sense is a name that
// WordNet makes part of another name.
func (d *db) namedPart(senses [][]string) bool {
	if len(senses) == 0 || len(senses[0]) == 0 {
		return false
	}
	s := d.synsets[senses[0][0]]
	return s != nil && s.proper && slices.ContainsFunc(s.ptrs, func(p pointer) bool {
		t := d.synsets[p.target]
		return p.sym == "#p" && t != nil && t.proper
	})
}

// write stores the lexicon, little-endian:
//
//	"DLX3" n textLen relLen (uint32 each)
//	offsets [n+1]uint32 into text; text: the words, sorted, concatenated
//	levels  [n]byte: SCOWL size, 100 + size for a name, 0 for a word SCOWL does not list,
//	        255 for a name kept only for the place it is part of
//	relOffs [n+1]uint32 into rels; rels: uvarint (word index<<kindBits | kind)
func write(path string, words []string, level map[string]int, rels map[string][]rel) error {
	index := make(map[string]int, len(words))
	for i, w := range words {
		index[w] = i
	}
	var text []byte
	offs := []uint32{0}
	var relBlob []byte
	relOffs := []uint32{0}
	lv := make([]byte, len(words))
	for i, w := range words {
		text = append(text, w...)
		offs = append(offs, uint32(len(text)))
		lv[i] = byte(level[w])
		for _, r := range rels[w] {
			relBlob = binary.AppendUvarint(relBlob, uint64(index[r.word])<<kindBits|uint64(r.kind))
		}
		relOffs = append(relOffs, uint32(len(relBlob)))
	}
	buf := []byte("DLX3")
	for _, n := range []int{len(words), len(text), len(relBlob)} {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(n))
	}
	for _, o := range offs {
		buf = binary.LittleEndian.AppendUint32(buf, o)
	}
	buf = append(buf, text...)
	buf = append(buf, lv...)
	for _, o := range relOffs {
		buf = binary.LittleEndian.AppendUint32(buf, o)
	}
	buf = append(buf, relBlob...)
	return os.WriteFile(path, buf, 0o644)
}
