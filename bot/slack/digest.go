package slack

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// DigestBlocks renders a digest, each empty section left out, with the
// same citation style as answers. preview says it is not posted yet.
func DigestBlocks(d *bot.DigestContent, title string, preview bool) []slack.Block {
	blocks := []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, truncate(title, 150), false, false)),
		contextBlock(fmt.Sprintf("Activity from %s to %s", d.Since.Format("Mon 2 Jan 15:04 MST"), d.Until.Format("Mon 2 Jan 15:04 MST"))),
	}
	if d.Empty() {
		return append(blocks, mdSection("Nothing new: no new sources, no questions, no feedback."))
	}
	if len(d.NewSources) > 0 {
		var lines []string
		for _, s := range d.NewSources {
			what := "new"
			if s.Changed {
				what = "updated"
			}
			lines = append(lines, fmt.Sprintf("• *%s* — %s, %s, %s (%s) `%s`", escape(s.Title), escape(s.Author), escape(s.Publisher), escape(s.Date), what, escape(s.ID)))
		}
		blocks = append(blocks, mdSection("*New in the knowledge base*\n"+strings.Join(lines, "\n")))
		if s := d.NewSummary; s != nil {
			blocks = append(blocks, answerBlocks(s.Answer(), false)...)
		}
	}
	if d.Questions > 0 {
		var topics []string
		for _, t := range d.Topics {
			topics = append(topics, fmt.Sprintf("%s (%d)", plain(t.Topic), t.N))
		}
		text := fmt.Sprintf("*What the team asked*\n%d question(s).", d.Questions)
		if len(topics) > 0 {
			text += " Most asked about: " + strings.Join(topics, ", ") + "."
		}
		blocks = append(blocks, mdSection(text))
		for _, p := range d.Passages {
			c := p.Citation
			blocks = append(blocks, passageBlock(fmt.Sprintf("cited %d× · ", p.N), c, fmt.Sprintf(" — %s, %s · ", c.Author, c.DateLabel()), 200))
		}
	}
	if len(d.Gaps) > 0 {
		var lines []string
		for _, g := range d.Gaps {
			line := "• " + plain(truncate(g.Question, 200))
			if len(g.Missing) > 0 {
				line += " — nothing on: " + plain(strings.Join(g.Missing, ", "))
			}
			line += fmt.Sprintf(" (asked %d×)", g.N)
			if g.Suggestion != "" {
				line += "\n    _" + plain(g.Suggestion) + "_"
			}
			lines = append(lines, line)
		}
		blocks = append(blocks, mdSection(truncate("*Gaps: questions the sources did not cover*\n"+strings.Join(lines, "\n"), maxText)))
	}
	if d.Up+d.Down > 0 {
		text := fmt.Sprintf("*Feedback*\n👍 %d · 👎 %d", d.Up, d.Down)
		for _, u := range d.Unhelpful {
			text += "\n• 👎 " + plain(truncate(u.Question, 200)) + threadLink(u.Channel, u.Thread)
		}
		blocks = append(blocks, mdSection(truncate(text, maxText)))
	}
	if preview {
		blocks = append(blocks, contextBlock("This is a preview; the digest itself is posted on schedule."))
	}
	return blocks
}

// PostDigest posts a digest to a channel: the poster the scheduler uses.
// Each part is retried like a reply (5xx, 429, the network) until the
// delivery deadline; a permanent error (not_in_channel...) ends it.
func (b *Bot) PostDigest(ctx context.Context, channel string, d *bot.DigestContent, slot time.Time) error {
	blocks := DigestBlocks(d, "Dossier digest — "+slot.Format("Monday 2 January 2006"), false)
	ctx, cancel := context.WithTimeout(ctx, b.cfg.DeliveryDeadline)
	defer cancel()
	for _, part := range splitBlocks(blocks) {
		err := b.attempt(ctx, "chat.postMessage", channel, 0, func() error {
			_, _, err := b.api.PostMessageContext(ctx, channel, slack.MsgOptionText("Dossier digest", false), slack.MsgOptionBlocks(part...),
				slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl())
			return err
		})
		if err != nil {
			return fmt.Errorf("post digest to %s: %w%s", channel, err, hint(err))
		}
	}
	return nil
}

// threadLink links to a thread in Slack, after a space; "" unless the
// channel and the thread's ts are well-formed Slack IDs.
func threadLink(channel, thread string) string {
	if !validChannel(channel) || !validTS(thread) {
		return ""
	}
	return fmt.Sprintf(" <https://slack.com/archives/%s/p%s|thread>", channel, strings.ReplaceAll(thread, ".", ""))
}
