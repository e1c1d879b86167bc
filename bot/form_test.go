package bot_test

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

// The extractive answer quotes, in its cited passages, the sentence that
// answers the question's form, whole (so its attribution and hedging stay),
// and cites no passage with nothing about the question.
var sentenceChoiceTests = []struct {
	name, question string
	want           []string // sentences (or parts) the answer must quote
	not            []string // nor these
	cites          []string // passage IDs the answer must cite, in order ("" to skip)
	notCite        []string
}{
	{name: "how many: the figure",
		question: "How many North Korean workers might go to Russia?",
		want:     []string{"Between 20,000 and 50,000 DPRK workers may be invited to Russia"},
		cites:    []string{"#p12"}},
	{name: "how many, put another way",
		question: "How many North Korean labourers might Russia invite?",
		want:     []string{"Between 20,000 and 50,000 DPRK workers may be invited"}},
	{name: "when: the date",
		question: "When did Putin order the partial mobilisation?",
		want:     []string{"ordered by President Vladimir Putin in late September 2022"}},
	{name: "when: a date among other sentences",
		question: "When were the transport links with Russia suspended?",
		want:     []string{"since early 2020 when direct transportation links were suspended"},
		not:      []string{"There were expectations"}},
	{name: "who denied: the attributed statements",
		question: "Who denied the Pentagon's claim about ammunition?",
		want:     []string{"Russia’s envoy to the UN has called the claim “fake” while Pyongyang denied"}},
	{name: "who said: the claimant's sentence, not the figure",
		question: "Who said Russia is working on arrangements to employ North Korean labour?",
		want:     []string{"Deputy Prime Minister Marat Khusnullin — who oversees Russia’s construction industry — said"}},
	{name: "why: the reason beside the judgement",
		question: "Why is a formal alliance unlikely?",
		want:     []string{"Having obtained nuclear deterrence capability, Pyongyang no longer needs Moscow’s defense commitments"}},
	{name: "why: the reason in the sentence",
		question: "Why might Russia stop complying with the sanctions on North Korea?",
		want:     []string{"because Russia is also targeted by US- and EU-initiated sanctions"}},
	{name: "hedging kept",
		question: "Could North Korea sell weapons to Russia?",
		want:     []string{"as some reports allege", "perhaps the DPRK could sell weapons to Russia"}},
	{name: "two parts: how many, and why",
		question: "How many North Korean workers may Russia invite, and why?",
		want:     []string{"Between 20,000 and 50,000 DPRK workers may be invited", "mainly to develop infrastructure"}},
	{name: "two parts: two questions",
		question: "When did Putin order the mobilisation? And who rebuffed the troop speculation?",
		want:     []string{"late September 2022", "the Russian foreign ministry rebuffed this"}},
	{name: "a passage that matches only a verb is not cited",
		question: "Will North Korean workers be sent to Russia?",
		want:     []string{"to employ North Korean labor"},
		notCite:  []string{"#p5", "#p6"}},
}

func TestSentenceChoiceByForm(t *testing.T) {
	e := newEngine(t)
	for _, tt := range sentenceChoiceTests {
		t.Run(tt.name, func(t *testing.T) {
			a := ask(t, e, tt.question)
			if !a.Covered {
				t.Fatalf("not covered: %q", a.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q:\n%s", w, a.Text)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(a.Text, n) {
					t.Errorf("answer quotes %q:\n%s", n, a.Text)
				}
			}
			for i, c := range tt.cites {
				if i >= len(a.Citations) || !strings.HasSuffix(a.Citations[i].ID, c) {
					t.Errorf("citation %d is not %s: %v", i+1, c, a.Citations)
				}
			}
			for _, c := range a.Citations {
				for _, n := range tt.notCite {
					if strings.HasSuffix(c.ID, n) {
						t.Errorf("cites %s, which is not about the question:\n%s", c.ID, a.Text)
					}
				}
				if !strings.Contains(a.Text, "["+strconv.Itoa(c.N)+"]") {
					t.Errorf("citation [%d] %s is quoted nowhere in the answer", c.N, c.ID)
				}
			}
		})
	}
}

// A later part of a question may point back at an earlier one: it is
// searched with the earlier parts as its context, so "where is she based"
// is not the ferry's base.
func TestLaterPartSearchedInContext(t *testing.T) {
	fsys := fstest.MapFS{"a.md": {Data: []byte("---\nid: a\ntitle: Ports\nauthor: Ann Case\npublisher: Harbour Press\npublished: 2023-05-02\n---\n" +
		"Jane Holt wrote the harbour report for the council, which is based in Northport.\n\n" +
		"The ferry company is based in Southport.\n\nFishing boats leave at dawn.\n\nThe lighthouse is closed in winter.\n")}}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	a := ask(t, bot.NewEngine(knowledge.NewIndex(kb)), "who wrote the harbour report, and where is she based?")
	for _, c := range a.Citations {
		if strings.HasSuffix(c.ID, "#p2") {
			t.Errorf("cited the ferry company's base: %q %v", a.Text, a.Citations)
		}
	}
	if !a.Covered || len(a.Citations) == 0 || !strings.HasSuffix(a.Citations[0].ID, "#p1") {
		t.Errorf("not answered from the report's passage: %+v", a)
	}
}
