package slack

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// commandIDs names those of a command's team, channel and user that are
// not Slack IDs.
func commandIDs(cmd slack.SlashCommand) badIDs {
	var bad badIDs
	bad.check("team_id", validTeam(cmd.TeamID))
	bad.check("channel_id", validChannel(cmd.ChannelID))
	bad.check("user_id", validUser(cmd.UserID))
	return bad
}

// handleCommand acknowledges a slash command. What is instant (help,
// sources) is the immediate response; the rest is queued (job, by its
// caller) with a short "looking" reply and delivered through
// response_url. It touches neither the store nor Slack. Replies are
// private unless the command says --share. A signed request replayed
// within the replay window is answered once (see dispatch).
func (b *Bot) handleCommand(cmd slack.SlashCommand) (reply *slack.Msg, queue bool) {
	sub, rest, share := parseCommand(cmd.Text)
	if len(commandIDs(cmd)) > 0 {
		return ephemeral("Sorry — this request names a malformed team, channel or user."), false
	}
	if !b.allowed(cmd.TeamID, cmd.ChannelID) {
		return ephemeral(b.notEnabledText()), false
	}
	switch sub {
	case "sources":
		return b.reply(b.sourcesBlocks(), "The sources in the knowledge base", share), false
	case "ask", "summary", "digest", "timeline", "claims":
	default:
		return b.reply(b.helpBlocks(), "How to use Dossier", false), false
	}
	if sub == "ask" {
		if err := bot.CheckQuestion(cleanQuestion(rest)); err != nil {
			return ephemeral("Sorry — " + err.Error() + ". Try `" + b.cfg.Command + " ask " + b.examples(1)[0] + "`"), false
		}
	}
	return ephemeral("🔎 Looking into it…"), true
}

// busy is the reply to a command that could not be queued.
func busy() *slack.Msg {
	return ephemeral("Dossier is busy right now. Please try again in a minute.")
}

// doCommand does a queued slash command, in a worker: the rate limits,
// then the work, the reply through response_url. A retry of the job posts
// the reply kept from the first attempt.
func (b *Bot) doCommand(ctx context.Context, cmd slack.SlashCommand) {
	sub, rest, share := parseCommand(cmd.Text)
	ctx = bot.WithLogAttrs(ctx, "command", cmd.Command+" "+sub, "trigger_id", cmd.TriggerID)
	start := time.Now()
	if r, ok := b.storedReplyOf(ctx); ok {
		b.counted(r.Outcome, start, b.postReply(ctx, r, true))
		return
	}
	if sub == "ask" {
		if wait, ok := b.withinLimits(ctx, cmd.TeamID, cmd.UserID, cmd.ChannelID); !ok {
			b.respond(ctx, cmd.ResponseURL, privately(fmt.Sprintf("You are asking faster than this channel allows. Please try again in %s.", humanWait(wait))))
			return
		}
	}
	blocks, fallback, result := b.runCommand(ctx, cmd, sub, rest, cleanQuestion(rest), share)
	msg := &slack.WebhookMessage{Text: fallback, Blocks: &slack.Blocks{BlockSet: blocks}, ResponseType: slack.ResponseTypeEphemeral, ReplaceOriginal: true}
	if share {
		msg.ResponseType, msg.ReplaceOriginal, msg.DeleteOriginal = slack.ResponseTypeInChannel, false, true
	}
	b.counted(result, start, b.respondReply(ctx, cmd.ResponseURL, msg, true, result))
}

// counted counts a question's outcome once its reply's delivery is known:
// answered (or not covered) only when posted. An empty outcome is not a
// question.
func (b *Bot) counted(outcome string, start time.Time, delivery error) {
	switch {
	case outcome == "", errors.Is(delivery, errPostedElsewhere): // not a question, or counted by the worker that posted it
	case delivery != nil:
		b.observe.Question("failed", time.Since(start))
	default:
		b.observe.Question(outcome, time.Since(start))
	}
}

// parseCommand splits "/dossier ask --share Q" into ("ask", "Q", true).
func parseCommand(text string) (sub, rest string, share bool) {
	var words []string
	for _, w := range strings.Fields(text) {
		if w == "--share" {
			share = true
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return "help", "", share
	}
	return strings.ToLower(words[0]), strings.Join(words[1:], " "), share
}

// runCommand does the slow sub-commands and renders the reply; for a
// question, it says the outcome (counted once the reply is delivered).
func (b *Bot) runCommand(ctx context.Context, cmd slack.SlashCommand, sub, rest, question string, share bool) ([]slack.Block, string, string) {
	switch sub {
	case "ask":
		a, err := b.engine.Ask(ctx, bot.Question{Text: question, Team: cmd.TeamID, Channel: cmd.ChannelID, User: cmd.UserID})
		if err != nil {
			return []slack.Block{section("Sorry — I could not answer that just now. Please try again.")}, "Sorry", "failed"
		}
		if !share { // private: with the button to share it
			return b.privateAnswer(ctx, rest, a), answerFallback(a), outcome(a)
		}
		head := mdSection("*Q:* " + escape(rest))
		return append([]slack.Block{head}, answerBlocks(a, true)...), answerFallback(a), outcome(a)
	case "summary":
		req := bot.SummaryRequest{Length: bot.Brief}
		if t, ok := strings.CutPrefix(rest, "--full"); ok {
			req.Length, rest = bot.Full, strings.TrimSpace(t)
		}
		req.Topic = cleanQuestion(rest)
		s, err := b.engine.Summarize(ctx, req)
		if err != nil {
			return []slack.Block{section("Sorry — " + err.Error() + ".")}, "Sorry", ""
		}
		return summaryBlocks(s), plain(truncate(s.Text, fallbackLen)), ""
	case "timeline":
		t, err := b.engine.Timeline(ctx, cleanQuestion(rest))
		if err != nil {
			return []slack.Block{section("Sorry — " + err.Error() + ".")}, "Sorry", ""
		}
		return timelineBlocks(t), "Timeline", ""
	case "claims":
		c, err := b.engine.Claims(ctx, cleanQuestion(rest))
		if err != nil {
			return []slack.Block{section("Sorry — " + err.Error() + ".")}, "Sorry", ""
		}
		return claimsBlocks(c), "Who says what", ""
	default: // digest
		if b.preview == nil {
			return []slack.Block{section("The daily digest is not configured (set DIGEST_CHANNEL).")}, "No digest", ""
		}
		d, err := b.preview(ctx)
		if err != nil {
			b.log.ErrorContext(ctx, "digest preview", "err", err)
			return []slack.Block{section("Sorry — the digest preview could not be built: the team's activity is unavailable.")}, "Sorry", ""
		}
		return DigestBlocks(d, "Preview of the next digest", true), "Preview of the next digest", ""
	}
}

func ephemeral(text string) *slack.Msg {
	return &slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: escape(text)}
}

func (b *Bot) reply(blocks []slack.Block, fallback string, share bool) *slack.Msg {
	m := &slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: fallback, Blocks: slack.Blocks{BlockSet: blocks}}
	if share {
		m.ResponseType = slack.ResponseTypeInChannel
	}
	return m
}

func (b *Bot) helpBlocks() []slack.Block {
	c := b.cfg.Command
	return []slack.Block{
		mdSection("*Dossier* answers questions from the team's curated sources, quoting and citing the passages it rests on, with each source's date. When the sources do not cover a question, it says so."),
		mdSection(strings.Join([]string{
			"`" + c + " ask QUESTION` — answer a question",
			"`" + c + " summary [--full] [TOPIC|SOURCE-ID]` — what the sources say, on the whole or on a topic",
			"`" + c + " timeline [TOPIC]` — the dated events the sources report, oldest first",
			"`" + c + " claims [TOPIC]` — who says what: the statements the sources attribute, by claimant, disputes side by side",
			"`" + c + " sources` — the sources in the knowledge base, with their dates and reliability grades",
			"`" + c + " digest` — a preview of the next daily digest",
			"`" + c + " help` — this help",
			"Replies are private, with a button to share one in the channel; or add `--share` to post it at once.",
			"You can also mention me in a channel (I answer in a thread, and follow-ups in that thread need no mention), write to me directly, open me in the assistant pane, or use *Ask Dossier about this* on any message.",
		}, "\n")),
		b.tryAsking(3),
	}
}

func (b *Bot) sourcesBlocks() []slack.Block {
	kb := b.engine.Sources()
	blocks := []slack.Block{mdSection(fmt.Sprintf("*%d source(s) in the knowledge base* (version `%s`)", len(kb.Sources), kb.Version))}
	for _, s := range kb.Sources {
		blocks = append(blocks, contextBlock(fmt.Sprintf("%s — %s, %s, %s · reliability %s · `%s` · %d passages", sourceTitle(s.Title, s.URL), escape(s.Author),
			escape(s.Publisher), escape(s.Date), escape(s.Reliability), escape(s.ID), s.Passages)))
	}
	return blocks
}

// homeBlocks is the Home tab: how to ask, the sources with their dates,
// example questions.
func (b *Bot) homeBlocks() []slack.Block {
	blocks := []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, "Dossier", false, false)),
		mdSection("Ask me about the team's sources: mention *@Dossier* in a channel, write to me here in Messages or in the assistant pane (top bar), use `" + b.cfg.Command + " ask`, or *Ask Dossier about this* on any message. Every answer quotes and cites its passages, with their dates; when the sources do not cover a question, I say so."),
		slack.NewDividerBlock(),
	}
	blocks = append(blocks, b.sourcesBlocks()...)
	blocks = append(blocks, slack.NewDividerBlock(), mdSection("*Commands*\n• `"+b.cfg.Command+" ask QUESTION` — an answer quoting and citing its passages\n• `"+b.cfg.Command+" summary [--full] [TOPIC]` — the judgements first, then the evidence\n• `"+b.cfg.Command+" timeline [TOPIC]` — the dated events the sources report, oldest first\n• `"+b.cfg.Command+" claims [TOPIC]` — who says what, with disputes side by side"))
	blocks = append(blocks, slack.NewDividerBlock(), b.tryAsking(5))
	return blocks
}

func (b *Bot) publishHome(ctx context.Context, user string) {
	req := slack.PublishViewContextRequest{UserID: user, View: slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: b.homeBlocks()}}}
	b.call(ctx, "views.publish", "", func() error {
		_, err := b.api.PublishViewContext(ctx, req)
		return err
	})
}
