package bot

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"
)

// Claims are the attributed statements the sources report: who says
// what. Its JSON form is the output of `dossier claims --json`.
type Claims struct {
	Topic  string  `json:"topic"`
	Claims []Claim `json:"claims"`
	// Missing are the topic's words no source mentions, when the sources
	// do not cover it.
	Missing []string `json:"missing,omitempty"`
}

// A Claim is one statement a source attributes to a claimant.
type Claim struct {
	Claimant    string `json:"claimant"` // as the source names it
	Stance      string `json:"stance"`   // the verb of stance: "claims", "denied"
	Denial      bool   `json:"denial"`   // the verb disputes something
	Text        string `json:"text"`     // the sentence, verbatim
	ID          string `json:"id"`       // the passage's ID
	Source      string `json:"source"`
	Reliability string `json:"reliability"`
	// DisputedBy are the claims that contradict this one: its denials, or
	// the claim a denial disputes.
	DisputedBy []ClaimRef `json:"disputed_by"`

	group string
	n     int
}

// A ClaimRef names a claim that disputes another.
type ClaimRef struct {
	Claimant string `json:"claimant"`
	Stance   string `json:"stance"`
	Text     string `json:"text"`
	ID       string `json:"id"`
}

// Claims returns the statements the sources attribute, on a topic ("" for
// all), grouped by claimant (names the glossary holds for one actor are
// one claimant), each group in source order. A denial is set beside the
// claim it disputes: the latest claim before it in its passage by someone
// else.
func (e *Engine) Claims(ctx context.Context, topic string) (*Claims, error) {
	if utf8.RuneCountInString(topic) > MaxQuestionLen {
		return nil, ErrQuestionTooLong
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := &Claims{Topic: topic, Claims: []Claim{}}
	ps, r := e.scopePassages(topic)
	if r != nil && !r.Covered {
		out.Missing = nonNil(r.Missing)
		return out, nil
	}
	var all []*Claim
	for _, p := range ps {
		var inPassage []*Claim
		for _, s := range e.Index().Sentences(p) {
			for _, kc := range s.Claims {
				c := &Claim{Claimant: kc.Claimant, Stance: kc.Verb, Denial: kc.Denial, Text: s.Text, ID: p.ID,
					Source: p.Source.Title, Reliability: p.Source.Reliability, DisputedBy: []ClaimRef{},
					group: e.claimantKey(kc.Claimant), n: len(all)}
				if c.Denial {
					disputes(inPassage, c)
				}
				inPassage = append(inPassage, c)
				all = append(all, c)
			}
		}
	}
	first := map[string]int{}
	for _, c := range all {
		if _, ok := first[c.group]; !ok {
			first[c.group] = c.n
		}
	}
	slices.SortStableFunc(all, func(a, b *Claim) int { return first[a.group] - first[b.group] })
	for _, c := range all {
		out.Claims = append(out.Claims, *c)
	}
	return out, nil
}

// disputes sets a denial beside the latest claim before it in its passage
// that is not a denial and not its claimant's own.
func disputes(before []*Claim, denial *Claim) {
	for i := len(before) - 1; i >= 0; i-- {
		c := before[i]
		if c.Denial || c.group == denial.group {
			continue
		}
		c.DisputedBy = append(c.DisputedBy, ref(denial))
		denial.DisputedBy = append(denial.DisputedBy, ref(c))
		return
	}
}

func ref(c *Claim) ClaimRef {
	return ClaimRef{Claimant: c.Claimant, Stance: c.Stance, Text: c.Text, ID: c.ID}
}

// claimantKey is what makes two claimants one: their terms as the index
// sees them, glossary aliases folded (a capital and its country, say).
func (e *Engine) claimantKey(claimant string) string {
	ts := e.Index().Terms(claimant)
	if len(ts) == 0 {
		return strings.ToLower(claimant)
	}
	return strings.Join(ts, " ")
}

// ClaimantGroups splits claims, already grouped, into runs by claimant.
func ClaimantGroups(cs []Claim) [][]Claim {
	var out [][]Claim
	for i, c := range cs {
		if i == 0 || c.group != cs[i-1].group || (c.group == "" && c.Claimant != cs[i-1].Claimant) {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], c)
	}
	return out
}
