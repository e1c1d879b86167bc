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
	"io"
	"os"
	"os/signal"
	"syscall"

	// first, so that the collector is set before start-up allocates
	_ "github.com/dossier-bot/dossier/cmd/dossier/internal/oneshot"

	goredis "github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/logging"
)

func main() {
	start(os.Stderr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// start sets up the process before any command runs.
func start(stderr io.Writer) {
	// go-redis logs each failed dial to the process's standard log; the
	// store's health reports an outage instead, once per interval.
	goredis.SetLogger(&logging.VoidLogger{})
	// a pattern compiles when a text has what it looks for: most of those
	// a question meets never compile (serve compiles them all at start)
	setPrefilters(stderr)
}
