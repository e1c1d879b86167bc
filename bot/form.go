package bot

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// What a sentence gives, read for the form a part of a question asks for
// (knowledge.Parts reads the question): a figure, a date, a reason.
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

// answersForm reports whether a sentence gives the kind of answer a part
// asks for: for "who denied", a claim made with that verb or another
// denial.
func answersForm(p partWeights, s knowledge.Sentence) bool {
	switch p.form {
	case knowledge.FormFigure:
		return hasFigure(s.Text)
	case knowledge.FormDate:
		return dateRE.MatchString(s.Text)
	case knowledge.FormAttribution:
		return slices.ContainsFunc(s.Claims, func(c knowledge.Claim) bool {
			return p.verb == "" || c.Lemma == p.verb || (p.denial && c.Denial)
		})
	case knowledge.FormReason:
		return reasonRE.MatchString(s.Text)
	}
	return false
}
