package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

// harbourEngine answers from one made-up source, "Harbour" (2 May 2023),
// of these passages.
func harbourEngine(t *testing.T, passages ...string) *bot.Engine {
	t.Helper()
	kb, err := knowledge.Load(fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: Harbour\nauthor: Ann Case\npublisher: Harbour Press\npublished: 2023-05-02\n---\n" +
		strings.Join(passages, "\n\n") + "\n")}})
	if err != nil {
		t.Fatal(err)
	}
	return bot.NewEngine(knowledge.NewIndex(kb))
}

// citedIDs asks a question of harbourEngine over these passages and
// returns the cited passages' ids.
func citedIDs(t *testing.T, question string, passages ...string) []string {
	t.Helper()
	a := ask(t, harbourEngine(t, passages...), question)
	var ids []string
	for _, c := range a.Citations {
		ids = append(ids, c.ID)
	}
	return ids
}

// A second passage is cited beside a first that answers the question only
// when it matches something of the question the first does not.
func TestSecondCitationAddsSomething(t *testing.T) {
	same := []string{
		"The harbour cranes were built by Dutch engineers in 1998.",
		"Fishing boats leave at dawn.",
		"Critics said the harbour cranes were built too quickly.",
		"The lighthouse is closed in winter.",
	}
	if ids := citedIDs(t, "who built the harbour cranes?", same...); len(ids) != 1 {
		t.Errorf("a second passage with nothing new is cited: %v", ids)
	}
	more := []string{
		"The harbour cranes were built by Dutch engineers in 1998.",
		"Fishing boats leave at dawn.",
		"The harbour cranes at the north quay were built in 1998.",
		"The lighthouse is closed in winter.",
	}
	if ids := citedIDs(t, "did dutch engineers build the harbour cranes at the north quay?", more...); len(ids) != 2 {
		t.Errorf("a second passage with more of the question is not cited: %v", ids)
	}
}
