package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// governmentRE finds an alias that names a country by its leader's
// government: "Holt's government", "Grey regime".
var governmentRE = lazyre.New(`^(\p{Lu}[\p{L}\-]*(?:['’]s)?) (?:government|regime|administration|leadership)$`)

// governingWords are the words with which a leader's name stands for the
// government they lead, as "government" does: "Holt's team".
var governingWords = []string{"government", "regime", "administration", "leadership", "team", "camp", "circle", "inner circle", "entourage", "clique"}

// leaders returns the leaders by whose government a concept's aliases
// name a country ("Holt" of "Holt's government"), once each: the
// country is also named by them with any of governingWords ("Holt's
// team", "the Holt camp"), since a curator lists one or two and chat uses
// any. An alias whose first word is the country's own ("Freedonian
// government") names no leader.
func leaders(aliases []string) []string {
	var out []string
	for _, a := range aliases {
		m := governmentRE.FindStringSubmatch(a)
		if m == nil || slices.Contains(aliases, m[1]) {
			continue
		}
		l := strings.TrimSuffix(strings.TrimSuffix(m[1], "’s"), "'s") // analysis reads the possessive as the name
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// maxComposed bounds the other forms of one alias that addComposed makes.
const maxComposed = 12

// addComposed lets an alias that contains another concept's alias of two
// or more words match with any alias of that concept in its place:
// "repairing the sea wall" is also "repairing the breakwater" when
// "breakwater" and "sea wall" name one concept. aliases are each entry's
// phrases.
func (g *Glossary) addComposed(aliases [][]phrase) {
	type inner struct{ entry, alias int }
	byKey := map[string][]inner{} // the classes of an alias of two or more words -> its entry and place
	for j, qs := range aliases {
		for qi, q := range qs {
			if len(q.stems) >= 2 {
				k := strings.Join(g.classes(q.stems), " ")
				byKey[k] = append(byKey[k], inner{j, qi})
			}
		}
	}
	type found struct {
		inner
		at int
	}
	for i, ps := range aliases {
		for _, p := range ps {
			var hits []found
			cs := g.classes(p.stems)
			for k := 0; k < len(cs); k++ {
				for n := 2; n < len(cs) && k+n <= len(cs); n++ {
					for _, in := range byKey[strings.Join(cs[k:k+n], " ")] {
						if in.entry != i && !slices.ContainsFunc(hits, func(f found) bool { return f.inner == in }) {
							hits = append(hits, found{in, k}) // the first place it occurs
						}
					}
				}
			}
			slices.SortFunc(hits, func(a, b found) int {
				if a.entry != b.entry {
					return a.entry - b.entry
				}
				return a.alias - b.alias
			})
			made := 0
			for _, h := range hits {
				qs := aliases[h.entry]
				q, k := qs[h.alias], h.at
				for _, r := range qs {
					if r.key == q.key || made == maxComposed {
						continue
					}
					v := phrase{key: p.key, particle: p.particle}
					v.stems = slices.Concat(p.stems[:k], r.stems, p.stems[k+len(q.stems):])
					v.caps = slices.Concat(p.caps[:k], r.caps, p.caps[k+len(q.stems):])
					v.words = slices.Concat(p.words[:k], r.words, p.words[k+len(q.stems):])
					first := g.classOf(v.stems[0])
					g.phrases[first] = append(g.phrases[first], v)
					made++
				}
			}
		}
	}
}

// classes are the classes of stems, word by word as alias matching reads
// them.
func (g *Glossary) classes(stems []string) []string {
	cs := make([]string, len(stems))
	for i, st := range stems {
		cs[i] = g.classOf(st)
	}
	return cs
}

// within returns the concept terms a concept's name opens with, the
// wholes it is part of: a passage on the EU Commission is on the EU too.
func (g *Glossary) within(term string) []string {
	if g == nil {
		return nil
	}
	return g.implies[term]
}

// canonical replaces each alias phrase in ts by its concept's term, the
// longest alias first. The replaced term keeps the first word's surface.
func (g *Glossary) canonical(ts []term) []term {
	if g == nil || len(g.phrases) == 0 {
		return ts
	}
	out := ts[:0:0]
	g.scan(ts, func(words []term, concept string) {
		t := words[0]
		if concept != "" {
			surf := make([]string, len(words))
			for j := range words {
				surf[j] = words[j].surface
			}
			t.stem, t.surface = concept, strings.Join(surf, " ")
		}
		out = append(out, t)
	})
	return out
}

// scan walks ts, the longest alias first: fn gets each alias's words with
// its concept term, and each other word alone with "".
func (g *Glossary) scan(ts []term, fn func(words []term, concept string)) {
	for i := 0; i < len(ts); {
		n, concept := 0, ""
		if g != nil {
			n, concept = g.match(ts[i:])
		}
		n = max(n, 1)
		fn(ts[i:i+n], concept)
		i += n
	}
}

// inner returns the one-word concepts inside an alias matched as concept
// ("port fees": fees, the charges), and the concept of the words that
// end it as its head ("Lekki Deep Sea Port": a deep-sea port): a text
// that has the alias has them too.
func (g *Glossary) inner(words []term, concept string) []string {
	var out []string
	for _, t := range words {
		if in := g.class[t.stem]; in != "" && in != concept && !slices.Contains(out, in) {
			out = append(out, in)
		}
	}
	if head := g.head(words, concept); head != "" && !slices.Contains(out, head) {
		out = append(out, head)
	}
	return out
}

// head returns the concept of words that end an alias as its head, the
// noun a compound of words written side by side is a kind of ("Lekki
// Deep Sea Port" is a deep-sea port, "the Uyuni salt flat" a salt
// flat), or "". Only a name's and only a kind's: the words before a kind
// in a kind ("deputy prime minister", "non-oil revenue") make it a kind
// of its own, and a name that ends a name is no head ("Air New
// Zealand"). Only a compound: a word left out between ("Democratic
// Republic of the Congo", "Council for Health Technology Assessment")
// makes the last words a thing of their own, not what the whole is.
func (g *Glossary) head(words []term, concept string) string {
	if !g.named[strings.TrimPrefix(concept, "=")] {
		return "" // "deputy prime minister", "non-oil revenue": a kind of its own, not one of the last words'
	}
	for j := 1; j+1 < len(words); j++ {
		if words[j].at != words[j-1].at+1 {
			continue
		}
		if n, c := g.match(words[j:]); n == len(words)-j && c != "" && c != concept && !g.named[strings.TrimPrefix(c, "=")] && sideBySide(words[j:]) {
			return c
		}
	}
	return ""
}

// sideBySide reports whether terms were made from words side by side, none
// left out between them.
func sideBySide(ts []term) bool {
	for i := 1; i < len(ts); i++ {
		if ts[i].at != ts[i-1].at+1 {
			return false
		}
	}
	return true
}

// reordered replaces, in a question's terms, two adjacent words that are
// a two-word alias written the other way round ("rises in price" for
// "price rise") by the alias's concept. Only aliases of
// lower-case words: a name keeps its order.
func (g *Glossary) reordered(ts []term) []term {
	if g == nil || len(ts) < 2 {
		return ts
	}
	out := ts[:0:0]
	for i := 0; i < len(ts); i++ {
		if i+1 < len(ts) && !strings.HasPrefix(ts[i].stem, "=") && !strings.HasPrefix(ts[i+1].stem, "=") {
			if c, ok := g.lowerPairs[ts[i+1].stem+" "+ts[i].stem]; ok {
				t := ts[i]
				t.stem, t.surface = c, ts[i].surface+" "+ts[i+1].surface
				out = append(out, t)
				i++
				continue
			}
		}
		out = append(out, ts[i])
	}
	return out
}

// classOf is the class a word's stem belongs to in alias matching: its
// concept's term for a one-word alias, else the stem itself.
func (g *Glossary) classOf(stem string) string {
	if c, ok := g.class[stem]; ok {
		return c
	}
	return stem
}

func (g *Glossary) match(ts []term) (int, string) {
	for _, p := range g.phrases[g.classOf(ts[0].stem)] {
		if len(p.stems) > len(ts) {
			continue
		}
		ok := p.particle == "" || ts[len(p.stems)-1].particle == p.particle
		for j := 0; ok && j < len(p.stems); j++ {
			caps := p.caps[j] || ts[j].stem != p.stems[j] && g.capsOnly[ts[j].stem]
			ok = g.classOf(ts[j].stem) == g.classOf(p.stems[j]) && (!caps || isAcronym(ts[j].surface) || lowerAcronym(ts[j].surface) || p.amongNames(j)) &&
				g.sameWord(ts[j])
		}
		if ok {
			return len(p.stems), g.concept[p.key]
		}
	}
	return 0, ""
}

// sameWord reports whether a word is one an alias writes, or a form of
// one, rather than a word the stemmer happens to fold into the same stem:
// "responsible" is no form of the alias "response", though both stem to
// "respons". The lexicon decides; a word it does not know is taken at
// its stem.
func (g *Glossary) sameWord(t term) bool {
	w := strings.ToLower(t.surface)
	aliases := g.words[t.stem]
	us := americanSpelling(w)
	if len(aliases) == 0 || slices.ContainsFunc(aliases, func(a string) bool { return a == w || americanSpelling(a) == us }) {
		return true // "defence" is the "defense" of an alias
	}
	if g.gerund[t.stem] && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ings") && !strings.HasSuffix(w, "ed") {
		return false
	}
	if same, ok := g.same.Load(w); ok {
		return same.(bool)
	}
	same := !lexicon.Known(w)
	mine := family(w)
	for _, a := range aliases {
		same = same || !lexicon.Known(a) || slices.ContainsFunc(family(a), func(f string) bool { return slices.Contains(mine, f) })
	}
	g.same.Store(w, same)
	return same
}

// family returns a word, its base forms, and the forms the lexicon derives
// from either.
func family(w string) []string {
	out := []string{w}
	for _, r := range lexicon.Lookup(w) {
		if r.Kind == lexicon.Base {
			out = append(out, r.Word)
			for _, d := range lexicon.Lookup(r.Word) {
				if d.Kind == lexicon.Derived {
					out = append(out, d.Word)
				}
			}
		} else if r.Kind == lexicon.Derived {
			out = append(out, r.Word)
		}
	}
	return out
}

// Entry returns the entry of a concept key, if any.
func (g *Glossary) Entry(key string) (GlossaryEntry, bool) {
	for _, e := range g.Entries {
		if e.Key == key {
			return e, true
		}
	}
	return GlossaryEntry{}, false
}
