package bot

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/dossier-bot/dossier/knowledge"
)

// An EvalReport scores answers against an evaluation set.
type EvalReport struct {
	Cases, Covered, Uncovered int
	HitAt1, HitAt3            float64 // covered questions whose first / any of first three citations is right
	Precision                 float64 // cited passages that are right, over all covered questions
	Abstention                float64 // uncovered questions answered "not covered"
	FalseAbstention           float64 // covered questions answered "not covered"
	Present, Dated            int     // questions about the present day, and how many answers said how old their sources are
	Failures                  []string
}

// Evaluate asks every case and scores the answers.
func Evaluate(ctx context.Context, e *Engine, cases []knowledge.EvalCase) (EvalReport, error) {
	var r EvalReport
	var hit1, hit3, abstained, falseAbst, cited, right int
	for _, c := range cases {
		a, err := e.Ask(ctx, Question{Text: c.Question, NoLLM: true})
		if err != nil {
			return r, fmt.Errorf("ask %q: %w", c.Question, err)
		}
		r.Cases++
		if !c.ShouldCover() {
			r.Uncovered++
			if !a.Covered {
				abstained++
			} else {
				r.fail(c, "answered, but the sources do not cover it", a)
			}
			continue
		}
		r.Covered++
		if c.Present() {
			r.Present++
			if a.Dated {
				r.Dated++
			} else {
				r.fail(c, "about the present, but the answer does not say how old its sources are", a)
			}
		}
		if !a.Covered {
			falseAbst++
			r.fail(c, "declined: "+a.Reason, a)
			continue
		}
		for i, ct := range a.Citations {
			ok := slices.Contains(c.Expect, ct.ID)
			cited++
			if ok {
				right++
				if i == 0 {
					hit1++
				}
			}
		}
		if slices.ContainsFunc(a.Citations[:min(3, len(a.Citations))], func(ct Citation) bool { return slices.Contains(c.Expect, ct.ID) }) {
			hit3++
		} else {
			r.fail(c, "no right passage in the first three", a)
		}
		if len(a.Citations) > 0 && !slices.Contains(c.Expect, a.Citations[0].ID) {
			r.fail(c, "first citation is not a right passage", a)
		}
	}
	r.HitAt1, r.HitAt3 = share(hit1, r.Covered), share(hit3, r.Covered)
	r.Precision = share(right, cited)
	r.Abstention, r.FalseAbstention = share(abstained, r.Uncovered), share(falseAbst, r.Covered)
	return r, nil
}

func (r *EvalReport) fail(c knowledge.EvalCase, why string, a *Answer) {
	ids := make([]string, len(a.Citations))
	for i, ct := range a.Citations {
		ids[i] = ct.ID
	}
	r.Failures = append(r.Failures, fmt.Sprintf("%q: %s (cited %v, expected %v)", c.Question, why, ids, c.Expect))
}

func share(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// Write prints the report for people.
func (r EvalReport) Write(w io.Writer) {
	fmt.Fprintf(w, "cases: %d (%d covered, %d not covered)\n", r.Cases, r.Covered, r.Uncovered)
	fmt.Fprintf(w, "hit@1:            %5.1f%%\n", 100*r.HitAt1)
	fmt.Fprintf(w, "hit@3:            %5.1f%%\n", 100*r.HitAt3)
	fmt.Fprintf(w, "precision:        %5.1f%%\n", 100*r.Precision)
	fmt.Fprintf(w, "abstention:       %5.1f%%\n", 100*r.Abstention)
	fmt.Fprintf(w, "false abstention: %5.1f%%\n", 100*r.FalseAbstention)
	if r.Present > 0 {
		fmt.Fprintf(w, "present dated:    %5.1f%% (%d of %d)\n", 100*share(r.Dated, r.Present), r.Dated, r.Present)
	}
	for _, f := range r.Failures {
		fmt.Fprintf(w, "  miss: %s\n", f)
	}
}
