package bot_test

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
)

var citedSentenceRE = regexp.MustCompile(`(.+?) \[(\d+)\](?:\s+|$)`)

// checkExtractive asserts every sentence of an extractive text is verbatim
// in the passage its marker names, and that the text does not repeat the
// sources the citations list.
func checkExtractive(t *testing.T, s *bot.Summary) {
	t.Helper()
	matches := citedSentenceRE.FindAllStringSubmatch(s.Text, -1)
	if len(matches) == 0 {
		t.Fatalf("no cited sentences in %q", s.Text)
	}
	for _, m := range matches {
		n, _ := strconv.Atoi(m[2])
		if n < 1 || n > len(s.Citations) || !strings.Contains(s.Citations[n-1].Text, strings.TrimSpace(m[1])) {
			t.Errorf("%q is not in passage [%d]", m[1], n)
		}
	}
	if strings.Contains(s.Text, "Sources:") {
		t.Errorf("the summary's text lists its sources, which its citations list already: %q", s.Text)
	}
}

func TestSummaries(t *testing.T) {
	e := newEngine(t)
	ctx := context.Background()
	for _, tt := range []struct {
		req       bot.SummaryRequest
		scope     string
		sentences int // at most
		cites     []string
	}{
		{bot.SummaryRequest{}, "knowledge base", 7, nil},
		{bot.SummaryRequest{Length: bot.Full}, "knowledge base", 17, nil},
		{bot.SummaryRequest{Topic: "lukin-russia-dprk-alliance"}, "source", 7, nil},
		{bot.SummaryRequest{Topic: "labour"}, "topic", 7, []string{"#p11", "#p12"}},
		{bot.SummaryRequest{Topic: "weapons"}, "topic", 7, []string{"#p8", "#p9"}},
	} {
		s, err := e.Summarize(ctx, tt.req)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Covered || s.Scope != tt.scope || s.Mode != bot.ModeExtractive {
			t.Errorf("%+v: %+v", tt.req, s)
			continue
		}
		checkExtractive(t, s)
		if n := len(citedSentenceRE.FindAllString(s.Text, -1)); n > tt.sentences || n < 2 {
			t.Errorf("%+v: %d sentences", tt.req, n)
		}
		for _, want := range tt.cites {
			found := false
			for _, c := range s.Citations {
				found = found || strings.HasSuffix(c.ID, want)
			}
			if !found {
				t.Errorf("%+v: no citation of %s in %v", tt.req, want, s.Citations)
			}
		}
		for _, c := range s.Citations {
			if strings.HasSuffix(c.ID, "#p18") || strings.HasSuffix(c.ID, "#p19") || strings.HasSuffix(c.ID, "#p20") {
				t.Errorf("%+v: a summary of the argument cites %s, about the publication", tt.req, c.ID)
			}
		}
	}
	s, err := e.Summarize(ctx, bot.SummaryRequest{Topic: "Iran"})
	if err != nil || s.Covered || s.Missing[0] != "Iran" || len(s.Citations) != 0 {
		t.Errorf("uncovered topic: %+v %v", s, err)
	}
	if _, err := e.Summarize(ctx, bot.SummaryRequest{Length: "epic"}); err == nil {
		t.Error("a bad length was accepted")
	}
}

func TestSummaryIsCached(t *testing.T) {
	e := newEngine(t, bot.WithStore(memory.New(bot.StoreOptions{}, nil), time.Hour))
	a, _ := e.Summarize(context.Background(), bot.SummaryRequest{Topic: "labour"})
	b, _ := e.Summarize(context.Background(), bot.SummaryRequest{Topic: "Labour "})
	c, _ := e.Summarize(context.Background(), bot.SummaryRequest{Topic: "labour", Length: bot.Full})
	if a.Cached || !b.Cached || c.Cached || a.Text != b.Text {
		t.Errorf("cached: %v %v %v", a.Cached, b.Cached, c.Cached)
	}
}

// Questions after the argument as a whole get a summary, not the passage
// that happens to say "author".
func TestOverviewQuestions(t *testing.T) {
	e := newEngine(t)
	for _, tt := range []struct{ q, first, not string }{
		{"What does the author conclude?", "#p16", "#p18"},
		{"What is the article's main argument?", "#p1", "#p18"}, // its opening claim first
		{"What does the author conclude about labour?", "#p11", "#p18"},
		{"Who is the author?", "#p18", ""},
	} {
		a := ask(t, e, tt.q)
		if !a.Covered || len(a.Citations) == 0 || !strings.HasSuffix(a.Citations[0].ID, tt.first) {
			t.Errorf("%q: %+v", tt.q, a.Citations)
			continue
		}
		for _, c := range a.Citations {
			if tt.not != "" && strings.HasSuffix(c.ID, tt.not) {
				t.Errorf("%q cites %s", tt.q, c.ID)
			}
		}
	}
	if a := ask(t, e, "What does the author conclude about Iran?"); a.Covered {
		t.Errorf("an uncovered topic: %q", a.Text)
	}
}
