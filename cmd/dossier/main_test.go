package main

import (
	"flag"
	"os"
	"runtime"
	"strconv"
	"testing"
)

// asDossier, set to 1 in a process's environment, makes the test binary
// run as `dossier` (main) instead of running tests: the process tests run
// it so that none of them has to build the binary.
const asDossier = "DOSSIER_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asDossier) == "1" {
		main()
		return
	}
	// The service tests spend their time waiting (on retries' backoff, a
	// replica's shutdown, Slack's fake outages), not computing: run more of
	// them at once than the machine has cores, unless -parallel says.
	flag.Parse()
	if p := flag.Lookup("test.parallel"); p != nil && p.Value.String() == strconv.Itoa(runtime.GOMAXPROCS(0)) {
		_ = p.Value.Set(strconv.Itoa(max(8, runtime.GOMAXPROCS(0))))
	}
	os.Exit(m.Run())
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
