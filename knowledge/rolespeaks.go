package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// whatFigureRE finds a question on what a thing was ("what were the
// stakes", "what was Holm's turnover"), which a figure answers where the
// thing is one.
var whatFigureRE = lazyre.New(`(?i)^\W*what(?:'s|s|\s+is|\s+was|\s+were|\s+are)\s+(?:the\s+|its\s+|their\s+)?\p{L}`)

// bareHowMuchRE finds "how much" asked on its own, at the end of a
// question or of one of its parts.
var bareHowMuchRE = lazyre.New(`(?i)\bhow\s+much\s*(?:[?.!,;]|$)`)

// roleHolder returns the terms of a role a question's holder is named by
// ("the president", "the prime minister", "the harbour master"): a
// person's noun after "the", with one word before it at most, or the
// two words' initials where the sources write them so ("PM"); nil for
// anything else.
func (ix *Index) roleHolder(holder string) []string {
	ws := words(strings.ToLower(holder))
	if len(ws) < 2 || len(ws) > 3 || ws[0] != "the" || !askedPerson(ws[len(ws)-1]) {
		return nil
	}
	if len(ws) == 3 {
		// "the prime minister", which the sources may write "PM"
		if ts := ix.Terms(strings.ToUpper(ws[1][:1] + ws[2][:1])); len(ts) == 1 && ix.Has(ts[0]) {
			return ts
		}
	}
	if ts := ix.Terms(strings.Join(ws[1:], " ")); len(ts) >= 1 && len(ts) <= 2 {
		return ts // a role no source has: no source reports what its holder said
	}
	return nil
}

// namedOtherwise reports whether the sources have a role (its terms) only
// in other words: some passage lacks one of its terms, yet every word of
// the question's for it was found (by an acronym, "PM", or a word the
// lexicon relates).
func (ix *Index) namedOtherwise(role []string, holder string, own []QueryTerm) bool {
	if len(role) == 0 || !slices.ContainsFunc(role, func(t string) bool { return !ix.Has(t) }) {
		return false
	}
	return !slices.ContainsFunc(words(strings.ToLower(holder)), func(w string) bool {
		// every word of the role found ("harbour master", where only
		// "harbour" is, is no role the sources name)
		return w != "the" && !slices.ContainsFunc(own, func(t QueryTerm) bool {
			return t.Found && slices.Contains(words(strings.ToLower(t.Surface)), w)
		})
	})
}

// speechVerbs are the verbs by which a report has someone speak ("said",
// "called the fares daylight robbery", "criticised"); speechVerbRE finds
// one, pronounSpeaksRE a sentence that opens with a person's pronoun and
// one ("She said ..."), which goes on about the person just named.
const speechVerbs = `said|says|told|tells|called|calls|described|warned|argued|insisted|claimed|denied|added|wrote|stated|announced|commented|critici[sz]ed|praised|dismissed|welcomed|urged|promised|vowed|complained|rejected`

var (
	speechVerbRE    = lazyre.New(`(?i)\b(?:` + speechVerbs + `)\b`)
	pronounSpeaksRE = lazyre.New(`(?i)^\s*(?:he|she|they)\s+(?:also\s+)?(?:` + speechVerbs + `)\b`)
)

// roleSpeaks reports whether a passage has the holder of a role (role:
// its terms) say something: a sentence with the role as the subject of a
// verb of saying (roleSubjectSpeaks), or quoted after one ("said Mayor
// Siv Dahl", "according to the mayor"), or one opening "She said" or with
// a name of the sentence before ("Dahl said") right after a sentence with
// the role.
func (ix *Index) roleSpeaks(p *Passage, role []string) bool {
	ss := SplitSentences(p.Text)
	for i, s := range ss {
		if !containsAll(ix.Terms(s), role) {
			continue
		}
		if slices.ContainsFunc(strings.Split(s, ";"), func(c string) bool { return ix.roleSubjectSpeaks(strings.TrimSpace(c), role) }) || ix.roleQuoted(s, role) {
			return true // (each part of a sentence a semicolon parts opens with its own subject)
		}
		if i+1 < len(ss) && (pronounSpeaksRE.MatchString(ss[i+1]) || ix.nameSpeaks(ss[i+1], s)) {
			return true // "She said ...", "Dahl said ...", after the sentence with the role
		}
	}
	return false
}

// roleSubjectSpeaks reports whether a sentence opens with the role, its
// subject, and has it speak: "Mayor Siv Dahl called the fares daylight
// robbery", "The mayor has also said", "Mayor Siv Dahl defended the
// fares, telling reporters ..."; not "Fishermen who met the mayor said",
// "The mayor's critics said", "Fishermen criticised the mayor".
func (ix *Index) roleSubjectSpeaks(s string, role []string) bool {
	ws := words(s)
	at := slices.IndexFunc(ws, func(w string) bool { return slices.Contains(ix.Terms(w), role[len(role)-1]) })
	if at < 0 {
		return false
	}
	for _, w := range ws[:at] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !roleOpeners[strings.ToLower(w)] {
			return false // the role is no subject the sentence opens with
		}
	}
	end := at + 1
	for end < len(ws) {
		r, _ := utf8.DecodeRuneInString(ws[end])
		if !unicode.IsUpper(r) {
			break
		}
		end++ // "Mayor Siv Dahl": the holder's name
	}
	if possessiveAfter(s, ws[end-1]) {
		return false // "The mayor's critics"
	}
	rest := strings.Join(ws[end:], " ")
	if speechParticipleRE.MatchString(s) {
		return true // ", telling reporters ...": the subject speaks
	}
	loc := speechVerbRE.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	for _, w := range words(rest[:loc[0]]) {
		if !subjectVerbLink[strings.ToLower(w)] && !strings.HasSuffix(strings.ToLower(w), "ly") {
			return false // "The mayor signed the order that critics called unfair"
		}
	}
	return true
}

// roleOpeners may stand before a role that opens a sentence as its
// subject: "The former mayor", "The new prime minister".
var roleOpeners = setOf("the", "a", "an", "former", "new", "then", "outgoing", "incoming", "acting", "deputy", "city", "town")

// subjectVerbLink are the words that may stand between a subject and its
// verb of saying: "The mayor has also said".
var subjectVerbLink = setOf("has", "have", "had", "also", "then", "later", "again", "once", "would", "will", "did", "and")

// speechParticipleRE finds a participle of saying after a comma, whose
// subject is the sentence's: "..., telling reporters they were fair".
var speechParticipleRE = lazyre.New(`(?i),\s*(?:telling|saying|adding|arguing|insisting|noting|warning|calling)\b`)

// possessiveAfter reports whether a word is written in a sentence as a
// possessive ("the mayor's critics").
func possessiveAfter(s, w string) bool {
	return strings.Contains(s, w+"'s") || strings.Contains(s, w+"’s")
}

// roleQuoted reports whether a sentence quotes the role's holder after a
// verb of saying: "\"...,\" said Mayor Siv Dahl", "according to the mayor".
func (ix *Index) roleQuoted(s string, role []string) bool {
	for _, loc := range quotedAfterRE.FindAllStringIndex(s, -1) {
		ws := words(s[loc[1]:])
		if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
			ws = ws[1:]
		}
		if len(ws) > 0 && containsAll(ix.Terms(strings.Join(ws[:min(len(ws), len(role)+1)], " ")), role) {
			return true
		}
	}
	return false
}

// quotedAfterRE finds a verb of saying that puts who said it after it.
var quotedAfterRE = lazyre.New(`(?i)\b(?:said|says|according\s+to|told)\s`)

// nameSpeaks reports whether a sentence opens with a name from the
// sentence before it and a verb of saying within three words: "Dahl
// said", after "Mayor Siv Dahl signed the order".
func (ix *Index) nameSpeaks(s, before string) bool {
	ws := words(s)
	if len(ws) < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(ws[0]); !unicode.IsUpper(r) || !slices.Contains(words(before), ws[0]) {
		return false
	}
	return speechVerbRE.MatchString(strings.Join(ws[1:min(len(ws), 4)], " "))
}

// describes reports whether a term no source has is an adjective that
// only describes what the question names ("Bolivia's famous salt flat",
// "want it so bad"): the lexicon relates it to similar adjectives. Not a
// salient word, nor the head of what is asked.
func describes(t QueryTerm) bool {
	if t.Found || t.Salient || t.head {
		return false
	}
	return similarAdjective(strings.ToLower(t.Surface))
}

// countedNear is what of a sentence is near its count figures: the four
// words before each and the five after, read as the sentence spaces them
// ("Veldoria's fleet has 38 pelagic vessels", "a workforce of 2,300", "9
// large, fully-laden, deep-draught ships"), a figure in digits or in words
// ("Sixty ships"); the sentence's first four words, its subject ("Nurses
// at every hospital walked out, some 1,200 in all"); and what it says the
// number of is ("the number of utilities without MFA had fallen to
// eight"). A noun further off ("adding nine items to its control list,
// which requires licences") is no thing counted; nor one in an apposition
// after the clause ("About 3,000 were evacuated ..., most of them
// tenants"), a documented limit.
func countedNear(s string) string {
	ws := strings.Fields(namedNumberRE.ReplaceAllString(s, " "))
	var b strings.Builder
	for i, w := range ws {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if w == "" || isYear(w) || !isFigureWord(w) && !spelledNumber(w) {
			continue
		}
		b.WriteString(strings.Join(ws[max(0, i-4):min(len(ws), i+6)], " "))
		b.WriteString(". ")
	}
	if b.Len() == 0 {
		return ""
	}
	b.WriteString(strings.Join(ws[:min(len(ws), 4)], " "))
	b.WriteString(". ")
	for _, m := range numberOfRE.FindAllStringSubmatch(s, -1) {
		b.WriteString(m[1] + ". ")
	}
	return b.String()
}

// spelledNumber reports whether a word is a number written in words
// that isFigureWord does not read: "sixty", "fourteen", "twenty-five"
// (normalize.go's units, teens and tens), "scores".
func spelledNumber(w string) bool {
	if units[w] > 0 || teens[w] > 0 || tens[w] > 0 || w == "scores" {
		return true
	}
	t, u, ok := strings.Cut(w, "-")
	return ok && tens[t] > 0 && units[u] > 0
}

// numberOfRE finds what a sentence says the number of is, up to six
// words within its clause: "the number of large foreign-owned container
// ships", "a total of 14 vessels".
var numberOfRE = lazyre.New(`(?i)\b(?:number|numbers|count|total|tally)\s+of\s+((?:[\p{L}\d'’-]+\s+){0,5}[\p{L}'’-]+)`)

// howManyOnlyRE finds a question after a count ("how many"), not an
// amount ("how much").
var howManyOnlyRE = lazyre.New(`(?i)\bhow\s+many\b`)

// countedNoun reports whether a question's last word of what it counts is
// a plural noun of things ("ships", "licences", "children"): an inflected
// form the lexicon knows, not a verb's past or participle ("how many
// reported"), a unit ("years"), nor people in general.
func countedNoun(w string) bool {
	w = strings.ToLower(w)
	b := lexicon.BaseForm(w)
	return b != "" && b != w && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && unitOf(w) == "" && !peopleStems[stem(w)]
}
