package knowledge_test

import (
	"fmt"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge/sources"
)

func mapFile(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func copyFS(t testing.TB, src fs.FS) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		out[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func validSource(id, body string) string {
	return fmt.Sprintf(`---
id: %s
title: A test source
author: A. Writer
publisher: Test Press
published: 2023-05-02
---
%s
`, id, body)
}

func embeddedFS() fs.FS { return sources.FS }
