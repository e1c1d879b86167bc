package slack

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// maxMarkdown is Block Kit's limit on the markdown blocks of one message,
// all together, in characters.
const maxMarkdown = 12000

// Answer text is Markdown (a model writes it; passages are prose), and
// Slack renders it in a markdown block. What Slack would make live is
// neutralised first: only a source's own url, rendered elsewhere, is ever
// a link, and nothing pings.
var (
	mdRefDef   = lazyre.New(`(?m)^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$`)
	mdImage    = lazyre.New(`!\[([^\]\n]*)\]\([^)\n]*\)`)
	mdLink     = lazyre.New(`\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)`)
	mdCode     = lazyre.New("`+[^`]*`+")
	bareURL    = lazyre.New(`\b(?:(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP])://|[mM][aA][iI][lL][tT][oO]:|[wW][wW][wW]\.)[^\s` + "`" + `]+|\b[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.[a-zA-Z][a-zA-Z]+\b(?:/[^\s` + "`" + `]*)?`)
	broadcast  = lazyre.New(`(?i)@(here|channel|everyone)\b`)
	angleMarks = strings.NewReplacer("<", "＜", ">", "＞")
	// linkSyntax breaks what is left of a link's syntax (a label across
	// lines, a link cut between two streamed pieces) with a word joiner.
	linkSyntax = strings.NewReplacer("](", "]\u2060(", "]:", "]\u2060:")
)

// safeMarkdown neutralises Markdown for Slack: link reference definitions
// dropped, images to their alt text, links to their label with the
// address shown as code (visible, not clickable), bare addresses as code,
// what remains of a link's syntax broken,
// angle brackets (Slack's <!channel>, <@U…>, <http://…>) to look-alikes,
// and @here, @channel and @everyone broken with a word joiner.
func safeMarkdown(s string) string {
	if strings.Contains(s, "]:") {
		s = mdRefDef.ReplaceAllString(s, "")
	}
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
		g := mdLink.FindStringSubmatch(m)
		if g[1] == g[2] {
			return "`" + g[2] + "`"
		}
		return g[1] + " (`" + g[2] + "`)"
	})
	s = outsideCode(s, func(s string) string { return linkSyntax.Replace(codeAddresses(s)) })
	s = broadcast.ReplaceAllString(s, "@\u2060$1")
	return angleMarks.Replace(s)
}

// codeAddresses turns the web and mail addresses of s into code.
func codeAddresses(s string) string {
	return mapAddresses(s, func(u string) string {
		trimmed := strings.TrimRight(u, ".,;:!?)]'\"’”")
		return "`" + trimmed + "`" + u[len(trimmed):]
	})
}

// mapAddresses replaces each web or mail address of s with f of it, word
// by word: an address has no spaces.
func mapAddresses(s string, f func(string) string) string {
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			i = len(s)
		}
		word := s[:i]
		if mayBeAddress(word) {
			word = bareURL.ReplaceAllStringFunc(word, f)
		}
		b.WriteString(word)
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
		if j < 0 {
			j = len(s)
		}
		b.WriteString(s[:j])
		s = s[j:]
	}
	return b.String()
}

// mayBeAddress reports whether a word has a colon or a dot followed by a
// letter: no address lacks both, and most words ("end.", "[1].") do.
func mayBeAddress(word string) bool {
	if strings.Contains(word, ":") {
		return true
	}
	for i := 0; i+1 < len(word); i++ {
		if c := word[i+1]; word[i] == '.' && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return true
		}
	}
	return false
}

// outsideCode applies f to the parts of s outside `code` spans.
func outsideCode(s string, f func(string) string) string {
	var b strings.Builder
	last := 0
	for _, loc := range mdCode.FindAllStringIndex(s, -1) {
		b.WriteString(f(s[last:loc[0]]))
		b.WriteString(s[loc[0]:loc[1]])
		last = loc[1]
	}
	b.WriteString(f(s[last:]))
	return b.String()
}

// markdownBlocks renders neutralised Markdown as markdown blocks of at
// most maxText characters each, split between paragraphs or sentences.
func markdownBlocks(md string) []slack.Block {
	var out []slack.Block
	for _, c := range chunks(md, maxText) {
		out = append(out, slack.NewMarkdownBlock("", c))
	}
	return out
}

// markdownLen counts the characters of a message's markdown blocks.
func markdownLen(b slack.Block) int {
	if m, ok := b.(*slack.MarkdownBlock); ok {
		return utf8.RuneCountInString(m.Text)
	}
	return 0
}
