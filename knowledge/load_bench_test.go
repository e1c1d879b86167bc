package knowledge_test

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dossier-bot/dossier/knowledge"
)

// syntheticFiles is a knowledge base directory of nSources source files of
// nPassages passages each, of 60 words drawn from a 20,000-word
// vocabulary with a Zipf distribution, like prose.
func syntheticFiles(nSources, nPassages int) fstest.MapFS {
	r := rand.New(rand.NewPCG(1, 2))
	syll := []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "va", "ze", "dor", "lin", "mar", "ost", "kev"}
	vocab := make([]string, 20000)
	for i := range vocab {
		var w strings.Builder
		for range 2 + i%3 {
			w.WriteString(syll[r.IntN(len(syll))])
		}
		vocab[i] = w.String() + strings.Repeat("x", i%4)
	}
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 2, uint64(len(vocab)-1))
	fsys := fstest.MapFS{}
	for s := range nSources {
		var b strings.Builder
		fmt.Fprintf(&b, "---\nid: gen-%d\ntitle: Generated source %d\nauthor: Bench Writer\npublisher: Bench Press\npublished: 2024-%02d\n---\n", s, s, 1+s%12)
		for p := range nPassages {
			ws := make([]string, 60)
			for k := range ws {
				ws[k] = vocab[zipf.Uint64()]
			}
			fmt.Fprintf(&b, "\n%s %d-%d.\n", strings.Join(ws, " "), s, p)
		}
		fsys[fmt.Sprintf("gen-%04d.md", s)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return fsys
}

// cpuTime is the process's CPU time so far, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoadAndIndex1000Sources is what a reload costs one core: load
// and lint 1,000 source files, then index them, as `dossier serve` does.
// "first" is a loader's first load (the server's start); "unchanged", a
// reload when no file changed (nothing to index); "one-edited", a reload
// after one file of the 1,000 changed.
//
//	go test ./knowledge -run X -bench LoadAndIndex -cpu 1
func BenchmarkLoadAndIndex1000Sources(b *testing.B) {
	for _, passages := range []int{20, 100} {
		fsys := syntheticFiles(1000, passages)
		edited := fsys["gen-0500.md"].Data
		for _, c := range []struct {
			name   string
			first  bool        // each load is a new loader's first
			change func(i int) // changes the directory before load i
		}{
			{"first", true, func(int) {}},
			{"unchanged", false, func(int) {}},
			{"one-edited", false, func(i int) {
				fsys["gen-0500.md"] = &fstest.MapFile{Data: fmt.Appendf(slices.Clip(edited), "\nAn edited paragraph, version %d.\n", i)}
			}},
		} {
			b.Run(fmt.Sprintf("passages=%d/%s", passages, c.name), func(b *testing.B) {
				l, indexed := knowledge.NewLoader(), ""
				if !c.first {
					indexed = reload(b, l, fsys, indexed)
				}
				b.ReportAllocs()
				var cpu time.Duration
				for i := 0; b.Loop(); i++ {
					b.StopTimer()
					c.change(i)
					if c.first {
						l, indexed = knowledge.NewLoader(), ""
					}
					b.StartTimer()
					cpu0 := cpuTime()
					indexed = reload(b, l, fsys, indexed)
					cpu += cpuTime() - cpu0
				}
				// CPU time, unlike wall time, does not grow when other work
				// shares the machine.
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
			})
			fsys["gen-0500.md"] = &fstest.MapFile{Data: edited}
		}
	}
}

// BenchmarkLoaderMemory1000Sources is the memory a server holds for a
// knowledge base of 1,000 sources: its index alone (index-MB, what a
// command that loads once holds), and the index with the loader that
// reloads it, which keeps each file's parsed source and analysis
// (loader-MB).
//
//	go test ./knowledge -run X -bench LoaderMemory -benchtime 1x
func BenchmarkLoaderMemory1000Sources(b *testing.B) {
	for _, passages := range []int{20, 100} {
		fsys := syntheticFiles(1000, passages)
		b.Run(fmt.Sprintf("passages=%d", passages), func(b *testing.B) {
			for b.Loop() {
				b.ReportMetric(retainedMB(func() any {
					kb, err := knowledge.Load(fsys)
					if err != nil {
						b.Fatal(err)
					}
					return knowledge.NewIndex(kb)
				}), "index-MB")
				b.ReportMetric(retainedMB(func() any {
					l := knowledge.NewLoader()
					ix, _ := reloadIndex(b, l, fsys, "")
					return []any{l, ix}
				}), "loader-MB")
			}
		})
	}
}

// reload loads fsys with l and, unless its version is the one indexed
// already, indexes it; it returns the version indexed.
func reload(b *testing.B, l *knowledge.Loader, fsys fs.FS, indexed string) string {
	_, version := reloadIndex(b, l, fsys, indexed)
	return version
}

func reloadIndex(b *testing.B, l *knowledge.Loader, fsys fs.FS, indexed string) (*knowledge.Index, string) {
	kb, err := l.Load(fsys)
	if err != nil {
		b.Fatal(err)
	}
	if kb.Version == indexed {
		return nil, indexed
	}
	return l.Index(kb), kb.Version
}

// retainedMB is the heap that what build returns holds on to, in MB: the
// live heap with it, less the live heap once it is dropped.
func retainedMB(build func() any) float64 {
	var with uint64
	func() {
		kept := build()
		with = liveHeap()
		runtime.KeepAlive(kept)
	}()
	return float64(int64(with)-int64(liveHeap())) / (1 << 20)
}

func liveHeap() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
