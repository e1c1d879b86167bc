package knowledge

import (
	"slices"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// describedOnly returns the thing a "which" question asks for, in two
// words or more ("which velmora daily", "which cloud storage service"),
// where the cited passages tell of it only by a description that echoes
// the question: every sentence with the thing's last word has it after
// an article with only the question's own words between, one of them
// another of the thing's words ("the Velmora daily that first printed her
// documents"), no figure after it, and neither that sentence nor the one
// before or after it names anything the question lacks ("Velt sent her
// files to the Harbour Herald. The Velmora daily printed them" says
// which). "" where the word stands bare, after a word the question lacks
// ("the northern ferry route", "two newspapers": see unidentified), or
// after the article alone ("the resource", whose answer may be no name).
func (ix *Index) describedOnly(hits []Hit, own []QueryTerm, text string) string {
	thing := whichThing(text)
	if len(thing) < 2 {
		return ""
	}
	head := ix.Terms(thing[len(thing)-1])
	if len(head) != 1 {
		return ""
	}
	asked := stemsOf(own)
	seen, echoed := false, false
	for _, h := range hits {
		ss := ix.Sentences(h.Passage)
		for k, s := range ss {
			ws := words(s.Text)
			for i, w := range ws {
				if ts := ix.Terms(strings.ToLower(w)); len(ts) == 0 || ts[0] != head[0] {
					continue
				}
				det := ix.describedFrom(ws, i, asked)
				if det < 0 || i+1 < len(ws) && isCount(ws[i+1]) {
					return "" // bare, counted, or numbered ("the reactor unit 3"): it may say which
				}
				// a name the question lacks in the sentence, or in the one
				// before or after it, may be the thing's ("Velt sent her
				// files to the Harbour Herald. The Velmora daily printed
				// them")
				for _, n := range ss[max(0, k-1):min(len(ss), k+2)] {
					if nws := withoutMonths(words(n.Text)); ix.otherName(nws, 0, len(nws), -1, asked) {
						return ""
					}
				}
				// the description echoes the question's words for the
				// thing ("the Velmora daily" of "which velmora daily"),
				// not the word alone ("the only resource")
				echoed = echoed || slices.ContainsFunc(ws[det+1:i], func(w string) bool {
					return slices.Contains(thing[:len(thing)-1], strings.ToLower(w))
				})
				seen = true
			}
		}
	}
	if !seen || !echoed {
		return ""
	}
	return strings.Join(thing, " ")
}

// describedFrom returns the index of the article that opens a
// description of the word at i ("the Velmora daily"), past the
// question's own words only, four at most; -1 where none does, or where
// a word the question lacks is between ("the northern ferry route" says
// which route).
func (ix *Index) describedFrom(ws []string, i int, asked []string) int {
	for j := i - 1; j >= max(0, i-5); j-- {
		lower := strings.ToLower(ws[j])
		if articles[lower] {
			return j
		}
		if !ownWord(ix.Terms(lower), asked) {
			return -1
		}
	}
	return -1
}

// withoutMonths returns a sentence's words without the names of months,
// which name no thing ("on 16 May").
func withoutMonths(ws []string) []string {
	return slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return monthNumber(w) > 0 })
}

// whichThing returns the words a "which" question asks which of, up to
// its verb: "which cloud storage service did ..." gives cloud, storage,
// service. nil for none, or for a thing of one word that is a person's
// (which official, which minister: a title may name them).
func whichThing(text string) []string {
	m := whichThingRE.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	var out []string
	ws := words(strings.ToLower(m[1]))
	for k, w := range ws {
		if isStopWord(w) || thingStops[w] || auxiliaryRE.MatchString(w) || len(out) > 0 && (inflectedVerb(w) || presentVerb(w) && k+1 < len(ws) && !auxiliaryRE.MatchString(ws[k+1])) {
			break // "which ferry leaves sandvika": the thing ends at its verb (not "which services did")
		}
		out = append(out, w)
		if len(out) == 4 {
			break
		}
	}
	if len(out) == 0 || askedPerson(out[len(out)-1]) {
		return nil
	}
	return out
}

// whichThingRE finds what a "which" question asks which of.
var whichThingRE = lazyre.New(`(?i)\bwhich\s+((?:[\p{L}-]+\s*){1,6})`)

// thingStops end the words of a thing asked: "which daily first ran it".
var thingStops = setOf("first", "last", "ever", "also", "actually", "really", "originally", "eventually", "exactly", "now", "then", "still", "one", "ones", "kind", "sort", "type")
