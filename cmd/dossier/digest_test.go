package main

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-bot/dossier/bot/redis/redistest"
	"github.com/dossier-bot/dossier/bot/slack/fakeslack"
)

func TestDigestPreview(t *testing.T) {
	out, errs, code := dossier(t, nil, "digest", "--json")
	var d map[string]any
	if err := json.Unmarshal([]byte(out), &d); err != nil || code != 0 {
		t.Fatalf("exit %d %v: %s %s", code, err, out, errs)
	}
	for _, k := range []string{"since", "until", "new_sources", "questions", "topics", "passages", "gaps", "thumbs_up", "thumbs_down"} {
		if _, ok := d[k]; !ok {
			t.Errorf("digest JSON lacks %q", k)
		}
	}
	checkJSONStyle(t, "digest --json", d)
	out, _, _ = dossier(t, nil, "digest")
	if !strings.Contains(out, "New in the knowledge base:") || !strings.Contains(out, "[1]") {
		t.Errorf("text preview: %s", out)
	}
	_, errs, code = dossier(t, map[string]string{"DIGEST_SCHEDULE": "at nine", "DIGEST_TZ": "Mars/Base"}, "digest")
	if code != exitUsage || !strings.Contains(errs, "DIGEST_SCHEDULE") || !strings.Contains(errs, "DIGEST_TZ") {
		t.Errorf("bad schedule: %d %q", code, errs)
	}
}

// `dossier digest --post` run three times at once posts once.
func TestDigestPostRunThreeTimesAtOnce(t *testing.T) {
	fake := fakeslack.New(t)
	srv := redistest.Start(t)
	env := map[string]string{"REDIS_URL": srv.URL(), "DOSSIER_REDIS_PREFIX": "digest-cli:", "SLACK_BOT_TOKEN": "xoxb-t",
		"SLACK_API_URL": fake.APIURL(), "DIGEST_CHANNEL": "CDIGEST", "DIGEST_SCHEDULE": "0 0 1 * *"} // no signing secret: posting needs none
	var wg sync.WaitGroup
	outs := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, errs, code := dossier(t, env, "digest", "--post")
			if code != 0 {
				t.Errorf("exit %d: %s", code, errs)
			}
			outs[i] = out
		}()
	}
	wg.Wait()
	posts := fake.Calls("chat.postMessage")
	if len(posts) != 1 || posts[0].Param("channel") != "CDIGEST" || !strings.Contains(posts[0].Param("blocks"), "Dossier digest") {
		t.Errorf("%d posts: %v; outputs %q", len(posts), fake.Methods(), outs)
	}
	if _, errs, code := dossier(t, map[string]string{"SLACK_BOT_TOKEN": "xoxb-t"}, "digest", "--post"); code != exitUsage || !strings.Contains(errs, "DIGEST_CHANNEL") || strings.Contains(errs, "SLACK_SIGNING_SECRET") {
		t.Errorf("--post without a channel: %d %q", code, errs)
	}
}

func TestSlashDigestPreview(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"DIGEST_CHANNEL": "CDIGEST"})
	h.sendEvent(mention("C1", "U1", "Has Iran sent drones to Russia?"))
	h.waitPosts("C1", 1)
	_, _, resp := h.command("digest", "U1", "C1")
	c := h.slack.WaitFor(1, resp)[0]
	if b := c.Param("blocks"); !strings.Contains(b, "Preview of the next digest") || !strings.Contains(b, "Has Iran sent drones to Russia?") {
		t.Errorf("preview: %s", b)
	}
}
