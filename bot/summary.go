package bot

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/prompts"
)

// Summary lengths.
const (
	Brief = "brief"
	Full  = "full"
)

// A SummaryRequest asks for a summary of the whole knowledge base (Topic
// ""), of one source (Topic is its ID), or of a topic ("labour").
type SummaryRequest struct {
	Topic  string
	Length string // Brief (default) or Full
	NoLLM  bool
	// ThesisFirst leads an extractive summary with the argument's opening
	// claim rather than its conclusion: what a question about what the
	// piece says ("what's the big picture?") asks first, where a summary
	// put up front (and "what does it conclude?") leads with the bottom
	// line.
	ThesisFirst bool
}

// A Summary is what the sources say, cited like an answer.
type Summary struct {
	Topic     string     `json:"topic"`
	Scope     string     `json:"scope"` // "knowledge base", "source" or "topic"
	Length    string     `json:"length"`
	Covered   bool       `json:"covered"`
	Text      string     `json:"summary"`
	Mode      string     `json:"mode"`
	Cached    bool       `json:"cached"`
	Missing   []string   `json:"missing"`
	Citations []Citation `json:"citations"`
	Note      string     `json:"note,omitempty"`
	Model     string     `json:"model,omitempty"`
	Usage     *Usage     `json:"usage,omitempty"`
}

// Summarize summarises what the sources say, with the model when there is
// one (verified as answers are), else extractively: the judgements first,
// then the evidence, each sentence cited.
func (e *Engine) Summarize(ctx context.Context, req SummaryRequest) (*Summary, error) {
	if req.Length == "" {
		req.Length = Brief
	}
	if req.Length != Brief && req.Length != Full {
		return nil, fmt.Errorf("length %q: use brief or full", req.Length)
	}
	if utf8.RuneCountInString(req.Topic) > MaxQuestionLen {
		return nil, ErrQuestionTooLong
	}
	key := e.summaryKey(req)
	if s, ok := cachedJSON[Summary](ctx, e, key); ok {
		s.Cached = true
		return s, nil
	}
	s, ps, terms := e.summaryScope(req)
	if !s.Covered {
		return s, nil
	}
	if e.llm != nil && !req.NoLLM {
		err := e.llmSummary(ctx, s, req, ps)
		if err == nil {
			storeJSON(ctx, e, key, s)
			return s, nil
		}
		s.Note = llmNote(err)
	}
	e.extractiveSummary(s, req, ps, terms)
	if s.Note == "" {
		storeJSON(ctx, e, key, s)
	}
	return s, nil
}

// summaryScope chooses the passages a summary draws on.
func (e *Engine) summaryScope(req SummaryRequest) (*Summary, []*knowledge.Passage, []string) {
	s := &Summary{Topic: req.Topic, Length: req.Length, Mode: ModeExtractive, Missing: []string{}, Citations: []Citation{}, Covered: true}
	kb := e.Index().KB()
	switch src := kb.Source(req.Topic); {
	case req.Topic == "":
		s.Scope = "knowledge base"
		return s, argumentPassages(e.Index().Passages()), nil
	case src != nil:
		s.Scope = "source"
		return s, argumentPassages(src.Passages), nil
	}
	s.Scope = "topic"
	r := e.Index().Search(req.Topic, knowledge.Options{Max: 8, Relative: 0.25, Every: true})
	if !r.Covered {
		s.Covered, s.Missing = false, nonNil(r.Missing)
		s.Text = e.notCovered(r)
		return s, nil, nil
	}
	var terms []string
	for _, t := range r.Terms {
		terms = append(terms, t.Stem)
	}
	ps := argumentPassages(hitPassages(r.Hits))
	slices.SortFunc(ps, func(a, b *knowledge.Passage) int { return a.N - b.N }) // source order
	return s, ps, terms
}

// argumentPassages drops the passages about the source itself.
func argumentPassages(ps []*knowledge.Passage) []*knowledge.Passage {
	return slices.DeleteFunc(slices.Clone(ps), func(p *knowledge.Passage) bool { return p.Source.AboutSource[p.N] })
}

// positionPrior favours what a summary of prose needs: a paragraph's
// opening sentence states its point, an article's first and last
// paragraphs its thesis; a sentence opening with a connective ("Also",
// "But") leans on the one before and reads badly alone.
func positionPrior(para, paras, sentence int, text string) float64 {
	var p float64
	if sentence == 0 {
		p += 0.1
	}
	if para == 0 || para == paras-1 {
		p += 0.1
	}
	if connectives[firstWord(text)] {
		p -= 0.15
	}
	return p
}

// firstWord is a sentence's first word, lower case, without the
// punctuation after it.
func firstWord(text string) string {
	return strings.ToLower(strings.Trim(strings.SplitN(text, " ", 2)[0], ",;:"))
}

var connectives = map[string]bool{"also": true, "but": true, "still": true, "and": true, "however": true,
	"apart": true, "moreover": true, "yet": true, "so": true, "then": true, "thus": true, "this": true, "these": true}

func (e *Engine) tfidf(text string) map[string]float64 {
	v := map[string]float64{}
	for _, t := range e.Index().Terms(text) {
		v[t] += e.Index().IDF(t)
	}
	return v
}

func cosineMap(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, x := range a {
		dot += x * b[k]
		na += x * x
	}
	for _, y := range b {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// llmSummary has the model summarise, and verifies the result.
func (e *Engine) llmSummary(ctx context.Context, s *Summary, req SummaryRequest, ps []*knowledge.Passage) error {
	today := e.Now().Format("2 January 2006")
	return e.llmCited(ctx, s, ps, req.Topic, today, e.llmOpts.MaxAnswerTokens, func(pp []prompts.Passage) (prompts.Prompt, error) {
		return prompts.Render(prompts.Summary, prompts.SummaryData{Topic: req.Topic, Length: req.Length, Today: today, Passages: pp})
	})
}

// llmCited has the model write a cited text from the passages that fit
// its context, through the prompt render makes of them, and verifies it
// into s (see llmText). topic and today are figures the text may use.
func (e *Engine) llmCited(ctx context.Context, s *Summary, ps []*knowledge.Passage, topic, today string, maxTokens int,
	render func([]prompts.Passage) (prompts.Prompt, error)) error {
	t, err := e.llmText(ctx, llmTextRequest{passages: ps, about: topic, allowed: topic + " " + today, maxTokens: maxTokens, render: render})
	if err != nil {
		return err
	}
	s.Mode, s.Model, s.Usage, s.Text = ModeLLM, t.model, t.usage, t.text
	s.Citations = append(s.Citations, t.citations...)
	return nil
}

// Answer returns the summary as an answer, to be shown or given as one:
// the one conversion between the two (a summary is an answer to "what do
// the sources say?", with its own JSON form).
func (s *Summary) Answer() *Answer {
	return &Answer{Covered: s.Covered, Text: s.Text, Mode: s.Mode, Cached: s.Cached, Missing: nonNil(s.Missing),
		Citations: s.Citations, AsOf: newestCited(s.Citations), Note: s.Note, Model: s.Model, Usage: s.Usage}
}

func (e *Engine) summaryKey(req SummaryRequest) string {
	mode := ModeExtractive
	if e.llm != nil && !req.NoLLM {
		mode = ModeLLM + "|" + e.llm.Model() + "|" + prompts.Version(prompts.Summary)
	}
	if req.ThesisFirst && mode == ModeExtractive {
		mode += "|thesis"
	}
	return "summary:" + hashParts(e.Index().KB().Version, NormalizeQuestion(req.Topic), req.Length, mode)
}
