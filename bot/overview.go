package bot

import (
	"context"
	"regexp"
	"slices"
	"strings"
)

// overviewRE finds questions after the sources' argument as a whole: "what
// does the author conclude?", "the article's main point", "give me the
// gist". Retrieval would answer them with whatever passage says "author";
// a summary answers them.
var overviewRE = regexp.MustCompile(`(?i)\b(conclu\w*|argu(e|es|ing|ment|ments)|thesis|takeaways?|gist|overview|main (point|idea|claim)s?|bottom line|in a nutshell|what is (it|the article|the piece|this) about)\b`)

// overviewNoise are the words of such a question that name no topic.
var overviewNoise = []string{"author", "writer", "article", "piece", "source", "sources", "lukin", "overall", "main", "point", "bottom", "line", "idea", "claim", "nutshell"}

// overview answers a question about the sources' argument with a summary:
// of the whole knowledge base, or of the topic the question also names.
// It returns nil for any other question.
func (e *Engine) overview(ctx context.Context, q Question, question string) *Answer {
	if !overviewRE.MatchString(question) {
		return nil
	}
	ix := e.Index()
	rest := overviewRE.ReplaceAllString(question, " ")
	noise := ix.Terms(strings.Join(overviewNoise, " "))
	req := SummaryRequest{NoLLM: q.NoLLM}
	for _, t := range ix.Terms(rest) {
		if !slices.Contains(noise, t) {
			req.Topic = rest // the question names a topic too
			break
		}
	}
	s, err := e.Summarize(ctx, req)
	if err != nil || !s.Covered {
		return nil // let retrieval say what it can, or that it cannot
	}
	return &Answer{Question: q.Text, Covered: true, Text: s.Text, Mode: s.Mode, Missing: []string{}, Citations: s.Citations,
		AsOf: newestCited(s.Citations), Note: s.Note, Model: s.Model, Usage: s.Usage}
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
