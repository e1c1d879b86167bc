package main

import (
	"encoding/json"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A command used wrongly says what is wrong in one line, and where to
// look, and exits 2; nothing else is printed and nothing runs.
func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"ask", "--bogus", "q"}, "dossier ask: flag provided but not defined: -bogus; see 'dossier ask --help'"},
		{[]string{"summary", "labour", "weapons"}, `dossier summary: one topic at a time, and "weapons" is a second`},
		{[]string{"kb", "list", "extra"}, `dossier kb: unexpected argument "extra"; see 'dossier kb --help'`},
		{[]string{"kb"}, "dossier kb: say what to do: lint, list, show ID, add FILE|URL or diff DIR"},
		{[]string{"kb", "show"}, "dossier kb: show takes one SOURCE-ID"},
		{[]string{"kb", "diff"}, "dossier kb: diff takes one knowledge base directory"},
		{[]string{"kb", "add"}, "dossier kb add: give one FILE or URL"},
		{[]string{"gaps", "x"}, `dossier gaps: unexpected argument "x"`},
		{[]string{"gaps", "--since", "soon"}, `dossier gaps: --since "soon": want a positive number of days`},
		{[]string{"serve", "extra"}, `dossier serve: unexpected argument "extra"; see 'dossier serve --help'`},
		{[]string{"digest", "now"}, `dossier digest: unexpected argument "now"`},
		{[]string{"config", "x"}, `dossier config: unexpected argument "x"`},
		{[]string{"version", "x"}, `dossier version: unexpected argument "x"`},
		{[]string{"healthcheck", "x"}, `dossier healthcheck: unexpected argument "x"`},
		{[]string{"eval"}, "dossier eval: give one evaluation FILE"},
		{[]string{"frobnicate"}, `dossier: unknown command "frobnicate"; see 'dossier help'`},
		{[]string{"help", "frobnicate"}, `dossier: unknown command "frobnicate"; see 'dossier help'`},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errs, code := dossier(t, nil, tt.args...)
			if code != exitUsage || out != "" || !strings.HasPrefix(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2, one line starting %q", code, out, errs, tt.want)
			}
		})
	}
}

// dossier help COMMAND is dossier COMMAND --help: the command's own flags,
// and the settings it reads by group, not every setting.
func TestCommandHelp(t *testing.T) {
	for _, name := range []string{"ask", "summary", "digest", "serve", "kb", "eval", "config", "version", "healthcheck"} {
		viaHelp, _, code := dossier(t, nil, "help", name)
		direct, _, code2 := dossier(t, nil, name, "--help")
		if code != 0 || code2 != 0 || viaHelp != direct || !strings.HasPrefix(viaHelp, "Usage: dossier "+name) {
			t.Errorf("%s: help %d, --help %d:\n%s\n---\n%s", name, code, code2, viaHelp, direct)
		}
	}
	ask, _, _ := dossier(t, nil, "ask", "--help")
	for _, want := range []string{"--json", "--no-llm", "--knowledge", "--openai-model", "dossier help config"} {
		if !strings.Contains(ask, want) {
			t.Errorf("ask --help lacks %q:\n%s", want, ask)
		}
	}
	for _, not := range []string{"--slack-bot-token", "--digest-channel", "--addr", "REDIS_URL"} {
		if strings.Contains(ask, not) {
			t.Errorf("ask --help lists %q, which ask does not read:\n%s", not, ask)
		}
	}
	kb, _, _ := dossier(t, nil, "kb", "--help")
	if strings.Contains(kb, "--redis-url") || !strings.Contains(kb, "--knowledge") {
		t.Errorf("kb --help:\n%s", kb)
	}
}

func TestLogsDurationsAsText(t *testing.T) {
	for _, format := range []string{"json", "text"} {
		var b strings.Builder
		newLogger(&b, format, slog.LevelInfo).Info("shutting down", "grace", 20*time.Second, "ttl", 168*time.Hour, "wait", 1500*time.Millisecond)
		for _, want := range []string{"20s", "168h", "1.5s"} {
			if !strings.Contains(b.String(), want) || strings.Contains(b.String(), "20000000000") {
				t.Errorf("%s log lacks %q: %s", format, want, b.String())
			}
		}
	}
}

// checkJSONStyle fails on a key that is not snake_case or a null (an
// empty list is [], an absent value is left out) anywhere in v.
func checkJSONStyle(t *testing.T, what string, v any) {
	t.Helper()
	switch x := v.(type) {
	case nil:
		t.Errorf("%s: a null", what)
	case map[string]any:
		for k, e := range x {
			if strings.ToLower(k) != k || strings.ContainsAny(k, " -") {
				t.Errorf("%s: key %q is not snake_case", what, k)
			}
			checkJSONStyle(t, what+"."+k, e)
		}
	case []any:
		for _, e := range x {
			checkJSONStyle(t, what, e)
		}
	}
}

func TestJSONOutputsStyle(t *testing.T) {
	for _, args := range [][]string{{"ask", "--json", "Will Russia employ North Korean labour?"}, {"ask", "--json", "What is the weather on Mars?"},
		{"summary", "--json"}, {"summary", "--json", "labour"}} {
		out, errs, code := dossier(t, nil, args...)
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil || code != 0 {
			t.Fatalf("%v: exit %d %v: %s", args, code, err, errs)
		}
		checkJSONStyle(t, strings.Join(args, " "), v)
	}
}

// serve reports every start-up problem at once, before it reaches Slack,
// and exits 2: a busy port, a missing knowledge base, a bad URL and a
// missing secret together.
func TestServeReportsStartUpProblemsAtOnce(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-t", "DOSSIER_ADDR": busy.Addr().String(),
		"DOSSIER_KNOWLEDGE": filepath.Join(t.TempDir(), "missing"), "SLACK_API_URL": "ftp://slack.example"}
	out, errs, code := dossier(t, env, "serve")
	if code != exitUsage || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"DOSSIER_ADDR=", "cannot listen", "missing: read knowledge base", `SLACK_API_URL="ftp://slack.example" is not an http(s) URL`, "SLACK_SIGNING_SECRET"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	_, errs, code = dossier(t, map[string]string{"DOSSIER_ADDR": "no-port"}, "serve")
	if code != exitUsage || !strings.Contains(errs, `DOSSIER_ADDR="no-port": cannot listen`) {
		t.Errorf("bad address: exit %d %q", code, errs)
	}
}
