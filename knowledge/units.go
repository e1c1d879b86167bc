package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// unitClasses name the units of measure a question may ask a figure in,
// by what they measure: "how many MW" is answered by "1.2 gigawatts" too,
// not by "300 tonnes". General English, not any source's.
var unitClasses = map[string]string{
	"kw": "power", "mw": "power", "gw": "power", "kilowatt": "power", "kilowatts": "power",
	"megawatt": "power", "megawatts": "power", "gigawatt": "power", "gigawatts": "power",
	"kwh": "energy", "mwh": "energy", "gwh": "energy", "twh": "energy",
	"tonne": "mass", "tonnes": "mass", "ton": "mass", "tons": "mass", "kilotonnes": "mass", "megatonnes": "mass",
	"kg": "mass", "kilograms": "mass", "kilogrammes": "mass",
	"barrel": "volume", "barrels": "volume", "bpd": "volume", "litre": "volume", "litres": "volume",
	"liter": "volume", "liters": "volume", "gallon": "volume", "gallons": "volume", "bcm": "volume",
	"teu": "containers", "teus": "containers",
	"hour": "time", "hours": "time", "hrs": "time", "day": "time", "days": "time", "week": "time", "weeks": "time",
}

// measuredIn are the classes of units that measure what a noun names:
// "how much power will the plant draw" is answered by a figure in
// megawatts that never says "power".
var measuredIn = map[string][]string{
	"power": {"power", "energy"}, "electricity": {"power", "energy"}, "energy": {"energy", "power"},
	"generation": {"power", "energy"}, "demand": {"power", "energy"}, "load": {"power"},
	"water": {"volume"}, "oil": {"volume"}, "crude": {"volume"}, "fuel": {"volume"},
	"weight": {"mass"}, "tonnage": {"mass"}, "cargo": {"mass", "containers"},
	"wait": {"time"}, "waits": {"time"}, "waiting": {"time"}, "delay": {"time"}, "delays": {"time"}, "clearance": {"time"}, "turnaround": {"time"},
}

// unitOf returns what a word measures, "" for a word that is no unit.
func unitOf(w string) string {
	return unitClasses[strings.ToLower(w)]
}

// measureNouns name a measure whose value a question asks by naming it
// ("what's the plant's capacity?", "what is the port's throughput"): a
// figure, of the measure.
const measureNouns = `capacit(?:y|ies)|output|throughput|volumes?|market\s+cap(?:itali[sz]ation)?|valuation|draught|population|turnover|yields?|(?:berth\s+|average\s+)?waits?(?:ing)?(?:\s+times?)?|(?:clearance|turnaround|dwell|lead)\s+times?`

// measureRE finds a question after the value of a measure: "what's X's
// (installed) capacity", "what are the volumes"; or a figure in a unit:
// "capacity in MW", "in megawatts". The first group is the measure, the
// second the unit.
var measureRE = lazyre.New(`(?i)\bwhat(?:['’]?s|\s+is|\s+are|\s+was|\s+were)\s+(?:[\p{L}'’\-]+\s+){0,3}?(` + measureNouns + `)\b|` + inUnit + `|` + levelAsked)

// levelAsked finds a question after the level of something, which a
// figure tells: "what's inflation running at", "what are reserves sitting
// at", "how high is the debt". The group is the thing's words.
const levelAsked = `\bwhat(?:['’]?s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}'’\-]+\s+){0,2}?[\p{L}\-]+)\s+(?:(?:running|sitting|hovering|trending|tracking|standing|holding)\s+at\b)|\bhow\s+(?:high|low)\s+(?:is|are|was|were)\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}'’\-]+\s+){0,2}?[\p{L}\-]+)(?:\s+(?:in|at|for|of|on|now|these|right|currently|today|still)\b|\s*[?.!]|\s*$)`

// unitWords are the units measureRE finds a figure asked in; not "in
// days" or "in weeks", which say how soon.
const unitWords = `mw|gw|kw|megawatts|gigawatts|kwh|mwh|gwh|twh|barrels|bpd|litres|liters|teus?`

// measureAsked returns the measure a question asks the value of, and the
// word it counts: the measure's noun, or the unit asked in.
func measureAsked(text string) (string, bool) {
	m := measureRE.FindStringSubmatchIndex(text)
	if m == nil || abilityRE.MatchString(text[m[1]:]) {
		return "", false // "its capacity to supply shells": an ability
	}
	sub := submatches(text, m)
	if level := strings.Fields(strings.ToLower(sub[3] + sub[4])); len(level) > 0 {
		if strings.HasSuffix(level[len(level)-1], "ing") || slices.ContainsFunc(level, func(w string) bool { return pronouns[w] || degreeWords[w] }) {
			return "", false // "what's he getting at": a meaning; "how high is the risk": a degree, which words tell
		}
		// the thing's last word, or the one before a word that frames
		// its level ("the surplus target": the surplus)
		head := len(level) - 1
		if head > 0 && levelFrames[level[head]] {
			head--
		}
		return level[head], true
	}
	if sub[1] != "" {
		ws := strings.Fields(strings.ToLower(sub[1]))
		if i := slices.IndexFunc(ws, func(w string) bool { return measuredIn[w] != nil }); i >= 0 {
			return ws[i], true // "berth wait times": a wait, in days
		}
		return ws[0], true
	}
	return strings.ToLower(sub[2]), true
}

// degreeWords are things whose level words tell as often as figures: "how
// high is the risk", "how low is morale".
var degreeWords = setOf("risk", "risks", "chance", "chances", "likelihood", "probability", "odds", "stakes",
	"hopes", "hope", "morale", "tension", "tensions", "expectations", "confidence", "anxiety", "fears", "fear",
	"pressure", "priority", "bar", "threshold")

// levelFrames are the nouns that frame the level of the word before them
// ("the surplus target", "the debt level").
var levelFrames = setOf("target", "targets", "level", "levels", "rate", "rates", "figure", "figures", "number",
	"numbers", "reading", "print", "ratio", "forecast", "estimate", "projection", "goal")

// abilityRE finds what follows a measure's noun that makes it an ability:
// "capacity to supply".
var abilityRE = lazyre.New(`^\s+(?:to|for)\s+\p{L}+(?:ing)?\b`)

// unitCounted returns the class of units a count's focus asks a figure in
// ("how many MW": power), "" when it counts no unit.
func unitCounted(focus []string) string {
	if i := slices.IndexFunc(focus, func(w string) bool { return unitOf(w) != "" }); i >= 0 {
		return unitOf(focus[i])
	}
	return ""
}

// measureNounRE finds a word that is a measure's name alone ("output",
// "capacity"), which a unit asked with it says: see measureNouns.
var measureNounRE = lazyre.New(`(?i)^(?:` + measureNouns + `)$`)

// inUnit finds a figure asked in a unit: "in GWh", "in megawatts"; its
// group is the unit.
const inUnit = `\bin\s+(` + unitWords + `)\b`

// inUnitRE is inUnit alone.
var inUnitRE = lazyre.New(`(?i)` + inUnit)

// unitAsked returns what the unit a question asks a figure in measures
// ("the output, in GWh?": energy), "" for none.
func unitAsked(text string) string {
	if m := inUnitRE.FindStringSubmatch(text); m != nil {
		return unitOf(m[1])
	}
	return ""
}

// bareUnit returns a unit a question names without a figure before it
// ("vik dam installed MW", "output gwh?"), which asks for a figure in it;
// not "the 300 MW plant", "a ton of workers", nor a unit of time
// ("strike days").
func bareUnit(text string) string {
	ws := words(text)
	for i, w := range ws {
		if c := unitOf(w); c != "" && c != "time" && (i == 0 || !hasFigure(ws[i-1]) && ws[i-1] != "a") && (i == len(ws)-1 || ws[i+1] != "of") {
			return strings.ToLower(w)
		}
	}
	return ""
}

// givesUnit reports whether a sentence gives a figure in a unit of the
// class: a figure with the unit one or two words after it ("300 MW", "3
// million tonnes", "six days"; not "40 ships a day", a rate), or glued to
// it ("300MW").
func givesUnit(s, class string) bool {
	inClass := func(u string) bool { return unitOf(u) == class }
	return figureBefore(s, 2, inClass) || slices.ContainsFunc(words(strings.ToLower(s)), func(w string) bool {
		m := digitUnitRE.FindStringSubmatch(w)
		return m != nil && inClass(m[2])
	})
}

// refersBackTo reports whether a sentence refers back to a concept named
// before it by a noun of what it is: "the country" to a country, "the
// company" or "the firm" to anything else.
func (ix *Index) refersBackTo(s, concept string) bool {
	m := referBackRE.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	return (strings.ToLower(m[1]) == "country") == ix.isCountry(concept)
}

// referBackRE finds a noun that refers back to a party: "the country's".
var referBackRE = lazyre.New(`(?i)\bthe\s+(country|company|firm|group|utility|operator)(?:['’]s)?\b`)

// isCountry reports whether a glossary concept is a country: one of its
// aliases is a country's name.
func (ix *Index) isCountry(concept string) bool {
	e, ok := ix.kb.Glossary.Entry(strings.TrimPrefix(concept, "="))
	return ok && slices.ContainsFunc(e.Aliases, func(a string) bool { return lexicon.CountryName(a) || lexicon.CountryFullName(a) })
}

// unitForms are the names of units whose symbols a question may type
// where the sources write the name ("275kv" and "275-kilovolt"), by the
// symbol, as stems; the symbols that chat's forms write out in full
// ("km": kilometres) are not here.
var unitForms = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{{"kilovolts", "kv"}, {"hectares", "ha"}, {"megawatts", "mw"}, {"gigawatts", "gw"}, {"kilowatts", "kw"}} {
		m[p[1]] = stem(p[0])
	}
	return m
}()

// symbolForms are the symbols of the units chat's forms write out in full
// ("km": kilometres), by the name's stem: where the sources write only
// the symbol ("52.4 km"), the name the question now has finds it.
var symbolForms = map[string]string{stem("kilometres"): "km", stem("kilograms"): "kg"}
