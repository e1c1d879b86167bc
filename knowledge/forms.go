package knowledge

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// forms rewrites the forms a question is typed in into those the sources
// write, in order: each step reads what the one before has written.
func (n *normalizer) forms(s string) string {
	s = n.gluedForms(s)
	s = n.dateForms(s)
	s = n.phraseForms(s)
	s = n.figureForms(s)
	return n.contractedForms(s)
}

// gluedForms rewrites what is glued or dotted together: a period numbered
// ("yr1": the first year), kilotonnes ("14kt"), "& co" (and others) and
// dotted acronyms ("U.S.").
func (n *normalizer) gluedForms(s string) string {
	s = replaceMatches(periodNumberRE, s, func(sub []string) (string, bool) {
		unit := periodUnits[strings.ToLower(sub[1])]
		out := ordinal(sub[2]) + " " + unit
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(kilotonnesRE, s, func(sub []string) (string, bool) {
		if sub[1] != "" || sub[3] != "" {
			return "", false // "doing 14kt": knots; "18kt gold": carats
		}
		figure := sub[2]
		if thousandsRE.MatchString(figure) {
			figure = strings.ReplaceAll(figure, ",", "") // "1,200kt"
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(figure, ",", "."), 64)
		if err != nil {
			return "", false
		}
		out := magnitude(v, "k") + " tonnes"
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(andCompanyRE, s, func(sub []string) (string, bool) {
		if next := strings.ToLower(strings.TrimSpace(sub[1])); next != "" && (lexicon.Person(next) || lexicon.Known("co"+next)) {
			return "", false // "ceo and co founder", "chair and co chair": a co-founder
		}
		n.add("forms", strings.TrimSpace(strings.TrimSuffix(sub[0], sub[1])), "and others")
		return " and others" + sub[1], true
	})
	s = dottedAcronymRE.ReplaceAllStringFunc(s, func(m string) string {
		out := strings.ToUpper(strings.ReplaceAll(m, ".", ""))
		if _, ok := contractions[strings.ToLower(m)]; ok {
			return m // "e.g.", "i.e.": abbreviations, not acronyms
		}
		n.add("forms", m, out)
		return out
	})
	return s
}

// dateForms rewrites dates and numbers as they are typed or spoken: short
// years ("sept '22"), months' abbreviations, spoken years and numbers
// ("twenty twenty-four", "thirty eight"), ordinal days ("24th of
// February"), a day after its month ("March 22"), quarters ("Q3 24"), "by
// end 25"; and "what's stopping" as what keeps something from happening.
func (n *normalizer) dateForms(s string) string {
	s = replaceMatches(shortYearRE, s, func(sub []string) (string, bool) {
		out := sub[1] + fullYear(sub[2])
		n.add("forms", sub[0], out)
		return out, true
	})
	s = monthRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := monthRE.FindStringSubmatch(m)
		abbr := strings.ToLower(sub[2] + sub[5])
		out := sub[1] + months[abbr] + sub[6]
		n.add("forms", m, out)
		return out
	})
	s = replaceMatches(spokenYearRE, s, func(sub []string) (string, bool) {
		century := centuries[strings.ToLower(sub[1])]
		later := strings.ToLower(sub[2])
		if sub[4] != "" || teens[later] > 0 && sub[3] != "" {
			return "", false // "nineteen eleven one": no year
		}
		out := strconv.Itoa(century + teens[later] + tens[later] + units[strings.ToLower(sub[3])])
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(obstacleRE, s, func(sub []string) (string, bool) {
		out := "why won't " + sub[1] + " " + sub[2]
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(tensUnitsRE, s, func(sub []string) (string, bool) {
		if sub[3] != "" {
			return "", false // "thirty one-year contracts", "forty five thousand"
		}
		out := strconv.Itoa(tens[strings.ToLower(sub[1])] + units[strings.ToLower(sub[2])])
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(ordinalDayRE, s, func(sub []string) (string, bool) {
		out := sub[1] + " " + sub[2]
		if sub[1] == "" {
			out = sub[3] + " " + sub[4]
		}
		n.add("forms", sub[0], out)
		return out, true
	})
	// one at a time: the character after a match, which it tests, may
	// open the next ("in March 22 in April 23")
	for at := 0; at < len(s); {
		loc := monthShortYearRE.FindStringSubmatchIndex(s[at:])
		if loc == nil {
			break
		}
		year := fullYear(s[at+loc[4] : at+loc[5]])
		n.add("forms", s[at+loc[2]:at+loc[5]], s[at+loc[2]:at+loc[4]]+year)
		s = s[:at+loc[4]] + year + s[at+loc[5]:]
		at += loc[4] + len(year)
	}
	s = replaceMatches(quarterShortYearRE, s, func(sub []string) (string, bool) {
		if strings.HasPrefix(strings.ToLower(sub[1]), "h") && sub[1][1] > '2' {
			return "", false // no third half
		}
		out := sub[1] + fullYear(sub[2])
		n.add("forms", strings.TrimSpace(sub[1]+sub[2]), out)
		return out + sub[3], true
	})
	// "by end 25": the end of 2025
	s = replaceMatches(endYearRE, s, func(sub []string) (string, bool) {
		out := sub[1] + fullYear(sub[2])
		n.add("forms", strings.TrimSpace(sub[1]+sub[2]), strings.TrimSpace(out))
		return out + sub[3], true
	})
	return s
}

// phraseForms rewrites words read by the words around them: "min" (minutes,
// minister or minimum), a verb of publishing said of the piece ("where else
// did this piece run", "did it come out": published), "is this a repost",
// "4" and "2" between words (for, to), a time of day in a chat schedule
// (dropped), an inflection after a hyphen ("veto-ed"), "post-" (after),
// "all hands" (the meeting) and "round" (around).
func (n *normalizer) phraseForms(s string) string {
	// "min" is minutes after a figure, a minister after a ministry's
	// field ("the mining min"), else a minimum (see contractions)
	s = replaceMatches(minutesRE, s, func(sub []string) (string, bool) {
		n.add("forms", sub[0], sub[1]+" minutes")
		return sub[1] + " minutes", true
	})
	s = replaceMatches(ministerRE, s, func(sub []string) (string, bool) {
		n.add("forms", sub[0], sub[1]+" minister")
		return sub[1] + " minister", true
	})
	s = replaceMatches(publishedRE, s, func(sub []string) (string, bool) {
		out := sub[1] + "published" + sub[4]
		if sub[1] == "" {
			out = "publish" + sub[4]
		}
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(pieceOutRE, s, func(sub []string) (string, bool) {
		if sub[1] != "" || sub[4] != "" {
			return "", false // "after the article came out": a time; "does the article appear to side with": seeming
		}
		n.add("forms", sub[0], sub[2]+"published")
		return sub[2] + "published", true
	})
	if m := repostRE.FindStringSubmatchIndex(s); m != nil {
		n.add("forms", s[m[2]:m[3]], "republished piece")
		s = s[:m[2]] + "republished piece" + s[m[3]:]
	}
	s = replaceMatches(digitPrepRE, s, func(sub []string) (string, bool) {
		if numberedWords[strings.ToLower(strings.TrimSpace(sub[1]))] {
			return "", false // "October 4 the day after", "phase 2 the year after": a number
		}
		out := map[string]string{"4": "for", "2": "to"}[sub[2]]
		n.add("forms", sub[2], out)
		return sub[1] + out + sub[3], true
	})
	for at := 0; at < len(s); {
		loc := clockRE.FindStringIndex(s[at:])
		if loc == nil {
			break
		}
		start, end := at+loc[0], at+loc[1]
		if start > 1 && (s[start-1] == '-' || s[start-1] == '/') && isDigit(s[start-2]) && strings.Contains(s[start:end], " PM") {
			at = end // "3-2 PM vote": a score, then an acronym, not a time ("2-4pm" is one)
			continue
		}
		n.add("forms", s[start:end], "") // a time of day in chat schedules, it asks nothing
		s = s[:start] + " " + s[end:]
		at = start + 1
	}
	s = replaceMatches(hyphenEndingRE, s, func(sub []string) (string, bool) {
		out := sub[0][:strings.LastIndex(sub[0], "-")]
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(postPrefixRE, s, func(sub []string) (string, bool) {
		if postNouns[strings.ToLower(sub[1])] {
			return "", false
		}
		n.add("forms", "post-", "after ")
		return "after " + sub[1], true
	})
	lower := strings.ToLower(s)
	if strings.Contains(lower, "hands") {
		s = replaceMatches(allHandsRE, s, func(sub []string) (string, bool) {
			n.add("forms", sub[2], "all-hands")
			return sub[1] + " all-hands", true // "is the all hands still on friday": the meeting
		})
	}
	if strings.Contains(lower, "round") {
		s = replaceMatches(roundRE, s, func(sub []string) (string, bool) {
			before, next := strings.ToLower(sub[1]), strings.ToLower(sub[4])
			// "round" goes round something: before a determiner or a name
			// ("round the cape", "round vik"), or after a word of going
			// ("going round", "the other way round"); not "the funding round",
			// "round two", "round numbers", "round up", "round of talks"
			if roundNounBefore[before] || sub[3] != "" || numberWords[next] || next == "one" ||
				!(roundAfter[before] || roundObjects[next] || next != "" && (!lexicon.Ordinary(next) && !isDigit(next[0]) || n.name != nil && n.name(capitalised(next)))) {
				return "", false
			}
			n.add("forms", sub[2], "around")
			rest := sub[0][len(sub[1]):]
			at := strings.Index(strings.ToLower(rest), "round")
			return sub[1] + rest[:at] + "around" + rest[at+len("round"):], true
		})
	}
	return s
}

// figureForms rewrites figures and what is glued to them (a compass point,
// a currency sign, a unit, a stage, a span, a range, a magnitude, a date
// with slashes), "-wise" and "-ish", "acc to", and "matters" as a verb.
func (n *normalizer) figureForms(s string) string {
	s = n.degreeForms(s)
	s = n.gluedFigures(s)
	s = n.magnitudeForms(s)
	s = n.shortForms(s)
	return s
}

// degreeForms rewrites "matters" as a verb and "worth more (or less) to"
// as words of importance ("important", "more important to").
func (n *normalizer) degreeForms(s string) string {
	s = replaceMatches(mattersRE, s, func(sub []string) (string, bool) {
		verb, aux := sub[2]+sub[4], sub[1]
		if before := strings.ToLower(sub[3]); aux == "" && (determiners[before] && !whWordsSet[before] || isParticle(before) || prepositions[before]) {
			return "", false // "on matters to do with", "the matters for": the noun
		}
		var out string
		switch strings.ToLower(sub[5]) {
		case "more", "less", "most", "least":
			out = sub[5] + " important"
		case "to", "for", "anymore":
			out = "important " + sub[5]
		default:
			out = "important"
		}
		m := sub[0]
		// the verb's last place in the match, found without lowering the
		// match (which changes its length where it has invalid bytes)
		at := len(m) - len(verb)
		for at > 0 && !strings.EqualFold(m[at:at+len(verb)], verb) {
			at--
		}
		n.add("forms", m[at:], out)
		return m[:at] + out, true
	})
	s = replaceMatches(worthRE, s, func(sub []string) (string, bool) {
		if sub[3] != "" {
			return "", false // "worth more to Oslo than 40 million": a sum
		}
		out := sub[1] + " important " + sub[2]
		n.add("forms", sub[0], out)
		return out, true
	})
	return s
}

// gluedFigures rewrites what is glued to a figure or written beside it: a
// compass point, dollar signs for money, a stage's number, years ("5y"),
// a span, a unit ("300MW"), a word.
func (n *normalizer) gluedFigures(s string) string {
	s = replaceMatches(digitLetterRE, s, func(sub []string) (string, bool) {
		m := sub[0]
		if n.written != nil && n.written(strings.ToLower(m)) {
			return "", false // "62N", "100W", as the sources write them
		}
		out := m[:len(m)-1] + " " + m[len(m)-1:]
		n.add("forms", m, out)
		return out, true
	})
	s = replaceMatches(cashSignsRE, s, func(sub []string) (string, bool) {
		// "waiting for federal $$": money, as a noun, not a sum asked
		n.add("forms", sub[1], "money")
		return "money" + sub[0][len(sub[1]):], true
	})
	s = replaceMatches(stageNumberRE, s, func(sub []string) (string, bool) {
		// "phase 2" is the second phase, which sources write so as often
		// as in digits, and a figure it is not; "round 2 million" and
		// "round 2,000" are figures
		if sub[3] != "" {
			return "", false
		}
		out := ordinal(sub[2]) + " " + sub[1]
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(digitYearsRE, s, func(sub []string) (string, bool) {
		out := sub[1] + " years" // "over the next 5y"
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(digitSpanRE, s, func(sub []string) (string, bool) {
		figure, unit := sub[2], strings.ToLower(sub[3])
		if sub[1] != "" {
			figure, unit = sub[1][:len(sub[1])-1], strings.ToLower(sub[1][len(sub[1])-1:])
		}
		out := figure + " " + spanUnits[unit] // "a 30d data lag"
		if figure != "1" {
			out += "s"
		}
		n.add("forms", strings.TrimRight(sub[0], " \t\n,.;:?!)"), out)
		return out + sub[4], true
	})
	s = replaceMatches(digitUnitRE, s, func(sub []string) (string, bool) {
		unit := sub[2]
		if strings.EqualFold(unit, "mt") {
			// a megatonne ("3mt" of copper), or metric tonnes where the
			// figure is large ("51,000mt")
			unit = "million tonnes"
			if v, err := strconv.ParseFloat(strings.ReplaceAll(sub[1], ",", ""), 64); sub[2] != "Mt" && (err != nil || v >= 1000) {
				unit = "tonnes"
			}
		}
		out := sub[1] + " " + unit
		n.add("forms", sub[0], out)
		return out, true
	})
	s = digitWordRE.ReplaceAllStringFunc(s, func(m string) string {
		out := digitWordRE.ReplaceAllString(m, "$1 $2")
		n.add("forms", m, out)
		return out
	})
	return s
}

// magnitudeForms writes out magnitudes: one written once for a range
// ("20-50 thousand": both figures have it) and one beside a figure ("100
// thousand", as the sources write it, in digits).
func (n *normalizer) magnitudeForms(s string) string {
	s = replaceMatches(rangeMagnitudeRE, s, func(sub []string) (string, bool) {
		lo, err1 := strconv.ParseFloat(sub[1], 64)
		hi, err2 := strconv.ParseFloat(sub[3], 64)
		if err1 != nil || err2 != nil || lo >= hi {
			return "", false // no range ("50-20k", "2022-23k")
		}
		first := magnitude(lo, sub[4])
		n.add("forms", sub[1], first)
		return first + sub[2] + sub[3] + sub[4], true
	})
	s = magnitudeRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := magnitudeRE.FindStringSubmatch(m)
		v, err := strconv.ParseFloat(strings.ReplaceAll(sub[1], ",", ""), 64)
		if err != nil {
			return m
		}
		out := magnitude(v, sub[2])
		n.add("forms", m, out)
		return out
	})
	return s
}

// shortForms rewrites a date with slashes, an acronym's plural, "acc
// to", "pub date", "-wise" and "-ish".
func (n *normalizer) shortForms(s string) string {
	s = slashDateRE.ReplaceAllStringFunc(s, func(m string) string {
		out, ok := slashDate(slashDateRE.FindStringSubmatch(m))
		if !ok {
			return m
		}
		n.add("forms", strings.TrimSpace(m), strings.TrimSpace(out))
		return out
	})
	s = acronymSRE.ReplaceAllStringFunc(s, func(m string) string {
		out := m[:len(m)-1] + "'s"
		n.add("forms", m, out)
		return out
	})
	s = accShortRE.ReplaceAllStringFunc(s, func(m string) string {
		n.add("forms", m, "according to")
		return "according to"
	})
	s = pubDateRE.ReplaceAllStringFunc(s, func(m string) string {
		n.add("forms", m, "publication date")
		return "publication date"
	})
	s = wiseRE.ReplaceAllStringFunc(s, func(m string) string {
		out := m[:len(m)-len("-wise")]
		n.add("forms", m, out)
		return out
	})
	s = replaceMatches(ishRE, s, func(sub []string) (string, bool) {
		// only a form no dictionary has, of a word of four letters or
		// more it has ("soonish"; not "polish", "finish", nor a name
		// typed in lower case: "manish" is no "man")
		base := sub[1]
		if lexicon.Known(sub[0]) || !lexicon.Known(base) || len(base) < 4 {
			return "", false
		}
		n.add("forms", sub[0], sub[1])
		return sub[1], true
	})
	return s
}

// contractedForms rewrites the contractions and chat forms of words, one
// word at a time, where the words around say they are not a name, an
// acronym or a prefix.
func (n *normalizer) contractedForms(s string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		core := strings.TrimRight(f, ",;!?)")
		key := strings.TrimLeft(core, "(")
		full, ok := contractions[strings.ToLower(key)]
		if !ok || len(key) == 1 && key != strings.ToLower(key) {
			continue // a capital letter alone is an initial ("George W Holt"), not "with"
		}
		if lowerOnlyForms[strings.ToLower(key)] && len(key) > 1 && key == strings.ToUpper(key) {
			continue // "HR abuses", "H2 plans": an acronym, not an hour or a half
		}
		next := ""
		if core == f && i+1 < len(fields) {
			next = bareLower(fields[i+1])
		}
		opening := i == 0 && next != "" && lexicon.Ordinary(next) // "Max freight load on ...": the word a question opens with
		if lowerTypedForms[strings.ToLower(key)] && key != strings.ToLower(key) && !opening {
			continue // "what did Mo Tarn say": a name, not a month
		}
		if strings.ToLower(key) == "max" && (n.name != nil && n.name("Max") || next != "" && !lexicon.Ordinary(next) && !n.startsName(fields[i+1:])) {
			continue // "what did max fennick say", "what did max say" where the glossary has Max: the name, not "maximum"
		}
		if n.name != nil && len(key) > 1 && key == strings.ToUpper(key) && n.name(key) {
			continue // "MFA" where the glossary has it: the sources' name
		}
		if len(key) == 1 && (i > 0 && spelt(fields[i-1]) || i+1 < len(fields) && spelt(fields[i+1])) {
			continue // letters spelt one by one ("the u n"): an acronym, which the corrector reads; "r u" stays chat
		}
		if strings.ToLower(key) == "co" && coPrefix(fields[:i], next) {
			continue // "ceo and co founder", "the co owner", "who co owns it": a prefix, not a company ("co in the port" is one)
		}
		if strings.HasSuffix(full, " did") && wouldAfter(fields[i+1:]) {
			full = strings.TrimSuffix(full, "did") + "would" // "what'd happen if", "when'd the deal be ...": "would"
		}
		n.add("forms", core, full)
		fields[i] = strings.Replace(f, strings.TrimLeft(core, "("), full, 1)
	}
	return strings.Join(fields, " ")
}

// capitalised is a lower-case word with its first letter a capital, as a
// glossary writes a name ("brisk": Brisk).
func capitalised(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// startsName reports whether the words (lower case as typed) open a name
// of the glossary's, of one word or two ("morvane line": Morvane line).
func (n *normalizer) startsName(ws []string) bool {
	if n.name == nil || len(ws) == 0 {
		return false
	}
	first := capitalised(bareLower(ws[0]))
	if n.name(first) {
		return true
	}
	if len(ws) > 1 {
		second := bareLower(ws[1])
		return n.name(first+" "+second) || n.name(first+" "+capitalised(second))
	}
	return false
}

// bareLower is a question's word in lower case without the punctuation
// that may close it ("fennick," "max?").
func bareLower(w string) string { return strings.ToLower(strings.TrimRight(w, ",;!?)")) }
