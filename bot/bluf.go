package bot

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
)

// Extractive summaries lead with the judgements (bottom line up front):
// the author's assessments first, the concluding one at their head, then
// the evidence. A judgement is known by general means only: its stance
// (estimative and concluding language, marked at index build) and where
// it stands in the argument.
const (
	briefJudgements = 4 // judgements in a brief summary
	briefEvidence   = 3 // and sentences of evidence
	maxSimilar      = 0.5
)

// A candidate is one sentence a summary may quote.
type candidate struct {
	p         *knowledge.Passage
	order     int // in the passages given
	para      int // the passage's place among them
	sentence  int // its place in its passage
	s         knowledge.Sentence
	vec       map[string]float64
	central   float64 // cosine to the centroid of all
	judgement float64 // how strongly it is the author's judgement; 0 for none
}

// estimative cues weigh more than a bare prediction: "likely", "rather
// than", "in conclusion" are the language of an assessment.
var estimative = []string{"likely", "unlikely", "probably", "probable", "improbable", "almost certainly",
	"rather than", "in conclusion", "to conclude", "in sum", "in short", "overall", "therefore", "thus", "hence"}

// candidates scores every sentence of the passages: its centrality (the
// centroid pulled toward the topic's terms) and its weight as a judgement.
func (e *Engine) candidates(ps []*knowledge.Passage, topic []string) []*candidate {
	var all []*candidate
	centroid := map[string]float64{}
	for i, p := range ps {
		for j, s := range e.Index().Sentences(p) {
			if j == 0 && s.Text == knowledge.Heading(p.Text) {
				continue // "The fares.": a label, which says nothing quoted alone
			}
			v := e.tfidf(s.Text)
			all = append(all, &candidate{p: p, order: len(all), para: i, sentence: j, s: s, vec: v})
			for k, w := range v {
				centroid[k] += w
			}
		}
	}
	for _, t := range topic {
		centroid[t] += 3 * e.Index().IDF(t) * float64(len(all)) / 10
	}
	for _, c := range all {
		c.central = cosineMap(c.vec, centroid)
		c.judgement = judgementWeight(c, len(ps))
	}
	if c := ownSummary(all); c != nil && c.judgement == 0 && (len(topic) == 0 || slices.ContainsFunc(topic, func(t string) bool { return c.vec[t] > 0 })) {
		// the author's own short version frames the argument, or a topic
		// it names ("tl;dr on the dam"), not one it leaves to other
		// passages ("what the piece says about the hinges")
		c.judgement = 1 + c.central
	}
	return all
}

// ownSummary returns the first full sentence of a source's opening
// passage when that passage calls itself the piece's summary, or nil: the
// author's own account of the argument in brief, which a summary quotes
// first though it states no judgement in so many words.
func ownSummary(all []*candidate) *candidate {
	for _, c := range all {
		if c.para == 0 && c.p.N == 1 && knowledge.SummaryLabelRE.MatchString(c.p.Text) && len(strings.Fields(c.s.Text)) >= 6 {
			return c
		}
	}
	return nil
}

// judgementWeight is 0 for a sentence that is not the author's judgement;
// else more for estimative language, and for standing where an argument
// concludes (its last third) or opens.
func judgementWeight(c *candidate, paras int) float64 {
	if c.s.Stance != knowledge.StanceJudgement {
		return 0
	}
	w := 1 + c.central
	for _, cue := range c.s.Cues {
		if slices.Contains(estimative, cue) {
			w += 0.5
		}
	}
	switch {
	case paras > 2 && c.para >= paras-max(1, paras/3):
		w += 0.5
	case c.para == 0:
		w += 0.3
	}
	return w
}

// evidenceWeight ranks the other sentences: central ones that open their
// paragraph, do not lean on the sentence before, and state firmly what
// happened or who said what (a hedged possibility is weaker evidence).
func evidenceWeight(c *candidate) float64 {
	w := c.central + positionPrior(c.para, 0, c.sentence, c.s.Text) - 0.1
	if c.s.Stance == knowledge.StanceHedge {
		w -= 0.1
	}
	return w
}

// conclusion returns the concluding judgement: the strongest judgement in
// the last third of the argument, or nil.
func conclusion(all []*candidate, paras int) *candidate {
	return strongest(all, func(c *candidate) bool { return c.para >= paras-max(1, paras/3) })
}

// thesis returns the argument's opening judgement: the strongest in its
// first passage, or nil.
func thesis(all []*candidate) *candidate {
	return strongest(all, func(c *candidate) bool { return c.para == 0 })
}

// strongest returns the strongest judgement among the candidates in, or nil.
func strongest(all []*candidate, in func(*candidate) bool) *candidate {
	var best *candidate
	for _, c := range all {
		if c.judgement > 0 && in(c) && (best == nil || c.judgement > best.judgement) {
			best = c
		}
	}
	return best
}

// pickBLUF chooses a summary's sentences: for a brief one the strongest
// judgements and the most central evidence, each from its own passage;
// for a full one the best sentence of every passage (a judgement if it
// has one), unless it repeats one already picked. The judgements come in
// the argument's order, its conclusion moved first, or second after the
// opening claim when thesisFirst.
func pickBLUF(all []*candidate, paras int, length string, thesisFirst bool) (judgements, evidence []*candidate) {
	used := map[*knowledge.Passage]bool{}
	var picked []*candidate
	fresh := func(c *candidate) bool {
		return !used[c.p] && len(strings.Fields(c.s.Text)) >= 6 &&
			!slices.ContainsFunc(picked, func(p *candidate) bool { return cosineMap(p.vec, c.vec) > maxSimilar })
	}
	take := func(c *candidate) {
		used[c.p] = true
		picked = append(picked, c)
		if c.judgement > 0 {
			judgements = append(judgements, c)
		} else {
			evidence = append(evidence, c)
		}
	}
	if length == Full {
		byPassage := map[*knowledge.Passage]*candidate{}
		for _, c := range all {
			if b := byPassage[c.p]; b == nil || score(c) > score(b) {
				byPassage[c.p] = c
			}
		}
		for _, c := range ranked(all, score) {
			if byPassage[c.p] == c && fresh(c) {
				take(c)
			}
		}
	} else {
		// each pick the best that adds most: its weight less its likeness
		// to what is already picked (maximal marginal relevance)
		next := func(ok func(*candidate) bool, weight func(*candidate) float64) *candidate {
			var best *candidate
			var bw float64
			for _, c := range all {
				if !ok(c) || !fresh(c) {
					continue
				}
				w := weight(c)
				for _, p := range picked {
					w -= cosineMap(p.vec, c.vec) / 2
				}
				if best == nil || w > bw {
					best, bw = c, w
				}
			}
			return best
		}
		isJudgement := func(c *candidate) bool { return c.judgement > 0 }
		if c := thesis(all); c != nil {
			take(c) // the argument's opening claim frames it, as its conclusion does
		}
		for c := next(isJudgement, judgementOf); c != nil && len(judgements) < briefJudgements; c = next(isJudgement, judgementOf) {
			take(c)
		}
		isEvidence := func(c *candidate) bool { return c.judgement == 0 }
		for c := next(isEvidence, evidenceWeight); c != nil && len(evidence) < briefEvidence; c = next(isEvidence, evidenceWeight) {
			take(c)
		}
	}
	byOrder := func(a, b *candidate) int { return a.order - b.order }
	slices.SortFunc(judgements, byOrder)
	slices.SortFunc(evidence, byOrder)
	if c := conclusion(judgements, paras); c != nil {
		// the conclusion leads, or follows the opening claim: the two a
		// line about the piece quotes
		at := 0
		if thesisFirst && len(judgements) > 0 && judgements[0] != c && judgements[0] == thesis(all) {
			at = 1
		}
		judgements = slices.Insert(slices.DeleteFunc(judgements, func(x *candidate) bool { return x == c }), at, c)
	}
	return judgements, evidence
}

func judgementOf(c *candidate) float64 { return c.judgement }

// score ranks a passage's sentences for a full summary.
func score(c *candidate) float64 {
	if c.judgement > 0 {
		return c.judgement
	}
	return evidenceWeight(c)
}

func ranked(all []*candidate, by func(*candidate) float64) []*candidate {
	out := slices.Clone(all)
	slices.SortStableFunc(out, func(a, b *candidate) int { return cmp.Compare(by(b), by(a)) })
	return out
}

// extractiveSummary writes a summary from the passages' own sentences,
// each cited: the judgements first, then the evidence.
func (e *Engine) extractiveSummary(s *Summary, req SummaryRequest, ps []*knowledge.Passage, topic []string) {
	all := e.candidates(ps, topic)
	judgements, evidence := pickBLUF(all, len(ps), req.Length, req.ThesisFirst)
	num := map[*knowledge.Passage]int{}
	write := func(cs []*candidate) string {
		var b strings.Builder
		for _, c := range cs {
			if _, ok := num[c.p]; !ok {
				s.Citations = append(s.Citations, NewCitation(len(s.Citations)+1, c.p))
				num[c.p] = len(s.Citations)
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			// "But this is likely ...": quoted with what "this" is (a
			// summary takes one sentence a passage, so it is never
			// quoted twice)
			if prev := before(all, c); prev != nil {
				b.WriteString(clip(prev.s.Text, MaxSentenceChars) + " ")
			}
			fmt.Fprintf(&b, "%s [%d]", clip(c.s.Text, MaxSentenceChars), num[c.p])
		}
		return b.String()
	}
	var paras []string
	for _, cs := range [][]*candidate{judgements, evidence} {
		if t := write(cs); t != "" {
			paras = append(paras, t)
		}
	}
	s.Text = strings.Join(paras, "\n\n")
}

// concludingJudgement quotes what the passages conclude: the concluding
// judgement, and the judgement beside it in its passage when there is
// one, cited; "" when no sentence is a judgement.
func (e *Engine) concludingJudgement(ps []*knowledge.Passage) (string, *knowledge.Passage) {
	all := e.candidates(ps, nil)
	c := conclusion(all, len(ps))
	if c == nil {
		return "", nil
	}
	var quoted []string
	for _, x := range all {
		if x.p == c.p && (x.judgement > 0 && (x == c || x.sentence == c.sentence-1 || x.sentence == c.sentence+1) || x == before(all, c)) {
			quoted = append(quoted, clip(x.s.Text, MaxSentenceChars))
		}
	}
	return strings.Join(quoted, " ") + " [1]", c.p
}

// before returns the sentence before c in its passage when c leans on it
// (it opens with a connective: "But this is likely ..."), else nil.
func before(all []*candidate, c *candidate) *candidate {
	if c.sentence == 0 || c.order == 0 || !leansBack(c.s.Text) {
		return nil
	}
	if prev := all[c.order-1]; prev.p == c.p && prev.sentence == c.sentence-1 {
		return prev
	}
	return nil
}

// leansBack reports whether a sentence opens with a connective that
// points back at the one before it; "Apart from X, ..." names what it
// sets aside, and leans on nothing.
func leansBack(text string) bool {
	first := firstWord(text)
	return connectives[first] && first != "apart"
}
