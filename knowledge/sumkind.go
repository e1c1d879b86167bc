package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

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
