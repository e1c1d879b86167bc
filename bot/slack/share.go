package slack

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// shareAction is the action ID of a private answer's "Share in channel"
// button.
const shareAction = "share_answer"

// sharedKey is the form of the key a share button names: nothing else
// of the store can be read through a crafted value.
var sharedKey = lazyre.New(`^shared:[0-9a-f]{24}$`)

// sharedTTL is how long a private answer can be shared.
const sharedTTL = 24 * time.Hour

// shareValue is what the share button carries: the key under which the
// answer is kept, and the question, to ask again once it is forgotten.
type shareValue struct {
	Key      string `json:"k"`
	Question string `json:"q"`
}

// shareBlock keeps a private answer for sharing and returns its "Share in
// channel" button; nil when the question is too long for a button.
func (b *Bot) shareBlock(ctx context.Context, a *bot.Answer) slack.Block {
	var id [12]byte
	_, _ = rand.Read(id[:])
	v := shareValue{Key: "shared:" + hex.EncodeToString(id[:]), Question: a.Question}
	if data, err := json.Marshal(a); err == nil {
		if err := b.store.Set(ctx, v.Key, data, sharedTTL); err != nil {
			b.log.WarnContext(ctx, "keep an answer for sharing", "err", err)
		}
	}
	data, _ := json.Marshal(v)
	if len([]rune(string(data))) > maxValue {
		return nil
	}
	btn := slack.NewButtonBlockElement(shareAction, string(data), slack.NewTextBlockObject(slack.PlainTextType, "Share in channel", false, false))
	return slack.NewActionBlock("share", btn)
}

// privateAnswer renders a private answer: the question, the answer with
// feedback, and the share button.
func (b *Bot) privateAnswer(ctx context.Context, question string, a *bot.Answer) []slack.Block {
	blocks := append([]slack.Block{mdSection("*Q:* " + escape(truncate(question, 500)))}, answerBlocks(a, true)...)
	if sb := b.shareBlock(ctx, a); sb != nil {
		blocks = append(blocks, sb)
	}
	return blocks
}

// share posts a private answer in its channel, attributed to the person
// who shared it, and removes the private copy; where the bot cannot post,
// it says so privately. The caller has checked the allow-lists.
func (b *Bot) share(ctx context.Context, cb slack.InteractionCallback, value string) {
	var v shareValue
	if json.Unmarshal([]byte(value), &v) != nil || v.Question == "" {
		return
	}
	team, channel, user, url := cb.Team.ID, cb.Channel.ID, cb.User.ID, cb.ResponseURL
	b.inline(ctx, "share", func(ctx context.Context) {
		if !b.first(ctx, "share:"+user+":"+channel+":"+v.Key, true) {
			return // a double click
		}
		a := b.sharedAnswer(ctx, v, team, channel, user)
		if a == nil {
			b.respond(ctx, url, privately("Sorry — I could not share that answer just now. Please try again."))
			return
		}
		head := []slack.Block{contextBlock(fmt.Sprintf("Shared by <@%s>", escape(user))), mdSection("*Q:* " + escape(truncate(v.Question, 500)))}
		if err := b.postReply(ctx, &storedReply{Channel: channel, Fallback: answerFallback(a), Blocks: slack.Blocks{BlockSet: append(head, answerBlocks(a, true)...)}}, false); err != nil {
			b.respond(ctx, url, privately("Sorry — I could not post in this channel"+hint(err)+"."))
			return
		}
		b.respond(ctx, url, &slack.WebhookMessage{DeleteOriginal: true})
	})
}

// sharedAnswer is the answer kept for sharing, or failing that the
// question asked again.
func (b *Bot) sharedAnswer(ctx context.Context, v shareValue, team, channel, user string) *bot.Answer {
	if a := b.keptAnswer(ctx, v.Key); a != nil {
		return a
	}
	a, err := b.engine.Ask(ctx, bot.Question{Text: v.Question, Team: team, Channel: channel, User: user})
	if err != nil {
		b.log.ErrorContext(ctx, "answer to share", "err", err)
		return nil
	}
	return a
}

// keptAnswer is the answer kept under key, or nil; a key not of the
// bot's own form is not read.
func (b *Bot) keptAnswer(ctx context.Context, key string) *bot.Answer {
	if !sharedKey.MatchString(key) {
		return nil
	}
	data, ok, _ := b.store.Get(ctx, key)
	var a bot.Answer
	if !ok || json.Unmarshal(data, &a) != nil {
		return nil
	}
	return &a
}

// askAboutMessage answers the "Ask Dossier about this" message shortcut:
// the message's text is the question, the answer private, with the share
// button.
func (b *Bot) askAboutMessage(ctx context.Context, cb slack.InteractionCallback) {
	if cb.CallbackID != AskShortcut {
		return
	}
	team, channel, user, url := cb.Team.ID, cb.Channel.ID, cb.User.ID, cb.ResponseURL
	q := cleanQuestion(cb.Message.Text)
	b.inline(ctx, "shortcut", func(ctx context.Context) {
		ctx = bot.WithLogAttrs(ctx, "shortcut", AskShortcut, "trigger_id", cb.TriggerID)
		if err := bot.CheckQuestion(q); err != nil {
			b.respond(ctx, url, privately("Sorry — I can only ask about a message with text, of at most 2,000 characters ("+err.Error()+")."))
			return
		}
		if wait, ok := b.withinLimits(ctx, team, user, channel); !ok {
			b.respond(ctx, url, privately(fmt.Sprintf("You are asking faster than this channel allows. Please try again in %s.", humanWait(wait))))
			return
		}
		start := time.Now()
		if r, ok := b.storedReplyOf(ctx); ok { // a retry: the answer was computed before
			b.counted(r.Outcome, start, b.postReply(ctx, r, true))
			return
		}
		a, err := b.engine.Ask(ctx, bot.Question{Text: q, Team: team, Channel: channel, User: user})
		if err != nil {
			b.observe.Question("failed", time.Since(start))
			b.respond(ctx, url, privately("Sorry — I could not answer that just now. Please try again."))
			return
		}
		blocks := b.privateAnswer(ctx, q, a)
		msg := &slack.WebhookMessage{Text: answerFallback(a), Blocks: &slack.Blocks{BlockSet: blocks}, ResponseType: slack.ResponseTypeEphemeral}
		b.counted(outcome(a), start, b.respondReply(ctx, url, msg, true, outcome(a)))
	})
}

func privately(text string) *slack.WebhookMessage {
	return &slack.WebhookMessage{Text: escape(text), ResponseType: slack.ResponseTypeEphemeral}
}
