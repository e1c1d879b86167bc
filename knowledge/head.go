package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// Questions after who is at the head of a body the sources name: "who
// runs Northcape Assurance?", "who heads the npa?". A passage answers one
// where it names the body's post and who holds it now; one that names the
// body only does not.

// headAskedRE finds a question after who is at the head of something:
// "who runs Northcape Assurance", "who heads the npa", "who's in charge of
// the Vik Port Board" (not "who leads", which a country does to a bloc). Its
// groups: what the verb is followed by, the word or mark that ends it, and
// what the question asks after that ("and what did she say").
var headAskedRE = lazyre.New(whoOpens + `\s+(?:currently\s+|now\s+|actually\s+)?(?:runs|heads|chairs|manages|directs|(?:is|['’]s)\s+(?:in\s+charge\s+of|(?:the\s+)?(?:head|boss|chief|leader|chair|director)\s+(?:of|at))|(?:is|['’]s)\s+running)\s+([^,;?!]+?)\s*(?:[?!.]+\s*$|$|([,;?]|\s+(?:and|but|or|plus)\s+)(.*))`)

// headGovernedEndRE finds where what the verb governs ends: at a
// preposition ("the delegation to Skarvik" is the delegation's head, not
// Skarvik's); "of" stays ("the Ministry of Forests").
var headGovernedEndRE = lazyre.New(`(?i)\s(?:to|for|at|in|on|with|from|into|over|about|after|during|since|under|against|across|between|behind|than|by)\s`)

// headParticles open what follows a verb that is not a head's: "who runs
// into trouble", "who runs out of", "who heads off the bid".
var headParticles = map[string]bool{
	"into": true, "out": true, "up": true, "off": true, "away": true, "over": true, "through": true, "across": true,
	"after": true, "for": true, "against": true, "with": true, "from": true, "to": true, "on": true, "around": true,
	"down": true, "back": true, "north": true, "south": true, "east": true, "west": true, "home": true,
}

// headPost is a post at the head of a body: "chief executive",
// "chairwoman", "managing director", "secretary-general", "minister"; or
// who runs it for its owners, which a question of who runs a port may
// ask ("its operator, Lekki Freeport Terminal").
const headPost = `(?:chief\s+executive(?:\s+officer)?|ceo|chair(?:man|woman|person)?|president|(?:managing\s+|executive\s+)?director(?:[-\s]general)?|head|leader|secretary[-\s]general|minister|governor|boss|commissioner|superintendent|operator|owner)`

// heldBackRE finds a post the sentence ties to the body by referring back
// to it: "Its chief executive, Iva Sorn", "the authority's managing
// director"; read only in a passage on the body.
var heldBackRE = lazyre.New(`(?i)\b(?:its|their|the\s+\p{Ll}+['’]s)\s+(?:\p{Ll}+\s+){0,2}?` + headPost + `\b`)

// formerRE finds a post held no longer: "a former chief executive".
var formerRE = lazyre.New(`(?i)\b(?:former|ex|one-time|previous|late|erstwhile)\b`)

// headAsked returns the terms of the body a question asks the head of,
// when the sources name it ("who runs Lusitana": the name; not "who
// leads the bloc", "who runs into trouble with Holm"), and whether that
// is all the question asks. A country, or a bloc of them, has no head
// here: a country may lead without one.
func (ix *Index) headAsked(text string, own []QueryTerm) (party []QueryTerm, whole bool) {
	m := headAskedRE.FindStringSubmatch(text)
	if m == nil {
		return nil, false
	}
	governed := m[1]
	if first, _, _ := strings.Cut(strings.ToLower(governed), " "); headParticles[first] {
		return nil, false
	}
	if loc := headGovernedEndRE.FindStringIndex(governed); loc != nil {
		governed = governed[:loc[0]]
	}
	if pos := possessiveRE.FindStringIndex(governed); pos != nil && strings.TrimSpace(governed[pos[1]:]) != "" {
		// "who runs tarn's terminal": the terminal, which Tarn owns, not
		// Tarn
		governed = governed[pos[1]:]
	}
	ts := ix.Terms(governed)
	for _, t := range own {
		if !slices.Contains(ts, t.Stem) {
			continue
		}
		if ix.isCountry(t.Stem) || lexicon.CountryName(strings.ToLower(t.Surface)) {
			return nil, false
		}
		if t.Found && (t.Name || ix.bodyNamed(t.Stem)) {
			party = append(party, t)
		}
	}
	return party, strings.TrimSpace(m[3]) == ""
}

// bodyNamed reports whether a glossary concept has a proper name of two
// words or more among its aliases ("Ministry of Forests", though the
// curator also lists "forests ministry"): a body that may have a head.
func (ix *Index) bodyNamed(concept string) bool {
	e, ok := ix.kb.Glossary.Entry(strings.TrimPrefix(concept, "="))
	return ok && strings.HasPrefix(concept, "=") && slices.ContainsFunc(e.Aliases, func(a string) bool {
		ws := strings.Fields(a)
		return len(ws) > 1 && !slices.ContainsFunc(ws, func(w string) bool {
			r := []rune(w)[0]
			return !unicode.IsUpper(r) && !isStopWord(w)
		})
	})
}

// heldRE returns the pattern of the body's post told of the body itself:
// "Lusitana's chief executive", "the chief executive of Melk Ferries",
// "Melk Ferries chief executive Teo Marsk", "the Vik Port Board, chaired
// by Lars Moe", "the terminal, operated by Vessby Ports"; the body by any
// of its aliases or as the question wrote it. It is made for one question,
// over the passages it reads.
func (ix *Index) heldRE(party []QueryTerm) *regexp.Regexp {
	var names []string
	for _, t := range party {
		names = append(names, regexp.QuoteMeta(t.Surface))
		if e, ok := ix.kb.Glossary.Entry(strings.TrimPrefix(t.Stem, "=")); ok {
			for _, a := range e.Aliases {
				names = append(names, regexp.QuoteMeta(a))
			}
		}
	}
	// the longest alias first, each once (the question's word may be one)
	slices.SortFunc(names, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	body := `(?:` + strings.Join(slices.Compact(names), `|`) + `)`
	noHead := strings.Replace(headPost, `|head|`, `|`, 1) // "Melk Ferries head north" is no post
	return regexp.MustCompile(`(?i)(?:^|[^\p{L}])` + body + `['’]s\s+(?:\p{Ll}+\s+){0,2}?` + headPost + `\b` +
		`|\b` + headPost + `\s+(?:of|at)\s+(?:the\s+)?` + body + `(?:[^\p{L}]|$)` +
		`|(?:^|[^\p{L}])` + body + `\s+` + noHead + `\b` +
		`|(?:^|[^\p{L}])` + body + `,?\s+(?:(?:which|that|who)\s+(?:is|are)\s+)?(?:led|headed|run|chaired|managed|operated|owned|controlled)\s+by\b`)
}

// headPassage returns the passage of the hits that names the body's post
// and its holder: first one that ties the post to the body in its own
// sentence (held), then, in a passage on the body, one that refers back
// to it ("the authority's managing director", after a sentence on the
// Nigerian Ports Authority); where no hit does, any passage of the sources
// that names the post by the body's own name ("the Minister of Forests,
// Ada Ruun", of the Ministry of Forests), which the search may not have
// found (it has no word of the body's name as written), as a hit on the
// question's terms it has.
func (ix *Index) headPassage(hits []Hit, party []QueryTerm, own []QueryTerm) (Hit, bool) {
	held := ix.heldRE(party)
	posts := make([][][]string, len(party)) // each term's aliases a post may be named after
	for i, t := range party {
		posts[i] = ix.bodyAliases(t.Stem)
	}
	if i := slices.IndexFunc(hits, func(h Hit) bool { return ix.namesHeld(h.Passage, party, posts, held, false) }); i >= 0 {
		return hits[i], true
	}
	if i := slices.IndexFunc(hits, func(h Hit) bool { return ix.namesHeld(h.Passage, party, posts, held, true) }); i >= 0 {
		return hits[i], true
	}
	p := ix.postNamed(party)
	if p == nil {
		return Hit{}, false
	}
	h := Hit{Passage: p}
	terms := ix.Terms(p.Text)
	for _, t := range own {
		if t.in(terms) || slices.ContainsFunc(party, func(o QueryTerm) bool { return o.Stem == t.Stem }) {
			h.Matched = append(h.Matched, t.Stem)
		}
	}
	return h, true
}

// namesHeld reports whether a sentence of a passage names a person and
// the body's post, held now: told of the body itself (held), or, with
// back, referring back to it in a passage on the body; a sentence that
// names the post by the body's own name does too.
func (ix *Index) namesHeld(p *Passage, party []QueryTerm, posts [][][]string, held *regexp.Regexp, back bool) bool {
	if back {
		ts := ix.Terms(p.Text)
		if slices.ContainsFunc(party, func(t QueryTerm) bool { return !t.in(ts) }) {
			return false
		}
	}
	re := held
	if back {
		re = heldBackRE.Compiled()
	}
	for _, s := range ix.Sentences(p) {
		if (heldNow(s.Text, re) || !back && slices.ContainsFunc(posts, func(as [][]string) bool { return namesPost(s.Text, as) })) && ix.namesHolderIn(s.Text) {
			return true
		}
	}
	return false
}

// heldNow reports whether re finds a post in s that is not said to be a
// former one ("Teo Marsk, a former chief executive of Melk Ferries").
func heldNow(s string, re *regexp.Regexp) bool {
	for _, loc := range re.FindAllStringIndex(s, -1) {
		if !formerRE.MatchString(s[max(0, loc[0]-12):loc[1]]) {
			return true
		}
	}
	return false
}

// namesHolderIn reports whether a sentence names a person who may hold a
// post: one it names as someone, a full name that is no alias ("Lars
// Moe", whose words are also English words), or one the glossary lists.
func (ix *Index) namesHolderIn(s string) bool {
	return ix.namesSomeone(s) || hasFullName(&Passage{Text: s}, ix.kb.Glossary) || ix.listedPerson(s)
}

// listedPerson reports whether a sentence names a person the glossary
// lists by a full name and, alone, a later word of it ("Carmen Quispe
// Mamani", listed with "Quispe").
func (ix *Index) listedPerson(s string) bool {
	g := ix.kb.Glossary
	for _, m := range nameRunRE.FindAllStringSubmatch(s, -1) {
		c, ok := g.concept[aliasKey(m[1])]
		ws := strings.Fields(m[1])
		if !ok || len(ws) < 2 {
			continue
		}
		if e, ok := g.Entry(strings.TrimPrefix(c, "=")); ok && slices.ContainsFunc(e.Aliases, func(a string) bool {
			return slices.ContainsFunc(ws[1:], func(w string) bool { return strings.EqualFold(a, w) })
		}) {
			return true
		}
	}
	return false
}

// namesPostOf reports whether a text names the post at the head of a body
// the glossary lists, by one of its aliases with the body's word written
// as the post's: "Minister of Labour" of "Ministry of Labour", "Labour
// Minister" of "Labour Ministry", "Commissioner" of "Commission" (a word
// for a person that shares all but the last three letters of the body's,
// and at least five).
func (ix *Index) namesPostOf(text, concept string) bool {
	return namesPost(text, ix.bodyAliases(concept))
}

// namesPost is namesPostOf over a body's aliases of two words or more
// (see bodyAliases), read once for every sentence a question reads.
func namesPost(text string, aliases [][]string) bool {
	ws := strings.Fields(text)
	for _, as := range aliases {
		for i := 0; i+len(as) <= len(ws); i++ {
			if postAt(ws[i:i+len(as)], as, 0) || postAt(ws[i:i+len(as)], as, len(as)-1) {
				return true
			}
		}
	}
	return false
}

// bodyAliases returns a glossary concept's aliases of two words or more,
// each as its words: those a post may be named after ("Ministry of
// Labour"); none for a word that is no concept.
func (ix *Index) bodyAliases(concept string) [][]string {
	e, ok := ix.kb.Glossary.Entry(strings.TrimPrefix(concept, "="))
	if !ok || !strings.HasPrefix(concept, "=") {
		return nil
	}
	var out [][]string
	for _, a := range e.Aliases {
		if as := strings.Fields(a); len(as) > 1 {
			out = append(out, as)
		}
	}
	return out
}

// pluralOf reports whether w is the plural of b ("Ministries" of
// "Ministry"): the bodies, not a post.
func pluralOf(w, b string) bool {
	return strings.EqualFold(w, b+"s") || strings.EqualFold(w, b+"es") || strings.HasSuffix(b, "y") && strings.EqualFold(w, b[:len(b)-1]+"ies")
}

// postPrefix is the start of a body's word that its post shares: all but
// its last three letters, and at least five ("Minis" of "Ministry",
// "Commiss" of "Commission").
func postPrefix(b string) string {
	n := max(5, len(b)-3)
	if n > len(b) {
		return ""
	}
	return b[:n]
}

// postNamed returns a passage of the sources with a sentence that names
// the post at the head of the body a question asks about and a person
// ("the Minister of Forests, Ada Ruun"), though it names the body itself
// nowhere; nil if none does. For each alias of two words or more, read
// with its first or its last word as the body's, it reads only the
// passages that have the alias's other words and the start of the post's
// as the alias places them ("Roads Minist", "Minis" and " of Forests"):
// every such passage, however large the sources.
func (ix *Index) postNamed(party []QueryTerm) *Passage {
	for _, t := range party {
		aliases := ix.bodyAliases(t.Stem)
		for _, as := range aliases {
			for _, body := range []int{0, len(as) - 1} {
				if p := ix.postIn(aliases, as, body); p != nil {
					return p
				}
			}
		}
	}
	return nil
}

// postIn returns the first passage that names the post of an alias read
// with its word at body as the body's, beside a person (by any of the
// body's aliases).
func (ix *Index) postIn(aliases [][]string, alias []string, body int) *Passage {
	prefix := postPrefix(alias[body])
	if prefix == "" || !unicode.IsUpper([]rune(prefix)[0]) {
		return nil
	}
	var needle string // the alias's other words, as they stand beside the post
	if body == 0 {
		needle = " " + strings.Join(alias[1:], " ")
	} else {
		needle = strings.Join(alias[:body], " ") + " " + prefix
	}
	// the passages that have the rarest of the alias's other words
	var rarest []posting
	read := false
	for i, w := range alias {
		if i == body || isStopWord(strings.ToLower(w)) {
			continue
		}
		ps := ix.postings[stem(strings.ToLower(w))]
		if len(ps) == 0 {
			return nil // a word no passage has
		}
		if !read || len(ps) < len(rarest) {
			rarest, read = ps, true
		}
	}
	for _, ps := range rarest {
		p := ix.passages[ps.doc]
		if !strings.Contains(p.Text, needle) || !strings.Contains(p.Text, prefix) {
			continue
		}
		for _, s := range ix.Sentences(p) {
			if namesPost(s.Text, aliases) && ix.namesHolderIn(s.Text) {
				return p
			}
		}
	}
	return nil
}

// postAt reports whether words are an alias with its word at body written
// as a post's: the same words elsewhere, that one sharing its start and a
// word for a person ("Minister"; not "Assurance's", "Ministries").
func postAt(words, alias []string, body int) bool {
	for j, w := range words {
		w = strings.TrimRight(w, ",.;:")
		if j != body {
			if !strings.EqualFold(w, alias[j]) {
				return false
			}
			continue
		}
		b := alias[j]
		lower := strings.ToLower(w)
		n := len(commonPrefix(lower, strings.ToLower(b)))
		if w == "" || strings.EqualFold(w, b) || n < 5 || n < len(b)-3 || !unicode.IsUpper([]rune(w)[0]) || pluralOf(w, b) || !lexicon.Person(lower) {
			return false
		}
	}
	return true
}
