package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/ingest"
)

// clock is kb add's clock, for inferred dates; tests set it.
var clock = time.Now

// maxInputBytes caps a file given to kb add, as the fetcher caps a page.
const maxInputBytes = ingest.DefaultMaxBytes

// userAgent is what kb add says it is to web servers.
func userAgent() string {
	return "Dossier/" + Version + " (knowledge base curation; +https://github.com/dossier-bot/dossier)"
}

// kbAddFlags are kb add's front matter flags.
type kbAddFlags struct {
	meta   ingest.Meta
	tags   string
	dryRun bool
}

func (a *app) kbAdd(ctx context.Context, args []string) int {
	fl := a.flags("kb")
	var f kbAddFlags
	fl.StringVar(&f.meta.ID, "id", "", "the source's id (default: a slug of the title)")
	fl.StringVar(&f.meta.Title, "title", "", "title (default: the document's)")
	fl.StringVar(&f.meta.Author, "author", "", "author (default: the document's byline)")
	fl.StringVar(&f.meta.Publisher, "publisher", "", "publisher (default: the page's site name)")
	fl.StringVar(&f.meta.Published, "published", "", "publication date, YYYY, YYYY-MM or YYYY-MM-DD (default: the document's, else inferred)")
	fl.StringVar(&f.meta.DateNote, "date-note", "", "how the date is known, when it is not printed")
	fl.StringVar(&f.meta.URL, "url", "", "the source's URL (default: the URL fetched)")
	fl.StringVar(&f.tags, "tags", "", "comma-separated tags")
	fl.StringVar(&f.meta.Reliability, "reliability", "", "the source's reliability grade, A to F (Admiralty scale); needs --reliability-note")
	fl.StringVar(&f.meta.ReliabilityNote, "reliability-note", "", "why the source has that grade")
	fl.BoolVar(&f.dryRun, "dry-run", false, "print the source file instead of writing it")
	env := settingFlags(fl, a.getenv, "DOSSIER_KNOWLEDGE")
	rest, err := a.parse(fl, args)
	if err != nil {
		return flagError(err)
	}
	if len(rest) != 1 {
		return a.usageError("kb add", "give one FILE or URL: dossier kb add [--dry-run] [--title T] [--author A] [--publisher P] [--published DATE] [--id ID] FILE|URL")
	}
	dir := env("DOSSIER_KNOWLEDGE")
	if dir == "" {
		fmt.Fprintln(a.stderr, "dossier: kb add writes a new source into a knowledge base directory: set DOSSIER_KNOWLEDGE or --knowledge DIR "+
			"(the embedded knowledge base is built into the program and cannot change)")
		return exitUsage
	}
	if err := f.check(); err != nil {
		fmt.Fprintf(a.stderr, "dossier: %v\n", err)
		return exitUsage
	}
	doc, err := a.readDocument(ctx, rest[0])
	if err != nil {
		return a.fail("%v", err)
	}
	return a.addSource(dir, f, doc)
}

func (f *kbAddFlags) check() error {
	for _, t := range strings.Split(f.tags, ",") {
		if t = strings.TrimSpace(t); t != "" {
			f.meta.Tags = append(f.meta.Tags, t)
		}
	}
	if f.meta.Published != "" {
		if _, err := knowledge.ParseDate(f.meta.Published); err != nil {
			return fmt.Errorf("--published: %v", err)
		}
	}
	if (f.meta.Reliability == "") != (f.meta.ReliabilityNote == "") {
		return errors.New("--reliability and --reliability-note go together: a grade and why")
	}
	return nil
}

// readDocument reads a file or fetches a URL and extracts its text.
func (a *app) readDocument(ctx context.Context, input string) (*ingest.Document, error) {
	if strings.HasPrefix(input, "http://") || strings.HasPrefix(input, "https://") {
		fetcher := &ingest.Fetcher{UserAgent: userAgent()}
		page, err := fetcher.Fetch(ctx, input)
		if err != nil {
			return nil, err
		}
		doc, err := extract(page.Kind, page.Body, page.URL)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", page.URL, err)
		}
		doc.URL, doc.LastModified = page.URL.String(), page.LastModified
		if doc.Publisher == "" { // the site's own name, else its host
			doc.Publisher = strings.TrimPrefix(page.URL.Hostname(), "www.")
		}
		return doc, nil
	}
	data, err := readCapped(input)
	if err != nil {
		return nil, err
	}
	kind, err := ingest.Kind("", input, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: kb add takes HTML, plain text or Markdown", input, err)
	}
	doc, err := extract(kind, data, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", input, err)
	}
	return doc, nil
}

func readCapped(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if fi.Size() > maxInputBytes {
		return nil, fmt.Errorf("%s: %w: %.1f MB, the most is %.0f MB", name, ingest.ErrTooLarge, float64(fi.Size())/(1<<20), float64(maxInputBytes)/(1<<20))
	}
	return os.ReadFile(name)
}

func extract(kind string, data []byte, pageURL *url.URL) (*ingest.Document, error) {
	switch kind {
	case ingest.KindHTML:
		return ingest.FromHTML(strings.NewReader(string(data)), pageURL)
	case ingest.KindMarkdown:
		return ingest.FromMarkdown(data)
	}
	return ingest.FromText(data)
}

// addSource fills the front matter, checks the new source against the
// knowledge base, lints it, and writes it (or prints it, on a dry run).
func (a *app) addSource(dir string, f kbAddFlags, doc *ingest.Document) int {
	m := ingest.Merge(f.meta, doc, clock())
	if missing := m.Missing(); len(missing) > 0 {
		flags := make([]string, len(missing))
		for i, m := range missing {
			flags[i] = "--" + m
		}
		return a.fail("the document does not say its %s: give %s", strings.Join(missing, " or "), strings.Join(flags, " and "))
	}
	if m.ID == "" {
		return a.fail("the title %q makes no id: give --id", m.Title)
	}
	base, files, err := readBase(dir)
	if err != nil {
		return a.fail("%v", err)
	}
	if err := refuseKnown(base, m.ID, doc.Paragraphs, dir); err != nil {
		return a.fail("%v", err)
	}
	name := m.ID + ".md"
	data := ingest.Render(m, doc.Paragraphs)
	files[name] = &fstest.MapFile{Data: data}
	ps, err := knowledge.Lint(files)
	if err != nil {
		return a.fail("%v", err)
	}
	var errs int
	for _, p := range ps {
		if p.File != name {
			continue
		}
		if !p.Warning {
			errs++
		}
		p.File = filepath.Join(dir, name)
		fmt.Fprintln(a.stderr, p.Error())
	}
	if errs > 0 {
		return a.fail("the new source does not lint; nothing written (--dry-run prints it)")
	}
	if f.dryRun {
		a.stdout.Write(data)
		fmt.Fprintf(a.stderr, "dry run: would write %s\n", filepath.Join(dir, name))
		return exitOK
	}
	if err := writeNew(dir, name, data); err != nil {
		return a.fail("%v", err)
	}
	src, _ := knowledge.ParseSource(name, data)
	fmt.Fprintf(a.stdout, "added %s: %q — %s, %s, %s; %d passages (%s#p1 to #p%d)\n", filepath.Join(dir, name),
		src.Title, src.Author, src.Publisher, src.DateLabel(), len(src.Passages), src.ID, len(src.Passages))
	if src.DateInferred {
		fmt.Fprintf(a.stdout, "date inferred: %s Check it, and set published and date_note if you know better.\n", src.DateNote)
	}
	fmt.Fprintln(a.stdout, "A running dossier serve picks it up on SIGHUP (systemctl reload dossier) or at its next DOSSIER_RELOAD_INTERVAL.")
	return exitOK
}

// readBase reads a knowledge base directory: its sources as they load, and
// its files, to lint a new one beside them.
func readBase(dir string) (*knowledge.KB, fstest.MapFS, error) {
	fsys := os.DirFS(dir)
	kb, _, err := knowledge.Inspect(fsys)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, err)
	}
	files := fstest.MapFS{}
	names, _ := fs.Glob(fsys, "*.md")
	for _, n := range append(names, knowledge.GlossaryFile) {
		data, err := fs.ReadFile(fsys, n)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		files[n] = &fstest.MapFile{Data: data}
	}
	return kb, files, nil
}

// refuseKnown refuses an id that is taken and a text the base already has.
func refuseKnown(kb *knowledge.KB, id string, paras []string, dir string) error {
	if s := kb.Source(id); s != nil {
		return fmt.Errorf("id %q is taken by %s (%q): give another with --id", id, filepath.Join(dir, s.File), s.Title)
	}
	if _, err := os.Stat(filepath.Join(dir, id+".md")); err == nil {
		return fmt.Errorf("%s exists: give another id with --id", filepath.Join(dir, id+".md"))
	}
	hash := ingest.TextHash(paras)
	for _, s := range kb.Sources {
		texts := make([]string, len(s.Passages))
		for i, p := range s.Passages {
			texts[i] = p.Text
		}
		if ingest.TextHash(texts) == hash {
			return fmt.Errorf("the knowledge base has this text already: %s (id %s)", filepath.Join(dir, s.File), s.ID)
		}
	}
	return nil
}

// writeNew writes a file that must not exist yet, whole or not at all: a
// reload never sees half of it.
func writeNew(dir, name string, data []byte) error {
	tmp, err := os.CreateTemp(dir, "."+name+"-*.tmp")
	if err != nil {
		return fmt.Errorf("write source: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write source: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write source: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write source: %w", err)
	}
	if err := os.Link(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("write source: %w", err)
	}
	return nil
}

// kbDiff prints what changed between the loaded knowledge base and a
// directory.
func (a *app) kbDiff(oldDir, newDir string) int {
	old, err := a.loadIndex(oldDir)
	if err != nil {
		return a.fail("%v", err)
	}
	kb, err := knowledge.Load(os.DirFS(newDir))
	if err != nil {
		return a.fail("%s does not load:\n%v", newDir, err)
	}
	_, oldName := a.knowledgeFS(oldDir)
	diffs := knowledge.Diff(old.KB(), kb)
	if len(diffs) == 0 {
		fmt.Fprintf(a.stdout, "no change between %s and %s\n", oldName, newDir)
		return exitOK
	}
	for _, d := range diffs {
		writeDiff(a, d, kb, old.KB())
	}
	return exitOK
}

func writeDiff(a *app, d knowledge.SourceDiff, newKB, oldKB *knowledge.KB) {
	switch d.Status {
	case "added":
		s := newKB.Source(d.ID)
		fmt.Fprintf(a.stdout, "+ %s (%s): %q, %s, %d passages\n", d.ID, d.File, s.Title, s.DateLabel(), len(s.Passages))
	case "removed":
		s := oldKB.Source(d.ID)
		fmt.Fprintf(a.stdout, "- %s (%s): %q, %d passages\n", d.ID, d.File, s.Title, len(s.Passages))
	default:
		var parts []string
		if len(d.Fields) > 0 {
			parts = append(parts, "front matter: "+strings.Join(d.Fields, ", "))
		}
		for _, c := range []struct {
			what string
			ids  []string
		}{{"changed", d.Changed}, {"added", d.Added}, {"removed", d.Removed}} {
			if len(c.ids) > 0 {
				parts = append(parts, fmt.Sprintf("passages %s: %s", c.what, shortIDs(c.ids)))
			}
		}
		fmt.Fprintf(a.stdout, "~ %s (%s): %s\n", d.ID, d.File, strings.Join(parts, "; "))
		for _, r := range d.Renumbered {
			fmt.Fprintf(a.stdout, "  ! %s: passage IDs must never be renumbered (threads cite them); add a new source instead\n", r)
		}
	}
}

// shortIDs writes passage IDs of one source as "p3, p7".
func shortIDs(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		_, n, _ := strings.Cut(id, "#")
		out[i] = n
	}
	return strings.Join(out, ", ")
}
