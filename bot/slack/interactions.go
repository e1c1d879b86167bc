package slack

import (
	"context"
	"encoding/json"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// handleInteraction records a 👍 / 👎 on an answer and thanks the clicker
// only. Other interactions are acknowledged and ignored.
func (b *Bot) handleInteraction(ctx context.Context, cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act.ActionID != feedbackUp && act.ActionID != feedbackDown {
			continue
		}
		var v feedbackValue
		if json.Unmarshal([]byte(act.Value), &v) != nil {
			continue
		}
		vote := 1
		if act.ActionID == feedbackDown {
			vote = -1
		}
		thread := cb.Message.ThreadTimestamp
		if thread == "" {
			thread = cb.Message.Timestamp
		}
		if !b.first(ctx, "vote:"+cb.User.ID+":"+cb.Channel.ID+":"+cb.Message.Timestamp+":"+act.ActionID, true) {
			continue // a double click
		}
		ev := bot.ActivityEvent{Kind: bot.ActivityFeedback, Question: v.Question, Answer: v.Answer, Passages: v.Passages,
			User: cb.User.ID, Channel: cb.Channel.ID, Thread: thread, Vote: vote}
		url := cb.ResponseURL
		b.enqueue("feedback", func(ctx context.Context) {
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
