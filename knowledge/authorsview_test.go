package knowledge_test

import (
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// quillIndex is a made-up source by Mara Quill, who judges in the first
// person in one passage and reports in the others, with body as its
// passages before the one about the author.
func quillIndex(t *testing.T, body string) *knowledge.Index {
	t.Helper()
	fsys := fstest.MapFS{"quill-port.md": mapFile(`---
id: quill-port
title: Velden's second terminal
author: Mara Quill
publisher: Test Press
published: 2023-05-02
about_source: [4]
hints:
  4: [author, writer, background]
---
` + body + `

About the author. Mara Quill is a fellow at the Velden Institute.

Fishing boats leave at dawn.

The lighthouse is closed in winter.
`)}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return knowledge.NewIndex(kb)
}

// A question after the author's view by a word for the author and a word
// of view some words apart ("the authors actual take") finds the passage
// where the author judges in the first person before one that reports.
func TestAuthorsViewAskedApartFindsTheirOwnVoice(t *testing.T) {
	ix := quillIndex(t, `The plan. The Velden council approved the terminal plan in March 2023, and the council says the terminal plan will bring 900 jobs to the harbour district.

The bid. Trask Lines has offered EUR 400 million for a 30-year concession.

My assessment. I think the terminal plan is sound, though the jobs figure is a stretch. I put the chance that Trask Lines raises its offer at about 40%.`)
	wantFirst(t, ix, "so whats the authors actual take on the terminal plan?", "p3")
	// not asked of the author: the passage that reports it
	wantFirst(t, ix, "what did the council say about the terminal plan?", "p1")
}

// The odds a question asks for ("quill odds ...") are given by a passage
// that weighs the chance in its own words ("I put the chance at 40%"): the
// word "odds", which no source has, does not make the question one no
// passage is about as a whole.
func TestOddsAskedAreGivenByAChanceWeighed(t *testing.T) {
	ix := quillIndex(t, `The port. Velden port handled 2.1 million containers in 2024, and the council says a second terminal will keep investment landing in the region.

The bid. The Velden council will vote in March on whether to approve the second terminal; the operator Trask Lines has offered EUR 400 million and wants a 30-year concession.

My assessment. I put the chance that the council approves the terminal by March at about 40%, and I expect investment to keep landing, though more slowly than the council says.`)
	wantFirst(t, ix, "quill odds the council approves the second terminal", "p3")
	// odds no passage weighs are still none
	wantDeclined(t, ix, "quill odds trask lines raises its offer", "no odds")
}
