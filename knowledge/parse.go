package knowledge

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// frontMatterFields are the fields a source's front matter may have; the
// required ones must be present and non-empty.
var frontMatterFields = map[string]bool{
	"id": true, "title": true, "author": true, "publisher": true, "published": true,
	"author_affiliation": false, "also_published_in": false, "date_inferred": false,
	"date_note": false, "url": false, "tags": false, "hints": false, "about_source": false,
	"examples":    false,
	"reliability": false, "reliability_note": false,
}

// ParseSource reads one source file: a YAML front matter block between
// "---" lines, then the text, one passage per paragraph. It returns every
// problem it finds, each with the file's name and line.
func ParseSource(name string, data []byte) (*Source, Problems) {
	data = bytes.TrimPrefix(data, utf8BOM) // a leading byte-order mark is harmless
	ps, tooBig := checkBytes(name, data)
	if tooBig {
		return nil, ps
	}
	bad := func(line int, format string, args ...any) {
		ps = append(ps, Problem{File: name, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	fm, body, bodyLine, ok := splitFrontMatter(text)
	if !ok {
		bad(1, "no front matter: the file must start with a line \"---\", the YAML fields, and a closing \"---\"")
		return nil, ps
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &doc); err != nil {
		bad(yamlErrorLine(err, 1), "front matter does not parse: %s", yamlErrorText(err))
		return nil, ps
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		bad(2, "front matter must be a mapping of fields")
		return nil, ps
	}
	src := &Source{File: name}
	readFields(doc.Content[0], src, bad)
	checkReliability(doc.Content[0], src, bad)
	texts, lines := splitPassages(body, bodyLine)
	if len(texts) == 0 {
		bad(bodyLine, "no passages: the text after the front matter is empty")
	}
	for i, t := range texts {
		if !hasWord(t) {
			bad(lines[i], "empty passage %d: it has no words", i+1)
		}
		src.Passages = append(src.Passages, &Passage{
			ID: PassageID(src.ID, i+1), N: i + 1, Text: t, Line: lines[i], Source: src,
		})
	}
	ps = append(ps, checkPassages(src)...)
	ps = append(ps, checkDates(src, doc.Content[0], time.Now())...)
	for n := range src.Hints {
		if src.Passage(n) == nil {
			bad(fieldLine(doc.Content[0], "hints"), "hints name passage %d, but the source has %d passages", n, len(texts))
		}
	}
	for n := range src.AboutSource {
		switch {
		case src.Passage(n) == nil:
			bad(fieldLine(doc.Content[0], "about_source"), "about_source names passage %d, but the source has %d passages", n, len(texts))
		case len(src.Hints[n]) == 0:
			bad(fieldLine(doc.Content[0], "about_source"), "about_source passage %d has no hints, so no question could find it", n)
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}
	return src, nil
}

// splitFrontMatter returns the YAML between the opening and closing "---"
// lines, the body after it, and the file line the body starts on.
func splitFrontMatter(text string) (fm, body string, bodyLine int, ok bool) {
	lines := strings.Split(text, "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return "", "", 0, false
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			// Front matter lines keep their file line numbers: line 1 is "---".
			fm = "\n" + strings.Join(lines[1:i], "\n")
			return fm, strings.Join(lines[i+1:], "\n"), i + 2, true
		}
	}
	return "", "", 0, false
}

var yamlLineRE = lazyre.New(`line (\d+)`)

// yamlErrorLine finds the line a yaml error names, shifted by offset-1.
func yamlErrorLine(err error, offset int) int {
	m := yamlLineRE.FindStringSubmatch(err.Error())
	if m == nil {
		return offset
	}
	n, _ := strconv.Atoi(m[1])
	return n + offset - 1
}

func yamlErrorText(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	// The problem's own line says where; yaml's count is the block's.
	return strings.TrimPrefix(yamlLineRE.ReplaceAllString(s, ""), ": ")
}

func fieldLine(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i].Line
		}
	}
	return m.Line
}

// readFields fills src from the front matter mapping, reporting unknown,
// missing and malformed fields.
func readFields(m *yaml.Node, src *Source, bad func(int, string, ...any)) {
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if _, known := frontMatterFields[k.Value]; !known {
			bad(k.Line, "unknown field %q", k.Value)
			continue
		}
		if seen[k.Value] {
			bad(k.Line, "field %q is given twice", k.Value)
			continue
		}
		seen[k.Value] = true
		if err := readField(k.Value, v, src); err != nil {
			bad(v.Line, "field %s: %v", k.Value, err)
		}
	}
	for f, required := range frontMatterFields {
		if required && !seen[f] {
			bad(m.Line, "missing field %q", f)
		}
	}
}

func readField(key string, v *yaml.Node, src *Source) error {
	str := func(dst *string) error {
		if v.Kind != yaml.ScalarNode {
			return fmt.Errorf("must be text")
		}
		*dst = strings.TrimSpace(v.Value)
		if *dst == "" && frontMatterFields[key] {
			return fmt.Errorf("must not be empty")
		}
		return nil
	}
	switch key {
	case "id":
		if err := str(&src.ID); err != nil {
			return err
		}
		if !slugRE.MatchString(src.ID) {
			return fmt.Errorf("%q is not a slug (lower-case letters, digits and hyphens)", src.ID)
		}
	case "title":
		return str(&src.Title)
	case "author":
		return str(&src.Author)
	case "author_affiliation":
		return str(&src.AuthorAffiliation)
	case "publisher":
		return str(&src.Publisher)
	case "date_note":
		return str(&src.DateNote)
	case "reliability":
		return readReliability(v, src)
	case "reliability_note":
		return str(&src.ReliabilityNote)
	case "published":
		var s string
		if err := str(&s); err != nil {
			return err
		}
		d, err := ParseDate(s)
		src.Published = d
		return err
	case "date_inferred":
		return v.Decode(&src.DateInferred)
	case "url":
		if err := str(&src.URL); err != nil || src.URL == "" {
			return err
		}
		u, err := url.Parse(src.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%q is not an http(s) URL", src.URL)
		}
	case "also_published_in":
		return decodeStrings(v, &src.AlsoPublishedIn)
	case "tags":
		return decodeStrings(v, &src.Tags)
	case "examples":
		return readExamples(v, src)
	case "about_source":
		var ns []int
		if err := v.Decode(&ns); err != nil {
			return fmt.Errorf("must be a list of passage numbers")
		}
		src.AboutSource = map[int]bool{}
		for _, n := range ns {
			src.AboutSource[n] = true
		}
	case "hints":
		if err := v.Decode(&src.Hints); err != nil {
			return fmt.Errorf("must map passage numbers to lists of words")
		}
	}
	return nil
}

func decodeStrings(v *yaml.Node, dst *[]string) error {
	if v.Kind != yaml.SequenceNode {
		return fmt.Errorf("must be a list")
	}
	if err := v.Decode(dst); err != nil {
		return fmt.Errorf("must be a list of text")
	}
	for _, s := range *dst {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("has an empty item")
		}
	}
	return nil
}
