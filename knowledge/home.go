package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// homeAskedRE finds a question on where a named party is based or from:
// "where is Drummel Tunnelling based?", "where are the Ashveil hackers
// from?", "which country is Meridia from?", "Vik based where?". Its
// first group holding text is what the question asks it of.
var homeAskedRE = lazyre.New(`(?i)\bwhere(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(.{1,60}?)\s+(?:based|headquartered|from)\b` +
	`|\b(?:which|what)\s+country\s+(?:is|are|was|were)\s+(.{1,60}?)\s+(?:from|based|headquartered|registered)\b` +
	`|\b([\p{L}\-]+(?:\s+[\p{L}\-]+){0,3})\s+(?:based|headquartered)\s+where\b`)

// homeAsked returns the name a question asks the home of (a name the
// sources have, in what homeAskedRE finds); "" where it asks it of no
// name ("where is he based?", "which country is the bank that lent most
// from?"), of the author, of a country, or of something of the name's
// ("where are Vik's buyers from?", "where is the Holm mine located?"):
// the name must be what is asked of, after "the" at most and before one
// word for people or a body at most ("the Ashveil hackers").
func (ix *Index) homeAsked(text string, own []QueryTerm) string {
	m := homeAskedRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	of := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(m[1]+m[2]+m[3])), "the ")
	for _, t := range own {
		if !t.Name || !t.Found || ix.authors[t.Stem] || ix.isCountry(t.Stem) {
			continue
		}
		rest, ok := strings.CutPrefix(of, strings.ToLower(t.Surface))
		if !ok {
			continue
		}
		if rest = strings.TrimSpace(rest); rest == "" || !strings.Contains(rest, " ") && (lexicon.Person(rest) || bodyWords[rest]) {
			return t.Stem
		}
	}
	return ""
}

// bodyWords name a body of people, which a name before them is the name
// of ("the Vik group").
var bodyWords = setOf("group", "groups", "firm", "company", "companies", "gang", "bank", "carrier", "airline", "insurer",
	"fund", "lab", "institute", "agency", "consortium", "contractor", "operator", "team", "club", "party", "union", "network", "crew", "outfit")

// tellsHome reports whether a passage says where a name (n, a stem) is
// based or from: a passage about the source itself (its author's
// affiliation); a place right after the name ("Vessberg Construction of
// Norvalt", "the institute in Montevideo", "Holm, based in Oslo"); a
// country or "based" right before it ("Danish carrier Nordhavn",
// "Madrid-based Vantara"); an apposition with a country's name or
// adjective ("Nordhavn Line, a Danish carrier"); or the sentence's words
// after it ("Holm Rail is Norwegian", "has its headquarters in Oslo",
// "who grew up in Bergen"). "Drummel Tunnelling (25%)", "Meridia with an
// Angolan partner" and "a subsidiary of Vessberg Construction" say
// nothing of it.
func (ix *Index) tellsHome(p *Passage, n string) bool {
	if p.Source != nil && p.Source.AboutSource[p.N] {
		return true
	}
	for _, s := range SplitSentences(p.Text) {
		var ws []string
		for _, t := range ix.kb.Glossary.canonical(analyze(s)) {
			if t.stem != n {
				continue
			}
			if ws == nil {
				ws = words(s)
			}
			end := nameEnd(ws, t)
			if placeAfter(ws, end) || homeTold(ws[end:min(end+12, len(ws))]) || homeApposition(s, t.surface) ||
				t.at > 0 && ix.homeWord(ws[t.at-1]) && adjacent(s, []string{ws[t.at-1], strings.Fields(t.surface)[0]}) {
				return true
			}
		}
	}
	return false
}

// homeTold reports whether the words after a name say where it is from:
// a verb of being before a country's name or adjective ("is a Norwegian
// rail operator", "is Norwegian"), or a word of home before a place
// ("has its headquarters in Oslo", "moved its head office to Oslo", "who
// grew up in Bergen", "was born in Tarn").
func homeTold(ws []string) bool {
	if len(ws) > 1 && beingVerbs[strings.ToLower(ws[0])] && slices.ContainsFunc(ws[1:min(5, len(ws))], func(w string) bool { return countryWord(strings.ToLower(w)) }) {
		return true
	}
	for i, w := range ws {
		lower := strings.ToLower(w)
		if !homeWords[lower] && !(lower == "office" && i > 0 && strings.EqualFold(ws[i-1], "head")) && !(lower == "up" && i > 0 && (strings.EqualFold(ws[i-1], "grew") || strings.EqualFold(ws[i-1], "grown"))) {
			continue
		}
		for _, x := range ws[i+1 : min(i+4, len(ws))] {
			if opensUpper(x) && !calendarWords[strings.ToLower(x)] || countryWord(strings.ToLower(x)) {
				return true
			}
		}
	}
	return false
}

var (
	beingVerbs = setOf("is", "was", "are", "were")
	homeWords  = setOf("headquarters", "headquartered", "based", "born", "raised", "hometown")
)

// placeAfter reports whether, within three words from i, a word says
// where ("based", "headquartered") or a preposition of place comes before
// a capitalised word that is not a month or a weekday ("of Norvalt", "in
// Montevideo"; not "in May").
func placeAfter(ws []string, i int) bool { return placeWithin(ws, i, min(i+3, len(ws))) }

// placeWithin is placeAfter over the words from i to j. A body's name
// after "of" or "from" is no place ("a subsidiary of Vessberg
// Construction", "bought it from Holm Mining"), nor is what follows a
// word of belonging ("a unit of Vik").
func placeWithin(ws []string, i, j int) bool {
	for k := i; k < j; k++ {
		switch lower := strings.ToLower(ws[k]); lower {
		case "based", "headquartered", "registered":
			return true
		case "of", "in", "from":
			if k+1 >= len(ws) || !opensUpper(ws[k+1]) || calendarWords[strings.ToLower(ws[k+1])] || k > 0 && belonging[strings.ToLower(ws[k-1])] {
				continue
			}
			if lower != "in" && k+2 < len(ws) && opensUpper(ws[k+2]) && !countryWord(strings.ToLower(ws[k+2])) && !countryWord(strings.ToLower(ws[k+1])) {
				continue // "of Vessberg Construction": a body's name
			}
			return true
		}
	}
	return false
}

// belonging are words after which "of" names an owner, not a place.
var belonging = setOf("subsidiary", "unit", "division", "arm", "part", "member", "members", "owner", "parent", "partner",
	"client", "customer", "supplier", "rival", "stake", "shareholder", "affiliate", "branch")

func opensUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// homeWord reports whether a word right before a name says where it is
// from: "based" (of "Madrid-based"), or a country's name or adjective.
func (ix *Index) homeWord(w string) bool {
	lower := strings.ToLower(w)
	return lower == "based" || lower == "headquartered" || countryWord(lower) || slices.ContainsFunc(ix.Terms(w), ix.isCountry)
}

// countryWord reports whether a word is a country's name or its
// adjective ("denmark", "danish").
func countryWord(lower string) bool {
	return lexicon.CountryName(lower) || slices.ContainsFunc(lexicon.Lookup(lower), func(r lexicon.Related) bool {
		return r.Kind == lexicon.Derived && lexicon.CountryName(r.Word)
	})
}

// homeApposition reports whether a name (as written, surface) opens an
// apposition that says where it is from in its first six words: a
// country's name or adjective, "based", or a place after a preposition
// ("Nordhavn Line, a Danish carrier", "Vik, a family firm from Bergen").
func homeApposition(s, surface string) bool {
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(surface) + `,\s+(?:a|an|the)\s+((?:[\p{L}\-]+\s+){0,5}[\p{L}\-]+)`)
	if err != nil {
		return false
	}
	m := re.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	ws := words(m[1])
	return slices.ContainsFunc(ws, func(w string) bool { return countryWord(strings.ToLower(w)) }) || placeWithin(ws, 0, len(ws))
}
