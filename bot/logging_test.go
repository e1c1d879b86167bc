package bot_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/bot"
)

func TestRedactURLs(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://user:s3cret@llm.example/v1", "https://REDACTED@llm.example/v1"},
		{"redis://:s3cret@cache:6379/0", "redis://REDACTED@cache:6379/0"},
		{`Post "https://hooks.slack.com/commands/T1/42/s3cret": EOF`, `Post "https://hooks.slack.com/REDACTED": EOF`},
		{"https://llm.example/v1 and plain text", "https://llm.example/v1 and plain text"},
		{"mail a@b.example", "mail a@b.example"},
	} {
		if got := bot.RedactURLs(tt.in); got != tt.want {
			t.Errorf("RedactURLs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// No URL's secret reaches a log line, in its message, its attributes,
// its errors, its groups, or the attributes of its context.
func TestLogHandlerRedactsURLs(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(bot.LogHandler(slog.NewJSONHandler(&buf, nil))).With("base", "https://u:s3cret-with@llm.example/v1")
	ctx := bot.WithLogAttrs(context.Background(), "redis", "redis://:s3cret-ctx@cache:6379")
	log.ErrorContext(ctx, "post to https://hooks.slack.com/actions/T1/1/s3cret-msg failed",
		"err", errors.New(`Post "https://hooks.slack.com/commands/T1/42/s3cret-err": EOF`),
		slog.Group("g", "url", "https://x:s3cret-group@h.example"))
	if out := buf.String(); strings.Contains(out, "s3cret") || !strings.Contains(out, "llm.example/v1") || !strings.Contains(out, "hooks.slack.com") {
		t.Errorf("log line: %s", out)
	}
}
