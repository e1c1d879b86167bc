package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// handleInteraction, in a worker, records a 👍 / 👎 on an answer and
// thanks the clicker only, shares a private answer, and answers the
// message shortcut; other interactions are ignored. Those from teams and
// channels outside the allow-lists or naming malformed IDs never reach
// it: the handlers check them (acceptInteraction) before queuing.
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
		v, ok := parseFeedback(act.Value)
		if !ok {
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

// acceptInteraction reports whether an interaction is the bot's to act
// on: its team, user, channel and message timestamps are well-formed
// Slack IDs, its action values within Slack's size, and its team and
// channel are allowed. An interaction Slack would not send is logged and
// counted.
func (b *Bot) acceptInteraction(ctx context.Context, cb slack.InteractionCallback) bool {
	var bad badIDs
	bad.check("team", validTeam(cb.Team.ID))
	bad.check("user", validUser(cb.User.ID))
	bad.check("channel", validChannel(cb.Channel.ID))
	for name, ts := range map[string]string{"message.ts": cb.Message.Timestamp, "message.thread_ts": cb.Message.ThreadTimestamp,
		"container.message_ts": cb.Container.MessageTs, "container.thread_ts": cb.Container.ThreadTs} {
		bad.check(name, ts == "" || validTS(ts))
	}
	if len(bad) > 0 {
		slices.Sort(bad)
		b.ignore(ctx, IgnoredMalformedIDs, "interaction", bad...)
		return false
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if utf8.RuneCountInString(act.Value) > maxValue {
			b.ignore(ctx, IgnoredOversized, "interaction", "action.value") // not a value of the bot's own buttons
			return false
		}
	}
	return b.allowed(cb.Team.ID, cb.Channel.ID)
}

// Caps on what a feedback value may carry: the bot's own buttons never
// exceed them (see feedbackBlock).
const (
	maxFeedbackQuestion = 300
	maxFeedbackAnswer   = 800
	maxFeedbackPassages = 20
	maxPassageID        = 200
)

// parseFeedback reads a feedback button's value, capped: a value longer
// than Slack allows is refused, and its question, answer and passages
// are cut to the sizes the bot writes.
func parseFeedback(value string) (feedbackValue, bool) {
	var v feedbackValue
	if utf8.RuneCountInString(value) > maxValue || json.Unmarshal([]byte(value), &v) != nil {
		return v, false
	}
	v.Question, v.Answer = truncate(v.Question, maxFeedbackQuestion), truncate(v.Answer, maxFeedbackAnswer)
	v.Passages = slices.DeleteFunc(v.Passages, func(id string) bool { return id == "" || len(id) > maxPassageID })
	v.Passages = v.Passages[:min(len(v.Passages), maxFeedbackPassages)]
	return v, true
}
