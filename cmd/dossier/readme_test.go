package main

import (
	"os"
	"strings"
	"testing"
)

// README's configuration table is the settings table, row for row: the
// same variables, in the same order, with the same help and defaults.
func TestREADMEConfigurationTable(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(data), "| variable | meaning |\n|---|---|\n")
	if !ok {
		t.Fatal("README has no configuration table (| variable | meaning |)")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	var want strings.Builder
	for _, s := range settings {
		help := s.help
		if s.def != "" {
			help += " (default " + s.def + ")"
		}
		want.WriteString("| `" + s.env + "` | " + help + " |\n")
	}
	if got := table + "\n"; got != want.String() {
		t.Errorf("README's configuration table differs from the settings in config.go; it should read:\n%s", want.String())
	}
}
