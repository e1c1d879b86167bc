package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/prompts"
)

// notCoveredReply is what the answer prompt tells the model to reply when
// the passages do not answer the question.
const notCoveredReply = "NOT_COVERED"

// llmAnswer has the model answer from the hits, then verifies it.
func (e *Engine) llmAnswer(ctx context.Context, q Question, r knowledge.Result) (*Answer, error) {
	ps := hitPassages(r.Hits)
	dated := e.needsDate(r, ps)
	today := e.Now().Format("2 January 2006")
	data := prompts.AnswerData{Question: q.Text, Today: today, AsksPresent: dated, AsOf: asOfLabel(ps)}
	t, err := e.llmText(ctx, llmTextRequest{
		passages: ps, about: q.Text, allowed: q.Text + " " + data.AsOf + " " + today,
		maxTokens: e.llmOpts.MaxAnswerTokens, mayDecline: true,
		render: func(pp []prompts.Passage) (prompts.Prompt, error) {
			data.Passages = pp
			return prompts.Render(prompts.Answer, data)
		},
	})
	if err != nil {
		return nil, err
	}
	a := &Answer{Question: q.Text, Mode: ModeLLM, Model: t.model, Usage: t.usage, Missing: nonNil(r.Missing), Citations: []Citation{}}
	if t.declined {
		a.Text = "The sources found do not answer this question."
		if len(r.Missing) > 0 {
			a.Text += " The knowledge base has nothing on: " + strings.Join(r.Missing, ", ") + "."
		}
		return a, nil
	}
	a.Covered, a.Unsupported, a.Citations = true, t.unsupported, t.citations
	a.AsOf = newest(t.cited).ISO()
	a.Text = t.text
	if r.Instead != "" {
		a.Text += "\n\n" + r.Instead // what the sources say instead of the question's premise
	}
	a.Dated = dated
	if dated && !strings.HasPrefix(a.Text, "As of") {
		a.Text = e.datePrefix(r, t.cited) + "\n\n" + a.Text
	}
	return a, nil
}

// An llmTextRequest asks the model for a cited text (an answer, a
// summary) from passages.
type llmTextRequest struct {
	passages []*knowledge.Passage // best first: those that fit the context are kept
	about    string               // the question or topic, which takes context too
	// allowed holds the figures the text may give besides its passages'
	// (the question, the dates Dossier gave).
	allowed   string
	maxTokens int
	// mayDecline: the prompt lets the model reply notCoveredReply.
	mayDecline bool
	render     func([]prompts.Passage) (prompts.Prompt, error)
}

// An llmText is the model's text after verification, cited, with who
// wrote it at what cost.
type llmText struct {
	checked
	citations []Citation
	model     string
	usage     *Usage
	// declined: the model replied that the passages do not answer.
	declined bool
}

// llmText is the one model path of answers and summaries: within the
// answer timeout, it fits the passages to the model's context, renders
// the prompt, calls the model (streaming its draft to the context's
// Progress, if any) and verifies the reply against the
// passages; the citations quote each cited passage whole, even when the
// prompt had only part of it.
func (e *Engine) llmText(ctx context.Context, req llmTextRequest) (*llmText, error) {
	ctx, cancel := context.WithTimeout(ctx, e.llmOpts.Timeout)
	defer cancel()
	ps := e.fitPassages(req.passages, req.about)
	p, err := req.render(promptPassages(ps))
	if err != nil {
		return nil, err
	}
	resp, err := e.chatDraft(ctx, ChatRequest{System: p.System, User: p.User, MaxTokens: req.maxTokens})
	if err != nil {
		return nil, err
	}
	t := &llmText{model: e.llm.Model(), usage: &resp.Usage, citations: []Citation{}}
	text := strings.TrimSpace(resp.Text)
	switch {
	case text == "":
		return nil, fmt.Errorf("%w: an empty reply", ErrLLMUnreadable)
	case req.mayDecline && strings.HasPrefix(text, notCoveredReply):
		t.declined = true
		return t, nil
	}
	stage(ctx, StageChecking, 0)
	if t.checked, err = verify(e.Index(), text, ps, req.allowed); err != nil {
		return nil, err
	}
	for i, p := range t.cited {
		t.citations = append(t.citations, NewCitation(i+1, e.Index().KB().Passage(p.ID)))
	}
	return t, nil
}

// chat calls the model, timing it for the observer.
func (e *Engine) chat(ctx context.Context, req ChatRequest) (ChatResponse, error) {
	start := time.Now()
	resp, err := e.llm.Chat(ctx, req)
	e.observe.LLM(time.Since(start), resp.Usage, err)
	return resp, err
}

// rewrite has the model turn a follow-up into a standalone question.
func (e *Engine) rewrite(ctx context.Context, turns []Turn, question string) (string, error) {
	data := prompts.FollowUpData{Question: question}
	for _, t := range turns {
		data.Turns = append(data.Turns, prompts.Turn{Question: t.Question, Answer: t.Answer})
	}
	return e.modelQuestion(ctx, prompts.FollowUp, data)
}

// modelQuestion renders a template whose reply is one question, asks the
// model, and checks that the reply is one.
func (e *Engine) modelQuestion(ctx context.Context, template string, data any) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, e.llmOpts.Timeout)
	defer cancel()
	p, err := prompts.Render(template, data)
	if err != nil {
		return "", err
	}
	resp, err := e.chat(ctx, ChatRequest{System: p.System, User: p.User, MaxTokens: 120})
	if err != nil {
		return "", err
	}
	s := strings.Trim(strings.TrimSpace(resp.Text), `"“”`)
	if CheckQuestion(s) != nil || strings.Contains(s, "\n") {
		return "", fmt.Errorf("%w: %q is no question", ErrLLMUnreadable, s)
	}
	return s, nil
}

// EstimateTokens estimates how many tokens a text takes: one per three
// characters. Real tokenizers average about four characters per token on
// English prose, so this errs on the side of a prompt that fits.
func EstimateTokens(s string) int { return (utf8.RuneCountInString(s) + 2) / 3 }

// promptOverhead is the answer prompt's own size, without passages or
// question, in estimated tokens (the template is about 1,300 characters).
const promptOverhead = 500

// fitPassages keeps, best first, the passages that fit the model's context
// with the question and the reply; a first passage too long alone is cut
// at a sentence.
func (e *Engine) fitPassages(ps []*knowledge.Passage, question string) []*knowledge.Passage {
	budget := e.llmOpts.ContextTokens - e.llmOpts.MaxAnswerTokens - promptOverhead - EstimateTokens(question)
	var out []*knowledge.Passage
	for _, p := range ps {
		cost := EstimateTokens(p.Text) + 40 // its source line
		if cost > budget {
			if len(out) == 0 && budget > 40 {
				out = append(out, truncated(p, budget-40))
			}
			break
		}
		out = append(out, p)
		budget -= cost
	}
	return out
}

// truncated returns a copy of p cut to about tokens, at a sentence.
func truncated(p *knowledge.Passage, tokens int) *knowledge.Passage {
	cp := *p
	var kept []string
	used := 0
	for _, s := range Sentences(p.Text) {
		if used+EstimateTokens(s) > tokens {
			break
		}
		kept = append(kept, s)
		used += EstimateTokens(s) + 1
	}
	cp.Text = strings.Join(kept, " ")
	return &cp
}

func promptPassages(ps []*knowledge.Passage) []prompts.Passage {
	out := make([]prompts.Passage, len(ps))
	for i, p := range ps {
		s := p.Source
		out[i] = prompts.Passage{N: i + 1, ID: p.ID, Text: p.Text, Source: s.Title, Author: s.Author, Publisher: s.Publisher, Date: s.DateLabel()}
	}
	return out
}

// vocabularyRewrite has the model put a question in the sources' words for
// retrieval: one short call, cached under the knowledge base's version,
// the model and the prompt's version.
func (e *Engine) vocabularyRewrite(ctx context.Context, question string) (string, error) {
	key := "rewrite:" + hashParts(e.Index().KB().Version, e.llm.Model(), prompts.Version(prompts.Rewrite), NormalizeQuestion(question))
	if s, ok := cachedJSON[string](ctx, e, key); ok {
		return *s, nil
	}
	s, err := e.modelQuestion(ctx, prompts.Rewrite, prompts.RewriteData{Question: question, Terms: e.Index().ConceptLabels()})
	if err != nil {
		return "", err
	}
	storeJSON(ctx, e, key, &s)
	return s, nil
}

// withRewrite searches again with the model's rewrite of the question into
// the sources' words when the question's own words found nothing that
// covers it, and, when that search is covered, cites the union of both
// searches' passages. (A question its own words already answer costs no
// model call.) A question naming something the sources lack (a name, a
// figure) stays not covered: the model cannot supply it.
func (e *Engine) withRewrite(ctx context.Context, u knowledge.Query, context string, r knowledge.Result) knowledge.Result {
	if r.Covered || len(r.MissingNames()) > 0 || len(r.Terms) == 0 {
		return r
	}
	rw, err := e.vocabularyRewrite(ctx, u.Text)
	if err != nil {
		if ctx.Err() == nil {
			e.log.WarnContext(ctx, "question rewrite failed; searching with the question as asked", "err", err)
		}
		return r
	}
	if NormalizeQuestion(rw) == NormalizeQuestion(u.Text) {
		return r
	}
	r2 := e.Index().Search(rw, knowledge.Options{Max: MaxCitations, Context: context})
	if !r2.Covered {
		return r
	}
	merged := r
	merged.Covered, merged.Reason, merged.Missing, merged.Rewritten = true, "", r2.Missing, rw
	var first []knowledge.Hit
	if r.Covered {
		first = r.Hits
	}
	merged.Hits = unionHits(first, r2.Hits, max(MaxCitations, len(first)))
	merged.Terms = append(slices.Clone(r.Terms), r2.Terms...)
	return merged
}

// unionHits interleaves two rankings, each passage once, best first.
func unionHits(a, b []knowledge.Hit, n int) []knowledge.Hit {
	var out []knowledge.Hit
	seen := map[string]bool{}
	for i := 0; i < max(len(a), len(b)) && len(out) < n; i++ {
		for _, list := range [][]knowledge.Hit{a, b} {
			if i < len(list) && !seen[list[i].Passage.ID] && len(out) < n {
				seen[list[i].Passage.ID] = true
				out = append(out, list[i])
			}
		}
	}
	return out
}
