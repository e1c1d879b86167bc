package bot

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// A form is what kind of answer a question asks for.
type form int

const (
	formAny         form = iota
	formFigure           // how many, how much
	formDate             // when, what year
	formAttribution      // who said, claimed, denied
	formReason           // why
)

var formNames = [...]string{"any", "figure", "date", "attribution", "reason"}

func (f form) String() string { return formNames[f] }

// formREs read a question's form from general English question phrasing;
// the first that matches decides.
var formREs = []struct {
	f  form
	re *lazyre.Regexp
}{
	{formFigure, lazyre.New(`(?i)\bhow (many|much|large|big)\b|\b(number|share|percentage|proportion|amount) of\b|\bwhat (size|percentage|share|figure)\b`)},
	{formDate, lazyre.New(`(?i)\bwhen\b|\b(what|which) (year|month|date|day|time)\b|\bsince when\b|\bhow long ago\b`)},
	{formAttribution, lazyre.New(`(?i)\bwho\b.*\b(say|says|said|claim|claims|claimed|allege|alleges|alleged|deny|denies|denied|reject|rejects|rejected|rebuff|rebuffed|call|calls|called|endorse|endorsed|recogni[sz]e[sd]?|blame|blamed|accuse|accused|state|stated|argue|argued|insist|insisted|dispute|disputed)\b|\bwhat did\b.*\b(say|claim|allege|deny|call|state)\b|\baccording to whom\b|\bhow did\b.*\b(respond|react|reply)\b`)},
	{formReason, knowledge.AsksReasonRE},
}

func formOf(question string) form {
	for _, x := range formREs {
		if x.re.MatchString(question) {
			return x.f
		}
	}
	return formAny
}

// A questionPart is one question of those a message asks: "How many
// workers, and when?" asks two.
type questionPart struct {
	text string // its own words, or the previous part's too when it has none
	form form
}

// partSplitRE finds where a second question begins: after a question mark,
// or at "and" or a comma before a question word.
var partSplitRE = lazyre.New(`(?i)\?\s*|[,;]?\s+and\s+(?:(?:also|then)\s+)?(?:(?:how|when|why|who|whom|what|where|which|whether)\b)|;\s*`)

// questionParts splits a question into its parts. A part without words of
// its own ("... and why?") asks about the previous part's subject.
func questionParts(ix *knowledge.Index, question string) []questionPart {
	var texts []string
	rest := question
	for {
		loc := partSplitRE.FindStringIndex(rest)
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
	var parts []questionPart
	for _, t := range texts {
		if strings.TrimSpace(t) == "" {
			continue
		}
		p := questionPart{text: t, form: formOf(t)}
		if len(parts) > 0 && len(ix.Terms(t)) == 0 {
			p.text = parts[len(parts)-1].text + " " + t
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		parts = []questionPart{{text: question, form: formOf(question)}}
	}
	return parts
}

var (
	figureRE = lazyre.New(`(?i)\b\d{1,3}(,\d{3})+\b|\b\d+(\.\d+)?\s*(%|per cent|percent)|\b\d+(\.\d+)?\s+(hundred|thousand|million|billion|trillion)\b|\b(hundreds|thousands|millions|billions|dozens|tens) of\b|\b\d+\b`)
	yearRE   = lazyre.New(`^(1[89]|20|21)\d\d$`)
	dateRE   = lazyre.New(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(1[89]|20)\d\d\b|(?i:\b(yesterday|last (week|month|year)|this (week|month|year))\b)`)
	reasonRE = lazyre.New(`(?i)\b(because|since|due to|owing to|as a result|thanks to|so that|therefore|thus|hence|given that|the reason|in order to|having|no longer needs?|lacks?|apart from the risk|in retaliation|to counter)\b|,\s*so\b`)
)

// hasFigure reports whether a sentence gives a figure: a number that is
// not a year, or words like "tens of thousands".
func hasFigure(s string) bool {
	for _, m := range figureRE.FindAllString(s, -1) {
		if !yearRE.MatchString(m) && !isPartOfName(s, m) {
			return true
		}
	}
	return false
}

// isPartOfName reports whether a number belongs to a name ("Covid-19").
func isPartOfName(s, m string) bool {
	i := strings.Index(s, m)
	return i > 0 && s[i-1] == '-'
}

// stanceVerbOf finds the verb of stance a question asks about: "who
// denied" asks about "deny".
func stanceVerbOf(question string) (lemma string, denial bool) {
	for _, w := range strings.Fields(strings.ToLower(question)) {
		if l, d, ok := knowledge.StanceVerb(strings.Trim(w, "?,.;:!\"“”'’")); ok {
			return l, d
		}
	}
	return "", false
}

// answersForm reports whether a sentence gives the kind of answer a part
// asks for: for "who denied", a claim made with that verb or another
// denial.
func answersForm(p partWeights, s knowledge.Sentence) bool {
	switch p.form {
	case formFigure:
		return hasFigure(s.Text)
	case formDate:
		return dateRE.MatchString(s.Text)
	case formAttribution:
		return slices.ContainsFunc(s.Claims, func(c knowledge.Claim) bool {
			return p.verb == "" || c.Lemma == p.verb || (p.denial && c.Denial)
		})
	case formReason:
		return reasonRE.MatchString(s.Text)
	}
	return false
}
