package bot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// markerRE finds citation markers: [1], [2, 3], [4][5].
var markerRE = lazyre.New(`\[(\d+(?:\s*,\s*\d+)*)\]`)

// numberRE finds numbers written with digits: 20,000, 1.5, 2022.
var numberRE = lazyre.New(`\d[\d,.]*\d|\d`)

// minSupport is the share of a cited sentence's content terms its passages
// must share for the sentence to count as supported.
const minSupport = 0.34

// A checked answer is a model's answer after verification.
type checked struct {
	text        string
	cited       []*knowledge.Passage // in order of first use
	unsupported []string
}

// verify checks a model's answer against the passages it was given:
// markers that name no passage are removed, the rest renumbered in order
// of first use; a sentence whose cited passages do not share enough of its
// words is listed as unsupported. It fails when nothing valid is cited, or
// when the answer has a number that neither its passages nor allowed
// (the question, the dates Dossier itself gave) contain, or when it states
// flatly what its sources only report someone claiming, or hold possible:
// that sentence is listed as unsupported.
func verify(ix *knowledge.Index, answer string, supplied []*knowledge.Passage, allowed string) (checked, error) {
	var c checked
	renumber := map[int]int{}
	text := markerRE.ReplaceAllStringFunc(answer, func(m string) string {
		var out strings.Builder
		for _, f := range strings.Split(strings.Trim(m, "[]"), ",") {
			n, _ := strconv.Atoi(strings.TrimSpace(f))
			if n < 1 || n > len(supplied) {
				continue
			}
			if _, ok := renumber[n]; !ok {
				c.cited = append(c.cited, supplied[n-1])
				renumber[n] = len(c.cited)
			}
			fmt.Fprintf(&out, "[%d]", renumber[n])
		}
		return out.String()
	})
	c.text = tidySpaces(text)
	if len(c.cited) == 0 {
		return c, fmt.Errorf("%w: it cites no passage it was given", errUnverified)
	}
	if n := inventedNumber(c.text, c.cited, allowed); n != "" {
		return c, fmt.Errorf("%w: it gives the figure %s, which its sources do not", errUnverified, n)
	}
	if s, why := flattened(ix, c.text, c.cited); s != "" {
		c.unsupported = append(c.unsupported, s)
		return c, fmt.Errorf("%w: it states as fact %s: “%s”", errUnverified, why, s)
	}
	for _, s := range Sentences(c.text) {
		if !supported(ix, s, c.cited) {
			c.unsupported = append(c.unsupported, StripMarkers(s))
		}
	}
	return c, nil
}

var spacesRE = lazyre.New(`[ \t]+([.,;:!?])|[ \t]{2,}`)

func tidySpaces(s string) string {
	s = spacesRE.ReplaceAllStringFunc(s, func(m string) string {
		if t := strings.TrimLeft(m, " \t"); t != "" {
			return t
		}
		return " "
	})
	return strings.TrimSpace(s)
}

// StripMarkers removes a sentence's citation markers and the spaces
// before them.
func StripMarkers(s string) string {
	return tidySpaces(markerSpaceRE.ReplaceAllString(s, ""))
}

var markerSpaceRE = lazyre.New(`\s*` + markerRE.String())

// supported reports whether a sentence's cited passages back it. A
// sentence without a marker is not checked.
func supported(ix *knowledge.Index, sentence string, cited []*knowledge.Passage) bool {
	ms := markerRE.FindAllString(sentence, -1)
	if len(ms) == 0 {
		return true
	}
	terms := ix.Terms(markerRE.ReplaceAllString(sentence, ""))
	if len(terms) == 0 {
		return true
	}
	have := map[string]bool{}
	for _, m := range ms {
		for _, f := range strings.Split(strings.Trim(m, "[]"), "][") {
			n, _ := strconv.Atoi(f)
			if n >= 1 && n <= len(cited) {
				for _, t := range ix.Terms(cited[n-1].Text) {
					have[t] = true
				}
			}
		}
	}
	shared := 0
	for _, t := range terms {
		if have[t] {
			shared++
		}
	}
	return float64(shared) >= minSupport*float64(len(terms))
}

// inventedNumber returns the first number in text that none of the cited
// passages nor allowed contain, or "".
func inventedNumber(text string, cited []*knowledge.Passage, allowed string) string {
	known := map[string]bool{}
	add := func(s string) {
		for _, n := range numberRE.FindAllString(s, -1) {
			known[normNumber(n)] = true
		}
	}
	for _, p := range cited {
		add(p.Text)
	}
	add(allowed)
	for _, n := range numberRE.FindAllString(markerRE.ReplaceAllString(text, ""), -1) {
		if !known[normNumber(n)] {
			return n
		}
	}
	return ""
}

func normNumber(n string) string {
	n = strings.TrimRight(strings.ReplaceAll(n, ",", ""), ".")
	return n
}
