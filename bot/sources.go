package bot

// A SourceInfo describes one source of the knowledge base, for people.
type SourceInfo struct {
	ID, Title, Author, Publisher string
	// URL is the source's own link, or "".
	URL string
	// Date is the publication date for people: "October 2022 (inferred)".
	Date string
	// Passages counts the source's passages.
	Passages int
	// Reliability is the source's grade for people: "B (usually
	// reliable)", or "not graded".
	Reliability string
}

// A Catalog is the knowledge base an engine answers from: its version,
// its sources, and the example questions they list.
type Catalog struct {
	Version string
	Sources []SourceInfo
	// Examples are the sources' example questions, taken in turn across
	// sources, without repeats.
	Examples []string
}

// Sources returns the catalog of the knowledge base the engine answers
// from now.
func (e *Engine) Sources() Catalog {
	kb := e.Index().KB()
	c := Catalog{Version: kb.Version, Sources: make([]SourceInfo, len(kb.Sources)), Examples: kb.Examples(0)}
	for i, s := range kb.Sources {
		c.Sources[i] = SourceInfo{ID: s.ID, Title: s.Title, Author: s.Author, Publisher: s.Publisher,
			URL: s.URL, Date: s.DateLabel(), Passages: len(s.Passages), Reliability: s.ReliabilityLabel()}
	}
	return c
}
