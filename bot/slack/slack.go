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
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
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

// DefaultCommand is the slash command's default name.
const DefaultCommand = "/dossier"

// Events are the bot events the app subscribes to and handles; the app
// manifests in deploy/ must list exactly these (a test checks).
var Events = []string{"app_home_opened", "app_mention", "message.channels", "message.groups", "message.im"}

// Scopes are the bot token scopes the code needs, and no more: reading
// mentions, channel, private channel and DM messages (for follow-ups in
// threads and DMs), writing messages, the slash command, and the 👀
// reaction. views.publish (the Home tab) needs none of its own.
var Scopes = []string{"app_mentions:read", "channels:history", "chat:write", "commands", "groups:history", "im:history", "reactions:write"}

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

// Check returns every problem of the configuration, one sentence each.
func (c Config) Check() error {
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
	if c.SigningSecret == "" && c.AppToken == "" {
		errs = append(errs, errors.New("set SLACK_SIGNING_SECRET (Events API over HTTP) or SLACK_APP_TOKEN (Socket Mode)"))
	}
	if c.Command != "" && !strings.HasPrefix(c.Command, "/") {
		errs = append(errs, fmt.Errorf("DOSSIER_SLASH_COMMAND=%q must start with /", c.Command))
	}
	return errors.Join(errs...)
}

func (c Config) withDefaults() Config {
	if c.APIURL == "" {
		c.APIURL = "https://slack.com/api/"
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	if c.Command == "" {
		c.Command = DefaultCommand
	}
	if c.Workers <= 0 {
		c.Workers = 32
	}
	if c.Queue <= 0 {
		c.Queue = 1024
	}
	if c.UserPerMinute <= 0 {
		c.UserPerMinute = 10
	}
	if c.ChanPerMinute <= 0 {
		c.ChanPerMinute = 30
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	}
	return c
}

// Engine is what the bot needs of bot.Engine.
type Engine interface {
	Ask(ctx context.Context, q bot.Question) (*bot.Answer, error)
	Summarize(ctx context.Context, req bot.SummaryRequest) (*bot.Summary, error)
	Index() *knowledge.Index
}

var _ Engine = (*bot.Engine)(nil)

// Bot is Dossier's Slack app.
type Bot struct {
	cfg     Config
	api     *slack.Client
	engine  Engine
	store   bot.Store
	log     *slog.Logger
	self    identity
	jobs    chan job
	workers sync.WaitGroup
	mu      sync.RWMutex // guards closed against a send on the closed jobs channel
	closed  bool
	queued  atomic.Uint64
	stop    context.CancelFunc
	// Preview returns the next digest's content, for /dossier digest.
	Preview func(ctx context.Context) (*bot.DigestContent, error)
	// Hooks, for metrics.
	Observe Observer
}

// identity is who the bot is, from auth.test.
type identity struct{ userID, botID, teamID string }

type job struct {
	name string
	run  func(ctx context.Context)
}

// New returns a bot; Start connects it.
func New(cfg Config, engine Engine, store bot.Store, log *slog.Logger) (*Bot, error) {
	if err := cfg.Check(); err != nil {
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
	opts := []slack.Option{slack.OptionAPIURL(cfg.APIURL), slack.OptionHTTPClient(cfg.HTTPClient), slack.OptionRetryConfig(retry)}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	return &Bot{
		cfg: cfg, api: slack.New(cfg.BotToken, opts...), engine: engine, store: store, log: log,
		jobs: make(chan job, cfg.Queue), Observe: nopObserver{},
	}, nil
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
	case b.jobs <- job{name, run}:
		b.queued.Add(1)
		return true
	default:
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
	SlackCall(method string, d time.Duration, err error)
	Question(outcome string, d time.Duration)
	Dedupe(hit bool)
}

type nopObserver struct{}

func (nopObserver) SlackCall(string, time.Duration, error) {}
func (nopObserver) Question(string, time.Duration)         {}
func (nopObserver) Dedupe(bool)                            {}
