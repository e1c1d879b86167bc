package bot

import (
	"slices"

	"github.com/dossier-bot/dossier/knowledge"
)

// scopePassages returns the passages a timeline or a list of claims draws
// on, in source order: every passage of the argument for topic "", a
// source's for its ID, else those a search for the topic finds. Passages
// about the source itself (its author, its publication) are left out. The
// Result is the topic's search, nil when there was none.
func (e *Engine) scopePassages(topic string) ([]*knowledge.Passage, *knowledge.Result) {
	ix := e.Index()
	if topic == "" {
		return argumentPassages(ix.Passages()), nil
	}
	if src := ix.KB().Source(topic); src != nil {
		return argumentPassages(src.Passages), nil
	}
	r := ix.Search(topic, knowledge.Options{Max: 50, Relative: 0.2, Every: true})
	ps := argumentPassages(hitPassages(r.Hits))
	order := map[*knowledge.Passage]int{}
	for i, p := range ix.Passages() {
		order[p] = i
	}
	slices.SortFunc(ps, func(a, b *knowledge.Passage) int { return order[a] - order[b] })
	return ps, &r
}
