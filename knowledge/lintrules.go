package knowledge

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Limits that keep any one source from making answers huge or slow.
const (
	// MaxPassageWords is the most words a passage may have: answers quote
	// passages, and a reader must be able to check a quote.
	MaxPassageWords = 600
	// MaxSourceBytes is the largest source file that loads.
	MaxSourceBytes = 4 << 20
	// maxByteProblems bounds the encoding problems reported per file.
	maxByteProblems = 10
	// minDuplicateWords is the shortest passage worth reporting as a
	// duplicate of another source's.
	minDuplicateWords = 5
)

var utf8BOM = []byte("\uFEFF")

// checkBytes reports what is wrong with a source file's bytes before it is
// parsed: too large, invalid UTF-8, control characters. tooBig means the
// file must not be parsed at all.
func checkBytes(name string, data []byte) (ps Problems, tooBig bool) {
	if len(data) > MaxSourceBytes {
		return Problems{{File: name, Line: 1, Msg: fmt.Sprintf("the file is %s; a source may have %s at most: split it into several sources",
			byteSize(len(data)), byteSize(MaxSourceBytes))}}, true
	}
	line := 1
	for rest := data; len(rest) > 0 && len(ps) < maxByteProblems; line++ {
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if msg := badLine(l); msg != "" {
			ps = append(ps, Problem{File: name, Line: line, Msg: msg})
		}
	}
	return ps, false
}

// badLine says what is wrong with one line's bytes, or "".
func badLine(l []byte) string {
	for i := 0; i < len(l); {
		if c := l[i]; c >= 0x20 && c < 0x7F || c == '\t' { // printable ASCII, the most of any text
			i++
			continue
		}
		r, size := utf8.DecodeRune(l[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return fmt.Sprintf("invalid UTF-8 (byte 0x%02X at column %d): save the file as UTF-8", l[i], i+1)
		case isControl(r) && !(r == '\r' && i == len(l)-1):
			return fmt.Sprintf("control character U+%04X at column %d: remove it", r, i+1)
		}
		i += size
	}
	return ""
}

// isControl reports the control characters a source may not hold: all
// but the tab (line ends are split off before).
func isControl(r rune) bool {
	return (r < 0x20 && r != '\t') || (r >= 0x7F && r <= 0x9F)
}

func byteSize(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// checkPassages reports passages over MaxPassageWords.
func checkPassages(src *Source) Problems {
	var ps Problems
	for _, p := range src.Passages {
		// n words take 2n-1 bytes at least: a shorter text need not be counted
		if (len(p.Text)+1)/2 <= MaxPassageWords {
			continue
		}
		if n := countWords(p.Text); n > MaxPassageWords {
			ps = append(ps, Problem{File: src.File, Line: p.Line, Msg: fmt.Sprintf(
				"passage %d has %d words; a passage may have %d at most: split it where the source starts a new paragraph",
				p.N, n, MaxPassageWords)})
		}
	}
	return ps
}

// countWords counts the runs of non-space characters, as strings.Fields
// would, without allocating.
func countWords(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// checkDates reports an inferred date with no note saying how, and a
// publication date in the future (a day's grace for time zones).
func checkDates(src *Source, fm *yaml.Node, now time.Time) Problems {
	var ps Problems
	if src.DateInferred && src.DateNote == "" {
		ps = append(ps, Problem{File: src.File, Line: fieldLine(fm, "date_inferred"),
			Msg: "date_inferred is true but there is no date_note: say how the date was inferred"})
	}
	if d := src.Published; !d.IsZero() && d.Start().After(now.Add(24*time.Hour)) {
		ps = append(ps, Problem{File: src.File, Line: fieldLine(fm, "published"),
			Msg: fmt.Sprintf("published %s is in the future", d.ISO())})
	}
	return ps
}

// Start returns the first moment the date could stand for, in UTC.
func (d Date) Start() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// duplicatePassages warns of passages that another source has too: the
// same text pasted twice makes answers cite it twice. Passages are
// compared with their runs of spaces made one (splitPassages has already
// joined their lines). keys returns the hashes of a source's passages'
// texts so compared (see passageKeys), which a reload keeps for the files
// that did not change.
func duplicatePassages(sources []*Source, keys func(*Source) []uint64) Problems {
	var ps Problems
	first := map[uint64]*Passage{} // by the hash of its text
	var collided map[string]*Passage
	for _, s := range sources {
		hashes := keys(s)
		for i, p := range s.Passages {
			h := hashes[i]
			prev, dup := first[h]
			if !dup {
				first[h] = p
				continue
			}
			key := duplicateKey(p.Text)
			if duplicateKey(prev.Text) != key { // two texts, one hash
				if collided == nil {
					collided = map[string]*Passage{}
				}
				if prev, dup = collided[key]; !dup {
					collided[key] = p
					continue
				}
			}
			if prev.Source != s && countWords(key) >= minDuplicateWords {
				ps = append(ps, Problem{File: s.File, Line: p.Line, Warning: true,
					Msg: fmt.Sprintf("passage %d repeats %s (%s:%d)", p.N, prev.ID, prev.Source.File, prev.Line)})
			}
		}
	}
	return ps
}

// duplicateKey is a passage's text as duplicatePassages compares it.
func duplicateKey(text string) string {
	if strings.Contains(text, "  ") || strings.Contains(text, "\t") {
		return strings.Join(strings.Fields(text), " ")
	}
	return text
}

// keySeed seeds the hashes of passages' texts; they are compared within
// one process only.
var keySeed = maphash.MakeSeed()

// passageKeys hashes a source's passages' texts as duplicatePassages
// compares them.
func passageKeys(s *Source) []uint64 {
	keys := make([]uint64, len(s.Passages))
	for i, p := range s.Passages {
		keys[i] = maphash.String(keySeed, duplicateKey(p.Text))
	}
	return keys
}

// Errors returns the problems that are not warnings: those that stop a
// knowledge base from loading.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// IsField reports whether a source's front matter may have the field.
func IsField(name string) bool {
	_, ok := frontMatterFields[name]
	return ok
}
