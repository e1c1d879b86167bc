package fakeslack

import (
	"encoding/json"
	"regexp"
	"strings"
)

// What a Slack client makes clickable in a message, by a conservative
// model of it: a "url" field (buttons, rich text links); in mrkdwn, a
// <url|label> or <url> and any bare address, even in code; in a markdown
// block, a Markdown link, an <autolink> and a bare address outside code
// spans; in a rich text element's text, any bare address.
var (
	mrkdwnLink = regexp.MustCompile(`<((?:https?|ftp|mailto):[^|>]*)(?:\|[^>]*)?>`)
	mdInline   = regexp.MustCompile(`\]\(\s*<?([^)\s>]+)`)
	mdAutolink = regexp.MustCompile(`<((?:https?|ftp|mailto):[^>\s]*)>`)
	mdCodeSpan = regexp.MustCompile("`+[^`]*`+")
	bareAddr   = regexp.MustCompile(`(?i)\b(?:(?:https?|ftp)://[^\s<>|` + "`" + `"]+|mailto:[^\s<>|]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>|` + "`" + `"]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|gov|edu|info|dev|app|co|uk|ru|example)\b[^\s<>|` + "`" + `"]*)`)
)

// Links returns every address a client would make clickable in blocks,
// Block Kit JSON as a message carries it.
func Links(blocks string) []string {
	var v any
	if json.Unmarshal([]byte(blocks), &v) != nil {
		return []string{"(blocks are not JSON)"}
	}
	var out []string
	walk(v, &out)
	return out
}

func walk(v any, out *[]string) {
	switch x := v.(type) {
	case []any:
		for _, y := range x {
			walk(y, out)
		}
	case map[string]any:
		if u, ok := x["url"].(string); ok {
			*out = append(*out, u)
		}
		text, _ := x["text"].(string)
		switch x["type"] {
		case "mrkdwn":
			*out = append(*out, mrkdwnLinks(text)...)
		case "markdown":
			*out = append(*out, markdownLinks(text)...)
		case "text":
			*out = append(*out, bareAddr.FindAllString(text, -1)...)
		}
		for _, y := range x {
			walk(y, out)
		}
	}
}

func mrkdwnLinks(s string) []string {
	var out []string
	for _, m := range mrkdwnLink.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return append(out, bareAddr.FindAllString(mrkdwnLink.ReplaceAllString(s, " "), -1)...)
}

func markdownLinks(s string) []string {
	var out []string
	for _, part := range mdCodeSpan.Split(s, -1) {
		for _, m := range mdInline.FindAllStringSubmatch(part, -1) {
			out = append(out, m[1])
		}
		for _, m := range mdAutolink.FindAllStringSubmatch(part, -1) {
			out = append(out, m[1])
		}
		out = append(out, bareAddr.FindAllString(mdAutolink.ReplaceAllString(part, " "), -1)...)
	}
	return out
}

// OnlyLinks reports the addresses of Links(blocks) that are not among
// allowed: what should not be clickable but is.
func OnlyLinks(blocks string, allowed ...string) []string {
	var bad []string
	for _, l := range Links(blocks) {
		ok := false
		for _, a := range allowed {
			ok = ok || strings.TrimSuffix(l, "/") == strings.TrimSuffix(a, "/")
		}
		if !ok {
			bad = append(bad, l)
		}
	}
	return bad
}
