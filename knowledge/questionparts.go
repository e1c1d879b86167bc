package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// A Form is the kind of sentence a part of a question asks for: a figure,
// a date, who said what, a reason; FormAny for none in particular.
type Form string

// The forms.
const (
	FormAny         Form = ""
	FormFigure      Form = "figure"      // how many, how much
	FormDate        Form = "date"        // when, what year
	FormAttribution Form = "attribution" // who said, claimed, denied
	FormReason      Form = "reason"      // why
)

// formREs read a part's form from general English question phrasing; the
// first that matches decides.
var formREs = []struct {
	f  Form
	re *lazyre.Regexp
}{
	{FormFigure, lazyre.New(`(?i)\bhow (many|much|large|big)\b|\b(number|share|percentage|proportion|amount) of\b|\bwhat (size|percentage|share|figure)\b`)},
	{FormDate, lazyre.New(`(?i)\bwhen\b|\b(what|which) (year|month|date|day|time)\b|\bsince when\b|\bhow long ago\b`)},
	{FormAttribution, lazyre.New(`(?i)\bwho\b.*\b(say|says|said|claim|claims|claimed|allege|alleges|alleged|deny|denies|denied|reject|rejects|rejected|rebuff|rebuffed|call|calls|called|endorse|endorsed|recogni[sz]e[sd]?|blame|blamed|accuse|accused|state|stated|argue|argued|insist|insisted|dispute|disputed)\b|\bwhat did\b.*\b(say|claim|allege|deny|call|state)\b|\baccording to whom\b|\bhow did\b.*\b(respond|react|reply)\b`)},
	{FormReason, AsksReasonRE},
}

// FormOf reads the form of one question ("How many workers?": a figure).
func FormOf(question string) Form {
	for _, x := range formREs {
		if x.re.MatchString(question) {
			return x.f
		}
	}
	return FormAny
}

// A Part is one question of those a message asks: "How many workers, and
// when?" asks two.
type Part struct {
	// Text is the part's own words, or the previous part's too when it
	// has none the sources could be searched for ("... and why?").
	Text string
	Form Form `json:",omitempty"`
	// Verb is the verb of stance an attribution asks about ("who denied":
	// "deny"), and Denial whether it disputes.
	Verb   string `json:",omitempty"`
	Denial bool   `json:",omitempty"`
	// YesNo is true for a part that asks whether something is so ("did
	// the union ballot?"): it asks it in every word.
	YesNo bool `json:",omitempty"`
	// Wh is the question word the part's own words open with, in lower
	// case ("who", "how"); "" for none.
	Wh string `json:",omitempty"`
}

// askedPartRE finds where a second question begins: after a question mark,
// or at "and" or a comma before a question word.
var askedPartRE = lazyre.New(`(?i)\?\s*|[,;]?\s+and\s+(?:(?:also|then)\s+)?(?:(?:how|when|why|who|whom|what|where|which|whether)\b)|;\s*`)

// yesNoPartRE finds a part that asks whether something is so: it opens with an
// auxiliary, after chat's "so", "and", "wait" or "ok".
var yesNoPartRE = lazyre.New(`(?i)^\W*(?:(?:so|and|but|wait|ok|okay|also|hey|quick\s+q)[\s,:-]+)?(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|didn['’]?t|doesn['’]?t|don['’]?t|hasn['’]?t|haven['’]?t|won['’]?t|wouldn['’]?t)\b`)

// Parts splits a question into the questions it asks, each with its form;
// a question of one part gives one. A part without words of its own
// ("... and why?") asks about the previous part's subject.
//
// Parts is the answer's reading: it picks each part's sentences, and a
// passage for a part the others' passages miss. Coverage reads the parts
// of a question of two by answersAPart's rule (partSplitRE), which also
// splits at "and" before an auxiliary and its subject ("and did they
// ship ...") and reads a list of keywords as parts.
func (ix *Index) Parts(question string) []Part {
	var texts []string
	rest := question
	for {
		loc := askedPartRE.FindStringIndex(rest)
		if loc == nil {
			break
		}
		cut := loc[1]
		if m := rest[loc[0]:loc[1]]; !strings.Contains(m, "?") && !strings.HasPrefix(strings.TrimSpace(m), ";") {
			// keep the question word with the part it opens
			cut = loc[0] + strings.LastIndex(strings.ToLower(m), "and") + len("and")
		}
		texts = append(texts, rest[:loc[0]])
		rest = rest[cut:]
	}
	texts = append(texts, rest)
	var parts []Part
	for _, t := range texts {
		if strings.TrimSpace(t) == "" {
			continue
		}
		p := newPart(t)
		if len(parts) > 0 && len(ix.Terms(t)) == 0 {
			p.Text = parts[len(parts)-1].Text + " " + t
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		parts = []Part{newPart(question)}
	}
	return parts
}

// newPart reads one part's form, its verb of stance and whether it asks
// if something is so, from its own words.
func newPart(text string) Part {
	p := Part{Text: text, Form: FormOf(text), YesNo: yesNoPartRE.MatchString(text)}
	if ws := words(strings.ToLower(text)); len(ws) > 0 && slices.Contains(whWords, ws[0]) {
		p.Wh = ws[0]
	}
	if p.Form == FormAttribution {
		p.Verb, p.Denial = stanceVerbOf(text)
	}
	return p
}

// stanceVerbOf finds the verb of stance a question asks about: "who
// denied" asks about "deny".
func stanceVerbOf(question string) (lemma string, denial bool) {
	for _, w := range strings.Fields(strings.ToLower(question)) {
		if l, d, ok := StanceVerb(strings.Trim(w, "?,.;:!\"“”'’")); ok {
			return l, d
		}
	}
	return "", false
}
