package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

// A source that lints can still hold a passage that is one long sentence of
// long words: what answers quote from it is capped, with an ellipsis.
func TestQuotesAreCapped(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("labourmarkets ", knowledge.MaxPassageWords-3))
	fsys := fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: Long\nauthor: A\npublisher: P\npublished: 2020\n---\n" +
		"Labour shortages worsened. " + long + ".\n\nSomething else entirely about weather.\n")}}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(knowledge.NewIndex(kb))
	for _, q := range []string{"labourmarkets?", "What about labourmarkets and shortages?"} {
		a := ask(t, e, q)
		if !a.Covered || len(a.Citations) == 0 {
			t.Fatalf("%q: not answered: %+v", q, a)
		}
		if n := utf8.RuneCountInString(a.Text); n > 2*bot.MaxSentenceChars+20 {
			t.Errorf("%q: answer is %d characters: %.80q…", q, n, a.Text)
		}
		c := a.Citations[0].Text
		if n := utf8.RuneCountInString(c); n > bot.MaxQuoteChars || !strings.HasSuffix(c, "…") || !strings.HasPrefix(c, "Labour shortages worsened. ") {
			t.Errorf("%q: citation is %d characters, ends %q", q, n, c[len(c)-20:])
		}
		if !strings.Contains(a.Text, "… [1]") {
			t.Errorf("%q: the long sentence is not cut with an ellipsis: %.200q", q, a.Text)
		}
	}
	// a passage within the caps is quoted whole
	short := ask(t, e, "weather")
	if len(short.Citations) == 0 || short.Citations[0].Text != "Something else entirely about weather." {
		t.Errorf("short passage: %+v", short.Citations)
	}
}
