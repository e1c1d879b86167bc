package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"slices"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/queue"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// dedupeTTL outlasts Slack's retries (about five minutes).
const dedupeTTL = 15 * time.Minute

// A message is a question the bot may answer.
type message struct {
	team, channel, user, ts, thread, text string
	dm, mention                           bool
}

// errMalformed is a payload that is not what it claims to be (HTTP 400).
var errMalformed = errors.New("malformed payload")

// handleEvent takes one Events API payload (from HTTP or Socket Mode):
// it checks its shape and queues what needs work. It never waits for an
// answer and does not touch the store or Slack; an error wrapping
// errMalformed means the payload is malformed, any other that it could
// not be queued (the request must be refused, for Slack to retry).
func (b *Bot) handleEvent(ctx context.Context, body []byte, envelopeID string) error {
	env, err := readEnvelope(body)
	if err != nil {
		return err
	}
	return b.queueEvent(ctx, env, body, envelopeID)
}

// queueEvent queues the payload body, read as env, when it is an event
// this bot handles.
func (b *Bot) queueEvent(ctx context.Context, env envelope, body []byte, envelopeID string) error {
	typ, err := env.eventType()
	if err != nil || typ == "" {
		return err
	}
	j := queue.NewJob(queue.JobEvent, body)
	j.EnvelopeID = envelopeID
	if err := b.push(ctx, j); err != nil {
		return fmt.Errorf("queue the %s event: %w", typ, err)
	}
	return nil
}

// envelope is what is read of an Events API payload before it is
// queued: one pass over the body, the rest of it skipped.
type envelope struct {
	Type      string `json:"type"`
	Challenge string `json:"challenge"`
	Event     *struct {
		Type string `json:"type"`
	} `json:"event"`
}

// readEnvelope reads a payload's envelope.
func readEnvelope(body []byte) (envelope, error) {
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return env, fmt.Errorf("%w: the body is not an Events API payload", errMalformed)
	}
	return env, nil
}

// eventType returns the inner event's type of a payload this bot handles,
// "" for one it acknowledges and ignores.
func (env envelope) eventType() (string, error) {
	if env.Type != "event_callback" {
		return "", nil // app_rate_limited and the like: acknowledged, nothing to do
	}
	if env.Event == nil {
		return "", fmt.Errorf("%w: an event_callback without an event", errMalformed)
	}
	if !handled(env.Event.Type) {
		return "", nil // an event this bot does not handle: acknowledged and ignored
	}
	return env.Event.Type, nil
}

// eventType returns the inner event's type of a payload this bot
// handles, "" for one it ignores.
func eventType(body []byte) (string, error) {
	env, err := readEnvelope(body)
	if err != nil {
		return "", err
	}
	return env.eventType()
}

// doEvent dedupes a queued event and acts on it, in a worker.
func (b *Bot) doEvent(ctx context.Context, body []byte) {
	var cb struct {
		TeamID  string          `json:"team_id"`
		EventID string          `json:"event_id"`
		Event   json.RawMessage `json:"event"`
	}
	typ, err := eventType(body)
	if err != nil || typ == "" || json.Unmarshal(body, &cb) != nil {
		return
	}
	ctx = bot.WithLogAttrs(ctx, "event_id", cb.EventID, "event", typ)
	if !b.first(ctx, "event:"+cb.EventID, cb.EventID != "") {
		return
	}
	b.onEvent(ctx, typ, cb.TeamID, cb.Event)
}

// onEvent acts on one deduplicated event, in a worker.
func (b *Bot) onEvent(ctx context.Context, typ, team string, raw json.RawMessage) {
	switch typ {
	case "app_home_opened":
		var ev slackevents.AppHomeOpenedEvent
		if json.Unmarshal(raw, &ev) == nil && ev.Tab == "home" && ev.User != "" {
			b.publishHome(ctx, ev.User)
		}
	case "assistant_thread_started", "assistant_thread_context_changed":
		b.onAssistantThread(ctx, team, raw, typ == "assistant_thread_started")
	case "app_mention":
		var ev slackevents.AppMentionEvent
		if json.Unmarshal(raw, &ev) == nil {
			b.onMessage(ctx, message{team: team, channel: ev.Channel, user: ev.User, ts: ev.TimeStamp,
				thread: ev.ThreadTimeStamp, text: ev.Text, mention: true}, ev.BotID)
		}
	case "message":
		var ev slackevents.MessageEvent
		if json.Unmarshal(raw, &ev) == nil && ev.SubType == "" { // not edits, deletions, joins, bot_message...
			b.onMessage(ctx, message{team: team, channel: ev.Channel, user: ev.User, ts: ev.TimeStamp,
				thread: ev.ThreadTimeStamp, text: ev.Text, dm: ev.ChannelType == "im"}, ev.BotID)
		}
	}
}

// first reports whether key is seen for the first time (through the
// shared store); without a key it is always first.
func (b *Bot) first(ctx context.Context, key string, has bool) bool {
	if !has {
		return true
	}
	if j, ok := jobOf(ctx); ok && j.Redelivered {
		return true // this job was deduplicated before its worker died
	}
	ok, err := b.store.First(ctx, key, dedupeTTL)
	if err != nil {
		b.log.WarnContext(ctx, "dedupe", "err", err)
		return true
	}
	b.observe.Dedupe(!ok)
	return ok
}

// onMessage decides whether a message is the bot's to answer, and
// answers it.
func (b *Bot) onMessage(ctx context.Context, m message, botID string) {
	switch bad := m.malformed(); {
	case len(bad) > 0:
		b.ignore(ctx, IgnoredMalformedIDs, "event", bad...)
		return
	case m.user == b.self.userID || (botID != "" && botID == b.self.botID):
		return // its own message
	case botID != "" && !b.cfg.AllowBots:
		return
	case m.user == "" && botID == "":
		return
	case !m.mention && !m.dm:
		// a channel message: only a follow-up in a thread, without a
		// mention (the mention arrives as app_mention too)
		if m.thread == "" || m.thread == m.ts || strings.Contains(m.text, "<@"+b.self.userID) {
			return
		}
	}
	// an @mention also arrives as a message event: answer the message once
	if !b.first(ctx, "message:"+m.channel+":"+m.ts, true) {
		return
	}
	if !m.mention && !m.dm && !b.knownThread(ctx, m) {
		return
	}
	b.answer(ctx, m)
}

// malformed names those of m's team, channel, user and timestamps that
// are not Slack IDs, unfit for keys, records and replies.
func (m message) malformed() badIDs {
	var bad badIDs
	bad.check("team", validTeam(m.team))
	bad.check("channel", validChannel(m.channel))
	bad.check("user", m.user == "" || validUser(m.user))
	bad.check("ts", validTS(m.ts))
	bad.check("thread_ts", m.thread == "" || validTS(m.thread))
	return bad
}

// knownThread reports whether the bot has answered in m's thread.
func (b *Bot) knownThread(ctx context.Context, m message) bool {
	turns, err := b.store.Recent(ctx, bot.ThreadKey{Team: m.team, Channel: m.channel, Thread: m.thread})
	return err == nil && len(turns) > 0
}

// replyThread is where the answer goes: under the question in a channel;
// in the DM itself (or its thread) in a DM.
func (m message) replyThread() string {
	if m.thread != "" || m.dm {
		return m.thread
	}
	return m.ts
}

// memoryThread names the conversation for thread memory: a DM outside
// threads is one conversation.
func (m message) memoryThread() string {
	if t := m.replyThread(); t != "" {
		return t
	}
	return "dm"
}

// answer answers one message: access, limits, a 👀 or a status line
// while working, the draft streamed where it can be, the answer in its
// thread.
func (b *Bot) answer(ctx context.Context, m message) {
	start := time.Now()
	if !b.allowed(m.team, m.channel) {
		b.notEnabled(ctx, m.team, m.channel, m.replyThread())
		b.observe.Question("refused", time.Since(start))
		return
	}
	q := cleanQuestion(m.text)
	if q == "" {
		b.post(ctx, m.channel, m.replyThread(), "Ask me a question about the sources", []slack.Block{mdSection(b.askHint())})
		return
	}
	if err := bot.CheckQuestion(q); err != nil {
		b.postText(ctx, m.channel, m.replyThread(), "Sorry — "+err.Error()+".")
		b.observe.Question("refused", time.Since(start))
		return
	}
	if wait, ok := b.withinLimits(ctx, m.team, m.user, m.channel); !ok {
		b.postEphemeral(ctx, m.channel, m.user, m.replyThread(), fmt.Sprintf("You are asking faster than this channel allows. Please try again in %s.", humanWait(wait)))
		b.observe.Question("refused", time.Since(start))
		return
	}
	if r, ok := b.storedReplyOf(ctx); ok { // a retry: the answer was computed before
		b.counted(r.Outcome, start, b.postReply(ctx, r, true))
		return
	}
	w := b.startWork(ctx, m, q) // 👀 or the assistant's status; the draft streams
	defer w.failOnPanic()
	a, err := b.engine.Ask(bot.WithProgress(ctx, w), bot.Question{Text: q, Team: m.team, Channel: m.channel, Thread: m.memoryThread(), User: m.user})
	if err != nil {
		b.log.ErrorContext(ctx, "answer", "err", err)
		sorry := "Sorry — I could not answer that just now. Please try again."
		_ = w.deliver(nil, sorry, []slack.Block{section(sorry)}) // counted as failed
		return
	}
	_ = w.deliver(a, answerFallback(a), answerBlocks(a, true)) // counted once posted
}

func outcome(a *bot.Answer) string {
	if a.Covered {
		return "answered"
	}
	return "not_covered"
}

var mentionRE = lazyre.New(`<[@!#][^>]*>`)
var linkRE = lazyre.New(`<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>`)

// cleanQuestion turns Slack's message text into the question: mentions
// of people, channels and the bot (<@U…>, <!here>, <#C…>) dropped, links
// to their labels, entities decoded.
func cleanQuestion(text string) string {
	text = mentionRE.ReplaceAllString(text, "")
	text = linkRE.ReplaceAllStringFunc(text, func(s string) string {
		m := linkRE.FindStringSubmatch(s)
		if m[2] != "" {
			return m[2]
		}
		return m[1]
	})
	return strings.TrimSpace(html.UnescapeString(text))
}

// allowed applies the optional allow-lists.
func (b *Bot) allowed(team, channel string) bool {
	return (len(b.cfg.AllowTeams) == 0 || slices.Contains(b.cfg.AllowTeams, team)) &&
		(len(b.cfg.AllowChannels) == 0 || slices.Contains(b.cfg.AllowChannels, channel) || strings.HasPrefix(channel, "D"))
}

// notEnabled says once a day per channel, politely, that the bot is not
// enabled there.
func (b *Bot) notEnabled(ctx context.Context, team, channel, thread string) {
	if ok, _ := b.store.First(ctx, "not-enabled:"+team+":"+channel, 24*time.Hour); !ok {
		return
	}
	b.postText(ctx, channel, thread, b.notEnabledText())
}

// withinLimits applies the per-user and per-channel rate limits.
func (b *Bot) withinLimits(ctx context.Context, team, user, channel string) (time.Duration, bool) {
	ok, wait, _ := b.store.Allow(ctx, "user:"+team+":"+user, b.cfg.UserPerMinute, time.Minute)
	if !ok {
		return wait, false
	}
	ok, wait, _ = b.store.Allow(ctx, "channel:"+team+":"+channel, b.cfg.ChanPerMinute, time.Minute)
	return wait, ok
}

func humanWait(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s <= 1 {
		return "a second"
	}
	return fmt.Sprintf("%d seconds", s)
}
