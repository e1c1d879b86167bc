package slack

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/queue"
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

// replayWindow is how old a signed request may be, as Slack's own SDKs
// allow.
const replayWindow = 5 * time.Minute

// verified checks Slack's signature: the signature and timestamp headers
// first, so that an unsigned or stale request is refused before its body
// is read; then the body, at most MaxBody bytes, against the signature. A
// body too large gets 413, a missing, wrong or stale signature 401, and
// nothing else happens.
func (b *Bot) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if b.cfg.SigningSecret == "" {
		http.Error(w, "this bot takes Slack requests over Socket Mode only", http.StatusUnauthorized)
		return nil, false
	}
	if err := signatureHeaders(r.Header, time.Now()); err != nil {
		b.refuse(w, r, err)
		return nil, false
	}
	if r.ContentLength > MaxBody {
		http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		return nil, false
	}
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
	sv, err := slack.NewSecretsVerifier(r.Header, b.cfg.SigningSecret)
	if err == nil {
		_, _ = sv.Write(body)
		err = sv.Ensure()
	}
	if err != nil {
		b.refuse(w, r, err)
		return nil, false
	}
	return body, true
}

func (b *Bot) refuse(w http.ResponseWriter, r *http.Request, err error) {
	b.log.DebugContext(r.Context(), "rejected a request with a bad signature", "path", r.URL.Path, "err", err)
	http.Error(w, "invalid signature", http.StatusUnauthorized)
}

// signatureHeaders checks, without the body, that a request carries a
// version 0 signature of the right shape and a timestamp within
// replayWindow of now.
func signatureHeaders(h http.Header, now time.Time) error {
	sig, stamp := h.Get("X-Slack-Signature"), h.Get("X-Slack-Request-Timestamp")
	hexSig, ok := strings.CutPrefix(sig, "v0=")
	if !ok || len(hexSig) != 2*sha256.Size {
		return errors.New("missing or malformed X-Slack-Signature")
	}
	if _, err := hex.DecodeString(hexSig); err != nil {
		return errors.New("malformed X-Slack-Signature")
	}
	ts, err := strconv.ParseInt(stamp, 10, 64)
	if err != nil {
		return errors.New("missing or malformed X-Slack-Request-Timestamp")
	}
	if age := now.Sub(time.Unix(ts, 0)); age > replayWindow || age < -replayWindow {
		return fmt.Errorf("a timestamp %v away from now, outside the replay window", age.Round(time.Second))
	}
	return nil
}

// signedDigest identifies a signed request: its timestamp and body,
// hashed. A replay of it within the window has the same digest.
func signedDigest(h http.Header, body []byte) string {
	sum := sha256.New()
	fmt.Fprintf(sum, "%s:", h.Get("X-Slack-Request-Timestamp"))
	sum.Write(body)
	return hex.EncodeToString(sum.Sum(nil))
}

func (b *Bot) serveEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := b.verified(w, r)
	if !ok {
		return
	}
	env, err := readEnvelope(body)
	if err != nil {
		http.Error(w, "the body is not JSON", http.StatusBadRequest)
		return
	}
	if env.Type == "url_verification" {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, env.Challenge)
		return
	}
	if err := b.queueEvent(r.Context(), env, body, ""); err != nil {
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
	cmd := commandOf(form)
	if bad := commandIDs(cmd); len(bad) > 0 {
		b.ignore(r.Context(), IgnoredMalformedIDs, "command", bad...)
		http.Error(w, "malformed team, channel or user ID", http.StatusBadRequest)
		return
	}
	reply, toQueue := b.handleCommand(cmd)
	if toQueue {
		j := queue.NewJob(queue.JobCommand, body)
		j.Form = true
		j.Digest = signedDigest(r.Header, body) // a replay is answered once
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
	if !b.acceptInteraction(r.Context(), cb) {
		w.WriteHeader(http.StatusOK) // acknowledged and ignored: nothing queued, recorded or posted
		return
	}
	j := queue.NewJob(queue.JobInteraction, payload)
	j.Digest = signedDigest(r.Header, body) // a replay is handled once
	if err := b.push(r.Context(), j); err != nil {
		refuse(w, err)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
