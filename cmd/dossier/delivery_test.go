package main

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/openai/openaitest"
	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
)

const workersAnswer = "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]."

// awaitCond waits for cond, failing the test with what() after limit.
func awaitCond(t testing.TB, limit time.Duration, cond func() bool, what func() string) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out: %s", what())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// answeredOnce checks that every channel got exactly one message and
// returns a description of those that did not ("" when all did).
func answeredOnce(posts func(channel string) []fakeslack.Call, channels []string) string {
	var bad []string
	for _, c := range channels {
		if n := len(posts(c)); n != 1 {
			bad = append(bad, fmt.Sprintf("%s:%d", c, n))
		}
	}
	return strings.Join(bad, " ")
}

func metric(t *testing.T, base, line string) bool {
	t.Helper()
	_, body := get(t, base+"/metrics")
	return strings.Contains(body, line)
}

// Slack answers 500 to everything after five mentions are acknowledged:
// once it recovers, each is answered exactly once, and the model is asked
// once per question.
func TestSlackOutageIsOutlasted(t *testing.T) {
	t.Parallel()
	llm := openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply { return openaitest.Reply{Text: workersAnswer} }
	h := newHarness(t, map[string]string{"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL, "DOSSIER_CACHE_TTL": "1ms"})
	var down atomic.Bool
	down.Store(true)
	h.slack.FailEach(func(string) *fakeslack.Failure {
		if down.Load() {
			return &fakeslack.Failure{Status: http.StatusInternalServerError}
		}
		return nil
	})
	var channels []string
	for i := range 5 {
		c := fmt.Sprintf("COUT%d", i)
		channels = append(channels, c)
		if status, _ := h.sendEvent(mention(c, fmt.Sprintf("UOUT%d", i), "How many North Korean workers may Russia invite?")); status != http.StatusOK {
			t.Fatalf("status %d", status)
		}
	}
	// every answer tried twice and refused
	awaitCond(t, 20*time.Second, func() bool {
		return len(h.slack.Calls("chat.postMessage")) >= 10
	}, func() string { return fmt.Sprint(len(h.slack.Calls("chat.postMessage")), " posts tried") })
	down.Store(false)
	awaitCond(t, 30*time.Second, func() bool { return answeredOnce(h.posts, channels) == "" },
		func() string { return "not answered once: " + answeredOnce(h.posts, channels) })
	for _, c := range channels {
		if p := h.posts(c)[0]; !strings.Contains(p.Param("blocks"), "Between 20,000 and 50,000") {
			t.Errorf("%s: %s", c, p.Param("blocks"))
		}
	}
	// Each reply is computed once: the retries post the kept reply. (Two
	// workers may share one computed answer through the answer cache, so
	// fewer than 5 requests is right too.)
	if n := len(llm.Requests()); n < 1 || n > 5 {
		t.Errorf("the model was asked %d times for 5 questions", n)
	}
	h.idle() // every job acked: its reply and question counted
	if !metric(t, h.base, `dossier_replies_total{result="posted"} 5`) || !metric(t, h.base, `dossier_questions_total{outcome="answered"} 5`) {
		_, body := get(t, h.base+"/metrics")
		t.Errorf("metrics: %s", grep(body, "dossier_replies_total")+grep(body, "dossier_questions_total"))
	}
}

// 30% of Slack's calls are rate-limited (429, Retry-After: 1): none of
// the answers is lost, none posted twice.
func TestRateLimitsLoseNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"DOSSIER_LOG_LEVEL": "warn"})
	var n atomic.Int64
	h.slack.FailEach(func(string) *fakeslack.Failure {
		if n.Add(1)%10 < 3 {
			return &fakeslack.Failure{Status: http.StatusTooManyRequests, RetryAfter: "1"}
		}
		return nil
	})
	const mentions = 40
	var channels []string
	var wg sync.WaitGroup
	for i := range mentions {
		c := fmt.Sprintf("CRL%d", i)
		channels = append(channels, c)
		wg.Go(func() {
			if status, _ := h.sendEvent(mention(c, fmt.Sprintf("URL%d", i), "Will North Korean workers be sent to Russia?")); status != http.StatusOK {
				t.Errorf("status %d", status)
			}
		})
	}
	wg.Wait()
	awaitCond(t, 60*time.Second, func() bool { return answeredOnce(h.posts, channels) == "" },
		func() string { return "not answered once: " + answeredOnce(h.posts, channels) })
	if len(h.slack.Calls("chat.postMessage")) == len(h.slack.Succeeded("chat.postMessage")) {
		t.Error("no post was rate-limited: the test proves nothing")
	}
	// and nothing more comes: the queue is empty
	awaitCond(t, 10*time.Second, func() bool { return metric(t, h.base, "dossier_queue_depth 0") }, func() string { return "the queue never emptied" })
	if bad := answeredOnce(h.posts, channels); bad != "" {
		t.Errorf("after the queue emptied: %s", bad)
	}
}

// Without Redis, a full queue refuses with 503 (Slack retries), never
// 200-and-drop: every 200 is answered once, and a Slack-style retry of a
// refused mention is answered.
func TestFullQueueRefusesAndRetryIsAnswered(t *testing.T) {
	t.Parallel()
	llm := openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		return openaitest.Reply{Stall: 300 * time.Millisecond, Text: workersAnswer}
	}
	h := newHarness(t, map[string]string{"REDIS_URL": "", "OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL,
		"DOSSIER_CACHE_TTL": "1ms", "DOSSIER_WORKERS": "2", "DOSSIER_QUEUE": "3", "DOSSIER_LOG_LEVEL": "warn"})
	const mentions = 16
	type sent struct {
		channel string
		body    []byte
		status  int
	}
	all := make([]sent, mentions)
	var wg sync.WaitGroup
	for i := range mentions {
		all[i].channel = fmt.Sprintf("CQ%d", i)
		all[i].body, _ = event(mention(all[i].channel, fmt.Sprintf("UQ%d", i), "How many North Korean workers may Russia invite?"))
		wg.Go(func() {
			all[i].status, _ = h.signedPost("/slack/events", "application/json", all[i].body)
		})
	}
	wg.Wait()
	var acked, refused []string
	for _, s := range all {
		switch s.status {
		case http.StatusOK:
			acked = append(acked, s.channel)
		case http.StatusServiceUnavailable:
			refused = append(refused, s.channel)
		default:
			t.Fatalf("status %d", s.status)
		}
	}
	if len(refused) == 0 {
		t.Fatal("no mention was refused: the queue never filled")
	}
	awaitCond(t, 30*time.Second, func() bool { return answeredOnce(h.posts, acked) == "" },
		func() string { return "acked but not answered once: " + answeredOnce(h.posts, acked) })
	for _, c := range refused {
		if n := len(h.posts(c)); n != 0 {
			t.Errorf("refused %s was answered %d times", c, n)
		}
	}
	// Slack retries the refused ones, one by one (the same body)
	for _, s := range all {
		if s.status == http.StatusServiceUnavailable {
			if status, _ := h.signedPost("/slack/events", "application/json", s.body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_error"); status != http.StatusOK {
				t.Fatalf("retry: status %d", status)
			}
			awaitCond(t, 10*time.Second, func() bool { return len(h.posts(s.channel)) == 1 }, func() string { return s.channel + " not answered" })
		}
	}
	all2 := append(acked, refused...)
	if bad := answeredOnce(h.posts, all2); bad != "" {
		t.Errorf("not answered once: %s", bad)
	}
}

// processEnv is the environment of a replica.
func processEnv(fake *fakeslack.Server, llm *openaitest.Server, srv *redistest.Server, prefix string, extra ...string) map[string]string {
	env := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": fake.APIURL(),
		"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL, "REDIS_URL": srv.URL(), "DOSSIER_REDIS_PREFIX": prefix,
		"DOSSIER_CACHE_TTL": "1ms",
	}
	for i := 0; i+1 < len(extra); i += 2 {
		env[extra[i]] = extra[i+1]
	}
	return env
}

// sigtermWithBacklog starts two replicas on one Redis (the first with the
// grace period given), sends the first mentions that each take the model
// stall to answer, and sends it SIGTERM once two are in work. It fails
// the test unless the first exits 0 and every mention is answered exactly
// once, by either; it returns the first's log.
func sigtermWithBacklog(t *testing.T, tag string, mentions int, stall time.Duration, grace string) *lockedBuffer {
	t.Helper()
	bin := testBinary(t)
	fake := fakeslack.New(t)
	llm := openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply {
		return openaitest.Reply{Stall: stall, Text: workersAnswer}
	}
	srv := redistest.Start(t)
	prefix := tag + ":"
	first, base1, logs1 := startServe(t, bin, processEnv(fake, llm, srv, prefix, "DOSSIER_WORKERS", "2", "DOSSIER_GRACE", grace))
	_, _, logs2 := startServe(t, bin, processEnv(fake, llm, srv, prefix, "DOSSIER_WORKERS", "2"))
	h := &harness{t: t, slack: fake, base: base1}
	id := strings.ToUpper(tag[:1]) // Slack's IDs are capitals and digits
	var channels []string
	for i := range mentions {
		c := fmt.Sprintf("C%s%d", id, i)
		channels = append(channels, c)
		if status, _ := h.sendEvent(mention(c, fmt.Sprintf("U%s%d", id, i), "How many North Korean workers may Russia invite?")); status != http.StatusOK {
			t.Fatalf("status %d", status)
		}
	}
	awaitCond(t, 10*time.Second, func() bool { return len(llm.Requests()) >= 2 }, func() string { return "no answer in work" })
	if err := first.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := first.Wait(); err != nil {
		t.Errorf("the first replica's exit: %v\n%s", err, logs1.String())
	}
	awaitCond(t, 60*time.Second, func() bool { return answeredOnce(h.posts, channels) == "" },
		func() string {
			return "not answered once: " + answeredOnce(h.posts, channels) + "\nfirst:\n" + logs1.String() + "\nsecond:\n" + logs2.String()
		})
	return logs1
}

// Two replicas on one Redis; 12 mentions to the first, SIGTERM to it
// with a backlog: every mention is answered exactly once, by either, and
// the first exits 0.
func TestSIGTERMHandsTheBacklogOver(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs the binary")
	}
	sigtermWithBacklog(t, "handover", 12, 300*time.Millisecond, "3s")
}

// SIGTERM to a replica whose answers outlast the grace period: with the
// Redis queue they are left pending, not lost, so the replica exits 0 and
// says so, and the other replica answers each mention once.
func TestSIGTERMLeavesCutShortAnswersInTheQueue(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs the binary")
	}
	if logs := sigtermWithBacklog(t, "cutshort", 2, 2*time.Second, "200ms"); !strings.Contains(logs.String(), "left pending in the Redis queue") {
		t.Errorf("the first replica did not say its answers were left pending:\n%s", logs.String())
	}
}

// A replica SIGKILLed while its answer cannot be posted (Slack is down):
// another replica claims the job after the visibility timeout and posts
// the reply the first computed, without asking the model again.
func TestKilledReplicasJobIsClaimed(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs the binary")
	}
	bin := testBinary(t)
	fake := fakeslack.New(t)
	llm := openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply { return openaitest.Reply{Text: workersAnswer} }
	srv := redistest.Start(t)
	var down atomic.Bool
	down.Store(true)
	fake.FailEach(func(string) *fakeslack.Failure {
		if down.Load() {
			return &fakeslack.Failure{Status: http.StatusBadGateway}
		}
		return nil
	})
	env := processEnv(fake, llm, srv, "claim:", "DOSSIER_VISIBILITY_TIMEOUT", "1s")
	first, base1, _ := startServe(t, bin, env)
	h := &harness{t: t, slack: fake, base: base1}
	if status, _ := h.sendEvent(mention("CK", "UK", "How many North Korean workers may Russia invite?")); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	awaitCond(t, 20*time.Second, func() bool { return len(fake.Calls("chat.postMessage")) >= 1 }, func() string { return "no post tried" })
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	first.Wait()
	down.Store(false)
	_, _, logs2 := startServe(t, bin, env)
	awaitCond(t, 30*time.Second, func() bool { return len(h.posts("CK")) >= 1 }, func() string { return "not answered:\n" + logs2.String() })
	if p := h.posts("CK"); len(p) != 1 || !strings.Contains(p[0].Param("blocks"), "Between 20,000 and 50,000") {
		t.Errorf("posts %v", fake.Methods())
	}
	if n := len(llm.Requests()); n != 1 {
		t.Errorf("the model was asked %d times; want once (the kept reply is posted)", n)
	}
	if !strings.Contains(logs2.String(), "claimed a job") {
		t.Errorf("the second replica did not claim the job:\n%s", logs2.String())
	}
}

// A replica stalled while its post is in flight (stopped past the
// visibility timeout, so that another replica claims its job) does not
// get the reply posted twice: the claimer waits for the first replica's
// post, finds it recorded, and posts nothing.
func TestClaimedJobPostedOnceWhileItsPostIsInFlight(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs the binary")
	}
	bin := testBinary(t)
	fake := fakeslack.New(t)
	var stalled atomic.Bool
	fake.StallEach(func(c fakeslack.Call) time.Duration {
		if c.Method == "chat.postMessage" && c.Param("channel") == "CDUP" && stalled.CompareAndSwap(false, true) {
			return 4 * time.Second // posted; Slack slow to say so
		}
		return 0
	})
	env := processEnv(fake, openaitest.New(t), redistest.Start(t), "inflight:", "DOSSIER_VISIBILITY_TIMEOUT", "1s")
	delete(env, "OPENAI_API_KEY") // extractive answers: posted with chat.postMessage, not streamed
	first, base, _ := startServe(t, bin, env)
	h := &harness{t: t, slack: fake, base: base}
	if status, _ := h.sendEvent(mention("CDUP", "UDUP", "How many North Korean workers may Russia invite?")); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	awaitCond(t, 20*time.Second, stalled.Load, func() string { return "no post tried" })
	if err := first.Process.Signal(syscall.SIGSTOP); err != nil { // its post in flight, its job untouched
		t.Fatal(err)
	}
	_, base2, logs2 := startServe(t, bin, env)
	awaitCond(t, 20*time.Second, func() bool { return strings.Contains(logs2.String(), "claimed a job") },
		func() string { return "the job was not claimed:\n" + logs2.String() })
	if err := first.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	// the claimer acks the job once it is done: then both have done all
	// they will do
	awaitCond(t, 30*time.Second, func() bool { return metric(t, base2, "dossier_queue_depth 0") },
		func() string { return "the job was never acked:\n" + logs2.String() })
	if p := h.posts("CDUP"); len(p) != 1 {
		t.Errorf("posted %d times, want once:\n%s", len(p), logs2.String())
	}
}

// A slash command's reply through response_url outlasts failures of the
// response URL: posted once, the model asked once.
func TestCommandReplyOutlastsFailures(t *testing.T) {
	t.Parallel()
	llm := openaitest.New(t)
	llm.Default = func(openaitest.Request) openaitest.Reply { return openaitest.Reply{Text: workersAnswer} }
	h := newHarness(t, map[string]string{"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": llm.URL, "DOSSIER_CACHE_TTL": "1ms"})
	var failures atomic.Int64
	h.slack.FailEach(func(method string) *fakeslack.Failure {
		if method == "response" && failures.Add(1) <= 3 {
			return &fakeslack.Failure{Status: http.StatusServiceUnavailable}
		}
		return nil
	})
	status, ack, resp := h.command("ask How many North Korean workers may Russia invite?", "U1", "C1")
	if status != http.StatusOK || !strings.Contains(fmt.Sprint(ack["text"]), "Looking into it") {
		t.Fatalf("ack %d %v", status, ack)
	}
	awaitCond(t, 20*time.Second, func() bool { return len(h.slack.Succeeded(resp)) == 1 },
		func() string { return fmt.Sprint(len(h.slack.Calls(resp)), " response posts tried") })
	if n := len(h.slack.Calls(resp)); n != 4 {
		t.Errorf("%d response posts tried, want 3 failed and 1 posted", n)
	}
	if p := h.slack.Succeeded(resp)[0]; !strings.Contains(p.Param("blocks"), "Between 20,000 and 50,000") {
		t.Errorf("reply %v", p.JSON)
	}
	if n := len(llm.Requests()); n != 1 {
		t.Errorf("the model was asked %d times", n)
	}
}

// A slash command is acknowledged before any store or Slack call: over
// the per-user rate limit (kept in Redis), the command is still acked at
// once, and the limit's answer comes through response_url.
func TestCommandAckedBeforeTheRateLimit(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"DOSSIER_USER_RATE": "1"})
	var resps []string
	for range 2 {
		status, ack, resp := h.command("ask Who wrote the article?", "URATE", "C1")
		if status != http.StatusOK || !strings.Contains(fmt.Sprint(ack["text"]), "Looking into it") {
			t.Fatalf("ack %d %v", status, ack)
		}
		resps = append(resps, resp)
	}
	awaitCond(t, 10*time.Second, func() bool { return len(h.slack.Succeeded(resps...)) == 2 },
		func() string { return fmt.Sprint(h.slack.Methods()) })
	// the two jobs may be worked on at once: either may be the one refused
	var answered, limited int
	for _, r := range h.slack.Succeeded(resps...) {
		switch {
		case strings.Contains(r.Param("blocks"), "#p18"):
			answered++
		case strings.Contains(r.Param("text"), "faster than this channel allows"):
			limited++
		}
	}
	if answered != 1 || limited != 1 {
		t.Errorf("%d answered, %d told to slow down; want 1 and 1: %v", answered, limited, h.slack.Succeeded(resps...))
	}
}
