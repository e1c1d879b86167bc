package knowledge_test

import "testing"

// "Which X" is declined where the sources tell of X only by a
// description that echoes the question's words ("the Velmora daily", "a
// commercial cloud-storage service") and name nothing else in the
// sentence; a sentence that names it, or the word alone echoed, is an
// answer.
func TestWhichOfAThingOnlyDescribed(t *testing.T) {
	ix := quietIndex(t, "",
		"The leak. Ruta Velt sent her list to two newspapers. \"I reported a disease,\" she told the Velmora daily that first printed her documents.",
		"The data. The intruders copied the payroll files to a cloud-storage service before they struck.",
		"The press. The Harbour Herald, a Velmora daily, printed the port accounts in full.",
		"The labour. The only resource the island can offer is its workforce of young welders.",
	)
	wantDeclined(t, ix, "which velmora daily first printed velt's documents?", "do not say which velmora daily")
	wantDeclined(t, ix, "which cloud storage service did the intruders copy the payroll files to?", "do not say which cloud storage service")
	wantFirst(t, ix, "which velmora daily printed the port accounts?", "p3") // named in apposition
	wantFirst(t, ix, "which resource can the island offer?", "p4")           // the word alone: its answer is no name
}
