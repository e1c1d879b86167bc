// Command dossier is the Dossier bot and its tools: it answers questions
// from a curated knowledge base, with citations, on the command line and,
// once configured, in Slack.
//
// Usage:
//
//	dossier ask [--json] [--knowledge DIR] "QUESTION"
//	dossier kb lint|list|show ID
//	dossier eval FILE
//
// Run "dossier help" for everything.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	// first, so that the collector is set before start-up allocates
	_ "github.com/dossier-bot/dossier/cmd/dossier/internal/oneshot"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	goredis "github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/logging"
)

func main() {
	// go-redis logs each failed dial to the process's standard log; the
	// store's health reports an outage instead, once per interval.
	goredis.SetLogger(&logging.VoidLogger{})
	// the patterns compile on another core while the knowledge base loads,
	// those a question uses first before the rest (warmOrder; CompileAll
	// reports a bad one, which its first use reports again)
	go func() { _ = lazyre.CompileAll(warmOrder()...) }()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
