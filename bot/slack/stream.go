package slack

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// streamInterval is the least time between two writes to a streamed
// answer: each append carries at least this much of the draft, so that a
// message stays well within chat.appendStream's rate limit.
const streamInterval = 300 * time.Millisecond

// A stream shows the model's draft in Slack as it is written
// (chat.startStream, then chat.appendStream at most once per
// streamInterval, cut at a sentence where it can be), until finish. Where
// Slack refuses to stream, it shows nothing and the answer is posted as
// usual.
type stream struct {
	b                           *Bot
	ctx                         context.Context
	channel, thread, team, user string
	interval                    time.Duration

	mu      sync.Mutex
	pending string // draft not yet sent
	closed  bool
	kick    chan struct{}
	done    chan struct{}

	// owned by run until done
	ts     string
	sent   strings.Builder
	failed bool
}

func (b *Bot) newStream(ctx context.Context, channel, thread, team, user string) *stream {
	s := &stream{b: b, ctx: ctx, channel: channel, thread: thread, team: team, user: user, interval: streamInterval,
		kick: make(chan struct{}, 1), done: make(chan struct{})}
	go s.run()
	return s
}

// add queues a piece of the draft; it never waits on Slack.
func (s *stream) add(text string) {
	s.mu.Lock()
	s.pending += text
	s.mu.Unlock()
	s.wake()
}

func (s *stream) wake() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

func (s *stream) run() {
	defer close(s.done)
	var last time.Time
	var timer <-chan time.Time
	for {
		select {
		case <-s.kick:
		case <-timer:
			timer = nil
		}
		s.mu.Lock()
		closed := s.closed
		s.mu.Unlock()
		if closed || s.failed {
			return
		}
		if wait := s.interval - time.Since(last); !last.IsZero() && wait > 0 {
			if timer == nil {
				timer = time.After(wait)
			}
			continue
		}
		if chunk := s.take(); chunk != "" {
			s.send(chunk)
			last = time.Now()
		}
	}
}

// take removes from the pending draft what can be sent: up to the last
// sentence end, or failing that the last space, outside any unfinished
// link, parenthesis or code span (so that neutralising a chunk on its own
// neutralises the whole).
func (s *stream) take() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	cut := safeCut(s.pending)
	chunk := s.pending[:cut]
	s.pending = s.pending[cut:]
	return chunk
}

func safeCut(p string) int {
	depth, ticks, space, sentence := 0, 0, 0, 0
	var prev rune
	for i, r := range p {
		switch {
		case r == '[' || r == '(':
			depth++
		case (r == ']' || r == ')') && depth > 0:
			depth--
		case r == '`':
			ticks++
		case unicode.IsSpace(r) && depth == 0 && ticks%2 == 0:
			space = i + len(string(r))
			if prev == '.' || prev == '!' || prev == '?' || r == '\n' {
				sentence = space
			}
		}
		prev = r
	}
	if sentence > 0 {
		return sentence
	}
	return space
}

func (s *stream) send(chunk string) {
	md := slack.MsgOptionMarkdownText(safeMarkdown(chunk))
	var err error
	if s.ts == "" {
		s.b.call(s.ctx, "chat.startStream", s.channel, func() error {
			_, s.ts, err = s.b.api.StartStreamContext(s.ctx, s.channel, slack.MsgOptionTS(s.thread), md,
				slack.MsgOptionRecipientTeamID(s.team), slack.MsgOptionRecipientUserID(s.user))
			return err
		})
		if err != nil {
			s.ts, s.failed = "", true
			s.b.log.InfoContext(s.ctx, "Slack did not take a streamed answer; posting it whole", "code", ErrorCode(err))
			return
		}
	} else {
		s.b.call(s.ctx, "chat.appendStream", s.channel, func() error {
			_, _, err = s.b.api.AppendStreamContext(s.ctx, s.channel, s.ts, md)
			return err
		})
		if err != nil {
			s.failed = true // the final message replaces what was shown
			return
		}
	}
	s.sent.WriteString(chunk)
}

// finish stops taking the draft and returns the streamed message's ts ("" when
// nothing was streamed) and the whole draft the model wrote.
func (s *stream) finish() (ts, draft string) {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.wake()
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ts, s.sent.String() + s.pending
}

// deliverStreamed ends a streamed message and replaces it with the final
// blocks (chat.stopStream, then chat.update), the rest of a long answer
// following in the thread. It reports false when the message could not
// be replaced: then the draft is deleted and the caller posts the answer.
func (b *Bot) deliverStreamed(ctx context.Context, channel, thread, ts, fallback string, blocks []slack.Block) bool {
	b.call(ctx, "chat.stopStream", channel, func() error {
		_, _, err := b.api.StopStreamContext(ctx, channel, ts)
		return err
	})
	parts := splitBlocks(blocks)
	var err error
	b.call(ctx, "chat.update", channel, func() error {
		_, _, _, err = b.api.UpdateMessageContext(ctx, channel, ts, slack.MsgOptionText(truncate(fallback, 3000), false),
			slack.MsgOptionBlocks(parts[0]...))
		return err
	})
	if err != nil { // the draft must not stay unchecked: remove it; the caller posts the answer
		b.deleteMessage(ctx, channel, ts)
		return false
	}
	for _, part := range parts[1:] {
		b.post(ctx, channel, thread, "(continued)", part)
	}
	return true
}

// discardDraft ends a streamed draft and deletes it.
func (b *Bot) discardDraft(ctx context.Context, channel, ts string) {
	b.call(ctx, "chat.stopStream", channel, func() error {
		_, _, err := b.api.StopStreamContext(ctx, channel, ts)
		return err
	})
	b.deleteMessage(ctx, channel, ts)
}

func (b *Bot) deleteMessage(ctx context.Context, channel, ts string) {
	b.call(ctx, "chat.delete", channel, func() error {
		_, _, err := b.api.DeleteMessageContext(ctx, channel, ts)
		return err
	})
}

var markerNumRE = lazyre.New(`\[(\d+(?:\s*,\s*\d+)*)\]`)

// citeCount counts the passages cited in a text, marker by marker.
func citeCount(text string) int {
	n := 0
	for _, m := range markerNumRE.FindAllStringSubmatch(text, -1) {
		n += len(strings.Split(m[1], ","))
	}
	return n
}

// revision says in one line how verification changed a streamed draft,
// or "" when it did not: the reader must not keep a streamed claim that
// verification removed.
func revision(draft string, a *bot.Answer) string {
	var what []string
	if a.Mode != bot.ModeLLM {
		what = append(what, "the model's draft was replaced with the sources' own words")
	} else {
		if citeCount(a.Text) < citeCount(draft) {
			what = append(what, "citations of passages the model was not given were removed")
		}
		if n := len(a.Unsupported); n > 0 {
			what = append(what, strconv.Itoa(n)+" sentence(s) the cited passages do not back are marked")
		}
	}
	if len(what) == 0 {
		return ""
	}
	return "⚠️ Checked against the sources after it was written: " + strings.Join(what, "; ") + "."
}
