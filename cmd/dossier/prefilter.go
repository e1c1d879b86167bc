package main

import (
	_ "embed"
	"fmt"
	"io"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// prefilterTable lists, for each of the program's patterns that needs
// one of some literals to match, its key (lazyre.Key) and those literals
// (lazyre.Prefilter): most patterns a question meets then answer "no
// match" without being compiled. TestPrefilterTable writes it (go test
// ./cmd/dossier -run TestPrefilterTable -update) and fails when it is not
// what the patterns are now.
//
//go:embed prefilter.txt
var prefilterTable string

// setPrefilters reads prefilterTable before any pattern is used. A bad
// table (which TestPrefilterTable rules out) costs only time: it is
// reported, and every pattern compiles on first use.
func setPrefilters(stderr io.Writer) {
	if err := lazyre.SetPrefilters(prefilterTable); err != nil {
		fmt.Fprintln(stderr, "dossier:", err)
	}
}
