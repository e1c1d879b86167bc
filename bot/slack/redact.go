package slack

import (
	"net/url"
	"strconv"
	"strings"
)

// A response_url is a bearer token: whoever has it can post in the
// conversation for 30 minutes. It is never logged; errors show its host.

// urlHidden is an error with a secret URL replaced by its host.
type urlHidden struct {
	err           error
	secret, shown string
}

func (e urlHidden) Error() string {
	s := strings.ReplaceAll(e.err.Error(), strconv.Quote(e.secret), strconv.Quote(e.shown))
	return strings.ReplaceAll(s, e.secret, e.shown)
}

func (e urlHidden) Unwrap() error { return e.err }

// hideURL returns err with u, a secret URL, shown only by its scheme and
// host; nil stays nil.
func hideURL(err error, u string) error {
	if err == nil || u == "" {
		return err
	}
	return urlHidden{err: err, secret: u, shown: redactedURL(u)}
}

// redactedURL is u without its path, query and user: "https://host/…".
func redactedURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return "(a URL, redacted)"
	}
	return p.Scheme + "://" + p.Host + "/…"
}
