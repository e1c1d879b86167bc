package ingest_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/knowledge/ingest"
)

func TestSlug(t *testing.T) {
	for title, want := range map[string]string{
		"Ports brace for a quieter winter":             "ports-brace-for-a-quieter-winter",
		"Bunker fuel: what changes in 2025?":           "bunker-fuel-what-changes-in-2025",
		"Économie — l’état des lieux":                  "economie-letat-des-lieux",
		"Порты":                                        "",
		strings.Repeat("a very long title indeed ", 5): "a-very-long-title-indeed-a-very-long-title-indeed-a-very",
		"  Rail  freight's   comeback  ":               "rail-freights-comeback",
	} {
		if got := ingest.Slug(title); got != want {
			t.Errorf("Slug(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestKind(t *testing.T) {
	for _, tt := range []struct {
		mediaType, name, data, want string
	}{
		{"text/html; charset=utf-8", "", "", ingest.KindHTML},
		{"text/plain", "/notes.md", "", ingest.KindMarkdown},
		{"text/plain", "/notes", "", ingest.KindText},
		{"", "page.htm", "", ingest.KindHTML},
		{"", "notes.markdown", "", ingest.KindMarkdown},
		{"", "notes", "Just words.", ingest.KindText},
		{"", "saved", "<!DOCTYPE html><html>", ingest.KindHTML},
		{"application/pdf", "", "", ""},
		{"", "scan", "%PDF-1.4\n", ""},
		{"", "photo", "\x89PNG\r\n\x1a\n", ""},
	} {
		got, err := ingest.Kind(tt.mediaType, tt.name, []byte(tt.data))
		if got != tt.want || (tt.want == "") != errors.Is(err, ingest.ErrUnsupported) {
			t.Errorf("Kind(%q, %q) = %q, %v; want %q", tt.mediaType, tt.name, got, err, tt.want)
		}
	}
}

func TestInferDate(t *testing.T) {
	now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		paras        []string
		lastModified time.Time
		want, note   string
	}{
		{[]string{"It rose in 2021 and fell in March 2022.", "By 5 April 2022 it was over."}, time.Time{}, "2022-04-05", "the latest date the text mentions is 5 April 2022"},
		{[]string{"Talks resume on October 3, 2023."}, time.Time{}, "2023-10-03", "3 October 2023"},
		{[]string{"A plan for 2030 was agreed in 2024."}, time.Time{}, "2024", "mentions is 2024"},
		{[]string{"Due in December 2027."}, time.Time{}, "2026-11", "added on 20 November 2026"},
		{[]string{"No dates at all."}, time.Date(2025, 2, 3, 10, 0, 0, 0, time.UTC), "2025-02-03", "last modified on 3 February 2025"},
	} {
		got, note := ingest.InferDate(&ingest.Document{Paragraphs: tt.paras, LastModified: tt.lastModified}, now)
		if got != tt.want || !strings.Contains(note, tt.note) {
			t.Errorf("%q: %s %q, want %s %q", tt.paras, got, note, tt.want, tt.note)
		}
	}
}

// A server that does not answer in time is given up on.
func TestFetchTimesOut(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	f := &ingest.Fetcher{UserAgent: "test", Timeout: 50 * time.Millisecond}
	_, err := f.Fetch(context.Background(), srv.URL)
	if err == nil || !strings.Contains(err.Error(), "deadline exceeded") && !strings.Contains(err.Error(), "Timeout") {
		t.Errorf("Fetch = %v, want a timeout", err)
	}
}

func TestFetchRefusesOtherSchemes(t *testing.T) {
	f := &ingest.Fetcher{}
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/x", "not a url"} {
		if _, err := f.Fetch(context.Background(), u); err == nil || !strings.Contains(err.Error(), "not an http(s) URL") {
			t.Errorf("Fetch(%q) = %v", u, err)
		}
	}
}
