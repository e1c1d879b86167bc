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
	"github.com/dossier-bot/dossier/bot/queue"
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
	Queue         int  // jobs waiting or in work at most (default 1024); a full queue refuses
	// DeliveryDeadline is how long after a request arrived its reply may
	// still be posted; Slack outages are outlasted until then (default 15m).
	DeliveryDeadline time.Duration
	// RetryBase is the first wait before posting again (default 500ms);
	// later waits double, with jitter.
	RetryBase     time.Duration
	UserPerMinute int // questions per user per minute (default 10)
	ChanPerMinute int // questions per channel per minute (default 30)
	// HTTPClient reaches Slack's Web API (default: one with a 10s timeout).
	HTTPClient *http.Client
}

// Defaults of Config.
const (
	DefaultAPIURL        = "https://slack.com/api/"
	DefaultCommand       = "/dossier" // the slash command's name
	DefaultWorkers       = 32
	DefaultQueue         = queue.DefaultSize
	DefaultUserPerMinute = 10
	DefaultChanPerMinute = 30
	DefaultHTTPTimeout   = 10 * time.Second
	// DefaultDeliveryDeadline bounds how long a reply is retried.
	DefaultDeliveryDeadline = queue.DefaultDeadline
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
	if c.DeliveryDeadline <= 0 {
		c.DeliveryDeadline = DefaultDeliveryDeadline
	}
	if c.RetryBase <= 0 {
		c.RetryBase = defaultRetryBase
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
// recorded as activity, what the assistant pane and sharing keep, and the
// locks under which a job's reply is posted.
type Store interface {
	bot.Deduper
	bot.Limiter
	bot.Locker
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

// WithQueue has the bot keep its jobs in q (bot/redis's stream, shared
// by the replicas); without it, they wait in a bounded in-process queue.
func WithQueue(q queue.Queue) Option { return func(b *Bot) { b.queue = q } }

// Bot is Dossier's Slack app.
type Bot struct {
	cfg     Config
	api     *slack.Client
	engine  Engine
	store   Store
	log     *slog.Logger
	self    identity
	queue   queue.Queue
	workers sync.WaitGroup
	mu      sync.RWMutex // guards closed
	closed  bool
	queued  atomic.Uint64
	// stopTaking ends the workers' taking of jobs; stop cancels the jobs
	// in work.
	stopTaking, stop context.CancelFunc
	// preview returns the next digest's content, for /dossier digest.
	preview func(ctx context.Context) (*bot.DigestContent, error)
	observe Observer
}

// identity is who the bot is, from auth.test.
type identity struct{ userID, botID, teamID string }

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
	// no retries inside slack-go: the bot retries itself (deliver.go),
	// replies until their deadline
	apiOpts := []slack.Option{slack.OptionAPIURL(cfg.APIURL), slack.OptionHTTPClient(cfg.HTTPClient)}
	if cfg.AppToken != "" {
		apiOpts = append(apiOpts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	b := &Bot{
		cfg: cfg, api: slack.New(cfg.BotToken, apiOpts...), engine: engine, store: store, log: log,
		observe: nopObserver{},
	}
	for _, o := range opts {
		o(b)
	}
	if b.queue == nil {
		b.queue = queue.NewMemory(cfg.Queue)
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
	tctx, stopTaking := context.WithCancel(wctx)
	b.mu.Lock()
	b.stop, b.stopTaking = stop, stopTaking
	b.mu.Unlock()
	for range b.cfg.Workers {
		b.workers.Add(1)
		go b.work(tctx, wctx)
	}
	if b.cfg.AppToken != "" {
		// Socket Mode ends with ctx, or with the shutdown: Slack then sends
		// envelopes to the other replicas' connections
		sctx, cancel := context.WithCancel(ctx)
		context.AfterFunc(tctx, cancel)
		b.workers.Go(func() { b.runSocketMode(sctx) })
	}
	b.log.InfoContext(ctx, "Slack bot ready", "team", auth.TeamID, "bot_user", auth.UserID, "socket_mode", b.cfg.AppToken != "", "workers", b.cfg.Workers)
	return nil
}

// Shutdown stops taking jobs and waits for the jobs in work, until ctx
// ends; then it cancels them, leaving them pending in the queue (for
// another replica, or the next start). Jobs not started stay queued.
func (b *Bot) Shutdown(ctx context.Context) error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	stopTaking, stop := b.stopTaking, b.stop
	b.mu.Unlock()
	if stopTaking == nil { // never started
		return nil
	}
	if mq, ok := b.queue.(*queue.Memory); ok {
		// nothing else will do these jobs: take them all, within the grace
		for mq.Waiting() > 0 && ctx.Err() == nil {
			time.Sleep(20 * time.Millisecond)
		}
	}
	stopTaking()
	done := make(chan struct{})
	go func() { b.workers.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		stop()
		select {
		case <-done:
		case <-time.After(time.Second): // a call that ignores its context: do not wait on it
		}
		return fmt.Errorf("%w: %w", ErrCutShort, ctx.Err())
	}
}

// ErrCutShort is returned by Shutdown when the grace period ended with
// jobs in work: they were cancelled and left pending in the queue (a
// durable queue hands them to another replica or the next start).
var ErrCutShort = errors.New("answers in flight cancelled at the end of the grace period, left pending in the queue")

// Durable reports whether the bot's queue outlives the process.
func (b *Bot) Durable() bool {
	_, mem := b.queue.(*queue.Memory)
	return !mem
}

// Queued counts the jobs queued since the start: every Slack call and
// store access of a request happens in one.
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
	// Reply is told each reply's delivery: ReplyPosted, ReplyFailed or
	// ReplyExpired.
	Reply(result string)
	// Ignored is told each signed request acknowledged and then ignored
	// for a reason that should not happen (IgnoredMalformedIDs).
	Ignored(reason string)
}

type nopObserver struct{}

func (nopObserver) SlackCall(string, time.Duration, string) {}
func (nopObserver) Question(string, time.Duration)          {}
func (nopObserver) Dedupe(bool)                             {}
func (nopObserver) Reply(string)                            {}
func (nopObserver) Ignored(string)                          {}
