package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
)

// overview answers a question about the sources' argument as a whole
// ("what is this article about?", "key takeaways", "what does the author
// conclude?") with a summary: of the whole knowledge base, or of the topic
// the question also names. It returns nil when no summary covers it, so that
// retrieval says what it can, or that it cannot.
func (e *Engine) overview(ctx context.Context, q Question, u knowledge.Query) *Answer {
	if u.Topic == "" && concludeRE.MatchString(q.Text) {
		if a := e.conclusions(q); a != nil {
			return a
		}
	}
	s, err := e.Summarize(ctx, SummaryRequest{NoLLM: q.NoLLM, Topic: u.Topic})
	if err != nil || !s.Covered {
		return nil
	}
	a := s.Answer()
	a.Question, a.Cached = q.Text, false // the answer is cached on its own
	return a
}

// concludeRE finds a question after what the sources conclude.
var concludeRE = regexp.MustCompile(`(?i)\bconclu\w*|\bbottom line\b`)

// conclusions answers "what does the author conclude?" with each source's
// concluding judgement, quoted and cited.
func (e *Engine) conclusions(q Question) *Answer {
	a := &Answer{Question: q.Text, Covered: true, Mode: ModeExtractive, Missing: []string{}, Citations: []Citation{}}
	var parts []string
	for _, src := range e.Index().KB().Sources {
		text, p := e.concludingJudgement(argumentPassages(src.Passages))
		if p == nil {
			continue
		}
		a.Citations = append(a.Citations, NewCitation(len(a.Citations)+1, p))
		parts = append(parts, strings.Replace(text, "[1]", fmt.Sprintf("[%d]", len(a.Citations)), 1))
	}
	if len(parts) == 0 {
		return nil
	}
	a.Text = strings.Join(parts, "\n\n")
	a.AsOf = newestCited(a.Citations)
	return a
}

// newestCited is the newest publication date among citations, as ISO.
func newestCited(cs []Citation) string {
	newest := ""
	for _, c := range cs {
		if c.Published > newest {
			newest = c.Published
		}
	}
	return newest
}
