package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// AsksReasonRE finds a question after a reason ("why", "what caused",
// "how come"); the answer forms of the bot read it too.
var AsksReasonRE = lazyre.New(`(?i)\bwhy\b|\b(what|which) (reason|reasons|explains|caused|causes|drives|drove)\b|\bfor what reason\b|\bhow come\b`)

// unlikelyRE finds a question after why something will not happen ("why
// won't Holt send ships?", as the normaliser writes "what's stopping Holt
// from sending ships?"): the reasons, which a passage judging it unlikely
// gives.
var unlikelyRE = lazyre.New(`(?i)\bwhy\s+(?:won'?t|wouldn'?t|wont|wouldnt|will\s+not|would\s+not|isn'?t\s+\S+\s+going\s+to|aren'?t\s+\S+\s+going\s+to)\b`)

// motiveRE finds a question after a party's motive: "what's in it for
// Oslo", "Oslo's motive/angle/reasoning", "what does Oslo get out of it",
// "why did Oslo decide/choose to ...".
var motiveRE = lazyre.New(`(?i)\bwhat(?:['’]s|s|\s+is)\s+in\s+it\s+for\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s*(?:[?.!,;]|$)|\b((?:\S+\s+){0,2}?\S+?)(?:['’]s?|s)\s+(?:motive|motives|motivation|angle|incentive|incentives|reasoning|rationale)\b|\bwhat\s+(?:does|did|do|would|will)\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+get\s+out\s+of\b|\bwhy\s+(?:did|does|do|would|will)\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+(?:decide|choose|chose|bother)\b|\bwhat\s+(?:reasons?|grounds|justifications?|arguments?)\s+(?:did|does|do|has|have|had)\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s+(?:give|given|offer|offered|cite|cited|put forward)\b`)

// ownReasonRE finds a reason a sentence gives as its subject's own: "...,
// citing the cost", "..., ruling that it breached the charter", "on the
// grounds that", "X cited ...", "X attributed the cuts to ...", "...,
// according to a company statement".
var ownReasonRE = lazyre.New(`(?i),\s*(?:citing|arguing|saying|ruling|holding|finding|noting|claiming|insisting|complaining|explaining|blaming|pointing\s+to)\b|\bon the grounds\b|\b(?:cited|cites|blamed|blames|attributed|attributes|explained|explains|justified|justifies)\b|\baccording to (?:a|the|its|their) (?:company|statement|spokes\w+|filing|letter|notice|release|announcement)\b`)

// statesOwnReason reports whether a sentence of a passage gives a reason
// as the party's own (ownReasonRE): after a clause of the sentence that
// names the party (", citing the cost"), with the party just before the
// verb ("Holm cited rising claims", "Holm has blamed ..."), or as the
// party's statement ("according to a company statement"); not what others
// cite ("a move critics blamed on ...", "; analysts cited ...").
func (ix *Index) statesOwnReason(p *Passage, party []string) bool {
	return slices.ContainsFunc(ix.Sentences(p), func(sen Sentence) bool {
		s := sen.Text
		if !containsAll(ix.Terms(s), party) {
			return false
		}
		for _, loc := range ownReasonRE.FindAllStringIndex(s, -1) {
			clause := s[:loc[0]]
			if k := strings.LastIndex(clause, ";"); k >= 0 {
				clause = clause[k+1:]
			}
			switch m := strings.ToLower(s[loc[0]:loc[1]]); {
			case strings.HasPrefix(m, ","):
				if containsAll(ix.Terms(clause), party) {
					return true // the clause's subject gives it
				}
			case strings.HasPrefix(m, "according") || strings.HasPrefix(m, "on the"):
				return true
			default:
				ws := words(clause)
				if containsAll(ix.Terms(strings.Join(ws[max(0, len(ws)-4):], " ")), party[len(party)-1:]) {
					return true // "Holm Mutual has cited"
				}
				if len(ws) > 0 && strings.EqualFold(ws[len(ws)-1], "and") && containsAll(ix.Terms(strings.Join(ws[:min(len(ws), 4)], " ")), party) {
					return true // "Vik Shipyard laid off 200 workers and attributed the cuts to ...": the subject's verb
				}
			}
		}
		return false
	})
}

// reasonsGivenRE finds a question after the reasons a party gave ("what
// reasons did Oslo give for ..."), which what it said gives.
var reasonsGivenRE = lazyre.New(`(?i)\bwhat\s+(?:reasons?|grounds|justifications?|arguments?)\s+(?:did|does|do|has|have|had)\b`)

// motiveHints are words one of which a question after a motive has.
var motiveHints = []string{"in it for", "motiv", "angle", "incentive", "get out of", "decide", "chose", "choose", "bother", "reason", "rationale", "grounds", "justification", "argument"}

// asksMotive reports whether a question asks a party's motive (motiveOf).
func (ix *Index) asksMotive(text string, own []QueryTerm) bool {
	who, _ := ix.motiveOf(text, own)
	return len(who) > 0
}

// motiveOf returns the names of the party whose motive a question asks
// for, or nil, and the party as the question writes it ("Holm Mutual",
// not the names' "Holm and Mutual").
func (ix *Index) motiveOf(text string, own []QueryTerm) ([]string, string) {
	lower := strings.ToLower(text)
	if !slices.ContainsFunc(motiveHints, func(h string) bool { return strings.Contains(lower, h) }) {
		return nil, "" // a cheap test before the pattern
	}
	m := motiveRE.FindStringSubmatch(text)
	if m == nil {
		return nil, ""
	}
	written := strings.TrimSpace(strings.Join(m[1:], ""))
	return ix.holderNames(strings.Join(m[1:], " "), own), strings.TrimPrefix(strings.TrimPrefix(written, "the "), "The ")
}

// givesMotive reports whether a passage gives a reason in a sentence that
// names the party ("As Oslo faces a storm, Riga's importance has grown
// to it"), or right after one that does.
func (ix *Index) givesMotive(p *Passage, party []string) bool {
	ss := ix.Sentences(p)
	for i, s := range ss {
		if !containsAll(ix.Terms(s.Text), party) {
			continue
		}
		if causeRE.MatchString(s.Text) || motiveWordRE.MatchString(s.Text) ||
			i+1 < len(ss) && (causeRE.MatchString(ss[i+1].Text) || motiveWordRE.MatchString(ss[i+1].Text)) {
			return true
		}
	}
	return false
}

// motiveWordRE finds a sentence saying what a party wants or gains, or
// argues.
var motiveWordRE = lazyre.New(`(?i)\b(?:wants?|wanted|needs?|needed|importance|important|interests?|benefits?|gains?|seeks?|sought|in order to|so as to|aims?|goals?|purposes?|reasons?|argue[sd]?|arguing)\b`)

// causeRE finds a sentence giving a reason.
var causeRE = lazyre.New(`(?i)\b(?:because|since|due to|owing to|as a result|thanks to|therefore|hence|so that|given that)\b|^As\b|^Having\b`)

// reasoningAskedRE finds a question after the reasoning behind a view or
// a decision ("what was the judge's reasoning in the dissent", "rationale
// + pushback", "on what basis"); reasoningRE a sentence that gives one: a
// cause, an argument, a view, a purpose ("raised its rate to 6% to curb
// inflation"), what someone said or found of it.
var (
	reasoningAskedRE = lazyre.New(`(?i)\b(?:reasoning|rationale|justif\w*|on what (?:basis|grounds))\b`)
	reasoningRE      = lazyre.New(`(?i)\b(?:because|since (?:the|it|they|he|she|its|their|there)|due to|owing to|as a result|given that|so that|therefore|hence|thus|argu\w+|reason\w*|grounds|citing|cited|noting|saying|(?:said|says)\s+(?:that\s+)?(?:the|it|they|he|she|its|their|this|these|there)|could not|cannot|unable|would|could|wrote that|writes that|(?:held|found|ruled|ruling|decided|concluded|judged) that|warn\w*|fear\w*|concern\w*|in order to|justif\w*|rationale|basis|unlikely|likely|risk\w*|view|views|believ\w*|consider\w*|maintain\w*|contend\w*|worr\w*|aim\w*|intend\w*|in a bid|so as)\b|\bto\s+(?:curb|stem|stop|fight|tackle|reduce|cut|boost|support|protect|prevent|avoid|ease|offset|fund|attract|keep|restore|contain|limit|cool|slow|save|shore|bolster|defend|lower|raise|help|secure|ensure|meet|comply|head off|rein in)\b|^As\b|,\s+as\s+(?:the|it|they|he|she|its|their|there)\b|:`)
)

// givesReasoning reports whether a passage's sentence most about a
// question, or one of the two after it, gives a reasoning (see
// reasoningRE).
func (ix *Index) givesReasoning(p *Passage, own []QueryTerm) bool {
	about := ix.aboutSentence(p, own).Text
	ss := SplitSentences(p.Text)
	for i, s := range ss {
		if s == about || i > 0 && ss[i-1] == about || i > 1 && ss[i-2] == about {
			if reasoningRE.MatchString(relativeModalRE.ReplaceAllString(s, " ")) {
				return true
			}
		}
	}
	return about == "" && reasoningRE.MatchString(p.Text)
}

// relativeModalRE finds a modal that only describes a thing ("the dissent,
// which would run to 40 pages"): no reasoning.
var relativeModalRE = lazyre.New(`(?i)\b(?:which|that)\s+(?:would|could)\b`)

// reasonFirst puts first, of the hits scoring nearly as well as the best,
// one whose sentence on the question gives a reason: a "why" question asks
// for one.
func (ix *Index) reasonFirst(hits []Hit, own []QueryTerm) []Hit {
	return firstNear(hits, func(h Hit) bool { return causeRE.MatchString(ix.aboutSentence(h.Passage, own).Text) })
}

// doubtRE finds a question after why something will not happen or is
// doubted ("why does the author reckon they won't", "doubt", "a long
// shot"); doubtCues are the words that judge it so.
var (
	doubtRE   = lazyre.New(`(?i)\b(?:not|never|won'?t|wouldn'?t|wont|wouldnt|can'?t|cant|couldn'?t|couldnt|isn'?t|isnt|doubts?|doubtful|unlikely|long shot|skeptical|sceptical|far-?fetched)\b`)
	doubtCues = []string{"unlikely", "improbable", "unrealistic"}
	// judgedDoubtRE finds a judgement of doubt that the question itself
	// names ("why is it unlikely that ..."), whoever judges
	judgedDoubtRE = lazyre.New(`(?i)\b(?:doubtful|unlikely|improbable|unrealistic|long shot|far-?fetched)\b`)
	// attributiveDoubtRE finds the adjective before its noun ("that
	// unlikely alliance"): no judgement asked about
	attributiveDoubtRE = lazyre.New(`(?i)\b(?:a|an|the|that|this|such|their|its|his|her)\s+(?:so\s+|very\s+)?(?:doubtful|unlikely|improbable|unrealistic|far-?fetched)\b`)
)

// judgedReasonFirst puts first, of the hits scoring at least judgedMargin
// of the best, one that judges it unlikely and gives its reasons, in that
// sentence or the next ("It is unlikely that Holt would ... Apart from the
// risk ..., there are challenges ... due to ..."): "why does the author
// doubt it?" asks for the author's reasons, before a passage that reports
// it.
func (ix *Index) judgedReasonFirst(hits []Hit, own []QueryTerm) []Hit {
	total := ix.totalWeight(own)
	for i, h := range hits {
		if h.Score < judgedMargin*hits[0].Score || ix.coveredWeight(h, own) < minTopShare*total || ix.onlySubjects(h, own) {
			continue // not near enough, or not about enough of the question to answer it
		}
		ss := ix.Sentences(h.Passage)
		for j, s := range ss {
			weighs := slices.ContainsFunc(s.Cues, func(c string) bool { return slices.Contains(doubtCues, c) })
			if weighs && (causeRE.MatchString(s.Text) || j+1 < len(ss) && causeRE.MatchString(ss[j+1].Text)) {
				return toFront(hits, i)
			}
		}
	}
	return hits
}

// judgedMargin is how near the best a passage that weighs and gives reasons
// must score to answer a question after the author's reasons first.
const judgedMargin = 0.5

// likelihoodRE finds a question after how likely something is;
// likelihoodCues are the words that weigh it.
var (
	likelihoodRE   = lazyre.New(`(?i)\b(?:how (?:likely|unlikely|realistic|plausible|probable)|(?:chances?|odds) (?:of|that|are|is)|likelihood|probability|likely is it)\b`)
	likelihoodCues = []string{"likely", "unlikely", "probably", "probable", "improbable", "almost certainly", "realistic", "unrealistic"}
)

// oddsAskedRE finds a question after the odds of something: "what odds
// does Varga give", "author's odds on clearance", "what are the chances
// of a deal"; oddsGivenRE a sentence that weighs a chance: a percentage,
// "one chance in four", "the chance ... at one in three", or the language
// of likelihood.
var (
	oddsAskedRE = lazyre.New(`(?i)\b(?:odds|what\s+(?:are\s+the\s+)?chances?|probability|likelihood)\b`)
	oddsGivenRE = lazyre.New(`(?i)\d\s?%|\bper ?cent\b|\bchances?\b|\b(?:one|two|three|\d+)\s+in\s+(?:two|three|four|five|six|ten|\d+)\b|\b(?:odds|likelihood|probability|slim|remote|` + strings.Join(likelihoodCues, "|") + `)\b`)
	atOddsRE    = lazyre.New(`(?i)\bat\s+odds\b`) // a disagreement, not a chance
)

// oddsWords are the words of a question after odds that say it asks them,
// not what they are of.
var oddsWords = setOf("odd", "chanc", "probabl", "likelihood", "give", "put", "author", "think", "say", "take", "overal", "per", "piec", "articl")

// oddsTopic returns the stems of what a question asks the odds of: its
// words found in the sources, other than names, the words of odds and of
// whose view.
func oddsTopic(own []QueryTerm) []QueryTerm {
	var out []QueryTerm
	for _, t := range own {
		if t.Found && !t.Soft && !t.Context && !t.Name && !oddsWords[t.Stem] && !strings.HasPrefix(t.Stem, "~") {
			out = append(out, t)
		}
	}
	return out
}

// weighsChance reports whether a sentence of a passage weighs the chance
// (oddsGivenRE) of what is asked (a word of topic), naming the parties
// asked about, or naming no other party where a sentence before names
// them ("Ana Varga has followed the case. She puts the chance at one in
// three").
func (ix *Index) weighsChance(p *Passage, topic []QueryTerm, names []string) bool {
	var before []string // the terms of the sentences before
	for _, s := range ix.Sentences(p) {
		terms := ix.Terms(s.Text)
		if oddsGivenRE.MatchString(s.Text) && slices.ContainsFunc(topic, func(t QueryTerm) bool { return t.in(terms) }) {
			if containsAll(terms, names) || containsAll(before, names) &&
				!slices.ContainsFunc(terms, func(t string) bool { return ix.namedConcept(t) && !slices.Contains(names, t) }) {
				return true
			}
		}
		before = append(before, terms...)
	}
	return false
}
