package knowledge_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// "Lekki Deep Sea Port" is a deep-sea port: a name whose last words are
// another concept's alias, written side by side, is one of that kind, so
// a question on "the new deep-sea port" finds the passage that names it
// only by its name. "The Democratic Republic of the Congo" is no Republic
// of the Congo: words left out between make the last ones a thing of
// their own.
func TestRoundFiftyFiveNameEndsInItsKind(t *testing.T) {
	g := "lekki: [Lekki Deep Sea Port, Lekki]\nlagos: [Lagos]\ndeep-port: [deep-sea port, deep sea port, deep-water port]\n" +
		"drc: [Democratic Republic of the Congo, DRC]\nroc: [Republic of the Congo, Congo-Brazzaville]\n"
	ix := quietIndex(t, g,
		"The old route. Ships for Lagos once unloaded at a deep-water port abroad, and the feeders carried the boxes on.",
		"The new port. Lekki Deep Sea Port opened in 2023 about 60 kilometres east of Lagos.",
		"The copper. The Democratic Republic of the Congo exported more copper in 2022.",
		"The oil. Congo-Brazzaville pumped less oil in 2022.",
	)
	wantFirst(t, ix, "Where is the new deep-sea port and when did it open?", "p2")
	wantFirst(t, ix, "what did the Republic of the Congo export in 2022?", "p4")
}

// "AfDB rail loan — amount, length?": the words after the dash name the
// kinds of answer asked (a sum, a length), not things offered as
// alternatives that no source names; alternatives that are things, or
// figures, still are.
func TestRoundFiftyFiveKindsAskedAreNoAlternatives(t *testing.T) {
	ix := quietIndex(t, "afdb: [African Development Bank, AfDB]\nlekki: [Lekki]\n",
		"The rail link. In March 2024 the AfDB approved a US$185 million loan towards a 27-kilometre rail spur linking Lekki to the national network.",
		"The port. Lekki opened in 2023.",
	)
	wantFirst(t, ix, "AfDB Lekki rail loan — amount, length?", "p1")
	wantFirst(t, ix, "the afdb loan for the lekki rail link: size, duration?", "p1")
	wantDeclined(t, ix, "AfDB Lekki rail loan — for trams, buses?", "No source mentions")
}

// "Does the writer have any ties to the insurers?": a question on the
// author as a person is answered by the passage on the author, near the
// best, before one with more of its other words; one on what the writer
// says is not (and one whose other words the passage on the author lacks,
// "is that an assumption the author makes?", is guarded by
// slack-dev-47's precision floor). "Who is the writer?" is answered by the passage that
// names the author, though the glossary lists the name.
func TestRoundFiftyFiveTheWriterAsAPerson(t *testing.T) {
	ix := madeUpSource(t, "insurers: [insurers, insurance companies]\nmira-holt: [Mira Holt, Holt]\n", "fires", "The fires and the insurers", 4, "author, writer, background, career",
		"The fires. The fires burned 300,000 hectares, and within weeks the insurers began to leave the province, writing fewer new policies.",
		"The insurers. The insurers say the connections between the grid and the fires made the risk impossible to price.",
		"The verdict. The insurers are right to price the risk, but wrong to leave the province.",
		"Mira Holt is a senior fellow at a university in the north. She worked for an insurer before 2015.",
	)
	wantFirst(t, ix, "Does the writer have any connections to the insurers?", "p4")
	wantFirst(t, ix, "Who is the writer?", "p4")
	wantFirst(t, ix, "is the insurers leaving just the writer's hunch?", "p1")
}

// "When and where did this story first come out?": the piece said to come
// out, appear or be printed is the piece published, and the passage on
// where it was first published answers it; a story of a claim ("who first
// published the story about the canal?") still asks who first put it
// about.
func TestRoundFiftyFiveThePieceCameOut(t *testing.T) {
	ix := madeUpSource(t, "riga: [Riga]\nherald: [Oslo Herald]\nreview: [Harbour Review]\n", "ferries", "Riga's ferries", 3, "publisher, published, first published, Harbour Review",
		"The ferries. There was talk among sailors about Riga selling its ferries first, but the Harbour Board denied it.",
		"The canal. The Oslo Herald claims that Riga will close the canal first, and reported it in May.",
		"This article was first published by the Harbour Review on 2 May 2023.",
	)
	wantFirst(t, ix, "When and where did this story first come out?", "p3")
	wantFirst(t, ix, "where did this article first appear?", "p3")
	wantDeclined(t, ix, "who first published the story about riga selling its ferries?", "who first said it")
	wantDeclined(t, ix, "did riga close the canal after the article came out?", "cannot report what happened after")
}

// madeUpSource indexes a made-up source by Mira Holt, published on 2 May
// 2023 (id, title), of paragraphs and the two quiet passages after them,
// whose passage about (p1, p2, ... by number) is on the source itself,
// found by hints (a comma-separated list), beside a glossary.
func madeUpSource(t *testing.T, glossary, id, title string, about int, hints string, paragraphs ...string) *knowledge.Index {
	t.Helper()
	md := fmt.Sprintf("---\nid: %s\ntitle: %s\nauthor: Mira Holt\npublisher: Test Press\npublished: 2023-05-02\nabout_source: [%d]\nhints:\n  %d: [%s]\n---\n",
		id, title, about, about, hints) + strings.Join(paragraphs, "\n\n") + "\n\nFishing boats leave at dawn.\n\nThe lighthouse is closed in winter.\n"
	return frontMatterIndex(t, glossary, id+".md", md)
}

// frontMatterIndex indexes one made-up source file (name, with its front
// matter: about_source, hints) beside a glossary.
func frontMatterIndex(t *testing.T, glossary, name, md string) *knowledge.Index {
	t.Helper()
	kb, err := knowledge.Load(fstest.MapFS{"glossary.yaml": mapFile(glossary), name: mapFile(md)})
	if err != nil {
		t.Fatal(err)
	}
	return knowledge.NewIndex(kb)
}
