package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// MaxBody is the largest request body accepted; larger ones get 413.
const MaxBody = 1 << 20

// Routes registers the Slack endpoints on mux.
func (b *Bot) Routes(mux *http.ServeMux) {
	mux.Handle("POST /slack/events", withRequestID(b.serveEvents))
	mux.Handle("POST /slack/commands", withRequestID(b.serveCommands))
	mux.Handle("POST /slack/interactions", withRequestID(b.serveInteractions))
}

var requestSeq atomic.Uint64

// withRequestID gives each request an ID that its log lines carry, with
// Slack's retry number when it is a retry.
func withRequestID(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := bot.WithLogAttrs(r.Context(), "request_id", fmt.Sprintf("%x-%d", time.Now().UnixNano()&0xffffff, requestSeq.Add(1)))
		if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
			ctx = bot.WithLogAttrs(ctx, "slack_retry", n)
		}
		h(w, r.WithContext(ctx))
	})
}

// verified reads the body and checks Slack's signature: a body too large
// gets 413, a missing, wrong or stale signature 401, and nothing else
// happens.
func (b *Bot) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		return nil, false
	case err != nil:
		http.Error(w, "cannot read the request body", http.StatusBadRequest)
		return nil, false
	}
	if b.cfg.SigningSecret == "" {
		http.Error(w, "this bot takes Slack requests over Socket Mode only", http.StatusUnauthorized)
		return nil, false
	}
	sv, err := slack.NewSecretsVerifier(r.Header, b.cfg.SigningSecret)
	if err == nil {
		_, _ = sv.Write(body)
		err = sv.Ensure()
	}
	if err != nil {
		b.log.DebugContext(r.Context(), "rejected a request with a bad signature", "path", r.URL.Path, "err", err)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

func (b *Bot) serveEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := b.verified(w, r)
	if !ok {
		return
	}
	var outer struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
	}
	if err := json.Unmarshal(body, &outer); err != nil {
		http.Error(w, "the body is not JSON", http.StatusBadRequest)
		return
	}
	if outer.Type == "url_verification" {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, outer.Challenge)
		return
	}
	if err := b.handleEvent(r.Context(), body, ""); err != nil {
		refuse(w, err)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (b *Bot) serveCommands(w http.ResponseWriter, r *http.Request) {
	body, ok := b.verified(w, r)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil || form.Get("command") == "" {
		http.Error(w, "not a slash command", http.StatusBadRequest)
		return
	}
	reply, queue := b.handleCommand(commandOf(form))
	if queue {
		j := NewJob(JobCommand, body)
		j.Form = true
		if err := b.push(r.Context(), j); err != nil {
			reply = busy() // Slack does not retry a command: say so, now
		}
	}
	writeJSON(w, reply)
}

// refuse answers a request that was not queued: 400 for a malformed
// payload; 503 otherwise (a full queue, shutting down), so that Slack
// retries it.
func refuse(w http.ResponseWriter, err error) {
	if errors.Is(err, errMalformed) {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Retry-After", "1")
	http.Error(w, "busy: "+err.Error(), http.StatusServiceUnavailable)
}

func (b *Bot) serveInteractions(w http.ResponseWriter, r *http.Request) {
	body, ok := b.verified(w, r)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(body))
	var cb slack.InteractionCallback
	payload := []byte(form.Get("payload"))
	if err == nil {
		err = json.Unmarshal(payload, &cb)
	}
	if err != nil {
		http.Error(w, "not an interaction payload", http.StatusBadRequest)
		return
	}
	if err := b.push(r.Context(), NewJob(JobInteraction, payload)); err != nil {
		refuse(w, err)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
