package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"golang.org/x/net/html/charset"
)

// Fetching limits.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
)

// A Fetcher gets web pages for curation, within limits: a timeout, a size
// cap, a bounded number of redirects, and only HTML, plain text or
// Markdown.
type Fetcher struct {
	// Client makes the requests (default: one with Timeout).
	Client       *http.Client
	UserAgent    string
	Timeout      time.Duration // default 30s
	MaxBytes     int64         // default 10 MB
	MaxRedirects int           // default 5
}

// A Page is what a Fetcher got.
type Page struct {
	URL          *url.URL // after redirects
	Kind         string   // KindHTML, KindText or KindMarkdown
	Body         []byte
	LastModified time.Time
}

// ErrTooLarge is returned for a page over the size cap.
var ErrTooLarge = errors.New("page too large")

// Fetch gets a page by http(s) URL.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not an http(s) URL", rawURL)
	}
	ctx, cancel := context.WithTimeout(ctx, cmp.Or(f.Timeout, DefaultTimeout))
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.UserAgent)
	req.Header.Set("Accept", "text/html, text/markdown, text/plain;q=0.9")
	resp, err := f.client().Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: the server answered %s", resp.Request.URL, resp.Status)
	}
	kind, err := Kind(resp.Header.Get("Content-Type"), resp.Request.URL.Path, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w: kb add takes HTML, plain text or Markdown", resp.Request.URL, err)
	}
	body, err := f.read(resp)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", resp.Request.URL, err)
	}
	p := &Page{URL: resp.Request.URL, Kind: kind, Body: body}
	if lm, err := http.ParseTime(resp.Header.Get("Last-Modified")); err == nil {
		p.LastModified = lm
	}
	return p, nil
}

// read reads the body up to the size cap, converted to UTF-8 from the
// charset the response declares.
func (f *Fetcher) read(resp *http.Response) ([]byte, error) {
	limit := cmp.Or(f.MaxBytes, DefaultMaxBytes)
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: %s, the most is %s", ErrTooLarge, mb(resp.ContentLength), mb(limit))
	}
	r, err := utf8Reader(resp.Body, resp.Header.Get("Content-Type"))
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w: over %s", ErrTooLarge, mb(limit))
	}
	return body, nil
}

func (f *Fetcher) client() *http.Client {
	c := http.Client{Timeout: cmp.Or(f.Timeout, DefaultTimeout)}
	if f.Client != nil {
		c = *f.Client
	}
	max := f.MaxRedirects
	if max == 0 {
		max = DefaultMaxRedirects
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > max {
			return fmt.Errorf("stopped after %d redirects", max)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirected to %q, not an http(s) URL", req.URL)
		}
		return nil
	}
	return &c
}

// utf8Reader converts r to UTF-8 from the charset contentType declares,
// or, for HTML, a <meta charset> says.
func utf8Reader(r io.Reader, contentType string) (io.Reader, error) {
	cr, err := charset.NewReader(r, contentType)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return cr, nil
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
