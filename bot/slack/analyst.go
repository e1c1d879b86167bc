package slack

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// maxListed is the most events or claims one reply lists.
const maxListed = 60

// timelineBlocks renders the dated events, oldest first.
func timelineBlocks(t *bot.Timeline) []slack.Block {
	head := "*Timeline* of the knowledge base"
	if t.Topic != "" {
		head = "*Timeline* of *" + escape(t.Topic) + "*"
	}
	if len(t.Missing) > 0 {
		return []slack.Block{mdSection(head), section("The knowledge base does not cover this. It has nothing on: " + strings.Join(t.Missing, ", ") + ".")}
	}
	if len(t.Events) == 0 {
		return []slack.Block{mdSection(head), section("The sources give no dated events on this.")}
	}
	var r richText
	for i, e := range t.Events {
		if i == maxListed {
			r.add(styled(fmt.Sprintf("…and %d more: run `dossier timeline` for all.", len(t.Events)-maxListed), slack.RichTextSectionTextStyle{Italic: true}))
			break
		}
		when := e.DateText
		if e.Approximate {
			when += ", approximate"
		}
		r.add(styled(e.Date, slack.RichTextSectionTextStyle{Bold: true}), styled(" ("+when+")\n“", slack.RichTextSectionTextStyle{}),
			verbatim(e.Text), styled("”\n", slack.RichTextSectionTextStyle{}), styled(e.Source, slack.RichTextSectionTextStyle{Italic: true}),
			styled(" · "+gradeLabel(e.Reliability)+" · ", slack.RichTextSectionTextStyle{}), styled(e.ID, slack.RichTextSectionTextStyle{Code: true}))
		r.end()
	}
	return append([]slack.Block{mdSection(head)}, r.blocks()...)
}

// claimsBlocks renders who says what, by claimant, with each claim's
// disputes beside it.
func claimsBlocks(c *bot.Claims) []slack.Block {
	head := "*Who says what* in the knowledge base"
	if c.Topic != "" {
		head = "*Who says what* on *" + escape(c.Topic) + "*"
	}
	if len(c.Missing) > 0 {
		return []slack.Block{mdSection(head), section("The knowledge base does not cover this. It has nothing on: " + strings.Join(c.Missing, ", ") + ".")}
	}
	if len(c.Claims) == 0 {
		return []slack.Block{mdSection(head), section("The sources attribute no statements on this.")}
	}
	var r richText
	n := 0
	for _, group := range bot.ClaimantGroups(c.Claims) {
		r.add(styled(group[0].Claimant, slack.RichTextSectionTextStyle{Bold: true}))
		for _, cl := range group {
			if n++; n > maxListed {
				break
			}
			r.add(styled("\n• ", slack.RichTextSectionTextStyle{}), styled(cl.Stance, slack.RichTextSectionTextStyle{Italic: true}), styled(": “", slack.RichTextSectionTextStyle{}),
				verbatim(cl.Text), styled("” · "+gradeLabel(cl.Reliability)+" · ", slack.RichTextSectionTextStyle{}), styled(cl.ID, slack.RichTextSectionTextStyle{Code: true}))
			for _, d := range cl.DisputedBy {
				r.add(styled("\n    ⇄ disputed: "+d.Claimant+" ", slack.RichTextSectionTextStyle{}), styled(d.Stance, slack.RichTextSectionTextStyle{Italic: true}),
					styled(" (", slack.RichTextSectionTextStyle{}), styled(d.ID, slack.RichTextSectionTextStyle{Code: true}), styled(")", slack.RichTextSectionTextStyle{}))
			}
		}
		r.end()
		if n > maxListed {
			r.add(styled(fmt.Sprintf("…and more: run `dossier claims` for all %d.", len(c.Claims)), slack.RichTextSectionTextStyle{Italic: true}))
			break
		}
	}
	return append([]slack.Block{mdSection(head)}, r.blocks()...)
}

func gradeLabel(g string) string {
	return bot.Citation{Reliability: g}.ReliabilityLabel()
}

// richText gathers items (an event, a claimant's claims) as rich text,
// whose text Slack shows as written, into blocks of about maxText
// characters each.
type richText struct {
	done  []slack.Block
	elems []slack.RichTextSectionElement
	n     int
	sep   bool // an item ended: a blank line before the next
}

// add appends elements to the current item.
func (r *richText) add(elems ...slack.RichTextSectionElement) {
	if r.sep {
		r.sep = false
		r.add(styled("\n\n", slack.RichTextSectionTextStyle{}))
	}
	for _, e := range elems {
		if t, ok := e.(*slack.RichTextSectionTextElement); ok {
			r.n += utf8.RuneCountInString(t.Text)
		}
	}
	r.elems = append(r.elems, nonEmpty(elems...)...)
}

// end ends an item: a blank line follows it, or, past the size of a
// block, a new block.
func (r *richText) end() {
	if r.n < maxText*5/6 {
		r.sep = true
		return
	}
	r.flush()
}

func (r *richText) flush() {
	if len(r.elems) > 0 {
		r.done = append(r.done, slack.NewRichTextBlock("", slack.NewRichTextSection(r.elems...)))
	}
	r.elems, r.n, r.sep = nil, 0, false
}

// blocks returns the rich text blocks, the last one ended.
func (r *richText) blocks() []slack.Block {
	r.flush()
	return r.done
}
