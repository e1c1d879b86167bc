package slack

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"
)

// post sends a message, split into as many messages as Block Kit's limits
// need, with link unfurling off.
func (b *Bot) post(ctx context.Context, channel, thread, fallback string, blocks []slack.Block) {
	for i, part := range splitBlocks(blocks) {
		text := fallback
		if i > 0 {
			text = "(continued)"
		}
		opts := []slack.MsgOption{slack.MsgOptionText(truncate(text, 3000), false), slack.MsgOptionBlocks(part...),
			slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl()}
		if thread != "" {
			opts = append(opts, slack.MsgOptionTS(thread))
		}
		b.call(ctx, "chat.postMessage", channel, func() error {
			_, _, err := b.api.PostMessageContext(ctx, channel, opts...)
			return err
		})
	}
}

// postText sends a plain message; text is escaped.
func (b *Bot) postText(ctx context.Context, channel, thread, text string) {
	b.post(ctx, channel, thread, text, []slack.Block{section(text)})
}

func (b *Bot) postEphemeral(ctx context.Context, channel, user, thread, text string) {
	opts := []slack.MsgOption{slack.MsgOptionText(escape(text), false)}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	b.call(ctx, "chat.postEphemeral", channel, func() error {
		_, err := b.api.PostEphemeralContext(ctx, channel, user, opts...)
		return err
	})
}

// react adds (or removes) a reaction to a message.
func (b *Bot) react(ctx context.Context, channel, ts, name string, add bool) {
	ref := slack.NewRefToMessage(channel, ts)
	if add {
		b.call(ctx, "reactions.add", channel, func() error { return b.api.AddReactionContext(ctx, name, ref) })
		return
	}
	b.call(ctx, "reactions.remove", channel, func() error { return b.api.RemoveReactionContext(ctx, name, ref) })
}

// respond posts to a slash command's or an interaction's response_url.
func (b *Bot) respond(ctx context.Context, url string, msg *slack.WebhookMessage) {
	if url == "" {
		return
	}
	b.call(ctx, "response_url", "", func() error {
		return hideURL(slack.PostWebhookCustomHTTPContext(ctx, url, b.cfg.HTTPClient, msg), url)
	})
}

// call runs one Web API call (slack-go retries rate limits, server errors
// and connection errors), times it, and logs a failure with a hint for
// the admin.
func (b *Bot) call(ctx context.Context, method, channel string, f func() error) {
	start := time.Now()
	err := f()
	b.observe.SlackCall(method, time.Since(start), ErrorCode(err))
	if err != nil && ctx.Err() == nil {
		b.log.ErrorContext(ctx, "Slack API call failed", "method", method, "channel", channel, "err", err, "hint", strings.TrimPrefix(hint(err), ": "))
	}
}

// ErrorCode returns Slack's error code of err, from slack-go's error types:
// the Web API's own code ("not_in_channel"), "ratelimited", "http_NNN"
// for an HTTP status (a response_url's), "error" for any other failure
// (the network), and "" for no error.
func ErrorCode(err error) string {
	var se slack.SlackErrorResponse
	var rl *slack.RateLimitedError
	var sc slack.StatusCodeError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &se):
		return se.Err
	case errors.As(err, &rl):
		return "ratelimited"
	case errors.As(err, &sc):
		return fmt.Sprintf("http_%d", sc.Code)
	}
	return "error"
}

// hint says what an admin can do about a Slack error, after ": ".
func hint(err error) string {
	switch ErrorCode(err) {
	case "not_in_channel":
		return ": invite the bot to the channel (/invite @Dossier)"
	case "channel_not_found":
		return ": the channel does not exist or the bot cannot see it; check the channel ID and invite the bot"
	case "invalid_auth", "not_authed", "token_revoked", "account_inactive":
		return ": check SLACK_BOT_TOKEN (reinstall the app to get a new one)"
	case "missing_scope":
		return ": the app lacks a scope; update it from deploy/slack-app-manifest.yaml and reinstall"
	case "ratelimited":
		return ": Slack is rate-limiting the bot; it waited and retried"
	}
	return ""
}
