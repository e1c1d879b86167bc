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
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
