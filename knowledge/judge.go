package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// judge picks the passages to cite from the ranked candidates and decides
// whether they answer the question:
//   - a salient term (a name, a figure, a specific term) that no source
//     has, even through an expansion, means not covered;
//   - what happened in a year after the passages is not in them;
//   - the first passage must carry enough of the question's weight, and
//     more than what nearly every passage has;
//   - a question that names an actor is answered by a passage about that
//     actor; one that asks for a kind of quantity (a figure, a date, a
//     name, the others, advice) by a passage that gives one; one on
//     someone's reaction or words by a passage with them on its topic;
//   - one on whether something was confirmed by a passage that says so,
//     not one that only reports it as a possibility or an allegation;
//   - each salient term must be supported by some cited passage.
func (ix *Index) judge(r *Result, wide []Hit, opt Options) {
	own := slices.DeleteFunc(slices.Clone(r.Terms), func(t QueryTerm) bool { return t.Context })
	if len(own) == 0 {
		own = r.Terms // a follow-up that names nothing new ("and how many?") is about its context
	}
	r.Hits = wide[:min(len(wide), opt.Max)]
	j := &judging{own: own, wide: wide, opt: opt}
	if opt.Trace {
		r.Candidates = wide[:min(len(wide), traceCandidates)] // (the checks reorder copies of wide, never wide itself)
	}
	// each check may decide that the sources do not cover the question as
	// asked, and gives its reason; the first that does ends the judging
	r.Covered = true
	for _, c := range checks {
		declined := c.check(ix, r, j)
		if opt.Trace {
			r.Checks = append(r.Checks, Check{Name: c.name, First: j.first(), Declined: declined})
		}
		if declined {
			r.Covered = false
			return
		}
	}
}

// traceCandidates is how many of the passages scored a trace keeps.
const traceCandidates = 8

// A Check is one of the judge's checks as a traced search ran it: the
// passage it left first (its ID; "" for none) and whether it declined the
// question.
type Check struct {
	Name     string
	First    string
	Declined bool
}

// checks are the judge's checks, in the order they run, each with the
// name a trace shows.
var checks = []struct {
	name  string
	check func(*Index, *Result, *judging) bool
}{
	{"salient words", (*Index).unwrittenSalient},
	{"beyond the sources", (*Index).beyondSources},
	{"parties asked", (*Index).partiesAsked},
	{"quantity asked", (*Index).quantityGiven},
	{"actors first", (*Index).actorsFirst},
	{"views and reasons", (*Index).viewsAndReasons},
	{"cited support", (*Index).citedSupport},
	{"question as a whole", (*Index).wholeCovered},
	{"outcome told", (*Index).outcomeTold},
}

// first is the passage the checks so far put first: of the hits they
// keep once one has chosen them, else of the candidates.
func (j *judging) first() string {
	switch {
	case len(j.hits) > 0:
		return j.hits[0].Passage.ID
	case len(j.wide) > 0:
		return j.wide[0].Passage.ID
	}
	return ""
}

// judging is what judge's checks pass on to those after them.
type judging struct {
	own       []QueryTerm // the question's own terms (not its context's)
	wide      []Hit       // the candidates, best first as the checks reorder them
	opt       Options
	guesses   map[string]bool // the asker's guesses ("interior dept or navy?")
	hits      []Hit           // the candidates the checks keep, best first
	names     []string        // the names the question has that the sources have
	head      *Hit            // the passage that names the head of the body asked about (headAsked)
	event     []QueryTerm     // the words of what the question asks happened
	ownVoice  bool            // the author's view asked, and a passage in the author's own voice first
	oddsGiven bool            // the odds asked, and the first passage gives them for the times asked
}

// unwrittenSalient declines a question with a salient word no source has,
// unless the sources answer it without that word (the author asked by a
// credential, one question of two, "the only port that banned it").
func (ix *Index) unwrittenSalient(r *Result, j *judging) bool {
	own, wide, opt := j.own, j.wide, j.opt
	var salient []string
	guesses := ix.guessed(r.Text, r.Asked, own, wide)
	office := !slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Found && (t.Name || strings.HasPrefix(t.Stem, "=")) })
	for _, t := range own {
		lower := strings.ToLower(t.Surface)
		if r.Wants != "" && answerKindWords[lower] || r.Wants == Count && measuredIn[lower] != nil {
			continue // "what date", "how much power": the kind of answer, which the rules on quantities judge
		}
		unwritten := !t.Found && !t.Context && !strings.HasPrefix(t.Stem, "~") && !inFoundIdiom(t, own)
		word, surface := lower, t.Surface
		if lower == "hands" && strings.Contains(strings.ToLower(r.Text), "all-hands") {
			word, surface = "all-hands", "all-hands" // the meeting, which the words split
		}
		if office && officeWord(word, r.Text) && (unwritten || t.Found && !ix.writesWord(word)) && !officeTime(r.Text, surface) {
			// "thurs team lunch order?", "is the 2pm desk sync moved?": the
			// office's own business, which names nothing of the sources,
			// nor does a word they have only as another of its stem ("q1
			// expense claims", where they write "more expensive")
			r.Missing = append(r.Missing, surface)
			salient = append(salient, surface)
			continue
		}
		if unwritten {
			if c := currencyOf(t.Surface); c != nil && len(wide) > 0 && c.givesIn(wide[0].Passage.Text) {
				continue // "the usd notes", where the best passage writes "$400m of notes"
			}
			r.Missing = append(r.Missing, t.Surface)
			if t.Salient && !guesses[lower] && !guesses[strings.ToLower(lastWord(t.Surface))] { // "interior dept or navy?"
				salient = append(salient, t.Surface)
			}
		}
	}
	if len(salient) > 0 && !slices.ContainsFunc(salient, func(w string) bool { return !credentialWords[strings.ToLower(w)] }) && ix.asksAuthorAsPerson(r.Query, own) {
		// "what experience does the writer have with the IMF?": the
		// passage on the author near the best tells what the author has
		// done, whatever word the question asks it by
		if i := slices.IndexFunc(wide, func(h Hit) bool { return h.Score >= authorMargin*wide[0].Score && onSource(h, own, authorOrBackground) }); i >= 0 {
			salient = nil
			r.Missing = slices.DeleteFunc(r.Missing, func(w string) bool { return credentialWords[strings.ToLower(w)] })
			wide = toFront(wide, i)
		}
	}
	if len(salient) > 0 && len(wide) > 0 && answersAPart(r.Text, salient, own, wide[0]) {
		// "how many schools were shut and how many kids were sent
		// home?": the sources answer one question of two; the other's
		// words no source has are listed as missing, and do not decline
		// the whole
		salient = nil
	}
	if len(salient) > 0 {
		if i := ix.exclusive(wide, own, salient); i >= 0 {
			// "did Oslo ban it too?", where "Riga is the only port that
			// banned it": the sources answer for Oslo without naming it
			salient = nil
			wide = r.putFirst(wide, i, opt)
		}
	}
	switch {
	case len(own) == 0:
		r.Reason = "The question has no words the sources could be searched for."
		return true
	case len(salient) > 0:
		r.Reason = "No source mentions " + strings.Join(salient, ", ") + "."
		return true
	case len(wide) == 0:
		r.Reason = "No source mentions anything the question asks about."
		return true
	}
	j.guesses, j.wide = guesses, wide
	return false
}

// beyondSources declines what the sources cannot tell: a year after them,
// an outcome they do not report, a period, a stage or an alternative they
// do not give, someone's background or a person they do not name; and puts
// first the passage on a day the question names.
func (ix *Index) beyondSources(r *Result, j *judging) bool {
	own, wide := j.own, j.wide
	wide = ix.dayNamedFirst(r, own, wide, j.opt)
	if y, asOf := laterYear(r.Query, wide); y > 0 {
		r.Reason = fmt.Sprintf("The sources on this are as of %s: they cannot report what happened in %d.", asOf, y)
		r.Missing = nil // the year, not a word, is what they lack
		return true
	}
	var declined bool
	if wide, declined = ix.afterWritten(r, own, wide); declined {
		return true
	}
	if ix.timeUngiven(r, own, wide) || ix.detailUngiven(r, own, wide) {
		return true
	}
	j.wide = wide
	return false
}

// dayNamedFirst puts first, for a question that names a day ("did the
// holm fire start on 14 august?"), the passage that tells of the day and
// names what is asked.
func (ix *Index) dayNamedFirst(r *Result, own []QueryTerm, wide []Hit, opt Options) []Hit {
	day := dayNamed(r.Text)
	if day == "" {
		return wide
	}
	names := ix.foundNames(own)
	if ix.tellsOf(wide[0].Passage, names, own) {
		return wide
	}
	// "did the holm fire start on 14 august?": the passage that tells
	// of the day and names what is asked, before one with more of the
	// question's words where none of its sentences is on what is
	// asked ("due to start providing cover"); not before one that
	// tells of it on another day ("the evacuation order came on 14
	// August", asked "was the evacuation order on 9 august?")
	wide = firstWithin(wide, wideMargin, func(h Hit) bool {
		return matchesAll(h, names) && slices.ContainsFunc(SplitSentences(h.Passage.Text), func(s string) bool { return yearlessDayIn(s, day) })
	})
	r.Hits = wide[:min(len(wide), opt.Max)]
	return wide
}

// afterWritten reads a question on what came about after the sources
// were written (r.After: "did they end up ...?", "how did it end?"): it
// answers where the best passage, or one near it, tells the outcome asked
// as done, which it then puts first; else it declines (true), with what
// the sources tell of it as still to come where they do.
func (ix *Index) afterWritten(r *Result, own []QueryTerm, wide []Hit) ([]Hit, bool) {
	if r.After && howEndedRE.MatchString(r.Text) {
		if s := ix.aboutSentence(wide[0].Passage, own); s.Text != "" && simplePast(s.Text) && !datedAfter(s.Text, wide[0].Passage) &&
			!pendingRE.MatchString(s.Text) && !goingOnRE.MatchString(s.Text) {
			// "how did the Vik dispute end up?", where "the dispute ended
			// in 2016 when Holm agreed a share": told as done, it answers
			r.After = false
		}
	}
	if r.After {
		if o := endedUp(r.Text); o.verb != "" {
			names, object := ix.foundNames(own), ix.outcomeObject(o.object, own)
			// "how many did they end up charging?", where "prosecutors
			// charged 23 people": the outcome asked, told as done, in the
			// best passage; or in one near it where the best has no word
			// of the deed ("did the health minister end up resigning?",
			// where "Maronde resigned on 16 October" closes a passage on
			// the inquiry, below one with more of the question's other
			// words), which then answers first. A best passage that tells
			// of the deed as not done ("whether it sends them is not
			// known") is the one on it.
			o.roleOf, o.role = askedRole(r.Text)
			told := func(h Hit) bool {
				// (one near the best only with a word of what the deed is
				// done to: "its stadium", not its training ground)
				onObject := h.Passage == wide[0].Passage || len(object) == 0 ||
					slices.ContainsFunc(object, func(t QueryTerm) bool { return slices.Contains(h.Matched, t.Stem) })
				return onObject && ix.toldDone(h.Passage, o, names, object)
			}
			margin := 1.0
			if !slices.Contains(wide[0].Matched, stem(o.verb)) {
				margin = toldMargin
			}
			if w := firstWithin(wide, margin, told); told(w[0]) {
				wide, r.After = w, false
			}
		}
	}
	if r.After {
		if s := ix.aboutSentence(wide[0].Passage, own); s.Text != "" && (pendingRE.MatchString(s.Text) || datedAfter(s.Text, wide[0].Passage)) && !doneRE.MatchString(s.Text) && !simplePast(s.Text) {
			// "did the board approve it on 16 may in the end?", where
			// "the board meets on 16 May": what they tell of it, as still
			// to come
			r.declinePending(s.Text, wide[0])
			return wide, true
		}
		r.Reason = "The sources cannot report what happened after they were written."
		if asOf := newestOf(wide); !asOf.IsZero() {
			r.Reason = fmt.Sprintf("The sources on this are as of %s: they cannot report what happened after.", asOf)
		}
		r.Missing = nil
		return wide, true
	}
	return wide, false
}

// timeUngiven declines a question on a part of a year, a month, a year or
// a stage the sources give another of, but not that one ("Q2 volumes",
// where the sources give the first quarter's).
func (ix *Index) timeUngiven(r *Result, own []QueryTerm, wide []Hit) bool {
	if m := periodOf(r.Text); m != "" && !slices.ContainsFunc(wide, func(h Hit) bool { return slices.Contains(periodsIn(h.Passage.Text), m) }) &&
		slices.ContainsFunc(wide, func(h Hit) bool { return len(periodsIn(h.Passage.Text)) > 0 }) {
		// "Q2 volumes", where the sources give the first quarter's: a
		// part of a year is a date, which another part does not give
		r.Reason = "No source mentions the " + m + "."
		return true
	}
	if r.Wants != When && r.Wants != Day && r.Wants != Time && !yesNoRE.MatchString(r.Text) && !r.Confirm {
		var content []string // the question's words other than names and figures, and a sum's noun in a question on a sum
		for _, t := range own {
			if !t.Name && !isNumber(t.Stem) && !(r.Wants == Money && sumWordRE.MatchString(t.Surface)) {
				content = append(content, t.Stem)
			}
		}
		if m, others := ix.monthUngiven(r.Text, r.Wants, wide, content); m > 0 {
			// "admissions in June", where the sources give May's: a month
			// is a date, which another month does not give
			r.Reason = "No source gives this for " + time.Month(m).String() + "."
			if r.Wants.figure() {
				r.Reason = "The sources give this for " + monthList(others) + ", not for " + time.Month(m).String() + "."
			}
			return true
		}
		wants := r.Wants
		if wants == "" && (keywordQuestion(r.Text) || whatFigureRE.MatchString(r.Text)) && !hasVerb(words(strings.ToLower(r.Text))) {
			// "holm licensed stakes 2025", "what were holm's stakes in
			// 2023?": a figure of the year, as "how much" asks it
			wants = Count
		}
		if y, others := ix.yearUngiven(r.Text, r.Years, wants, wide, content, ix.foundNames(own)); y > 0 {
			// "Vik's output in 2023", where the sources give 2024's: a
			// figure of one year is not another's
			r.Reason = fmt.Sprintf("The sources give this for %s, not for %d.", yearList(others), y)
			return true
		}
	}
	if st := stagesIn(r.Text); len(st) > 0 {
		// "Holm's phase 3", where the sources tell of its first and second
		// phases only: a stage is a time, which another stage does not give
		for _, m := range st {
			given := func(h Hit) bool { return mentionsStage(h.Passage.Text, m) }
			noun := m[strings.IndexByte(m, ' ')+1:]
			other := func(h Hit) bool {
				return slices.ContainsFunc(stagesIn(h.Passage.Text), func(o string) bool { return strings.HasSuffix(o, " "+noun) })
			}
			if !slices.ContainsFunc(wide, given) && slices.ContainsFunc(wide, other) {
				r.Reason = "No source mentions the " + m + "."
				return true
			}
		}
	}
	return false
}

// detailUngiven declines a question on an alternative, a part of a
// total, someone's background or a person the sources do not give.
func (ix *Index) detailUngiven(r *Result, own []QueryTerm, wide []Hit) bool {
	if items := missingAlternatives(r.Text, own); len(items) > 0 {
		r.Reason = "No source mentions " + strings.Join(items, ", ") + "."
		return true
	}
	if total := partAsked(r.Text); total != "" && !ix.partGiven(r.Text, wide, own, total) {
		// "split of the 5.2bn between Holm & Vik", "how much of the
		// 1.6bn went on the plant?", where the sources give the total
		// alone
		r.Reason = "The sources give the " + total + " as a whole, not its parts."
		return true
	}
	if who, kind := ix.backgroundUngiven(r.Text, r.Asked, r.Corrections, own, r.Terms, wide); who != "" {
		// "ada tarn background", "what did Vik do before Holm?",
		// where the sources give Vik's role now but not before; "brenn
		// party affil", "vesk yrs as dg"
		r.Reason = "The sources do not give " + who + "'s " + kind + "."
		return true
	}
	if who := ix.unnamedPerson(r.Text, own); who != "" {
		r.Reason = "No source mentions " + who + " in person."
		r.Missing = nil // the person, not a word, is what they lack
		return true
	}
	return false
}
