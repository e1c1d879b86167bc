package bot_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

type mainPoints struct {
	Source string `yaml:"source"`
	Points []struct {
		Point    string   `yaml:"point"`
		Passages []int    `yaml:"passages"`
		Phrases  []string `yaml:"phrases"`
	} `yaml:"points"`
}

func loadMainPoints(t *testing.T) mainPoints {
	t.Helper()
	data, err := os.ReadFile("testdata/main-points.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var mp mainPoints
	if err := yaml.Unmarshal(data, &mp); err != nil {
		t.Fatal(err)
	}
	if len(mp.Points) < 8 {
		t.Fatalf("only %d main points in the fixture", len(mp.Points))
	}
	return mp
}

// carried returns the main points a summary carries, by index: a cited
// sentence has one of the point's phrases, and its marker cites one of the
// point's passages.
func carried(mp mainPoints, s *bot.Summary) map[int]bool {
	out := map[int]bool{}
	for _, m := range citedSentenceRE.FindAllStringSubmatch(s.Text, -1) {
		n, _ := strconv.Atoi(m[2])
		if n < 1 || n > len(s.Citations) {
			continue
		}
		id := s.Citations[n-1].ID
		for i, p := range mp.Points {
			for _, ph := range p.Phrases {
				for _, pn := range p.Passages {
					if strings.Contains(m[1], ph) && id == mp.Source+"#p"+strconv.Itoa(pn) {
						out[i] = true
					}
				}
			}
		}
	}
	return out
}

func TestSummaryMainPoints(t *testing.T) {
	mp := loadMainPoints(t)
	e := newEngine(t)
	for _, tt := range []struct {
		req  bot.SummaryRequest
		want int
	}{
		{bot.SummaryRequest{}, 5},
		{bot.SummaryRequest{Topic: mp.Source}, 5},
		{bot.SummaryRequest{Length: bot.Full}, len(mp.Points)},
	} {
		s, err := e.Summarize(context.Background(), tt.req)
		if err != nil {
			t.Fatal(err)
		}
		checkExtractive(t, s)
		got := carried(mp, s)
		if len(got) < tt.want {
			var missing []string
			for i, p := range mp.Points {
				if !got[i] {
					missing = append(missing, p.Point)
				}
			}
			t.Errorf("%+v carries %d of %d main points, want at least %d; missing:\n  %s\nsummary:\n%s",
				tt.req, len(got), len(mp.Points), tt.want, strings.Join(missing, "\n  "), s.Text)
		}
	}
}

// Bottom line up front: a summary opens with the article's concluding
// judgement, and its judgements come before its evidence.
func TestSummaryLeadsWithTheJudgements(t *testing.T) {
	mp := loadMainPoints(t)
	conclusion := mp.Points[len(mp.Points)-2] // the likely outcome
	for _, length := range []string{bot.Brief, bot.Full} {
		s, err := newEngine(t).Summarize(context.Background(), bot.SummaryRequest{Length: length})
		if err != nil {
			t.Fatal(err)
		}
		first := citedSentenceRE.FindStringSubmatch(s.Text)
		if first == nil || !strings.Contains(first[1], conclusion.Phrases[0]) {
			t.Errorf("%s summary opens with %q, want the concluding judgement", length, first)
		}
		judgements, evidence, ok := strings.Cut(s.Text, "\n\n")
		if !ok || strings.Contains(judgements, "was among the five countries") || !strings.Contains(evidence, "[") {
			t.Errorf("%s summary is not judgements, then evidence:\n%s", length, s.Text)
		}
	}
}

func TestWhatDoesTheAuthorConclude(t *testing.T) {
	a := ask(t, newEngine(t), "What does the author conclude?")
	if !strings.Contains(a.Text, "likely to be a strategic alignment rather than a formal alliance") || len(a.Citations) != 1 ||
		!strings.HasSuffix(a.Citations[0].ID, "#p16") {
		t.Errorf("the conclusion: %q %v", a.Text, a.Citations)
	}
}

// The digest's "New in the knowledge base" is the new source's brief
// summary: its judgements first, carrying its main points.
func TestDigestNewSourcesUseTheBriefSummary(t *testing.T) {
	e := newEngine(t)
	now := e.Now()
	d, err := e.Digest(context.Background(), now.Add(-24*time.Hour), now, nil)
	if err != nil || d.NewSummary == nil {
		t.Fatalf("digest %+v %v", d, err)
	}
	brief, err := e.Summarize(context.Background(), bot.SummaryRequest{Topic: "lukin-russia-dprk-alliance"})
	if err != nil {
		t.Fatal(err)
	}
	if d.NewSummary.Text != brief.Text {
		t.Errorf("digest's new-source summary differs from the brief summary:\n%s\n---\n%s", d.NewSummary.Text, brief.Text)
	}
	if got := carried(loadMainPoints(t), d.NewSummary); len(got) < 5 {
		t.Errorf("the digest's summary carries %d main points, want at least 5", len(got))
	}
}

// argumentEngine answers from a made-up argument about harbour towns: an
// opening claim (a#p1), five judgements, and a conclusion (a#p7).
func argumentEngine(t *testing.T) *bot.Engine {
	t.Helper()
	body := strings.Join([]string{
		"The harbour towns may become the region's busiest ports, perhaps even rivals of the capital.",
		"It is unlikely that the ferry operator will add routes before the elections.",
		"Fishing quotas are unlikely to change this year, so the fleets will stay small.",
		"The new breakwater is likely to be finished late, which will probably delay the container berth.",
		"Rail links to the towns are unlikely to improve, and road freight will therefore stay dear.",
		"Tourism will likely grow, but it is unlikely to pay for the berths.",
		"In conclusion, the towns are likely to grow slowly rather than overtake the capital.",
	}, "\n\n")
	fsys := fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: Ports\nauthor: A\npublisher: P\npublished: 2020\n---\n" + body + "\n")}}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return bot.NewEngine(knowledge.NewIndex(kb))
}

// A brief summary carries the argument's opening claim beside its
// conclusion, though the judgements between them are more strongly worded.
func TestBriefSummaryCarriesTheThesis(t *testing.T) {
	s, err := argumentEngine(t).Summarize(context.Background(), bot.SummaryRequest{NoLLM: true})
	if err != nil {
		t.Fatal(err)
	}
	judgements, _, _ := strings.Cut(s.Text, "\n\n")
	if !strings.Contains(judgements, "busiest ports") || !strings.Contains(judgements, "grow slowly") {
		t.Errorf("the brief summary's judgements lack the thesis or the conclusion:\n%s", s.Text)
	}
}

// A question about what the piece says is answered with its opening claim
// first and its conclusion second; the summary (bottom line up front) and
// "what does it conclude?" lead with the conclusion.
func TestPieceQuestionsLeadWithTheThesis(t *testing.T) {
	e := argumentEngine(t)
	s, err := e.Summarize(context.Background(), bot.SummaryRequest{NoLLM: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Citations) < 2 || s.Citations[0].ID != "a#p7" {
		t.Fatalf("the summary does not lead with the conclusion: %+v", s.Citations)
	}
	for _, q := range []string{"what is this piece about?", "tl;dr pls", "whats the big picture here"} {
		a := ask(t, e, q)
		if len(a.Citations) < 2 || a.Citations[0].ID != "a#p1" || a.Citations[1].ID != "a#p7" {
			t.Errorf("%q: cited %+v, want the opening claim (a#p1), then the conclusion (a#p7)", q, a.Citations)
		}
	}
	if a := ask(t, e, "what does the author conclude?"); len(a.Citations) == 0 || a.Citations[0].ID != "a#p7" {
		t.Errorf("conclusion: cited %+v, want a#p7 first", a.Citations)
	}
}

// "Summarise the <topic>" asks what the sources say on that topic, which
// its passage tells: it is cited first, not the argument's opening claim;
// "summarise the article" is still the piece's summary.
func TestSummariseATopicQuotesItsPassage(t *testing.T) {
	e := argumentEngine(t)
	for _, q := range []string{"can someone summarise the rail links?", "summarize the road freight pls", "recap the road freight?"} {
		if a := ask(t, e, q); !a.Covered || len(a.Citations) == 0 || a.Citations[0].ID != "a#p5" {
			t.Errorf("%q: cited %+v, want a#p5 first", q, a.Citations)
		}
	}
	if a := ask(t, e, "summarise the article"); len(a.Citations) < 2 || a.Citations[0].ID != "a#p1" || a.Citations[1].ID != "a#p7" {
		t.Errorf("the article: cited %+v, want the opening claim (a#p1), then the conclusion (a#p7)", a.Citations)
	}
}

// A piece that opens with its own short version ("The short version.
// ...") is summed up by it: a question about the piece quotes that
// paragraph first, though it states no judgement in so many words, and
// before the conclusion; an opening paragraph without the label does not
// lead so.
func TestPieceQuestionsLeadWithTheAuthorsShortVersion(t *testing.T) {
	paras := []string{
		"The harbour board closed the northern gate in March after a storm, and the ferry trade has moved to the southern quay since then.",
		"Fishing crews say the gate has been closed since the storm.",
		"The board has asked engineers for a report on the gate's hinges.",
		"Engineers found rust on two of the four hinges.",
		"Tourism will likely grow, but it is unlikely to pay for the repairs.",
		"In conclusion, the board is likely to reopen the gate slowly rather than rebuild it.",
	}
	for _, label := range []string{"The short version. ", "In brief: ", ""} {
		body := append([]string{label + paras[0]}, paras[1:]...)
		fsys := fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: Gates\nauthor: A\npublisher: P\npublished: 2020\n---\n" + strings.Join(body, "\n\n") + "\n")}}
		kb, err := knowledge.Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		a := ask(t, bot.NewEngine(knowledge.NewIndex(kb)), "tl;dr pls")
		first := len(a.Citations) > 0 && a.Citations[0].ID == "a#p1"
		if first != (label != "") {
			t.Errorf("label %q: cited %+v first, want a#p1 first: %v", label, a.Citations, label != "")
		}
	}
}

// A judgement that leans on the sentence before it ("But this is likely
// ...") is quoted with that sentence, so that "this" says something.
func TestSummaryQuotesWhatAJudgementLeansOn(t *testing.T) {
	paras := []string{
		"The harbour board met on Monday to discuss the northern gate.",
		"Fishing crews say the gate has been closed since the storm.",
		"The board has asked engineers for a report on the gate's hinges.",
		"Engineers found rust on two of the four hinges.",
		"The board may reopen the northern gate in spring. But this is likely to be a partial reopening rather than a full one.",
	}
	s, err := harbourEngine(t, paras...).Summarize(context.Background(), bot.SummaryRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.Text, "But this is likely") {
		t.Fatalf("the judgement is not in the summary:\n%s", s.Text)
	}
	if !strings.Contains(s.Text, "The board may reopen the northern gate in spring. But this is likely") {
		t.Errorf("the judgement is quoted without what it leans on:\n%s", s.Text)
	}
}

// "What does the author conclude?" quotes the concluding judgement with
// the sentence it leans on, even when that sentence is no judgement.
func TestConclusionQuotesWhatItLeansOn(t *testing.T) {
	e := harbourEngine(t,
		"The harbour board met on Monday to discuss the northern gate.",
		"Fishing crews say the gate has been closed since the storm.",
		"The board has asked engineers for a report on the gate's hinges.",
		"Engineers found rust on two of the four hinges.",
		"The board reopened the western gate in April. But this is likely to be a partial reopening rather than a full one.")
	a := ask(t, e, "What does the author conclude?")
	if !strings.Contains(a.Text, "The board reopened the western gate in April. But this is likely") {
		t.Errorf("the conclusion is quoted without what it leans on: %q", a.Text)
	}
}

// A question about what the piece says on a topic named in ordinary words
// ("what the piece says about the hinges") is summed up from the passages
// on it, not led by the piece's own short version, which is for the
// piece as a whole (found by a second reader of round 31).
func TestTopicSummaryIsNotLedByTheShortVersion(t *testing.T) {
	paras := []string{
		"The short version. The harbour board closed the northern gate in March after a storm, and the ferry trade has moved to the southern quay since then.",
		"Fishing crews say the gate has been closed since the storm.",
		"The board has asked engineers for a report on the gate's hinges.",
		"Engineers found rust on two of the four hinges, and the hinges will likely need replacing.",
		"Tourism will likely grow, but it is unlikely to pay for the repairs.",
		"The ferry company has added two sailings from the southern quay.",
		"Cargo volumes at the port fell by a tenth in the spring.",
		"The town council wants a second breakwater.",
		"In conclusion, the board is likely to reopen the gate slowly rather than rebuild it.",
	}
	fsys := fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: Gates\nauthor: A\npublisher: P\npublished: 2020\n---\n" + strings.Join(paras, "\n\n") + "\n")}}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	e := bot.NewEngine(knowledge.NewIndex(kb))
	a := ask(t, e, "summarise what the piece says about the hinges")
	if len(a.Citations) == 0 || a.Citations[0].ID != "a#p4" && a.Citations[0].ID != "a#p3" {
		t.Errorf("cited %+v first, want a passage on the hinges (a#p3, a#p4)", a.Citations)
	}
	if a := ask(t, e, "tl;dr pls"); len(a.Citations) == 0 || a.Citations[0].ID != "a#p1" {
		t.Errorf("the piece as a whole: cited %+v first, want its short version (a#p1)", a.Citations)
	}
}
