package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-bot/dossier/bot/slack/slacktest"
	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// asDossier, set to 1 in a process's environment, makes the test binary
// run as `dossier` (main) instead of running tests: the process tests run
// it so that none of them has to build the binary.
const asDossier = "DOSSIER_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asDossier) == "1" {
		if addr := os.Getenv(noopServerEnv); addr != "" {
			serveNothing(addr)
			return
		}
		if path := os.Getenv(cpuProfileEnv); path != "" {
			profileOnSignal(path)
		}
		if path := os.Getenv(compiledOutEnv); path != "" {
			// the command as main runs it, then how many patterns it compiled
			if os.Getenv(noPrefilterEnv) == "" {
				start(os.Stderr)
			}
			code := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
			made, compiled := lazyre.Count()
			if err := os.WriteFile(path, fmt.Appendf(nil, "%d %d", made, compiled), 0o644); err != nil {
				fmt.Fprintln(os.Stderr, err)
				code = 1
			}
			os.Exit(code)
		}
		main()
		return
	}
	// The service tests wait more than they compute: more at once.
	os.Exit(slacktest.Run(m))
}

// cpuProfileEnv, set in the environment of a process run as dossier,
// has it profile its CPU from a SIGUSR1 to the next SIGUSR2 and write the
// profile to that file: a benchmark profiles the serve process over the
// part it measures.
const cpuProfileEnv = "DOSSIER_TEST_CPUPROFILE"

// profileHz is the CPU profiles' sampling rate.
const profileHz = 1000

// profileOnSignal profiles the process's CPU between SIGUSR1 and SIGUSR2,
// writing the profile to path.
func profileOnSignal(path string) {
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, syscall.SIGUSR1, syscall.SIGUSR2)
	go func() {
		var f *os.File
		for s := range sig {
			switch {
			case s == syscall.SIGUSR1 && f == nil:
				var err error
				runtime.SetCPUProfileRate(profileHz) // a burst lasts a fraction of a second
				if f, err = os.Create(path); err == nil {
					err = pprof.StartCPUProfile(f)
				}
				if err != nil {
					fmt.Fprintln(os.Stderr, "CPU profile:", err)
				}
			case s == syscall.SIGUSR2 && f != nil:
				pprof.StopCPUProfile()
				f.Close()
				f = nil
			}
		}
	}()
}

// noopServerEnv, set to an address in the environment of a process run
// as dossier, has it serve on that address an HTTP server that reads each
// request's body and answers 200, and nothing else (BenchmarkAckFloor).
const noopServerEnv = "DOSSIER_TEST_NOOP_SERVER"

func serveNothing(addr string) {
	srv := &http.Server{Addr: addr, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			w.WriteHeader(http.StatusOK)
		})}
	fmt.Fprintln(os.Stderr, srv.ListenAndServe())
}

// testBinary is this test binary, which runs as `dossier` with asDossier
// set (see startServe).
func testBinary(t testing.TB) string {
	t.Helper()
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// The collector is tuned for a one-shot command before the packages that
// allocate at start-up run their initialisation (see package oneshot).
func TestOneShotTunedBeforeStartUp(t *testing.T) {
	cmd := exec.Command(testBinary(t), "version")
	cmd.Env = []string{asDossier + "=1", "GODEBUG=inittrace=1"}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("version: %v\n%s", err, stderr.String())
	}
	order := map[string]int{}
	for i, line := range strings.Split(stderr.String(), "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "init" {
			order[f[1]] = i + 1
		}
	}
	const mod = "github.com/dossier-bot/dossier/"
	tuned := order[mod+"cmd/dossier/internal/oneshot"]
	for _, pkg := range []string{"knowledge", "bot", "knowledge/ingest"} {
		if at := order[mod+pkg]; tuned == 0 || at == 0 || at < tuned {
			t.Errorf("package %s initialised at line %d of the trace, oneshot at %d: want oneshot first", pkg, at, tuned)
		}
	}
}

// Every regular expression of the program compiles (they compile on first
// use, so a bad one would otherwise wait for the question that reaches it).
func TestEveryPatternCompiles(t *testing.T) {
	if err := lazyre.CompileAll(); err != nil {
		t.Fatal(err)
	}
	if made, compiled := lazyre.Count(); made < 100 || compiled != made {
		t.Errorf("%d patterns made, %d compiled: want every pattern of knowledge, bot and ingest", made, compiled)
	}
}
