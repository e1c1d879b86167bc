package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// anotherRE finds a passage that offers an alternative.
var anotherRE = lazyre.New(`(?i)\b(?:another|alternatively|alternative|instead)\b`)

// whoOpens opens a question with "who", after a filler ("so who").
const whoOpens = `(?i)^(?:and |so |but |ok |okay )?who`

// whoRE finds a question after someone who does something: "who in the
// government", "who is driving it" ("who do they blame" may ask for a
// country).
var whoRE = lazyre.New(whoOpens + `(?:\s+(?:in|at|from|within|inside)\b|(?:\s+is|\s+was|['’]s)\s+(?:behind|in charge|\p{L}+ing)\b)`)

// claimantRE finds a question after who said something: "who accused",
// "who has denied", "who was it that said"; its group is the verb.
var claimantRE = lazyre.New(whoOpens + `(?:\s+(?:was|is)\s+it\s+(?:that|who)|\s+(?:was|is)\s+the\s+one\s+(?:that|who))?\s+(?:else\s+)?(?:(?:has|have|had|did|first)\s+)?([\p{L}]+)`)

// asksClaimant reports whether a question asks who made a statement: who
// and a verb of stance ("who claimed", "who denied it").
func asksClaimant(text string) bool {
	m := claimantRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	if _, _, ok := StanceVerb(m[1]); ok {
		return true
	}
	for _, r := range lexicon.Lookup(strings.ToLower(m[1])) {
		if _, _, ok := StanceVerb(r.Word); ok && r.Kind == lexicon.Base {
			return true
		}
	}
	return false
}

// claimantFirst puts first, of the passages within nearMargin of the
// best, one that reports a statement by someone the question does not
// name: who said it is what the question asks.
func (ix *Index) claimantFirst(hits []Hit, own []QueryTerm) []Hit {
	return firstNear(hits, func(h Hit) bool { return ix.hasClaimant(h, own) })
}

// speechRE finds a question after who said something in words ("who
// announced", "who claimed"), not who did it ("who recognises").
var speechRE = lazyre.New(whoOpens + `\b[^?]*?\b(?:said|says|say|claimed|claims|claim|announced|announces|announce|stated|states|declared|declares|alleged|alleges|denied|denies|told|tells)\b`)

// originRE finds a question after who first put a claim about ("who
// started the rumour", "which paper first ran the story", "who did the
// story come from"); claimNounRE, the claim it asks about. "Where did the
// story come from?" is not one: talk among experts and the press is where
// it came from.
var (
	originRE    = lazyre.New(`(?i)\b(?:who|which|where)\b[^?]*?\b(?:start(?:ed|s)?|first\s+(?:ran|run|reported|published|floated|broke)|ran\s+it\s+first|broke|spread|floated|leaked|originat\w*)\b|\b(?:who|which)\b[^?]*?\b(?:came|come)\s+from\b`)
	claimNounRE = lazyre.New(`(?i)\b(?:rumou?rs?|story|stories|claims?|reports?|speculation|allegations?|chatter)\b`)
)

// asksOrigin reports whether a question asks who first put a claim about.
func asksOrigin(text string) bool {
	return claimNounRE.MatchString(text) && originRE.MatchString(text) && !piecePublishedRE.MatchString(text)
}

// piecePublishedRE finds the piece itself said to be published ("where
// did this story first come out", read as "this story first published"):
// a question on where the piece ran, not on who first put a claim about.
// "The report" or "the story" is as often one the piece tells of ("who
// leaked the report published in April?"): only "this" names the piece
// by them.
var piecePublishedRE = lazyre.New(`(?i)\b(?:this\s+(?:article|piece|story|report|op-?ed|essay|paper|commentary|column)|the\s+(?:article|piece|op-?ed|essay|commentary|column))\s+(?:\p{L}+\s+){0,2}?(?:published|republished)\b`)

// namesClaimant reports whether a passage attributes a claim to someone
// it names, other than the question: a name or a named concept ("the
// Pentagon claims"), not a group of no one in particular ("speculation
// among experts and the media", "as some reports allege"), nor one who
// denies it.
func (ix *Index) namesClaimant(p *Passage, own []QueryTerm) bool {
	asked := stemsOf(own)
	return slices.ContainsFunc(ix.Sentences(p), func(s Sentence) bool {
		return slices.ContainsFunc(s.Claims, func(c Claim) bool {
			if c.Claimant == "" || c.Denial || ix.namedBy(c.Claimant, own) {
				return false // one who denies it did not put it about
			}
			ws := words(c.Claimant)
			return ix.otherName(ws, 0, len(ws), -1, asked)
		})
	})
}

// hasClaimant reports whether a passage reports who said something, other
// than someone the question names.
func (ix *Index) hasClaimant(h Hit, own []QueryTerm) bool {
	return slices.ContainsFunc(ix.Sentences(h.Passage), func(s Sentence) bool {
		return slices.ContainsFunc(s.Claims, func(c Claim) bool { return c.Claimant != "" && !ix.namedBy(c.Claimant, own) })
	})
}

// namedBy reports whether every term of a claimant is one of the
// question's: the question already names who said it.
func (ix *Index) namedBy(claimant string, own []QueryTerm) bool {
	terms := ix.Terms(claimant)
	return len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool {
		return !slices.ContainsFunc(own, func(q QueryTerm) bool { return q.in([]string{t}) })
	})
}

// sameAsideFirst puts first, of the passages within nearMargin of the
// best, one that sets aside what the question does: "apart from Norway,
// Iceland and Denmark are the only ..." answers "besides Norway, who
// recognises ...".
func (ix *Index) sameAsideFirst(hits []Hit, set []string) []Hit {
	return firstNear(hits, func(h Hit) bool { return ix.setsAside(h, set) })
}

// setsAside reports whether a passage sets aside one of set ("apart from
// Norway, ...").
func (ix *Index) setsAside(h Hit, set []string) bool {
	return slices.ContainsFunc(asideRE.FindAllStringSubmatch(h.Passage.Text, -1), func(m []string) bool {
		terms := ix.Terms(m[1])
		return slices.ContainsFunc(set, func(t string) bool { return slices.Contains(terms, t) })
	})
}

// toFront returns hits with the i-th first, the others in their order.
func toFront(hits []Hit, i int) []Hit {
	if i == 0 {
		return hits
	}
	return append([]Hit{hits[i]}, slices.Delete(slices.Clone(hits), i, i+1)...)
}

// hitFirst puts h first among hits, wherever it was and whether or not
// it was one of them (a passage from the wider search), once.
func hitFirst(hits []Hit, h Hit) []Hit {
	return append([]Hit{h}, slices.DeleteFunc(slices.Clone(hits), func(o Hit) bool { return o.Passage == h.Passage })...)
}

// putFirst puts hit i of hits first and cites the first opt.Max of
// them; it returns the hits in their new order.
func (r *Result) putFirst(hits []Hit, i int, opt Options) []Hit {
	hits = toFront(hits, i)
	r.Hits = hits[:min(len(hits), opt.Max)]
	return hits
}

// nearMargin is how close to the best passage's score a passage that does
// what a question asks for (gives a reason, reports who said it, sets the
// same thing aside) must be to be put first.
const nearMargin = 0.8

// wholeFirst puts first, of the hits scoring nearly as well as the best,
// those about the question as a whole: a short passage that matches one
// word through a derived form should not outrank, and so decline, one
// that has most of the question.
func (ix *Index) wholeFirst(hits []Hit, own []QueryTerm) []Hit {
	if len(hits) == 0 {
		return hits
	}
	best, total := hits[0].Score, ix.totalWeight(own)
	hits, _ = require(hits, func(h Hit) bool {
		return h.Score >= actorMargin*best && ix.coveredWeight(h, own)/total >= minTopShare
	})
	return hits
}

// exclusive returns the hit that says only some did what the question asks
// of a party no source names: a sentence with "only" and every found term
// of the question ("Vaduz and Holt are the only states that recognise
// Brill" for "did Oslo recognise Brill?"); -1 when none does, or when what
// the sources lack is more than parties' names.
func (ix *Index) exclusive(hits []Hit, own []QueryTerm, missing []string) int {
	for _, t := range own {
		if slices.Contains(missing, t.Surface) && !t.Name {
			return -1
		}
	}
	found := foundStems(own, "")
	if len(found) == 0 {
		return -1
	}
	// of several, the one whose sentence names the fewest others: the
	// statement most about what is asked
	best, fewest := -1, 0
	for i, h := range hits {
		for _, s := range ix.Sentences(h.Passage) {
			ts := ix.Terms(s.Text)
			if !onlyRE.MatchString(s.Text) || !containsAll(ts, found) {
				continue
			}
			var named []string
			for _, t := range ts {
				if ix.namedConcept(t) && !slices.Contains(found, t) && !slices.Contains(named, t) {
					named = append(named, t)
				}
			}
			others := len(named)
			if best < 0 || others < fewest {
				best, fewest = i, others
			}
		}
	}
	return best
}

// exclusiveOfOthers returns the hit with a statement of fact that other
// parties alone do what the question asks about, leaving out one of its
// names ("Oslo and Riga are the only ports that ban it", for Bergen): the
// sentence has the rest of the question's terms, says that parties "are
// the only" ones, names one the question does not, and is no estimate
// ("labour is perhaps the only resource" says nothing of who alone). -1
// for none.
func (ix *Index) exclusiveOfOthers(hits []Hit, own []QueryTerm, names []string) int {
	for _, n := range names {
		found := foundStems(own, n)
		if len(found) == 0 {
			continue
		}
		for i, h := range hits {
			for _, s := range ix.Sentences(h.Passage) {
				ts := ix.Terms(s.Text)
				if !s.Hedged() && onlyPartiesRE.MatchString(s.Text) && containsAll(ts, found) &&
					slices.ContainsFunc(ts, func(t string) bool { return ix.namedConcept(t) && t != n && !slices.Contains(found, t) }) {
					return i
				}
			}
		}
	}
	return -1
}

// foundStems returns the stems of the question's own terms the sources
// have, but for skip: what a statement of who alone does it must have.
func foundStems(own []QueryTerm, skip string) []string {
	var found []string
	for _, t := range own {
		if t.Stem != skip && t.Found && !t.Soft && !t.Context && !strings.HasPrefix(t.Stem, "~") {
			found = append(found, t.Stem)
		}
	}
	return found
}

// onlyPartiesRE finds a sentence saying that some are the only ones
// ("are the only UN member states", "is also the only port").
var onlyPartiesRE = lazyre.New(`(?i)\b(?:is|are|was|were)\s+(?:also\s+)?(?:the\s+)?only\b`)

// pairFirst puts after the others a hit that has the question's relation
// ("Oslo-Riga ties") only between another pair: each sentence with the
// relation's word lacks one of the two ("Bergen cut ties with Riga").
func (ix *Index) pairFirst(hits []Hit, text string) []Hit {
	pair, rel := ix.pairOf(text)
	if rel == "" || len(hits) < 2 {
		return hits
	}
	hits, _ = require(hits, func(h Hit) bool {
		if !slices.Contains(h.Matched, rel) {
			return true
		}
		return slices.ContainsFunc(ix.Sentences(h.Passage), func(s Sentence) bool {
			ts := ix.Terms(s.Text)
			return slices.Contains(ts, rel) && containsAll(ts, pair)
		})
	})
	return hits
}
