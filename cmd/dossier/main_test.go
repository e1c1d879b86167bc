package main

import (
	"os"
	"testing"

	"github.com/dossier-bot/dossier/bot/slack/slacktest"
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
	// The service tests wait more than they compute: more at once.
	os.Exit(slacktest.Run(m))
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
