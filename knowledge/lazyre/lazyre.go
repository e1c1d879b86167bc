// Package lazyre holds regular expressions that are compiled when first
// used, not when the program starts. A command that answers one question
// and exits ("dossier ask") uses a fraction of the program's patterns, and
// compiling them all at start-up took a quarter of its time.
//
// Most of the patterns a question meets cannot match its text: none of
// the words they look for is there. A table of the literals each pattern
// needs, written beforehand (WritePrefilters) and read at start-up
// (SetPrefilters), lets such a pattern answer "no match" without being
// compiled at all.
//
// A pattern that does not compile still panics, as regexp.MustCompile
// does, but at its first use; CompileAll compiles every pattern made so
// far, so that a test finds a bad one at once.
package lazyre

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"
)

// A Regexp is a regular expression compiled on first use. It is safe
// for concurrent use.
type Regexp struct {
	once  sync.Once
	build func() string
	re    *regexp.Regexp
	done  atomic.Bool
	// lits are the literals a match needs, from the prefilter table (see
	// SetPrefilters), looked up on first use
	litOnce sync.Once
	lits    []string
}

var (
	mu  sync.Mutex
	all []*Regexp
)

// New returns the expression expr, to be compiled on first use.
func New(expr string) *Regexp { return Build(func() string { return expr }) }

// Build returns the expression that build writes (one assembled from word
// lists, say), to be written and compiled on first use.
func Build(build func() string) *Regexp {
	r := &Regexp{build: build}
	mu.Lock()
	all = append(all, r)
	mu.Unlock()
	return r
}

// Compiled returns the compiled expression, compiling it first if needed;
// it panics if it does not compile.
func (r *Regexp) Compiled() *regexp.Regexp {
	r.once.Do(func() {
		r.set(regexp.MustCompile(r.build()))
	})
	return r.re
}

// Key names an expression by its text: the same text, the same key, in
// every build of the program.
func Key(expr string) string {
	h := fnv.New64a()
	h.Write([]byte(expr))
	return strconv.FormatUint(h.Sum64(), 16)
}

func (r *Regexp) set(re *regexp.Regexp) {
	r.re = re
	r.done.Store(true)
}

// CompileAll compiles every expression made so far that is not compiled
// yet and returns an error naming each one that does not compile.
func CompileAll() error {
	mu.Lock()
	rs := append([]*Regexp(nil), all...)
	mu.Unlock()
	var errs []error
	for _, r := range rs {
		if r.done.Load() {
			continue // compiled on use already (and never undone)
		}
		re, err := regexp.Compile(r.build())
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r.once.Do(func() { r.set(re) })
	}
	if len(errs) > 0 {
		return fmt.Errorf("%d of %d patterns do not compile: %v", len(errs), len(rs), errs)
	}
	return nil
}

// Count returns how many expressions have been made, and how many of them
// are compiled.
func Count() (made, compiled int) {
	mu.Lock()
	defer mu.Unlock()
	for _, r := range all {
		if r.done.Load() {
			compiled++
		}
	}
	return len(all), compiled
}

// The methods below are those of regexp.Regexp that the program uses.
// Those that read a string answer "no match" without compiling when the
// prefilter table says the string cannot match (see SetPrefilters).

// String is regexp.Regexp.String of the compiled expression.
func (r *Regexp) String() string { return r.Compiled().String() }

// MatchString is regexp.Regexp.MatchString of the compiled expression.
func (r *Regexp) MatchString(s string) bool {
	if r.cannotMatch(s) {
		return false
	}
	return r.Compiled().MatchString(s)
}

// FindString is regexp.Regexp.FindString of the compiled expression.
func (r *Regexp) FindString(s string) string {
	if r.cannotMatch(s) {
		return ""
	}
	return r.Compiled().FindString(s)
}

// FindStringIndex is regexp.Regexp.FindStringIndex of the compiled expression.
func (r *Regexp) FindStringIndex(s string) []int {
	if r.cannotMatch(s) {
		return nil
	}
	return r.Compiled().FindStringIndex(s)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch of the compiled expression.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if r.cannotMatch(s) {
		return nil
	}
	return r.Compiled().FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex of the compiled expression.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if r.cannotMatch(s) {
		return nil
	}
	return r.Compiled().FindStringSubmatchIndex(s)
}

// FindAllString is regexp.Regexp.FindAllString of the compiled expression.
func (r *Regexp) FindAllString(s string, n int) []string {
	if r.cannotMatch(s) {
		return nil
	}
	return r.Compiled().FindAllString(s, n)
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex of the compiled expression.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if r.cannotMatch(s) {
		return nil
	}
	return r.Compiled().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch of the compiled expression.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if r.cannotMatch(s) {
		return nil
	}
	return r.Compiled().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex of the compiled expression.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if r.cannotMatch(s) {
		return nil
	}
	return r.Compiled().FindAllStringSubmatchIndex(s, n)
}

// FindAllSubmatchIndex is regexp.Regexp.FindAllSubmatchIndex of the compiled expression.
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.Compiled().FindAllSubmatchIndex(b, n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString of the compiled expression.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if r.cannotMatch(src) {
		return src
	}
	return r.Compiled().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc of the compiled expression.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if r.cannotMatch(src) {
		return src
	}
	return r.Compiled().ReplaceAllStringFunc(src, repl)
}

// ReplaceAll is regexp.Regexp.ReplaceAll of the compiled expression.
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.Compiled().ReplaceAll(src, repl) }

// Split is regexp.Regexp.Split of the compiled expression.
func (r *Regexp) Split(s string, n int) []string { return r.Compiled().Split(s, n) }
