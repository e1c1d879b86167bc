package main

import (
	"fmt"
	"net/http"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/openai/openaitest"
)

// BenchmarkMentionBurst sends 200 concurrent signed mentions to one
// process whose model takes 2 s an answer, and reports the HTTP ack
// latency (p50, p99), the answers lost, and the heap after the burst.
// Run it with -benchtime=1x: each burst takes the model's time.
func BenchmarkMentionBurst(b *testing.B) {
	const burst = 200
	llm := openaitest.New(b)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		return openaitest.Reply{Stall: 2 * time.Second, Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]."}
	}
	// every question goes to the model: answers are cached for a millisecond
	h := newHarness(b, map[string]string{"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL, "DOSSIER_CACHE_TTL": "1ms"})
	for i := 0; b.Loop(); i++ {
		acks := make([]time.Duration, burst)
		var wg sync.WaitGroup
		for n := range burst {
			wg.Add(1)
			go func() {
				defer wg.Done()
				channel := fmt.Sprintf("CLOAD%d", n)
				m := mention(channel, fmt.Sprintf("U%d", n), "How many North Korean workers may Russia invite?")
				body, _ := event(m)
				start := time.Now()
				status, _ := h.signedPost("/slack/events", "application/json", body)
				acks[n] = time.Since(start)
				if status != http.StatusOK {
					b.Errorf("status %d", status)
				}
			}()
		}
		wg.Wait()
		deadline := time.Now().Add(2 * time.Minute)
		answered := 0
		for time.Now().Before(deadline) {
			answered = 0
			for n := range burst {
				if len(h.posts(fmt.Sprintf("CLOAD%d", n))) > i {
					answered++
				}
			}
			if answered == burst {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		slices.Sort(acks)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(acks[burst/2].Microseconds())/1000, "p50-ack-ms")
		b.ReportMetric(float64(acks[burst*99/100].Microseconds())/1000, "p99-ack-ms")
		b.ReportMetric(float64(burst-answered), "lost")
		b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	}
}
