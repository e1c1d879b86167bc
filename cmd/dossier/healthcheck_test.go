package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealthcheck(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	}))
	defer srv.Close()
	for _, tt := range []struct {
		name, url string
		code      int
		out, errs string
	}{
		{"healthy", srv.URL + "/healthz", exitOK, "healthy", ""},
		{"unhealthy", srv.URL + "/other", exitFail, "", "unhealthy: 503"},
		{"a control character in the URL", "http://x\x7f", exitUsage, "", "is not a URL"},
		{"no URL at all", "://", exitUsage, "", "is not a URL"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := dossier(t, nil, "healthcheck", "--url", tt.url)
			if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.errs) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, %q, %q", code, out, errs, tt.code, tt.out, tt.errs)
			}
		})
	}
}
