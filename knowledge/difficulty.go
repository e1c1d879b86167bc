package knowledge

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// A question may ask what stands in the way of something ("what's the
// catch with reviving trade?", "what holds it back?", "what's the
// bottleneck?"): the passages that state a difficulty answer it, in words
// of their own ("the limitations that had inhibited its growth", "it lacks
// the cash"). The words of difficulty are English's, from seeds and the
// forms WordNet derives from them, never the sources'.

// difficultyRE finds a question after what stands in the way: a noun of
// difficulty after "what is the", then a preposition, a stop or the end
// ("the catch with reviving trade", "the bottleneck?"), not a compound
// ("the catch limit", "a barrier island"); or a verb of holding back with
// its object ("what's holding trade back", "what stops Holt from").
var difficultyRE = lazyre.New(`(?i)\bwhat(?:['’]s|s|\s+is|\s+was|\s+are|\s+were|['’]re)?\s+(?:(?:the|a|its|their|his|her|main|big|real|biggest|key|structural)\s+)*(` + difficultyNouns + `)(?:\s+(?:with|to|for|facing|on|in|behind|here|there|then|now)\b|\s*[?.!,;:—–-]|\s*$)` +
	`|\bwhat(?:['’]s|s|\s+is|\s+was)?\s+(?:holding|keeping)\s+(?:(?:\S+\s+){1,6}?)?back\b` +
	`|\bwhat\s+(?:holds|held|keeps|kept)\s+(?:(?:\S+\s+){1,6}?)?(?:back|small|down|limited)\b` +
	`|\bwhat(?:['’]s|s|\s+is|\s+was)\s+(?:stopping|preventing|blocking|hampering|hindering|limiting)\s+\S+` +
	`|\bwhat\s+(?:stops|stopped|prevents|prevented|blocks|blocked|hampers|hampered|hinders|hindered)\s+(?:\S+\s+){1,6}?from\b`)

// difficultyNouns are the nouns a question names a difficulty by.
const difficultyNouns = `catch|snag|hitch|problems?|downsides?|drawbacks?|bottlenecks?|ceiling|obstacles?|hurdles?|barriers?|limitations?|constraints?|challenges?|risks?|sticking point|hold-?up|stumbling block|roadblocks?|headwinds?`

// difficultySeeds are the words of difficulty the lexicon's derived forms
// extend ("limitation": limit; "inhibit": inhibition).
var difficultySeeds = []string{"difficulty", "obstacle", "limitation", "drawback", "disadvantage", "problem", "constraint",
	"barrier", "challenge", "hindrance", "impediment", "risk", "inhibit", "hinder", "impede", "hamper", "restrict",
	"constrain", "obstruct", "lack", "shortage"}

var (
	difficultyOnce  sync.Once
	difficultyWords map[string]bool
)

// isDifficulty reports whether a word (lower case) or its base form is a
// word of difficulty: a seed, or a form derived from one.
func isDifficulty(w string) bool {
	difficultyOnce.Do(func() {
		difficultyWords = map[string]bool{}
		for _, s := range difficultySeeds {
			difficultyWords[s] = true
			for _, r := range lexicon.Lookup(s) {
				if r.Kind == lexicon.Derived && !strings.Contains(r.Word, " ") && !agentOrQuality(r.Word) {
					difficultyWords[r.Word] = true
				}
			}
		}
	})
	if difficultyWords[w] {
		return true
	}
	b := lexicon.BaseForm(w)
	return b != "" && difficultyWords[b]
}

// agentOrQuality reports whether a derived form names who does it or a
// quality ("challenger", "obstructor", "challengeable"), not the
// difficulty.
func agentOrQuality(w string) bool {
	for _, end := range []string{"er", "or", "able", "ible", "ive"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// difficultyStems returns the stems of the sources' words of difficulty,
// made on first use: the commonest maxDifficulty of them, so that they do
// not crowd out the question's other words.
func (ix *Index) difficultyStems() []string {
	ix.difficultyOnce.Do(func() {
		set := map[string]bool{}
		ix.eachPlainWord(func(w, s string) {
			if isDifficulty(w) {
				set[s] = true
			}
		})
		stems := slices.Sorted(maps.Keys(set))
		slices.SortStableFunc(stems, func(a, b string) int { return len(ix.postings[b]) - len(ix.postings[a]) })
		ix.difficulties = stems[:min(len(stems), maxDifficulty)]
	})
	return ix.difficulties
}

// maxDifficulty is how many of the sources' words of difficulty a question
// after one is searched with.
const maxDifficulty = 12

// difficultyWeight is how much each word of difficulty weighs, as an
// expansion, for a question after what stands in the way: each the same,
// however rare, as the words of change do.
const difficultyWeight = 0.5

// withDifficulty adds to a question after what stands in the way the term
// that the passages stating a difficulty have, and reads the noun it names
// the difficulty by, when no source has it ("catch"), as that term: a soft
// one, which no passage needs to cover the question.
func (ix *Index) withDifficulty(terms []QueryTerm, text string) []QueryTerm {
	m := difficultyRE.FindStringSubmatch(text)
	if m == nil {
		return terms
	}
	stems := ix.difficultyStems()
	if len(stems) == 0 {
		return terms
	}
	common := ix.idf(0)
	for _, s := range stems {
		common = min(common, ix.idf(len(ix.postings[s])))
	}
	exp := make([]Expansion, 0, len(stems))
	for _, s := range stems {
		exp = append(exp, Expansion{Stem: s, Word: s, Kind: "difficulty", Weight: difficultyWeight * common / ix.idf(len(ix.postings[s]))})
	}
	noun := strings.Fields(strings.ToLower(m[1]))
	for i := range terms {
		if !terms[i].Context && !terms[i].Found && slices.Contains(noun, strings.ToLower(terms[i].Surface)) {
			// "the catch": it frames the question, as "more" does a
			// change; it is searched through the words of difficulty, and
			// counts neither for nor against coverage
			terms[i].Found, terms[i].Soft, terms[i].Salient, terms[i].Expansions = true, true, false, append(terms[i].Expansions, exp...)
		}
	}
	if len(terms) < maxTerms {
		terms = append(terms, QueryTerm{Stem: "~difficulty", Surface: "difficulty", IDF: common, Found: true, Soft: true, Expansions: exp})
	}
	return terms
}
