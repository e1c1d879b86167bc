package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// currencyAskedRE finds the currency a question asks a sum in: "in
// dollars", "in US dollars", "in USD terms", "in euros", "how many
// rupees".
var currencyAskedRE = lazyre.New(`(?i)\b(?:in|into)\s+(?:us\s+|u\.s\.\s+)?(` + currencyNames + `)\b|\b(?:in|into)\s+(?-i:(` + currencyCodes + `))\b|\bhow many\s+(` + currencyNames + `)\b`)

// A currency a sum may be written in: its names and its signs or codes
// written before a figure.
type currency struct {
	name  string   // what a reply calls it ("dollars")
	words []string // lower case, singular and plural
	signs []string // written before a figure, as written ("$", "US$", "USD")
	world bool     // known from ISO 4217 alone, not from currencies
}

// currencies are the currencies whose sums a question may ask for in
// them; any other named is looked for by its name alone.
var currencies = []currency{
	{"dollars", []string{"dollar", "dollars", "usd"}, []string{"$", "US$", "USD"}, false},
	{"euros", []string{"euro", "euros", "eur"}, []string{"€", "EUR"}, false},
	{"pounds", []string{"pound", "pounds", "sterling", "gbp"}, []string{"£", "GBP"}, false}, // "pounds sterling" too
	{"yen", []string{"yen", "jpy"}, []string{"¥", "JPY"}, false},
	{"yuan", []string{"yuan", "renminbi", "rmb", "cny"}, []string{"RMB", "CNY", "¥"}, false},
	{"rupees", []string{"rupee", "rupees", "inr", "pkr", "rs"}, []string{"Rs", "₹", "INR", "PKR"}, false},
	{"ringgit", []string{"ringgit", "myr", "rm"}, []string{"RM", "MYR"}, false},
	{"roubles", []string{"rouble", "roubles", "ruble", "rubles", "rub"}, []string{"₽", "RUB"}, false},
	{"naira", []string{"naira", "ngn"}, []string{"₦", "NGN"}, false},
	{"rand", []string{"rand", "zar"}, []string{"ZAR"}, false},
	{"won", []string{"won", "krw"}, []string{"₩", "KRW"}, false},
}

// currencyAsked returns the currency a question asks a sum in, nil for
// none.
func currencyAsked(text string) *currency {
	m := currencyAskedRE.FindStringSubmatch(text)
	if m == nil {
		return worldCurrencyAsked(text)
	}
	w := strings.ToLower(strings.Fields(m[1] + m[2] + m[3])[0]) // "pounds sterling": pounds
	if c := currencyOf(w); c != nil {
		return c
	}
	if m[2] != "" {
		return &currency{name: m[2], words: []string{w}, signs: []string{m[2]}} // "in CHF": "CHF 2.5bn"
	}
	return &currency{name: w, words: []string{strings.TrimSuffix(w, "s"), w}}
}

// inWordRE finds a word after "in" or "into", which may be a currency's.
var inWordRE = lazyre.New(`\b(?:in|into)\s+(\p{L}+)\b`)

// worldCurrencyAsked returns a currency of ISO 4217 that a question asks
// a sum in, which currencyAskedRE does not know: by its word in lower
// case, where that is no everyday English word ("in kwanza", "in pula";
// not "in real terms", "in sum", nor "in Balboa", a place), or by its
// code in capitals ("in AOA"; not "in ALL"), at the question's end or
// before a word that is not what it names; nil for none.
func worldCurrencyAsked(text string) *currency {
	for _, m := range inWordRE.FindAllStringSubmatchIndex(text, -1) {
		w, rest := text[m[2]:m[3]], text[m[3]:]
		lower := strings.ToLower(w)
		if !currencyEndRE.MatchString(rest) {
			continue // "in Omani ports": a word before a noun names no currency
		}
		switch {
		case w == strings.ToUpper(w) && len(w) == 3 && lexicon.CurrencyCode(w) && !lexicon.Ordinary(lower):
			return &currency{name: w, words: []string{lower}, signs: []string{w}, world: true}
		case w == lower && lexicon.CurrencyWord(w) && (lexicon.Level(lower) == 0 || lexicon.Level(lower) > everydayCurrencyLevel):
			singular := strings.TrimSuffix(lower, "s")
			return &currency{name: lower, words: []string{singular, singular + "s"}, world: true}
		}
	}
	return nil
}

// currencyEndRE finds what may follow a currency asked: the question's
// end, a mark, or a word that goes on to something else ("in AOA terms",
// "in kwanza please").
var currencyEndRE = lazyre.New(`(?i)^(?:\s*$|\s*[?.!,;:/)]|\s+(?:terms|equivalent|equiv|please|pls|and|or|at|for|per|as|then|now|today|\d))`)

// askedCurrency is currencyAsked, but for a code of ISO 4217 that the
// sources write as a word of their own ("IRR", an internal rate of
// return): that is the sources' term, not a currency asked.
func (ix *Index) askedCurrency(text string) *currency {
	c := currencyAsked(text)
	if c != nil && c.world && len(c.signs) > 0 && len(ix.postings[strings.ToLower(c.signs[0])]) > 0 {
		return nil
	}
	return c
}

// everydayCurrencyLevel is the SCOWL size up to which a currency's word is
// an everyday English word first ("mark", "real", "sum", "won", "colon",
// "franc"), which "in" before it does not make a currency.
const everydayCurrencyLevel = 35

// currencyOf returns the currency a word names ("usd", "euros"), or nil.
func currencyOf(word string) *currency {
	lower := strings.ToLower(word)
	for i := range currencies {
		if slices.Contains(currencies[i].words, lower) {
			return &currencies[i]
		}
	}
	return nil
}

// givesIn reports whether a text gives a sum in the currency: a figure
// after one of its signs, or before one of its names.
func (c *currency) givesIn(text string) bool {
	return slices.ContainsFunc(moneyRE.FindAllString(text, -1), c.writes)
}

// writes reports whether a sum as moneyRE finds it is in the currency: it
// opens with one of its signs, or one of its names is a word of it ("60
// dinars" is no sum in rupees, though "rs" ends it).
func (c *currency) writes(sum string) bool {
	if slices.ContainsFunc(c.signs, func(s string) bool {
		return strings.HasPrefix(sum, s) && (len(sum) == len(s) || !unicode.IsLetter(rune(sum[len(s)])))
	}) {
		return true
	}
	return slices.ContainsFunc(words(strings.ToLower(sum)), func(w string) bool { return slices.Contains(c.words, w) })
}

// currencyName returns the name of the currency of the first sum a text
// gives, in the text's order, that is in one of the currencies; "" for
// none.
func currencyName(text string) string {
	for _, m := range moneyRE.FindAllString(text, -1) {
		for i := range currencies {
			if currencies[i].writes(m) {
				return currencies[i].name
			}
		}
	}
	return ""
}

// givesSumIn reports whether a passage has a sentence that gives a sum in
// the currency and has a term of the question the passage matched, other
// than the currency's name: "the toll in euros" is not answered by a
// euro sum beside a toll in pounds.
func (ix *Index) givesSumIn(h Hit, c *currency) bool {
	// the currency's names as the index reads them: a glossary may make
	// "rupees" a concept
	var named []string
	for _, w := range c.words {
		named = append(named, ix.Terms(w)...)
	}
	// and its codes the glossary knows ("in krona": "VKK 40,000")
	own := *c
	for sign, word := range ix.ownSigns {
		if slices.Contains(c.words, word) || slices.Contains(c.words, strings.TrimSuffix(word, "s")) {
			own.signs = append(slices.Clone(own.signs), sign)
		}
	}
	givesIn := func(text string) bool {
		return c.givesIn(text) || len(own.signs) > len(c.signs) && ix.ownMoney != nil && slices.ContainsFunc(ix.ownMoney.FindAllString(text, -1), func(m string) bool {
			return own.writes(strings.TrimLeftFunc(m, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		})
	}
	matched := func(text string, topic bool) bool {
		return slices.ContainsFunc(ix.Terms(text), func(t string) bool {
			return slices.Contains(h.Matched, t) && !slices.Contains(named, t) && (!topic || !strings.HasPrefix(t, "="))
		})
	}
	ss := ix.Sentences(h.Passage)
	for i, s := range ss {
		if !givesIn(s.Text) {
			continue
		}
		// "At these rates that is about EUR 11.6 million": a sentence that
		// converts the sum of the one before gives that sum, when that one
		// has a word of the question's topic, not only a name
		if matched(s.Text, false) || i > 0 && conversionRE.MatchString(s.Text) && !givesIn(ss[i-1].Text) && ix.hasQuantity(&Passage{Text: ss[i-1].Text}, Money) && matched(ss[i-1].Text, true) {
			return true
		}
	}
	return false
}

// conversionRE finds a sentence that converts a sum given before: "that
// is about EUR 11.6 million" (a sum right after: not "That was less than
// the EUR 9 million ..."), "at these rates", "the equivalent of".
var conversionRE = lazyre.New(`(?i)\b(?:that|this|which|it)\s+(?:is|was|comes\s+to|came\s+to|amounts\s+to|amounted\s+to|equals|equalled)\s+(?:(?:about|around|roughly|some|approximately|nearly|almost|just\s+(?:over|under)|a\s+little\s+(?:over|under)|the\s+equivalent\s+of|equivalent\s+to)\s+)?(?:[$€£¥]|(?-i:[A-Z]{3})\s?\d)|\bthe\s+equivalent\s+of\b|\bequivalent\s+to\b|\bat\s+(?:the|these|those|today['’]s|current)\s+(?:\S+\s+)?(?:exchange\s+)?rates?\b|\bconvert(?:s|ed)?\b`)

// currencyWordOf returns the word by which an alias names a currency, in
// lower case after another ("Vikland krona", "Tarn mark": ISO 4217's
// currencies are named so; not "Park Seo-won" or "Mark", names), "" for
// an alias that names none.
func currencyWordOf(alias string) string {
	i := strings.LastIndexFunc(alias, unicode.IsSpace)
	if i < 0 {
		return ""
	}
	w := alias[i+1:]
	if w == "" || w != strings.ToLower(w) || !lexicon.CurrencyWord(w) && !currencyNameRE.MatchString(w) {
		return ""
	}
	return w
}

// currencyNameRE is a currency's word as currencyNames has it.
var currencyNameRE = lazyre.New(`^(?:` + currencyNames + `)$`)

// ownSigns returns the glossary's codes and signs of the currencies it
// names by a word ("VKK", where it has "Vikland krona, VKK") that
// moneyRE does not know, each with the currency's word ("krona"); and the
// codes of three capitals that the sources write before figures (codes,
// by how often) twice or more, each with the word of the currency's name
// ("VDT", where it has "Vikland taler, VDT" and the sources write "VDT
// 46 million": "taler").
func ownSigns(g *Glossary, codes map[string]int) map[string]string {
	out := map[string]string{}
	if g == nil {
		return out
	}
	for _, e := range g.Entries {
		word := ""
		if i := slices.IndexFunc(e.Aliases, func(a string) bool { return currencyWordOf(a) != "" }); i >= 0 {
			word = currencyWordOf(e.Aliases[i])
		} else if slices.ContainsFunc(e.Aliases, func(a string) bool { return codes[a] >= 2 && currencyCodeRE.MatchString(a) }) {
			for _, a := range e.Aliases {
				if i := strings.LastIndexFunc(a, unicode.IsSpace); i > 0 && word == "" {
					word = strings.ToLower(a[i+1:])
				}
			}
		}
		if word == "" {
			continue
		}
		for _, a := range e.Aliases {
			if currencyWordOf(a) == "" && len(a) <= 4 && !strings.ContainsFunc(a, unicode.IsSpace) && !moneyRE.MatchString(a+" 1") {
				out[a] = word
			}
		}
	}
	return out
}

// sumFigureRE finds a figure written as a sum is, at the start of a text:
// with a magnitude ("46 million", "46m", "2.6bn"), a decimal ("9.60") or
// thousands ("512,000").
var sumFigureRE = lazyre.New(`^\d[\d,]*(?:\.\d+\s?(?:million|billion|trillion|thousand|mn|bn|m|k)?\b|,\d{3}|\s?(?:million|billion|trillion|thousand|mn|bn|m|k)\b)`)

// currencyCodeRE is a currency's code: three capitals.
var currencyCodeRE = lazyre.New(`^[A-Z]{3}$`)

// addCodes counts in codes the glossary's aliases of three capitals
// (aliases) that a text writes before a sum's figure ("VDT 46 million", "VDT46m", "VDT 9.60", "VDT
// 512,000"): a figure with a magnitude, a decimal or thousands, not a
// number alone ("COP 26", a summit).
func addCodes(codes map[string]int, text string, aliases map[string]bool) map[string]int {
	for i := 3; i < len(text); i++ {
		j := i
		if text[j] == ' ' {
			j++
		}
		if j >= len(text) || !isDigit(text[j]) {
			continue
		}
		if c := text[i-3 : i]; isCapital(c[0]) && isCapital(c[1]) && isCapital(c[2]) && (i == 3 || !isLetterByte(text[i-4])) && aliases[c] && sumFigureRE.MatchString(text[j:]) {
			if codes == nil {
				codes = map[string]int{}
			}
			codes[c]++
		}
	}
	return codes
}

func isCapital(b byte) bool    { return b >= 'A' && b <= 'Z' }
func isLetterByte(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// currencyConcepts returns the glossary's concepts that are currencies
// (an alias is a currency's word or its ISO code: "Vikland krona", "EUR"),
// as index terms ("=vikland-krona").
func currencyConcepts(g *Glossary, signs map[string]string) map[string]bool {
	out := map[string]bool{}
	if g == nil {
		return out
	}
	for _, e := range g.Entries {
		if slices.ContainsFunc(e.Aliases, func(a string) bool { return currencyWordOf(a) != "" || lexicon.CurrencyCode(a) || signs[a] != "" }) {
			out["="+e.Key] = true
		}
	}
	return out
}

// ownCurrencyRE returns a pattern for a sum in a currency the glossary
// names ("Vikland krona") by its other aliases that moneyRE does not
// know, its code or its sign ("VKK 1.2m", "1.2m VKK"), given as ownSigns
// returns them; nil for none.
func ownCurrencyRE(own map[string]string) *regexp.Regexp {
	var signs []string
	for s := range own {
		signs = append(signs, regexp.QuoteMeta(s))
	}
	if len(signs) == 0 {
		return nil
	}
	slices.Sort(signs)
	alt := strings.Join(signs, "|")
	return regexp.MustCompile(`(?:^|[^\p{L}])(?:` + alt + `)\s?\d|\d[\d,.]*\s?(?:(?:thousand|million|billion|trillion|bn|m)\s+)?(?:` + alt + `)(?:[^\p{L}]|$)`)
}

// exchangeAskedRE finds a question that asks an exchange rate: "the
// exchange rate", "fx rate" (read as "foreign exchange rate"), "what
// foreign exchange is used"; not the exchange of bonds nor foreign
// exchange reserves.
var exchangeAskedRE = lazyre.New(`(?i)\b(?:exchange|fx)\s+rates?\b|\bforeign\s+exchange\s+(?:used|conversions?)\b`)

// rateMovedRE finds a question on how a rate moved, or what it did.
var rateMovedRE = lazyre.New(`(?i)\b(?:affect|affected|affects|effect|effects|impact|impacts|impacted|hit|hurt|hurts|help|helped|helps|boost|boosted|fall|fell|fallen|falls|drop|dropped|drops|rise|rose|risen|rises|climb|climbed|move|moved|moves|change|changed|changes|weaken|weakened|strengthen|strengthened|depreciate|depreciated|appreciate|appreciated|slide|slid|slump|slumped|jump|jumped|swing|swung)\b`)

// conversionAskedRE finds a conversion rate asked ("the conversion rate",
// "the rate used for eur conversions"): an exchange rate where the
// question names a currency, not a web shop's.
var conversionAskedRE = lazyre.New(`(?i)\bconversion\s+rates?\b|\brates?\s+(?:used\s+)?(?:for|in|of)\s+(?:the\s+)?(?:[\p{L}]+\s+)?conversions?\b`)

// asksExchangeRate reports whether a question asks an exchange rate
// itself (not why it moved): the exchange rate, an fx rate, or a
// conversion rate beside a currency's word or code.
func asksExchangeRate(text string) bool {
	if !strings.Contains(strings.ToLower(text), "rate") {
		return false // most questions: no pattern to run
	}
	if !exchangeAskedRE.MatchString(text) && !(conversionAskedRE.MatchString(text) && len(askedCurrencies(text)) > 0) {
		return false
	}
	// "why did it fall", "how much did the exchange rate fall": the change
	return !AsksReasonRE.MatchString(text) && !rateMovedRE.MatchString(text)
}

// exchangeRateRE finds a figure given to or per one unit of a currency
// ("6.25 Holm thalers to the euro", "KRN 280 to the dollar"); the groups
// are the figure, the words between and the currency's word.
// rateEqualsRE finds one unit of a currency set equal to a sum of another
// ("EUR 1 = VDT 9.60", "1 EUR = 5.05 KRN", "€1 = KRN 5.05", "1 euro =
// 5.05 kronor").
var (
	exchangeRateRE = lazyre.New(`(?i)(\d[\d.,]*)\s+((?:[\p{L}]+\s+){0,2}?)(?:to\s+(?:the|one|a|1|each)|per(?:\s+(?:one|1|each))?|against\s+the)\s+(?:US\s+)?([\p{L}]+)`)
	rateEqualsRE   = lazyre.New(`(?:\b[A-Z]{3}\s?1(?:\.0+)?|\b1\s?[A-Z]{3}|[€$£¥]\s?1(?:\.0+)?|\b1\s+(?i:euro|dollar|US\s+dollar|pound|yen|franc)s?)\s?=\s?(?:[A-Z]{3}\s?|[€$£¥]\s?)?\d`)
)

// ofAfterRE finds what makes a currency's word no side of a rate: "of"
// next ("per pound of beans", a weight), or "area", "zone" or a
// possessive ("to the euro area's fund").
var ofAfterRE = lazyre.New(`^(?:\s+of\b|\s+(?:area|zone)\b|['’]s\b)`)

// givesExchangeRate reports whether a text gives an exchange rate: not a
// year ("in 2009 Vik switched to the euro") nor a percentage ("fell 12 per
// cent against the euro").
func givesExchangeRate(text string, asked []string) bool {
	for _, m := range rateEqualsRE.FindAllString(text, -1) {
		if len(asked) == 0 || slices.ContainsFunc(asked, func(c string) bool {
			return strings.Contains(m, strings.ToUpper(c)) || strings.Contains(strings.ToLower(m), c)
		}) {
			return true
		}
	}
	for _, loc := range exchangeRateRE.FindAllStringSubmatchIndex(text, -1) {
		m := submatches(text, loc)
		if isYear(strings.TrimRight(m[1], ".,")) || strings.Contains(strings.ToLower(m[2]), "cent") || ofAfterRE.MatchString(text[loc[1]:]) {
			continue // a year, a percentage, "per pound of beans", "to the euro area's fund"
		}
		if !lexicon.CurrencyWord(m[3]) && !lexicon.CurrencyCode(strings.ToUpper(m[3])) {
			continue
		}
		// a rate with the currency asked on one of its sides ("for the
		// dollar" is not given by "kronor to the euro")
		sides := strings.ToLower(m[2] + " " + m[3])
		if len(asked) == 0 || slices.ContainsFunc(asked, func(c string) bool { return strings.Contains(sides, c) }) {
			return true
		}
	}
	return false
}

// commonCurrencyRE is one of the currencies' words a question names.
var commonCurrencyRE = lazyre.New(`^(?:` + currencyNames + `)$`)

// askedCurrencies returns the currencies a question names, as the words
// that end their names ("euro" for "eur" or "euros"), and their codes.
func askedCurrencies(text string) []string {
	var out []string
	for _, w := range words(text) {
		lower := strings.ToLower(w)
		// a code no English word is ("eur", not "all"), or a currency's
		// word of the commonest (not "bonds", "convertible")
		if len(w) == 3 && lexicon.CurrencyCode(strings.ToUpper(w)) && !lexicon.Ordinary(lower) {
			out = append(out, lexicon.CurrencyCodeWord(strings.ToUpper(w)), lower)
		} else if lower == w && commonCurrencyRE.MatchString(lower) {
			out = append(out, strings.TrimSuffix(lower, "s"))
		}
	}
	return out
}

// ratePassages returns, as hits, the passages with the word
// "rate" or "exchange" that give an exchange rate (of any currency) and are not among hits:
// the rate a piece converts at is one sentence, often in a passage on
// other things ("... Euro equivalents use the 2025 average rate of 5.05
// florins to the euro").
func (ix *Index) ratePassages(hits []Hit, own []QueryTerm) []Hit {
	var out []Hit
	seen, best := map[*Passage]bool{}, 0.0
	for _, h := range hits {
		seen[h.Passage] = true
		best = max(best, h.Score)
	}
	for _, st := range []string{stem("rate"), stem("exchange")} {
		for _, p := range ix.postings[st] {
			if psg := ix.passages[p.doc]; !seen[psg] && givesExchangeRate(psg.Text, nil) {
				seen[psg] = true
				has := ix.Terms(psg.Text)
				var matched []string
				for _, t := range own {
					if t.in(has) {
						matched = append(matched, t.Stem)
					}
				}
				// scored as the best hit: the rate asked is in it
				out = append(out, Hit{Passage: psg, Score: best, Matched: matched})
			}
		}
	}
	return out
}
