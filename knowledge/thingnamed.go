package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// whereThingRE finds a question on where a thing is ("where is vik's
// manufacturing plant?", "where's the new depot"): group 1 is the thing.
var whereThingRE = lazyre.New(`(?i)^\W*where(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+((?:[\p{L}\d'’-]+\s*){1,6})\s*[?.!]*\s*$`)

// possessiveOpeners open a thing's noun phrase before its words: "the",
// "its" (as nameOfRE reads them).
var possessiveOpeners = setOf("the", "that", "this", "its", "their", "his", "her")

// nameOfRE finds what a question asks the name of after "name of":
// "what's the name of the Korvex payment processor".
var nameOfRE = lazyre.New(`(?i)\bnames?\s+of\s+(?:the\s+|that\s+|this\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\p{L}\d'’-]+\s*){1,6})`)

// nameAfterRE finds what a question asks the name of before "name":
// "korvex payment processor name", "tarn team manager name, 4yr ban",
// "regional parties backing govt, names".
var nameAfterRE = lazyre.New(`(?i)((?:[\p{L}\d'’-]+\s+){0,5}[\p{L}\d'’-]+(?:\s*[,:–—-])?\s+)(?:full\s+)?names?\s*(?:[,;/+&?]|$)`)

// thingNamed returns the question's words for what it asks the name of,
// in its order, other than names (also one typed in lower case that the
// sources write only with a capital) and the words no source has: the words
// after "name of", or before a closing "name", or of a "which" question's
// focus (what it asks which of); and the question's words from the first
// of them to the last, to name it by. nil for none.
func (ix *Index) thingNamed(text string, own []QueryTerm, focus []string) ([]QueryTerm, string) {
	var ws []string
	if m := nameOfRE.FindStringSubmatch(text); m != nil {
		ws = words(strings.ToLower(m[1]))
	} else if m := nameAfterRE.FindStringSubmatch(text); m != nil && len(ix.thingWords(words(strings.ToLower(m[1])), own)) > 0 {
		ws = words(strings.ToLower(m[1]))
	} else if m := whoTheRE.FindStringSubmatch(text); m != nil && nameWordRE.MatchString(text) {
		ws = words(strings.ToLower(m[1])) // "who was the pilot killed at X? any name"
	} else {
		for _, f := range focus {
			ws = append(ws, words(strings.ToLower(f))...)
		}
	}
	return ix.thingIn(ws, own)
}

// thingWords returns the question's words among ws for a thing asked (see
// thingIn).
func (ix *Index) thingWords(ws []string, own []QueryTerm) []QueryTerm {
	thing, _ := ix.thingIn(ws, own)
	return thing
}

// personNear reports whether a sentence of the hits with a word asked, or
// the sentence after it, names someone: "Ola Brenn, 54, was the pilot",
// "the crew members killed. They were Ola Brenn and Ivo Tarn".
func (ix *Index) personNear(hits []Hit, head QueryTerm) bool {
	for _, h := range hits {
		ss := ix.Sentences(h.Passage)
		for i, s := range ss {
			if !head.in(ix.Terms(s.Text)) {
				continue
			}
			if ix.namesSomeone(s.Text) || i+1 < len(ss) && pronounOpensRE.MatchString(ss[i+1].Text) && ix.namesSomeone(ss[i+1].Text) {
				return true
			}
		}
	}
	return false
}

// pronounOpensRE finds a sentence that opens on who the one before told
// of ("They were Ola Brenn and Ivo Tarn").
var pronounOpensRE = lazyre.New(`(?i)^\W*(?:they|he|she|their\s+names?|his\s+name|her\s+name)\b`)

// whoTheRE finds the person a question asks who they were by what they
// were: "who was the pilot killed at X", "who's the contractor's site
// manager".
var whoTheRE = lazyre.New(`(?i)^\W*who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an|their|its|his|her)\s+((?:[\p{L}'’-]+\s*){1,6})`)

// thingIn returns the question's words among ws (lower case, in order)
// for a thing asked, and its label (see thingNamed).
func (ix *Index) thingIn(ws []string, own []QueryTerm) ([]QueryTerm, string) {
	var thing []QueryTerm
	first, last := -1, -1
	for k, w := range ws {
		i := slices.IndexFunc(own, func(t QueryTerm) bool { return strings.ToLower(t.Surface) == w })
		name := i >= 0 && (own[i].Name || strings.HasPrefix(own[i].Stem, "=")) || ix.writtenAsName(w)
		if isStopWord(w) || verbAt(ws, k) || len(thing) > 0 && (name || i >= 0 && (!own[i].Found || isNumber(own[i].Stem))) {
			break // the thing's words end where a verb, a name or a figure goes on ("the spin-out vik bought in 2017")
		}
		if i < 0 {
			continue
		}
		if t := own[i]; t.Found && !name && !isNumber(t.Stem) {
			if first < 0 {
				first = k // the label has the words of a kind ("payment processor")
			}
			if !t.Soft && !kindOfFigure(t.Surface) {
				thing, last = append(thing, t), k
			}
		}
	}
	if len(thing) == 0 {
		return nil, ""
	}
	return thing, strings.Join(ws[first:last+1], " ")
}

// roleOfWords reports whether a thing asked is written in two words or
// more that the sources also write in lower case ("team manager"; not
// "holm official", where they write "Holm" only as a name).
func (ix *Index) roleOfWords(thing []QueryTerm) bool {
	n := 0
	for _, t := range thing {
		if !ix.capitalisedOnly(t.Surface) {
			n++
		}
	}
	return n > 1
}

// unnamed reports whether the cited passages have what a question asks
// the name of (thing: its last word) and never name it: no name the
// question lacks beside that word (see namedBeside), nor a person named in
// the sentence before one that says with a pronoun what they were ("Ivo
// Brand was banned. He had been the team manager"). A place asked (where)
// may stand after "to" ("moved its depot to Arnsby") or open the sentence
// ("In Arnsby, Holm opened a warehouse"; not "In March 2021, ...").
func (ix *Index) unnamed(hits []Hit, own []QueryTerm, thing []QueryTerm, where bool) bool {
	asked := make([]string, 0, len(own))
	inner := map[string][]string{} // the names inside a name asked ("Brask" of "Brask Rovers")
	for _, t := range own {
		asked = append(asked, t.Stem)
		if strings.HasPrefix(t.Stem, "=") {
			for _, w := range words(t.Surface) {
				inner[t.Stem] = append(inner[t.Stem], ix.Terms(w)...)
			}
		}
	}
	head := thing[len(thing)-1]
	seen := false
	for _, h := range hits {
		ss := ix.Sentences(h.Passage)
		for si, s := range ss {
			if !head.in(ix.Terms(s.Text)) {
				continue
			}
			if m := frontedPlaceRE.FindStringSubmatch(s.Text); where && m != nil && monthNumber(m[1]) == 0 {
				return false // not "In March 2021, ..."
			}
			ws := words(s.Text)
			for i, w := range ws {
				if !head.in(ix.Terms(strings.ToLower(w))) {
					continue
				}
				seen = true
				if ix.namedBeside(ws, i, asked, inner, where) || namedAsRE.MatchString(strings.Join(ws[i+1:min(len(ws), i+6)], " ")) && ix.otherName(ws, i+1, min(len(ws), i+8), -1, asked) {
					return false // "The pilot killed near Dalvik was Jansi Rheel"
				}
			}
			if si > 0 && pronounRoleRE.MatchString(s.Text) {
				if prev := words(ss[si-1].Text); ix.otherName(prev, 0, len(prev), -1, asked) {
					return false
				}
			}
		}
	}
	return seen
}

// nameWordRE finds a question that asks for a name in so many words
// ("the name of the farmer charged", "the pilot killed? any name"): a
// person asked by one word is then named, or not, beside that word.
var nameWordRE = lazyre.New(`(?i)\bnames?\s+of\b|\b(?:any|the|their|his|her|its|full|a)\s+names?\b|['’]s\s+names?\b|\bnames?\s*(?:[?.!,;]|$|pls\b|please\b)`)

// namedAfter reports whether a sentence names something the question
// does not after the word of st ("two plants in 2021, at Rovik and
// at Brennport").
func (ix *Index) namedAfter(sentence, st string, asked []string) bool {
	ws := words(sentence)
	i := slices.IndexFunc(ws, func(w string) bool { ts := ix.Terms(strings.ToLower(w)); return len(ts) > 0 && ts[0] == st })
	return i >= 0 && ix.namedIn(ws[i+1:], asked)
}

// listsNext reports whether a sentence goes on to list, by name, what the
// one before counted: "They are Dunholt Mutual, Pellin Assurance and ...".
func (ix *Index) listsNext(sentence string, asked []string) bool {
	loc := listedNextRE.FindStringIndex(sentence)
	return loc != nil && ix.namedIn(words(sentence[loc[1]:]), asked)
}

// namedIn reports whether words name something the question does not, up
// to the clause's own verb ("four insurers and fined Lisk Life": another
// deed's object), months and days aside.
func (ix *Index) namedIn(ws []string, asked []string) bool {
	kept := []string{"the"} // otherName reads no name in a first word
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && inflectedVerb(w) {
			break
		}
		if !calendarWords[strings.ToLower(w)] {
			kept = append(kept, w)
		}
	}
	return ix.otherName(kept, 0, len(kept), -1, asked)
}

// listedNextRE finds a sentence that goes on to list what the one before
// counted: "They are ...", "The four were ...".
var listedNextRE = lazyre.New(`^(?:They|These|Those|The\s+\p{L}+)\s+(?:are|were|include|included)\b`)

// countsFocus reports whether a sentence counts the focus with one of the
// figure's forms (n) just before its word ("four insurers", "4 big
// insurers"), not anywhere ("Two years after the fire, insurers ...").
func (ix *Index) countsFocus(sentence string, n []string, st string) bool {
	ws := words(strings.ToLower(sentence))
	for k, w := range ws {
		if !slices.Contains(n, w) && !slices.Contains(n, stem(w)) {
			continue
		}
		for j := k + 1; j < min(len(ws), k+3); j++ {
			if ts := ix.Terms(ws[j]); len(ts) > 0 && ts[0] == st {
				return true
			}
		}
	}
	return false
}

// countBefore returns the stems of the figure a question puts just before
// a word to point at it ("which 4 insurers": "4" and "four"), nil for
// none.
func countBefore(text, word string) []string {
	for _, m := range pointingCountRE.FindAllStringSubmatchIndex(text, -1) {
		if !strings.HasPrefix(strings.TrimSpace(text[m[1]:]), word) {
			continue
		}
		n := strings.ToLower(text[m[2]:m[3]])
		if w, ok := numberNames[n]; ok {
			return []string{n, stem(w)}
		}
		for d, w := range numberNames {
			if w == n {
				return []string{d, stem(w)}
			}
		}
		return []string{n}
	}
	return nil
}

// namedAsRE finds a verb that names what comes before it: "was", "is".
var namedAsRE = lazyre.New(`\b(?:was|is|were|are)\s+\p{Lu}`)

// pronounRoleRE finds a sentence that says what the person named before
// was or became: "He had been the team manager".
var pronounRoleRE = lazyre.New(`(?i)^(?:he|she|they)\s+(?:\p{L}+\s+)?(?:was|is|were|are|had\s+been|has\s+been|have\s+been|became|becomes|served\s+as|works\s+as|worked\s+as)\b`)

// frontedPlaceRE finds a sentence that opens on where it happened: "In
// Arnsby, Holm opened a warehouse".
var frontedPlaceRE = lazyre.New(`^(?:In|At|Near|Outside|From)\s+(?:the\s+)?(\p{Lu}\p{L}*)`)

// calledRE finds the words that put a name after what is named: "a
// processor known as Orvo Pay", "a firm called Zelpay".
var calledRE = lazyre.New(`^(?:known|called|named|dubbed|nicknamed|branded|trading)$`)

// namedBeside reports whether the word at i of a sentence's words is named
// beside it: a name the question lacks (asked, and the names inside a name
// asked where that name is there: inner) among its modifiers and up to a
// word that goes on to something else after it; after "known as",
// "called"; after "of" and a name ("the team manager of Brask Rovers, Ivo
// Brand,"); in apposition before its determiner ("Orvo Mutual, a broker",
// also opening the sentence) or before "as its" ("used Zelpay as its
// processor"); or a brand written with a capital inside ("eZelo"). A place
// (where) may stand after "to".
func (ix *Index) namedBeside(ws []string, i int, asked []string, inner map[string][]string, where bool) bool {
	hi := i + 1
	if hi < len(ws) && strings.EqualFold(ws[hi], "of") {
		for hi++; hi < len(ws) && (strings.EqualFold(ws[hi], "the") || unicode.IsUpper([]rune(ws[hi])[0])); hi++ {
		}
	}
	if hi < len(ws) && calledRE.MatchString(strings.ToLower(ws[hi])) {
		hi++
		if hi < len(ws) && strings.EqualFold(ws[hi], "as") {
			hi++
		}
	}
	for stop := min(len(ws), hi+3); hi < stop; hi++ {
		// a place asked may follow "to" ("moved its depot to Arnsby"),
		// not a verb after it ("a plant to supply Tarn Pharma")
		if w := strings.ToLower(ws[hi]); clauseBreak[w] && !(where && w == "to" && hi+1 < len(ws) && (nameWord(ws[hi+1]) || strings.EqualFold(ws[hi+1], "the"))) {
			break
		}
	}
	// back over its modifiers ("Orvo payment processor") to a
	// determiner, and past it to a name in apposition ("Orvo
	// Mutual, a broker"), not past a verb ("Vik, based in New
	// York, bought a spin-out")
	lo := i
	for lo > 0 && i-lo < 3 {
		w := strings.ToLower(ws[lo-1])
		if determiners[w] || isCount(w) || isStopWord(w) || verbAt(ws, lo-1) {
			break
		}
		lo--
	}
	if lo > 0 && (determiners[strings.ToLower(ws[lo-1])] || isCount(strings.ToLower(ws[lo-1]))) {
		k := lo - 2 // the word before the determiner, or before "as" ahead of it
		if k >= 0 && strings.EqualFold(ws[k], "as") {
			k--
		}
		// (opening the sentence, a capital is no name where English has
		// the word: "Later, a team manager was banned")
		if k >= 0 && nameWord(ws[k]) && !(k == 0 && lexicon.Known(strings.ToLower(ws[k]))) && !slices.ContainsFunc(ix.Terms(ws[k]), func(t string) bool { return slices.Contains(asked, t) }) {
			return true
		}
	}
	window := ix.Terms(strings.Join(ws[lo:hi], " "))
	here := slices.Clone(asked)
	for _, t := range window {
		here = append(here, inner[t]...) // "a Brask Rovers team manager": Brask is the club's
	}
	if ix.otherName(ws, lo, hi, i, here) {
		return true
	}
	return slices.ContainsFunc(ws[lo:hi], func(w string) bool { return nameWord(w) && unicode.IsLower([]rune(w)[0]) })
}

// nameWord reports whether a word is written as a name: with a capital
// first, or inside ("eZelo").
func nameWord(w string) bool {
	first, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) || strings.ContainsFunc(w[size:], unicode.IsUpper)
}
