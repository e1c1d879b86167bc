package slack_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/openai"
	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/slack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

// setup is how a test's bot differs from slacktest's default.
type setup struct {
	allowChannels []string
	userRate      int
	model         *openaitest.Server // answers with this model
	socketOnly    bool               // Socket Mode, no signing secret
	preview       func(ctx context.Context) (*bot.DigestContent, error)
	opts          slacktest.Options
}

// start starts a bot for one test, in parallel with the others.
func start(t *testing.T, s setup) *slacktest.Harness {
	t.Helper()
	t.Parallel()
	return startBot(t, s)
}

// startBot starts a bot for a test that already runs in parallel.
func startBot(t *testing.T, s setup) *slacktest.Harness {
	t.Helper()
	o := s.opts
	o.Config = func(c *slack.Config) {
		c.AllowChannels = s.allowChannels
		c.UserPerMinute = s.userRate
		if s.socketOnly {
			c.AppToken, c.SigningSecret = "xapp-1-test", ""
		}
	}
	if s.model != nil {
		llm, err := openai.New(openai.Config{APIKey: "sk", BaseURL: s.model.URL, Stream: false})
		if err != nil {
			t.Fatal(err)
		}
		o.Engine = append(o.Engine, bot.WithLLM(llm, bot.LLMOptions{}))
	}
	if s.preview != nil {
		o.Bot = append(o.Bot, slack.WithDigestPreview(s.preview))
	}
	h := slacktest.New(t, o)
	t.Cleanup(func() {
		if t.Failed() {
			t.Log(h.Logs.String())
		}
	})
	return h
}

// a model that writes at its own pace: a chunk of three words every 60 ms
func pacedModel(t *testing.T, text string) *openaitest.Server {
	llm := openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		return openaitest.Reply{Text: text, ChunkDelay: 60 * time.Millisecond}
	}
	return llm
}

func contains(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}

// waitUntil waits for cond, failing the test after slacktest.Wait.
func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	slacktest.Eventually(t, "the condition", cond)
}

// interact sends a signed interaction payload and returns the status.
func interact(h *slacktest.Harness, payload map[string]any) int {
	h.T.Helper()
	status, _ := h.Interact(payload)
	return status
}
