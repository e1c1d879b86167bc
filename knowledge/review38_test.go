package knowledge_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

// Review of round thirty-eight (646c75a..db61017), the changes to
// stance.go (withoutAuxiliaries), names.go (lower-case dotted initials),
// understand.go (initialBefore, asksRE after "and"/"but"), normalize.go
// (chat framing, hectaresRE, gluedCodeRE, "kv", orElseRE) and search.go
// (roundedFigures, unhyphenated). Each test is a question an analyst
// could type on a made-up source, and fails on the reviewed code; each
// passed with a small fix of the rule tried in a scratch copy, the rest
// of the package's tests passing too. Lower-case dotted initials in
// matchShortened, orElseRE and the roundedFigures window were read with
// no finding.

// 5761b78 (unhyphenated): the rule is meant to apply "where the sources
// write the prefix apart" ("non-renewals"), but it only checks that the
// sources have the prefix somewhere as a word ("non-payment") and the
// rest somewhere else ("renewals"); it then searches for the rest alone.
// So "nonrenewals" is read as "renewals", the opposite, and the count of
// renewals answers a question on non-renewals that no source answers
// (before the round: "No source mentions nonrenewals"). The right
// behaviour is to expand only to a word the sources write with that
// prefix and a hyphen (the index already keeps those: Index.hyphened,
// hyphenedForm), and otherwise to leave the word unexpanded.
func TestReview38PrefixNotWrittenApart(t *testing.T) {
	ix := quietIndex(t, "",
		"Renewals. Halvard Mutual renewed its home policies in Kessmouth; renewals rose to 4,000 in 2022.",
		"Penalties. The regulator banned non-payment penalties in May 2022.",
	)
	wantNotCovered(t, ix, "how many nonrenewals did Halvard Mutual send in 2022?")
}

// 0945685 (initialBefore): any point after a letter that stands alone
// is taken for an initial's, so a sentence that ends on one ("Option B.",
// "Plan B.", "Series A.") no longer ends: "The council went with Option
// B. Who pays for the new bridge?" is one sentence that asks, its scene
// is searched as the question, and the passage on Option B is cited
// first instead of the one on who pays (before the round the first
// sentence was background and the funding passage came first). An
// initial is followed by the rest of a name ("s. korea"), not by a
// sentence that opens on a question word; there the point ends the
// sentence.
func TestReview38LoneLetterEndsASentence(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Mutual, Holm]\n",
		"The route. The council chose Option B, the northern route over the Vesk river, in March 2021.",
		"Funding. The new Vesk bridge is paid for by the regional fund, Holm Mutual said.",
	)
	wantFirst(t, ix, "The council went with Option B. Who pays for the new bridge?", "p2")
}

// 0945685 (initialBefore): a letter counts as "lone" when the character
// before it is anything but a letter, a point or an ASCII apostrophe; so
// the letter of a possessive typed with a curly apostrophe ("Holm’s.",
// as phones and Slack's smart punctuation write it) or closing a code
// ("the 10-K.") is read as an initial, and its point ends no sentence.
// The same message with a straight apostrophe, or with "annual filing",
// is split into the question and its background; these are not. A lone
// letter is one after a space or at the start (or an opening bracket),
// not one joined to a word by an apostrophe of either kind, a hyphen or a
// digit.
func TestReview38LetterJoinedToAWordIsNoInitial(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Mutual, Holm]\ntarnvik: [Tarnvik Power, Tarnvik]\n",
		"Funding. The new Vesk bridge is paid for by the regional fund, Holm Mutual said.",
		"Debt. Tarnvik Power put its debt at EUR 1.2 billion in its annual filing.",
	)
	for q, asked := range map[string]string{
		"The decision was Holm’s. Who pays for the new bridge?": "Who pays for the new bridge?",
		"I just read the 10-K. What is Tarnvik's debt?":         "What is Tarnvik's debt?",
	} {
		if got := ix.Understand(q); got.Text != asked {
			t.Errorf("%q: searched %q (background %q), want %q", q, got.Text, got.Background, asked)
		}
	}
}

// db61017 (asksRE): a sentence "that opens on 'and', 'also', 'plus' or
// 'but' and then asks" is asked only when the question word comes right
// after the connective; "and roughly how many people died", "but then
// how many" are still set aside as background, so the count is not asked
// and the passage that gives it is not cited ("and how many people died"
// cites it). A word or two between the connective and the question word
// ("roughly", "then", "in total") should not change whether it asks.
func TestReview38ConnectiveThenAWordStillAsks(t *testing.T) {
	ix := quietIndex(t, "vik-fire: [Vik Fire]\n",
		"Cause. Investigators attributed the Vik Fire to lightning in the Tarn hills.",
		"Toll. Four people died in the Vik Fire, among them a pilot.",
		"Cost. The Vik Fire cost insurers VMK 40 million.",
	)
	q := "what caused the vik fire? and roughly how many people died"
	r := ix.Search(q, knowledge.Options{})
	if ids := hitIDs(r.Hits); !r.Covered || !slices.ContainsFunc(ids, func(id string) bool { return strings.HasSuffix(id, "#p2") }) {
		t.Errorf("%q: covered %v (%s), hits %v, searched %q; want the toll (p2) cited", q, r.Covered, r.Reason, ids, r.Text)
	}
}

// 1c4e07b (chat framing) against asksRE: "let me know" is now chat and
// dropped before the message is split into sentences, but it is also
// asksRE's own cue of a request to be told. "who repaired the vik bridge?
// let me know if the bridge has reopened" is left with "if the bridge has
// reopened", which does not ask, so the second question is set aside as
// background and the passage on the reopening is no longer cited (before
// the round both were asked and it came first). Dropping the framing
// must not turn the request it framed into background: the clause after
// "let me know" is asked.
func TestReview38LetMeKnowStillAsks(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Bridge]\n",
		"Repairs. Tarnvik Power repaired the Vik Bridge after the storm of May 2021.",
		"Reopening. The Vik Bridge reopened to traffic in March 2022.",
		"Tolls. A toll of VMK 4 is charged on the Vik Bridge.",
	)
	q := "who repaired the vik bridge? let me know if the bridge has reopened"
	r := ix.Search(q, knowledge.Options{})
	if ids := hitIDs(r.Hits); !r.Covered || !slices.ContainsFunc(ids, func(id string) bool { return strings.HasSuffix(id, "#p2") }) {
		t.Errorf("%q: covered %v (%s), hits %v, searched %q; want the reopening (p2) cited", q, r.Covered, r.Reason, ids, r.Text)
	}
}

// 1c4e07b (chat framing): "asap" is dropped as chat in any case, so a
// programme the glossary names ASAP disappears from the question: "how
// much did ASAP pay out?" becomes "how much did pay out?", and the other
// party's payout is cited first (before the round the ASAP's was). Index
// analysis already keeps "ASAP" as the glossary's term; only the chat
// stage throws it away. A chat word typed in capitals that the glossary
// has as a name is the name (normalize is given the glossary's hasAlias
// for this: its name argument), and is kept.
func TestReview38ChatWordThatIsAGlossaryName(t *testing.T) {
	ix := quietIndex(t, "asap: [Accelerated Settlement and Assistance Programme, ASAP]\nhalvard: [Halvard Mutual]\n",
		"Payouts. Halvard Mutual paid out EUR 12 million on fire claims in 2022.",
		"Claims. The ASAP paid out EUR 40 million to 900 households in 2022.",
	)
	wantFirst(t, ix, "how much did ASAP pay out?", "p2")
	wantFirst(t, ix, "how much did the ASAP pay out in 2022?", "p2")
}

// 1c4e07b (chat framing): "quick one" was added as an opener ("quick
// one: is the border open?"), but chatRE drops its phrases anywhere, so
// "was the repair a quick one?" is cut to "was the repair a ?": what is
// asked (whether it was quick) is gone, and the question is answered by
// any passage on the repair. An opener is dropped where it opens the
// message, not inside the question.
func TestReview38QuickOneInsideAQuestion(t *testing.T) {
	for _, q := range []string{"was the repair a quick one?", "was the strike a quick one or a long one?"} {
		if got, _ := knowledge.Normalize(q); !strings.Contains(got, "quick one") {
			t.Errorf("Normalize(%q) = %q, want the question's 'quick one' kept", q, got)
		}
	}
}

// ac5997f (hectaresRE): "ha" is read as hectares only after a figure;
// "how many ha did the vesk fire burn?" still loses "ha" as laughter,
// becomes "how many did the vesk fire burn?", and the passage on the
// homes burned is cited first, not the one on the hectares ("how many
// hectares ..." cites it). "ha" after "how many"/"how much" (or "per")
// is the unit as surely as after a figure.
func TestReview38HectaresAfterHowMany(t *testing.T) {
	ix := quietIndex(t, "vesk: [Vesk Fire]\n",
		"Homes. The Vesk Fire burned 310 homes in the valley.",
		"Land. In all the Vesk Fire burned 12,400 hectares of forest.",
	)
	wantFirst(t, ix, "how many ha did the vesk fire burn?", "p2")
}

// ac5997f (gluedCodeRE): the comment says a currency's code "glued to a
// sum's figure" is written apart, but the pattern requires a magnitude
// after the figure ("VMK1.5bn"), so "VMK90,000" stays one word and the
// question is declined "No source mentions VMK90,000.", where "VMK
// 90,000" is answered. currency.go already says what a sum's figure is
// (sumFigureRE: a magnitude, a decimal or thousands, as addCodes reads
// the sources' "VDT512,000"); a figure with thousands after a
// currency's code is a sum too, and is written apart.
func TestReview38GluedCodeWithoutMagnitude(t *testing.T) {
	ix := quietIndex(t, "vmk: [Vesmark mark, VMK]\n",
		"Payouts. Halvard Mutual paid farmers VMK 3,100 per hectare of burned land and VMK 90,000 per home.",
		"Homes. The Vesk Fire burned 310 homes in the valley.",
	)
	wantFirst(t, ix, "did halvard pay VMK90,000 per home?", "p1")
}

// ac5997f (gluedCodeRE): the code must be typed in capitals, but chat is
// typed in lower case ("vmk90k", "eur300m"): "did halvard pay vmk90k per
// home?" is declined "No source mentions vmk90k.", though "VMK90k" and
// "vmk 90k" are both answered. A code in lower case glued to a sum is
// written apart where it is a currency's (one the glossary or the list
// of currencies knows), as in capitals.
func TestReview38GluedCodeInLowerCase(t *testing.T) {
	ix := quietIndex(t, "vmk: [Vesmark mark, VMK]\n",
		"Payouts. Halvard Mutual paid farmers VMK 3,100 per hectare of burned land and VMK 90,000 per home.",
		"Homes. The Vesk Fire burned 310 homes in the valley.",
	)
	wantFirst(t, ix, "did halvard pay vmk90k per home?", "p1")
}

// 44350e9 (withoutAuxiliaries): the apposition is read past the words
// that end the clause only where they are in the closed list of
// auxiliaries ("has repeatedly said" is read); an adverb of manner not in
// it ("has consistently said", "has privately called") stops the
// reading, no claimant is found, and "who said the new pier is safe?" is
// declined "The sources do not say who said it." while the passage names
// her. An adverb in -ly between the auxiliary and the verb of saying
// should be read past like the listed ones.
func TestReview38AdverbBeforeVerbOfSaying(t *testing.T) {
	ix := quietIndex(t, "",
		"Safety. The port's harbour master, Eva Lind, has consistently said the new pier is safe for ferries.",
		"Cargo. The harbour handled 2 million tonnes of cargo in 2022.",
	)
	wantFirst(t, ix, "who said the new pier is safe?", "p1")
}

// ac5997f ("kv": "kilovolts"): "kv" is rewritten as "kilovolts" whatever
// the sources write, and most write "kV" ("a 400 kV interconnector"). So
// "how much will the 400 kv interconnector cost?", answered with nothing
// missing before the round, is now answered with "kilovolts" listed as
// missing, and the reply adds "The sources say nothing about:
// kilovolts." of a passage that gives the voltage; the glued "400kv" the
// rule was written for fares the same. Where the sources write "kV", the
// question's kilovolts are theirs (keep "kv", or let "kilovolts" find
// "kv"), and are not listed as missing.
func TestReview38KilovoltsWhereSourcesWriteKV(t *testing.T) {
	ix := quietIndex(t, "",
		"The grid. Zarvia and Tenmark signed an agreement in 2023 for a 400 kV interconnector of about 620 km, at a cost of EUR 900 million.",
		"The road. The coast road is 40 km long.",
	)
	for _, q := range []string{"how much will the 400 kv interconnector cost?", "how much will the 400kv interconnector cost?"} {
		r := ix.Search(q, knowledge.Options{})
		if !r.Covered || len(r.Hits) == 0 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") || len(r.Missing) > 0 {
			t.Errorf("%q: covered %v (%s) by %v, missing %v; want p1 first, nothing missing", q, r.Covered, r.Reason, hitIDs(r.Hits), r.Missing)
		}
	}
}
