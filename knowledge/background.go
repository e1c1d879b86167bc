package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// backgroundAskedRE finds a question after someone's past: their
// background, career, what they did before.
var backgroundAskedRE = lazyre.New(`(?i)\b(?:background|bio|biography|career|cv|résumé|track record|tenure|prior\s+(?:roles?|jobs?|positions?|posts?|experience|career)|previous\s+(?:roles?|jobs?|positions?|posts?|experience|career|employers?)|\b(?:do|doing|work|worked|working)\s+(?:\S+\s+){0,2}?before\b)`)

// careerRE finds a sentence that tells someone's past: "previously",
// "spent eight years as", "joined in 2019", "a former minister".
var careerRE = lazyre.New(`(?i)\b(?:previously|formerly|former|before\s+(?:joining|that|becoming|taking|moving|(?-i:\p{Lu}))|after\s+(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:decades?|years?)|from\s+(?:19|20)\d\d\s+to|became|ran|led|headed|spent\s+\S+\s+(?:years?|decades?)|joined|since\s+(?:19|20)\d\d|(?:has|had)\s+(?:been|served|worked|led|run|headed)|served\s+as|career|veteran|appointed|took\s+(?:over|office)|rose\s+to|worked\s+(?:at|for|as|in)|graduated|trained\s+as)\b`)

// personPronounRE finds a pronoun for a person.
var personPronounRE = lazyre.New(`(?i)\b(?:he|she|his|her|him)\b`)

// Questions on a person's attributes other than the past (see
// backgroundAskedRE): a time in a post ("how long has Dahl chaired it",
// "yrs as dg"), a party ("which party", "party affil"); attributeWordRE
// finds the words that ask them, which are no topic of their own.
var (
	tenureAskedRE   = lazyre.New(`(?i)\bhow long (?:has|have|had|was|were|is)\b|\b(?:yrs|years|months) (?:as|at (?:the )?(?:helm|top)|in (?:the )?(?:job|post|office|role|charge))\b|\bsince when\b`)
	partyAskedRE    = lazyre.New(`(?i)\b(?:which|what) (?:political )?party\b|\bparty (?:affil\w*|member(?:ship)?)\b|\bparty\s*\?|\bpolitical affil\w*`)
	attributeWordRE = lazyre.New(`(?i)^(?:how|long|yrs|years?|months?|helm|top|job|post|office|role|charge|party|political|affil\w*|member(?:ship)?|always)$`)
)

// Evidence of those in a sentence naming the person: a time in a post
// ("has chaired the fund since March 2019", "took the helm in 2017", "for
// the past six years"; not "took questions from reporters on 3 May"), a
// party (see partyOf). Led by, headed by, run by give a role now, not a
// past ("the union, led by Anna Holm").
var (
	tenureRE = lazyre.New(`(?i)\b(?:since (?:\d|early|mid|late|` + monthNames + `)|appointed|took (?:office|over|charge|the helm)|at the helm|succeeded|became|elected|named|joined the board|in (?:office|post|charge)|(?:has|had|have) (?:led|run|headed|chaired|served)|served|for the (?:past|last)|from (?:\d|` + monthNames + `)|term\b[^.;]{0,60}\bbegan|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:year|term))\b`)
	// postRE finds a word of a post held, which a time in it is told of
	// ("has chaired the fund since 2019"; not "joined the march on 26
	// June", "silent since the strike began")
	postRE        = lazyre.New(`(?i)\b(?:chair\w*|head\w*|led|leads?|leader|director\w*|minister|president|governor|chief|ceo|secretary|manager|post|office|role|job|helm|charge|term|board|mayor|commissioner|ran|runs?)\b`)
	ordinalYearRE = lazyre.New(`(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:year|term)\b`)
	spanRE        = lazyre.New(`(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:years?|months?|decades?)\b`)
	ledByRE       = lazyre.New(`(?i)\b(?:led|headed|run|chaired)\s+by\b`)
)

// A party beside a person's name: after it ("Eva Holm of the Green Party",
// "(GP)", ", leader of the Party of Progress", ", a Centre Alliance
// deputy"), before it ("Green Party leader Eva Holm"), or what the person
// sits or was elected for ("He sits for the National Front", "was elected
// mayor of Tarnby in 2018 for the Green Party"); not a party the sentence
// names for another reason ("met the Green Party's leaders").
const partyName = `(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Party|Alliance|Front|Movement|Bloc|League|Greens|Democrats|Liberals|Conservatives|Socialists|Left)\b`

// partyAdjective is a party's adjective before a role ("Conservative MP
// Ivo Tarr", "Green deputy").
const partyAdjective = `(?:Conservative|Liberal|Socialist|Social Democratic|Democratic|Democrat|Republican|Green|Labour|Labor|Communist|Nationalist|Centrist)`

const partyRole = `(?:deputy|MP|senator|lawmaker|leader|member|politician|candidate|councillor|chair|chairman)`

var (
	partyAfterRE  = lazyre.New(`^(?:\((?:[A-Z]{2,6}|` + partyName + `)\)|,?\s*(?:(?:a|an|the)\s+)?(?:\p{Ll}+\s+){0,2}(?:of|from|for)\s+the\s+` + partyName + `|,?\s*(?:a|an)\s+(?:` + partyName + `|` + partyAdjective + `)\s+` + partyRole + `)`)
	partyBeforeRE = lazyre.New(`(?:(?:` + partyName + `|` + partyAdjective + `)\s+` + partyRole + `|` + partyName + `['’]s)\s*$`)
	sitsForRE     = lazyre.New(`^(?:\S+\s+){0,3}?(?:sits?|sat|stood|stands|ran|runs|was elected|elected|serves?|served|is a member|was a member|member)\b(?:\s+\S+){0,6}?\s+(?:for|of)\s+the\s+` + partyName)
	partyOwnsRE   = lazyre.New(`\b(Party|Alliance|Front|Movement|Bloc|League|Greens|Democrats|Liberals|Conservatives|Socialists|Congress|Centre|Center|Left)['’]s\b`)
)

// partyOf reports whether a sentence gives the party of a person whose
// name's words it has where named is true (see partyAfterRE), or who is
// its subject, "He" or "She".
func partyOf(s string, named func(w string) bool) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		if !named(w) && (i > 0 || !personPronounRE.MatchString(w)) {
			continue
		}
		// "The Green Party's Eva Holm" is hers; "met the Green Party's
		// leaders" is no one's
		after := partyOwnsRE.ReplaceAllString(strings.Join(ws[i+1:min(len(ws), i+14)], " "), "${1}_s")
		if partyAfterRE.MatchString(after) || sitsForRE.MatchString(after) || partyBeforeRE.MatchString(strings.Join(ws[max(0, i-5):i], " ")) {
			return true
		}
	}
	return false
}

// personAsked returns what a question asks of a person: "background",
// "time in the post", "party"; "" for none.
func personAsked(text string) string {
	switch {
	case partyAskedRE.MatchString(text):
		return "party"
	case tenureAskedRE.MatchString(text):
		return "time in the post"
	case backgroundAskedRE.MatchString(text):
		return "background"
	}
	return ""
}

// tellsOfPerson reports whether a sentence tells what is asked of a
// person (kind, see personAsked).
func tellsOfPerson(s, kind string) bool {
	switch kind {
	case "time in the post":
		return tenureRE.MatchString(s) && postRE.MatchString(s) && (len(FindWhen(s, Date{})) > 0 || spanRE.MatchString(s) || ordinalYearRE.MatchString(s))
	}
	return careerRE.MatchString(ledByRE.ReplaceAllString(s, " "))
}

// backgroundUngiven returns whose past, time in a post or party a
// question asks ("ada tarn background", "what did Vik do before Holm?",
// "brenn party affil", "vesk yrs as dg"), and which of them, when no
// passage that could answer tells it: no sentence with all the question's
// salient words other than the words that ask it (or the sentence before
// it, for "He previously ...") tells it. "" where it is told, or the
// question asks none. Asked is the question as typed, corrections what
// the corrector made of its words.
func (ix *Index) backgroundUngiven(text, asked string, corrections []Correction, own, all []QueryTerm, wide []Hit) (string, string) {
	kind := personAsked(text)
	if kind == "" {
		kind = personAsked(asked) // "party affil", which the corrector may take for another word
	}
	if kind == "" || len(wide) == 0 {
		return "", ""
	}
	asking := func(t QueryTerm) bool {
		// (a word corrected from one typed, "affil": "affix", is no topic)
		return backgroundAskedRE.MatchString(t.Surface) || attributeWordRE.MatchString(t.Surface) ||
			slices.ContainsFunc(corrections, func(c Correction) bool { return strings.EqualFold(c.To, t.Surface) })
	}
	if personPronounRE.MatchString(text) {
		own = all // "where did he work before?": the person named before
	}
	// the person's words: names the sources write in capitals that no
	// glossary entry holds ("ada tarn"); a question on a company, a
	// strike or a chief's tenure asks no one's past
	var who []QueryTerm
	for _, t := range own {
		if t.Found && !isNumber(t.Stem) && !asking(t) && !strings.HasPrefix(t.Stem, "=") &&
			ix.capitalisedOnly(strings.TrimSuffix(strings.TrimSuffix(t.Surface, "'s"), "’s")) {
			who = append(who, t)
		}
	}
	if len(who) == 0 || slices.ContainsFunc(own, func(t QueryTerm) bool {
		return t.Found && !t.Salient && !t.Soft && !strings.HasPrefix(t.Stem, "=") && !asking(t) &&
			!roleWord(strings.ToLower(t.Surface)) && !slices.ContainsFunc(who, func(w QueryTerm) bool { return w.Stem == t.Stem })
	}) {
		return "", "" // "holm strike background": the strike's
	}
	names := func(s string) bool {
		terms := ix.Terms(s)
		return !slices.ContainsFunc(who, func(t QueryTerm) bool { return !t.in(terms) })
	}
	tells := func(s string) bool {
		if kind != "party" {
			return tellsOfPerson(s, kind)
		}
		return partyOf(s, func(w string) bool {
			return slices.ContainsFunc(who, func(t QueryTerm) bool { return t.in(ix.Terms(w)) })
		})
	}
	for _, h := range wide[:min(len(wide), candidates)] {
		ss := SplitSentences(h.Passage.Text)
		for i, s := range ss {
			if tells(s) && (names(s) || i > 0 && personPronounRE.MatchString(s) && names(ss[i-1])) {
				return "", ""
			}
		}
	}
	var surfaces []string
	for _, t := range who {
		surfaces = append(surfaces, strings.TrimSuffix(strings.TrimSuffix(t.Surface, "'s"), "’s"))
	}
	return strings.Join(surfaces, " "), kind
}
