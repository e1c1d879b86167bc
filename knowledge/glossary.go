package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

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
	// namesWithin maps a concept term to the named concepts an alias of
	// it names after its first word ("Hidroeléctrica de Vessa Rapids"
	// names the Vessa Rapids dam): a figure it gives is of them too
	namesWithin map[string][]string
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

// buildWith makes the glossary's tables from its entries, analysing their
// aliases with an.
func (g *Glossary) buildWith(an analyzer) *Glossary {
	g.phrases = map[string][]phrase{}
	g.concept = map[string]string{}
	g.named = map[string]bool{}
	g.partOf = map[string][]string{}
	g.class, g.capsOnly = map[string]string{}, map[string]bool{}
	g.lowerPairs = map[string]string{}
	g.words = map[string][]string{}
	aliases := g.analyseAliases(an)
	g.addConcepts(an, aliases)
	g.addComposed(aliases)
	g.addGoverning(an)
	g.gerund = map[string]bool{}
	for st, ws := range g.words {
		g.gerund[st] = !slices.ContainsFunc(ws, func(w string) bool { return !strings.HasSuffix(w, "ing") || g.class[st] == "" })
	}
	for _, list := range g.phrases {
		slices.SortStableFunc(list, func(a, b phrase) int { return len(b.stems) - len(a.stems) })
	}
	g.addImplies(an)
	g.addNamesWithin(aliases)
	return g
}

// analyseAliases analyses each entry's aliases, in order, and records
// the words each stem is written as and the concept each one-word alias
// is of.
func (g *Glossary) analyseAliases(an analyzer) [][]phrase {
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
	return aliases
}

// addConcepts records, for each alias, its concept, the concepts a word
// of it is part of and the phrase it opens with; for each entry, whether
// it is named (most aliases capitalised); and the currency codes.
func (g *Glossary) addConcepts(an analyzer, aliases [][]phrase) {
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
}

// addGoverning makes each leader's name with a governing word ("Putin's
// government") an alias of the leader's concept.
func (g *Glossary) addGoverning(an analyzer) {
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
}

// addImplies records the concepts each concept's name opens with.
func (g *Glossary) addImplies(an analyzer) {
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
}

// addNamesWithin records, for each concept, the named concepts an alias of
// it names after its first word (aliases are the entries' analysed
// aliases, in order).
func (g *Glossary) addNamesWithin(aliases [][]phrase) {
	g.namesWithin = map[string][]string{}
	for k, e := range g.Entries {
		whole := "=" + e.Key
		for _, p := range aliases[k] {
			for i := 1; i < len(p.stems); i++ {
				for j := i + 1; j <= len(p.stems); j++ {
					inner, ok := g.concept[strings.Join(p.stems[i:j], " ")]
					if ok && inner != whole && g.named[strings.TrimPrefix(inner, "=")] && !slices.Contains(g.namesWithin[whole], inner) {
						g.namesWithin[whole] = append(g.namesWithin[whole], inner)
					}
				}
			}
		}
	}
}
