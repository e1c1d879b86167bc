package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
)

// dossier runs the command in process, as main does, with an empty
// environment but for env.
func dossier(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb, func(k string) string { return env[k] })
	return out.String(), errb.String(), code
}

func TestAskPrintsCitedAnswer(t *testing.T) {
	out, errs, code := dossier(t, nil, "ask", "Will Russia employ North Korean labour?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"[1]", "Sources:",
		"[1] The revival of the Russia–North Korea alliance — Artyom Lukin, East Asia Forum, October 2022 (inferred)",
		"lukin-russia-dprk-alliance#p",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// The --json shape is a public contract: these keys, these types.
func TestAskJSONContract(t *testing.T) {
	out, errs, code := dossier(t, nil, "ask", "--json", "Did Pyongyang back the referendums in Donetsk?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var m map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if dec.More() {
		t.Error("more than one JSON value printed")
	}
	types := map[string]string{
		"question": "string", "covered": "bool", "answer": "string", "mode": "string",
		"cached": "bool", "missing": "array", "citations": "array",
	}
	for k, typ := range types {
		if got := jsonType(m[k]); got != typ {
			t.Errorf("%s is %s, want %s", k, got, typ)
		}
	}
	if m["mode"] != "extractive" || m["covered"] != true || m["cached"] != false {
		t.Errorf("mode %v covered %v cached %v", m["mode"], m["covered"], m["cached"])
	}
	cits := m["citations"].([]any)
	if len(cits) == 0 {
		t.Fatal("no citations")
	}
	c := cits[0].(map[string]any)
	for _, k := range []string{"n", "id", "source", "author", "publisher", "published", "url", "text"} {
		if _, ok := c[k]; !ok {
			t.Errorf("citation lacks %q: %v", k, c)
		}
	}
	if c["n"] != 1.0 || !strings.HasPrefix(c["id"].(string), "lukin-russia-dprk-alliance#p") || c["published"] != "2022-10" {
		t.Errorf("citation %v", c)
	}
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case bool:
		return "bool"
	case []any:
		return "array"
	case float64:
		return "number"
	case nil:
		return "null"
	}
	return "object"
}

func TestAskNotCoveredJSON(t *testing.T) {
	out, _, code := dossier(t, nil, "ask", "What is the population of Vladivostok?", "--json")
	var a struct {
		Covered   bool
		Missing   []string
		Citations []any
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil || code != 0 {
		t.Fatalf("exit %d, %v: %s", code, err, out)
	}
	if a.Covered || !slices.Equal(a.Missing, []string{"population"}) || a.Citations == nil || len(a.Citations) != 0 {
		t.Errorf("got %+v", a)
	}
}

func TestAskRefusesBadInput(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	for _, tt := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"empty", nil, []string{"ask", ""}, "dossier: the question is empty\n"},
		{"no question", nil, []string{"ask"}, "dossier: the question is empty\n"},
		{"too long", nil, []string{"ask", strings.Repeat("a", 2001)}, "dossier: the question is longer than 2000 characters; please shorten it\n"},
		{"unreadable dir", nil, []string{"ask", "--knowledge", missing, "labour?"}, "dossier: " + missing + ": read knowledge base: "},
		{"unreadable env dir", map[string]string{"DOSSIER_KNOWLEDGE": missing}, []string{"ask", "labour?"}, "dossier: " + missing + ": read knowledge base: "},
		{"bad flag", nil, []string{"ask", "--nope", "q"}, "dossier ask: flag provided but not defined: -nope; see 'dossier ask --help'"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := dossier(t, tt.env, tt.args...)
			if code == 0 || out != "" || !strings.HasPrefix(errs, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want stderr starting %q", code, out, errs, tt.want)
			}
			if tt.name != "bad flag" && strings.Count(errs, "\n") != 1 {
				t.Errorf("want one line on stderr, got %q", errs)
			}
		})
	}
}

func TestKnowledgeDirectory(t *testing.T) {
	dir := t.TempDir()
	src := "---\nid: tiny\ntitle: Tiny\nauthor: A\npublisher: P\npublished: 2024-03\n---\nThe lighthouse keeper counted 42 gulls.\n"
	if err := os.WriteFile(filepath.Join(dir, "tiny.md"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := dossier(t, map[string]string{"DOSSIER_KNOWLEDGE": dir}, "ask", "--json", "How many gulls did the keeper count?")
	if code != 0 || !strings.Contains(out, `"id": "tiny#p1"`) {
		t.Errorf("exit %d: %s %s", code, out, errs)
	}
}

// --explain shows each step on standard error, beside the answer: what
// chat was removed, the terms searched, the passages scored before the
// checks, each check with the passage it left first (marked where it put
// another first), and the verdict.
func TestAskExplainShowsEachStep(t *testing.T) {
	dir := t.TempDir()
	src := "---\nid: tiny\ntitle: Tiny\nauthor: A\npublisher: P\npublished: 2024-03\n---\n" +
		"The pilot unit is short of pilots, and the pilot unit works long shifts.\n\n" +
		"The harbour office said its pilot unit has 31 pilots and a training school.\n\n" +
		"Fishing boats leave at dawn.\n\nThe lighthouse is closed in winter.\n"
	if err := os.WriteFile(filepath.Join(dir, "tiny.md"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := dossier(t, map[string]string{"DOSSIER_KNOWLEDGE": dir}, "ask", "--explain", "hey, quick q: how many pilots does the pilot unit have? thx")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// in this order
	at := 0
	for _, want := range []string{
		`asked:    "hey, quick q: how many pilots does the pilot unit have? thx"`,
		`chat    removed "hey"`,
		`searched: "how many pilots does the pilot unit have?"`,
		"terms:\n  pilots ",
		"scored:\n",
		" tiny#p1 [pilot unit]\n",
		" tiny#p2 [pilot unit]\n",
		"checks:\n  salient words        tiny#p1\n",
		"  quantity asked       tiny#p2  put first (was tiny#p1)\n",
		"  outcome told         tiny#p2\n",
		"covered true",
	} {
		i := strings.Index(errs[at:], want)
		if i < 0 {
			t.Fatalf("explanation lacks %q after byte %d:\n%s", want, at, errs)
		}
		at += i + len(want)
	}
	if !strings.Contains(out, "31 pilots") {
		t.Errorf("no answer beside the explanation:\n%s", out)
	}
	_, errs, _ = dossier(t, map[string]string{"DOSSIER_KNOWLEDGE": dir}, "ask", "--explain", "how many tugboats does the pilot unit have?")
	if !strings.Contains(errs, "  salient words        tiny#p1  declined\ncovered false  No source mentions tugboats.") {
		t.Errorf("a declined question's explanation does not end its checks at the one that declined:\n%s", errs)
	}
}

// --explain says what answers a question about the piece in chat: its
// summary (in a line or two where asked so), its conclusions, or, for a
// topic asked to be summarised, that topic's passages.
func TestAskExplainSaysWhatAnswersAPieceQuestion(t *testing.T) {
	for q, want := range map[string]string{
		"summarise the article":                "piece:    its summary answers; where none covers it, the search below\n",
		"tl;dr pls":                            "piece:    its summary answers, in a line or two; where none covers it, the search below\n",
		"what does the author conclude?":       "piece:    its conclusions answer; where it has none, its summary\n",
		"can someone summarise the sanctions?": "piece:    what the sources tell of \"sanctions\": its passages answer, not the summary\n",
		"how many regions held referendums?":   "",
	} {
		if got := explainedLine(t, q, "piece:    "); got != want {
			t.Errorf("%q: explained %q, want %q", q, got, want)
		}
	}
}

// explainedLine returns the line of dossier ask --explain that opens with
// label, with its newline; "" for none.
func explainedLine(t *testing.T, q, label string) string {
	t.Helper()
	_, errs, code := dossier(t, nil, "ask", "--explain", q)
	if code != 0 {
		t.Fatalf("%q: exit %d: %s", q, code, errs)
	}
	if i := strings.Index(errs, label); i >= 0 {
		return errs[i : i+strings.Index(errs[i:], "\n")+1]
	}
	return ""
}

// --explain shows the questions a message asks, each with what its answer
// sentence must give, as the extractive answer reads them.
func TestAskExplainShowsTheQuestionsParts(t *testing.T) {
	for q, want := range map[string]string{
		"How many workers may Russia invite, and who denied it?": `parts:    "How many workers may Russia invite" (figure) | "who denied it" (attribution, verb deny, a denial)` + "\n",
		"did russia recognise the DPRK's annexations?":           `parts:    "did russia recognise the DPRK's annexations" (yes or no)` + "\n",
		"tell me about the labour deal":                          "",
	} {
		if got := explainedLine(t, q, "parts:    "); got != want {
			t.Errorf("%q: explained %q, want %q", q, got, want)
		}
	}
}

func TestKBCommands(t *testing.T) {
	out, _, code := dossier(t, nil, "kb", "lint")
	if code != 0 || !strings.Contains(out, "ok") {
		t.Errorf("kb lint: %d %q", code, out)
	}
	out, _, code = dossier(t, nil, "kb", "list")
	if code != 0 || !strings.Contains(out, "lukin-russia-dprk-alliance\tThe revival of the Russia–North Korea alliance") {
		t.Errorf("kb list: %d %q", code, out)
	}
	out, _, code = dossier(t, nil, "kb", "show", "lukin-russia-dprk-alliance#p7")
	if code != 0 || !strings.Contains(out, "Also, Russia’s “partial mobilization”") {
		t.Errorf("kb show passage: %d %q", code, out)
	}
	out, _, code = dossier(t, nil, "kb", "show", "lukin-russia-dprk-alliance")
	if code != 0 || strings.Count(out, "[lukin-russia-dprk-alliance#p") != 20 || !strings.Contains(out, "October 2022 (inferred)") {
		t.Errorf("kb show source: %d %q", code, out)
	}
	_, errs, code := dossier(t, nil, "kb", "show", "nope")
	if code == 0 || !strings.Contains(errs, `no source or passage "nope"`) {
		t.Errorf("kb show nope: %d %q", code, errs)
	}
}

func TestKBLintReportsFileAndLine(t *testing.T) {
	_, errs, code := dossier(t, nil, "kb", "lint", "--knowledge", "testdata/badkb")
	want := []string{
		`testdata/badkb/broken.md:2: missing field "publisher"`,
		`testdata/badkb/broken.md:5: field published: date "last spring" is not YYYY, YYYY-MM or YYYY-MM-DD`,
	}
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	for _, w := range want {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	_, errs, code = dossier(t, nil, "ask", "--knowledge", "testdata/badkb", "question")
	if code == 0 || !strings.Contains(errs, "does not lint") {
		t.Errorf("ask over a broken knowledge base: %d %q", code, errs)
	}
}

func TestEvalCommand(t *testing.T) {
	out, errs, code := dossier(t, nil, "eval", "../../knowledge/testdata/eval.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{"hit@1:", "hit@3:", "precision:", "abstention:", "false abstention:"} {
		if !strings.Contains(out, w) {
			t.Errorf("eval output lacks %q", w)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	_, errs, code := dossier(t, nil, "frobnicate")
	if code != exitUsage || !strings.Contains(errs, `unknown command "frobnicate"`) {
		t.Errorf("%d %q", code, errs)
	}
	out, _, code := dossier(t, nil, "help")
	if code != 0 || !strings.Contains(out, "ask") {
		t.Errorf("help: %d %q", code, out)
	}
}

// With REDIS_URL, a repeated question is served from the shared cache,
// across separate runs of the command.
func TestAskCachedWithRedis(t *testing.T) {
	srv := redistest.Start(t)
	env := map[string]string{"REDIS_URL": srv.URL(), "DOSSIER_REDIS_PREFIX": "cli-test:"}
	var cached []bool
	for range 2 {
		out, errs, code := dossier(t, env, "ask", "--json", "Is the Khasan–Rajin railway open?")
		var a struct{ Cached bool }
		if err := json.Unmarshal([]byte(out), &a); err != nil || code != 0 {
			t.Fatalf("exit %d %v: %s %s", code, err, out, errs)
		}
		cached = append(cached, a.Cached)
	}
	if cached[0] || !cached[1] {
		t.Errorf("cached = %v, want [false true]", cached)
	}
}

func TestBadConfiguration(t *testing.T) {
	env := map[string]string{"REDIS_URL": "mysql://nope", "DOSSIER_CACHE_TTL": "forever"}
	_, errs, code := dossier(t, env, "ask", "labour?")
	if code != exitUsage || !strings.Contains(errs, "REDIS_URL") || !strings.Contains(errs, "DOSSIER_CACHE_TTL") {
		t.Errorf("exit %d, stderr %q: want both problems reported", code, errs)
	}
}

func TestAskWithLanguageModel(t *testing.T) {
	srv := openaitest.New(t)
	srv.Default = func(openaitest.Request) openaitest.Reply {
		return openaitest.Reply{Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]."}
	}
	env := map[string]string{"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": srv.URL, "OPENAI_MODEL": "small-model"}
	out, errs, code := dossier(t, env, "ask", "--json", "How many North Korean workers may Russia invite?")
	var a struct {
		Mode, Model string
		Usage       struct {
			PromptTokens int `json:"prompt_tokens"`
		}
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil || code != 0 {
		t.Fatalf("exit %d %v: %s %s", code, err, out, errs)
	}
	if a.Mode != "llm" || a.Model != "small-model" || a.Usage.PromptTokens == 0 {
		t.Errorf("%+v", a)
	}
	out, _, _ = dossier(t, env, "ask", "--json", "--no-llm", "How many North Korean workers may Russia invite?")
	if !strings.Contains(out, `"mode": "extractive"`) || len(srv.Requests()) != 1 {
		t.Errorf("--no-llm: %d model calls: %s", len(srv.Requests()), out)
	}
	_, errs, code = dossier(t, map[string]string{"OPENAI_API_TYPE": "azure", "OPENAI_API_KEY": "k"}, "ask", "q")
	if code != exitUsage || !strings.Contains(errs, "OPENAI_BASE_URL") {
		t.Errorf("azure without an endpoint: %d %q", code, errs)
	}
}

func TestHelpVersionConfig(t *testing.T) {
	out, _, code := dossier(t, nil, "ask", "--help")
	if code != 0 || !strings.Contains(out, "Usage: dossier ask") || !strings.Contains(out, "--redis-url") {
		t.Errorf("ask --help: %d %q", code, out[:min(len(out), 300)])
	}
	out, _, code = dossier(t, nil, "help")
	if code != 0 {
		t.Errorf("help exit %d", code)
	}
	for _, c := range commands {
		if !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("help lacks %s", c.name)
		}
	}
	out, _, code = dossier(t, nil, "help", "config")
	if code != 0 {
		t.Errorf("help config exit %d", code)
	}
	for _, s := range settings {
		if !strings.Contains(out, s.env) {
			t.Errorf("help lacks %s", s.env)
		}
	}
	out, _, code = dossier(t, nil, "version")
	if code != 0 || !strings.Contains(out, "dossier ") || !strings.Contains(out, "knowledge base ") || !strings.Contains(out, "20 passages") {
		t.Errorf("version: %q", out)
	}
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-123-very-secret", "REDIS_URL": "redis://:hunter2@cache:6379/0", "OPENAI_MODEL": "m"}
	out, _, code = dossier(t, env, "config", "--cache-ttl", "1h")
	if code != 0 || strings.Contains(out, "very-secret") || strings.Contains(out, "hunter2") || !strings.Contains(out, "SLACK_BOT_TOKEN=•••••• (set, redacted)") ||
		!strings.Contains(out, "OPENAI_MODEL=m\n") || !strings.Contains(out, "DOSSIER_CACHE_TTL=1h\n") || !strings.Contains(out, "DOSSIER_WORKERS=32 (default)") {
		t.Errorf("config:\n%s", out)
	}
}

// Start-up reports every problem at once, one line each, and exits 2.
func TestServeReportsAllProblemsAtOnce(t *testing.T) {
	env := map[string]string{"SLACK_BOT_TOKEN": "not-a-token", "DIGEST_SCHEDULE": "soon", "DIGEST_TZ": "Nowhere/Land",
		"DOSSIER_CACHE_TTL": "x", "DOSSIER_REQUIRE_REDIS": "true"}
	_, errs, code := dossier(t, env, "serve")
	for _, want := range []string{"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "DIGEST_SCHEDULE", "DIGEST_TZ", "DOSSIER_CACHE_TTL", "DOSSIER_REQUIRE_REDIS"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %s:\n%s", want, errs)
		}
	}
	if code != exitUsage {
		t.Errorf("exit %d", code)
	}
}

func TestServeRequiredRedisUnreachable(t *testing.T) {
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-t", "SLACK_SIGNING_SECRET": "s",
		"REDIS_URL": "redis://127.0.0.1:" + freePort(t) + "/0", "DOSSIER_REQUIRE_REDIS": "true"}
	_, errs, code := dossier(t, env, "serve")
	if code != exitUsage || !strings.Contains(errs, "DOSSIER_REQUIRE_REDIS is set but Redis does not answer") {
		t.Errorf("%d %q", code, errs)
	}
}
