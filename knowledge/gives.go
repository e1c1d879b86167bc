package knowledge

import (
	"maps"
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

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
