// Package slack is Dossier in Slack: the Events API over HTTP and Socket
// Mode feeding the same handlers, request signatures, mentions, DMs and
// thread follow-ups, the /dossier command, feedback buttons, the Home tab,
// and Block Kit rendering of answers, summaries and digests.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// Config configures the Slack side.
type Config struct {
	BotToken      string // SLACK_BOT_TOKEN, xoxb-…
	SigningSecret string // SLACK_SIGNING_SECRET, for the HTTP endpoints
	AppToken      string // SLACK_APP_TOKEN, xapp-…: Socket Mode
	APIURL        string // SLACK_API_URL (default https://slack.com/api/)
	Command       string // the slash command (default /dossier)
	AllowTeams    []string
	AllowChannels []string
	AllowBots     bool // answer other bots' messages (never its own)
	Workers       int  // answers worked on at once (default 32)
	Queue         int  // questions waiting for a worker (default 1024)
	UserPerMinute int  // questions per user per minute (default 10)
	ChanPerMinute int  // questions per channel per minute (default 30)
	// HTTPClient reaches Slack's Web API (default: one with a 10s timeout).
	HTTPClient *http.Client
}

// Defaults of Config.
const (
	DefaultAPIURL        = "https://slack.com/api/"
	DefaultCommand       = "/dossier" // the slash command's name
	DefaultWorkers       = 32
	DefaultQueue         = 1024
	DefaultUserPerMinute = 10
	DefaultChanPerMinute = 30
	DefaultHTTPTimeout   = 10 * time.Second
)

// Events are the bot events the app subscribes to and handles; the app
// manifests in deploy/ must list exactly these (a test checks).
var Events = []string{"app_home_opened", "app_mention", "assistant_thread_context_changed", "assistant_thread_started",
	"message.channels", "message.groups", "message.im"}

// Scopes are the bot token scopes the code needs, and no more: reading
// mentions, channel, private channel and DM messages (for follow-ups in
// threads and DMs), writing messages (and streaming them), the slash
// command and the message shortcut, the 👀 reaction, and the assistant
// pane's status, title and suggested prompts. views.publish (the Home tab)
// needs none of its own.
var Scopes = []string{"app_mentions:read", "assistant:write", "channels:history", "chat:write", "commands", "groups:history", "im:history", "reactions:write"}

// AskShortcut is the callback ID of the "Ask Dossier about this" message
// shortcut; the manifests must declare it (a test checks).
const AskShortcut = "ask_dossier"

// handled reports whether an event type (as in a payload: "message") is
// one of Events.
func handled(eventType string) bool {
	for _, e := range Events {
		if strings.SplitN(e, ".", 2)[0] == eventType {
			return true
		}
	}
	return false
}

// Check returns every problem of the configuration for serving (the bot
// token, and a way to receive events), one sentence each.
func (c Config) Check() error {
	errs := []error{c.CheckPosting()}
	if c.SigningSecret == "" && c.AppToken == "" {
		errs = append(errs, errors.New("set SLACK_SIGNING_SECRET (Events API over HTTP) or SLACK_APP_TOKEN (Socket Mode)"))
	}
	return errors.Join(errs...)
}

// CheckPosting returns every problem of the configuration for posting
// only (dossier digest --post), which needs the bot token and nothing to
// receive events with.
func (c Config) CheckPosting() error {
	var errs []error
	switch {
	case c.BotToken == "":
		errs = append(errs, errors.New("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…)"))
	case !strings.HasPrefix(c.BotToken, "xoxb-"):
		errs = append(errs, errors.New("SLACK_BOT_TOKEN does not look like a bot token (it starts with xoxb-)"))
	}
	if c.AppToken != "" && !strings.HasPrefix(c.AppToken, "xapp-") {
		errs = append(errs, errors.New("SLACK_APP_TOKEN does not look like an app-level token (it starts with xapp-)"))
	}
	if u, err := url.Parse(c.APIURL); c.APIURL != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "") {
		errs = append(errs, fmt.Errorf("SLACK_API_URL=%q is not an http(s) URL", c.APIURL))
	}
	if c.Command != "" && !strings.HasPrefix(c.Command, "/") {
		errs = append(errs, fmt.Errorf("DOSSIER_SLASH_COMMAND=%q must start with /", c.Command))
	}
	return errors.Join(errs...)
}

func (c Config) withDefaults() Config {
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	if c.Command == "" {
		c.Command = DefaultCommand
	}
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers
	}
	if c.Queue <= 0 {
		c.Queue = DefaultQueue
	}
	if c.UserPerMinute <= 0 {
		c.UserPerMinute = DefaultUserPerMinute
	}
	if c.ChanPerMinute <= 0 {
		c.ChanPerMinute = DefaultChanPerMinute
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: DefaultHTTPTimeout}
	}
	return c
}

// Engine is what the bot needs of bot.Engine.
type Engine interface {
	Ask(ctx context.Context, q bot.Question) (*bot.Answer, error)
	Summarize(ctx context.Context, req bot.SummaryRequest) (*bot.Summary, error)
	Sources() bot.Catalog
	Timeline(ctx context.Context, topic string) (*bot.Timeline, error)
	Claims(ctx context.Context, topic string) (*bot.Claims, error)
}

var _ Engine = (*bot.Engine)(nil)

// Store is what the bot needs of bot.Store: dedupe of Slack's retries,
// the thread memory that tells a follow-up, rate limits, and feedback
// recorded as activity, and what the assistant pane and sharing keep.
type Store interface {
	bot.Deduper
	bot.Limiter
	bot.Cache // an assistant thread's context, answers kept for sharing
	Recent(ctx context.Context, k bot.ThreadKey) ([]bot.Turn, error)
	Record(ctx context.Context, e bot.ActivityEvent) error
}

var _ Store = bot.Store(nil)

// An Option sets an optional part of a Bot.
type Option func(*Bot)

// WithObserver reports to o (metrics).
func WithObserver(o Observer) Option { return func(b *Bot) { b.observe = o } }

// WithDigestPreview has /dossier digest show what preview returns, the
// next digest's content; without it, the command says no digest is
// configured.
func WithDigestPreview(preview func(ctx context.Context) (*bot.DigestContent, error)) Option {
	return func(b *Bot) { b.preview = preview }
}

// Bot is Dossier's Slack app.
type Bot struct {
	cfg     Config
	api     *slack.Client
	engine  Engine
	store   Store
	log     *slog.Logger
	self    identity
	jobs    chan job
	workers sync.WaitGroup
	mu      sync.RWMutex // guards closed against a send on the closed jobs channel
	closed  bool
	queued  atomic.Uint64
	busy    atomic.Int64 // jobs queued or running (WaitIdle)
	stop    context.CancelFunc
	// preview returns the next digest's content, for /dossier digest.
	preview func(ctx context.Context) (*bot.DigestContent, error)
	observe Observer
}

// identity is who the bot is, from auth.test.
type identity struct{ userID, botID, teamID string }

type job struct {
	name string
	run  func(ctx context.Context)
}

// New returns a bot; Start connects it. It needs the bot token (see
// CheckPosting); serving also needs what Check asks for.
func New(cfg Config, engine Engine, store Store, log *slog.Logger, opts ...Option) (*Bot, error) {
	if err := cfg.CheckPosting(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	if log == nil {
		log = slog.Default()
	}
	retry := slack.DefaultRetryConfig()
	retry.MaxRetries = 3
	retry.RetryAfterDuration = 5 * time.Second
	retry.Handlers = append(slack.AllBuiltinRetryHandlers(retry), slack.NewServerErrorRetryHandler(retry))
	apiOpts := []slack.Option{slack.OptionAPIURL(cfg.APIURL), slack.OptionHTTPClient(cfg.HTTPClient), slack.OptionRetryConfig(retry)}
	if cfg.AppToken != "" {
		apiOpts = append(apiOpts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	b := &Bot{
		cfg: cfg, api: slack.New(cfg.BotToken, apiOpts...), engine: engine, store: store, log: log,
		jobs: make(chan job, cfg.Queue), observe: nopObserver{},
	}
	for _, o := range opts {
		o(b)
	}
	return b, nil
}

// Start checks the token (auth.test), starts the workers and, with an app
// token, Socket Mode. It returns once the bot can take work; ctx ends
// Socket Mode.
func (b *Bot) Start(ctx context.Context) error {
	auth, err := b.api.AuthTestContext(ctx)
	if err != nil {
		return fmt.Errorf("check SLACK_BOT_TOKEN with auth.test: %w%s", err, hint(err))
	}
	b.self = identity{userID: auth.UserID, botID: auth.BotID, teamID: auth.TeamID}
	wctx, stop := context.WithCancel(context.WithoutCancel(ctx))
	b.stop = stop
	for range b.cfg.Workers {
		b.workers.Add(1)
		go b.work(wctx)
	}
	if b.cfg.AppToken != "" {
		go b.runSocketMode(ctx)
	}
	b.log.InfoContext(ctx, "Slack bot ready", "team", auth.TeamID, "bot_user", auth.UserID, "socket_mode", b.cfg.AppToken != "", "workers", b.cfg.Workers)
	return nil
}

func (b *Bot) work(ctx context.Context) {
	defer b.workers.Done()
	for j := range b.jobs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					b.log.ErrorContext(ctx, "job panicked", "job", j.name, "panic", r)
				}
			}()
			j.run(ctx)
		}()
	}
}

// enqueue hands work to the pool without waiting; it reports false when
// the bot is shutting down or the queue is full.
func (b *Bot) enqueue(name string, run func(ctx context.Context)) bool {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return false
	}
	select {
	case b.jobs <- job{name, b.track(run)}:
		b.queued.Add(1)
		return true
	default:
		b.busy.Add(-1) // track counted it
		b.log.Error("work queue full; dropping", "job", name, "queue", cap(b.jobs))
		return false
	}
}

// Shutdown stops taking new work and waits for the work in hand, until
// ctx ends; then it cancels what is left.
func (b *Bot) Shutdown(ctx context.Context) error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	close(b.jobs)
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.workers.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		if b.stop != nil {
			b.stop()
		}
		<-done
		return fmt.Errorf("shutdown: answers in flight cancelled: %w", ctx.Err())
	}
}

// Queued counts the jobs handed to the workers since the start: every
// Slack call and store access of a request happens in one.
func (b *Bot) Queued() uint64 { return b.queued.Load() }

// Ready reports whether the bot takes work.
func (b *Bot) Ready() bool {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.self.userID != "" && !b.closed
}

// Observer receives what metrics count.
type Observer interface {
	// SlackCall is told each Web API call: its time and, when it failed,
	// Slack's error code ("not_in_channel"; see ErrorCode), else "".
	SlackCall(method string, d time.Duration, errCode string)
	Question(outcome string, d time.Duration)
	Dedupe(hit bool)
}

type nopObserver struct{}

func (nopObserver) SlackCall(string, time.Duration, string) {}
func (nopObserver) Question(string, time.Duration)          {}
func (nopObserver) Dedupe(bool)                             {}
