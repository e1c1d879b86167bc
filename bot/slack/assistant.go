package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/dossier-bot/dossier/bot"
)

// The assistant pane: Slack's split view for AI apps. Each conversation
// in it is a thread of the app's DM; a thread starts with a greeting and
// suggested prompts from the knowledge base, is titled after its first
// question, shows a live status while an answer is worked on, and keeps
// the channel it was opened from.

// assistantTTL is how long a thread's title mark and context are kept,
// as long as thread memory.
const assistantTTL = 7 * 24 * time.Hour

// maxPrompts is the most suggested prompts Slack shows.
const maxPrompts = 4

// onAssistantThread handles assistant_thread_started (greeting and
// suggested prompts) and assistant_thread_context_changed: both remember
// the channel the user has open.
func (b *Bot) onAssistantThread(ctx context.Context, team string, raw json.RawMessage, started bool) {
	var ev slackevents.AssistantThreadStartedEvent // the context-changed event has the same shape
	if json.Unmarshal(raw, &ev) != nil {
		return
	}
	var bad badIDs
	bad.check("assistant_thread.channel_id", validChannel(ev.AssistantThread.ChannelID))
	bad.check("assistant_thread.thread_ts", validTS(ev.AssistantThread.ThreadTimeStamp))
	if len(bad) > 0 {
		b.ignore(ctx, IgnoredMalformedIDs, "event", bad...)
		return
	}
	th := ev.AssistantThread
	if validChannel(th.Context.ChannelID) {
		if err := b.store.Set(ctx, contextKey(team, th.ChannelID, th.ThreadTimeStamp), []byte(th.Context.ChannelID), assistantTTL); err != nil {
			b.log.WarnContext(ctx, "remember the assistant thread's context", "err", err)
		}
	}
	if !started {
		return
	}
	greeting := fmt.Sprintf("Hi! I answer questions from the team's %d curated source(s), quoting and citing the passages I rest on, with their dates; when the sources do not cover a question, I say so. Ask me anything, or pick a suggestion.", len(b.engine.Sources().Sources))
	b.postText(ctx, th.ChannelID, th.ThreadTimeStamp, greeting)
	params := slack.AssistantThreadsSetSuggestedPromptsParameters{Title: "Try asking", ChannelID: th.ChannelID, ThreadTS: th.ThreadTimeStamp}
	for _, q := range b.examples(maxPrompts) {
		params.AddPrompt(truncate(q, 75), q)
	}
	b.call(ctx, "assistant.threads.setSuggestedPrompts", th.ChannelID, func() error {
		return b.api.SetAssistantThreadsSuggestedPromptsContext(ctx, params)
	})
}

func contextKey(team, channel, thread string) string {
	return "assistant-context:" + team + ":" + channel + ":" + thread
}

// contextChannel is the channel an assistant thread was opened from, or "".
func (b *Bot) contextChannel(ctx context.Context, team, channel, thread string) string {
	v, ok, _ := b.store.Get(ctx, contextKey(team, channel, thread))
	if !ok {
		return ""
	}
	return string(v)
}

// statusText is the assistant pane's status line for a stage.
func statusText(s bot.Stage, passages int) string {
	switch s {
	case bot.StageSearching:
		return fmt.Sprintf("Searching %d passages…", passages)
	case bot.StageWriting:
		return "Writing the answer…"
	case bot.StageChecking:
		return "Checking citations…"
	}
	return ""
}

func (b *Bot) setStatus(ctx context.Context, channel, thread, status string) {
	b.call(ctx, "assistant.threads.setStatus", channel, func() error {
		return b.api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{ChannelID: channel, ThreadTS: thread, Status: status})
	})
}

// A work is one answer being worked on in Slack: it shows that it is
// (👀 in channels, the status line in assistant threads), streams the
// model's draft where it can, delivers the answer, and clears the signs
// of work on every path.
type work struct {
	b         *Bot
	ctx       context.Context
	m         message
	assistant bool
	stream    *stream
	delivered bool
	start     time.Time
}

var _ bot.Progress = (*work)(nil)

// startWork shows that m is being answered. An assistant thread (a
// thread of the app's DM) gets its title from its first question and a
// status line; elsewhere the question gets 👀.
func (b *Bot) startWork(ctx context.Context, m message, question string) *work {
	w := &work{b: b, ctx: ctx, m: m, assistant: m.dm && m.thread != "", start: time.Now()}
	if w.assistant {
		if c := b.contextChannel(ctx, m.team, m.channel, m.thread); c != "" {
			w.ctx = bot.WithLogAttrs(ctx, "context_channel", c)
		}
		if first, _ := b.store.First(ctx, "assistant-title:"+m.team+":"+m.channel+":"+m.thread, assistantTTL); first {
			b.call(ctx, "assistant.threads.setTitle", m.channel, func() error {
				return b.api.SetAssistantThreadsTitleContext(ctx, slack.AssistantThreadsSetTitleParameters{ChannelID: m.channel, ThreadTS: m.thread, Title: truncate(question, 80)})
			})
		}
	} else {
		b.react(ctx, m.channel, m.ts, "eyes", true)
	}
	if m.replyThread() != "" { // Slack streams only into threads
		w.stream = b.newStream(ctx, m.channel, m.replyThread(), m.team, m.user)
	}
	return w
}

// Stage implements bot.Progress: the status line of an assistant thread.
func (w *work) Stage(s bot.Stage, passages int) {
	if w.assistant {
		w.b.setStatus(w.ctx, w.m.channel, w.m.thread, statusText(s, passages))
	}
}

// Draft implements bot.Progress: the draft streams into the thread.
func (w *work) Draft(text string) {
	if w.stream != nil {
		w.stream.add(text)
	}
}

// deliver posts the answer (or, with a nil answer, the failure text):
// replacing the streamed draft when there is one, saying in one line if
// verification changed it; then it clears the status or the 👀.
//
// It counts the question (answered or not covered only once posted, else
// failed) before the signs of work are cleared.
func (w *work) deliver(a *bot.Answer, fallback string, blocks []slack.Block) (err error) {
	if w.delivered {
		return nil
	}
	result := "failed"
	if a != nil {
		result = outcome(a)
	}
	w.delivered = true
	ctx, m := w.ctx, w.m
	if context.Cause(ctx) == context.Canceled { // cut short: still deliver, within the deadline
		ctx = context.WithoutCancel(ctx)
	}
	defer w.clear(context.WithoutCancel(ctx))            // deferred first: runs after the count
	defer func() { w.b.counted(result, w.start, err) }() // the question counted before the 👀 goes
	ts, draft := "", ""
	if w.stream != nil {
		ts, draft = w.stream.finish()
	}
	if ts != "" && a != nil {
		if line := revision(draft, a); line != "" {
			blocks = append([]slack.Block{contextBlock(line)}, blocks...)
		}
	}
	r := &storedReply{Channel: m.channel, Thread: m.replyThread(), Fallback: fallback, Blocks: slack.Blocks{BlockSet: blocks}, Outcome: "failed"}
	if a != nil {
		r.Outcome = outcome(a)
	}
	if ts != "" {
		replaced := false
		send := func(ctx context.Context) (int, error) { // r is the job's kept reply by now
			if replaced = w.b.deliverStreamed(ctx, r.Channel, r.Thread, ts, r.Fallback, r.Blocks.BlockSet); replaced {
				return r.parts(), nil
			}
			return 0, nil // the draft is gone: the reply is posted below
		}
		if _, job := jobOf(ctx); job {
			err = w.b.postLocked(ctx, r, 0, send) // kept first, recorded as posted after
		} else {
			_, err = send(ctx)
		}
		switch {
		case replaced && err == nil:
			w.b.observe.Reply(ReplyPosted)
			return nil
		case errors.Is(err, errPostedElsewhere): // another worker of the job posted it: this draft must go
			w.b.discardDraft(context.WithoutCancel(ctx), m.channel, ts)
		}
	}
	return w.b.postReply(ctx, r, true) // kept, then posted, from what is recorded posted
}

func (w *work) clear(ctx context.Context) {
	if w.assistant {
		w.b.setStatus(ctx, w.m.channel, w.m.thread, "")
		return
	}
	w.b.react(ctx, w.m.channel, w.m.ts, "eyes", false)
}

// failOnPanic, deferred, says sorry and clears the signs of work when
// answering panics, then panics on for the worker to log.
func (w *work) failOnPanic() {
	if r := recover(); r != nil {
		sorry := "Sorry — I could not answer that just now. Please try again."
		w.deliver(nil, sorry, []slack.Block{section(sorry)})
		panic(r)
	}
}
