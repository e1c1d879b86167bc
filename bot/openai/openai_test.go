package openai_test

import (
	"context"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/openai"
	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

const question = "How many North Korean workers might Russia invite?"

// passageRE finds the passages in an answer prompt: "[1] Title — ... (id)\ntext".
var passageRE = regexp.MustCompile(`(?m)^\[(\d+)\] .*\((\S+#p\d+)\)\n(.*)$`)

// quoteFirst answers with the first sentence of passage 1, cited.
func quoteFirst(r openaitest.Request) openaitest.Reply {
	m := passageRE.FindStringSubmatch(r.User)
	if m == nil {
		return openaitest.Reply{Text: "NOT_COVERED"}
	}
	return openaitest.Reply{Text: bot.Sentences(m[3])[0] + " [1]"}
}

func newEngine(t *testing.T, srv *openaitest.Server, cfg openai.Config, opts ...bot.Option) *bot.Engine {
	t.Helper()
	kb, err := knowledge.Load(sources.FS)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.APIKey == "" {
		cfg.APIKey = "sk-test"
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = srv.URL + "/v1"
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 2 * time.Second
	}
	llm, err := openai.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	return bot.NewEngine(knowledge.NewIndex(kb), append([]bot.Option{bot.WithLLM(llm, bot.LLMOptions{Timeout: 10 * time.Second}), bot.WithLogger(quiet)}, opts...)...)
}

func ask(t *testing.T, e *bot.Engine, q string) *bot.Answer {
	t.Helper()
	a, err := e.Ask(context.Background(), bot.Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(a.Text) == "" {
		t.Fatal("empty answer")
	}
	return a
}

func TestGoodAnswer(t *testing.T) {
	for _, stream := range []bool{false, true} {
		srv := openaitest.New(t)
		srv.Default = func(r openaitest.Request) openaitest.Reply {
			rep := quoteFirst(r)
			rep.Text = "According to the article, " + strings.ToLower(rep.Text[:1]) + rep.Text[1:]
			return rep
		}
		a := ask(t, newEngine(t, srv, openai.Config{Stream: stream, Model: "test-model"}), question)
		if a.Mode != bot.ModeLLM || !a.Covered || a.Model != "test-model" || a.Note != "" {
			t.Fatalf("stream %v: %+v", stream, a)
		}
		if a.Usage == nil || a.Usage.PromptTokens == 0 || a.Usage.CompletionTokens == 0 {
			t.Errorf("stream %v: usage %+v", stream, a.Usage)
		}
		if len(a.Citations) != 1 || a.Citations[0].ID != "lukin-russia-dprk-alliance#p12" || !strings.HasSuffix(a.Text, "[1]") || len(a.Unsupported) != 0 {
			t.Errorf("stream %v: text %q citations %+v unsupported %q", stream, a.Text, a.Citations, a.Unsupported)
		}
		reqs := srv.Requests()
		if len(reqs) != 1 || reqs[0].Stream != stream || reqs[0].APIKey != "sk-test" || !strings.Contains(reqs[0].System, "Today is") {
			t.Errorf("stream %v: requests %+v", stream, reqs)
		}
	}
}

// What the user gets for each way the model can go wrong.
var faultTests = []struct {
	name   string
	script []openaitest.Reply
	cfg    openai.Config
	// want: the answer's mode, and the note it carries ("" for none)
	mode, note string
	check      func(t *testing.T, a *bot.Answer, srv *openaitest.Server)
}{
	{
		name:   "cites [7] of the passages it was given",
		script: []openaitest.Reply{{Text: "Between 20,000 and 50,000 DPRK workers may be invited [1][7]. Russia may need them [7]."}},
		mode:   bot.ModeLLM,
		check: func(t *testing.T, a *bot.Answer, _ *openaitest.Server) {
			if strings.Contains(a.Text, "[7]") || len(a.Citations) != 1 || a.Citations[0].N != 1 {
				t.Errorf("text %q citations %+v", a.Text, a.Citations)
			}
		},
	},
	{
		name:   "cites nothing it was given",
		script: []openaitest.Reply{{Text: "Many workers may come [7]."}},
		mode:   bot.ModeExtractive, note: "cites no passage",
	},
	{
		name:   "invents a figure",
		script: []openaitest.Reply{{Text: "Russia will invite 90,000 DPRK workers [1]."}},
		mode:   bot.ModeExtractive, note: "the figure 90,000",
	},
	{
		name:   "a claim its passage does not back",
		script: []openaitest.Reply{{Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]. Pyongyang launched a spy satellite [1]."}},
		mode:   bot.ModeLLM,
		check: func(t *testing.T, a *bot.Answer, _ *openaitest.Server) {
			if len(a.Unsupported) != 1 || a.Unsupported[0] != "Pyongyang launched a spy satellite." {
				t.Errorf("unsupported %q", a.Unsupported)
			}
		},
	},
	{
		name:   "429 with Retry-After, then an answer",
		script: []openaitest.Reply{{Status: 429, Header: map[string]string{"Retry-After": "1"}}},
		mode:   bot.ModeLLM,
		check: func(t *testing.T, _ *bot.Answer, srv *openaitest.Server) {
			reqs := srv.Requests()
			if len(reqs) != 2 || reqs[1].Received.Sub(reqs[0].Received) < 900*time.Millisecond {
				t.Errorf("%d requests; Retry-After: 1 not honoured", len(reqs))
			}
		},
	},
	{
		name:   "429 on every attempt",
		script: []openaitest.Reply{{Status: 429, Header: map[string]string{"Retry-After": "0"}}, {Status: 429, Header: map[string]string{"Retry-After": "0"}}, {Status: 429, Header: map[string]string{"Retry-After": "0"}}},
		mode:   bot.ModeExtractive, note: "rate-limiting",
		check: func(t *testing.T, _ *bot.Answer, srv *openaitest.Server) {
			if n := len(srv.Requests()); n != 3 {
				t.Errorf("%d attempts, want 3", n)
			}
		},
	},
	{
		name:   "500, then an answer",
		script: []openaitest.Reply{{Status: 500}},
		mode:   bot.ModeLLM,
	},
	{
		name:   "500 on every attempt",
		script: []openaitest.Reply{{Status: 500}, {Status: 502}, {Status: 503}},
		mode:   bot.ModeExtractive, note: "failing",
	},
	{
		name:   "a 20-second stall",
		script: []openaitest.Reply{{Stall: 20 * time.Second}, {Stall: 20 * time.Second}, {Stall: 20 * time.Second}},
		cfg:    openai.Config{Timeout: 150 * time.Millisecond},
		mode:   bot.ModeExtractive, note: "did not answer in time",
	},
	{
		name:   "malformed JSON",
		script: []openaitest.Reply{{Raw: `{"id": "x", "choices": [`}},
		mode:   bot.ModeExtractive, note: "could not be read",
	},
	{
		name:   "JSON with a syntax error inside",
		script: []openaitest.Reply{{Raw: `{"id": "x", "choices": [}]}`}},
		mode:   bot.ModeExtractive, note: "could not be read",
	},
	{
		name:   "JSON of the wrong shape",
		script: []openaitest.Reply{{Raw: `{"id": 7, "choices": "none"}`}},
		mode:   bot.ModeExtractive, note: "could not be read",
	},
	{
		name:   "a refusal",
		script: []openaitest.Reply{{Refusal: "I can't help with that."}},
		mode:   bot.ModeExtractive, note: "declined",
	},
	{
		name:   "a bad API key",
		script: []openaitest.Reply{{Status: 401}},
		mode:   bot.ModeExtractive, note: "rejected the API key",
		check: func(t *testing.T, _ *bot.Answer, srv *openaitest.Server) {
			if n := len(srv.Requests()); n != 1 {
				t.Errorf("a 401 was retried: %d attempts", n)
			}
		},
	},
	{
		name:   "an empty reply",
		script: []openaitest.Reply{{Text: "  "}},
		mode:   bot.ModeExtractive, note: "could not be read",
	},
	{
		name:   "the passages do not answer",
		script: []openaitest.Reply{{Text: "NOT_COVERED"}},
		mode:   bot.ModeLLM,
		check: func(t *testing.T, a *bot.Answer, _ *openaitest.Server) {
			if a.Covered || len(a.Citations) != 0 || !strings.Contains(a.Text, "do not answer") {
				t.Errorf("%+v", a)
			}
		},
	},
}

func TestFaults(t *testing.T) {
	for _, tt := range faultTests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // each fault has a server of its own; the retries' waits overlap
			srv := openaitest.New(t, tt.script...)
			srv.Default = quoteFirst
			a := ask(t, newEngine(t, srv, tt.cfg), question)
			if a.Mode != tt.mode {
				t.Errorf("mode %q, want %q (note %q)", a.Mode, tt.mode, a.Note)
			}
			if !strings.Contains(a.Note, tt.note) || (tt.note == "") != (a.Note == "") {
				t.Errorf("note %q, want one with %q", a.Note, tt.note)
			}
			if tt.mode == bot.ModeExtractive && (!a.Covered || len(a.Citations) == 0 || !strings.Contains(a.Text, "[1]")) {
				t.Errorf("the extractive answer did not stand in: %+v", a)
			}
			if tt.check != nil {
				tt.check(t, a, srv)
			}
		})
	}
}

func TestNoLLMAndUncoveredSkipTheModel(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = quoteFirst
	e := newEngine(t, srv, openai.Config{})
	a, _ := e.Ask(context.Background(), bot.Question{Text: question, NoLLM: true})
	b := ask(t, e, "What is the population of Ulaanbaatar?")
	if a.Mode != bot.ModeExtractive || b.Covered || len(srv.Requests()) != 0 {
		t.Errorf("no-llm mode %q; uncovered %v; %d model calls", a.Mode, b.Covered, len(srv.Requests()))
	}
	// an uncovered question with no missing name gets one rewrite, never an answer call
	c := ask(t, e, "What is the population of Vladivostok?")
	if c.Covered || len(srv.Requests()) != 1 || countRewrites(srv) != 1 {
		t.Errorf("uncovered %v; %d model calls, %d rewrites", c.Covered, len(srv.Requests()), countRewrites(srv))
	}
}

func TestAnswerAboutThePresentIsDated(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = quoteFirst
	a := ask(t, newEngine(t, srv, openai.Config{}), "Are North Korean workers in Russia now?")
	if !strings.HasPrefix(a.Text, "As of October 2022 (date inferred)") || !strings.Contains(srv.Requests()[0].System, `Begin your answer with "As of October 2022`) {
		t.Errorf("text %q", a.Text)
	}
}

// The model's answer on what its source tells as still to come opens with
// the date too, however the question is put; a settled fact's does not.
func TestAnswerOnWhatIsStillToComeIsDated(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = quoteFirst
	kb, err := knowledge.Load(fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: Ports\nauthor: Ann Case\npublisher: Harbour Press\npublished: 2023-05-02\n---\n" +
		"The harbour board's appeal against the fine was heard in March, and the court is due to rule on it in the autumn.\n\n" +
		"The court fined the harbour board EUR 40,000 in January 2023 for the oil spill.\n\nFishing boats leave at dawn.\n\nThe lighthouse is closed in winter.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	llm, err := openai.New(openai.Config{APIKey: "k", BaseURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(knowledge.NewIndex(kb), bot.WithLLM(llm, bot.LLMOptions{}))
	a := ask(t, e, "harbour board appeal ruling?")
	if a.Mode != bot.ModeLLM || !a.Dated || !strings.HasPrefix(a.Text, "As of 2 May 2023") || !strings.Contains(srv.Requests()[0].System, `Begin your answer with "As of 2 May 2023`) {
		t.Errorf("%s, dated %v: %q", a.Mode, a.Dated, a.Text)
	}
	if b := ask(t, e, "how much was the harbour board fined for the oil spill?"); b.Mode != bot.ModeLLM || b.Dated || strings.HasPrefix(b.Text, "As of") {
		t.Errorf("settled: %s, dated %v: %q", b.Mode, b.Dated, b.Text)
	}
}

// What the sources say instead of a question's premise follows the
// model's answer too.
func TestAnswerSaysWhatTheSourcesSayInstead(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = quoteFirst
	a := ask(t, newEngine(t, srv, openai.Config{}), "is it true south korea is supplying weapons to ukraine?")
	if a.Mode != bot.ModeLLM || !a.Covered || !strings.HasSuffix(a.Text, "The sources say this of Poland, not of Ukraine.") {
		t.Errorf("%s, covered %v: %q", a.Mode, a.Covered, a.Text)
	}
}

func TestPromptFitsTheContext(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = quoteFirst
	kb, _ := knowledge.Load(sources.FS)
	llm, _ := openai.New(openai.Config{APIKey: "k", BaseURL: srv.URL})
	e := bot.NewEngine(knowledge.NewIndex(kb), bot.WithLLM(llm, bot.LLMOptions{ContextTokens: 1300, MaxAnswerTokens: 600}))
	ask(t, e, "Will Russia employ North Korean labour despite the UN ban?")
	u := srv.Requests()[0].User
	if !strings.Contains(u, "[1] ") || strings.Contains(u, "[2] ") {
		t.Errorf("a small context took more than one passage:\n%s", u)
	}
	if n := bot.EstimateTokens(srv.Requests()[0].System + u); n > 1300-600 {
		t.Errorf("prompt of %d estimated tokens exceeds the budget", n)
	}
}

func TestFollowUpIsRewritten(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = func(r openaitest.Request) openaitest.Reply {
		if strings.Contains(r.System, "rewrite a follow-up") {
			return openaitest.Reply{Text: "How many North Korean workers might Russia take in?"}
		}
		return quoteFirst(r)
	}
	e := newEngine(t, srv, openai.Config{}, bot.WithStore(memory.New(bot.StoreOptions{}, nil), time.Hour))
	in := bot.Question{Team: "T", Channel: "C", Thread: "1.1"}
	in.Text = "Will Russia hire North Korean labourers?"
	if _, err := e.Ask(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	in.Text = "And how many?"
	a, err := e.Ask(context.Background(), in)
	if err != nil || a.Standalone != "How many North Korean workers might Russia take in?" || a.Citations[0].ID != "lukin-russia-dprk-alliance#p12" {
		t.Fatalf("%+v %v", a, err)
	}
	if reqs := srv.Requests(); !strings.Contains(reqs[1].User, "Q: Will Russia hire North Korean labourers?") {
		t.Errorf("the rewrite prompt lacks the thread: %q", reqs[1].User)
	}
}

func TestAzure(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = quoteFirst
	a := ask(t, newEngine(t, srv, openai.Config{APIType: "azure", BaseURL: srv.URL, Model: "gpt-4o", Deployment: "dossier-prod"}), question)
	r := srv.Requests()[0]
	if a.Mode != bot.ModeLLM || r.Path != "/openai/deployments/dossier-prod/chat/completions" || r.APIKey != "sk-test" {
		t.Errorf("mode %s, path %s, key %q", a.Mode, r.Path, r.APIKey)
	}
}

func TestLLMAnswersAreCachedByModel(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = quoteFirst
	store := memory.New(bot.StoreOptions{}, nil)
	e := newEngine(t, srv, openai.Config{Model: "m1"}, bot.WithStore(store, time.Hour))
	ask(t, e, question)
	if a := ask(t, e, question); !a.Cached || a.Mode != bot.ModeLLM {
		t.Errorf("second ask: cached %v mode %s", a.Cached, a.Mode)
	}
	e2 := newEngine(t, srv, openai.Config{Model: "m2"}, bot.WithStore(store, time.Hour))
	if a := ask(t, e2, question); a.Cached {
		t.Error("another model was served m1's answer")
	}
	// a degraded answer is not cached
	srv.Push(openaitest.Reply{Status: 401})
	e3 := newEngine(t, srv, openai.Config{Model: "m3"}, bot.WithStore(store, time.Hour))
	ask(t, e3, question)
	if a := ask(t, e3, question); a.Cached || a.Mode != bot.ModeLLM {
		t.Errorf("after a failure: cached %v mode %s", a.Cached, a.Mode)
	}
}

func TestBadConfiguration(t *testing.T) {
	for _, c := range []openai.Config{
		{},
		{APIType: "azure", APIKey: "k"},
		{APIType: "bedrock", APIKey: "k"},
		{APIKey: "k", BaseURL: "not a url"},
	} {
		if _, err := openai.New(c); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
}

func TestHybridRetrieval(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = quoteFirst
	store := memory.New(bot.StoreOptions{}, nil)
	cfg := openai.Config{APIKey: "k", BaseURL: srv.URL, EmbeddingModel: "test-embed"}
	llm, err := openai.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	kb, _ := knowledge.Load(sources.FS)
	newE := func() *bot.Engine {
		return bot.NewEngine(knowledge.NewIndex(kb), bot.WithStore(store, time.Hour), bot.WithEmbeddings(llm))
	}
	e := newE()
	a := ask(t, e, question)
	b := ask(t, e, "Is the Khasan–Rajin railway open?")
	if !a.Covered || a.Citations[0].ID != "lukin-russia-dprk-alliance#p12" || !b.Covered || b.Citations[0].ID != "lukin-russia-dprk-alliance#p13" {
		t.Errorf("hybrid answers: %v / %v", a.Citations, b.Citations)
	}
	var passages, questions int
	for _, r := range srv.Requests() {
		if r.Path != "/embeddings" || r.Model != "test-embed" {
			t.Errorf("request %s model %s", r.Path, r.Model)
		}
		if len(r.Input) == 20 {
			passages++
		} else {
			questions++
		}
	}
	if passages != 1 || questions != 2 {
		t.Errorf("%d passage batches, %d question embeddings; want 1 and 2", passages, questions)
	}
	// a restarted replica finds the passage vectors in the store
	ask(t, newE(), "Who wrote it?")
	if n := len(srv.Requests()); n != 4 {
		t.Errorf("%d embedding requests after a restart, want 4 (passages cached)", n)
	}
	// embeddings failing: BM25 alone, still an answer
	srv.Push(openaitest.Reply{Status: 500}, openaitest.Reply{Status: 500}, openaitest.Reply{Status: 500})
	if c := ask(t, newE(), "Does Moscow's mobilisation make foreign troops unnecessary?"); !c.Covered || c.Citations[0].ID != "lukin-russia-dprk-alliance#p7" {
		t.Errorf("without embeddings: %+v", c.Citations)
	}
}

func TestLLMSummary(t *testing.T) {
	srv := openaitest.New(t,
		openaitest.Reply{Text: "Russia may employ between 20,000 and 50,000 DPRK workers [2]. Labour is perhaps the only resource North Korea can share [1]."},
		openaitest.Reply{Text: "Russia will bring in 80,000 workers [1]."},
	)
	e := newEngine(t, srv, openai.Config{Model: "m"})
	s, err := e.Summarize(context.Background(), bot.SummaryRequest{Topic: "labour"})
	if err != nil || s.Mode != bot.ModeLLM || s.Model != "m" || len(s.Citations) != 2 || !strings.HasPrefix(s.Text, "Russia may employ between 20,000 and 50,000 DPRK workers [1].") {
		t.Fatalf("%+v %v", s, err)
	}
	if !strings.Contains(srv.Requests()[0].User, "Summarise what the passages say about: labour") || strings.Contains(s.Text, "Sources:") {
		t.Errorf("prompt or sources line: %q / %q", srv.Requests()[0].User, s.Text)
	}
	s, _ = e.Summarize(context.Background(), bot.SummaryRequest{Topic: "weapons"})
	if s.Mode != bot.ModeExtractive || !strings.Contains(s.Note, "80,000") {
		t.Errorf("an invented figure: mode %s note %q", s.Mode, s.Note)
	}
}
