package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// answersAPart reports whether a question of two parts, each a question of
// its own joined by "and" ("how many schools were shut and how many kids
// were sent home?", "how big is the plant and did they ship to PLA end
// users?"), has every word no source has (missing) in one part, while the
// best passage has a found salient word or name of another part. A part is
// read up to its question mark, so that the asker's guesses after it ("and
// how big were they? vietnam?") are not a part, and has three words at
// least ("which resolution and when - 2397?" has no second part). A
// question of keywords alone, with no question mark but at its end, asks
// its parts as a list ("reprimand still on file / labour ct status",
// "talent bridge - budget, target, signups"; see keywordItems), each item,
// the one answered as well as the other, of two words at least: a word
// alone beside the others is more often the same thing by another name
// ("operating profit / EBIT"), one end of a route ("lisbon - madrid rail
// cost") or what the others are asked for ("trade value, 2019") than a
// question of its own.
func answersAPart(text string, missing []string, own []QueryTerm, best Hit) bool {
	parts, least, listed := partSplitRE.Split(text, -1), 3, false
	if len(parts) < 2 && keywordQuestion(text) && !strings.Contains(strings.TrimRight(text, "? "), "?") {
		parts, least, listed = keywordItems(text), 2, true
	}
	if len(parts) < 2 {
		return false
	}
	// each part's words, whole and up to its question mark (asked)
	whole, asked := make([][]string, len(parts)), make([][]string, len(parts))
	for i, p := range parts {
		lower := strings.ToLower(p)
		whole[i] = words(lower)
		if q := strings.Index(lower, "?"); q >= 0 {
			lower = lower[:q]
		}
		asked[i] = words(lower)
	}
	in := func(part []string, w string) bool { // every word of w ("Greywater fire")
		return containsAll(part, words(strings.ToLower(w)))
	}
	// askedElsewhere reports whether a part other than the i-th, long
	// enough to be a question, asks w
	askedElsewhere := func(i int, w string) bool {
		for j := range parts {
			if j != i && parts[j] != parts[i] && len(asked[j]) >= least && in(asked[j], w) {
				return true
			}
		}
		return false
	}
	for i := range parts {
		if slices.ContainsFunc(missing, func(w string) bool { return in(whole[i], w) }) || listed && len(asked[i]) < least {
			continue // an item answered is a question too: "lusitana azores unit, 2022" asks nothing of 2022 alone
		}
		elsewhere := !slices.ContainsFunc(missing, func(w string) bool { return !askedElsewhere(i, w) })
		if elsewhere && slices.ContainsFunc(own, func(t QueryTerm) bool {
			return t.Found && (t.Salient || t.Name) && in(whole[i], t.Surface) && slices.Contains(best.Matched, t.Stem)
		}) {
			return true
		}
	}
	return false
}

// partSplitRE finds where a question's second question starts: "and" (or
// "&", "+") before a question word, or before an auxiliary verb and its
// subject ("and did they ship ...": not "and are affected by ...", which
// goes on with the first question's subject).
var partSplitRE = lazyre.New(`(?i)(?:,\s*|\s+)(?:and|&|\+)\s+(?:(?:how|what|who|when|where|why|which)\b|(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+(?:they|he|she|it|we|you|i|there|the|a|an|its|their|his|her|this|that|these|those|any|anyone|someone)\b)`)

// keywordItemRE finds where the next item of a list of keywords starts: a
// slash, a plus or a dash set off by spaces ("reprimand on file / labour
// ct status", "strain + resistance", "bridge - budget"); not a slash
// between two words ("profit/loss": one or the other) nor a dash inside
// one. keywordListRE finds a comma too, which sets off the items of a list
// of three or more ("budget, target, signups") but, alone, a qualifier of
// the one thing asked ("operating profit, per Fitch").
var (
	keywordItemRE = lazyre.New(keywordMark)
	keywordListRE = lazyre.New(keywordMark + `|,\s+`)
)

// keywordMark is a slash, a plus or a dash set off by spaces.
const keywordMark = `\s+[/+\-–—]\s+`

// keywordItems splits a question of keywords into the items of its list.
func keywordItems(text string) []string {
	if strings.Count(text, ", ") >= 2 {
		return keywordListRE.Split(text, -1)
	}
	return keywordItemRE.Split(text, -1)
}

// pieceNounRE finds a noun a question names the piece itself by.
var pieceNounRE = lazyre.New(`(?i)^(?:` + pieceNounWords + `)s?$`)

// clauseAlone reports whether the clause of a sentence on a question
// (see askedClause) is the only one on what it tells: the sentence sets
// nothing against it ("but the plan was called off"), no other clause of
// it has a word of the clause's nor opens by pointing back to it ("and
// Holm granted 2.5% in March", "which it did in March"), and no later
// sentence of the passage has a word of the clause's ("When the ballot
// closed on 2 June, 87% had backed a walkout").
func (ix *Index) clauseAlone(p *Passage, s, clause string) bool {
	if contrastRE.MatchString(s) {
		return false
	}
	on := ix.Terms(clause)
	shares := func(text string) bool {
		return slices.ContainsFunc(ix.Terms(text), func(t string) bool { return slices.Contains(on, t) })
	}
	if slices.ContainsFunc(clausesOf(s), func(c string) bool { return c != clause && (pointsToClauseRE.MatchString(c) || shares(c)) }) {
		return false
	}
	ss := ix.Sentences(p)
	at := slices.IndexFunc(ss, func(x Sentence) bool { return x.Text == s })
	return at < 0 || !slices.ContainsFunc(ss[at+1:], func(x Sentence) bool { return shares(x.Text) })
}

// contrastRE finds a word that sets one clause against another; aboutToRE
// one that tells something as about to happen, in the present or the past
// of a narrative ("the pilots were about to ballot").
var (
	contrastRE = lazyre.New(`(?i)\b(?:but|however|although|though)\b`)
	aboutToRE  = lazyre.New(`(?i)\b(?:is|are|was|were)\s+about\s+to\b`)
)

// pointsToClauseRE finds a clause that opens by pointing back to another.
var pointsToClauseRE = lazyre.New(`(?i)^\s*(?:which|who|whom|whose|that|this|it|they|he|she|its|their|his|her|so)\b`)

// coordinateRE finds a coordinating word between two clauses.
var coordinateRE = lazyre.New(`(?i)\s+(?:and|but|while|whereas)\s+`)

// clauseSplitRE finds the marks between a sentence's clauses, not a
// figure's comma ("1,200").
var clauseSplitRE = lazyre.New(`[,;:]\s+|\s*[—–]\s*|\s+-\s+`)
