package slack

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

func TestSignatureHeadersAreCheckedWithoutTheBody(t *testing.T) {
	now := time.Unix(1764000000, 0)
	good := "v0=" + strings.Repeat("ab", 32)
	stamp := func(d time.Duration) string { return strconv.FormatInt(now.Add(d).Unix(), 10) }
	for _, tt := range []struct {
		name, sig, ts string
		ok            bool
	}{
		{"fresh", good, stamp(0), true},
		{"a little ahead", good, stamp(time.Minute), true},
		{"no signature", "", stamp(0), false},
		{"no timestamp", good, "", false},
		{"stale", good, stamp(-6 * time.Minute), false},
		{"from the future", good, stamp(6 * time.Minute), false},
		{"not a number", good, "soon", false},
		{"another version", "v1=" + strings.Repeat("ab", 32), stamp(0), false},
		{"too short", "v0=abcd", stamp(0), false},
		{"not hex", "v0=" + strings.Repeat("zz", 32), stamp(0), false},
	} {
		h := http.Header{}
		h.Set("X-Slack-Signature", tt.sig)
		h.Set("X-Slack-Request-Timestamp", tt.ts)
		if err := signatureHeaders(h, now); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

func TestFeedbackValuesAreCapped(t *testing.T) {
	var ids []string
	for i := range 60 {
		ids = append(ids, "s#p"+strconv.Itoa(i))
	}
	ids = append(ids, strings.Repeat("x", 300))
	data, _ := json.Marshal(feedbackValue{Vote: -1, Question: strings.Repeat("q", 600), Answer: strings.Repeat("a", 900), Passages: ids[40:]})
	v, ok := parseFeedback(string(data))
	if !ok || len([]rune(v.Question)) > maxFeedbackQuestion || len([]rune(v.Answer)) > maxFeedbackAnswer || len(v.Passages) != maxFeedbackPassages || v.Vote != -1 {
		t.Errorf("capped: %v q=%d a=%d p=%d", ok, len(v.Question), len(v.Answer), len(v.Passages))
	}
	for _, p := range v.Passages {
		if len(p) > maxPassageID {
			t.Errorf("a passage ID of %d bytes", len(p))
		}
	}
	if _, ok := parseFeedback(`{"q":"` + strings.Repeat("q", 2100) + `"}`); ok {
		t.Error("a value over Slack's 2,000 characters is accepted")
	}
	if _, ok := parseFeedback(`{"q":`); ok {
		t.Error("a malformed value is accepted")
	}
}

func TestInteractionsFromOutsideAreRefused(t *testing.T) {
	b := &Bot{cfg: Config{AllowTeams: []string{"T1"}, AllowChannels: []string{"C1"}}, log: slog.New(slog.DiscardHandler), observe: nopObserver{}}
	cb := func(team, channel, user, ts string) slack.InteractionCallback {
		var c slack.InteractionCallback
		c.Team.ID, c.Channel.ID, c.User.ID, c.Message.Timestamp = team, channel, user, ts
		return c
	}
	for _, tt := range []struct {
		name string
		cb   slack.InteractionCallback
		ok   bool
	}{
		{"allowed", cb("T1", "C1", "U1", "1764000000.000100"), true},
		{"a DM", cb("T1", "D1", "U1", ""), true},
		{"another team", cb("T2", "C1", "U1", ""), false},
		{"another channel", cb("T1", "C2", "U1", ""), false},
		{"a broadcast as the channel", cb("T1", "<!channel>", "U1", ""), false},
		{"no team", cb("", "C1", "U1", ""), false},
		{"a crafted user", cb("T1", "C1", "U1> <!here", ""), false},
		{"a crafted ts", cb("T1", "C1", "U1", "1.2|x"), false},
	} {
		if got := b.acceptInteraction(t.Context(), tt.cb); got != tt.ok {
			t.Errorf("%s: accepted %v, want %v", tt.name, got, tt.ok)
		}
	}
}

// A crafted channel or thread never reaches the digest's link.
func TestThreadLinkNeedsSlackIDs(t *testing.T) {
	if got := threadLink("C123", "1764000000.000100"); got != " <https://slack.com/archives/C123/p1764000000000100|thread>" {
		t.Errorf("link %q", got)
	}
	for _, c := range [][2]string{{"<!channel>", "1.2"}, {"C1", "<!here>"}, {"C1>|x", "1.2"}, {"", ""}} {
		if got := threadLink(c[0], c[1]); got != "" {
			t.Errorf("threadLink(%q, %q) = %q", c[0], c[1], got)
		}
	}
}

// A failed post to a response_url shows its host, never its token, and
// keeps what ErrorCode needs.
func TestResponseURLIsHiddenInErrors(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens: the post fails
	secret := "http://" + addr + "/commands/T1/123/TOKENxyz"
	err = hideURL(slack.PostWebhookCustomHTTPContext(context.Background(), secret, http.DefaultClient, &slack.WebhookMessage{Text: "x"}), secret)
	if err == nil || strings.Contains(err.Error(), "TOKENxyz") || !strings.Contains(err.Error(), addr) {
		t.Errorf("error %v", err)
	}
	if hideURL(nil, secret) != nil {
		t.Error("nil is not nil")
	}
}

// A share button's value names its key in the store: only a key of the
// bot's own form is read.
func TestShareReadsOnlySharedKeys(t *testing.T) {
	for key, ok := range map[string]bool{
		"shared:0123456789abcdef01234567": true,
		"assistant-context:T1:D1:1.2":     false,
		"shared:../x":                     false,
		"shared:0123456789ABCDEF01234567": false,
	} {
		if sharedKey.MatchString(key) != ok {
			t.Errorf("%q: accepted %v", key, !ok)
		}
	}
}
