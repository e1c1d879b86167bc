// Package openaitest is a fake of the OpenAI API for tests: an httptest
// server that speaks chat completions (JSON and server-sent events) and
// embeddings as the real API does, errors and rate limits included, with
// replies scripted per test. It records every request.
package openaitest

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// A Reply is one scripted response.
type Reply struct {
	Text string // the assistant's message
	// Status and Header, for errors (429 with Retry-After, 500...).
	Status int
	Header map[string]string
	// Raw replaces the whole body (malformed JSON, say).
	Raw string
	// Stall waits this long before answering (or until the client gives up).
	Stall time.Duration
	// Refusal is the model declining.
	Refusal string
	// ChunkDelay paces a streamed reply: the wait before each chunk, as a
	// model writing at its own speed.
	ChunkDelay time.Duration
}

// A Request is what the server received.
type Request struct {
	Path     string
	Stream   bool
	Model    string
	System   string
	User     string
	Input    []string // embeddings
	APIKey   string
	Received time.Time
}

// Server is the fake.
type Server struct {
	*httptest.Server
	mu       sync.Mutex
	script   []Reply
	requests []Request
	// Default answers when the script is empty; nil means an empty reply.
	Default func(r Request) Reply
}

// New starts a fake, closed when t ends.
func New(t testing.TB, script ...Reply) *Server {
	s := &Server{script: script}
	s.Server = httptest.NewServer(http.HandlerFunc(s.handle))
	t.Cleanup(s.Close)
	return s
}

// Push appends replies to the script.
func (s *Server) Push(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, r...)
}

// Requests returns what the server has received.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) next(r Request) Reply {
	s.mu.Lock()
	s.requests = append(s.requests, r)
	if len(s.script) > 0 {
		rep := s.script[0]
		s.script = s.script[1:]
		s.mu.Unlock()
		return rep
	}
	def := s.Default
	s.mu.Unlock()
	if def != nil {
		return def(r)
	}
	return Reply{}
}

type chatBody struct {
	Model    string `json:"model"`
	Stream   bool   `json:"stream"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	Input any `json:"input"`
}

func (s *Server) handle(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		apiError(w, http.StatusMethodNotAllowed, "method not allowed", "invalid_request_error")
		return
	}
	var body chatBody
	if err := json.NewDecoder(req.Body).Decode(&body); err != nil {
		apiError(w, http.StatusBadRequest, "could not parse the JSON body of your request", "invalid_request_error")
		return
	}
	r := Request{Path: req.URL.Path, Stream: body.Stream, Model: body.Model, Received: time.Now(),
		APIKey: strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer ") + req.Header.Get("api-key")}
	for _, m := range body.Messages {
		switch m.Role {
		case "system":
			r.System = m.Content
		case "user":
			r.User = m.Content
		}
	}
	r.Input = inputs(body.Input)
	rep := s.next(r)
	if rep.Stall > 0 {
		select {
		case <-time.After(rep.Stall):
		case <-req.Context().Done():
			return
		}
	}
	for k, v := range rep.Header {
		w.Header().Set(k, v)
	}
	switch {
	case rep.Raw != "":
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(max(rep.Status, 200))
		io.WriteString(w, rep.Raw)
	case rep.Status >= 400:
		apiError(w, rep.Status, http.StatusText(rep.Status), errorType(rep.Status))
	case strings.HasSuffix(r.Path, "/embeddings"):
		embeddings(w, r)
	case r.Stream:
		stream(req.Context(), w, r, rep)
	default:
		complete(w, r, rep)
	}
}

func inputs(v any) []string {
	switch in := v.(type) {
	case string:
		return []string{in}
	case []any:
		var out []string
		for _, x := range in {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func errorType(status int) string {
	switch {
	case status == 429:
		return "rate_limit_exceeded"
	case status == 401:
		return "invalid_api_key"
	case status >= 500:
		return "server_error"
	}
	return "invalid_request_error"
}

func apiError(w http.ResponseWriter, status int, msg, typ string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": typ}})
}

func usage(r Request, text string) map[string]int {
	p, c := (len(r.System)+len(r.User))/4, len(text)/4
	return map[string]int{"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}
}

func complete(w http.ResponseWriter, r Request, rep Reply) {
	msg := map[string]any{"role": "assistant", "content": rep.Text}
	finish := "stop"
	if rep.Refusal != "" {
		msg = map[string]any{"role": "assistant", "content": nil, "refusal": rep.Refusal}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": time.Now().Unix(), "model": r.Model,
		"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}},
		"usage":   usage(r, rep.Text),
	})
}

// stream sends the reply as server-sent events, a few words a chunk, then
// a usage chunk and [DONE], as the real API does with include_usage.
func stream(ctx context.Context, w http.ResponseWriter, r Request, rep Reply) {
	w.Header().Set("Content-Type", "text/event-stream")
	fl, _ := w.(http.Flusher)
	send := func(v any) {
		data, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", data)
		if fl != nil {
			fl.Flush()
		}
	}
	chunk := func(delta map[string]any, finish any) map[string]any {
		return map[string]any{"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": time.Now().Unix(), "model": r.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}}}
	}
	send(chunk(map[string]any{"role": "assistant", "content": ""}, nil))
	if rep.Refusal != "" {
		send(chunk(map[string]any{"refusal": rep.Refusal}, nil))
	}
	words := strings.SplitAfter(rep.Text, " ")
	for i := 0; i < len(words); i += 3 {
		if rep.ChunkDelay > 0 {
			select {
			case <-time.After(rep.ChunkDelay):
			case <-ctx.Done():
				return
			}
		}
		send(chunk(map[string]any{"content": strings.Join(words[i:min(i+3, len(words))], "")}, nil))
	}
	send(chunk(map[string]any{}, "stop"))
	send(map[string]any{"id": "chatcmpl-test", "object": "chat.completion.chunk", "model": r.Model, "choices": []any{}, "usage": usage(r, rep.Text)})
	io.WriteString(w, "data: [DONE]\n\n")
}

// embeddings returns a deterministic 16-dimension vector per input: the
// counts of its words' hashes, so that texts sharing words are close.
func embeddings(w http.ResponseWriter, r Request) {
	var data []any
	for i, in := range r.Input {
		data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": Vector(in)})
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": r.Model,
		"usage": map[string]int{"prompt_tokens": len(r.Input), "total_tokens": len(r.Input)}})
}

// Vector is the fake's embedding of a text.
func Vector(text string) []float32 {
	v := make([]float32, 16)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		h := fnv.New32a()
		h.Write([]byte(strings.Trim(w, ".,;:!?\"“”’'()")))
		v[h.Sum32()%16]++
	}
	return v
}
