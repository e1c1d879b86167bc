package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/bot"
)

// gaps prints the questions the knowledge base did not cover, grouped by
// the terms they lack, with a suggestion of what to add.
func (a *app) gaps(ctx context.Context, args []string) int {
	fl := a.flags("gaps")
	sinceFlag := fl.String("since", "7d", "how far back to look: a duration such as 7d, 36h or 2w")
	asJSON := fl.Bool("json", false, "print the groups as JSON")
	env := settingFlags(fl, a.getenv)
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	if code := a.noArgs("gaps", rest); code >= 0 {
		return code
	}
	window, err := parseSince(*sinceFlag)
	if err != nil {
		return a.usageError("gaps", "%v", err)
	}
	cfg, ix, code := a.setup(env, nil)
	if code >= 0 {
		return code
	}
	if !cfg.Redis.Enabled() {
		fmt.Fprintln(a.stderr, "dossier: no REDIS_URL or REDIS_ADDRS: the team's questions are kept only by the dossier serve process that answered them, so there is nothing to read here")
	}
	engine, closeEngine, err := a.engine(ix, cfg)
	if err != nil {
		return a.fail("%v", err)
	}
	defer closeEngine()
	until := clock()
	since := until.Add(-window)
	gaps, err := engine.Gaps(ctx, since, until)
	if err != nil {
		return a.fail("%v", err)
	}
	if *asJSON {
		return a.writeJSON(struct {
			Since time.Time `json:"since"`
			Until time.Time `json:"until"`
			Gaps  []bot.Gap `json:"gaps"`
		}{since.UTC(), until.UTC(), gaps})
	}
	writeGaps(a.stdout, gaps, since, until)
	return exitOK
}

// parseSince reads a look-back window: a Go duration, or days ("7d") or
// weeks ("2w").
func parseSince(s string) (time.Duration, error) {
	for unit, d := range map[string]time.Duration{"d": 24 * time.Hour, "w": 7 * 24 * time.Hour} {
		if n, ok := strings.CutSuffix(s, unit); ok {
			v, err := strconv.Atoi(n)
			if err != nil || v <= 0 {
				return 0, fmt.Errorf("--since %q: want a positive number of days (7d), weeks (2w) or a duration (36h)", s)
			}
			return time.Duration(v) * d, nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("--since %q: want a positive number of days (7d), weeks (2w) or a duration (36h)", s)
	}
	return d, nil
}

func writeGaps(w io.Writer, gaps []bot.Gap, since, until time.Time) {
	n := 0
	for _, g := range gaps {
		n += g.N
	}
	fmt.Fprintf(w, "Questions not covered from %s to %s: %d, in %d group(s).\n", since.UTC().Format("2 Jan 2006 15:04"), until.UTC().Format("2 Jan 2006 15:04 MST"), n, len(gaps))
	for i, g := range gaps {
		what := "(no missing term recorded)"
		if len(g.Missing) > 0 {
			what = strings.Join(g.Missing, ", ")
		}
		fmt.Fprintf(w, "\n%d. %s — asked %d×, last %s\n", i+1, what, g.N, g.LastAsked.UTC().Format("2 Jan 2006 15:04 MST"))
		fmt.Fprintf(w, "   e.g. “%s”\n", g.Question)
		for _, q := range g.Questions {
			if q != g.Question {
				fmt.Fprintf(w, "        “%s”\n", q)
			}
		}
		fmt.Fprintf(w, "   add: %s\n", g.Suggestion)
	}
}
