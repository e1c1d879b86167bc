package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// tieMargin is how close to the best passage's score one must be to be
// cited beside it when it has no term of the question the best lacks: a
// near tie, which the terms cannot decide.
const tieMargin = 0.9

// verifyMargin is how close to the best passage's score one that says
// whether the question's claim was confirmed must be to answer first.
const verifyMargin = 0.5

// verifyRE finds a sentence that speaks to whether something is confirmed.
var verifyRE = lazyre.New(`(?i)\b(?:confirm\w*|verif\w*|proof|proven?|evidence|corroborat\w*|den(?:y|ies|ied|ial)|rebuff\w*|refut\w*|dismiss\w*|fake|false|untrue|baseless)\b`)

// laterEventRE finds a question whether something came about in the end,
// asked as yes or no ("did X ever V", "so did it actually happen", "did it
// end up ...", "did the walkout go ahead"), or after its outcome ("what
// came out of X", "what did the board decide"); not "has X V-ed yet",
// which a source's "not yet" answers as of its day, nor "what did X
// actually say".
var laterEventRE = lazyre.New(`(?i)(?:^|[,.;:!?(—–-]\s*|\b(?:so|and|but|or|then)\s+)did\b[^?.!;]*?\b(?:ever|actually|finally|eventually|end up|ended up|in the end|go ahead|at all)\b|\bwhat did\b[^?.!;]*?\b(?:decide|rule|conclude)\b|\b(?:came|come) out of\b|\boutcome of\b`)

// outcomeAskedRE finds a question after how an event came out, in the
// past, by a verb of outcome: "did the tax vote pass?", "was the deal
// signed?", "how did the walkout go", "what was the final tally", "what
// did the data show" (which a sentence telling the finding answers); not
// "was the vote scheduled for 24 April?". Whether it asks what the
// sources tell as still to come is the passage's to say (see doneIn).
var outcomeAskedRE = lazyre.New(`(?i)^(?:(?:so|and|but|then)\s+)?(?:did|was|were)\b[^?.!;]*\b(?:pass|passed|go ahead|happen|happened|sign|signed|approve|approved|close|closed|clear|cleared|succeed|succeeded|win|won|go through|get through|take place|complete|completed|final[iz]sed|finali[sz]e|ratif(?:y|ied)|adopt|adopted|settle|settled)\b|\bhow did\b[^?.!;]*\b(?:go|turn out|end)\b|\bwhat (?:was|were) the (?:final|actual|end|eventual|result|results|upshot|verdict|turnout)\b|\bwhat did\b[^?.!;]*?\b(?:show|find|reveal)\b`)

// askedVerbs returns the words of a question after its first auxiliary
// that may be verbs: inflected as verbs, or with a verb's broader term
// ("did the nurses call a walkout": call, walkout), as their base forms
// ("shut", "went": go), lower case.
func askedVerbs(text string) []string {
	// (and a verb of finding, a stop word or a base form: "show", "find")
	ws := words(strings.ToLower(text))
	i := slices.IndexFunc(ws, func(w string) bool { return w == "did" || w == "was" || w == "were" })
	var out []string
	for _, w := range ws[i+1:] {
		if findingVerbs[w] {
			out = append(out, w) // "what did the audit find": found
			continue
		}
		if isStopWord(w) {
			continue
		}
		if b := lexicon.BaseForm(w); b != "" {
			out = append(out, b)
		} else if slices.ContainsFunc(lexicon.Lookup(w), func(r lexicon.Related) bool { return r.Kind == lexicon.Broader }) {
			out = append(out, w)
		}
	}
	return out
}

// doneIn reports whether a sentence tells as done what one of the verbs
// names: after "has", "have", "had", "was" or "were" ("has called a
// walkout for 3 October"), or in the past tense not after "to", "be" or
// "will" ("the nurses called a walkout"); not a word ending in "s" ("nurses",
// "signs"), which is no past tense.
func doneIn(sentence string, verbs []string) bool {
	stems := make([]string, len(verbs))
	for i, v := range verbs {
		stems[i] = stem(v)
	}
	ws := words(strings.ToLower(sentence))
	for i, w := range ws {
		base := lexicon.BaseForm(w) // "went": go
		if !slices.Contains(stems, stem(w)) && !slices.Contains(verbs, base) {
			continue
		}
		prev := ""
		if i > 0 {
			prev = ws[i-1]
		}
		switch {
		case perfectBefore[prev] || prev == "was" || prev == "were":
			return true
		case pastForm(w, base) && !infinitiveBefore[prev]:
			return true
		}
	}
	return false
}

// pastAskedRE finds a question whether something happened ("did Holm cut
// it?", "has Vik sold?"), didAskedRE one in the simple past ("did Holm
// cut it?"); conditionalRE a sentence that tells of what would happen on
// a condition ("a cut would follow if debt rose").
var (
	pastAskedRE   = lazyre.New(`(?i)^(?:(?:so|and|but|then)\s+)?(?:did|has|have|had)\b`)
	didAskedRE    = lazyre.New(`(?i)^(?:(?:so|and|but|then)\s+)?did\b`)
	conditionalRE = lazyre.New(`(?i)\bwould\b[^.;:]*\b(?:if|unless)\b|\b(?:if|unless)\b[^.;:]*\bwould\b`)
)

// findingVerbs are the verbs by which a question asks what something
// found.
var findingVerbs = setOf("find", "show", "reveal", "decide", "rule", "conclude")

// resultVerbs are the verbs that tell a result named by its noun
// ("findings": found, concluded, showed; "verdict": found guilty,
// convicted) as done.
var resultVerbs = map[string][]string{
	"finding": {"find", "show", "reveal", "conclude"}, "findings": {"find", "show", "reveal", "conclude"},
	"conclusion": {"conclude"}, "conclusions": {"conclude"},
	"ruling": {"rule"}, "rulings": {"rule"}, "decision": {"decide"}, "decisions": {"decide"},
	"verdict": {"find", "convict", "acquit", "clear"}, "verdicts": {"find", "convict", "acquit", "clear"},
}

// resultDone reports whether a sentence tells as done the result a
// question asks by its noun ("inquiry interim report findings": "its
// interim report found that ..."), in a clause with every word of the
// question's the sentence has ("final report findings" is not told by
// "its interim report found ...; the final report is due"), not put off
// ("decided to defer its decision").
func (ix *Index) resultDone(sentence, question string, own []QueryTerm) bool {
	var verbs []string
	for _, w := range words(strings.ToLower(question)) {
		verbs = append(verbs, resultVerbs[w]...)
	}
	if len(verbs) == 0 {
		return false
	}
	// "concluded" tells a conclusion only before "that" ("concluded its
	// hearings" ends them)
	concluded := slices.Contains(verbs, "conclude")
	done := slices.DeleteFunc(verbs, func(v string) bool { return v == "conclude" })
	in := ix.Terms(sentence)
	var need []QueryTerm
	for _, t := range own {
		if t.in(in) && !resultAskedByNoun(t.Surface) && !isNumber(t.Stem) {
			need = append(need, t)
		}
	}
	for _, c := range resultClauseRE.Split(sentence, -1) {
		terms := ix.Terms(c)
		head := c // the clause before what was found ("found that the ministry had not revealed ...")
		if i := strings.Index(strings.ToLower(c), " that "); i >= 0 {
			head = c[:i]
		}
		if (doneIn(c, done) || concluded && concludedRE.MatchString(c) && !concludedEventRE.MatchString(c)) && !putOffRE.MatchString(c) && !notDoneRE.MatchString(head) &&
			!slices.ContainsFunc(need, func(t QueryTerm) bool { return !t.in(terms) }) {
			return true
		}
	}
	return false
}

// concludedRE finds a conclusion reached, concludedEventRE an event ended
// ("concluded its hearings"), which is none; notDoneRE a result told as
// not reached ("has not yet decided", "is yet to rule").
var (
	concludedRE      = lazyre.New(`(?i)\bconclu(?:ded|des)\b`)
	concludedEventRE = lazyre.New(`(?i)\bconclu(?:ded|des)\s+(?:its|their|the|his|her)\s+(?:\S+\s+)?(?:hearings?|work|sessions?|talks|meetings?|proceedings|investigation|inquiry|review|consultation|visit|business|deliberations|evidence)\b`)
	notDoneRE        = lazyre.New(`(?i)\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:decided|found|ruled|concluded|shown|showed|revealed|convicted|acquitted|cleared)\b|\byet\s+to\s+(?:decide|find|rule|conclude|show|reveal|convict|acquit)\b`)
)

// resultAskedByNoun reports whether a question asks a result by its noun
// ("interim report findings?").
func resultAskedByNoun(question string) bool {
	return slices.ContainsFunc(words(strings.ToLower(question)), func(w string) bool { return resultVerbs[w] != nil })
}

// foundThatRE finds a sentence that tells what was found, concluded or
// shown, which may say that something was not made public ("found that
// the ministry had not revealed the results"): for a question on the
// findings, that is their content, not the sources keeping them back.
var foundThatRE = lazyre.New(`(?i)\b(?:found|concluded|showed|shown|revealed|ruled|established)\s+(?:\S+\s+){0,4}?that\b`)

// resultClauseRE finds where a sentence's clauses part, for resultDone;
// putOffRE a result put off ("decided to defer its decision"; not
// "decided to delay the tariff rise", which is one).
var (
	resultClauseRE = lazyre.New(`(?i)[;:]|,\s+(?:and|but|while|whereas)\s+|\s+but\s+`)
	putOffRE       = lazyre.New(`(?i)\b(?:decided|ruled|agreed)\s+(?:\S+\s+){0,3}?to\s+(?:(?:defer|postpone|delay|put\s+off|adjourn|suspend)\s+(?:its|their|the|a|any|his|her)\s+(?:\S+\s+)?(?:decision|ruling|verdict|vote|judgment|findings)|adjourn|wait|reconsider)\b`)
)

// sayingAskedRE finds a question after what someone said ("did X
// actually say", "did she really claim"): what was said, not whether an
// event came about.
var sayingAskedRE = lazyre.New(`(?i)\bdid\b[^?.!;]*?\b(?:say|tell|claim|mean|write|argue|think|suggest|predict|warn|promise|deny|call)\b`)

// pendingRE finds a sentence that tells of something as still to come:
// pending, awaited, expected, due, about to happen, the planned one, "still unpaid",
// conditional on something, set or called for a
// day ("called a walkout for 3 October"), not yet done; doneRE one that says
// it was done after all ("went ahead as planned").
var (
	pendingRE = lazyre.New(`(?i)\b(?:is|are)\s+about\s+to\b|\bstill\s+un\p{L}+ed\b|\bconditional\s+(?:on|upon)\b|\b(?:pending|awaiting|awaited|not yet|yet to|has still to|have still to|is still to|are still to|due (?:in|for|by|to (?:be|apply|take effect|come into|enter|open|start|begin|finish|close|sign|report|launch|end|expire))|expected to|set to|scheduled|(?:the|a|its|their) planned|planned (?:for|to|in)|provisionally|once (?:it is |they are )?(?:ratified|approved|signed|completed|finished)|at which|plans? to|wants? to|propos(?:es|ed|als?)|(?:chance|odds|probability|likelihood)\s+(?:that|of)|(?:asks?|asked|applie[sd]|apply|requests?|requested)\s+(?:\S+\s+){0,4}?(?:to\s+(?:approve|authori[sz]e|allow)|for\s+(?:approval|permission|authori[sz]ation)))\b|\b(?:set|called|scheduled|planned|slated|pencilled|penciled|fixed)\s+(?:\S+\s+){0,4}?for (?:\d{1,2} ` + monthNames + `|` + monthNames + ` \d{1,2})\b`)
	doneRE    = lazyre.New(`(?i)\b(?:(?:has|have|had|was|were)\s+(?:already\s+|since\s+|now\s+|finally\s+)?(?:been\s+)?(?:approved|signed|ratified|completed|finished|closed|opened|ruled|agreed|adopted|passed|delivered|shipped|launched|built|held|released|published)|(?:approved|signed|ratified|completed|finished|closed|opened|ruled|agreed|adopted|passed|delivered|shipped|launched|built|held|released|published|shut|granted|awarded|refused|rejected|cleared)\s+(?:in|on|last|this|the|a|an|its|their|\d)\b|\b(?:went ahead|went through|took place|walked out|came out|which (?:it|they|he|she) did|won|(?:was|were) (?:shut|closed|held|called off|granted|approved|rejected))\b)`)
)

// dayOfMonthRE finds a day of a month ("24 March", "March 24th"), and the
// year after it if any; groups: the day, the month, the month, the day,
// the year.
var dayOfMonthRE = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `\b|\b` + monthNames + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(\s*,?\s*(?:19|20)\d\d\b)?`)

// yearAfterRE finds a year that opens a text.
var yearAfterRE = lazyre.New(`^\s*,?\s*(?:19|20)\d\d\b`)

// yearlessDay returns the first day of a month a question names without a
// year, as "24 march"; "" for none.
func yearlessDay(text string) string {
	for _, m := range dayOfMonthRE.FindAllStringSubmatchIndex(text, -1) {
		sub := submatches(text, m)
		if sub[5] != "" || yearAfterRE.MatchString(text[m[1]:]) {
			continue
		}
		return dayOf(sub)
	}
	return ""
}

// dayNamed returns the first day of a month a question names, with a
// year or without ("14 august"), "" for none.
func dayNamed(text string) string {
	if m := dayOfMonthRE.FindStringSubmatch(text); m != nil {
		return dayOf(m)
	}
	return ""
}

// dayOf writes the day a match of dayOfMonthRE names as "14 august".
func dayOf(sub []string) string {
	if sub[1] != "" {
		return strings.TrimLeft(sub[1], "0") + " " + strings.ToLower(sub[2])
	}
	return strings.TrimLeft(sub[4], "0") + " " + strings.ToLower(sub[3])
}

// tellsOf reports whether a passage has a clause with every one of the
// names and another word of the question's that is no name: on what is
// asked ("the evacuation order for the Holm Fire came on 14 August"; not
// "the report on the Holm Fire is due ..., and the fund is due to start").
func (ix *Index) tellsOf(p *Passage, names []string, own []QueryTerm) bool {
	return slices.ContainsFunc(ix.Sentences(p), func(s Sentence) bool {
		return slices.ContainsFunc(clauseSplitRE.Split(s.Text, -1), func(cl string) bool {
			terms := ix.Terms(cl)
			return containsAll(terms, names) && slices.ContainsFunc(own, func(t QueryTerm) bool {
				return t.Found && !t.Name && !strings.HasPrefix(t.Stem, "=") && !isNumber(t.Stem) && t.in(terms)
			})
		})
	})
}

// yearlessDayIn reports whether a sentence names the day ("24 march"),
// with a year or without.
func yearlessDayIn(sentence, day string) bool {
	for _, m := range dayOfMonthRE.FindAllStringSubmatch(sentence, -1) {
		d, month := m[1], m[2]
		if d == "" {
			d, month = m[4], m[3]
		}
		if strings.TrimLeft(d, "0")+" "+strings.ToLower(month) == day {
			return true
		}
	}
	return false
}

// clauseOfDay returns the clause of a sentence that names the day ("24
// march"), the sentence where none does alone.
func clauseOfDay(sentence, day string) string {
	for _, loc := range dayOfMonthRE.FindAllStringIndex(sentence, -1) {
		if yearlessDayIn(sentence[loc[0]:loc[1]], day) {
			return spanAt(sentence, loc[0], clauseSplitRE)
		}
	}
	return sentence
}

// dayAhead reports whether a sentence names the day ("24 march") as a
// date after its source was written, in a clause that tells nothing in
// the simple past but what someone said ("the vote is scheduled for 24
// March", "it has said it will decide by 30 April").
func dayAhead(sentence, day string, p *Passage) bool {
	if p.Source == nil || p.Source.Published.IsZero() {
		return false
	}
	pub := p.Source.Published
	return slices.ContainsFunc(FindWhen(sentence, pub), func(w EventDate) bool {
		at := strings.Index(sentence, w.Text)
		return at >= 0 && yearlessDayIn(w.Text, day) && w.Date.Start().After(pub.End()) &&
			!simplePast(reportRE.ReplaceAllString(spanAt(sentence, at, clauseSplitRE), ""))
	})
}

// keywordQuestion reports whether a question is keywords alone, with no
// question word and no auxiliary verb ("holm ransom amt?", "review
// findings").
func keywordQuestion(text string) bool {
	return !whWordRE.MatchString(text) && !auxiliaryRE.MatchString(text)
}

// afterDayRE finds a question on what happened after a day ("opened
// proceedings after 30 june?").
var afterDayRE = lazyre.New(`(?i)\b(?:after|since|following|post)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `|` + monthNames + `\s+\d{1,2})\b`)

// dateWordRE finds a word of a date asked ("decision date", "final
// deadline"), which a result's word beside it does not make an outcome.
var dateWordRE = lazyre.New(`(?i)\b(?:date|dates|deadline|deadlines|day|when|timeline|timing|schedule)\b`)

// outcomeEitherRE finds a question that offers the outcomes of a ruling or
// a vote to choose from ("upheld or cut?", "annulled or upheld?",
// "passed or failed"): how it ended is asked.
var outcomeEitherRE = lazyre.New(`(?i)\b(?:` + outcomeWords + `)\s+or\s+(?:(?:was\s+it|were\s+they|did\s+it)\s+)?(?:` + outcomeWords + `|not)\b`)

// outcomeWords are the outcomes of a ruling, an appeal or a vote.
const outcomeWords = `upheld|overturned|quashed|annulled|dismissed|rejected|granted|approved|cut|reduced|increased|won|lost|accepted|refused|struck\s+down|thrown\s+out|passed|failed|blocked|allowed|confirmed|reversed|set\s+aside|halved|scrapped|kept`

// resultAskedRE finds a question after the result of something ("vote
// tally", "review findings", "the ruling").
var resultAskedRE = lazyre.New(`(?i)\b(?:tally|tallies|results?|outcomes?|findings?|rulings?|verdicts?|decisions?|final|approved|upshot)\b`)

// datedAfter reports whether a sentence gives a date after its source was
// written ("a vote to run from 28 April to 2 May", in a source of April):
// what it tells of is still to come as of the source.
func datedAfter(sentence string, p *Passage) bool {
	if p.Source == nil || p.Source.Published.IsZero() {
		return false
	}
	pub := p.Source.Published
	return !simplePast(reportRE.ReplaceAllString(sentence, "")) && slices.ContainsFunc(FindWhen(sentence, pub), func(w EventDate) bool {
		// a month without a day only where told as still to come ("meets
		// at the end of February")
		at := strings.Index(sentence, w.Text)
		return (!w.Approximate || w.Date.Day > 0 || at >= 0 && aheadAt(sentence, at)) && w.Date.Start().After(pub.End())
	})
}
