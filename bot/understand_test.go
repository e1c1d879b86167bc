package bot_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

// A typo the stage corrected is said in the answer and returned in JSON.
func TestCorrectionIsSaid(t *testing.T) {
	a := ask(t, newEngine(t), "what did khusnulin say about workers?")
	if !a.Covered || !strings.HasSuffix(a.Text, "Searched for Khusnullin.") {
		t.Errorf("answer %q", a.Text)
	}
	data, _ := json.Marshal(a)
	if !strings.Contains(string(data), `"corrected":[{"from":"khusnulin","to":"Khusnullin"}]`) {
		t.Errorf("JSON %s", data)
	}
	b := ask(t, newEngine(t), "What did Khusnullin say about workers?")
	data, _ = json.Marshal(b)
	if strings.Contains(b.Text, "Searched for") || !strings.Contains(string(data), `"corrected":[]`) {
		t.Errorf("no typo, yet: %q %s", b.Text, data)
	}
	// a word of function corrected is not searched for: the JSON has it,
	// the answer does not say "Searched for the."
	c := ask(t, newEngine(t), "what did teh deputy prime minister say about workers?")
	data, _ = json.Marshal(c)
	if strings.Contains(c.Text, "Searched for") || !strings.Contains(string(data), `"corrected":[{"from":"teh","to":"the"}]`) {
		t.Errorf("function word: %q %s", c.Text, data)
	}
	d := ask(t, newEngine(t), "what did teh deputy prime minister khusnulin say about workers?")
	if !strings.HasSuffix(d.Text, "Searched for Khusnullin.") {
		t.Errorf("two corrections: %q", d.Text)
	}
}

// Chat noise never makes a question "not covered", and the same question
// is understood the same way with and without it.
func TestChatNoiseIsNotContent(t *testing.T) {
	e := newEngine(t)
	plain := ask(t, e, "Will Russia hire North Korean workers?")
	noisy := ask(t, e, "hey <@U024BE7LH> quick q :thinking_face: will russia hire N. Korean workers?? thx <!here> <https://example.org/x>")
	if !noisy.Covered || len(noisy.Citations) == 0 || noisy.Citations[0].ID != plain.Citations[0].ID {
		t.Errorf("noisy %+v\nplain %+v", noisy.Citations, plain.Citations)
	}
}

// A question in another language gets one plain line, naming it.
func TestOtherLanguageIsSaidPlainly(t *testing.T) {
	a := ask(t, newEngine(t), "Pourquoi la Corée du Nord soutient-elle la Russie dans cette guerre ?")
	if a.Covered || !strings.Contains(a.Text, "in English") || !strings.Contains(a.Text, "French") || len(a.Missing) != 0 {
		t.Errorf("answer %+v", a)
	}
}

// Questions about the piece itself get the summary, whatever their wording.
func TestQuestionsAboutThePiece(t *testing.T) {
	e := newEngine(t)
	for _, q := range []string{"what is this article about?", "tl;dr?", "summarize the knowledge base", "<!here> can someone summarise the article for the 3pm sync? :pray:"} {
		a := ask(t, e, q)
		if !a.Covered || len(a.Citations) < 2 {
			t.Errorf("%q: %+v", q, a)
		}
	}
}

// A question asking for the piece in a line, or for its big picture or
// main argument, gets its opening claim and its conclusion; one asking for
// a summary gets every judgement of it.
func TestPieceInALine(t *testing.T) {
	e := newEngine(t)
	full := ask(t, e, "summarize the knowledge base")
	if !full.Covered || len(full.Citations) <= 2 {
		t.Fatalf("summary: %+v", full)
	}
	for _, q := range []string{"tl;dr?", "whats the gist of the article", "one-liner on this piece pls", "the piece in a nutshell?", "whats the big picture of the article", "what is the main argument of the piece?"} {
		a := ask(t, e, q)
		if !a.Covered || len(a.Citations) != 2 || a.Citations[0].ID != full.Citations[0].ID || a.Citations[1].ID != full.Citations[1].ID {
			t.Errorf("%q: %d citations %+v, want the summary's first two", q, len(a.Citations), a.Citations)
			continue
		}
		if strings.Contains(a.Text, "[3]") || !strings.HasPrefix(full.Text, a.Text) {
			t.Errorf("%q: %q is not the summary's first two judgements", q, a.Text)
		}
	}
}

// Present-day phrasing of every kind is dated.
func TestPresentDayPhrasingIsDated(t *testing.T) {
	e := newEngine(t)
	for _, q := range []string{"Is the border open these days?", "are NK workers in russia right now?", "is the rail link still suspended?", "has the rail link reopened yet?", "as of today, is russia enforcing sanctions?",
		"what's the latest between moscow and pyongyang?", "tl;dr of where things stand right now?",
		"has moscow's calculus on pyongyang changed since february 2022?"} {
		a := ask(t, e, q)
		if !a.Covered || !a.Dated || !strings.HasPrefix(a.Text, "As of October 2022") {
			t.Errorf("%q: dated %v: %q", q, a.Dated, a.Text)
		}
	}
}

func TestEmptyEvaluationSetIsAnError(t *testing.T) {
	e := newEngine(t)
	for _, data := range []string{"", "# only a comment\n", "[]"} {
		if _, err := knowledge.ParseEvalSet("empty.yaml", []byte(data), e.Index().KB()); err == nil {
			t.Errorf("%q: no error", data)
		}
	}
	cases, err := knowledge.ParseEvalSet("one.yaml", []byte("- q: Is the border open now?\n  expect: [lukin-russia-dprk-alliance#p13]\n  note: present\n"), e.Index().KB())
	if err != nil {
		t.Fatal(err)
	}
	r, err := bot.Evaluate(context.Background(), e, cases)
	if err != nil || r.Present != 1 || r.Dated != 1 {
		t.Errorf("report %+v %v", r, err)
	}
}
