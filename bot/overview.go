package bot

import (
	"context"

	"github.com/dossier-bot/dossier/knowledge"
)

// overview answers a question about the sources' argument as a whole
// ("what is this article about?", "key takeaways", "what does the author
// conclude?") with a summary: of the whole knowledge base, or of the topic
// the question also names. It returns nil when no summary covers it, so that
// retrieval says what it can, or that it cannot.
func (e *Engine) overview(ctx context.Context, q Question, u knowledge.Query) *Answer {
	s, err := e.Summarize(ctx, SummaryRequest{NoLLM: q.NoLLM, Topic: u.Topic})
	if err != nil || !s.Covered {
		return nil
	}
	a := s.Answer()
	a.Question, a.Cached = q.Text, false // the answer is cached on its own
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
