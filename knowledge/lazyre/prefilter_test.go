package lazyre_test

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

func TestPrefilter(t *testing.T) {
	for _, tt := range []struct {
		expr string
		want []string
	}{
		{`(?i)\b(?:sanctions?|embargo)\b`, []string{"embargo", "sanction"}},
		{`\bin lockstep\b`, []string{"in lockstep"}},
		{`(?i)\bN\. ?Korea`, []string{"korea"}}, // the longest of the parts
		{`(?:foo)+`, []string{"foo"}},
		{`(?:foo){2,}`, []string{"foo"}},
		{`’s\b`, []string{"’s"}},                    // beyond ASCII, case kept as written
		{`(Over|UNDER)`, []string{"over", "under"}}, // lowered: a necessary condition
		// no literal every match has
		{`\d+`, nil},
		{`(?i)é`, nil},
		{`\x{FFFD}`, nil},
		{`a?`, nil},
		{`(?:foo){0,2}`, nil},
		{`(?:foo|\d)`, nil},
		{`(?i)straße`, []string{"stra"}}, // ß ignoring case is also ẞ
		{`(?i)résumé`, []string{"sum"}},  // the longest stretch in ASCII
		{`(?i)€uro`, []string{"€uro"}},   // € has no other case
		{`a\x{FFFD}bc`, []string{"bc"}},  // what an invalid byte reads as
		{``, nil},
		{`(`, nil}, // does not compile
	} {
		if got := lazyre.Prefilter(tt.expr); !slices.Equal(got, tt.want) {
			t.Errorf("Prefilter(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// A prefiltered pattern answers a text without its literals as not
// matching, without compiling, exactly as the compiled pattern would; a
// text with one of them compiles it.
func TestPrefilteredAnswersWithoutCompiling(t *testing.T) {
	const expr = `(?i)\b(?:halt|suspen)(\w*)`
	if err := lazyre.SetPrefilters(lazyre.WritePrefilters([]string{expr, `\d+`})); err != nil {
		t.Fatal(err)
	}
	defer lazyre.SetPrefilters("")
	re, compiled := lazyre.New(expr), regexp.MustCompile(expr)
	_, before := lazyre.Count()
	const miss = "Trade went on; the ports stayed open. Was it ever stopped?"
	for _, call := range []struct {
		name      string
		got, want any
	}{
		{"MatchString", re.MatchString(miss), compiled.MatchString(miss)},
		{"FindString", re.FindString(miss), compiled.FindString(miss)},
		{"FindStringIndex", re.FindStringIndex(miss), compiled.FindStringIndex(miss)},
		{"FindStringSubmatch", re.FindStringSubmatch(miss), compiled.FindStringSubmatch(miss)},
		{"FindStringSubmatchIndex", re.FindStringSubmatchIndex(miss), compiled.FindStringSubmatchIndex(miss)},
		{"FindAllString", re.FindAllString(miss, -1), compiled.FindAllString(miss, -1)},
		{"FindAllStringIndex", re.FindAllStringIndex(miss, -1), compiled.FindAllStringIndex(miss, -1)},
		{"FindAllStringSubmatch", re.FindAllStringSubmatch(miss, -1), compiled.FindAllStringSubmatch(miss, -1)},
		{"FindAllStringSubmatchIndex", re.FindAllStringSubmatchIndex(miss, -1), compiled.FindAllStringSubmatchIndex(miss, -1)},
		{"ReplaceAllString", re.ReplaceAllString(miss, "x"), compiled.ReplaceAllString(miss, "x")},
		{"ReplaceAllStringFunc", re.ReplaceAllStringFunc(miss, strings.ToUpper), compiled.ReplaceAllStringFunc(miss, strings.ToUpper)},
	} {
		if !reflect.DeepEqual(call.got, call.want) {
			t.Errorf("%s = %#v, want %#v", call.name, call.got, call.want)
		}
	}
	if _, after := lazyre.Count(); after != before {
		t.Errorf("%d patterns compiled for texts that cannot match", after-before)
	}
	// "HALTED" has a literal: the pattern compiles and matches
	const hit = "Shipments were HALTED in May."
	if got := re.FindStringSubmatch(hit); !slices.Equal(got, compiled.FindStringSubmatch(hit)) || len(got) != 2 || got[1] != "ED" {
		t.Errorf("FindStringSubmatch(%q) = %q", hit, got)
	}
	if _, after := lazyre.Count(); after != before+1 {
		t.Errorf("a text with a literal compiled %d patterns, want 1", after-before)
	}
}

// Ignoring case, k and s also match the Kelvin sign and the long s, which
// lowering ASCII does not show: a text with either is matched as compiled.
func TestPrefilterKeepsFoldsBeyondASCII(t *testing.T) {
	exprs := []string{`(?i)kelvin`, `(?i)mass`}
	if err := lazyre.SetPrefilters(lazyre.WritePrefilters(exprs)); err != nil {
		t.Fatal(err)
	}
	defer lazyre.SetPrefilters("")
	for i, text := range []string{"300 \u212aELVIN", "MA\u017f\u017f"} {
		if re := lazyre.New(exprs[i]); !re.MatchString(text) {
			t.Errorf("%s does not match %q", exprs[i], text)
		}
	}
}

func TestSetPrefiltersNamesABadLine(t *testing.T) {
	for table, want := range map[string]string{
		"# a comment\nab12 \"x\"\ncd34\n": "line 3",
		"ab12 \"x\"\ncd34 \"y\" nope\n":   "line 2",
		"ab12 \"\"\n":                     "line 1",
	} {
		err := lazyre.SetPrefilters(table)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("SetPrefilters(%q) = %v, want an error naming %s", table, err, want)
		}
	}
	if k := lazyre.Key(`a`); k == lazyre.Key(`b`) || k != lazyre.Key(string([]byte(`a`))) {
		t.Error("Key does not tell expressions apart, or not the same way twice")
	}
}

// FuzzPrefilter: a text that has none of an expression's literals, its
// ASCII capitals lowered, is never matched by the expression.
func FuzzPrefilter(f *testing.F) {
	f.Add(`(?i)\b(?:sanctions?|embargo)\b`, "EMBARGOES")
	f.Add(`(?i)kelvin`, "\u212aelvin")
	f.Add(`(?i)mass`, "ma\u017f\u017f")
	f.Add(`’s\b`, "Russia’s")
	f.Add(`(?:ab|cd)+e`, "abcde")
	f.Add(`[Kk]ey`, "KEY")
	f.Add(`\x{FFFD}x`, "\xffx")
	f.Add(`(?i)résumé`, "RÉSUMÉ")
	f.Fuzz(func(t *testing.T, expr, text string) {
		re, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		lits := lazyre.Prefilter(expr)
		if lits == nil || strings.ContainsAny(text, "\u212a\u017f") {
			return
		}
		lower := []byte(text)
		for i, c := range lower {
			if 'A' <= c && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		for _, l := range lits {
			if strings.Contains(string(lower), l) {
				return
			}
		}
		if re.MatchString(text) {
			t.Errorf("%q matches %q, which has none of its literals %q", expr, text, lits)
		}
	})
}
