package knowledge

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// fromToAskedRE finds a question after a change from one level to
// another ("from what to what", "from what?"); fromToRE a passage that
// gives one ("rises from $2 to $3", "from BB to B").
var (
	fromToAskedRE = lazyre.New(`(?i)\bfrom what\b`)
	fromToRE      = lazyre.New(`\bfrom\s+(?:\S+\s+){0,2}?\S*(?:\d|\p{Lu}{2})\S*\s+to\s+(?:\S+\s+){0,2}?\S*(?:\d|\p{Lu}{2})`)
)

// viewNouns are the nouns for someone's view or call ("take", "odds",
// "bottom line"), and viewVerbs the verbs of thinking (see viewWordRE).
const (
	viewNouns = `take|view|verdict|assessment|judge?ment|read|bottom\s+line|conclusions?|odds|recs|recommendations?|argument|call`
	viewVerbs = `think|thinks|reckon|reckons`
)

// authorsViewRE finds a question after the author's own view by a word
// for it, one word apart at most: "the author's take", "the authors
// actual take", "his verdict", "the writer's view".
var authorsViewRE = lazyre.New(`(?i)\b(?:author|writer)(?:'s|’s|s)?\s+(?:(?:actual|own|real|overall|personal|final)\s+)?(?:` + viewNouns + `)\b|\b(?:his|her|their)\s+(?:take|verdict|view|assessment)\b`)

// asksAuthorsView reports whether a question asks what the author thinks:
// "according to the author" or to the author's name taken out as its
// attribution, a word for the author's view, or the author's name, or
// "the author", beside a word of view or of what an author calls ("quill
// odds on approval", "what would the author recommend").
func (ix *Index) asksAuthorsView(q Query, own []QueryTerm) bool {
	if slices.ContainsFunc(q.Steps, func(s Step) bool {
		// "per the author", "in Holm's view"; not "per the article", a fact's source
		return s.Stage == "attribution" && (authorWordRE.MatchString(s.Before) || slices.ContainsFunc(words(strings.ToLower(s.Before)), ix.isAuthor))
	}) || authorsViewRE.MatchString(q.Asked) {
		return true
	}
	return (viewWordRE.MatchString(q.Asked) || authorsCallRE.MatchString(q.Asked)) &&
		(slices.ContainsFunc(own, func(t QueryTerm) bool { return ix.authors[t.Stem] }) || theAuthorRE.MatchString(q.Asked))
}

// authorsCallRE finds a word for what an author calls or advises: the
// odds they give, what they recommend, their bottom line ("rendl's odds on
// clearance", "what would the author recommend").
var authorsCallRE = lazyre.New(`(?i)\b(?:` + viewNouns + `|chances?|recommend\w*|advice|advise[sd]?|suggest\w*|argues?|conclude[sd]?|want|wants|expect|expects|predict\w*|forecast\w*)\b`)

// asksAuthorAsPerson reports whether a question asks about the author as
// a person ("who is the writer", "does the writer have ties to X", "where
// does the author work"), not about what the author says or thinks.
func (ix *Index) asksAuthorAsPerson(q Query, own []QueryTerm) bool {
	if m := authorOfRE.FindStringSubmatchIndex(q.Asked); m != nil && !ofThePiece(q.Asked, m) {
		return false // "the author of the insurers' report": another's
	}
	return theAuthorRE.MatchString(q.Asked) && !ix.asksAuthorsView(q, own) &&
		!viewWordRE.MatchString(q.Asked) && !authorsCallRE.MatchString(q.Asked) && !authorSaysRE.MatchString(q.Asked)
}

// onSource reports whether a passage is one on the source itself
// (about_source) found by the question's word for what it tells of the
// source (is: "writer", "author"; "published"), which its hints have, and
// by one of the question's other words if it has any ("ties to the
// insurers": an insurer in the author's career; not "is that an
// assumption the author makes?", which asks of the argument).
func onSource(h Hit, own []QueryTerm, is func(lower string) bool) bool {
	if h.Passage.Source == nil || !h.Passage.Source.AboutSource[h.Passage.N] {
		return false
	}
	word, others, other := false, false, false
	for _, t := range own {
		matched := slices.Contains(h.Matched, t.Stem)
		if is(strings.ToLower(t.Surface)) {
			word = word || matched
			continue
		}
		others, other = true, other || matched
	}
	return word && (other || !others)
}

// credentialWords ask after a person's background: what the passage on
// the author tells, in whatever words ("nine years as an economist at the
// IMF"), so a source need not write them.
var credentialWords = setOf("experience", "expertise", "background", "backgrounds", "credentials", "credential", "qualifications",
	"qualification", "qualified", "career", "cv", "resume", "résumé", "bio", "biography", "pedigree", "credibility", "training", "education", "degree", "degrees", "affiliation", "affiliations")

// authorWord reports whether a word names the author ("writer").
func authorWord(lower string) bool { return thinkers[lower] }

// authorOrBackground reports whether a word names the author or asks
// after a person's background ("the writer's background?"): what the
// passage on the author answers, whether or not its hints have the word.
func authorOrBackground(lower string) bool { return authorWord(lower) || credentialWords[lower] }

// publishWord reports whether a word is one of publishing the piece.
func publishWord(lower string) bool { return lower == "published" || lower == "republished" }

// authorMargin is how near the best a passage on the source itself must
// score to answer first a question on it: on the author as a person, or
// on where the piece was published.
const authorMargin = 0.5

// authorOfRE finds "the author of" or "the writer of" and what follows:
// a determiner (group 1) and a noun, with a word before it (group 2 the
// noun).
var authorOfRE = lazyre.New(`(?i)\b(?:the|this)\s+(?:author|writer)\s+of\s+(?:(the|this|that|a|an|their|its)\s+)?(?:\p{L}+['’]?\s+)??(\p{L}+)\b`)

// ofThePiece reports whether "the author of ..." (m, authorOfRE's match in
// text) is of the piece itself: "this" anything, or a noun for a piece
// that nothing follows ("the author of the article?"); not "the author of
// the insurers' report", "the writer of the report for the insurers".
func ofThePiece(text string, m []int) bool {
	if m[2] >= 0 && strings.EqualFold(text[m[2]:m[3]], "this") {
		return true
	}
	rest := strings.TrimSpace(text[m[1]:])
	return pieceNouns[strings.ToLower(text[m[4]:m[5]])] && (rest == "" || strings.IndexAny(rest[:1], "?.!,;:") == 0 || strings.HasPrefix(strings.ToLower(rest), "and "))
}

// authorSaysRE finds a word of what an author says, means or judges
// ("what does the writer say", "the author's hunch", "does the writer
// favour a public pool", "blame the insurers"): a question after the
// piece's argument, not its author.
var authorSaysRE = lazyre.New(`(?i)\b(?:say|says|said|saying|claim\w*|argu\w*|hunch|opinion|believ\w*|writes?|wrote|describ\w*|calls?|called|means?|point|points|favou?r\w*|blam\w*|sides?|sided|support\w*|backs?|backed|oppos\w*|agree\w*|disagree\w*|criticis\w*|criticiz\w*|prefer\w*|endors\w*|reject\w*|approv\w*|condemn\w*|prais\w*|doubt\w*|against|fault\w*|right|wrong)\b`)

// theAuthorRE finds "the author" or "the writer", one, as the piece's
// author (not "the study authors", "the writers").
var theAuthorRE = lazyre.New(`(?i)\b(?:the|this|our)\s+(?:author|writer)(?:'s|’s)?\b`)

// framesView reports whether a question's word only frames what it asks as
// the author's view: a word for the author, the author's name, a word of
// view or of what an author calls ("take", "odds", "bottom line").
func (ix *Index) framesView(t QueryTerm, text string) bool {
	lower := strings.ToLower(t.Surface)
	return ix.authors[t.Stem] || thinkers[lower] || viewWordRE.MatchString(lower) || authorsCallRE.MatchString(lower) ||
		(lower == "bottom" || lower == "line") && bottomLineRE.MatchString(text)
}

// bottomLineRE finds "bottom line", whose words are read as one.
var bottomLineRE = lazyre.New(`(?i)\bbottom\s+line\b`)

// oddsNouns are the words a question asks odds by, which a passage that
// weighs the chance gives in its own words.
var oddsNouns = setOf("odds", "chance", "chances", "probability", "probabilities", "likelihood")

// authorWordRE finds a word for the author.
var authorWordRE = lazyre.New(`(?i)\b(?:author|writer|he|she|him|her)\b`)

// viewWordRE finds a word for someone's view ("take", "verdict").
var viewWordRE = lazyre.New(`(?i)\b(?:take|view|verdict|assessment|judge?ment|` + viewVerbs + `)\b`)

// firstPersonRE finds the author speaking in the first person.
var firstPersonRE = lazyre.New(`\b(?:I|[Mm]y|[Ii]n my view)\b`)

// wideMargin is how near the best a passage in which the author judges in
// the first person, or one that gives a change from one level to another,
// must score to answer a question after the author's view or the change
// first: what such a passage says is what the question asks for, so it
// may score well below the best.
const wideMargin = 0.4

// ownVoiceFirst puts first the first passage near the best with a sentence
// in the author's own voice: the first person, outside quotation marks.
func (ix *Index) ownVoiceFirst(hits []Hit, own []QueryTerm) []Hit {
	total := ix.totalWeight(own)
	return firstWithin(hits, wideMargin, func(h Hit) bool {
		// (one about the question as a whole: not one that has only a
		// word of it beside the author's own voice)
		return (total == 0 || ix.wholeWeight(h, own)/total >= minTopShare) && ix.inOwnVoice(h.Passage)
	})
}

// inOwnVoice reports whether a passage has a sentence in its author's own
// voice: the first person, outside quotation marks.
func (ix *Index) inOwnVoice(p *Passage) bool {
	return slices.ContainsFunc(ix.Sentences(p), func(s Sentence) bool {
		return firstPersonRE.MatchString(s.Text) && !strings.ContainsAny(s.Text, "\"“”")
	})
}

// timesIn reports whether a text names every month and year a question
// names ("by June", "in 2026").
func timesIn(r *Result, text string) bool {
	lower := strings.ToLower(text)
	for _, m := range monthNamedRE.FindAllStringSubmatch(r.Text, -1) {
		if !strings.Contains(lower, strings.ToLower(m[1])) {
			return false
		}
	}
	for _, y := range r.Years {
		if !strings.Contains(text, strconv.Itoa(y)) {
			return false
		}
	}
	return true
}
