package oneshot_test

import (
	"runtime/debug"
	"testing"

	"github.com/dossier-bot/dossier/cmd/dossier/internal/oneshot"
)

func TestTune(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	noEnv := func(string) string { return "" }
	for _, tt := range []struct {
		args []string
		env  func(string) string
		want int
	}{
		{[]string{"ask", "who?"}, noEnv, oneshot.Percent},
		{[]string{"eval", "set.yaml"}, noEnv, oneshot.Percent},
		{[]string{"serve"}, noEnv, oneshot.ServePercent},
		{nil, noEnv, -1},
		{[]string{"serve"}, func(k string) string {
			if k == "GOGC" {
				return "200"
			}
			return ""
		}, -1},
		{[]string{"ask", "who?"}, func(k string) string {
			if k == "GOGC" {
				return "50"
			}
			return ""
		}, -1},
	} {
		debug.SetGCPercent(100)
		if got := oneshot.Tune(tt.args, tt.env); got != tt.want {
			t.Errorf("Tune(%q) = %d, want %d", tt.args, got, tt.want)
		}
		want := 100
		if tt.want > 0 {
			want = tt.want
		}
		if now := debug.SetGCPercent(100); now != want {
			t.Errorf("Tune(%q): GOGC is %d, want %d", tt.args, now, want)
		}
	}
}
