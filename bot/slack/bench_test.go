package slack_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/queue"
	"github.com/dossier-bot/dossier/bot/slack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

// BenchmarkAckEvent is the CPU of acknowledging one signed mention in the
// handler itself, without the network: the signature checked, the payload
// read, the job made and queued (in process).
func BenchmarkAckEvent(b *testing.B) {
	q := queue.NewMemory(1 << 20)
	bt, err := slack.New(slack.Config{BotToken: "xoxb-test", SigningSecret: slacktest.Secret}, nil,
		memory.New(bot.StoreOptions{}, nil), nil, slack.WithQueue(q))
	if err != nil {
		b.Fatal(err)
	}
	mux := http.NewServeMux()
	bt.Routes(mux)
	body, _ := slacktest.Event(slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?"))
	hdr := slacktest.Sign(body, time.Now(), slacktest.Secret)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if i%(1<<19) == 0 { // keep the queue from filling
			for {
				if _, ok := q.TryTake(); !ok {
					break
				}
			}
		}
		r := httptest.NewRequest(http.MethodPost, "/slack/events", bytes.NewReader(body))
		r.Header = hdr.Clone()
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
}
