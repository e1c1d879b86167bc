package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// A Stance is who stands behind a sentence, and how firmly.
type Stance string

// The stances a sentence can take. An analyst reads them differently: a
// judgement is the author's own assessment, a claim is someone else's
// statement the author reports, a hedge is a possibility, a fact is stated
// flatly.
const (
	StanceJudgement Stance = "judgement"
	StanceClaim     Stance = "claim"
	StanceHedge     Stance = "hedge"
	StanceFact      Stance = "fact"
)

// A Sentence is one sentence of a passage, verbatim, with its stance.
type Sentence struct {
	Text   string
	Stance Stance
	// Claims are the statements it attributes, in order.
	Claims []Claim
	// Hedges are its words of possibility ("may", "perhaps", "unclear");
	// Cues its words of assessment ("likely", "rather than").
	Hedges []string
	Cues   []string
}

// Hedged reports whether the sentence states a possibility or an
// estimate, rather than a fact.
func (s Sentence) Hedged() bool { return len(s.Hedges) > 0 || len(s.Cues) > 0 }

// A Claim is a statement a sentence attributes to someone: "The ministry
// claims that ...".
type Claim struct {
	Claimant string // as written, capitalised: "The ministry"
	Verb     string // the verb of stance as written: "claims"
	Lemma    string // its base form: "claim"
	Denial   bool   // the verb disputes something: denies, rebuffs, calls it "fake"
	Content  string // what the claimant is reported to say, as written
	At       int    // where in the sentence the claim is made, in bytes
}

// Sentences returns the sentences of a passage with their stances. The
// index marks a source's passages once, the first time one is asked for.
func (ix *Index) Sentences(p *Passage) []Sentence {
	if p.Source == nil || ix.kb.Passage(p.ID) != p {
		return MarkStances(p.Text, false)
	}
	ix.stanceMu.Lock()
	defer ix.stanceMu.Unlock()
	if !ix.marked[p.Source.ID] {
		markSource(p.Source, ix.sentences)
		ix.marked[p.Source.ID] = true
	}
	if ss, ok := ix.sentences[p.ID]; ok {
		return ss
	}
	return MarkStances(p.Text, false)
}

// Heading returns the heading a passage opens with ("The fares.",
// "About the author."), as the passage writes it with its full stop, or
// "" for a passage without one.
func Heading(text string) string {
	if headingWords(text) == 0 {
		return ""
	}
	return text[:strings.Index(text, ". ")+1]
}

// Quotable returns the sentences of a passage as an answer quotes them:
// a heading ("The fares.", "About the author.") is no sentence of its
// own but the label of the one after it, and is joined to it, verbatim
// as the passage writes both. A quote of the heading alone would say
// nothing ("About the author. [1]").
func (ix *Index) Quotable(p *Passage) []Sentence {
	ss := ix.Sentences(p)
	if len(ss) < 2 || Heading(p.Text) != ss[0].Text {
		return ss
	}
	rest := p.Text[len(ss[0].Text):]
	at := strings.Index(rest, ss[1].Text)
	if at < 0 || strings.TrimSpace(rest[:at]) != "" {
		return ss
	}
	joined := ss[1]
	joined.Text = p.Text[:len(ss[0].Text)+at+len(ss[1].Text)]
	joined.Claims = slices.Clone(ss[1].Claims) // the index keeps the sentence's own
	for i := range joined.Claims {
		joined.Claims[i].At += len(joined.Text) - len(ss[1].Text)
	}
	return append([]Sentence{joined}, ss[2:]...)
}

// markSource marks the stance of every sentence of a source's passages
// into out. The first passage of the argument and its last two are where
// an author states the thesis: a possibility hedged there is the author's
// judgement.
func markSource(s *Source, out map[string][]Sentence) {
	var arg []*Passage
	for _, p := range s.Passages {
		if !s.AboutSource[p.N] {
			arg = append(arg, p)
		}
	}
	for i, p := range arg {
		thesis := i == 0 || i >= len(arg)-2
		out[p.ID] = MarkStances(p.Text, thesis)
	}
}

// MarkStances splits a text into sentences and marks each one's stance.
// thesis says the text is where its author states the argument's thesis.
func MarkStances(text string, thesis bool) []Sentence {
	var out []Sentence
	for _, t := range SplitSentences(text) {
		out = append(out, markSentence(t, thesis))
	}
	return out
}

func markSentence(text string, thesis bool) Sentence {
	ws := wordsOf(text)
	seen := make(map[string]bool, len(ws))
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
		seen[ws[i]] = true
	}
	s := Sentence{Text: text, Claims: findClaims(text, seen)}
	var lower string // the words, lower-cased, for cues of several words
	has := func(cue string) bool {
		first, _, multi := strings.Cut(cue, " ")
		if !multi || !seen[first] {
			return seen[cue]
		}
		if lower == "" {
			lower = " " + strings.Join(ws, " ") + " "
		}
		return strings.Contains(lower, " "+cue+" ")
	}
	for _, c := range judgementCues {
		if has(c) {
			s.Cues = append(s.Cues, c)
		}
	}
	for _, h := range hedgeCues {
		if has(h) {
			s.Hedges = append(s.Hedges, h)
		}
	}
	switch {
	case len(s.Claims) > 0:
		s.Stance = StanceClaim
	case len(s.Cues) > 0 || (thesis && len(s.Hedges) > 0):
		s.Stance = StanceJudgement
	case len(s.Hedges) > 0:
		s.Stance = StanceHedge
	default:
		s.Stance = StanceFact
	}
	return s
}

// judgementCues are the words of estimative and concluding language:
// an author weighing the evidence ("it is likely", "rather than", "in
// conclusion") or predicting ("will").
var judgementCues = []string{
	"likely", "unlikely", "probably", "probable", "improbable", "almost certainly",
	"rather than", "in conclusion", "to conclude", "in sum", "in short", "overall",
	"therefore", "thus", "hence", "consequently", "clearly", "undoubtedly",
	"realistic", "unrealistic", "importance", "significance", "seems", "appears",
	"will", "must", "should",
}

// hedgeCues are the words of possibility and uncertainty.
var hedgeCues = []string{
	"may", "might", "could", "would", "perhaps", "possibly", "possible",
	"potentially", "unclear", "uncertain", "if", "whether", "hypothetical",
	"reportedly", "allegedly", "speculation", "expectations", "expected",
	"appear", "seem", "suggests", "maybe",
}

// HedgeWords are the words by which a text keeps a statement hedged or
// estimated: the hedge and judgement cues of MarkStances.
func HedgeWords() []string { return slices.Concat(hedgeCues, judgementCues) }

var wordRE = lazyre.New(`[\p{L}\p{N}]+(?:[’'][\p{L}]+)*`)

func wordsOf(s string) []string { return wordRE.FindAllString(s, -1) }
