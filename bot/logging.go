package bot

import (
	"context"
	"log/slog"
)

type logAttrsKey struct{}

// WithLogAttrs returns a context whose log lines carry attrs (key-value
// pairs, as slog takes them): a request's or an event's ID, say. Loggers
// made with LogHandler add them to every line logged with the context.
func WithLogAttrs(ctx context.Context, args ...any) context.Context {
	prev, _ := ctx.Value(logAttrsKey{}).([]any)
	return context.WithValue(ctx, logAttrsKey{}, append(append([]any(nil), prev...), args...))
}

// LogHandler wraps h so that each record gets the attrs of its context.
func LogHandler(h slog.Handler) slog.Handler { return ctxHandler{h} }

type ctxHandler struct{ slog.Handler }

func (h ctxHandler) Handle(ctx context.Context, r slog.Record) error {
	if args, ok := ctx.Value(logAttrsKey{}).([]any); ok {
		r.Add(args...)
	}
	return h.Handler.Handle(ctx, r)
}

func (h ctxHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return ctxHandler{h.Handler.WithAttrs(as)}
}
func (h ctxHandler) WithGroup(name string) slog.Handler { return ctxHandler{h.Handler.WithGroup(name)} }
