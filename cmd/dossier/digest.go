package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/digest"
	"github.com/dossier-bot/dossier/bot/slack"
)

// digest prints the next digest, or with --post posts the current slot's
// digest once (for an external scheduler such as cron or a Kubernetes
// CronJob: running it several times, even at once, posts once).
func (a *app) digest(ctx context.Context, args []string) int {
	fl := a.flags("digest")
	asJSON := fl.Bool("json", false, "print the digest as one JSON object")
	post := fl.Bool("post", false, "post the digest of the current slot to DIGEST_CHANNEL, once")
	env := settingFlags(fl, a.getenv, settingsOf(groupKnowledge, groupStore, groupModel, groupSlack, groupDigest)...)
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	if code := a.noArgs("digest", rest); code >= 0 {
		return code
	}
	cfg, ix, code := a.setup(env, func(cfg config) error {
		if !*post {
			return nil
		}
		var noChannel error
		if cfg.Digest.Channel == "" {
			noChannel = digest.ErrNoChannel
		}
		return errors.Join(cfg.Slack.CheckPosting(), noChannel)
	})
	if code >= 0 {
		return code
	}
	engine, store, err := wire(cfg, ix, redisClient(cfg), a.logger())
	if err != nil {
		fmt.Fprintf(a.stderr, "dossier: %v\n", err)
		return exitUsage
	}
	defer store.Close()
	var poster digest.Poster
	if *post {
		if poster, err = slack.New(cfg.Slack, engine, store, a.logger()); err != nil {
			return a.fail("%v", err)
		}
	}
	sched, err := digest.New(cfg.Digest, engine, store, a.logger())
	if err != nil {
		return a.fail("%v", err)
	}
	if *post {
		slot := sched.Current()
		posted, err := sched.PostSlot(ctx, poster, slot)
		if err != nil {
			return a.fail("post the digest: %v", err)
		}
		if posted {
			fmt.Fprintf(a.stdout, "posted the digest of %s to %s\n", slot.Format("Mon 2 Jan 2006 15:04 MST"), cfg.Digest.Channel)
		} else {
			fmt.Fprintf(a.stdout, "the digest of %s was already posted, or had nothing to say\n", slot.Format("Mon 2 Jan 2006 15:04 MST"))
		}
		return exitOK
	}
	d, err := sched.Preview(ctx)
	if err != nil {
		return a.fail("%v", err)
	}
	if *asJSON {
		return a.writeJSON(d)
	}
	writeDigest(a.stdout, d, sched.Next(sched.Now()).Format("Mon 2 Jan 2006 15:04 MST"))
	return exitOK
}

// writeDigest prints a digest for a terminal.
func writeDigest(w io.Writer, d *bot.DigestContent, next string) {
	fmt.Fprintf(w, "Digest preview (activity since %s; next digest %s)\n", d.Since.Format("Mon 2 Jan 15:04 MST"), next)
	if d.Empty() {
		fmt.Fprintln(w, "\nNothing new: no new sources, no questions, no feedback.")
		return
	}
	if len(d.NewSources) > 0 {
		fmt.Fprintln(w, "\nNew in the knowledge base:")
		for _, s := range d.NewSources {
			fmt.Fprintf(w, "  %s — %s, %s, %s (%s)\n", s.Title, s.Author, s.Publisher, s.Date, s.ID)
		}
		if d.NewSummary != nil {
			writeAnswer(w, d.NewSummary.Answer())
		}
	}
	if d.Questions > 0 {
		var topics []string
		for _, t := range d.Topics {
			topics = append(topics, fmt.Sprintf("%s (%d)", t.Topic, t.N))
		}
		fmt.Fprintf(w, "\nWhat the team asked: %d question(s); topics: %s\n", d.Questions, strings.Join(topics, ", "))
		for _, p := range d.Passages {
			fmt.Fprintf(w, "  cited %d×: %s\n", p.N, p.Citation.ID)
		}
	}
	if len(d.Gaps) > 0 {
		fmt.Fprintln(w, "\nGaps (not covered):")
		for _, g := range d.Gaps {
			fmt.Fprintf(w, "  %s — nothing on: %s (%d×); add: %s\n", g.Question, strings.Join(g.Missing, ", "), g.N, g.Suggestion)
		}
	}
	if d.Up+d.Down > 0 {
		fmt.Fprintf(w, "\nFeedback: 👍 %d, 👎 %d\n", d.Up, d.Down)
		for _, u := range d.Unhelpful {
			fmt.Fprintf(w, "  👎 %s (channel %s, thread %s)\n", u.Question, u.Channel, u.Thread)
		}
	}
}
