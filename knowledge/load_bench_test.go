package knowledge_test

import (
	"fmt"
	"math/rand/v2"
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
// and lint 1,000 source files, then index them.
//
//	go test ./knowledge -run X -bench LoadAndIndex -cpu 1
func BenchmarkLoadAndIndex1000Sources(b *testing.B) {
	for _, passages := range []int{20, 100} {
		fsys := syntheticFiles(1000, passages)
		b.Run(fmt.Sprintf("passages=%d", passages), func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				kb, err := knowledge.Load(fsys)
				if err != nil {
					b.Fatal(err)
				}
				knowledge.NewIndex(kb)
			}
			// CPU time, unlike wall time, does not grow when other work
			// shares the machine.
			b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
