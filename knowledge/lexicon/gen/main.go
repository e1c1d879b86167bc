// Command gen builds lexicon.bin, the compact English lexicon that the
// question-understanding stage embeds, from two general sources packaged by
// Debian:
//
//   - WordNet 3.0 (package wordnet-base): synonyms of a word's commonest
//     senses, its derivationally related forms ("denial" and "deny") and the
//     words an adverb or adjective pertains to ("militarily" and "military"),
//     and antonyms ("open" and "closed");
//   - SCOWL (package scowl): size-graded English word lists, which tell an
//     ordinary English word from a specific term.
//
// Nothing here knows about any knowledge base: the file is the same for
// every set of sources. Run it with `go generate ./knowledge/lexicon`.
package main

import (
	"bufio"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Relation kinds, as stored in the file's low two bits.
const (
	relSyn    = 0 // shares one of the word's commonest senses
	relDeriv  = 1 // a derivationally related form
	relBase   = 2 // the word's base form (lemma)
	relBroad  = 3 // the broader term of the word's commonest verb sense
	relOpp    = 4 // an antonym of the word in one of its commonest senses ("closed", "open")
	kindBits  = 3
	maxSenses = 3 // senses of a lemma whose synonyms count
	maxLevel  = 70
)

var levels = []int{10, 20, 35, 40, 50, 55, 60, 70}

func main() {
	wn := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory (Debian: wordnet-base)")
	scowl := flag.String("scowl", "/usr/share/dict/scowl", "SCOWL word lists directory (Debian: scowl)")
	out := flag.String("out", "lexicon.bin", "output file")
	flag.Parse()
	level := readSCOWL(*scowl)
	proper := readProper(*scowl)
	db := readWordNet(*wn)
	words, rels := build(level, proper, db)
	if err := write(*out, words, level, rels); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d words\n", *out, len(words))
}

// readSCOWL returns each lower-case word's smallest SCOWL size (10 is the
// commonest English, 70 the largest list kept).
func readSCOWL(dir string) map[string]int {
	level := map[string]int{}
	for _, lv := range levels {
		for _, list := range []string{"english-words", "american-words", "british-words", "english-contractions"} {
			f, err := os.Open(filepath.Join(dir, fmt.Sprintf("%s.%d", list, lv)))
			if err != nil {
				continue
			}
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				w := strings.TrimSpace(sc.Text())
				if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " '") {
					continue
				}
				if old, ok := level[w]; !ok || lv < old {
					level[w] = lv
				}
			}
			f.Close()
		}
	}
	if len(level) < 1000 {
		log.Fatalf("no SCOWL word lists in %s (install Debian's scowl package)", dir)
	}
	return level
}

// readProper returns the names and capitalised words SCOWL lists ("Europe",
// "Thursday"), lower-cased, with their smallest size.
func readProper(dir string) map[string]int {
	level := map[string]int{}
	for _, lv := range levels {
		for _, list := range []string{"english-upper", "english-proper-names", "american-upper", "american-proper-names", "british-upper", "british-proper-names"} {
			f, err := os.Open(filepath.Join(dir, fmt.Sprintf("%s.%d", list, lv)))
			if err != nil {
				continue
			}
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				w := strings.ToLower(strings.TrimSpace(sc.Text()))
				if w == "" || strings.ContainsAny(w, " '") {
					continue
				}
				if old, ok := level[w]; !ok || lv < old {
					level[w] = lv
				}
			}
			f.Close()
		}
	}
	return level
}

type synset struct {
	words []string
	ptrs  []pointer
}

type pointer struct {
	sym    string
	target string // pos + offset
	src    int    // source word number, 0 for the whole synset
	dst    int
}

type db struct {
	senses  map[string][][]string // "pos lemma" -> synset keys, commonest first
	synsets map[string]*synset
	exc     map[string][]string // "pos form" -> base forms
}

var poses = []struct{ name, c string }{{"noun", "n"}, {"verb", "v"}, {"adj", "a"}, {"adv", "r"}}

func readWordNet(dir string) *db {
	d := &db{senses: map[string][][]string{}, synsets: map[string]*synset{}, exc: map[string][]string{}}
	for _, p := range poses {
		readIndex(d, filepath.Join(dir, "index."+p.name), p.c)
		readData(d, filepath.Join(dir, "data."+p.name), p.c)
		readExc(d, filepath.Join(dir, p.name+".exc"), p.c)
	}
	return d
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
		var keys []string
		for _, o := range offsets {
			keys = append(keys, pos+o)
		}
		d.senses[pos+" "+lemma] = append(d.senses[pos+" "+lemma], keys)
	})
}

func readData(d *db, path, pos string) {
	lines(path, func(l string) {
		f := strings.Fields(strings.SplitN(l, "|", 2)[0])
		key := pos + f[0]
		n, _ := strconv.ParseInt(f[3], 16, 32)
		s := &synset{}
		i := 4
		for range n {
			w := strings.ToLower(f[i])
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
			add(b)
		}
		for _, r := range detach[p.c] {
			if b, ok := strings.CutSuffix(w, r[0]); ok && len(b) > 1 {
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
	for _, o := range opposites {
		add(o, relOpp)
	}
	return out
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
		if !strings.Contains(lemma, "_") {
			continue
		}
		ok := true
		for _, part := range strings.FieldsFunc(lemma, func(r rune) bool { return r == '_' || r == '-' }) {
			if _, known := level[part]; !known {
				ok = false
			}
		}
		if ok {
			keep[strings.ReplaceAll(lemma, "_", " ")] = true
		}
	}
	rels := map[string][]rel{}
	for w := range keep {
		var kept []rel
		for _, r := range d.related(strings.ReplaceAll(w, " ", "_")) {
			r.word = strings.ReplaceAll(r.word, "_", " ")
			if keep[r.word] {
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

// write stores the lexicon, little-endian:
//
//	"DLX2" n textLen relLen (uint32 each)
//	offsets [n+1]uint32 into text; text: the words, sorted, concatenated
//	levels  [n]byte: SCOWL size, 100 + size for a name, 0 for a word SCOWL does not list
//	relOffs [n+1]uint32 into rels; rels: uvarint (word index<<3 | kind)
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
	buf := []byte("DLX2")
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
