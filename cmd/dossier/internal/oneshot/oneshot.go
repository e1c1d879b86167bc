// Package oneshot tunes the garbage collector for a command that answers
// once and exits ("dossier ask", "dossier eval"): such a process keeps a
// few megabytes live and spends a large share of its life collecting them.
// It trades memory for time with a GOGC of 400, the heap growing to five
// times what is live before a collection, still in proportion to the
// knowledge base. "dossier serve" keeps Go's default, for its memory
// target, and a GOGC set in the environment is left alone.
//
// The setting is made in the package's init, which Go runs before the
// initialisation of the packages that allocate at start-up (knowledge,
// bot): the spec initialises packages in import-path order once their
// imports are done, and this package imports only the runtime's own.
// The main package imports it for that side effect.
package oneshot

import (
	"os"
	"runtime/debug"
)

// Percent is the GOGC a one-shot command runs with.
const Percent = 400

// Tune sets the collector for the command args[0] names; it reports the
// GOGC now in force, or -1 when it left the setting alone.
func Tune(args []string, getenv func(string) string) int {
	if getenv("GOGC") != "" || len(args) == 0 || args[0] == "serve" { // serve does not exit after one answer
		return -1
	}
	debug.SetGCPercent(Percent)
	return Percent
}

func init() { Tune(os.Args[1:], os.Getenv) }
