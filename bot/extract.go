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

// strongAbout is the share that makes a sentence about a question part
// whatever term it lacks.
const strongAbout = 0.6

// A partWeights is one question part's terms with their weights, and its
// form.
type partWeights struct {
	weight map[string]float64
	total  float64
	form   form
	// verb is the verb of stance an attribution question asks about
	// ("who denied": "deny"), and denial whether it disputes.
	verb   string
	denial bool
}

func partsWeights(ix *knowledge.Index, question string, r knowledge.Result) []partWeights {
	found := map[string]float64{}
	for _, t := range r.Terms {
		if t.Found {
			found[t.Stem] = t.IDF
		}
	}
	var out []partWeights
	for _, p := range questionParts(ix, question) {
		pw := partWeights{weight: map[string]float64{}, form: p.form}
		if p.form == formAttribution {
			pw.verb, pw.denial = stanceVerbOf(p.text)
		}
		for _, t := range ix.Terms(p.text) {
			if w, ok := found[t]; ok && pw.weight[t] == 0 {
				pw.weight[t] = w
				pw.total += w
			}
		}
		if pw.total == 0 { // no words of its own the sources have: the whole question's
			for t, w := range found {
				pw.weight[t] = w
				pw.total += w
			}
		}
		out = append(out, pw)
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
	for i, h := range r.Hits {
		sents[i] = ix.Sentences(h.Passage)
		scores[i] = make([][]sentenceScore, len(sents[i]))
		for j, s := range sents[i] {
			terms := ix.Terms(s.Text)
			for _, p := range parts {
				scores[i][j] = append(scores[i][j], sentenceScore{about: shared(terms, p.weight) / p.total, answer: answersForm(p, s)})
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
		if bi < 0 || (len(parts) == 1 && parts[k].form == formAny) {
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
	key := keyTerm(ix, sents, scores, parts)
	for i := range scores {
		order := bestOf(scores[i])
		if len(order) == 0 {
			continue
		}
		top := maxRank(scores[i][order[0]])
		if i > 0 && !hasChosen(chosen, i) && !aboutKey(ix, sents[i], scores[i], key) {
			continue // no sentence of it is about the question
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

// hasForm reports whether some part asks for a kind of answer: then the
// sentences that give it are the answer, and no more.
func hasForm(parts []partWeights) bool {
	return slices.ContainsFunc(parts, func(p partWeights) bool { return p.form != formAny })
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
			b.WriteString(s.Text)
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

// keyTerm is the heaviest question term the first hit's best sentence
// has: what the answer is about. Another hit is cited only with it.
func keyTerm(ix *knowledge.Index, sents [][]knowledge.Sentence, scores [][][]sentenceScore, parts []partWeights) string {
	if len(scores) == 0 || len(scores[0]) == 0 {
		return ""
	}
	best := bestOf(scores[0])[0]
	key, w := "", 0.0
	for _, t := range ix.Terms(sents[0][best].Text) {
		for _, p := range parts {
			if p.weight[t] > w {
				key, w = t, p.weight[t]
			}
		}
	}
	return key
}

// aboutKey reports whether a sentence of a hit is about the question: it
// matches most of a part, or enough of it and the key term when there is
// one ("sent" is not enough for a question about workers being sent).
func aboutKey(ix *knowledge.Index, sents []knowledge.Sentence, scores [][]sentenceScore, key string) bool {
	for j, ps := range scores {
		for _, s := range ps {
			if s.about >= strongAbout || (s.about >= minAbout && (key == "" || slices.Contains(ix.Terms(sents[j].Text), key))) {
				return true
			}
		}
	}
	return false
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

// shared is the weight of the distinct terms a sentence shares.
func shared(terms []string, weight map[string]float64) float64 {
	var s float64
	seen := map[string]bool{}
	for _, t := range terms {
		if !seen[t] {
			s += weight[t]
			seen[t] = true
		}
	}
	return s
}
