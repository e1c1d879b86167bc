// Package ingest turns a document a curator has — a web page, an HTML
// file, Markdown or plain text — into a knowledge base source: its own
// paragraphs, verbatim, as passages, and front matter from the curator's
// flags, the document's metadata, or an honest inference.
package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// Kinds of document.
const (
	KindHTML     = "text/html"
	KindText     = "text/plain"
	KindMarkdown = "text/markdown"
)

// ErrUnsupported is returned for a document that is not HTML, plain text
// or Markdown (a PDF, an image).
var ErrUnsupported = errors.New("unsupported document type")

// Meta is a source's front matter, as text.
type Meta struct {
	ID, Title, Author, Publisher string
	Published                    string // YYYY, YYYY-MM or YYYY-MM-DD
	DateInferred                 bool
	DateNote                     string
	URL                          string
	Tags                         []string
	Reliability                  string
	ReliabilityNote              string
}

// A Document is what was read from the input: the metadata it gives about
// itself and its paragraphs, verbatim.
type Document struct {
	Meta
	Paragraphs []string
	// LastModified is the server's Last-Modified date, when fetched.
	LastModified time.Time
}

// Kind says what kind of document data is, from its declared media type
// (a Content-Type header; may be empty), its file name, and its first
// bytes. Anything else than HTML, text or Markdown is ErrUnsupported.
func Kind(mediaType, name string, data []byte) (string, error) {
	if mediaType != "" {
		mt, _, err := mime.ParseMediaType(mediaType)
		if err != nil {
			return "", fmt.Errorf("%w: %q", ErrUnsupported, mediaType)
		}
		switch mt {
		case KindHTML, "application/xhtml+xml":
			return KindHTML, nil
		case KindMarkdown, "text/x-markdown":
			return KindMarkdown, nil
		case KindText:
			if isMarkdownName(name) {
				return KindMarkdown, nil
			}
			return KindText, nil
		}
		return "", fmt.Errorf("%w: %s", ErrUnsupported, mt)
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return KindHTML, nil
	case ".md", ".markdown":
		return KindMarkdown, nil
	}
	sniffed, _, _ := mime.ParseMediaType(http.DetectContentType(data))
	switch sniffed {
	case KindHTML:
		return KindHTML, nil
	case KindText:
		return KindText, nil
	}
	return "", fmt.Errorf("%w: %s", ErrUnsupported, sniffed)
}

func isMarkdownName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// Merge fills front matter: each field from the flags when given, else
// from the document; a missing date is inferred (see InferDate); a
// missing id is the title's slug.
func Merge(flags Meta, doc *Document, now time.Time) Meta {
	m := flags
	pick := func(dst *string, from string) {
		if *dst == "" {
			*dst = strings.TrimSpace(from)
		}
	}
	pick(&m.Title, doc.Title)
	pick(&m.Author, doc.Author)
	pick(&m.Publisher, doc.Publisher)
	pick(&m.URL, doc.URL)
	if len(m.Tags) == 0 {
		m.Tags = doc.Tags
	}
	if m.Published == "" && doc.Published != "" {
		m.Published, m.DateInferred, m.DateNote = doc.Published, doc.DateInferred, doc.DateNote
	}
	if m.Published == "" {
		m.Published, m.DateNote = InferDate(doc, now)
		m.DateInferred = true
	}
	pick(&m.ID, Slug(m.Title))
	return m
}

// Missing names the required fields that Merge could not fill; each has
// a flag of its name.
func (m Meta) Missing() []string {
	var out []string
	for _, f := range []struct{ name, v string }{{"title", m.Title}, {"author", m.Author}, {"publisher", m.Publisher}} {
		if strings.TrimSpace(f.v) == "" {
			out = append(out, f.name)
		}
	}
	return out
}

// frontMatter is Meta as written, in the order curators read it.
type frontMatter struct {
	ID              string   `yaml:"id"`
	Title           string   `yaml:"title"`
	Author          string   `yaml:"author"`
	Publisher       string   `yaml:"publisher"`
	Published       string   `yaml:"published"`
	DateInferred    bool     `yaml:"date_inferred,omitempty"`
	DateNote        string   `yaml:"date_note,omitempty"`
	URL             string   `yaml:"url,omitempty"`
	Tags            []string `yaml:"tags,omitempty,flow"`
	Reliability     string   `yaml:"reliability,omitempty"`
	ReliabilityNote string   `yaml:"reliability_note,omitempty"`
}

// Render writes a source file: the front matter, then one paragraph a
// line, a blank line between.
func Render(m Meta, paragraphs []string) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	fm, err := yaml.Marshal(frontMatter(m))
	if err != nil {
		panic(err) // strings and a bool always marshal
	}
	// a date needs no quotes: published: 2024-03-05, as curators write it
	b.Write(quotedDateRE.ReplaceAll(fm, []byte("published: $1")))
	b.WriteString("---\n")
	for i, p := range paragraphs {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(p)
		b.WriteString("\n")
	}
	return b.Bytes()
}

var quotedDateRE = lazyre.New(`(?m)^published: "(\d{4}(?:-\d{2}){0,2})"$`)

// TextHash identifies a source's text: its paragraphs, whitespace
// normalised, so that the same text pasted twice is known whatever its
// front matter or line wrapping.
func TextHash(paragraphs []string) string {
	h := sha256.New()
	for _, p := range paragraphs {
		h.Write([]byte(strings.Join(strings.Fields(p), " ")))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// maxSlug is the longest id Slug makes.
const maxSlug = 60

// Slug makes an id of a title: lower-case ASCII letters and digits,
// accents dropped, words joined by hyphens, at most 60 characters. A title
// with no Latin letters or digits gives "".
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(title)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case r == '\'' || r == '’':
		default:
			dash = true
		}
	}
	s := b.String()
	for len(s) > maxSlug {
		i := strings.LastIndexByte(s[:maxSlug+1], '-')
		if i <= 0 {
			s = s[:maxSlug]
			break
		}
		s = s[:i]
	}
	return s
}

// normalize joins a paragraph's whitespace into single spaces and drops
// control characters; nothing else changes.
func normalize(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) || r == '\uFEFF' || r == '\u00AD' {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// hasWord reports whether s has a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// keep appends a paragraph, normalised, if it has a word.
func keep(out []string, p string) []string {
	if p = normalize(p); hasWord(p) {
		return append(out, p)
	}
	return out
}
