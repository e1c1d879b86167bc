package bot

import (
	"context"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
)

// answer writes the answer to a searched question: with the model when
// there is one and the sources cover the question, else extractive.
func (e *Engine) answer(ctx context.Context, q Question, r knowledge.Result) *Answer {
	ext := e.extractive(q.Text, r)
	if !r.Covered || !e.useLLM(q) {
		return ext
	}
	a, err := e.llmAnswer(ctx, q, r)
	if err != nil {
		if ctx.Err() == nil {
			e.log.WarnContext(ctx, "model answer not used; answering from the sources directly", "err", err)
		}
		ext.Note = llmNote(err)
		return ext
	}
	return a
}

func (e *Engine) useLLM(q Question) bool { return e.llm != nil && !q.NoLLM }

// understand returns what to search for: the question itself, or, for a
// follow-up in a thread, the model's standalone rewrite of it, or failing
// that the question with the thread's previous question as context.
func (e *Engine) understand(ctx context.Context, q Question) (search, context string) {
	if e.threads == nil || q.Thread == "" {
		return q.Text, ""
	}
	turns, err := e.threads.Recent(ctx, ThreadKey{q.Team, q.Channel, q.Thread})
	if err != nil || len(turns) == 0 {
		return q.Text, ""
	}
	if e.useLLM(q) {
		if s, err := e.rewrite(ctx, turns, q.Text); err == nil {
			return s, ""
		} else if ctx.Err() == nil {
			e.log.WarnContext(ctx, "follow-up rewrite failed; searching with the thread as context", "err", err)
		}
	}
	return q.Text, turns[len(turns)-1].Question
}

// remember records the turn in the thread and the question in the activity.
func (e *Engine) remember(ctx context.Context, q Question, a *Answer) {
	ids := make([]string, len(a.Citations))
	for i, c := range a.Citations {
		ids[i] = c.ID
	}
	if e.threads != nil && q.Thread != "" {
		turn := Turn{Question: q.Text, Answer: a.Text, Passages: ids, At: e.Now()}
		if err := e.threads.Append(ctx, ThreadKey{q.Team, q.Channel, q.Thread}, turn); err != nil {
			e.log.WarnContext(ctx, "remember thread turn", "err", err)
		}
	}
	if e.activity != nil {
		ev := ActivityEvent{Kind: ActivityQuestion, At: e.Now(), Question: q.Text, Covered: a.Covered,
			Missing: a.Missing, Passages: ids, User: q.User, Channel: q.Channel, Thread: q.Thread}
		if err := e.activity.Record(ctx, ev); err != nil {
			e.log.WarnContext(ctx, "record activity", "err", err)
		}
	}
}

// extractive builds the answer that needs no model: the passages' own
// sentences, cited, or a plain statement that the sources do not cover the
// question.
func (e *Engine) extractive(question string, r knowledge.Result) *Answer {
	a := &Answer{Question: question, Mode: ModeExtractive, Missing: nonNil(r.Missing), Citations: []Citation{}}
	if !r.Covered {
		a.Text, a.Reason = e.notCovered(r), r.Reason
		// the reply says how old the sources are: a question about now
		// learns that they may be too old to answer it
		a.Dated = (r.AsksPresent || r.AsksState) && !e.Index().KB().Newest().IsZero()
		said, what := r.Unconfirmed, "the sources do not confirm this: they report it only as a possibility or an allegation."
		if said == "" {
			said, what = r.Pending, "the sources tell of this only as still to come: they cannot say whether it happened since."
		}
		if said == "" {
			said, what = r.Withheld, "the sources say this has not been made public or is not known:"
		}
		if said != "" && len(r.Hits) > 0 {
			// not covered, but what the sources do say is the answer's
			// point: quoted and cited
			ps := hitPassages(r.Hits[:1])
			a.Citations = append(a.Citations, NewCitation(1, ps[0]))
			a.AsOf = newest(ps).ISO()
			a.Text = "As of " + asOfLabel(ps) + ", " + what + " “" + said + "” [1]"
		}
		return a
	}
	a.Covered = true
	text, kept := e.extractiveText(question, e.withPartHits(question, r))
	r.Hits = kept
	for i, h := range r.Hits {
		a.Citations = append(a.Citations, NewCitation(i+1, h.Passage))
	}
	asOf := newest(hitPassages(r.Hits))
	a.AsOf = asOf.ISO()
	if prefix := e.datePrefix(r, hitPassages(r.Hits)); prefix != "" {
		text = prefix + "\n\n" + text
		a.Dated = true
	}
	if r.Instead != "" {
		text += "\n\n" + r.Instead
	}
	if m := e.Index().MissingToName(r); len(m) > 0 {
		text += "\n\nThe sources say nothing about: " + strings.Join(m, ", ") + "."
	}
	a.Text = text
	return a
}
