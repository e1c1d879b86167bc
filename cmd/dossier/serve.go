package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/digest"
	"github.com/dossier-bot/dossier/bot/metrics"
	"github.com/dossier-bot/dossier/bot/queue"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/slack"
	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// service is `dossier serve`: the engine, the store, the Slack bot and
// the HTTP server, wired together.
type service struct {
	cfg     config
	log     *slog.Logger
	store   bot.Store
	redis   goredis.UniversalClient // nil without Redis
	engine  *bot.Engine
	bot     *slack.Bot
	digest  *digest.Scheduler
	metrics *metrics.Metrics
	srv     *http.Server
	ln      net.Listener
	queue   queue.Queue
	// loader reloads the knowledge base directory, parsing and analysing
	// again only the files that changed
	loader *knowledge.Loader
	// the service's goroutines: the HTTP server, the digest, the reload
	// watcher; stopBackground ends the last two
	running        sync.WaitGroup
	bg             context.Context
	stopBackground context.CancelFunc
}

// servedKB is the knowledge base a service starts with: its index and the
// loader that made it (nil: reloads start a loader of their own).
type servedKB struct {
	ix     *knowledge.Index
	loader *knowledge.Loader
}

// newService wires everything over the Redis client rdb (nil: state in
// process); nothing is started yet.
func newService(cfg config, kb servedKB, rdb goredis.UniversalClient, log *slog.Logger) (*service, error) {
	s := &service{cfg: cfg, log: log, metrics: metrics.New(), redis: rdb, loader: kb.loader}
	if s.loader == nil {
		s.loader = knowledge.NewLoader()
	}
	var err error
	if s.engine, s.store, err = wire(cfg, kb.ix, rdb, log, bot.WithObserver(s.metrics)); err != nil {
		return nil, err
	}
	if !cfg.Redis.Enabled() {
		log.Info("no Redis configured (REDIS_URL): state is kept in this process and not shared with other replicas")
	}
	if rdb != nil {
		q := redis.NewQueue(rdb, cfg.Redis.Prefix, redis.QueueOptions{Max: cfg.Slack.Queue, Visibility: cfg.Visibility, Deadline: cfg.Slack.DeliveryDeadline}, log)
		s.queue = q
	} else {
		s.queue = queue.NewMemory(cfg.Slack.Queue)
	}
	s.metrics.WatchQueue(s.queue.Stats)
	sopts := []slack.Option{slack.WithQueue(s.queue)}
	if cfg.Digest.Channel != "" {
		if s.digest, err = digest.New(cfg.Digest, s.engine, s.store, log, digest.WithRunObserver(s.metrics.DigestRun)); err != nil {
			s.store.Close()
			return nil, err
		}
		sopts = append(sopts, slack.WithDigestPreview(s.digest.Preview))
	}
	b, err := slack.New(cfg.Slack, s.engine, s.store, log, append(sopts, slack.WithObserver(s.metrics))...)
	if err != nil {
		s.store.Close()
		return nil, err
	}
	s.bot = b
	mux := http.NewServeMux()
	b.Routes(mux)
	mux.Handle("GET /metrics", s.metrics.Handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /readyz", s.ready)
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}
	return s, nil
}

// ready reports ready once the knowledge base is loaded and the bot is
// connected, and, when Redis is configured, Redis answers.
func (s *service) ready(w http.ResponseWriter, r *http.Request) {
	if !s.bot.Ready() {
		http.Error(w, "not ready: the Slack bot is not started", http.StatusServiceUnavailable)
		return
	}
	if s.redis != nil && s.cfg.RequireRedis {
		ctx, cancel := context.WithTimeout(r.Context(), time.Second)
		defer cancel()
		if err := s.redis.Ping(ctx).Err(); err != nil {
			http.Error(w, "not ready: Redis does not answer", http.StatusServiceUnavailable)
			return
		}
	}
	ix := s.engine.Index()
	fmt.Fprintf(w, "ready: knowledge base %s, %d passages\n", ix.KB().Version, ix.Len())
}

// reload loads the knowledge base directory again and, if it lints,
// swaps it in; a broken edit keeps the old version serving and logs why.
// It reports whether a new version is serving.
func (s *service) reload(ctx context.Context) bool {
	if s.cfg.Knowledge == "" {
		s.log.WarnContext(ctx, "reload: the embedded knowledge base cannot change; set DOSSIER_KNOWLEDGE to a directory")
		return false
	}
	old := s.engine.Index().KB().Version
	kb, err := s.loader.Load(os.DirFS(s.cfg.Knowledge))
	if err != nil {
		s.log.ErrorContext(ctx, "knowledge base reload failed; the old version keeps serving", "version", old, "dir", s.cfg.Knowledge, "problems", err.Error())
		return false
	}
	if kb.Version == old {
		return false
	}
	s.engine.SetIndex(s.loader.Index(kb))
	s.log.InfoContext(ctx, "knowledge base reloaded", "from", old, "to", kb.Version, "sources", len(kb.Sources))
	return true
}

// watch reloads the knowledge base on SIGHUP and, with an interval, when
// its files change, until ctx ends.
func (s *service) watch(ctx context.Context, hup <-chan os.Signal) {
	var tick <-chan time.Time
	if s.cfg.ReloadEvery > 0 && s.cfg.Knowledge != "" {
		t := time.NewTicker(s.cfg.ReloadEvery)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			s.reload(ctx)
		case <-tick:
			s.reload(ctx)
		}
	}
}

// start listens on the address and connects the bot.
func (s *service) start(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	if err := s.startOn(ctx, ln); err != nil {
		ln.Close()
		return err
	}
	return nil
}

// startOn connects the bot and serves on ln.
func (s *service) startOn(ctx context.Context, ln net.Listener) error {
	if err := s.bot.Start(ctx); err != nil {
		return err
	}
	s.ln = ln
	s.bg, s.stopBackground = context.WithCancel(context.WithoutCancel(ctx))
	if s.digest != nil {
		s.running.Go(func() { s.digest.Run(s.bg, s.bot) })
	}
	s.running.Go(func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("HTTP server", "err", err)
		}
	})
	s.log.Info("serving", "addr", ln.Addr().String())
	return nil
}

// Addr is the address the server listens on.
func (s *service) Addr() string { return s.ln.Addr().String() }

// watchReloads runs watch as one of the service's goroutines, until the
// shutdown.
func (s *service) watchReloads(hup <-chan os.Signal) {
	s.running.Go(func() { s.watch(s.bg, hup) })
}

// shutdown stops taking requests and jobs, finishes the jobs in work
// within the grace period (those it cuts short, and those not started,
// stay pending in the queue), stops the digest and the watcher, waits for
// every goroutine of the service, and only then closes the store. The
// error is ErrCutShort (wrapped) when jobs in work were cut short.
func (s *service) shutdown(grace time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	errs := []error{s.srv.Shutdown(ctx)}
	if s.stopBackground != nil {
		s.stopBackground()
	}
	errs = append(errs, s.bot.Shutdown(ctx))
	s.running.Wait()
	if q, ok := s.queue.(*redis.Queue); ok {
		cctx, ccancel := context.WithTimeout(context.Background(), time.Second)
		if err := q.Close(cctx); err != nil {
			s.log.Warn("leave the Redis queue's consumer group", "err", err)
		}
		ccancel()
	}
	return errors.Join(append(errs, s.store.Close())...)
}

// onlyCutShort reports whether a joined shutdown error is nothing but
// jobs cut short (and the HTTP server's own timeout).
func onlyCutShort(err error) bool {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return errors.Is(err, slack.ErrCutShort)
	}
	for _, e := range j.Unwrap() {
		if !errors.Is(e, slack.ErrCutShort) && !errors.Is(e, context.DeadlineExceeded) {
			return false
		}
	}
	return true
}

func (a *app) serve(ctx context.Context, args []string) int {
	fl := a.flags("serve")
	env := settingFlags(fl, a.getenv)
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	if code := a.noArgs("serve", rest); code >= 0 {
		return code
	}
	// a one-shot command compiles the patterns it uses; a service compiles
	// them all before its first question, which then answers as fast as the
	// rest
	if err := lazyre.CompileAll(); err != nil {
		return a.fail("%v", err)
	}
	cfg, kb, ln, rdb, err := startUp(ctx, a, env)
	if err != nil {
		fmt.Fprintf(a.stderr, "dossier: cannot start:\n%v\n", err)
		return exitUsage
	}
	log := a.serviceLogger(cfg)
	s, err := newService(cfg, kb, rdb, log)
	if err != nil {
		ln.Close()
		fmt.Fprintf(a.stderr, "dossier: %v\n", err)
		return exitUsage
	}
	if err := s.startOn(ctx, ln); err != nil {
		ln.Close()
		s.store.Close()
		return a.fail("%v", err)
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	s.watchReloads(hup)
	<-ctx.Done()
	log.Info("shutting down", "grace", cfg.Grace)
	err = s.shutdown(cfg.Grace)
	switch {
	case s.bot.Durable() && onlyCutShort(err):
		log.Warn("shutdown: answers still in work at the end of the grace period are left pending in the Redis queue for another replica or the next start", "grace", cfg.Grace)
	case err != nil:
		log.Error("shutdown", "err", err)
		return exitFail
	}
	log.Info("stopped")
	return exitOK
}

// startUp checks everything serve needs before it connects to Slack, and
// reports every problem at once: the configuration, the knowledge base,
// the listen address (taken now, so that a busy port is among them) and,
// when required, Redis. It returns the knowledge base, the listener and
// the Redis client (nil without Redis), or the problems.
func startUp(ctx context.Context, a *app, env func(string) string) (config, servedKB, net.Listener, goredis.UniversalClient, error) {
	cfg, err := loadConfig(env)
	var kb servedKB
	if cfg.Knowledge != "" {
		kb.loader = knowledge.NewLoader()
	}
	var kbErr error
	kb.ix, kbErr = a.loadIndexWith(kb.loader, cfg.Knowledge)
	ln, lnErr := net.Listen("tcp", cfg.Addr)
	if lnErr != nil {
		lnErr = fmt.Errorf("DOSSIER_ADDR=%q: cannot listen: %v", cfg.Addr, lnErr)
	}
	rdb := redisClient(cfg)
	err = errors.Join(err, cfg.Slack.Check(), kbErr, lnErr, requiredRedis(ctx, cfg, rdb))
	if err != nil {
		if ln != nil {
			ln.Close()
		}
		if rdb != nil {
			rdb.Close()
		}
		return cfg, servedKB{}, nil, nil, err
	}
	return cfg, kb, ln, rdb, nil
}

// requiredRedis checks, when Redis is required, that it answers.
func requiredRedis(ctx context.Context, cfg config, rdb goredis.UniversalClient) error {
	if !cfg.RequireRedis || rdb == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("DOSSIER_REQUIRE_REDIS is set but Redis does not answer: %v", err)
	}
	return nil
}

// serviceLogger logs for a long-running process, to stderr: text on a
// terminal, JSON otherwise (DOSSIER_LOG_FORMAT=auto), each line with its
// context's request and event IDs.
func (a *app) serviceLogger(cfg config) *slog.Logger {
	return newLogger(a.stderr, cfg.LogFormat, cfg.LogLevel)
}

func newLogger(w io.Writer, format string, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level, ReplaceAttr: durationsAsText}
	if format == "auto" {
		format = "json"
		if f, ok := w.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				format = "text"
			}
		}
	}
	if format == "json" {
		return slog.New(bot.LogHandler(slog.NewJSONHandler(w, opts)))
	}
	return slog.New(bot.LogHandler(slog.NewTextHandler(w, opts)))
}
