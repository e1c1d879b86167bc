package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// floodClients is how many unsigned clients post at once, each a body of
// MaxBody bytes.
const floodClients = 600

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// BenchmarkUnsignedFlood sends floodClients unsigned requests at once,
// each with a 1 MiB body, and reports the memory the process took: its
// peak heap and its peak resident set (VmHWM, reset before each flood).
// Refused on their headers, the bodies are never read.
func BenchmarkUnsignedFlood(b *testing.B) {
	h := newHarness(b, map[string]string{"DOSSIER_LOG_LEVEL": "info"})
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 0, MaxIdleConnsPerHost: floodClients}}
	var peakHeap, peakRSS uint64
	refused := 0
	for b.Loop() {
		runtime.GC()
		_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // resets VmHWM
		stop := sampleHeap(&peakHeap)
		var wg sync.WaitGroup
		var mu sync.Mutex
		for range floodClients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				req, _ := http.NewRequest(http.MethodPost, h.base+"/slack/events", io.LimitReader(zeros{}, 1<<20))
				req.ContentLength = 1 << 20
				resp, err := client.Do(req)
				if err != nil {
					return // the server may close before the body is sent
				}
				resp.Body.Close()
				mu.Lock()
				if resp.StatusCode == http.StatusUnauthorized {
					refused++
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
		stop()
		peakRSS = max(peakRSS, vmHWM())
	}
	b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MiB")
	b.ReportMetric(float64(peakRSS)/(1<<20), "peak-RSS-MiB")
	b.ReportMetric(float64(refused)/float64(b.N), "refused-401/op")
}

// sampleHeap records the largest heap in use until stop is called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			*peak = max(*peak, ms.HeapInuse)
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// vmHWM is the process's peak resident set in bytes, 0 where /proc has
// none.
func vmHWM() uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
