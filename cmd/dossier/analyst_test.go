package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const riverKB = "../../bot/testdata/riverkb"

func TestTimelineJSON(t *testing.T) {
	out, errs, code := dossier(t, nil, "timeline", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var tl struct {
		Topic  *string `json:"topic"`
		Events []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil || tl.Topic == nil {
		t.Fatalf("not the timeline shape: %v\n%s", err, out)
	}
	if len(tl.Events) < 3 {
		t.Fatalf("%d events", len(tl.Events))
	}
	prev := ""
	for _, e := range tl.Events {
		for k, typ := range map[string]string{"date": "string", "date_text": "string", "approximate": "bool", "text": "string", "id": "string", "source": "string", "reliability": "string"} {
			if got := jsonType(e[k]); got != typ {
				t.Errorf("event %s is %s, want %s: %v", k, got, typ, e)
			}
		}
		if d := e["date"].(string); d < prev {
			t.Errorf("events out of order: %s after %s", d, prev)
		} else {
			prev = d
		}
	}
}

func TestTimelineText(t *testing.T) {
	out, errs, code := dossier(t, nil, "timeline", "--knowledge", riverKB)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"2019-03-03  3 March 2019", "2021-05     In May (approximate)", "reliability C (fairly reliable)", "river-port-dispute#p5"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline lacks %q:\n%s", want, out)
		}
	}
	out, _, code = dossier(t, nil, "timeline", "--knowledge", riverKB, "volcanoes")
	if code != 0 || !strings.Contains(out, "does not cover") {
		t.Errorf("an uncovered topic: exit %d\n%s", code, out)
	}
}

func TestClaimsJSON(t *testing.T) {
	out, errs, code := dossier(t, nil, "claims", "--json", "--knowledge", riverKB)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var cs struct {
		Topic  *string `json:"topic"`
		Claims []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &cs); err != nil || cs.Topic == nil || len(cs.Claims) != 4 {
		t.Fatalf("not the claims shape: %v\n%s", err, out)
	}
	for _, c := range cs.Claims {
		for k, typ := range map[string]string{"claimant": "string", "stance": "string", "text": "string", "id": "string", "source": "string", "disputed_by": "array"} {
			if got := jsonType(c[k]); got != typ {
				t.Errorf("claim %s is %s, want %s: %v", k, got, typ, c)
			}
		}
		if len(c["disputed_by"].([]any)) != 1 {
			t.Errorf("claim %v: each claim of the fixture has one side disputing it", c)
		}
	}
	out, _, _ = dossier(t, nil, "claims", "--knowledge", riverKB)
	if !strings.Contains(out, "The harbour authority\n  claims: “") || !strings.Contains(out, "⇄ disputed: The dockers’ union disputes") {
		t.Errorf("claims text:\n%s", out)
	}
}

func TestReliabilityShown(t *testing.T) {
	out, _, _ := dossier(t, nil, "ask", "Will Russia employ North Korean labour?")
	if !strings.Contains(out, "· reliability B (usually reliable)") {
		t.Errorf("ask does not show the grade:\n%s", out)
	}
	out, _, _ = dossier(t, nil, "ask", "--json", "Will Russia employ North Korean labour?")
	if !strings.Contains(out, `"reliability": "B"`) {
		t.Errorf("ask --json has no reliability:\n%s", out)
	}
	out, _, _ = dossier(t, nil, "kb", "list")
	if !strings.Contains(out, "reliability B (usually reliable)") {
		t.Errorf("kb list does not show the grade:\n%s", out)
	}
}

func TestSummaryNamesSourcesOnce(t *testing.T) {
	out, errs, code := dossier(t, nil, "summary", "--no-llm")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "Sources:"); n != 1 {
		t.Errorf("%d \"Sources:\" lines:\n%s", n, out)
	}
}
