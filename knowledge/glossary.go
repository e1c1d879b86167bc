package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// GlossaryFile is the glossary's file name in a knowledge base directory.
const GlossaryFile = "glossary.yaml"

// A Glossary lists the names analysts use interchangeably: each entry is a
// concept with its aliases ("UK", "United Kingdom", "Britain"). Search
// treats every alias of an entry as the same term.
type Glossary struct {
	Entries []GlossaryEntry
	phrases map[string][]phrase // first word's class -> alias phrases, longest first
	// class maps the stem of a one-word alias to its concept term: within
	// a longer alias, a word stands for every one-word alias of its
	// concept ("port fees" is also "port charges" when fees and charges
	// name one concept)
	class map[string]string
	// capsOnly holds the stems of one-word aliases written only in
	// capitals ("BAD"): standing in for another word of its concept, the
	// word must be written as an acronym too ("how bad" is not the bank
	// whose French acronym is "BAD")
	capsOnly map[string]bool
	// lowerPairs maps the stems of each two-word alias of lower-case words
	// to its concept term, for questions that write it the other way round
	lowerPairs map[string]string
	concept    map[string]string   // joined stems of an alias -> concept term
	named      map[string]bool     // concepts whose aliases are names (written with capitals)
	codes      map[string]bool     // aliases of three capitals, which may be a currency's code (see addCodes)
	partOf     map[string][]string // a stem of a multi-word alias -> the concepts it is part of
	// implies maps a concept term to the concept terms its name (its first
	// alias) opens with ("EU Commission" names the EU)
	implies map[string][]string
	// words maps the stem of each word of an alias to the words, lower
	// case, that aliases write with it
	words map[string][]string
	same  sync.Map // word -> whether it is a form of an alias word of its stem
	// gerund holds the stems whose alias words are all one-word nouns in
	// -ing ("training"): the verb's forms that may be nouns of another
	// meaning ("train", "trains") are not one; its participle ("trained")
	// is
	gerund map[string]bool
}

// A phrase is one alias as search matches it: its terms' stems, and for
// each whether it must be written in capitals (an acronym such as "UN"
// matches "UN", not the "Un" of a romanised name such as "Park Ji Un").
type phrase struct {
	stems []string
	caps  []bool
	words []string // as written, lower case
	key   string
	// particle is the particle its last word must be followed by: the
	// spaced form of a hyphenated alias ("building up" for "build-up")
	particle string
}

// A GlossaryEntry is one concept and the words that name it.
type GlossaryEntry struct {
	Key     string
	Aliases []string
	Line    int
}

// ParseGlossary reads a glossary: a YAML mapping from a concept key to its
// list of aliases. Every problem is reported with its line.
func ParseGlossary(name string, data []byte) (*Glossary, Problems) {
	var ps Problems
	bad := func(line int, format string, args ...any) {
		ps = append(ps, Problem{File: name, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		bad(yamlErrorLine(err, 1), "glossary does not parse: %s", yamlErrorText(err))
		return nil, ps
	}
	g := &Glossary{}
	if len(doc.Content) == 0 {
		return g.build(), nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		bad(m.Line, "the glossary must map each concept to its list of aliases")
		return nil, ps
	}
	owner := map[string]string{} // normalised alias -> entry key
	an := analyzer{stems: map[string]string{}}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		e := GlossaryEntry{Key: k.Value, Line: k.Line}
		if !slugRE.MatchString(e.Key) {
			bad(k.Line, "concept %q is not a slug (lower-case letters, digits and hyphens)", e.Key)
		}
		if v.Kind != yaml.SequenceNode || len(v.Content) == 0 {
			bad(v.Line, "concept %q needs a list of aliases", e.Key)
			continue
		}
		for _, a := range v.Content {
			norm := an.phrase(a.Value).key
			switch {
			case a.Kind != yaml.ScalarNode || strings.TrimSpace(a.Value) == "":
				bad(a.Line, "concept %q has an empty alias", e.Key)
			case norm == "":
				bad(a.Line, "alias %q of %q has only stop words, so search cannot use it", a.Value, e.Key)
			case !strings.Contains(norm, " ") && len(slices.DeleteFunc(strings.Fields(a.Value), isArticle)) > 1:
				bad(a.Line, "alias %q of %q is searched as the one word %q (its other words are stop words), so that word alone would stand for %q", a.Value, e.Key, norm, e.Key)
			case owner[norm] == e.Key:
				// another spelling of an alias already listed: it adds nothing, harms nothing
				e.Aliases = append(e.Aliases, a.Value)
			case owner[norm] != "":
				bad(a.Line, "alias %q is listed under both %q and %q", a.Value, owner[norm], e.Key)
			default:
				owner[norm] = e.Key
				e.Aliases = append(e.Aliases, a.Value)
			}
		}
		g.Entries = append(g.Entries, e)
	}
	if len(ps) > 0 {
		return nil, ps
	}
	return g.buildWith(an), nil
}

// isArticle reports whether a word is an article, which an alias may
// open with ("the Netherlands") and search drops.
func isArticle(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an":
		return true
	}
	return false
}

// aliasKey is an alias as search sees it: its stems, space separated.
func aliasKey(alias string) string {
	return analyzer{}.phrase(alias).key
}

// phrase is an alias as search matches it, analysed with the analyzer's
// cache of stems: a glossary's aliases share most of their words.
func (a analyzer) phrase(alias string) phrase {
	// a dotted acronym is the acronym ("O.E.C.D." is OECD), as a question
	// that types it so is read: letter by letter, its single letters
	// would be dropped as the stop words "i", "s", "t" and "a" are, and
	// what is left ("E") would match the concept
	if strings.Contains(alias, ".") {
		alias = dottedAcronymRE.ReplaceAllStringFunc(alias, func(m string) string { return strings.ToUpper(strings.ReplaceAll(m, ".", "")) })
	}
	ts := a.analyze(alias)
	p := phrase{stems: make([]string, len(ts)), caps: make([]bool, len(ts)), words: make([]string, len(ts))}
	for i, t := range ts {
		p.stems[i], p.caps[i], p.words[i] = t.stem, isAcronym(t.surface), strings.ToLower(t.surface)
	}
	p.key = strings.Join(p.stems, " ")
	return p
}

// amongNames reports whether the phrase's other words are all names
// ("NE Asia"): there an acronym typed in lower case ("ne asia") is the
// acronym, though alone it may be a word.
func (p phrase) amongNames(j int) bool {
	if len(p.words) < 2 {
		return false
	}
	for k, w := range p.words {
		if k != j && (p.caps[k] || !lexicon.Name(w)) {
			return false
		}
	}
	return true
}

// spacedParticle returns, for an alias ending in a hyphen and a particle
// ("build-up"), the phrase of its spaced, inflected form ("built up"):
// the words before the particle, followed by it. key is the alias's key,
// for its concept.
func spacedParticle(an analyzer, alias, key string) (phrase, bool) {
	i := strings.LastIndex(alias, "-")
	if i <= 0 || !isParticle(strings.ToLower(alias[i+1:])) {
		return phrase{}, false
	}
	p := an.phrase(alias[:i])
	if len(p.stems) == 0 {
		return phrase{}, false
	}
	p.key, p.particle = key, strings.ToLower(alias[i+1:])
	return p, true
}

func (g *Glossary) build() *Glossary { return g.buildWith(analyzer{stems: map[string]string{}}) }

func (g *Glossary) buildWith(an analyzer) *Glossary {
	g.phrases = map[string][]phrase{}
	g.concept = map[string]string{}
	g.named = map[string]bool{}
	g.partOf = map[string][]string{}
	g.class, g.capsOnly = map[string]string{}, map[string]bool{}
	g.lowerPairs = map[string]string{}
	g.words = map[string][]string{}
	aliases := make([][]phrase, len(g.Entries))
	for i, e := range g.Entries {
		for _, a := range e.Aliases {
			p := an.phrase(a)
			aliases[i] = append(aliases[i], p)
			for j, w := range p.words {
				if !slices.Contains(g.words[p.stems[j]], w) {
					g.words[p.stems[j]] = append(g.words[p.stems[j]], w)
				}
			}
			if len(p.stems) == 1 {
				g.class[p.stems[0]] = "=" + e.Key
				if _, seen := g.capsOnly[p.stems[0]]; !seen || !p.caps[0] {
					g.capsOnly[p.stems[0]] = p.caps[0]
				}
			}
		}
	}
	for i, e := range g.Entries {
		capitals := 0
		for _, a := range e.Aliases {
			if r, _ := utf8.DecodeRuneInString(a); unicode.IsUpper(r) {
				capitals++
			}
			if currencyCodeRE.MatchString(a) {
				if g.codes == nil {
					g.codes = map[string]bool{}
				}
				g.codes[a] = true
			}
		}
		g.named[e.Key] = capitals*2 > len(e.Aliases)
		for k, a := range e.Aliases {
			p := aliases[i][k]
			g.concept[p.key] = "=" + e.Key
			for _, st := range p.stems {
				if len(p.stems) > 1 && !slices.Contains(g.partOf[st], e.Key) {
					g.partOf[st] = append(g.partOf[st], e.Key)
				}
			}
			first := g.classOf(p.stems[0])
			g.phrases[first] = append(g.phrases[first], p)
			if len(p.stems) == 2 && a == strings.ToLower(a) && len(strings.Fields(a)) == 2 {
				g.lowerPairs[p.key] = "=" + e.Key
			}
			if sp, ok := spacedParticle(an, a, p.key); ok {
				first := g.classOf(sp.stems[0])
				g.phrases[first] = append(g.phrases[first], sp)
			}
		}
	}
	g.addComposed(aliases)
	var governing []phrase // analysed once, for every leader
	for _, e := range g.Entries {
		for _, leader := range leaders(e.Aliases) {
			if governing == nil {
				for _, w := range governingWords {
					governing = append(governing, an.phrase(w))
				}
			}
			l := an.phrase(leader)
			for _, w := range governing {
				p := phrase{stems: slices.Concat(l.stems, w.stems), caps: slices.Concat(l.caps, w.caps), words: slices.Concat(l.words, w.words)}
				if p.key = strings.Join(p.stems, " "); g.concept[p.key] == "" {
					g.concept[p.key] = "=" + e.Key
					first := g.classOf(p.stems[0])
					g.phrases[first] = append(g.phrases[first], p)
				}
			}
		}
	}
	g.gerund = map[string]bool{}
	for st, ws := range g.words {
		g.gerund[st] = !slices.ContainsFunc(ws, func(w string) bool { return !strings.HasSuffix(w, "ing") || g.class[st] == "" })
	}
	for _, list := range g.phrases {
		slices.SortStableFunc(list, func(a, b phrase) int { return len(b.stems) - len(a.stems) })
	}
	g.implies = map[string][]string{}
	for _, e := range g.Entries {
		if len(e.Aliases) == 0 {
			continue
		}
		// a concept whose name (its first alias) opens with another's is
		// part of it ("EU Commission"); a name that ends an alias is
		// its head ("Democratic Republic of the Congo" is no Republic of the
		// Congo), and another alias says nothing of the concept
		// ("Macron's government" is France, not a part of Macron)
		p := an.phrase(e.Aliases[0])
		whole := "=" + e.Key
		for j := 1; j < len(p.stems); j++ {
			inner, ok := g.concept[strings.Join(p.stems[:j], " ")]
			if ok && inner != whole && !slices.Contains(g.implies[whole], inner) {
				g.implies[whole] = append(g.implies[whole], inner)
			}
		}
	}
	return g
}

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
