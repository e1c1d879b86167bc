package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/digest"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/slack"
	"github.com/dossier-bot/dossier/knowledge"
)

// service is `dossier serve`: the engine, the store, the Slack bot and
// the HTTP server, wired together.
type service struct {
	cfg    config
	log    *slog.Logger
	index  *knowledge.Index
	store  bot.Store
	engine *bot.Engine
	bot    *slack.Bot
	digest *digest.Scheduler
	srv    *http.Server
	ln     net.Listener
}

// newService wires everything; nothing is started yet.
func newService(cfg config, ix *knowledge.Index, log *slog.Logger) (*service, error) {
	s := &service{cfg: cfg, log: log, index: ix}
	var err error
	if s.engine, s.store, err = wire(cfg, ix, log); err != nil {
		return nil, err
	}
	if !cfg.Redis.Enabled() {
		log.Info("no Redis configured (REDIS_URL): state is kept in this process and not shared with other replicas")
	}
	b, err := slack.New(cfg.Slack, s.engine, s.store, log)
	if err != nil {
		s.store.Close()
		return nil, err
	}
	s.bot = b
	if cfg.Digest.Channel != "" {
		if s.digest, err = digest.New(cfg.Digest, s.engine, b, s.store, log); err != nil {
			return nil, err
		}
		b.Preview = s.digest.Preview
	}
	mux := http.NewServeMux()
	b.Routes(mux)
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
	if rs, ok := s.store.(*redis.Store); ok && s.cfg.RequireRedis {
		ctx, cancel := context.WithTimeout(r.Context(), time.Second)
		defer cancel()
		if err := rs.Ping(ctx); err != nil {
			http.Error(w, "not ready: Redis does not answer", http.StatusServiceUnavailable)
			return
		}
	}
	fmt.Fprintf(w, "ready: knowledge base %s, %d passages\n", s.index.KB().Version, s.index.Len())
}

// start connects the bot and listens on the address.
func (s *service) start(ctx context.Context) error {
	if err := s.bot.Start(ctx); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	if s.digest != nil {
		go s.digest.Run(ctx)
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("HTTP server", "err", err)
		}
	}()
	s.log.Info("serving", "addr", ln.Addr().String())
	return nil
}

// Addr is the address the server listens on.
func (s *service) Addr() string { return s.ln.Addr().String() }

// shutdown stops taking requests, finishes the answers in flight within
// the grace period, and closes the store.
func (s *service) shutdown(grace time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	errs := []error{s.srv.Shutdown(ctx), s.bot.Shutdown(ctx), s.store.Close()}
	return errors.Join(errs...)
}

func (a *app) serve(ctx context.Context, args []string) int {
	fl := a.flags("serve")
	dir := knowledgeFlag(fl)
	addr := fl.String("addr", "", "listen `ADDRESS` (default $DOSSIER_ADDR, else :3000)")
	if _, err := parse(fl, args); err != nil {
		return exitUsage
	}
	cfg, err := loadConfig(a.getenv)
	if err == nil {
		err = cfg.Slack.Check()
	}
	if err != nil {
		fmt.Fprintf(a.stderr, "dossier: configuration:\n%v\n", err)
		return exitUsage
	}
	if *addr != "" {
		cfg.Addr = *addr
	}
	log := a.serviceLogger(cfg)
	ix, err := a.loadIndex(*dir)
	if err != nil {
		return a.fail("%v", err)
	}
	s, err := newService(cfg, ix, log)
	if err != nil {
		fmt.Fprintf(a.stderr, "dossier: %v\n", err)
		return exitUsage
	}
	if err := s.start(ctx); err != nil {
		s.store.Close()
		return a.fail("%v", err)
	}
	<-ctx.Done()
	log.Info("shutting down", "grace", cfg.Grace)
	if err := s.shutdown(cfg.Grace); err != nil {
		log.Error("shutdown", "err", err)
		return exitFail
	}
	log.Info("stopped")
	return exitOK
}

// serviceLogger logs for a long-running process, to stderr.
func (a *app) serviceLogger(cfg config) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(a.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(a.stderr, opts))
}
