package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
)

// overview answers a question about the sources' argument as a whole
// ("what is this article about?", "key takeaways", "what does the author
// conclude?") with a summary: of the whole knowledge base, or of the topic
// the question also names. It returns nil when no summary covers it, so that
// retrieval says what it can, or that it cannot.
func (e *Engine) overview(ctx context.Context, q Question, u knowledge.Query) *Answer {
	if u.TopicTold {
		// "can someone summarise the bond exchange terms?": what the
		// sources say on that topic, which its passages tell; not the
		// argument's judgements, which lead a summary
		return nil
	}
	var a *Answer
	if u.Topic == "" && u.Conclusion() {
		a = e.conclusions(q)
	}
	if a == nil {
		// what the piece says is asked after its opening claim first;
		// its conclusion is asked by name ("what does it conclude?")
		s, err := e.Summarize(ctx, SummaryRequest{NoLLM: q.NoLLM, Topic: u.Topic, ThesisFirst: true})
		if err != nil || !s.Covered {
			return nil
		}
		a = s.Answer()
		a.Question, a.Cached = q.Text, false // the answer is cached on its own
		a.Text, a.Citations = bottomLine(s)
		if u.Brief() && s.Mode == ModeExtractive { // a model writes a tl;dr as asked
			a.Text, a.Citations = firstCited(a.Text, a.Citations, lineJudgements)
		}
		a.AsOf = newestCited(a.Citations)
	}
	if u.AsksPresent { // "what's the latest on ...": say how old the sources are
		var ps []*knowledge.Passage
		for _, c := range a.Citations {
			if p := e.Index().KB().Passage(c.ID); p != nil {
				ps = append(ps, p)
			}
		}
		if len(ps) > 0 {
			a.Text = asOfLine(ps) + "\n\n" + a.Text
			a.Dated = true
		}
	}
	return a
}

// bottomLine is what a chat answer about the piece as a whole quotes of an
// extractive summary: its first paragraph, the judgements, with the
// citations it uses (they are numbered first). The evidence is for
// `summary`.
func bottomLine(s *Summary) (string, []Citation) {
	first, _, ok := strings.Cut(s.Text, "\n\n")
	if s.Mode != ModeExtractive || !ok {
		return s.Text, s.Citations
	}
	n := 0
	for _, m := range markerRE.FindAllStringSubmatch(first, -1) {
		if k, err := strconv.Atoi(m[1]); err == nil {
			n = max(n, k)
		}
	}
	if n == 0 || n > len(s.Citations) {
		return s.Text, s.Citations
	}
	return first, s.Citations[:n]
}

// lineJudgements is how many judgements a chat answer asking for the piece
// in a line quotes: the argument's conclusion and its opening claim, which
// an extractive summary puts first.
const lineJudgements = 2

// firstCited keeps of an extractive bottom line the sentences up to its
// n-th citation, with those citations; the rest when there are no more.
func firstCited(text string, cs []Citation, n int) (string, []Citation) {
	if len(cs) <= n {
		return text, cs
	}
	marker := "[" + strconv.Itoa(n+1) + "]"
	i := strings.Index(text, marker)
	if i < 0 {
		return text, cs
	}
	// cut at the end of the sentence before the (n+1)-th cited one
	cut := strings.LastIndex(text[:i], "] ")
	if cut < 0 {
		return text, cs
	}
	return text[:cut+1], cs[:n]
}

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
