package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/openai"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // the command ran and failed (lint problems, eval below target)
	exitUsage = 2 // bad arguments or configuration
)

// app carries what every sub-command needs: its outputs and environment.
type app struct {
	stdout, stderr io.Writer
	getenv         func(string) string
}

type command struct {
	name, args, help string
	run              func(a *app, ctx context.Context, args []string) int
}

var commands []command

func init() {
	commands = []command{
		{"ask", "[--json] [--no-llm] [--knowledge DIR] QUESTION", "answer a question from the knowledge base, with citations", (*app).ask},
		{"summary", "[--json] [--length brief|full] [--no-llm] [TOPIC|SOURCE-ID]", "summarise the knowledge base, a source or a topic", (*app).summary},
		{"timeline", "[--json] [--knowledge DIR] [TOPIC|SOURCE-ID]", "the dated events the sources report, oldest first", (*app).timeline},
		{"claims", "[--json] [--knowledge DIR] [TOPIC|SOURCE-ID]", "who says what: the statements the sources attribute, by claimant", (*app).claims},
		{"digest", "[--json] [--post] [--knowledge DIR]", "print the next daily digest, or post the current slot's once", (*app).digest},
		{"serve", "[--addr ADDRESS] [--knowledge DIR]", "run the Slack bot (Events API over HTTP and/or Socket Mode)", (*app).serve},
		{"kb", "lint|list|show ID|add FILE|URL|diff DIR", "check, list, show, add or compare the curated sources", (*app).kb},
		{"gaps", "[--since 7d] [--json]", "the questions the knowledge base did not cover, grouped, with what to add", (*app).gaps},
		{"eval", "[--knowledge DIR] FILE", "score answers against an evaluation set", (*app).eval},
		{"config", "", "print the effective configuration, secrets redacted", (*app).config},
		{"version", "", "print the version and the knowledge base's version", (*app).version},
		{"healthcheck", "[--url URL]", "check that a running dossier serve is healthy (for container HEALTHCHECKs)", (*app).healthcheck},
		{"help", "[COMMAND]", "show this help, or a command's", (*app).help},
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	a := &app{stdout: stdout, stderr: stderr, getenv: getenv}
	if len(args) == 0 {
		a.usage(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "-h" || name == "--help" {
		name = "help"
	}
	if name == "help" && len(args) > 1 { // dossier help COMMAND is dossier COMMAND --help
		name, args = args[1], []string{args[1], "--help"}
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(a, ctx, args[1:])
		}
	}
	fmt.Fprintf(stderr, "dossier: unknown command %q; see 'dossier help'\n", name)
	return exitUsage
}

func (a *app) config(_ context.Context, args []string) int {
	fl := a.flags("config")
	env := settingFlags(fl, a.getenv)
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	if code := a.noArgs("config", rest); code >= 0 {
		return code
	}
	writeConfig(a.stdout, env)
	if _, err := loadConfig(env); err != nil {
		fmt.Fprintf(a.stderr, "dossier: configuration:\n%v\n", err)
		return exitUsage
	}
	return exitOK
}

// Version is the program's version, set at build time with
// -ldflags "-X main.Version=v1.2.3".
var Version = "dev"

func (a *app) version(_ context.Context, args []string) int {
	fl := a.flags("version")
	env := settingFlags(fl, a.getenv, "DOSSIER_KNOWLEDGE")
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	if code := a.noArgs("version", rest); code >= 0 {
		return code
	}
	v := Version
	if bi, ok := debug.ReadBuildInfo(); ok && v == "dev" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	fmt.Fprintf(a.stdout, "dossier %s (%s)\n", v, runtime.Version())
	ix, err := a.loadIndex(env("DOSSIER_KNOWLEDGE"))
	if err != nil {
		return a.fail("%v", err)
	}
	kb := ix.KB()
	fmt.Fprintf(a.stdout, "knowledge base %s: %d source(s), %d passages, newest %s\n", kb.Version, len(kb.Sources), ix.Len(), kb.Newest())
	return exitOK
}

// healthcheck asks a running server's /healthz: the container image has
// no curl.
func (a *app) healthcheck(ctx context.Context, args []string) int {
	fl := a.flags("healthcheck")
	url := fl.String("url", "", "the `URL` to check (default http://127.0.0.1:PORT/healthz, PORT from $DOSSIER_ADDR)")
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	if code := a.noArgs("healthcheck", rest); code >= 0 {
		return code
	}
	if *url == "" {
		addr := a.getenv("DOSSIER_ADDR")
		if addr == "" {
			addr = defaultAddr
		}
		_, port, _ := strings.Cut(addr, ":")
		*url = "http://127.0.0.1:" + port + "/healthz"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		fmt.Fprintf(a.stderr, "dossier: healthcheck: --url %q is not a URL: %v\n", *url, err)
		return exitUsage
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return a.fail("unhealthy: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return a.fail("unhealthy: %s", resp.Status)
	}
	fmt.Fprintln(a.stdout, "healthy")
	return exitOK
}

func (a *app) help(_ context.Context, args []string) int {
	if len(args) > 0 && args[0] != "--help" && args[0] != "-h" {
		fmt.Fprintf(a.stderr, "dossier: unknown command %q; see 'dossier help'\n", args[0])
		return exitUsage
	}
	a.usage(a.stdout)
	return exitOK
}

func (a *app) usage(w io.Writer) {
	fmt.Fprintln(w, "Dossier answers questions from a curated knowledge base, citing the passages it rests on.")
	fmt.Fprintln(w, "\nUsage: dossier COMMAND [flags]")
	fmt.Fprintln(w, "\nCommands:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(tw, "  %s %s\t%s\n", c.name, c.args, c.help)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nRun 'dossier help COMMAND' (or 'dossier COMMAND --help') for a command's flags, and")
	fmt.Fprintln(w, "'dossier help config' for the settings, each an environment variable and a flag.")
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// flagError is the exit code for a flag parsing error: 0 for --help,
// which printed the usage, else a usage error.
func flagError(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// parseArgs parses flags wherever they stand among the arguments, so that
// `dossier ask "q" --json` works as well as `dossier ask --json "q"`.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// knowledgeFS returns the knowledge base to use: dir, else the embedded
// one.
func (a *app) knowledgeFS(dir string) (fs.FS, string) {
	if dir == "" {
		return sources.FS, "embedded knowledge base"
	}
	return os.DirFS(dir), dir
}

func (a *app) loadIndex(dir string) (*knowledge.Index, error) { return a.loadIndexWith(nil, dir) }

// loadIndexWith is loadIndex with a loader that will load it again (nil:
// none).
func (a *app) loadIndexWith(l *knowledge.Loader, dir string) (*knowledge.Index, error) {
	fsys, name := a.knowledgeFS(dir)
	load, index := knowledge.Load, knowledge.NewIndex
	if l != nil {
		load, index = l.Load, l.Index
	}
	kb, err := load(fsys)
	if err != nil {
		var ps knowledge.Problems
		if errors.As(err, &ps) {
			return nil, fmt.Errorf("%s does not lint (run \"dossier kb lint\"):\n%w", name, err)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return index(kb), nil
}

// setup loads the configuration (with check's problems too, when given)
// and the knowledge base, reporting what is wrong; code is the exit code
// to stop with, or -1 to go on.
func (a *app) setup(env func(string) string, check func(config) error) (cfg config, ix *knowledge.Index, code int) {
	cfg, err := loadConfig(env)
	if check != nil {
		err = errors.Join(err, check(cfg))
	}
	if err != nil {
		fmt.Fprintf(a.stderr, "dossier: configuration:\n%v\n", err)
		return cfg, nil, exitUsage
	}
	if ix, err = a.loadIndex(cfg.Knowledge); err != nil {
		return cfg, nil, a.fail("%v", err)
	}
	return cfg, ix, -1
}

// engine wires an engine over ix for a one-shot command.
func (a *app) engine(ix *knowledge.Index, cfg config) (*bot.Engine, func(), error) {
	e, store, err := wire(cfg, ix, redisClient(cfg), a.logger())
	if err != nil {
		return nil, nil, err
	}
	return e, func() { store.Close() }, nil
}

// redisClient returns the one Redis client of the configuration, or nil
// when no Redis is configured (or its settings are wrong, which
// loadConfig reports). It does not connect yet.
func redisClient(cfg config) goredis.UniversalClient {
	if !cfg.Redis.Enabled() {
		return nil
	}
	rdb, err := redis.NewClient(cfg.Redis)
	if err != nil {
		return nil
	}
	return rdb
}

// wire makes the store (in Redis over rdb when it is not nil, else in
// process) and the engine over ix, with the language model and embeddings
// when configured. The store closes rdb.
func wire(cfg config, ix *knowledge.Index, rdb goredis.UniversalClient, log *slog.Logger, extra ...bot.Option) (*bot.Engine, bot.Store, error) {
	mem := memory.New(cfg.StoreOptions, nil)
	var store bot.Store = mem
	if rdb != nil {
		store = redis.New(rdb, cfg.Redis.Prefix, cfg.StoreOptions, mem, log)
	}
	opts := append([]bot.Option{bot.WithStore(store, cfg.CacheTTL), bot.WithLogger(log)}, extra...)
	if cfg.OpenAI.Enabled() {
		llm, err := openai.New(cfg.OpenAI)
		if err != nil {
			store.Close()
			return nil, nil, err
		}
		opts = append(opts, bot.WithLLM(llm, cfg.LLM))
		if cfg.OpenAI.EmbeddingModel != "" {
			opts = append(opts, bot.WithEmbeddings(llm))
		}
	}
	return bot.NewEngine(ix, opts...), store, nil
}

// logger logs warnings and errors to stderr: a command's own output stays
// clean.
func (a *app) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

func (a *app) fail(format string, args ...any) int {
	fmt.Fprintf(a.stderr, "dossier: "+format+"\n", args...)
	return exitFail
}

func (a *app) ask(ctx context.Context, args []string) int {
	fl := a.flags("ask")
	asJSON := fl.Bool("json", false, "print the answer as one JSON object")
	noLLM := fl.Bool("no-llm", false, "answer from the passages alone, without a language model")
	explain := fl.Bool("explain", false, "also print how the search read the question and scored passages (for curators)")
	env := settingFlags(fl, a.getenv, settingsOf(groupKnowledge, groupStore, groupModel)...)
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	question := strings.Join(rest, " ")
	if err := bot.CheckQuestion(question); err != nil {
		fmt.Fprintf(a.stderr, "dossier: %v\n", err)
		return exitUsage
	}
	cfg, ix, code := a.setup(env, nil)
	if code >= 0 {
		return code
	}
	if *explain {
		writeExplain(a.stderr, ix, question)
	}
	engine, closeEngine, err := a.engine(ix, cfg)
	if err != nil {
		return a.fail("%v", err)
	}
	defer closeEngine()
	ans, err := engine.Ask(ctx, bot.Question{Text: question, NoLLM: *noLLM})
	if err != nil {
		return a.fail("%v", err)
	}
	if *asJSON {
		return a.writeJSON(ans)
	}
	writeAnswer(a.stdout, ans)
	return exitOK
}

func (a *app) summary(ctx context.Context, args []string) int {
	fl := a.flags("summary")
	asJSON := fl.Bool("json", false, "print the summary as one JSON object")
	noLLM := fl.Bool("no-llm", false, "summarise from the passages alone, without a language model")
	length := fl.String("length", bot.Brief, "brief or full")
	env := settingFlags(fl, a.getenv, settingsOf(groupKnowledge, groupStore, groupModel)...)
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	if len(rest) > 1 {
		return a.usageError("summary", "one topic at a time, and %q is a second (quote a topic of several words)", rest[1])
	}
	cfg, ix, code := a.setup(env, nil)
	if code >= 0 {
		return code
	}
	engine, closeEngine, err := a.engine(ix, cfg)
	if err != nil {
		return a.fail("%v", err)
	}
	defer closeEngine()
	s, err := engine.Summarize(ctx, bot.SummaryRequest{Topic: strings.Join(rest, " "), Length: *length, NoLLM: *noLLM})
	if err != nil {
		fmt.Fprintf(a.stderr, "dossier: %v\n", err)
		return exitUsage
	}
	if *asJSON {
		return a.writeJSON(s)
	}
	writeAnswer(a.stdout, s.Answer())
	return exitOK
}

func (a *app) writeJSON(v any) int {
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return a.fail("write JSON: %v", err)
	}
	return exitOK
}

// writeAnswer prints an answer for a terminal: the text, then each source
// with its date, passage ID and the quoted passage.
func writeAnswer(w io.Writer, ans *bot.Answer) {
	fmt.Fprintln(w, ans.Text)
	if ans.Note != "" {
		fmt.Fprintf(w, "\n(%s)\n", ans.Note)
	}
	if len(ans.Citations) == 0 {
		return
	}
	fmt.Fprintln(w, "\nSources:")
	for _, c := range ans.Citations {
		fmt.Fprintf(w, "[%d] %s — %s, %s, %s · %s\n", c.N, c.Source, c.Author, c.Publisher, c.DateLabel(), c.ReliabilityLabel())
		fmt.Fprintf(w, "    %s", c.ID)
		if c.URL != "" {
			fmt.Fprintf(w, "  %s", c.URL)
		}
		fmt.Fprintf(w, "\n    “%s”\n", c.Text)
	}
}

// writeExplain prints how the question was understood, step by step, then
// the search's view of it: its terms, their weights and expansions, the
// passages it scored and its coverage verdict.
func writeExplain(w io.Writer, ix *knowledge.Index, question string) {
	u := ix.Understand(question)
	fmt.Fprintf(w, "asked:    %q\n", u.Asked)
	for _, st := range u.Steps {
		switch {
		case st.Stage == "aside" || st.Stage == "compared":
			fmt.Fprintf(w, "  %-6s  as context %q\n", st.Stage, st.Before)
		case st.Stage == "referent":
			fmt.Fprintf(w, "  %-6s  searched with the question %q\n", st.Stage, st.Before)
		case st.After == "":
			fmt.Fprintf(w, "  %-6s  removed %q\n", st.Stage, st.Before)
		default:
			fmt.Fprintf(w, "  %-6s  %q -> %q\n", st.Stage, st.Before, st.After)
		}
	}
	fmt.Fprintf(w, "searched: %q\n", u.Text)
	if u.Language != "" {
		fmt.Fprintf(w, "language: %s\n", u.Language)
	}
	fmt.Fprintf(w, "about the piece %v  present %v  state %v  after %v  years %v  wants %q  where %v  confirm %v\n", u.AboutPiece, u.AsksPresent, u.AsksState, u.After, u.Years, u.Wants, u.Where, u.Confirm)
	if u.AboutPiece {
		fmt.Fprintf(w, "piece:    %s\n", pieceAnswer(u))
	}
	if parts := ix.Parts(u.Asked); len(parts) > 1 || parts[0].Form != knowledge.FormAny || parts[0].YesNo {
		fmt.Fprintf(w, "parts:    %s\n", partsRead(parts))
	}
	r := ix.SearchQuery(u, knowledge.Options{KeepUncovered: true, Trace: true})
	fmt.Fprintln(w, "terms:")
	for _, t := range r.Terms {
		fmt.Fprintf(w, "  %-24s %-20s idf %.2f found %-5v name %-5v salient %v\n", t.Surface, t.Stem, t.IDF, t.Found, t.Name, t.Salient)
		for _, e := range t.Expansions {
			fmt.Fprintf(w, "      ~ %-18s %-14s %-10s x%.2f\n", e.Word, e.Stem, e.Kind, e.Weight)
		}
	}
	writeJudging(w, r)
	fmt.Fprintf(w, "covered %v  %s\n", r.Covered, r.Reason)
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "missing: %s\n", strings.Join(r.Missing, ", "))
	}
	for _, h := range r.Hits {
		fmt.Fprintf(w, "  %6.2f %s %v\n", h.Score, h.Passage.ID, h.Matched)
	}
}

// partsRead says what each question a message asks is after, as the
// answer's sentences are chosen for it: "How many troops" (figure) |
// "How many troops  when" (date).
func partsRead(parts []knowledge.Part) string {
	var out []string
	for _, p := range parts {
		var what []string
		if p.Form != knowledge.FormAny {
			what = append(what, string(p.Form))
		}
		if p.Verb != "" {
			what = append(what, "verb "+p.Verb)
		}
		if p.Denial {
			what = append(what, "a denial")
		}
		if p.YesNo {
			what = append(what, "yes or no")
		}
		s := fmt.Sprintf("%q", strings.TrimSpace(p.Text))
		if len(what) > 0 {
			s += " (" + strings.Join(what, ", ") + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, " | ")
}

// pieceAnswer says what answers a question about the piece in chat; the
// search explained after it is what answers when no summary does.
func pieceAnswer(u knowledge.Query) string {
	switch {
	case u.TopicTold:
		return fmt.Sprintf("what the sources tell of %q: its passages answer, not the summary", u.Topic)
	case u.Conclusion() && u.Topic == "":
		return "its conclusions answer; where it has none, its summary"
	}
	what := "its summary"
	if u.Topic != "" {
		what += fmt.Sprintf(" on %q", u.Topic)
	}
	what += " answers"
	if u.Brief() {
		what += ", in a line or two"
	}
	return what + "; where none covers it, the search below"
}

// writeJudging prints the passages the search scored best, before the
// checks, then each check in turn with the passage it left first, marked
// where it put another first or declined the question.
func writeJudging(w io.Writer, r knowledge.Result) {
	if len(r.Candidates) == 0 {
		return
	}
	fmt.Fprintln(w, "scored:")
	for _, h := range r.Candidates {
		fmt.Fprintf(w, "  %6.2f %s %v\n", h.Score, h.Passage.ID, h.Matched)
	}
	fmt.Fprintln(w, "checks:")
	first := r.Candidates[0].Passage.ID
	for _, c := range r.Checks {
		note := ""
		switch {
		case c.Declined:
			note = "  declined"
		case c.First != first:
			note = "  put first (was " + first + ")"
		}
		fmt.Fprintf(w, "  %-20s %s%s\n", c.Name, c.First, note)
		first = c.First
	}
}
