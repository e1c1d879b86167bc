package main

import (
	_ "embed"
	"strings"
)

// warmFile lists, one key a line (lazyre.Key), the patterns `dossier ask`
// compiles as it answers the embedded knowledge base's example questions,
// in the order it first uses them. TestWarmOrder writes it (go test
// ./cmd/dossier -run TestWarmOrder -update) and fails when most of the
// patterns a question uses are not in it.
//
//go:embed warm.txt
var warmFile string

// warmOrder is warmFile's keys: the order in which a one-shot command's
// background compile takes the patterns, so that the question finds the
// ones it needs compiled (a key no pattern has any more is passed over; a
// pattern not listed is compiled after the rest).
func warmOrder() []string {
	var keys []string
	for _, line := range strings.Split(warmFile, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			keys = append(keys, line)
		}
	}
	return keys
}
