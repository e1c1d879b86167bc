package knowledge

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Wrong: appositionOf takes the name just before the comma for what the
// apposition describes, but the apposition may be to a list that ends
// with the name ("Velt, Marrow and Lund, the three coastal states") or to
// the head of a phrase the name closes ("The chief executive of Kessa
// Stores, a retired banker"). "coastal" is read as Lund's alone and
// "banker" as Kessa's, so "the coastal states" is searched as Lund and
// "the banker" as the firm. Neither word describes the name it is given.
func TestReview49_AppositionToAList_Reading(t *testing.T) {
	ix := descriptionIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\nlund: [Lund]\nkessa: [Kessa Stores]\n",
		"The talks. Velt, Marrow and Lund, the three coastal states of the gulf, met in Sarno in June.",
		"The chief. The chief executive of Kessa Stores, a retired banker, resigned in May.",
	)
	for w, wrong := range map[string]string{"coastal": "=lund", "banker": "=kessa"} {
		if got := ix.descriptionOf(stem(w)).concept; got != "" {
			t.Errorf("descriptionOf(%q) = %q, want \"\" (the apposition is not %s's)", w, got, wrong)
		}
	}
}

// Wrong: readDescription reads one use of the word a sentence, the first,
// and takes any sentence that names the concept for one that uses the
// word of it. So the sources' "Skarra, a rocky island that Velt governs",
// in a sentence that also names Marrow, and a second "island" of the
// same sentence as Marrow's, used of Skarra, leave "island" Marrow's
// alone: a question's "the island" is searched as Marrow though the
// sources call Skarra an island too.
func TestReview49_OtherUseBesideTheName(t *testing.T) {
	for _, other := range []string{
		"The fleet. Marrow's trawlers fish off Skarra, a rocky island that Velt governs.",
		"The claim. Marrow, an island state of 90,000 people, claims Skarra, an island of 300 people.",
	} {
		ix := descriptionIndex(t, "marrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\n",
			"The quarrel. The Republic of Marrow, an island state of 90,000 people, sells its fish to Velt.",
			other,
		)
		if got := ix.descriptionOf(stem("island")).concept; got != "" {
			t.Errorf("with %q: descriptionOf(island) = %q, want \"\" (the sources call Skarra an island too)", other, got)
		}
	}
}

// Missed: the apposition's pattern wants the name's last word to be
// letters just before the comma, and the apposition's words to be ASCII
// letters, and the first use of the word in a sentence to be the
// apposition's. So no description is read for a name that ends in a
// figure ("COP29, the climate summit"), one followed by its abbreviation
// in brackets ("The Fisheries Board (FB), the regulator of the catch"),
// an apposition with an accented word ("Brasserie Lune, a café chain"),
// or a sentence that used the word before its apposition ("Island
// against mainland: ... Marrow, an island state"), though each is the
// same apposition as those read.
func TestReview49_MissedDescriptions_Reading(t *testing.T) {
	ix := descriptionIndex(t, "cop: [COP29]\nfb: [Fisheries Board, FB]\nlune: [Brasserie Lune]\nmarrow: [Marrow, Republic of Marrow]\nvelt: [Velt, Kingdom of Velt]\n",
		"Summit. COP29, the climate summit of 2024, opened in Baku in November.",
		"Rules. The Fisheries Board (FB), the regulator of the catch, sets the quota each spring.",
		"Cafes. Brasserie Lune, a café chain of 40 shops, closed in May.",
		"Island against mainland: the Republic of Marrow, an island state of 90,000 people, faces the Kingdom of Velt.",
	)
	for w, want := range map[string]string{"climate": "=cop", "regulator": "=fb", "chain": "=lune", "island": "=marrow"} {
		if got := ix.descriptionOf(stem(w)).concept; got != want {
			t.Errorf("descriptionOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// Wrong: openingPhrase knows an opening phrase only by a preposition of
// its list and a name at most the fourth word; "Compared with", "Despite"
// and the like are not on the list, and a longer phrase ("According to
// figures from the Statistics Office") puts the name later. The clause's
// subject after it is then read as an apposition to the name: "average"
// as the Office's, "island" as Velt's.
func TestReview49_OpeningPhrase_Reading(t *testing.T) {
	ix := descriptionIndex(t, "office: [Statistics Office, Office]\nvelt: [Velt, Kingdom of Velt]\n",
		"Prices. According to figures from the Statistics Office, the average price of formula rose by 18%.",
		"Size. Compared with Velt, the island state of 90,000 people has no navy.",
	)
	for _, w := range []string{"average", "island"} {
		if got := ix.descriptionOf(stem(w)).concept; got != "" {
			t.Errorf("descriptionOf(%q) = %q, want \"\" (the subject after an opening phrase)", w, got)
		}
	}
}

// Costly: appendTerms asks descriptionOf for every question word found
// in one to eight passages (most of a large base's words) before the cheap
// test of whether the question points to it (referredTo), and
// descriptionOf reads each of those passages whole, sentence by sentence,
// analysed and matched against the glossary, holding the index's one
// descriptionMu throughout, so concurrent questions wait on it. Here a
// question with eight rare words, none after "the", pays on first asking
// for reading 64 passages; with long passages (a transcript, a source
// without paragraph breaks, up to the loader's 600 words) that is many
// times the search itself. The cold and warm runs show what the first
// asking costs: on the review machine 10.6 ms against 1.9 ms (2.8 MB
// against 0.1 MB allocated) with passages of 100 words, 63 ms against
// 10 ms (19.6 MB against 1.0 MB) with passages of 580, all of it for
// words the question never points to. Asking referredTo first would
// leave the cold run at the warm one's cost.
func BenchmarkReview49_FirstAskedRareWords(b *testing.B) {
	for _, words := range []int{100, 580} {
		ix, q := rareWordIndex(b, words)
		b.Run(fmt.Sprintf("passage%dwords/cold", words), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix.descriptionMu.Lock()
				ix.descriptions = nil
				ix.descriptionMu.Unlock()
				ix.Search(q, Options{})
			}
		})
		b.Run(fmt.Sprintf("passage%dwords/warm", words), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix.Search(q, Options{})
			}
		})
	}
}

// rareWordIndex is a made-up base of 200 short passages and 8 passages of
// about n words, each of the 8 with the same eight rare words, and a
// question that has the rare words, none pointed to.
func rareWordIndex(b *testing.B, n int) (*Index, string) {
	b.Helper()
	r := rand.New(rand.NewPCG(7, 9))
	syll := []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "va", "ze", "dor", "lin", "mar", "ost", "kev"}
	word := func() string {
		var w strings.Builder
		for range 2 + r.IntN(3) {
			w.WriteString(syll[r.IntN(len(syll))])
		}
		return w.String()
	}
	common := make([]string, 3000)
	for i := range common {
		common[i] = word()
	}
	rare := []string{"quorvane", "bellisk", "trumholt", "vesperine", "galdrow", "oxhenry", "plumbrast", "fenwidge"}
	sentence := func(extra string) string {
		ws := make([]string, 18)
		for i := range ws {
			ws[i] = common[r.IntN(len(common))]
		}
		if extra != "" {
			ws[r.IntN(len(ws))] = extra
		}
		s := strings.Join(ws, " ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	var ps []string
	for range 8 {
		var p []string
		for i := 0; i*18 < n; i++ {
			extra := ""
			if i < len(rare) {
				extra = rare[i]
			}
			p = append(p, sentence(extra))
		}
		ps = append(ps, "Transcript. "+strings.Join(p, " "))
	}
	for range 200 {
		ps = append(ps, "Note. "+sentence("")+" "+sentence(""))
	}
	ix := descriptionIndex(b, "marrow: [Marrow]\n", ps...)
	return ix, "Did " + strings.Join(rare, " and ") + " change in Marrow?"
}
