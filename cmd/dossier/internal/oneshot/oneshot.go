// Package oneshot tunes the garbage collector for the command the process
// runs. A command that answers once and exits ("dossier ask", "dossier
// eval") keeps a few megabytes live and spends a large share of its life
// collecting them: it trades memory for time with a GOGC of 400, the heap
// growing to five times what is live before a collection, still in
// proportion to the knowledge base.
//
// "dossier serve" trades the other way, for its resident-memory budget:
// a GOGC of 25, the heap growing by a quarter of what is live. Most of
// what it keeps live is made once (the compiled patterns, the index, the
// connections), and with Go's default of 100 the collector let the heap
// reach twice that under load (with 50, half again: 50.3-51.0 MB
// resident after 200 concurrent mentions, over the 50 MB budget; with
// 25, 46.8-47.3 MB); an answer's own garbage is small and it spends its
// time waiting on the model, so the extra collections cost little CPU.
// The setting is a share of what is live, so it grows with the knowledge
// base, where a fixed memory limit would leave a large one collecting
// without end. A GOGC set in the environment is left alone.
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

// The GOGC a one-shot command runs with, and the one serve runs with.
const (
	Percent      = 400
	ServePercent = 25
)

// Tune sets the collector for the command args[0] names; it reports the
// GOGC now in force, or -1 when it left the setting alone.
func Tune(args []string, getenv func(string) string) int {
	if getenv("GOGC") != "" || len(args) == 0 {
		return -1
	}
	percent := Percent
	if args[0] == "serve" { // does not exit after one answer, and has a memory budget
		percent = ServePercent
	}
	debug.SetGCPercent(percent)
	return percent
}

func init() { Tune(os.Args[1:], os.Getenv) }
