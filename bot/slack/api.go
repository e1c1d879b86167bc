package slack

import (
	"context"
	"errors"
	"fmt"

	"github.com/slack-go/slack"
)

// post sends a message, split into as many messages as Block Kit's limits
// need, with link unfurling off, retried until the delivery deadline.
func (b *Bot) post(ctx context.Context, channel, thread, fallback string, blocks []slack.Block) {
	_ = b.postReply(ctx, &storedReply{Channel: channel, Thread: thread, Fallback: fallback, Blocks: slack.Blocks{BlockSet: blocks}}, false)
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
	_ = b.deliver(ctx, "chat.postEphemeral", channel, func() error {
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

// respond posts to a slash command's or an interaction's response_url,
// retried until the delivery deadline.
func (b *Bot) respond(ctx context.Context, url string, msg *slack.WebhookMessage) {
	_ = b.respondReply(ctx, url, msg, false, "")
}

// respondReply is respond; with keep, msg is the job's reply, kept until
// posted so that a retry of the job posts it again without computing it.
// The outcome of a question is kept with it, to be counted when a retry
// posts it.
func (b *Bot) respondReply(ctx context.Context, url string, msg *slack.WebhookMessage, keep bool, outcome string) error {
	if url == "" {
		return nil
	}
	r := &storedReply{URL: url, Fallback: msg.Text, Outcome: outcome, Webhook: &webhookReply{ResponseType: msg.ResponseType,
		ReplaceOriginal: msg.ReplaceOriginal, DeleteOriginal: msg.DeleteOriginal}}
	if msg.Blocks != nil {
		r.Blocks = *msg.Blocks
	}
	return b.postReply(ctx, r, keep) // with keep, kept before it is posted
}

// call runs one Web API call that is not a reply (a reaction, a status
// line, a streamed draft): a few quick attempts, each timed; a failure is
// logged with a hint for the admin.
func (b *Bot) call(ctx context.Context, method, channel string, f func() error) {
	_ = b.attempt(ctx, method, channel, quickAttempts, f)
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
