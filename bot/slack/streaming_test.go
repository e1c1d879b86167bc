package slack_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

const streamedReply = "Deputy Prime Minister Khusnullin said Russian authorities are working on political arrangements to employ North Korean labor [1]. " +
	"Between 20,000 and 50,000 DPRK workers may be invited to Russia [1]. " +
	"They would mainly develop infrastructure in the Russian Far East [1]. " +
	"The Deputy Prime Minister oversees Russia’s construction industry [1]."

// A streamed model answer: the draft starts streaming in the question's
// thread, grows by appends at most one per ~300 ms, stops, and the final
// verified answer replaces it with citations and feedback.
func TestStreamedModelAnswer(t *testing.T) {
	llm := pacedModel(t, streamedReply)
	h := start(t, setup{model: llm})
	m := slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?")
	h.SendEvent(m)
	final := h.WaitPosts("C1", 1)[0]
	start := h.Slack.Calls("chat.startStream")
	appends := h.Slack.Calls("chat.appendStream")
	stop := h.Slack.Calls("chat.stopStream")
	if len(start) != 1 || len(stop) != 1 {
		t.Fatalf("calls %v", h.Slack.Methods())
	}
	ts := h.Slack.Calls("chat.update")[0].Param("ts")
	if s := start[0]; s.Param("thread_ts") != m["ts"] || s.Param("recipient_user_id") != "U1" || s.Param("recipient_team_id") != fakeslack.TeamID {
		t.Errorf("startStream %v", s.Params)
	}
	if final.Method != "chat.update" || final.Param("ts") != ts || stop[0].Param("ts") != ts {
		t.Errorf("the final message does not replace the stream: %s ts %s, stop ts %s", final.Method, final.Param("ts"), stop[0].Param("ts"))
	}
	// what streamed is the model's text, in order
	var streamed strings.Builder
	for _, c := range append(start, appends...) {
		streamed.WriteString(c.Param("markdown_text"))
	}
	if s := streamed.String(); len(s) < 40 || !strings.HasPrefix(streamedReply, s) {
		t.Errorf("streamed %q", s)
	}
	// a bounded number of appends, spaced at least ~300 ms apart
	writes := append(start, appends...)
	if len(appends) == 0 || len(appends) > 8 {
		t.Errorf("%d appends for a reply of four sentences written over about a second", len(appends))
	}
	for i := 1; i < len(writes); i++ {
		gap := writes[i].At.Sub(writes[i-1].At)
		if gap < 250*time.Millisecond {
			t.Errorf("appends %d and %d %v apart", i-1, i, gap)
		}
		t.Logf("write %d after %v", i, gap.Round(time.Millisecond))
	}
	if !contains(final.Param("blocks"), "#p12", "feedback_buttons", "Between 20,000 and 50,000") || strings.Contains(final.Param("blocks"), "Checked against the sources") {
		t.Errorf("final %s", final.Param("blocks"))
	}
	if n := len(h.Slack.Calls("chat.postMessage")); n != 0 {
		t.Errorf("%d messages posted besides the stream", n)
	}
	h.Slack.WaitFor(1, "reactions.remove")
}

// Verification changing a streamed answer: the final message replaces the
// draft and says so in one line.
func TestVerificationChangingAStreamedAnswerSaysSo(t *testing.T) {
	for _, tt := range []struct {
		name, reply, says, gone string
	}{
		{"invented figure", "Russia will invite 90,000 DPRK workers to its Far East [1]. They would build roads there [1].", "replaced with the sources", "Russia will invite 90,000"},
		{"bad citation", "Between 20,000 and 50,000 DPRK workers may be invited to Russia [1][9]. They would develop infrastructure in the Russian Far East [1].", "citations of passages the model was not given were removed", "[9]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			llm := pacedModel(t, tt.reply)
			h := start(t, setup{model: llm})
			h.SendEvent(slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?"))
			final := h.WaitPosts("C1", 1)[0]
			if len(h.Slack.Calls("chat.startStream")) != 1 || final.Method != "chat.update" {
				t.Fatalf("calls %v", h.Slack.Methods())
			}
			blocks := final.Param("blocks")
			if !contains(blocks, "Checked against the sources after it was written", tt.says) || strings.Contains(blocks, tt.gone) {
				t.Errorf("final %s", blocks)
			}
		})
	}
}

// Slack refusing to stream: the answer is posted whole, as without a model
// that streams.
func TestStreamingRefusedPostsPlainly(t *testing.T) {
	llm := pacedModel(t, streamedReply)
	h := start(t, setup{model: llm})
	h.Slack.RefuseStreaming("not_allowed")
	m := slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?")
	h.SendEvent(m)
	post := h.WaitPosts("C1", 1)[0]
	if post.Method != "chat.postMessage" || post.Param("thread_ts") != m["ts"] || !contains(post.Param("blocks"), "Between 20,000 and 50,000", "#p12") {
		t.Errorf("plain answer %s %v", post.Method, post.Params)
	}
	if n := len(h.Slack.Calls("chat.startStream")); n != 1 {
		t.Errorf("%d startStream calls", n)
	}
	if n := len(h.Slack.Calls("chat.appendStream", "chat.stopStream", "chat.update")); n != 0 {
		t.Errorf("%d stream calls after the refusal: %v", n, h.Slack.Methods())
	}
	h.Slack.WaitFor(1, "reactions.remove")
}

// Without a model, nothing streams.
func TestExtractiveAnswersDoNotStream(t *testing.T) {
	h := start(t, setup{})
	h.SendEvent(slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?"))
	h.WaitPosts("C1", 1)
	h.Slack.WaitFor(1, "reactions.remove")
	if n := len(h.Slack.Calls("chat.startStream", "chat.appendStream", "chat.stopStream")); n != 0 {
		t.Errorf("%d stream calls without a model", n)
	}
}

// A stream that breaks mid-way still ends in the verified answer: an
// append refused stops the appends and the final message replaces the
// draft; an update refused deletes the draft and posts the answer in the
// thread instead.
func TestBrokenStreamStillDeliversTheAnswer(t *testing.T) {
	for _, tt := range []struct {
		name, method, want string
		appends            int
	}{
		{"append refused", "chat.appendStream", "chat.update", 1},
		{"update refused", "chat.update", "chat.postMessage", -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			llm := pacedModel(t, streamedReply)
			h := start(t, setup{model: llm})
			h.Slack.Fail(tt.method, fakeslack.Failure{Error: "message_not_found"})
			m := slacktest.Mention("C1", "U1", "How many North Korean workers may Russia invite?")
			h.SendEvent(m)
			h.Slack.WaitFor(1, "reactions.remove")
			var final fakeslack.Call
			for _, c := range h.Slack.Calls(tt.want) {
				if strings.Contains(c.Param("blocks"), "Between 20,000 and 50,000") {
					final = c
				}
			}
			if final.Method == "" || tt.want == "chat.postMessage" && final.Param("thread_ts") != m["ts"] {
				t.Fatalf("no final answer by %s: %v", tt.want, h.Slack.Methods())
			}
			if n := len(h.Slack.Calls("chat.appendStream")); tt.appends >= 0 && n != tt.appends {
				t.Errorf("%d appends, want %d", n, tt.appends)
			}
			if n := len(h.Slack.Calls("chat.stopStream")); n != 1 {
				t.Errorf("%d stopStream calls", n)
			}
			if del := h.Slack.Calls("chat.delete"); tt.method == "chat.update" && (len(del) != 1 || del[0].Param("ts") != h.Slack.Calls("chat.stopStream")[0].Param("ts")) {
				t.Errorf("the unchecked draft was not deleted: %v", del)
			}
		})
	}
}
