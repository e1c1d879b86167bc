package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares v, as indented JSON, with testdata/name; -update
// rewrites the file.
func golden(t *testing.T, name string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("%s differs from the golden file (run go test ./bot -update and review the diff):\n%s", name, buf.String())
	}
}

// riverEngine is an engine over the small test source written for these
// tests, so that timeline and claims are shown to work on other text.
func riverEngine(t *testing.T) *bot.Engine {
	t.Helper()
	kb, err := knowledge.Load(os.DirFS("testdata/riverkb"))
	if err != nil {
		t.Fatal(err)
	}
	return bot.NewEngine(knowledge.NewIndex(kb), bot.WithClock(func() time.Time { return time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC) }))
}

func TestTimelineGolden(t *testing.T) {
	tl, err := newEngine(t).Timeline(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "timeline.golden.json", tl)
}

func TestClaimsGolden(t *testing.T) {
	cs, err := newEngine(t).Claims(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "claims.golden.json", cs)
}

func TestTimelineOtherText(t *testing.T) {
	tl, err := riverEngine(t).Timeline(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	type ev struct {
		date, text string
		approx     bool
	}
	var got []ev
	for _, e := range tl.Events {
		got = append(got, ev{e.Date, e.DateText, e.Approximate})
		if e.ID == "" || e.Source == "" || e.Reliability != "C" || !strings.Contains(e.Text, e.DateText) {
			t.Errorf("event %+v: want its passage, source, grade and the sentence that gives its date", e)
		}
	}
	want := []ev{
		{"2019-03-03", "3 March 2019", false},
		{"2020", "Last year", true}, // relative to the source's date, June 2021
		{"2020-01", "January 2020", false},
		{"2021-05", "In May", true}, // no year: the May before the source's date
	}
	if !slices.Equal(got, want) {
		t.Errorf("timeline\n got %v\nwant %v", got, want)
	}
}

func TestTimelineTopic(t *testing.T) {
	e := riverEngine(t)
	tl, err := e.Timeline(context.Background(), "court")
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 1 || tl.Events[0].Date != "2020-01" || tl.Topic != "court" {
		t.Errorf("timeline of the court: %+v", tl)
	}
	tl, err = e.Timeline(context.Background(), "volcanoes")
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 0 || !slices.Contains(tl.Missing, "volcanoes") {
		t.Errorf("timeline of what no source covers: %+v", tl)
	}
}

func TestClaimsOtherText(t *testing.T) {
	cs, err := riverEngine(t).Claims(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]bot.Claim{}
	var order []string
	for _, c := range cs.Claims {
		by[c.Claimant] = c
		order = append(order, c.Claimant+" "+c.Stance)
	}
	want := []string{"Avel’s mayor said", "The downstream town of Brisk denied", "The harbour authority claims", "The dockers’ union disputes"}
	if !slices.Equal(order, want) {
		t.Fatalf("claims\n got %q\nwant %q", order, want)
	}
	pairs := map[string]string{
		"Avel’s mayor": "The downstream town of Brisk", "The downstream town of Brisk": "Avel’s mayor",
		"The harbour authority": "The dockers’ union", "The dockers’ union": "The harbour authority",
	}
	for a, b := range pairs {
		if d := by[a].DisputedBy; len(d) != 1 || d[0].Claimant != b {
			t.Errorf("%s disputed by %+v, want %s", a, d, b)
		}
	}
}

func BenchmarkTimelineArticle(b *testing.B) {
	e := newEngine(b)
	for b.Loop() {
		if _, err := e.Timeline(context.Background(), ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkClaimsArticle(b *testing.B) {
	e := newEngine(b)
	for b.Loop() {
		if _, err := e.Claims(context.Background(), ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractiveAnswer(b *testing.B) {
	e := newEngine(b)
	for b.Loop() {
		if _, err := e.Ask(context.Background(), bot.Question{Text: "How many North Korean workers may Russia invite, and why?"}); err != nil {
			b.Fatal(err)
		}
	}
}
