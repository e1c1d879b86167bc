package main

import (
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
	"github.com/dossier-bot/dossier/knowledge/sources"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestMetrics(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.sendEvent(mention("C1", "U1", "Will Russia hire North Korean workers?"))
	h.sendEvent(mention("C1", "U1", "What is the population of Vladivostok?"))
	h.waitPosts("C1", 2)
	h.slack.WaitFor(2, "reactions.remove")
	h.idle() // the outcomes are counted after the answers are posted
	_, body := get(t, h.base+"/metrics")
	for _, want := range []string{
		`dossier_questions_total{outcome="answered"} 1`,
		`dossier_questions_total{outcome="not_covered"} 1`,
		`dossier_latency_seconds_count{stage="retrieval"} 2`,
		`dossier_latency_seconds_count{stage="end_to_end"} 2`,
		`dossier_latency_seconds_bucket{stage="slack_call",le="+Inf"}`,
		`dossier_cache_requests_total{result="miss"} 2`,
		`dossier_dedupe_total{result="first"}`,
		"go_goroutines", "process_resident_memory_bytes",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	h.slack.Fail("chat.postMessage", fakeslack.Failure{Error: "channel_not_found"})
	h.sendEvent(mention("C404", "U1", "Who wrote it?"))
	h.waitAttempts("C404", 1)
	h.idle()
	awaitCond(t, 10*time.Second, func() bool { return metric(t, h.base, `dossier_questions_total{outcome="failed"} 1`) },
		func() string { return "the failed question was not counted" })
	if _, body = get(t, h.base+"/metrics"); !strings.Contains(body, `dossier_slack_api_errors_total{code="channel_not_found",method="chat.postMessage"} 1`) {
		t.Errorf("no Slack error counted:\n%s", grep(body, "slack_api"))
	}
	// a permanent error is not retried, counted as a failed reply, and
	// the question as failed, not answered
	for _, want := range []string{`dossier_replies_total{result="posted"} 2`, `dossier_replies_total{result="failed"} 1`,
		`dossier_questions_total{outcome="failed"} 1`, `dossier_questions_total{outcome="answered"} 1`, "dossier_queue_depth 0"} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s:\n%s", want, grep(body, "dossier_"))
		}
	}
	if n := len(h.slack.Calls("chat.postMessage")); n != 3 {
		t.Errorf("%d posts tried; channel_not_found must not be retried", n)
	}
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// Logs at info level carry request and event IDs, and never a token, a
// secret or the question's text.
func TestLogsKeepSecrets(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"DOSSIER_LOG_LEVEL": "info"})
	h.slack.Fail("chat.postMessage", fakeslack.Failure{Error: "not_in_channel"})
	h.sendEvent(mention("C1", "U1", "Will Russia hire North Korean workers?"))
	h.waitAttempts("C1", 1)
	h.idle()
	logs := h.logs.String()
	for _, secretText := range []string{"xoxb-test", secret, "hire North Korean"} {
		if strings.Contains(logs, secretText) {
			t.Errorf("the log has %q:\n%s", secretText, logs)
		}
	}
	if !strings.Contains(logs, "event_id=Ev") || !strings.Contains(logs, "not_in_channel") {
		t.Errorf("the failure's log line lacks its event ID:\n%s", logs)
	}
}

func copyKB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, _ := fs.ReadDir(sources.FS, ".")
	for _, e := range entries {
		data, _ := fs.ReadFile(sources.FS, e.Name())
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A knowledge base directory reloads without a restart, lint first: a
// broken edit keeps the old version serving.
func TestReload(t *testing.T) {
	t.Parallel()
	dir := copyKB(t)
	h := newHarness(t, map[string]string{"DOSSIER_KNOWLEDGE": dir})
	before := h.svc.engine.Index().KB().Version
	if h.svc.reload(t.Context()) {
		t.Error("a reload without changes swapped the index")
	}
	broken := "---\nid: broken\ntitle: Broken\n---\nNo author, no date.\n"
	os.WriteFile(filepath.Join(dir, "broken.md"), []byte(broken), 0o644)
	if h.svc.reload(t.Context()) || h.svc.engine.Index().KB().Version != before {
		t.Error("a broken edit was swapped in")
	}
	if !strings.Contains(h.logs.String(), "reload failed") || !strings.Contains(h.logs.String(), `broken.md:2: missing field`) {
		t.Errorf("the failure is not logged with its problems:\n%s", h.logs.String())
	}
	good := "---\nid: lighthouse\ntitle: Gulls\nauthor: A. Keeper\npublisher: Coast Press\npublished: 2026-11\n---\nThe lighthouse keeper counted 42 gulls on Rason pier.\n"
	os.Remove(filepath.Join(dir, "broken.md"))
	os.WriteFile(filepath.Join(dir, "lighthouse.md"), []byte(good), 0o644)
	if !h.svc.reload(t.Context()) || h.svc.engine.Index().KB().Version == before {
		t.Fatal("a good edit was not swapped in")
	}
	h.sendEvent(mention("C1", "U1", "How many gulls did the lighthouse keeper count?"))
	if p := h.waitPosts("C1", 1)[0]; !strings.Contains(p.Param("blocks"), "lighthouse#p1") {
		t.Errorf("the new source is not answered from: %s", p.Param("blocks"))
	}
}

// buildBinary builds dossier as it ships, for the benchmarks that measure
// the real binary (its size, its memory); tests run the test binary
// instead (testBinary).
func buildBinary(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dossier")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startServe runs `dossier serve` as a process and waits until it is ready.
// The process listens on a port of its own choosing (127.0.0.1:0) and says
// which in its "serving" log line, so that no other server of the tests
// running beside it can take the port in between; only a process that
// logs less than info is given a free port found beforehand.
func startServe(t testing.TB, bin string, env map[string]string) (*exec.Cmd, string, *lockedBuffer) {
	t.Helper()
	addr, quiet := "127.0.0.1:0", env["DOSSIER_LOG_LEVEL"] == "warn" || env["DOSSIER_LOG_LEVEL"] == "error"
	if quiet {
		addr = "127.0.0.1:" + freePort(t)
	}
	cmd := exec.Command(bin, "serve")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "DOSSIER_ADDR=" + addr, "DOSSIER_LOG_FORMAT=json", asDossier + "=1"}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	logs := &lockedBuffer{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	deadline := time.Now().Add(20 * time.Second)
	for {
		if !quiet {
			addr = servingAddr(logs.String())
		}
		if !strings.HasSuffix(addr, ":0") {
			if resp, err := http.Get("http://" + addr + "/readyz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == 200 {
					return cmd, "http://" + addr, logs
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("dossier serve never became ready:\n%s", logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// servingAddr is the address in the "serving" line of a JSON log, or
// "127.0.0.1:0" before that line.
func servingAddr(log string) string {
	for _, line := range strings.Split(log, "\n") {
		var l struct{ Msg, Addr string }
		if json.Unmarshal([]byte(line), &l) == nil && l.Msg == "serving" && l.Addr != "" {
			return l.Addr
		}
	}
	return "127.0.0.1:0"
}

// SIGTERM with an answer in flight: the answer is still delivered, and
// the process exits 0. The model holds its reply until the process is
// shutting down.
func TestGracefulShutdownOfARealProcess(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs the binary")
	}
	bin := testBinary(t)
	fake := fakeslack.New(t)
	llm := openaitest.New(t)
	release := make(chan struct{})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	t.Cleanup(free)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		<-release
		return openaitest.Reply{Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]."}
	}
	srv := redistest.Start(t)
	cmd, base, logs := startServe(t, bin, map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": fake.APIURL(),
		"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL, "REDIS_URL": srv.URL(), "DOSSIER_REDIS_PREFIX": "grace:",
	})
	h := &harness{t: t, slack: fake, base: base}
	if status, _ := h.sendEvent(mention("C1", "U1", "How many North Korean workers may Russia invite?")); status != 200 {
		t.Fatalf("status %d", status)
	}
	slacktest.Eventually(t, "the model to be asked", func() bool { return len(llm.Requests()) > 0 }) // the answer is in flight
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	slacktest.Eventually(t, "the process to shut down", func() bool { return strings.Contains(logs.String(), `"msg":"shutting down"`) })
	free()
	err := cmd.Wait()
	if err != nil {
		t.Errorf("exit: %v\n%s", err, logs.String())
	}
	posts := fake.Calls("chat.postMessage", "chat.update") // a streamed answer is replaced by chat.update
	if len(posts) != 1 || !strings.Contains(posts[0].Param("blocks"), "Between 20,000 and 50,000") {
		t.Errorf("the answer in flight was not delivered: %v\n%s", fake.Methods(), logs.String())
	}
	if !strings.Contains(logs.String(), `"msg":"stopped"`) {
		t.Errorf("no clean stop in the log:\n%s", logs.String())
	}
}

// rss reads a process's resident memory, in MB.
func rss(tb testing.TB, pid int) float64 {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		tb.Skipf("no /proc: %v", err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// cpuSeconds returns the CPU time a process has used so far, user and
// system, from /proc (in clock ticks of 1/100 s, Linux's USER_HZ).
func cpuSeconds(tb testing.TB, pid int) float64 {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		tb.Skipf("no /proc: %v", err)
	}
	// the fields after the command's name, which is in parentheses and
	// may hold spaces: state is the first, utime the 12th, stime the 13th
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	user, _ := strconv.ParseFloat(f[11], 64)
	sys, _ := strconv.ParseFloat(f[12], 64)
	return (user + sys) / 100
}

// BenchmarkServeProcess measures the real `dossier serve` process with the
// embedded knowledge base: start-up time to ready, resident memory at idle
// and after 200 concurrent mentions (a fake model taking 2 s each), the
// process's CPU time over the run, and the binary's size. Run it with -benchtime=1x.
func BenchmarkServeProcess(b *testing.B) {
	bin := buildBinary(b)
	fi, _ := os.Stat(bin)
	fake := fakeslack.New(b)
	llm := openaitest.New(b)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		return openaitest.Reply{Stall: 2 * time.Second, Text: "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]."}
	}
	srv := redistest.Start(b)
	for b.Loop() {
		start := time.Now()
		cmd, base, _ := startServe(b, bin, map[string]string{
			"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": fake.APIURL(),
			"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL, "REDIS_URL": srv.URL(), "DOSSIER_CACHE_TTL": "1ms",
			"DOSSIER_REDIS_PREFIX": "proc:", "DOSSIER_LOG_LEVEL": "warn",
		})
		ready := time.Since(start)
		before := len(fake.Calls("reactions.remove")) // the fake serves every iteration
		time.Sleep(time.Second)
		idle := rss(b, cmd.Process.Pid)
		h := &harness{t: b, slack: fake, base: base}
		done := make(chan struct{})
		for n := range 200 {
			go func() {
				h.sendEvent(mention("CP"+strconv.Itoa(n), "U"+strconv.Itoa(n), "How many North Korean workers may Russia invite?"))
				done <- struct{}{}
			}()
		}
		for range 200 {
			<-done
		}
		for deadline := time.Now().Add(time.Minute); len(fake.Calls("reactions.remove"))-before < 200 && time.Now().Before(deadline); {
			time.Sleep(50 * time.Millisecond)
		}
		loaded := rss(b, cmd.Process.Pid)
		cpu := cpuSeconds(b, cmd.Process.Pid)
		b.ReportMetric(float64(200-(len(fake.Calls("reactions.remove"))-before)), "lost")
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		b.ReportMetric(float64(ready.Milliseconds()), "ready-ms")
		b.ReportMetric(idle, "idle-RSS-MB")
		b.ReportMetric(loaded, "loaded-RSS-MB")
		b.ReportMetric(cpu, "process-CPU-s")
		b.ReportMetric(float64(fi.Size())/(1<<20), "binary-MB")
	}
}
