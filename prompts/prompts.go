// Package prompts holds Dossier's prompt templates: text/template files
// embedded in the binary, rendered with the data each names. Every
// template has a version (a hash of its text) that goes into cache keys,
// so that an edited prompt never serves answers written by the old one.
package prompts

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"strings"
	"text/template"
)

//go:embed *.tmpl
var files embed.FS

// Template names.
const (
	Answer   = "answer"
	FollowUp = "followup"
	Summary  = "summary"
	Digest   = "digest"
	Rewrite  = "rewrite"
)

var (
	tmpl     = template.Must(template.New("").Funcs(funcs).ParseFS(files, "*.tmpl"))
	versions = templateVersions()
)

var funcs = template.FuncMap{
	"inc":  func(i int) int { return i + 1 },
	"join": strings.Join,
}

// templateVersions is each template's version: the start of its SHA-256.
func templateVersions() map[string]string {
	out := map[string]string{}
	entries, _ := files.ReadDir(".")
	for _, e := range entries {
		data, _ := files.ReadFile(e.Name())
		sum := sha256.Sum256(data)
		out[strings.TrimSuffix(e.Name(), ".tmpl")] = hex.EncodeToString(sum[:])[:10]
	}
	return out
}

// Render renders the named template ("answer", ...) with data. The result
// has a system part and a user part, split at a line "---USER---".
func Render(name string, data any) (Prompt, error) {
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, name+".tmpl", data); err != nil {
		return Prompt{}, fmt.Errorf("render prompt %s: %w", name, err)
	}
	system, user, ok := strings.Cut(b.String(), "\n---USER---\n")
	if !ok {
		return Prompt{}, fmt.Errorf("render prompt %s: no ---USER--- line", name)
	}
	return Prompt{System: strings.TrimSpace(system), User: strings.TrimSpace(user), Version: Version(name)}, nil
}

// A Prompt is a rendered template: the system message and the user
// message, and the template's version.
type Prompt struct {
	System, User, Version string
}

// Version returns the named template's version, "" if there is none.
func Version(name string) string { return versions[name] }

// Names lists the templates.
func Names() []string { return []string{Answer, FollowUp, Summary, Digest, Rewrite} }

// A Passage is one numbered source passage as a prompt shows it.
type Passage struct {
	N                         int
	ID, Text                  string
	Source, Author, Publisher string
	Date                      string // "October 2022 (inferred)"
}

// AnswerData fills answer.tmpl.
type AnswerData struct {
	Question string
	Today    string // "26 November 2026"
	Passages []Passage
	// AsksPresent: the question is about now, or about a year after the
	// sources; AsOf is the newest cited source's date.
	AsksPresent bool
	AsOf        string
}

// FollowUpData fills followup.tmpl.
type FollowUpData struct {
	Turns    []Turn
	Question string
}

// RewriteData fills rewrite.tmpl: a question to put in the sources'
// vocabulary, and the terms they use (the glossary's concepts).
type RewriteData struct {
	Question string
	Terms    []string
}

// A Turn is an earlier question and answer of a thread.
type Turn struct{ Question, Answer string }

// SummaryData fills summary.tmpl.
type SummaryData struct {
	Topic    string // "" for the whole knowledge base
	Length   string // "brief" or "full"
	Today    string
	Passages []Passage
}

// DigestData fills digest.tmpl.
type DigestData struct {
	Today    string
	Sources  []string // "Title — Author, Publisher, Date"
	Passages []Passage
}
