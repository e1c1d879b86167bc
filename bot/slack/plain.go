package slack

import (
	"slices"
	"strings"

	"github.com/slack-go/slack"
)

// Text that a model or a source wrote is shown, never obeyed: outside
// markdown blocks (see safeMarkdown) its addresses are broken so that no
// client makes them links, and a quoted passage is rich text, whose text
// elements Slack does not interpret, so that it reads exactly as written.

// wordJoiner is U+2060: invisible, and not part of any address.
const wordJoiner = "\u2060"

// defang breaks every web or mail address of s with invisible word
// joiners after its colon and its dots: the address reads the same, and
// no link detector matches it.
func defang(s string) string { return mapAddresses(s, breakAddress) }

// breakAddress puts a word joiner after each colon and dot of an address.
func breakAddress(u string) string { return addressBreaker.Replace(u) }

var addressBreaker = strings.NewReplacer(":", ":"+wordJoiner, ".", "."+wordJoiner, "@", "@"+wordJoiner)

// plain makes text from a model or a source safe in mrkdwn: no entity,
// mention or <link> survives, and no address is clickable.
func plain(s string) string { return escape(defang(s)) }

// verbatim is a rich text element showing text exactly as written, its
// addresses broken (see defang).
func verbatim(text string) slack.RichTextSectionElement {
	return styled(text, slack.RichTextSectionTextStyle{})
}

// styled is a rich text element in a style, its addresses broken and
// marked unlinked: Slack interprets nothing in it.
func styled(text string, style slack.RichTextSectionTextStyle) slack.RichTextSectionElement {
	style.Unlink = true
	return slack.NewRichTextSectionTextElement(defang(text), &style)
}

// nonEmpty drops the text elements without text, which Slack refuses.
func nonEmpty(elems ...slack.RichTextSectionElement) []slack.RichTextSectionElement {
	return slices.DeleteFunc(elems, func(e slack.RichTextSectionElement) bool {
		t, ok := e.(*slack.RichTextSectionTextElement)
		return ok && t.Text == ""
	})
}
