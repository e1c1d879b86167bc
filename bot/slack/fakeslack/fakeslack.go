// Package fakeslack is a fake of Slack's Web API for tests: an httptest
// server that answers the methods Dossier calls as Slack does (ok, error
// codes, 429 with Retry-After), records every call, serves response_url
// posts, and speaks Socket Mode over a WebSocket. It records the assistant
// pane's assistant.threads.* calls and streamed messages
// (chat.startStream, chat.appendStream, chat.stopStream), and can refuse
// streaming as a workspace without it does.
package fakeslack

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Identity of the fake workspace and bot.
const (
	TeamID    = "T0DOSSIER"
	BotUserID = "U0BOT"
	BotID     = "B0BOT"
	AppID     = "A0DOSSIER"
)

// A Call is one request the fake received.
type Call struct {
	Method string            // "chat.postMessage", or "response/<id>" for response_url posts
	Params map[string]string // form fields
	JSON   map[string]any    // a JSON body
	Auth   string            // the Authorization header
	At     time.Time
	Failed bool // answered with a scripted failure (it took no effect)
}

// Param returns a form field or a top-level JSON field as text.
func (c Call) Param(k string) string {
	if v, ok := c.Params[k]; ok {
		return v
	}
	switch v := c.JSON[k].(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.Encode(v)
		return strings.TrimSpace(b.String())
	}
}

// A Failure is a scripted error for one call of a method.
type Failure struct {
	Status     int    // an HTTP status (429, 500); 0 means 200
	RetryAfter string // Retry-After, with 429
	Error      string // {"ok": false, "error": Error}
}

// Server is the fake.
type Server struct {
	*httptest.Server
	t        testing.TB
	mu       sync.Mutex
	calls    []Call
	fail     map[string][]Failure
	ts       int
	changed  chan struct{}
	sockets  chan *websocket.Conn
	acks     []map[string]any
	upgrader websocket.Upgrader
	refuse   string // chat.startStream's error code while streaming is refused
	failEach func(method string) *Failure
	stall    func(c Call) time.Duration
}

// FailEach has f decide, for every Web API call, whether it fails (a
// non-nil Failure) — an outage, a share of rate-limited calls; nil ends
// it. Scripted failures (Fail) come first.
func (s *Server) FailEach(f func(method string) *Failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failEach = f
}

// StallEach has f decide, for every Web API call, how long the fake
// waits before it answers: the call is recorded, and takes effect, at
// once; the caller learns it only after the wait (Slack slow to answer).
// nil ends it.
func (s *Server) StallEach(f func(c Call) time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stall = f
}

// Succeeded returns the calls of the methods that took effect (not
// failed).
func (s *Server) Succeeded(methods ...string) []Call {
	var out []Call
	for _, c := range s.Calls(methods...) {
		if !c.Failed {
			out = append(out, c)
		}
	}
	return out
}

// RefuseStreaming makes every chat.startStream fail with the error code
// (Slack answers "not_allowed" where a workspace or surface cannot stream);
// "" allows streaming again.
func (s *Server) RefuseStreaming(code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuse = code
}

// New starts a fake, closed when t ends.
func New(t testing.TB) *Server {
	s := &Server{t: t, fail: map[string][]Failure{}, changed: make(chan struct{}, 1), sockets: make(chan *websocket.Conn, 4)}
	// slack-go dials with Origin: https://api.slack.com, as Slack expects
	s.upgrader.CheckOrigin = func(*http.Request) bool { return true }
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", s.api)
	mux.HandleFunc("/response/", s.response)
	mux.HandleFunc("/socket", s.socket)
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// APIURL is the base URL to give slack-go (SLACK_API_URL).
func (s *Server) APIURL() string { return s.URL + "/api/" }

// ResponseURL returns a response_url that the fake records.
func (s *Server) ResponseURL(id string) string { return s.URL + "/response/" + id }

// Fail scripts failures for the next calls of a method.
func (s *Server) Fail(method string, fs ...Failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail[method] = append(s.fail[method], fs...)
}

// Calls returns the calls of the given methods (all calls with none).
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if len(methods) == 0 || contains(methods, c.Method) || (contains(methods, "response") && strings.HasPrefix(c.Method, "response/")) {
			out = append(out, c)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// WaitFor waits until there are n calls of the methods, and returns them.
func (s *Server) WaitFor(n int, methods ...string) []Call {
	s.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		if calls := s.Calls(methods...); len(calls) >= n {
			return calls
		}
		select {
		case <-s.changed:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			s.t.Fatalf("timed out waiting for %d calls of %v; got %v", n, methods, s.Methods())
			return nil
		}
	}
}

// Methods lists the methods called, in order.
func (s *Server) Methods() []string {
	var out []string
	for _, c := range s.Calls() {
		out = append(out, c.Method)
	}
	return out
}

func (s *Server) record(c Call) {
	s.mu.Lock()
	s.calls = append(s.calls, c)
	s.mu.Unlock()
	select {
	case s.changed <- struct{}{}:
	default:
	}
}

func readCall(r *http.Request, method string) Call {
	c := Call{Method: method, Params: map[string]string{}, Auth: r.Header.Get("Authorization"), At: time.Now()}
	body, _ := io.ReadAll(r.Body)
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		json.Unmarshal(body, &c.JSON)
		return c
	}
	vals, _ := url.ParseQuery(string(body))
	for k := range vals {
		c.Params[k] = vals.Get(k)
	}
	for k := range r.URL.Query() {
		c.Params[k] = r.URL.Query().Get(k)
	}
	return c
}

func (s *Server) api(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	c := readCall(r, method)
	s.mu.Lock()
	var f *Failure
	if fs := s.fail[method]; len(fs) > 0 {
		f, s.fail[method] = &fs[0], fs[1:]
	}
	if f == nil && s.failEach != nil && method != "auth.test" {
		f = s.failEach(method)
	}
	s.ts++
	ts := fmt.Sprintf("1764100000.%06d", s.ts)
	if f == nil && method == "chat.startStream" && s.refuse != "" {
		f = &Failure{Error: s.refuse}
	}
	stall := s.stall
	s.mu.Unlock()
	c.Failed = f != nil
	s.record(c)
	if stall != nil {
		select {
		case <-time.After(stall(c)):
		case <-r.Context().Done():
		}
	}
	if f != nil {
		if f.RetryAfter != "" {
			w.Header().Set("Retry-After", f.RetryAfter)
		}
		if f.Status != 0 {
			w.WriteHeader(f.Status)
			if f.Status == http.StatusTooManyRequests {
				writeJSON(w, map[string]any{"ok": false, "error": "ratelimited"})
			}
			return
		}
		writeJSON(w, map[string]any{"ok": false, "error": f.Error})
		return
	}
	switch method {
	case "auth.test":
		writeJSON(w, map[string]any{"ok": true, "url": "https://dossier-test.slack.com/", "team": "Test", "user": "dossier",
			"team_id": TeamID, "user_id": BotUserID, "bot_id": BotID})
	case "chat.postMessage", "chat.startStream":
		writeJSON(w, map[string]any{"ok": true, "channel": c.Param("channel"), "ts": ts, "message": map[string]any{"text": c.Param("text"), "ts": ts}})
	case "chat.update", "chat.appendStream", "chat.stopStream":
		writeJSON(w, map[string]any{"ok": true, "channel": c.Param("channel"), "ts": c.Param("ts"), "message": map[string]any{"text": c.Param("text"), "ts": c.Param("ts")}})
	case "chat.postEphemeral":
		writeJSON(w, map[string]any{"ok": true, "message_ts": ts})
	case "apps.connections.open":
		writeJSON(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(s.URL, "http") + "/socket"})
	default: // reactions.add/remove, views.publish, assistant.threads.*, ...
		writeJSON(w, map[string]any{"ok": true})
	}
}

func (s *Server) response(w http.ResponseWriter, r *http.Request) {
	c := readCall(r, strings.TrimPrefix(r.URL.Path, "/"))
	s.mu.Lock()
	var f *Failure
	if s.failEach != nil {
		f = s.failEach("response")
	}
	s.mu.Unlock()
	c.Failed = f != nil
	s.record(c)
	if f != nil {
		if f.RetryAfter != "" {
			w.Header().Set("Retry-After", f.RetryAfter)
		}
		w.WriteHeader(max(f.Status, http.StatusInternalServerError))
		return
	}
	io.WriteString(w, "ok")
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// socket serves Socket Mode: hello, then the envelopes sent with Send,
// recording the acknowledgements.
func (s *Server) socket(w http.ResponseWriter, r *http.Request) {
	conn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1,
		"connection_info": map[string]any{"app_id": AppID}, "debug_info": map[string]any{"host": "fake"}})
	s.sockets <- conn
	for {
		var ack map[string]any
		if err := conn.ReadJSON(&ack); err != nil {
			return
		}
		s.mu.Lock()
		s.acks = append(s.acks, ack)
		s.mu.Unlock()
		select {
		case s.changed <- struct{}{}:
		default:
		}
	}
}

// Socket waits for the bot's Socket Mode connection.
func (s *Server) Socket() *websocket.Conn {
	s.t.Helper()
	select {
	case c := <-s.sockets:
		s.sockets <- c // keep it for the next caller
		return c
	case <-time.After(10 * time.Second):
		s.t.Fatal("the bot did not connect over Socket Mode")
		return nil
	}
}

// Send sends an envelope over the Socket Mode connection.
func (s *Server) Send(envelope any) {
	s.t.Helper()
	if err := s.Socket().WriteJSON(envelope); err != nil {
		s.t.Fatal(err)
	}
}

// WaitAck waits for the acknowledgement of an envelope.
func (s *Server) WaitAck(envelopeID string) map[string]any {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		for _, a := range s.acks {
			if a["envelope_id"] == envelopeID {
				s.mu.Unlock()
				return a
			}
		}
		s.mu.Unlock()
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatalf("no ack of envelope %s", envelopeID)
	return nil
}
