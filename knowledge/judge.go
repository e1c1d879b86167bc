package knowledge

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// Expansion weights, against 1 for the word itself.
var kindWeight = map[lexicon.Kind]float64{
	lexicon.Base: 0.9, lexicon.Derived: 0.7, lexicon.Synonym: 0.5, lexicon.Opposite: 0.4, lexicon.Similar: 0.4, lexicon.Means: 0.5, lexicon.Broader: 0.2, lexicon.KindOf: 0.5,
}

const maxExpansions = 4

// actorMargin is how close to the best passage's score one that names
// every actor of the question must be to be cited first instead.
const actorMargin = 0.8

// expand returns the sources' words related to a question's word: the
// sources' irregular forms of it, its base form, derived forms and
// synonyms (only the first two for a word the sources already use),
// strongest first.
func (ix *Index) expand(word, stem string, found bool) []Expansion {
	var out []Expansion
	if !found && stem != "" {
		for _, f := range ix.irregularForms(stem) {
			out = append(out, Expansion{Stem: f, Word: f, Kind: lexicon.Base.String(), Weight: kindWeight[lexicon.Base]})
		}
	}
	add := func(from string, r lexicon.Related, weight float64) {
		if found && r.Kind != lexicon.Base && r.Kind != lexicon.Derived || r.Kind == lexicon.Derived && agentNoun(from, r.Word) || phrasalVerb(r.Word) {
			return
		}
		ts := ix.kb.Glossary.canonical(analyze(r.Word))
		if len(ts) != 1 || strings.Contains(r.Word, " ") && !strings.HasPrefix(ts[0].stem, "=") {
			return // "time and again" is not "time"; "arms industry" is a concept
		}
		s := ts[0].stem
		if s == stem || slices.ContainsFunc(out, func(e Expansion) bool { return e.Stem == s }) {
			return
		}
		if len(ix.postings[s]) == 0 {
			// the sources use a form of the word only inside an alias
			// ("defend": the "defense commitments" of a passage); not a
			// name's ("unite": the United States)
			if r.Kind != lexicon.Derived && r.Kind != lexicon.Base {
				return
			}
			for _, e := range ix.partOfAlias(ts[0], false) {
				if !ix.namedConcept(e.Stem) && !slices.ContainsFunc(out, func(o Expansion) bool { return o.Stem == e.Stem }) {
					e.Word, e.Kind, e.Weight = r.Word, r.Kind.String()+", alias part", weight*e.Weight
					out = append(out, e)
				}
			}
			return
		}
		out = append(out, Expansion{Stem: s, Word: r.Word, Kind: r.Kind.String(), Weight: weight})
	}
	rels := lexicon.Lookup(word)
	if len(rels) == 0 && strings.Contains(word, "-") {
		rels = lexicon.Lookup(strings.ReplaceAll(word, "-", "")) // "pull-out": pullout
	}
	for _, r := range rels {
		add(word, r, kindWeight[r.Kind])
	}
	// a word the sources lack is also what its base form is related to
	// ("worried": worry, whose synonym is concern), a little weaker, and a
	// people's name is its country ("germans": Germany) always; only
	// for an inflection of a verb or a noun (WordNet reads "offer" as a
	// comparative of "off")
	for _, b := range rels {
		if b.Kind != lexicon.Base || !inflection(word) {
			continue
		}
		rs := lexicon.Lookup(b.Word)
		countries := 0 // "nigerian": Niger and Nigeria, which says neither
		for _, r := range rs {
			if r.Kind == lexicon.Derived && lexicon.CountryName(r.Word) {
				countries++
			}
		}
		for _, r := range rs {
			// for a word the sources have, only its base's one country
			// ("the germans": german, Germany)
			if r.Kind != lexicon.Base && (!found || r.Kind == lexicon.Derived && lexicon.CountryName(r.Word) && countries == 1) {
				add(b.Word, r, kindWeight[lexicon.Base]*kindWeight[r.Kind])
			}
		}
	}
	strongestFirst(out)
	if len(out) > maxExpansions {
		out = out[:maxExpansions]
	}
	return out
}

// phrasalVerb reports whether a related word is a verb with a particle
// ("shell out"): its meaning is not its verb's, which is all the search
// would keep of it.
func phrasalVerb(w string) bool {
	ws := strings.Fields(w)
	return len(ws) > 1 && slices.ContainsFunc(ws[1:], isParticle)
}

// inflection reports whether a word ends as an inflected verb or noun does.
func inflection(word string) bool {
	for _, suffix := range []string{"ed", "ing", "s"} {
		if strings.HasSuffix(word, suffix) {
			return true
		}
	}
	return false
}

// agentNoun reports whether derived is the agent noun of a verb ("work":
// worker, "fight": fighter): it names who does it, another thing than the
// doing.
func agentNoun(word, derived string) bool {
	if word == "" {
		return false
	}
	base := strings.TrimSuffix(word, "e")
	for _, suffix := range []string{"er", "or", "ar"} {
		if derived == base+suffix || derived == word+word[len(word)-1:]+suffix {
			return true
		}
	}
	return false
}

// everyday reports whether a word is ordinary English (so that the sources
// lacking it says nothing about coverage): SCOWL lists it, or its base form,
// among its commoner sizes.
func everyday(lower string) bool {
	if lexicon.Ordinary(lower) {
		return true
	}
	return baseOrdinary(lower) || compound(lower) || particleCompound(lower) || hyphenated(lower) || guessedOrdinary(lower)
}

// guessedOrdinary reports whether a word the lexicon does not know at all
// is an ordinary word by the base form its ending suggests ("vibes": vibe).
func guessedOrdinary(lower string) bool {
	if lexicon.Known(lower) {
		return false
	}
	return slices.ContainsFunc(guessBases(lower), lexicon.Ordinary)
}

// hyphenated reports whether a word is ordinary words joined by a hyphen
// ("pull-out", "tie-up"): English, though the lists have it written as one
// word or not at all.
func hyphenated(lower string) bool {
	parts := strings.Split(lower, "-")
	if len(parts) < 2 {
		return false
	}
	if lexicon.Ordinary(strings.Join(parts, "")) {
		return true
	}
	for _, p := range parts {
		if p == "" || !isParticle(p) && !lexicon.Ordinary(p) && !baseOrdinary(p) {
			return false
		}
	}
	return true
}

// compound reports whether a word is two English words written as one
// ("rulebook", "warmonger"), each of four letters or more: English too,
// though no list has it.
func compound(lower string) bool {
	const part = 4
	if len(lower) < 2*part || !isLowerLetters(lower) {
		return false
	}
	for i := part; i <= len(lower)-part; i++ {
		if lexicon.Ordinary(lower[:i]) && (lexicon.Ordinary(lower[i:]) || baseOrdinary(lower[i:])) {
			return true
		}
	}
	return false
}

// particleCompound reports whether a word is an ordinary verb or noun
// written together with a particle ("lookup", "sitdown"): the lists know
// some such words only with a hyphen or not at all.
func particleCompound(lower string) bool {
	for _, p := range particles {
		if head, ok := strings.CutSuffix(lower, p); ok && len(head) >= 4 && isLowerLetters(lower) && lexicon.Ordinary(head) {
			return true
		}
	}
	return false
}

func baseOrdinary(lower string) bool {
	for _, r := range lexicon.Lookup(lower) {
		if r.Kind == lexicon.Base && lexicon.Ordinary(r.Word) {
			return true
		}
	}
	return false
}

func isLowerLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

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
		return
	case len(salient) > 0:
		r.Reason = "No source mentions " + strings.Join(salient, ", ") + "."
		return
	case len(wide) == 0:
		r.Reason = "No source mentions anything the question asks about."
		return
	}
	if day := dayNamed(r.Text); day != "" && !ix.tellsOf(wide[0].Passage, ix.foundNames(own), own) {
		// "did the holm fire start on 14 august?": the passage that tells
		// of the day and names what is asked, before one with more of the
		// question's words where none of its sentences is on what is
		// asked ("due to start providing cover"); not before one that
		// tells of it on another day ("the evacuation order came on 14
		// August", asked "was the evacuation order on 9 august?")
		names := ix.foundNames(own)
		wide = firstWithin(wide, wideMargin, func(h Hit) bool {
			return matchesAll(h, names) && slices.ContainsFunc(SplitSentences(h.Passage.Text), func(s string) bool { return yearlessDayIn(s, day) })
		})
		r.Hits = wide[:min(len(wide), opt.Max)]
	}
	if y, asOf := laterYear(r.Query, wide); y > 0 {
		r.Reason = fmt.Sprintf("The sources on this are as of %s: they cannot report what happened in %d.", asOf, y)
		r.Missing = nil // the year, not a word, is what they lack
		return
	}
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
			r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
			r.Pending, r.Hits, r.Missing = s.Text, wide[:1], nil
			return
		}
		r.Reason = "The sources cannot report what happened after they were written."
		if asOf := newestOf(wide); !asOf.IsZero() {
			r.Reason = fmt.Sprintf("The sources on this are as of %s: they cannot report what happened after.", asOf)
		}
		r.Missing = nil
		return
	}
	if m := periodOf(r.Text); m != "" && !slices.ContainsFunc(wide, func(h Hit) bool { return slices.Contains(periodsIn(h.Passage.Text), m) }) &&
		slices.ContainsFunc(wide, func(h Hit) bool { return len(periodsIn(h.Passage.Text)) > 0 }) {
		// "Q2 volumes", where the sources give the first quarter's: a
		// part of a year is a date, which another part does not give
		r.Reason = "No source mentions the " + m + "."
		return
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
			return
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
			return
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
				return
			}
		}
	}
	if items := missingAlternatives(r.Text, own); len(items) > 0 {
		r.Reason = "No source mentions " + strings.Join(items, ", ") + "."
		return
	}
	if total := partAsked(r.Text); total != "" && !ix.partGiven(r.Text, wide, own, total) {
		// "split of the 5.2bn between Holm & Vik", "how much of the
		// 1.6bn went on the plant?", where the sources give the total
		// alone
		r.Reason = "The sources give the " + total + " as a whole, not its parts."
		return
	}
	if who, kind := ix.backgroundUngiven(r.Text, r.Asked, r.Corrections, own, r.Terms, wide); who != "" {
		// "ada tarn background", "what did Vik do before Holm?",
		// where the sources give Vik's role now but not before; "brenn
		// party affil", "vesk yrs as dg"
		r.Reason = "The sources do not give " + who + "'s " + kind + "."
		return
	}
	if who := ix.unnamedPerson(r.Text, own); who != "" {
		r.Reason = "No source mentions " + who + " in person."
		r.Missing = nil // the person, not a word, is what they lack
		return
	}
	hits := wide
	names := ix.foundNames(own)
	excluded := false // answered by who alone does it, without the name asked
	var head *Hit     // the passage that names the head of the body asked about (headAsked)
	if len(names) > 0 {
		best, together := hits[0].Score, false
		hits, together = require(hits, func(h Hit) bool { return h.Score >= actorMargin*best && matchesAll(h, names) })
		together = together || slices.ContainsFunc(wide, func(h Hit) bool { return matchesAll(h, names) })
		if distinct := ix.distinctive(names); !together && len(distinct) > 1 && !eitherOr(r.Text, own, distinct) &&
			!slices.ContainsFunc(wide, func(h Hit) bool { return ix.namesNear(h, distinct) }) {
			i := ix.exclusiveOfOthers(wide, own, distinct)
			if i < 0 {
				r.Reason = "No passage is about " + ix.labels(distinct) + " together."
				return
			}
			// "does Bergen ban it too?", where "Oslo and Riga are the only
			// ports that ban it": the sources answer for Bergen without
			// naming it there
			hits, excluded = r.putFirst(wide, i, opt), true
		}
	}
	event := eventTerms(own)
	asked := ix.partySlots(r.Text)
	if also := alsoParties(r.Asked, own, names, asked); len(also) > 0 && !excluded && slices.ContainsFunc(event, func(t QueryTerm) bool { return t.Found }) {
		// "did Oslo also ban it": a passage that names Oslo but not what
		// it asks Oslo did, or that says it of another, does not answer;
		// one sentence must name Oslo and what it did
		who := ix.distinctive(also)
		if len(who) == 0 {
			who = also
		}
		says := func(h Hit) bool { return matchesAll(h, names) && ix.saysOf(h.Passage, who, event) }
		if orElseRE.MatchString(r.Text) {
			// "the power line too, or something else?": what it was,
			// whatever it was, told of the party asked
			says = func(h Hit) bool { return matchesAll(h, names) && containsAll(h.Matched, who) }
		}
		var ok bool
		if hits, ok = requireNear(hits, says); !ok {
			i := ix.exclusiveOfOthers(wide, own, who)
			if i < 0 {
				r.Reason = "The sources do not say this of " + ix.labels(who) + "."
				return
			}
			hits, excluded = r.putFirst(wide, i, opt), true // who alone does it, and not Oslo
		}
	}
	if len(asked) > 0 {
		// "did Oslo send arms to Riga": a passage that has Oslo send
		// them to another does not say it
		subjects := slices.DeleteFunc(slices.Clone(names), func(n string) bool {
			return slices.ContainsFunc(asked, func(a slot) bool { return a.name == n })
		})
		other := ""
		var ok bool
		// "what did Oslo say of troops going to Holt's north?" is answered
		// by what is said of Holt; "did troops go to Holt's north?" is
		// not, nor does "is it true ...?" confirm it (what is said of Holt
		// answers it, as said instead)
		wider := !yesNoRE.MatchString(r.Text) && !tagRE.MatchString(r.Asked) && !r.Confirm
		hits, ok = requireNear(hits, func(h Hit) bool {
			o := ix.otherParty(h.Passage, asked, subjects, event, wider)
			if other == "" {
				other = o
			}
			return o == "" && matchesAll(h, names) && hasEventMatch(h, event)
		})
		if !ok && other != "" {
			said := "The sources say this of " + ix.Label(other) + ", not of " + ix.Label(asked[0].name) + "."
			if !r.Confirm && !claimCheckRE.MatchString(r.Asked) {
				r.Reason = said
				return
			}
			// "is it true Oslo sends arms to Riga?": what the sources say
			// of another answers it, with what they say instead
			r.Instead = said
			hits, _ = require(hits, func(h Hit) bool { return ix.otherParty(h.Passage, asked, subjects, event, wider) != "" })
		}
	}
	if v, in := countedVerb(r.Text), countedIn(r.Text); r.Wants == Count && (v != "" || in != "") &&
		slices.ContainsFunc(own, func(t QueryTerm) bool {
			return !t.Found && (strings.EqualFold(t.Surface, v) || strings.EqualFold(t.Surface, in))
		}) {
		r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
		return
	}
	if v, counted := countedAfter(r.Text); r.Wants == Count && v != "" && slices.ContainsFunc(counted, func(w string) bool { return peopleStems[stem(w)] || personNoun(w) }) {
		// "how many people does Holm employ?": a passage on Holm that
		// has no word of employing counts other people (a count of
		// things, "how many vessels does Holm run?", is one of them
		// whatever the verb: "Holm operates 40 vessels")
		i := slices.IndexFunc(own, func(t QueryTerm) bool { return strings.EqualFold(t.Surface, v) && t.Found })
		if i >= 0 {
			var ok bool
			if hits, ok = requireNear(hits, func(h Hit) bool { return slices.Contains(h.Matched, own[i].Stem) && matchesAll(h, names) }); !ok {
				r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
				return
			}
		}
	}
	if r.Wants == Count {
		if v, side := countedSide(r.Text); side != "" && !slices.ContainsFunc(wide, func(h Hit) bool { return saysSide(h.Passage.Text, v, side) }) {
			// "how many voted for it", where the sources count only
			// those who voted against
			r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
			return
		}
		var side string
		if hits, side = countedSides(r.Text, hits); side != "" {
			// "how many voted yes?", "the full tally?", where the sources
			// count only those who voted against
			r.Reason = "The sources give " + side + " for this."
			return
		}
	}
	if day := yearlessDay(r.Text); day != "" && !r.Ahead && !r.AsksPresent && !oddsAskedRE.MatchString(r.Text) && !likelihoodRE.MatchString(r.Text) &&
		(r.Wants.figure() || resultAskedRE.MatchString(r.Text) || afterDayRE.MatchString(r.Text)) && !sayingAskedRE.MatchString(r.Asked) {
		// "wsa vote tally 24 mar", "final fine amount after 30 apr":
		// a figure or an outcome of a day the sources tell of as still to
		// come ("the vote is on 24 March"), which they cannot give
		names := ix.foundNames(own)
		for _, h := range hits[:min(len(hits), opt.Max)] {
			for _, s := range ix.Sentences(h.Passage) {
				// on what is asked (its names and another word of it), and
				// not giving the figure asked ("will rise to EUR 12 on 1
				// July")
				terms := ix.Terms(s.Text)
				on := containsAll(terms, names) && slices.ContainsFunc(own, func(t QueryTerm) bool {
					return t.Found && !t.Name && !isNumber(t.Stem) && t.in(terms)
				})
				if on && dayAhead(s.Text, day, h.Passage) && !doneRE.MatchString(s.Text) && !(r.Wants.figure() && ix.hasQuantity(&Passage{Text: withoutDates(dayOfMonthRE.ReplaceAllString(clauseOfDay(s.Text, day), " "))}, r.Wants)) {
					r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
					r.Pending, r.Hits = s.Text, []Hit{h}
					r.Missing = nil
					return
				}
			}
		}
	}
	if asksExchangeRate(r.Text) {
		// "fx rate used for eur conversions": a rate of one currency to
		// another ("6.25 Holm thalers to the euro"), not a sum
		var ok bool
		// (the one passage that gives it, however little else of the
		// question it has: "the rate used throughout this article")
		asked := askedCurrencies(r.Text)
		if hits, ok = require(append(hits, ix.ratePassages(hits, own)...), func(h Hit) bool { return givesExchangeRate(h.Passage.Text, asked) }); !ok {
			r.Reason = "The sources give no exchange rate for this."
			return
		}
		r.Wants = ""
	}
	if r.Wants != "" {
		var ok bool
		focus, past := ix.Terms(strings.Join(r.Focus, " ")), pastCount(r.Text)
		var topic, roles, parties []string
		var count counted
		var unit string
		switch r.Wants {
		case Named:
			// a name is given on the question's topic: its salient terms
			// that only some passages have, other than the kind of name
			// asked for
			topic = ix.distinctive(salientStems(own, focus))
			roles = askedRoles(r.Text, own)
		case Count:
			count = ix.countedTerms(r.Focus, own)
			if bareHowMuchRE.MatchString(r.Text) {
				// "subrogation vs holm: which insurers, how much": how much
				// of what the question is on, not of the insurers "which"
				// asks for
				count.stems = nil
			}
			unit = unitCounted(r.Focus)
			if unit == "" {
				unit = unitAsked(r.Text) // "the annual output, in GWh?"
			}
			if unit != "" && !slices.ContainsFunc(r.Focus, func(w string) bool { return unitOf(w) == "" && !measureNounRE.MatchString(w) }) {
				// "the annual output in GWh", where "expected to generate
				// 2,150 GWh a year": the unit says what is counted
				count.stems = nil
			}
			parties = ix.distinctive(ix.foundNames(own))
			count.amount = amountRE.MatchString(r.Text) && !numbersAskedRE.MatchString(r.Text)
			count.noun = howManyOnlyRE.MatchString(r.Text) && len(r.Focus) > 0 && countedNoun(r.Focus[len(r.Focus)-1])
			count.whole, count.wholeOf = statedWhole(r.Text)
			if !r.Ahead && len(r.Years) == 1 && !yearComparedRE.MatchString(r.Text) {
				count.years = r.Years // not "how much last year, vs 2023?": a year compared with
			}
			// "MW" in capitals is a unit, not a party
			parties = slices.DeleteFunc(parties, func(p string) bool { return unitOf(p) != "" })
			count.one = len(slices.DeleteFunc(ix.foundNames(own), func(p string) bool { return unitOf(p) != "" })) == 1 && !combinedAskedRE.MatchString(r.Text)
		default:
			// a share, a sum, a distance of the party the question
			// names: the passage that gives it names the party too
			topic = ix.foundNames(own)
			if len(topic) == 0 && r.Wants == Distance {
				// "vik pipeline phase 2 length in km?", no name in it: a
				// distance of what its salient words say ("4 km" of a
				// tunnel is not the pipeline's)
				topic = slices.DeleteFunc(salientStems(own, nil), isNumber)
			}
		}
		// "what tax rate": a percentage of tax, not of shares
		var rateOf string
		if m := rateNounRE.FindStringSubmatch(r.Text); m != nil && r.Wants == Share && !questionWordsOrArticles[strings.ToLower(m[1])] {
			rateOf = stem(strings.ToLower(m[1]))
		}
		// "when did Brun start?": the people the question names, whom
		// a date must be told of
		persons := ix.personsAsked(r.Text, own)
		// "holm budgeted 46m for it - what's vik spending?": the
		// sums a wh-question states, which are not what it asks
		var stated []*regexp.Regexp
		if r.Wants == Money && !r.Confirm && !yesNoRE.MatchString(r.Text) && wantedQuantity(totalAskedRE.ReplaceAllString(r.Text, " ")) == Money && ix.askedCurrency(r.Text) == nil {
			// (not "who agreed the $6.4bn facility?", which asks a sum only
			// by the one it states, nor "the 86m fine in euros", which asks
			// it converted)
			for _, m := range totalAskedRE.FindAllStringSubmatch(r.Text, -1) {
				stated = append(stated, statedSumRE(strings.TrimRight(m[1], ".,"), m[0]))
			}
		}
		due := dueAsked(r.Text, own)
		// "the big American campus": a party the sources may name by
		// what they describe by it
		described := describedParty(r.Text, own, slices.Concat(parties, topic))
		givesAsked := func(s string) bool { return ix.hasQuantity(&Passage{Text: s}, r.Wants) } // a sentence with the kind of figure asked
		hits, ok = requireNear(hits, func(h Hit) bool {
			switch r.Wants {
			case Count:
				parties := ix.partiesDescribed(h, parties, described, givesAsked)
				return (ix.hasQuantity(h.Passage, r.Wants) || count.amount && sizeRE.MatchString(h.Passage.Text)) && ix.namesParties(h, parties) &&
					ix.countedOf(h, parties, own, count, past, event) &&
					(unit == "" || ix.givenOf(h, parties, own, func(s string) bool { return givesUnit(s, unit) }))
			case Others:
				// "which other site ran it?": one name answers, beside
				// the ones the question has
				return ix.gives(h.Passage, r.Wants, event) || oneOtherRE.MatchString(r.Text) && ix.namesAnother(h.Passage, own, event)
			case Day, When, Time:
				// "when's the next meeting?": a passage that looks ahead;
				// "when is the link supposed to be finished?": a date ahead
				return (len(persons) == 0 && ix.gives(h.Passage, r.Wants, event) || len(persons) > 0 && ix.datedOf(h.Passage, r.Wants, persons, event)) &&
					(!nextEventRE.MatchString(r.Text) || lookAheadRE.MatchString(h.Passage.Text)) && (due == nil || ix.datedAhead(h.Passage, due, event))
			case Named:
				// "who's the managing director of the power company?": a
				// passage with the role, not another person beside it
				return (ix.hasQuantity(h.Passage, r.Wants) || r.InBody && ix.namesRole(h.Passage, event) || ix.namesByRole(h.Passage, own) ||
					len(roles) > 0 && opensWithPerson(h.Passage, ix.kb.Glossary)) && matchesAll(h, topic) && ix.hasRoles(h.Passage.Text, roles, topic) &&
					(!chairAskedRE.MatchString(r.Text) || chairRE.MatchString(h.Passage.Text))
			}
			if r.Wants == Share && rateOf != "" {
				return ix.rateGiven(h.Passage, rateOf) && matchesAll(h, topic)
			}
			if r.Wants == Money && earningsAskedRE.MatchString(r.Text) {
				// "what does an engineer earn": a sum beside a word of
				// pay, not "earns twice as much" beside a grant's budget
				return slices.ContainsFunc(SplitSentences(h.Passage.Text), func(s string) bool {
					return ix.hasQuantity(&Passage{Text: s}, Money) && earningsRE.MatchString(s)
				}) && ix.namesParties(h, topic)
			}
			topic := ix.partiesDescribed(h, topic, described, givesAsked)
			if m := sumNounAskedRE.FindStringSubmatch(r.Text); r.Wants == Money && m != nil && ix.namesParties(h, topic) && rateOfGiven(h.Passage.Text, sumNounOf(m[1])) {
				// "furloughed - what pay?", "what levy would fund it?":
				// a share of a sum answers as the sum does ("at 80% of
				// their pay", "1 per cent of that revenue")
				return true
			}
			return ix.hasQuantity(h.Passage, r.Wants) && ix.namesParties(h, topic) && ix.partyBeside(h, topic, givesAsked) &&
				(r.Wants != Money || ix.sumOnAsked(h, own, r.Years) && ix.givesNewSum(h.Passage, stated))
		})
		if !ok && r.SumByKeyword && !slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.hasQuantity(h.Passage, Money) }) {
			// "holm profits 2022", where "Holm's profits doubled in
			// 2022": no sum near, but what is told of it answers
			ok, r.Wants = true, ""
		}
		if !ok {
			r.Reason = "The sources give no " + quantityLabel[r.Wants] + " for this."
			return
		}
		if c := ix.askedCountry(own); r.Wants == Count && c != "" {
			// "how many zimbabwean workers were laid off?": a count
			// given beside another country, in a passage that never
			// names the one asked, is that country's (a country named in
			// most passages is no party the count must name)
			var other string
			if _, ok = requireNear(hits, func(h Hit) bool {
				o := ix.otherCountrysFigure(h, c, r.Wants)
				if other == "" {
					other = o
				}
				return o == ""
			}); !ok {
				r.Reason = "The sources give this for " + ix.Label(other) + ", not for " + ix.Label(c) + "."
				return
			}
		}
		if (r.Wants == Count || r.Wants == Money) && actualAskedRE.MatchString(r.Asked) && ix.onlyForeseen(hits[0].Passage, own, r.Wants, unit) {
			// "how many GWh did the units actually generate?", of "expected
			// to generate about 2,150 GWh a year once the reservoir is full"
			r.Reason = "The sources give only a forecast or a target for this, not the figure as it came out."
			return
		}
		if c := ix.askedCurrency(r.Text); r.Wants == Money && c != nil {
			// "the toll in euros", where the sources give it in pounds: a
			// sum in one currency is not one in another
			if hits, ok = requireNear(hits, func(h Hit) bool { return ix.givesSumIn(h, c) }); !ok {
				r.Reason = "The sources give no sum in " + c.name + " for this."
				if other := currencyName(hits[0].Passage.Text); other != "" && other != c.name {
					r.Reason = "The sources give this in " + other + ", not in " + c.name + "."
				}
				return
			}
		}
		switch {
		case r.Wants == Count && placeSizeRE.MatchString(r.Text):
			// "how big is the lake?": its area before a distance from it
			hits, _ = requireNear(hits, func(h Hit) bool { return areaRE.MatchString(h.Passage.Text) })
		case r.Wants == Named:
			// "who runs the port authority? name?": the passage that names
			// its holder of a role ("the authority’s director, Anna Holm")
			hits, _ = requireNear(hits, func(h Hit) bool { return ix.namesHolder(h.Passage, own) })
			if party, other, role := ix.roleOfAnother(r.Text, hits); other != "" {
				// "who's Vik's energy minister?", where the sources name
				// only Holm's minister of energy
				r.Reason = "The sources name " + ix.Label(other) + "'s " + role + ", not " + ix.Label(party) + "'s."
				return
			}
		}
	}
	if m := groupAskedRE.FindStringSubmatch(r.Text); m != nil && namedKind(lastWord(m[2])) {
		// "which two tarn trading firms went on the list?": a
		// sentence on them that names them, two or more in a list; "two
		// Tarn trading companies were added" does not
		if !ix.listsNames(hits[0].Passage, ix.Terms(lastWord(m[2])), own) {
			r.Reason = "The sources do not say which " + strings.TrimSpace(m[2]) + "."
			return
		}
	}
	if successorAskedRE.MatchString(r.Text) {
		// "who replaced Lind as quality director?": a sentence that
		// names someone else taking the post of the person asked
		if persons := ix.personsAsked(r.Text, own); len(persons) > 0 {
			var ok bool
			if hits, ok = requireNear(hits, func(h Hit) bool {
				// or, asked whether there is one yet, a sentence on the
				// person that says none has been named: "not yet"
				return ix.namesSuccessor(h.Passage, own, persons) || r.AsksPresent && ix.noSuccessor(h.Passage, persons)
			}); !ok {
				r.Reason = "The sources do not say who took " + ix.labels(persons) + "'s place."
				return
			}
		}
	}
	if r.Where {
		// a passage that gives a place first; "where did the figure come
		// from" may have none, and is not declined for it
		hits, _ = requireNear(hits, func(h Hit) bool { return placeRE.MatchString(h.Passage.Text) })
		if m := whereThingRE.FindStringSubmatch(r.Text); m != nil && nounPhrase(words(strings.ToLower(m[1]))) {
			// "where is vik's manufacturing plant?", where the sources
			// have only "a dedicated manufacturing plant": no place, nor
			// any name, beside it
			ws := words(strings.ToLower(m[1]))
			if len(ws) > 1 && possessiveOpeners[ws[0]] {
				ws = ws[1:] // "where's the depot": the depot
			}
			if thing, label := ix.thingIn(ws, own); len(thing) > 0 && ix.unnamed(firstNearHits(hits), own, thing, true) {
				r.Reason = "The sources do not say where the " + label + " is."
				return
			}
		}
	}
	if names := ix.aloneOf(r.Text, own); (r.Wants == Money || r.Wants == Count) && len(names) == 1 &&
		!slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.givesAlone(h.Passage, names[0], r.Wants, own) }) {
		// "how much did korsa alone pay?", where "Dunholt, Pellin
		// and Korsa filed a claim for EUR 3.9 billion, the part of their
		// claims they had paid": a figure of several together
		r.Reason = "The sources give this only for " + ix.labels(names) + " together with others."
		return
	}
	if reactor := ix.holderNames(r.Reactor, own); len(reactor) > 0 {
		// what they did or said on the question's topic, not elsewhere
		var ok bool
		asked := slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool { return reactionWordRE.MatchString(t.Surface) })
		// what the question takes as given: another party's deed
		premise := premise{
			parties:  slices.DeleteFunc(ix.foundNames(asked), func(n string) bool { return slices.Contains(reactor, n) }),
			deed:     slices.DeleteFunc(eventTerms(asked), func(t QueryTerm) bool { return !t.Found }),
			position: r.Position,
		}
		if hits, ok = ix.requireOnTopic(hits, asked, reactor, func(h Hit) bool { return ix.acts(h.Passage, reactor, premise) }); !ok {
			r.Reason = "The sources report nothing " + ix.labelsAsked(reactor, own) + " did or said on this."
			return
		}
		if reactionAskRE.MatchString(r.Text) {
			// a denial by the party is a reaction by its nature: "Oslo
			// denied Riga's remarks" answers before "Oslo blamed it on
			// Riga"; not so a position ("Oslo's position on")
			hits, _ = require(hits, func(h Hit) bool { return ix.denies(h.Passage, reactor) })
		}
	}
	holder, label := ix.holderNames(r.Holder, own), ""
	if len(holder) == 0 && len(ix.foundNames(own)) == 0 {
		// "did the president say anything about it?", a question that
		// names no one: the role's holder, whom the sources name by it
		holder, label = ix.roleHolder(r.Holder), r.Holder
		if ix.namedOtherwise(holder, r.Holder, own) {
			holder = nil // "the prime minister", where the sources write "PM": the role's word decides nothing
		}
	}
	if len(holder) > 0 {
		var ok bool
		if hits, ok = ix.requireOnTopic(hits, own, holder, func(h Hit) bool {
			if label != "" {
				return ix.roleSpeaks(h.Passage, holder) // a role's holder as the one who speaks, not "critics of the mayor"
			}
			return ix.voices(h.Passage, holder)
		}); !ok {
			if label == "" {
				label = ix.labelsAsked(holder, own)
			}
			r.Reason = "The sources report nothing " + label + " said on this."
			return
		}
	}
	if cause, act, what := ix.causeOf(r.Text, own); len(cause) > 0 {
		// "did Oslo sanction Riga over the ferry deal?": a passage must
		// have what was done and what it was over; Oslo's sanctions on
		// their own, or the ferry deal without them, do not say so
		var ok bool
		if hits, ok = requireNear(hits, func(h Hit) bool {
			return hasEventTerm(h.Matched, cause) && (len(act) == 0 || hasEventTerm(h.Matched, act))
		}); !ok {
			r.Reason = "The sources do not say it was over " + clipWords(what, maxOverLen) + "."
			return
		}
	}
	hits = ix.wholeFirst(hits, own)
	hits = ix.pairFirst(hits, r.Text)
	hits = ix.bothSidesFirst(hits, r.Text)
	if who, written := ix.motiveOf(r.Text, own); len(who) > 0 && !slices.ContainsFunc(hits, func(h Hit) bool {
		if reasonsGivenRE.MatchString(r.Text) {
			// what it said on what is asked, not on another topic
			onTopic := slices.ContainsFunc(own, func(t QueryTerm) bool {
				return t.Found && !t.Name && !slices.Contains(who, t.Stem) && slices.Contains(h.Matched, t.Stem)
			})
			return onTopic && ix.voices(h.Passage, who) || ix.statesOwnReason(h.Passage, who)
		}
		return ix.givesMotive(h.Passage, who)
	}) {
		// "what's in it for Oslo?": a passage naming Oslo that gives no
		// reason for what it did does not say; "what reasons did Oslo
		// give?", one that reports nothing Oslo said or cited (not what
		// others guess: "critics said Oslo wanted ...")
		r.Reason = "The sources do not give " + written + "'s motive."
		return
	}
	if asksOrigin(r.Text) && !ix.namesClaimant(hits[0].Passage, own) {
		// "who started the rumour?", where "there was speculation among
		// experts": a claim with no one named behind it
		r.Reason = "The sources do not say who first said it."
		return
	}
	if fromToAskedRE.MatchString(r.Text) {
		// "the fee goes from what to what?", "rated when, from
		// what?": the passage that gives the change from one level to
		// another before one that names the thing
		hits = firstWithin(hits, wideMargin, func(h Hit) bool { return fromToRE.MatchString(h.Passage.Text) })
	}
	ownVoice := false // the author's view asked, and a passage in the author's own voice first
	if ix.asksAuthorsView(r.Query, own) {
		// "what's the author's take, is the 10% cut fair?", "odds it passes, per
		// the author?": the passage where the author judges in the first
		// person ("in my view", "I put the chance at") before one that
		// reports, judged on the question's words other than those that
		// frame it as the author's view ("the author's verdict")
		asked := slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool { return ix.framesView(t, r.Text) })
		hits = ix.ownVoiceFirst(hits, asked)
		ownVoice = ix.inOwnVoice(hits[0].Passage)
	}
	if piecePublishedRE.MatchString(r.Text) {
		// "where was this article posted?": the passage on where the
		// piece was published (one of about_source, found by its hints'
		// word for it) near the best, before one on another thing
		// published
		hits = firstWithin(hits, authorMargin, func(h Hit) bool { return onSource(h, own, publishWord) })
	}
	if !ownVoice && ix.asksAuthorAsPerson(r.Query, own) {
		// "does the writer have any ties to the insurers?", "which bank
		// did the writer work at?": the passage on the author (one of
		// about_source, found by its hints' word for the author) near the
		// best, before one that has the question's other words only
		hits = firstWithin(hits, authorMargin, func(h Hit) bool { return onSource(h, own, authorOrBackground) })
	}
	oddsGiven := false
	if r.Wants == "" && oddsAskedRE.MatchString(r.Text) && oddsAskedRE.MatchString(atOddsRE.ReplaceAllString(r.Text, "")) && !twoAsksRE.MatchString(r.Text) {
		// "what odds does Varga put on clearance?", "author's odds on a
		// deal by March": a sentence that weighs the chance of what is
		// asked, of the party the question names; the author's odds on
		// something else, or the party's view without odds, do not give them
		if topic := oddsTopic(own); len(topic) > 0 {
			var ok bool
			if hits, ok = requireNear(hits, func(h Hit) bool { return ix.weighsChance(h.Passage, topic, names) }); !ok {
				r.Reason = "The sources give no odds for this."
				return
			}
			// the passage gives the odds in its own words ("I put the
			// chance at 40%"): the question's word for them is answered,
			// where it gives them for the months and years asked ("by
			// June" is not "by March")
			oddsGiven = timesIn(r, hits[0].Passage.Text)
		}
	}
	if likelihoodRE.MatchString(r.Text) {
		// "how likely is it that Holt sends ships?": the passage that
		// weighs it ("it is unlikely that ...") before one that reports it
		hits = firstNear(hits, func(h Hit) bool {
			return slices.ContainsFunc(ix.aboutSentence(h.Passage, own).Cues, func(c string) bool { return slices.Contains(likelihoodCues, c) })
		})
	}
	if reasoningAskedRE.MatchString(r.Text) && !ix.asksMotive(r.Text, own) && !slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.givesReasoning(h.Passage, own) }) {
		// "berg dissent reasoning", where the sources say only that
		// "Judge Ola Berg wrote the dissent" (a party's own reasoning,
		// "Lund's reasoning", is its motive's, above)
		r.Reason = "The sources do not give the reasoning."
		return
	}
	if AsksReasonRE.MatchString(r.Text) {
		hits = ix.reasonFirst(hits, own)
		if (doubtRE.MatchString(r.Asked) && slices.ContainsFunc(r.Steps, func(s Step) bool { return s.Stage == "attribution" })) || judgedDoubtRE.MatchString(r.Asked) && !attributiveDoubtRE.MatchString(r.Asked) ||
			unlikelyRE.MatchString(r.Text) {
			hits = ix.judgedReasonFirst(hits, own)
		}
	} else if asksClaimant(r.Text) {
		hits = ix.claimantFirst(hits, own)
		if speechRE.MatchString(r.Text) && !ix.hasClaimant(hits[0], own) {
			// no passage near the best says who said it ("who announced")
			r.Reason = "The sources do not say who said it."
			return
		}
	} else if party, whole := ix.headAsked(r.Text, own); len(party) > 0 {
		// "who runs Northcape Assurance?": the passage that names its
		// post and who holds it ("Lusitana's chief executive, Ines Mota"),
		// wherever the search ranks it (the asking's "runs" is not the
		// passage's word); a passage that only names the body does not
		// say, and the question alone is then declined
		if h, ok := ix.headPassage(wide, party, own); ok {
			if len(hits) > 0 && h.Score < hits[0].Score {
				h.Score = hits[0].Score
			}
			hits, head = hitFirst(hits, h), &h
		} else if whole {
			r.Reason = "The sources do not say who runs " + ix.labelsAsked(stemsOf(party), own) + "."
			return
		}
	} else if whoRE.MatchString(r.Text) {
		// "who is driving the labour idea": a passage that names someone
		hits = firstNear(hits, func(h Hit) bool { return hasFullName(h.Passage, ix.kb.Glossary) })
	}
	if set := ix.Terms(r.Aside); len(set) > 0 {
		hits = ix.sameAsideFirst(hits, set)
		if elseRE.MatchString(r.Text) {
			// "other than Oslo, where else ...": a passage on Oslo alone
			// answers after one on another
			hits, _ = require(hits, func(h Hit) bool {
				has := ix.Terms(h.Passage.Text)
				return !slices.ContainsFunc(set, func(t string) bool { return slices.Contains(has, t) }) || ix.setsAside(h, set)
			})
		}
	}
	if elseRE.MatchString(r.Text) {
		// "what's the other way": a passage that offers another first
		hits, _ = requireNear(hits, func(h Hit) bool { return anotherRE.MatchString(h.Passage.Text) })
	}
	hits = cut(hits, opt)
	hits = ix.focused(hits, r.Terms)
	if !opt.Every {
		hits = adding(hits, r.Terms)
	}
	hits = ix.supportSalient(hits, wide, own, opt)
	if head != nil {
		hits = hitFirst(hits, *head) // what names the body's head, though it writes the body as its post
	}
	r.Hits = hits
	if f := ix.unsupportedFocus(hits, wide, own, r.Focus, names); f != "" && r.Wants == "" {
		r.Reason = "The sources do not say which " + f + "."
		return
	}
	if k := ix.askedKind(r.Focus); k != "" && r.Wants == "" && !slices.ContainsFunc(hits, func(h Hit) bool { return ix.namesOther(h.Passage, own) }) {
		r.Reason = "The sources do not say which " + k + "."
		return
	}
	if k := ix.kindUnnamed(hits, own, r.Text); k != "" && r.Wants == "" {
		r.Reason = "The sources do not say which " + k + "."
		return
	}
	if thing, label := ix.thingNamed(r.Text, own, r.Focus); (r.Wants == Named || keywordQuestion(r.Text) && nameAfterRE.MatchString(r.Text)) && len(thing) > 0 && (ix.roleOfWords(thing) || !askedPerson(strings.ToLower(thing[len(thing)-1].Surface)) || nameWordRE.MatchString(r.Text)) && ix.unnamed(hits, own, thing, false) &&
		!(whoTheRE.MatchString(r.Text) && ix.personNear(hits, thing[len(thing)-1])) {
		// "what's the name of the korvex payment processor?", where the
		// sources have only "funded through a Korvex payment processor"
		// (not a person, whom the sources may name by a title instead:
		// "which official", where "Deputy Minister Ola Berg said"; but
		// one asked by a role of two words, "brask rovers team manager")
		r.Reason = "The sources do not name the " + label + "."
		return
	}
	if f := ix.unidentified(hits, own, r.Focus, r.Text); f != "" && r.Wants == "" {
		r.Reason = "The sources do not say which " + f + "."
		return
	}
	if n := ix.homeAsked(r.Text, own); n != "" && len(ix.countriesOf(n)) == 0 &&
		!slices.ContainsFunc(firstNearHits(hits), func(h Hit) bool { return ix.tellsHome(h.Passage, n) }) {
		// "where is drummel tunneling based?", where the sources list
		// "Drummel Tunnelling (25%)" beside "Vessberg Construction of
		// Norvalt"
		r.Reason = "The sources do not say where " + ix.labelsAsked([]string{n}, own) + " is based."
		return
	}
	if f := ix.describedOnly(hits, own, r.Text); f != "" && (r.Wants == "" || r.Wants == Named) {
		// "which velmora daily first ran it?", of "she told the Velmora
		// daily that first printed her documents"
		r.Reason = "The sources do not say which " + f + "."
		return
	}
	// the asker's guesses that no source has are not what the question
	// is about: they do not count against its coverage
	onAuthor := !ownVoice && onSource(hits[0], own, authorOrBackground) && ix.asksAuthorAsPerson(r.Query, own)
	unguessed := slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool {
		// (nor do the words that frame the question as the author's view,
		// before a passage in the author's voice: "quill bottom line on
		// the offer"; nor, before the passage on the author, the words
		// that ask after the author's background: "what experience does
		// the writer have as a firefighter?")
		return !t.Found && (guesses[strings.ToLower(t.Surface)] || oddsGiven && oddsNouns[strings.ToLower(t.Surface)]) || ownVoice && ix.framesView(t, r.Text) ||
			onAuthor && !t.Found && credentialWords[strings.ToLower(t.Surface)]
	})
	if share := ix.wholeWeight(hits[0], unguessed) / ix.totalWeight(unguessed); share < minTopShare || ix.onlySubjects(hits[0], unguessed) || ix.onlyFigures(hits[0], unguessed, r.Text) {
		r.Reason = "No passage is about the question as a whole."
		return
	}
	if who, where := ix.visit(r.Text); who != "" && !slices.ContainsFunc(hits, func(h Hit) bool {
		return h.Score >= nearMargin*hits[0].Score && ix.reportsVisit(h.Passage, who, where)
	}) {
		r.Reason = "The sources do not say that " + who + " went to " + where + "."
		return
	}
	if who := ix.unreportedDeed(r.Text, own, hits[0]); len(who) > 0 {
		r.Reason = "No source says whether " + ix.labels(ix.outermost(who)) + " did this." // Missing names the deed's word
		return
	}
	if r.Confirm && r.Instead == "" {
		// a passage that says whether it was confirmed answers; else one
		// that reports it only as a possibility or an allegation does not
		// (one that says it of another party answers by saying so)
		best := hits[0].Score
		if i := slices.IndexFunc(wide, func(h Hit) bool { return h.Score >= verifyMargin*best && ix.verifies(h.Passage, own) }); i >= 0 {
			if wide[i].Passage != hits[0].Passage {
				rest := slices.DeleteFunc(slices.Clone(hits), func(h Hit) bool { return h.Passage == wide[i].Passage })
				hits = append([]Hit{wide[i]}, rest[:min(len(rest), max(opt.Max, 1)-1)]...)
				r.Hits = hits
			}
		} else if s := ix.aboutSentence(hits[0].Passage, own); len(s.Hedges) > 0 {
			r.Reason = "The sources report it only as a possibility or an allegation, not as confirmed."
			r.Unconfirmed, r.Hits = s.Text, hits[:1]
			r.Missing = nil // the confirmation, not a word, is what they lack
			return
		}
	}
	if r.Instead == "" && pastAskedRE.MatchString(r.Text) && !sayingAskedRE.MatchString(r.Asked) {
		// "did Holm cut the rating to B?", where "a cut to B would follow
		// if debt rose": what would happen on a condition did not happen
		var asked []string // any of the question's words the sentence may tell as done ("agreed")
		for _, t := range own {
			asked = append(asked, strings.Fields(strings.ToLower(t.Surface))...)
		}
		if s := ix.aboutSentence(hits[0].Passage, own); s.Text != "" && conditionalRE.MatchString(s.Text) && !doneIn(s.Text, asked) {
			r.Reason = "The sources report it only as a possibility or an allegation, not as confirmed."
			r.Unconfirmed, r.Hits = s.Text, hits[:1]
			r.Missing = nil
			return
		}
	}
	later := laterEventRE.MatchString(r.Asked)
	// "tarn review findings", "final approved surcharge?": a keyword
	// question after a result asks an outcome too
	either := outcomeEitherRE.FindAllString(r.Text, 1) // "upheld or cut?": the outcomes offered
	outcome := !later && (outcomeAskedRE.MatchString(r.Text) || len(either) > 0 || keywordQuestion(r.Text) && resultAskedRE.MatchString(r.Text) && !r.AsksPresent && r.Wants != When && r.Wants != Day && r.Wants != Time && !dateWordRE.MatchString(r.Text)) && !r.Ahead
	// "did Holm pay the last tranche?", where the only sentence on it has
	// the tranche still undisbursed, awaiting a review: asked as done, told
	// as still to come in so many words (not by a later date alone: "Vik
	// holds the contract for a terminal that opens in 2024"; not where the
	// sentence tells anything in the simple past, nor of the present: "did
	// they sign yet")
	did := !later && !outcome && !r.Ahead && !r.AsksPresent && didAskedRE.MatchString(r.Text)
	if outcome && len(either) == 0 && outcomeNounRE.MatchString(r.Text) && !sayingAskedRE.MatchString(r.Asked) {
		// "scia ruling on the expedited claim outcome", where "a ruling on
		// the expedited claim is expected by the end of 2026" and nothing
		// tells it given: awaited, though another sentence has more of the
		// question's words
		s, given := ix.awaitedOutcome(append([]Hit{hits[0]}, slices.DeleteFunc(slices.Clone(wide), func(h Hit) bool { return h.Passage == hits[0].Passage })...), own, r.Text)
		if s != "" {
			r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
			r.Pending, r.Hits = s, hits[:1]
			r.Missing = nil
			return
		}
		if given != nil {
			// the passage that tells the outcome given ("the tribunal
			// awarded Holm the full EUR 1.4bn") before one that awaits it
			hits = hitFirst(hits, *given)
			r.Hits = hits
		}
	}
	if (later || outcome || did) && !sayingAskedRE.MatchString(r.Asked) {
		// "did the court ever rule on it?", "did the tax vote pass?",
		// where the sources tell of the ruling or the vote only as still
		// to come: they cannot say it happened ("did the nurses call a
		// walkout" asks what they tell as done: "have called a walkout for
		// 3 October")
		read, told := ix.aboutSentence, false
		if len(either) > 0 {
			// "tribunal ruling on the fine - upheld or cut?": the tribunal's
			// sentence; "passed or failed?", where "The council passed the
			// levy on 3 March": one of the outcomes offered, told as done
			read = ix.namedSentence
			told = slices.ContainsFunc(ix.Sentences(hits[0].Passage), func(x Sentence) bool { return doneIn(x.Text, words(strings.ToLower(either[0]))) })
		}
		pending := func(s string, cue bool) bool {
			return (cue || pendingRE.MatchString(s) || !did && datedAfter(s, hits[0].Passage)) && !doneRE.MatchString(s) &&
				(later || !doneIn(s, askedVerbs(r.Text)) && !ix.resultDone(s, r.Text, own)) && !(did && simplePast(s))
		}
		// (or the clause of it on the question that tells it as still to
		// come in so many words, where the others tell of other things:
		// "how did the pilots' strike vote turn out?", where "a rival has
		// complained, the pilots are about to ballot on a strike and a
		// credit rating agency has turned cautious"; not where another
		// clause, or a later sentence, goes on with the same thing: "and
		// Holm granted 2.5% in March", "which it did in March", "but the
		// plan was called off", "When the ballot closed on 2 June ...")
		s := read(hits[0].Passage, own)
		clausePending := func() bool { // read only where the sentence as a whole is not pending
			c := ix.askedClause(s.Text, own)
			return c != s.Text && (pendingRE.MatchString(c) || aboutToRE.MatchString(c)) && pending(c, true) && ix.clauseAlone(hits[0].Passage, s.Text, c)
		}
		if !told && s.Text != "" && (pending(s.Text, false) || clausePending()) {
			r.Reason = "The sources tell of it only as still to come: they cannot say whether it happened."
			r.Pending, r.Hits = s.Text, hits[:1]
			r.Missing = nil
			return
		}
	}
	if h, s := ix.withheld(firstNearHits(hits), own, namesAskedRE.MatchString(r.Text), func(names bool, clause, before string) bool {
		// names kept back for a question on names, or on who did what the
		// clause before tells was done by them ("reviewed by two referees,
		// whose names ..."); a sum or terms for a question on a sum, a
		// share or how much; a number for any question but on a date or a
		// name ("death toll in the camps?"); for a clause that declines
		// comment, what it names (commentKept)
		if commentedRE.MatchString(clause) {
			return commentKept(r, clause)
		}
		if names {
			return namesAskedRE.MatchString(r.Text) || whoAskedRE.MatchString(r.Text) && (agentBeforeRE.MatchString(before) || personSubject(before))
		}
		return r.Wants == Money || r.Wants == Share || howMuchRE.MatchString(r.Text) ||
			countKeptRE.MatchString(clause) && r.Wants != When && r.Wants != Day && r.Wants != Time && r.Wants != Named
	}); s != "" && !(resultAskedByNoun(r.Text) && foundThatRE.MatchString(s)) && !disclosureAskedRE.MatchString(r.Text) && !(r.AsksPresent && yetAskedRE.MatchString(r.Asked)) {
		// "value of assets frozen in vik?", where "the value of assets
		// frozen in Vik has not been disclosed": the sources say it is
		// not known, which is no answer (not "did Holm disclose it?")
		r.Reason = "The sources say this has not been made public or is not known."
		r.Withheld, r.Hits = s, []Hit{h}
		r.Missing = nil
		return
	}
	r.Covered = true
}

// disclosedNouns are what is made public or kept back when someone
// releases it or not: figures, records and what they tell.
const disclosedNouns = `(?:figures?|numbers?|data|details?|names?|identit(?:y|ies)|results?|findings?|reports?|logs?|records?|minutes|accounts|documents?|terms|amounts?|sums?|lists?|breakdowns?|estimates?|statistics|information|evidence|footage|recordings?|transcripts?|texts?|contents|emails|correspondence|stud(?:y|ies)|audits?|analys[ie]s|assessments?|reviews?|totals?|tall(?:y|ies)|counts?|costs?|prices?|valuations?)\b`

// withheldRE finds a clause that says what it tells of was not made
// public or is not known: "has not been disclosed", "have not been
// released", "asked that his name not be published", "did not disclose its
// terms", "no figure has been published for", "declined to name", "is
// not known"; and, with what it keeps back after it, "has not released
// its chlorine logs", "did not release the figures": what is released
// there is something told (see disclosedNouns), not people held ("have
// not released the two men"), a product ("a new handset") or water.
var withheldRE = lazyre.New(`(?i)\b(?:(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|published|made\s+public|revealed|said|named|specified|identified)|(?:(?:has|have|had)\s+(?:yet\s+)?not\s+(?:yet\s+)?released|(?:did|does|do|would|will)\s+not\s+release)\s+(?:(?:the|its|their|his|her|any|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}?` + disclosedNouns + `|\b(?:names?|identit(?:y|ies)|details|terms|figures?)\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?not\s+(?:yet\s+)?(?:been\s+)?released|\b(?:names?|identit(?:y|ies))\s+(?:of\s+(?:[\p{L}-]+\s+){1,4}?)?(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?withheld|not\s+be\s+(?:disclosed|published|released|made\s+public|revealed))|\bwithheld\s+(?:the|their|his|her|its)\s+(?:names?|identit(?:y|ies))|\bwhose\s+(?:names?|identit(?:y|ies))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,8}?(?:has|have|had)\s+(?:so\s+far\s+)?withheld|(?:did|does|do|would|will)\s+not\s+(?:disclose|publish|reveal|say|name|specify|identify|break\s+down)|(?:declined|refused)\s+to\s+(?:disclose|say|name|reveal|specify|identify)|no\s+(?:[\p{L}-]+\s+){0,3}?(?:figures?|data|breakdown|estimates?|details|numbers?|totals?|timetable)\s+(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:published|given|released|disclosed|made\s+public|available|provided|reported)|(?:is|are|remains?|was|were)\s+(?:still\s+)?(?:unknown|not\s+known)|\b(?:terms|details|amounts?|figures?|sums?|names?)\s+(?:of\s+(?:[\p{L}'’-]+\s+){1,4}?)?(?:(?:is|are|was|were|remains?|have\s+been|has\s+been)\s+(?:kept\s+)?|(?:is|are|was|were)\s+to\s+(?:be|remain)\s+)(?:confidential|secret|undisclosed))\b`)

// commentedRE finds a clause that says someone would not comment on what
// it tells of ("Holm declined to comment on whether it would build a
// plant", "has not commented on how many contracts were hit"): it keeps
// back only what the clause names, whether or how many or how much, from a
// question that asks that (see commentKept).
var commentedRE = lazyre.New(`(?i)\b(?:(?:declined|refused)\s+to\s+comment(?:\s+publicly)?\s+on|(?:has|have|had)\s+yet\s+to\s+comment(?:\s+publicly)?\s+on|(?:would|will|did|does|do)\s+not\s+be\s+drawn\s+on|(?:would|will|did|does|do|has|have|had)\s+not\s+(?:comment(?:ed)?(?:\s+publicly)?\s+on|respond(?:ed)?\s+to\s+(?:questions|requests)\s+(?:on|about)))\b`)

// commentKept reports whether a clause that says someone would not comment
// on something keeps back what a question asks: whether it is so, of a
// yes-or-no question ("declined to comment on whether it would build a
// plant"); how many, of a count; how much, of a sum. Not the reason for
// what the clause names ("why were the contracts cancelled?" of "declined
// to comment on how many were cancelled"), nor a sum beside "which of its
// farms would be sold".
func commentKept(r *Result, clause string) bool {
	loc := commentedRE.FindStringIndex(clause)
	on := strings.ToLower(clause[loc[1]:])
	switch {
	case whetherOnRE.MatchString(on):
		return r.Wants == "" && yesNoRE.MatchString(r.Text)
	case howManyOnRE.MatchString(on):
		return r.Wants == Count
	case howMuchOnRE.MatchString(on):
		return r.Wants == Money || r.Wants == Count && howMuchRE.MatchString(r.Text)
	}
	return false
}

// whetherOnRE, howManyOnRE and howMuchOnRE find what a clause that declines
// comment declines it on: whether, how many, how much.
var (
	whetherOnRE = lazyre.New(`^\s*(?:[\p{L}'’-]+\s+){0,8}?(?:or\s+(?:on\s+)?)?whether\b`)
	howManyOnRE = lazyre.New(`^\s*(?:how\s+many|the\s+number\s+of)\b`)
	howMuchOnRE = lazyre.New(`^\s*(?:how\s+much|the\s+(?:amount|size|value|cost|price|sum)\s+of)\b`)
)

// disclosureAskedRE finds a question on what was made public or said
// ("did Holm disclose the terms?", "what did Vik say", "is the fee
// public?"; not "the terms of its public tender"), which a sentence saying
// it was not answers.
var disclosureAskedRE = lazyre.New(`(?i)\b(?:disclos\w*|publish\w*|reveal\w*|made\s+public|make\s+public|publicly|say|says|said|saying|comment\w*|announc\w*|secret\w*|withh[eo]ld\w*)\b|\b(?:public|known|unknown|confidential)\s*[?.!]*\s*$`)

// withheldClauseRE finds where a sentence's clauses part, for withheld.
var withheldClauseRE = lazyre.New(`(?i)[;:()]|,\s+(?:while|whereas|and|although|though|which|who)\s+|,?\s+but\s+|\s[-–—]\s|,\s+(?:whose)\s`)

// pointsBackRE finds a clause that keeps back what the clause before it
// tells of by pointing back to it: "(, and Holm has not disclosed) that
// amount", "that figure has not been published" (not "it has not said
// whether", "it said that details ...", nor "how that amount will be
// split").
var pointsBackRE = lazyre.New(`(?i)\b(?:disclos\w*|publish\w*|releas\w*|reveal\w*|specif\w*|give|given|gave|made\s+public)\s+(?:that|this|those|these|the\s+same)\s+(?:` + keptBackWords + `)s?\b|^\s*(?:that|this|those|these|the\s+same)\s+(?:` + keptBackWords + `)s?\s+(?:has|have|had|is|are|was|were|remains?)\b`)

// pointsBackTheRE finds a clause that keeps back what the clause before
// it tells of by "the" alone: "(signed compensation agreements with 29 of
// them, but) the (individual) amounts (paid) have not been disclosed". It
// points back only where the clause before gives no sum itself ("paid the
// growers EUR 1.2 million, but the terms have not been disclosed" answers
// how much).
var pointsBackTheRE = lazyre.New(`(?i)^\s*the\s+(?:[\p{L}-]+\s+)?(?:` + keptBackWords + `)s?\s+(?:[\p{L}-]+\s+)?(?:has|have|had|is|are|was|were|remains?)\b`)

// keptBackWords name what a clause may keep back.
const keptBackWords = `amount|figure|sum|number|total|names?|terms|details|information|breakdown|price|cost|fee|value`

// figureKeptRE finds a clause that keeps back a figure or terms beside any
// names ("the names and the amounts have not been disclosed").
var figureKeptRE = lazyre.New(`(?i)\b(?:amounts?|figures?|sums?|terms|details|values?|prices?|costs?|fees?|numbers?|totals?)\b`)

// relativeAsideRE finds a relative clause set off by commas (", which did not
// disclose its revenue,"), which withheld reads as a clause of its own,
// apart from the main clause on both sides.
var relativeAsideRE = lazyre.New(`(?i),\s+(which|who|whose)\s+([^,;]*),`)

// notName reports whether a question's term is no name: not one of the
// glossary's, nor capitalised, nor a word the sources write only as a
// name ("lind").
func (ix *Index) notName(t QueryTerm) bool {
	return !t.Name && !strings.HasPrefix(t.Stem, "=") && !ix.writtenAsName(t.Surface)
}

// withheld returns the hit and its sentence that say what a question asks
// was not made public or is not known, "" for none: a clause that says so
// (withheldRE), of a sentence with as many of the question's words
// (other than names and the piece's own nouns, where it has others) as
// any of the hits', that has a word of the question's no other clause of
// theirs has ("the value of assets frozen in Vik has not been disclosed"
// for "how much was frozen in Vik?", not for "how much was frozen at
// home?", which another clause gives), or all of two or more ("no figure
// has been published for the total paid to players and referees" for
// "total paid to players + refs"); or, for a question on who someone is
// or on their names (names), a clause that keeps back names. The words
// that say what kind of answer is asked ("value", "figure") do not count.
// A clause that points back to the one before it ("..., whose terms are
// confidential") is read with it where it keeps back what the question
// asks (kept, given whether it keeps back names): the one before tells
// what is kept back, not that it was done ("when was the agreement
// reached?", "how many families were paid?" are answered). A clause that
// declines comment (commentedRE) keeps back what kept says it does, where
// it has every word of the question its sentence has.
func (ix *Index) withheld(hits []Hit, own []QueryTerm, names bool, kept func(names bool, clause, before string) bool) (Hit, string) {
	if !slices.ContainsFunc(hits, func(h Hit) bool {
		return withheldRE.MatchString(h.Passage.Text) || commentedRE.MatchString(h.Passage.Text)
	}) {
		return Hit{}, "" // most passages say nothing of the kind: no clause to read
	}
	var asked []QueryTerm
	for _, t := range own {
		if t.Found && !t.Soft && !isNumber(t.Stem) && !kindOfFigure(t.Surface) {
			asked = append(asked, t)
		}
	}
	if len(asked) == 0 {
		return Hit{}, ""
	}
	// the sentence on the question is the one with most of its words
	// other than names and the piece's own nouns ("article"), where it has
	// any: "who were the peer reviewers on the ARIP article?" is about "It
	// was reviewed by two referees, whose names the journal does not
	// disclose", not the sentence that names the journal ARIP
	onAsked := slices.DeleteFunc(slices.Clone(asked), func(t QueryTerm) bool {
		return !ix.notName(t) || pieceNounRE.MatchString(t.Surface)
	})
	if len(onAsked) == 0 {
		onAsked = asked
	}
	type clause struct {
		hit      int
		sentence string
		terms    []string
		n        int // the question's words its sentence has, other than names (onAsked)
		cue      bool
		prev     int  // the clause it points back to and reads with, -1 for none
		names    bool // it keeps back names
		text     string
	}
	var clauses []clause
	most := 0
	for k, h := range hits {
		for _, s := range ix.Sentences(h.Passage) {
			n := sentenceShare(ix.Terms(s.Text), onAsked)
			most = max(most, n)
			text := relativeAsideRE.ReplaceAllStringFunc(s.Text, func(m string) string {
				sub := relativeAsideRE.FindStringSubmatch(m)
				if strings.EqualFold(sub[1], "whose") {
					return "; whose " + sub[2] + ";" // of the subject alone (see below)
				}
				return "; " + sub[2] + ";"
			})
			at := 0
			for j, c := range withheldClauseRE.Split(text, -1) {
				before := ""
				if j > 0 {
					before = clauses[len(clauses)-1].text
				}
				cl := clause{k, s.Text, ix.Terms(c), n, withheldRE.MatchString(c), -1, false, c}
				if !cl.cue && commentedRE.MatchString(c) && kept(false, c, before) {
					// declining comment keeps back only what the clause
					// names, of a question all of whose words it has
					// among those of its sentence ("declined to comment on
					// whether it would build the plant, which the council
					// approved in May" keeps back nothing of the council's)
					sentence := ix.Terms(s.Text)
					cl.cue = !slices.ContainsFunc(asked, func(t QueryTerm) bool { return t.in(sentence) && !t.in(cl.terms) })
				}
				cl.names = cl.cue && slices.ContainsFunc(cl.terms, func(t string) bool { return nameStems[t] }) && !figureKeptRE.MatchString(c)
				start := strings.Index(text[at:], c) + at
				at = start + len(c)
				// "..., whose terms are confidential", "..., and Holm has
				// not disclosed that amount": read with the clause before
				whose := strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:start], " ")), "whose")
				// ", whose name is withheld,": an aside on the subject alone,
				// which keeps back the subject's name, not what the sentence
				// tells of the subject ("was fined EUR 2 million")
				aside := strings.HasPrefix(strings.ToLower(strings.TrimSpace(c)), "whose ") && cl.names && names
				// not where the one "whose" points to is named ("Ola
				// Brenn, whose deputies ..."), nor where the clause before
				// gives the sum ("paid EUR 2 million under a contract,
				// whose terms are confidential"), nor for another year,
				// month or place ("those figures for June")
				if whose || aside {
					whose, aside = whose && !endsOnName(before) && !ix.hasQuantity(&Passage{Text: before}, Money), aside && !endsOnName(before)
				}
				if cl.cue && j > 0 && (pointsBackRE.MatchString(c) || pointsBackTheRE.MatchString(c) && !ix.hasQuantity(&Passage{Text: before}, Money) || whose || aside) && kept(cl.names, c, before) && !ix.otherScope(c, before) {
					cl.prev = len(clauses) - 1
					cl.terms = slices.Concat(clauses[cl.prev].terms, cl.terms)
				}
				clauses = append(clauses, cl)
			}
		}
	}
	all := func(terms []string) bool {
		return !slices.ContainsFunc(asked, func(t QueryTerm) bool { return !t.in(terms) })
	}
	// another reports whether a clause other than the one at i has what ok
	// asks of its terms
	another := func(i int, ok func(terms []string) bool) bool {
		for j, o := range clauses {
			if j != i && j != clauses[i].prev && ok(o.terms) {
				return true
			}
		}
		return false
	}
	for i, c := range clauses {
		if !c.cue || c.n == 0 || c.n < most || c.names && !names && c.prev < 0 {
			// names kept back do not keep back a figure ("how many
			// referees?" of "three referees, whose names are not disclosed")
			continue
		}
		// a word of the question's that only this clause has
		only := func(t QueryTerm) bool { return t.in(c.terms) && !another(i, t.in) }
		// all of two or more, which no other clause has all of ("the
		// value of assets frozen abroad has not been disclosed" is no
		// answer to "how much has been frozen?" beside "courts have frozen
		// assets worth EUR 19 million")
		every := len(asked) > 1 && all(c.terms) && !another(i, all)
		// a word of what is asked other than a name, where the question
		// has one: "it is not known whether Lind will appeal" keeps back
		// no sentence of Lind's
		content := !slices.ContainsFunc(asked, ix.notName) || slices.ContainsFunc(asked, func(t QueryTerm) bool { return ix.notName(t) && t.in(c.terms) })
		// or a clause pointing back to one that has all of two or more of
		// the question's words but names, of the sentence with the most of
		// them ("what the HRA expects to pay on the claims, and the HRA has
		// not disclosed that amount" for "how much does the HRA expect to
		// pay out?")
		back := false
		if c.prev >= 0 {
			n := 0
			for _, t := range asked {
				if ix.notName(t) {
					if !t.in(c.terms) {
						n = 0
						break
					}
					n++
				}
			}
			back = n > 1
		}
		if content && (every || back || slices.ContainsFunc(asked, only)) {
			if c.names && slices.ContainsFunc(clauses, func(o clause) bool { return o.sentence != c.sentence && o.n >= c.n && ix.namesSomeone(o.sentence) }) {
				// names kept back in one sentence, given in another with as
				// many of the question's words ("The Harbour Review article
				// was reviewed by Ana Lind and Piet Vos"): those answer
				continue
			}
			return hits[c.hit], c.sentence
		}
	}
	if names {
		// "who are the two site managers charged?", where "Holm charged
		// two site managers; their names have not been released": the
		// names asked, kept back in the sentence that best tells of it,
		// which names no one in full
		for _, c := range clauses {
			if c.cue && c.n > 0 && c.n == most && slices.ContainsFunc(c.terms, func(t string) bool { return nameStems[t] }) && !ix.namesSomeone(c.sentence) {
				return hits[c.hit], c.sentence
			}
		}
	}
	return Hit{}, ""
}

// namesSomeone reports whether a sentence names someone in full: a run of
// capitalised words that is no glossary name, nor a title of everyday
// words ("the District Public Prosecutor of Vik charged two managers").
func (ix *Index) namesSomeone(s string) bool {
	runs := nameRunRE.FindAllStringSubmatch(s, -1)
	if m := sentenceRunRE.FindStringSubmatch(s); m != nil {
		runs = append(runs, m) // "Ola Brenn, 41, a foreman, was charged"
	}
	for _, m := range runs {
		if ix.kb.Glossary.personAlias(m[1]) {
			return true // a person the glossary lists
		}
		if !ix.kb.Glossary.isAlias(m[1]) && slices.ContainsFunc(strings.Fields(m[1]), func(w string) bool { return !lexicon.Ordinary(strings.ToLower(w)) }) {
			return true
		}
	}
	return false
}

// sentenceRunRE finds the capitalised words a sentence opens with.
var sentenceRunRE = lazyre.New(`^\s*((?:\p{Lu}[\p{L}’'\-]+\s+){1,3}\p{Lu}[\p{L}’'\-]+)`)

// nameStems are the stems of the words for who someone is: "name",
// "identity".
var nameStems = setOf(stem("name"), stem("names"), stem("identity"), stem("identities"))

// agentBeforeRE finds a clause that ends on who did it ("reviewed by two
// referees"); countKeptRE a clause that keeps back a number.
var (
	agentBeforeRE = lazyre.New(`(?i)\bby\s+(?:[\p{L}\d'’-]+\s+){0,6}[\p{L}\d'’-]+\s*$`)
	countKeptRE   = lazyre.New(`(?i)\b(?:number|numbers|total|totals|count|toll)\b`)
	bareYearRE    = lazyre.New(`\b(?:19|20)\d\d\b`)
)

// personSubject reports whether a clause opens on people it does not name
// ("Three outside referees reviewed it"): who did what it tells.
func personSubject(clause string) bool {
	ws := strings.Fields(clause)
	for i, w := range ws[:min(4, len(ws))] {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if i > 0 && w != lw {
			return false // a name
		}
		if lexicon.Person(lw) || lexicon.Person(strings.TrimSuffix(lw, "s")) {
			return true
		}
	}
	return false
}

// otherScope reports whether a clause names a year the clause before it
// does not, or is for something it does not have ("..., but it has not
// published those figures for 2023", "for June", "for the eastern
// districts").
func (ix *Index) otherScope(clause, before string) bool {
	for _, y := range bareYearRE.FindAllString(clause, -1) {
		if !strings.Contains(before, y) {
			return true
		}
	}
	if m := scopeForRE.FindStringSubmatch(clause); m != nil {
		have := ix.Terms(before)
		for _, t := range ix.Terms(m[1]) {
			if !slices.Contains(have, t) {
				return true
			}
		}
	}
	return false
}

// scopeForRE finds what a clause is for ("for June", "for the eastern
// districts").
var scopeForRE = lazyre.New(`(?i)\bfor\s+((?:[\p{L}\d'’-]+\s*){1,3})`)

// endsOnName reports whether a clause ends on a name ("... is Ola Brenn"),
// which a "whose" after it points to.
func endsOnName(clause string) bool {
	ws := strings.Fields(strings.TrimRight(clause, " ,;"))
	if len(ws) < 2 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], ".,;:()\"'’")
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r)
}

// howMuchRE finds a question on how much of something.
var howMuchRE = lazyre.New(`(?i)\bhow\s+much\b`)

// whoAskedRE finds a question on who did something or who someone is.
var whoAskedRE = lazyre.New(`(?i)^\W*(?:(?:and|so|but|ok)\s+)?who\b`)

// namesAskedRE finds a question that asks who someone is, or their names.
var namesAskedRE = lazyre.New(`(?i)^\W*(?:(?:and|so|but|ok)\s+)?who(?:'s|’s|\s+(?:are|were|is|was))\b|\bnames?\b|\bidentit(?:y|ies)\b`)

// givesNewSum reports whether a passage has a sentence that gives a sum
// other than those a question states (figures, as written): "Holm has
// budgeted VDT 46 million (EUR 4.79 million)" gives none beside the 46m
// of "holm budgeted 46m - what's vik spending?", its
// conversions in brackets being the same sum.
func (ix *Index) givesNewSum(p *Passage, stated []*regexp.Regexp) bool {
	if len(stated) == 0 {
		return true
	}
	for _, st := range ix.Sentences(p) {
		s := st.Text
		for _, re := range stated {
			s = re.ReplaceAllString(s, " ")
		}
		if ix.hasQuantity(&Passage{Text: s}, Money) {
			return true
		}
	}
	return false
}

// statedSumRE finds a figure as a sum a question states (as matched by
// totalAskedRE), in the same magnitude, with the conversions in brackets
// after it: "VDT 46 million (EUR 4.79 million)", "$46m [EUR 42m]"; not
// "46.5 million" or "46 billion" for "46m".
func statedSumRE(figure, stated string) *regexp.Regexp {
	unit := `(?:m|mn|million)`
	switch l := strings.ToLower(stated); {
	case strings.HasSuffix(l, "bn"), strings.HasSuffix(l, "billion"), strings.HasSuffix(l, "b"):
		unit = `(?:b|bn|billion)`
	case strings.HasSuffix(l, "k"), strings.HasSuffix(l, "thousand"):
		unit = `(?:k|thousand)`
	case strings.HasSuffix(l, "tn"), strings.HasSuffix(l, "trillion"):
		unit = `(?:tn|trillion)`
	}
	return regexp.MustCompile(`(?i)(?:^|[^\d.,])` + regexp.QuoteMeta(figure) + `(?:\.0+)?\s?` + unit + `\b(?:\s*[(\[][^()\[\]]*[)\]])?`)
}

// totalAskedRE finds a sum with its size a question names as a whole to
// be split ("the 5.2bn", "of the 97.4m", "$1.6bn"); group 1 is the figure.
var totalAskedRE = lazyre.New(`(?i)(?:[$€£¥]|\b(?-i:[A-Z]{3})\s?)?(\d[\d.,]*)\s?(?:m|mn|bn|b|k|tn|million|billion|thousand|trillion)\b`)

// partCueRE finds a question after a part of a whole: "split", "breakdown",
// "how much of", "alone"; partOpenerRE one that opens on the total it asks
// a part of ("of the 31bn spent so far, how much ..."), group 1 the total.
var (
	partCueRE    = lazyre.New(`(?i)\b(?:split\s+(?:of|by|between|among|across)|splits?\s*(?:[?/,]|$)|breakdown|broken down|break down|alone|how much of)\b`)
	partOpenerRE = lazyre.New(`(?i)^\W*(?:(?:so|and|but|ok|okay|right|also)\W+){0,2}(?:out\s+)?of\s+(?:the|those|these|its|their|that)\s+(?:~|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?((?:(?-i:[A-Z]{3})\s?|[$€£])?\d[\d.,]*\s?(?:m|mn|bn|b|k|tn|million|billion|thousand|trillion)\b)[^?]*?\bhow much\b`)
)

// partAsked returns the total a question asks a part of ("5.2bn" of
// "split of the 5.2bn between Holm and Vik", "31 billion" of "of the 31
// billion spent so far, how much has Tarn paid?"), "" for none.
func partAsked(text string) string {
	if yesNoRE.MatchString(text) {
		return ""
	}
	if m := partOpenerRE.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1]) // the total it opens on, not another figure after it
	}
	if !partCueRE.MatchString(text) {
		return ""
	}
	if m := totalAskedRE.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[0])
	}
	return ""
}

// totalUnitRE finds the unit written after a total asked ("5m tonnes").
var totalUnitRE = lazyre.New(`^\s+\p{L}{2,}`)

// partVerbRE finds a share told as going somewhere: "went to", "was
// spent on", "of it".
var partVerbRE = lazyre.New(`(?i)\b(?:went|go|goes|going|was|were|is|are)\s+(?:\p{L}+\s+)?(?:to|on|into|for)\b|\bof (?:it|that|this|the total)\b`)

// categorySplitRE finds a total asked split by a kind of part ("breakdown
// by destination"), whose parts the question does not name.
var categorySplitRE = lazyre.New(`(?i)\b(?:split|splits|breakdown|broken down|break down)\s+(?:by|per|across)\b`)

// partClauseRE finds where a sentence's clauses and asides part.
var partClauseRE = lazyre.New(`[,;:()]|\s[-–—]\s`)

// partGiven reports whether the passages near the best give a part of a
// total a question names: a sum other than the total in a clause with a
// word of the question's that is no word of a sum ("USD 3.1bn from Holm
// and USD 2.1bn from Vik"). Where no passage gives the total itself, the
// rules on figures judge.
func (ix *Index) partGiven(text string, hits []Hit, own []QueryTerm, total string) bool {
	value := strings.TrimRight(totalAskedRE.FindStringSubmatch(total)[1], ".,")
	var items []QueryTerm
	for _, t := range own {
		if t.Found && !isNumber(t.Stem) && !t.Soft && !kindOfFigure(t.Surface) && !partCueRE.MatchString(t.Surface) &&
			!strings.Contains(strings.ToLower(total), strings.ToLower(t.Surface)) {
			items = append(items, t) // not the total's own words ("5.2", "billion")
		}
	}
	// a clause with a figure other than the total's (not a year; nor the
	// total as the sources write it more exactly, in its magnitude: "97.4
	// million" for "the 97 million", not "2.5m" for "the 2bn")
	size := magnitudeAfter(total, strings.Index(total, value)+len(value))
	otherFigure := func(c string) bool {
		for _, loc := range figureRE.FindAllStringIndex(c, -1) {
			f := strings.TrimRight(c[loc[0]:loc[1]], ".,")
			exact := f == value || strings.HasPrefix(f, value+".") && magnitudeAfter(c, loc[1]) == size
			if !exact && !isYear(f) {
				return true
			}
		}
		return false
	}
	// one that is a part: a sum, a share that went somewhere ("60% went
	// to the port"), or a figure in the total's unit ("3m tonnes")
	unit := strings.ToLower(totalUnitRE.Compiled().FindString(text[strings.Index(text, total)+len(total):]))
	otherSum := func(c string) bool {
		return otherFigure(c) && (ix.hasQuantity(&Passage{Text: c}, Money) || shareRE.MatchString(c) && partVerbRE.MatchString(c) ||
			unit != "" && strings.Contains(strings.ToLower(c), strings.TrimSpace(unit)))
	}
	byCategory := categorySplitRE.MatchString(text)
	hasTotal := false
	// a sentence that splits the total itself: "Of the EUR 31bn spent so
	// far, Tarn has put in EUR 19bn and Vesk EUR 12bn"
	split := regexp.MustCompile(`(?i)\bof\s+(?:the|its|this|that|some)\s+(?:(?:total|overall|combined|whole)\s+)?(?:(?-i:[A-Z]{3})\s?|[$€£])?` + regexp.QuoteMeta(value) + `(?:[^\d,]|$)`)
	for _, h := range firstNearHits(hits) {
		ss := SplitSentences(h.Passage.Text)
		for i, s := range ss {
			if strings.Contains(s, value) {
				hasTotal = true
				if byCategory && otherFigure(withoutDates(s)) {
					return true // "grain exports breakdown by destination": "5m tonnes; 3m went to Riga"
				}
				if loc := split.FindStringIndex(s); loc != nil && otherSum(withoutDates(s[loc[1]:])) {
					return true
				}
				// the total split in the words after it in its passage: a
				// share of it ("two-thirds of it by Tarn", "Tarn has borne
				// 60% of the cost", "with Vesk covering the rest"), or sums
				// that add up to it ("Tarn has put in EUR 19bn and Vesk EUR
				// 12bn")
				at := strings.Index(s, value)
				after := s[at+len(figureRE.Compiled().FindString(s[at:])):]
				if i+1 < len(ss) {
					after += " " + strings.Join(ss[i+1:], " ")
				}
				if shareOfItRE.MatchString(after) || splitsTotal(withoutDates(after), value, size) {
					return true
				}
			}
			for _, c := range partClauseRE.Split(s, -1) {
				terms := ix.Terms(c)
				if otherSum(c) && slices.ContainsFunc(items, func(t QueryTerm) bool { return slices.Contains(terms, t.Stem) }) {
					return true
				}
			}
		}
	}
	return !hasTotal
}

// shareOfItRE finds a share of a total told before it: "two-thirds of
// it", "60% of the cost" (not "13.7% of annual turnover"), "Vesk covering
// the rest".
var shareOfItRE = lazyre.New(`(?i)\b(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|half|(?:a|one|two)[- ](?:thirds?|quarters?|fifths?)|three[- ]quarters)\s+of\s+(?:it|that|this|the\s+(?:cost|bill|total|sum|amount|money|spending|budget|funding))\b|\b(?:covering|covered|paying|paid|providing|provided|putting up|put up|found|finding)\s+the\s+(?:rest|remainder|balance)\b`)

// splitsTotal reports whether a text gives two sums or more in the
// total's magnitude that together come to the total (value, in magnitude
// size), within a twentieth below it: its parts ("EUR 19bn and EUR 12bn" of
// 31bn), not sums beside it ("VSM 31.0 million ... and VSM 9.1 million"
// are no parts of 97 million).
func splitsTotal(text, value, size string) bool {
	total, err := strconv.ParseFloat(strings.ReplaceAll(value, ",", ""), 64)
	if err != nil || total == 0 {
		return false
	}
	n, sum := 0, 0.0
	for _, loc := range figureRE.FindAllStringIndex(text, -1) {
		f := strings.ReplaceAll(strings.TrimRight(text[loc[0]:loc[1]], ".,"), ",", "")
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || isYear(f) || magnitudeAfter(text, loc[1]) != size {
			continue
		}
		n++
		sum += v
	}
	return n >= 2 && sum >= total*0.95 && sum <= total*1.02
}

// magnitudeAfter is the magnitude written after a figure that ends at i
// in s, as magnitudes spells it (" million" for "m", "mn" or "million";
// "000" for "k" or "thousand"); "" for none.
func magnitudeAfter(s string, i int) string {
	m := sizeWordRE.FindStringSubmatch(s[i:])
	if m == nil {
		return ""
	}
	w := strings.ToLower(m[1])
	if mag, ok := magnitudes[w]; ok {
		return mag
	}
	return " " + w // "million", "billion", "trillion"
}

// sizeWordRE finds the magnitude word right after a figure.
var sizeWordRE = lazyre.New(`^\s?(?i:(` + magnitudeWords + `|thousand|million|billion|trillion))\b`)

// figureRE finds a figure written in digits.
var figureRE = lazyre.New(`\d[\d.,]*`)

// firstNearHits returns the hits whose score is near the best's.
func firstNearHits(hits []Hit) []Hit {
	if len(hits) == 0 {
		return nil
	}
	var out []Hit
	for _, h := range hits {
		if h.Score >= nearMargin*hits[0].Score {
			out = append(out, h)
		}
	}
	return out
}

// backgroundAskedRE finds a question after someone's past: their
// background, career, what they did before.
var backgroundAskedRE = lazyre.New(`(?i)\b(?:background|bio|biography|career|cv|résumé|track record|tenure|prior\s+(?:roles?|jobs?|positions?|posts?|experience|career)|previous\s+(?:roles?|jobs?|positions?|posts?|experience|career|employers?)|\b(?:do|doing|work|worked|working)\s+(?:\S+\s+){0,2}?before\b)`)

// careerRE finds a sentence that tells someone's past: "previously",
// "spent eight years as", "joined in 2019", "a former minister".
var careerRE = lazyre.New(`(?i)\b(?:previously|formerly|former|before\s+(?:joining|that|becoming|taking|moving|(?-i:\p{Lu}))|after\s+(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:decades?|years?)|from\s+(?:19|20)\d\d\s+to|became|ran|led|headed|spent\s+\S+\s+(?:years?|decades?)|joined|since\s+(?:19|20)\d\d|(?:has|had)\s+(?:been|served|worked|led|run|headed)|served\s+as|career|veteran|appointed|took\s+(?:over|office)|rose\s+to|worked\s+(?:at|for|as|in)|graduated|trained\s+as)\b`)

// personPronounRE finds a pronoun for a person.
var personPronounRE = lazyre.New(`(?i)\b(?:he|she|his|her|him)\b`)

// Questions on a person's attributes other than the past (see
// backgroundAskedRE): a time in a post ("how long has Dahl chaired it",
// "yrs as dg"), a party ("which party", "party affil"); attributeWordRE
// finds the words that ask them, which are no topic of their own.
var (
	tenureAskedRE   = lazyre.New(`(?i)\bhow long (?:has|have|had|was|were|is)\b|\b(?:yrs|years|months) (?:as|at (?:the )?(?:helm|top)|in (?:the )?(?:job|post|office|role|charge))\b|\bsince when\b`)
	partyAskedRE    = lazyre.New(`(?i)\b(?:which|what) (?:political )?party\b|\bparty (?:affil\w*|member(?:ship)?)\b|\bparty\s*\?|\bpolitical affil\w*`)
	attributeWordRE = lazyre.New(`(?i)^(?:how|long|yrs|years?|months?|helm|top|job|post|office|role|charge|party|political|affil\w*|member(?:ship)?|always)$`)
)

// Evidence of those in a sentence naming the person: a time in a post
// ("has chaired the fund since March 2019", "took the helm in 2017", "for
// the past six years"; not "took questions from reporters on 3 May"), a
// party (see partyOf). Led by, headed by, run by give a role now, not a
// past ("the union, led by Anna Holm").
var (
	tenureRE = lazyre.New(`(?i)\b(?:since (?:\d|early|mid|late|` + monthNames + `)|appointed|took (?:office|over|charge|the helm)|at the helm|succeeded|became|elected|named|joined the board|in (?:office|post|charge)|(?:has|had|have) (?:led|run|headed|chaired|served)|served|for the (?:past|last)|from (?:\d|` + monthNames + `)|term\b[^.;]{0,60}\bbegan|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:year|term))\b`)
	// postRE finds a word of a post held, which a time in it is told of
	// ("has chaired the fund since 2019"; not "joined the march on 26
	// June", "silent since the strike began")
	postRE        = lazyre.New(`(?i)\b(?:chair\w*|head\w*|led|leads?|leader|director\w*|minister|president|governor|chief|ceo|secretary|manager|post|office|role|job|helm|charge|term|board|mayor|commissioner|ran|runs?)\b`)
	ordinalYearRE = lazyre.New(`(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:year|term)\b`)
	spanRE        = lazyre.New(`(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:years?|months?|decades?)\b`)
	ledByRE       = lazyre.New(`(?i)\b(?:led|headed|run|chaired)\s+by\b`)
)

// A party beside a person's name: after it ("Eva Holm of the Green Party",
// "(GP)", ", leader of the Party of Progress", ", a Centre Alliance
// deputy"), before it ("Green Party leader Eva Holm"), or what the person
// sits or was elected for ("He sits for the National Front", "was elected
// mayor of Tarnby in 2018 for the Green Party"); not a party the sentence
// names for another reason ("met the Green Party's leaders").
const partyName = `(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Party|Alliance|Front|Movement|Bloc|League|Greens|Democrats|Liberals|Conservatives|Socialists|Left)\b`

// partyAdjective is a party's adjective before a role ("Conservative MP
// Ivo Tarr", "Green deputy").
const partyAdjective = `(?:Conservative|Liberal|Socialist|Social Democratic|Democratic|Democrat|Republican|Green|Labour|Labor|Communist|Nationalist|Centrist)`

const partyRole = `(?:deputy|MP|senator|lawmaker|leader|member|politician|candidate|councillor|chair|chairman)`

var (
	partyAfterRE  = lazyre.New(`^(?:\((?:[A-Z]{2,6}|` + partyName + `)\)|,?\s*(?:(?:a|an|the)\s+)?(?:\p{Ll}+\s+){0,2}(?:of|from|for)\s+the\s+` + partyName + `|,?\s*(?:a|an)\s+(?:` + partyName + `|` + partyAdjective + `)\s+` + partyRole + `)`)
	partyBeforeRE = lazyre.New(`(?:(?:` + partyName + `|` + partyAdjective + `)\s+` + partyRole + `|` + partyName + `['’]s)\s*$`)
	sitsForRE     = lazyre.New(`^(?:\S+\s+){0,3}?(?:sits?|sat|stood|stands|ran|runs|was elected|elected|serves?|served|is a member|was a member|member)\b(?:\s+\S+){0,6}?\s+(?:for|of)\s+the\s+` + partyName)
	partyOwnsRE   = lazyre.New(`\b(Party|Alliance|Front|Movement|Bloc|League|Greens|Democrats|Liberals|Conservatives|Socialists|Congress|Centre|Center|Left)['’]s\b`)
)

// partyOf reports whether a sentence gives the party of a person whose
// name's words it has where named is true (see partyAfterRE), or who is
// its subject, "He" or "She".
func partyOf(s string, named func(w string) bool) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		if !named(w) && (i > 0 || !personPronounRE.MatchString(w)) {
			continue
		}
		// "The Green Party's Eva Holm" is hers; "met the Green Party's
		// leaders" is no one's
		after := partyOwnsRE.ReplaceAllString(strings.Join(ws[i+1:min(len(ws), i+14)], " "), "${1}_s")
		if partyAfterRE.MatchString(after) || sitsForRE.MatchString(after) || partyBeforeRE.MatchString(strings.Join(ws[max(0, i-5):i], " ")) {
			return true
		}
	}
	return false
}

// personAsked returns what a question asks of a person: "background",
// "time in the post", "party"; "" for none.
func personAsked(text string) string {
	switch {
	case partyAskedRE.MatchString(text):
		return "party"
	case tenureAskedRE.MatchString(text):
		return "time in the post"
	case backgroundAskedRE.MatchString(text):
		return "background"
	}
	return ""
}

// tellsOfPerson reports whether a sentence tells what is asked of a
// person (kind, see personAsked).
func tellsOfPerson(s, kind string) bool {
	switch kind {
	case "time in the post":
		return tenureRE.MatchString(s) && postRE.MatchString(s) && (len(FindWhen(s, Date{})) > 0 || spanRE.MatchString(s) || ordinalYearRE.MatchString(s))
	}
	return careerRE.MatchString(ledByRE.ReplaceAllString(s, " "))
}

// backgroundUngiven returns whose past, time in a post or party a
// question asks ("ada tarn background", "what did Vik do before Holm?",
// "brenn party affil", "vesk yrs as dg"), and which of them, when no
// passage that could answer tells it: no sentence with all the question's
// salient words other than the words that ask it (or the sentence before
// it, for "He previously ...") tells it. "" where it is told, or the
// question asks none. Asked is the question as typed, corrections what
// the corrector made of its words.
func (ix *Index) backgroundUngiven(text, asked string, corrections []Correction, own, all []QueryTerm, wide []Hit) (string, string) {
	kind := personAsked(text)
	if kind == "" {
		kind = personAsked(asked) // "party affil", which the corrector may take for another word
	}
	if kind == "" || len(wide) == 0 {
		return "", ""
	}
	asking := func(t QueryTerm) bool {
		// (a word corrected from one typed, "affil": "affix", is no topic)
		return backgroundAskedRE.MatchString(t.Surface) || attributeWordRE.MatchString(t.Surface) ||
			slices.ContainsFunc(corrections, func(c Correction) bool { return strings.EqualFold(c.To, t.Surface) })
	}
	if personPronounRE.MatchString(text) {
		own = all // "where did he work before?": the person named before
	}
	// the person's words: names the sources write in capitals that no
	// glossary entry holds ("ada tarn"); a question on a company, a
	// strike or a chief's tenure asks no one's past
	var who []QueryTerm
	for _, t := range own {
		if t.Found && !isNumber(t.Stem) && !asking(t) && !strings.HasPrefix(t.Stem, "=") &&
			ix.capitalisedOnly(strings.TrimSuffix(strings.TrimSuffix(t.Surface, "'s"), "’s")) {
			who = append(who, t)
		}
	}
	if len(who) == 0 || slices.ContainsFunc(own, func(t QueryTerm) bool {
		return t.Found && !t.Salient && !t.Soft && !strings.HasPrefix(t.Stem, "=") && !asking(t) &&
			!roleWord(strings.ToLower(t.Surface)) && !slices.ContainsFunc(who, func(w QueryTerm) bool { return w.Stem == t.Stem })
	}) {
		return "", "" // "holm strike background": the strike's
	}
	names := func(s string) bool {
		terms := ix.Terms(s)
		return !slices.ContainsFunc(who, func(t QueryTerm) bool { return !t.in(terms) })
	}
	tells := func(s string) bool {
		if kind != "party" {
			return tellsOfPerson(s, kind)
		}
		return partyOf(s, func(w string) bool {
			return slices.ContainsFunc(who, func(t QueryTerm) bool { return t.in(ix.Terms(w)) })
		})
	}
	for _, h := range wide[:min(len(wide), candidates)] {
		ss := SplitSentences(h.Passage.Text)
		for i, s := range ss {
			if tells(s) && (names(s) || i > 0 && personPronounRE.MatchString(s) && names(ss[i-1])) {
				return "", ""
			}
		}
	}
	var surfaces []string
	for _, t := range who {
		surfaces = append(surfaces, strings.TrimSuffix(strings.TrimSuffix(t.Surface, "'s"), "’s"))
	}
	return strings.Join(surfaces, " "), kind
}

// periodRE finds a part of a year ("the second quarter", "first-half",
// "Q2", "H1"); the groups are its ordinal and its part, or the letter
// and the figure of its short form.
var periodRE = lazyre.New(`(?i)\b(first|second|third|fourth)[\s-]+(quarter|half)\b|\b([qh])([1-4])\b`)

// periodsIn returns the parts of a year a text names, each as "first
// quarter", "second half".
func periodsIn(text string) []string {
	var out []string
	for _, m := range periodRE.FindAllStringSubmatch(text, -1) {
		p := strings.ToLower(m[1] + " " + m[2])
		if strings.EqualFold(m[3], "h") && m[4] > "2" {
			continue // "H4 visas": a year has two halves
		}
		if m[3] != "" {
			ord := ordinal(m[4])
			p = ord + map[string]string{"q": " quarter", "h": " half"}[strings.ToLower(m[3])]
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// stageRE finds a numbered stage of something, as Normalize writes it:
// "the second phase", "a third round".
var stageRE = lazyre.New(`(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)[\s-]+(phase|stage|round|tranche|wave)s?\b`)

// stagesIn returns the numbered stages a text names, lower case ("second
// phase").
func stagesIn(text string) []string {
	var out []string
	add := func(st string) {
		if !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	for _, m := range stageRE.FindAllStringSubmatch(text, -1) {
		add(strings.ToLower(m[1] + " " + m[2]))
	}
	for _, m := range stageNumberRE.FindAllStringSubmatch(text, -1) {
		if m[3] == "" {
			add(ordinal(m[2]) + " " + strings.ToLower(m[1])) // a source's "Phase 2"
		}
	}
	return out
}

// mentionsStage reports whether a text names a numbered stage ("second
// phase"): its noun within four words of its ordinal, its digit or its
// Roman numeral ("Phases 2 and 3", "the second and final phase", "Phase
// II").
func mentionsStage(text, stage string) bool {
	ord, noun, _ := strings.Cut(stage, " ")
	n := slices.Index(ordinals, ord) + 1
	if n == 0 {
		return false
	}
	forms := []string{ord, strconv.Itoa(n), romanNumerals[n-1]}
	ws := words(strings.ToLower(text))
	for i, w := range ws {
		if w != noun && w != noun+"s" {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-4):min(len(ws), i+5)], func(x string) bool { return slices.Contains(forms, x) }) {
			return true
		}
	}
	return false
}

// romanNumerals are the first nine numbers as Roman numerals, lower case.
var romanNumerals = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}

// periodOf returns the part of a year a question asks about, "" for none.
func periodOf(text string) string {
	if ps := periodsIn(text); len(ps) > 0 {
		return ps[0]
	}
	return ""
}

// countedAfterRE finds the verb of a count asked with an auxiliary and its
// subject before it ("how many people does Holm employ?", "how many jobs
// did the dam create in Tarn?"); the groups are what is counted and the
// verb.
var countedAfterRE = lazyre.New(`(?i)\bhow many\s+((?:[\p{L}-]+\s+){1,2}?)(?:do|does|did|will|would|can|could)\s+(?:[\p{L}.'’-]+\s+){1,4}?([\p{L}-]+)(?:\s+(?:in|at|on|by|for|from|to|during|over|since|last|this|each|per|a|an|the|so far|overall|in total)\b[^?.!;]*)?\s*[?!.]*\s*$`)

// countedAfter returns the verb of a count asked with an auxiliary before
// its subject ("employ") and the words of what is counted ("people"), lower
// case; "" for none, or for a light verb ("have", "get") that says nothing
// of what is counted.
func countedAfter(text string) (string, []string) {
	text = trailingAdverbRE.ReplaceAllString(text, "$1") // "employ worldwide?": employ
	m := countedAfterRE.FindStringSubmatchIndex(text)
	if m == nil {
		return "", nil
	}
	v := strings.ToLower(text[m[4]:m[5]])
	if next := strings.Fields(strings.ToLower(text[m[5]:])); len(next) > 0 && isParticle(strings.Trim(next[0], "?!.,")) {
		return "", nil // "how many workers could Holm bring in": a phrasal verb, which the sources may say otherwise
	}
	if isStopWord(v) || inSet(extraStopWords, v) || inSet(questionWords, v) || lightVerbs[v] {
		return "", nil
	}
	return v, words(strings.ToLower(text[m[2]:m[3]]))
}

// personNoun reports whether a word is a noun for a person, or the plural
// of one ("inspectors").
func personNoun(w string) bool {
	return lexicon.Person(w) || lexicon.Person(strings.TrimSuffix(w, "s")) && !lexicon.Name(w)
}

// trailingAdverbRE finds an adverb closing a question ("worldwide",
// "locally", "overall"); the group is what follows it.
var trailingAdverbRE = lazyre.New(`(?i)\s+(?:\p{L}+ly|\p{L}+wide|overall|abroad|today|now|there|here|altogether)(\s*[?!.]*\s*)$`)

// lightVerbs say little of what a count counts ("how many does Holm have").
var lightVerbs = setOf("have", "get", "got", "make", "take", "see", "need", "want", "say", "think", "count", "know")

// countedRE finds what a count asks for and the verb after it ("how many
// ports closed").
var countedRE = lazyre.New(`(?i)\bhow many\s+[\p{L}-]+\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?`)

// countedVerb returns the verb that says what a count counts ("how many
// ports closed": closed), lower case; "" for none. A count of what no source
// says happened is not one they give, whatever other figures they have.
func countedVerb(text string) string {
	m := countedRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	for _, w := range m[1:] {
		// a light verb ("gave a thumbs down") says little: its object does
		if v := strings.ToLower(w); inflectedVerb(v) {
			if inSet(extraStopWords, v) || inSet(questionWords, v) {
				return ""
			}
			return v
		}
	}
	return ""
}

// countedSideRE finds the side a count's verb is done on ("how many
// countries voted for it": voted, for).
var countedSideRE = lazyre.New(`(?i)\bhow many\s+[\p{L}-]+\s+([\p{L}-]+)\s+(for|against)\b`)

// countedSide returns a count's verb and the side it was done on, lower
// case; "" for none.
func countedSide(text string) (verb, side string) {
	if m := countedSideRE.FindStringSubmatch(text); m != nil && inflectedVerb(strings.ToLower(m[1])) {
		return strings.ToLower(m[1]), strings.ToLower(m[2])
	}
	return "", ""
}

// tallyRE finds a question after every side of a vote ("the full tally",
// "the vote count", "yes/no/abstain"); voteRE, a question about a vote;
// sideRE, a side of it other than against ("in favour", "yes",
// "abstained"): the first group is a side for it, the second abstaining.
var (
	tallyRE = lazyre.New(`(?i)\b(?:tally|tallies|vote count|final count|breakdown|yes\s*/\s*no)\b`)
	voteRE  = lazyre.New(`(?i)\b(?:vot\w*|ballots?|polls?|referend\w*|resolutions?|motions?|tally|tallies|abstain\w*|abstention\w*)\b`)
	sideRE  = lazyre.New(`(?i)\b(in favou?r|yes|voted for)\b|\b(abstain(?:s|ed|ing)?|abstentions?)\b`)
	// forRE and abstainedRE find a passage's count of those for and of
	// those who abstained
	forRE       = lazyre.New(`(?i)\b(?:in favou?r|yes|voted for|for it|supported|backed)\b`)
	abstainedRE = lazyre.New(`(?i)\b(?:abstain(?:s|ed|ing)?|abstentions?)\b`)
)

// countedSides puts first, of the hits near the best, one that counts
// what a count question about a vote asks to be counted: every side (its
// tally) takes two figures; those for it ("yes", "in favour") or who
// abstained, a passage that names them. It returns what the sources lack,
// as a decline says it ("no full tally"), or "".
func countedSides(text string, hits []Hit) ([]Hit, string) {
	if !voteRE.MatchString(text) {
		return hits, "" // "yes but how many troops?": no vote
	}
	ok := true
	if tallyRE.MatchString(text) {
		if hits, ok = requireNear(hits, func(h Hit) bool { return figureCount(h.Passage.Text) >= 2 }); !ok {
			return hits, "no full tally"
		}
	}
	for _, m := range sideRE.FindAllStringSubmatch(text, -1) {
		side, lack := forRE, "no count of votes in favour"
		if m[2] != "" {
			side, lack = abstainedRE, "no count of abstentions"
		}
		if hits, ok = requireNear(hits, func(h Hit) bool { return side.MatchString(h.Passage.Text) }); !ok {
			return hits, lack
		}
	}
	return hits, ""
}

// saysSide reports whether a text has a form of verb followed by side
// ("voted against").
func saysSide(text, verb, side string) bool {
	v := stem(verb)
	for _, s := range SplitSentences(text) {
		fs := strings.Fields(strings.ToLower(s))
		for i := 0; i+1 < len(fs); i++ {
			if stem(strings.Trim(fs[i], ",.;:")) == v && strings.Trim(fs[i+1], ",.;:") == side {
				return true
			}
		}
	}
	return false
}

// countedInRE finds what a count's verb is done in ("how many countries
// voted in favour": favour).
var countedInRE = lazyre.New(`(?i)\bhow many\s+[\p{L}-]+\s+[\p{L}-]+\s+in\s+([\p{L}-]+)`)

// countedIn returns the word after "in" that says how a count's verb was
// done, lower case; "" for none. Like the verb, when no source has it the
// sources give no figure for it ("voted in favour", where they count only
// those who voted against).
func countedIn(text string) string {
	if m := countedInRE.FindStringSubmatch(text); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

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

// Unsettled reports whether the sentence of a covered result's first hit
// most about the question tells of it as still to come or undecided ("the
// court is due to rule in the autumn", "the lease has not been signed"),
// however the question is put ("appeal ruling?"): the answer is only as
// good as the date of its source, which it must say. It is read when an
// answer is written, not by every search.
func (ix *Index) Unsettled(r Result) bool {
	return r.Covered && len(r.Hits) > 0 && ix.unsettled(r.Hits[0].Passage, r.Terms, r.Wants)
}

// unsettled reports whether the sentence of a passage most about the
// question's terms tells of it as still to come or undecided: a clause of
// it does (pendingClause; "... he appealed, and the supreme court has yet
// to rule"), unless the question asks a figure that a settled clause
// gives ("how much was the board fined?" of "the court fined the board
// EUR 40,000 ..., and the ferry line is expected to sue").
func (ix *Index) unsettled(p *Passage, own []QueryTerm, wants Quantity) bool {
	// the sentences as split, not marked for stance: an answer need not
	// mark its whole source to be dated
	s, most := "", 0
	for _, t := range SplitSentences(p.Text) {
		if n := sentenceShare(ix.Terms(t), own); n > most {
			s, most = t, n
		}
	}
	if s == "" {
		return false
	}
	pending, given := false, false
	for _, c := range resultClauseRE.Split(s, -1) {
		switch {
		case pendingClause(c, p):
			pending = true
		case wants.figure() && ix.hasQuantity(&Passage{Text: c}, wants):
			given = true
		}
	}
	return pending && !given
}

// pendingClause reports whether a clause tells of something still to come
// or undecided, and not done: "is due to rule", "is expected to",
// "pending", "has not been built", "remains unresolved", a date after the
// source's own; not "approved the proposed lease", "the scheduled ferry
// ran aground", "has signed a lease that runs to 2033", "had not been
// consulted".
func pendingClause(c string, p *Passage) bool {
	cue := dueToVerb(c) || pendingRE.MatchString(c) || notSettledRE.MatchString(c) || notBeenDone(c) || datedAfter(c, p)
	return cue && !doneRE.MatchString(c) && !simplePast(reportRE.ReplaceAllString(notBeenRE.ReplaceAllString(c, ""), ""))
}

// dueToVerb reports whether a clause tells what is due to happen ("the
// court is due to rule on it", "due to open in May"), not a cause ("is
// due to the weather", "to storm damage", "to higher fuel costs", "to
// rising demand"): the word after "to" is a verb's plain form, followed
// by a function word or nothing.
func dueToVerb(c string) bool {
	m := dueToRE.FindStringSubmatchIndex(c)
	if m == nil {
		return false
	}
	w := c[m[2]:m[3]]
	v := strings.ToLower(w)
	if w != v || determiners[v] || strings.HasSuffix(v, "ing") || graded(v) {
		return false // "due to Covid", "to the weather", "to rising demand", "to higher costs"
	}
	next := words(c[m[3]:])
	return len(next) == 0 || isStopWord(strings.ToLower(next[0]))
}

// notBeenDone reports whether a clause tells what has not been done ("has
// not been built", "have not been paid"), by a participle after "not
// been".
func notBeenDone(c string) bool {
	for _, m := range notBeenRE.FindAllStringSubmatch(c, -1) {
		w := strings.ToLower(m[1])
		if strings.HasSuffix(w, "ed") || lexicon.BaseForm(w) != "" && lexicon.BaseForm(w) != w {
			return true
		}
	}
	return false
}

// dueToRE finds what is due to happen ("is due to rule"); the group is
// the word after "to". notBeenRE finds "has not been <participle>" (not
// the past perfect, "had not been consulted", told of as over);
// notSettledRE what remains undecided ("the dues are still outstanding",
// "remains unresolved"; not "an award for outstanding service").
var (
	dueToRE      = lazyre.New(`(?i)\b(?:is|are)\s+(?:now\s+|also\s+)?due\s+to\s+(\p{L}+)`)
	notBeenRE    = lazyre.New(`(?i)\b(?:(?:has|have)\s+not|hasn['’]?t|haven['’]?t)\s+(?:yet\s+)?been\s+(\p{L}+)`)
	notSettledRE = lazyre.New(`(?i)\b(?:is|are|remains?|remained|stays?|still)\s+(?:still\s+|largely\s+|so\s+far\s+)?(?:outstanding|unresolved|unsettled|undecided|unpaid|unsigned|in\s+dispute)\b`)
)

// simplePast reports whether a sentence tells something in the simple
// past ("passed by 52 votes", "won 41%", "was 64%", "went through"): an
// outcome, whatever later date it gives ("and takes effect on 1 July");
// not a perfect that announces ("has called a ballot to run from ...").
func simplePast(sentence string) bool {
	ws := words(sentence)
	for i, w := range ws {
		if w != strings.ToLower(w) || i > 0 && notPastAfter[ws[i-1]] || strings.HasSuffix(w, "ing") {
			continue // a name's word ("United"); a participle or an infinitive ("has called", "to run", "a meeting")
		}
		if w == "was" || w == "were" {
			return true
		}
		if w == "is" || w == "are" || w == "am" {
			continue // the present of "be", whose base form differs
		}
		if i+2 < len(ws) && ws[i+1] == "by" && agentOpeners[ws[i+2]] {
			continue // "a review commissioned by its board": a participle; not "passed by 52 votes", "rose by a fifth"
		}
		if base := lexicon.BaseForm(w); base != "" && pastForm(w, base) {
			return true
		}
	}
	return false
}

// agentOpeners open the agent of a passive after "by" ("by its board",
// "by the minister"), not a margin ("by a fifth", "by 52 votes").
var agentOpeners = setOf("its", "their", "his", "her", "the")

// reportRE finds a closing clause that tells who reports a thing, not
// what happened: "..., a spokesman said."
var reportRE = lazyre.New(`(?i),\s+(?:[\p{L}'’.-]+\s+){0,4}(?:said|told|added|noted|wrote|stated|remarked|explained|insisted)(?:\s+(?:on\s+)?\p{L}+)?\s*[.!]?\s*$`)

// pastForm reports whether a lower-case word, whose base form the lexicon
// gives as base ("" for none), is a verb's past: an "-ed" ending, or an
// irregular form ("went") that ends in no "s" and is neither a
// comparative ("offer", "later") nor a noun's plural ("data").
func pastForm(w, base string) bool {
	return strings.HasSuffix(w, "ed") || base != "" && base != w && !strings.HasSuffix(w, "s") && !graded(w) && inflectedVerb(w)
}

// graded reports whether a word has the ending of a comparative or a
// superlative ("later", "offer" as more off): no verb's past.
func graded(w string) bool { return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "est") }

// perfectBefore are the auxiliaries of a perfect ("has called"), and
// infinitiveBefore the words before a verb's form that make it an
// infinitive or a participle ("to run", "be held", "is planned"): no
// simple past either way. notPastAfter are all the words after which a
// verb's form is no simple past, with the articles and possessives before
// an adjective ("a delayed review") and "would".
var (
	perfectBefore    = setOf("has", "have", "had")
	infinitiveBefore = setOf("to", "be", "been", "will", "is", "are")
	notPastAfter     = union(perfectBefore, infinitiveBefore,
		setOf("would", "a", "an", "the", "its", "their", "his", "her", "our", "this", "that"))
)

// union returns a set with the words of every set given.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, set := range sets {
		maps.Copy(out, set)
	}
	return out
}

// aboutSentence returns the sentence of a passage with the most of the
// question's terms.
func (ix *Index) aboutSentence(p *Passage, own []QueryTerm) Sentence {
	var best Sentence
	most := 0
	for _, s := range ix.Sentences(p) {
		if n := sentenceShare(ix.Terms(s.Text), own); n > most {
			best, most = s, n
		}
	}
	return best
}

// awaitedOutcome returns the sentence of the best of hits that tells of an
// outcome the question asks by its noun as awaited ("a ruling on the
// expedited claim is expected by the end of 2026", "a decision ... is
// due", "the tribunal is expected to rule on ..."): any outcome's noun
// ("decision" asked, "ruling" written), on what the question asks where
// it says on what (not "a ruling on the appeal is expected" for the
// district court's ruling, nor "a ruling on Holm's main claim" for its
// injunction), where no sentence of the hits on what is asked tells an
// outcome given ("the tribunal upheld the fine", "found for the
// pensioners", "Holm lost the case"); "" for none. given is the hit after
// the first that tells it given ("the tribunal awarded Holm the full
// EUR 1.4bn"), which is then to be cited first; nil for none.
func (ix *Index) awaitedOutcome(hits []Hit, own []QueryTerm, question string) (awaited string, given *Hit) {
	asked := stemsOf(slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool {
		return !t.Found || t.Soft || outcomeNounRE.MatchString(t.Surface) || resultAskedRE.MatchString(t.Surface)
	}))
	things := stemsOf(slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool {
		return !slices.Contains(asked, t.Stem) || t.Name || strings.HasPrefix(t.Stem, "=")
	}))
	names := ix.foundNames(own) // which another passage's outcome must be of ("the SCIA tribunal awarded", not "the DAB awarded")
	on := func(text string, among []string) bool {
		return slices.ContainsFunc(ix.Terms(text), func(t string) bool { return slices.Contains(among, t) })
	}
	for i, h := range hits {
		for _, s := range ix.Sentences(h.Passage) {
			loc := awaitedRE.FindStringSubmatchIndex(s.Text)
			if loc == nil {
				loc = awaitedVerbRE.FindStringSubmatchIndex(s.Text)
			}
			told := s.Text // what it tells before the awaited outcome, if any
			if loc != nil {
				told = s.Text[:loc[0]]
			}
			if (ix.resultDone(told, question, own) || outcomeTold(told)) && on(told, asked) && (i == 0 || containsAll(ix.Terms(told), names)) {
				if i == 0 {
					return "", nil // told given ("the interim report found that ...; its final findings are due")
				}
				return "", &hits[i] // told given in another passage
			}
			if loc == nil || i > 0 || awaited != "" {
				continue
			}
			what := ""
			if loc[2] >= 0 {
				what = s.Text[loc[2]:loc[3]]
			}
			// on what is asked, by more than its party's name ("a ruling on
			// Holm's main claim" is not on Holm's injunction)
			if strings.TrimSpace(what) == "" || len(things) == 0 && on(what, asked) || on(what, things) {
				awaited = s.Text
			}
		}
	}
	return awaited, nil
}

// outcomeTold reports whether a text tells an outcome given (see
// outcomeDoneRE), not one still to be given or in general ("the place
// where the cost is decided", "to be decided", "will be upheld").
func outcomeTold(text string) bool {
	for _, loc := range outcomeDoneRE.FindAllStringIndex(text, -1) {
		if ws := words(strings.ToLower(text[:loc[0]])); len(ws) == 0 || !notYetBefore[ws[len(ws)-1]] {
			return true
		}
	}
	return false
}

var notYetBefore = setOf("is", "are", "be", "being", "to", "will", "would", "should", "could", "may", "might", "must", "can", "not", "never")

// outcomeNounRE finds the noun of an outcome a question asks after: "the
// ruling", "the verdict", "its findings"; awaitedRE a sentence that tells
// of one as awaited ("a ruling on the claim is expected by the end of
// 2026", "the verdict is now due in May", "is not expected before"),
// awaitedVerbRE one that tells of its giving as awaited ("the tribunal is
// expected to rule on the claim", "will rule on"), group 1 of each what it
// is on; outcomeDoneRE one that tells of one given ("upheld the fine",
// "found for the pensioners", "lost the case", "refused the request").
var (
	outcomeNounRE = lazyre.New(`(?i)\b(?:rulings?|verdicts?|decisions?|findings?|judg(?:e)?ments?)\b`)
	awaitedRE     = lazyre.New(`(?i)\b(?:rulings?|verdicts?|decisions?|findings?|judg(?:e)?ments?)\b((?:\s+(?:on|in|over|about|into|of)\s+[^.;,]{0,60}?)?)(?:\s+(?:by|from)\s+[^.;,]{0,40}?)?\s+(?:is|are)\s+(?:not\s+|now\s+|still\s+)?(?:expected|due)\b`)
	awaitedVerbRE = lazyre.New(`(?i)\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due|set|scheduled)\s+to|will|(?:is|are)\s+to)\s+(?:rule|decide|deliver|issue|hand down|give|announce)\b((?:\s+(?:its|a|their|the)\s+(?:ruling|decision|verdict|judg(?:e)?ment|findings))?(?:\s+(?:on|in|over|about)\s+[^.;,]{0,60})?)`)
	outcomeDoneRE = lazyre.New(`(?i)\b(?:ruled|decided|upheld|overturned|overruled|dismissed|rejected|refused|denied|granted|approved|awarded|quashed|annulled|struck down|cleared|acquitted|convicted|settled|lost|won|sided with|found (?:for|against|in favou?r|that|\p{Lu}\p{L}*|him|her|them|it) )\b`)
)

// namedSentence is aboutSentence with the question's names first: the
// sentence with most of them, then most of its other words ("tribunal ruling on
// the 86m fine": the sentence on the tribunal's hearing, not the one that
// imposed the fine).
func (ix *Index) namedSentence(p *Passage, own []QueryTerm) Sentence {
	var names []QueryTerm
	for _, t := range own {
		if t.Found && (t.Name || strings.HasPrefix(t.Stem, "=")) {
			names = append(names, t)
		}
	}
	var best Sentence
	most, mostNames := 0, 0
	for _, s := range ix.Sentences(p) {
		terms := ix.Terms(s.Text)
		n, k := sentenceShare(terms, own), sentenceShare(terms, names)
		if k > mostNames || k == mostNames && n > most {
			best, most, mostNames = s, n, k
		}
	}
	return best
}

// sentenceShare counts the question's terms other than soft words that a
// sentence's terms have, in any of their forms.
func sentenceShare(terms []string, own []QueryTerm) int {
	n := 0
	for _, t := range own {
		if !t.Soft && t.in(terms) {
			n++
		}
	}
	return n
}

// sumOnAsked reports whether a passage gives a sum in a sentence on what
// a question asks beyond its names, read with the one before it ("Vik
// opened a plant in 2021. Construction cost $4m"): a
// sentence with most of the question's words that the passage has or
// that are salient, other than names, figures, words of a sum in general
// ("cost", "paid", "euros") and words that say which figure ("final",
// "annual"); or with all its names. A kind of sum the question names
// ("ransom", "turnover") must be named in the sum's own sentence, by a
// word of its family ("lent" for a loan), or in the passage's heading
// ("The ransom. The attackers demanded $4m"). "Vik's certification
// cost" is not answered by "a boy from Vik, for whom Holm paid EUR 2m". A
// sentence that dates its sum to other years than the question asks
// (years), or follows one that does and dates it to none, gives another
// year's sum.
func (ix *Index) sumOnAsked(h Hit, own []QueryTerm, years []int) bool {
	var asked, kinds []QueryTerm
	for _, t := range own {
		if sumKindRE.MatchString(t.Surface) {
			kinds = append(kinds, t) // "the ransom amount": a ransom, not any sum
		}
		if !t.Name && !isNumber(t.Stem) && !t.Soft && !kindOfFigure(t.Surface) && currencyOf(t.Surface) == nil &&
			(slices.Contains(h.Matched, t.Stem) || t.Salient && t.Found) {
			asked = append(asked, t)
		}
	}
	free := len(asked) == 0 && len(kinds) == 0 // a sentence with a sum of the years asked, and the names
	qual := qualifiedSum(own)
	if free && len(years) == 0 && qual == nil {
		return true
	}
	names := ix.foundNames(own)
	ss := SplitSentences(h.Passage.Text)
	var heading []string // "The ransom.": what every sentence of the passage is on
	hs, kindHeading := "", []string(nil)
	if head := headingOf(ss); head != "" {
		heading = ix.Terms(head)
		if len(strings.Fields(head)) <= maxKindHeadingWords {
			hs, kindHeading = head, heading // not "Ransom demand and legal costs.", on more than one sum
		}
	}
	// s gives the sum; before is the sentence before it, read with it
	on := func(s, before string) bool {
		terms := append(ix.Terms(s), heading...)
		if kindTerms := append(ix.Terms(s), kindHeading...); len(kinds) > 0 && !slices.ContainsFunc(kinds, func(t QueryTerm) bool { return t.in(kindTerms) || kindIn(t.Surface, s) || kindIn(t.Surface, hs) }) {
			return false // the kind of sum in the sum's own sentence
		}
		if before != "" {
			terms = append(terms, ix.Terms(before)...)
		}
		return len(names) > 0 && containsAll(terms, names) || 2*sentenceShare(terms, asked) > len(asked)
	}
	for i, s := range ss {
		before := ""
		if i > 0 {
			before = ss[i-1]
			if i > 1 && pronounOpenRE.MatchString(s) {
				before = ss[i-2] + " " + before // "Vik opened a plant. It took three years. It cost $4m"
			}
		}
		dated := yearsIn(s)
		if ys := dated; len(years) > 0 && (len(ys) > 0 || before != "") {
			if len(ys) == 0 && !ownYearRE.MatchString(s) {
				ys = yearsIn(before) // "Vik signed in 2023. It pays $4m a year"
			}
			if len(ys) > 0 && !slices.ContainsFunc(years, func(y int) bool { return slices.Contains(ys, y) }) {
				continue // "what did Vik pay in 2024", where "Vik paid $4m in 2025"
			}
		}
		if otherQualifier(s, qual) {
			continue // "the net price", where "the list price is USD 3.4m"
		}
		if before != "" && len(dated) > 0 && ix.namesAnotherParty(ix.Terms(s), names) {
			// "a second deal was initialled with Tarn in 2020": another
			// party's sum, dated on its own, whoever the sentence before
			// names (not "Construction cost EUR 120m, most of it lent by
			// Holm", which goes on with it)
			before = ""
		}
		if ix.hasQuantity(&Passage{Text: s}, Money) && (free && len(names) == 0 || on(s, "") || before != "" && on(s, before)) {
			return true
		}
	}
	return false
}

// ownYearRE finds a year a sentence gives its sum in a form yearsIn does
// not read ("in fiscal 2022", "last year"): the sentence before does not
// date it.
var ownYearRE = lazyre.New(`(?i)\b(?:19|20)\d\d\b|\b(?:last|this|next|previous|past)\s+(?:fiscal\s+|financial\s+)?year\b`)

// qualifiedRE finds a sum's noun with a word that says which of its
// figures it is ("net price", "list price", "real wages").
var qualifiedRE = lazyre.New(`(?i)\b(net|gross|list|headline|sticker|nominal|real|pre-tax|after-tax|post-tax|effective)\s+(prices?|costs?|pay|incomes?|revenues?|wages?|salar(?:y|ies)|margins?|profits?)\b`)

// qualifiedSum returns the words of a sum a question names with the word
// that says which figure it is ("net price"), in lower case; nil for none.
func qualifiedSum(own []QueryTerm) []string {
	var ws []string
	for _, t := range own {
		ws = append(ws, strings.ToLower(t.Surface))
	}
	m := qualifiedRE.FindStringSubmatch(strings.Join(ws, " "))
	if m == nil {
		return nil
	}
	return []string{strings.ToLower(m[1]), stem(strings.ToLower(m[2]))}
}

// otherQualifier reports whether a sentence gives the sum a question
// names (qual: "net price") as another of its figures ("the list price
// is USD 3.4m"), and not as the one asked; a sentence with two sums may
// give the one asked beside the other.
func otherQualifier(s string, qual []string) bool {
	if qual == nil || len(moneyRE.FindAllStringIndex(s, 2)) > 1 {
		return false // "Holm pays USD 2.1m, below the list price of USD 3.4m": the other figure too
	}
	other := false
	for _, m := range qualifiedRE.FindAllStringSubmatch(s, -1) {
		if stem(strings.ToLower(m[2])) != qual[1] {
			continue
		}
		if strings.EqualFold(m[1], qual[0]) {
			return false
		}
		other = true
	}
	return other
}

// kindOfFigure reports whether a question's word says what kind of figure
// it asks, not what the figure is of: a word of a sum in general
// ("cost", "paid"), of the answer ("amount", "estimate"), or of which of a
// thing's figures ("final", "annual").
func kindOfFigure(surface string) bool {
	lower := strings.ToLower(surface)
	return sumWordRE.MatchString(surface) || answerKindWords[lower] || figureQualifiers[lower]
}

// figureQualifiers say which of a thing's figures a question asks ("the
// final cost", "the original estimate", "the annual budget"), not what
// thing it is on.
var figureQualifiers = setOf("final", "original", "initial", "first", "last", "latest", "current", "total", "overall",
	"actual", "estimated", "expected", "projected", "planned", "new", "old", "annual", "yearly", "monthly", "weekly",
	"daily", "net", "gross", "full", "average", "avg", "rough", "approximate", "headline", "upfront", "eventual")

// maxHeadingWords is the most words a passage's first sentence has that
// is its heading ("The ransom.", "What is still pending.").
const maxHeadingWords = 6

// maxQuestionHeadingWords is the most words of a heading that opens with
// a question word ("Why the regulator is worried about the merger."):
// such a heading says what its passage answers, at more length.
const maxQuestionHeadingWords = 10

// maxKindHeadingWords is the most words of a heading that names the kind
// of every sum in its passage ("The ransom."): a longer one may name two
// ("Ransom demand and legal costs.").
const maxKindHeadingWords = 4

// kindIn reports whether a text names a kind of sum by a word of its
// family, as the lexicon relates them: "lent" a loan (its base, "lend", a
// synonym), "fined" a fine, "levy" a tax (see kindKin); and turnover,
// revenue, sales and income one another, as accounts use them.
func kindIn(kind, text string) bool {
	kind = strings.ToLower(kind)
	family := func(w string) string {
		switch {
		case revenueWords[w]:
			return "revenue"
		case lossWords[w]:
			return "loss"
		}
		return w
	}
	k := family(kind)
	if k == kind {
		k = family(strings.TrimSuffix(kind, "s"))
	}
	kin := kindKin(kind)
	for _, w := range words(strings.ToLower(text)) {
		base := lexicon.BaseForm(w)
		if base == "" {
			base = w
		}
		if family(base) == k || family(w) == k || stem(base) == stem(kind) || slices.Contains(kindFamilies[k], w) || slices.Contains(kindFamilies[k], base) ||
			slices.Contains(kin, w) || slices.Contains(kin, base) {
			return true
		}
		if slices.ContainsFunc(lexicon.Lookup(base), func(r lexicon.Related) bool {
			return (r.Kind == lexicon.Synonym || r.Kind == lexicon.Derived) && family(r.Word) == k
		}) {
			return true
		}
	}
	return false
}

// revenueWords are the words accounts use alike for what a business takes
// in.
var revenueWords = setOf("revenue", "turnover", "sale", "sales", "income", "takings")

// kindKin returns the kinds of sum the lexicon relates a kind of sum to
// from its own side, by a synonym, a derived form or the broader term of
// its verb ("tax": levy); only kinds of sum themselves, as "give", the
// broader term of the verb "loan", or "raise", a synonym of "levy" in
// another sense, name none.
func kindKin(kind string) []string {
	base := lexicon.BaseForm(kind)
	if base == "" {
		base = kind
	}
	var kin []string
	for _, r := range lexicon.Lookup(base) {
		if (r.Kind == lexicon.Synonym || r.Kind == lexicon.Derived || r.Kind == lexicon.Broader) && sumKindRE.MatchString(r.Word) {
			kin = append(kin, r.Word)
		}
	}
	return kin
}

// kindFamilies are the words English tells some kinds of sum by, beyond
// the lexicon's relations: a loan is borrowed, a fine a penalty.
// lossWords are the forms of a loss, one kind of sum ("lose", "lost").
var lossWords = setOf("loss", "losses", "lose", "loses", "lost", "losing")

var kindFamilies = map[string][]string{
	"loan": {"borrow", "borrowed", "borrowing", "lend", "lent", "lending", "credit"},
	"fine": {"penalty", "penalties", "fined"},
}

// sumKindRE finds a word that names a kind of sum ("turnover", "ransom",
// "fine"), which the sentence that gives it names too.
var sumKindRE = lazyre.New(`(?i)^(?:turnover|revenues?|profits?|earnings|ebitda|fees?|fines?|penalt(?:y|ies)|salar(?:y|ies)|wages?|tolls?|opex|payouts?|premiums?|ransoms?|subsid(?:y|ies)|grants?|loans?|deposits?|bonus(?:es)?|compensation|refunds?|tariffs?|rents?|dividends?|taxes|tax|levy|levies|royalt(?:y|ies)|bail\s*out|bailout|loss(?:es)?|lose|lost|losing)$`)

// sumWordRE finds a word that names a sum or its paying in general, which
// says what kind of answer a question wants, not what it is on; a sum of
// a kind ("turnover", "ransom", "fine") says what it is on.
var sumWordRE = lazyre.New(`(?i)^(?:prices?|costs?|costing|fund(?:s|ed|ing)?|spend(?:s|ing)?|spent|spending|budgets?|pay(?:s|ing|ment|ments)?|paid|worth|money|cash|sums?|much|values?|charge[sd]?|invest(?:s|ed|ing|ment|ments)?|capital|expenditures?|capex|px)$`)

// in reports whether terms have the term, or one of its expansions.
func (t QueryTerm) in(terms []string) bool {
	return slices.Contains(terms, t.Stem) || slices.ContainsFunc(t.Expansions, func(e Expansion) bool { return slices.Contains(terms, e.Stem) })
}

// verifies reports whether a sentence of a passage on the question (its
// names, and two of its terms or all of a shorter one's) says whether it
// was confirmed: "so far no proof has been provided", "the ministry
// rebuffed this".
func (ix *Index) verifies(p *Passage, own []QueryTerm) bool {
	ss := ix.Sentences(p)
	terms, shares := make([][]string, len(ss)), make([]int, len(ss))
	most := 0
	for i, s := range ss {
		terms[i] = ix.Terms(s.Text)
		shares[i] = sentenceShare(terms[i], own)
		most = max(most, shares[i])
	}
	names := ix.foundNames(own)
	for i, s := range ss {
		if n := shares[i]; n >= min(2, most) && n > 0 && mostOf(terms[i], names) &&
			(verifyRE.MatchString(s.Text) || slices.ContainsFunc(s.Claims, func(c Claim) bool { return c.Denial })) {
			return true
		}
	}
	return false
}

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

// monthNamedRE finds a month a question names as a time ("by June", "in
// March"), not the word "may" or "march" otherwise.
var monthNamedRE = lazyre.New(`(?i)\b(?:by|in|before|until|till|from|since|of|end\s+of|early|mid|late)\s+(` + strings.Trim(monthNames, "()") + `)\b`)

// firstNear puts first the first of the passages within nearMargin of
// the best that does what a question asks for; the hits are left as they
// are when none does.
func firstNear(hits []Hit, ok func(Hit) bool) []Hit { return firstWithin(hits, nearMargin, ok) }

// firstWithin puts first the first of the passages within margin of the
// best that does what a question asks for; the hits are left as they are
// when none does.
func firstWithin(hits []Hit, margin float64, ok func(Hit) bool) []Hit {
	for i, h := range hits {
		if h.Score < margin*hits[0].Score {
			break
		}
		if ok(h) {
			return toFront(hits, i)
		}
	}
	return hits
}

// chairAskedRE finds a question after who chairs a body, chairRE a
// passage that names a chair or a president ("chaired by", "its
// chairwoman"): who heads it otherwise is not its chair ("presides over"
// is left: a parliament's Speaker presides).
var (
	chairAskedRE = lazyre.New(`(?i)^(?:and\s+|so\s+|but\s+)?who\s+(?:currently\s+|now\s+|actually\s+)?chairs\b`)
	chairRE      = lazyre.New(`(?i)\b(?:chair|chairs|chaired|chairing|chairman|chairwoman|chairperson|president|presides|presided|presiding)\b`)
)

// officeWords name the business of an office itself (its meals, rooms,
// meetings, paperwork and tools), which a question that names nothing of
// the sources asks about in a team's channel ("thurs team lunch order?",
// "expense report deadline this mo"): where no source has the word, it
// decides that the sources do not cover the question, however common.
var officeWords = setOf("lunch", "lunches", "breakfast", "coffee", "kettle", "fridge", "microwave",
	"canteen", "cafeteria", "snacks", "cake", "pizza", "standup", "stand-up", "standups", "sync", "syncs",
	"huddle", "offsite", "all-hands", "timesheet", "timesheets", "payslip", "pto", "ooo",
	"rota", "wifi", "wi-fi", "printer", "printers", "headset", "lanyard", "parking", "birthday")

// officeWord reports whether a word of a question is one of the office's
// own business: an officeWords word, "expense" of an expense report or
// claim (not "the biggest expense in the budget"), or a room of the
// office's (officeRoomRE).
func officeWord(lower, text string) bool {
	return officeWords[lower] || (lower == "expense" || lower == "expenses") && expenseFormRE.MatchString(text) ||
		(lower == "room" || lower == "rooms") && officeRoomRE.MatchString(text)
}

// officeRoomRE finds a room of the office ("the 3rd floor meeting room",
// "a conference room"), not "in the room" where a decision was made.
var officeRoomRE = lazyre.New(`(?i)\b(?:meeting|conference|break|quiet|focus|huddle|mail|print|copy)\s+rooms?\b`)

// writesWord reports whether the sources write a word, or its plural or
// singular, as it is: not another of its stem ("expensive" for "expense").
func (ix *Index) writesWord(lower string) bool {
	if strings.Contains(lower, "-") {
		// "all-hands", which the words split, written with its hyphen or
		// open ("an all hands meeting")
		return ix.hyphenedForm(strings.ReplaceAll(lower, "-", "")) != "" || ix.writesOpen(strings.Split(lower, "-"))
	}
	return ix.vocab.has(lower) || ix.vocab.has(lower+"s") || ix.vocab.has(strings.TrimSuffix(lower, "s"))
}

// writesOpen reports whether a passage has the words one after another
// (through the postings of the last: "all hands").
func (ix *Index) writesOpen(ws []string) bool {
	phrase := strings.Join(ws, " ")
	for _, p := range ix.postings[stem(ws[len(ws)-1])] {
		if strings.Contains(strings.ToLower(ix.passages[p.doc].Text), phrase) {
			return true
		}
	}
	return false
}

// expenseFormRE finds an expense report or claim.
var expenseFormRE = lazyre.New(`(?i)\bexpenses?\s+(?:report|claim|form|sheet)s?\b`)

// officeTimeRE finds a word after one of time ("before the standup",
// "after lunch"); the group is the word.
var officeTimeRE = lazyre.New(`(?i)\b(?:before|after|during|until|till|by|ahead of)\s+(?:the\s+|my\s+|our\s+|today's\s+|\p{L}+day's\s+)?([\p{L}-]+)`)

// officeTime reports whether an office word is the time of the question
// ("before the standup"): the asker's day, not what is asked.
func officeTime(text, word string) bool {
	for _, m := range officeTimeRE.FindAllStringSubmatch(text, -1) {
		if strings.EqualFold(m[1], word) {
			return true
		}
	}
	return false
}

// goingOnRE finds a sentence that tells of something as not over ("the
// talks are still going on", "a ruling is expected next year").
var goingOnRE = lazyre.New(`(?i)\b(?:still|ongoing|under way|underway|continu(?:e|es|ing)|expected|pending|next year|next month|yet to)\b`)

// howEndedRE finds a question on how something ended ("how did the Vik
// dispute end up?", "how did it turn out").
var howEndedRE = lazyre.New(`(?i)\bhow\s+(?:did|has|have)\b[^?.!;]{0,60}\b(?:end\s+up|turn\s+out|pan\s+out|play\s+out|end|finish|conclude|get\s+resolved|resolve)\b`)

// endedUpRE finds the outcome a question asks with "end up" ("did they
// end up charging anyone", "how many ended up convicted", "did the loan
// end up being formally approved"); the groups are the words between,
// adverbs ("formally", "actually") and a passive's "being" or "getting",
// and the outcome's verb.
var endedUpRE = lazyre.New(`(?i)\bend(?:ed|s)?\s+up\s+((?:(?:\p{L}+ly|actually|really|even|just|being|getting)\s+)*)(\p{L}+)`)

// An askedOutcome is what a question asks was done in the end.
type askedOutcome struct {
	verb    string // lower case, as asked ("charging", "approved")
	passive bool   // asked in the passive ("end up being fined")
	object  string // the question's words after the verb, to the end of its clause
	role    string // the person noun the question asks it of ("minister" of "the health minister"), lower case
	roleOf  string // the word before it that says which one ("health")
}

// askedRole returns the person noun a question names someone by and the
// word before it that says which ("health", "minister" of "did the health
// minister end up resigning?"), or "" where it names none so.
func askedRole(text string) (of, role string) {
	ws := words(strings.ToLower(text))
	for i := 1; i < len(ws); i++ {
		if personNoun(ws[i]) && !isStopWord(ws[i-1]) && !questionWords[ws[i-1]] && lexicon.Known(ws[i-1]) && !personNoun(ws[i-1]) {
			return ws[i-1], ws[i]
		}
	}
	return "", ""
}

// anotherRole reports whether a sentence names a holder of the role (a
// person noun, lower case) other than the one asked (of): "the finance
// minister", "Prime Minister", asked of the health minister.
func anotherRole(sentence, role, of string) bool {
	ws := words(strings.ToLower(sentence))
	for i := 1; i < len(ws); i++ {
		if (ws[i] == role || ws[i] == role+"s") && ws[i-1] != of && !isStopWord(ws[i-1]) && lexicon.Known(ws[i-1]) {
			return true
		}
	}
	return false
}

// endedUp returns the outcome a question asks with "end up": its verb,
// whether it is asked in the passive ("end up being fined": was the club
// fined, not did it fine) and what follows it; no verb for none (not a
// function word: "end up in court" asks where, not what was done).
func endedUp(text string) askedOutcome {
	m := endedUpRE.FindStringSubmatchIndex(text)
	if m == nil {
		return askedOutcome{}
	}
	w := strings.ToLower(text[m[4]:m[5]])
	if isStopWord(w) || isParticle(w) {
		return askedOutcome{}
	}
	between := strings.Fields(strings.ToLower(text[m[2]:m[3]]))
	object := text[m[1]:]
	if end := outcomeEndRE.FindStringIndex(object); end != nil {
		object = object[:end[0]]
	}
	return askedOutcome{verb: w, passive: slices.Contains(between, "being") || slices.Contains(between, "getting"), object: object}
}

// outcomeObject returns the question's terms for what an outcome is done
// to: its found terms among the words after the verb (object; "the
// stadium" of "did norda fc end up selling the stadium?"), other than
// names and figures.
func (ix *Index) outcomeObject(object string, own []QueryTerm) []QueryTerm {
	after := ix.Terms(object)
	return slices.DeleteFunc(eventTerms(own), func(t QueryTerm) bool {
		return !t.Found || isNumber(t.Stem) || strings.HasPrefix(t.Stem, "=") || !slices.Contains(after, t.Stem)
	})
}

// outcomeEndRE finds the end of the clause an outcome is asked in.
var outcomeEndRE = lazyre.New(`[?.!,;:]|\s(?:and|or|but)\s`)

// toldMargin is how close to the best passage's score one that tells the
// outcome asked as done must be to answer a question on how things ended
// up.
const toldMargin = 0.7

// toldDone reports whether a passage tells the outcome a question asks
// (o) as done: a past form of its verb ("charged", "sold", "won"; not
// "will sell", "did not approve", nor a noun, "approval"; a past the same
// as its base, "cut", is not read), asked in the passive only after a form
// of "be" ("was fined"; not "Norda FC fined two players"), in a clause not
// dated after the source nor told as still to come or going on, and not
// with what it is done to (object) in another clause ("sold its training
// ground ... and will sell the stadium"); in a sentence that names the
// parties the question names (names), and done by them: the last of the
// sources' names before the verb is theirs, or the one after its "by".
// "Prosecutors charged 23 people in 11 matches" answers "how many did
// they end up charging?"; "The IMF approved a loan after talks with the
// World Bank" does not answer it of the World Bank.
// A sentence that names another holder of the role the question asks of
// ("the finance minister resigned", asked "did the health minister end up
// resigning?") tells another's deed.
func (ix *Index) toldDone(p *Passage, o askedOutcome, names []string, object []QueryTerm) bool {
	base := lexicon.BaseForm(o.verb)
	if base == "" {
		base = o.verb
	}
	for _, s := range ix.Sentences(p) {
		sentence := ix.Terms(s.Text)
		if !containsAll(sentence, names) || o.role != "" && anotherRole(s.Text, o.role, o.roleOf) {
			continue
		}
		for _, clause := range outcomeClauseRE.Split(s.Text, -1) {
			ws := words(clause)
			for i, w := range ws {
				if !pastOf(strings.ToLower(w), base) || !doneAt(ws, i, o.passive) {
					continue
				}
				if datedAfter(clause, p) || pendingRE.MatchString(clause) || goingOnRE.MatchString(clause) || ix.toldElsewhere(sentence, clause, object) {
					continue
				}
				if len(names) == 0 || ix.doneBy(s.Text, clause, ws, i, names) {
					return true
				}
			}
		}
	}
	return false
}

// toldElsewhere reports whether a sentence (its terms) tells what the
// outcome asked is done to (object) outside the clause with the deed:
// "Norda FC sold its training ground and still owns the stadium" has not
// sold the stadium.
func (ix *Index) toldElsewhere(sentence []string, clause string, object []QueryTerm) bool {
	terms := ix.Terms(clause)
	return slices.ContainsFunc(object, func(t QueryTerm) bool { return t.in(sentence) && !t.in(terms) })
}

// outcomeClauseRE finds the marks between a sentence's clauses where an
// outcome told in one is not the other's ("sold its training ground in
// 2022 and will sell the stadium in 2024").
var outcomeClauseRE = lazyre.New(`[,;:]\s+|\s*[—–]\s*|\s+-\s+|\s+(?:and|but|while|whereas)\s+`)

// pastOf reports whether a word (lower case) is a past form (see
// pastForm) of a verb (base): "charged", "sold", "won" of charge, sell,
// win; not a present ("sells") or a participle in -ing (the base itself
// has no base form).
func pastOf(w, base string) bool {
	return !strings.HasSuffix(w, "ing") && lexicon.BaseForm(w) == base && pastForm(w, base)
}

// doneAt reports whether the verb at ws[i] tells a deed done: no negation,
// modal, "to" or present perfect in the three words before it ("did not
// approve", "will be sold", "is to be sold", "has sent"), and, for an
// outcome asked in the passive, a form of "be" in the two words before it
// ("was fined", "were formally fined").
func doneAt(ws []string, i int, passive bool) bool {
	before := ws[max(0, i-3):i]
	if slices.ContainsFunc(before, func(w string) bool { return notDoneWords[strings.ToLower(w)] }) {
		return false
	}
	return !passive || slices.ContainsFunc(ws[max(0, i-2):i], func(w string) bool { return passiveMarkers[strings.ToLower(w)] })
}

// notDoneWords, before a verb's past form, tell it not done, or not yet.
// A present perfect ("has sent troops on missions before") tells what was
// done before the time asked about, not the outcome: the simple past does.
var notDoneWords = union(negations, setOf("didnt", "wasnt", "werent", "hasnt", "havent", "hadnt", "will", "would", "may", "might", "could", "should", "shall", "must", "to", "has", "have"))

// doneBy reports whether the verb at ws[i] of a clause of a sentence is
// done by one of the parties (names): the last of the sources' names in
// the sentence before the verb is one of them, or, where none stands
// before it, the one after the verb's "by" ("was approved by the World
// Bank").
func (ix *Index) doneBy(sentence, clause string, ws []string, i int, names []string) bool {
	prefix := strings.Join(ws[:i], " ")
	if at := strings.Index(sentence, clause); at > 0 {
		prefix = sentence[:at] + " " + prefix
	}
	before := slices.DeleteFunc(ix.Terms(prefix), func(t string) bool { return !ix.namedConcept(t) })
	if len(before) > 0 {
		return slices.Contains(names, before[len(before)-1])
	}
	if i+1 < len(ws) && strings.EqualFold(ws[i+1], "by") {
		after := slices.DeleteFunc(ix.Terms(strings.Join(ws[i+2:min(len(ws), i+7)], " ")), func(t string) bool { return !ix.namedConcept(t) })
		return len(after) > 0 && slices.Contains(names, after[0])
	}
	return false
}

// anotherRE finds a passage that offers an alternative.
var anotherRE = lazyre.New(`(?i)\b(?:another|alternatively|alternative|instead)\b`)

// whoOpens opens a question with "who", after a filler ("so who").
const whoOpens = `(?i)^(?:and |so |but |ok |okay )?who`

// whoRE finds a question after someone who does something: "who in the
// government", "who is driving it" ("who do they blame" may ask for a
// country).
var whoRE = lazyre.New(whoOpens + `(?:\s+(?:in|at|from|within|inside)\b|(?:\s+is|\s+was|['’]s)\s+(?:behind|in charge|\p{L}+ing)\b)`)

// claimantRE finds a question after who said something: "who accused",
// "who has denied", "who was it that said"; its group is the verb.
var claimantRE = lazyre.New(whoOpens + `(?:\s+(?:was|is)\s+it\s+(?:that|who)|\s+(?:was|is)\s+the\s+one\s+(?:that|who))?\s+(?:else\s+)?(?:(?:has|have|had|did|first)\s+)?([\p{L}]+)`)

// asksClaimant reports whether a question asks who made a statement: who
// and a verb of stance ("who claimed", "who denied it").
func asksClaimant(text string) bool {
	m := claimantRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	if _, _, ok := StanceVerb(m[1]); ok {
		return true
	}
	for _, r := range lexicon.Lookup(strings.ToLower(m[1])) {
		if _, _, ok := StanceVerb(r.Word); ok && r.Kind == lexicon.Base {
			return true
		}
	}
	return false
}

// claimantFirst puts first, of the passages within nearMargin of the
// best, one that reports a statement by someone the question does not
// name: who said it is what the question asks.
func (ix *Index) claimantFirst(hits []Hit, own []QueryTerm) []Hit {
	return firstNear(hits, func(h Hit) bool { return ix.hasClaimant(h, own) })
}

// speechRE finds a question after who said something in words ("who
// announced", "who claimed"), not who did it ("who recognises").
var speechRE = lazyre.New(whoOpens + `\b[^?]*?\b(?:said|says|say|claimed|claims|claim|announced|announces|announce|stated|states|declared|declares|alleged|alleges|denied|denies|told|tells)\b`)

// originRE finds a question after who first put a claim about ("who
// started the rumour", "which paper first ran the story", "who did the
// story come from"); claimNounRE, the claim it asks about. "Where did the
// story come from?" is not one: talk among experts and the press is where
// it came from.
var (
	originRE    = lazyre.New(`(?i)\b(?:who|which|where)\b[^?]*?\b(?:start(?:ed|s)?|first\s+(?:ran|run|reported|published|floated|broke)|ran\s+it\s+first|broke|spread|floated|leaked|originat\w*)\b|\b(?:who|which)\b[^?]*?\b(?:came|come)\s+from\b`)
	claimNounRE = lazyre.New(`(?i)\b(?:rumou?rs?|story|stories|claims?|reports?|speculation|allegations?|chatter)\b`)
)

// asksOrigin reports whether a question asks who first put a claim about.
func asksOrigin(text string) bool {
	return claimNounRE.MatchString(text) && originRE.MatchString(text) && !piecePublishedRE.MatchString(text)
}

// piecePublishedRE finds the piece itself said to be published ("where
// did this story first come out", read as "this story first published"):
// a question on where the piece ran, not on who first put a claim about.
// "The report" or "the story" is as often one the piece tells of ("who
// leaked the report published in April?"): only "this" names the piece
// by them.
var piecePublishedRE = lazyre.New(`(?i)\b(?:this\s+(?:article|piece|story|report|op-?ed|essay|paper|commentary|column)|the\s+(?:article|piece|op-?ed|essay|commentary|column))\s+(?:\p{L}+\s+){0,2}?(?:published|republished)\b`)

// namesClaimant reports whether a passage attributes a claim to someone
// it names, other than the question: a name or a named concept ("the
// Pentagon claims"), not a group of no one in particular ("speculation
// among experts and the media", "as some reports allege"), nor one who
// denies it.
func (ix *Index) namesClaimant(p *Passage, own []QueryTerm) bool {
	asked := stemsOf(own)
	return slices.ContainsFunc(ix.Sentences(p), func(s Sentence) bool {
		return slices.ContainsFunc(s.Claims, func(c Claim) bool {
			if c.Claimant == "" || c.Denial || ix.namedBy(c.Claimant, own) {
				return false // one who denies it did not put it about
			}
			ws := words(c.Claimant)
			return ix.otherName(ws, 0, len(ws), -1, asked)
		})
	})
}

// hasClaimant reports whether a passage reports who said something, other
// than someone the question names.
func (ix *Index) hasClaimant(h Hit, own []QueryTerm) bool {
	return slices.ContainsFunc(ix.Sentences(h.Passage), func(s Sentence) bool {
		return slices.ContainsFunc(s.Claims, func(c Claim) bool { return c.Claimant != "" && !ix.namedBy(c.Claimant, own) })
	})
}

// namedBy reports whether every term of a claimant is one of the
// question's: the question already names who said it.
func (ix *Index) namedBy(claimant string, own []QueryTerm) bool {
	terms := ix.Terms(claimant)
	return len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool {
		return !slices.ContainsFunc(own, func(q QueryTerm) bool { return q.in([]string{t}) })
	})
}

// sameAsideFirst puts first, of the passages within nearMargin of the
// best, one that sets aside what the question does: "apart from Norway,
// Iceland and Denmark are the only ..." answers "besides Norway, who
// recognises ...".
func (ix *Index) sameAsideFirst(hits []Hit, set []string) []Hit {
	return firstNear(hits, func(h Hit) bool { return ix.setsAside(h, set) })
}

// setsAside reports whether a passage sets aside one of set ("apart from
// Norway, ...").
func (ix *Index) setsAside(h Hit, set []string) bool {
	return slices.ContainsFunc(asideRE.FindAllStringSubmatch(h.Passage.Text, -1), func(m []string) bool {
		terms := ix.Terms(m[1])
		return slices.ContainsFunc(set, func(t string) bool { return slices.Contains(terms, t) })
	})
}

// toFront returns hits with the i-th first, the others in their order.
func toFront(hits []Hit, i int) []Hit {
	if i == 0 {
		return hits
	}
	return append([]Hit{hits[i]}, slices.Delete(slices.Clone(hits), i, i+1)...)
}

// hitFirst puts h first among hits, wherever it was and whether or not
// it was one of them (a passage from the wider search), once.
func hitFirst(hits []Hit, h Hit) []Hit {
	return append([]Hit{h}, slices.DeleteFunc(slices.Clone(hits), func(o Hit) bool { return o.Passage == h.Passage })...)
}

// putFirst puts hit i of hits first and cites the first opt.Max of
// them; it returns the hits in their new order.
func (r *Result) putFirst(hits []Hit, i int, opt Options) []Hit {
	hits = toFront(hits, i)
	r.Hits = hits[:min(len(hits), opt.Max)]
	return hits
}

// nearMargin is how close to the best passage's score a passage that does
// what a question asks for (gives a reason, reports who said it, sets the
// same thing aside) must be to be put first.
const nearMargin = 0.8

// wholeFirst puts first, of the hits scoring nearly as well as the best,
// those about the question as a whole: a short passage that matches one
// word through a derived form should not outrank, and so decline, one
// that has most of the question.
func (ix *Index) wholeFirst(hits []Hit, own []QueryTerm) []Hit {
	if len(hits) == 0 {
		return hits
	}
	best, total := hits[0].Score, ix.totalWeight(own)
	hits, _ = require(hits, func(h Hit) bool {
		return h.Score >= actorMargin*best && ix.coveredWeight(h, own)/total >= minTopShare
	})
	return hits
}

// exclusive returns the hit that says only some did what the question asks
// of a party no source names: a sentence with "only" and every found term
// of the question ("Vaduz and Holt are the only states that recognise
// Brill" for "did Oslo recognise Brill?"); -1 when none does, or when what
// the sources lack is more than parties' names.
func (ix *Index) exclusive(hits []Hit, own []QueryTerm, missing []string) int {
	for _, t := range own {
		if slices.Contains(missing, t.Surface) && !t.Name {
			return -1
		}
	}
	found := foundStems(own, "")
	if len(found) == 0 {
		return -1
	}
	// of several, the one whose sentence names the fewest others: the
	// statement most about what is asked
	best, fewest := -1, 0
	for i, h := range hits {
		for _, s := range ix.Sentences(h.Passage) {
			ts := ix.Terms(s.Text)
			if !onlyRE.MatchString(s.Text) || !containsAll(ts, found) {
				continue
			}
			var named []string
			for _, t := range ts {
				if ix.namedConcept(t) && !slices.Contains(found, t) && !slices.Contains(named, t) {
					named = append(named, t)
				}
			}
			others := len(named)
			if best < 0 || others < fewest {
				best, fewest = i, others
			}
		}
	}
	return best
}

// exclusiveOfOthers returns the hit with a statement of fact that other
// parties alone do what the question asks about, leaving out one of its
// names ("Oslo and Riga are the only ports that ban it", for Bergen): the
// sentence has the rest of the question's terms, says that parties "are
// the only" ones, names one the question does not, and is no estimate
// ("labour is perhaps the only resource" says nothing of who alone). -1
// for none.
func (ix *Index) exclusiveOfOthers(hits []Hit, own []QueryTerm, names []string) int {
	for _, n := range names {
		found := foundStems(own, n)
		if len(found) == 0 {
			continue
		}
		for i, h := range hits {
			for _, s := range ix.Sentences(h.Passage) {
				ts := ix.Terms(s.Text)
				if !s.Hedged() && onlyPartiesRE.MatchString(s.Text) && containsAll(ts, found) &&
					slices.ContainsFunc(ts, func(t string) bool { return ix.namedConcept(t) && t != n && !slices.Contains(found, t) }) {
					return i
				}
			}
		}
	}
	return -1
}

// foundStems returns the stems of the question's own terms the sources
// have, but for skip: what a statement of who alone does it must have.
func foundStems(own []QueryTerm, skip string) []string {
	var found []string
	for _, t := range own {
		if t.Stem != skip && t.Found && !t.Soft && !t.Context && !strings.HasPrefix(t.Stem, "~") {
			found = append(found, t.Stem)
		}
	}
	return found
}

// onlyPartiesRE finds a sentence saying that some are the only ones
// ("are the only UN member states", "is also the only port").
var onlyPartiesRE = lazyre.New(`(?i)\b(?:is|are|was|were)\s+(?:also\s+)?(?:the\s+)?only\b`)

// pairFirst puts after the others a hit that has the question's relation
// ("Oslo-Riga ties") only between another pair: each sentence with the
// relation's word lacks one of the two ("Bergen cut ties with Riga").
func (ix *Index) pairFirst(hits []Hit, text string) []Hit {
	pair, rel := ix.pairOf(text)
	if rel == "" || len(hits) < 2 {
		return hits
	}
	hits, _ = require(hits, func(h Hit) bool {
		if !slices.Contains(h.Matched, rel) {
			return true
		}
		return slices.ContainsFunc(ix.Sentences(h.Passage), func(s Sentence) bool {
			ts := ix.Terms(s.Text)
			return slices.Contains(ts, rel) && containsAll(ts, pair)
		})
	})
	return hits
}

// yesNoOpens opens a yes-or-no question; yesNoRE finds one.
const yesNoOpens = `(?i)^(?:did|does|do|has|have|had|will|would|was|were|is|are|can|could|is it true)\b`

var yesNoRE = lazyre.New(yesNoOpens)

// tagRE finds a statement asked as a yes-or-no question by a tag at its
// end ("Holt sent troops to Tuscany, right?").
var tagRE = lazyre.New(`(?i)[,\s](?:right|correct|yes|no|true|innit|yeah|eh|isn'?t it|didn'?t (?:they|he|she|it)|no\?)\s*\?+\s*$`)

// overRE finds a yes-or-no question about a deed done over another ("did
// Oslo sanction Riga over the ferry deal?", "has Holt cut ties for backing
// Riga?"): the first group is what it was done over.
var overRE = lazyre.New(`(?i)^(?:did|does|do|has|have|had|will|would|was|were|is it true)\b.*?\b(over|because of|due to|in response to|in retaliation for|in return for|as (?:a )?punishment for|for (?:\p{L}+ing|its|their|his|her))\s+(.+?)\s*(?:[?.!;,]|\s(?:or|and|but|is|was|are|were)\s|$)`)

// maxOverLen is the most bytes of what a deed was over that a decline
// repeats.
const maxOverLen = 60

// clipWords cuts a text at the last word that ends within max bytes,
// with an ellipsis when it cut.
func clipWords(text string, max int) string {
	if len(text) <= max {
		return text
	}
	cut := strings.LastIndexByte(text[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return text[:cut] + "…"
}

// overTimeRE finds what "over" spans when it is no cause: a time or an
// amount ("over the winter", "over a year", "over 1,000").
var overTimeRE = lazyre.New(`(?i)^(?:(?:the|a|an|this|that|last|past|next|coming|recent|several|few|many)\s+)*(?:\d|couple|dozen|hundreds?|thousands?|millions?|years?|months?|weeks?|days?|decades?|hours?|weekends?|winter|summer|spring|autumn|fall|holidays?|period|time|night|centur\w*|past)\b`)

// overVerbs take "over" as their own particle ("take over", "hand over",
// "fly over"): no cause follows it.
var overVerbs = setOf("take", "takes", "took", "taken", "taking", "hand", "hands", "handed", "fly", "flies", "flew", "flown",
	"cross", "crossed", "turn", "turned", "look", "looked", "think", "thought", "win", "won", "pass", "passed",
	"go", "goes", "went", "gone", "get", "got", "run", "ran", "blow", "blew", "boil", "boiled", "fall", "fell", "hold", "held",
	"come", "came", "move", "moved", "spill", "spilled", "spilt", "roll", "rolled", "tip", "tipped", "sign", "signed", "carry", "carried")

// causeOf returns, for a yes-or-no question about a deed done over
// another, the words of what it was done over and of the deed, as the
// question's terms that some source has (not names, whose passages the
// rest of judging asks for), and what it was over as written; nil when
// the question is none, says what it was over in no such word ("over
// that"), or uses "over" of a time, an amount or a verb's particle.
func (ix *Index) causeOf(text string, own []QueryTerm) (cause, act []QueryTerm, what string) {
	loc := overRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return nil, nil, ""
	}
	marker, what := strings.ToLower(text[loc[2]:loc[3]]), text[loc[4]:loc[5]]
	if marker == "over" && (overTimeRE.MatchString(what) || overVerbs[strings.ToLower(lastWord(text[:loc[2]]))]) {
		return nil, nil, "" // "over the winter", "took over the port": no cause
	}
	over := ix.Terms(what)
	for _, t := range eventTerms(own) {
		switch {
		case !t.Found:
		case slices.Contains(over, t.Stem):
			cause = append(cause, t)
		default:
			act = append(act, t)
		}
	}
	return cause, act, strings.ToLower(what)
}

// bothSidesFirst puts first, of the hits scoring nearly as well as the
// best, one that has both sides of a comparison the question makes ("arms
// deals versus trade, which is likelier?"): a passage on one side alone
// does not compare them.
func (ix *Index) bothSidesFirst(hits []Hit, text string) []Hit {
	m := comparedSides(text)
	if m == nil || len(hits) < 2 {
		return hits
	}
	a, b := distinctSides(ix.Terms(m[1]), ix.Terms(m[2]))
	if len(a) == 0 || len(b) == 0 {
		return hits
	}
	has := func(h Hit, side []string) bool {
		return slices.ContainsFunc(side, func(t string) bool { return slices.Contains(h.Matched, t) })
	}
	return firstNear(hits, func(h Hit) bool { return has(h, a) && has(h, b) })
}

// distinctSides returns the terms of each side of a comparison that the
// other side lacks ("ferry deals" vs "ferry quotas": deals, quotas).
func distinctSides(a, b []string) ([]string, []string) {
	common := func(t string) bool { return slices.Contains(a, t) && slices.Contains(b, t) }
	return slices.DeleteFunc(slices.Clone(a), common), slices.DeleteFunc(slices.Clone(b), common)
}

// versusRE finds the two sides of a comparison: the words of its clause
// before "versus" and after it, up to a question word or a stop;
// betweenRE, "between A and B" in a question asking which; eitherRE, "A
// or B" after a question asking which and a colon or a dash ("which is
// likelier: arms deals or trade?").
var (
	versusRE  = lazyre.New(`(?i)([^,;:?!—–]+?)\s+versus\s+([^,;:?!—–]+?)(?:\s+(?:which|what|who|how|in terms|for|per)\b|[,;:?!—–]|$)`)
	betweenRE = lazyre.New(`(?i)\bbetween\s+([^,;:?!—–]+?)\s+and\s+([^,;:?!—–]+?)\s*[,;:?!—–]\s*which\b`)
	// comparingRE finds the words of a comparison that "between" and
	// "or" need
	comparingRE = lazyre.New(`(?i)\b(?:more|less|fewer|better|worse|likel\w*|plausib\w*|realistic|probable|bigger|smaller|greater|stronger|weaker|cheaper|easier|harder|\p{L}+er\s+than)\b`)
	eitherRE    = lazyre.New(`(?i)\bwhich\b[^:—–?]*[:—–]\s*([^,;:?!—–]+?)\s+or\s+([^,;:?!—–]+?)\s*(?:[,;:?!—–]|$)`)
)

// comparedSides returns a question's comparison of two sides (the match's
// groups 1 and 2), or nil; of three or more, any two are compared, and
// none is returned.
func comparedSides(text string) []string {
	if strings.Count(strings.ToLower(text), "versus") > 1 {
		return nil
	}
	if m := versusRE.FindStringSubmatch(text); m != nil {
		return m
	}
	if !comparingRE.MatchString(text) {
		return nil // "between March and May, which towns ...": a span, no comparison
	}
	for _, re := range []*lazyre.Regexp{betweenRE, eitherRE} {
		if m := re.FindStringSubmatch(text); m != nil {
			return m
		}
	}
	return nil
}

// pairOf finds a relation between two parties the question joins before
// its noun ("Oslo-Riga ties", "Oslo/Riga trade", "Oslo and Riga's
// relationship", "the Oslo–Riga economic relationship"): the two names and
// the noun's term.
func (ix *Index) pairOf(text string) ([]string, string) {
	ws := strings.Fields(text)
	for i, w := range ws {
		noun := strings.ToLower(strings.TrimRight(w, "?.!,;:"))
		if i == 0 || !pairNouns[noun] {
			continue
		}
		before := strings.Join(ws[max(0, i-7):i], " ")
		if !strings.ContainsAny(before, "-–/&") && !strings.Contains(strings.ToLower(before), " and ") {
			continue
		}
		var pair []string
		for _, t := range ix.Terms(before) {
			if ix.namedConcept(t) && !slices.Contains(pair, t) {
				pair = append(pair, t)
			}
		}
		if rel := ix.Terms(noun); len(pair) == 2 && len(rel) == 1 {
			return pair, rel[0]
		}
	}
	return nil, ""
}

// onlySubjects reports whether a passage has of a question only what
// nearly every passage has (the sources' main subjects) while a word of
// the question is in no source: "what did <main subject> sign?" is not
// answered by any passage naming the main subject. An adjective that only
// describes ("Bolivia's famous salt flat") is no such word.
func (ix *Index) onlySubjects(h Hit, own []QueryTerm) bool {
	missing := false
	for _, t := range own {
		switch {
		case !t.Found && !strings.HasPrefix(t.Stem, "~") && !inFoundIdiom(t, own) && !describes(t):
			missing = true
		case t.Found && !t.Soft && slices.Contains(h.Matched, t.Stem) && len(ix.distinctive([]string{t.Stem})) > 0:
			return false
		}
	}
	return missing
}

// dueRE finds a question after when something is supposed, meant, due or
// expected to happen ("when is the link supposed to be finished?"); the
// group is what is to happen.
var dueRE = lazyre.New(`(?i)\b(?:supposed|meant|due|expected|scheduled|slated|set|planned|going)\s+to\s+(?:be\s+)?(\p{L}+)`)

// expectedRE finds a sentence that tells when something was expected,
// even where the expectation is past ("There were expectations that the
// route might resume in September 2022", "was originally to open in
// October 2022").
var expectedRE = lazyre.New(`(?i)\b(?:expect\w*|due|scheduled|planned|meant|supposed|slated|set to|might|would|hoped?|target\w*|deadline|until|set|fixed|(?:was|were|is|are)\s+(?:originally\s+|initially\s+|first\s+)?to\s+\p{L}+)\b`)

// dueForRE finds a question after when something is due that names no
// verb of it: "scheduled for completion", "when is the link due?".
var dueForRE = lazyre.New(`(?i)\b(?:scheduled|slated|planned|set|due)\s+for\b|\bdue\s*(?:[?.!]|$)`)

// dueWordRE finds a word that says something is due (see dueRE).
var dueWordRE = lazyre.New(`(?i)^(?:supposed|meant|due|expected|scheduled|slated|set|planned|going|completion)$`)

// dueAsked returns, for a question after when something is due (see
// dueRE), the question's term for what is to happen, or an empty slice
// where it has none; nil for any other question.
func dueAsked(text string, own []QueryTerm) []QueryTerm {
	m := dueRE.FindStringSubmatch(text)
	if m == nil || isStopWord(strings.ToLower(m[1])) {
		// "closed due to the storm": a cause; "scheduled for completion",
		// "when is it due?": due, with no verb of what is to happen
		if dueForRE.MatchString(text) {
			return []QueryTerm{}
		}
		return nil
	}
	for _, t := range own {
		if strings.EqualFold(t.Surface, m[1]) && t.Found {
			return []QueryTerm{t}
		}
	}
	return []QueryTerm{}
}

// datedAhead reports whether a passage dates what is due (see dueAsked):
// a sentence with a date that tells it as still to come or as expected,
// or a date after the source's, or one beside what is to happen ("completed in June
// 2022"), not a date of another step ("approved a loan for it in March");
// and the passage has a word of the thing it is asked of (event, the
// question's words of what happens, other than the due ones), not only
// what is to happen to it ("the tunnel is due to be completed" is not
// when the rail link will be finished).
func (ix *Index) datedAhead(p *Passage, due, event []QueryTerm) bool {
	thing := slices.DeleteFunc(slices.Clone(event), func(t QueryTerm) bool {
		return slices.ContainsFunc(due, func(d QueryTerm) bool { return d.Stem == t.Stem }) || dueWordRE.MatchString(t.Surface)
	})
	if len(thing) > 0 && !hasEventTerm(ix.Terms(p.Text), thing) {
		return false
	}
	var published Date
	if p.Source != nil {
		published = p.Source.Published
	}
	for _, s := range SplitSentences(p.Text) {
		dates := FindWhen(s, published)
		if len(dates) == 0 {
			continue
		}
		if toldAhead(s) || expectedRE.MatchString(s) || hasEventTerm(ix.Terms(s), due) || published.Year > 0 && slices.ContainsFunc(dates, func(d EventDate) bool { return published.Before(d.Date) }) {
			return true
		}
	}
	return false
}

// nextEventRE finds a question after the next of a recurring event
// ("when's the next summit?"); lookAheadRE a passage that looks ahead.
var (
	nextEventRE = lazyre.New(`(?i)\bnext\s+(?:\p{L}+\s+){0,2}?(?:meeting|summit|ministerial|round|session|talks|vote|election|review|conference|visit|auction|deadline)s?\b`)
	lookAheadRE = lazyre.New(`(?i)\b(?:next|will|planned|scheduled|upcoming|set to|to be held|later this)\b`)
)

// questionWordsOrArticles are words before "rate" that say nothing of
// what it is a rate of ("what rate", "the rate").
var questionWordsOrArticles = setOf("what", "which", "the", "a", "an", "its", "their", "that", "this")

// rateNounRE finds what a rate asked for is of ("the tax rate").
var rateNounRE = lazyre.New(`(?i)\b(\p{L}+)\s+rates?\b`)

// earningsAskedRE finds a question after what someone is paid ("what
// does an engineer earn", "salaries", "get paid"; not "what did Holm pay
// for the mine"), earningsRE a word of it in a sentence.
var (
	earningsAskedRE = lazyre.New(`(?i)\b(?:earn(?:s|ed|ing|ings)?|salar(?:y|ies)|wages?|income|take[- ]home|(?:get|gets|got|be|being)\s+paid|(?:starting|monthly|annual|average|basic|base|hourly|weekly|entry[- ]level)\s+pay|pay\s+(?:packets?|checks?|cheques?|scales?|grades?|rises?))\b`)
	earningsRE      = lazyre.New(`(?i)\b(?:earn(?:s|ed|ing|ings)?|salar(?:y|ies)|wages?|paid|pay(?:s|check|cheque)?|income)\b`)
)

// rateGiven reports whether a sentence of a passage gives a percentage
// beside the word of what it is a rate of.
func (ix *Index) rateGiven(p *Passage, of string) bool {
	for _, s := range SplitSentences(p.Text) {
		if shareRE.MatchString(s) && slices.Contains(ix.Terms(s), of) {
			return true
		}
	}
	return false
}

// onlyFigures reports whether a passage has of the question only its
// figures or years ("2026 targets" for "any price forecast for 2026?"),
// where the question asks about words that the passage lacks.
func (ix *Index) onlyFigures(h Hit, own []QueryTerm, text string) bool {
	figure, words := false, false
	// "life expectancy at 65 holmland", "what's the X in Y": a term asked
	// of a party, which a passage naming the party with the figure does
	// not give without the term
	termAsked := keywordQuestion(text) || whatIsRE.MatchString(text)
	// (a year beside the name does not make it so: "holmland inflation
	// 2022", where "consumer prices in Holmland rose 9.8% in 2022")
	plain, named := false, false // a figure other than a year ("at 65"); a name so passed over
	for _, t := range own {
		if !t.Found || t.Soft || t.Context {
			continue
		}
		// not "the 3 countries", a count that points; an age ("at 65") is a
		// figure
		number := isNumber(t.Stem) && (len(t.Stem) >= 3 || len(t.Stem) == 2 && ageRE.MatchString(text))
		switch {
		case slices.Contains(h.Matched, t.Stem) && !number && len(ix.postings[t.Stem])*2 > len(ix.passages):
			// a word most passages have ("ferry" in a piece on
			// ferries) says nothing of what is asked
		case slices.Contains(h.Matched, t.Stem) && !number && t.Name && termAsked:
			named = true
		case slices.Contains(h.Matched, t.Stem) && !number:
			return false
		case number && slices.Contains(h.Matched, t.Stem):
			figure = true
			plain = plain || !isYear(t.Stem)
		case !number && !strings.HasPrefix(t.Stem, "~"):
			words = true
		}
	}
	return figure && words && (!named || plain)
}

// whatIsRE finds a question after what something is ("what's the ...").
var whatIsRE = lazyre.New(`(?i)^\s*what(?:'s|’s|s| is| are| was| were)\s`)

// ageRE finds an age a question asks at ("life expectancy at 65", "aged
// 60").
var ageRE = lazyre.New(`(?i)\b(?:at|aged|age|over|under)\s+\d\d\b`)

// laterYear returns a year the question asks about that comes after the
// newest of the passages that could answer it, with that passage's date:
// what happened in 2024 is not in sources written in 2022. A question
// that looks ahead ("will trade resume by 2024?") may be answered by
// what they foresee; 0 for it and for any other.
func laterYear(q Query, hits []Hit) (int, Date) {
	if q.Ahead || len(q.Years) == 0 {
		return 0, Date{}
	}
	newest := newestOf(hits)
	for _, y := range q.Years {
		if !newest.IsZero() && y > newest.Year {
			return y, newest
		}
	}
	return 0, Date{}
}

// orRE, examplesRE, guessesRE and itemSepRE find what a question offers
// as alternatives or examples: "coal or timber", "- cranes, tugs, dredger
// parts", "what is it sending, tanks? howitzers?".
var (
	orRE       = lazyre.New(`(?i)\b([\p{L}-]+) or ([\p{L}-]+)\b`)
	examplesRE = lazyre.New(`(?i)(?:—|–|\s-\s|:|\blike\b|\be\.?g\.?|\bsuch as\b)\s*([^.!]+)$`)
	guessesRE  = lazyre.New(`[?,]\s+((?:[^?,.!:]{1,30}\?\s*){2,})$`)
	itemSepRE  = lazyre.New(`(?i)\s*(?:,|/|\?|\bor\b|\band\b)\s*`)
)

// missingAlternatives returns the alternatives or examples a question
// offers ("did they ship coal or timber?", "what might the port get in
// return - cranes, tugs?") when there are two or more and no source
// has any of them, in any words: they are what it asks about. nil
// otherwise.
func missingAlternatives(text string, own []QueryTerm) []string {
	for _, items := range alternatives(text) {
		var missing []string
		for _, item := range items {
			has, found := itemTerms(item, own)
			if found {
				missing = nil
				break
			}
			if has {
				missing = append(missing, strings.TrimSpace(item))
			}
		}
		if len(missing) >= 2 {
			return missing
		}
	}
	return nil
}

// alternatives returns the lists of alternatives or examples a question
// offers.
func alternatives(text string) [][]string {
	var lists [][]string
	for _, m := range orRE.FindAllStringSubmatch(text, -1) {
		lists = append(lists, []string{m[1], m[2]})
	}
	if m := examplesRE.FindStringSubmatchIndex(text); m != nil {
		items := itemSepRE.Split(text[m[2]:m[3]], -1)
		if !whQuestionOpens(text[:m[0]]) {
			// "AfDB rail loan — amount, length?": what is asked of the
			// thing named; not "what did Vik cut — fees, tolls?", where
			// they are the answers offered
			items = slices.DeleteFunc(items, kindItem)
		}
		lists = appendItems(lists, items)
	} else if m := guessesRE.FindStringSubmatch(text); m != nil {
		lists = appendItems(lists, itemSepRE.Split(m[1], -1))
	}
	return lists
}

// maxItemWords is the most words an alternative or example has: a longer
// one is a clause ("— syria went along with donetsk but did it also sign
// off on the votes?"), and the list no list of things.
const maxItemWords = 4

func appendItems(lists [][]string, items []string) [][]string {
	// "tolls? they high?", "cranes, tugs, what tonnage": a
	// question of its own among the items is none of them
	items = slices.DeleteFunc(items, clauseItem)
	if slices.ContainsFunc(items, func(it string) bool { return len(strings.Fields(it)) > maxItemWords }) {
		return lists
	}
	return append(lists, items)
}

// clauseItem reports whether an item opens with a pronoun or an auxiliary
// ("they high?", "is it old?"): a question of its own, in chat
// shorthand, not a thing offered as an alternative. One opening with a
// question word stays: "cranes, tugs, what tonnage" asks the tonnage
// of the things it lists.
func clauseItem(item string) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(item)), " ")
	return subjectPronouns[w] || questionOpeners[w] && !whWordsSet[w]
}

// whQuestionOpens reports whether a text opens with a question word or an
// auxiliary ("what did Vik cut", "did Vik cut"): a question, not the name
// of a thing.
func whQuestionOpens(text string) bool {
	ws := words(strings.ToLower(text))
	return len(ws) > 0 && (whWordsSet[ws[0]] || questionOpeners[ws[0]])
}

// kindItem reports whether an item names only the kind of answer asked
// or a measure ("AfDB rail loan — amount, length?", "Lekki port — depth,
// capacity?"): what the question asks of the thing it names, which the
// rules on quantities judge, not a thing offered as an alternative. A
// figure is one ("300 km or 500 km?").
func kindItem(item string) bool {
	ws := words(strings.ToLower(item))
	if len(ws) == 0 || strings.ContainsAny(item, "0123456789") {
		return false
	}
	for _, w := range ws {
		if !answerKindWords[w] && !valueKindWords[w] && !dimensionWords[w] && !measureNounRE.MatchString(w) && !(len(ws) == 1 && wantedQuantity(w) != "") {
			return false
		}
	}
	return true
}

// dimensionWords name a measure of a thing a list may ask ("Lekki port —
// depth, capacity?").
var dimensionWords = setOf("depth", "height", "width", "breadth", "area", "length", "duration", "weight", "distance", "speed", "diameter")

var subjectPronouns = setOf("i", "you", "he", "she", "it", "we", "they", "this", "that", "there")

// guessed returns the words of the alternatives a question offers that no
// source has, when the best passage has another of them ("the north? the
// coast?"): the asker's guesses, which the answer rules out, not what the
// question is about. text is the question searched, asked all the asker
// wrote.
func (ix *Index) guessed(text, asked string, own []QueryTerm, wide []Hit) map[string]bool {
	out := map[string]bool{}
	if len(wide) == 0 {
		return out
	}
	for _, items := range alternatives(text) {
		var missing []string
		answered := false // the best passage has one of them
		for _, item := range items {
			has, found := itemTerms(item, own)
			answered = answered || found && itemIn(item, own, wide[0])
			if has && !found {
				missing = append(missing, item)
			}
		}
		for _, item := range missing {
			for _, w := range words(strings.ToLower(item)) {
				out[w] = out[w] || answered
			}
		}
	}
	// "was it like 3?", "200000 or something?": a figure the asker only
	// guesses at, which the best passage, giving a figure of its own for
	// what the question counts, corrects
	ms := append(guessedFigureRE.FindAllStringSubmatch(text, -1), choiceFigureRE.FindAllStringSubmatch(text, -1)...)
	if claimCheckRE.MatchString(asked) {
		// "someone says they'll hire 200,000. true?": a claim put to
		// the sources, whose figures the sources' own corrects
		ms = append(ms, claimFigureRE.FindAllStringSubmatch(text, -1)...)
	}
	if len(ms) > 0 && ix.figureOf(wide[0].Passage, own) {
		for _, m := range ms {
			for _, f := range m[1:] {
				if f != "" && !isYear(f) { // "like 2019 figures": a year the figures are of
					out[strings.ReplaceAll(f, ",", "")] = true // "200,000", which the terms write "200000"
				}
			}
		}
	}
	// "Riga sent cranes to Holt?? or was it another country": the name
	// the asker doubts is a guess, when the best passage has what the
	// question says was done (the doubt may come after the question, as
	// an aside: asked, not text)
	if otherGuessRE.MatchString(asked) && slices.ContainsFunc(own, func(t QueryTerm) bool {
		return !t.Name && t.Found && !t.Soft && slices.Contains(wide[0].Matched, t.Stem)
	}) {
		// the name nearest the doubt
		lower, last, at := strings.ToLower(asked), "", -1
		for _, t := range own {
			if i := strings.LastIndex(lower, strings.ToLower(t.Surface)); t.Name && !t.Found && i > at {
				last, at = strings.ToLower(t.Surface), i
			}
		}
		if last != "" {
			out[last] = true
		}
	}
	// "the deputy FM (?)": a word the asker marks as unsure of
	for _, m := range unsureRE.FindAllStringSubmatch(text, -1) {
		out[strings.ToLower(m[1])] = true
	}
	// "wasn't it Oslo that sold them, or am I mixing that up with Riga?":
	// a short closing "or" clause second-guesses what the question names
	// before it; when the best passage has a name from before it, what
	// the clause names and no source has is a guess
	if m := trailingOrRE.FindStringSubmatch(text); m != nil && len(strings.Fields(m[1])) <= maxOrWords {
		clause := strings.ToLower(m[1])
		if slices.ContainsFunc(own, func(t QueryTerm) bool {
			return t.Name && t.Found && !strings.Contains(clause, strings.ToLower(t.Surface)) && slices.Contains(wide[0].Matched, t.Stem)
		}) {
			for _, w := range words(clause) {
				out[w] = true
			}
		}
	}
	return out
}

// figureOf reports whether a passage has a sentence with a figure and a
// word of the question that is no name: a figure of what it asks about.
func (ix *Index) figureOf(p *Passage, own []QueryTerm) bool {
	for _, s := range ix.Sentences(p) {
		if !hasFigure(s.Text) {
			continue
		}
		ts := ix.Terms(s.Text)
		if slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Found && !t.Name && !t.Soft && t.in(ts) }) {
			return true
		}
	}
	return false
}

// unsureRE finds a word followed by a question mark in brackets: "the
// deputy FM (?)".
var unsureRE = lazyre.New(`([\p{L}\d.-]+)\s*\(\?+\)`)

// otherGuessRE finds an asker closing the question by doubting whom they
// named: "..., or was it another country?", "or someone else?"; not "one
// way or another" (the "y" before it), nor an "or" inside the question
// ("cranes or some other equipment to Holt").
var otherGuessRE = lazyre.New(`(?i)(?:^|[^y])\s+or\s+(?:(?:was|is|were|did)\s+(?:it|that|they)\s+)?(?:another|some\s*one\s+else|somebody\s+else|some\s+other|a\s+different|(?:a|an)\s+other)(?:\s+[\p{L}-]+)?\s*[?.!]*\s*$`)

// claimCheckRE finds a claim put to the sources to check: "..., true?",
// "... - correct?" (not "right?", a tag as often as a check), "does the piece back that up?", "is that what the
// article says?", "true per the author?", "so per the author, ...?";
// claimFigureRE a figure in it.
var (
	claimCheckRE  = lazyre.New(`(?i)(?:[.,;:!?)\-–—]\s*|\s)(?:is\s+(?:that|this|it)\s+)?(?:true|correct|accurate|legit)\s*(?:(?:per|according to|acc to|in)\s+(?:the\s+)?\S+(?:\s+\S+)?\s*)?\?+\s*$|\b(?:does|do|did|would|will)\s+(?:the\s+)?(?:piece|article|author|report|source|sources|writer|it|he|she|they)\s+(?:\S+\s+)?(?:back|bear|support|confirm|say|said)\s+(?:that|this|it)(?:\s+(?:up|out))?\b|\bis\s+(?:that|this|it)\s+what\s+(?:the\s+)?(?:piece|article|author|report|source|sources|writer|it|he|she|they)\s+(?:says?|said|claims?|argues?)\b|^\W*so\s+(?:per|according to|acc to)\s`)
	claimFigureRE = lazyre.New(`\b(\d[\d,.]*\d|\d)\b`)
)

// guessedFigureRE finds a figure a question hedges as a guess: "like 3",
// "was it 5", "about 200", "200 or something", "50-ish", ", 200?".
var guessedFigureRE = lazyre.New(`(?i)\b(?:like|about|around|roughly|approx(?:imately)?|maybe|perhaps|was it|is it|something like)\s+(\d[\d,.]*)\b|\b(\d[\d,.]*)\s+or\s+(?:something|so|thereabouts|more)\b|\b(\d[\d,.]*)-?ish\b|[,;:]\s*(\d[\d,.]*)\s*\?`)

// choiceFigureRE finds figures offered to choose from: "5 or 7", "5
// countries or 7", "100000 or 10000" (apart from guessedFigureRE, whose
// "was it 5" would take the first of them).
var choiceFigureRE = lazyre.New(`\b(\d+(?:[.,]\d+)*)(?:\s*,)?\s+(?:[\p{L}-]+\s+)?or\s+(\d+(?:[.,]\d+)*)\b`)

// trailingOrRE finds a question's closing "or" clause: ", or was it
// Riga?", "or am I mixing that up with Riga".
var trailingOrRE = lazyre.New(`(?i),\s*or\s+([^,?.!;]+)[?.!]*\s*$`)

// maxOrWords is the most words a closing "or" clause has to be a second
// guess, not a second question.
const maxOrWords = 8

// itemIn reports whether a passage has every term of an item.
func itemIn(item string, own []QueryTerm, h Hit) bool {
	return !slices.ContainsFunc(itemOwn(item, own), func(t QueryTerm) bool { return !slices.Contains(h.Matched, t.Stem) })
}

// itemTerms reports whether an item's words are terms of the question,
// and whether a source has all of them ("dredger parts" is missing when
// "dredger" is).
func itemTerms(item string, own []QueryTerm) (has, found bool) {
	ts := itemOwn(item, own)
	return len(ts) > 0, len(ts) > 0 && !slices.ContainsFunc(ts, func(t QueryTerm) bool { return !t.Found })
}

// itemOwn returns the question's terms written in an item, once for each
// of its words.
func itemOwn(item string, own []QueryTerm) []QueryTerm {
	var out []QueryTerm
	for _, w := range words(strings.ToLower(item)) {
		for _, t := range own {
			if slices.Contains(strings.Fields(strings.ToLower(t.Surface)), w) {
				out = append(out, t)
			}
		}
	}
	return out
}

// personalRE finds a question about someone in person, not their
// government or office ("did the mayor personally ...").
var personalRE = lazyre.New(`(?i)\b(?:personally|himself|herself|in person|first[- ]hand|in (?:his|her) own words|direct quote|face[- ]to[- ]face|one[- ]on[- ]one|in the flesh)\b`)

// unnamedPerson returns a name a question asks about in person that no
// source writes: the glossary may fold a leader's name into the country
// ("Mayor Holt" for the town), but what the town did is not what
// the leader did himself. "" for none.
func (ix *Index) unnamedPerson(text string, own []QueryTerm) string {
	if !personalRE.MatchString(text) {
		return ""
	}
	for _, t := range own {
		if t.Name && t.Found && strings.HasPrefix(t.Stem, "=") && strings.Contains(t.Surface, " ") && !ix.writes(t.Surface) {
			return t.Surface
		}
	}
	return ""
}

// writes reports whether some passage writes a word of a name (of three
// letters or more, in any case): "Holt" of "Jane Holt" in "Mayor Holt".
// The vocabulary counts the glossary's aliases too; a word the passages
// write is counted more often than the aliases have it.
func (ix *Index) writes(name string) bool {
	for _, w := range words(strings.ToLower(name)) {
		vw := ix.vocab.words[w]
		if len([]rune(w)) < 3 || vw == nil {
			continue
		}
		inAliases := 0
		if g := ix.kb.Glossary; g != nil {
			for _, e := range g.Entries {
				for _, a := range e.Aliases {
					for _, aw := range words(strings.ToLower(a)) {
						if aw == w {
							inAliases++
						}
					}
				}
			}
		}
		if vw.count > inAliases {
			return true
		}
	}
	return false
}

// newestOf is the date of the newest source among the hits.
func newestOf(hits []Hit) Date {
	var newest Date
	for _, h := range hits {
		if d := h.Passage.Source.Published; newest.Before(d) {
			newest = d
		}
	}
	return newest
}

// inFoundIdiom reports whether a word is part of an idiom of the question
// that the sources have in other words ("kicked" of "kicked off"): it is
// not missing.
func inFoundIdiom(t QueryTerm, terms []QueryTerm) bool {
	return slices.ContainsFunc(terms, func(i QueryTerm) bool {
		return strings.HasPrefix(i.Stem, "~") && i.Found && slices.Contains(strings.Fields(strings.ToLower(i.Surface)), strings.ToLower(t.Surface))
	})
}

// requireOnTopic keeps first, among the hits near the best, a passage
// where party did or said something (by) on the question's topic: the
// terms' concepts and salient terms that only some passages have, other
// than the party's names ("what did the mayor say about the ferry sale":
// the ferry sale). What the party said on something else does not answer
// it.
func (ix *Index) requireOnTopic(hits []Hit, terms []QueryTerm, party []string, by func(Hit) bool) ([]Hit, bool) {
	var topic []string
	for _, t := range terms {
		if t.Found && !t.Soft && (t.Salient || strings.HasPrefix(t.Stem, "=")) && !slices.Contains(party, t.Stem) {
			topic = append(topic, t.Stem)
		}
	}
	topic = ix.distinctive(topic)
	return requireNear(hits, func(h Hit) bool { return by(h) && mostOf(h.Matched, topic) })
}

// mostOf reports whether have holds every one of want, or all but one of
// three or more ("Oslo's 400 ships to Riga's harbour" is on the topic of a
// passage that has Oslo, the 400 and the ships, but calls the harbour by
// the country it is in).
func mostOf(have, want []string) bool {
	lacks := len(lacking(have, want))
	return lacks == 0 || lacks == 1 && len(want) >= 3
}

// lacking returns those of want that have does not hold.
func lacking(have, want []string) []string {
	var out []string
	for _, w := range want {
		if !slices.Contains(have, w) {
			out = append(out, w)
		}
	}
	return out
}

// eitherOr reports whether a question offers two of the names as
// alternatives, "or" between them ("a Brill one or Holt?"): one passage
// need not have both.
func eitherOr(text string, own []QueryTerm, names []string) bool {
	lower := strings.ToLower(text)
	var spans [][2]int
	for _, t := range own {
		if !slices.Contains(names, t.Stem) || t.Surface == "" {
			continue
		}
		if i := strings.Index(lower, strings.ToLower(t.Surface)); i >= 0 {
			spans = append(spans, [2]int{i, i + len(t.Surface)})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	for i := 1; i < len(spans); i++ {
		if spans[i][0] < spans[i-1][1] {
			continue
		}
		between := words(lower[spans[i-1][1]:spans[i][0]])
		if len(between) <= 3 && slices.Contains(between, "or") {
			return true
		}
	}
	return false
}

// namesNear reports whether a passage has every name, or all but one of
// three or more with that one in the paragraph before it, which it
// continues ("It docked there in May, the first since the war" after a
// paragraph naming the ship and the port).
func (ix *Index) namesNear(h Hit, names []string) bool {
	lacks := lacking(h.Matched, names)
	p := h.Passage
	switch {
	case len(lacks) == 0:
		return true
	case p.Source == nil || p.N < 2 || p.N-2 >= len(p.Source.Passages):
		return false
	}
	before := slices.Contains(ix.Terms(p.Source.Passages[p.N-2].Text), lacks[0])
	// "In committee the bill was amended", opening the passage after the
	// one that names Bill 9: it goes on about it by its noun
	return before && (mostOf(h.Matched, names) || len(lacks) == 1 && ix.referredBack(p, lacks[0]))
}

// reactionWordRE finds the words that ask for a reaction, which are not
// its topic; reactionAskRE finds them in a question.
var (
	reactionWordRE = lazyre.New(`(?i)^(?:` + reactionStems + `)`)
	reactionAskRE  = lazyre.New(`(?i)\b(?:` + reactionStems + `)`)
)

const reactionStems = `react|respon|repl|retaliat|hit back`

// pastCountRE finds a count asked of the past ("how many members were
// there"), which a figure of what may be ("may join") does not give; in
// the count's own clause ("how many may join, was it 300?" is not, nor,
// a known limit, "how many, in total, were hired").
var pastCountRE = lazyre.New(`(?i)\bhow (?:many|much)\b[^?.!,;]*?\b(?:were|was|did|had|ended up)\b`)

// pastVerbCountRE finds a count whose verb is in the past tense ("how
// many workers lived there"); the clause is the count's own.
var pastVerbCountRE = lazyre.New(`(?i)\bhow many\s+(?:[\p{L}'’-]+\s+){1,3}?(\p{L}+ed)\b[^?.!,;]*`)

// pastCount reports whether a question asks a count of the past: with a
// past auxiliary, or a verb in the past tense and no modal ("how many
// workers could be hired" is not).
func pastCount(text string) bool {
	if loc := pastCountRE.FindStringIndex(text); loc != nil {
		// "how many jobs was it supposed to create", "how many jobs did
		// the union claim the move would bring": what was to be
		return !supposedRE.MatchString(text) && !modalRE.MatchString(monthMayRE.ReplaceAllString(text[loc[1]:], " "))
	}
	m := pastVerbCountRE.FindStringSubmatch(text)
	return m != nil && !modalRE.MatchString(monthMayRE.ReplaceAllString(m[0], " ")) && !notPastRE.MatchString(m[0])
}

// monthMayRE finds "may" the month in a question, typed in lower case as
// often as not: "in may", "last may", "on 3 may", "may 2021", "may 3".
var monthMayRE = lazyre.New(`(?i)\b(?:in|on|since|by|until|from|during|of|early|late|mid|end of|last|next)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?may\b|\bmay\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+may\b`)

// supposedRE finds a count of what was to be, not of what was.
var supposedRE = lazyre.New(`(?i)\b(?:supposed|meant|expected|planned|due|set|going)\s+to\b`)

// notPastRE finds what makes a verb in "-ed" no past tense, besides a
// modal: a present auxiliary or "be" before it ("are needed", "will be
// hired"), or a time ahead ("hired next year").
var notPastRE = lazyre.New(`(?i)\b(?:is|are|be|been|being|next|expected|needed)\b`)

// modalRE finds a sentence stating what may be, not what is or was.
var modalRE = lazyre.New(`(?i)\b(?:may|might|could|would|will|can|should)\b`)

// holderNames are the names of the question whose view it asks for (not
// an author's: "what does the author think" asks for the argument).
//
// A name the glossary has only inside an alias ("Varga" of "the Varga
// government", an alias of the country) is asked about as itself: what
// Varga said, not what the country did.
func (ix *Index) holderNames(holder string, own []QueryTerm) []string {
	if holder == "" {
		return nil
	}
	names := ix.foundNames(own)
	for _, t := range own {
		if t.Found && !t.Name && !strings.HasPrefix(t.Stem, "=") && (len(ix.kb.Glossary.partOf[t.Stem]) > 0 || t.Salient) && ix.writtenAsName(t.Surface) {
			names = append(names, t.Stem) // a word of a glossary name, or a person's name ("Dahl")
		}
	}
	var out []string
	for _, t := range ix.Terms(holder) {
		if slices.Contains(names, t) && !ix.authors[t] && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// writtenAsName reports whether the sources write a word only with a
// capital, as a name ("Varga"; not "government").
func (ix *Index) writtenAsName(w string) bool {
	return ix.capitalisedOnly(w) && !lexicon.Known(strings.ToLower(w))
}

// capitalisedOnly reports whether the sources write a word only with a
// capital ("Tarn", though "tarn" is English too).
func (ix *Index) capitalisedOnly(w string) bool {
	vw := ix.vocab.words[strings.ToLower(w)]
	return vw != nil && vw.name
}

// partyTerms are the terms of a text, and the stems of its words: a name
// inside an alias ("the Varga government") names the person too.
func (ix *Index) partyTerms(text string) []string {
	out := ix.Terms(text)
	for _, w := range words(strings.ToLower(text)) {
		if st := stem(w); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// acts reports whether a passage says what the party did: a sentence
// naming them that states a fact, not a hedged or estimated one ("if the
// port sells boats, the mayor could ..." is no reaction of the mayor), by
// the stance marking of the index. A position asked for is told also by a
// sentence on what something is worth to the party, even an estimate or
// one that restates the question (valuationRE).
func (ix *Index) acts(p *Passage, party []string, given premise) bool {
	for _, s := range ix.Sentences(p) {
		terms := ix.Terms(s.Text)
		if !containsAll(terms, party) && !containsAll(ix.partyTerms(s.Text), party) {
			continue
		}
		// what they said is theirs, beside the premise or a hedge in the
		// same sentence ("there was speculation about Oslo's ships, but
		// the Riga ministry rebuffed this")
		if slices.ContainsFunc(s.Claims, func(c Claim) bool { return ix.claimedBy(c, party) }) {
			return true
		}
		// not a sentence with another party as its subject, nor one that
		// only restates the premise, unless the party is the agent of a
		// passive ("links were suspended by Riga because of the storm")
		if !s.Hedged() && (ix.agent(s.Text, party) || !given.restated(terms) && !given.before(terms, party)) {
			return true
		}
		if given.position && valuationRE.MatchString(s.Text) {
			return true
		}
	}
	return false
}

// A premise is what a question about a reaction takes as given: another
// party's deed ("how did the board respond to Oslo blaming it").
type premise struct {
	parties  []string    // the other parties the question names
	deed     []QueryTerm // its words of what happened that the sources use
	position bool        // a position is asked for, not a reaction
}

// valuationRE finds a sentence on what something is worth to a party or
// what it does about it: its position, told even as an estimate ("the
// significance of the canal has decreased for Oslo").
var valuationRE = lazyre.New(`(?i)\b(?:significance|importance|priority|priorities|policy|policies|calculus|interests?|position|stance|attitude|view|views)\b`)

// restated reports whether a sentence has the other parties and every word
// of their deed: "Oslo blamed the flood on the board" is what the question
// takes as given, not the board's response ("in protest at the ferry sale,
// Holt closed the harbour" is Holt's, the question naming no other party).
func (g premise) restated(terms []string) bool {
	return len(g.parties) > 0 && len(g.deed) > 0 && containsAll(terms, g.parties) &&
		!slices.ContainsFunc(g.deed, func(t QueryTerm) bool { return !t.in(terms) })
}

// denies reports whether a passage reports the party denying, rejecting
// or rebuffing something: a denial whose claimant names them.
func (ix *Index) denies(p *Passage, party []string) bool {
	for _, s := range ix.Sentences(p) {
		if slices.ContainsFunc(s.Claims, func(c Claim) bool { return c.Denial && ix.claimedBy(c, party) }) {
			return true
		}
	}
	return false
}

// claimedBy reports whether a claim's claimant names every one of the party.
func (ix *Index) claimedBy(c Claim, party []string) bool {
	return containsAll(ix.partyTerms(c.Claimant), party)
}

// before reports whether a sentence names one of the other parties before
// the party asked about: the other is its subject, the party what it acts
// on ("Bergen severed relations with Riga" is no act of Riga's;
// "Riga blamed the flood on Oslo" none of Oslo's).
func (g premise) before(terms, party []string) bool {
	at := slices.IndexFunc(terms, func(t string) bool { return slices.Contains(party, t) })
	other := slices.IndexFunc(terms, func(t string) bool { return slices.Contains(g.parties, t) })
	return other >= 0 && at >= 0 && other < at
}

// byRE finds the agent of a passive, after a past participle: "suspended
// by Riga", not "a ban on the practice by the Council".
var byRE = lazyre.New(`(?i)\b\p{L}+(?:ed|en)\s+by\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})`)

// agent reports whether a sentence names the party as the agent of a
// passive ("links were suspended by Riga"): the subject, though
// named last.
func (ix *Index) agent(sentence string, party []string) bool {
	for _, m := range byRE.FindAllStringSubmatch(sentence, -1) {
		if ts := ix.Terms(m[1]); len(ts) > 0 && slices.Contains(party, ts[0]) {
			return true
		}
	}
	return false
}

// voices reports whether a passage reports something one of the holders
// said, claimed, denied or endorsed: a claim whose claimant names them.
func (ix *Index) voices(p *Passage, holder []string) bool {
	isHolder := func(who string) bool {
		return slices.ContainsFunc(ix.partyTerms(who), func(t string) bool { return slices.Contains(holder, t) })
	}
	ss := ix.Sentences(p)
	for i, s := range ss {
		if saidByRE.MatchString(s.Text) && containsAll(ix.partyTerms(s.Text), holder) && slices.ContainsFunc(holder, func(h string) bool { return !strings.HasPrefix(h, "=") }) {
			return true // "Ola Moss, the bank's chief executive, said the bank would tender": a person asked by name, with a verb of saying
		}
		for _, c := range s.Claims {
			// "Its director-general, Ola Berg, said": the body the sentence
			// before opens with
			if isHolder(c.Claimant) || i > 0 && ownerPronounRE.MatchString(c.Claimant) && isHolder(openingWords(ss[i-1].Text, 6)) {
				return true
			}
		}
		// "the firm has not commented": what it said is that it says
		// nothing
		for _, m := range silenceRE.FindAllStringIndex(s.Text, -1) {
			if isHolder(claimantBefore(s.Text[:m[0]])) {
				return true
			}
		}
	}
	return false
}

// saidByRE finds a verb of saying in a sentence; one of answering with
// what was said ("answered that evening: ..."), not what was done
// ("responded to the march by closing the square").
var saidByRE = lazyre.New(`(?i)\b(?:said|says|told|tells|stated|states|added|argued|argues|warned|warns|insisted|insists|wrote|writes|declared|explained|stressed|remarked)\b|\b(?:answered|replied|responded|retorted)(?:\s+[^\s:"“]+){0,3}?\s*(?::|\bthat\b|["“])`)

// ownerPronounRE finds a claimant named by a role of someone referred to
// by a pronoun: "its director-general", "their spokesman".
var ownerPronounRE = lazyre.New(`(?i)^(?:its|their)\s`)

// openingWords returns a sentence's first n words, where its subject is.
func openingWords(s string, n int) string {
	ws := strings.Fields(s)
	return strings.Join(ws[:min(n, len(ws))], " ")
}

// silenceRE finds a party's refusal to speak: "has not commented",
// "declined to confirm", "would not say".
var silenceRE = lazyre.New(`(?i)\b(?:(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:commented|responded|replied|confirmed|said)|(?:did|does|do)(?:\s+not|n['’]t)\s+(?:comment|respond|reply|confirm|say)|(?:declined|refused)\s+to\s+(?:comment|confirm|respond|say)|would(?:\s+not|n['’]t)\s+(?:comment|confirm|say))\b`)

// counts reports whether a passage gives a figure for what a "how many"
// question counts: a sentence with both a figure and the thing counted,
// or a word that has it as a synonym ("how many casualties": not a
// sentence on 100,000 troops); a list of names with a word of what the
// question asks happened; for "how much", a word of size beside the thing.
// With nothing named to count, any figure does. A count asked of the past
// is not given by a figure of what may be.
func (ix *Index) counts(p *Passage, c counted, past bool, event []QueryTerm) bool {
	if len(c.stems) == 0 {
		return true
	}
	return slices.ContainsFunc(SplitSentences(p.Text), func(s string) bool { return ix.countsIn(s, c, past, event) })
}

// countsIn reports whether a sentence gives a figure for what is counted
// (see counts).
func (ix *Index) countsIn(s string, c counted, past bool, event []QueryTerm) bool {
	if ix.combinedIn(s, c) {
		return false
	}
	s = c.without(s)
	if past && tellsPossible(s) {
		// a count of what was done is in the clauses that tell no
		// possibility or plan ("24 of whom can still walk, and five have
		// turned 6": five)
		s = withoutModalClauses(s)
	}
	list := listRE.MatchString(s)
	amount := c.amount && sizeRE.MatchString(s)
	if !list && !amount && !hasCountFigure(s) {
		return false // "whose house burned on the night of 14 August": a day, no count
	}
	near := s
	if c.noun && !list {
		// "how many ships called at Lekki?": ships counted by a figure,
		// not "3 per cent" in a sentence that names ships further on
		near = countedNear(s)
	}
	terms := ix.Terms(near)
	if list && hasEventTerm(terms, event) {
		return true // a list of names on the question's topic counts what it lists
	}
	for _, f := range c.stems {
		if slices.Contains(terms, f) || peopleStems[f] && personCounted(s) {
			return true
		}
	}
	for w := range c.words {
		// "how much power": a figure in megawatts
		if slices.ContainsFunc(measuredIn[w], func(class string) bool { return givesUnit(s, class) }) {
			return true
		}
	}
	return c.synonymIn(near)
}

// hasCountFigure reports whether a sentence has a figure other than the
// days and dates it names: one that may count something.
func hasCountFigure(s string) bool {
	return hasFigure(withoutDates(withoutDays(s)))
}

// withoutDays is a sentence without the days of a month it names, with
// no year or as a range ("on 14 August", "14-15 August", "between 14
// and 16 August"): days, no figures of anything.
func withoutDays(s string) string {
	return dayRangeRE.ReplaceAllString(s, " ")
}

// dayRangeRE finds a day of a month, or a range of days, without a year.
var dayRangeRE = lazyre.New(`(?i)(?:\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|\band\b|\bto\b)\s*)?\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `\b(?:,?\s*(?:19|20)\d\d\b)?|\b` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-–]|\band\b|\bto\b)\s*\d{1,2}(?:st|nd|rd|th)?)?\b(?:,?\s*(?:19|20)\d\d\b)?`)

// withoutDates is a sentence without the dates it gives in full ("on 14
// June 2022"), whose day is no figure of anything.
func withoutDates(s string) string {
	for _, w := range FindWhen(s, Date{}) {
		s = strings.Replace(s, w.Text, " ", 1)
	}
	return s
}

// withoutModalClauses is a sentence without its clauses, between commas,
// semicolons or dashes, that tell a possibility or a plan, or that go on
// from one that does ("planned to move its hub, creating 1,200 jobs").
func withoutModalClauses(s string) string {
	var kept []string
	modal := false
	for _, c := range clauseSplitRE.Split(s, -1) {
		modal = tellsPossible(c) || modal && goesOnRE.MatchString(c) && !notParticipleRE.MatchString(c)
		if !modal {
			kept = append(kept, c)
		}
	}
	return strings.Join(kept, ", ")
}

// possibleRE finds a clause that tells a possibility: a modal verb ("may"
// in lower case: "in May" is a month).
var possibleRE = lazyre.New(`\b(?:(?i:might|could|would|will|can|cannot|should)|may)\b`)

// planRE finds a clause that tells a plan: a verb of intent before "to"
// ("planned to move", "is due to hire"); not "due to", a cause, nor a
// clause that tells what was done for it ("closed 14 branches under
// plans to save"), though one that made the plan public tells no deed.
var planRE = lazyre.New(`(?i)\b(?:plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|expect(?:s|ed)?|hope(?:s|d)?|promise(?:s|d)?|going|(?:is|are|was|were)\s+due)\s+to\b`)

// announcedRE finds the verbs that make a plan public or report it,
// which tell no deed beside it ("announced plans to hire 300 welders",
// "said that Holm planned to move its hub").
var announcedRE = lazyre.New(`(?i)\b(?:announced|unveiled|outlined|revealed|published|approved|presented|confirmed|set out|laid out|drew up|drawn up|floated|tabled|said|told|reported|stated|added|noted|wrote|claimed)\b`)

// tellsPossible reports whether a clause tells a possibility or a plan.
func tellsPossible(c string) bool {
	return possibleRE.MatchString(c) || planRE.MatchString(c) && !simplePast(announcedRE.ReplaceAllString(planRE.ReplaceAllString(c, " "), " "))
}

// goesOnRE finds a clause that goes on from the one before: a participle's
// ("creating 1,200 jobs"; not "during", "according"), a relative one
// ("which would ..."), or one that breaks down its figure ("120 of them
// welders", "including 40 in Riga").
var (
	goesOnRE        = lazyre.New(`(?i)^\s*(?:\p{L}+ing|which|who|that|thereby|so|among them|mostly|mainly|[\d,.]+\s+of\s+(?:them|which|whom|those|these))\b`)
	notParticipleRE = lazyre.New(`(?i)^\s*(?:during|according|regarding|concerning|notwithstanding|pending|following|excluding|something|anything|nothing|everything)\b`)
)

// askedClause returns the clause of a sentence with the most of a
// question's words, its first for a tie; the sentence itself when no clause
// has any. Clauses part at the marks clauseSplitRE finds and before a
// coordinating word ("and a credit rating agency has turned cautious").
func (ix *Index) askedClause(s string, own []QueryTerm) string {
	best, most := s, 0
	for _, c := range clausesOf(s) {
		if n := sentenceShare(ix.Terms(c), own); n > most {
			best, most = c, n
		}
	}
	return best
}

// clausesOf splits a sentence into its clauses, as askedClause reads them.
func clausesOf(s string) []string {
	var out []string
	for _, part := range clauseSplitRE.Split(s, -1) {
		out = append(out, coordinateRE.Split(part, -1)...)
	}
	return out
}

// answersAPart reports whether a question of two parts, each a question of
// its own joined by "and" ("how many schools were shut and how many kids
// were sent home?", "how big is the plant and did they ship to PLA end
// users?"), has every word no source has (missing) in one part, while the
// best passage has a found salient word or name of another part. A part is
// read up to its question mark, so that the asker's guesses after it ("and
// how big were they? vietnam?") are not a part, and has three words at
// least ("which resolution and when - 2397?" has no second part). A
// question of keywords alone, with no question mark but at its end, asks
// its parts as a list ("reprimand still on file / labour ct status",
// "talent bridge - budget, target, signups"; see keywordItems), each item,
// the one answered as well as the other, of two words at least: a word
// alone beside the others is more often the same thing by another name
// ("operating profit / EBIT"), one end of a route ("lisbon - madrid rail
// cost") or what the others are asked for ("trade value, 2019") than a
// question of its own.
func answersAPart(text string, missing []string, own []QueryTerm, best Hit) bool {
	parts, least, listed := partSplitRE.Split(text, -1), 3, false
	if len(parts) < 2 && keywordQuestion(text) && !strings.Contains(strings.TrimRight(text, "? "), "?") {
		parts, least, listed = keywordItems(text), 2, true
	}
	if len(parts) < 2 {
		return false
	}
	// each part's words, whole and up to its question mark (asked)
	whole, asked := make([][]string, len(parts)), make([][]string, len(parts))
	for i, p := range parts {
		lower := strings.ToLower(p)
		whole[i] = words(lower)
		if q := strings.Index(lower, "?"); q >= 0 {
			lower = lower[:q]
		}
		asked[i] = words(lower)
	}
	in := func(part []string, w string) bool { // every word of w ("Greywater fire")
		return containsAll(part, words(strings.ToLower(w)))
	}
	// askedElsewhere reports whether a part other than the i-th, long
	// enough to be a question, asks w
	askedElsewhere := func(i int, w string) bool {
		for j := range parts {
			if j != i && parts[j] != parts[i] && len(asked[j]) >= least && in(asked[j], w) {
				return true
			}
		}
		return false
	}
	for i := range parts {
		if slices.ContainsFunc(missing, func(w string) bool { return in(whole[i], w) }) || listed && len(asked[i]) < least {
			continue // an item answered is a question too: "lusitana azores unit, 2022" asks nothing of 2022 alone
		}
		elsewhere := !slices.ContainsFunc(missing, func(w string) bool { return !askedElsewhere(i, w) })
		if elsewhere && slices.ContainsFunc(own, func(t QueryTerm) bool {
			return t.Found && (t.Salient || t.Name) && in(whole[i], t.Surface) && slices.Contains(best.Matched, t.Stem)
		}) {
			return true
		}
	}
	return false
}

// partSplitRE finds where a question's second question starts: "and" (or
// "&", "+") before a question word, or before an auxiliary verb and its
// subject ("and did they ship ...": not "and are affected by ...", which
// goes on with the first question's subject).
var partSplitRE = lazyre.New(`(?i)(?:,\s*|\s+)(?:and|&|\+)\s+(?:(?:how|what|who|when|where|why|which)\b|(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+(?:they|he|she|it|we|you|i|there|the|a|an|its|their|his|her|this|that|these|those|any|anyone|someone)\b)`)

// keywordItemRE finds where the next item of a list of keywords starts: a
// slash, a plus or a dash set off by spaces ("reprimand on file / labour
// ct status", "strain + resistance", "bridge - budget"); not a slash
// between two words ("profit/loss": one or the other) nor a dash inside
// one. keywordListRE finds a comma too, which sets off the items of a list
// of three or more ("budget, target, signups") but, alone, a qualifier of
// the one thing asked ("operating profit, per Fitch").
var (
	keywordItemRE = lazyre.New(keywordMark)
	keywordListRE = lazyre.New(keywordMark + `|,\s+`)
)

// keywordMark is a slash, a plus or a dash set off by spaces.
const keywordMark = `\s+[/+\-–—]\s+`

// keywordItems splits a question of keywords into the items of its list.
func keywordItems(text string) []string {
	if strings.Count(text, ", ") >= 2 {
		return keywordListRE.Split(text, -1)
	}
	return keywordItemRE.Split(text, -1)
}

// pieceNounRE finds a noun a question names the piece itself by.
var pieceNounRE = lazyre.New(`(?i)^(?:` + pieceNounWords + `)s?$`)

// clauseAlone reports whether the clause of a sentence on a question
// (see askedClause) is the only one on what it tells: the sentence sets
// nothing against it ("but the plan was called off"), no other clause of
// it has a word of the clause's nor opens by pointing back to it ("and
// Holm granted 2.5% in March", "which it did in March"), and no later
// sentence of the passage has a word of the clause's ("When the ballot
// closed on 2 June, 87% had backed a walkout").
func (ix *Index) clauseAlone(p *Passage, s, clause string) bool {
	if contrastRE.MatchString(s) {
		return false
	}
	on := ix.Terms(clause)
	shares := func(text string) bool {
		return slices.ContainsFunc(ix.Terms(text), func(t string) bool { return slices.Contains(on, t) })
	}
	if slices.ContainsFunc(clausesOf(s), func(c string) bool { return c != clause && (pointsToClauseRE.MatchString(c) || shares(c)) }) {
		return false
	}
	ss := ix.Sentences(p)
	at := slices.IndexFunc(ss, func(x Sentence) bool { return x.Text == s })
	return at < 0 || !slices.ContainsFunc(ss[at+1:], func(x Sentence) bool { return shares(x.Text) })
}

// contrastRE finds a word that sets one clause against another; aboutToRE
// one that tells something as about to happen, in the present or the past
// of a narrative ("the pilots were about to ballot").
var (
	contrastRE = lazyre.New(`(?i)\b(?:but|however|although|though)\b`)
	aboutToRE  = lazyre.New(`(?i)\b(?:is|are|was|were)\s+about\s+to\b`)
)

// pointsToClauseRE finds a clause that opens by pointing back to another.
var pointsToClauseRE = lazyre.New(`(?i)^\s*(?:which|who|whom|whose|that|this|it|they|he|she|its|their|his|her|so)\b`)

// coordinateRE finds a coordinating word between two clauses.
var coordinateRE = lazyre.New(`(?i)\s+(?:and|but|while|whereas)\s+`)

// clauseSplitRE finds the marks between a sentence's clauses, not a
// figure's comma ("1,200").
var clauseSplitRE = lazyre.New(`[,;:]\s+|\s*[—–]\s*|\s+-\s+`)

// countedOf reports whether a passage counts what is asked (see counts)
// and, where the question names parties, counts it of them (see givenOf):
// one pass over its sentences.
func (ix *Index) countedOf(h Hit, parties []string, own []QueryTerm, c counted, past bool, event []QueryTerm) bool {
	if of := ofYears(h.Passage.Text, c.years); len(c.years) > 0 && of != h.Passage.Text {
		// "how many died in the 2017 season?": counted where the passage
		// tells of 2017 ("The previous record season, 2017, had burned
		// 96,000 hectares"), not in its sentences on another season, nor
		// in a passage that tells of other years only; the passage as a
		// whole still says whose count it is
		year := c.ofNoYear()
		if of == "" {
			return len(yearsIn(h.Passage.Text)) == 0 && ix.countedOf(h, parties, own, year, past, event)
		}
		counted := hasCountFigure(year.without(of))
		if len(year.stems) > 0 {
			counted = ix.countsIn(of, year, past, event)
		}
		return counted && ix.countedOf(h, parties, own, year, past, event)
	}
	if !c.partGiven(h.Passage.Text) {
		return false // "how many of the 800 households": a part of the whole
	}
	if len(c.stems) == 0 {
		// "belgium offer number?": a figure of the party's (or a word of
		// size, for "how big are Holm's stocks"), or of one of the
		// parties compared ("satam vs miti, whose number is bigger")
		gives := func(s string) bool {
			return (hasFigure(withoutDates(c.without(s))) || c.amount && sizeRE.MatchString(s)) && !ix.combinedIn(s, c)
		}
		if len(parties) == 0 {
			// (one party asked, that most passages name: a figure not of
			// several together)
			return !c.one || slices.ContainsFunc(SplitSentences(h.Passage.Text), gives)
		}
		return slices.ContainsFunc(parties, func(p string) bool { return ix.givenOf(h, []string{p}, own, gives) })
	}
	if ix.takenWhole(h, parties) {
		return ix.counts(h.Passage, c, past, event)
	}
	return ix.givenOf(h, parties, own, func(s string) bool { return ix.countsIn(s, c, past, event) })
}

// takenWhole reports whether a passage gives what is asked of the parties
// wherever in it it gives it: the question names none, or the passage
// refers back to them as a whole (see referredBack).
func (ix *Index) takenWhole(h Hit, parties []string) bool {
	return len(parties) == 0 || slices.ContainsFunc(parties, func(n string) bool { return ix.referredBack(h.Passage, n) })
}

// headingOf returns a passage's heading, its first sentence where it has
// maxHeadingWords words or fewer and others follow ("The ransom."), ""
// for none; ss are its sentences.
func headingOf(ss []string) string {
	if len(ss) > 1 && len(strings.Fields(ss[0])) <= maxHeadingWords {
		return ss[0]
	}
	return ""
}

// opensOnOther reports whether a sentence opens on a name other than the
// parties (its first four words): "The Vask Act passed by 112 votes" is on
// the Vask Act, whatever the passage's heading.
func (ix *Index) opensOnOther(s string, parties []string) bool {
	ws := words(s)
	return slices.ContainsFunc(ix.Terms(strings.Join(ws[:min(4, len(ws))], " ")), func(t string) bool {
		return ix.namedConcept(t) && !slices.Contains(parties, t)
	})
}

// givenOf reports whether a sentence of a passage that gives what is asked
// (ok) gives it of the parties asked about: it names them; or it names no
// party and the last sentence before it that names any names them ("Holm
// opened a plant. It employs 70 people."), or none before it does; or it
// names another party but refers back to the one party the sentence
// before names ("Chad runs on coal. Its utility puts the country's
// shortfall at 300 MW"). A passage that refers back to the parties is
// taken whole.
func (ix *Index) givenOf(h Hit, parties []string, own []QueryTerm, ok func(s string) bool) bool {
	if ix.takenWhole(h, parties) {
		return true
	}
	ss := SplitSentences(h.Passage.Text)
	// a sentence's parties, not the one it cites ("11 ships waited,
	// according to the port authority"); each sentence's read once, as the
	// look back below reads the same sentences again
	known := make([][]string, len(ss))
	termsAt := func(i int) []string {
		if known[i] == nil {
			known[i] = ix.Terms(accordingToRE.ReplaceAllString(ss[i], ""))
		}
		return known[i]
	}
	named := func(terms []string) bool { return slices.ContainsFunc(terms, ix.namedConcept) }
	// "The Holm Act. The bill passed by 112 votes to 31": a heading that
	// names the parties is on them (read once, where a sentence needs it)
	headed, headRead := false, false
	headedBy := func() bool {
		if !headRead {
			head := headingOf(ss)
			headed, headRead = head != "" && containsAll(ix.Terms(head), parties), true
		}
		return headed
	}
	namesAll := func(terms []string) bool {
		return !slices.ContainsFunc(parties, func(p string) bool { return !namesParty(terms, p, own) })
	}
	for i, s := range ss {
		if !ok(s) {
			continue
		}
		terms := termsAt(i)
		if named(terms) {
			if namesAll(terms) && ix.clauseOf(s, parties, own, ok, i > 0 && namesAll(termsAt(i-1))) || i > 0 && len(parties) == 1 && namesAll(termsAt(i-1)) && ix.refersBackTo(s, parties[0]) ||
				headedBy() && !ix.opensOnOther(s, parties) {
				return true // "The Holm Act. The bill passed the Assembly by 112 votes to 31"
			}
			continue
		}
		for j := i - 1; j >= 0 && !named(terms); j-- {
			terms = termsAt(j)
		}
		if !named(terms) || namesAll(terms) {
			return true
		}
	}
	return false
}

// namesParty reports whether terms name a party of a question: its stem,
// or a name it stands for ("Berg" for the country he leads).
func namesParty(terms []string, party string, own []QueryTerm) bool {
	return slices.Contains(terms, party) || slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Stem == party && t.in(terms) })
}

// accordingToRE finds whom a sentence cites for what it says: "according
// to the port authority".
var accordingToRE = lazyre.New(`(?i),?\s*\baccording to\b[^,;.]*`)

// personCounted reports whether a sentence counts people: a word for
// persons within three words after a figure ("5,000 dock workers"), not
// officials beside a count of something else ("officials expect twelve
// projects").
func personCounted(s string) bool {
	return figureBefore(s, 3, lexicon.Person)
}

// figureBefore reports whether a sentence has a figure (see isCount) with
// a word that is of the kind (is) within the n words after it; numbers
// inside names ("Covid-19") are none.
func figureBefore(s string, n int, is func(string) bool) bool {
	ws := words(strings.ToLower(namedNumberRE.ReplaceAllString(s, " ")))
	var grouped []string // "2,150": a figure, though "2150" reads as a year
	for _, g := range groupedRE.FindAllString(s, -1) {
		grouped = append(grouped, strings.ReplaceAll(g, ",", ""))
	}
	for i, w := range ws {
		if (isCount(w) || slices.Contains(grouped, w)) && slices.ContainsFunc(ws[i+1:min(len(ws), i+1+n)], is) {
			return true
		}
	}
	return false
}

// groupedRE finds a figure written with its thousands grouped: "2,150".
var groupedRE = lazyre.New(`\b\d{1,3}(?:,\d{3})+\b`)

// What a count counts: the terms of its words and of their synonyms, and
// the words themselves in their base form, which a sentence's word may
// have as a synonym ("how many states" is counted by "five countries").
type counted struct {
	stems []string
	words map[string]bool
	// amount is true for "how much": a word of size ("vast stocks")
	// gives it where the sources give no figure
	amount bool
	// whole is the figure of a whole the question states, a part of
	// which it counts ("how many of the 800 households"), as digits;
	// wholeOf the stem of the word after it ("household")
	whole, wholeOf string
	// one is true for a count asked of one party, not of a group or a
	// total ("how many members does the VWU have")
	one bool
	// money finds a sum in a currency only the glossary knows (see
	// Index.ownMoney): a sum counts nothing
	money *regexp.Regexp
	// noun is true for a count asked by a plural noun ("how many
	// ships"): a figure counts it where the noun is beside the figure
	// (see countedNear), not anywhere in its sentence
	noun bool
	// years are the years the count is asked of ("how many died in
	// 2017"): it is given where a passage tells of them
	years []int
}

// yearComparedRE finds a question that compares with another time ("vs
// 2023", "up from 2019", "since 2020").
var yearComparedRE = lazyre.New(`(?i)\b(?:vs|versus|compared|than|since|earlier|previous|last|(?:up|down|rise|rose|fell|fall|grew|grow)\s+from|from\s+\d{4}|between\s+\d{4})\b`)

// ofNoYear is the count asked of no year.
func (c counted) ofNoYear() counted {
	c.years = nil
	return c
}

// ofYears returns the sentences of a text that tell of the years: each
// that names one, and those after it up to one that names another year;
// "" where none names one.
func ofYears(text string, years []int) string {
	if len(years) == 0 {
		return ""
	}
	var of []string
	in := false
	for _, s := range SplitSentences(text) {
		if ys := yearsIn(s); len(ys) > 0 {
			in = slices.ContainsFunc(years, func(y int) bool { return slices.Contains(ys, y) })
		}
		if in {
			of = append(of, s) // "The 2018 storm. ... It flooded 300 homes.": to another year's sentence
		}
	}
	return strings.Join(of, " ")
}

// combinedRE finds a figure told of several together ("their combined
// membership", "between them", "together have"), not where something is
// combined with another ("combined with a delay"); combinedAskedRE a
// question after such a figure.
var (
	combinedRE      = lazyre.New(`(?i)\b(?:combined|between them|jointly|together|altogether|collectively|in total)\b`)
	combinedWithRE  = lazyre.New(`(?i)\b(?:combined|together)\s+with\b`)
	combinedAskedRE = lazyre.New(`(?i)\b(?:combined|together|between them|jointly|altogether|all told|in all|collectively|total|overall|all)\b`)
)

// combinedIn reports whether a sentence gives its figure of several
// parties together, where one party's is asked: a sentence on several, in
// a clause with a figure and a word of several together ("Their combined membership is 2.1
// million" is not the VWU's; "The HCL, which has 780,000 members, jointly
// called the strike" is the HCL's).
func (ix *Index) combinedIn(s string, c counted) bool {
	if !c.one || !combinedRE.MatchString(s) {
		return false
	}
	// of several: a plural that refers back, or two names ("The HCL has
	// 780,000 members in total", "Vik's two smelters together employ
	// 1,200" are one party's)
	several := pluralRefRE.MatchString(s) || len(slices.DeleteFunc(ix.Terms(s), func(t string) bool { return !ix.namedConcept(t) })) > 1
	return several && slices.ContainsFunc(clauseSplitRE.Split(combinedWithRE.ReplaceAllString(s, " "), -1), func(cl string) bool {
		return combinedRE.MatchString(cl) && hasFigure(withoutDates(cl))
	})
}

// aloneAskedRE finds a figure asked of one party alone: "how much did
// korsa alone pay", "dunholt on its own", "by itself"; the group is
// the words before, where the party is.
var aloneAskedRE = lazyre.New(`(?i)((?:\S+\s+){1,3}?)(?:alone|on (?:its|their|his|her) own|by (?:itself|themselves|himself|herself))\b`)

// aloneOf returns the names of the party a question asks a figure of
// alone, or nil: the words before "alone", or the question's first name
// where "on its own" or "by itself" closes it ("how much did korsa pay
// on the claims on its own?": Korsa).
func (ix *Index) aloneOf(text string, own []QueryTerm) []string {
	m := aloneAskedRE.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	if !strings.HasSuffix(strings.ToLower(text[m[3]:m[1]]), "alone") && strings.Trim(text[m[1]:], " ?.!") == "" {
		if names := ix.holderNames(text[:m[0]], own); len(names) > 0 {
			return names[:1]
		}
	}
	return ix.holderNames(text[m[2]:m[3]], own)
}

// givesAlone reports whether a passage gives a figure of the kind asked
// in a clause that names the party with what is asked of it (every other
// word of the question it has) and no other party beside it: not
// "Dunholt, Pellin and Korsa filed a claim for EUR 3.9 billion";
// "Korsa had paid EUR 1.1 billion, Dunholt EUR 700 million" gives
// Korsa's.
func (ix *Index) givesAlone(p *Passage, party string, kind Quantity, own []QueryTerm) bool {
	asked := slices.DeleteFunc(eventTerms(own), func(t QueryTerm) bool { return !t.Found || strings.HasPrefix(t.Stem, "=") || isNumber(t.Stem) })
	for _, s := range SplitSentences(p.Text) {
		sterms := ix.Terms(s)
		if !slices.Contains(sterms, party) || slices.ContainsFunc(asked, func(t QueryTerm) bool { return !t.in(sterms) }) {
			continue
		}
		for _, cl := range clauseSplitRE.Split(s, -1) {
			terms := ix.Terms(cl)
			if slices.Contains(terms, party) && ix.hasQuantity(&Passage{Text: withoutDates(cl)}, kind) && !ix.besideOther(cl, party) {
				return true
			}
		}
	}
	return false
}

// besideOther reports whether a clause names another party joined to the
// one by "and", "&" or "with" ("Pellin Assurance and Korsa filed").
func (ix *Index) besideOther(clause, party string) bool {
	for _, m := range joinedNamesRE.FindAllStringSubmatch(clause, -1) {
		a, b := ix.Terms(m[1]), ix.Terms(m[2])
		if slices.Contains(a, party) && slices.ContainsFunc(b, ix.namedConcept) && !slices.Contains(b, party) ||
			slices.Contains(b, party) && slices.ContainsFunc(a, ix.namedConcept) && !slices.Contains(a, party) {
			return true
		}
	}
	return false
}

// joinedNamesRE finds two names joined by "and", "&" or "with": the
// groups are the words on each side (up to three capitalised words).
var joinedNamesRE = lazyre.New(`((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(?:and|&|with)\s+((?:\p{Lu}[\p{L}'’-]*\s*){1,3})`)

// pluralRefRE finds a word that refers back to several.
var pluralRefRE = lazyre.New(`(?i)\b(?:their|they|them|both|all)\b`)

// wholeAskedRE finds a count asked of a part of a whole the question
// states: "how many of the 800 households", "of the 31 claims paid, how
// many were ...", "out of 26 defendants how many"; the group is the
// whole's figure.
var wholeAskedRE = lazyre.New(`(?i)\bhow many\s+of\s+(?:the|those|these|its|their|all)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?(\d[\d,.]*\d|\d)\b|\b(?:of|out of)\s+(?:(?:the|those|these|its|their|all)\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?(\d[\d,.]*\d|\d)\s[^?]*?\bhow many\b`)

// measuredRE finds a figure with the word after it; the group is the word
// ("27-kilometre", "40 MW").
var measuredRE = lazyre.New(`\d[\d,.]*[-\s]?(\p{L}+)`)

// bigUnitWordRE finds a word that multiplies a figure.
var bigUnitWordRE = lazyre.New(`(?i)\b(?:thousand|million|billion|trillion|bn)\b`)

// statedWhole returns the digits of the whole a count question states
// (see wholeAskedRE) and the stem of the word after it, "" for none.
func statedWhole(text string) (string, string) {
	loc := wholeAskedRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return "", ""
	}
	g := 2
	if loc[2] < 0 {
		g = 4
	}
	whole := text[loc[g]:loc[g+1]]
	if isYear(whole) {
		return "", "" // "by the end of 2021 how many ...": a year, no whole
	}
	return strings.ReplaceAll(whole, ",", ""), stem(strings.ToLower(wordAfter(text[loc[g]:], strings.ReplaceAll(whole, ",", ""))))
}

// without is a sentence without the whole its count is a part of, nor
// the sums it gives: "the fund paid 31 claims, worth EUR 2 million" gives
// no count of how many of the 31 were for deaths.
func (c counted) without(s string) string {
	if c.whole == "" {
		return s
	}
	return figureRE.ReplaceAllStringFunc(withoutSumsOrMeasures(s, c.money), func(f string) string {
		if c.isWhole(f) {
			return " "
		}
		return f
	})
}

// withoutSumsOrMeasures is a sentence without its sums and measures, which
// count nothing: "EUR 2 million" (no "million" left), "the 27-kilometre
// spur".
func withoutSumsOrMeasures(s string, own *regexp.Regexp) string {
	s = bigUnitWordRE.ReplaceAllString(withoutSums(withoutSums(s, moneyRE.Compiled()), own), " ")
	return measuredRE.ReplaceAllStringFunc(s, func(m string) string {
		if unitOf(measuredRE.FindStringSubmatch(m)[1]) != "" || distanceRE.MatchString(m) || areaRE.MatchString(m) {
			return " "
		}
		return m
	})
}

// withoutSums is a text with each sum re finds blanked to its figure's
// end: a sign matched with the first digit ("$2" of "$2.5 million") takes
// the rest of its figure with it.
func withoutSums(s string, re *regexp.Regexp) string {
	if re == nil {
		return s
	}
	locs := re.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		if l[0] < last {
			continue
		}
		end := l[1]
		for end < len(s) && (s[end] >= '0' && s[end] <= '9' || (s[end] == ',' || s[end] == '.' || s[end] == '-') && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9') {
			end++ // "$2.5 million", "$2-3 million"
		}
		start := l[0]
		if ws := strings.Fields(s[last:start]); len(ws) > 0 && numberWords[strings.ToLower(ws[len(ws)-1])] {
			start = strings.LastIndex(s[:start], ws[len(ws)-1]) // "two million euros"
		}
		b.WriteString(s[last:start])
		b.WriteByte(' ')
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

// isWhole reports whether a figure as written is the whole a count is a
// part of ("9,800" for "of the 9800 ...").
func (c counted) isWhole(f string) bool {
	return strings.ReplaceAll(strings.TrimRight(f, ".,"), ",", "") == c.whole
}

// partGiven reports whether a passage gives a part of the whole a count
// asks of, where it gives the whole: the first figure after it, in its
// sentence or the next, or else the one just before it, counts what is
// counted or no other thing ("Of the 26 defendants, 9 pleaded guilty",
// "26 defendants; 9 of them", "Vik employs 1,200 staff. In May it laid
// off 300.", "9 of the 26"); not a sum, a measure, a date, a count of
// another thing ("about 800 households in 12 villages"), nor a part of
// another figure ("9,800 records ...; and 2,100 files, 640 of them"). A
// passage without the whole is left to the count's other rules.
func (c counted) partGiven(text string) bool {
	if c.whole == "" {
		return true
	}
	ss := SplitSentences(text)
	seen := false
	for i, s := range ss {
		ws := c.figureWords(s)
		at := slices.IndexFunc(ws, c.isWhole)
		if at < 0 {
			continue
		}
		seen = true
		after := ws[at+1:]
		if i+1 < len(ss) {
			after = append(slices.Clone(after), c.figureWords(ss[i+1])...)
		}
		// the figures after the whole, past those after a preposition
		// ("60 protesters in 3 towns; 12 of them"), to the first that is
		// none's ("9,800 records; and 2,100 files, 640 of them")
		for k, w := range after {
			if !isFigureWord(w) {
				continue
			}
			if c.partAt(after, k) {
				return true
			}
			if k == 0 || !placePrepositions[after[k-1]] {
				break
			}
		}
		if k := lastIndexFunc(ws[:at], isFigureWord); k >= 0 && c.partAt(ws, k) {
			return true
		}
	}
	return !seen
}

// figureWords is a sentence's words, lower case, without its sums,
// measures and dates, the whole kept.
func (c counted) figureWords(s string) []string {
	return words(strings.ToLower(withoutDates(withoutSumsOrMeasures(s, c.money))))
}

// partAt reports whether the figure at k of words counts what is counted,
// or no other thing: before a verb, a word such as "of", "were", the word
// counted, or nothing ("9 pleaded guilty", "12 of them", "300
// households"; not "12 villages", "2,100 employee files").
func (c counted) partAt(ws []string, k int) bool {
	if c.isWhole(ws[k]) {
		return false
	}
	if k+1 == len(ws) {
		return true
	}
	next := ws[k+1]
	return isStopWord(next) || inflectedVerb(next) || strings.HasSuffix(next, "ly") || slices.Contains(c.stems, stem(next)) || stem(next) == c.wholeOf
}

// placePrepositions are the prepositions before a figure that modifies
// what comes before it ("in 3 towns").
var placePrepositions = setOf("in", "across", "at", "from", "over", "of", "on")

// isFigureWord reports whether a word is a figure, in digits or words
// (of a sentence without its dates: "2,100", which reads "2100", is no
// year).
func isFigureWord(w string) bool {
	return unicode.IsDigit([]rune(w)[0]) || numberWords[w]
}

// lastIndexFunc is slices.IndexFunc from the end.
func lastIndexFunc(s []string, f func(string) bool) int {
	for i := len(s) - 1; i >= 0; i-- {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// sizeRE finds a word that gives an amount without a figure.
var sizeRE = lazyre.New(`(?i)\b(?:vast|massive|huge|enormous|immense|large|substantial|considerable|significant|sizeable|sizable|small|tiny|limited|modest|meagre|meager|scant|negligible)\b`)

// numbersAskedRE finds a question that wants the amount in figures ("in
// actual numbers", "how many shells"): a word of size does not give it.
var numbersAskedRE = lazyre.New(`(?i)\b(?:numbers?|figures?|how many|in (?:metric )?(?:tonnes|tons))\b`)

// amountRE finds a question after an amount or a size: "how much", "how
// big", not "how many".
var amountRE = lazyre.New(`(?i)\bhow much\b|` + sizeAsked + `|\bwhat size\b`)

// sizeAsked is a question after the size of a place or a thing: "how big
// is", "how large are", "how large would it be".
const sizeAsked = `\bhow (?:big|large) (?:is|are|was|were|would|will|could|might)\b`

// countedTerms returns what a count's focus words count, with the
// question's alias a focus word opens ("how many boots on the ground").
func (ix *Index) countedTerms(focus []string, own []QueryTerm) counted {
	c := counted{stems: ix.Terms(strings.Join(focus, " ")), words: map[string]bool{}, money: ix.ownMoney}
	for _, t := range own {
		f := strings.Fields(strings.ToLower(t.Surface))
		switch {
		case len(f) == 0 || !slices.Contains(focus, f[0]):
		case len(f) > 1:
			c.stems = append(c.stems, t.Stem)
		default:
			// a word the sources use only inside an alias ("how many
			// boots" of "boots on the ground") counts its concept; not
			// inside a name ("people" of "People's Republic")
			for _, e := range t.Expansions {
				if e.Kind == "alias part" && e.Weight >= partWeight && !ix.namedConcept(e.Stem) ||
					e.Kind == "compound" || e.Kind == "clipped" { // "pharma": the sources' "pharmaceutical"
					c.stems = append(c.stems, e.Stem)
				}
			}
		}
	}
	if rest := slices.DeleteFunc(slices.Clone(c.stems), func(s string) bool {
		return slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Name && t.Stem == s }) && len(ix.distinctive([]string{s})) == 0
	}); len(rest) > 0 {
		c.stems = rest // "how many Brill dock workers": workers; nearly every passage names Brill
	}
	for _, w := range focus {
		c.words[w] = true
		for _, r := range lexicon.Lookup(w) {
			switch {
			case r.Kind == lexicon.Base:
				c.words[r.Word] = true
			case r.Kind == lexicon.Derived && len(r.Word) >= 4 && strings.HasPrefix(w, r.Word):
				c.stems = append(c.stems, stem(r.Word)) // "membership #": members
			case r.Kind == lexicon.Synonym && !strings.Contains(r.Word, " "):
				// not a synonym that is another word of the question:
				// "how many jobs will the line create" counts no lines
				c.stems = append(c.stems, slices.DeleteFunc(ix.Terms(r.Word), func(st string) bool {
					return slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Stem == st && !slices.Contains(focus, strings.ToLower(t.Surface)) })
				})...)
			}
		}
	}
	return c
}

// synonymIn reports whether a sentence has a word with one of the counted
// words as its synonym.
func (c counted) synonymIn(s string) bool {
	return slices.ContainsFunc(words(strings.ToLower(s)), func(w string) bool {
		return slices.ContainsFunc(lexicon.Lookup(w), func(r lexicon.Related) bool { return r.Kind == lexicon.Synonym && c.words[r.Word] })
	})
}

// peopleStems are the stems of the words that count people in general
// ("how many people"): any kind of person counted answers them, workers
// or soldiers.
var peopleStems = setOf(stem("people"), stem("persons"), stem("individuals"), stem("folks"))

// eventTerms are the words of a question that say what happened, not
// who: its terms other than names and soft words.
func eventTerms(own []QueryTerm) []QueryTerm {
	var out []QueryTerm
	for _, t := range own {
		if !t.Name && !t.Soft && !t.Context && !strings.HasPrefix(t.Stem, "~") {
			out = append(out, t)
		}
	}
	return out
}

// hasEventMatch reports whether a passage has one of the words of what
// a question asks happened, when the sources have any.
func hasEventMatch(h Hit, event []QueryTerm) bool {
	return !slices.ContainsFunc(event, func(t QueryTerm) bool { return t.Found }) || hasEventTerm(h.Matched, event)
}

// saysOf reports whether a sentence of a passage names every one of who
// and a word of what happened.
func (ix *Index) saysOf(p *Passage, who []string, event []QueryTerm) bool {
	return slices.ContainsFunc(ix.Sentences(p), func(s Sentence) bool {
		terms := ix.Terms(s.Text)
		return containsAll(terms, who) && hasEventTerm(terms, event)
	})
}

// alsoRE finds a question asking whether a party did the same as another:
// "did X also ...", "... too?", "as well". "Too" before a word is mostly a
// degree ("too poor to pay").
var (
	alsoRE     = lazyre.New(`(?i)\balso\b|\btoo\s*(?:[?.!,;:)<]|$|according\b|or\b|y/n)|\bas well\b`)
	asWellAsRE = lazyre.New(`(?i)\bas well as\b`) // joins two, asks nothing
)

// alsoAt is where a question asks if a party did the same as another
// ("also", "too", "as well"), in bytes, or -1. The text has had each "as
// well as", which joins two and asks nothing, taken out (asWellAsRE).
func alsoAt(text string) int {
	if at := alsoRE.FindStringIndex(text); at != nil {
		return at[0]
	}
	return -1
}

// alsoParties are the question's names that it asks "also" of: those it
// writes before the word ("did Oslo also ban it", "Oslo too?"), and
// the party the deed is done to ("also close it to Riga"). Another name
// only after it is not one said to do the same ("was it also sold in
// Riga, or only Oslo?"). A name whose words the question does not show
// as written counts as before.
func alsoParties(asked string, own []QueryTerm, names []string, slots []slot) []string {
	if len(names) == 0 {
		return nil
	}
	text := asWellAsRE.ReplaceAllString(asked, "")
	at := alsoAt(text)
	if at < 0 {
		return nil
	}
	lower := strings.ToLower(text)
	return slices.DeleteFunc(slices.Clone(names), func(n string) bool {
		if slices.ContainsFunc(slots, func(s slot) bool { return s.name == n }) {
			return false
		}
		first := -1
		for _, t := range own {
			if t.Stem != n || t.Surface == "" {
				continue
			}
			i := strings.Index(lower, strings.ToLower(t.Surface))
			if i < 0 {
				return false
			}
			if first < 0 || i < first {
				first = i
			}
		}
		return first > at
	})
}

// A slot is a party a text names after a preposition: "to Latvia".
type slot struct {
	prep, name string
	at         int // where the preposition is, in bytes
	// modifies is true when the name is followed by a concept that is
	// not a name, which it modifies ("the UN sanctions")
	modifies bool
}

// comparedToRE finds, at the end of the text before a "to" or "with", a
// comparison it is the other side of, at most four words before it:
// "comparing Oslo's exports", "how do they compare", "likened".
var comparedToRE = lazyre.New(`(?i)\b(?:compar(?:e|es|ed|ing)|liken(?:s|ed|ing)?)\s+(?:[^\s,;:.?!]+\s+){0,4}$`)

// slotRE finds a preposition that names a party and up to three words
// after it, which may be the party's name.
var slotRE = lazyre.New(`(?i)\b(to|with|from|against|into)\s+(?:the\s+)?([\p{L}][\p{L}’'.-]*(?:\s+[\p{L}][\p{L}’'.-]*){0,2})`)

// clauseRE splits a sentence into clauses.
var clauseRE = lazyre.New(`[,;:]\s|[—–()]|\s(?:and|but|while|whereas|then|so)\s`)

// partySlots are the slots of a question whose name is a party, not a
// modifier of a concept after it ("with the UN sanctions": the sanctions),
// nor what something is compared to ("comparing Oslo's exports to Riga":
// a side, not a party acted on).
func (ix *Index) partySlots(text string) []slot {
	return slices.DeleteFunc(ix.slots(text), func(s slot) bool {
		return s.modifies || (s.prep == "to" || s.prep == "with") && comparedToRE.MatchString(text[:s.at])
	})
}

// slots returns the named parties a text puts after a preposition, with
// where each preposition is.
func (ix *Index) slots(text string) []slot {
	var out []slot
	for _, m := range slotRE.FindAllStringSubmatchIndex(text, -1) {
		if ts := ix.Terms(text[m[4]:m[5]]); len(ts) > 0 && ix.namedConcept(ts[0]) {
			// a concept right after the name, with no word of function
			// between ("Riga over the ban" is no "Riga ban")
			head := ix.Terms(untilStopWord(text[m[4]:m[5]]))
			modifies := len(head) > 1 && head[0] == ts[0] && strings.HasPrefix(head[1], "=") && !ix.namedConcept(head[1])
			out = append(out, slot{strings.ToLower(text[m[2]:m[3]]), ts[0], m[0], modifies})
		}
	}
	return out
}

// untilStopWord is a text up to its first stop word after the first word.
func untilStopWord(text string) string {
	fs := strings.Fields(text)
	for i := 1; i < len(fs); i++ {
		if isStopWord(strings.ToLower(fs[i])) {
			return strings.Join(fs[:i], " ")
		}
	}
	return text
}

// otherParty returns the party a passage puts where the question puts
// another: a clause has one of the question's other names, then a word of
// what the question asks happened, then another name after the same
// preposition ("Sweden supplies equipment to Finland" for "did Sweden send
// arms to Estonia?"), and no such clause has the asked one.
// "" when the passage says it of the asked party, or says nothing of
// either.
func (ix *Index) otherParty(p *Passage, asked []slot, subjects []string, event []QueryTerm, wider bool) string {
	if len(subjects) == 0 {
		return ""
	}
	other := ""
	for _, s := range ix.Sentences(p) {
		for _, c := range clauseRE.Split(s.Text, -1) {
			for _, got := range ix.slots(c) {
				before := ix.Terms(c[:got.at])
				if !slices.ContainsFunc(subjects, func(n string) bool { return slices.Contains(before, n) }) || !hasEventTerm(before, event) {
					continue
				}
				for _, a := range asked {
					switch {
					case got.prep != a.prep || slices.Contains(subjects, got.name):
					case got.name == a.name || wider && ix.placeWithin(a.name, got.name) || ix.goesOnTo(s.Text[strings.Index(s.Text, c)+got.at+len(got.prep):], a):
						return "" // said of the asked party, or of a place it is part of ("to Holt" of "to Holt's north")
					default:
						other = got.name
					}
				}
			}
		}
	}
	return other
}

// placeWithin reports whether the place a term names (a glossary concept,
// by any of its aliases, or a name) is part of the country another term
// names, by the lexicon: "Tuscany" of "Italy". A country is part of
// none, whatever WordNet's commonest sense of its name ("Georgia").
func (ix *Index) placeWithin(part, whole string) bool {
	names := []string{part}
	if key, ok := strings.CutPrefix(part, "="); ok {
		e, _ := ix.kb.Glossary.Entry(key)
		names = e.Aliases
	}
	for _, n := range names {
		if lexicon.CountryFullName(n) {
			return false // a country is no part of another ("Georgia": the US state)
		}
	}
	for _, n := range names {
		for _, w := range lexicon.Wholes(strings.ToLower(n)) {
			if lexicon.CountryFullName(w) && slices.Contains(ix.Terms(w), whole) {
				return true
			}
		}
	}
	return false
}

// goesOnTo reports whether what follows a party in a sentence goes on to
// name the asked one, but not as the party of another action of the same
// kind: "to Brill, mainly to work in its north" says it of the north;
// "to Ruritania, and the council sells boats to Elbonia" says nothing of
// Elbonia.
func (ix *Index) goesOnTo(rest string, asked slot) bool {
	return slices.Contains(ix.Terms(rest), asked.name) &&
		!slices.ContainsFunc(ix.slots(rest), func(s slot) bool { return s.name == asked.name && s.prep == asked.prep })
}

// salientStems returns the stems of the salient terms the sources have,
// other than those in skip.
func salientStems(own []QueryTerm, skip []string) []string {
	var out []string
	for _, t := range own {
		if t.Salient && t.Found && !t.Soft && !strings.HasPrefix(t.Stem, "~") && !slices.Contains(skip, t.Stem) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// namesByRole reports whether a passage gives in full the name of
// someone the question calls by a role the glossary lists for them, a
// word for a person in it ("who is the port director?" of a glossary's
// "Anna Holm, port director"): the passage's "Anna Holm" is the name asked
// for. Not a body ("which ministry spokesman").
func (ix *Index) namesByRole(p *Passage, own []QueryTerm) bool {
	byRole := slices.DeleteFunc(slices.Clone(own), func(t QueryTerm) bool {
		return t.Context || !strings.HasPrefix(t.Stem, "=") || !slices.ContainsFunc(words(strings.ToLower(t.Surface)), roleWord)
	})
	if len(byRole) == 0 {
		return false
	}
	runs := nameRunRE.FindAllStringSubmatch(p.Text, -1)
	for _, s := range SplitSentences(p.Text) {
		if m := openingRunRE.FindStringSubmatch(s); m != nil {
			runs = append(runs, m) // "Anna Lind, the bank's country manager, said"
		}
	}
	for _, m := range runs {
		ts := ix.Terms(m[1])
		if len(ts) == 1 && slices.ContainsFunc(byRole, func(t QueryTerm) bool { return t.Stem == ts[0] && !strings.EqualFold(t.Surface, m[1]) }) {
			return true
		}
	}
	return false
}

// openingRunRE finds the capitalised words opening a sentence.
var openingRunRE = lazyre.New(openingRun)

// openingRun is the pattern of two to four capitalised words opening a
// sentence; its group is the words.
const openingRun = `^\s*((?:\p{Lu}[\p{L}’'\-]+\s+){1,3}\p{Lu}[\p{L}’'\-]+)`

// roleWord reports whether a word names a person by what they do
// ("ambassador", "director"), not by where they are from ("Norwegian").
func roleWord(w string) bool { return lexicon.Person(w) && !lexicon.Name(w) }

// placeSizeRE finds a question after the size of a place or a thing.
var placeSizeRE = lazyre.New(`(?i)` + sizeAsked)

// possessiveRoleRE finds a body's holder of a role, named in apposition:
// "the port’s director, Anna Holm"; the groups are the body, the role and
// the name.
var possessiveRoleRE = lazyre.New(`([\p{L}\d.-]+)[’']s\s+((?:\p{Ll}+\s+)?\p{Ll}+),\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)`)

// possessiveRE finds a possessive: "Vik's", "Holm’s"; the group is its
// owner.
var possessiveRE = lazyre.New(`([\p{L}\d.-]+)[’']s\b`)

// namesAnotherParty reports whether terms name a party other than
// parties: a glossary name that is no currency ("US$", "VDT" name no
// one).
func (ix *Index) namesAnotherParty(terms, parties []string) bool {
	return slices.ContainsFunc(terms, func(t string) bool { return ix.namedConcept(t) && !ix.currencies[t] && !slices.Contains(parties, t) })
}

// lowerAll returns words in lower case.
func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// A possessive is an owner and the words after it, lower case.
type possessive struct {
	owner string
	after []string
}

// possessives returns a text's possessives, each with up to n words after
// it: "who's Vik's energy minister" has "who" and "Vik", the latter with
// "energy", "minister".
func possessives(text string, n int) []possessive {
	var out []possessive
	for _, m := range possessiveRE.FindAllStringSubmatchIndex(text, -1) {
		ws := words(strings.ToLower(text[m[1]:]))
		out = append(out, possessive{owner: text[m[2]:m[3]], after: ws[:min(n, len(ws))]})
	}
	return out
}

// roleOfAnother returns, for a question after the holder of a party's role
// ("who's Vik's energy minister?"), that party and another whose holder of
// the role the passages name instead ("Holm's minister of energy, Ana
// Varga", "Ana Varga, Holm's minister"), with the role, where no sentence
// of theirs gives the role to the party asked: "" for other otherwise.
func (ix *Index) roleOfAnother(text string, hits []Hit) (party, other, role string) {
	asked := possessives(text, 3)
	if keywordQuestion(text) {
		// "tarn fisheries minister name": the party's name before the
		// role, the nearest first ("holm talks tarn envoy": Tarn's)
		ws := words(text)
		for i := len(ws) - 1; i >= 0; i-- {
			for j := i + 1; j <= min(i+3, len(ws)); j++ {
				if ts := ix.Terms(strings.Join(ws[i:j], " ")); len(ts) == 1 && ix.namedConcept(ts[0]) {
					asked = append(asked, possessive{owner: strings.Join(ws[i:j], " "), after: lowerAll(ws[j:min(j+3, len(ws))])})
				}
			}
		}
	}
	for _, p := range asked {
		i := slices.IndexFunc(p.after, roleWord)
		// a party the sources name ("who's Vik's": not "who's" itself)
		if owner := ix.Terms(p.owner); i >= 0 && len(owner) == 1 && ix.namedConcept(owner[0]) {
			party, role = owner[0], p.after[i]
			break
		}
	}
	if party == "" {
		return "", "", ""
	}
	for _, h := range hits {
		for _, s := range ix.Sentences(h.Passage) {
			if !slices.Contains(words(strings.ToLower(s.Text)), role) {
				continue
			}
			for _, o := range possessives(s.Text, 4) {
				if !slices.Contains(o.after, role) {
					continue
				}
				switch ts := ix.Terms(o.owner); {
				case slices.Contains(ts, party):
					return "", "", "" // the party's own holder
				case len(ts) == 1 && ix.namedConcept(ts[0]) && other == "":
					other = ts[0]
				}
			}
		}
	}
	return party, other, role
}

// namesHolder reports whether a passage names who holds a role in a body
// the question names ("the HPA’s director, Anna Lind").
func (ix *Index) namesHolder(p *Passage, own []QueryTerm) bool {
	for _, m := range possessiveRoleRE.FindAllStringSubmatch(p.Text, -1) {
		role := strings.Fields(m[2])
		if !roleWord(role[len(role)-1]) {
			continue
		}
		body := ix.Terms(m[1])
		if slices.ContainsFunc(own, func(t QueryTerm) bool { return t.Name && slices.Contains(body, t.Stem) }) {
			return true
		}
	}
	return false
}

// hasEventTerm reports whether a sentence's terms have one of the event's
// words the sources use, or an expansion of it stronger than a concept
// whose alias merely contains the word.
func hasEventTerm(terms []string, event []QueryTerm) bool {
	return slices.ContainsFunc(event, func(t QueryTerm) bool {
		return t.Found && (slices.Contains(terms, t.Stem) || slices.ContainsFunc(t.Expansions, func(e Expansion) bool {
			return e.Weight > partFoundWeight && slices.Contains(terms, e.Stem) // "voted" is not said by "referendum"
		}))
	})
}

// gives reports whether a sentence of a passage gives what a question
// asks for beside a word of what happened: a date of the event asked
// about, not of another beside the same names ("when was the mayor's last
// trip" is not the day the mayor opened a school); the others asked for
// ("which other ports closed": names given together, or "the only port
// that closed"; "one of the five ports that closed" does not name them).
// A question naming nothing that happened takes any such sentence.
// A passage about the source itself has its hints as words of every
// sentence: "when did it originally come out?" is answered by "first
// published ... on 12 June", "originally" being a hint of it.
func (ix *Index) gives(p *Passage, kind Quantity, event []QueryTerm) bool {
	hints := ix.hintsOf(p)
	for _, s := range SplitSentences(p.Text) {
		if ix.hasQuantity(&Passage{Text: s}, kind) && (len(event) == 0 || hasEventTerm(append(ix.Terms(s), hints...), event)) {
			return true
		}
	}
	return false
}

// personsAsked returns the stems of the question's words that the sources
// write only as a name, that no glossary concept holds and that follow no
// preposition of place: the people it names ("Brun"), however typed.
func (ix *Index) personsAsked(text string, own []QueryTerm) []string {
	var out []string
	for _, t := range own {
		if t.Found && t.Salient && !t.Context && !strings.HasPrefix(t.Stem, "=") && !isNumber(t.Stem) && ix.writtenAsName(t.Surface) && len(ix.kb.Glossary.partOf[t.Stem]) == 0 &&
			!placeBefore(text, t.Surface) {
			out = append(out, t.Stem) // as typed: "Kettridge", "kettridge", "KETTRIDGE"
		}
	}
	return out
}

// placeBefore reports whether a question has a word after a preposition
// of place ("stop at kessmouth", "the plant in Brennport"): a place, not
// a person.
func placeBefore(text, word string) bool {
	for _, m := range placeWordRE.FindAllStringSubmatch(text, -1) {
		if strings.EqualFold(m[1], word) {
			return true
		}
	}
	return false
}

// placeWordRE finds a word after a preposition of place; the group is the
// word.
var placeWordRE = lazyre.New(`(?i)\b(?:at|in|near|into|outside|inside)\s+(?:the\s+)?([\p{L}’'-]+)`)

// datedOf reports whether a passage gives a date (kind) in a sentence that
// names one of the persons, or goes on from one that does with a pronoun
// ("On 3 March she took over"), and has a word of what is asked, in it or
// in the sentence it goes on from: "Berg resigned on 9 January" does not
// date Brun's start.
func (ix *Index) datedOf(p *Passage, kind Quantity, persons []string, event []QueryTerm) bool {
	ss := ix.Sentences(p)
	named := func(terms []string) bool {
		return slices.ContainsFunc(persons, func(n string) bool { return slices.Contains(terms, n) })
	}
	for i, s := range ss {
		if !ix.hasQuantity(&Passage{Text: s.Text}, kind) {
			continue
		}
		terms := ix.Terms(s.Text)
		if named(terms) && hasEventTerm(append(terms, ix.hintsOf(p)...), event) {
			return true
		}
		if i > 0 && personPronounRE.MatchString(s.Text) {
			if before := ix.Terms(ss[i-1].Text); named(before) && hasEventTerm(append(terms, before...), event) {
				return true
			}
		}
	}
	return false
}

// groupAskedRE finds a question after the names of the members of a group
// it counts: "which two firms", "who were the 2 dissenters", "names of the
// other 4 arbitrators". The groups are the count and the noun.
var groupAskedRE = lazyre.New(`(?i)\b(?:which|what\s+are|what\s+were|who\s+(?:are|were|r)|names?\s+of)\s+(?:the\s+)?(?:other\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:other\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+?s)['’]?(?:\s|[?.!,;]|$)`)

// sumNounAskedRE finds a question after what pay, levy, fee or tax
// something is ("on what pay?", "what levy did the review propose?"),
// which a rate of it answers (rateOfGiven). Not "how much do they spend",
// which a share does not answer.
var sumNounAskedRE = lazyre.New(`(?i)\bwhat\s+(` + sumNounAskedAlt + `)\b`)

// sumNouns are the nouns of a charge or a pay, each read as the one of
// its group: a question after "what pay" is answered by a share of wages.
var sumNouns = map[string]string{
	"pay": "pay", "wage": "pay", "wages": "pay", "salary": "pay", "salaries": "pay", "earnings": "pay",
	"levy": "levy", "levies": "levy", "fee": "fee", "fees": "fee", "charge": "charge", "charges": "charge",
	"commission": "commission", "royalty": "royalty", "royalties": "royalty", "tax": "tax", "taxes": "tax",
	"cut": "cut", "premium": "premium",
}

// sumNounOf returns the group of a noun of a charge or a pay (sumNouns).
func sumNounOf(w string) string { return sumNouns[strings.ToLower(w)] }

// rateGivenRE finds a percentage beside a noun of a charge or a pay: a
// share of it ("80% of their pay"; group 1), the noun set at one ("the
// levy needed at 1 per cent", "a fee of 5%"; group 2), or one before it
// ("a 1% levy"; group 3).
var rateGivenRE = lazyre.New(`(?i)\b\d+(?:\.\d+)?\s?(?:%|per ?cent)\s+of\s+(?:(?:their|its|his|her|the|that|this|those|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(` + sumNounAlt + `)\b` +
	`|\b(` + sumNounAlt + `)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:at|of|is|was|set\s+at|equal\s+to)\s+(?:about\s+|around\s+|some\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent)` +
	`|\b\d+(?:\.\d+)?\s?(?:%|-?per-?cent)\s+(` + sumNounAlt + `)\b`)

// sumNounAskedAlt is the alternation of sumNouns' words a question asks
// "what ..." by, and sumNounAlt of all of them ("earnings" is given, not
// asked "what earnings").
const (
	sumNounAskedAlt = `pay|levy|levies|wages?|salar(?:y|ies)|fees?|charges?|commission|royalt(?:y|ies)|tax|taxes|cut|premium`
	sumNounAlt      = sumNounAskedAlt + `|earnings`
)

// rateOfGiven reports whether a text gives a percentage of the charge or
// pay asked (group, sumNouns): "at 80% of their pay" for pay, "the levy
// needed at 1 per cent" for a levy; not "wages made up 40% of the
// plant's costs", a share of another sum, nor "15% of their revenue in
// gaming tax" for a levy.
func rateOfGiven(text, group string) bool {
	for _, m := range rateGivenRE.FindAllStringSubmatch(text, -1) {
		for _, w := range m[1:] {
			if w != "" && sumNounOf(w) == group {
				return true
			}
		}
	}
	return false
}

// namedKind reports whether members of a group of this noun (plural,
// lower case) go by names: people ("arbitrators", "dissenters") and the
// bodies and places a piece names ("firms", "countries"), and any noun
// whose commonest sense WordNet makes a kind of person, organisation or
// place ("insurers", "clubs", "utilities"); not "concerns", "matches".
func namedKind(noun string) bool {
	return personNoun(noun) || namedKinds[noun] || lexicon.GoesByName(noun)
}

var namedKinds = setOf("firms", "companies", "cos", "traders", "banks", "lenders", "funds", "countries", "states", "nations",
	"governments", "regions", "provinces", "cities", "towns", "ports", "utilities", "parties", "airlines", "carriers",
	"groups", "groupings", "projects", "plants", "mines", "agencies", "ministries", "unions", "suppliers", "buyers", "bidders")

// nameListRE finds two or more names in a list: "Holm Group and Vik",
// "Donetsk, Luhansk, Kherson and Zaporizhzhia", a name with a bracket
// after it ("Vik Ltd (of Tarn) and Berg Ltd"). Its items are read by
// namedItems.
var nameListRE = lazyre.New(listName + `(?:,\s+` + listItem + `)*,?\s+(?:and|&)\s+` + listItem)

// listName is a name in a list: up to four capitalised words, and a
// bracket after them; listItem the same after "the" or a preposition ("at
// Arnsby and at Brennport").
const (
	listName = `\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}(?:\s+\([^()]*\))?`
	listItem = `(?:(?:the|at|in|of|from|to|on)\s+)?` + listName
)

// listSplitRE splits a list of names into its items.
var listSplitRE = lazyre.New(`\s*(?:,\s*(?:and\s+|&\s+)?|\s(?:and|&)\s+)(?:(?:the|at|in|of|from|to|on)\s+)?`)

// appositionRE finds what follows a list of names that says what they are:
// a comma, or a verb of being.
var appositionRE = lazyre.New(`^(?:\s*\([^()]*\))?\s*(?:,|\s(?:are|were|is|was|remain|remained|became|become)\b)`)

// namedItems counts the items of a list of names that are names: not a
// month or a day ("between January and March").
func namedItems(list string) int {
	n := 0
	for _, item := range listSplitRE.Split(list, -1) {
		first, _, _ := strings.Cut(strings.TrimSpace(item), " ")
		if first != "" && !calendarWords[strings.ToLower(first)] {
			n++
		}
	}
	return n
}

// listsNames reports whether a passage has a sentence that lists names
// (see nameListRE) and has the group's noun, or goes on from one that has
// it: the members of the group, named. Where the sources do not have the
// noun ("traders", where they write "trading companies"), the sentence
// with most of the question's words is the group's.
func (ix *Index) listsNames(p *Passage, noun []string, own []QueryTerm) bool {
	ss := ix.Sentences(p)
	on := func(s string) bool { return containsAll(ix.Terms(s), noun) }
	found := len(noun) > 0 && len(ix.postings[noun[0]]) > 0
	if !found {
		about := ix.aboutSentence(p, own).Text
		on = func(s string) bool { return s == about }
	}
	for i, s := range ss {
		next := i > 0 && on(ss[i-1].Text)
		if !on(s.Text) && !next {
			continue
		}
		for _, at := range nameListRE.FindAllStringIndex(s.Text, -1) {
			// the members after the group's noun ("two firms, X and Y"), or
			// in the sentence after it, or before it as what it is ("X and
			// Y, the region's two ports", "X and Y are its two lenders"); not
			// "X and Y each received bids from two firms"
			if namedItems(s.Text[at[0]:at[1]]) >= 2 && (next || !found || containsAll(ix.Terms(s.Text[:at[0]]), noun) ||
				appositionRE.MatchString(s.Text[at[1]:]) && containsAll(ix.Terms(s.Text[at[1]:]), noun)) {
				return true
			}
		}
	}
	return false
}

// noSuccessorRE finds a sentence that says no one has yet taken a post:
// "a successor to Lind has not been named", "a successor has yet to be
// named", "no replacement has been appointed", "the board has not yet
// appointed a successor".
var noSuccessorRE = lazyre.New(`(?i)\b(?:successor|replacement)\b[^.;]*?\b(?:(?:has|have|had)\s+(?:yet\s+)?not\s+(?:yet\s+)?been|(?:has|have|had)\s+yet\s+to\s+be|(?:is|was)\s+(?:still\s+)?to\s+be)\s+(?:named|appointed|chosen|found|picked|confirmed)|\bno\s+(?:successor|replacement)\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:named|appointed|chosen|found|picked|confirmed)|\b(?:has|have|had)\s+(?:yet\s+)?not\s+(?:yet\s+)?(?:named|appointed|chosen|found|picked)\s+(?:a\s+)?(?:successor|replacement)`)

// yetAskedRE finds a question on whether something has happened yet
// ("named yet?", "has it been tendered yet"): a sentence that says it has
// not answers it.
var yetAskedRE = lazyre.New(`(?i)\byet\b`)

// noSuccessor reports whether a passage has a sentence on one of the
// persons asked that says no one has taken their post yet.
func (ix *Index) noSuccessor(p *Passage, persons []string) bool {
	onPerson := func(s string) bool {
		return slices.ContainsFunc(ix.Terms(s), func(t string) bool { return slices.Contains(persons, t) })
	}
	ss := ix.Sentences(p)
	for i, s := range ss {
		if !noSuccessorRE.MatchString(s.Text) {
			continue
		}
		// the person's successor: "a successor to Korrow", "Korrow's
		// successor", "appointed a successor to Korrow"; or, after a
		// sentence on the person, "a successor has not been named" with
		// no one else's post in it ("her head of signalling")
		if onPerson(s.Text) && ix.successorOf(s.Text, persons) ||
			i > 0 && onPerson(ss[i-1].Text) && !onPerson(s.Text) && !possessedPostRE.MatchString(s.Text) {
			return true
		}
	}
	return false
}

// successorOfRE finds whose successor a sentence tells of: "successor to
// X", "X's successor".
var successorOfRE = lazyre.New(`(?i)\b(?:successor|replacement)\s+(?:to|for|of)\s+|['’]s\s+(?:successor|replacement)\b`)

// possessedPostRE finds a post held by someone a sentence names by a
// pronoun: "her head of signalling", "his deputy".
var possessedPostRE = lazyre.New(`(?i)\b(?:her|his|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:successor|replacement)\b|\b(?:her|his|their)\s+(?:head|deputy|chief|director|manager)\b`)

// successorOf reports whether a sentence's successor is of one of the
// persons: a person's word right after "successor to" or before "'s
// successor".
func (ix *Index) successorOf(s string, persons []string) bool {
	for _, loc := range successorOfRE.FindAllStringIndex(s, -1) {
		after := ix.Terms(s[loc[1]:min(len(s), loc[1]+40)])
		before := ix.Terms(s[max(0, loc[0]-30):loc[0]])
		if len(after) > 0 && slices.ContainsFunc(after[:min(3, len(after))], func(t string) bool { return slices.Contains(persons, t) }) ||
			len(before) > 0 && slices.Contains(persons, before[len(before)-1]) {
			return true
		}
	}
	return false
}

// successorAskedRE finds a question after who took someone's place:
// "who replaced X", "X's successor", "who took over from X" (not "who
// took over the lab").
var successorAskedRE = lazyre.New(`(?i)\b(?:replaced|replaces|replacing|succeeded|succeeds|successors?|replacements?)\b|\b(?:took|taken|taking|take|stepped|step)\s+(?:over|in)\b(?:\s+\S+){0,3}?\s+(?:from|after|for)\b`)

// successionRE finds a sentence that tells of someone taking a post: "was
// replaced by", "succeeded", "to run it as interim chief executive".
var successionRE = lazyre.New(`(?i)\b(?:replac\p{L}*|succe(?:ed|ssor)\p{L}*|took\s+over|takes\s+over|taken\s+over|appointed|named\s+as|in\s+place\s+of|interim|acting|stepped\s+in|new\s+(?:chief|head|director|chair|minister|manager|president)|in\s+(?:his|her|its|their)\s+place)\b`)

// leavingRE finds a word for leaving a post ("berg quit, who took
// over"), which is the predecessor's, not the post's.
var leavingRE = lazyre.New(`(?i)^(?:quit|quits|quitting|resign\p{L}*|left|leave|leaves|leaving|dismiss\p{L}*|fired|sacked|ousted|depart\p{L}*|exit\p{L}*|stepped|stepping|retired|retiring|gone|went)$`)

// namesSuccessor reports whether a passage has a sentence that tells of
// someone other than the persons asked taking a post, and names the
// post as the question does (its words other than names and the words
// of succession) or the person whose place was taken.
func (ix *Index) namesSuccessor(p *Passage, own []QueryTerm, persons []string) bool {
	var post []QueryTerm
	for _, t := range own {
		if t.Found && !t.Soft && !t.Name && !strings.HasPrefix(t.Stem, "=") && !slices.Contains(persons, t.Stem) && !successorAskedRE.MatchString(t.Surface) && !successionRE.MatchString(t.Surface) && !leavingRE.MatchString(t.Surface) {
			post = append(post, t)
		}
	}
	ss := ix.Sentences(p)
	for i, st := range ss {
		s := st.Text
		if !successionRE.MatchString(s) || !ix.namesAnotherPerson(s, persons) {
			continue
		}
		// the person whose place it was ("Her successor, Mara Osei," after
		// a sentence on her), or the post as the question names it (a
		// question that names none: the person)
		terms := ix.Terms(s)
		if containsAll(terms, persons) || i > 0 && personPronounRE.MatchString(s) && containsAll(ix.Terms(ss[i-1].Text), persons) ||
			len(post) > 0 && !slices.ContainsFunc(post, func(t QueryTerm) bool { return !t.in(terms) }) {
			return true
		}
	}
	return false
}

// namesAnotherPerson reports whether a sentence names someone in full
// (see hasFullName) other than the persons asked: "Holm appointed Petra
// Lind in 2015" names only Lind.
func (ix *Index) namesAnotherPerson(s string, persons []string) bool {
	var runs []string
	for _, m := range nameRunRE.FindAllStringSubmatch(s, -1) {
		runs = append(runs, m[1])
	}
	if m := openingNameRE.FindStringSubmatch(s); m != nil {
		runs = append(runs, m[1])
	}
	return slices.ContainsFunc(runs, func(run string) bool {
		return !ix.kb.Glossary.isAlias(run) && !slices.ContainsFunc(ix.Terms(run), func(t string) bool { return slices.Contains(persons, t) })
	})
}

// hintsOf returns the hint terms of a passage about the source itself, nil
// for another passage (told by its source, without looking through the
// index's passages about sources).
func (ix *Index) hintsOf(p *Passage) []string {
	if p.Source == nil || !p.Source.AboutSource[p.N] {
		return nil
	}
	for doc, hints := range ix.aboutSource {
		if ix.passages[doc] == p {
			return slices.Collect(maps.Keys(hints))
		}
	}
	return nil
}

// namesParties reports whether a passage names each of the parties: by a
// name of theirs, or, going on from the passage before, which names
// them, by the last word of one of their names after "the" ("the
// authority" for the river authority just named).
func (ix *Index) namesParties(h Hit, parties []string) bool {
	return !slices.ContainsFunc(parties, func(n string) bool {
		return !slices.Contains(h.Matched, n) && !ix.referredBack(h.Passage, n)
	})
}

// partyBeside reports whether a sentence that gives what is asked (ok)
// names the parties, or the sentence before it does, or it names no other
// party: "how much is Vik
// paying for imports" is not answered by Berg's import bill in a passage
// that names Vik elsewhere. A passage that refers back to the parties
// (see referredBack) is taken whole.
func (ix *Index) partyBeside(h Hit, parties []string, ok func(s string) bool) bool {
	if len(parties) == 0 || !matchesAll(h, parties) {
		return true
	}
	ss := SplitSentences(h.Passage.Text)
	for i, s := range ss {
		if !ok(s) {
			continue
		}
		terms := ix.Terms(countryDollarRE.ReplaceAllString(s, "$$")) // "US$185m" names no party
		// its parties named there or just before, or no one else named
		// ("it pays $28 million a month")
		if containsAll(terms, parties) && ix.clauseOf(s, parties, nil, ok, i > 0 && containsAll(ix.Terms(ss[i-1]), parties)) || i > 0 && containsAll(ix.Terms(ss[i-1]), parties) ||
			i > 1 && pronounOpenRE.MatchString(s) && pronounOpenRE.MatchString(ss[i-1]) && containsAll(ix.Terms(ss[i-2]), parties) ||
			!ix.namesAnotherParty(terms, parties) {
			return true
		}
	}
	return false
}

// countryDollarRE finds a dollar sign with its country's letters ("US$",
// "A$", "HK$"), which name a currency, not a party.
var countryDollarRE = lazyre.New(`\b[A-Z]{1,3}\$`)

// clauseOf reports whether a sentence that names the parties gives what
// is asked (ok) in a clause that names them or no other party: not "Vik
// has courted the industry with grants, and Holm announced a $40 million
// plant", where the sum is Holm's.
//
// A party is named as namesParty reads it, by a name it stands for too:
// "the Holm plant", a name of the glossary's with the word "Holm" asked
// (own: the question's terms; nil where it names parties by their own
// stems only). Before is true where the sentence before names them.
func (ix *Index) clauseOf(s string, parties []string, own []QueryTerm, ok func(s string) bool, before bool) bool {
	clauses := clauseBreakRE.Split(s, -1)
	if len(clauses) < 2 {
		return true
	}
	// a concept a party stands for is no other party, unless the sentence
	// names the party apart from it too ("Vik Airways, based in Arnsby,
	// cut 600 jobs there, while the town of Vik ...")
	if own != nil && containsAll(ix.Terms(s), parties) {
		own = nil
	}
	standsFor := func(t string) bool {
		return slices.ContainsFunc(own, func(q QueryTerm) bool { return slices.Contains(parties, q.Stem) && q.in([]string{t}) })
	}
	for i, c := range clauses {
		if !ok(c) {
			continue
		}
		terms := ix.Terms(c)
		// a clause opening with a pronoun goes on about the sentence's
		// subject ("Holm signed a deal, and it will pay Berg's owners $5m");
		// the first clause's is the sentence before's, the parties' where
		// it names them (before), not otherwise ("Its members included the
		// HCL, with 780,000 members; the VWU; ...")
		if !slices.ContainsFunc(parties, func(p string) bool { return !namesParty(terms, p, own) }) || (i > 0 || before) && pronounOpenRE.MatchString(c) ||
			!slices.ContainsFunc(terms, func(t string) bool { return ix.namedConcept(t) && !slices.Contains(parties, t) && !standsFor(t) }) {
			return true
		}
	}
	return !slices.ContainsFunc(clauses, ok) // the figure split between clauses: the sentence whole
}

// pronounOpenRE finds a clause that opens with a pronoun for its subject.
var pronounOpenRE = lazyre.New(`(?i)^\s*(?:it|its|they|their|he|his|she|her)\b`)

// clauseBreakRE finds where a sentence joins two clauses of their own:
// ", and", ", while", "; ".
var clauseBreakRE = lazyre.New(`(?i),\s+(?:and|while|whereas|but)\s+|;\s+`)

// referredBack reports whether a passage refers back to a concept the
// passage before it names, by "the" and the last word of one of its
// aliases of two words or more.
func (ix *Index) referredBack(p *Passage, concept string) bool {
	key, ok := strings.CutPrefix(concept, "=")
	if !ok || p.Source == nil {
		return false
	}
	prev := p.Source.Passage(p.N - 1)
	e, ok := ix.kb.Glossary.Entry(key)
	if prev == nil || !ok || !slices.Contains(ix.Terms(prev.Text), concept) {
		return false
	}
	terms := ix.Terms(p.Text)
	ws := words(strings.ToLower(p.Text))
	for _, a := range e.Aliases {
		aw := words(strings.ToLower(a))
		if len(aw) < 2 {
			continue
		}
		head := aw[len(aw)-1]
		if r, _ := utf8.DecodeRuneInString(head); unicode.IsDigit(r) || isAcronym(strings.Fields(a)[len(strings.Fields(a))-1]) {
			head = aw[0] // "Bill 31": a bill
		}
		if !lexicon.Known(head) || genericHeads[head] || ix.headOfAnother(terms, concept, head) {
			continue
		}
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == "the" && ws[i+1] == head {
				return true
			}
		}
	}
	return false
}

// headOfAnother reports whether another party a passage names has a name
// ending in head: "the authority" may be its.
func (ix *Index) headOfAnother(terms []string, concept, head string) bool {
	return slices.ContainsFunc(terms, func(t string) bool {
		if t == concept || !ix.namedConcept(t) {
			return false
		}
		e, ok := ix.kb.Glossary.Entry(strings.TrimPrefix(t, "="))
		return ok && slices.ContainsFunc(e.Aliases, func(a string) bool {
			aw := words(strings.ToLower(a))
			return len(aw) > 1 && aw[len(aw)-1] == head
		})
	})
}

// genericHeads end the names of many parties ("the Vik government", "the
// Holm Development Bank"): "the government" refers back to none of them
// in particular.
var genericHeads = setOf("government", "administration", "bank", "group", "company", "state", "republic",
	"federation", "kingdom", "union", "party", "ministry", "council", "commission", "office", "department")

// askedRoles returns the stems of the roles a "who is the <role> of"
// question asks the holder of ("managing director", "ambassador"), that
// the sources have: words for a kind of person, not a name, nor inside an
// alias.
// hasRoles reports whether a text names every role asked (their stems):
// by its word, or a leader by who leads ("led by its secretary-general
// Anna Holm", "headed by", "under its president"), in a clause that names
// the question's topic where it has one ("the HCL, led by Anna Holm; the
// VWU; ..." names no leader of the VWU).
func (ix *Index) hasRoles(text string, roles, topic []string) bool {
	if len(roles) == 0 {
		return true
	}
	terms := ix.Terms(text)
	led := func() bool {
		return slices.ContainsFunc(clauseBreakRE.Split(text, -1), func(c string) bool {
			loc := leaderRE.FindStringIndex(c)
			// (not "the VWU joined the march, led by Anna Holm of the
			// HCL": the leader named is another body's)
			return loc != nil && containsAll(ix.Terms(c), topic) &&
				!slices.ContainsFunc(ix.Terms(c[loc[1]:]), func(t string) bool { return ix.namedConcept(t) && !slices.Contains(topic, t) })
		})
	}
	return !slices.ContainsFunc(roles, func(r string) bool {
		return !slices.Contains(terms, r) && !(leaderStems[r] && led())
	})
}

// leaderStems are the stems of the words for whoever leads a body, whom
// "led by", "headed by" name; leaderRE finds those.
var (
	leaderStems = setOf(stem("leader"), stem("head"), stem("chief"), stem("boss"))
	leaderRE    = lazyre.New(`(?i)\b(?:led|headed|run)\s+by\b|\bunder\s+(?:its|their|the)\s+(?:president|chair\w*|leader|head|secretary-general|general secretary)\b`)
)

func askedRoles(text string, own []QueryTerm) []string {
	var role []string
	if m := holderAskedRE.FindStringSubmatch(text); m != nil {
		role = words(strings.ToLower(m[1] + m[2] + m[3]))
	} else if keywordQuestion(text) && roleClosing(text) {
		// "holm chief executive", "tarn fisheries minister name": the
		// words closing it
		ws := words(strings.ToLower(nameClosingRE.ReplaceAllString(text, "")))
		role = ws[max(0, len(ws)-3):]
	} else {
		return nil
	}
	if slices.Contains(role, "author") || slices.Contains(role, "writer") {
		return nil // "who's the author of this one": the piece's, which its own passage gives
	}
	var out []string
	for _, t := range own {
		if lower := strings.ToLower(t.Surface); t.Found && !t.Name && !t.Context && !strings.HasPrefix(t.Stem, "=") && slices.Contains(role, lower) && roleWord(lower) {
			out = append(out, t.Stem)
		}
	}
	// "director general": a role's word the question's terms leave out
	// (see questionWords) that follows a role's, part of its name
	for i, w := range role {
		if i > 0 && len(out) > 0 && questionWords[w] && roleWord(role[i-1]) && roleWord(w) {
			out = append(out, stem(w))
		}
	}
	return out
}

// holderAskedRE finds a question after who holds a role: "who's the
// managing director of", "who is Berg's ambassador?", "who's the VHA
// director general" (a body's name before the role, in capitals; not
// "who's the official talking about ..."); the groups are the role's
// words.
var holderAskedRE = lazyre.New(`(?i)\bwho(?:['’]s|\s+is|\s+was|s)\s+(?:the\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:of|for|at|to)\s|(?:its|their|[\p{L}.-]+(?:['’]s?|s))\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s*[?!.]*\s*$|(?:the\s+)?(?-i:(?:\p{Lu}[\p{L}&.’'-]*\s+)+)((?-i:\p{Ll})[\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s*[?!.]*\s*$)`)

// namesRole reports whether a sentence of a passage names one person by
// a role beside a word of what happened ("the envoy to the UN called the
// claim fake"): "who at the UN called it fake?" is answered by the role,
// as by a name. A group ("experts") is no one.
func (ix *Index) namesRole(p *Passage, event []QueryTerm) bool {
	for _, s := range SplitSentences(p.Text) {
		if !hasEventTerm(ix.Terms(s), event) {
			continue
		}
		for _, w := range words(s) {
			// in lower case: not a people's name ("Rigan"); a plural
			// ("experts") is no person noun to askedPerson
			if w == strings.ToLower(w) && askedPerson(w) {
				return true
			}
		}
	}
	return false
}

// oneOtherRE finds a question after one other, by a noun in the singular
// ("which other site", "what other outlet"; not "which other countries").
var oneOtherRE = lazyre.New(`(?i)\b(?:which|what)\s+other\s+\p{L}+[^s\P{L}]\b`)

// otherNameRE finds a name inside a sentence: a capitalised word after a
// lower-case word, a figure or a comma.
var otherNameRE = lazyre.New(`[\p{Ll}\d,;:—–(]\s+(\p{Lu}[\p{L}’'\-]+)`)

// namesAnother reports whether a sentence of a passage names someone or
// something the question does not, beside a word of what it asks
// happened: a capitalised word inside the sentence ("first published in
// Harbour Weekly"), none of whose terms the question has.
func (ix *Index) namesAnother(p *Passage, own, event []QueryTerm) bool {
	asked := map[string]bool{}
	for _, t := range own {
		asked[t.Stem] = true
	}
	found := slices.ContainsFunc(event, func(t QueryTerm) bool { return t.Found })
	for _, s := range SplitSentences(p.Text) {
		if found && !hasEventTerm(ix.Terms(s), event) {
			continue
		}
		for _, m := range otherNameRE.FindAllStringSubmatch(s, -1) {
			if calendarWords[strings.ToLower(m[1])] {
				continue // "first ran in March": a date, no one
			}
			if ts := ix.Terms(m[1]); len(ts) > 0 && !slices.ContainsFunc(ts, func(s string) bool { return asked[s] }) {
				return true
			}
		}
	}
	return false
}

var quantityLabel = map[Quantity]string{Others: "names of the others", Count: "figure", Share: "percentage", Distance: "distance", Area: "area", Money: "amount of money", Day: "date", When: "date", Time: "time", Named: "name", Advice: "recommendation"}

// everydayRank is an everyday word's weight in ranking, against 1 for a
// topic term (a name, a figure, a concept, a specific term): the commoner
// the word in English, the less it says what a question is about, so
// "trilateral" (in SCOWL's larger lists) weighs more than "practice" (in its
// smallest).
func everydayRank(t QueryTerm) float64 {
	switch l := t.level; {
	case l <= 20:
		return 0.5
	case l <= 35:
		return 0.6
	case l <= 40:
		return 0.75
	}
	return 0.85
}

// everydayShare is how much an everyday word (one the lexicon calls
// ordinary English, not a name, figure or glossary concept) weighs in the
// coverage rule against the question's topic terms, graded like
// everydayRank: it helps a passage rank but never decides coverage on its
// own.
func everydayShare(t QueryTerm) float64 {
	switch l := t.level; {
	case l <= 20:
		return 0.25
	case l <= 35:
		return 0.3
	}
	return 0.4
}

// commonness is the SCOWL size of a word or of its base form, whichever
// is commoner, or 0 for a word the lexicon does not grade (each caller
// says how it reads that). A word the lexicon has no relations for is read
// by the base forms its ending suggests ("cozying": cozy).
func commonness(surface string) int {
	lower := strings.ToLower(surface)
	var bases []string
	if rels := lexicon.Lookup(lower); len(rels) > 0 {
		for _, r := range rels {
			if r.Kind == lexicon.Base {
				bases = append(bases, r.Word)
			}
		}
	} else {
		bases = guessBases(lower)
	}
	l := lexicon.Level(lower)
	for _, b := range bases {
		if lb := lexicon.Level(b); lb > 0 && (l == 0 || lb < l) {
			l = lb
		}
	}
	return l
}

// guessBases are the base forms an inflected word may have when the
// lexicon knows none ("cozying": cozy; "reposted": repost).
func guessBases(w string) []string {
	var out []string
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || len(b) < 3 {
			continue
		}
		out = append(out, b, b+"e")
		if n := len(b); n > 3 && b[n-1] == b[n-2] {
			out = append(out, b[:n-1]) // "running": run
		}
		if strings.HasSuffix(b, "i") {
			out = append(out, b[:len(b)-1]+"y") // "carried": carry
		}
	}
	return out
}

// coverWeight is what a term weighs in the coverage rule: a topic term (a
// salient term or a glossary concept) its IDF; an everyday word a share of
// it, or of the rarest weight when no source has it; an idiom's phrase
// nothing (its words are already counted).
func (ix *Index) coverWeight(t QueryTerm) float64 {
	switch {
	case strings.HasPrefix(t.Stem, "~") || t.Soft:
		return 0
	case t.Salient || strings.HasPrefix(t.Stem, "="):
		return t.IDF
	case t.Found:
		return everydayShare(t) * t.IDF
	case t.head:
		return ix.idf(0)
	}
	return missingShare(t.Surface) * ix.idf(0)
}

// missingShare is how much an everyday word no source has weighs, as a
// share of the rarest term's: the commonest English words ("think",
// "situation") next to nothing, the less common ones ("election") more,
// the rest of standard English ("bullish", "holdout": SCOWL sizes 40 to
// 50) more again, each graded by its commoner form ("cozying" as "cozy");
// an ungraded word, or a rarer one, weighs as a rare one.
func missingShare(surface string) float64 {
	switch l := commonness(surface); {
	case l > 0 && l <= 20:
		return 0.1
	case l > 0 && l <= 35:
		return 0.15
	case l > 0 && l <= standardSize:
		return 0.2
	}
	return 0.5
}

// standardSize is the largest SCOWL size of standard English, the words
// of a good desk dictionary; sizes 55 and up are the less common and
// specialised words a question may name its topic by.
const standardSize = 50

// totalWeight is the question's weight in the coverage rule.
func (ix *Index) totalWeight(terms []QueryTerm) float64 {
	var w float64
	for _, t := range terms {
		w += ix.coverWeight(t)
	}
	return w
}

// coveredWeight is the weight of the terms a passage has.
func (ix *Index) coveredWeight(h Hit, terms []QueryTerm) float64 {
	var w float64
	for _, t := range terms {
		if slices.Contains(h.Matched, t.Stem) {
			w += ix.coverWeight(t)
		}
	}
	return w
}

// wholeWeight is coveredWeight for the question as a whole, with the
// salient words the passage says by a synonym (see saidOtherwise): a
// passage about its source itself (who wrote it, where it appeared), asked about by
// one of its hints, is about the piece its title names too, as "who wrote the harbour-towns piece, and
// where is he based?" names the piece by what it is about.
func (ix *Index) wholeWeight(h Hit, terms []QueryTerm) float64 {
	w := ix.coveredWeight(h, terms)
	w += ix.saidOtherwise(h, terms)
	if !h.Passage.Source.AboutSource[h.Passage.N] {
		return w
	}
	hints := ix.HintTerms(h.Passage)
	if !slices.ContainsFunc(h.Matched, func(st string) bool { return hints[st] }) {
		return w // found by its text alone ("associate"), it is not asked about
	}
	title := ix.Terms(h.Passage.Source.Title)
	for _, t := range terms {
		if !slices.Contains(h.Matched, t.Stem) && slices.Contains(title, t.Stem) {
			w += ix.coverWeight(t)
		}
	}
	return w
}

// saidOtherwise is the weight of the question's salient words a passage
// does not have but says by another word of the same sense (WordNet's
// synonyms of the word's commonest senses, of the same kind of thing:
// see sameKind): "babies" of "four infants died", each at a synonym's
// weight.
func (ix *Index) saidOtherwise(h Hit, terms []QueryTerm) float64 {
	var w float64
	var has []string
	for _, t := range terms {
		if !t.Salient || slices.Contains(h.Matched, t.Stem) || t.Name || strings.HasPrefix(t.Stem, "=") || strings.HasPrefix(t.Stem, "~") || strings.Contains(t.Surface, " ") || isNumber(t.Stem) {
			continue
		}
		lower := strings.ToLower(t.Surface)
		if slices.ContainsFunc(lexicon.Lookup(lower), func(r lexicon.Related) bool {
			if r.Kind != lexicon.Synonym || strings.Contains(r.Word, " ") || !sameKind(lower, r.Word) {
				return false
			}
			ts := ix.Terms(r.Word)
			if len(ts) != 1 || ts[0] == t.Stem {
				return false
			}
			if has == nil {
				has = ix.Terms(h.Passage.Text) // read once, and only for a synonym of the word's kind
			}
			return slices.Contains(has, ts[0])
		}) {
			w += kindWeight[lexicon.Synonym] * ix.coverWeight(t)
		}
	}
	return w
}

// sameKind reports whether two nouns, by their commonest senses, are
// things of one kind: they share a broader noun, or one is the other's
// ("babies" and "infants", both offspring; not "stores" and "funds",
// which WordNet makes synonyms in another sense, a store of something).
func sameKind(a, b string) bool {
	ka, kb := lexicon.KindsOf(a), lexicon.KindsOf(b)
	return slices.Contains(ka, b) || slices.Contains(kb, a) || slices.ContainsFunc(ka, func(k string) bool { return slices.Contains(kb, k) })
}

// distinctive keeps the names that only some passages have (not the ones
// nearly every passage names, such as the sources' main subjects).
func (ix *Index) distinctive(stems []string) []string {
	var out []string
	for _, s := range stems {
		if df := len(ix.postings[s]); df*3 < len(ix.passages) {
			out = append(out, s)
		}
	}
	return out
}

// labelsAsked is labels, a stem of no concept named as the question writes
// it, with a capital where the sources write it so ("Varga", not "varg").
func (ix *Index) labelsAsked(stems []string, own []QueryTerm) string {
	ls := make([]string, len(stems))
	for i, s := range stems {
		ls[i] = ix.Label(s)
		if j := slices.IndexFunc(own, func(t QueryTerm) bool { return t.Stem == s && !strings.HasPrefix(s, "=") }); j >= 0 {
			ls[i] = own[j].Surface
			if r, size := utf8.DecodeRuneInString(ls[i]); ix.writtenAsName(ls[i]) {
				ls[i] = string(unicode.ToUpper(r)) + ls[i][size:]
			}
		}
	}
	return strings.Join(ls, " and ")
}

func (ix *Index) labels(stems []string) string {
	ls := make([]string, len(stems))
	for i, s := range stems {
		ls[i] = ix.Label(s)
	}
	return strings.Join(ls, " and ")
}

// foundNames are the names the question asks about that the sources have,
// less those another of them names within it (the UN, when the question
// also names the EU Commission).
func (ix *Index) foundNames(terms []QueryTerm) []string {
	var out []string
	for _, t := range terms {
		if t.Name && t.Found {
			out = append(out, t.Stem)
		}
	}
	return slices.DeleteFunc(out, func(n string) bool {
		return slices.ContainsFunc(out, func(by string) bool { return slices.Contains(ix.kb.Glossary.within(by), n) })
	})
}

func matchesAll(h Hit, stems []string) bool { return containsAll(h.Matched, stems) }

// containsAll reports whether have holds every one of want.
func containsAll(have, want []string) bool {
	for _, s := range want {
		if !slices.Contains(have, s) {
			return false
		}
	}
	return true
}

// require keeps only the hits that satisfy ok, reporting whether any did;
// with none, it returns hits unchanged and false.
func require(hits []Hit, ok func(Hit) bool) ([]Hit, bool) {
	var good []Hit
	for _, h := range hits {
		if ok(h) {
			good = append(good, h)
		}
	}
	if len(good) == 0 {
		return hits, false
	}
	if len(good) == len(hits) {
		return hits, true
	}
	var rest []Hit
	for _, h := range hits {
		if !ok(h) {
			rest = append(rest, h)
		}
	}
	return append(good, rest...), true
}

// requireNear is require among the hits scoring at least half the best:
// a passage that gives what the question asks for (a figure, a statement)
// is cited first if it is that close.
func requireNear(hits []Hit, ok func(Hit) bool) ([]Hit, bool) {
	best := hits[0].Score
	return require(hits, func(h Hit) bool {
		return (h.Score >= 0.5*best || h.Score >= 0.3*best && sameMatched(h, hits[0])) && ok(h)
	})
}

// sameMatched reports whether a hit matches every term another does: as
// near the question, whatever a longer passage does to its score.
// requireNear still wants 0.3 of the best score of it, as a passage that
// matches a concept only by a weak part of its name ("joint" of "joint
// venture") matches every term too.
func sameMatched(h, other Hit) bool {
	return len(other.Matched) > 0 && containsAll(h.Matched, other.Matched)
}

// cut keeps the first hit and those after it scoring at least
// opt.Relative of it, at most opt.Max.
func cut(hits []Hit, opt Options) []Hit {
	out := hits[:1]
	for _, h := range hits[1:] {
		if len(out) == opt.Max {
			break
		}
		if h.Score >= opt.Relative*hits[0].Score {
			out = append(out, h)
		}
	}
	return out
}

// adding keeps, after the first hit, those that have a term of the
// question that no hit before them has, or that score nearly as well as
// the first (tieMargin): a passage with nothing but what a better one has
// is the same evidence, weaker, and most often about something else.
func adding(hits []Hit, terms []QueryTerm) []Hit {
	out := hits[:1]
	for _, h := range hits[1:] {
		if h.Score >= tieMargin*hits[0].Score || slices.ContainsFunc(terms, func(t QueryTerm) bool { return !t.Soft && addsTerm(h, out, t.Stem) }) {
			out = append(out, h)
		}
	}
	return out
}

// addsTerm reports whether a hit has a term that none of those before it has.
func addsTerm(h Hit, before []Hit, stem string) bool {
	return slices.Contains(h.Matched, stem) && !slices.ContainsFunc(before, func(b Hit) bool { return slices.Contains(b.Matched, stem) })
}

// unsupportedFocus returns the thing a "which" question asks for ("which
// route") when the best passage does not name it and the passages that do,
// among those cited or the wider candidates, are not about the question's
// distinctive names: it is what is asked, and the sources say it of
// something else.
func (ix *Index) unsupportedFocus(hits, wide []Hit, own []QueryTerm, focus, names []string) string {
	distinct := ix.distinctive(names)
	if len(distinct) == 0 {
		return ""
	}
	for _, t := range own {
		if !t.Found || !slices.Contains(focus, strings.ToLower(t.Surface)) || slices.Contains(hits[0].Matched, t.Stem) ||
			slices.Contains(words(strings.ToLower(hits[0].Passage.Text)), strings.ToLower(t.Surface)) {
			continue // the best passage has it, if only inside a name ("the Riga National University")
		}
		var said, about bool
		for _, h := range wide { // the cited hits are among them
			if slices.Contains(h.Matched, t.Stem) {
				// said as a word of its own ("the rail route"), or as the
				// question writes it inside a concept's alias ("the UN
				// resolution demanding ..." for "which resolution"), not
				// only as another word of its stem inside a name ("the
				// Oriental Institute" for "which institution")
				said = said || slices.Contains(ix.Terms(h.Passage.Text), t.Stem) ||
					slices.Contains(words(strings.ToLower(h.Passage.Text)), strings.ToLower(t.Surface))
				about = about || matchesAll(h, distinct)
			}
		}
		if said && !about {
			return t.Surface
		}
	}
	return ""
}

// unidentified returns the thing a "which" question asks for ("which
// reports", "which experts") when the cited passages have the word only
// vaguely, never saying which they mean: "as some reports allege",
// "speculation among experts".
func (ix *Index) unidentified(hits []Hit, own []QueryTerm, focus []string, text string) string {
	if len(focus) == 0 {
		return ""
	}
	asked := stemsOf(own)
	head := focus[len(focus)-1] // "which high-tech goods": the goods
	for _, t := range own {
		if lower := strings.ToLower(t.Surface); !t.Found || t.Name || ix.namedConcept(t.Stem) || lower != focus[0] && lower != head {
			continue
		}
		// the sentences with every word of the focus ("allied parties"),
		// where there are any: another kind of it named elsewhere ("the
		// opposition Holm Party") does not say which of these
		type termed struct {
			text  string
			terms []string
			next  string // the passage's next sentence
		}
		var sentences []termed // the cited passages' sentences, each with its terms
		for _, h := range hits {
			ss := ix.Sentences(h.Passage)
			for k, s := range ss {
				next := ""
				if k+1 < len(ss) {
					next = ss[k+1].Text
				}
				sentences = append(sentences, termed{s.Text, ix.Terms(strings.ToLower(s.Text)), next})
			}
		}
		whole := ix.Terms(strings.Join(focus, " "))
		within := func(ts []string) bool { return slices.Contains(ts, t.Stem) }
		if len(whole) > 1 && slices.ContainsFunc(sentences, func(s termed) bool { return containsAll(s.terms, whole) }) {
			within = func(ts []string) bool { return containsAll(ts, whole) }
		}
		var counts func(s termed) bool
		if n := countBefore(text, t.Surface); len(n) > 0 {
			// "which 4 insurers": the sentences that count four of them
			// ("an inquiry into four insurers"), where there are any
			c := func(s termed) bool { return within(s.terms) && ix.countsFocus(s.text, n, t.Stem) }
			if slices.ContainsFunc(sentences, c) {
				counts = c
			}
		}
		seen, named := false, false
		for _, s := range sentences {
			if counts != nil && !counts(s) || counts == nil && !within(s.terms) {
				continue
			}
			seen = true // "Reports say": a word, not a name
			named = named || !ix.vaguely(s.text, t.Stem, asked, focus) ||
				counts != nil && (ix.namedAfter(s.text, t.Stem, asked) || ix.listsNext(s.next, asked))
		}
		if seen && !named {
			if len(focus) > 1 {
				return strings.Join(focus, " ") // "which high-tech goods"
			}
			return t.Surface
		}
	}
	return ""
}

// vagueWords leave the noun after them unidentified ("some reports").
var vagueWords = setOf("some", "many", "several", "various", "certain", "other", "unnamed", "anonymous",
	"unspecified", "numerous", "multiple", "most", "such")

// ownWord reports whether a word's terms are one term the question has.
// stemsOf returns the stems of a question's terms, in order.
func stemsOf(own []QueryTerm) []string {
	out := make([]string, 0, len(own))
	for _, t := range own {
		out = append(out, t.Stem)
	}
	return out
}

func ownWord(terms, asked []string) bool { return len(terms) == 1 && slices.Contains(asked, terms[0]) }

// pointingWords before a count point back to what was named ("the two
// ports"), as pointingCountRE reads them.
var pointingWords = setOf("the", "those", "these", "all", "its", "their", "both")

// clauseBreak are the words after a noun that go on to something other
// than which it is.
var clauseBreak = setOf("and", "or", "but", "while", "whereas", "which", "that", "who", "to", "as")

// vagueAfter are the words after which a bare plural means any of its kind
// ("speculation among experts"), as a bare plural opening a clause does
// ("he said that Chinese companies were ready").
var vagueAfter = setOf("among", "by", "from", "of", "to", "with", "and", "or",
	"that", "said", "says", "but", "while", "whether", "if", "because", "when", "where")

// vaguely reports whether a sentence has the stem's word only vaguely:
// after a vague word ("some reports") or as a bare plural after a
// preposition ("among experts"), with no name the question lacks within
// three words (a named concept, or a capitalised word, not opening the
// sentence, that is no part of an alias): "some reports in the Oslo
// Herald" say which.
func (ix *Index) vaguely(sentence, st string, asked, focus []string) bool {
	ws := words(sentence)
	for i, w := range ws {
		lower := strings.ToLower(w)
		if ts := ix.Terms(lower); len(ts) == 0 || ts[0] != st {
			continue
		}
		prev, at, ownCount := "", -1, false
		for j := i - 1; j >= 0; j-- {
			// past the question's own modifiers: "and high-tech goods",
			// "twelve mining projects" (of "which mining projects")
			// a count the question has too is the sentence's own ("which
			// two parties", where "two allied parties" are not named)
			prev, at = strings.ToLower(ws[j]), j
			if isCount(prev) {
				ownCount = ownWord(ix.Terms(prev), asked)
				break
			}
			if !slices.ContainsFunc(focus, func(f string) bool { return slices.Contains(words(f), prev) }) &&
				!(unicode.IsLetter([]rune(prev)[0]) && ownWord(ix.Terms(prev), asked)) {
				break
			}
		}
		// past a lower-case modifier or two of the sentence's own to a
		// count or a vague word ("twelve copper projects", "some large
		// mining firms")
		// (not past a word that opens the noun's clause: "on 10 September
		// that Chinese companies ...")
		for k := at - 1; k >= max(0, at-2) && at > 0 && !vagueWords[prev] && !isCount(prev) && !vagueAfter[prev] && unicode.IsLower([]rune(ws[at])[0]); k-- {
			if w := strings.ToLower(ws[k]); vagueWords[w] || isCount(w) {
				prev, at = w, k
			}
		}
		// a count with no names is as vague ("delayed at least four
		// projects"); not one that points back ("the two ports")
		counted := isCount(prev) && !(at > 0 && pointingWords[strings.ToLower(ws[at-1])])
		if !vagueWords[prev] && !counted && !(vagueAfter[prev] && strings.HasSuffix(lower, "s")) {
			return false
		}
		// a name after it says which, up to a word that goes on to
		// something else ("four projects and made Riga's plans ...")
		hi := i + 1
		for hi < min(len(ws), i+4) && !clauseBreak[strings.ToLower(ws[hi])] {
			hi++
		}
		// names before a count the question has too, in apposition
		// ("Riga and Oslo, the region's two ports") say which
		lo := max(0, i-3)
		if ownCount {
			lo = 0
		} else if vagueAfter[prev] && at >= 0 {
			lo = max(lo, at+1) // a bare plural: the names before its clause are not it
		}
		if ix.otherName(ws, lo, hi, i, asked) {
			return false
		}
	}
	return true
}

// isCount reports whether a word is a figure or a number's word, not a
// year ("twelve", "40").
func isCount(w string) bool {
	return numberWords[w] || w != "" && unicode.IsDigit([]rune(w)[0]) && !isYear(w)
}

// namesOther reports whether a passage names something the question does
// not: what a "which city" question asks for is a name.
func (ix *Index) namesOther(p *Passage, own []QueryTerm) bool {
	asked := stemsOf(own)
	return slices.ContainsFunc(ix.Sentences(p), func(s Sentence) bool {
		ws := words(s.Text)
		return ix.otherName(ws, 0, len(ws), -1, asked)
	})
}

// otherName reports whether the words lo to hi of a sentence's words name
// something the question does not (asked are its terms): a named concept,
// or a capitalised word, neither the sentence's first nor the word at
// skip, that is no part of an alias.
func (ix *Index) otherName(ws []string, lo, hi, skip int, asked []string) bool {
	for _, n := range ix.Terms(strings.Join(ws[lo:hi], " ")) {
		if ix.namedConcept(n) && !slices.Contains(asked, n) {
			return true
		}
	}
	for j := lo; j < hi; j++ {
		r, _ := utf8.DecodeRuneInString(ws[j])
		if j == 0 || j == skip || !unicode.IsUpper(r) {
			continue
		}
		if ts := ix.Terms(ws[j]); len(ts) == 1 && !strings.HasPrefix(ts[0], "=") && len(ix.kb.Glossary.partOf[ts[0]]) == 0 && !slices.Contains(asked, ts[0]) {
			return true
		}
	}
	return false
}

// supportSalient adds, for a salient term no cited passage has, the best
// candidate that has it, while there is room.
func (ix *Index) supportSalient(hits, wide []Hit, own []QueryTerm, opt Options) []Hit {
	for _, t := range own {
		if !t.Salient || !t.Found || strings.HasPrefix(t.Stem, "~") {
			continue
		}
		if slices.ContainsFunc(hits, func(h Hit) bool { return slices.Contains(h.Matched, t.Stem) }) {
			continue
		}
		for _, h := range wide {
			if slices.Contains(h.Matched, t.Stem) && len(hits) < opt.Max && !slices.ContainsFunc(hits, func(c Hit) bool { return c.Passage == h.Passage }) {
				hits = append(hits, h)
				break
			}
		}
	}
	return hits
}

// didRE finds a yes-or-no question about a deed: an auxiliary, then its
// subject and the deed's verb ("did Oslo veto the plan").
var didRE = lazyre.New(`(?i)^` + chatOpener + `(?:did|has|have|had|will|would|does|do)\s+(.+)$`)

// chatOpener is a word chat may open a yes-or-no question with ("so did
// ...", "wait, has ..."), or none.
const chatOpener = `(?:(?:so|and|but|wait|ok|okay|also)\s+)?`

// outermost drops from the concepts of a phrase those named inside
// another's label ("UN" in "UN Security Council").
func (ix *Index) outermost(terms []string) []string {
	return slices.DeleteFunc(slices.Clone(terms), func(t string) bool {
		return slices.ContainsFunc(terms, func(o string) bool {
			return o != t && slices.Contains(strings.Fields(ix.Label(o)), ix.Label(t))
		})
	})
}

// allNamed reports whether terms are some, and every one a named concept.
func (ix *Index) allNamed(terms []string) bool {
	return len(terms) > 0 && !slices.ContainsFunc(terms, func(st string) bool { return !ix.namedConcept(st) })
}

// unreportedDeed returns the concepts of the subject of a yes-or-no
// question about what named parties did, when no source has its verb and
// the best passage shares nothing with the question but names ("did Oslo
// veto the Council's sanctions?", where a passage names Oslo and the
// Council on another matter): that passage does not say whether they did
// it. nil when the rule does not hold.
func (ix *Index) unreportedDeed(text string, own []QueryTerm, best Hit) []string {
	m := didRE.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	// the subject is the longest run of up to four words that are all
	// names ("Ada Lind"); the word after it is the verb
	ws := strings.Fields(m[1])
	if len(ws) > 0 && (strings.EqualFold(ws[0], "a") || strings.EqualFold(ws[0], "an")) {
		return nil // "would a Holt-Riga pact ...": names that modify a noun
	}
	if len(ws) > 1 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:] // "did the US veto it"
	}
	if len(ws) == 0 || len(ix.Terms(ws[0])) == 0 {
		return nil // "does (the author) say how Oslo and Riga would work": the first word names nothing, so the subject is no name
	}
	var subject []string
	verb := ""
	for k := min(4, len(ws)-1); k >= 1; k-- {
		if ts := ix.Terms(strings.Join(ws[:k], " ")); ix.allNamed(ts) {
			subject, verb = ts, strings.ToLower(strings.Trim(ws[k], ",.;:?!"))
			break
		}
	}
	if subject == nil {
		return nil
	}
	i := slices.IndexFunc(own, func(t QueryTerm) bool { return strings.ToLower(t.Surface) == verb })
	if i < 0 || own[i].Found || own[i].Salient || isStopWord(verb) {
		return nil
	}
	if !ix.allNamed(best.Matched) {
		return nil // the passage has something of what they did
	}
	return subject
}

// visitRE finds a question whether someone went somewhere: "did Holt go
// to Riga", "has the mayor ever visited Oslo"; the groups are who and
// where.
var visitRE = lazyre.New(`(?i)^` + chatOpener + `(?:did|has|have|had)\s+((?:\S+\s+){1,4}?)(?:(?:ever|actually|even|personally|already|really)\s+)?(?:(?:go|gone|went|fly|flew|flown|travel|travelled|traveled|been|come|came|head|headed)\s+(?:(?:over|out|down|up)\s+)?to|visit|visited)\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)`)

// motionRE finds a sentence telling of someone going somewhere.
var motionRE = lazyre.New(`(?i)\b(?:visit\w*|travel\w*|went|goes|flew|trips?|arriv\w*|came to|comes to|tour\w*|in person|landed)\b`)

// visit returns who a question asks went where: who as written, where as
// the sources name it; "" when it asks no such thing.
func (ix *Index) visit(text string) (who, where string) {
	m := visitRE.FindStringSubmatch(text)
	if m == nil {
		return "", ""
	}
	who, where = strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	if aidRE.MatchString(where) {
		return "", "" // "come to Riga's aid": help, no going
	}
	// a named party going to a named place: "did the workers go to Riga"
	// asks of a group, which a passage may tell in other ways
	party, places := ix.Terms(who), ix.Terms(where)
	if !ix.allNamed(party) || len(places) == 0 || !ix.namedConcept(places[0]) {
		return "", ""
	}
	if first, _, _ := strings.Cut(where, " "); slices.Contains(ix.Terms(first), places[0]) {
		where = first // "Riga", not "Riga to"
	}
	return who, where
}

// aidRE finds a place a question has someone "come to" that is a party
// helped: "Riga's aid", "Oslo's defence".
var aidRE = lazyre.New(`(?i)['’]s?\b|\b(?:aid|defen[cs]e|rescue|assistance|side|help|support)\b`)

// reportsVisit reports whether a passage has a sentence telling of who
// going to where: both named in it with a word of going.
func (ix *Index) reportsVisit(p *Passage, who, where string) bool {
	person, place := ix.Terms(who), ix.Terms(where)
	for _, s := range ix.Sentences(p) {
		if terms := ix.Terms(s.Text); containsAll(terms, person) && containsAll(terms, place) && motionRE.MatchString(s.Text) {
			return true
		}
	}
	return false
}

// verbAt reports whether the word at k of a phrase is an inflected verb:
// not one in -ing or -ed before a word that is no stop word, which
// modifies it ("manufacturing plant", "licensed stakes"; "working these
// days", "punished for" are verbs).
func verbAt(ws []string, k int) bool {
	modifier := (strings.HasSuffix(ws[k], "ing") || strings.HasSuffix(ws[k], "ed")) && k+1 < len(ws) && !isStopWord(ws[k+1])
	return inflectedVerb(ws[k]) && !modifier && !lexicon.Person(ws[k]) // "broker" is no form of "broke"
}

// hasVerb reports whether words have a verb in the past or a participle
// (see verbAt) other than an auxiliary ("were") or a word in -ing, which
// names a thing as often ("holm's rating on vik").
func hasVerb(ws []string) bool {
	for k, w := range ws {
		if verbAt(ws, k) && !auxiliaryRE.MatchString(w) && !strings.HasSuffix(w, "ing") {
			return true
		}
	}
	return false
}

// nounPhrase reports whether words are a thing's name and no more: no
// inflected verb (see verbAt), and no stop word but "the" and "of" ("where
// is seoul sending kit to" asks where it goes).
func nounPhrase(ws []string) bool {
	for k, w := range ws {
		if verbAt(ws, k) || isStopWord(w) && w != "the" && w != "of" {
			return false
		}
	}
	return true
}

// whereThingRE finds a question on where a thing is ("where is vik's
// manufacturing plant?", "where's the new depot"): group 1 is the thing.
var whereThingRE = lazyre.New(`(?i)^\W*where(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+((?:[\p{L}\d'’-]+\s*){1,6})\s*[?.!]*\s*$`)

// possessiveOpeners open a thing's noun phrase before its words: "the",
// "its" (as nameOfRE reads them).
var possessiveOpeners = setOf("the", "that", "this", "its", "their", "his", "her")

// nameOfRE finds what a question asks the name of after "name of":
// "what's the name of the Korvex payment processor".
var nameOfRE = lazyre.New(`(?i)\bnames?\s+of\s+(?:the\s+|that\s+|this\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\p{L}\d'’-]+\s*){1,6})`)

// nameAfterRE finds what a question asks the name of before "name":
// "korvex payment processor name", "tarn team manager name, 4yr ban",
// "regional parties backing govt, names".
var nameAfterRE = lazyre.New(`(?i)((?:[\p{L}\d'’-]+\s+){0,5}[\p{L}\d'’-]+(?:\s*[,:–—-])?\s+)(?:full\s+)?names?\s*(?:[,;/+&?]|$)`)

// thingNamed returns the question's words for what it asks the name of,
// in its order, other than names (also one typed in lower case that the
// sources write only with a capital) and the words no source has: the words
// after "name of", or before a closing "name", or of a "which" question's
// focus (what it asks which of); and the question's words from the first
// of them to the last, to name it by. nil for none.
func (ix *Index) thingNamed(text string, own []QueryTerm, focus []string) ([]QueryTerm, string) {
	var ws []string
	if m := nameOfRE.FindStringSubmatch(text); m != nil {
		ws = words(strings.ToLower(m[1]))
	} else if m := nameAfterRE.FindStringSubmatch(text); m != nil && len(ix.thingWords(words(strings.ToLower(m[1])), own)) > 0 {
		ws = words(strings.ToLower(m[1]))
	} else if m := whoTheRE.FindStringSubmatch(text); m != nil && nameWordRE.MatchString(text) {
		ws = words(strings.ToLower(m[1])) // "who was the pilot killed at X? any name"
	} else {
		for _, f := range focus {
			ws = append(ws, words(strings.ToLower(f))...)
		}
	}
	return ix.thingIn(ws, own)
}

// thingWords returns the question's words among ws for a thing asked (see
// thingIn).
func (ix *Index) thingWords(ws []string, own []QueryTerm) []QueryTerm {
	thing, _ := ix.thingIn(ws, own)
	return thing
}

// personNear reports whether a sentence of the hits with a word asked, or
// the sentence after it, names someone: "Ola Brenn, 54, was the pilot",
// "the crew members killed. They were Ola Brenn and Ivo Tarn".
func (ix *Index) personNear(hits []Hit, head QueryTerm) bool {
	for _, h := range hits {
		ss := ix.Sentences(h.Passage)
		for i, s := range ss {
			if !head.in(ix.Terms(s.Text)) {
				continue
			}
			if ix.namesSomeone(s.Text) || i+1 < len(ss) && pronounOpensRE.MatchString(ss[i+1].Text) && ix.namesSomeone(ss[i+1].Text) {
				return true
			}
		}
	}
	return false
}

// pronounOpensRE finds a sentence that opens on who the one before told
// of ("They were Ola Brenn and Ivo Tarn").
var pronounOpensRE = lazyre.New(`(?i)^\W*(?:they|he|she|their\s+names?|his\s+name|her\s+name)\b`)

// whoTheRE finds the person a question asks who they were by what they
// were: "who was the pilot killed at X", "who's the contractor's site
// manager".
var whoTheRE = lazyre.New(`(?i)^\W*who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an|their|its|his|her)\s+((?:[\p{L}'’-]+\s*){1,6})`)

// thingIn returns the question's words among ws (lower case, in order)
// for a thing asked, and its label (see thingNamed).
func (ix *Index) thingIn(ws []string, own []QueryTerm) ([]QueryTerm, string) {
	var thing []QueryTerm
	first, last := -1, -1
	for k, w := range ws {
		i := slices.IndexFunc(own, func(t QueryTerm) bool { return strings.ToLower(t.Surface) == w })
		name := i >= 0 && (own[i].Name || strings.HasPrefix(own[i].Stem, "=")) || ix.writtenAsName(w)
		if isStopWord(w) || verbAt(ws, k) || len(thing) > 0 && (name || i >= 0 && (!own[i].Found || isNumber(own[i].Stem))) {
			break // the thing's words end where a verb, a name or a figure goes on ("the spin-out vik bought in 2017")
		}
		if i < 0 {
			continue
		}
		if t := own[i]; t.Found && !name && !isNumber(t.Stem) {
			if first < 0 {
				first = k // the label has the words of a kind ("payment processor")
			}
			if !t.Soft && !kindOfFigure(t.Surface) {
				thing, last = append(thing, t), k
			}
		}
	}
	if len(thing) == 0 {
		return nil, ""
	}
	return thing, strings.Join(ws[first:last+1], " ")
}

// roleOfWords reports whether a thing asked is written in two words or
// more that the sources also write in lower case ("team manager"; not
// "holm official", where they write "Holm" only as a name).
func (ix *Index) roleOfWords(thing []QueryTerm) bool {
	n := 0
	for _, t := range thing {
		if !ix.capitalisedOnly(t.Surface) {
			n++
		}
	}
	return n > 1
}

// unnamed reports whether the cited passages have what a question asks
// the name of (thing: its last word) and never name it: no name the
// question lacks beside that word (see namedBeside), nor a person named in
// the sentence before one that says with a pronoun what they were ("Ivo
// Brand was banned. He had been the team manager"). A place asked (where)
// may stand after "to" ("moved its depot to Arnsby") or open the sentence
// ("In Arnsby, Holm opened a warehouse"; not "In March 2021, ...").
func (ix *Index) unnamed(hits []Hit, own []QueryTerm, thing []QueryTerm, where bool) bool {
	asked := make([]string, 0, len(own))
	inner := map[string][]string{} // the names inside a name asked ("Brask" of "Brask Rovers")
	for _, t := range own {
		asked = append(asked, t.Stem)
		if strings.HasPrefix(t.Stem, "=") {
			for _, w := range words(t.Surface) {
				inner[t.Stem] = append(inner[t.Stem], ix.Terms(w)...)
			}
		}
	}
	head := thing[len(thing)-1]
	seen := false
	for _, h := range hits {
		ss := ix.Sentences(h.Passage)
		for si, s := range ss {
			if !head.in(ix.Terms(s.Text)) {
				continue
			}
			if m := frontedPlaceRE.FindStringSubmatch(s.Text); where && m != nil && monthNumber(m[1]) == 0 {
				return false // not "In March 2021, ..."
			}
			ws := words(s.Text)
			for i, w := range ws {
				if !head.in(ix.Terms(strings.ToLower(w))) {
					continue
				}
				seen = true
				if ix.namedBeside(ws, i, asked, inner, where) || namedAsRE.MatchString(strings.Join(ws[i+1:min(len(ws), i+6)], " ")) && ix.otherName(ws, i+1, min(len(ws), i+8), -1, asked) {
					return false // "The pilot killed near Dalvik was Jansi Rheel"
				}
			}
			if si > 0 && pronounRoleRE.MatchString(s.Text) {
				if prev := words(ss[si-1].Text); ix.otherName(prev, 0, len(prev), -1, asked) {
					return false
				}
			}
		}
	}
	return seen
}

// nameWordRE finds a question that asks for a name in so many words
// ("the name of the farmer charged", "the pilot killed? any name"): a
// person asked by one word is then named, or not, beside that word.
var nameWordRE = lazyre.New(`(?i)\bnames?\s+of\b|\b(?:any|the|their|his|her|its|full|a)\s+names?\b|['’]s\s+names?\b|\bnames?\s*(?:[?.!,;]|$|pls\b|please\b)`)

// namedAfter reports whether a sentence names something the question
// does not after the word of st ("two plants in 2021, at Rovik and
// at Brennport").
func (ix *Index) namedAfter(sentence, st string, asked []string) bool {
	ws := words(sentence)
	i := slices.IndexFunc(ws, func(w string) bool { ts := ix.Terms(strings.ToLower(w)); return len(ts) > 0 && ts[0] == st })
	return i >= 0 && ix.namedIn(ws[i+1:], asked)
}

// listsNext reports whether a sentence goes on to list, by name, what the
// one before counted: "They are Dunholt Mutual, Pellin Assurance and ...".
func (ix *Index) listsNext(sentence string, asked []string) bool {
	loc := listedNextRE.FindStringIndex(sentence)
	return loc != nil && ix.namedIn(words(sentence[loc[1]:]), asked)
}

// namedIn reports whether words name something the question does not, up
// to the clause's own verb ("four insurers and fined Lisk Life": another
// deed's object), months and days aside.
func (ix *Index) namedIn(ws []string, asked []string) bool {
	kept := []string{"the"} // otherName reads no name in a first word
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && inflectedVerb(w) {
			break
		}
		if !calendarWords[strings.ToLower(w)] {
			kept = append(kept, w)
		}
	}
	return ix.otherName(kept, 0, len(kept), -1, asked)
}

// listedNextRE finds a sentence that goes on to list what the one before
// counted: "They are ...", "The four were ...".
var listedNextRE = lazyre.New(`^(?:They|These|Those|The\s+\p{L}+)\s+(?:are|were|include|included)\b`)

// countsFocus reports whether a sentence counts the focus with one of the
// figure's forms (n) just before its word ("four insurers", "4 big
// insurers"), not anywhere ("Two years after the fire, insurers ...").
func (ix *Index) countsFocus(sentence string, n []string, st string) bool {
	ws := words(strings.ToLower(sentence))
	for k, w := range ws {
		if !slices.Contains(n, w) && !slices.Contains(n, stem(w)) {
			continue
		}
		for j := k + 1; j < min(len(ws), k+3); j++ {
			if ts := ix.Terms(ws[j]); len(ts) > 0 && ts[0] == st {
				return true
			}
		}
	}
	return false
}

// countBefore returns the stems of the figure a question puts just before
// a word to point at it ("which 4 insurers": "4" and "four"), nil for
// none.
func countBefore(text, word string) []string {
	for _, m := range pointingCountRE.FindAllStringSubmatchIndex(text, -1) {
		if !strings.HasPrefix(strings.TrimSpace(text[m[1]:]), word) {
			continue
		}
		n := strings.ToLower(text[m[2]:m[3]])
		if w, ok := numberNames[n]; ok {
			return []string{n, stem(w)}
		}
		for d, w := range numberNames {
			if w == n {
				return []string{d, stem(w)}
			}
		}
		return []string{n}
	}
	return nil
}

// namedAsRE finds a verb that names what comes before it: "was", "is".
var namedAsRE = lazyre.New(`\b(?:was|is|were|are)\s+\p{Lu}`)

// pronounRoleRE finds a sentence that says what the person named before
// was or became: "He had been the team manager".
var pronounRoleRE = lazyre.New(`(?i)^(?:he|she|they)\s+(?:\p{L}+\s+)?(?:was|is|were|are|had\s+been|has\s+been|have\s+been|became|becomes|served\s+as|works\s+as|worked\s+as)\b`)

// frontedPlaceRE finds a sentence that opens on where it happened: "In
// Arnsby, Holm opened a warehouse".
var frontedPlaceRE = lazyre.New(`^(?:In|At|Near|Outside|From)\s+(?:the\s+)?(\p{Lu}\p{L}*)`)

// calledRE finds the words that put a name after what is named: "a
// processor known as Orvo Pay", "a firm called Zelpay".
var calledRE = lazyre.New(`^(?:known|called|named|dubbed|nicknamed|branded|trading)$`)

// namedBeside reports whether the word at i of a sentence's words is named
// beside it: a name the question lacks (asked, and the names inside a name
// asked where that name is there: inner) among its modifiers and up to a
// word that goes on to something else after it; after "known as",
// "called"; after "of" and a name ("the team manager of Brask Rovers, Ivo
// Brand,"); in apposition before its determiner ("Orvo Mutual, a broker",
// also opening the sentence) or before "as its" ("used Zelpay as its
// processor"); or a brand written with a capital inside ("eZelo"). A place
// (where) may stand after "to".
func (ix *Index) namedBeside(ws []string, i int, asked []string, inner map[string][]string, where bool) bool {
	hi := i + 1
	if hi < len(ws) && strings.EqualFold(ws[hi], "of") {
		for hi++; hi < len(ws) && (strings.EqualFold(ws[hi], "the") || unicode.IsUpper([]rune(ws[hi])[0])); hi++ {
		}
	}
	if hi < len(ws) && calledRE.MatchString(strings.ToLower(ws[hi])) {
		hi++
		if hi < len(ws) && strings.EqualFold(ws[hi], "as") {
			hi++
		}
	}
	for stop := min(len(ws), hi+3); hi < stop; hi++ {
		// a place asked may follow "to" ("moved its depot to Arnsby"),
		// not a verb after it ("a plant to supply Tarn Pharma")
		if w := strings.ToLower(ws[hi]); clauseBreak[w] && !(where && w == "to" && hi+1 < len(ws) && (nameWord(ws[hi+1]) || strings.EqualFold(ws[hi+1], "the"))) {
			break
		}
	}
	// back over its modifiers ("Orvo payment processor") to a
	// determiner, and past it to a name in apposition ("Orvo
	// Mutual, a broker"), not past a verb ("Vik, based in New
	// York, bought a spin-out")
	lo := i
	for lo > 0 && i-lo < 3 {
		w := strings.ToLower(ws[lo-1])
		if determiners[w] || isCount(w) || isStopWord(w) || verbAt(ws, lo-1) {
			break
		}
		lo--
	}
	if lo > 0 && (determiners[strings.ToLower(ws[lo-1])] || isCount(strings.ToLower(ws[lo-1]))) {
		k := lo - 2 // the word before the determiner, or before "as" ahead of it
		if k >= 0 && strings.EqualFold(ws[k], "as") {
			k--
		}
		// (opening the sentence, a capital is no name where English has
		// the word: "Later, a team manager was banned")
		if k >= 0 && nameWord(ws[k]) && !(k == 0 && lexicon.Known(strings.ToLower(ws[k]))) && !slices.ContainsFunc(ix.Terms(ws[k]), func(t string) bool { return slices.Contains(asked, t) }) {
			return true
		}
	}
	window := ix.Terms(strings.Join(ws[lo:hi], " "))
	here := slices.Clone(asked)
	for _, t := range window {
		here = append(here, inner[t]...) // "a Brask Rovers team manager": Brask is the club's
	}
	if ix.otherName(ws, lo, hi, i, here) {
		return true
	}
	return slices.ContainsFunc(ws[lo:hi], func(w string) bool { return nameWord(w) && unicode.IsLower([]rune(w)[0]) })
}

// nameWord reports whether a word is written as a name: with a capital
// first, or inside ("eZelo").
func nameWord(w string) bool {
	first, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) || strings.ContainsFunc(w[size:], unicode.IsUpper)
}

// whatFigureRE finds a question on what a thing was ("what were the
// stakes", "what was Holm's turnover"), which a figure answers where the
// thing is one.
var whatFigureRE = lazyre.New(`(?i)^\W*what(?:'s|s|\s+is|\s+was|\s+were|\s+are)\s+(?:the\s+|its\s+|their\s+)?\p{L}`)

// bareHowMuchRE finds "how much" asked on its own, at the end of a
// question or of one of its parts.
var bareHowMuchRE = lazyre.New(`(?i)\bhow\s+much\s*(?:[?.!,;]|$)`)

// roleHolder returns the terms of a role a question's holder is named by
// ("the president", "the prime minister", "the harbour master"): a
// person's noun after "the", with one word before it at most, or the
// two words' initials where the sources write them so ("PM"); nil for
// anything else.
func (ix *Index) roleHolder(holder string) []string {
	ws := words(strings.ToLower(holder))
	if len(ws) < 2 || len(ws) > 3 || ws[0] != "the" || !askedPerson(ws[len(ws)-1]) {
		return nil
	}
	if len(ws) == 3 {
		// "the prime minister", which the sources may write "PM"
		if ts := ix.Terms(strings.ToUpper(ws[1][:1] + ws[2][:1])); len(ts) == 1 && ix.Has(ts[0]) {
			return ts
		}
	}
	if ts := ix.Terms(strings.Join(ws[1:], " ")); len(ts) >= 1 && len(ts) <= 2 {
		return ts // a role no source has: no source reports what its holder said
	}
	return nil
}

// namedOtherwise reports whether the sources have a role (its terms) only
// in other words: some passage lacks one of its terms, yet every word of
// the question's for it was found (by an acronym, "PM", or a word the
// lexicon relates).
func (ix *Index) namedOtherwise(role []string, holder string, own []QueryTerm) bool {
	if len(role) == 0 || !slices.ContainsFunc(role, func(t string) bool { return !ix.Has(t) }) {
		return false
	}
	return !slices.ContainsFunc(words(strings.ToLower(holder)), func(w string) bool {
		// every word of the role found ("harbour master", where only
		// "harbour" is, is no role the sources name)
		return w != "the" && !slices.ContainsFunc(own, func(t QueryTerm) bool {
			return t.Found && slices.Contains(words(strings.ToLower(t.Surface)), w)
		})
	})
}

// speechVerbs are the verbs by which a report has someone speak ("said",
// "called the fares daylight robbery", "criticised"); speechVerbRE finds
// one, pronounSpeaksRE a sentence that opens with a person's pronoun and
// one ("She said ..."), which goes on about the person just named.
const speechVerbs = `said|says|told|tells|called|calls|described|warned|argued|insisted|claimed|denied|added|wrote|stated|announced|commented|critici[sz]ed|praised|dismissed|welcomed|urged|promised|vowed|complained|rejected`

var (
	speechVerbRE    = lazyre.New(`(?i)\b(?:` + speechVerbs + `)\b`)
	pronounSpeaksRE = lazyre.New(`(?i)^\s*(?:he|she|they)\s+(?:also\s+)?(?:` + speechVerbs + `)\b`)
)

// roleSpeaks reports whether a passage has the holder of a role (role:
// its terms) say something: a sentence with the role as the subject of a
// verb of saying (roleSubjectSpeaks), or quoted after one ("said Mayor
// Siv Dahl", "according to the mayor"), or one opening "She said" or with
// a name of the sentence before ("Dahl said") right after a sentence with
// the role.
func (ix *Index) roleSpeaks(p *Passage, role []string) bool {
	ss := SplitSentences(p.Text)
	for i, s := range ss {
		if !containsAll(ix.Terms(s), role) {
			continue
		}
		if slices.ContainsFunc(strings.Split(s, ";"), func(c string) bool { return ix.roleSubjectSpeaks(strings.TrimSpace(c), role) }) || ix.roleQuoted(s, role) {
			return true // (each part of a sentence a semicolon parts opens with its own subject)
		}
		if i+1 < len(ss) && (pronounSpeaksRE.MatchString(ss[i+1]) || ix.nameSpeaks(ss[i+1], s)) {
			return true // "She said ...", "Dahl said ...", after the sentence with the role
		}
	}
	return false
}

// roleSubjectSpeaks reports whether a sentence opens with the role, its
// subject, and has it speak: "Mayor Siv Dahl called the fares daylight
// robbery", "The mayor has also said", "Mayor Siv Dahl defended the
// fares, telling reporters ..."; not "Fishermen who met the mayor said",
// "The mayor's critics said", "Fishermen criticised the mayor".
func (ix *Index) roleSubjectSpeaks(s string, role []string) bool {
	ws := words(s)
	at := slices.IndexFunc(ws, func(w string) bool { return slices.Contains(ix.Terms(w), role[len(role)-1]) })
	if at < 0 {
		return false
	}
	for _, w := range ws[:at] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !roleOpeners[strings.ToLower(w)] {
			return false // the role is no subject the sentence opens with
		}
	}
	end := at + 1
	for end < len(ws) {
		r, _ := utf8.DecodeRuneInString(ws[end])
		if !unicode.IsUpper(r) {
			break
		}
		end++ // "Mayor Siv Dahl": the holder's name
	}
	if possessiveAfter(s, ws[end-1]) {
		return false // "The mayor's critics"
	}
	rest := strings.Join(ws[end:], " ")
	if speechParticipleRE.MatchString(s) {
		return true // ", telling reporters ...": the subject speaks
	}
	loc := speechVerbRE.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	for _, w := range words(rest[:loc[0]]) {
		if !subjectVerbLink[strings.ToLower(w)] && !strings.HasSuffix(strings.ToLower(w), "ly") {
			return false // "The mayor signed the order that critics called unfair"
		}
	}
	return true
}

// roleOpeners may stand before a role that opens a sentence as its
// subject: "The former mayor", "The new prime minister".
var roleOpeners = setOf("the", "a", "an", "former", "new", "then", "outgoing", "incoming", "acting", "deputy", "city", "town")

// subjectVerbLink are the words that may stand between a subject and its
// verb of saying: "The mayor has also said".
var subjectVerbLink = setOf("has", "have", "had", "also", "then", "later", "again", "once", "would", "will", "did", "and")

// speechParticipleRE finds a participle of saying after a comma, whose
// subject is the sentence's: "..., telling reporters they were fair".
var speechParticipleRE = lazyre.New(`(?i),\s*(?:telling|saying|adding|arguing|insisting|noting|warning|calling)\b`)

// possessiveAfter reports whether a word is written in a sentence as a
// possessive ("the mayor's critics").
func possessiveAfter(s, w string) bool {
	return strings.Contains(s, w+"'s") || strings.Contains(s, w+"’s")
}

// roleQuoted reports whether a sentence quotes the role's holder after a
// verb of saying: "\"...,\" said Mayor Siv Dahl", "according to the mayor".
func (ix *Index) roleQuoted(s string, role []string) bool {
	for _, loc := range quotedAfterRE.FindAllStringIndex(s, -1) {
		ws := words(s[loc[1]:])
		if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
			ws = ws[1:]
		}
		if len(ws) > 0 && containsAll(ix.Terms(strings.Join(ws[:min(len(ws), len(role)+1)], " ")), role) {
			return true
		}
	}
	return false
}

// quotedAfterRE finds a verb of saying that puts who said it after it.
var quotedAfterRE = lazyre.New(`(?i)\b(?:said|says|according\s+to|told)\s`)

// nameSpeaks reports whether a sentence opens with a name from the
// sentence before it and a verb of saying within three words: "Dahl
// said", after "Mayor Siv Dahl signed the order".
func (ix *Index) nameSpeaks(s, before string) bool {
	ws := words(s)
	if len(ws) < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(ws[0]); !unicode.IsUpper(r) || !slices.Contains(words(before), ws[0]) {
		return false
	}
	return speechVerbRE.MatchString(strings.Join(ws[1:min(len(ws), 4)], " "))
}

// describes reports whether a term no source has is an adjective that
// only describes what the question names ("Bolivia's famous salt flat",
// "want it so bad"): the lexicon relates it to similar adjectives. Not a
// salient word, nor the head of what is asked.
func describes(t QueryTerm) bool {
	if t.Found || t.Salient || t.head {
		return false
	}
	return similarAdjective(strings.ToLower(t.Surface))
}

// countedNear is what of a sentence is near its count figures: the four
// words before each and the five after, read as the sentence spaces them
// ("Veldoria's fleet has 38 pelagic vessels", "a workforce of 2,300", "9
// large, fully-laden, deep-draught ships"), a figure in digits or in words
// ("Sixty ships"); the sentence's first four words, its subject ("Nurses
// at every hospital walked out, some 1,200 in all"); and what it says the
// number of is ("the number of utilities without MFA had fallen to
// eight"). A noun further off ("adding nine items to its control list,
// which requires licences") is no thing counted; nor one in an apposition
// after the clause ("About 3,000 were evacuated ..., most of them
// tenants"), a documented limit.
func countedNear(s string) string {
	ws := strings.Fields(namedNumberRE.ReplaceAllString(s, " "))
	var b strings.Builder
	for i, w := range ws {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if w == "" || isYear(w) || !isFigureWord(w) && !spelledNumber(w) {
			continue
		}
		b.WriteString(strings.Join(ws[max(0, i-4):min(len(ws), i+6)], " "))
		b.WriteString(". ")
	}
	if b.Len() == 0 {
		return ""
	}
	b.WriteString(strings.Join(ws[:min(len(ws), 4)], " "))
	b.WriteString(". ")
	for _, m := range numberOfRE.FindAllStringSubmatch(s, -1) {
		b.WriteString(m[1] + ". ")
	}
	return b.String()
}

// spelledNumber reports whether a word is a number written in words
// that isFigureWord does not read: "sixty", "fourteen", "twenty-five"
// (normalize.go's units, teens and tens), "scores".
func spelledNumber(w string) bool {
	if units[w] > 0 || teens[w] > 0 || tens[w] > 0 || w == "scores" {
		return true
	}
	t, u, ok := strings.Cut(w, "-")
	return ok && tens[t] > 0 && units[u] > 0
}

// numberOfRE finds what a sentence says the number of is, up to six
// words within its clause: "the number of large foreign-owned container
// ships", "a total of 14 vessels".
var numberOfRE = lazyre.New(`(?i)\b(?:number|numbers|count|total|tally)\s+of\s+((?:[\p{L}\d'’-]+\s+){0,5}[\p{L}'’-]+)`)

// howManyOnlyRE finds a question after a count ("how many"), not an
// amount ("how much").
var howManyOnlyRE = lazyre.New(`(?i)\bhow\s+many\b`)

// countedNoun reports whether a question's last word of what it counts is
// a plural noun of things ("ships", "licences", "children"): an inflected
// form the lexicon knows, not a verb's past or participle ("how many
// reported"), a unit ("years"), nor people in general.
func countedNoun(w string) bool {
	w = strings.ToLower(w)
	b := lexicon.BaseForm(w)
	return b != "" && b != w && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && unitOf(w) == "" && !peopleStems[stem(w)]
}
