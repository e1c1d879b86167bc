package main

import (
	"bytes"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
)

var update = flag.Bool("update", false, "rewrite the golden files: kb add's, and prefilter.txt (TestPrefilterTable)")

// pageServer serves the saved pages in testdata/kbadd/pages as a web site
// would, with redirects, a 20 MB page, a PDF and an image; it records the
// User-Agents it saw.
type pageServer struct {
	*httptest.Server
	mu     sync.Mutex
	agents []string
}

func newPageServer(t *testing.T) *pageServer {
	t.Helper()
	ps := &pageServer{}
	page := func(name, contentType string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			data, err := os.ReadFile(filepath.Join("testdata/kbadd/pages", name))
			if err != nil {
				t.Error(err)
			}
			w.Header().Set("Content-Type", contentType)
			w.Write(data)
		}
	}
	huge := bytes.Repeat([]byte("<p>Filler text that goes on and on.</p>\n"), 20<<20/40)
	mux := http.NewServeMux()
	mux.Handle("/news/ports", page("article.html", "text/html; charset=utf-8"))
	mux.Handle("/rail", page("jsonld.html", "text/html"))
	mux.Handle("/notes", page("notes.txt", "text/plain; charset=utf-8"))
	mux.Handle("/brief", page("brief.md", "text/markdown; charset=utf-8"))
	mux.HandleFunc("/r/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		to := fmt.Sprintf("/r/%d", n-1)
		if n <= 1 {
			to = "/news/ports"
		}
		http.Redirect(w, r, to, http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(len(huge)))
		w.Write(huge)
	})
	mux.HandleFunc("/huge-streamed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for chunk := range slices.Chunk(huge, 1<<20) {
			if _, err := w.Write(chunk); err != nil {
				return // the client stopped reading: it should
			}
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))
	})
	mux.HandleFunc("/photo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	ps.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ps.mu.Lock()
		ps.agents = append(ps.agents, r.UserAgent())
		ps.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(ps.Close)
	return ps
}

// newKnowledgeDir is a knowledge base directory holding one source.
func newKnowledgeDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := "---\nid: existing\ntitle: An existing source\nauthor: A. Writer\npublisher: Test Press\npublished: 2021-06\n---\n" +
		"Container traffic through the northern ports fell by 12 per cent in the last quarter of 2023, the steepest drop since the pandemic, according to figures released by the port authorities on Monday.\n\n" +
		"Something else entirely.\n"
	if err := os.WriteFile(filepath.Join(dir, "existing.md"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

var kbAddTests = []struct {
	name   string
	args   []string // {{URL}} is the page server's
	golden string   // the file written, in testdata/kbadd/want; "" when refused
	err    string   // on stderr
}{
	{name: "article with navigation and a share bar", args: []string{"{{URL}}/news/ports"}, golden: "ports-brace-for-a-quieter-winter.md",
		err: "warning: passage 1 repeats existing#p1"},
	{name: "JSON-LD metadata", args: []string{"{{URL}}/rail"}, golden: "rail-freight-wins-back-grain-from-the-roads.md"},
	{name: "plain text, date inferred from the text", args: []string{"{{URL}}/notes"}, golden: "cold-storage-capacity-in-the-eastern-region.md"},
	{name: "Markdown, flags first", args: []string{"--author", "Port Desk", "--publisher", "Shipping Notes", "--tags", "fuel, rules", "{{URL}}/brief"},
		golden: "bunker-fuel-what-changes-in-2025.md"},
	{name: "redirect chain of 5", args: []string{"--id", "ports-via-redirects", "--publisher", "Harbour Review (print)", "{{URL}}/r/5"}, golden: "ports-via-redirects.md"},
	{name: "HTML file with a <time>", args: []string{"--author", "Canal Desk", "--publisher", "Waterways", "testdata/kbadd/pages/timed.html"}, golden: "a-canal-reopens.md"},
	{name: "Markdown file, date given", args: []string{"--author", "Port Desk", "--publisher", "Shipping Notes", "--published", "2024-12", "--title", "Bunker fuel rules", "testdata/kbadd/pages/brief.md"},
		golden: "bunker-fuel-rules.md"},
	{name: "6 redirects", args: []string{"{{URL}}/r/6"}, err: "stopped after 5 redirects"},
	{name: "20 MB page", args: []string{"{{URL}}/huge"}, err: "page too large: 20.0 MB, the most is 10.0 MB"},
	{name: "20 MB page without a length", args: []string{"{{URL}}/huge-streamed"}, err: "page too large: over 10.0 MB"},
	{name: "PDF", args: []string{"{{URL}}/report.pdf"}, err: "unsupported document type: application/pdf: kb add takes HTML, plain text or Markdown"},
	{name: "image", args: []string{"{{URL}}/photo"}, err: "unsupported document type: image/png"},
	{name: "not found", args: []string{"{{URL}}/nothing"}, err: "the server answered 404 Not Found"},
	{name: "no author", args: []string{"--publisher", "P", "testdata/kbadd/pages/timed.html"}, err: "the document does not say its author: give --author"},
	{name: "taken id", args: []string{"--id", "existing", "{{URL}}/rail"}, err: `id "existing" is taken by {{DIR}}/existing.md ("An existing source")`},
	{name: "bad date flag", args: []string{"--published", "2024-13", "{{URL}}/rail"}, err: "--published: date \"2024-13\" is not"},
}

func TestKBAdd(t *testing.T) {
	srv := newPageServer(t)
	defer func(old func() time.Time) { clock = old }(clock)
	clock = func() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) }
	for _, tt := range kbAddTests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newKnowledgeDir(t)
			args := []string{"kb", "add", "--knowledge", dir}
			for _, a := range tt.args {
				args = append(args, strings.ReplaceAll(a, "{{URL}}", srv.URL))
			}
			out, errs, code := dossier(t, nil, args...)
			if want := strings.ReplaceAll(tt.err, "{{DIR}}", dir); !strings.Contains(errs, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errs)
			}
			files, _ := filepath.Glob(filepath.Join(dir, "*"))
			if tt.golden == "" {
				if code == exitOK || len(files) != 1 {
					t.Fatalf("exit %d, files %v; want a refusal and nothing written\n%s", code, files, out)
				}
				return
			}
			if code != exitOK || len(files) != 2 {
				t.Fatalf("exit %d, files %v:\n%s%s", code, files, out, errs)
			}
			got, err := os.ReadFile(filepath.Join(dir, tt.golden))
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata/kbadd/want", tt.golden), bytes.ReplaceAll(got, []byte(srv.URL), []byte("http://pages.test")))
			if !strings.Contains(out, "added "+filepath.Join(dir, tt.golden)) {
				t.Errorf("stdout: %s", out)
			}
			if _, err := knowledge.Load(os.DirFS(dir)); err != nil {
				t.Errorf("the knowledge base does not load after the add: %v", err)
			}
		})
	}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	for _, ua := range srv.agents {
		if !strings.HasPrefix(ua, "Dossier/") || !strings.Contains(ua, "knowledge base curation") {
			t.Errorf("User-Agent %q", ua)
		}
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// The same page twice: refused by its id, then, under another id, by its
// text; a dry run prints the file and writes nothing.
func TestKBAddRefusesWhatTheBaseHas(t *testing.T) {
	srv := newPageServer(t)
	dir := newKnowledgeDir(t)
	add := func(args ...string) (string, string, int) {
		return dossier(t, nil, append([]string{"kb", "add", "--knowledge", dir}, args...)...)
	}
	out, errs, code := add("--dry-run", srv.URL+"/rail")
	if code != exitOK || !strings.HasPrefix(out, "---\nid: rail-freight-wins-back-grain-from-the-roads\n") || !strings.Contains(errs, "dry run: would write") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errs)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 1 {
		t.Fatalf("a dry run wrote %v", files)
	}
	if _, errs, code := add(srv.URL + "/rail"); code != exitOK {
		t.Fatalf("first add: %s", errs)
	}
	if _, errs, _ := add(srv.URL + "/rail"); !strings.Contains(errs, `id "rail-freight-wins-back-grain-from-the-roads" is taken by `+dir+"/rail-freight-wins-back-grain-from-the-roads.md") {
		t.Errorf("same id: %s", errs)
	}
	_, errs, code = add("--id", "grain-again", "--title", "Grain again", srv.URL+"/rail")
	if code != exitFail || !strings.Contains(errs, "the knowledge base has this text already: "+dir+"/rail-freight-wins-back-grain-from-the-roads.md (id rail-freight-wins-back-grain-from-the-roads)") {
		t.Errorf("same text: exit %d %s", code, errs)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 2 {
		t.Errorf("files %v", files)
	}
}

// kb add never writes into the embedded knowledge base.
func TestKBAddRefusesTheEmbeddedBase(t *testing.T) {
	_, errs, code := dossier(t, nil, "kb", "add", "testdata/kbadd/pages/notes.txt")
	if code != exitUsage || !strings.Contains(errs, "set DOSSIER_KNOWLEDGE or --knowledge DIR (the embedded knowledge base is built into the program and cannot change)") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// A page whose text breaks a lint rule is refused with the rule's
// FILE:LINE, and nothing is written.
func TestKBAddLintsFirst(t *testing.T) {
	dir := newKnowledgeDir(t)
	long := filepath.Join(t.TempDir(), "long.txt")
	text := "A very long paragraph\n\n" + strings.Repeat("word ", knowledge.MaxPassageWords+1) + "\n\nA short one.\n"
	if err := os.WriteFile(long, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := dossier(t, nil, "kb", "add", "--knowledge", dir, "--author", "A", "--publisher", "P", "--published", "2020", long)
	if code != exitFail || !strings.Contains(errs, dir+"/a-very-long-paragraph.md:8: passage 1 has 601 words") || !strings.Contains(errs, "nothing written") {
		t.Errorf("exit %d: %s", code, errs)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 1 {
		t.Errorf("files %v", files)
	}
	pdf := filepath.Join(t.TempDir(), "scan.dat")
	os.WriteFile(pdf, []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), 0o644)
	if _, errs, code := dossier(t, nil, "kb", "add", "--knowledge", dir, pdf); code != exitFail || !strings.Contains(errs, "unsupported document type: application/pdf") {
		t.Errorf("PDF file: exit %d: %s", code, errs)
	}
}

func TestKBDiff(t *testing.T) {
	old := newKnowledgeDir(t)
	write := func(dir, name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(old, "gone.md", "---\nid: gone\ntitle: Gone\nauthor: A\npublisher: P\npublished: 2020\n---\nText.\n")
	next := t.TempDir()
	write(next, "existing.md", "---\nid: existing\ntitle: An existing source, retitled\nauthor: A. Writer\npublisher: Test Press\npublished: 2021-06\n---\n"+
		"A paragraph put first.\n\n"+
		"Container traffic through the northern ports fell by 12 per cent in the last quarter of 2023, the steepest drop since the pandemic, according to figures released by the port authorities on Monday.\n\n"+
		"Something else entirely.\n")
	write(next, "fresh.md", "---\nid: fresh\ntitle: Fresh\nauthor: B\npublisher: Q\npublished: 2024-02\n---\nOne.\n\nTwo.\n")
	out, errs, code := dossier(t, nil, "kb", "diff", "--knowledge", old, next)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := `~ existing (existing.md): front matter: title; passages changed: p1, p2; passages added: p3
  ! existing#p2 holds what existing#p1 held: passage IDs must never be renumbered (threads cite them); add a new source instead
  ! existing#p3 holds what existing#p2 held: passage IDs must never be renumbered (threads cite them); add a new source instead
+ fresh (fresh.md): "Fresh", February 2024, 2 passages
- gone (gone.md): "Gone", 1 passages
`
	if out != want {
		t.Errorf("diff:\n%s\nwant:\n%s", out, want)
	}
	if out, _, _ := dossier(t, nil, "kb", "diff", "--knowledge", next, next); !strings.HasPrefix(out, "no change") {
		t.Errorf("no change: %q", out)
	}
}

// Warnings are printed but do not fail kb lint; kb add into a directory
// with only a README starts a knowledge base.
func TestKBLintWarnsAndKBAddStartsABase(t *testing.T) {
	dir := newKnowledgeDir(t)
	os.WriteFile(filepath.Join(dir, "copy.md"), []byte("---\nid: copy\ntitle: Copy\nauthor: B\npublisher: Q\npublished: 2022\n---\nSomething else entirely.\n\n"+
		"Container traffic through the northern ports fell by 12 per cent in the last quarter of 2023, the steepest drop since the pandemic, according to figures released by the port authorities on Monday.\n"), 0o644)
	out, errs, code := dossier(t, nil, "kb", "lint", "--knowledge", dir)
	if code != exitOK || !strings.Contains(out, "ok, with 1 warning(s)") || !strings.Contains(errs, dir+"/existing.md:8: warning: passage 1 repeats copy#p2 (copy.md:10)") {
		t.Errorf("exit %d: %q %q", code, out, errs)
	}
	fresh := t.TempDir()
	os.WriteFile(filepath.Join(fresh, "README.md"), []byte("# Our sources\n"), 0o644)
	if _, errs, code := dossier(t, nil, "kb", "add", "--knowledge", fresh, "--author", "A", "--publisher", "P", "testdata/kbadd/pages/notes.txt"); code != exitOK {
		t.Errorf("first source: exit %d: %s", code, errs)
	}
}

// A curator may grade the source as it is added: the grade and its note go
// together into the front matter, and lint accepts them.
func TestKBAddWithReliability(t *testing.T) {
	srv := newPageServer(t)
	dir := newKnowledgeDir(t)
	out, errs, code := dossier(t, nil, "kb", "add", "--knowledge", dir, "--dry-run", "--reliability", "B", "--reliability-note", "An edited trade weekly.", srv.URL+"/rail")
	if code != exitOK || !strings.Contains(out, "\nreliability: B\nreliability_note: An edited trade weekly.\n") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	_, errs, code = dossier(t, nil, "kb", "add", "--knowledge", dir, "--reliability", "B", srv.URL+"/rail")
	if code == exitOK || !strings.Contains(errs, "--reliability and --reliability-note go together") {
		t.Errorf("a grade without its note: exit %d %s", code, errs)
	}
}
