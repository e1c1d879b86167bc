package lazyre

import (
	"bufio"
	"fmt"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Prefilter returns the literals one of which every match of expr
// contains, in lower case: a text that has none of them, its ASCII
// capitals lowered, cannot match. It returns nil when the expression can
// match without a literal ("\d+", "a?") or has one that ignores case
// beyond ASCII ("(?i)straße"). It reads expr as regexp.Compile does.
//
// Parsing is most of what compiling costs, so a program does not call
// this as it runs: it reads the literals from a table written beforehand
// (WritePrefilters, SetPrefilters).
func Prefilter(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	lits, ok := required(re)
	if !ok {
		return nil
	}
	slices.Sort(lits)
	return slices.Compact(lits)
}

// required is Prefilter of one node of a parsed expression; ok is false
// when a match of the node need not contain a literal.
func required(re *syntax.Regexp) (lits []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		// a match has the literal's runes as written, but for a letter
		// matched in any case beyond ASCII ("é" or "É") or the rune an
		// invalid byte of the text reads as: the longest stretch between
		// those is certain
		var b strings.Builder
		best := ""
		for _, r := range re.Rune {
			switch {
			case r < utf8.RuneSelf:
				b.WriteByte(lowerASCII(byte(r)))
			case r == utf8.RuneError || re.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(r) != r:
				if b.Len() > len(best) {
					best = b.String()
				}
				b.Reset()
			default:
				b.WriteRune(r)
			}
		}
		if b.Len() > len(best) {
			best = b.String()
		}
		return []string{best}, best != ""
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return required(re.Sub[0])
	case syntax.OpConcat:
		// every part is in a match, so any one part's literals will do:
		// the part whose shortest literal is longest tells most texts apart
		for _, sub := range re.Sub {
			if l, ok := required(sub); ok && (lits == nil || shortest(l) > shortest(lits)) {
				lits = l
			}
		}
		return lits, lits != nil
	case syntax.OpAlternate:
		// a match is one branch's: each branch must have literals
		for _, sub := range re.Sub {
			l, ok := required(sub)
			if !ok {
				return nil, false
			}
			lits = append(lits, l...)
		}
		return lits, true
	}
	return nil, false // a class of characters, an empty-width assertion, a star, a question
}

func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerAllASCII returns s with its ASCII capitals lowered and every other
// byte as it is: s itself when it has none.
func lowerAllASCII(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' })
	if i < 0 {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		b[i] = lowerASCII(b[i])
	}
	return string(b)
}

// prefilters is the table SetPrefilters read: each listed expression's
// literals, by its Key.
var prefilters atomic.Pointer[map[string][]string]

// SetPrefilters reads a table written by WritePrefilters. From then on, a
// listed pattern not yet compiled answers a text that has none of its
// literals as one it does not match, without compiling; a text that has
// one compiles it, as before. A pattern the table does not list (or lists
// under an expression it no longer has: the key is a hash of the
// expression) compiles on first use, as before: a stale table costs time,
// never a wrong answer.
func SetPrefilters(table string) error {
	m := map[string][]string{}
	sc := bufio.NewScanner(strings.NewReader(table))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		var lits []string
		for rest != "" {
			q, err := strconv.QuotedPrefix(rest)
			if err != nil {
				return fmt.Errorf("prefilter table, line %d: %w", n, err)
			}
			lit, _ := strconv.Unquote(q)
			if lit == "" {
				return fmt.Errorf("prefilter table, line %d: an empty literal", n)
			}
			lits = append(lits, lit)
			rest = strings.TrimPrefix(rest[len(q):], " ")
		}
		if len(lits) == 0 {
			return fmt.Errorf("prefilter table, line %d: %q has no literals", n, key)
		}
		m[key] = lits
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("prefilter table: %w", err)
	}
	prefilters.Store(&m)
	return nil
}

// WritePrefilters writes the table SetPrefilters reads for exprs: for
// each that has literals (Prefilter), a line of its Key and them, quoted.
func WritePrefilters(exprs []string) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, e := range exprs {
		k := Key(e)
		lits := Prefilter(e)
		if lits == nil || seen[k] {
			continue
		}
		seen[k] = true
		b.WriteString(k)
		for _, l := range lits {
			b.WriteByte(' ')
			b.WriteString(strconv.Quote(l))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// cannotMatch reports whether s has none of the literals the table lists
// for the pattern, while it is not compiled.
func (r *Regexp) cannotMatch(s string) bool {
	if r.done.Load() {
		return false // compiled: matching is as fast as the check
	}
	lits := r.literals()
	if lits == nil || strings.ContainsAny(s, "\u212a\u017f") {
		return false // (the Kelvin sign and the long s match k and s ignoring case)
	}
	lower := lowerAllASCII(s)
	for _, l := range lits {
		if strings.Contains(lower, l) {
			return false
		}
	}
	return true
}

// literals returns the pattern's literals from the table, looked up once
// (nil for none).
func (r *Regexp) literals() []string {
	r.litOnce.Do(func() {
		if t := prefilters.Load(); t != nil {
			r.lits = (*t)[Key(r.build())]
		}
	})
	return r.lits
}

// Exprs returns the expression of every pattern made so far.
func Exprs() []string {
	mu.Lock()
	rs := slices.Clone(all)
	mu.Unlock()
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.build()
	}
	return out
}
