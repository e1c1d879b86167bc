package openai_test

import (
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot/openai"
	"github.com/dossier-bot/dossier/bot/openai/openaitest"
)

const rewriteSystem = "You rewrite an analyst's question so that it can be searched"

// rewriter plays a model that puts questions in the sources' words, and
// answers from the passages it is shown.
func rewriter(to string) func(openaitest.Request) openaitest.Reply {
	return func(r openaitest.Request) openaitest.Reply {
		if strings.HasPrefix(r.System, rewriteSystem) {
			return openaitest.Reply{Text: to}
		}
		return quoteFirst(r)
	}
}

func countRewrites(srv *openaitest.Server) int {
	n := 0
	for _, r := range srv.Requests() {
		if strings.HasPrefix(r.System, rewriteSystem) {
			n++
		}
	}
	return n
}

// A question in words the sources never use is rewritten into theirs by the
// model (once: the rewrite is cached) and answered from what that finds.
func TestRewriteIntoTheSourcesVocabulary(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = rewriter("Will Russia hire North Korean workers?")
	e := newEngine(t, srv, openai.Config{})
	q := "is moscow onboarding pyongyang's gastarbeiters through orgnabor?"
	a := ask(t, e, q)
	if !a.Covered || a.Rewritten != "Will Russia hire North Korean workers?" || len(a.Citations) == 0 {
		t.Fatalf("rewritten answer: %+v", a)
	}
	if !strings.Contains(a.Citations[0].ID, "#p1") {
		t.Errorf("cites %s first", a.Citations[0].ID)
	}
	for _, r := range srv.Requests() {
		if strings.HasPrefix(r.System, rewriteSystem) && !strings.Contains(r.User, "labour") {
			t.Errorf("the rewrite prompt does not list the sources' terms: %s", r.User)
		}
	}
}

// The model cannot supply what the sources lack: a name no source has
// keeps the question not covered, with no rewrite asked for; a question the
// sources' words already answer needs none either.
func TestRewriteOnlyWhereItCanHelp(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = rewriter("Did Russia send troops to Ukraine?")
	e := newEngine(t, srv, openai.Config{})
	if a := ask(t, e, "Has Belarus sent gastarbeiters to Ukraine?"); a.Covered {
		t.Errorf("a missing name was rewritten away: %+v", a)
	}
	ask(t, e, question)
	if n := countRewrites(srv); n != 0 {
		t.Errorf("%d rewrite calls, want 0", n)
	}
}

// A model failing at the rewrite leaves the plain answer: not covered, said
// plainly, never an error.
func TestRewriteFailureDegrades(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = func(openaitest.Request) openaitest.Reply { return openaitest.Reply{Status: 500} }
	e := newEngine(t, srv, openai.Config{})
	a := ask(t, e, "is moscow onboarding pyongyang's gastarbeiters through orgnabor?")
	if a.Covered || !strings.Contains(a.Text, "does not cover") {
		t.Errorf("with the rewrite failing: %+v", a)
	}
}
