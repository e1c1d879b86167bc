package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

// burst is how a delivery burst is sent.
type burst struct {
	limited bool // 30% of Slack's calls are answered 429 (Retry-After: 1)
	// keepAlive sends over connections opened before the burst and kept
	// alive, one per request in flight, as a sender that reuses its
	// connections does; otherwise each request dials its own.
	keepAlive bool
	// rate spreads the mentions over time, Poisson arrivals at rate a
	// second; 0 sends them all at once.
	rate float64
}

// BenchmarkDeliveryBurst sends 1,000 signed mentions to a real `dossier
// serve` process on a real Redis (the durable queue), its model taking
// 200 ms an answer, and reports the HTTP ack latency (p50, p99), the
// answers delivered and delivered twice, the CPU time per ack of the
// server, of Redis and of the benchmark's own process (the load
// generator, the fake Slack and the fake model) while the acks are sent,
// and the server's resident memory before and after. Run it with
// -benchtime=1x.
//
//   - "clean": all 1,000 at once, each on a connection of its own (the
//     target's case: ack p99 < 50 ms);
//   - "keepalive": all at once, over connections kept alive;
//   - "paced": Poisson arrivals at 200 a second, over kept-alive
//     connections: a heavy but realistic arrival pattern;
//   - "429s": all at once, 30% of Slack's calls rate-limited.
//
// DOSSIER_BENCH_ENV=K=V,K=V sets more of the serve process's environment
// (DOSSIER_WORKERS=2, say), to compare settings.
// DOSSIER_BENCH_PROFILE=DIR writes CPU profiles of each burst, from its
// first request to its last ack, to DIR: the serve process's
// (serve-*.pprof) and the benchmark's own (bench-*.pprof).
func BenchmarkDeliveryBurst(b *testing.B) {
	bin := testBinary(b)
	b.Run("clean", func(b *testing.B) { deliveryBurst(b, bin, burst{}) })
	b.Run("keepalive", func(b *testing.B) { deliveryBurst(b, bin, burst{keepAlive: true}) })
	b.Run("paced", func(b *testing.B) { deliveryBurst(b, bin, burst{keepAlive: true, rate: 200}) })
	b.Run("429s", func(b *testing.B) { deliveryBurst(b, bin, burst{limited: true}) })
}

func deliveryBurst(b *testing.B, bin string, o burst) {
	const mentions = 1000
	fake := fakeslack.New(b)
	if o.limited {
		var n atomic.Int64
		fake.FailEach(func(string) *fakeslack.Failure {
			if n.Add(1)%10 < 3 {
				return &fakeslack.Failure{Status: http.StatusTooManyRequests, RetryAfter: "1"}
			}
			return nil
		})
	}
	llm := openaitest.New(b)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		return openaitest.Reply{Stall: 200 * time.Millisecond, Text: workersAnswer}
	}
	srv := redistest.Start(b)
	for i := 0; b.Loop(); i++ {
		env := processEnv(fake, llm, srv, fmt.Sprintf("burst%d:", i), "DOSSIER_LOG_LEVEL", "warn")
		for _, kv := range strings.Split(os.Getenv("DOSSIER_BENCH_ENV"), ",") {
			if k, v, ok := strings.Cut(kv, "="); ok {
				env[k] = v
			}
		}
		if dir := os.Getenv(benchProfileEnv); dir != "" {
			env[cpuProfileEnv] = filepath.Join(dir, fmt.Sprintf("serve-%s-%d.pprof", strings.ReplaceAll(b.Name(), "/", "-"), i))
		}
		cmd, base, logs := startServe(b, bin, env)
		before := rss(b, cmd.Process.Pid)
		dials, client := countingClient(o.keepAlive)
		h := &harness{t: b, slack: fake, base: base}
		c := &slacktest.Client{T: b, Base: base, Secret: secret, Slack: fake, HTTP: client}
		if o.keepAlive {
			warm(b, client, base, mentions)
		}
		channel := func(n int) string { return fmt.Sprintf("CB%dN%d", i, n) }
		// the requests are made and signed before the burst: the load
		// generator's own work is not in the acks' way
		bodies, signed := make([][]byte, mentions), make([]http.Header, mentions)
		for n := range bodies {
			bodies[n], _ = event(mention(channel(n), fmt.Sprintf("UB%d", n), "How many North Korean workers may Russia invite?"))
			signed[n] = sign(bodies[n], time.Now(), secret)
		}
		dialed := dials.Load()
		stopProfile := profileBurst(b, cmd.Process, i)
		cpu := startCPU(b, cmd.Process.Pid, srv.Pid())
		acks, refused := sendBurst(c, bodies, signed, o.rate)
		serverCPU, redisCPU, selfCPU := cpu()
		stopProfile()
		dialed = dials.Load() - dialed
		count := func() (delivered, twice int) {
			for n := range mentions {
				switch p := len(h.posts(channel(n))); {
				case p == 1:
					delivered++
				case p > 1:
					delivered++
					twice++
				}
			}
			return delivered, twice
		}
		for deadline := time.Now().Add(3 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if d, _ := count(); d >= mentions-refused {
				break
			}
		}
		after := rss(b, cmd.Process.Pid)
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		client.CloseIdleConnections()
		delivered, twice := count()
		reportAcks(b, acks)
		b.ReportMetric(float64(delivered), "delivered")
		b.ReportMetric(float64(twice), "delivered-twice")
		b.ReportMetric(float64(refused), "refused-503")
		b.ReportMetric(float64(dialed), "dials")
		b.ReportMetric(serverCPU.Seconds()*1e6/mentions, "server-CPU-µs/ack")
		b.ReportMetric(redisCPU.Seconds()*1e6/mentions, "redis-CPU-µs/ack")
		b.ReportMetric(selfCPU.Seconds()*1e6/mentions, "bench-CPU-µs/ack")
		// jobs kept in process because Redis did not answer in time
		b.ReportMetric(float64(strings.Count(logs.String(), "keeping the job in this process")), "not-in-Redis")
		b.ReportMetric(before, "RSS-before-MB")
		b.ReportMetric(after, "RSS-after-MB")
	}
}

const benchProfileEnv = "DOSSIER_BENCH_PROFILE"

// profileBurst starts CPU profiles of the serve process and of this one,
// when DOSSIER_BENCH_PROFILE names a directory, and returns what stops
// them.
func profileBurst(b *testing.B, serve *os.Process, i int) (stop func()) {
	dir := os.Getenv(benchProfileEnv)
	if dir == "" {
		return func() {}
	}
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("bench-%s-%d.pprof", strings.ReplaceAll(b.Name(), "/", "-"), i)))
	if err != nil {
		b.Fatal(err)
	}
	runtime.SetCPUProfileRate(profileHz)
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	_ = serve.Signal(syscall.SIGUSR1)
	return func() {
		_ = serve.Signal(syscall.SIGUSR2)
		pprof.StopCPUProfile()
		f.Close()
	}
}

// sendBurst posts the signed requests to /slack/events, all at once or
// (rate > 0) as Poisson arrivals at rate a second, and returns each one's
// ack latency and how many were not answered 200.
func sendBurst(c *slacktest.Client, bodies [][]byte, signed []http.Header, rate float64) ([]time.Duration, int) {
	acks := make([]time.Duration, len(bodies))
	var refused atomic.Int64
	var wg sync.WaitGroup
	next := time.Now()
	for n := range bodies {
		if rate > 0 {
			next = next.Add(time.Duration(rand.ExpFloat64() / rate * float64(time.Second)))
			time.Sleep(time.Until(next))
		}
		wg.Go(func() {
			start := time.Now()
			status, _ := c.Post("/slack/events", "application/json", bodies[n], signed[n])
			acks[n] = time.Since(start)
			if status != http.StatusOK {
				refused.Add(1)
			}
		})
	}
	wg.Wait()
	return acks, int(refused.Load())
}

// reportAcks reports the ack latencies' p50, p99 and maximum.
func reportAcks(b *testing.B, acks []time.Duration) {
	slices.Sort(acks)
	b.ReportMetric(float64(acks[len(acks)/2].Microseconds())/1000, "p50-ack-ms")
	b.ReportMetric(float64(acks[len(acks)*99/100].Microseconds())/1000, "p99-ack-ms")
	b.ReportMetric(float64(acks[len(acks)-1].Microseconds())/1000, "max-ack-ms")
}

// BenchmarkAckFloor sends BenchmarkDeliveryBurst's 1,000 signed mentions
// at once, from the same load generator, to a process that does nothing
// but read each body and answer 200 (this test binary as a bare net/http
// server, noopServerEnv): what the load generator, the HTTP stack and the
// loopback network cost on this machine, whatever the bot does. Run it
// with -benchtime=1x.
func BenchmarkAckFloor(b *testing.B) {
	bin := testBinary(b)
	for _, keepAlive := range []bool{false, true} {
		b.Run(map[bool]string{false: "clean", true: "keepalive"}[keepAlive], func(b *testing.B) {
			for b.Loop() {
				addr := "127.0.0.1:" + freePort(b)
				cmd := exec.Command(bin)
				cmd.Env = []string{asDossier + "=1", noopServerEnv + "=" + addr}
				if err := cmd.Start(); err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
				base := "http://" + addr
				awaitCond(b, 10*time.Second, func() bool {
					resp, err := http.Get(base + "/")
					if err == nil {
						resp.Body.Close()
					}
					return err == nil
				}, func() string { return "the no-op server never answered" })
				dials, client := countingClient(keepAlive)
				if keepAlive {
					warm(b, client, base, 1000)
				}
				bodies, signed := make([][]byte, 1000), make([]http.Header, 1000)
				for n := range bodies {
					bodies[n], _ = event(mention(fmt.Sprintf("CF%d", n), fmt.Sprintf("UF%d", n), "How many North Korean workers may Russia invite?"))
					signed[n] = sign(bodies[n], time.Now(), secret)
				}
				dialed := dials.Load()
				cpu := startCPU(b, cmd.Process.Pid, 0)
				acks, refused := sendBurst(&slacktest.Client{T: b, Base: base, HTTP: client}, bodies, signed, 0)
				serverCPU, _, selfCPU := cpu()
				client.CloseIdleConnections()
				reportAcks(b, acks)
				b.ReportMetric(float64(refused), "refused")
				b.ReportMetric(float64(dials.Load()-dialed), "dials")
				b.ReportMetric(serverCPU.Seconds()*1e6/1000, "server-CPU-µs/ack")
				b.ReportMetric(selfCPU.Seconds()*1e6/1000, "bench-CPU-µs/ack")
			}
		})
	}
}

// countingClient returns an HTTP client for a burst, and the count of the
// connections it dialled. With keepAlive it keeps an idle connection for
// every request of a burst; without, it keeps none.
func countingClient(keepAlive bool) (*atomic.Int64, *http.Client) {
	var dials atomic.Int64
	d := &net.Dialer{Timeout: 30 * time.Second}
	t := &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dials.Add(1)
			return d.DialContext(ctx, network, addr)
		},
		DisableKeepAlives: !keepAlive, MaxIdleConns: 2000, MaxIdleConnsPerHost: 2000, IdleConnTimeout: time.Minute,
	}
	return &dials, &http.Client{Transport: t}
}

// warm opens n connections to base and leaves them idle in client's
// pool: n requests at once, each holding its connection until all have
// one.
func warm(b *testing.B, client *http.Client, base string, n int) {
	for range 3 { // requests that end early free their connection for others: top up
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {
				resp, err := client.Get(base + "/healthz")
				if err != nil {
					b.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body) // read to the end, or the connection is not kept
				resp.Body.Close()
			})
		}
		wg.Wait()
	}
}

// startCPU starts counting the CPU time of the server's and Redis's
// processes and of this one; the function it returns stops and returns
// them.
func startCPU(b *testing.B, server, redis int) func() (srv, rds, self time.Duration) {
	s0, r0, m0 := procCPU(b, server), procCPU(b, redis), selfCPU()
	return func() (time.Duration, time.Duration, time.Duration) {
		return procCPU(b, server) - s0, procCPU(b, redis) - r0, selfCPU() - m0
	}
}

// procCPU is a process's user and system CPU time (from /proc, in
// clock ticks of 10 ms), 0 for pid 0.
func procCPU(b *testing.B, pid int) time.Duration {
	if pid == 0 {
		return 0
	}
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		b.Skipf("no /proc: %v", err)
	}
	// the fields after the command's name, which is in parentheses
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+2:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// selfCPU is this process's user and system CPU time.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
