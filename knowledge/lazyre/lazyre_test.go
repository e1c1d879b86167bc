package lazyre_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

func TestCompiledOnFirstUse(t *testing.T) {
	made0, compiled0 := lazyre.Count()
	re := lazyre.New(`(?i)\bharbou?r\b`)
	built := 0
	words := lazyre.Build(func() string { built++; return `\b(?:` + strings.Join([]string{"quay", "pier"}, "|") + `)\b` })
	if made, compiled := lazyre.Count(); made != made0+2 || compiled != compiled0 {
		t.Fatalf("after New: %d made, %d compiled; want %d, %d", made, compiled, made0+2, compiled0)
	}
	if built != 0 {
		t.Errorf("a built pattern was written %d times before its first use", built)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !re.MatchString("the Harbor master") || re.MatchString("harbours") {
				t.Error("New: wrong matches")
			}
			if got := words.ReplaceAllString("a quay, a pier", "X"); got != "a X, a X" {
				t.Errorf("Build: %q", got)
			}
		}()
	}
	wg.Wait()
	if built != 1 {
		t.Errorf("a built pattern was written %d times, want once", built)
	}
	if _, compiled := lazyre.Count(); compiled != compiled0+2 {
		t.Errorf("%d compiled after use, want %d", compiled, compiled0+2)
	}
	if got := re.FindStringSubmatch("harbour"); len(got) != 1 || re.String() != `(?i)\bharbou?r\b` {
		t.Errorf("FindStringSubmatch = %q, String = %q", got, re.String())
	}
}

func TestCompileAllNamesABadPattern(t *testing.T) {
	good := lazyre.New(`quay`)
	if err := lazyre.CompileAll(); err != nil {
		t.Fatal(err)
	}
	if _, compiled := lazyre.Count(); compiled == 0 || !good.MatchString("quay") {
		t.Error("CompileAll left patterns uncompiled")
	}
	bad := lazyre.New(`harbo(u?r`)
	err := lazyre.CompileAll()
	if err == nil || !strings.Contains(err.Error(), "harbo(u?r") {
		t.Errorf("CompileAll with a bad pattern: %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("a bad pattern's first use did not panic")
		}
	}()
	bad.MatchString("harbour")
}
