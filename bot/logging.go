package bot

import (
	"context"
	"log/slog"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

type logAttrsKey struct{}

// WithLogAttrs returns a context whose log lines carry attrs (key-value
// pairs, as slog takes them): a request's or an event's ID, say. Loggers
// made with LogHandler add them to every line logged with the context.
func WithLogAttrs(ctx context.Context, args ...any) context.Context {
	prev, _ := ctx.Value(logAttrsKey{}).([]any)
	return context.WithValue(ctx, logAttrsKey{}, append(append([]any(nil), prev...), args...))
}

// LogHandler wraps h so that each record gets the attrs of its context,
// and no URL's secret (see RedactURLs) reaches the log.
func LogHandler(h slog.Handler) slog.Handler { return ctxHandler{h} }

type ctxHandler struct{ slog.Handler }

func (h ctxHandler) Handle(ctx context.Context, r slog.Record) error {
	if args, ok := ctx.Value(logAttrsKey{}).([]any); ok {
		r.Add(args...)
	}
	out := slog.NewRecord(r.Time, r.Level, RedactURLs(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(redactAttr(a))
		return true
	})
	return h.Handler.Handle(ctx, out)
}

func (h ctxHandler) WithAttrs(as []slog.Attr) slog.Handler {
	out := make([]slog.Attr, len(as))
	for i, a := range as {
		out[i] = redactAttr(a)
	}
	return ctxHandler{h.Handler.WithAttrs(out)}
}
func (h ctxHandler) WithGroup(name string) slog.Handler { return ctxHandler{h.Handler.WithGroup(name)} }

// Secrets in addresses: a URL's user and password, and the token path
// of Slack's response URLs and incoming webhooks.
var (
	urlUserinfo  = lazyre.New(`(?i)\b([a-z][a-z0-9+.-]*://)[^\s/?#"'<>]*@`)
	slackWebhook = lazyre.New(`(?i)\b(https?://hooks\.slack(?:-gov)?\.com)/[^\s"'<>]*`)
)

// RedactURLs hides the secrets of the URLs in s: the user and password of
// "https://user:pass@host/" and the token path of Slack's response URLs
// ("https://hooks.slack.com/commands/…").
func RedactURLs(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	s = urlUserinfo.ReplaceAllString(s, "${1}REDACTED@")
	return slackWebhook.ReplaceAllString(s, "$1/REDACTED")
}

// redactAttr applies RedactURLs to a string or an error attribute.
func redactAttr(a slog.Attr) slog.Attr {
	switch a.Value.Kind() {
	case slog.KindString:
		if s := a.Value.String(); strings.Contains(s, "://") {
			a.Value = slog.StringValue(RedactURLs(s))
		}
	case slog.KindAny:
		if err, ok := a.Value.Any().(error); ok && strings.Contains(err.Error(), "://") {
			a.Value = slog.StringValue(RedactURLs(err.Error()))
		}
	case slog.KindGroup:
		as := a.Value.Group()
		out := make([]slog.Attr, len(as))
		for i, g := range as {
			out[i] = redactAttr(g)
		}
		a.Value = slog.GroupValue(out...)
	}
	return a
}
