package bot

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/prompts"
)

// DigestContent is what a digest says, section by section; an empty
// section is left out when it is rendered.
type DigestContent struct {
	Since time.Time `json:"since"`
	Until time.Time `json:"until"`
	// New in the knowledge base: sources added or changed since the last
	// digest, and a cited summary of what they say.
	NewSources []NewSource `json:"new_sources"`
	NewSummary *Summary    `json:"new_summary,omitempty"`
	// What the team asked.
	Questions int            `json:"questions"`
	Topics    []TopicCount   `json:"topics"`
	Passages  []PassageCount `json:"passages"`
	// Gaps: questions the knowledge base did not cover.
	Gaps []Gap `json:"gaps"`
	// Feedback.
	Up        int         `json:"thumbs_up"`
	Down      int         `json:"thumbs_down"`
	Unhelpful []Unhelpful `json:"unhelpful"`
}

// A NewSource is a source added to (or changed in) the knowledge base.
type NewSource struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Author    string `json:"author"`
	Publisher string `json:"publisher"`
	Date      string `json:"date"`
	Changed   bool   `json:"changed"`
}

// A TopicCount is how many questions touched a topic.
type TopicCount struct {
	Topic string `json:"topic"`
	N     int    `json:"n"`
}

// A PassageCount is how often answers cited a passage.
type PassageCount struct {
	Citation Citation `json:"citation"`
	N        int      `json:"n"`
}

// A Gap is a group of questions the knowledge base did not cover, by the
// terms they lack: the curator's to-do (see Engine.Gaps).
type Gap struct {
	// Question is the latest question of the group, as an example.
	Question string `json:"question"`
	// Missing are the terms the group's questions lack, as asked.
	Missing []string `json:"missing"`
	// N is how many times the group's questions were asked.
	N          int       `json:"n"`
	Questions  []string  `json:"questions"`
	LastAsked  time.Time `json:"last_asked"`
	Suggestion string    `json:"suggestion"`
}

// Unhelpful is an answer someone marked 👎, with where to find it.
type Unhelpful struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
	Channel  string `json:"channel"`
	Thread   string `json:"thread"`
	User     string `json:"user"`
}

// Empty reports whether every section is empty.
func (d *DigestContent) Empty() bool {
	return len(d.NewSources) == 0 && d.Questions == 0 && len(d.Gaps) == 0 && d.Up == 0 && d.Down == 0
}

// SourceHashes returns each source's content hash by ID, to be kept with a
// posted digest so that the next one knows what is new.
func (e *Engine) SourceHashes() map[string]string {
	out := map[string]string{}
	for _, s := range e.Index().KB().Sources {
		out[s.ID] = s.Hash
	}
	return out
}

// Digest builds a digest's content: the sources new or changed against
// seen (a previous SourceHashes), and the team's activity since then.
func (e *Engine) Digest(ctx context.Context, since, until time.Time, seen map[string]string) (*DigestContent, error) {
	d := &DigestContent{Since: since, Until: until, NewSources: []NewSource{}, Topics: []TopicCount{},
		Passages: []PassageCount{}, Gaps: []Gap{}, Unhelpful: []Unhelpful{}} // [] in JSON, never null
	var fresh []*knowledge.Source
	for _, s := range e.Index().KB().Sources {
		if h, ok := seen[s.ID]; !ok || h != s.Hash {
			d.NewSources = append(d.NewSources, NewSource{ID: s.ID, Title: s.Title, Author: s.Author, Publisher: s.Publisher, Date: s.DateLabel(), Changed: ok})
			fresh = append(fresh, s)
		}
	}
	if len(fresh) > 0 {
		d.NewSummary = e.newSourcesSummary(ctx, fresh)
	}
	if e.activity == nil {
		return d, nil
	}
	events, err := e.activity.Since(ctx, since)
	if err != nil {
		return nil, fmt.Errorf("read the team's activity: %w", err)
	}
	e.tally(d, events, until)
	return d, nil
}

// maxDigestGaps is how many groups of gaps a digest lists.
const maxDigestGaps = 5

// tally fills the activity sections from events before until.
func (e *Engine) tally(d *DigestContent, events []ActivityEvent, until time.Time) {
	topics, passages := map[string]int{}, map[string]int{}
	for _, ev := range events {
		if !ev.At.Before(until) {
			continue
		}
		switch ev.Kind {
		case ActivityQuestion:
			d.Questions++
			for _, t := range e.topicsOf(ev.Question) {
				topics[t]++
			}
			for _, id := range ev.Passages {
				passages[id]++
			}
		case ActivityFeedback:
			if ev.Vote > 0 {
				d.Up++
				continue
			}
			d.Down++
			d.Unhelpful = append(d.Unhelpful, Unhelpful{Question: ev.Question, Answer: ev.Answer, Channel: ev.Channel, Thread: ev.Thread, User: ev.User})
		}
	}
	d.Topics = top(topics, 5, func(k string, n int) TopicCount { return TopicCount{Topic: e.Index().Label(k), N: n} })
	d.Passages = top(passages, 5, func(k string, n int) PassageCount {
		if p := e.Index().KB().Passage(k); p != nil {
			return PassageCount{Citation: NewCitation(0, p), N: n}
		}
		return PassageCount{Citation: Citation{ID: k}, N: n}
	})
	d.Gaps = e.groupGaps(events, until)
	d.Gaps = d.Gaps[:min(len(d.Gaps), maxDigestGaps)]
	d.Unhelpful = d.Unhelpful[:min(len(d.Unhelpful), 10)]
}

// topicsOf returns the distinct terms of a question that some source has.
func (e *Engine) topicsOf(question string) []string {
	var out []string
	for _, t := range e.Index().Terms(question) {
		if e.Index().Has(t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// top returns the n most counted keys, most first, ties by key.
func top[T any](counts map[string]int, n int, mk func(string, int) T) []T {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(counts[b]-counts[a], strings.Compare(a, b)) })
	out := []T{}
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, mk(k, counts[k]))
	}
	return out
}

// newSourcesSummary says what the new sources add: the model's verified
// summary through the digest prompt, else each source's extractive brief.
func (e *Engine) newSourcesSummary(ctx context.Context, fresh []*knowledge.Source) *Summary {
	var ps []*knowledge.Passage
	var names []string
	for _, s := range fresh {
		ps = append(ps, argumentPassages(s.Passages)...)
		names = append(names, fmt.Sprintf("%s — %s, %s, %s", s.Title, s.Author, s.Publisher, s.DateLabel()))
	}
	s := &Summary{Scope: "new sources", Length: Brief, Covered: true, Mode: ModeExtractive, Missing: []string{}, Citations: []Citation{}}
	if e.llm != nil {
		err := e.llmDigestSummary(ctx, s, names, ps)
		if err == nil {
			return s
		}
		s.Note = llmNote(err)
	}
	e.extractiveSummary(s, SummaryRequest{Length: Brief}, ps, nil)
	return s
}

func (e *Engine) llmDigestSummary(ctx context.Context, s *Summary, names []string, ps []*knowledge.Passage) error {
	today := e.Now().Format("2 January 2006")
	return e.llmCited(ctx, s, ps, "", today, 300, func(pp []prompts.Passage) (prompts.Prompt, error) {
		return prompts.Render(prompts.Digest, prompts.DigestData{Today: today, Sources: names, Passages: pp})
	})
}
