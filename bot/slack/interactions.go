package slack

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// handleInteraction records a 👍 / 👎 on an answer and thanks the clicker
// only, shares a private answer, and answers the message shortcut. Other
// interactions are acknowledged and ignored.
func (b *Bot) handleInteraction(ctx context.Context, cb slack.InteractionCallback) {
	if cb.Type == slack.InteractionTypeMessageAction {
		b.askAboutMessage(ctx, cb)
		return
	}
	if cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act.ActionID == shareAction {
			b.share(ctx, cb, act.Value)
			continue
		}
		if act.ActionID != feedbackUp && act.ActionID != feedbackDown && act.ActionID != feedbackPair {
			continue
		}
		var v feedbackValue
		if json.Unmarshal([]byte(act.Value), &v) != nil {
			continue
		}
		vote := 1
		if act.ActionID == feedbackDown || (act.ActionID == feedbackPair && v.Vote < 0) {
			vote = -1
		}
		thread := cb.Message.ThreadTimestamp
		if thread == "" {
			thread = cb.Message.Timestamp
		}
		if !b.first(ctx, fmt.Sprintf("vote:%s:%s:%s:%s:%d", cb.User.ID, cb.Channel.ID, cb.Message.Timestamp, act.ActionID, vote), true) {
			continue // a double click
		}
		ev := bot.ActivityEvent{Kind: bot.ActivityFeedback, Question: v.Question, Answer: v.Answer, Passages: v.Passages,
			User: cb.User.ID, Channel: cb.Channel.ID, Thread: thread, Vote: vote}
		url := cb.ResponseURL
		b.inline(ctx, "feedback", func(ctx context.Context) {
			if err := b.store.Record(ctx, ev); err != nil {
				b.log.WarnContext(ctx, "record feedback", "err", err)
			}
			text := "Thanks — glad it helped."
			if vote < 0 {
				text = "Thanks — noted. The curators will see this answer in the next digest."
			}
			b.respond(ctx, url, &slack.WebhookMessage{Text: text, ResponseType: slack.ResponseTypeEphemeral, ReplaceOriginal: false})
		})
	}
}
