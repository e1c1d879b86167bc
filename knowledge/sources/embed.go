// Package sources is Dossier's curated knowledge base, embedded in the
// binary: one Markdown file per source, with YAML front matter, and the
// glossary of aliases. See the README for how to curate it.
package sources

import "embed"

// FS holds the source files and glossary.yaml.
//
//go:embed *.md glossary.yaml
var FS embed.FS
