package knowledge

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// A SourceDiff is how one source differs between two knowledge bases.
type SourceDiff struct {
	ID     string `json:"id"`
	File   string `json:"file"`
	Status string `json:"status"` // added, removed or changed
	// Fields are the front matter fields that changed.
	Fields []string `json:"fields,omitempty"`
	// Passages are the passages added, removed or changed, by ID.
	Added   []string `json:"passages_added,omitempty"`
	Removed []string `json:"passages_removed,omitempty"`
	Changed []string `json:"passages_changed,omitempty"`
	// Renumbered says which passages now hold another's text: passage IDs
	// are cited in threads people scroll back to and must not move.
	Renumbered []string `json:"renumbered,omitempty"`
}

// Diff returns what changed from old to new, source by source in ID order:
// sources added, removed, and changed (front matter fields, passages by
// number).
func Diff(old, new *KB) []SourceDiff {
	var out []SourceDiff
	for _, s := range new.Sources {
		o := old.Source(s.ID)
		if o == nil {
			out = append(out, SourceDiff{ID: s.ID, File: s.File, Status: "added"})
			continue
		}
		if d := diffSource(o, s); d != nil {
			out = append(out, *d)
		}
	}
	for _, o := range old.Sources {
		if new.Source(o.ID) == nil {
			out = append(out, SourceDiff{ID: o.ID, File: o.File, Status: "removed"})
		}
	}
	slices.SortFunc(out, func(a, b SourceDiff) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func diffSource(o, s *Source) *SourceDiff {
	d := &SourceDiff{ID: s.ID, File: s.File, Status: "changed", Fields: changedFields(o, s)}
	was := map[string]int{}
	for _, p := range o.Passages {
		was[p.Text] = p.N
	}
	for i := range max(len(o.Passages), len(s.Passages)) {
		id := PassageID(s.ID, i+1)
		switch {
		case i >= len(o.Passages):
			d.Added = append(d.Added, id)
		case i >= len(s.Passages):
			d.Removed = append(d.Removed, id)
		case o.Passages[i].Text != s.Passages[i].Text:
			d.Changed = append(d.Changed, id)
		default:
			continue
		}
		if i < len(s.Passages) {
			if n, ok := was[s.Passages[i].Text]; ok && n != i+1 {
				d.Renumbered = append(d.Renumbered, fmt.Sprintf("%s holds what %s held", id, PassageID(s.ID, n)))
			}
		}
	}
	if len(d.Fields)+len(d.Added)+len(d.Removed)+len(d.Changed) == 0 {
		return nil
	}
	return d
}

func changedFields(o, s *Source) []string {
	var out []string
	add := func(name string, changed bool) {
		if changed {
			out = append(out, name)
		}
	}
	add("title", o.Title != s.Title)
	add("author", o.Author != s.Author)
	add("author_affiliation", o.AuthorAffiliation != s.AuthorAffiliation)
	add("publisher", o.Publisher != s.Publisher)
	add("also_published_in", !slices.Equal(o.AlsoPublishedIn, s.AlsoPublishedIn))
	add("published", o.Published != s.Published)
	add("date_inferred", o.DateInferred != s.DateInferred)
	add("date_note", o.DateNote != s.DateNote)
	add("url", o.URL != s.URL)
	add("tags", !slices.Equal(o.Tags, s.Tags))
	add("hints", fmt.Sprint(o.Hints) != fmt.Sprint(s.Hints))
	add("about_source", fmt.Sprint(o.AboutSource) != fmt.Sprint(s.AboutSource))
	return out
}

// Inspect reads what it can of a knowledge base directory: the sources
// that parse, and every problem (as Lint). A directory with no source is
// an empty knowledge base, not an error.
func Inspect(fsys fs.FS) (*KB, Problems, error) {
	names, err := fs.Glob(fsys, "*.md")
	if err == nil && !slices.ContainsFunc(names, func(n string) bool { return !strings.EqualFold(n, "README.md") }) {
		if _, err := fs.Stat(fsys, "."); err != nil {
			return nil, nil, fmt.Errorf("read knowledge base: %w", err)
		}
		return &KB{Glossary: (&Glossary{}).build()}, nil, nil
	}
	return load(fsys)
}
