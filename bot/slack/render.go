package slack

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// Block Kit's limits.
const (
	maxText       = 3000 // characters in a text object
	maxBlocks     = 50   // blocks in a message
	maxValue      = 2000 // characters in a button's value
	quoteLen      = 300  // a quoted passage is shortened to this
	fallbackLen   = 300  // the notification text
	feedbackUp    = "feedback_up"
	feedbackDown  = "feedback_down"
	unsupportedMk = " ⚠️ _(not found in the cited passage)_"
)

// feedbackPair is the action ID of the feedback_buttons element;
// feedbackUp and feedbackDown are the buttons of answers posted before it.
const feedbackPair = "feedback"

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes text safe for Slack: no <!channel>, <@U…> or link of the
// user's can survive it.
func escape(s string) string { return escaper.Replace(s) }

func section(text string) slack.Block {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, escape(truncate(text, maxText-200)), false, false), nil, nil)
}

func mdSection(mrk string) slack.Block {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, mrk, false, false), nil, nil)
}

func contextBlock(mrk string) slack.Block {
	return slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, truncate(mrk, maxText), false, false))
}

// chunks splits s into pieces of at most n characters, at a paragraph,
// a sentence, or a space, in that order of preference.
func chunks(s string, n int) []string {
	var out []string
	for utf8.RuneCountInString(s) > n {
		cut := prefixBytes(s, n)
		head := s[:cut]
		at := strings.LastIndex(head, "\n\n")
		if at < n/3 {
			at = strings.LastIndex(head, ". ") + 1
		}
		if at < n/3 {
			at = strings.LastIndex(head, " ")
		}
		if at <= 0 {
			at = cut
		}
		out = append(out, strings.TrimSpace(s[:at]))
		s = strings.TrimSpace(s[at:])
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// prefixBytes is the byte length of s's first n runes.
func prefixBytes(s string, n int) int {
	i := 0
	for j := range s {
		if i == n {
			return j
		}
		i++
	}
	return len(s)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.TrimSpace(s[:prefixBytes(s, n-1)]) + "…"
}

// markUnsupported flags the sentences verification could not back.
func markUnsupported(text string, unsupported []string) string {
	if len(unsupported) == 0 {
		return text
	}
	paras := strings.Split(text, "\n\n")
	for i, p := range paras {
		ss := bot.Sentences(p)
		for j, s := range ss {
			if slices.Contains(unsupported, bot.StripMarkers(s)) {
				ss[j] = s + unsupportedMk
			}
		}
		paras[i] = strings.Join(ss, " ")
	}
	return strings.Join(paras, "\n\n")
}

// answerBlocks renders an answer: its text (a markdown block, which Slack
// renders itself, neutralised by safeMarkdown), a note if plainer than asked,
// each citation with source, date, passage ID and quote, and, when
// feedback is on, 👍 / 👎 buttons.
func answerBlocks(a *bot.Answer, feedback bool) []slack.Block {
	blocks := markdownBlocks(safeMarkdown(markUnsupported(a.Text, a.Unsupported)))
	if a.Note != "" {
		blocks = append(blocks, contextBlock("ℹ️ "+plain(a.Note)))
	}
	blocks = append(blocks, citationBlocks(a.Citations)...)
	if feedback {
		blocks = append(blocks, feedbackBlock(a))
	}
	return blocks
}

// citationBlocks renders each citation as one rich text block: its number,
// its source (a link only to the source's own url), author, publisher,
// date, grade and passage ID, then the passage quoted verbatim.
func citationBlocks(cs []bot.Citation) []slack.Block {
	var out []slack.Block
	for _, c := range cs {
		meta := fmt.Sprintf(" — %s, %s, %s · %s · ", c.Author, c.Publisher, c.DateLabel(), c.ReliabilityLabel())
		out = append(out, passageBlock(fmt.Sprintf("[%d] ", c.N), c, meta, quoteLen))
	}
	return out
}

// passageBlock is a rich text block quoting c's passage under a line:
// lead, the source's title, meta, the passage ID. Slack interprets none
// of it; the title links to the source's own url when it has one, the
// only link the bot ever writes.
func passageBlock(lead string, c bot.Citation, meta string, n int) slack.Block {
	bold := slack.RichTextSectionTextStyle{Bold: true}
	title := styled(c.Source, bold)
	if c.URL != "" {
		title = slack.NewRichTextSectionLinkElement(c.URL, c.Source, &bold)
	}
	line := slack.NewRichTextSection(nonEmpty(styled(lead, bold), title, styled(meta, slack.RichTextSectionTextStyle{}),
		styled(c.ID, slack.RichTextSectionTextStyle{Code: true}))...)
	quote := &slack.RichTextQuote{Type: slack.RTEQuote, Elements: nonEmpty(verbatim(truncate(c.Text, n)))}
	return slack.NewRichTextBlock("", line, quote)
}

// sourceTitle is a source's title in mrkdwn, a link to its url when the
// curator gave one.
func sourceTitle(title, url string) string {
	if url == "" {
		return "*" + escape(title) + "*"
	}
	return "<" + escape(url) + "|" + escape(title) + ">"
}

// feedbackValue is what a feedback button carries: enough to record the
// vote without looking anything up, within Slack's 2,000 characters.
type feedbackValue struct {
	Vote     int      `json:"v,omitempty"` // +1 or -1; absent in the old buttons' values
	Question string   `json:"q"`
	Answer   string   `json:"a"`
	Passages []string `json:"p"`
}

// feedbackBlock is Slack's feedback_buttons element (in a context_actions
// block), each button carrying its vote and the answer.
func feedbackBlock(a *bot.Answer) slack.Block {
	v := feedbackValue{Question: truncate(a.Question, maxFeedbackQuestion), Answer: truncate(a.Text, maxFeedbackAnswer)}
	for _, c := range a.Citations {
		v.Passages = append(v.Passages, c.ID)
	}
	value := func(vote int) string {
		v.Vote = vote
		data, _ := json.Marshal(v)
		for utf8.RuneCount(data) > maxValue && len(v.Answer) > 0 {
			v.Answer = truncate(v.Answer, utf8.RuneCountInString(v.Answer)/2)
			data, _ = json.Marshal(v)
		}
		return string(data)
	}
	up := slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "Helpful", false, false), value(1)).WithAccessibilityLabel("Mark this answer as helpful")
	down := slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "Not helpful", false, false), value(-1)).WithAccessibilityLabel("Mark this answer as not helpful")
	return slack.NewContextActionsBlock("feedback", slack.NewFeedbackButtonsBlockElement(feedbackPair, up, down))
}

func answerFallback(a *bot.Answer) string { return plain(truncate(a.Text, fallbackLen)) }

// splitBlocks cuts a long list of blocks into messages of at most
// maxBlocks, and at most maxMarkdown characters of markdown blocks.
func splitBlocks(blocks []slack.Block) [][]slack.Block {
	var out [][]slack.Block
	start, md := 0, 0
	for i, b := range blocks {
		n := markdownLen(b)
		if i-start == maxBlocks || md+n > maxMarkdown {
			out = append(out, blocks[start:i])
			start, md = i, 0
		}
		md += n
	}
	return append(out, blocks[start:])
}

// summaryBlocks renders a summary like an answer, without feedback.
func summaryBlocks(s *bot.Summary) []slack.Block {
	head := "Summary of the knowledge base"
	switch s.Scope {
	case "source":
		head = "Summary of source `" + escape(s.Topic) + "`"
	case "topic":
		head = "What the sources say about *" + escape(s.Topic) + "*"
	}
	return append([]slack.Block{mdSection(head)}, answerBlocks(s.Answer(), false)...)
}
