package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// maxTitleWords is the longest opening line taken for a title.
const maxTitleWords = 20

var bylineRE = lazyre.New(`^(?i:by)\s+(\S.{0,80})$`)

// FromText reads plain text: paragraphs at blank lines, lines joined with
// spaces. An opening line that reads as a title (one short line without a
// full stop) is the title; a line after it such as "By Jane Doe" is the
// author.
func FromText(data []byte) (*Document, error) {
	text, err := utf8Text(data)
	if err != nil {
		return nil, err
	}
	paras := splitParagraphs(text, nil)
	d := &Document{}
	if len(paras) > 1 && isTitle(paras[0]) {
		d.Title, paras = normalize(paras[0]), paras[1:]
		if m := bylineRE.FindStringSubmatch(normalize(paras[0])); m != nil && len(paras) > 1 {
			d.Author, paras = m[1], paras[1:]
		}
	}
	for _, p := range paras {
		d.Paragraphs = keep(d.Paragraphs, p)
	}
	if len(d.Paragraphs) == 0 {
		return nil, fmt.Errorf("the text has no paragraphs")
	}
	return d, nil
}

func isTitle(p string) bool {
	p = strings.TrimSpace(p)
	return !strings.Contains(p, "\n") && len(strings.Fields(p)) <= maxTitleWords && !strings.ContainsAny(p[len(p)-1:], ".!?:;,")
}

// FromMarkdown reads Markdown: YAML front matter, if any, gives the
// metadata (title, author, publisher, published or date, url, tags); the
// first "# " heading is the title; headings, rules and images are left
// out; a list item is a paragraph of its own, without its marker. Inline
// Markdown is kept as written.
func FromMarkdown(data []byte) (*Document, error) {
	text, err := utf8Text(data)
	if err != nil {
		return nil, err
	}
	d := &Document{}
	if rest, ok := readFrontMatter(text, &d.Meta); ok {
		text = rest
	}
	paras := splitParagraphs(text, func(line string) (string, bool) {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "#"):
			if title, ok := strings.CutPrefix(t, "# "); ok && d.Title == "" {
				d.Title = strings.TrimSpace(title)
			}
			return "", true
		case ruleRE.MatchString(t), imageRE.MatchString(t):
			return "", true
		}
		if m := listRE.FindStringSubmatch(line); m != nil {
			return m[1], true
		}
		return line, false
	})
	for _, p := range paras {
		d.Paragraphs = keep(d.Paragraphs, p)
	}
	if len(d.Paragraphs) == 0 {
		return nil, fmt.Errorf("the Markdown has no paragraphs")
	}
	return d, nil
}

var (
	ruleRE  = lazyre.New(`^([-*_]\s*){3,}$`)
	imageRE = lazyre.New(`^!\[[^\]]*\]\([^)]*\)$`)
	listRE  = lazyre.New(`^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$`)
)

// readFrontMatter reads a leading YAML block into m, returning the text after it.
func readFrontMatter(text string, m *Meta) (string, bool) {
	head, rest, ok := strings.Cut(strings.TrimPrefix(text, "---\n"), "\n---\n")
	if !ok || !strings.HasPrefix(text, "---\n") {
		return text, false
	}
	var fm struct {
		Title, Author, Publisher, URL string
		Published, Date               string
		Tags                          []string
	}
	if err := yaml.Unmarshal([]byte(head), &fm); err != nil {
		return text, false
	}
	m.Title, m.Author, m.Publisher, m.URL, m.Tags = fm.Title, fm.Author, fm.Publisher, fm.URL, fm.Tags
	m.Published = dateOnly(fm.Published + fm.Date)
	return rest, true
}

// dateOnly keeps the date of a timestamp ("2024-03-05T10:00:00Z").
func dateOnly(s string) string {
	if len(s) > 10 && s[4] == '-' && s[7] == '-' {
		return s[:10]
	}
	return s
}

// splitParagraphs cuts text at blank lines. line, when given, rewrites
// each line: a line it reports as standing alone ends the paragraph
// before it and is one of its own (or dropped, when it returns "").
func splitParagraphs(text string, line func(string) (string, bool)) []string {
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if line != nil {
			var alone bool
			if l, alone = line(l); alone {
				flush()
				if l != "" {
					cur = append(cur, l)
					flush()
				}
				continue
			}
		}
		cur = append(cur, strings.TrimSpace(l))
	}
	flush()
	return out
}

// utf8Text returns data as text, without a byte-order mark, or says why it
// is not UTF-8 text.
func utf8Text(data []byte) (string, error) {
	s := strings.TrimPrefix(string(data), "\uFEFF")
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("the text is not UTF-8: convert it first (for example iconv -f WINDOWS-1252 -t UTF-8)")
	}
	return s, nil
}
