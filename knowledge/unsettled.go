package knowledge

import (
	"maps"
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// Unsettled reports whether the sentence of a covered result's first hit
// most about the question tells of it as still to come or undecided ("the
// court is due to rule in the autumn", "the lease has not been signed"),
// however the question is put ("appeal ruling?"): the answer is only as
// good as the date of its source, which it must say. It is read when an
// answer is written, not by every search.
func (ix *Index) Unsettled(r Result) bool {
	return r.Covered && len(r.Hits) > 0 && ix.unsettled(r.Hits[0].Passage, r.Terms, r.Wants)
}

// unsettled reports whether the sentence of a passage most about the
// question's terms tells of it as still to come or undecided: a clause of
// it does (pendingClause; "... he appealed, and the supreme court has yet
// to rule"), unless the question asks a figure that a settled clause
// gives ("how much was the board fined?" of "the court fined the board
// EUR 40,000 ..., and the ferry line is expected to sue").
func (ix *Index) unsettled(p *Passage, own []QueryTerm, wants Quantity) bool {
	// the sentences as split, not marked for stance: an answer need not
	// mark its whole source to be dated
	s, most := "", 0
	for _, t := range SplitSentences(p.Text) {
		if n := sentenceShare(ix.Terms(t), own); n > most {
			s, most = t, n
		}
	}
	if s == "" {
		return false
	}
	pending, given := false, false
	for _, c := range resultClauseRE.Split(s, -1) {
		switch {
		case pendingClause(c, p):
			pending = true
		case wants.figure() && ix.hasQuantity(&Passage{Text: c}, wants):
			given = true
		}
	}
	return pending && !given
}

// pendingClause reports whether a clause tells of something still to come
// or undecided, and not done: "is due to rule", "is expected to",
// "pending", "has not been built", "remains unresolved", a date after the
// source's own; not "approved the proposed lease", "the scheduled ferry
// ran aground", "has signed a lease that runs to 2033", "had not been
// consulted".
func pendingClause(c string, p *Passage) bool {
	cue := dueToVerb(c) || pendingRE.MatchString(c) || notSettledRE.MatchString(c) || notBeenDone(c) || datedAfter(c, p)
	return cue && !doneRE.MatchString(c) && !simplePast(reportRE.ReplaceAllString(notBeenRE.ReplaceAllString(c, ""), ""))
}

// dueToVerb reports whether a clause tells what is due to happen ("the
// court is due to rule on it", "due to open in May"), not a cause ("is
// due to the weather", "to storm damage", "to higher fuel costs", "to
// rising demand"): the word after "to" is a verb's plain form, followed
// by a function word or nothing.
func dueToVerb(c string) bool {
	m := dueToRE.FindStringSubmatchIndex(c)
	if m == nil {
		return false
	}
	w := c[m[2]:m[3]]
	v := strings.ToLower(w)
	if w != v || determiners[v] || strings.HasSuffix(v, "ing") || graded(v) {
		return false // "due to Covid", "to the weather", "to rising demand", "to higher costs"
	}
	next := words(c[m[3]:])
	return len(next) == 0 || isStopWord(strings.ToLower(next[0]))
}

// notBeenDone reports whether a clause tells what has not been done ("has
// not been built", "have not been paid"), by a participle after "not
// been".
func notBeenDone(c string) bool {
	for _, m := range notBeenRE.FindAllStringSubmatch(c, -1) {
		w := strings.ToLower(m[1])
		if strings.HasSuffix(w, "ed") || lexicon.BaseForm(w) != "" && lexicon.BaseForm(w) != w {
			return true
		}
	}
	return false
}

// dueToRE finds what is due to happen ("is due to rule"); the group is
// the word after "to". notBeenRE finds "has not been <participle>" (not
// the past perfect, "had not been consulted", told of as over);
// notSettledRE what remains undecided ("the dues are still outstanding",
// "remains unresolved"; not "an award for outstanding service").
var (
	dueToRE      = lazyre.New(`(?i)\b(?:is|are)\s+(?:now\s+|also\s+)?due\s+to\s+(\p{L}+)`)
	notBeenRE    = lazyre.New(`(?i)\b(?:(?:has|have)\s+not|hasn['’]?t|haven['’]?t)\s+(?:yet\s+)?been\s+(\p{L}+)`)
	notSettledRE = lazyre.New(`(?i)\b(?:is|are|remains?|remained|stays?|still)\s+(?:still\s+|largely\s+|so\s+far\s+)?(?:outstanding|unresolved|unsettled|undecided|unpaid|unsigned|in\s+dispute)\b`)
)

// simplePast reports whether a sentence tells something in the simple
// past ("passed by 52 votes", "won 41%", "was 64%", "went through"): an
// outcome, whatever later date it gives ("and takes effect on 1 July");
// not a perfect that announces ("has called a ballot to run from ...").
func simplePast(sentence string) bool {
	ws := words(sentence)
	for i, w := range ws {
		if w != strings.ToLower(w) || i > 0 && notPastAfter[ws[i-1]] || strings.HasSuffix(w, "ing") {
			continue // a name's word ("United"); a participle or an infinitive ("has called", "to run", "a meeting")
		}
		if w == "was" || w == "were" {
			return true
		}
		if w == "is" || w == "are" || w == "am" {
			continue // the present of "be", whose base form differs
		}
		if i+2 < len(ws) && ws[i+1] == "by" && agentOpeners[ws[i+2]] {
			continue // "a review commissioned by its board": a participle; not "passed by 52 votes", "rose by a fifth"
		}
		if base := lexicon.BaseForm(w); base != "" && pastForm(w, base) {
			return true
		}
	}
	return false
}

// agentOpeners open the agent of a passive after "by" ("by its board",
// "by the minister"), not a margin ("by a fifth", "by 52 votes").
var agentOpeners = setOf("its", "their", "his", "her", "the")

// reportRE finds a closing clause that tells who reports a thing, not
// what happened: "..., a spokesman said."
var reportRE = lazyre.New(`(?i),\s+(?:[\p{L}'’.-]+\s+){0,4}(?:said|told|added|noted|wrote|stated|remarked|explained|insisted)(?:\s+(?:on\s+)?\p{L}+)?\s*[.!]?\s*$`)

// pastForm reports whether a lower-case word, whose base form the lexicon
// gives as base ("" for none), is a verb's past: an "-ed" ending, or an
// irregular form ("went") that ends in no "s" and is neither a
// comparative ("offer", "later") nor a noun's plural ("data").
func pastForm(w, base string) bool {
	return strings.HasSuffix(w, "ed") || base != "" && base != w && !strings.HasSuffix(w, "s") && !graded(w) && inflectedVerb(w)
}

// graded reports whether a word has the ending of a comparative or a
// superlative ("later", "offer" as more off): no verb's past.
func graded(w string) bool { return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "est") }

// perfectBefore are the auxiliaries of a perfect ("has called"), and
// infinitiveBefore the words before a verb's form that make it an
// infinitive or a participle ("to run", "be held", "is planned"): no
// simple past either way. notPastAfter are all the words after which a
// verb's form is no simple past, with the articles and possessives before
// an adjective ("a delayed review") and "would".
var (
	perfectBefore    = setOf("has", "have", "had")
	infinitiveBefore = setOf("to", "be", "been", "will", "is", "are")
	notPastAfter     = union(perfectBefore, infinitiveBefore,
		setOf("would", "a", "an", "the", "its", "their", "his", "her", "our", "this", "that"))
)

// union returns a set with the words of every set given.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, set := range sets {
		maps.Copy(out, set)
	}
	return out
}

// aboutSentence returns the sentence of a passage with the most of the
// question's terms.
func (ix *Index) aboutSentence(p *Passage, own []QueryTerm) Sentence {
	var best Sentence
	most := 0
	for _, s := range ix.Sentences(p) {
		if n := sentenceShare(ix.Terms(s.Text), own); n > most {
			best, most = s, n
		}
	}
	return best
}

// awaitedOutcome returns the sentence of the best of hits that tells of an
// outcome the question asks by its noun as awaited ("a ruling on the
// expedited claim is expected by the end of 2026", "a decision ... is
// due", "the tribunal is expected to rule on ..."): any outcome's noun
// ("decision" asked, "ruling" written), on what the question asks where
// it says on what (not "a ruling on the appeal is expected" for the
// district court's ruling, nor "a ruling on Holm's main claim" for its
// injunction), where no sentence of the hits on what is asked tells an
// outcome given ("the tribunal upheld the fine", "found for the
// pensioners", "Holm lost the case"); "" for none. given is the hit after
// the first that tells it given ("the tribunal awarded Holm the full
// EUR 1.4bn"), which is then to be cited first; nil for none.
func (ix *Index) awaitedOutcome(hits []Hit, own []QueryTerm, question string) (awaited string, given *Hit) {
	asked := stemsOf(slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool {
		return !t.Found || t.Soft || outcomeNounRE.MatchString(t.Surface) || resultAskedRE.MatchString(t.Surface)
	}))
	things := stemsOf(slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool {
		return !slices.Contains(asked, t.Stem) || t.Name || strings.HasPrefix(t.Stem, "=")
	}))
	names := ix.foundNames(own) // which another passage's outcome must be of ("the SCIA tribunal awarded", not "the DAB awarded")
	on := func(text string, among []string) bool {
		return slices.ContainsFunc(ix.Terms(text), func(t string) bool { return slices.Contains(among, t) })
	}
	for i, h := range hits {
		for _, s := range ix.Sentences(h.Passage) {
			loc := awaitedRE.FindStringSubmatchIndex(s.Text)
			if loc == nil {
				loc = awaitedVerbRE.FindStringSubmatchIndex(s.Text)
			}
			told := s.Text // what it tells before the awaited outcome, if any
			if loc != nil {
				told = s.Text[:loc[0]]
			}
			if (ix.resultDone(told, question, own) || outcomeTold(told)) && on(told, asked) && (i == 0 || containsAll(ix.Terms(told), names)) {
				if i == 0 {
					return "", nil // told given ("the interim report found that ...; its final findings are due")
				}
				return "", &hits[i] // told given in another passage
			}
			if loc == nil || i > 0 || awaited != "" {
				continue
			}
			what := ""
			if loc[2] >= 0 {
				what = s.Text[loc[2]:loc[3]]
			}
			// on what is asked, by more than its party's name ("a ruling on
			// Holm's main claim" is not on Holm's injunction)
			if strings.TrimSpace(what) == "" || len(things) == 0 && on(what, asked) || on(what, things) {
				awaited = s.Text
			}
		}
	}
	return awaited, nil
}

// outcomeTold reports whether a text tells an outcome given (see
// outcomeDoneRE), not one still to be given or in general ("the place
// where the cost is decided", "to be decided", "will be upheld").
func outcomeTold(text string) bool {
	for _, loc := range outcomeDoneRE.FindAllStringIndex(text, -1) {
		if ws := words(strings.ToLower(text[:loc[0]])); len(ws) == 0 || !notYetBefore[ws[len(ws)-1]] {
			return true
		}
	}
	return false
}

var notYetBefore = setOf("is", "are", "be", "being", "to", "will", "would", "should", "could", "may", "might", "must", "can", "not", "never")

// outcomeNounRE finds the noun of an outcome a question asks after: "the
// ruling", "the verdict", "its findings"; awaitedRE a sentence that tells
// of one as awaited ("a ruling on the claim is expected by the end of
// 2026", "the verdict is now due in May", "is not expected before"),
// awaitedVerbRE one that tells of its giving as awaited ("the tribunal is
// expected to rule on the claim", "will rule on"), group 1 of each what it
// is on; outcomeDoneRE one that tells of one given ("upheld the fine",
// "found for the pensioners", "lost the case", "refused the request").
var (
	outcomeNounRE = lazyre.New(`(?i)\b(?:rulings?|verdicts?|decisions?|findings?|judg(?:e)?ments?)\b`)
	awaitedRE     = lazyre.New(`(?i)\b(?:rulings?|verdicts?|decisions?|findings?|judg(?:e)?ments?)\b((?:\s+(?:on|in|over|about|into|of)\s+[^.;,]{0,60}?)?)(?:\s+(?:by|from)\s+[^.;,]{0,40}?)?\s+(?:is|are)\s+(?:not\s+|now\s+|still\s+)?(?:expected|due)\b`)
	awaitedVerbRE = lazyre.New(`(?i)\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due|set|scheduled)\s+to|will|(?:is|are)\s+to)\s+(?:rule|decide|deliver|issue|hand down|give|announce)\b((?:\s+(?:its|a|their|the)\s+(?:ruling|decision|verdict|judg(?:e)?ment|findings))?(?:\s+(?:on|in|over|about)\s+[^.;,]{0,60})?)`)
	outcomeDoneRE = lazyre.New(`(?i)\b(?:ruled|decided|upheld|overturned|overruled|dismissed|rejected|refused|denied|granted|approved|awarded|quashed|annulled|struck down|cleared|acquitted|convicted|settled|lost|won|sided with|found (?:for|against|in favou?r|that|\p{Lu}\p{L}*|him|her|them|it) )\b`)
)

// namedSentence is aboutSentence with the question's names first: the
// sentence with most of them, then most of its other words ("tribunal ruling on
// the 86m fine": the sentence on the tribunal's hearing, not the one that
// imposed the fine).
func (ix *Index) namedSentence(p *Passage, own []QueryTerm) Sentence {
	var names []QueryTerm
	for _, t := range own {
		if t.Found && (t.Name || strings.HasPrefix(t.Stem, "=")) {
			names = append(names, t)
		}
	}
	var best Sentence
	most, mostNames := 0, 0
	for _, s := range ix.Sentences(p) {
		terms := ix.Terms(s.Text)
		n, k := sentenceShare(terms, own), sentenceShare(terms, names)
		if k > mostNames || k == mostNames && n > most {
			best, most, mostNames = s, n, k
		}
	}
	return best
}

// sentenceShare counts the question's terms other than soft words that a
// sentence's terms have, in any of their forms.
func sentenceShare(terms []string, own []QueryTerm) int {
	n := 0
	for _, t := range own {
		if !t.Soft && t.in(terms) {
			n++
		}
	}
	return n
}
