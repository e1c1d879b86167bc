package bot

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge"
)

// Sentences splits a passage into its sentences, verbatim.
func Sentences(text string) []string { return knowledge.SplitSentences(text) }

func trimSpace(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }

// minAbout is the share of a question part's weight a sentence must
// match to be about it: a cited passage none of whose sentences is about
// the question is dropped.
const minAbout = 0.3

// sureAbout is the share of a question part's weight the first hit's best
// sentence must match for the first to stand alone: a second passage is
// then cited only when it matches a term the first does not. Below it the
// first may be the wrong passage, and one as good beside it is cited.
const sureAbout = 0.5

// A partWeights is one question part's terms with their weights, and its
// form.
type partWeights struct {
	terms []weightedTerm
	total float64
	form  knowledge.Form
	// verb is the verb of stance an attribution question asks about
	// ("who denied": "deny"), and denial whether it disputes.
	verb   string
	denial bool
}

// A weightedTerm is a question term the sources have: its stem and the
// stems of its expansions (the sources' words for the same thing), each
// with its weight.
type weightedTerm struct {
	stem  string
	idf   float64
	stems map[string]float64
}

// weight is what a sentence with these terms matches of the term.
func (t weightedTerm) weight(have map[string]bool) float64 {
	var w float64
	for st, x := range t.stems {
		if have[st] {
			w = max(w, x)
		}
	}
	return w
}

func partsWeights(ix *knowledge.Index, question string, r knowledge.Result) []partWeights {
	var all []weightedTerm
	var surfaces []string
	for _, t := range r.Terms {
		if !t.Found || t.Context {
			continue
		}
		wt := weightedTerm{stem: t.Stem, idf: t.IDF, stems: map[string]float64{t.Stem: t.IDF}}
		for _, e := range t.Expansions {
			wt.stems[e.Stem] = max(wt.stems[e.Stem], t.IDF*e.Weight)
		}
		all = append(all, wt)
		surfaces = append(surfaces, strings.ToLower(t.Surface))
	}
	parts := ix.Parts(question)
	// a term written differently from the question (a typo corrected, a
	// name normalised) belongs to every part
	lowerQ := strings.ToLower(question)
	var out []partWeights
	for _, p := range parts {
		pw := partWeights{form: p.Form, verb: p.Verb, denial: p.Denial}
		lower := strings.ToLower(p.Text)
		for i, t := range all {
			if strings.Contains(lower, surfaces[i]) || !strings.Contains(lowerQ, surfaces[i]) {
				pw.terms = append(pw.terms, t)
				pw.total += t.idf
			}
		}
		if pw.total == 0 { // no words of its own the sources have: the whole question's
			pw.terms = all
			for _, t := range all {
				pw.total += t.idf
			}
		}
		if pw.total > 0 {
			out = append(out, pw)
		}
	}
	return out
}

// A sentenceScore is how well one sentence answers one question part.
type sentenceScore struct {
	about  float64 // the share of the part's weight it matches
	answer bool    // it gives the kind of answer the part asks for
}

// rank orders scores: a sentence about the part that answers its form
// first, then by how much of the part it matches.
func (s sentenceScore) rank() float64 {
	if s.answer && s.about > 0 {
		return 1 + s.about
	}
	return s.about
}

// extractiveText quotes, from each hit, the sentences that answer the
// question: for each part of the question the sentence that best answers
// its form (a figure for "how many", a date for "when", an attributed
// statement for "who said", a reason for "why"), and for each hit its
// sentence most about the question. A hit none of whose sentences is about
// the question is dropped (the first never is). It returns the text, with
// [n] markers numbering the hits kept, and those hits.
func (e *Engine) extractiveText(question string, r knowledge.Result) (string, []knowledge.Hit) {
	ix := e.Index()
	parts := partsWeights(ix, question, r)
	sents := make([][]knowledge.Sentence, len(r.Hits))
	scores := make([][][]sentenceScore, len(r.Hits)) // hit, sentence, part
	haves := make([][]map[string]bool, len(r.Hits))
	for i, h := range r.Hits {
		sents[i] = ix.Quotable(h.Passage)
		scores[i] = make([][]sentenceScore, len(sents[i]))
		hints := ix.HintTerms(h.Passage) // what the passage is about, for every sentence of it
		for j, s := range sents[i] {
			have := termSet(ix.Terms(s.Text), hints)
			haves[i] = append(haves[i], have)
			for _, p := range parts {
				scores[i][j] = append(scores[i][j], sentenceScore{about: matched(p, have) / p.total, answer: answersForm(p, s)})
			}
		}
	}
	chosen := map[[2]int]bool{}
	for k := range parts {
		bi, bj, best := -1, -1, 0.0
		for i := range scores {
			for j := range scores[i] {
				if sc := scores[i][j][k]; sc.about >= minAbout && sc.rank() > best {
					bi, bj, best = i, j, sc.rank()
				}
			}
		}
		if bi < 0 || (len(parts) == 1 && parts[k].form == knowledge.FormAny) {
			continue
		}
		chosen[[2]int{bi, bj}] = true
		if !scores[bi][bj][k].answer {
			// the answer may be the sentence next to the one about it:
			// "X is unlikely. Having Y, Z no longer needs it."
			for _, n := range []int{bj + 1, bj - 1} {
				if n >= 0 && n < len(sents[bi]) && answersForm(parts[k], sents[bi][n]) {
					chosen[[2]int{bi, n}] = true
					break
				}
			}
		}
	}
	for i := range scores {
		order := bestOf(scores[i])
		if len(order) == 0 {
			continue
		}
		top := maxRank(scores[i][order[0]])
		if i > 0 && !hasChosen(chosen, i) && !aboutQuestion(scores[i], maxAbout(scores[0])) {
			continue // no sentence of it is about the question
		}
		if i > 0 && !hasChosen(chosen, i) && maxAbout(scores[0]) >= sureAbout && !addsTerm(parts, haves, chosen, i, order[0]) {
			continue // it says nothing of the question the first does not
		}
		if !hasChosen(chosen, i) {
			chosen[[2]int{i, order[0]}] = true
		}
		if len(r.Hits) == 1 && !hasForm(parts) && len(order) > 1 && maxRank(scores[i][order[1]]) >= top/2 && countChosen(chosen, i) < 2 {
			chosen[[2]int{i, order[1]}] = true // a lone passage may give two sentences
		}
	}
	return quote(r.Hits, sents, chosen)
}

// withPartHits adds, for a question of several parts, the best passage
// for each part the hits lack: "When did X happen? And who denied Y?"
// finds X's passage first and may miss Y's.
func (e *Engine) withPartHits(question string, r knowledge.Result) knowledge.Result {
	parts := e.Index().Parts(question)
	if len(parts) < 2 {
		return r
	}
	// a later part may point back at an earlier one ("who wrote this, and
	// where is he based?"): the parts before it are its context
	var before []string
	for _, p := range parts {
		pr := e.Index().Search(p.Text, knowledge.Options{Max: 1, Context: strings.Join(before, " ")})
		before = append(before, p.Text)
		if !pr.Covered || len(pr.Hits) == 0 || slices.ContainsFunc(r.Hits, func(h knowledge.Hit) bool { return h.Passage == pr.Hits[0].Passage }) {
			continue
		}
		r.Hits = append(slices.Clone(r.Hits), pr.Hits[0])
		terms := slices.Clone(r.Terms)
		for _, t := range pr.Terms {
			if !slices.ContainsFunc(terms, func(x knowledge.QueryTerm) bool { return x.Stem == t.Stem }) {
				terms = append(terms, t)
			}
		}
		r.Terms = terms
	}
	return r
}

// hasForm reports whether some part asks for a kind of answer: then the
// sentences that give it are the answer, and no more.
func hasForm(parts []partWeights) bool {
	return slices.ContainsFunc(parts, func(p partWeights) bool { return p.form != knowledge.FormAny })
}

// quote writes the chosen sentences, hit by hit in text order, each with
// its hit's new number, and returns the hits kept.
func quote(hits []knowledge.Hit, sents [][]knowledge.Sentence, chosen map[[2]int]bool) (string, []knowledge.Hit) {
	var b strings.Builder
	var kept []knowledge.Hit
	for i, h := range hits {
		n := 0
		for j, s := range sents[i] {
			if !chosen[[2]int{i, j}] {
				continue
			}
			if n == 0 {
				kept = append(kept, h)
				n = len(kept)
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(clip(s.Text, MaxSentenceChars))
			b.WriteString(" [")
			b.WriteString(strconv.Itoa(n))
			b.WriteString("]")
		}
	}
	return b.String(), kept
}

// bestOf returns a hit's sentence indexes, best first; with nothing shared
// at all, the first sentence stands for the passage.
func bestOf(ss [][]sentenceScore) []int {
	order := make([]int, len(ss))
	for j := range order {
		order[j] = j
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(maxRank(ss[b]), maxRank(ss[a])) })
	return order
}

func maxRank(ps []sentenceScore) float64 {
	var m float64
	for _, s := range ps {
		m = max(m, s.rank())
	}
	return m
}

// aboutQuestion reports whether some sentence of a hit after the first is
// about the question: it matches at least minAbout of a part's weight,
// and as much as the first hit's best sentence does. Beside an answer
// that matches 90% of the question, one that matches 55% adds little.
func aboutQuestion(scores [][]sentenceScore, first float64) bool {
	for _, ps := range scores {
		for _, s := range ps {
			if s.about >= max(minAbout, first) {
				return true
			}
		}
	}
	return false
}

// maxAbout is how much of a question part a hit's best sentence matches.
func maxAbout(scores [][]sentenceScore) float64 {
	var m float64
	for _, ps := range scores {
		for _, s := range ps {
			m = max(m, s.about)
		}
	}
	return m
}

func hasChosen(chosen map[[2]int]bool, hit int) bool { return countChosen(chosen, hit) > 0 }

func countChosen(chosen map[[2]int]bool, hit int) int {
	n := 0
	for k := range chosen {
		if k[0] == hit {
			n++
		}
	}
	return n
}

// matched is the weight of a part's terms a sentence with these terms has.
func matched(p partWeights, have map[string]bool) float64 {
	var w float64
	for _, t := range p.terms {
		w += t.weight(have)
	}
	return w
}

func termSet(terms []string, more map[string]bool) map[string]bool {
	set := make(map[string]bool, len(terms)+len(more))
	for _, t := range terms {
		set[t] = true
	}
	for t := range more {
		set[t] = true
	}
	return set
}

// addsTerm reports whether hit i's sentence j matches a question term
// that none of the sentences chosen from the first hit matches.
func addsTerm(parts []partWeights, haves [][]map[string]bool, chosen map[[2]int]bool, i, j int) bool {
	for _, p := range parts {
		for _, t := range p.terms {
			if t.weight(haves[i][j]) == 0 {
				continue
			}
			if !firstHas(t, haves[0], chosen) {
				return true
			}
		}
	}
	return false
}

// firstHas reports whether a sentence chosen from the first hit matches t.
func firstHas(t weightedTerm, first []map[string]bool, chosen map[[2]int]bool) bool {
	for k := range chosen {
		if k[0] == 0 && t.weight(first[k[1]]) > 0 {
			return true
		}
	}
	return false
}
