package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
)

// generateKB writes nSources sources of nPassages passages each, of about
// 60 words drawn from a 20,000-word vocabulary with a Zipf distribution,
// like prose, and returns a few words that appear in them.
func generateKB(tb testing.TB, dir string, nSources, nPassages int) []string {
	tb.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	syll := []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "va", "ze", "dor", "lin", "mar", "ost", "kev"}
	vocab := make([]string, 20000)
	for i := range vocab {
		var w strings.Builder
		for range 2 + i%3 {
			w.WriteString(syll[r.IntN(len(syll))])
		}
		vocab[i] = w.String() + strings.Repeat("x", i%4)
	}
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 2, uint64(len(vocab)-1))
	for s := range nSources {
		var b strings.Builder
		fmt.Fprintf(&b, "---\nid: gen-%d\ntitle: Generated source %d\nauthor: Bench Writer\npublisher: Bench Press\npublished: 2024-%02d\n---\n", s, s, 1+s%12)
		for p := range nPassages {
			if p > 0 {
				b.WriteString("\n")
			}
			ws := make([]string, 60)
			for k := range ws {
				ws[k] = vocab[zipf.Uint64()]
			}
			fmt.Fprintf(&b, "%s %d-%d.\n", strings.Join(ws, " "), s, p)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("gen-%04d.md", s)), []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return vocab[200:2200] // common enough to be found, rare enough to rank
}

// latencies collects request times by phase.
type latencies struct {
	mu     sync.Mutex
	phase  string
	byName map[string][]time.Duration
	failed atomic.Int64
}

func (l *latencies) add(start time.Time, phaseAtStart string) {
	d := time.Since(start)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.byName[phaseAtStart] = append(l.byName[phaseAtStart], d)
}

func (l *latencies) current() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.phase
}

func (l *latencies) set(phase string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.phase = phase
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// BenchmarkReload1000Sources: `dossier serve` with a knowledge base
// directory of 1,000 generated sources (20 or 100 passages each) reloads
// while it answers 50 questions a second: first the whole directory (as
// at start), then, each iteration, on a real SIGHUP after one source was
// edited and after one was added, and once more with nothing changed. It
// reports how long each reload took (signal to the new version serving)
// and the answers' latency before and during the reloads. Any failed
// answer fails the benchmark.
//
//	go test ./cmd/dossier -run X -bench Reload1000 -benchtime 3x
func BenchmarkReload1000Sources(b *testing.B) {
	for _, passages := range []int{20, 100} {
		b.Run(fmt.Sprintf("passages=%d", passages), func(b *testing.B) { benchReload(b, 1000, passages) })
	}
}

func benchReload(b *testing.B, nSources, nPassages int) {
	dir := b.TempDir()
	words := generateKB(b, dir, nSources, nPassages)
	h := newHarness(b, map[string]string{"DOSSIER_KNOWLEDGE": dir, "DOSSIER_LOG_LEVEL": "warn"})
	start := time.Now()
	if !h.svc.reload(context.Background()) { // from the harness's embedded base to the generated one, unloaded
		b.Fatal("the generated knowledge base did not load")
	}
	firstLoad := time.Since(start)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go h.svc.watch(ctx, hup)

	edited := filepath.Join(dir, fmt.Sprintf("gen-%04d.md", nSources/2))
	original, err := os.ReadFile(edited)
	if err != nil {
		b.Fatal(err)
	}
	var edits, adds, unchanged []time.Duration
	lat := &latencies{byName: map[string][]time.Duration{}}
	for i := 0; b.Loop(); i++ {
		lat.set("before")
		stop := askLoad(ctx, h, lat, words, 4, askRate)
		waitCount(lat, "before", 3*askRate)
		lat.set("during")
		os.WriteFile(edited, fmt.Appendf(slices.Clip(original), "\nAn edited paragraph, version %d.\n", i), 0o644)
		edits = append(edits, hangUp(h))
		extra := fmt.Sprintf("---\nid: extra-%d\ntitle: Extra\nauthor: A\npublisher: P\npublished: 2024\n---\nOne more paragraph %d.\n", i, i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("extra-%d.md", i)), []byte(extra), 0o644)
		adds = append(adds, hangUp(h))
		t0 := time.Now()
		if h.svc.reload(ctx) { // what a SIGHUP runs; nothing to wait for
			b.Fatal("a reload with no change swapped the index")
		}
		unchanged = append(unchanged, time.Since(t0))
		lat.set("after")
		stop()
	}
	before, during := lat.byName["before"], lat.byName["during"]
	if n := lat.failed.Load(); n > 0 {
		b.Errorf("%d answers failed", n)
	}
	b.ReportMetric(float64(firstLoad.Milliseconds()), "first-load-ms")
	b.ReportMetric(float64(pct(edits, 0.5).Microseconds())/1000, "edit-reload-ms")
	b.ReportMetric(float64(pct(adds, 0.5).Microseconds())/1000, "add-reload-ms")
	b.ReportMetric(float64(pct(unchanged, 0.5).Microseconds())/1000, "unchanged-reload-ms")
	b.ReportMetric(float64(pct(before, 0.5).Microseconds())/1000, "ask-p50-before-ms")
	b.ReportMetric(float64(pct(before, 0.99).Microseconds())/1000, "ask-p99-before-ms")
	b.ReportMetric(float64(pct(during, 0.5).Microseconds())/1000, "ask-p50-during-ms")
	b.ReportMetric(float64(pct(during, 0.99).Microseconds())/1000, "ask-p99-during-ms")
	b.ReportMetric(float64(slices.Max(append(during, 0)).Microseconds())/1000, "ask-max-during-ms")
	b.ReportMetric(float64(len(during)), "asks-during")
	b.ReportMetric(float64(lat.failed.Load()), "failed")
}

// hangUp sends the process a SIGHUP and returns how long the service took
// to serve the new version of its knowledge base.
func hangUp(h *harness) time.Duration {
	old := h.svc.engine.Index().KB().Version
	t0 := time.Now()
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	for h.svc.engine.Index().KB().Version == old {
		time.Sleep(time.Millisecond) // polling for the swap, not waiting a fixed time
	}
	return time.Since(t0)
}

// askRate is the steady load the reload benchmark answers while it
// reloads: 50 questions a second, far more than a team asks.
const askRate = 50

// askLoad asks questions at rate a second from n goroutines until stopped,
// each a new question (no cache hit), recording each answer's time under
// the phase it started in.
func askLoad(ctx context.Context, h *harness, lat *latencies, words []string, n, rate int) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var seq atomic.Int64
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tick := time.NewTicker(time.Duration(n) * time.Second / time.Duration(rate))
			defer tick.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-tick.C:
				}
				k := seq.Add(1)
				q := fmt.Sprintf("What about %s and %s, %s?", words[k%int64(len(words))], words[(k*7)%int64(len(words))], words[(k*13)%int64(len(words))])
				phase, start := lat.current(), time.Now()
				a, err := h.svc.engine.Ask(ctx, bot.Question{Text: q, NoLLM: true})
				if ctx.Err() != nil {
					return
				}
				if err != nil || a.Text == "" {
					lat.failed.Add(1)
					continue
				}
				lat.add(start, phase)
			}
		}()
	}
	return func() { cancel(); wg.Wait() }
}

func waitCount(lat *latencies, phase string, n int) {
	for {
		lat.mu.Lock()
		got := len(lat.byName[phase])
		lat.mu.Unlock()
		if got >= n {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// A reload under load loses no answer, and every answer comes whole from
// one version: the old until the new is ready.
func TestReloadUnderLoad(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	words := generateKB(t, dir, 100, 10)
	h := newHarness(t, map[string]string{"DOSSIER_KNOWLEDGE": dir, "DOSSIER_LOG_LEVEL": "warn"})
	if !h.svc.reload(t.Context()) {
		t.Fatal("the generated knowledge base did not load")
	}
	lat := &latencies{byName: map[string][]time.Duration{}, phase: "before"}
	stop := askLoad(t.Context(), h, lat, words, 4, 200)
	waitCount(lat, "before", 20)
	old := h.svc.engine.Index()
	os.WriteFile(filepath.Join(dir, "extra.md"), []byte("---\nid: extra\ntitle: Extra\nauthor: A\npublisher: P\npublished: 2024\n---\nA lighthouse keeper counted 42 gulls.\n"), 0o644)
	lat.set("during")
	if !h.svc.reload(t.Context()) {
		t.Fatal("no reload")
	}
	lat.set("after")
	waitCount(lat, "after", 20)
	stop()
	if n := lat.failed.Load(); n > 0 {
		t.Errorf("%d answers failed during the reload", n)
	}
	if old.Len() == h.svc.engine.Index().Len() {
		t.Error("the new index is not serving")
	}
	if a, _ := h.svc.engine.Ask(t.Context(), bot.Question{Text: "How many gulls did the lighthouse keeper count?", NoLLM: true}); !strings.Contains(a.Text, "[1]") ||
		len(a.Citations) == 0 || a.Citations[0].ID != "extra#p1" {
		t.Errorf("the new source is not answered from: %+v", a)
	}
}
