package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/dossier-bot/dossier/bot"
)

// timeline prints the dated events the sources report, oldest first.
func (a *app) timeline(ctx context.Context, args []string) int {
	return a.analyst(ctx, "timeline", args, func(e *bot.Engine, topic string) (any, func(io.Writer), error) {
		t, err := e.Timeline(ctx, topic)
		if err != nil {
			return nil, nil, err
		}
		return t, func(w io.Writer) { writeTimeline(w, t) }, nil
	})
}

// claims prints who says what in the sources.
func (a *app) claims(ctx context.Context, args []string) int {
	return a.analyst(ctx, "claims", args, func(e *bot.Engine, topic string) (any, func(io.Writer), error) {
		c, err := e.Claims(ctx, topic)
		if err != nil {
			return nil, nil, err
		}
		return c, func(w io.Writer) { writeClaims(w, c) }, nil
	})
}

// analyst runs a command that reads the knowledge base for a topic: it
// parses the flags, loads the knowledge base, and prints what build
// returns as JSON or as text.
func (a *app) analyst(_ context.Context, name string, args []string, build func(*bot.Engine, string) (any, func(io.Writer), error)) int {
	fl := a.flags(name)
	asJSON := fl.Bool("json", false, "print one JSON object")
	env := settingFlags(fl, a.getenv, "DOSSIER_KNOWLEDGE")
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	ix, err := a.loadIndex(env("DOSSIER_KNOWLEDGE"))
	if err != nil {
		return a.fail("%v", err)
	}
	v, text, err := build(bot.NewEngine(ix, bot.WithLogger(a.logger())), strings.Join(rest, " "))
	if err != nil {
		fmt.Fprintf(a.stderr, "dossier: %v\n", err)
		return exitUsage
	}
	if *asJSON {
		return a.writeJSON(v)
	}
	text(a.stdout)
	return exitOK
}

func writeTimeline(w io.Writer, t *bot.Timeline) {
	if len(t.Missing) > 0 {
		fmt.Fprintf(w, "The knowledge base does not cover %q. It has nothing on: %s.\n", t.Topic, strings.Join(t.Missing, ", "))
		return
	}
	if len(t.Events) == 0 {
		fmt.Fprintln(w, "The sources give no dated events on this.")
		return
	}
	for _, e := range t.Events {
		approx := ""
		if e.Approximate {
			approx = " (approximate)"
		}
		fmt.Fprintf(w, "%-10s  %s%s\n            %s\n            — %s, %s · reliability %s\n", e.Date, e.DateText, approx, e.Text, e.Source, e.ID, gradeLabel(e.Reliability))
	}
}

func writeClaims(w io.Writer, c *bot.Claims) {
	if len(c.Missing) > 0 {
		fmt.Fprintf(w, "The knowledge base does not cover %q. It has nothing on: %s.\n", c.Topic, strings.Join(c.Missing, ", "))
		return
	}
	if len(c.Claims) == 0 {
		fmt.Fprintln(w, "The sources attribute no statements on this.")
		return
	}
	for i, group := range bot.ClaimantGroups(c.Claims) {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s\n", group[0].Claimant)
		for _, cl := range group {
			fmt.Fprintf(w, "  %s: “%s”\n    — %s, %s · reliability %s\n", cl.Stance, cl.Text, cl.Source, cl.ID, gradeLabel(cl.Reliability))
			for _, d := range cl.DisputedBy {
				fmt.Fprintf(w, "    ⇄ disputed: %s %s (%s)\n", d.Claimant, d.Stance, d.ID)
			}
		}
	}
}

func gradeLabel(g string) string {
	return strings.TrimPrefix(bot.Citation{Reliability: g}.ReliabilityLabel(), "reliability ")
}
