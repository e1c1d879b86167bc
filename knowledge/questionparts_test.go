package knowledge_test

import (
	"slices"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

func TestFormOf(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     knowledge.Form
	}{
		{"How many barges used the port?", knowledge.FormFigure},
		{"how much did output fall", knowledge.FormFigure},
		{"What share of the trade goes by river?", knowledge.FormFigure},
		{"When did the court rule?", knowledge.FormDate},
		{"In what year were the gates closed?", knowledge.FormDate},
		{"Who denied the report?", knowledge.FormAttribution},
		{"Who has claimed that the river is clean?", knowledge.FormAttribution},
		{"What did the mayor say about the fish?", knowledge.FormAttribution},
		{"How did the union respond?", knowledge.FormAttribution},
		{"Why were the gates closed?", knowledge.FormReason},
		{"For what reason did talks fail?", knowledge.FormReason},
		{"Who runs the port?", knowledge.FormAny},
		{"Will the talks succeed?", knowledge.FormAny},
	} {
		if got := knowledge.FormOf(tt.question); got != tt.want {
			t.Errorf("FormOf(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// A message may ask several questions; each part has its form, the verb
// of stance an attribution asks about, and whether it asks if something
// is so. A part with no words the sources have asks about the one before.
func TestParts(t *testing.T) {
	ix := embedded(t)
	for _, tt := range []struct {
		question string
		want     []knowledge.Part
	}{
		{"How many workers may Russia invite?", []knowledge.Part{{Text: "How many workers may Russia invite", Form: knowledge.FormFigure, Wh: "how"}}},
		{"How many workers may Russia invite, and why?", []knowledge.Part{
			{Text: "How many workers may Russia invite", Form: knowledge.FormFigure, Wh: "how"},
			{Text: "How many workers may Russia invite  why", Form: knowledge.FormReason, Wh: "why"},
		}},
		{"When did Putin order the mobilisation? Who rebuffed the speculation?", []knowledge.Part{
			{Text: "When did Putin order the mobilisation", Form: knowledge.FormDate, Wh: "when"},
			{Text: "Who rebuffed the speculation", Form: knowledge.FormAttribution, Verb: "rebuff", Denial: true, Wh: "who"},
		}},
		{"Did Russia and North Korea sign a treaty?", []knowledge.Part{{Text: "Did Russia and North Korea sign a treaty", YesNo: true}}},
		{"How many troops and when?", []knowledge.Part{
			{Text: "How many troops", Form: knowledge.FormFigure, Wh: "how"},
			{Text: "How many troops  when", Form: knowledge.FormDate, Wh: "when"},
		}},
		{"so did they sign, and when?", []knowledge.Part{
			{Text: "so did they sign", YesNo: true},
			{Text: "so did they sign  when", Form: knowledge.FormDate, Wh: "when"},
		}},
		{"why did the border close?", []knowledge.Part{{Text: "why did the border close", Form: knowledge.FormReason, Wh: "why"}}},
		{"", []knowledge.Part{{Text: ""}}},
	} {
		if got := ix.Parts(tt.question); !slices.Equal(got, tt.want) {
			t.Errorf("Parts(%q) =\n  %+v, want\n  %+v", tt.question, got, tt.want)
		}
	}
}
