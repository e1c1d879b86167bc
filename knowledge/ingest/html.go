package ingest

import (
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// FromHTML reads a web page's main text with readability (the algorithm
// of Firefox's Reader View, which leaves navigation, share bars, bylines
// and the like out) and its metadata: title, author, publisher and
// publication date (article:published_time, JSON-LD, or a <time> in the
// article). pageURL, when known, becomes the source's url.
func FromHTML(r io.Reader, pageURL *url.URL) (*Document, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	published := articleTime(doc) // before readability takes the byline out
	art, err := readability.FromDocument(doc, pageURL)
	if err != nil {
		return nil, fmt.Errorf("find the page's main text: %w", err)
	}
	d := &Document{Meta: Meta{
		Title:     art.Title(),
		Author:    strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(art.Byline(), "By "), "by ")),
		Publisher: art.SiteName(),
	}}
	if pageURL != nil {
		d.URL = pageURL.String()
	}
	if t, err := art.PublishedTime(); err == nil {
		d.Published = t.Format("2006-01-02")
	} else if !published.IsZero() {
		d.Published = published.Format("2006-01-02")
	}
	if art.Node != nil {
		d.Paragraphs = slices.DeleteFunc(paragraphs(art.Node, nil), d.isDateline)
	}
	if len(d.Paragraphs) == 0 {
		return nil, fmt.Errorf("the page has no readable main text")
	}
	return d, nil
}

// blocks are the elements whose text is one paragraph, unless they hold
// another of them.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Dd: true, atom.Dt: true, atom.Td: true, atom.Th: true, atom.Div: true,
	atom.Section: true, atom.Article: true,
}

// skipped elements hold no paragraph of the text: headings, captions.
var skipped = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Figcaption: true, atom.Caption: true, atom.Script: true, atom.Style: true, atom.Nav: true,
	atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Button: true,
}

// paragraphs walks the readable content: each block element with no block
// inside is one paragraph; a block's own text beside inner blocks is one
// too.
func paragraphs(n *html.Node, out []string) []string {
	var loose strings.Builder
	flush := func() {
		out = keep(out, loose.String())
		loose.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && skipped[tag(c)]:
			flush()
		case c.Type == html.ElementNode && hasBlock(c):
			flush()
			out = paragraphs(c, out)
		case c.Type == html.ElementNode && blocks[tag(c)]:
			flush()
			out = keep(out, render.InnerText(c))
		case c.Type == html.ElementNode && tag(c) == atom.Br && c.NextSibling != nil && tag(c.NextSibling) == atom.Br:
			flush()
		default:
			loose.WriteString(render.InnerText(c))
		}
	}
	flush()
	return out
}

func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blocks[tag(c)] || skipped[tag(c)] || hasBlock(c)) {
			return true
		}
	}
	return false
}

// articleTime is the publication time a <time datetime> gives: one marked
// itemprop="datePublished", else the first inside the <article>. A time
// elsewhere on the page (a sidebar's, a comment's) says nothing of the
// article.
func articleTime(doc *html.Node) time.Time {
	var marked, inArticle time.Time
	var walk func(n *html.Node, article bool)
	walk = func(n *html.Node, article bool) {
		if n.Type == html.ElementNode {
			article = article || tag(n) == atom.Article
			if tag(n) == atom.Time {
				if t, err := dateparse.ParseAny(attr(n, "datetime")); err == nil {
					if attr(n, "itemprop") == "datePublished" && marked.IsZero() {
						marked = t
					}
					if article && inArticle.IsZero() {
						inArticle = t
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, article)
		}
	}
	walk(doc, false)
	if !marked.IsZero() {
		return marked
	}
	return inArticle
}

// tag is an element's atom by its name: readability renames elements
// (a <main> becomes a <div>) and leaves their DataAtom as it was.
func tag(n *html.Node) atom.Atom {
	return atom.Lookup([]byte(n.Data))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// isDateline reports a paragraph that only says who wrote the page or
// when: "By Jane Doe", "14 September 2022". Readability keeps such a line
// when the page's metadata already named the author.
func (d *Document) isDateline(p string) bool {
	if m := bylineRE.FindStringSubmatch(p); m != nil && d.Author != "" && strings.Contains(m[1], d.Author) {
		return true
	}
	return p == d.Author || datelineRE.MatchString(p)
}

var datelineRE = lazyre.New(`^(?i:(?:posted|published|updated)(?: on)?:? )?(?:\d{1,2} (?:` + months + `),? \d{4}|(?:` + months + `) \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})$`)
