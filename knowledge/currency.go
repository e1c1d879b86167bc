package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
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
}

// currencies are the currencies whose sums a question may ask for in
// them; any other named is looked for by its name alone.
var currencies = []currency{
	{"dollars", []string{"dollar", "dollars", "usd"}, []string{"$", "US$", "USD"}},
	{"euros", []string{"euro", "euros", "eur"}, []string{"€", "EUR"}},
	{"pounds", []string{"pound", "pounds", "sterling", "gbp"}, []string{"£", "GBP"}},
	{"yen", []string{"yen", "jpy"}, []string{"¥", "JPY"}},
	{"yuan", []string{"yuan", "renminbi", "rmb", "cny"}, []string{"RMB", "CNY", "¥"}},
	{"rupees", []string{"rupee", "rupees", "inr", "pkr", "rs"}, []string{"Rs", "₹", "INR", "PKR"}},
	{"ringgit", []string{"ringgit", "myr", "rm"}, []string{"RM", "MYR"}},
	{"roubles", []string{"rouble", "roubles", "ruble", "rubles", "rub"}, []string{"₽", "RUB"}},
	{"naira", []string{"naira", "ngn"}, []string{"₦", "NGN"}},
	{"rand", []string{"rand", "zar"}, []string{"ZAR"}},
	{"won", []string{"won", "krw"}, []string{"₩", "KRW"}},
}

// currencyAsked returns the currency a question asks a sum in, nil for
// none.
func currencyAsked(text string) *currency {
	m := currencyAskedRE.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	w := strings.ToLower(m[1] + m[2] + m[3])
	for i := range currencies {
		if slices.Contains(currencies[i].words, w) {
			return &currencies[i]
		}
	}
	return &currency{name: w, words: []string{strings.TrimSuffix(w, "s"), w}}
}

// givesIn reports whether a text gives a sum in the currency: a figure
// after one of its signs, or before one of its names.
func (c *currency) givesIn(text string) bool {
	for _, m := range moneyRE.FindAllString(text, -1) {
		lower := strings.ToLower(m)
		if slices.ContainsFunc(c.signs, func(s string) bool { return strings.HasPrefix(m, s) }) ||
			slices.ContainsFunc(c.words, func(w string) bool { return strings.HasSuffix(lower, w) }) {
			return true
		}
	}
	return false
}

// currencyName returns the name of the currency of the first sum a text
// gives in one of the currencies, "" for none.
func currencyName(text string) string {
	for i := range currencies {
		if currencies[i].givesIn(text) {
			return currencies[i].name
		}
	}
	return ""
}

// givesSumIn reports whether a passage has a sentence that gives a sum in
// the currency and has a term of the question the passage matched, other
// than the currency's name: "the levy in dollars" is not answered by a
// dollar sum beside a levy in rupees.
func (ix *Index) givesSumIn(h Hit, c *currency) bool {
	return slices.ContainsFunc(SplitSentences(h.Passage.Text), func(s string) bool {
		if !c.givesIn(s) {
			return false
		}
		return slices.ContainsFunc(ix.Terms(s), func(t string) bool {
			return slices.Contains(h.Matched, t) && !slices.Contains(c.words, t)
		})
	})
}
