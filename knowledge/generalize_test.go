package knowledge_test

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/knowledge"
)

// sourceIndex indexes one made-up source of these paragraphs, with a
// glossary when one is given.
func sourceIndex(t *testing.T, glossary string, paragraphs ...string) *knowledge.Index {
	t.Helper()
	fsys := fstest.MapFS{"made-up.md": mapFile(validSource("made-up", strings.Join(paragraphs, "\n\n")))}
	if glossary != "" {
		fsys["glossary.yaml"] = mapFile(glossary)
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return knowledge.NewIndex(kb)
}

// quietIndex is sourceIndex with two passages on nothing the tests ask
// about, so that the terms' weights are not those of a corpus of two.
func quietIndex(t *testing.T, glossary string, paragraphs ...string) *knowledge.Index {
	t.Helper()
	return sourceIndex(t, glossary, append(paragraphs, "Fishing boats leave at dawn.", "The lighthouse is closed in winter.")...)
}

// wantFirst checks that a question is covered, with passage first (p1,
// p2, ...) cited first.
func wantFirst(t *testing.T, ix *knowledge.Index, q, first string) {
	t.Helper()
	r := ix.Search(q, knowledge.Options{})
	if !r.Covered || len(r.Hits) == 0 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#"+first) {
		t.Errorf("%q: covered %v (%s) %v, want %s first", q, r.Covered, r.Reason, hitIDs(r.Hits), first)
	}
}

// wantDeclined checks that a question is not covered, for a reason that
// says why.
func wantDeclined(t *testing.T, ix *knowledge.Index, q, why string) {
	t.Helper()
	if r := ix.Search(q, knowledge.Options{}); r.Covered || !strings.Contains(r.Reason, why) {
		t.Errorf("%q: covered %v (%s) by %v", q, r.Covered, r.Reason, hitIDs(r.Hits))
	}
}

// wantNotCovered checks that a question is not covered.
func wantNotCovered(t *testing.T, ix *knowledge.Index, q string) {
	t.Helper()
	if r := ix.Search(q, knowledge.Options{}); r.Covered {
		t.Errorf("%q: covered by %v", q, hitIDs(r.Hits))
	}
}

// A made-up source, so that these rules are shown to be general: nothing
// here is tuned to the embedded article.
func harbourIndex(t *testing.T) *knowledge.Index {
	t.Helper()
	return sourceIndex(t, "",
		"All winter the harbour authority kept the northern gate closed.",
		"Crews say the importance of the northern gate has increased.",
		"The council will sell its ferry fleet to a private operator.",
		"Lifeboat crews practice monthly.",
		"A trilateral board of the three port towns will oversee the new breakwater.",
		"Officials said the breakwater plan was unlikely to be approved before the elections.",
		"The ferry fleet is old.",
		"Work on the new breakwater is expected to start next March, well after the elections are over.",
		"The old canal froze solid in January, for the first time in years.",
		"The canal is narrow.",
	)
}

func TestGeneralUnderstanding(t *testing.T) {
	ix := harbourIndex(t)
	for _, tt := range []struct {
		q, first, why string
	}{
		// an antonym answers a yes-or-no question about a state
		{"is the northern gate open?", "p1", "open: closed"},
		{"who is buying the ferry fleet?", "p3", "buy: sell"},
		// a question word the passage also says tells passages apart
		{"why did the northern gate become more important?", "p2", "important: importance"},
		// a rarer English word weighs more than a commoner one
		{"how would the trilateral thing work in practice", "p5", "trilateral over practice"},
		// an irregular form of the sources' is found by its base form
		{"did the canal freeze over?", "p9", "freeze: froze"},
		// an idiom in an inflected form is looked up by its base form
		{"when does the breakwater get kicked off?", "p8", "kicked off: start"},
	} {
		r := ix.Search(tt.q, knowledge.Options{})
		if !r.Covered || len(r.Hits) == 0 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#"+tt.first) {
			t.Errorf("%q (%s): covered %v (%s), hits %v, want %s first", tt.q, tt.why, r.Covered, r.Reason, hitIDs(r.Hits), tt.first)
		}
	}
	// a soft question word is never what makes a question not covered, nor
	// listed as missing
	r := ix.Search("is it likely that the breakwater is approved?", knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p6") {
		t.Errorf("likely breakwater: covered %v (%s) %v", r.Covered, r.Reason, hitIDs(r.Hits))
	}
	r = ix.Search("why is the ferry fleet important?", knowledge.Options{})
	for _, m := range r.Missing {
		if m == "important" {
			t.Errorf("important listed as missing: %v", r.Missing)
		}
	}
}

// A word of English that no source has, however rare ("blowback", in
// SCOWL's size-80 list), does not on its own make a question not covered;
// a name no source has does.
func TestRareEnglishWordIsNotSalient(t *testing.T) {
	ix := harbourIndex(t)
	r := ix.Search("why is there no blowback over selling the ferry fleet?", knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p3") {
		t.Errorf("blowback: covered %v (%s) %v", r.Covered, r.Reason, hitIDs(r.Hits))
	}
	r = ix.Search("is Grimsby selling the ferry fleet?", knowledge.Options{})
	if r.Covered {
		t.Errorf("Grimsby: covered, hits %v", hitIDs(r.Hits))
	}
}

// In a long message, the sentences that set the scene are searched like a
// thread's context: a word of theirs no source has does not make the
// question "not covered".
func TestBackgroundOfALongMessage(t *testing.T) {
	ix := harbourIndex(t)
	q := "Following up on yesterday's call with the regional insurers. Our underwriters worry about hurricane exposure and the dredging contractors. Who is the council selling the ferry fleet to?"
	u := ix.Understand(q)
	if !strings.HasPrefix(u.Text, "Who is the council selling") || !strings.Contains(u.Background, "underwriters") {
		t.Fatalf("asked %q, background %q", u.Text, u.Background)
	}
	r := ix.SearchQuery(u, knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p3") {
		t.Errorf("covered %v (%s) %v, missing %v", r.Covered, r.Reason, hitIDs(r.Hits), r.Missing)
	}
	// a message that only asks, or only states, is all question
	// and a question pointing back at the sentence before asks it
	for _, q := range []string{"Is the gate open? Who closed it?", "The gate is shut. The fleet is old.",
		"Heard the council will sell the ferry fleet to a private operator. Did the council confirm that?",
		"that rumour about the council selling the ferry fleet.. who played it down",
		"Heard the council will sell the ferry fleet. Does the report support this or am I off?",
		"Claim: the council will sell the ferry fleet. true per the report?",
		"Our desk thinks the council will sell the ferry fleet. Does the report agree, and why?"} {
		if u := ix.Understand(q); u.Background != "" {
			t.Errorf("%q: background %q", q, u.Background)
		}
	}
	wantFirst(t, ix, "Heard the council will sell the ferry fleet to a private operator. Is that true?", "p3")
	// a question of its own, agreeing parties or a choice, sets the scene
	// aside (as the referent of a pronoun, "will it pick", where it has one)
	for _, q := range []string{"The council will sell the ferry fleet. Do the towns on the coast agree?",
		"The council will sell the ferry fleet. Will it pick this or the harbour route?"} {
		if u := ix.Understand(q); u.Background == "" && u.Referent == "" {
			t.Errorf("%q: no background", q)
		}
	}
}

// What a question sets aside ("besides X, what else") is not searched.
func TestSetAside(t *testing.T) {
	ix := harbourIndex(t)
	u := ix.Understand("besides selling the ferry fleet, what else is the council doing?")
	if strings.Contains(u.Text, "ferry") || len(u.Steps) == 0 || u.Steps[len(u.Steps)-1].Stage != "except" {
		t.Errorf("searched %q, steps %+v", u.Text, u.Steps)
	}
	// nothing else left to search: the question is kept whole
	if u := ix.Understand("anything besides the ferry fleet?"); !strings.Contains(u.Text, "ferry") {
		t.Errorf("searched %q", u.Text)
	}
	r := ix.Search("what else is there besides the gate", knowledge.Options{})
	for _, m := range r.Missing {
		if m == "else" {
			t.Errorf("else listed as missing")
		}
	}
}

// Within a longer alias, a word stands for every one-word alias of its
// concept: "economic relationship" is the glossary's "economic ties", and
// it is still a relationship.
func TestAliasWordsStandForTheirConcept(t *testing.T) {
	ix := sourceIndex(t, "trade: [trade, commerce, economic ties]\nrelations: [relations, relationship, ties]\n",
		"The economic relationship between the two towns has been frozen since the flood.",
		"Fishing boats leave the harbour at dawn.",
		"The mayors of the two towns are old friends.",
	)
	for _, q := range []string{"has trade between the towns frozen?", "are relations between the towns frozen?"} {
		r := ix.Search(q, knowledge.Options{})
		if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") {
			t.Errorf("%q: covered %v (%s) %v", q, r.Covered, r.Reason, hitIDs(r.Hits))
		}
	}
}

// "according to the author", "in the article's view": whose account is
// asked for is not searched; anyone else's is.
func TestAttributionIsNotSearched(t *testing.T) {
	ix := harbourIndex(t)
	for q, want := range map[string]string{
		"why was the northern gate kept closed, according to the author?": "why was the northern gate kept closed?",
		"in the writer's view why was the gate closed":                    "why was the gate closed",
		"why was the gate closed as Writer puts it":                       "why was the gate closed",
		"why was the gate closed according to the crews":                  "why was the gate closed according to the crews",
		// "treat as", "regard as": the author's view of it
		"what date does the author treat as the gate's turning point?": "what date does as the gate's turning point?",
		"what does Writer regard as the reason the gate closed":        "what does as the reason the gate closed",
	} {
		if u := ix.Understand(q); strings.TrimSpace(u.Text) != want {
			t.Errorf("%q: searched %q, want %q", q, u.Text, want)
		}
	}
	// a word of an idiom the sources have in other words is not missing
	r := ix.Search("when does the breakwater get kicked off?", knowledge.Options{})
	if slices.Contains(r.Missing, "kicked") {
		t.Errorf("missing %v", r.Missing)
	}
}

// The author named as the one who thinks or knows ("does Writer know how
// …") is whose account is asked for: the passage about the author, found
// by the name and one of its hint words ("works"), is not the answer.
func TestAuthorAsThinkerIsNotSearched(t *testing.T) {
	src := `---
id: made-up
title: A test source
author: Ann Marlow
publisher: Test Press
published: 2023-05-02
about_source: [3]
hints:
  3: [author, writer, works, Ann Marlow, professor]
---
A trilateral board of the three port towns will oversee the new breakwater.

How the trilateral board will operate is yet to be decided.

Ann Marlow is a professor of harbour engineering.

Fishing boats leave at dawn.

The lighthouse is closed in winter.
`
	kb, err := knowledge.Load(fstest.MapFS{"made-up.md": mapFile(src)})
	if err != nil {
		t.Fatal(err)
	}
	ix := knowledge.NewIndex(kb)
	for _, q := range []string{
		"does Marlow actually know how the trilateral thing would work?",
		"what does the writer expect of how the trilateral thing works?",
		"Marlow thinks the trilateral thing works how?",
		"is the author really expecting the trilateral thing to work?",
	} {
		if r := ix.Search(q, knowledge.Options{}); !r.Covered || len(r.Hits) == 0 || strings.HasSuffix(r.Hits[0].Passage.ID, "#p3") {
			t.Errorf("%q: covered %v (%s) %v, want a passage on the board first", q, r.Covered, r.Reason, hitIDs(r.Hits))
		}
	}
	// asked about the author, the name is searched
	wantFirst(t, ix, "where does Marlow work?", "p3")
	wantFirst(t, ix, "does Marlow teach?", "p3")

	// "does the author think" only asks for the author's view: "think" is
	// not searched, though the glossary has "thinking" for another concept
	ix = quietIndex(t, "outlook: [outlook, view, thinking]\n",
		"The council's outlook on the ferry changed after the storm.",
		"It is unlikely that the ferry will be sold this year.")
	for _, q := range []string{"why does the author think it is unlikely the ferry gets sold?",
		"why does Writer reckon it is unlikely the ferry gets sold?"} {
		wantFirst(t, ix, q, "p2")
	}
}

// What happened in a year after the sources is not in them; what they
// foresee for it may be.
func TestYearAfterTheSources(t *testing.T) {
	ix := harbourIndex(t) // published May 2023
	r := ix.Search("did the old canal freeze again in 2025?", knowledge.Options{})
	if r.Covered || !strings.Contains(r.Reason, "2025") || !strings.Contains(r.Reason, "May 2023") || len(r.Missing) > 0 {
		t.Errorf("2025: covered %v, reason %q, missing %v", r.Covered, r.Reason, r.Missing)
	}
	wantNotCovered(t, ix, "was the old canal frozen by the cold in 2025?") // "by" looks ahead only to a year
	for _, q := range []string{"will work on the breakwater start in 2024?", "is the breakwater done by 2026?", "did the old canal freeze in 2023?",
		"will the breakwater plan eventually be approved?", "is the northern gate still closed?"} {
		if r := ix.Search(q, knowledge.Options{}); !r.Covered {
			t.Errorf("%q: not covered (%s)", q, r.Reason)
		}
	}
	// a year long before the sources that none of them names: they say
	// nothing of it; the year they were written, or the one before, they
	// may mean without naming it
	if r := ix.Search("did the old canal freeze in 2019?", knowledge.Options{}); r.Covered || !slices.Contains(r.Missing, "2019") {
		t.Errorf("2019: covered %v, missing %v", r.Covered, r.Missing)
	}
	if r := ix.Search("did the old canal freeze in 2022?", knowledge.Options{}); !r.Covered {
		t.Errorf("2022: not covered (%s)", r.Reason)
	}
	if r := ix.Search("after this, did the old canal freeze in January?", knowledge.Options{}); !r.Covered {
		t.Errorf("after this, opening the question: not covered (%s)", r.Reason)
	}
	// an outcome asked of the time after the sources, with no year
	for _, q := range []string{"was the ferry fleet eventually sold?", "did the council end up selling the ferry fleet?",
		"did the harbour authority reopen the northern gate after this was written?",
		"did the harbour authority ever reopen the northern gate after this?", "was the ferry fleet sold after this came out?"} {
		r := ix.Search(q, knowledge.Options{})
		if r.Covered || !strings.Contains(r.Reason, "May 2023") || !strings.Contains(r.Reason, "after") {
			t.Errorf("%q: covered %v, reason %q", q, r.Covered, r.Reason)
		}
	}
	// "end up" of a prediction asks what the sources foresee
	for _, q := range []string{"will the ferry fleet end up with a private operator?", "why does the council think it unlikely the ferry fleet ends up sold"} {
		if r := ix.Search(q, knowledge.Options{}); !r.Covered {
			t.Errorf("%q: not covered (%s)", q, r.Reason)
		}
	}
}

// A hyphenated alias with a particle ("call-up") is one word, found in its
// spaced, inflected form ("called up") but not in the verb alone ("called
// the plan"). What someone said on one thing does not answer what they
// said on another.
func TestParticleAliasesAndTheTopicOfAView(t *testing.T) {
	ix := sourceIndex(t, "mobilisation: [mobilisation, call-up]\nholt: [Jane Holt, Holt]\nbreakwater: [breakwater, sea wall]\n",
		"The harbour board called up its reserve crews in March.",
		"Mayor Jane Holt said the ferry plan was a mistake.",
		"Critics called the breakwater a waste of money.",
		"The ferry runs twice a day.", "Fishing boats leave at dawn.", "The lighthouse is closed in winter.",
	)
	// a hyphenated word of ordinary words that no source has is English,
	// not a name the sources lack
	wantFirst(t, ix, "did Holt call the ferry plan a mistake, a mix-up?", "p2")
	r := ix.Search("was there a call-up?", knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") || len(r.Hits) > 1 {
		t.Errorf("call-up: covered %v (%s) %v", r.Covered, r.Reason, hitIDs(r.Hits))
	}
	if r := ix.Search("what did Holt say about the ferry plan?", knowledge.Options{}); !r.Covered {
		t.Errorf("Holt on the ferry plan: %s", r.Reason)
	}
	wantNotCovered(t, ix, "what did Holt say about the breakwater?")
}

// Two English words written as one are English ("rulebook"), not a name
// the sources lack; a numbered word is read with its Roman numeral when
// the sources write it so ("ww2": WWII); and a paragraph that continues
// the one before it has that one's names for the rule that the names of a
// question must be found together.
func TestCompoundsNumeralsAndContinuedParagraphs(t *testing.T) {
	ix := sourceIndex(t, "world-war-ii: [World War II, WWII]\n",
		"The Norland navy sent two frigates to Westport in May.",
		"It was the largest deployment in the Baltic since WWII, and the costliest.",
		"Westport harbour follows the old customs rules.",
		"The ferry runs twice a day.", "Fishing boats leave at dawn.", "The lighthouse is closed in winter.",
	)
	if u := ix.Understand("biggest norland deployment since ww2?"); !strings.Contains(u.Text, "WWII") {
		t.Errorf("ww2: searched %q", u.Text)
	}
	r := ix.Search("was the Norland deployment the largest in the Baltic since ww2?", knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p2") {
		t.Errorf("continued paragraph: covered %v (%s) %v", r.Covered, r.Reason, hitIDs(r.Hits))
	}
	r = ix.Search("does westport harbour go by the customs rulebook?", knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p3") {
		t.Errorf("rulebook: covered %v (%s) %v", r.Covered, r.Reason, hitIDs(r.Hits))
	}
}

// A verb is not expanded to its agent noun ("work": worker), which names
// who does it, not the doing.
func TestNoAgentNounExpansion(t *testing.T) {
	ix := sourceIndex(t, "",
		"Dock workers went on strike in May.",
		"The new crane will only work in summer.",
		"The ferry runs twice a day.", "Fishing boats leave at dawn.",
	)
	r := ix.Search("does the crane work in winter?", knowledge.Options{})
	for _, term := range r.Terms {
		for _, e := range term.Expansions {
			if strings.HasPrefix(e.Word, "worker") {
				t.Errorf("%s expanded to %s", term.Surface, e.Word)
			}
		}
	}
}

// An inflected word the sources lack is also what its base form is
// related to ("worried": worry, whose synonym is concern); a word that
// only looks inflected is not ("offer" is no comparative of "off").
func TestBaseFormRelations(t *testing.T) {
	ix := sourceIndex(t, "",
		"The closure of the gate is of no concern to the crews.",
		"The council sent a boat to the island after the murder.",
		"The ferry runs twice a day.", "Fishing boats leave at dawn.",
	)
	r := ix.Search("are the crews worried about the gate closure?", knowledge.Options{})
	if !slices.ContainsFunc(r.Terms, func(q knowledge.QueryTerm) bool {
		return slices.ContainsFunc(q.Expansions, func(e knowledge.Expansion) bool { return e.Word == "concern" })
	}) {
		t.Errorf("worried is not expanded to concern: %+v", r.Terms)
	}
	for _, q := range ix.Search("what can the council offer the island?", knowledge.Options{}).Terms {
		if q.Surface == "offer" && len(q.Expansions) > 0 {
			t.Errorf("offer expanded to %+v", q.Expansions)
		}
	}
}

// The noun a "what is the ..." question asks about weighs fully in the
// coverage rule when no source has it, however common it is: the weather
// at a gate is not what a passage on the gate says.
func TestHeadNounNoSourceHas(t *testing.T) {
	ix := harbourIndex(t)
	wantNotCovered(t, ix, "what is the weather at the northern gate today?")
	if r := ix.Search("what is the state of the northern gate?", knowledge.Options{}); !r.Covered {
		t.Errorf("state of the gate: %s", r.Reason)
	}
}

// "which official", "what expert": a person, by name.
func TestWhichPersonAsksForAName(t *testing.T) {
	ix := sourceIndex(t, "",
		"Port officials said the breakwater plan was unlikely to be approved.",
		"Harbour master Tom Reed said the ferry fleet is old.",
		"The ferry runs twice a day.", "Fishing boats leave at dawn.",
	)
	wantNotCovered(t, ix, "which official said the breakwater plan was unlikely?")
	wantFirst(t, ix, "which official said the ferry fleet is old?", "p2")
}

// A count asked of the past is not given by a figure of what may be.
func TestPastCountNeedsAFigureOfWhatWas(t *testing.T) {
	ix := sourceIndex(t, "",
		"Up to 300 dock workers may be hired next year.",
		"The ferry runs twice a day.", "Fishing boats leave at dawn.", "The lighthouse is closed in winter.",
	)
	wantNotCovered(t, ix, "how many dock workers were hired before the strike?")
	wantNotCovered(t, ix, "how many dock workers worked there before the strike?")
	for _, q := range []string{"how many dock workers are expected to be hired?", "how many dock workers hired next year?"} {
		if r := ix.Search(q, knowledge.Options{}); !r.Covered {
			t.Errorf("%q, a count of what will be: %s", q, r.Reason)
		}
	}
	// a clause after the count that says a figure was given does not put
	// the count in the past
	for _, q := range []string{"how many dock workers may be hired?", "how many dock workers could be hired, there was a number?"} {
		if r := ix.Search(q, knowledge.Options{}); !r.Covered {
			t.Errorf("%q, a count of what may be: %s", q, r.Reason)
		}
	}
}

// A count asked beside what was planned ("now vs planned", "homes
// promised", "were being floated") is no count of the past: the sources give a plan as what
// would be, and a passage giving it answers, not one with a figure of
// something done ("eight years as a harbour pilot").
func TestPlannedCountIsNoPastCount(t *testing.T) {
	ix := quietIndex(t, "",
		"The harbour office said 14 pilots would be added to its pilot unit, which currently has 31.",
		"About the author. Mira Holt spent eight years as a harbour pilot before she joined the institute.",
	)
	for _, q := range []string{"harbour pilot unit staffing - how many pilots now vs planned", "how many pilots planned?", "how many pilots were being floated for the unit?"} {
		wantFirst(t, ix, q, "p1")
	}
}

// "what does X recommend" needs a passage saying what someone should do.
func TestRecommendationNeedsAdvice(t *testing.T) {
	ix := quietIndex(t, "",
		"The council will sell its ferry fleet to a private operator.",
		"Crews say the council should repair the northern gate before winter.",
	)
	if r := ix.Search("what do crews recommend the council do about the ferry fleet?", knowledge.Options{}); r.Covered && strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") {
		t.Errorf("a passage with no advice answers a request for it: %v", hitIDs(r.Hits))
	}
	wantFirst(t, ix, "what do crews recommend the council do about the northern gate?", "p2")
}

// "how did X react to Y" needs a passage with X and Y: what X did or said
// on something else is not the reaction asked for, nor is what X might
// do if Y comes.
func TestReactionNeedsTheReactorOnTheTopic(t *testing.T) {
	ix := quietIndex(t, "ferry: [ferry fleet, ferry, ferries]\nbreakwater: [breakwater, sea wall]\nholt: [Mayor Holt, Holt]\n",
		"The council will sell its ferry fleet to a private operator.",
		"In protest at the ferry sale, Mayor Holt closed the harbour to council boats.",
		"Mayor Holt opened a new school in May.",
		"The breakwater plan was approved in March.",
		"If the sea wall goes ahead, Mayor Holt could close the harbour to council boats again.",
	)
	wantFirst(t, ix, "how did Holt react to the ferry sale?", "p2")
	wantNotCovered(t, ix, "how did Holt react to the breakwater plan?")
	wantNotCovered(t, ix, "hows Holt reacting to the breakwater plan?")
	wantNotCovered(t, ix, "has Holt reacted to the breakwater plan?")
	// a party of several words, in the possessive
	board := quietIndex(t, "board: [Harbour Board]\nbreakwater: [breakwater, sea wall]\n",
		"In protest at the ferry sale, the Harbour Board closed the harbour to council boats.",
		"The breakwater plan was approved in March.", "The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantNotCovered(t, board, "what was the Harbour Board's response to the breakwater plan?")
	wantFirst(t, ix, "did Holt respond to the ferry sale?", "p2")
	// what they did or said may name one of three or more things of the
	// topic otherwise (a place by the country it is in)
	ix = quietIndex(t, "brill: [Brill]\nholt: [Holt]\nnorth: [North Cape]\nships: [ships, boats]\n",
		"There was speculation about Brill sending up to 400 ships and 90 crews to the islands, but the Holt harbour office rebuffed this.",
		"Brill and Holt fished off North Cape for years.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantFirst(t, ix, "there was talk of Brill sending 400 boats and 90 crews to North Cape, what did Holt say to that?", "p1")
	// so may a passage saying whether it was confirmed ("rebuffed this")
	wantFirst(t, ix, "there was a rumour of Brill sending 400 boats and 90 crews to North Cape, did Holt confirm it?", "p1")
	wantNotCovered(t, ix, "there was talk of Brill sending 400 boats and 20 crews to North Cape, what did Holt say to that?")
}

// The label of a link pasted beside a question names a page Dossier does
// not read: it is searched as context, and a name in it does not split
// the question's names ("kim" and a label's "NK" are one country).
func TestLinkLabelIsContext(t *testing.T) {
	ix := harbourIndex(t)
	u := ix.Understand("is the northern gate still shut <https://example.org/x|Grimsby news>")
	if strings.Contains(u.Text, "Grimsby") || !strings.Contains(u.Background, "Grimsby") {
		t.Errorf("searched %q, background %q", u.Text, u.Background)
	}
	if r := ix.SearchQuery(u, knowledge.Options{}); !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") {
		t.Errorf("covered %v (%s) %v", r.Covered, r.Reason, hitIDs(r.Hits))
	}
}

// A context term that a question term reaches through an expansion counts
// as the question's: the passage has what the question asks for.
func TestQuestionTermOwnsWhatContextShares(t *testing.T) {
	ix := sourceIndex(t, "marland: [Marland, Queen Adelheid, ML]\n",
		"Marland sent troops to the coast in May.",
		"The coast is rocky.", "Fishing boats leave at dawn.", "The lighthouse is closed in winter.",
	)
	r := ix.Search("did adelheid send troops to the coast?", knowledge.Options{Context: "ML"})
	var stem string
	for _, q := range r.Terms {
		if q.Surface == "adelheid" {
			stem = q.Stem
		}
	}
	if len(r.Hits) == 0 || stem == "" || !slices.Contains(r.Hits[0].Matched, stem) {
		t.Errorf("adelheid (%q) not matched: %+v", stem, r.Hits)
	}
}

// A two-word alias written the other way round in a question ("guarantee
// its security" for "security guarantee") is the alias's concept.
func TestReorderedAlias(t *testing.T) {
	ix := sourceIndex(t, "security-guarantee: [security guarantee, security guarantees]\n",
		"The port has no security guarantee from the navy.",
		"The navy patrols the northern coast.", "The ferry runs twice a day.", "Fishing boats leave at dawn.",
	)
	r := ix.Search("would the navy guarantee its security?", knowledge.Options{})
	if !slices.ContainsFunc(r.Terms, func(q knowledge.QueryTerm) bool { return q.Stem == "=security-guarantee" }) {
		t.Errorf("terms %+v", r.Terms)
	}
}

// "when" asks for the date of what happened: a date beside only the
// question's names is the date of something else.
func TestWhenNeedsTheEventDated(t *testing.T) {
	ix := sourceIndex(t, "holt: [Mayor Holt, Holt]\n",
		"Mayor Holt opened the new school in May 2021.",
		"The ferry runs twice a day.", "Fishing boats leave at dawn.", "The lighthouse is closed in winter.",
		"Holt has long travelled to the harbour towns.",
	)
	wantFirst(t, ix, "when did Holt open the school?", "p1")
	wantNotCovered(t, ix, "when was Holt's last trip?")
	wantNotCovered(t, ix, "when did Holt travel to the harbour towns?")
}

// A phrasal verb the lexicon lacks is read through one it has with a
// synonym of its verb: "hit back" is "strike back", which is retaliate.
func TestPhrasalVerbThroughASynonym(t *testing.T) {
	ix := quietIndex(t, "",
		"The council raised harbour fees for the ferry operator.",
		"In retaliation, the ferry operator cut its winter service.",
		"The ferry operator sold two boats in June.",
	)
	wantFirst(t, ix, "how did the ferry operator hit back?", "p2")
}

// "which other ..." asks for names: a sentence on what they did that
// names them together, or says there were no others. One that only
// counts them ("one of the five towns that voted no") does not.
func TestWhichOthersNeedsTheirNames(t *testing.T) {
	ix := quietIndex(t, "",
		"Brill was one of the five towns that voted against the harbour levy.",
		"Apart from Brill, Cobb and Dunmore are the only towns that signed the ferry charter.",
		"The levy pays for the breakwater, which Brill opposed.",
	)
	wantNotCovered(t, ix, "which other towns voted against the harbour levy besides Brill?")
	wantNotCovered(t, ix, "who were the other four towns that voted against the levy?")
	wantNotCovered(t, ix, "which were the other towns that voted no on the harbour levy with Brill?")
	wantFirst(t, ix, "which other towns signed the ferry charter?", "p2")
}

// A leader's name the glossary folds into the place is the place; asked
// about in person, it needs a source naming the leader.
func TestAskedInPersonNeedsThePerson(t *testing.T) {
	ix := quietIndex(t, "brill: [Brill, Jane Holt's town]\nholt: [Jane Holt, Mayor Holt]\nbrill-council: [Brill council, Bob Marsh]\n",
		"Brill council protested against the harbour levy.",
		"Mayor Holt personally signed the ferry charter.",
	)
	wantFirst(t, ix, "did Bob Marsh protest against the levy?", "p1")
	if r := ix.Search("did Bob Marsh personally protest against the levy?", knowledge.Options{}); r.Covered || len(r.Missing) > 0 || !strings.Contains(r.Reason, "Bob Marsh") {
		t.Errorf("Bob Marsh in person: covered %v, reason %q, missing %v", r.Covered, r.Reason, r.Missing)
	}
	wantFirst(t, ix, "did Jane Holt sign the ferry charter herself?", "p2")
	wantNotCovered(t, ix, "did Bob Marsh protest against the levy face to face?")
}

// The particle of a phrasal verb and the word after it are no idiom of
// their own: "up to" (capable) is not in "sucking up to".
func TestParticleAfterAVerbIsNoIdiom(t *testing.T) {
	ix := quietIndex(t, "",
		"The council hopes the new crane is capable of lifting larger ships.",
		"The mayor courted the ferry operator all spring.",
	)
	r := ix.Search("is the council sucking up to the mayor?", knowledge.Options{})
	for _, term := range r.Terms {
		if strings.HasPrefix(term.Stem, "~") {
			t.Errorf("searched the idiom %q", term.Surface)
		}
	}
	for _, h := range r.Hits {
		if strings.HasSuffix(h.Passage.ID, "#p1") && slices.Contains(h.Matched, "~up to") {
			t.Errorf("cited the crane's capability as the question's: %v", hitIDs(r.Hits))
		}
	}
}

// A term the sources put in quotes is known by its initials, as a
// capitalised name is.
func TestQuotedTermByItsInitials(t *testing.T) {
	ix := quietIndex(t, "",
		"The council's “harbour renewal programme” will rebuild the northern quay.",
		"The Northern Ferry Company sold two boats.",
	)
	wantFirst(t, ix, "what will the HRP rebuild?", "p1")
	wantFirst(t, ix, "what did the NFC sell?", "p2")
}

// "where" prefers a passage that gives a place; a "where" that asks for a
// standing ("where does X fit") does not.
func TestWherePrefersAPlace(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferry company has long hired seasonal crews for the ferry routes.",
		"The seasonal crews will be sent mainly to Northport and the islands.",
	)
	wantFirst(t, ix, "where would the ferry company's seasonal crews be sent?", "p2")
	if q := ix.Understand("where does the ferry company fit in all this?"); q.Where {
		t.Errorf("a standing read as a place")
	}
}

// "what date" and "when exactly" ask for a day; "what year" for a year.
func TestExactDateNeedsADay(t *testing.T) {
	ix := quietIndex(t, "",
		"The council signed the ferry charter in March 2021.",
		"The ferry sale closed on 4 May 2022.",
	)
	wantNotCovered(t, ix, "what was the exact date the council signed the ferry charter?")
	wantFirst(t, ix, "what year did the council sign the ferry charter?", "p1")
	wantFirst(t, ix, "what date did the ferry sale close?", "p2")
}

// A related phrasal verb means what its verb alone does not ("deal out"
// is "shell out", not shells).
func TestPhrasalVerbsAreNotTheirVerbs(t *testing.T) {
	ix := quietIndex(t, "munitions: [munitions, shells]\n",
		"Shells were stockpiled at the depot.",
		"The council gave out ferry passes to pensioners.",
	)
	r := ix.Search("did the council deal out ferry passes?", knowledge.Options{})
	for _, h := range r.Hits {
		if strings.HasSuffix(h.Passage.ID, "#p1") {
			t.Errorf("deal out: cited the shells %v", hitIDs(r.Hits))
		}
	}
	for _, term := range r.Terms {
		for _, e := range term.Expansions {
			if e.Stem == "=munitions" {
				t.Errorf("%q expanded to %q", term.Surface, e.Word)
			}
		}
	}
}

// Alternatives or examples a question offers are what it asks about:
// when no source has any of them, it is not covered.
func TestAlternativesNoSourceHas(t *testing.T) {
	ix := harbourIndex(t)
	for _, q := range []string{"did the council sell oil or wheat to the islands?",
		"what will the council get for the ferry fleet - hovercraft tech, seaplanes?",
		"what will the council get for the ferry fleet, hovercraft? seaplanes?"} {
		r := ix.Search(q, knowledge.Options{})
		if r.Covered || !strings.Contains(r.Reason, "No source mentions") {
			t.Errorf("%q: covered %v (%s)", q, r.Covered, r.Reason)
		}
	}
	wantFirst(t, ix, "will the council sell the ferry fleet or the lifeboats?", "p3")
	// questions that follow it with a subject of their own are no list
	wantFirst(t, ix, "why is the council selling the ferry fleet, paperwork-wise? they seaworthy?", "p3")
}

// A small figure that points at what a question names ("the 3 ferries")
// is no figure it asks about; one it asks about still must be found.
func TestPointingCount(t *testing.T) {
	ix := harbourIndex(t)
	wantFirst(t, ix, "will the council sell the 3 old ferries in its fleet?", "p3")
	wantFirst(t, ix, "which five ferries will the council sell?", "p3")
	if r := ix.Search("will the council sell 3 ferries?", knowledge.Options{}); r.Covered || !slices.Contains(r.Missing, "3") {
		t.Errorf("a figure asked about: covered %v, missing %v", r.Covered, r.Missing)
	}
}

// "only" tells passages apart: "the only thing they can offer" is the
// passage on the only thing.
func TestOnlyTellsPassagesApart(t *testing.T) {
	ix := quietIndex(t, "",
		"The harbour keeps a lifeboat and boats.",
		"The harbour keeps a lifeboat, its only boat these days.",
	)
	wantFirst(t, ix, "is the lifeboat the only boat the harbour keeps?", "p2")
}

// A comparative question is about its subject: what it is measured
// against ("than the ferry") is searched as context.
func TestComparisonIsContext(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferry fleet is old, and the ferry crews are few; the ferry timetable was cut twice.",
		"Reopening the canal is more realistic, since the lock still works.",
	)
	wantFirst(t, ix, "is reopening the canal more likely than fixing the ferry fleet?", "p2")
}

// An irregular form of a question word ("kept" of keep) frames a question
// as its base form does: it does not pick the passage that happens to
// say it.
func TestIrregularQuestionWord(t *testing.T) {
	ix := quietIndex(t, "",
		"The harbour authority kept the records of the ferry fleet in the town hall.",
		"The ferry fleet is small because the council lacks money.",
	)
	wantFirst(t, ix, "what has kept the ferry fleet small?", "p2")
}

// An adjective WordNet relates by "see also" finds what the sources say
// in the other word's terms ("valuable": important, importance).
func TestSimilarAdjective(t *testing.T) {
	ix := quietIndex(t, "",
		"The northern gate was repaired last winter.",
		"Crews say the importance of the northern gate has increased.",
	)
	wantFirst(t, ix, "why is the northern gate so valuable these days?", "p2")
}

// "become" and "seem" only link a subject to what it became: the passage
// that happens to say "become" is not the answer.
func TestBecomeIsNotATopic(t *testing.T) {
	ix := quietIndex(t, "",
		"Officials expect the canal to become a road.",
		"The canal is narrow, because its old walls have moved inwards over the years.",
	)
	wantFirst(t, ix, "why did the canal become so narrow?", "p2")
}

// What a question grades ("more important", "less likely") is what it
// asks about, not a word that frames it.
func TestGradedWord(t *testing.T) {
	ix := quietIndex(t, "",
		"The northern gate may become a museum.",
		"Crews say the importance of the northern gate has increased.",
	)
	wantFirst(t, ix, "why has the northern gate become more important?", "p2")
}

// Guesses a question offers ("Brightport? a private operator?") that no
// source has do not decline it when the best passage has another of
// them; they decline it when it has none.
func TestGuessedAlternatives(t *testing.T) {
	ix := harbourIndex(t)
	wantFirst(t, ix, "who is the council selling the ferry fleet to — Brightport? a private operator?", "p3")
	wantNotCovered(t, ix, "who is the council selling the ferry fleet to — Brightport? Saltmarsh?")
}

// A title before a name is known by its initials, without its first
// words too: "deputy PW" is the Deputy Port Warden the source names.
func TestTitleInitials(t *testing.T) {
	ix := quietIndex(t, "",
		"The northern gate was repaired last winter.",
		"Deputy Port Warden Ada Lind said the northern gate would reopen in May.",
	)
	wantFirst(t, ix, "what did the deputy PW say about the northern gate?", "p2")
	wantFirst(t, ix, "when does the DPW expect the northern gate to reopen?", "p2")
	wantFirst(t, ix, "is the deputy pw sure the northern gate reopens in may?", "p2") // typed in lower case
}

// A country typed in lower case is still a name the question asks about,
// even where it is also an English word ("japan", "chad").
func TestLowerCaseCountry(t *testing.T) {
	ix := harbourIndex(t)
	wantNotCovered(t, ix, "what did japan say about the breakwater plan?")
	wantNotCovered(t, ix, "is chad buying the ferry fleet?")
}

// A question on whether something was confirmed is not answered by a
// passage that reports it only as a possibility or an allegation; one that
// says whether it was confirmed ("no proof", "denied") answers it first.
func TestConfirmation(t *testing.T) {
	ix := quietIndex(t, "",
		"If, as some reports allege, the council sold its old dredger to a private operator, the harbour may get a new one.",
		"The mayor claims the northern gate will reopen in May, but so far no proof has been provided.",
		"The northern gate may reopen in May, crews say.",
	)
	r := ix.Search("did anyone ever confirm the council sold the dredger?", knowledge.Options{})
	if r.Covered || !strings.Contains(r.Unconfirmed, "as some reports allege") || len(r.Hits) != 1 {
		t.Errorf("an allegation: covered %v, unconfirmed %q, hits %v", r.Covered, r.Unconfirmed, hitIDs(r.Hits))
	}
	wantFirst(t, ix, "did the council sell the dredger?", "p1") // not asked to be confirmed
	wantFirst(t, ix, "has it been confirmed that the northern gate will reopen in May?", "p2")
	wantFirst(t, ix, "is it true the northern gate reopens in May or is that just a rumour?", "p2")
}

// A word the stemmer folds into an alias's stem is not the alias when the
// lexicon relates them in no way: "responsible" is not a "response",
// though both stem to "respons"; "responses" is.
func TestStemIsNotAlias(t *testing.T) {
	ix := quietIndex(t, "reaction: [reaction, response]\n",
		"The council's response to the flood was slow.",
		"The harbour master is responsible for the northern gate.",
	)
	if got := ix.Terms("who is responsible for the gate?"); slices.Contains(got, "=reaction") {
		t.Errorf("responsible: %v", got)
	}
	if got := ix.Terms("what were the council's responses?"); !slices.Contains(got, "=reaction") {
		t.Errorf("responses: %v", got)
	}
	wantFirst(t, ix, "what was the reaction of the harbour master to the flood?", "p1")
}

// A "why" question puts first, of passages nearly as good, one that gives
// a reason.
func TestWhyWantsAReason(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferry fleet is old.",
		"The ferry fleet is old because no boat was bought.",
	)
	wantFirst(t, ix, "why is the ferry fleet so old?", "p2")
	wantFirst(t, ix, "is the ferry fleet old?", "p1")
}

// A count of what no source says happened ("how many towns objected") is
// not given by a figure of something else.
func TestCountedVerb(t *testing.T) {
	ix := harbourIndex(t)
	wantNotCovered(t, ix, "how many port towns objected to the new breakwater?")
	wantFirst(t, ix, "how many port towns will oversee the new breakwater?", "p5")
}

// Each alternative after "which" is asked for: "which office or
// engineer" asks for a person by name, as "which engineer" does.
func TestWhichAlternatives(t *testing.T) {
	ix := harbourIndex(t)
	wantNotCovered(t, ix, "which office or engineer drew up the breakwater plan?")
}

// A "when" that opens a clause and a comma only dates what is asked
// after it: "when the council sells the fleet, who will run it?" asks who.
func TestWhenClause(t *testing.T) {
	ix := harbourIndex(t)
	wantFirst(t, ix, "when the council sells the ferry fleet, who will run it?", "p3")
	wantFirst(t, ix, "when this was written, was the northern gate closed?", "p1")
	if r := ix.Search("when will the council sell the ferry fleet?", knowledge.Options{}); r.Covered {
		t.Errorf("a question on when: covered by %v", hitIDs(r.Hits))
	}
}

// "how many people" is answered by a count of any kind of person.
func TestCountOfPeople(t *testing.T) {
	ix := quietIndex(t, "",
		"The council will hire 40 dockers next spring.",
		"The council will hire a new harbour master.",
	)
	wantFirst(t, ix, "how many people will the council hire?", "p1")
	wantNotCovered(t, ix, "how many boats will the council hire?")
}

// "if not X, how else" sets X aside, as "besides X" does.
func TestIfNotHowElse(t *testing.T) {
	ix := quietIndex(t, "",
		"The council could sell the ferry fleet to raise money.",
		"The council could also raise money through harbour fees.",
	)
	wantFirst(t, ix, "if not by selling the ferry fleet, how else could the council raise money?", "p2")
	wantFirst(t, ix, "could the council raise money if not by selling the ferry fleet?", "p1")
}

// "who accused ..." asks who made a statement: of passages nearly as good,
// one that reports someone the question does not name saying it comes first.
func TestWhoSaidWantsTheClaimant(t *testing.T) {
	ix := quietIndex(t, "",
		"The council will sell the old ferry fleet cheaply.",
		"Auditors allege the council is selling the old ferry fleet cheaply.",
		"The museum opens a new wing in May.",
		"Tourists crowd the beach in August.",
		"A storm closed the coast road last night.",
	)
	wantFirst(t, ix, "who accused the council of selling the old ferry fleet cheaply?", "p2")
	wantFirst(t, ix, "who was it that said the council is selling the old ferry fleet cheaply?", "p2")
	wantFirst(t, ix, "will the council sell the old ferry fleet cheaply?", "p1")
}

// A name asked for is one given on the question's topic, not any name a
// passage near it has.
func TestNameOnTheTopic(t *testing.T) {
	ix := quietIndex(t, "",
		"Engineers warned that 40 sluices could close for good.",
		"Engineers at Coastal Works Limited warned that sluices could close.",
		"The museum opens a new wing in May.",
		"Tourists crowd the beach in August.",
	)
	wantNotCovered(t, ix, "what is the name of the engineers who warned 40 sluices could close?")
	wantNotCovered(t, ix, "who warned 40 sluices could close, got a name?")
	wantNotCovered(t, ix, "name + job title of the engineer who warned 40 sluices could close?")
	wantFirst(t, ix, "who warned 40 sluices could close?", "p1")
}

// What a passage says one party did to another is not what the question
// asks of a third: "Freedonia sells fish to Ruritania" does not say it
// sells fish to Elbonia.
func TestOtherParty(t *testing.T) {
	ix := quietIndex(t, "elbonia: [Elbonia]\nfreedonia: [Freedonia]\nruritania: [Ruritania]\nlatveria: [Latveria]\n",
		"If Latveria sends grain to Elbonia and Freedonia sells fish to Ruritania, the council could sell boats to Elbonia.",
		"The museum opens a new wing in May.",
		"Tourists crowd the beach in August.",
	)
	wantNotCovered(t, ix, "is Freedonia also selling fish to Elbonia?")
	wantFirst(t, ix, "is Freedonia selling fish to Ruritania?", "p1")
	wantFirst(t, ix, "does Latveria send grain to Elbonia?", "p1")
	// a comparison's "to" or "with" names what is compared, not where
	// the goods go
	wantFirst(t, ix, "the bit comparing freedonia fish sales to latveria, what was the comparison", "p1")
	wantFirst(t, ix, "how do Freedonia's fish sales compare with Latveria's?", "p1")
	wantNotCovered(t, ix, "does Freedonia sell fish to Latveria, compared with last year?")
	wantNotCovered(t, ix, "compared to last year is Freedonia selling more fish to Latveria?")
	wantNotCovered(t, ix, "is Freedonia selling similar fish to Latveria?")
	if r := ix.Search("is Freedonia also selling fish to Elbonia?", knowledge.Options{}); !strings.Contains(r.Reason, "Ruritania, not of Elbonia") {
		t.Errorf("reason %q, want it to name both parties", r.Reason)
	}
	// asked to confirm it, the sources answer by what they say of the other
	if r := ix.Search("is it true Freedonia is selling fish to Elbonia?", knowledge.Options{}); !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") ||
		!strings.Contains(r.Instead, "Ruritania, not of Elbonia") {
		t.Errorf("confirm: covered %v (%s) by %v, instead %q", r.Covered, r.Reason, hitIDs(r.Hits), r.Instead)
	}
	// a sentence that goes on to name the asked party says it of it
	ix = quietIndex(t, "freedonia: [Freedonia]\nruritania: [Ruritania]\nnorth-ruritania: [North Ruritania]\n",
		"Freedonia may send 500 workers to Ruritania, mainly to build roads in North Ruritania.",
		"The museum opens a new wing in May.",
		"Tourists crowd the beach in August.",
	)
	wantFirst(t, ix, "is Freedonia sending workers to North Ruritania?", "p1")
	// a passage naming both parties on something else does not say it either
	ix = quietIndex(t, "elbonia: [Elbonia]\nfreedonia: [Freedonia]\nlatveria: [Latveria]\n",
		"So far Latveria has kept its border with Elbonia closed.",
		"Latveria and Freedonia signed a pact on fishing.",
		"The museum opens a new wing in May.",
		"Tourists crowd the beach in August.",
	)
	wantNotCovered(t, ix, "has Latveria reopened its border with Freedonia?")
	wantFirst(t, ix, "has Latveria reopened its border with Elbonia?", "p1")
}

// "what would they pay" asks for money; "in what volumes" for a figure.
func TestPayAndVolumes(t *testing.T) {
	ix := quietIndex(t, "",
		"The council will hire dockers next spring.",
		"Freight moves on the coast railway.",
	)
	wantNotCovered(t, ix, "what would the council pay the dockers?")
	wantNotCovered(t, ix, "what freight moves on the coast railway, and in what volumes?")
	wantFirst(t, ix, "will the council hire dockers?", "p1")
}

// A count is given by a figure of a synonym of what it counts.
func TestCountedBySynonymNotByAnyList(t *testing.T) {
	ix := quietIndex(t, "",
		"Five countries voted against the plan.",
		"The museum opens a new wing in May.",
	)
	wantFirst(t, ix, "how many states voted against the plan?", "p1")
}

// A question that sets something aside ("besides Elbonia, ...") is
// answered first by a passage nearly as good that sets the same aside.
func TestSameAside(t *testing.T) {
	ix := quietIndex(t, "",
		"Latveria is the only state that trades openly with Ruritania.",
		"Apart from Elbonia, Freedonia and Latveria are the only states that trade with Ruritania.",
		"The museum opens a new wing in May.",
	)
	wantFirst(t, ix, "besides Elbonia, which states trade with Ruritania?", "p2")
	wantFirst(t, ix, "which state trades with Ruritania?", "p1")
	// "other than X, where else": a passage on X alone comes after another
	ix = quietIndex(t, "herald: [Oslo Herald]\nnorth: [North Post]\n",
		"A version of the report was first published in the Oslo Herald, which is based in Oslo.",
		"The report was also published in the North Post.",
		"The museum opens a new wing in May.")
	wantFirst(t, ix, "other than the Oslo Herald, where else was a version of the report published?", "p2")
}

// "has X said anything about ..." asks for X's words, not for what the
// sources say of X.
func TestSaidAnythingAbout(t *testing.T) {
	ix := quietIndex(t, "",
		"Elbonia leads the new trade bloc.",
		"Freedonia called the trade bloc a mistake.",
	)
	wantNotCovered(t, ix, "has Elbonia said anything publicly about leading the trade bloc?")
	wantFirst(t, ix, "does Elbonia lead the trade bloc?", "p1")
}

// "how much" is answered by a word of size where the sources give no
// figure ("vast stocks"); "how many" still needs a figure.
func TestHowMuchBySize(t *testing.T) {
	ix := quietIndex(t, "",
		"Latveria has vast stocks of grain.",
		"Latveria has a large fleet of ships.",
		"The museum opens a new wing in May.",
	)
	wantFirst(t, ix, "how much grain does Latveria have?", "p1")
	wantNotCovered(t, ix, "how many ships does Latveria have?")
}

// A short sentence beside the question that names the kind of answer
// wanted ("$ figure pls", "since when") asks for it as the question would.
func TestRequestBesideQuestion(t *testing.T) {
	ix := quietIndex(t, "",
		"Ferry trade between the islands has been suspended since March 2021.",
		"Ferry trade between the islands was once brisk, the council says.")
	wantNotCovered(t, ix, "how big was ferry trade between the islands? $ figure pls")
	ix = quietIndex(t, "",
		"Ferry trade between the islands has been suspended since March 2021.",
		"Islanders say ferry trade between the islands, long suspended, is missed.")
	wantFirst(t, ix, "has ferry trade between the islands been suspended long? since when", "p1")
}

// A word the sources use inside a glossary alias ("economic" of "economic
// relationship") reaches the alias's concept a little, also where they
// use it alone elsewhere: the passage with the alias has the word too.
func TestWordInsideAnAlias(t *testing.T) {
	ix := quietIndex(t, "trade: [economic relationship, trade]\n",
		"The economic relationship has remained frozen.",
		"Talks have remained frozen.",
		"Economic growth was slow.")
	wantFirst(t, ix, "has economic exchange remained frozen?", "p1")
}

// An inflected word the lexicon does not list weighs in the coverage rule
// as its base form would: "cozying" as "cozy", an everyday word, not as a
// rare term the sources lack.
func TestInflectedEverydayWord(t *testing.T) {
	ix := quietIndex(t, "",
		"Ruritania ignored western fines, since the West has hardly any leverage left.",
		"Ruritania opens a new museum wing in May.",
		"Tourists crowd the beaches of Ruritania in August.",
		"Boats leave Ruritania at dawn.")
	wantFirst(t, ix, "why isnt ruritania sweating western payback for cozying up?", "p1")
}

// A count asked of a glossary alias the question's focus opens ("how many
// boots on the ground") is given by a figure of its concept ("troops").
func TestCountOfAnAlias(t *testing.T) {
	ix := quietIndex(t, "troops: [troops, soldiers, boots on the ground]\n",
		"To hold the pass, Ruritania would need to send tens of thousands of troops.",
		"Ruritania has sent soldiers abroad before.")
	wantFirst(t, ix, "how many boots on the ground would ruritania need to send to hold the pass?", "p1")
}

// A stop word that is the verb of a phrasal verb ("give up") is kept, so
// that a glossary alias written with it is found.
func TestPhrasalVerbOfAStopWord(t *testing.T) {
	ix := quietIndex(t, "disarmament: [disarmament, giving up weapons]\n",
		"Ruritania's disarmament has slowed since the election.",
		"Ruritania sells weapons to its neighbours.")
	wantFirst(t, ix, "will ruritania give up its weapons?", "p1")
}

// A passage's phrasal verb of a stop word ("give up") is indexed as a
// question's is: the alias written with it is found in the passage too.
func TestPhrasalVerbOfAStopWordInAPassage(t *testing.T) {
	ix := quietIndex(t, "disarmament: [disarmament, giving up weapons]\n",
		"Ruritania will not give up its weapons, the minister said.",
		"Ruritania sells weapons to its neighbours and buys weapons from abroad.")
	wantFirst(t, ix, "is ruritania's disarmament going ahead?", "p1")
}

// An alias that holds another concept's alias matches with any alias of
// that concept in its place: "repairing the breakwater" is "repairing the
// sea wall", and so "mending the harbour defences".
func TestComposedAlias(t *testing.T) {
	ix := quietIndex(t, "repairs: [repairing the sea wall, mending the harbour defences]\nbreakwater: [sea wall, breakwater]\n",
		"Work on the quay will start in June.",
		"Mending the harbour defences will start in March.",
		"The breakwater was built a century ago and has never been moved.",
		"Boat repair starts in the old shed every spring.")
	wantFirst(t, ix, "when does repairing the breakwater start?", "p2")
	wantFirst(t, ix, "has the sea wall ever been moved?", "p3")
}

// An acronym alias written in lower case is read as the acronym when the
// word is no English word, or only one of the rarest ("un"); an everyday
// word ("us") stays a word.
func TestLowerCaseAcronym(t *testing.T) {
	ix := quietIndex(t, "united-nations: [UN, United Nations]\nunited-states: [US, United States]\n",
		"Selling the ferry fleet breaks the harbour rules.",
		"The UN Security Council banned the ferry fleet's sale.",
		"The US bought the old lighthouse.")
	wantFirst(t, ix, "isnt selling the ferry fleet against un rules?", "p2")
	if ts := ix.Terms("can you tell us who bought the lighthouse"); slices.Contains(ts, "=united-states") {
		t.Errorf("'us' read as the US: %v", ts)
	}
}

// A name set aside with nothing after it to close the aside ("which
// states besides Norway fish …") is set aside too: the passage that sets
// the same name aside answers.
func TestAsideNameWithoutSeparator(t *testing.T) {
	ix := quietIndex(t, "norway: [Norway]\nsweden: [Sweden]\nfinland: [Finland]\n",
		"Norway is the only state that has fished in both the bay and the northern fjord.",
		"Apart from Norway, Sweden and Finland are the only states that fish in the bay.")
	wantFirst(t, ix, "which states besides norway fish in the bay?", "p2")
	if u := ix.Understand("which states besides norway fish in the bay?"); u.Aside != "norway" {
		t.Errorf("aside %q, want norway", u.Aside)
	}
}

// A one-word alias in -ing names an activity ("training"): the verb's
// forms that may be nouns of another meaning ("trains") are not it; its
// participle ("trained") is.
func TestGerundAliasIsNotItsVerb(t *testing.T) {
	ix := quietIndex(t, "training: [training, exercises]\n",
		"The crews' joint training starts in May.",
		"Trains run to the port twice a day.")
	if ts := ix.Terms("are trains running to the port yet?"); slices.Contains(ts, "=training") {
		t.Errorf("trains read as training: %v", ts)
	}
	for _, q := range []string{"is their training over?", "have the crews trained together?"} {
		if ts := ix.Terms(q); !slices.Contains(ts, "=training") {
			t.Errorf("%q: not read as training: %v", q, ts)
		}
	}
	r := ix.Search("are trains running to the port yet?", knowledge.Options{})
	if !r.Covered || len(r.Hits) != 1 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p2") {
		t.Errorf("trains: covered %v %v, want p2 alone", r.Covered, hitIDs(r.Hits))
	}
}

// A word is part of an alias only when it is a form of the alias's word,
// not another word with the same stem: "units" is no part of "United
// States", so the sources lacking it say so.
func TestAliasPartIsTheSameWord(t *testing.T) {
	ix := quietIndex(t, "united-states: [United States, US]\n",
		"The United States bought the old lighthouse.",
		"The harbour guards patrol the quay at night.")
	r := ix.Search("were any army units at the lighthouse?", knowledge.Options{})
	if !slices.Contains(r.Missing, "units") {
		t.Errorf("missing %v, want units among them", r.Missing)
	}
	wantFirst(t, ix, "what did the united states buy?", "p1")
}

// A person noun before a group noun modifies it: "which member states"
// asks for states, which the glossary names, not for a person's name.
func TestPersonNounModifyingAGroup(t *testing.T) {
	ix := quietIndex(t, "norway: [Norway]\nsweden: [Sweden]\nun: [UN, United Nations]\n",
		"Norway and Sweden are the only UN member states that fish in the bay.",
		"The harbour master said the bay was closed to fishing in May.")
	wantFirst(t, ix, "which UN member states fish in the bay?", "p1")
	if u := ix.Understand("which official said the bay was closed?"); u.Wants != knowledge.Named {
		t.Errorf("which official: wants %q, want a name", u.Wants)
	}
}

// "kind of" after a determiner is a noun and its "of" ("what kind of
// deal"), not the hedge that means "rather".
func TestKindOfAfterADeterminer(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferry timetable is rather uncertain this winter.",
		"The council signed a ten-year lease with the ferry operator.")
	for _, q := range []string{"what kind of deal did the council sign with the ferry operator?", "which sort of deal was signed?"} {
		wantFirst(t, ix, q, "p2")
		for _, term := range ix.Search(q, knowledge.Options{}).Terms {
			if strings.HasPrefix(term.Stem, "~") {
				t.Errorf("%q: searched the expression %q", q, term.Surface)
			}
		}
	}
	// the hedge itself still reads as "rather"
	terms := ix.Search("is the ferry timetable kind of uncertain?", knowledge.Options{}).Terms
	if !slices.ContainsFunc(terms, func(t knowledge.QueryTerm) bool { return t.Stem == "~kind of" }) {
		t.Errorf(`the hedge "kind of" is no longer read as an expression: %v`, terms)
	}
}

// A word and a particle after an article are a noun and its preposition
// ("the catch on the ferry"), not the phrasal verb ("catch on").
func TestNounAndPrepositionAfterAnArticle(t *testing.T) {
	ix := quietIndex(t, "",
		"Relations between the port towns improved.",
		"The new ferry is cheap, but its engine is old.")
	expression := func(q, phrase string) bool {
		return slices.ContainsFunc(ix.Search(q, knowledge.Options{}).Terms, func(t knowledge.QueryTerm) bool { return t.Stem == "~"+phrase })
	}
	if expression("what is the catch on the new ferry?", "catch on") {
		t.Error(`"the catch on": searched the phrasal verb "catch on"`)
	}
	if !expression("did the idea catch on with the port towns?", "catch on") {
		t.Error(`"did the idea catch on": the phrasal verb is no longer searched`)
	}
}

// A hyphenated word the lexicon knows whole is searched by what it means:
// split at the hyphen, "get-go" is two stop words.
func TestHyphenatedCompound(t *testing.T) {
	ix := quietIndex(t, "",
		"In May the council debated the harbour plan again.",
		"From the start the council opposed the harbour plan.")
	q := "was the council opposed to the harbour plan from the get-go?"
	wantFirst(t, ix, "what did the council make of the harbour plan from the get-go?", "p2")
	terms := ix.Search(q, knowledge.Options{}).Terms
	if !slices.ContainsFunc(terms, func(t knowledge.QueryTerm) bool { return t.Stem == "~get-go" }) {
		t.Errorf("%q: get-go is not searched: %v", q, terms)
	}
	// a word of its own already ("build-up") is searched once
	n := 0
	for _, term := range ix.Search("what did the council say about the build-up?", knowledge.Options{}).Terms {
		if strings.Contains(term.Surface, "build") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("build-up searched %d times, want once", n)
	}
}

// A form of a question's word the sources use only inside an alias
// reaches the alias's concept: "defend" is the "defense" of "defense
// commitments". A name's alias is no such form: "union" is not the
// "unite" of the United States.
func TestDerivedFormInsideAnAlias(t *testing.T) {
	ix := quietIndex(t, "defence-commitments: [defense commitments, security guarantees]\nunited-states: [United States]\n",
		"The island no longer needs the navy's defense commitments.",
		"The island supported the navy's plan for the harbour.",
		"The United States sold the island two ferries.")
	wantFirst(t, ix, "does the island still need the navy to defend it?", "p1")
	for _, term := range ix.Search("did the islanders form a union against the ferry sale?", knowledge.Options{}).Terms {
		for _, e := range term.Expansions {
			if e.Stem == "=united-states" && e.Kind != "alias part" {
				t.Errorf("union reached the United States through %q (%s)", e.Word, e.Kind)
			}
		}
	}
}

// An expression whose words are those of a glossary concept the question
// names is no idiom of its own: "give up" of "give up its weapons", read
// as disarmament, is not also searched as "give up" (whose senses reach
// "develop" and "become"). Nor is "getting" searched: a form of "get",
// it says nothing ("become").
func TestExpressionInsideAConcept(t *testing.T) {
	ix := quietIndex(t, "disarmament: [disarmament, giving up weapons]\n",
		"Disarmament matters less to the council since the war.",
		"Since the war the council has become keen to develop the island's harbour.")
	q := "does the council still care about getting the island to give up its weapons since the war?"
	for _, term := range ix.Search(q, knowledge.Options{}).Terms {
		if strings.HasPrefix(term.Stem, "~") {
			t.Errorf("%q: searched the expression %q", q, term.Surface)
		}
	}
	if ts := ix.Terms(q); slices.Contains(ts, "get") {
		t.Errorf("%q: getting is searched: %v", q, ts)
	}
	wantFirst(t, ix, q, "p1")
}

// After the best passage, an answer cites only passages that add a term
// of the question to it, or nearly tie with it: one with nothing but what
// the best has is the same evidence, weaker. A topic's search (Every)
// keeps them all.
func TestCitesOnlyWhatAdds(t *testing.T) {
	ix := quietIndex(t, "",
		"After the storm the harbour council closed the ferry pier and the fish market.",
		"After the storm the harbour council closed the ferry pier and the market for the long cold winter months.",
		"The flood reached the fish market and the ferry pier, and the harbour council closed both of them for several weeks while engineers inspected the damage carefully.")
	q := "why did the harbour council close the ferry pier and the fish market after the storm?"
	if got := hitIDs(ix.Search(q, knowledge.Options{Relative: 0.1}).Hits); !slices.Equal(got, []string{"made-up#p1"}) {
		t.Errorf("cited %v, want p1 alone: p2 has only what p1 has", got)
	}
	if got := hitIDs(ix.Search(q, knowledge.Options{Relative: 0.1, Every: true}).Hits); !slices.Contains(got, "made-up#p2") {
		t.Errorf("a topic's search: %v, want p2 kept", got)
	}
	// a passage that adds a term of the question is cited beside the best
	q = "why did the harbour council close the ferry pier and the fish market after the storm and the flood?"
	if got := hitIDs(ix.Search(q, knowledge.Options{}).Hits); !slices.Equal(got, []string{"made-up#p1", "made-up#p3"}) {
		t.Errorf("cited %v, want p1, then p3 for the flood", got)
	}
}

// Two passages that tie on the same terms are both cited: the terms
// cannot decide between them.
func TestCitesANearTie(t *testing.T) {
	ix := quietIndex(t, "",
		"The harbour council closed the ferry pier.",
		"The harbour council closed the ferry pier again.")
	if got := hitIDs(ix.Search("did the harbour council close the ferry pier?", knowledge.Options{}).Hits); len(got) != 2 {
		t.Errorf("cited %v, want both", got)
	}
}

// An intensifier says how much, not what about: "real help", "firmly in
// their corner" are searched without it (its synonyms, "reality", "hard",
// led elsewhere).
func TestIntensifiersAreNotSearched(t *testing.T) {
	ix := quietIndex(t, "",
		"In reality the council has no money for the harbour.",
		"The council promised the ferry operator its help.")
	for _, q := range []string{"will the council give the ferry operator real help?", "is the council firmly behind the ferry operator?", "any actual help for the ferry operator?"} {
		for _, term := range ix.Search(q, knowledge.Options{}).Terms {
			if s := strings.ToLower(term.Surface); s == "real" || s == "firmly" || s == "actual" {
				t.Errorf("%q: searched %q", q, term.Surface)
			}
		}
	}
	wantFirst(t, ix, "will the council give the ferry operator real help?", "p2")
}

// "per the report", "name the towns", "roughly how many": words of
// asking, never "missing" from the sources.
func TestWordsOfAskingAreNotMissing(t *testing.T) {
	ix := quietIndex(t, "", "The council sold two ferries to a private operator.")
	for _, q := range []string{"how many ferries did the council sell, per the minutes?", "can you name the operator the council sold ferries to?", "roughly how many ferries were sold?"} {
		r := ix.Search(q, knowledge.Options{})
		for _, w := range []string{"per", "name", "roughly"} {
			if slices.Contains(r.Missing, w) {
				t.Errorf("%q: %q is missing: %v", q, w, r.Missing)
			}
		}
		if !r.Covered {
			t.Errorf("%q: not covered (%s)", q, r.Reason)
		}
	}
}

// "did X also ...": a passage naming X but not what the question asks X
// did does not answer it, nor does one that says it of another party, in
// the same sentence or another.
func TestAlsoNeedsThePartyAndTheEvent(t *testing.T) {
	ix := quietIndex(t, "",
		"Oslo banned the ferry from the northern harbour.",
		"Riga opened a new terminal for cruise ships.",
		"Tallinn and Vilnius are the only ports that kept the old charter. In retaliation, Oslo closed its harbour to Vilnius.")
	for _, q := range []string{"did Riga also ban the ferry?", "is Riga banning the ferry too?", "did Tallinn also close its harbour to Oslo?"} {
		wantNotCovered(t, ix, q)
	}
	wantFirst(t, ix, "did Oslo also ban the ferry?", "p1")
	wantFirst(t, ix, "did Riga open a terminal too?", "p2")
	// a name only after "also" is not the party said to do the same
	wantFirst(t, ix, "was the ferry also banned from the northern harbour or was that only Riga?", "p1")
}

// A count of a word the sources use only inside an alias ("how many
// boots", of "boots on the ground") is given by a figure of its concept.
func TestCountOfAWordInsideAnAlias(t *testing.T) {
	ix := quietIndex(t, "crews: [crews, hands on deck]\n",
		"The port would need to hire 300 crews to reopen the northern gate.",
		"The northern gate was closed by the harbour authority.")
	wantFirst(t, ix, "how many hands would the port need to hire?", "p1")
}

// "who in the council", "who is driving it" asks for someone: of passages
// scoring nearly alike, one that names a person answers first.
func TestWhoInAnOrganisation(t *testing.T) {
	ix := quietIndex(t, "",
		"Council officials have considered reopening the northern gate.",
		"Harbour Master Jane Doe said the council is working on reopening the northern gate.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.", "The canal is narrow.")
	for _, q := range []string{"who in the council wants the northern gate reopened?", "who is driving the reopening of the northern gate?"} {
		wantFirst(t, ix, q, "p2")
	}
	// "who do they blame" may ask for a party, not a person
	wantFirst(t, ix, "who would the council reopen the northern gate for?", "p1")
	// "which bigwig": a name answers, whatever the question calls the person
	wantFirst(t, ix, "which harbour bigwig is talking up reopening the northern gate?", "p2")
}

// The words of an idiom the lexicon knows ("give a damn") do not mean
// what their synonyms do ("damn": blame).
func TestIdiomWordsAreNotTheirSynonyms(t *testing.T) {
	ix := quietIndex(t, "",
		"Fishermen blame the council for the closed gate.",
		"The council has said little about the northern gate.")
	r := ix.Search("does the council give a damn about the northern gate?", knowledge.Options{})
	for _, term := range r.Terms {
		if term.Surface == "damn" {
			t.Errorf("searched %q of the idiom, with %v", term.Surface, term.Expansions)
		}
	}
	wantFirst(t, ix, "does the council give a damn about the northern gate?", "p2")

	// inflected, with its function word last; a word the sources use
	// only inside an alias ("Cold War") is not reached through it either
	ix = quietIndex(t, "cold-war: [Cold War]\n",
		"In the Cold War the ferry plan was shelved by the council.",
		"The harbour master rebuffed the new ferry plan.")
	for _, term := range ix.Search("who poured cold water on the new ferry plan?", knowledge.Options{}).Terms {
		if term.Surface == "cold" || term.Surface == "poured" {
			t.Errorf("searched %q of the idiom, with %v", term.Surface, term.Expansions)
		}
	}
}

// An expression is searched by the one word WordNet defines it with
// ("over and over": repeatedly), not by the one word a multi-word synonym
// leaves once its stop words are dropped ("time and again": time).
func TestExpressionByItsOneWordMeaning(t *testing.T) {
	ix := quietIndex(t, "",
		"At the time, the mayor praised the ferry crews.",
		"The mayor repeatedly praised the ferry crews.")
	wantFirst(t, ix, "did the mayor praise the ferry crews over and over?", "p2")
}

// "Which others did it" needs a sentence that names them beside what
// they did, said in the question's word or a near one: a concept that
// only has the word inside an alias ("popular vote") is not it.
func TestOthersBesideWhatTheyDid(t *testing.T) {
	ix := quietIndex(t, "referendum: [referendum, popular vote]\n",
		"Brill was one of the three towns that voted against the Holt Accord.",
		"Marsh and Fenwick held a referendum on the Holt Accord.")
	wantNotCovered(t, ix, "who were the other two that voted against the Holt Accord?")
}

// Someone's position on something is told by what they did or said on
// it: a passage on it that does not name them does not answer.
func TestPositionOfAParty(t *testing.T) {
	ix := quietIndex(t, "",
		"Brill sold its ferry fleet to a private operator.",
		"Holt joined the regional trade board last year.")
	q := "what is Holt's official position on selling the ferry fleet?"
	if r := ix.Search(q, knowledge.Options{}); r.Covered || !strings.Contains(strings.ToLower(r.Reason), "holt did or said") {
		t.Errorf("%q: covered %v (%s) by %v", q, r.Covered, r.Reason, hitIDs(r.Hits))
	}
	wantFirst(t, ix, "where does Brill stand on selling the ferry fleet?", "p1")
}

// A leader's government that the glossary names a country by ("Holt's
// government") is the country however chat says it ("Holt's team",
// "the Holt camp"); a country's own word is no leader ("Brill people").
func TestLeadersTeamIsTheCountry(t *testing.T) {
	ix := quietIndex(t, "brill: [Brill, Brill government, Holt's government, Holt regime]\nholt: [Mayor Holt, Holt]\n",
		"Brill raised harbour fees in May.",
		"Mayor Holt opened a school.")
	stems := func(q string) []string {
		var out []string
		for _, term := range ix.Search(q, knowledge.Options{}).Terms {
			out = append(out, term.Stem)
		}
		return out
	}
	for _, q := range []string{"did Holt's team raise harbour fees?", "did the holt camp raise harbour fees?"} {
		if got := stems(q); !slices.Contains(got, "=brill") || slices.Contains(got, "=holt") {
			t.Errorf("%q: searched %v, want Brill and not Holt", q, got)
		}
	}
	if got := stems("did the Brill team raise harbour fees?"); !slices.Contains(got, "team") {
		t.Errorf("a country's own word read as a leader: %v", got)
	}
	wantFirst(t, ix, "did Holt's team raise harbour fees?", "p1")
}

// A count is of its head noun, not of the main subject that modifies it
// ("how many Brill dock workers": workers, when nearly every passage names
// Brill), and a number in a name ("Covid-19") counts nothing.
func TestCountOfTheHeadNotTheSubject(t *testing.T) {
	ix := quietIndex(t, "",
		"Brill's two ports closed during Covid-19.",
		"Brill may hire 300 dock workers next year.",
		"Brill runs the harbour.")
	wantNotCovered(t, ix, "how many Brill dock workers were at the ports?")
	ix = quietIndex(t, "",
		"The ports closed during Covid-19.",
		"Brill may hire 300 dock workers next year.",
		"Brill runs the harbour.")
	wantNotCovered(t, ix, "how many ports were closed during the pandemic?")
}

// "Who announced it" is answered by a passage that reports who said it;
// one that only reports it was hoped for does not.
func TestWhoSaidItNeedsASpeaker(t *testing.T) {
	ix := quietIndex(t, "",
		"There were hopes that the ferry to the islands might resume in May.",
		"Mayor Jane Holt said the northern gate was closed.")
	q := "who announced the ferry to the islands would resume?"
	wantDeclined(t, ix, q, "who said it")
	wantFirst(t, ix, "who said the northern gate was closed?", "p2")
}

// "If not X, what's the other way ...": X is set aside, and of passages
// scoring at least half the best, one that offers another comes first.
func TestTheOtherWay(t *testing.T) {
	ix := quietIndex(t, "",
		"The council could send its own crews to help the islands, and help them soon.",
		"Another way for the council to reach the islands is to charter the ferry.",
		"The ferry is old.")
	for _, q := range []string{"besides sending crews, what's the other way the council could help the islands?",
		"if not crews, what's the other way the council could help the islands?"} {
		wantFirst(t, ix, q, "p2")
	}
}

// A reaction is told by what the party did or said, not by the sentence
// the question takes as given: "Oslo blamed the flood on the board" is not
// the board's response to being blamed.
func TestReactionIsNotThePremise(t *testing.T) {
	glossary := "board: [Harbour Board]\noslo: [Oslo]\n"
	q := "how did the Harbour Board respond to Oslo blaming it for the flood?"
	ix := quietIndex(t, glossary,
		"Oslo blamed the flood on the Harbour Board.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantNotCovered(t, ix, q)
	ix = quietIndex(t, glossary,
		"Oslo blamed the flood on the Harbour Board.",
		"In turn, the Harbour Board sued Oslo over the flood.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantFirst(t, ix, q, "p2")
	// a denial by the party is a reaction by its nature
	ix = quietIndex(t, "holt: [Holt]\noslo: [Oslo]\n",
		"Holt has backed the council, blaming the flood on Oslo.",
		"Crews from the ferry fleet and the lifeboats worried for weeks, while Holt denied the reckless remarks of Oslo.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantFirst(t, ix, "what was Holt's response to Oslo?", "p2")
}

// "What casualty numbers": a count of casualties, which a passage saying
// only that they would be high does not give, nor one with another count.
func TestNumbersOfAThing(t *testing.T) {
	ix := quietIndex(t, "",
		"A flood would cause high losses along the quay.",
		"The council sold 40 boats along the quay last year.")
	wantNotCovered(t, ix, "what loss numbers does the council expect from a flood along the quay? ballpark is fine")
	wantFirst(t, ix, "any boat figures for the quay?", "p2")
}

// A name before a concept in a question modifies it ("with the UN
// sanctions": the sanctions are what it is complying with), and is no
// party the passage must have after the preposition.
func TestNameModifyingAConceptIsNoParty(t *testing.T) {
	ix := quietIndex(t, "un: [UN]\nsanctions: [sanctions, penalties]\nbrill: [Brill]\nholt: [Holt]\ncompliance: [complying, comply]\n",
		"Complying with the sanctions on Holt may no longer be Brill's policy, since Brill faces sanctions too.",
		"Apart from Brill, only two UN members trade with Holt, which has few penalties left to fear.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantFirst(t, ix, "is Brill still complying with the UN sanctions on Holt?", "p1")
	// a name then a word of function is a party: "Brill over the sanctions"
	wantNotCovered(t, ix, "do UN members trade with Brill over penalties?")
	wantFirst(t, ix, "do UN members trade with Holt over penalties?", "p2")
}

// What a "which" question asks for ("which route") must be said of what
// it is about: a passage that says it of something else does not give
// it, though it has the word.
func TestWhichThingOfWhatIsAsked(t *testing.T) {
	ix := quietIndex(t, "brill: [Brill]\nholt: [Holt]\n",
		"Brill allegedly ships fish to Holt every week.",
		"The rail route to the islands is closed in winter.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	q := "what does Brill allegedly ship to Holt, and through which route?"
	wantDeclined(t, ix, q, "which route")
	wantFirst(t, ix, "which route to the islands is closed in winter?", "p2")
	// also where the word is in a concept's alias, and the passage saying
	// it is not cited
	ix = quietIndex(t, "brill: [Brill]\nholt: [Holt]\nreturn-vote: [resolution demanding the ferry's return]\n",
		"Holt passed a resolution demanding the ferry's return.",
		"Night ferries are banned by Brill.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	q = "which Brill resolution number banned night ferries?"
	wantDeclined(t, ix, q, "which resolution")
	wantFirst(t, ix, "which resolution did Holt pass?", "p1")
	// a best passage with the word inside a name gives it
	ix = quietIndex(t, "forum: [Oslo Forum]\nrnu: [Riga National University, RNU]\nhtu: [Holt Technical University]\n",
		"The Oslo Forum is based at Riga National University.",
		"Jane Doe teaches at Holt Technical University.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantFirst(t, ix, "the Oslo Forum is at which university again - RNU?", "p1")
}

// "Which reports" needs a passage that says which: one where the word is
// left vague ("as some reports allege") does not answer, one that names
// them does, as does one that has the word otherwise ("the fishing
// industry").
func TestWhichNeedsTheThingIdentified(t *testing.T) {
	ix := quietIndex(t, "brill: [Brill]\nholt: [Holt]\nriga: [Riga]\n",
		"If Brill, as some reports allege, sells fish to Holt, the harbour could close.",
		"Harbour Master Jane Doe oversees the town's fishing industry.",
		"Some reports in the Oslo Herald say Riga will close the canal.",
		"There was talk among experts and the press about Riga buying the ferry fleet.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	q := "which reports say Brill sells fish to Holt?"
	wantDeclined(t, ix, q, "which reports")
	wantFirst(t, ix, "which reports say Riga will close the canal?", "p3")
	// a name further on is what they say, not who they are
	q = "which experts talked about buying the ferry fleet?"
	wantDeclined(t, ix, q, "which experts")
	wantFirst(t, ix, "which industry does Jane Doe oversee?", "p2")
	// the thing asked for is the head of its words, past the question's
	// own modifiers ("the cash and sun-dried plums", "which sun-dried plums")
	ix = quietIndex(t, "brill: [Brill]\nholt: [Holt]\n",
		"Brill lacks the cash and sun-dried plums which Holt wants.",
		"Holt sells sun-dried plums to Bergen and Tallinn.")
	q = "which sun-dried plums is holt after that brill cant supply"
	if r := ix.Search(q, knowledge.Options{}); r.Covered || !strings.Contains(r.Reason, "which sun-dried plums") {
		t.Errorf("%q: covered %v (%s) by %v", q, r.Covered, r.Reason, hitIDs(r.Hits))
	} else if slices.Contains(r.Missing, "cannot") {
		t.Errorf("%q: missing %q: a word of function is never missing", q, r.Missing)
	}
	wantFirst(t, ix, "which sun-dried plums does holt sell to bergen?", "p2")
}

// "Oslo-Riga ties" are the ties between the two: a passage with ties only
// between another pair ("Bergen cut ties with Riga") comes after one on
// the two.
func TestRelationOfAPair(t *testing.T) {
	ix := quietIndex(t, "oslo: [Oslo]\nriga: [Riga]\nbergen: [Bergen]\nrelations: [relations, ties]\n",
		"In retaliation, Bergen cut diplomatic ties with Riga and closed its port.",
		"Oslo and Riga may be on the verge of reviving their old fishing alliance.",
		"The Oslo ferry fleet is old.", "Oslo lifeboat crews practice monthly.", "The Oslo canal is narrow.")
	wantFirst(t, ix, "where do Oslo-Riga ties stand?", "p2")
	wantFirst(t, ix, "did Bergen cut ties with Riga?", "p1")
}

// "Did Oslo recognise Brill?", where a passage says only others did, is
// answered by that passage though no source names Oslo; without a
// sentence saying "only", or when the sources lack more than the name
// (a figure), it is not.
func TestOnlyOthersAnswersForAnUnnamedParty(t *testing.T) {
	ix := quietIndex(t, "brill: [Brill]\nholt: [Holt]\nriga: [Riga]\nsyria: [Syria]\nbergen: [Bergen]\nvaduz: [Vaduz]\n",
		"Apart from Riga, Syria and Holt are the only states that recognise Brill.",
		"Holt also trades with Riga.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.",
		// of two, the one naming fewer others
		"Only Holt, Bergen, Riga and Vaduz recognise Brill.")
	r := ix.Search("did Oslo recognise Brill?", knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p1") || !slices.Contains(r.Missing, "Oslo") {
		t.Errorf("covered %v (%s) by %v, missing %v", r.Covered, r.Reason, hitIDs(r.Hits), r.Missing)
	}
	wantNotCovered(t, ix, "did Oslo trade with Riga?")
	wantNotCovered(t, ix, "did Oslo recognise Brill's 40 islands?")
}

// A count guessed in digits is found where the sources write it in words
// ("how many, was it 5?": "five ferries"); another figure is not, nor one
// outside a count ("3 ferries" is not "three towns").
func TestFigureInWords(t *testing.T) {
	ix := quietIndex(t, "", "The council sold five ferries to a private operator.",
		"The three port towns share a harbour master.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantFirst(t, ix, "how many ferries did the council sell, was it like 5?", "p1")
	for _, q := range []string{"did the council sell 7 ferries?", "did the council sell 3 ferries?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered {
			t.Errorf("%q: covered by %v", q, hitIDs(r.Hits))
		}
	}
}

// A closing "or" clause that second-guesses the question ("or am I mixing
// that up with Bergen?") does not decline it for a name no source has,
// when the best passage has the name before it.
func TestClosingOrIsAGuess(t *testing.T) {
	ix := quietIndex(t, "oslo: [Oslo]\n", "Oslo sold the ferries to a private operator.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantFirst(t, ix, "wasnt it Oslo that sold the ferries, or am i mixing that up with Bergen?", "p1")
	wantNotCovered(t, ix, "was it Bergen that sold the ferries?")
}

// A reaction is the party's own act: not a sentence in which another party
// named before it acts on it ("Bergen cut ties with Riga" is no response
// of Riga's), unless it is the agent of a passive ("suspended by Riga");
// what the party said is its own beside a hedge or the premise in the
// same sentence. The party may be written in several words, in the
// possessive without its apostrophe, and asked for its "reply".
func TestReactionIsThePartysOwnAct(t *testing.T) {
	glossary := "riga: [Riga]\nbergen: [Bergen]\nbrill: [Brill]\nboard: [Harbour Board]\noffice: [Holt harbour office]\nbreakwater: [breakwater, sea wall]\n"
	wantFirst(t, quietIndex(t, glossary, "Ferry links to Bergen were suspended by Riga because of the storm.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly."), "how did Riga respond to the storm hitting Bergen?", "p1")
	ix := quietIndex(t, glossary,
		"In retaliation, Bergen cut diplomatic ties with Riga.",
		"Ferry links to the islands were halted for a week.",
		"There was speculation about Brill sending 400 ships to the islands, but the Holt harbour office rebuffed this.",
		"In protest at the ferry sale, the Harbour Board closed the harbour to council boats.",
		"The breakwater plan was approved in March.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	for _, q := range []string{"how did Riga respond to Bergen breaking off relations?",
		"whats the Harbour Boards reaction to the breakwater plan?", "what was the Harbour Board's reply to the breakwater plan?",
		"what did the Harbour Board chairman say about the breakwater plan?", "where does the Harbour Board chairman stand on the breakwater plan?",
		"how did the Harbour Board chairman respond to the breakwater plan?",
		// as people write who learnt English later
		"what was response of Harbour Board to the breakwater plan?", "Harbour Board how reacted when breakwater plan approved?",
		"what Harbour Board said officially about the breakwater plan?",
		// as a search box is typed to
		"Harbour Board reaction breakwater plan"} {
		wantNotCovered(t, ix, q)
	}
	wantFirst(t, ix, "how did the Holt harbour office react to the rumour of Brill sending 400 ships?", "p3")
	wantFirst(t, ix, "what was response of Holt harbour office to the rumour of Brill sending 400 ships?", "p3")
	// the reaction asked is the first party's, not one it reacts to
	if q := ix.Understand("how did the Holt harbour office react to the response from the Harbour Board on the breakwater plan?"); !strings.Contains(q.Reactor, "Holt harbour office") {
		t.Errorf("reactor %q, want the Holt harbour office", q.Reactor)
	}
}

// A count of what was done in a way no source says ("voted in favour",
// where they count only those against) is not given by that figure.
func TestCountOfAWayNoSourceSays(t *testing.T) {
	ix := quietIndex(t, "", "Five towns voted against the harbour plan.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	q := "how many towns voted in favour of the harbour plan?"
	if r := ix.Search(q, knowledge.Options{}); r.Covered || !strings.Contains(r.Reason, "figure") {
		t.Errorf("%q: covered %v (%s)", q, r.Covered, r.Reason)
	}
	wantFirst(t, ix, "how many towns voted against the harbour plan?", "p1")
}

// Two names a question offers as alternatives ("a Brill one or Holt?")
// need not be in one passage; two it asks about together must be.
func TestNamesOfferedAsAlternatives(t *testing.T) {
	ix := quietIndex(t, "brill: [Brill Council, Brill]\nholt: [Holt Assembly, Holt]\nriga: [Riga]\n",
		"Riga was among the five towns that voted against the Holt Assembly's resolution on the harbour.",
		"The Brill Council banned night ferries.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	wantFirst(t, ix, "was the resolution Riga voted against a Brill one or Holt?", "p1")
	wantNotCovered(t, ix, "did the Brill Council and the Holt Assembly vote on the same resolution?")
}

// "Which city", "which body" ask for a name of that kind: the sources need
// not use the word, but a passage must name something the question does
// not. A passage about the source itself is found by a name no other
// passage has ("HTU"), as by its hints.
func TestWhichKindIsAskedByName(t *testing.T) {
	src := `---
id: made-up
title: A test source
author: Ann Marlow
publisher: Test Press
published: 2023-05-02
about_source: [3]
hints:
  3: [author, writer, Ann Marlow, professor]
---
The harbour levy was struck down by the Tidal Court.

The breakwater office is somewhere in the north.

Ann Marlow is a professor at Holt Technical University, Bergen.

Fishing boats leave at dawn.

The lighthouse is closed in winter.
`
	kb, err := knowledge.Load(fstest.MapFS{"made-up.md": mapFile(src), "glossary.yaml": mapFile("court: [Tidal Court]\nhtu: [Holt Technical University, HTU]\n")})
	if err != nil {
		t.Fatal(err)
	}
	ix := knowledge.NewIndex(kb)
	wantFirst(t, ix, "which body struck down the harbour levy?", "p1")
	wantFirst(t, ix, "HTU is in which city again?", "p3")
	q := "which city is the breakwater office in?"
	wantDeclined(t, ix, q, "which city")
}

// "What's in it for Vaduz?", "Vaduz's angle", "why did Vaduz decide to":
// a passage naming Vaduz must give a reason in or right after a sentence
// naming it; one that only says what Vaduz did does not.
func TestMotiveNeedsAReason(t *testing.T) {
	ix := quietIndex(t, "brill: [Brill]\nholt: [Holt]\nriga: [Riga]\nvaduz: [Vaduz]\noslo: [Oslo]\nbergen: [Bergen]\n",
		"Apart from Riga, Vaduz and Holt are the only states that recognise Brill.",
		"As Oslo faces a long winter, Bergen's harbour has grown in importance for Oslo.",
		"The ferry fleet is old.", "Lifeboat crews practice monthly.")
	for _, q := range []string{"why did Vaduz decide to recognise Brill, whats in it for Vaduz?", "whats Holt's angle on recognising Brill?",
		"what does Vaduz get out of recognising Brill?", "why did vaduz choose to recognise brill?", "what's Holt's reasoning on recognising Brill?"} {
		wantDeclined(t, ix, q, "motive")
	}
	wantFirst(t, ix, "what's in it for Oslo with Bergen's harbour?", "p2")
}

// A word no list knows is ordinary English when the base form its ending
// suggests is ("creds": cred), or when it is an ordinary word written
// together with a particle ("standup"): it does not decide coverage.
func TestUnlistedFormsOfOrdinaryWords(t *testing.T) {
	ix := harbourIndex(t)
	wantFirst(t, ix, "why is the council selling the ferry fleet before the standup", "p3")
	wantFirst(t, ix, "who is buying the ferry fleet, what are their creds", "p3")
	wantNotCovered(t, ix, "why is the council selling the ferry fleet to zorbex")
	// "this whole thing": an intensifier, never a word the sources lack
	q := "why is the council selling this whole ferry fleet?"
	if r := ix.Search(q, knowledge.Options{}); !r.Covered || slices.Contains(r.Missing, "whole") {
		t.Errorf("%q: covered %v (%s), missing %q", q, r.Covered, r.Reason, r.Missing)
	}
}

// "Did X deny/condemn/confirm ..." asks whether X said so: a passage that
// names X in another role and has someone else deny it does not answer.
func TestWhetherAPartySaidSo(t *testing.T) {
	ix := quietIndex(t, "",
		"If Vaduz, as some reports allege, sends grain to Bergen, then Oslo could sell fish to Riga. Riga denied the reports.",
		"Tallinn welcomed the new ferry timetable.",
	)
	wantFirst(t, ix, "did riga deny the grain reports?", "p1")
	wantNotCovered(t, ix, "did vaduz deny sending grain to bergen?")
	wantFirst(t, ix, "has tallinn welcomed the ferry timetable?", "p2")
	wantNotCovered(t, ix, "has bergen welcomed the ferry timetable?")
}

// A count of those who did something on one side ("voted for") is not
// given by a count of the other ("voted against").
func TestCountOfTheOtherSide(t *testing.T) {
	ix := quietIndex(t, "",
		"Riga was among the seven towns that voted against the harbour levy.",
		"The levy passed anyway.",
	)
	wantFirst(t, ix, "how many towns voted against the harbour levy?", "p1")
	wantNotCovered(t, ix, "how many towns voted for the harbour levy?")
	wantNotCovered(t, ix, "how many towns voted FOR the harbour levy?")
}

// "Who started the rumour?" asks who first put a claim about: a passage
// that has it only among no one in particular, or denied, does not say;
// one that names who claimed it does. "Where did it come from?" is
// answered by either.
func TestWhoFirstPutAClaimAbout(t *testing.T) {
	ix := quietIndex(t, "riga: [Riga]\n",
		"There was talk among sailors and the press about Riga selling its ferries, but the Harbour Board denied it.",
		"The Oslo Herald claims that Riga will close the canal.",
	)
	q := "who started the rumour about riga selling its ferries?"
	wantDeclined(t, ix, q, "who first said it")
	wantFirst(t, ix, "who was talking about riga selling its ferries?", "p1")
	wantFirst(t, ix, "where did the story about riga closing the canal come from?", "p2")
	// where it came from: talk among no one in particular is an answer;
	// who it came from is not
	wantFirst(t, ix, "where did the story about riga selling its ferries come from?", "p1")
	wantDeclined(t, ix, "who did the story about riga selling its ferries come from?", "who first said it")
}

// A word in the aliases of many concepts ("government" of "Norwegian
// government", "Swedish government", ...) reaches a passage through the
// best of them, the rest adding less: a passage naming every country is
// not the more about "the government" for it.
func TestWordInManyAliasesCountsOnce(t *testing.T) {
	ix := quietIndex(t, "norway: [Norway, Norwegian government]\nsweden: [Sweden, Swedish government]\n"+
		"finland: [Finland, Finnish government]\ndenmark: [Denmark, Danish government]\nvanko: [Vanko, Minister Vanko]\n",
		"Norway, Sweden, Finland and Denmark signed the fishing accord in spring.",
		"Minister Vanko oversees the fishing fleet.",
	)
	wantFirst(t, ix, "whats vankos role in the govt?", "p2")
}

// "Oslo's government", "the Vanko administration": a word for government
// after a name is the party itself, not a word the passage must have.
func TestGovernmentAfterANameIsTheParty(t *testing.T) {
	ix := quietIndex(t, "norway: [Norway, Oslo]\nriga: [Riga]\n",
		"Oslo has backed Riga from the start.",
		"The government of the harbour town is new.",
	)
	for _, q := range []string{"has the Oslo government backed Riga?", "has Oslo's government backed Riga?"} {
		r := ix.Search(q, knowledge.Options{})
		if slices.ContainsFunc(r.Terms, func(t knowledge.QueryTerm) bool { return t.Surface == "government" }) {
			t.Errorf("%q: searched for the word government: %+v", q, r.Terms)
		}
		wantFirst(t, ix, q, "p1")
	}
	wantFirst(t, ix, "is the harbour government new?", "p2")
}

// What is missing lists topics only: not the kind of answer asked for
// ("what date": the rule on dates says the sources give none), nor a
// preposition ("alongside", "vs").
func TestMissingListsTopicsOnly(t *testing.T) {
	ix := harbourIndex(t)
	for _, q := range []string{"what date was the ferry fleet sold?", "who is selling the ferry fleet alongside the council?", "ferry fleet vs lifeboat crews: which is older?"} {
		r := ix.Search(q, knowledge.Options{})
		for _, w := range []string{"date", "alongside", "versus"} {
			if slices.Contains(r.Missing, w) {
				t.Errorf("%q: missing %q", q, r.Missing)
			}
		}
	}
}

// A clipped word is the family of source words it starts when they all go
// on alike, stems apart ("recog": recognised, recognition), not when they
// part at once ("trans": transport, transition).
func TestClippedWordOfOneFamily(t *testing.T) {
	ix := quietIndex(t, "",
		"The board recognised the pilots' union; recognition came late.",
		"The transport board met during the transition.")
	if u := ix.Understand("when did the board recog the union"); !strings.Contains(u.Text, "recogni") {
		t.Errorf("recog: %q", u.Text)
	}
	if u := ix.Understand("when did the trans board meet"); !strings.Contains(u.Text, "trans board") {
		t.Errorf("trans: %q", u.Text)
	}
}

// A party's position ("Bergen's take on", "oslos attitude toward Riga",
// possessive apostrophe or not) is told by a sentence of theirs on the
// topic; one on what something is worth to the party, or its calculus,
// tells it even when it restates the question or is an estimate. A
// passage that only names the party does not.
func TestPositionAsTakeAttitudeOrWorth(t *testing.T) {
	ix := quietIndex(t, "oslo: [Oslo]\nriga: [Riga]\nbergen: [Bergen]\nattitude: [attitude, calculus]\n",
		"Oslo and Riga signed a ferry pact, which will be nested within a wider alignment led by Bergen.",
		"The flood changed Oslo's calculus toward Riga.",
		"Meanwhile, the importance of the canal tolls may have decreased for Vaduz.")
	wantDeclined(t, ix, "whats bergens take on the ferry pact", "nothing Bergen did or said")
	wantFirst(t, ix, "how has oslos attitude toward riga changed", "p2")
	wantFirst(t, ix, "where does vaduz stand on the canal tolls", "p3")
}

// In a question asking why, a word judging how likely or how much it
// matters that something is so ("why is it unlikely") is the judgement
// explained: the passage that makes it, with its reason, answers, though
// another has more of the question's other words.
func TestWhyOfAJudgement(t *testing.T) {
	ix := quietIndex(t, "riga: [Riga]\n",
		"Ferries sail to Riga with cars twice a week.",
		"It is unlikely that ferries will sail to Riga in winter, because the ice is too thick.")
	wantFirst(t, ix, "why does the author think ferries with cars to riga are unlikely", "p2")
}

// A yes-or-no question about what named parties did, whose verb no source
// has, is not answered by a passage that shares nothing with it but the
// names ("did Oslo veto the Council's tolls", where Oslo and the Council
// meet on another matter); one with a word of the deed still answers.
func TestUnreportedDeed(t *testing.T) {
	ix := quietIndex(t, "oslo: [Oslo]\nharbour-council: [Harbour Council]\n",
		"Oslo has ignored a ruling of the Harbour Council on fishing quotas.",
		"The Harbour Council raised the ferry tolls in May.")
	wantDeclined(t, ix, "did oslo veto the Harbour Council's budget?", "No source says whether Oslo did this")
	wantFirst(t, ix, "did oslo veto the Harbour Council's ruling on fishing quotas?", "p1")
	// a subject of several words, named in full
	wantDeclined(t, ix, "did the Harbour Council veto Oslo's budget?", "No source says whether Harbour Council did this")
	// "does it say how ...": what is asked after the verb of saying is
	// no deed of the names that follow
	wantFirst(t, ix, "does the author say how the oslo tandem would work?", "p1")
}

// Whether a named party went to a named place ("did Holt go to Riga") is
// told by a sentence of its going there, not by one naming both on
// another matter; a group ("did the crews go to Riga") may go in other
// words, and is not held to it.
func TestVisitNeedsTheGoing(t *testing.T) {
	ix := quietIndex(t, "holt: [Mayor Holt, Holt]\nriga: [Riga]\nbergen: [Bergen]\n",
		"Mayor Holt said the ferry deal with Riga is close.",
		"Mayor Holt visited Bergen in May to open the new quay.",
		"Riga hired crews from the harbour to rebuild its ferry deal terminal.")
	wantDeclined(t, ix, "did mayor holt go to riga about the ferry deal?", "do not say that mayor holt went to riga")
	wantFirst(t, ix, "has holt ever been to bergen?", "p2")
	if r := ix.Search("did the crews go to riga for the ferry deal terminal?", knowledge.Options{}); !r.Covered {
		t.Errorf("crews: declined (%s)", r.Reason)
	}
}

// A list of names set aside ("besides Oslo, Riga and Vaduz") is set aside
// whole; and a party the sources name elsewhere, asked whether it does
// something "too", is answered by the statement of who alone does it
// (Bergen is not among them).
func TestAsideListAndWhoAlone(t *testing.T) {
	ix := quietIndex(t, "oslo: [Oslo]\nriga: [Riga]\nvaduz: [Vaduz]\nbergen: [Bergen]\n",
		"Apart from Oslo, Riga and Vaduz are the only ports that ban trawlers.",
		"Bergen hosts the autumn fishing fair.")
	q := "bergen bans trawlers too, right? besides oslo, riga and vaduz"
	for _, q := range []string{q, "besides oslo, riga and vaduz, which ports ban trawlers?"} {
		if u := ix.Understand(q); strings.Contains(u.Text, "riga") || !strings.Contains(u.Aside, "vaduz") || strings.HasPrefix(u.Text, ",") {
			t.Errorf("%q: searched %q, aside %q", q, u.Text, u.Aside)
		}
	}
	wantFirst(t, ix, q, "p1")
	// with two names no passage has together, the same
	ix = quietIndex(t, "oslo: [Oslo]\nriga: [Riga]\nvaduz: [Vaduz]\nbergen: [Bergen]\nholt-accord: [Holt Accord]\n",
		"Apart from Oslo, Riga and Vaduz are the only ports that recognise the Holt Accord.",
		"Bergen hosts the autumn fishing fair.")
	wantFirst(t, ix, "does bergen recognise the Holt Accord too? besides oslo, riga and vaduz", "p1")
	// an estimate with "only" in it says nothing of who alone does it
	ix = quietIndex(t, "oslo: [Oslo]\nriga: [Riga]\nbergen: [Bergen]\n",
		"Trawling is perhaps the only trade that Oslo can share with Riga.",
		"Bergen hosts the autumn fishing fair.")
	wantNotCovered(t, ix, "does riga share trawling with bergen too?")
}

// An acronym in an alias whose other words are names ("NE Bergen") is the
// acronym typed in lower case too ("ne bergen"), though alone "ne" may be
// a word.
func TestLowerAcronymAmongNames(t *testing.T) {
	ix := quietIndex(t, "ne-bergen: [Northeast Bergen, NE Bergen]\n",
		"Ferries to Northeast Bergen run daily.",
		"Bergen hosts the autumn fishing fair.")
	wantFirst(t, ix, "do ferries still run to ne bergen", "p1")
	if ts := ix.Terms("do ferries still run to ne bergen"); !slices.Contains(ts, "=ne-bergen") {
		t.Errorf("ne bergen: %v", ts)
	}
}

// A figure the question only guesses at ("like 300", "300 or
// something") is corrected by a passage giving a figure of what it counts,
// not declined as a figure no source has; a guess at a count the passage
// has no figure of stays missing.
func TestGuessedFigure(t *testing.T) {
	ix := quietIndex(t, "",
		"Up to 400 trawlers fish in the bay each spring.",
		"The ferry fleet is old and slow. The port employs 12 pilots.")
	wantFirst(t, ix, "was it like 300 trawlers in the bay each spring?", "p1")
	wantFirst(t, ix, "how many trawlers fish in the bay, 300 or something?", "p1")
	wantDeclined(t, ix, "is the ferry fleet like 300 years old?", "No source mentions 300")
	// figures offered to choose from, the first after "was it" too
	wantFirst(t, ix, "was it 300 trawlers or 500 that fish in the bay each spring?", "p1")
	wantFirst(t, ix, "300 or 500 trawlers? in the bay each spring", "p1")
	wantFirst(t, ix, "how many trawlers fish in the bay each spring, 300, or 500?", "p1")
	wantDeclined(t, ix, "is the ferry fleet 300 or 500 years old?", "No source mentions 300")
}

// A word the asker marks as unsure ("the harbour master (?)") is a guess:
// the passage that answers the rest is not declined for lacking it.
func TestUnsureWord(t *testing.T) {
	ix := quietIndex(t, "",
		"Deputy mayor Ada Lind said the north quay will reopen in May, after repairs to the harbour wall.")
	wantFirst(t, ix, "did the deputy XQ (?) say the north quay will reopen in May after harbour wall repairs?", "p1")
}

// A name the asker doubts ("... or was it another country") is a guess:
// the passage that says it of another answers; without the doubt, or
// when no passage has what was done, the name is missing.
func TestDoubtedName(t *testing.T) {
	ix := quietIndex(t, "riga: [Riga]\nholt: [Holt]\n",
		"If Riga, as some reports allege, sends cranes to Holt, the council could sell tugs to Bergen.")
	wantFirst(t, ix, "there was something about Tallinn sending cranes to Holt?? or was it another country", "p1")
	wantFirst(t, ix, "did tallinn send cranes to holt, or someone else?", "p1")
	wantDeclined(t, ix, "there was something about Tallinn sending cranes to Holt??", "No source mentions Tallinn")
	wantDeclined(t, ix, "did Tallinn ban jazz, or was it another country?", "No source mentions")
	wantDeclined(t, ix, "will Tallinn send cranes to Holt one way or another?", "No source mentions Tallinn")
	wantDeclined(t, ix, "did Tallinn send cranes or some other kit to Holt?", "No source mentions Tallinn")
}

// A country's name of several words, as ISO 3166 writes it and the
// glossary has it, is known by its initials typed in capitals or lower
// case ("SL", "sl"); the initials of any other alias are not ("VB" for
// Vanko Bay, as of a nickname or a leader's name).
func TestCountryInitials(t *testing.T) {
	ix := quietIndex(t, "sri-lanka: [Sri Lanka, Colombo]\nholt-vale: [Holt Vale, Vanko Bay]\n",
		"Colombo sent two frigates to the strait.",
		"Holt Vale sent a tug to the strait.")
	wantFirst(t, ix, "did sl send frigates to the strait?", "p1")
	wantFirst(t, ix, "did SL send frigates?", "p1")
	wantDeclined(t, ix, "did vb send a tug?", "No source mentions vb")
}

// A name of two words typed as the first's initial and the second's start
// ("hvall": Holt Valley) is the name, when one concept's name fits; "hval"
// fits Holt Vale and Holt Valley, and stays.
func TestInitialAndClip(t *testing.T) {
	ix := quietIndex(t, "holt-vale: [Holt Vale]\nholt-valley: [Holt Valley]\n",
		"Holt Vale sent a tug to the strait.",
		"Holt Valley sent a barge upriver.")
	wantFirst(t, ix, "what did hvall send?", "p2")
	if u := ix.Understand("did hval send a tug?"); !strings.Contains(u.Text, "hval") {
		t.Errorf("hval read as %q", u.Text)
	}
}

// A question about a change of degree ("matter more now", "become less
// important since") is answered by the passage that states the change,
// whatever it calls the quality: a passage that names the same parties
// without a change ranks after it, and one of the asked direction before
// one of the other.
func TestChangeOfDegree(t *testing.T) {
	ix := quietIndex(t, "",
		"Vaduz has long traded timber with Bergen, since the strike of 1998.",
		"Since the strike, the weight Bergen gives to Vaduz has grown.",
		"Vaduz and Bergen signed a ferry charter in the spring.",
		"The share of the canal in Bergen's trade has dwindled.")
	wantFirst(t, ix, "why does vaduz matter more to bergen now", "p2")
	wantFirst(t, ix, "why is vaduz worth more to bergen since the strike?", "p2")
	wantFirst(t, ix, "has the canal become more important to bergen's trade lately?", "p4")
	wantFirst(t, ix, "why does the canal matter less to bergen's trade these days", "p4")
	// asked "in a nutshell", it is still the change that is asked, not the summary
	if u := ix.Understand("why has vaduz become more important to bergen lately, in a nutshell"); u.AboutPiece && !strings.Contains(u.Topic, "important") {
		t.Errorf("a change asked in a nutshell read as the piece, topic %q", u.Topic)
	}
	// no change asked: the comparison of two things, and a figure
	for _, q := range []string{"is timber more important to vaduz than ferries", "did more than 40 ships sail since the strike", "was it more or less the same after the strike"} {
		if u := ix.Understand(q); u.Change != 0 {
			t.Errorf("%q read as asking a change (%d)", q, u.Change)
		}
	}
	if u := ix.Understand("is bergen getting less keen on vaduz"); u.Change != -1 {
		t.Errorf("a change down read as %d", u.Change)
	}
}

// A month's two digits are its year where the sources have that year and
// never the number ("sept 21": September 2021); where they have the
// number, the digits stay a day ("since Feb 14"), and a full date stays.
func TestMonthYears(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferry strike began on February 14, 2021.",
		"The new quay opened in September 2021 after long delays.",
		"The old quay had opened in 2014.")
	wantFirst(t, ix, "when did the new quay open, sept 21?", "p2")
	wantFirst(t, ix, "did the quay open after the strike, post-feb 21?", "p2")
	for q, want := range map[string]string{
		"what happened since feb 14":        "February 14", // the sources have 14: a day, though they have 2014 too
		"did the quay open in june 21?":     "june 2021",
		"what happened on june 21-22":       "june 21-22",
		"what happened on sept 21, 2021":    "September 21, 2021",
		"did the quay open in september 21": "September 2021",
	} {
		if u := ix.Understand(q); !strings.Contains(strings.ToLower(u.Text), strings.ToLower(want)) {
			t.Errorf("%q read as %q, want %q in it", q, u.Text, want)
		}
	}
}

// A clipped word that starts words of several families in the sources
// ("vald": Valdemar, Valdorf) is read as the family whose passages have
// more of the question's other terms, also through a glossary alias the
// word is part of; a word whose context chooses no family stays.
func TestClipInContext(t *testing.T) {
	ix := quietIndex(t, "holt: [Valdemar Holt]\n",
		"President Valdemar Holt ordered the partial mobilisation in May.",
		"The pilot school in Valdorf trains harbour pilots.",
		"The deputy mayor wants to hire more dock workers.",
		"Crews were deployed to the north quay.")
	wantFirst(t, ix, "when did vald order the mobilisation?", "p1")
	wantFirst(t, ix, "is the pilot school still in vald?", "p2")
	wantFirst(t, ix, "what does the dep mayor want?", "p3")
	if u := ix.Understand("what about vald?"); !strings.Contains(u.Text, "vald") {
		t.Errorf("vald with no context read as %q", u.Text)
	}
}

// Two capitals no one knows as an acronym are the start of a name the
// sources have, by the context, also where the glossary holds the name
// as a concept's alias ("VA": Valmora, whose passages are about the
// ferry); not a word's start, nor with no context, nor a known acronym.
func TestCapitalsStartAName(t *testing.T) {
	ix := quietIndex(t, "valmora: [Valmora, Valmoran government]\nriga: [Riga]\n",
		"Valmora refused to sell the ferry to Riga.",
		"The harbour board praised the valuable cargo.",
		"The EU fined the harbour board.")
	wantFirst(t, ix, "why did VA refuse to sell the ferry?", "p1")
	wantFirst(t, ix, "VA's answer to Riga on the ferry?", "p1")
	for _, q := range []string{"what about VA?", "did the VA board praise the cargo?"} {
		if u := ix.Understand(q); !strings.Contains(u.Text, "VA") {
			t.Errorf("%q read as %q", q, u.Text)
		}
	}
	if u := ix.Understand("did the EU fine the harbour board?"); !strings.Contains(u.Text, "EU") {
		t.Errorf("a known acronym read as %q", u.Text)
	}
	// a name the sources write only through another alias of its concept
	// ("Kelsk" for Valmora); a capitalised word of the sources that the
	// glossary does not list is no name to start ("PR": Prime)
	ix = quietIndex(t, "valmora: [Valmora, Kelsk]\n",
		"Valmora refused to sell the ferry to the Prime Minister's office.",
		"The harbour board praised the valuable cargo.")
	wantFirst(t, ix, "why did KE refuse to sell the ferry?", "p1")
	if u := ix.Understand("why did the PR office refuse to sell the ferry?"); !strings.Contains(u.Text, "PR") {
		t.Errorf("PR read as %q", u.Text)
	}
}

// A name dictation split in two is joined again, also where the join is
// a typo of it ("sand vika", "sant vika"), and so are letters spelt one
// by one that are an acronym the glossary knows ("the e u"); two words
// English knows are never joined ("sea bridge" for Seabridge).
func TestSplitNameRejoined(t *testing.T) {
	ix := quietIndex(t, "eu: [EU, European Union]\n",
		"The night ferry leaves Sandvika at ten.",
		"The EU fined the harbour board.",
		"The Seabridge toll was raised in May.")
	wantFirst(t, ix, "does the night ferry still leave sand vika?", "p1")
	wantFirst(t, ix, "which ferry leaves sant vika?", "p1")
	wantFirst(t, ix, "who fined the board, the e u?", "p2")
	if u := ix.Understand("did the e u fine it?"); !strings.Contains(u.Text, "EU") {
		t.Errorf("spelt acronym read as %q", u.Text)
	}
	if u := ix.Understand("is the sea bridge toll up?"); !strings.Contains(u.Text, "sea bridge") {
		t.Errorf("two English words joined: %q", u.Text)
	}
}

// A name's alias in lower case with its possessive's apostrophe left out
// ("vms" for VM's) is the name's.
func TestLowerAliasPossessive(t *testing.T) {
	ix := quietIndex(t, "valmora: [Valmora, VM]\n",
		"Valmora has kept its border with Riga closed since May.",
		"The ferry to Riga is full.")
	wantFirst(t, ix, "is vms border w riga still closed atm", "p1")
	if u := ix.Understand("is vms border closed"); !strings.Contains(u.Text, "vm's") {
		t.Errorf("read as %q", u.Text)
	}
}

// "Who at the ministry denied it?" and "who's the envoy that ...?" ask
// for a person by name: a passage naming only the body or the role does
// not answer; one naming the person does. "Who at the board recognises
// it" may be answered by members that are no persons, and asks no name.
func TestWhoWithinABodyAsksForAName(t *testing.T) {
	ix := quietIndex(t, "",
		"The ministry denied the report about the ferry sale.",
		"The envoy to Riga called the harbour claim fake.",
		"Deputy Mayor Jane Holt said the night ferry will sail in May.")
	wantDeclined(t, ix, "who at the ministry denied the report about the ferry sale?", "no name")
	wantDeclined(t, ix, "who at the ministry was it that denied the ferry sale report?", "no name")
	wantDeclined(t, ix, "whos the envoy that called the harbour claim fake", "no name")
	wantFirst(t, ix, "who's the official talking about the night ferry?", "p3")
	// within a body, a role the sources name answers "who", as a name
	// does; a group ("experts") is no one
	ix = quietIndex(t, "",
		"The envoy to Riga called the harbour claim fake.",
		"Experts and the harbour board dismissed the ferry report.",
		"The ferry fleet is old.")
	wantFirst(t, ix, "who at the embassy called the harbour claim fake?", "p1")
	wantDeclined(t, ix, "who at the harbour board dismissed the ferry report?", "no name")
	if u := ix.Understand("who at the board actually recognises the port?"); u.Wants != "" {
		t.Errorf("who at a body recognising: wants %q", u.Wants)
	}
}

// Inside a question, "other than"/"besides" sets aside the names after
// it, and the question goes on ("which port other than Riga recognised
// the Holt vote, ..."); "which other paper ran it?" asks for one other,
// which a sentence naming it beside what happened gives.
func TestAsideInsideAQuestion(t *testing.T) {
	ix := quietIndex(t, "riga: [Riga]\n",
		"Riga is the only port that recognised the Holt vote.",
		"A shorter version of the harbour report first ran in the Vaduz Courier.",
		"Oslo and Bergen banned the night ferry.")
	u := ix.Understand("which port other than riga recognised the Holt vote, and when?")
	if !strings.Contains(u.Text, "recognised the Holt vote") || u.Aside != "riga" {
		t.Errorf("read as %q, set aside %q", u.Text, u.Aside)
	}
	wantFirst(t, ix, "besides the harbour gazette, which other paper ran a version of the harbour report?", "p2")
	wantDeclined(t, ix, "which other paper says the lighthouse is closed in winter?", "no names of the others")
	ix = quietIndex(t, "", "A shorter version of the harbour report first ran in March.", "The ferry fleet is old.")
	wantDeclined(t, ix, "which other paper ran a version of the harbour report?", "no names of the others")
}

// A claim put to the sources to check ("someone says ... 5,000 ...,
// true?", "does the piece back that up?") has figures the sources'
// own figure corrects, as a hedged guess's ("like 5,000") is; stated
// plainly, the figure is what is asked about.
func TestClaimCheckFigureIsAGuess(t *testing.T) {
	ix := quietIndex(t, "",
		"The deputy mayor wants to hire between 200 and 300 dock workers for the new quay.",
		"The ferry fleet is old.")
	for _, q := range []string{
		"someone says the mayor will hire 5,000 dock workers. true?",
		"heard the mayor will hire 5,000 dock workers - does the piece back that up?",
		"the mayor will hire like 5,000 dock workers?",
	} {
		wantFirst(t, ix, q, "p1")
	}
	wantNotCovered(t, ix, "will the mayor hire 5,000 dock workers for the quay?")
}

// A claim put to the sources to check that they make of another party
// is answered, with what they say instead; asked plainly, it is
// declined for it.
func TestClaimCheckOfAnotherParty(t *testing.T) {
	ix := quietIndex(t, "bergen: [Bergen]\noslo: [Oslo]\nriga: [Riga]\nvaduz: [Vaduz]\n",
		"If Vaduz, as some reports allege, sends cranes to Oslo, and Bergen supplies ferries to Riga, then perhaps Holt could sell boats to Tuscany.",
		"The night ferry is full.")
	for _, q := range []string{"someone says bergen is supplying ferries straight to oslo. true?", "so per the author bergen is supplying ferries straight to oslo?"} {
		r := ix.Search(q, knowledge.Options{})
		if !r.Covered || !strings.Contains(r.Instead, "Riga, not of Oslo") {
			t.Errorf("%q: covered %v (%s), instead %q", q, r.Covered, r.Reason, r.Instead)
		}
	}
	wantDeclined(t, ix, "is bergen supplying ferries straight to oslo?", "Riga, not of Oslo")
}

// A name dictation split in two and spelt as heard is the name of the
// sources' it sounds like ("kwar shy": Quarshie); a single word is not
// read by its sound (a name the sources do not have stays as written:
// "Kwarshy" may be someone else), nor is a word joined to a word the
// sources have as it is ("quarshie snx").
func TestNameSpeltAsHeard(t *testing.T) {
	ix := quietIndex(t, "",
		"Deputy Mayor Ama Quarshie said the night ferry will sail in May.",
		"The harbour board meets in June.", "The Quarshies own a boat.")
	wantFirst(t, ix, "what did ama kwar shy say about the night ferry", "p1")
	for _, q := range []string{"what did Kwarshy say about the night ferry?", "what did the quarshie snx deal say about the night ferry?"} {
		if u := ix.Understand(q); strings.Contains(u.Text, "Quarshie ") || strings.Contains(u.Text, "Quarshies") {
			t.Errorf("%q read as %q", q, u.Text)
		}
	}
}

// "A target date", "a timeline", "the deadline" ask when something is
// set for: a passage with no date for it does not answer.
func TestTimelineAsksForADate(t *testing.T) {
	ix := quietIndex(t, "",
		"The deputy mayor wants to hire more dock workers for the quay.",
		"The north quay will reopen in March 2024.")
	wantDeclined(t, ix, "did the deputy mayor give a timeline for hiring the dock workers?", "no date")
	wantDeclined(t, ix, "is there a target date for the first dock workers the mayor hires?", "no date")
	wantDeclined(t, ix, "what's the deadline for hiring dock workers?", "no date")
	wantFirst(t, ix, "is there a target date for the north quay to reopen?", "p2")
	if u := ix.Understand("is there a timeline of the dock workers' hiring?"); u.Wants != "" {
		t.Errorf("a chronology asks %q", u.Wants)
	}
}

// "Why won't X ...?" and "what's stopping X from ...?" ask for the
// reasons it will not happen: the passage that judges it unlikely and
// gives them comes first, before one that tells of it more fully.
func TestWhyNotAsksForTheJudgedReasons(t *testing.T) {
	ix := quietIndex(t, "send: [send, sending, sent, dispatch]\n",
		"There was speculation about Holt sending 40 ferries to Riga, but the ministry rebuffed this. To make a difference, Holt would need to send dozens of ferries to Riga.",
		"It is unlikely that Holt would dispatch its ferries to Riga. Apart from the cost, crews are short due to the strike.",
		"The ferry fleet is old.")
	for _, q := range []string{"why won't Holt send ferries to Riga?", "what's stopping Holt from sending ferries to Riga?"} {
		wantFirst(t, ix, q, "p2")
	}
	wantFirst(t, ix, "how many ferries would Holt need to send to Riga?", "p1")
}

// A question in a headline's style asks by the words after its dash or
// colon: "— when?" a time, "— date?" a day, "— annual volume?" a figure,
// ": deal value?" money; a passage without one does not answer it.
func TestHeadlineTailAsksAQuantity(t *testing.T) {
	ix := quietIndex(t, "",
		"The council will sell its ferry fleet to a private operator.",
		"The north quay will reopen in March 2024.")
	wantDeclined(t, ix, "Ferry fleet sale to private operator — date?", "no date")
	wantDeclined(t, ix, "Ferry fleet sale to private operator — when?", "no time")
	wantDeclined(t, ix, "Council ferry fleet sale — annual volume?", "no figure")
	wantDeclined(t, ix, "Council ferry fleet sale: deal value?", "no amount of money")
	wantFirst(t, ix, "North quay reopening — when?", "p2")
	if u := ix.Understand("Council ferry fleet — sale?"); u.Wants != "" {
		t.Errorf("wants %q", u.Wants)
	}
}

// "Whose" is a question word, which no passage need have ("whose
// remarks?", "whose remarks, and who was complaining?").
func TestWhoseIsAQuestionWord(t *testing.T) {
	ix := quietIndex(t, "", "The harbour board denied the mayor’s “reckless remarks.”", "The ferry fleet is old.")
	wantFirst(t, ix, "\"reckless remarks\" — whose remarks, and who was complaining?", "p1")
}

// "How much weight does X give the claim" asks what X makes of it: the
// noun that frames the degree is no term a passage must have.
func TestDegreeNoun(t *testing.T) {
	ix := quietIndex(t, "",
		"The harbour board claims the ferry is unsafe, but so far no proof has been provided.",
		"The ferry sails twice a day.", "The board meets in May.")
	wantFirst(t, ix, "how much weight does the author give the harbour board claim that the ferry is unsafe?", "p1")
	wantFirst(t, ix, "how much stock would he put in the board's ferry claim", "p1")
	for _, q := range []string{"how much weight can the ferry carry?", "how much credit did the bank give the shipyard?"} {
		if u := ix.Understand(q); !strings.Contains(u.Text, "weight") && !strings.Contains(u.Text, "credit") {
			t.Errorf("a weight or a sum asked for read as %q", u.Text)
		}
	}
}

// "Is the author optimistic about …" asks the author's view of what
// follows: the attitude only frames the question, as "does the author
// think" does, and the author's name is not what the passage is about.
func TestAuthorAttitude(t *testing.T) {
	fsys := fstest.MapFS{"made-up.md": mapFile("---\nid: made-up\ntitle: Harbour notes\nauthor: Ada Lind\npublisher: Harbour Post\npublished: 2021-05-01\n---\n\n" +
		"Ada Lind is a professor of maritime history at the Bergen institute.\n\n" +
		"A revival of the ferry trade looks realistic, since the two ports share a long coast.\n\n" +
		"Naval cooperation between the two ports looks rather hypothetical.\n\n" +
		"Fishing boats leave at dawn.\n\nThe lighthouse is closed in winter.")}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	ix := knowledge.NewIndex(kb)
	wantFirst(t, ix, "is lind optimistic about the ferry trade?", "p2")
	wantFirst(t, ix, "is the author bullish or bearish on naval cooperation", "p3")
}

// A verb of change asks about a change too ("has it gone down", "did it
// shoot up"): the passage that states one ranks before one that only
// names the same things.
func TestChangeVerb(t *testing.T) {
	ix := quietIndex(t, "",
		"The canal carries a share of Bergen's trade.",
		"The share of the canal in Bergen's trade has dwindled since the strike.",
		"Vaduz sends timber to Bergen.")
	wantFirst(t, ix, "has the canal's share of bergen's trade shrunk?", "p2")
	for q, want := range map[string]int{
		"did the canal's share shoot up":           1,
		"has the price of timber gone up":          1,
		"has the canal's share come down":          -1,
		"what does the canal carry":                0,
		"did the harbour master step down?":        0, // resigned
		"where did holt grow up?":                  0,
		"who raised the issue of the canal?":       0,
		"what did holt bring up about the canal?":  0,
		"did the board meet more than once?":       0,
		"did more than €40 million go in since?":   0,
		"tell me more about the canal since 2021":  0,
		"did more ferries sail after the strike":   0,
		"has the canal become more and more busy?": 1,
		"did they send rockets to the quay?":       0, // a noun
	} {
		if u := ix.Understand(q); u.Change != want {
			t.Errorf("%q read as a change of %d, want %d", q, u.Change, want)
		}
	}
}

// The sources' words of change are made on the first question about a
// change; two such questions at once both get them, and the same answer.
func TestChangeFirstUse(t *testing.T) {
	ix := quietIndex(t, "",
		"Vaduz has long traded timber with Bergen.",
		"Since the strike, the weight Bergen gives to Vaduz has grown.")
	done := make(chan struct{})
	go func() {
		defer close(done)
		wantFirst(t, ix, "has vaduz become more important to bergen lately?", "p2")
	}()
	wantFirst(t, ix, "why does vaduz matter more to bergen now", "p2")
	<-done
}

// A question about who wrote a piece, which names the piece by what it is
// about ("the Holt-Vaduz piece"), is answered by the passage about the
// author, whose source's title names that: the piece's words are not a
// topic that passage lacks.
func TestPieceNamedByItsTopic(t *testing.T) {
	src := `---
id: made-up
title: Holt, Vaduz and their trilateral board
author: Ann Marlow
publisher: Test Press
published: 2023-05-02
about_source: [3]
hints:
  3: [author, wrote, writer, works, Ann Marlow]
---
Holt and Vaduz will form a trilateral board to oversee the new breakwater.

How the trilateral board will operate is yet to be decided, Holt says.

Ann Marlow is a professor of engineering at the Riga Institute.

Fishing boats leave Holt at dawn, from the fleet's base.

The lighthouse of Vaduz is closed in winter.

Tourists come to Holt in summer for the festival.

The ferry to the islands runs twice a week.

Rents in the old town of Vaduz have doubled.
`
	glossary := "holt: [Holt, Holt Isle]\nvaduz: [Vaduz, Vaduz Town]\nboard: [trilateral board, port board, joint board]\n"
	kb, err := knowledge.Load(fstest.MapFS{"made-up.md": mapFile(src), "glossary.yaml": mapFile(glossary)})
	if err != nil {
		t.Fatal(err)
	}
	wantFirst(t, knowledge.NewIndex(kb), "who wrote the holt-vaduz piece and where is she based", "p3")
}

// A comparison ("A versus B, which is likelier?") is answered by a passage
// that has both sides before one as good that has one side alone.
func TestComparisonWantsBothSides(t *testing.T) {
	ix := quietIndex(t, "",
		"Holt has a vast ferry fleet, a ferry yard and ferry crews to spare for Vaduz.",
		"Ferry deals between Holt and Vaduz look rather hypothetical, while new quotas are more realistic.",
		"Quotas were set in May.",
		"The quotas are strict.",
	)
	wantFirst(t, ix, "ferry fleet vs quotas for holt, which is more realistic?", "p2")
	wantFirst(t, ix, "between the ferry fleet and quotas, which is more realistic for holt?", "p2")
	wantFirst(t, ix, "which is more realistic for holt: the ferry fleet or quotas?", "p2")
	wantFirst(t, ix, "how big is holt's ferry fleet?", "p1")

	// a word both sides share is no side: a passage with one side and it
	// has one side only
	ix = quietIndex(t, "",
		"Holt keeps signing ferry deals with Vaduz; the ferry deals are ferry deals in name only, says the ferry board.",
		"Deals look hypothetical, while quotas are more realistic.",
	)
	wantFirst(t, ix, "ferry deals vs ferry quotas, which is more realistic?", "p2")
}

// "Did Holt sanction Vaduz over the ferry deal?" needs a passage with the
// deed and what it was over: Holt's sanctions elsewhere, or the ferry deal
// without them, do not say so.
func TestDeedOverAnother(t *testing.T) {
	ix := quietIndex(t, "",
		"Holt has long imposed sanctions on Riga for its canal tolls.",
		"Vaduz denied the ferry deal that Holt alleged, calling the claim false.",
		"Bergen cut ties with Oslo over its quota vote.",
	)
	wantDeclined(t, ix, "did Holt slap new sanctions on Vaduz over the alleged ferry deal?", "over the alleged ferry deal")
	wantDeclined(t, ix, "has Holt sanctioned anyone for backing the ferry deal?", "over")
	wantFirst(t, ix, "did Bergen cut ties with Oslo over the quota vote?", "p3")
	wantFirst(t, ix, "did Holt impose sanctions on Riga over canal tolls?", "p1")
	// what it was over is a name, or a word no longer of the deed
	wantFirst(t, ix, "did Bergen cut ties with Oslo over Oslo, or is that a rumour?", "p3")
	// "over" of a time, an amount or a verb's particle is no cause
	ix = quietIndex(t, "",
		"Holt sent ferries to Vaduz in January and February.",
		"The lighthouse is closed in winter, and the war has lasted a year.",
	)
	wantFirst(t, ix, "did Holt send ferries to Vaduz over the winter?", "p1")
	wantFirst(t, ix, "did Holt send over ferries to Vaduz?", "p1")
}

// A vote's tally, or a count of its yes votes or abstentions, is not given
// by a count of those against.
func TestTallyNeedsEverySide(t *testing.T) {
	ix := quietIndex(t, "",
		"Riga was among the seven towns that voted against the harbour levy.",
		"The levy passed anyway.",
	)
	wantFirst(t, ix, "how many towns voted against the harbour levy?", "p1")
	wantDeclined(t, ix, "what was the tally on the harbour levy vote?", "no full tally")
	wantDeclined(t, ix, "how many towns voted yes on the levy?", "votes in favour")

	ix = quietIndex(t, "",
		"Riga was among the seven towns that voted against the harbour levy.",
		"The harbour levy passed by 12 votes to 7, with 3 abstentions: 12 towns voted in favour.",
	)
	wantFirst(t, ix, "what was the tally on the harbour levy vote?", "p2")

	// no vote: "yes" and "breakdown" ask nothing of its sides
	ix = quietIndex(t, "", "Holt sent 5,000 troops to Vaduz in March.", "Vaduz is quiet.")
	wantFirst(t, ix, "yes but how many troops did Holt send to Vaduz?", "p1")
	wantFirst(t, ix, "how many troops did Holt send to Vaduz, and what's the breakdown?", "p1")
	// a side named in other words ("favoured") is no count of it
	ix = quietIndex(t, "",
		"Seven towns voted against the levy, which Riga favoured.",
		"The levy passed anyway.",
	)
	wantDeclined(t, ix, "how many towns voted in favour of the levy?", "")
	wantFirst(t, ix, "how many towns voted against the harbour levy?", "p1")
}

// What is said of a country answers a question about a region of it that
// asks what was said ("troops heading to Tuscany": "troops to Italy"), by
// the lexicon's places; a yes-or-no question about the region is not
// answered by it.
func TestPlaceWithinAPlace(t *testing.T) {
	ix := quietIndex(t, "holt: [Holt]\nitaly: [Italy]\ntuscany: [Tuscany]\n",
		"There was speculation that Holt would send 5,000 troops to Italy, but the ministry rebuffed this.",
		"Tuscany's harbours are busy in summer.",
		"Holt's fleet sails at dawn.",
		"Holt is quiet in winter.",
	)
	wantFirst(t, ix, "saw chatter about Holt troops heading to Tuscany - what did the ministry say?", "p1")
	wantDeclined(t, ix, "did Holt send troops to Tuscany?", "not of Tuscany")
	wantDeclined(t, ix, "Holt sent troops to Tuscany, right?", "not of Tuscany")

	// a country is part of no other, whatever WordNet's commonest sense
	// of its name (Georgia: the US state)
	ix = quietIndex(t, "holt: [Holt]\nunited-states: [United States, US]\ngeorgia: [Georgia]\n",
		"There was speculation that Holt would send 5,000 troops to the United States, but the ministry rebuffed this.",
		"Georgia's harbours are busy in summer.",
		"Holt's fleet sails at dawn.",
		"Holt is quiet in winter.",
	)
	wantDeclined(t, ix, "saw chatter about Holt troops heading to Georgia - what did the ministry say?", "not of Georgia")
}

// "How likely is it that ...?" is answered first by the passage that
// weighs it ("it is unlikely that ..."), before one that reports it.
func TestHowLikelyWantsTheWeighing(t *testing.T) {
	ix := quietIndex(t, "",
		"There was speculation about Holt sending ferries to Vaduz, up to ten ferries, but Vaduz denied it.",
		"It is unlikely that Holt would send its boats to Vaduz.",
	)
	wantFirst(t, ix, "how likely is it that holt sends ferries to vaduz?", "p2")
	wantFirst(t, ix, "did vaduz deny that holt sends ferries?", "p1")
}

// "Why does the author doubt it?" asks for the author's reasons: the
// passage that judges it unlikely and says why comes before one that
// reports it, though that names more of the question.
func TestReasonsForADoubt(t *testing.T) {
	ix := quietIndex(t, "",
		"There was speculation about Holt sending 500 ferries north, but the ministry rebuffed this.",
		"It is unlikely that Holt would send its ferries to the north strait. Apart from the cost, there are problems due to the narrow channel.",
		"Holt's fleet is old.",
	)
	wantFirst(t, ix, "why does the author reckon Holt won't send ferries north", "p2")
	wantFirst(t, ix, "did the ministry rebuff the story of Holt sending ferries north?", "p1")
	// a question that names the judgement asks its reasons, whoever judges
	wantFirst(t, ix, "why is it so unlikely holt sends 500 ferries north?", "p2")
	// a plain negation is not one: what was reported may answer; nor is
	// the adjective ("an unlikely story")
	wantFirst(t, ix, "why wasn't the story of holt sending 500 ferries north true?", "p1")
	wantFirst(t, ix, "why was there that unlikely story of holt sending 500 ferries north?", "p1")
}

// "What's the catch with X?", "what's holding X back?" ask what stands in
// the way: a passage stating a difficulty in words of its own ("the
// limitations that inhibited it", "lacks the cash") answers before one
// that only names X.
func TestWhatStandsInTheWay(t *testing.T) {
	ix := quietIndex(t, "",
		"Ferry trade between Holt and Vaduz faces the same limitations that inhibited it before: Vaduz lacks the cash Holt wants.",
		"Holt and Vaduz ferry trade: Holt ferry trade with Vaduz resumed in May, and ferry trade fairs followed.",
	)
	wantFirst(t, ix, "whats the catch with holt-vaduz ferry trade?", "p1")
	wantFirst(t, ix, "what's holding back holt-vaduz ferry trade?", "p1")
	wantFirst(t, ix, "when did holt-vaduz ferry trade resume?", "p2")

	// the noun of difficulty makes nothing covered
	wantNotCovered(t, ix, "what's the problem with this link?")
	wantNotCovered(t, ix, "what are the constraints on rain in Vaduz?")
}

// "How many others ..." counts more of what the question is about:
// "others" names no thing a source must have.
func TestHowManyOthers(t *testing.T) {
	ix := quietIndex(t, "oslo: [Oslo]\n",
		"Oslo was among the five ports that voted against the harbour plan.")
	wantFirst(t, ix, "how did oslo vote on the harbour plan, and how many others voted against it?", "p1")
}

// A two-letter code in lower case that is no English word is the country
// the sources name; units and other short forms English writes in lower
// case stay, as does a code before a full stop among words.
func TestLowerCaseCountryCodes(t *testing.T) {
	ix := quietIndex(t, "riga: [Riga]\ncroatia: [Croatia]\negypt: [Egypt]\nkenya: [Kenya]\ncanada: [Canada]\n",
		"Croatia, Egypt, Canada and Kenya signed the ferry pact with Riga.")
	for q, want := range map[string]string{
		"did ke sign the ferry pact?":          "did Kenya sign the ferry pact?",
		"was the 24 hr deadline met?":          "was the 24 hour deadline met?",                      // an hour, not Croatia
		"eg did riga sign, ie the ferry pact?": "for example did riga sign, that is the ferry pact?", // Latin, not Egypt and Ireland
		"did riga/ke sign the pact":            "did riga/Kenya sign the pact",
		"the pact of riga/ke.":                 "the pact of riga/Kenya",
		"DID CA AND RIGA OBJECT TO THE PACT":   "did Canada and RIGA object to the pact",
	} {
		if got := ix.Understand(q).Text; got != want {
			t.Errorf("%q: searched %q, want %q", q, got, want)
		}
	}
}

// A name the glossary lists but no source writes ("the Holm–Berg deal"
// for a source's "the deal between Holm and Berg") is searched by its
// parts, each a name of its own or a word the sources have.
func TestNameNoSourceWritesIsSearchedByItsParts(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Holm Shipping]\nberg: [Berg, Berg Ferries]\nholm-berg-deal: [Holm-Berg deal, Holm–Berg merger]\n",
		"The ferry market is crowded.",
		"The deal between Holm and Berg, signed in May, gives Holm half of the ferries.",
		"Berg runs the night boats.",
	)
	wantFirst(t, ix, "what does the holm-berg deal give holm", "p2")
	wantFirst(t, ix, "when was the Holm–Berg merger signed?", "p2")
}

// "What did the firm say?" is answered by a passage where the firm
// refuses to: "has not commented", "declined to confirm".
func TestSilenceAnswersWhatAPartySaid(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Holm Shipping]\nberg: [Berg, Berg Ferries]\n",
		"A local paper reported that Holm had sought the night routes. Berg has not commented, and the report is unconfirmed.",
		"The ferry market is crowded, and Holm runs most of it.",
	)
	wantFirst(t, ix, "has berg said anything about the night routes report?", "p1")
	wantDeclined(t, ix, "what did Holm say about the crowded market?", "nothing Holm")
}

// A share (or a sum, a distance) asked of a party the question names is
// given by a passage that names the party, not by another party's share.
func TestQuantityOfANamedPartyNeedsTheParty(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nberg: [Berg]\n",
		"Together the three harbours handle about 54 per cent of the region's fish.",
		"Holm sold its old ferries to Berg.",
		"The ferry market is crowded.",
	)
	wantDeclined(t, ix, "what % of the region's fish does Berg handle?", "no percentage")
	wantFirst(t, ix, "what % of the region's fish do the three harbours handle?", "p1")
}

// "How many people" is counted by a figure of persons ("50 dock
// workers"), not by officials beside a count of something else, nor by
// "people" inside a name ("People's Republic").
func TestPeopleCountedByAFigureOfPersons(t *testing.T) {
	ix := quietIndex(t, "china: [China, People’s Republic of China]\n",
		"Officials in China expect twelve new ferries to sail by May.",
		"The ferry yards of Holm are busy.",
	)
	wantDeclined(t, ix, "how many people will sail on the new ferries in China?", "no figure")
	ix = quietIndex(t, "china: [China, People’s Republic of China]\n",
		"Officials in China expect 50 dock workers to sail with the twelve new ferries by May.",
		"The ferry yards of Holm are busy.",
	)
	wantFirst(t, ix, "how many people will sail with the ferries from China?", "p1")
}

// An area is asked by its units ("square kilometres", "km2", "area") and
// given by a figure of them, not by a distance; "price" heading a compound
// ("a price floor") asks no sum.
func TestAreaAndPriceCompounds(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Holm Lake]\nprice-floor: [price floor, floor price]\n",
		"Ferries from Holm must travel 60 kilometres to the coast.",
		"Holm Lake covers some 1,500 square kilometres, but it is shallow.",
		"Traders circulated a draft on a common price floor before the meeting.",
	)
	wantFirst(t, ix, "how big is holm lake, in sq km?", "p2")
	wantFirst(t, ix, "holm lake area in km2?", "p2")
	wantFirst(t, ix, "was there a price floor proposal before the meeting?", "p3")
	if r := ix.Understand("what was the price of a ferry ticket?"); r.Wants != knowledge.Money {
		t.Errorf("the price of: wants %q, want money", r.Wants)
	}
}

// "Who is the port's director?", where the glossary lists the role as an
// alias of the person: the passage that gives the person's name answers.
func TestNameAskedByARoleTheGlossaryLists(t *testing.T) {
	ix := quietIndex(t, "anna-holm: [Anna Holm, Holm, port director, director of the port]\n",
		"In May the port director, Anna Holm, told a trade fair that lenders would help.",
		"The ferry market is crowded.",
	)
	wantFirst(t, ix, "what's the name of the port director who told the trade fair lenders would help?", "p1")
	wantFirst(t, ix, "who was the port director at the trade fair? name?", "p1")
}

// Country codes typed in lower case together ("cl/ar/bo") are the
// countries, even where one of them is also an English abbreviation
// ("cl", centilitre).
func TestLowerCaseCodesTogether(t *testing.T) {
	ix := quietIndex(t, "chile: [Chile, Chilean]\nargentina: [Argentina]\nbolivia: [Bolivia]\n",
		"Chile, Argentina and Bolivia hold about 54 per cent of the world's salt flats.",
		"Chile sells to Japan.",
	)
	wantFirst(t, ix, "what share of the world's salt flats do cl/ar/bo hold?", "p1")
}

// "How big" asks a size, which a figure or a word of size gives, but not
// a passage with neither; "in actual numbers" wants a figure. A passage
// that has of the question only its year does not answer it.
func TestSizeAndAYearAlone(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Holm Lake]\nberg: [Berg, Berg Lake]\n",
		"Holm has vast stocks of timber.",
		"Traders say the smaller Berg Lake may be sold.",
		"The plan is unlikely to meet its 2031 targets.",
		"Timber prices fell sharply last year.",
		"Forecasts for the harbour are gloomy.",
	)
	wantFirst(t, ix, "how big are holm's timber stocks?", "p1")
	wantNotCovered(t, ix, "how big are holm's timber stocks in actual numbers?")
	wantNotCovered(t, ix, "how big is berg lake?")
	wantNotCovered(t, ix, "any forecast for 2031 in there?")
}

// "What royalty rate?" asks a percentage, given by a sentence with a
// percentage beside the word of what it is a rate of, not by a share of
// something else.
func TestRateOfWhat(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nberg: [Berg]\n",
		"Holm owns 22 per cent of Berg and sells its timber abroad.",
		"Berg charges a 3 per cent royalty on timber from its forests.",
	)
	wantNotCovered(t, ix, "what royalty rate does holm have on its timber?")
	wantFirst(t, ix, "what royalty rate does berg charge on timber?", "p2")
}

// "When's the next summit?" is answered by a passage that looks ahead,
// not by the date of the last one.
func TestNextEventNeedsAPassageLookingAhead(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"When the ministers met in Holm on 14 February 2025, they left without a statement.",
		"The ferry market is crowded.",
	)
	wantNotCovered(t, ix, "when's the next ministerial meeting after holm?")
	wantFirst(t, ix, "when did the ministers meet in holm?", "p1")
	ix = quietIndex(t, "holm: [Holm]\n",
		"The ministers met in Holm on 14 February 2025 and will meet again in June 2025.",
		"The ferry market is crowded.",
	)
	wantFirst(t, ix, "when's the next ministerial meeting after holm?", "p1")
}

// "Who runs the port authority? — name" is answered by the passage that
// names the body's holder of a role; "how big is the lake" by its area
// before a distance from it; "how much has X invested" asks a sum.
func TestHolderAreaAndInvestment(t *testing.T) {
	ix := quietIndex(t, "hpa: [HPA, Holm Port Authority]\nholm-lake: [Holm Lake]\nberg: [Berg]\nriga: [Riga]\n",
		"The HPA manages the northern quays and the ferry terminal.",
		"A local paper said Berg had sought the night routes. The HPA’s director, Anna Lind, denied it.",
		"Timber from Holm Lake must travel 60 kilometres to the port.",
		"Holm Lake covers some 1,500 square kilometres of shallow water, fed by four rivers and many streams that freeze in winter.",
		"Berg put US$40 million into the ferry terminal.",
	)
	wantFirst(t, ix, "who runs the HPA these days — name", "p2")
	wantFirst(t, ix, "how big is holm lake anyway", "p4")
	wantNotCovered(t, ix, "how much has Riga invested in the ferry terminal?")
	wantFirst(t, ix, "how much has Berg invested in the ferry terminal?", "p5")
}

// Lower-case codes coordinated by "and", "or", "&" or a comma ("cl and
// ar") are the countries, like codes joined by a slash.
func TestLowerCaseCodesCoordinated(t *testing.T) {
	ix := quietIndex(t, "chile: [Chile, Chilean]\nargentina: [Argentina]\nbolivia: [Bolivia]\n",
		"Chile, Argentina and Bolivia hold about 54 per cent of the world's salt flats.",
		"Chile sells to Japan, and Argentina to Canada.",
	)
	wantFirst(t, ix, "who do cl and ar sell to?", "p2")
	wantFirst(t, ix, "what share of the world's salt flats do cl, ar & bo hold?", "p1")
}

// "How long are ships waiting?" asks a time, not a distance; "how long
// is the pier?" a distance.
func TestHowLongOfATime(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"The average wait for ships at a berth in Holm fell to between four and six days in May.",
		"The new pier at Holm is 600 metres long.",
	)
	wantFirst(t, ix, "how long are ships waiting at holm now?", "p1")
	wantFirst(t, ix, "how long is the new pier at holm?", "p2")
}

// "How long was the gap between the lab confirming it and the government
// declaring it?" asks a time: a gap, a lag, an interval between two
// deeds, which a passage giving the two dates answers, not one with a
// distance.
func TestHowLongOfAGap(t *testing.T) {
	ix := quietIndex(t, "",
		"The laboratory confirmed the outbreak on 9 May, but the government did not declare it until 2 June.",
		"The laboratory is 14 km from the government quarter, and the government declared a new road there.",
	)
	for _, q := range []string{
		"how long was the gap between the lab confirming it and the government declaring it?",
		"how long was the lag between the laboratory confirming the outbreak and the government declaring it?",
	} {
		if got := ix.Understand(q).Wants; got != "" {
			t.Errorf("%q: wants %q, want no distance", q, got)
		}
		wantFirst(t, ix, q, "p1")
	}
}

// A distance written with a hyphen ("a 27-kilometre spur") is a
// distance; "how many jobs was it supposed to create" counts what was to
// be, which a figure of a plan gives.
func TestHyphenedDistanceAndSupposedCount(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nberg: [Berg]\n",
		"In March the bank approved a loan towards a 27-kilometre rail spur linking Holm to the network.",
		"A union said Berg would move its hub to Holm by the end of the year, creating about 1,200 jobs on the docks.",
	)
	wantFirst(t, ix, "how long is the holm rail spur?", "p1")
	wantFirst(t, ix, "how many dock jobs was berg's move supposed to create?", "p2")
}

// What a body's officer said is found where a quotation is attributed
// after it, to the officer by the body's possessive ("...," said Holm's
// chief executive, Ola Berg), before a passage where the body says
// something else.
func TestQuoteSaidByAPossessiveRole(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Semiconductor, Holm]\n",
		"The curbs. \"We are not a transit point,\" said Holm's chief executive, Ola Berg, of the new curbs on chip tools.",
		"Delays. Holm says some of its service requests under the curbs have waited 11 weeks.",
	)
	wantFirst(t, ix, "what did the holm ceo say abt the curbs?", "p1")
}

// "When?" is answered by a time relative to another ("after four years
// of use", "within 30 days") as by a date.
func TestRelativeTimeAnswersWhen(t *testing.T) {
	ix := quietIndex(t, "meseta: [Meseta Air, Meseta]\n",
		"The remedy. Meseta would keep the airport slots for at least seven years, earning permanent rights to the slots after four years of use.",
		"The market test of the remedy closed on 29 August, and Meseta signed its agreement on 8 August.",
	)
	wantFirst(t, ix, "when do the slots become meseta's for good?", "p1")
}

// "Since when?" is answered by a named event ("since World War II") as by
// a date: the passage that gives it answers; a "since" that gives a
// reason ("since Berg pays") is no time, and a date of something else
// answers nothing.
func TestSinceANamedEvent(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nberg: [Berg]\n",
		"Holm called the strike the longest walkout at the port since World War II.",
		"The port reopened on 3 May after the strike at the port, Holm said.",
	)
	wantFirst(t, ix, "holm calls the strike the longest walkout since when?", "p1")
	ix = quietIndex(t, "holm: [Holm]\nberg: [Berg]\n",
		"Holm called the strike the longest walkout at the port, since Berg pays the dockers.",
		"The port reopened on 3 May after the strike at the port, Holm said.",
	)
	wantDeclined(t, ix, "holm calls the strike the longest walkout since when?", "no time")
}

// A question that opens on a clause of time asks what its second question
// word asks, with a comma or, as chat writes it, without ("when the
// council put it to a vote how did berg vote"); "when and where did ..."
// and "when did ..., how ..." ask the time.
func TestWhenClauseWithoutComma(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nberg: [Berg]\n",
		"On 3 May the council put the harbour plan to a vote; Berg voted against it and Holm abstained.",
		"Berg said in June that the plan was dead.",
	)
	for _, c := range []struct {
		q        string
		clause   bool
		wantFrom string
	}{
		{"when the council put the harbour plan to a vote how did berg vote", true, "p1"},
		{"when the council put the harbour plan to a vote, how did berg vote?", true, "p1"},
		{"when and where did berg say the plan was dead?", false, "p2"},
		{"when did the council vote on the harbour plan, and how did berg vote?", false, "p1"},
	} {
		u := ix.Understand(c.q)
		if c.clause && u.Wants == knowledge.Time || !c.clause && u.Wants != knowledge.Time {
			t.Errorf("%q: wants %q", c.q, u.Wants)
		}
		wantFirst(t, ix, c.q, c.wantFrom)
	}
}

// The review's counter-examples to this round's rules: "area" alone, "how
// big a role", "what rate", a name that ends in "-ing", and "did not
// respond" as a party's silence.
func TestRoundTwentySixReview(t *testing.T) {
	cases := []struct {
		q    string
		want knowledge.Quantity
	}{
		{"when did holm close the border area?", knowledge.Time},
		{"how big a role could berg play?", ""},
		{"how long is the new shipping canal?", knowledge.Distance},
		{"how long is the Nanjing bridge?", knowledge.Distance},
		{"how long are ships waiting off holm?", ""},
	}
	ix := quietIndex(t, "holm: [Holm]\nberg: [Berg]\n",
		"Berg charges 3 per cent on timber from its forests.",
		"A paper said Holm had sought the night routes. Berg did not respond to requests for comment.",
	)
	for _, c := range cases {
		if got := ix.Understand(c.q).Wants; got != c.want {
			t.Errorf("%q: wants %q, want %q", c.q, got, c.want)
		}
	}
	wantFirst(t, ix, "what rate does berg charge on timber?", "p1")
	wantFirst(t, ix, "has berg said anything about the night routes?", "p2")
}

// "Which four projects?" asks for names: a passage that only counts them
// ("delayed at least four projects and made Holm's plans harder") does
// not say which, and a name after "and" names something else; "which
// dock workers' votes" asks for the votes, not the workers.
func TestWhichCountedThingsNeedNames(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nberg: [Berg]\n",
		"The collapse in prices delayed at least four mining projects and made Holm's plans harder to finance.",
		"Officials expect between eight and twelve mining projects to apply for the tax regime by the end of 2025.",
		"Two mining projects, Sala Norte and Vila Alta, were approved under the tax regime in March.",
	)
	wantDeclined(t, ix, "which 4 mining projects got delayed by the price drop?", "do not say which")
	wantFirst(t, ix, "which mining projects were approved under the tax regime?", "p3")
	wantFirst(t, ix, "which two mining projects were approved under the tax regime?", "p3")
	for _, q := range []string{"which 4 ports' votes did holm count?", "which ports' votes did holm count?"} {
		if f := ix.Understand(q).Focus; slices.Contains(f, "ports") {
			t.Errorf("%q: focus %q, want the votes asked for, not the ports", q, f)
		}
	}
}

// A one-word alias in capitals ("BAD", a bank's acronym in French) does
// not stand for its concept when typed as the English word ("how bad");
// chat forms ("rn") are no acronym of a name the sources write ("Republic
// of Namibia"), nor "Mr Dube" an "MD".
func TestCapitalAliasesAndChatForms(t *testing.T) {
	ix := quietIndex(t, "bank: [African Development Bank, AfDB, BAD]\nnamibia: [Namibia, Republic of Namibia]\n",
		"Before the call-up system, trucks queued on the Holm access roads for up to 20 kilometres.",
		"The AfDB suspended its loan for the rail spur in March.",
		"The Republic of Namibia imports power from its neighbours. Mr Dube, its minister, said so.",
		"The port's managing director, Anna Holm, said the wait had fallen.",
	)
	wantFirst(t, ix, "how bad were the truck queues before the call-up, in km?", "p1")
	wantFirst(t, ix, "why did BAD suspend the loan?", "p2")
	wantFirst(t, ix, "is the rail spur loan still suspended rn?", "p2")
	wantFirst(t, ix, "who's the port MD?", "p4")
	if s := ix.Understand("does namibia import power rn?").Text; strings.Contains(s, "Republic") {
		t.Errorf("rn read as a name: %q", s)
	}
}

// A unit glued to its figure is the unit ("300MW", "3mt", "20km"); "hr"
// an hour, "pre" before.
func TestGluedUnitsAndChatForms(t *testing.T) {
	for q, want := range map[string]string{
		"has the 300MW expansion got financing?":      "300 MW expansion",
		"is the 3mt copper goal realistic?":           "3 million tonnes copper",
		"how long were the queues pre call-up, 20km?": "before call-up, 20 kilometres",
		"17 hr outages a day?":                        "17 hour outages",
	} {
		if got, _ := knowledge.Normalize(q); !strings.Contains(got, want) {
			t.Errorf("%q: normalised %q, want %q in it", q, got, want)
		}
	}
}

// Figures and dates as chat writes them: "2 yrs" is the sources' "two
// years"; "Q1 24 y/y" the first quarter of 2024 year on year ("y/y" no
// Spanish "y"), and "Q2" not given by the first quarter's figure; "are
// the numbers up to date?" asks no count; "how long are the power cuts"
// a time; a passage about the source answers "when did it originally
// come out?" by its hint "originally".
func TestChatFiguresPeriodsAndTheSourcesDate(t *testing.T) {
	src := `---
id: made-up
title: A test source
author: Ann Marlow
publisher: Test Press
published: 2024-06
about_source: [4, 5]
hints:
  4: [publisher, published, first, originally, when, Test Press]
  5: [republished, permission, figures, Harbour Weekly]
---
Only 14 ships were at anchor off Holm on 31 May, against 46 two years earlier.

Container volumes at Berg in the first quarter of 2024 were 3 per cent higher than a year earlier.

Outages in Holm have been reduced to about 12 hours a day in the worst suburbs.

This article was first published by Test Press on 12 June 2024.

It is republished by Harbour Weekly with permission. Figures were correct at the time of first publication.

Fishing boats leave at dawn.

The lighthouse is closed in winter.
`
	kb, err := knowledge.Load(fstest.MapFS{"made-up.md": mapFile(src), "glossary.yaml": mapFile("holm: [Holm]\nberg: [Berg]\n")})
	if err != nil {
		t.Fatal(err)
	}
	ix := knowledge.NewIndex(kb)
	wantFirst(t, ix, "ships at anchor off holm end of may vs 2 yrs ago?", "p1")
	wantFirst(t, ix, "berg q1 24 volumes up or down y/y", "p2")
	wantFirst(t, ix, "how did berg's container volumes do in Q1 2024?", "p2")
	wantDeclined(t, ix, "how did berg's Q2 2024 container volumes come in?", "second quarter")
	wantFirst(t, ix, "how long are the power cuts in holm rn?", "p3")
	wantFirst(t, ix, "when did this originally come out?", "p4")
	wantFirst(t, ix, "saw this in harbour weekly - are the numbers up to date?", "p5")
	for q, want := range map[string]knowledge.Quantity{
		"are the numbers up to date?":          "",
		"how long are the power cuts in holm?": "", // a time, not a distance
		"what were the numbers in 2023?":       knowledge.Count,
	} {
		if got := ix.Understand(q).Wants; got != want {
			t.Errorf("%q: wants %q, want %q", q, got, want)
		}
	}
	if l := ix.Understand("berg volumes up or down y/y").Language; l != "" {
		t.Errorf("y/y read as %s", l)
	}
	if l := ix.Understand("qué dijo el alcalde y por qué").Language; l != "Spanish" {
		t.Errorf("a Spanish question read as %q", l)
	}
}

// "Who's the managing director of X?" needs a passage with the role, not
// another person beside X ("who's the official talking about ..." asks
// no role held); a count asked of a party needs a passage naming it, or
// going on from one that does by "the" and its name's last word ("the
// authority").
func TestRolesHeldAndCountsOfAParty(t *testing.T) {
	ix := quietIndex(t, "zra: [Holm River Authority, HRA]\nberg: [Berg]\nvik: [Vik]\nzpc: [Holm Power Company, HPC]\n",
		"Anna Lind, Berg's managing director, said imports had reached 260 MW on most days.",
		"Ola Dahl, Vik's energy minister, said the Holm Power Company would draw no extra water.",
		"Average load-shedding in Berg reached 17 hours a day in August.",
		"On 2 September the Holm River Authority recorded the lake at 475.93 metres.",
		"In February the authority cut the water available for power to 16 billion cubic metres.",
		"Lars Moe, a Vik official, spoke of hiring foreign workers.",
	)
	wantDeclined(t, ix, "who's the managing director of hpc?", "no name")
	wantFirst(t, ix, "who's berg's managing director?", "p1")
	wantFirst(t, ix, "who is the energy minister of vik?", "p2")
	wantFirst(t, ix, "who's the vik official talking about hiring foreign workers?", "p6")
	wantDeclined(t, ix, "how many hours of load shedding is vik getting?", "figure")
	wantFirst(t, ix, "how many hours of load shedding is berg getting?", "p3")
	wantFirst(t, ix, "how much water did the HRA allow for power this year?", "p5")
}

// A person the glossary names only inside an alias of a country ("the
// Varga government") is asked about as that person: what Varga said is a
// claim whose claimant names Varga, not any act of the country; "what are
// Holm's port people saying" asks what Holm's people said; "Holm's
// reaction to Berg saying ..." asks no speaker.
func TestHoldersInsideAliases(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik, Vik government, Varga government, Varga administration]\nholm: [Holm]\nberg: [Berg]\n",
		"The Varga government turned to direct extraction in 2023 after the royalty row in Sala.",
		"Vik's diplomats spoke of a cartel in 2011.",
		"The Varga government said the royalty was fair, a spokesman told reporters.",
		"Holm's port has lost cargo to Berg, whose new terminal opened in May.",
		"Holm denied Berg's claim that the ferry was late.",
	)
	wantDeclined(t, ix, "what did varga himself say about the cartel?", "nothing Varga said")
	wantDeclined(t, ix, "whats varga's personal take on a cartel", "Varga")
	wantFirst(t, ix, "what did varga say about the royalty?", "p3")
	wantDeclined(t, ix, "what are holm's port people saying about the new terminal?", "nothing Holm said")
	if h := ix.Understand("what was holm's reaction to berg saying the ferry was late?").Holder; h != "" {
		t.Errorf("holder %q of a reaction to another's saying", h)
	}
}

// A sum, share or distance asked of a party needs a sentence giving it
// that names the party, or follows one that does, or names no other
// party: Berg's import bill in a passage that names Vik elsewhere is not
// what Vik pays.
func TestQuantityBesideItsParty(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nberg: [Berg]\nzesco: [Bergpower]\n",
		"That is easier said than paid for. Anna Lind, Bergpower's managing director, said the import bill had reached about $28 million a month. She called transmission through Vik the choke point.",
		"Vik is better placed. Its coal plant cost about $1.5 billion.",
		"Holm generates more than 80% of its electricity from its dams. It paid $40 million for imports in May.",
	)
	wantDeclined(t, ix, "how much is vik paying for its electricity imports each month?", "amount of money")
	wantFirst(t, ix, "how much did vik's coal plant cost?", "p2")
	wantFirst(t, ix, "how much did holm pay for imports in may?", "p3")
}

// A passage that shares with a question only its year and a word nearly
// every passage has ("ferry" in a piece on ferries) is not about it.
func TestOnlyAYearAndTheSourcesSubject(t *testing.T) {
	ix := quietIndex(t, "",
		"The ferry company is unlikely to meet its 2030 targets.",
		"Ferry fares rose by a third in 2024.",
		"The ferry union struck in May.",
		"A new ferry terminal opened at the harbour.",
	)
	wantDeclined(t, ix, "what's the consensus ferry fare forecast for 2030?", "as a whole")
	wantFirst(t, ix, "will the ferry company meet its 2030 targets?", "p1")
}

// "How many jobs did the union claim the move would bring?" counts what
// was to be, which a plan's figure gives.
func TestCountOfWhatWouldBe(t *testing.T) {
	ix := quietIndex(t, "berg: [Berg]\nholm: [Holm]\nunion: [Dock Workers Union, DWU]\n",
		"The Dock Workers Union said in May that Berg planned to move its hub to Holm by the end of the year, creating about 1,200 jobs on the Holm docks.",
		"Berg denied it.",
	)
	wantFirst(t, ix, "how many dock jobs did the union claim the berg move would bring to holm", "p1")
}

// "Who's the bank's country manager?", the glossary listing the role as
// an alias of the person, is answered by the passage that names her,
// even at the opening of a sentence.
func TestRoleAliasNamedOpeningASentence(t *testing.T) {
	ix := quietIndex(t, "bank: [Holm Development Bank, HDB]\nlind: [Anna Lind, Lind, HDB country manager, HDB country manager for Berg]\nberg: [Berg]\n",
		"Disbursement was suspended in May. Anna Lind, the HDB’s country manager for Berg, said payments would resume.",
	)
	wantFirst(t, ix, "who's the hdb country mgr for berg", "p1")
}

// "Hearing X, is that right?" asks X; a word the sources have only as the
// start of a compound with an English word ("hydro" of "hydropower")
// finds it.
func TestHearsayAndClippedCompounds(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Holm generates more than 80% of its electricity from hydropower. Some households get three hours of power a day.",
	)
	wantFirst(t, ix, "how dependent is holm on hydro tbh", "p1")
	wantFirst(t, ix, "hearing holm ppl only get a few hrs of power a day, is that right?", "p1")
	if s := ix.Understand("has the court heard the case?").Text; !strings.Contains(s, "heard") {
		t.Errorf("a verb of the question taken for chat: %q", s)
	}
}

// The review's counter-examples to round 27's rules: "Q1" in a source
// that writes "Q1", and a part of a year declined only where the sources
// give another; "HR", "H2" in capitals are acronyms; "the government" refers
// back to no one party; the Department of Defense keeps its holder; a
// common word is no clipped compound ("seven" of "seventeen"); "how long
// is the cable with the outages" asks a length; a count asked in so many
// words keeps its count beside "figures correct?"; "the two ports" points
// back; the noun "hearing" stays; "51,000mt" is tonnes, "3Mt" million tonnes; a
// person the glossary lists answers "who's the managing director of X?".
func TestRoundTwentySevenReview(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik, Vik government]\nnordby: [Nordby, Nordby government]\nlind: [Anna Lind, Lind]\nvikpower: [Vikpower]\n",
		"Container volumes at the port of Vik rose 8 per cent in Q1 2024 from a year earlier.",
		"The port plans a new berth, due to open in the second half of 2025.",
		"Nordby raised its port fees by 5 per cent in June.",
		"The government of Vik pays $3 million a year for dredging its channel.",
		"Vik and Nordby are rival ports. The two ports agreed in May to share a dredger.",
		"The regulator will hold a public hearing on Vik port tariffs on 14 October.",
		"Anna Lind, Vikpower's managing director, said outages in Vik last about 12 hours a day. Seventeen hours is a number from a spreadsheet.",
		"The new cable to Nordby is 1,600 kilometres long and has had outages.",
	)
	wantFirst(t, ix, "what were Q1 volumes at Vik?", "p1")
	wantDeclined(t, ix, "what were Q3 volumes at Vik?", "")
	wantNotCovered(t, ix, "any H2 hydrogen plans at Vik?")
	wantNotCovered(t, ix, "how much does Nordby pay for dredging?")
	wantFirst(t, ix, "which ports agreed to share a dredger?", "p5")
	wantFirst(t, ix, "who's the managing director of Vikpower?", "p7")
	wantFirst(t, ix, "how many hours of outages does Vik get? figures correct?", "p7")
	for _, tm := range ix.Search("seven hours of power, who said that?", knowledge.Options{}).Terms {
		for _, e := range tm.Expansions {
			if e.Word == "seventeen" {
				t.Errorf("%q expanded to %q", tm.Surface, e.Word)
			}
		}
	}
	for q, want := range map[string]string{
		"what about HR abuses at Vik?":            "HR abuses",
		"Hearing on the Vik tariffs, when is it?": "Hearing on the Vik tariffs",
		"did Vik cut its forecast to 51,000mt?":   "51,000 tonnes",
		"is the 3Mt goal realistic?":              "3 million tonnes",
	} {
		if got, _ := knowledge.Normalize(q); !strings.Contains(got, want) {
			t.Errorf("%q: normalised %q, want %q in it", q, got, want)
		}
	}
	if w := ix.Understand("how long is the cable with the outages?").Wants; w != knowledge.Distance {
		t.Errorf("a length asked beside outages: wants %q", w)
	}
	if h := ix.Understand("what does the Department of Defense think about the cable?").Holder; h == "" {
		t.Error("a holder named with 'of' lost")
	}
}

// A figure asked in a unit, or by the name of its measure, needs that
// figure of the party asked about: "what's Nordby's capacity in MW" is not
// answered by Vik's deficit in MW in a passage that names Nordby; "what's
// the lake's capacity" by no figure of a capacity at all. "How much power"
// is answered in megawatts that never say "power".
func TestFigureInAUnitOfTheParty(t *testing.T) {
	ix := quietIndex(t, "chad: [Chad, Chadian]\nnordby: [Nordby, Nordby station]\nvikpower: [Vikpower]\nholm: [Holm, Holm Packaging]\narne: [Arne Memory]\nvik: [Vik]\n",
		"Chad gets most of its power from hydro; the Nordby station is also short of water. The national utility, Vikpower, puts the country's deficit at 1,400 MW. Some households get three hours of power a day.",
		"The Holm campus will draw about 120 megawatts at full build-out, against a peak demand of roughly 1,750 MW.",
		"Holm Packaging committed $2.1bn to a campus. At full build-out it is meant to employ 4,800 people by 2029. Separately, Arne Memory pledged RM 4.5 billion for a test line.",
		"Nordby was built in 1962 by a consortium of three firms.",
		"Vik's ministry of energy says imports are rising.", "The rains are late this year.", "Prices of copper are falling.", "Holm Packaging has a plant in Vik.",
	)
	wantNotCovered(t, ix, "how many MW is nordby putting out these days")
	wantNotCovered(t, ix, "what's nordby's output in MW?")
	wantNotCovered(t, ix, "what's the installed capacity of the nordby station?")
	wantFirst(t, ix, "how much power will the holm campus pull?", "p2")
	wantFirst(t, ix, "how many MW is chad short?", "p1")
	wantFirst(t, ix, "how many people will holm employ?", "p3")
	wantNotCovered(t, ix, "how many jobs is arne memory's test line supposed to create?")
	wantFirst(t, ix, "how much money did arne memory pledge?", "p3")
	wantFirst(t, ix, "what is arne memory putting in, in RM?", "p3")
}

// What someone earns is a sum beside a word of pay; "phase 2" is the
// second phase, not a figure the sources lack.
func TestEarningsAndNumberedStages(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nholm: [Holm, Holm Packaging]\n",
		"The Vik talent programme, launched with RM 120 million, aims to retrain 10,000 technicians. Abroad, an experienced engineer can earn roughly 2.5 times as much.",
		"Holm's second phase, worth roughly $900m, is pending a board decision.",
		"Dock workers at Vik earn about $400 a month, the union says.",
	)
	wantNotCovered(t, ix, "what does an experienced engineer earn in vik's talent programme, in RM?")
	wantFirst(t, ix, "what do dock workers at vik earn?", "p3")
	wantFirst(t, ix, "what's holm phase 2 hinging on?", "p2")
	wantFirst(t, ix, "how much did holm pay for phase 2?", "p2")
	if got, _ := knowledge.Normalize("round 3 of the talks"); !strings.Contains(got, "third round") {
		t.Errorf("a numbered stage: %q", got)
	}
}

// "What is X putting into Y" asks a sum invested; the passage that gives
// it is cited, though a shorter one on X and Y scores higher, when it
// matches every term the better one does.
func TestSumPutInto(t *testing.T) {
	ix := quietIndex(t, "arne: [Arne Memory, Arne]\nholm: [Holm, Holm Packaging]\n",
		"Arne's Vik line is built but not yet equipped.",
		"So far the investment has kept coming to the region, year after year, from firms large and small, as governments compete with grants and land. The agency approved many projects in 2024, up on a year earlier, and more are due. Separately, Arne Memory, also American, pledged RM 4.5 billion for a test line at Vik, which is to open after the others.",
		"Holm, a foreign packaging firm, opened a 2,300-worker plant at Vik in 2023.",
		"The rains are late this year.", "Prices of copper are falling.", "The port is busy.",
	)
	if w := ix.Understand("what is arne memory putting into vik?").Wants; w != knowledge.Money {
		t.Errorf("a sum put into something: wants %q", w)
	}
	wantFirst(t, ix, "what is arne memory putting into vik?", "p2")
	wantNotCovered(t, ix, "how much did holm sink into the vik plant?")
}

// A country's informal or former name in chat ("naija", "burma") is the
// country where the sources name it otherwise; a city's short name ("DC")
// the city.
func TestCountryNicknames(t *testing.T) {
	ix := quietIndex(t, "nigeria: [Nigeria, Nigerian, Abuja]\ntogo: [Togo, Togolese, Lome]\n",
		"Nigeria, with more than 220 million people, dwarfs Togo, home to about 9 million.",
		"Cargo bound for Nigeria went through Lome because Lagos was congested.",
		"The port of Lome handled 2 million containers in 2023.",
		"The rains are late this year.", "Prices of copper are falling.",
		"Togo's minister told a Washington conference that the port was open to all.",
	)
	wantFirst(t, ix, "why did naija cargo go via lome?", "p2")
	wantFirst(t, ix, "what did togo say at that DC conference?", "p6")
	wantFirst(t, ix, "how many people does naija have?", "p1")
}

// A job title's acronym is the title where the sources write it in full;
// "who is X's <role>" asks the holder of X's role, "Xs" without its
// apostrophe too; "how long is X pushed back" asks a time; "what's the
// cost of X" and "the starting pay" a sum, the pay one beside a word of pay.
func TestTitlesRolesDelaysAndCosts(t *testing.T) {
	ix := quietIndex(t, "lumora: [Lumora, Lumora Semiconductor]\nkestrel: [Kestrel, Kestrel Packaging]\narne: [Arne, Arne Memory]\nvik: [Vik]\n",
		`"We are not a transit point," said Lumora's chief executive, Daniel Ooi.`,
		"Kestrel's campus will draw about 120 megawatts. The regulator's director-general, Anna Holm, said margins would be tight.",
		"Arne's line is built but not equipped; first output is now expected no earlier than Q1 2026, a delay of about nine months.",
		"The Vik river water transfer scheme is still waiting for federal funding.",
		"The Vik talent scheme was launched with RM 120 million. Technicians in Vik earn about 2.5 times as much abroad.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "who is lumoras ceo?", "p1")
	wantFirst(t, ix, "who is lumora's chief exec?", "p1")
	wantNotCovered(t, ix, "who is kestrels ceo?")
	wantNotCovered(t, ix, "who is kestrel's chief executive?")
	if w := ix.Understand("how long is arne's first output pushed back?").Wants; w == knowledge.Distance {
		t.Error("a delay asked as a length")
	}
	wantNotCovered(t, ix, "what's the estimated cost of the vik river water transfer scheme?")
	wantNotCovered(t, ix, "what is the average pay for technicians in vik?")
	wantNotCovered(t, ix, "who is kestrels chief exec?")
}

// A numbered stage the sources do not tell of, where they tell of other
// stages of the kind, is not covered: "phase 3" beside a first and a
// second phase; a source's "Phase 2" is the second phase.
func TestNumberedStageNotToldOf(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Holm Packaging]\nvik: [Vik]\n",
		"Holm's first phase opened in Q3 2024 with 1,100 staff. Its second phase, worth roughly $900m, is pending a board decision.",
		"Vik's Phase 2 expansion is due in 2026 and will cost $40m.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantDeclined(t, ix, "whats the price tag and timing on holm's phase 3?", "third phase")
	wantFirst(t, ix, "what's the price tag on holm's phase 2?", "p1")
	wantFirst(t, ix, "when is vik's second phase due?", "p2")
}

// A sum or a count in a clause of another party's, in a sentence that
// names the party asked about in its other clause, is not the party's.
func TestFigureInAnotherPartysClause(t *testing.T) {
	ix := quietIndex(t, "vik-board: [Vik Board, VB]\nholm: [Holm Substrates, Holm]\nberg: [Berg]\n",
		"The Vik Board has courted memory packaging with grants, and Holm Substrates announced a $900 million plant there in November 2024.",
		"Berg pledged $2 billion, and it will employ 4,000 people.",
		"The rains are late this year.", "Prices of copper are falling.", "The port is busy.",
	)
	wantNotCovered(t, ix, "how much grant money has the VB put on the table?")
	wantNotCovered(t, ix, "how many people will the VB hire, and how much money?")
	wantFirst(t, ix, "how much did berg pledge?", "p2")
	wantFirst(t, ix, "how many people will berg employ?", "p2")
	wantFirst(t, ix, "how much is holm putting into the plant?", "p1")
}

// "Did X ever / actually V", "what came out of X": where the passage on X
// tells of it only as still to come, the sources cannot say it happened;
// the pending sentence is kept to be quoted. "Has X V-ed yet" is answered
// by a source's "not yet"; "what did X actually say" asks no outcome.
func TestLaterEventToldAsPending(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"In March 2024 a court in Vik halted new permits along the river pending an environmental impact study.",
		"A plenary in December, at which both governments want their controls made multilateral, will follow.",
		"Holm's second plant has not yet broken ground.",
		`Holm told parliament the government would "buy every megawatt the region can sell".`,
		"The rains are late this year.", "Prices of copper are falling.",
	)
	for _, q := range []string{"did the environmental study in vik ever get done?", "what came out of the plenary in december?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered || r.Pending == "" {
			t.Errorf("%q: covered %v, pending %q (%s)", q, r.Covered, r.Pending, r.Reason)
		}
	}
	wantFirst(t, ix, "has holm's second plant broken ground yet?", "p3")
	wantFirst(t, ix, "what did holm actually tell parliament?", "p4")
}

// "Avg", "pct", "qtr" are average, per cent, quarter; a wait, a delay or a
// clearance time asked by name is a figure of time of the party asked
// about: Vik's berth wait is not given by Berg's.
func TestWaitsAndTimeAbbreviations(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nberg: [Berg]\n",
		"Ships calling at Berg are first unloaded at Vik. The average wait for a berth at Berg fell to between four and six days in May.",
		"Vik's port moved 2 million boxes in 2023.",
		"The rains are late this year.", "Prices of copper are falling.", "The lighthouse is closed in winter.",
	)
	wantNotCovered(t, ix, "what's the avg berth wait at vik, for comparison w berg")
	wantNotCovered(t, ix, "what's the berth wait at vik these days?")
	wantFirst(t, ix, "what's the avg berth wait at berg?", "p1")
	for q, want := range map[string]string{"avg wait": "average wait", "up 3 pct": "up 3 per cent", "last qtr": "last quarter",
		"saw it reposted somewhere": "republished", "was it cross-posted": "republished",
		"still waiting for federal $$?": "federal money?", "how much $$ did they get": "how much money did", "$$ 5m": "$$ 5"} {
		if got, _ := knowledge.Normalize(q); !strings.Contains(got, want) {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
}

// A dotted acronym in the glossary ("M.E.T.I.") is the acronym: its
// letters are not words, and a lone "E" ("E&E") or "U" names no concept.
func TestDottedAcronymAlias(t *testing.T) {
	ix := quietIndex(t, "meti: [METI, M.E.T.I., Ministry of Economy]\nus: [United States, U.S.]\nholm: [Holm]\n",
		"METI published amendments on 7 February adding nine items to its control list.",
		"Holm's electrical and electronic goods made up 41 per cent of exports.",
		"The United States pressed for tighter rules.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	for _, q := range []string{"E&E share of holm's exports?", "is the U pressing?"} {
		for _, tm := range ix.Search(q, knowledge.Options{}).Terms {
			if strings.HasPrefix(tm.Stem, "=meti") || strings.HasPrefix(tm.Stem, "=us") {
				t.Errorf("%q: %q read as %s", q, tm.Surface, tm.Stem)
			}
		}
	}
	wantFirst(t, ix, "what did M.E.T.I. add to its list?", "p1")
	wantFirst(t, ix, "what did the U.S. press for?", "p3")
}

// The second reader's counter-examples to round 28's rules: what the
// sources say was done is not "still to come" ("due to" a cause, "was
// completed", a past verb beside a "will"), nor is "did X actually say";
// "Phases 2 and 3" name the second phase; "round 2 million" is a figure;
// "syndicated" stays; "the human cost" and "its capacity to supply" ask no
// figure, nor "in weeks" or "in CAD"; "COP 28" is no sum; "VP" needs the
// sources' "vice president"; a clause opening with "it" is the subject's;
// a rate ("40 ships a day") is no wait.
func TestRoundTwentyEightReview(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik, Vik Bay]\nholm: [Holm]\ntarn: [Tarn]\nbrun: [Lea Brun]\n",
		"The Vik lighthouse shut in May 2024 due to storm damage.",
		"The environmental impact study of the Vik river, due in May, was completed in June 2024.",
		"Holm's board approved the Vik plant in July 2024 after a draft plan was revised.",
		"Holm opened its first plant in Vik Bay in March 2023, and the plant will employ 900 people by 2026.",
		"Lea Brun said output would double.",
		"Phase 1 of the Vik Bay project opened in 2023. Phases 2 and 3 are due in 2026.",
		"Holm took a syndicated loan of $400 million. Holm's president, Lea Brun, spoke. The vice minister of trade was there.",
		"At COP 28 in Dubai, Holm pledged to cut its emissions by half.",
		"Holm signed a supply deal in March 2024, and it will pay Tarn's owners $900 million over five years.",
		"The port at Vik handles about 40 ships a day.",
		"Tarn's new smelter will draw 300 MW at full build-out.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	for q, want := range map[string]string{
		"did the vik lighthouse ever shut?":                           "p1",
		"did the environmental study of the vik river ever get done?": "p2",
		"did Holm's board actually approve the Vik plant?":            "p3",
		"Did Holm actually open a plant in Vik Bay?":                  "p4",
		"Did Lea Brun actually say output would double?":              "p5",
		"when is phase 2 of the Vik Bay project due?":                 "p6",
		"how big was the syndicated loan?":                            "p7",
		"how much will Holm pay under the supply deal?":               "p9",
		"how much power will tarn's smelter draw?":                    "p11",
	} {
		wantFirst(t, ix, q, want)
	}
	wantNotCovered(t, ix, "how much money did holm pledge at COP 28?")
	wantNotCovered(t, ix, "who is Holm's VP?")
	wantNotCovered(t, ix, "what's the berth wait at vik?")
	for _, q := range []string{"what is the human cost for Vik of the war?", "who designed the vik line in CAD?"} {
		if w := ix.Understand(q).Wants; w == knowledge.Money {
			t.Errorf("%q asks a sum", q)
		}
	}
	for _, q := range []string{"what's Vik's capacity to supply shells?", "will the rail route resume in weeks?"} {
		if w := ix.Understand(q).Wants; w == knowledge.Count {
			t.Errorf("%q asks a count", q)
		}
	}
	for q, bad := range map[string]string{"how many troops, round 2 million?": "second round", "did the round 2,000 workers get paid?": "second round"} {
		if got, _ := knowledge.Normalize(q); strings.Contains(got, bad) {
			t.Errorf("%q: %q", q, got)
		}
	}
}

// A count with a modifier between it and the noun names nothing either:
// "which projects applied?" is not answered by "twelve mining projects".
func TestCountPastAModifierIsVague(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nholm: [Holm Mine]\nberg: [Berg Mine]\ntarn: [Tarn]\n",
		"The Vik regime offers tax stability. Officials expect between eight and twelve mining projects to apply by the end of 2025.",
		"Two copper projects, Holm Mine and Berg Mine, opened in Tarn in May.",
		"The rains are late this year.", "Prices of copper are falling.", "The port is busy.",
	)
	wantDeclined(t, ix, "which projects does vik expect to apply?", "which projects")
	wantFirst(t, ix, "which projects opened in tarn in may?", "p2")
}

// Chat's shortenings: a name with its first letter and last two kept
// ("msia", "phils"), "5y", "unis", "ie"; a phrase the sources quote that
// opens with "a" is no term known by its initials ("ATP" is not “a trusted
// partner”).
func TestNameShorteningsAndQuotedPhrases(t *testing.T) {
	ix := quietIndex(t, "malaysia: [Malaysia, Malaysian]\nholm: [Holm]\n",
		"Malaysia handles an estimated 13 per cent of the world's chip packaging.",
		`Holm said Malaysia was "a trusted partner" and would not be a back door.`,
		"Universities graduate about 5,000 engineers a year; the industry needs 50,000 over the next five years.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "what share of global chip packaging does msia do?", "p1")
	wantFirst(t, ix, "how many engineers do unis turn out vs need over the next 5y?", "p3")
	for _, tm := range ix.Search("what share of global ATP does Malaysia do?", knowledge.Options{}).Terms {
		for _, e := range tm.Expansions {
			if strings.Contains(e.Word, "trusted") {
				t.Errorf("%q expanded to %q", tm.Surface, e.Word)
			}
		}
		if strings.Contains(strings.ToLower(tm.Surface), "trusted") {
			t.Errorf("ATP read as %q", tm.Surface)
		}
	}
	if got, _ := knowledge.Normalize("the whitelist, ie who is exempt"); !strings.Contains(got, "that is who") {
		t.Errorf("ie: %q", got)
	}
}

// "Its director-general, Ola Berg, said ...": what the body the sentence
// before opens with says, by its official.
func TestClaimByABodysOfficial(t *testing.T) {
	ix := quietIndex(t, "commission: [Energy Commission, Vik Energy Commission]\nvik: [Vik]\nkedah: [Kedah]\n",
		"Vik's Energy Commission has approved a new line from Kedah. Its director-general, Ola Berg, said reserve margins would fall to 11 per cent in 2026.",
		"The rains are late this year.", "Prices of copper are falling.", "The port is busy.",
	)
	wantFirst(t, ix, "what does the energy commission think reserve margins will dip to?", "p1")
	wantNotCovered(t, ix, "what does kedah think reserve margins will dip to?")
}

// A month asked about as a period that the sources do not give, where
// they give other months, is not covered: a figure for June is not May's,
// though a report of May's figures came out in June; a month the sources
// give a figure for, or name as the day of a figure, is.
func TestMonthTheSourcesDoNotGive(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Port of Holm]\nvik: [Vik]\n",
		"Figures released by the port authority on 3 June 2022 show that the average wait for a berth at Holm fell to five days in May, from 21 days in early 2020.",
		"Vik handled 40,000 containers in March 2022 and 52,000 in April.",
		"On 12 July 2022, 14 ships were at anchor off Vik.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantDeclined(t, ix, "what are the berth wait times at holm for june 2022", "for May, not for June")
	wantDeclined(t, ix, "how many containers did vik handle in february?", "not for February")
	wantFirst(t, ix, "how long were ships waiting for a berth at holm in may?", "p1")
	wantFirst(t, ix, "how many containers did vik handle in april 2022?", "p2")
	wantFirst(t, ix, "how many ships were at anchor off vik in july?", "p3")
	// a day of a month is a date asked, not a period; a bare "may" is a verb
	wantFirst(t, ix, "how many ships were at anchor off vik on 12 july?", "p3")
	wantFirst(t, ix, "how many containers may vik handle, per the april figures?", "p2")
}

// An event the sources set for a day ("a strike for 12 May", "provisionally
// set for 16 May", "the planned strike") is still to come as of their
// writing: "did it go ahead", "did it pass in the end", "what did the board
// decide" ask what they cannot report; "did the union call a strike"
// asks what they do.
func TestEventSetForADayIsPending(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik-board: [Vik Board]\n",
		"The Holm dockers' union, which claims 12,000 members, has called a national strike for 12 May against the pension freeze.",
		"The Vik Board meeting is provisionally set for 16 May, four days after the planned strike.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	for _, q := range []string{"did the 12 may strike actually go ahead?", "did the vik board approve it on 16 may in the end?", "what did the vik board decide on may 16"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered || r.Pending == "" {
			t.Errorf("%q: covered %v, pending %q (%s)", q, r.Covered, r.Pending, r.Reason)
		}
	}
	wantFirst(t, ix, "did the holm dockers union call a strike?", "p1")
	wantFirst(t, ix, "when is the vik board meeting?", "p2")
}

// An acronym no source writes, whose phrase a passage near the question
// spells out in lower case, is read as the phrase: "CACs", "PDI", "npv",
// "ATP" (a list: "assembly, test and packaging"), not a run with a name in
// it or opening with "and" ("and most ... Tarn"); an acronym no passage
// spells is still what the question asks about, and so is one that says
// or finds something ("what did the FBI find": a body, not "foreign bond
// investors"), or one with no other word to find the passages near it.
func TestAcronymSpelledOutInTheSources(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"To bind holdouts through the collective action clauses, Holm needs 75% acceptance in aggregate.",
		"The $187m of past-due interest would be capitalised into a bond due 2029.",
		"That implies relief of about $8.7bn in net present value terms.",
		"Holm handles 13 per cent of the world's chip assembly, test and packaging, and most of it sits in Tarn.",
		"Foreign bond investors sold Holm debt after the election.",
	)
	wantFirst(t, ix, "what acceptance does holm need to drag holdouts along via the CACs?", "p1")
	wantFirst(t, ix, "wat happens to the PDI in the bond", "p2")
	wantFirst(t, ix, "total relief in npv terms?", "p3")
	wantFirst(t, ix, "roughly what share of global ATP does holm do?", "p4")
	r := ix.Search("what share of ATP does holm do?", knowledge.Options{})
	if !slices.ContainsFunc(r.Steps, func(s knowledge.Step) bool { return s.Stage == "spelled" && s.After == "assembly, test and packaging" }) {
		t.Errorf("ATP: steps %v", r.Steps)
	}
	for _, q := range []string{"what did the AMT decide?", "what did the NTA decide?", "what did the FBI find about holm debt?", "wat happens to the PDI"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered || slices.ContainsFunc(r.Steps, func(s knowledge.Step) bool { return s.Stage == "spelled" }) {
			t.Errorf("%q: covered %v, steps %v", q, r.Covered, r.Steps)
		}
	}
}

// A figure a source writes glued to its magnitude or unit ("$6.4bn",
// "300MW") is the figure and the word, as a question's "6.4 billion",
// "$6.4bn" or "300 MW" are read.
func TestFigureGluedToItsMagnitude(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"Holm reached an agreement on a 40-month facility worth $6.4bn.",
		"Vik's new plant will draw 300MW at full build-out.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "who agreed the $6.4bn facility?", "p1")
	wantFirst(t, ix, "what is the 6.4 billion facility?", "p1")
	wantFirst(t, ix, "whose plant draws 300 MW?", "p2")
}

// Finance chat's forms: bonds named by their maturity's year ("the 39s",
// "the 2039s": the bonds due 2039, not a year after the sources), a
// calendar year's short form ("cy25"), "fx" for foreign exchange where the
// sources never write it, "how much fx" asking a sum, and a word clipped
// in the plural ("bilats": bilateral).
func TestFinanceChatForms(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"To bridge the gap Holm has attached a value recovery instrument to the 2039 bond.",
		"External debt service due in 2025 is $12bn, against gross reserves of $4.7bn at the end of December 2022.",
		"A barter deal with Vik would save an estimated $380m a year in foreign exchange.",
		"The terms must be written into bilateral agreements, and only three of the 13 had been signed.",
		"The rains are late this year.",
	)
	wantFirst(t, ix, "vri terms on teh 39s", "p1")
	wantFirst(t, ix, "what's attached to the 2039s?", "p1")
	wantFirst(t, ix, "ext debt service due cy25?", "p2")
	wantFirst(t, ix, "gross fx reserves end dec?", "p2")
	wantFirst(t, ix, "vik barter - how much fx does it save", "p3")
	wantFirst(t, ix, "how many of the 13 bilats are signed", "p4")
	// a decade is no bond; a year after the sources still is one
	wantDeclined(t, ix, "what did holm do in the 2040s?", "2040s")
	wantDeclined(t, ix, "what happened to the bonds in 2039?", "2039")
}

// A sum asked in a currency ("in dollars", "in USD", "how many rupees")
// is given only by a sentence with a sum in that currency on the
// question's topic: not by the levy in rupees, nor by a dollar sum beside
// something else. "End March 25" is the end of March 2025.
func TestSumAskedInACurrency(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"The fuel levy rises from Rs 60 to Rs 78 per litre on 1 July.",
		"A barter deal with Vik would save an estimated $380m a year.",
		"Holm's trade with Vik was worth $34 million in 2019.",
		"Gross reserves at the Holm central bank fell from $9.4bn in June 2021 to $4.7bn at the end of December 2022.",
		"The rains are late this year.",
	)
	wantDeclined(t, ix, "what's the new fuel levy in dollars per gallon?", "in rupees, not in dollars")
	wantDeclined(t, ix, "how much is the fuel levy in USD?", "not in dollars")
	wantFirst(t, ix, "how much is the fuel levy in rupees?", "p1")
	wantFirst(t, ix, "how much was holm-vik trade worth in dollars in 2019?", "p3")
	wantFirst(t, ix, "how much will the vik barter deal save in dollars?", "p2")
	wantDeclined(t, ix, "holm central bank gross reserves at end march 22, in dollars?", "not for March")
}

// "How much cheaper / bigger / heavier is X" asks by how much, not what
// of: the comparative is no word the sources must write; "how much water"
// still asks water.
func TestHowMuchComparative(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"Vik offers wages roughly 40 per cent below Holm's.",
		"Holm's new plant is twice the size of the old one.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "how much cheaper is vik labour vs holm?", "p1")
	wantFirst(t, ix, "how much bigger is holm's new plant?", "p2")
	wantNotCovered(t, ix, "how much water does holm's new plant use?")
}

// "Did the levy vote pass?", "how did the strike go?", where the passage
// tells of the vote or the strike only as still to come, ask what the
// sources cannot report; "did the union call a strike?" asks what they
// tell as done ("has called a strike for 12 May"), and "was the deal
// signed in March?" what they tell in the past.
func TestOutcomeOfAnEventStillToCome(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"The Holm assembly vote on the fuel levy is scheduled for 24 April and is not certain.",
		"The Vik dockers' union has called a national strike for 12 May against the pension freeze.",
		"On 14 March Holm reached a staff-level agreement with the Fund on a 40-month facility.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	for _, q := range []string{"did the holm levy vote pass?", "how did the vik strike go?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered || r.Pending == "" {
			t.Errorf("%q: covered %v, pending %q (%s)", q, r.Covered, r.Pending, r.Reason)
		}
	}
	wantFirst(t, ix, "did the vik dockers union call a strike?", "p2")
	wantFirst(t, ix, "was the holm staff-level agreement reached in march?", "p3")
	wantFirst(t, ix, "when is the holm levy vote?", "p1")
}

// A count of a clipped word ("how much semi stuff") counts what the
// sources write it as ("semiconductor projects").
func TestCountOfAClippedWord(t *testing.T) {
	ix := quietIndex(t, "holm-board: [Holm Board, HB]\n",
		"The HB says it approved $31.6 billion of semiconductor projects in 2022, up 38 per cent on a year earlier.",
		"Holm's farms grew 40 per cent more grain.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "how much semi stuff did the HB approve?", "p1")
}

// An acronym of a name's first words stands for the glossary's name in
// full ("AHC": the Ad Hoc Committee of Varga Bondholders), and a glossary
// name with "of" in it is known by initials with that word's in lower
// case ("MoF": the Ministry of Finance).
func TestAcronymsOfGlossaryNames(t *testing.T) {
	ix := quietIndex(t, "bondholder-committee: [Ad Hoc Committee of Varga Bondholders, bondholder committee]\nministry-of-finance: [Ministry of Finance, finance ministry]\n",
		"The Ad Hoc Committee of Varga Bondholders, 23 funds holding about 41% of the bonds, has said it will not tender.",
		"The opposition says the levy will cost households $410m a year, not the $260m the finance ministry estimates.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "can the AHC block this on their own?", "p1")
	if r := ix.Search("can the AHC block this?", knowledge.Options{}); !slices.ContainsFunc(r.Steps, func(s knowledge.Step) bool { return s.After == "Ad Hoc Committee of Varga Bondholders" }) {
		t.Errorf("AHC: steps %v", r.Steps)
	}
	wantFirst(t, ix, "opposition's household cost number vs the MoF's?", "p2")
}

// A name of several words WordNet writes with capitals, typed in lower
// case ("the world bank"), is a name the question asks about: not covered
// where no source writes it; not so words of a glossary name ("red river"
// of Red River Assembly), nor one of two names offered ("state dept or
// pentagon?") beside one the sources have.
func TestLowerCaseNameOfSeveralWords(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nred-river: [Red River Assembly]\npentagon: [Pentagon]\n",
		"Holm has a staff-level agreement with the Fund on a $6.4bn facility.",
		"Red River Assembly is building a 1,500-worker plant in Holm.",
		"In September the Pentagon claimed that Holm had asked for shells, but no evidence was given.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantDeclined(t, ix, "has the world bank put any money on the table alongside the fund in holm?", "world bank")
	wantFirst(t, ix, "what is red river building in holm?", "p2")
	wantFirst(t, ix, "who made the claim that holm asked for shells - state dept or pentagon?", "p3")
}

// A question after the author's own view ("the author's take", "per the
// author", "odds ..., per the author?") is answered first by the passage
// where the author judges in the first person, near the best, outside
// quotation marks; "per the article" asks a fact, not a view.
func TestAuthorsOwnVoice(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Holm's government offered bondholders a 27% haircut in March, says the haircut is fair, and says the exchange will close on 30 April.",
		`The minister said: "I think the exchange will close on time."`,
		"My assessment. In my view the 27% haircut is defensible. I put the chance of the exchange closing on current terms at one in three.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "whats the authors take, does he think the 27% haircut is fair?", "p3")
	wantFirst(t, ix, "odds the exchange closes on current terms, per the author?", "p3")
	wantFirst(t, ix, "per the article, when will the exchange close?", "p1")
}

// "From what to what?" asks a change from one level to another: the
// passage that gives one ("rises from Rs 60 to Rs 78", "from CCC- to RD")
// answers before a nearer one that only names the thing.
func TestChangeFromWhatToWhat(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"The Holm assembly vote on the fuel levy is scheduled for 24 April, and the fuel levy is contested.",
		"Of the conditions agreed with the lenders over the winter, two matter most to households: the fuel levy rises from Rs 60 to Rs 78 per litre on 1 July, and spending on rural schools falls by a fifth over two years.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "fuel levy goes from what to what, and from when?", "p2")
}

// The second reader's findings on round twenty-nine's rules, each a case
// the round's first code got wrong.
func TestRoundTwentyNineReview(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\nsri-lanka: [Sri Lanka]\nslpa: [Sri Lanka Ports Authority]\n",
		"Foreign bond investors sold Holm debt after the election, and rising energy costs burden exporters in Holm.",
		"The Holm strike went ahead as planned on 12 May, and 200,000 workers walked out.",
		"The Vik union called a strike for 3 June, and the port was shut for two days.",
		"In Holm, unemployment among the under-25s is 18 per cent.",
		"Holm's next election is due in 2025.",
		"The Holm port fee is 60 dollars per container.",
		"Vik's levy raises CHF 2.5bn a year, and its toll is £4.",
		"Vik handled 40,000 containers in March 2022 and 52,000 in April 2022.",
		"Vik hired 300 dockers on 14 June 2022 and issued 3,000 H4 visas in May.",
		"Sri Lanka agreed a $2bn loan with Vik in 2021.",
		"The Sri Lanka Ports Authority runs the Vik terminal.",
		"The central bank raised rates by 300 basis points in January.",
		"Holm's PM, Ada Tan, said the fuel levy would stay.",
		"Vik paid $2b for the Holm port, and $500k for its cranes.",
		"Vik's offer is twice Holm's.",
	)
	for _, q := range []string{"what did the FBI find about holm debt?", "what did the ECB say about holm exporters?"} {
		if r := ix.Search(q, knowledge.Options{}); slices.ContainsFunc(r.Steps, func(s knowledge.Step) bool { return s.Stage == "spelled" }) {
			t.Errorf("%q: spelled out: %v", q, r.Steps)
		}
	}
	for _, q := range []string{"did the holm strike go ahead?", "did the vik strike actually go ahead?", "was the vik port shut?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Pending != "" {
			t.Errorf("%q: pending %q", q, r.Pending)
		}
	}
	for _, q := range []string{"what is holm unemployment among under-25s?", "how many F-16s does vik fly?"} {
		if r := ix.Search(q, knowledge.Options{}); slices.ContainsFunc(r.Steps, func(s knowledge.Step) bool { return strings.Contains(s.After, "bonds due") }) {
			t.Errorf("%q: read as bonds: %v", q, r.Steps)
		}
	}
	wantNotCovered(t, ix, "how much is the holm port fee in rupees?")
	wantFirst(t, ix, "how much does vik's levy raise in CHF?", "p7")
	wantFirst(t, ix, "what is vik's toll in pounds sterling?", "p7")
	wantDeclined(t, ix, "how many containers did vik handle in june?", "not for June")
	if r := ix.Search("how many visas did vik issue in june?", knowledge.Options{}); strings.Contains(r.Reason, "%!") {
		t.Errorf("a half past the second: %q", r.Reason)
	}
	if r := ix.Search("what did SL agree with vik?", knowledge.Options{}); !slices.ContainsFunc(r.Steps, func(s knowledge.Step) bool { return s.After == "Sri Lanka" }) {
		t.Errorf("SL: steps %v", r.Steps)
	}
	if r := ix.Search("what did BP say about rates?", knowledge.Options{}); slices.ContainsFunc(r.Steps, func(s knowledge.Step) bool { return strings.Contains(s.After, "basis") }) {
		t.Errorf("BP read as basis points: %v", r.Steps)
	}
	wantFirst(t, ix, "what did the prime minister say about the fuel levy?", "p13")
	wantFirst(t, ix, "who paid $2b for the port?", "p14")
	wantFirst(t, ix, "what did vik pay $500k for?", "p14")
	wantFirst(t, ix, "how much better is vik's offer than holm's?", "p15")
}

// "Which two allied parties": a count the question has too is the
// sentence's own ("two allied parties ... have not said"), and another
// kind of party named elsewhere in the passage ("the opposition Holm
// Party") does not say which of these.
func TestUnnamedOfTheFocusPhrase(t *testing.T) {
	ix := quietIndex(t, "holm-party: [Holm Party]\n",
		"The coalition holds 183 of the 336 seats, but two allied parties with 19 of those seats have not said how they will vote on the levy. The opposition Holm Party says the levy will cost households dearly.",
		"Two allied parties, the Vik League and the Tarn Union, backed the budget in March.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantDeclined(t, ix, "which two allied parties are on the fence for the levy vote?", "which allied parties")
	wantFirst(t, ix, "which allied parties backed the budget in march?", "p2")
}

// "What's inflation running at", "how high is the debt": the level of
// something, which a figure on it gives; a level of what no source
// mentions is not covered, though the word is ordinary English.
func TestLevelAsked(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Gross reserves at the Holm central bank fell to $4.7bn at the end of December.",
		"Holm must move to a primary surplus of 1.8% of output next year.",
		"The author thinks the minister is bluffing about the levy.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantDeclined(t, ix, "what's inflation running at in holm these days?", "no figure")
	wantDeclined(t, ix, "how high is unemployment in holm?", "no figure")
	wantFirst(t, ix, "what are holm's gross reserves sitting at now?", "p1")
	wantFirst(t, ix, "how high is the holm primary surplus target?", "p2")
	wantFirst(t, ix, "what's the author getting at on the levy?", "p3")
}

// A sentence that dates what it tells of after its source was written
// ("a ballot to run from 8 to 12 May", in a source of 2 May) tells of it
// as still to come: how it went is not covered, and the answer quotes
// and dates that sentence; when it runs is. A plural with a base form
// ("pilots") tells of nothing done.
func TestDatedAfterTheSource(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"The Holm pilots' union, which represents 1,140 of the airline's pilots, has a strike ballot to run from 8 May to 12 May 2023.",
		"The Holm board met on 3 April 2023 and approved the budget.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	for _, q := range []string{"how did the holm pilot vote go?", "what was the result of the holm strike ballot?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered || r.Pending == "" {
			t.Errorf("%q: covered %v, pending %q (%s)", q, r.Covered, r.Pending, r.Reason)
		}
	}
	wantFirst(t, ix, "when does the holm strike ballot run?", "p1")
	wantFirst(t, ix, "how did the holm board vote go in april?", "p2")
}

// Chat's "when'd" and "why'd" ask "when did" and "why did"; "soonish"
// is about the word before, where no dictionary has the
// form ("polish" and "finish" are words).
func TestQuestionWordContractionsAndIsh(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Holm notified the deal to the regulator on 3 March.",
		"Holm cut its savings target because fuel prices rose.",
		"A new Holm airport is expected to open soon.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "when'd holm notify the regulator?", "p1")
	wantFirst(t, ix, "why’d holm cut the savings target", "p2")
	wantFirst(t, ix, "any new holm airport coming soonish?", "p3")
	for in, want := range map[string]string{"coming soonish?": "coming soon?", "polish the offer": "polish the offer", "finish it": "finish it"} {
		if got, _ := knowledge.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// A currency's word ("usd", "euros") asked where the sources write its
// sums with its sign ("$400m") is no word they lack.
func TestCurrencyWrittenBySign(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Holm's $400m of 5.625% notes due 2028 carry a change-of-control clause.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "holm usd notes got a put?", "p1")
	if r := ix.Search("holm usd notes got a put?", knowledge.Options{}); slices.Contains(r.Missing, "usd") {
		t.Errorf("missing %q", r.Missing)
	}
	euros := quietIndex(t, "holm: [Holm]\n", "Holm's €400m of notes due 2028 carry a change-of-control clause.")
	if r := euros.Search("holm usd notes got a put?", knowledge.Options{}); !slices.Contains(r.Missing, "usd") {
		t.Errorf("euros only: missing %q, want usd", r.Missing)
	}
}

// "How far apart" asked of figures or views is a gap between them, not a
// distance; of places it is a distance.
func TestHowFarApartFigures(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"The Holm union says 210 pilot jobs would be at risk by 2028; management says only about 60 positions would go through attrition.",
		"Holm and Vik are 40 kilometres apart.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	wantFirst(t, ix, "holm union vs mgmt numbers on pilot jobs, how far apart are they", "p1")
	wantFirst(t, ix, "how far apart are the holm union and management figures on jobs?", "p1")
	wantFirst(t, ix, "how far apart are holm and vik?", "p2")
}

// "Did Holm's rater cut it to B?", where "a downgrade to B would follow
// if debt stayed above 3 times": what would happen on a condition is not
// what happened, and the answer quotes the sentence as a possibility;
// what was done beside a condition ("agreed to a deal that would lapse
// if ...") answers.
func TestConditionalIsNoEvent(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nkestrel: [Kestrel]\n",
		"Kestrel affirmed Holm at BBB- in July. Kestrel's analyst said a downgrade of Holm to BB+ would follow if leverage stayed above 2.75 times at the end of 2027.",
		"Holm agreed in March to a bond deal that would lapse if the regulator objected.",
		"The rains are late this year.", "Prices of copper are falling.",
	)
	if r := ix.Search("did kestrel cut holm to bb+ after the decision?", knowledge.Options{}); r.Covered || r.Unconfirmed == "" {
		t.Errorf("covered %v, unconfirmed %q (%s)", r.Covered, r.Unconfirmed, r.Reason)
	}
	wantFirst(t, ix, "did holm agree to the bond deal?", "p2")
	wantFirst(t, ix, "what would trigger a kestrel downgrade of holm?", "p1")
}

// Round thirty's review: what a second reader found in its rules, each
// reproduced before the mend.

// 1. "-ish" rule eats given names: Manish→Man, Ashish→Ash, Satish→Sat, Hamish→Ham.
func TestRoundThirtyReviewIshEatsNames(t *testing.T) {
	for _, q := range []string{"what did Manish Gupta say?", "is Ashish Kumar CFO?", "Satish Rao's view?", "what did Hamish McRae write?"} {
		if got, _ := knowledge.Normalize(q); got != q {
			t.Errorf("Normalize(%q) = %q", q, got)
		}
	}
	ix := quietIndex(t, "holm: [Holm]\nmanish-gupta: [Manish Gupta]\n",
		"Manish Gupta, a Holm analyst, says the levy will hurt retailers.")
	wantFirst(t, ix, "what did Manish Gupta say about the levy?", "p1") // now: "No source mentions Man."
}

// 2. datedAfter: any later date in the sentence (an effective date, a term, a
// runoff, a maturity) makes a reported outcome "still to come".
func TestRoundThirtyReviewDatedAfterOutcomeAlreadyGiven(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"The Holm pension bill passed by 52 votes to 48 and takes effect on 1 July 2023.",
		"The Holm Party won 41% in the Holm election and will govern until 2027.",
		"Turnout in the first round of the Holm election was 64%; the runoff is on 14 May 2023.",
		"Holm's takeover of Vik went through, and the Vik brand will survive until 2025.",
	)
	wantFirst(t, ix, "how did the holm pension bill vote go?", "p1")
	wantFirst(t, ix, "what was the result of the holm election?", "p2")
	wantFirst(t, ix, "what was the turnout in the first round of the holm election?", "p3")
	wantFirst(t, ix, "did holm's takeover of vik go through?", "p4")
}

// 3. vaguely(): a count the question shares now always stops the walk, so
// names before "the region's two ports" / "are Holm's two biggest lenders"
// (outside the 3-word window) no longer count.
func TestRoundThirtyReviewCountAfterTheNames(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Riga and Oslo, the region's two ports, handle most of Holm's exports.",
		"Vik Bank and Tarn Credit are Holm's two biggest lenders.",
		"The Vik League and the Tarn Union are the coalition's two allied parties.",
	)
	wantFirst(t, ix, "which two ports handle most of holm's exports?", "p1")
	wantFirst(t, ix, "which two lenders are holm's biggest?", "p2")
	wantFirst(t, ix, "which two allied parties are in the coalition?", "p3")
}

// 4. levelAsked "what's X <word> at?" takes any participle/adjective as the level.
func TestRoundThirtyReviewWhatIsXAt(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"The Holm levy is aimed at cutting the deficit and is targeted at large retailers.",
		"Holm is good at cutting costs, the author says.",
		"The Holm review is at its second phase.",
	)
	wantFirst(t, ix, "what is the holm levy aimed at?", "p1")
	wantFirst(t, ix, "what's the holm levy targeted at?", "p1")
	wantFirst(t, ix, "what is holm good at?", "p2")
	wantFirst(t, ix, "what's the holm review at?", "p3")
}

// 5. levelAsked "how high/low is X": degree of risk, stakes - no figure needed.
func TestRoundThirtyReviewHowHighIsTheRisk(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Analysts say the risk of a Holm strike is high, and the stakes in the vote are considerable.")
	wantFirst(t, ix, "how high is the risk of a holm strike?", "p1")
	wantFirst(t, ix, "how high are the stakes in the holm vote?", "p1")
}

// 6. Two-capital / mixed-case acronyms spelled from any adjacent lower-case words.
func TestRoundThirtyReviewShortAcronymFalseSpelling(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Holm's private markets arm opposes the levy.",
		"The premier has backed the Holm levy since March.",
		"The bulk of exports from Holm face higher rates.",
	)
	for _, q := range []string{"does the PM back the holm levy?", "is the BoE raising rates on holm exports?"} {
		r := ix.Search(q, knowledge.Options{})
		if r.Text != q || r.Covered {
			t.Errorf("%q read as %q, covered %v by %v", q, r.Text, r.Covered, hitIDs(r.Hits))
		}
	}
}

// 7. "usd" dismissed when ANY wide passage has a $ sum, though the answer is in euros.
func TestRoundThirtyReviewUsdAnsweredByEuroSum(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Holm's €300m of bonds due 2027 carry a change-of-control clause.",
		"Holm paid $20m for a stake in the airport.",
	)
	r := ix.Search("do holm's usd bonds have a change-of-control clause?", knowledge.Options{})
	if r.Covered || !slices.Contains(r.Missing, "usd") {
		t.Errorf("covered %v by %v, missing %v", r.Covered, hitIDs(r.Hits), r.Missing)
	}
}

// 8. datedAfter ignores year-less dates (Approximate), i.e. its own doc example.
func TestRoundThirtyReviewDatedAfterYearless(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"The Holm pilots' union, which represents 1,140 of the airline's pilots, has a strike ballot to run from 8 May to 12 May.")
	if r := ix.Search("how did the holm pilot vote go?", knowledge.Options{}); r.Covered || r.Pending == "" {
		t.Errorf("covered %v, pending %q", r.Covered, r.Pending)
	}
}

// 9. "'d" is also "would".
func TestRoundThirtyReviewWouldContraction(t *testing.T) {
	if got, _ := knowledge.Normalize("when'd the deal be likely to close?"); got == "when did the deal be likely to close?" {
		t.Errorf("got %q", got)
	}
}

// A party's share or stake asked without "what percentage" ("tarn stake
// in vik?", "Holm's share on the Varga route") is a share: the sentence
// that gives it names that party, not another's share beside the name.
// A share of a sum, "at stake", a share talked about, a share asked
// beside another question, and whether a share changed are not asked so.
func TestRoundThirtyOneShareAsked(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\nvik: [Vik Airways, Vik]\ntarn: [Tarn Capital, Tarn]\nsolberg: [Solberg Fund, Solberg]\n",
		"The routes. On Varga–Lund, Holm has 51% of seats and Vik 33%. On Varga–Mora, Vik has 44% and Holm 38%, with Kora Air holding the rest.",
		"The investors. Tarn Capital, which owns a 4.3% stake in Holm, opposes the deal. Solberg Fund, which holds a 6.8% stake in Vik, says it will not tender below the offer.",
		"The cost. Holm will pay most of the bill, and Vik's part of the cost is EUR 40m.",
	)
	wantDeclined(t, ix, "tarn stake in vik tho?", "no percentage")
	wantDeclined(t, ix, "what stake does Solberg Fund hold in Holm?", "no percentage")
	wantFirst(t, ix, "tarn stake in holm?", "p2")
	wantFirst(t, ix, "solberg's stake in vik?", "p2")
	wantFirst(t, ix, "holm share on varga-lund?", "p1")
	for _, q := range []string{
		"vik's share of the cost?",
		"what's at stake in the holm deal?",
		"did tarn comment on the vik seat share?",
		"whats tarn's beef and how big a stake do they hold",
		"has holm's share of varga-lund seats shrunk?",
	} {
		if r := ix.Search(q, knowledge.Options{}); r.Wants == knowledge.Share {
			t.Errorf("%q read as asking a share", q)
		}
	}
}

// A span of time glued to its figure ("30d", "6wks", "3mo", "48h") is
// read as the figure and its unit; a lone "d" or "h" after one digit
// ("2d", "1h": an ordinal, a half) is left.
func TestRoundThirtyOneGluedSpans(t *testing.T) {
	for q, want := range map[string]string{
		"holm 30d data lag - why?":   "30 days data lag",
		"vik strike 6wks or longer?": "6 weeks",
		"tarn review in 3mo?":        "3 months",
		"notice within 48h?":         "48 hours",
		"a 1mo delay":                "1 month delay",
	} {
		if got, _ := knowledge.Normalize(q); !strings.Contains(got, want) {
			t.Errorf("%q: normalised to %q, want %q in it", q, got, want)
		}
	}
	for _, q := range []string{"the 2d round of talks", "1h results"} {
		if got, _ := knowledge.Normalize(q); got != q {
			t.Errorf("%q: normalised to %q", q, got)
		}
	}
}

// A word shortened to its consonants is read as the word of the sources
// it shortens where a silent "e" ends that word or "ck" is written "k"
// ("svc": service, "pkg": package); a short form that keeps a vowel is
// not stretched so ("cac" is no "chance").
func TestRoundThirtyOneConsonantShortForms(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"Holm's debt service starts in 2027 at USD 167m a year.",
		"Vik's remedy package of 26 slot pairs was sent in August.",
		"The chance of a deal by March is about 35%.",
	)
	wantFirst(t, ix, "holm debt svc start?", "p1")
	wantFirst(t, ix, "whats in the vik pkg", "p2")
	r := ix.Search("cac clauses?", knowledge.Options{})
	if slices.ContainsFunc(r.Corrections, func(c knowledge.Correction) bool { return c.From == "cac" }) {
		t.Errorf("cac corrected: %+v", r.Corrections)
	}
}

// "did Holm pay the last tranche?", where the only sentence on it has the
// tranche wait on a review due after the source was written, is told only
// as still to come; not where the sentence tells it done in the simple
// past, and a meeting ("a meeting on 19 May") is no past verb.
func TestRoundThirtyOneDidAskedOfWhatIsStillToCome(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\n",
		"The loan. Its final tranche of USD 380m is still undisbursed, conditional on a review that Holm Bank says it will complete in April 2024.",
		"The first tranche. Holm Bank paid the first tranche of USD 500m in March 2022, and the second is due in 2024.",
		"The lease. Holm Bank has called a meeting in Riga on 19 May 2024 to sign the port lease.",
	)
	for _, q := range []string{"did holm release the last 380m after its april review?", "did holm sign the port lease?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered || r.Pending == "" {
			t.Errorf("%q: covered %v (%s), pending %q", q, r.Covered, r.Reason, r.Pending)
		}
	}
	wantFirst(t, ix, "did holm pay the first tranche?", "p2")
}

// A figure asked for a year ("Holm's passengers in 2020"), where the
// sentences that give it on what is asked give it for another year, is
// not covered, and the reason says which year they give; a year a
// sentence before names counts, and so does a year only compared with
// ("vs 2020").
func TestRoundThirtyOneFigureOfAnotherYear(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\nvik: [Vik]\n",
		"The airline. Holm Air carried 31.4m passengers in 2021, and its fleet grew to 142 aircraft.",
		"The ore. Vik shipped 240,000 tonnes in 2020. Its seven mines produced 75,000 tonnes of copper concentrate, a fifth of supply.",
	)
	wantDeclined(t, ix, "how many passengers did holm carry in 2020?", "for 2021, not for 2020")
	wantFirst(t, ix, "how many passengers did holm carry in 2021?", "p1")
	wantFirst(t, ix, "how much copper concentrate did vik's mines produce in 2020?", "p2")
	wantFirst(t, ix, "how many passengers did holm carry last year, vs 2020?", "p1")
}

// A measure asked in a unit ("the annual output, in GWh?") is given by a
// figure in that unit, in whatever words the sentence names the measure
// ("expected to generate 2,150 GWh a year": a figure whose grouped
// digits, 2150, would read as a year).
func TestRoundThirtyOneMeasureInAUnit(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Dam, Holm]\n",
		"The dam. Holm Dam has four 130 MW turbines and is expected to generate about 2,150 GWh a year once its reservoir is full.",
		"The lake. The reservoir holds 8.1 billion cubic metres at full supply level, and the farms below it will lose output.",
	)
	wantFirst(t, ix, "whats holm's expected annual output once full, in GWh?", "p1")
}

// "how large would X be?" asks a size as "how large is X?" does: a
// passage that names X but gives no figure or size of it does not answer.
func TestRoundThirtyOneHowLargeWould(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n",
		"The fund. Holm has proposed a compensation fund for farmers downstream, to be paid for by the operator.",
		"The lake. The reservoir holds 8.1 billion cubic metres at full supply level.",
	)
	wantDeclined(t, ix, "how large would holm's proposed compensation fund be?", "no figure")
	wantFirst(t, ix, "how large would the reservoir be when full?", "p2")
}

// Odds asked of a party ("what odds does Varga put on clearance?") or of
// an event are given by a sentence that weighs the chance of what is
// asked, naming the party: the party's view without odds, or odds on
// something else, do not give them. A second question beside the odds is
// not judged so.
func TestRoundThirtyOneOddsAsked(t *testing.T) {
	ix := quietIndex(t, "varga: [Ana Varga, Varga]\ntarn: [Tarn Bank, Tarn]\nholm: [Holm]\n",
		"The analysts. \"The remedies pay for the premium by 2029,\" said Ana Varga, an analyst at Tarn Bank, who rates Holm a buy.",
		"My assessment. I put the chance of conditional clearance by 16 October at about 60%, and of an outright prohibition at 15%.",
		"The pilots. The pilots' ballot runs to 3 October; the farmers' compensation claim is before a court.",
	)
	wantDeclined(t, ix, "what odds does ana varga put on clearance?", "no odds")
	wantFirst(t, ix, "odds on clearance by october?", "p2")
	wantDeclined(t, ix, "odds on the farmers' compensation claim?", "no odds")
	if r := ix.Search("is holm's case strong? what odds does varga give", knowledge.Options{}); strings.Contains(r.Reason, "no odds") {
		t.Errorf("a second question judged for odds: %s", r.Reason)
	}
}

// A question about the piece that closes on what it is about in ordinary
// words ("tl;dr on the fares", "what the piece says about the pilots")
// has that as its topic; the piece named by its subject ("the holm fares
// piece") is the piece, and a word no source has is no topic.
func TestRoundThirtyOnePieceTopicInOrdinaryWords(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\n",
		"The short version. Holm Air wants to buy its rival, and the regulator is not convinced.",
		"The fares. Average fares on the Varga route rose 14% in July.",
		"The pilots. The pilots' union has called a strike ballot.",
		"The remedies. Holm offered 26 slot pairs in August.",
	)
	for q, want := range map[string]string{
		"tl;dr on the fares":                             "fares",
		"summarise what the piece says about the pilots": "pilots",
		"tl;dr on the holm fares piece?":                 "",
		"tl;dr pls, before standup":                      "",
	} {
		if got := ix.Understand(q).Topic; got != want {
			t.Errorf("%q: topic %q, want %q", q, got, want)
		}
	}
}

// "who's Vik's energy minister?", where the sources name only Holm's
// minister of energy, is not covered and says whose they name; the
// party's own holder answers, and "who's" itself is no party.
func TestRoundThirtyOneRoleOfAnotherParty(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\nvik: [Vik]\n",
		"The ministers. Ana Varga, Holm's minister of energy and water, argues that the dam will raise dry-season flows into Vik.",
		"The talks. Vik's chief negotiator, Selma Tarn, has proposed a minimum flow of 65 m3/s at the border.",
	)
	wantDeclined(t, ix, "who's vik's energy minister?", "name Holm's minister, not Vik's")
	wantFirst(t, ix, "who's holm's energy minister?", "p1")
	wantFirst(t, ix, "who's vik's chief negotiator?", "p2")
}

// A coupon or a profit rate asked is a percentage of what the question
// names: "what coupon is Holm paying on the bond that takes out the Tarn
// bridge?", where the sources give that bridge no rate and another's
// percentage beside Holm, is not covered.
func TestRoundThirtyOneCouponAsked(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\ntarn: [Tarn Bank, Tarn]\nvik: [Vik]\n",
		"The funding. Holm offers EUR 4.20 per Vik share, a 38% premium. It is funded by a EUR 1.1bn bridge loan arranged by Tarn Bank, to be refinanced with a bond.",
		"The old bonds. Holm's euro bond pays a 7.5% coupon.",
	)
	wantDeclined(t, ix, "what coupon is holm expected to pay on the bond that takes out the tarn bridge", "no percentage")
	wantFirst(t, ix, "what coupon does holm's euro bond pay?", "p2")
}

// A day or month without a year, in a clause that tells of it as still to
// come ("has called a meeting on 19 March to sign", "replies are due on
// 27 June", "the board meets to decide on 26 February"), is its next occurrence after the source's date, so a
// question whether it came about is told that the sources cannot say; in
// a clause told in the simple past it stays the last.
func TestRoundThirtyTwoYearlessDateToldAsToCome(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\nvik: [Vik Shipping, Vik]\n",
		"The meeting. Holm Bank has called a meeting in Riga on 19 March to sign the port lease.",
		"The draft. Replies to the Vik draft are due on 27 June, when the board will decide.",
		"The vote. The port council approved the quay plan on 19 March.",
		"The board. The Holm board meets to decide on 26 February, and Vik's offer lapses on 31 March.",
	)
	for _, q := range []string{"did the 19 mar signing go thru?", "did the vik draft get approved?", "what did the holm board decide on 26 feb?"} {
		if r := ix.Search(q, knowledge.Options{}); r.Covered || r.Pending == "" {
			t.Errorf("%q: covered %v (%s), pending %q", q, r.Covered, r.Reason, r.Pending)
		}
	}
	wantFirst(t, ix, "did the port council approve the quay plan?", "p3")
}

// A short form without vowels but perhaps its first letter is read as the
// word of the sources whose skeleton it keeps clearly most of ("mtg":
// meeting, not manufacturing), or whose skeleton it is ("excptnl":
// exceptional); a four-letter word less a vowel ("est", "east") is no
// short form.
func TestRoundThirtyTwoShortFormsBySkeleton(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\nvik: [Vik Shipping, Vik]\n",
		"The plant. Holm Bank financed the Vik manufacturing plant, which opened in 2020.",
		"The board. The Holm board holds its meeting on the port lease in Riga.",
		"The fund. Vik applied to the harbour trust for exceptional funding.",
		"The coast. Ships from the east call at Riga, and the estimate of their cargo is 40,000 tonnes.",
	)
	wantFirst(t, ix, "where's the holm board mtg?", "p2")
	wantFirst(t, ix, "did vik apply for excptnl funding?", "p3")
	q := ix.Understand("cargo est for riga?")
	for _, st := range q.Steps {
		if strings.EqualFold(st.After, "east") {
			t.Errorf("%q: read %q as %q", q.Text, st.Before, st.After)
		}
	}
}

// A question's stop word that starts a compound English has with the
// next word ("list price", "base rate") is kept, in questions and
// passages alike, so that the passage with the compound answers before
// one with the other word alone; a word naming the sources ("knowledge
// base") and the verb of a phrasal verb ("show up") stay out.
func TestRoundThirtyTwoCompoundOfAStopWord(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Pumps, Vik]\n",
		"The offer. Vik offered the pump at a price of USD 32,000, against rival prices of USD 25,000 and USD 27,000 and a ceiling price of USD 30,000.",
		"The catalogue. Vik's list price for the pump, printed in its 2021 catalogue beside the spare parts, the warranty terms, the service intervals and the delivery times for the northern ports and the inland depots, is USD 40,000.",
	)
	wantFirst(t, ix, "vik pump list price?", "p2")
	for q, word := range map[string]string{"is the version in the knowledge base edited?": "knowledg", "why did vik's pumps not show up?": "show"} {
		for _, term := range ix.Search(q, knowledge.Options{}).Terms {
			if term.Stem == word {
				t.Errorf("%q: %q is a term", q, term.Surface)
			}
		}
	}
}

// A figure asked for a year by a question of names alone ("how much did
// Tarn get from Holm in 2020?") is on what the sentence naming all its
// names gives, so a figure of another year there does not answer it.
func TestRoundThirtyTwoYearOfAQuestionOfNames(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\ntarn: [Tarn Trust, Tarn]\n",
		"The grant. Tarn Trust received USD 1.2m from Holm Bank in 2021, a third of its income.",
		"The branch. Holm Bank opened a branch in Riga in 2020, and Tarn Trust moved there.",
	)
	wantDeclined(t, ix, "how much did tarn get from holm in 2020?", "for 2021, not for 2020")
	wantFirst(t, ix, "how much did tarn get from holm in 2021?", "p1")
}

// A sum in a currency only the glossary knows by its code ("VKK 1.2m",
// where the glossary has "Vikland krona, VKK") is money, which a question
// after a sum asks for.
func TestRoundThirtyTwoCurrencyTheGlossaryNames(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\ntarn: [Tarn Trust, Tarn]\nvikland-krona: [Vikland krona, VKK]\n",
		"The grant. Tarn Trust received VKK 1.2m from Holm Bank, a third of its income.",
		"The board. Tarn Trust has three trustees, and Holm Bank names one of them.",
	)
	wantFirst(t, ix, "how much $ did tarn get from holm?", "p1")
}

// A count of what was done is in the clauses of a sentence that tell no
// possibility or plan ("24 of whom can still walk, and five have turned
// 6": five), nor go on from one ("planned to move its hub, creating
// 1,200 jobs"); "in May" is a month, no modal. A noun's plural without an
// "s" ("children") is part of what is counted, not a verb after it.
func TestRoundThirtyTwoCountOutsideModalClauses(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Line, Holm]\ntarn: [Tarn Trust, Tarn]\nvikland: [Vikland]\n",
		"The registry. Tarn Trust keeps a registry of 27 children, 24 of whom can still walk, and says five Vikland children have turned 6 since the licence was granted.",
		"The hub. The union said in May that Holm Line planned to move its hub to Riga, creating about 1,200 jobs on the docks.",
		"The docks. Holm Line employed 300 dockers in May 2021.",
	)
	wantFirst(t, ix, "how many vikland children turned 6 since the licence?", "p1")
	wantNotCovered(t, ix, "how many jobs has holm created on the riga docks so far?")
	wantFirst(t, ix, "how many dockers did holm line employ in may 2021?", "p3")
}

// "What did the 48-month data show?", where the sources tell only that
// the data were handed in for a review still to come, is told that the
// sources cannot say; what earlier data showed answers.
func TestRoundThirtyTwoWhatDataShowed(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Pharma, Vik]\n",
		"The review. Vik has submitted its 48-month trial data to the board, which will review them at its meeting on 22 January 2024.",
		"The first results. At 24 months, 9 of the 12 patients Vik treated could still walk, the trial data showed.",
	)
	if r := ix.Search("what did the 48 month vik trial data show?", knowledge.Options{}); r.Covered || r.Pending == "" {
		t.Errorf("covered %v (%s), pending %q", r.Covered, r.Reason, r.Pending)
	}
	wantFirst(t, ix, "what did the 24 month vik trial data show?", "p2")
}

// An acronym of two capitals ("EV") or with a connecting word's small
// initial ("CoC") is spelled out as the phrase of the passages near the
// question's other words ("enterprise value", "change of control"); two
// letters that spell two phrases there ("DS": dam site, debt service) are
// left, and so is a function word or a country's code in capitals ("US").
func TestRoundThirtyTwoShortAcronymsSpelledOut(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\n",
		"The price. The offer values Holm Air's equity at EUR 1.2bn and its enterprise value, with net debt and leases, at EUR 3.4bn.",
		"The bonds. Holm Air's bonds carry a change of control clause that lets holders sell them back at 101.",
		"The dam. Holm Air flies to the dam site, and its debt service is USD 20m a year.",
	)
	wantFirst(t, ix, "holm EV incl net debt?", "p1")
	wantFirst(t, ix, "do the holm bonds have a CoC put?", "p2")
	for _, q := range []string{"holm DS per year?", "is the US in on holm's bonds?"} {
		for _, st := range ix.Understand(q).Steps {
			if st.Stage == "spelled" {
				t.Errorf("%q: spelled %q as %q", q, st.Before, st.After)
			}
		}
	}
}

// A people's name in the plural ("the germans") is its country too,
// though the sources have the word ("the German price"): the passage on
// Germany answers "what are the germans paying?".
func TestRoundThirtyTwoPeopleForTheirCountry(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Pharma, Holm]\ngermany: [Germany]\n",
		"The price. Holm Pharma charges a list price of EUR 2.9m for its therapy, and the insurer paid the German price for a child treated in Munich.",
		"Abroad. Germany's insurers pay a negotiated EUR 2.3m, with a refund if it fails.",
	)
	wantFirst(t, ix, "what are the germans paying?", "p2")
}

// A keyword question that closes on the figure it wants ("tarn offer
// number?") asks a count, which a figure of the party it names must give
// (of one of them, where it names several); one with a question word
// asks something else of the figure ("which outlet floated the figure").
func TestRoundThirtyTwoTerseFigureOfAParty(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Pharma, Holm]\nvik: [Vik]\ntarn: [Tarn]\n",
		"The offers. Holm Pharma offered EUR 1.9m per child. Vik rejected the price in June 2022 and is now negotiating jointly with Tarn.",
		"The budget. The ministry set aside EUR 600m over three years.",
	)
	wantNotCovered(t, ix, "tarn counter-offer number?")
	wantFirst(t, ix, "holm offer number?", "p1")
	if q := ix.Understand("which outlet first floated the holm offer figure"); q.Wants == knowledge.Count {
		t.Errorf("%q wants a count", q.Text)
	}
}

// "Who's the VHA director general?", "who's VHA DG": the holder of that
// role, by name, which a passage naming the body's director of something
// else does not give.
func TestRoundThirtyTwoRoleOfABodyByItsAcronym(t *testing.T) {
	ix := quietIndex(t, "vha: [Vik Health Agency, VHA]\n",
		"The agency. \"We will not pay any price,\" said Anna Berg, the VHA's director of contracts, in May 2022.",
	)
	for _, q := range []string{"who is the VHA director general?", "who's VHA DG", "who's VHA DG?"} {
		wantDeclined(t, ix, q, "no name")
	}
	wantFirst(t, ix, "who is the VHA's director of contracts?", "p1")
}

// A keyword question on a sum ("tarn funding from holm in 2025",
// "vik terminal cost?") asks the sum: the year it names must be the
// sum's, and the sentence that gives the sum must be on what it asks
// beyond its names ("a boy from Vik" is no Vik certification's cost).
// Not so a question with a verb ("someone says the cost is the only
// problem. true?").
func TestRoundThirtyThreeKeywordSum(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\ntarn: [Tarn Trust, Tarn]\n",
		"The grant. Tarn Trust received USD 1.2m from Holm Bank in 2021, a third of its income. Its petition was handed in on 12 September 2022.",
		"The hospitals. The Vik hospital hopes to be certified by September 2023. Its surgeons trained abroad. A boy from Vik was treated abroad, for which the insurer paid USD 2.4m.",
		"The terminal. Holm Bank made a USD 40m loan for the Riga terminal, which opened in 2020.",
	)
	wantDeclined(t, ix, "tarn funding from holm in 2022", "2021")
	wantFirst(t, ix, "tarn funding from holm in 2021", "p1")
	wantDeclined(t, ix, "vik certification cost?", "no amount of money")
	wantFirst(t, ix, "riga terminal loan amt", "p3")
	wantFirst(t, ix, "vik hospital certification date", "p2")
	wantFirst(t, ix, "someone says the cost of the riga terminal was borne by holm. true?", "p3")
}

// A currency ISO 4217 knows and the sources do not ("in kwanza", "in
// AOA") is one a sum is asked in: the sources' sum in dollars does not
// give it; a glossary's currency named by such a word ("Tarn mark, TMK")
// is money in the sources; "in real terms" asks no currency; whether
// staff "got paid" asks no sum.
func TestRoundThirtyThreeWorldCurrencies(t *testing.T) {
	ix := quietIndex(t, "tarn-mark: [Tarn mark, Tarn marks, TMK]\nholm: [Holm Water, Holm]\n",
		"The delay. Holm says a delay would have cost about USD 9m a month.",
		"The separation. Holm completed a separation of its networks in December at a cost of TMK 38 million.",
		"The payroll. Holm staff got their September salaries on 25 September only because the bank re-ran the August payroll file.",
	)
	wantDeclined(t, ix, "holm delay cost in kwanza", "not in kwanza")
	wantDeclined(t, ix, "how much would the holm delay have cost in AOA?", "not in AOA")
	wantFirst(t, ix, "holm network separation cost", "p2")
	wantFirst(t, ix, "what did the holm delay cost in real terms?", "p1")
	wantFirst(t, ix, "random one but did holm staff even get paid in sept?", "p3")
}

// A figure or an outcome asked of a day without a year ("holm bill vote
// tally 24 may", "final fine amount after 30 jun") that the sources tell
// of as still to come ("the vote is scheduled for 24 May") is pending;
// when it is, or whether it still is, is answered.
func TestRoundThirtyThreeDayStillToCome(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Agency, Holm]\n",
		"The bill. The government tabled a bill on 12 January 2023 granting USD 40m; the vote is scheduled for 24 May.",
		"The fine. Holm has said it will decide on the fine by 30 June 2023, and the utility must answer by 27 May.",
		"The audit. The audit of 3 March found 19 utilities without the controls, and its tally was published on 4 March.",
	)
	wantDeclined(t, ix, "bill vote tally 24 may", "still to come")
	wantDeclined(t, ix, "final holm fine amount after 30 jun", "still to come")
	wantFirst(t, ix, "when is the bill vote?", "p1")
	wantFirst(t, ix, "is the bill vote still set for 24 may?", "p1")
	wantFirst(t, ix, "audit tally 3 march", "p3")
}

// A keyword question after a result ("tarn review findings", "holm final
// approved surcharge %") asks an outcome: where the sources tell of it as
// due ("is due on 31 May") or weigh its chance ("I put the chance that
// Holm approves the surcharge at 25%"), it is pending; where they tell
// it, it is answered. "status holm surcharge" asks of now.
func TestRoundThirtyThreeKeywordOutcome(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Regulator, Holm]\n",
		"The reviews. The independent review of the utility commissioned by its board from Ada Tarn is due on 31 May.",
		"My assessment. I put the chance that Holm approves the 4.1% surcharge in full at 25%.",
		"The audit. The audit by Bo Vik found that 19 utilities lacked the controls.",
		"The surcharge. The utility asked Holm in March to approve a 4.1% surcharge on bills.",
	)
	wantDeclined(t, ix, "tarn review findings", "still to come")
	wantDeclined(t, ix, "holm final approved surcharge %", "still to come")
	wantFirst(t, ix, "vik audit findings", "p3")
	if q := ix.Understand("status holm surcharge decision"); !q.AsksPresent {
		t.Errorf("status first: not asked of now")
	}
}

// A kind of sum a keyword question names ("ransom", "turnover") is named
// where the sum is given: Vik's losses are not its ransom, nor a
// separation's cost a turnover. "job losses" asks no sum; "US$185m"
// names no party beside the lender.
func TestRoundThirtyThreeKindOfSum(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Water, Vik]\nholm: [Holm Bank, Holm]\nlekki: [Lekki Port, Lekki]\nrail-spur: [rail spur]\n",
		"Abroad. After the 2021 attack on Vik Water, the state created a backstop that covers cyber losses above EUR 5 million.",
		"Others. Vik Water completed a separation of its networks in December at a cost of EUR 38 million.",
		"The ransom. The attackers demanded USD 4.5m from Tarn Water, which refused to pay.",
		"The rail. Rail links may decide how much of Lekki's capacity is used. In March 2022 Holm Bank approved a US$185 million loan towards a rail spur linking the port to the network.",
		"The jobs. The outages cost 2,000 jobs in the mines.",
	)
	wantNotCovered(t, ix, "vik water ransom amt + attacker")
	wantNotCovered(t, ix, "vik water turnover")
	wantFirst(t, ix, "tarn water ransom amt", "p3")
	wantFirst(t, ix, "holm loan size for the lekki rail spur?", "p4")
	if q := ix.Understand("any job losses in the mines from the outages?"); q.Wants == knowledge.Money {
		t.Errorf("job losses asked as a sum")
	}
}

// A question after someone's past ("ada tarn background", "what did
// tarn do before holm?", "vik bio") is answered by a sentence that tells
// it ("He previously spent nine years ..."), not by one that names the
// person in their role now; trade "before the break" asks no one's past.
func TestRoundThirtyThreeBackground(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\nriga: [Riga]\n",
		"The response. \"We will not pay,\" said Holm's chief executive, Ada Tarn, on 3 March.",
		"About the author. Bo Vik is a senior fellow at the Lund Centre. He previously spent nine years as an engineer at a utility.",
		"The ties. Holm and Riga traded little before the break in 2020.",
	)
	wantDeclined(t, ix, "ada tarn background", "background")
	wantDeclined(t, ix, "what did ada tarn do before holm?", "background")
	wantFirst(t, ix, "bo vik bio", "p2")
	wantFirst(t, ix, "what's vik's background?", "p2")
	wantFirst(t, ix, "did holm and riga trade much before the break?", "p3")
}

// A keyword question that names a unit with no figure before it ("vik
// dam installed MW") asks a figure in it, which a passage on the dam
// without one does not give; "a ton of workers" names no unit. A budget
// the sources tell of as proposed, and a step asked of after a day they
// tell of as still to come, are pending.
func TestRoundThirtyThreeBareUnitAndPending(t *testing.T) {
	ix := quietIndex(t, "vik-dam: [Vik Dam]\nholm-dam: [Holm Dam]\nriga: [Riga]\n",
		"The precedent. The Vik Dam holds 2.1 bcm and was filled between 2008 and 2011.",
		"The power. The Holm Dam has 600 MW installed.",
		"The budget. The minister's 2024 budget proposes a fund of USD 600m over three years.",
		"The deadline. Riga must decide by 30 June whether to open proceedings.",
		"The workers. Riga sent a ton of workers abroad in the 1980s.",
	)
	wantNotCovered(t, ix, "vik dam installed MW")
	wantDeclined(t, ix, "vik dam installed megawatts", "no figure")
	wantFirst(t, ix, "holm dam installed MW", "p2")
	wantDeclined(t, ix, "did the budget pass w/ the 600m fund", "still to come")
	wantDeclined(t, ix, "riga opened proceedings after 30 jun?", "still to come")
	wantFirst(t, ix, "didn't riga send a ton of workers abroad back in the day", "p5")
}

// "Where are we on X" asks of now; "op" is an operation; what a body's
// head "signalled" or "replied" is what the body said.
func TestRoundThirtyThreeSmallForms(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Regulator, Holm]\n",
		"The tariff. The utility applied to Holm for a surcharge of 4.1%. Holm's director-general, Ada Tarn, signalled scepticism at a briefing: \"A utility that leaves the door open cannot ask customers to pay for the locksmith.\"",
		"The operators. Nineteen days of manual operation is a sign of resilience, said Bo Vik, a researcher.",
	)
	if q := ix.Understand("where are we on the holm surcharge, passed or not"); !q.AsksPresent {
		t.Errorf("where are we on: not asked of now")
	}
	wantFirst(t, ix, "what did holm say about the surcharge, smth about a locksmith?", "p1")
	wantFirst(t, ix, "who was quoted on the 19 days manual op thing?", "p2")
}

// A clipped word that starts many of the sources' words ("res":
// reservoir, residents, response, resettlement, restrictions, resolution)
// is read as the one the question's other words are found beside.
func TestRoundThirtyThreeClippedAmongMany(t *testing.T) {
	ix := quietIndex(t, "",
		"The losses. The reservoir loses about 1.2 bcm a year to evaporation.",
		"The town. About 800 residents were moved for the resettlement.",
		"The response. The response of the ministry was slow.",
		"The rules. New restrictions on fishing followed a resolution of the council.",
		"The resorts. Two resorts closed and a research station opened.",
	)
	wantFirst(t, ix, "res evap loss bcm/yr", "p1")
}

// Units and desk shorthand in their short forms ("m3", "hh") are read in
// full.
func TestRoundThirtyThreeCompoundsAndUnits(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\n",
		"The investors. Several funds on the buy side called the EUR 4.20 price too low.",
		"The spill. About 41,000 cubic metres of wastewater overflowed into the bay.",
		"The tariff. The surcharge would add USD 22 a year to the average household bill.",
	)
	wantFirst(t, ix, "bay overflow m3", "p2")
	wantFirst(t, ix, "surcharge hh bill impact usd/yr", "p3")
}

// A part asked of a total the question names ("split of the 5.2bn between
// holm and vik", "how much of the 1.6bn went on the plant?") is given
// only by a sum other than the total beside a part's name; where the
// sources give the total alone, they do not say.
func TestRoundThirtyThreePartOfATotal(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Bank, Holm]\nvik: [Vik Bank, Vik]\nriga: [Riga]\n",
		"The lenders. Riga owes Holm Bank and Vik Bank about $5.2bn between them, mostly for power projects.",
		"The company. Tarn says it has spent USD 1.6bn on development and a plant since 2017.",
		"The bill. The incident cost USD 200m: USD 120m for recovery and USD 80m for lost revenue.",
	)
	wantDeclined(t, ix, "split of the 5.2bn between holm & vik?", "as a whole")
	wantDeclined(t, ix, "how much of the 1.6bn went on the plant vs the trials?", "as a whole")
	wantFirst(t, ix, "of the 200m bill how much was recovery alone", "p3")
}

// "status quo" asks no status of now.
func TestRoundThirtyThreeStatusQuo(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm]\n", "The talks. Holm wants the status quo on fishing kept.")
	if q := ix.Understand("status quo on holm fishing"); q.AsksPresent {
		t.Errorf("status quo: asked of now")
	}
}

// An acronym the glossary has ("MFA" for multi-factor authentication) is
// the sources' name, not the chat form a desk writes for another thing
// ("mfa": a foreign ministry), typed in lower case or not.
func TestRoundThirtyFourGlossaryAcronym(t *testing.T) {
	ix := quietIndex(t, "mfa: [multi-factor authentication, MFA]\n",
		"The survey. By January the number of utilities without full MFA had fallen to eight.",
		"The ministry. The foreign ministry said it would not comment on the survey.",
	)
	wantFirst(t, ix, "how many utilities still dont have full mfa?", "p1")
	wantFirst(t, ix, "utilities without MFA?", "p1")
}

// "have they refreshed the numbers since?" asks whether figures were
// changed, not for a figure.
func TestRoundThirtyFourFiguresRevised(t *testing.T) {
	ix := quietIndex(t, "",
		"Republished. The Holm Review republished the analysis with permission; the figures were correct at the time of first publication.",
	)
	wantFirst(t, ix, "the holm review version - have they refreshed the numbers since the original went out?", "p1")
}

// A wh-question on a noun of a sum ("what fine", "the estimated loss"), or
// on what a party is spending or paying, or on an income, asks a sum: a
// passage on it without one does not answer.
func TestRoundThirtyFourSumNouns(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Agency, Holm]\nvik: [Vik Water, Vik]\ntarn: [Tarn Data Authority, Tarn]\n",
		"The fine. Holm proposed a fine of USD 2m on Vik in March 2022.",
		"The data probe. Tarn opened an investigation into Vik in 2022 and has received 1,460 complaints.",
		"The closure. Fishing in the bay was closed for 12 days after the spill.",
		"The arbitration. Holm has budgeted USD 4m for the arbitration. Vik has not said what it will spend.",
		"The crews. Vik employs 1,200 crew on 40 vessels.",
	)
	wantDeclined(t, ix, "ballpark what fine is tarn likely to hit vik with?", "no amount of money")
	wantFirst(t, ix, "what fine has holm proposed?", "p1")
	wantDeclined(t, ix, "whats the estimated loss to fishers from the bay closure", "no amount of money")
	wantDeclined(t, ix, "what's vik spending on the arbitration?", "no amount of money")
	wantDeclined(t, ix, "what's the average vik crew income?", "no amount of money")
}

// A word the sources write with a hyphen is read when a question joins
// it ("ecolabel": "eco-label"); "and co" after a name is "and others".
func TestRoundThirtyFourJoinedForms(t *testing.T) {
	ix := quietIndex(t, "",
		"The label. The Holm eco-label was suspended for 14 months in 2019.",
	)
	wantFirst(t, ix, "how long was the holm ecolabel suspended", "p1")
	for q, want := range map[string]string{
		"how much are holm + co claiming?":    "how much are holm and others claiming?",
		"holm & co, what did they say":        "holm and others, what did they say",
		"is the co-op in it? and co2 levels?": "is the co-op in it? and co2 levels?",
	} {
		if got, _ := knowledge.Normalize(q); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", q, got, want)
		}
	}
}

// A round figure ("~14k") finds the sources' figure it rounds (14,300),
// not one it does not (15k); a year is never read as a round figure.
func TestRoundThirtyFourRoundFigures(t *testing.T) {
	ix := quietIndex(t, "",
		"The high seas. Some 14,300 tonnes were taken on the high seas by vessels flagged elsewhere.",
		"The quota. The 2025 quota was set at 2,030 tonnes.",
	)
	wantFirst(t, ix, "who took the ~14k tonnes on the high seas?", "p1")
	wantDeclined(t, ix, "who took the 15k tonnes on the high seas?", "15000")
}

// A currency the glossary names by a word no ISO code has ("Tarn taler,
// TTL") is money where the sources write its code before figures; its
// name is no party beside a sum; a sum in cents is money; a sum dated to
// another year than asked, in its sentence or the one before, is not the
// year's.
func TestRoundThirtyFourOwnCurrencies(t *testing.T) {
	ix := quietIndex(t, "tarn-taler: [Tarn taler, Tarn talers, TTL]\nholm: [Holm Republic, Holm]\nvik: [Vik Power, Vik]\n",
		"The budget. Holm has budgeted TTL 46 million for the arbitration.",
		"The wages. Holm crews earn TTL 512,000 a year on average.",
		"The power. Vik paid an average of 9.4 US cents per kWh in 2021.",
		"The deals. Vik signed its first contract with Holm in 2019. It pays USD 90m a year under it.",
		"The levy. Tarn paid a levy of USD 2m in 2020.",
	)
	wantFirst(t, ix, "how much has holm budgeted for the arbitration?", "p1")
	wantFirst(t, ix, "what's the average holm crew wage?", "p2")
	wantFirst(t, ix, "how much did vik pay per kWh in 2021?", "p3")
	wantDeclined(t, ix, "what did vik pay holm in 2020?", "no amount of money")
	wantFirst(t, ix, "what does vik pay holm a year?", "p4")
}

// A sum named with the word that says which of its figures it is ("net
// price") is not given by another of them ("the list price is USD
// 3.4m"); a sum in a sentence that names another party and dates itself
// ("a term sheet initialled with Tarn in May 2020") is not read with the
// names of the one before.
func TestRoundThirtyFourWhichSum(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Power, Holm]\ntarn: [Tarn Republic, Tarn]\nvik: [Vik Pool, Vik]\n",
		"The price. In Holm the list price is USD 3.4m. The maker applied for reimbursement in 2021.",
		"The deals. Holm joined the Vik market in 2019. A second deal, a term sheet at 8.2 US cents, was initialled with Tarn.",
		"The imports. Holm paid an average of 9.4 US cents per kWh on the Vik market in 2021.",
	)
	wantDeclined(t, ix, "holm net price after rebates", "no amount of money")
	wantFirst(t, ix, "holm list price", "p1")
	wantFirst(t, ix, "what did holm pay per kWh on the vik market in 2021?", "p3")
	ix = quietIndex(t, "holm: [Holm Power, Holm]\ntarn: [Tarn Republic, Tarn]\nvik: [Vik Pool, Vik]\n",
		"The deals. Holm joined the Vik market. A second deal, a term sheet at 8.2 US cents, was initialled with Tarn in May 2020.",
	)
	wantDeclined(t, ix, "what does holm pay on the vik market?", "no amount of money")
}

// A keyword question closing on a role or on "name" ("tarn fisheries
// minister name", "vik processing ceo") asks for its holder by name: a
// passage that names another party's holder, or none, does not answer,
// though the party is named in many passages.
func TestRoundThirtyFourRoleByKeyword(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Republic, Holm]\ntarn: [Tarn Republic, Tarn]\nvik: [Vik Processing]\nriga: [Riga Fish]\n",
		"The ban. Holm's Minister of Fisheries, Ada Berg, signed the order in March 2022.",
		"The plants. Vik Processing, based in Tarn, closed two plants in 2021 and laid off 300 workers.",
		"The company. Riga Fish's chief executive, Lars Moe, said the ban was unfair to Tarn.",
		"The talks. Tarn hosts the talks, which Holm left in 2021.",
	)
	wantDeclined(t, ix, "tarn fisheries minister name", "Holm Republic's minister, not Tarn Republic's")
	wantFirst(t, ix, "holm fisheries minister", "p1")
	wantDeclined(t, ix, "vik processing ceo", "no name")
	wantFirst(t, ix, "riga fish chief executive", "p3")
}

// "how did the Vik dispute end up?" is answered by what the sources tell
// of its end in the past; "did it end up ..." of what they tell only as
// still to come is not. "176kt" is 176,000 tonnes.
func TestRoundThirtyFourEndedAndTonnes(t *testing.T) {
	ix := quietIndex(t, "vik-bank: [Vik Bank]\nholm: [Holm Republic, Holm]\n",
		"The earlier case. In the Vik Bank capelin dispute Holm set its own quota in 2012; the dispute ended in 2016, when Holm accepted a 12% share.",
		"The quota. Holm set a quota of 176,000 tonnes for 2025, citing the stock's shift north.",
		"The court. The court will rule on the ban in May 2024.",
	)
	wantFirst(t, ix, "how did the vik bank capelin thing end up?", "p1")
	wantDeclined(t, ix, "did the court end up striking down the ban?", "still to come")
	wantFirst(t, ix, "why 176kt - how did holm justify it", "p2")
}

// "how many people does Holm employ?" is not answered by a passage on Holm
// with no word of employing (its count is of something else); "bring in"
// is a phrasal verb the sources may say otherwise. "how much did Vik's
// growers lose?" asks a loss: a sum that values something else does not
// give it.
func TestRoundThirtyFourCountedVerbAndLoss(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Copper, Holm]\nvik: [Vik Republic, Vik]\n",
		"The mines. Holm Copper runs two mines near Riga and buys 45 MW from traders.",
		"The staff. The Tarn smelter employs 2,400 people.",
		"The workers. Vik could host up to 50,000 workers from abroad.",
		"The delta. Vik's tourism ministry values delta tourism at about USD 480m a year; the 2021 flood was the smallest in decades.",
	)
	wantDeclined(t, ix, "how many people does holm copper employ?", "no figure")
	wantFirst(t, ix, "how many people does the tarn smelter employ?", "p2")
	wantFirst(t, ix, "how many workers could vik bring in?", "p3")
	wantDeclined(t, ix, "how much did vik's tourism operators lose in 2021 because of the small flood?", "no amount of money")
	wantFirst(t, ix, "what is vik's delta tourism worth a year?", "p4")
}

// "who chairs the committee?" asks for its chair by name: a passage that
// names someone else beside the committee (an adviser) does not answer;
// one that names its chair does.
func TestRoundThirtyFourWhoChairs(t *testing.T) {
	ix := quietIndex(t, "holm-committee: [Holm Bondholder Committee, Holm committee]\nvik-board: [Vik Port Board, Vik board]\n",
		"The committee. The Holm Bondholder Committee, 23 funds holding 41% of the bonds, will not tender. \"The haircut is too deep,\" said Ada Berg, the managing director advising the committee.",
		"The board. The Vik Port Board, chaired by Lars Moe since 2019, approved the tariff.",
	)
	wantDeclined(t, ix, "who chairs the holm bondholder committee?", "no name")
	wantFirst(t, ix, "who chairs the vik port board?", "p2")
}

// Office chatter in a team's channel ("thurs team lunch order?", "expense
// report deadline this mo") names the office's own business, which no
// source has: it is not covered, though it shares an everyday word with
// a passage ("team", "report deadline"). A word of the office the sources
// do have, or a question that names their names, is read as ever.
func TestRoundThirtyFourOfficeChatter(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\n",
		"The agency. The agency sent a team of nine to the utility, which filed its report on time.",
		"The data. The utility notified the regulator within the 72-hour deadline; its report deadline was 14 October.",
		"The plants. Holm staff ate in the plant canteen during 19 days of manual operation.",
	)
	wantDeclined(t, ix, "thurs team lunch order?", "lunch")
	wantDeclined(t, ix, "expense report deadline this mo", "expense")
	wantFirst(t, ix, "where did holm staff eat during manual operation? the canteen?", "p3")
	wantFirst(t, ix, "what was the report deadline?", "p2")
}

// "what did the Holm review conclude?", "key findings of the vik
// inquiry": a document the sources tell of, whose findings they may give
// or tell as still to come, not the piece's conclusion ("what does the
// report conclude?", "the author's key findings").
func TestRoundThirtyFourOtherDocumentsFindings(t *testing.T) {
	ix := quietIndex(t, "",
		"The review. The independent review of the utility's governance, led by Ada Holm, is due on 31 March 2024.",
		"My assessment. The refusal to pay was right, but basic controls failed.",
	)
	for q, piece := range map[string]bool{
		"what did ada holms governance review conclude": false,
		"key findings of the holm review?":              false,
		"what does the report conclude?":                true,
		"what does the author conclude":                 true,
		"the author's key findings?":                    true,
	} {
		if got := ix.Understand(q).AboutPiece; got != piece {
			t.Errorf("%q: about the piece %v, want %v", q, got, piece)
		}
	}
}

// A period numbered glued to its short form ("yr1", "wk2") is the first
// year, the second week; "3-2 PM" is a score and an acronym, not a time
// of day.
func TestRoundThirtyFourGluedForms(t *testing.T) {
	for q, want := range map[string]string{
		"yr1 spend under the instalments":              "first year spend under the instalments",
		"wk2 numbers?":                                 "second week numbers?",
		"who were the 2 dissenters on the 3-2 PM vote": "who were the 2 dissenters on the 3-2 PM vote",
	} {
		if got, _ := knowledge.Normalize(q); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", q, got, want)
		}
	}
	ix := quietIndex(t, "",
		"The instalments. Under the instalment plan the insurer would spend USD 1.1m in the first year and USD 0.4m in each of the next four.",
	)
	wantFirst(t, ix, "yr1 spend under the instalment plan", "p1")
}

// Found beside the review of round thirty-four: "how much did Holm shares
// lose" may be told in per cent, no sum; "key findings of this short
// report" is the piece's; "4pm" of "2-4pm" is a time, unlike "PM" of "3-2
// PM vote".
func TestRoundThirtyFourReviewExtras(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Motors, Holm]\n",
		"The recall. Holm shares lost 12% after the recall of 40,000 cars in 2021.",
	)
	wantFirst(t, ix, "how much did holm shares lose after the recall?", "p1")
	if ix.Understand("key findings of this short report?").AboutPiece != true {
		t.Error(`"key findings of this short report?" is about the piece`)
	}
	if got, _ := knowledge.Normalize("holm hearing 2-4pm"); got != "holm hearing 2" {
		t.Errorf(`Normalize("holm hearing 2-4pm") = %q, want "4pm" out as before the round`, got)
	}
}

// A sentence that only converts the sum of the sentence before ("At the
// article's rates that is about EUR 11.6 million") gives that sum in its
// currency; and the reason for a sum in no currency asked never names the
// asked currency as the other.
func TestRoundThirtyFiveConvertedSum(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Agency, Holm]\nvik: [Vik Foods, Vik]\ncrown: [Tarn crown, TKC]\neuro: [euro, EUR]\n",
		"Fines. On 5 May 2021 Holm imposed a fine of TKC 86 million on Vik. At the rates used here that is about EUR 11.6 million, a little over 6% of revenue.",
		"The plant. Vik's plant cost TKC 40 million in 2019, paid in crowns.",
	)
	wantFirst(t, ix, "how large was the fine holm imposed on vik, and what is it in euros?", "p1")
	wantFirst(t, ix, "vik fine in eur", "p1")
	r := ix.Search("what did vik's plant cost in euros?", knowledge.Options{})
	if r.Covered || strings.Contains(r.Reason, "in euros, not in euros") {
		t.Errorf("plant cost in euros: covered %v, reason %q", r.Covered, r.Reason)
	}
}

// "did anyone from X comment", "any quotes from X", "who is X and what
// did they say": the question asks what X said; a passage naming X with
// nobody of X speaking does not answer, one where X speaks does, though it
// writes neither "comment" nor "quote".
func TestRoundThirtyFiveSpeakers(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Fisheries, Holm]\nvik: [Vik Pelagic Group, Vik]\ntarn: [Tarn, Republic of Tarn]\n",
		"The ban. Tarn banned landings from Holm vessels in May 2021. Vik owns nine of the 38 vessels affected.",
		"The reaction. \"The ban is unlawful,\" said Ola Berg, Holm's chief executive, in June 2021.",
		"The ministers. Tarn's fisheries minister, Anna Lind, signed the order in April 2021.",
	)
	wantDeclined(t, ix, "did anyone from vik comment on the ban?", "said")
	wantFirst(t, ix, "did anyone from holm comment on the ban?", "p2")
	wantDeclined(t, ix, "any quotes from vik on the ban?", "said")
	wantFirst(t, ix, "any quotes from holm on the ban?", "p2")
	wantDeclined(t, ix, "who's tarn's fisheries minister and what did they say about the ban?", "said")
	wantFirst(t, ix, "who's holm's chief executive and what did he say about the ban?", "p2")
}

// The plural of an everyday abbreviation English lists ("recs" of "rec",
// "certs" of "cert"), though English has it as a word of its own, is read
// as the word the sources write out that its context picks.
func TestRoundThirtyFiveAbbreviations(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Group, Holm]\n",
		"The inquiry. The inquiry made 34 recommendations; the government accepted 29 of them in March 2021.",
		"The label. Tarn Stewardship suspended Holm's certificates in May 2021 after a review of its records.",
		"The catch. Holm's recorded catch fell in 2021.",
	)
	wantFirst(t, ix, "how many inquiry recs did govt accept", "p1")
	wantFirst(t, ix, "why did tarn stewardship pull holm's certs", "p2")
}

// "When did Kettridge start?": a date in the passage beside another
// person ("Aalund resigned on 9 January") does not say when the person
// asked about did; one in a sentence on the person, or going on from one
// ("She took over on 3 March"), does.
func TestRoundThirtyFiveDateOfPerson(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The resignations. Holm's chief executive, Gregor Aalund, resigned on 9 January 2021 after seven years. The group sent Sabine Kettridge to run Holm as interim chief executive.",
		"The board. Holm's chair, Ivo Brand, joined the board in 2015. He took over as chair on 3 March 2019.",
	)
	wantDeclined(t, ix, "what date did kettridge start as interim ceo?", "date")
	wantFirst(t, ix, "when did aalund resign as chief executive?", "p1")
	wantFirst(t, ix, "when did brand take over as chair?", "p2")
}

// "Holm's 2022 revenue number?" asks a sum of revenue in 2022: the
// passage with Holm's 2021 revenue, or its costs in 2022, does not give it.
func TestRoundThirtyFiveSumFigure(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The recall. Holm booked a charge of USD 21 million for the recall in its 2022 accounts.",
		"The fine. The fine was a little over 6% of Holm's 2021 revenue of USD 190 million.",
	)
	wantDeclined(t, ix, "do we have holm's 2022 revenue number? only seeing 2021", "money")
	wantFirst(t, ix, "holm 2021 revenue figure?", "p2")
}

// Office chatter whose office word the sources have only as another word
// of its stem ("expense claims", where they write "more expensive") names
// nothing of the sources; "whens" is "when is".
func TestRoundThirtyFiveOfficeStem(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The fund. Holm's compensation fund does not cover the cost to families of more expensive formula; 31 claims were paid in the first quarter of 2021, before the deadline.",
	)
	wantNotCovered(t, ix, "whens the deadline for q1 expense claims again? thx")
	wantFirst(t, ix, "how many holm comp fund claims were paid in q1?", "p1")
	if got, _ := knowledge.Normalize("whens the hearing"); got != "when is the hearing" {
		t.Errorf(`Normalize("whens the hearing") = %q`, got)
	}
}

// "AAT ruling on the fine - upheld or cut?" asks how the appeal ended;
// where the sources have its hearing still to come, they cannot say.
func TestRoundThirtyFiveOutcomeEither(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\naat: [Administrative Appeals Tribunal, AAT]\n",
		"Fines. On 5 May 2021 the regulator imposed a fine of USD 86 million on Holm. Holm paid the fine but lodged an appeal with the Administrative Appeals Tribunal (AAT) on 2 June 2021; the AAT hearing is scheduled for 19 May 2022.",
		"The levy. The council's levy vote on 3 March 2021 passed by 12 votes to 9; it cut the levy and upheld the cap.",
	)
	wantDeclined(t, ix, "AAT ruling on 86m fine - upheld or cut?", "still to come")
	wantFirst(t, ix, "council levy vote - passed or failed?", "p2")
}

// "who replaced Lindgaard as quality director?": a sentence that names
// someone taking that post, or hers; someone taking another post does not
// say.
func TestRoundThirtyFiveSuccessor(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"Resignations. Holm's chief executive, Gregor Aalund, resigned on 9 January 2021. The quality director, Petra Lindgaard, was dismissed on 20 January 2021, and the plant manager, Oskar Fenwright, left in April 2021. The group sent Sabine Kettridge to run Holm as interim chief executive.",
		"The regulator. Its deputy chief executive, Jonas Kerrow, resigned in March 2021; Ana Brun was appointed in his place in May 2021.",
	)
	wantDeclined(t, ix, "who replaced lindgaard as quality director", "place")
	wantFirst(t, ix, "aalund quit right? who took over running holm after him", "p1")
	wantFirst(t, ix, "kerrow successor as deputy chief executive", "p2")
}

// A person asked by name ("Halvik's response to the committee's report")
// must be the one who reacts or speaks on the topic: the committee's
// report on its own, or Halvik elsewhere, does not say; "Lodhi, the bank's
// chief executive, said the bank would tender" is what Lodhi said.
func TestRoundThirtyFivePersonReacting(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\nindus: [Indus Commercial Bank, Indus Commercial]\nselect-committee: [Select Committee]\n",
		"The inquiry. The Select Committee's final report, published on 18 November 2021, made 34 recommendations; it found that Holm had put production above candour.",
		"The minister. Health Minister Teodor Halvik survived a motion of no confidence on 21 February 2021.",
		"The exchange. The State Bank will let banks spread exchange losses over 16 quarters. Tariq Lodhi, Indus Commercial's chief executive, said the bank would tender before the early deadline: \"We would rather take a known loss in April than an unknown one in October.\"",
	)
	wantDeclined(t, ix, "halvik response to the select committee final report", "Halvik")
	wantFirst(t, ix, "is indus tendering early & what did lodhi say", "p3")
}

// Desk shorthand for a frequency and a conflict of interest is read
// written out ("vol" and "recs" are read by their context: volume or
// volatility, recommendations or records).
func TestRoundThirtyFiveDeskShorthand(t *testing.T) {
	for q, want := range map[string]string{
		"inspection freq under the new act": "inspection frequency under the new act",
		"author coi?":                       "author conflict of interest?",
	} {
		if got, _ := knowledge.Normalize(q); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", q, got, want)
		}
	}
}

// "which two firms went on the list?", "who were the 2 dissenting
// arbitrators?": the members of a group counted, which a sentence on the
// group that lists them names; "two firms were added" does not, and
// neither do concerns, which have no names.
func TestRoundThirtyFiveGroupNamed(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Republic of Holm]\ntarn: [Tarn]\n",
		"The list. Two Holm trading firms were added to the Tarn export list in January 2021, a move Holm said it had not been consulted on.",
		"The tribunal. The five arbitrators, chaired by Professor Amara Velloso, ruled by 3 votes to 2 in March 2021.",
		"The bids. Two firms, Kessmouth Pelagic Ltd and Vik Shipping Ltd, bid for the port in May 2021. The regulator listed three concerns.",
	)
	wantDeclined(t, ix, "which two holm trading firms got put on the tarn export list?", "do not say which")
	wantDeclined(t, ix, "which 2 arbitrators dissented? names pls", "do not say which")
	wantFirst(t, ix, "which two firms bid for the port?", "p3")
	wantFirst(t, ix, "what are the 3 concerns the regulator listed?", "p3")
}

// A sum the question states ("veldoria budgeted 46m - what's farrowsey
// spending?", "phase 1 cost vs the ~900m phase 2") is not what it asks:
// a sentence whose only sum is that one, with its conversions, does not
// answer; one that gives another does, and so does a sum asked to be
// confirmed.
func TestRoundThirtyFiveStatedSum(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm, Kingdom of Holm]\nvik: [Vik, Republic of Vik]\n",
		"The arbitration. Holm began arbitration against Vik on 9 June 2021. Holm has budgeted USD 46 million (EUR 42 million) for it.",
		"The plant. Kestrel's first phase cost $1.2bn in 2019. Its second phase, worth roughly $900m, awaits a board decision.",
		"The fine. The regulator fined Vik USD 86 million in May 2021; at the rates used here that is about EUR 80 million.",
	)
	wantDeclined(t, ix, "holm budgeted 46m for the arbitration - what's vik spending on it?", "money")
	wantFirst(t, ix, "how much did kestrel phase 1 cost vs the ~900m phase 2?", "p2")
	wantFirst(t, ix, "how much is the 86m vik fine in euros?", "p3")
	wantFirst(t, ix, "was the vik fine 86m?", "p3")
}

// "by end of march 25": a part of a month before its two digits makes
// them its year, though the sources have the number 25.
func TestRoundThirtyFivePartOfMonth(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Foods, Holm]\n",
		"The recall. By 31 March 2021 about 21 lorries had carried 1.2 million recalled tins back from 640 shops.",
		"The plant. Holm reopened the plant in 2022.",
	)
	if got := ix.Understand("by end of march 21 how many recalled tins had been pulled back?").Text; !strings.Contains(got, "march 2021") {
		t.Errorf("end of march 21: searched %q, want march 2021", got)
	}
	if got := ix.Understand("what happened on march 21?").Text; strings.Contains(got, "2021") {
		t.Errorf("march 21: searched %q, want the day", got)
	}
}

// A place asked by a word that the sources write only inside a longer
// name ("at Brask", where "the Brask Treatment Works") is named where that
// name is: a count in the sentence is of it, though another party is named
// in the same clause and the sentence goes on after a semicolon.
func TestRoundThirtySixPartyInsideAName(t *testing.T) {
	ix := quietIndex(t, "works: [Brask Treatment Works]\nholm: [Holm Water Authority, HWA]\n",
		"Water. At the Brask Treatment Works a fault led HWA to issue a boil-water notice for 21,400 residents on 3 May; it was lifted after 40 hours.",
		"Later. Brask council asked for a review of the notice in June.",
	)
	wantFirst(t, ix, "boil water notice at Brask - how many residents", "p1")
	wantFirst(t, ix, "the boil water notice at brask, how many residents and how long did it last", "p1")
}

// A clause that says what is asked was not made public or is not known
// ("the value of assets frozen in Vik has not been disclosed", "no figure
// has been published for the offshore market", "did not disclose its
// terms") is no answer, though a sum stands beside it; a question on the
// sum beside it, or on whether it was disclosed, is answered.
func TestRoundThirtySixWithheld(t *testing.T) {
	ix := quietIndex(t, "vik: [Vikland]\nholm: [Holm League, HL]\nmeri: [Meri Telecom, Meri]\ntarn: [Tarn Betting Authority, TBA]\n",
		"The money. Courts have frozen assets worth EUR 19 million in Holmland; the value of assets frozen in Vikland has not been disclosed.",
		"The market. The betting market grew: TBA estimates that licensed operators took EUR 410 million in stakes on the Holm League in 2024, while no figure has been published for the offshore market.",
		"Sponsors. Meri paid the league EUR 18 million a year. Holm and Meri later reached a settlement, but the league did not disclose its terms.",
		"Payments. According to the indictment, players got EUR 40,000 per match, while a referee was paid up to EUR 300,000 for a single game.",
		"Totals. No figure has been published for the total amount paid to players and referees, and prosecutors have declined to estimate it.",
	)
	for _, q := range []string{"how much has been frozen in vikland so far?", "value of assets frozen in vikland", "offshore betting market size on the holm league?",
		"what were the terms of the meri settlement?", "meri settlement terms - any refund?", "any figure for how much was paid to players and referees in total?"} {
		r := ix.Search(q, knowledge.Options{})
		if r.Covered || r.Withheld == "" {
			t.Errorf("%q: covered %v, withheld %q (%s)", q, r.Covered, r.Withheld, r.Reason)
		}
	}
	wantFirst(t, ix, "how much was frozen in holmland?", "p1")
	wantFirst(t, ix, "how big is the licensed betting market on the holm league?", "p2")
	wantFirst(t, ix, "did the league disclose the meri settlement terms?", "p3")
	wantFirst(t, ix, "how much did meri pay the league?", "p3")
	wantFirst(t, ix, "how much was a referee paid for a single game?", "p4")
}

// The name of a thing asked ("what's the name of the tarn payment
// processor", "tarn payment processor name") is not given where the
// sources have the thing only unnamed ("funded through a Tarn payment
// processor", "the payment processor"); it is where a name stands beside
// it, and a person, whom the sources may name by a title instead, is left
// to the rules on persons.
func TestRoundThirtySixUnnamedThing(t *testing.T) {
	ix := quietIndex(t, "tarn: [Tarnland]\nholm: [Holm Gaming Authority, HGA]\n",
		"The accounts. The data, gathered by the inspector Anna Lind of Holm Police, showed clusters of accounts in Holmport, funded through a Tarnland payment processor.",
		"Abroad. Tarnland has not answered requests for information about the payment processor, and HGA has said little.",
		"The lab. Vik Genetics, based in Basel and listed in New York, bought a university spin-out in 2017 for EUR 41 million.",
		"The insurer. The clubs were insured through Orvo Mutual, a Tarnland insurance broker, until 2024.",
		"Labour. Holm officials have considered hiring workers from Tarnland. Deputy Minister Ola Berg said Holm was working on it.",
	)
	for _, q := range []string{"what's the name of the tarnland payment processor everyone mentions", "tarnland payment processor name",
		"what was the name of the univ spin-out vik bought in 2017"} {
		wantDeclined(t, ix, q, "do not name")
	}
	wantFirst(t, ix, "what's the name of the tarnland insurance broker?", "p4")
	wantFirst(t, ix, "tarnland insurance broker name", "p4")
	if r := ix.Search("which holm official talked about hiring workers from tarnland? name pls", knowledge.Options{}); strings.Contains(r.Reason, "do not name") {
		t.Errorf("a person asked by a word the sources do not use for him: %s", r.Reason)
	}
	// a person by a role of two words or more is asked as a thing is,
	// beside a name that has a place's inside it ("Brask Rovers")
	ix = quietIndex(t, "brask: [Brask]\nrovers: [Brask Rovers]\nulm: [Ulm City]\n",
		"Bans. Ulm City's sporting director, Ivo Halek, was banned for life and a Brask Rovers team manager for four years.",
		"Coaches. The Ulm City head coach, Ola Marek, was fined in May 2021.",
	)
	wantDeclined(t, ix, "brask rovers team manager name, 4yr ban", "do not name")
	wantFirst(t, ix, "ulm city head coach name", "p2")
}

// A keyword question, or "what was/were the X", with a year asks the
// figure of that year, as "how much" does: where the sentences on it give
// figures of other years only, it is not covered ("holm complaints same
// period 2019", where 2020's and 2021's are given); a year they give is
// answered.
func TestRoundThirtySixFigureOfAYear(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water, Holm]\nvik: [Vik League]\n",
		"Complaints. Holm logged 11,320 complaints between September and December 2021, against 2,900 in the same period of 2020.",
		"Stakes. Licensed operators took EUR 410 million in stakes on the Vik League in 2020.",
		"History. Holm was founded in 1990 and built its first plant in 2019.",
	)
	for _, q := range []string{"holm complaints same period 2019", "what were licensed stakes on the vik league in 2019, to compare w/ 2020?", "vik league licensed stakes 2021, yoy"} {
		wantDeclined(t, ix, q, "not for")
	}
	wantFirst(t, ix, "holm complaints same period 2020", "p1")
	wantFirst(t, ix, "what were licensed stakes on the vik league in 2020?", "p2")
}

// The length of what lasts a time ("telk sentence length", "length of
// the ban") is a duration, not a distance: the sentence that gives it in
// years answers.
func TestRoundThirtySixTimeLength(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Football Federation, HFF]\n",
		"Sentences. Ola Telk was sentenced to five years and six months on 24 February 2021.",
		"Bans. HFF banned Ivo Marek for ten years in March 2021.",
		"Pitches. The new pitch is 105 metres long.",
	)
	wantFirst(t, ix, "telk sentence length", "p1")
	wantFirst(t, ix, "length of marek's ban?", "p2")
	wantFirst(t, ix, "pitch length?", "p3")
}

// An everyday abbreviation ("equiv", "approx") is no typo of a word one
// letter away that the sources have ("equip"): it is read as a longer word
// it may stand for ("acct": account), or, when none is in the sources and
// it stands beside a currency or a figure, left out as saying how rather
// than what the question asks; and a passage's heading of up to six words
// ("The raids of 22 May.") says what its sums are on.
func TestRoundThirtySixAbbreviationsAndHeadings(t *testing.T) {
	ix := quietIndex(t, "euro: [euro, EUR]\ncrown: [Holm crown, HKC]\n",
		"The raids of 22 May. Officers searched 31 addresses and arrested 17 people. They seized HKC 6.3 million in cash, about EUR 840,000, with phones and other equipment.",
		"Accounts. The bank froze 40 betting accounts in June 2021.",
	)
	wantFirst(t, ix, "cash seized in raids + eur equiv", "p1")
	wantFirst(t, ix, "how much cash was seized in the raids?", "p1")
	wantFirst(t, ix, "how many betting accounts did the bank freeze, approx 40?", "p2")
	if u := ix.Understand("cash seized in raids + eur equiv"); strings.Contains(u.Text, "equip") {
		t.Errorf("equiv read as %q", u.Text)
	}
}

// "Where is X's plant?" asks a place beside the plant: where the sources
// have only "a dedicated manufacturing plant" (the firm's own seat named
// elsewhere in the sentence) they do not say; "a new depot in Kessmouth"
// does. A question with a verb ("where is Ola working these days") is
// left to the rules before.
func TestRoundThirtySixWhereAThingIs(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik Therapeutics, Vik]\nholm: [Holm Freight, Holm]\n",
		"Plants. Vik, based in Basel and listed in New York, has spent EUR 1.6bn on development and a dedicated manufacturing plant.",
		"Depots. Holm opened a new depot in Kessmouth in 2021.",
	)
	wantDeclined(t, ix, "where is vik mfg plant", "do not say where")
	wantFirst(t, ix, "where is holm's new depot?", "p2")
	wantFirst(t, ix, "where is vik based?", "p1")
}

// A passage's heading says what all of it is on: a count in a sentence
// that names another body ("The bill passed the Assembly by 112 votes to
// 31") is of the act its heading names.
func TestRoundThirtySixHeadingNamesTheParty(t *testing.T) {
	ix := quietIndex(t, "act: [Holm Integrity Act, HIA]\nassembly: [National Assembly]\n",
		"The Holm Integrity Act. The government's bill passed the National Assembly on 28 April 2021 by 112 votes to 31, with 7 abstentions. HIA creates an offence of fixing a match.",
		"Later. The National Assembly passed a budget by 90 votes to 60 in May 2021.",
	)
	wantFirst(t, ix, "HIA vote tally", "p1")
	wantFirst(t, ix, "how many abstentions on the hia vote", "p1")
}

// "Saw X, what Y?", "noticed X, how Y?": what the asker saw is the
// premise, the question comes after the comma; "saw" is no word to search.
func TestRoundThirtySixSawThenAsked(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Review, Holm]\n",
		"Publication history. The piece first appeared online on 11 June 2021. On 18 June 2021 it was corrected: it had said the act passed by 114 votes; it passed by 112.",
		"The saw mill. The mill saw its output fall in 2021.",
	)
	for _, q := range []string{"saw the piece was corrected, what got changed?", "just noticed the piece was corrected, what changed?"} {
		if u := ix.Understand(q); strings.HasPrefix(u.Text, "saw") || strings.Contains(u.Text, "noticed") {
			t.Errorf("%q searched as %q", q, u.Text)
		}
		wantFirst(t, ix, q, "p1")
	}
	if u := ix.Understand("saw output fall at the mill?"); !strings.Contains(u.Text, "saw") {
		t.Errorf("no question after a comma: %q", u.Text)
	}
}

// A count asked of a part of a whole the question states ("how many of
// the 800 households have been resettled?") is not given by a sentence
// whose only figure is the whole ("resettlement plans for about 800
// households"); it is by one with another figure beside it.
func TestRoundThirtySevenPartOfAStatedWhole(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Port Authority, HPA]\nvik: [Vikland]\n",
		"The rail link. Works on the 27-kilometre rail link were suspended in May pending a review of resettlement plans for about 800 households along the route.",
		"Claims. The fund paid 31 claims for families in Vikland by March 2021, worth EUR 2 million in all.",
		"Trial. Prosecutors charged 26 defendants in Holmport; 9 of them pleaded guilty in June 2021.",
		"Witnesses. The court heard 40 witnesses, 12 of whom were police officers.",
	)
	for _, q := range []string{"how many of the ~800 households on the rail route have been resettled so far?",
		"of the 31 claims the fund settled, how many were for deaths?", "out of the 31 claims in vikland how many were rejected"} {
		wantNotCovered(t, ix, q)
	}
	wantFirst(t, ix, "of the 26 defendants, how many pleaded guilty?", "p3")
	wantFirst(t, ix, "how many of the 26 defendants pleaded guilty", "p3")
	wantFirst(t, ix, "how many of the 40 witnesses were police officers?", "p4")
	wantFirst(t, ix, "how many households are affected by the rail link?", "p1")
	wantFirst(t, ix, "how many claims did the fund pay in vikland?", "p2")
}

// A person's background, time in a post or party, asked of a person the
// sources name only by a role ("led by its secretary-general Anna
// Lindqvist", "President Olaf Brenn signed the law"), is not covered; it
// is where a sentence naming the person tells it ("Karl Vesk, a former
// director-general of the fund", "appointed in March 2019", "Eva Holm of
// the Green Party").
func TestRoundThirtySevenPersonsAttributes(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Confederation of Labour, HCL]\nfund: [National Pension Fund, NPF]\ngreen: [Green Party, GP]\n",
		"The unions. The HCL, the largest union with 780,000 members, is led by its secretary-general Anna Lindqvist. \"The government has chosen the accountants,\" Lindqvist said.",
		"The law. President Olaf Brenn signed the law and affixed the seal on 23 December 2021. Minister Ida Sarn resigned in January; Karl Vesk, a former director-general of the NPF, replaced her.",
		"The vote. Eva Holm of the Green Party voted against the bill. Per Dahl has chaired the NPF since March 2019. Dahl's first act was to meet the leaders of the Liberal Centre. Ola Berg (GP) abstained.",
	)
	for _, q := range []string{"what's anna lindqvists background, was she always at the hcl?", "lindqvist background / prior roles", "olaf brenn party affil",
		"is brenn a party member? which party", "how long was karl vesk director-general of the npf?", "vesk yrs as npf dg", "is per dahl a party member? which party"} {
		wantNotCovered(t, ix, q)
	}
	wantFirst(t, ix, "what's karl vesk's background?", "p2")
	wantFirst(t, ix, "which party is eva holm from?", "p3")
	wantFirst(t, ix, "ola berg party affil", "p3")
	wantFirst(t, ix, "how long has per dahl been in charge of the npf?", "p3")
	wantFirst(t, ix, "who leads the hcl?", "p1")
	wantFirst(t, ix, "what did lindqvist say about the government?", "p1")
}

// A keyword question closing on "count" or "#" ("holm movement seat
// count", "hcl membership #"), or opening on "#" ("# of members hcl"),
// asks a figure: one of the party asked, not another's beside it.
func TestRoundThirtySevenTerseCount(t *testing.T) {
	ix := quietIndex(t, "green: [Green Party, GP]\nholm: [Holm Movement]\nhcl: [Holm Confederation of Labour, HCL]\nvik: [Vik Workers' Union, VWU]\n",
		"The vote. The Green Party won 12 seats in the assembly in May 2021; the Holm Movement also stood in the vote.",
		"The unions. The HCL has 780,000 members. The VWU joined the protests in June 2021.",
	)
	wantNotCovered(t, ix, "holm movement seat count")
	wantNotCovered(t, ix, "vwu membership #")
	wantFirst(t, ix, "green party seat count", "p1")
	wantFirst(t, ix, "hcl membership #", "p2")
	wantFirst(t, ix, "# of members hcl", "p2")
}

// A figure told of several parties together ("their combined membership
// is about 2.1 million") is not one party's, asked alone; it answers a
// question after the total.
func TestRoundThirtySevenCombinedFigure(t *testing.T) {
	ix := quietIndex(t, "hcl: [Holm Confederation of Labour, HCL]\nvwu: [Vik Workers' Union, VWU]\ntu: [Teachers' Union, TU]\n",
		"The unions. In June 2021 the unions formed a committee. Its members were the HCL, the largest, with 780,000 members; the VWU; and the TU. Their combined membership is about 2.1 million.",
		"The talks. The unions met the minister twice.",
		"The press. Newspapers covered the talks.",
		"The notice. A fault, combined with a delay in sampling, led the HCL to warn 38,500 residents.",
	)
	wantNotCovered(t, ix, "how many members does the VWU have on its own")
	wantNotCovered(t, ix, "vwu membership #")
	wantFirst(t, ix, "how many members does the hcl have", "p1")
	wantFirst(t, ix, "how many members do the unions have combined?", "p1")
	wantFirst(t, ix, "how many residents did the hcl warn?", "p4")
}

// A term asked of a party ("life expectancy at 65 holmland", "what's the
// jobless rate in holmland") is not given by a passage that has of the
// question only the party's name and the figure; a question telling
// what happened, in other words than the passage's, still is ("is the
// crown still around 280?").
func TestRoundThirtySevenTermOfAParty(t *testing.T) {
	ix := quietIndex(t, "holm: [Holmland]\ncrown: [Holm crown, crown]\n",
		"The reform. The pension age in Holmland rises from 62 to 65 by 2030; those born in 1968 retire at 64.",
		"Markets. In March 2021 the crown traded at about 280 to the dollar.",
		"Budget. The pension fund ran a deficit of EUR 9.6 billion in 2021.",
		"Unions. The unions called strikes in Holmport, where life is hard and wages expected to fall.",
	)
	wantNotCovered(t, ix, "life expectancy at 65 holmland")
	wantNotCovered(t, ix, "whats life expectancy at 65 in holmland these days")
	wantFirst(t, ix, "pension age in holmland", "p1")
	wantFirst(t, ix, "what's the pension age in holmland?", "p1")
	wantFirst(t, ix, "is the crown still sitting around 280?", "p2")
}

// The reasoning behind a view or a decision ("what was the judge's
// reasoning in the dissent", "rationale") is not given by a sentence that
// says only that it was taken ("Judge Ola Berg wrote the dissent"); it is
// by one that argues, or the next ("She argued that ...").
func TestRoundThirtySevenReasoning(t *testing.T) {
	ix := quietIndex(t, "court: [Constitutional Court]\nholm: [Holm Fund, HF]\n",
		"The ruling. On 19 December 2021 the Constitutional Court upheld the law by 7 votes to 4. Judge Ola Berg wrote the dissent of the four.",
		"The delay. The HF put off the payments to 2022. Its director said the fund could not pay before the audit was done.",
		"The cut. Judge Eva Lund wrote the minority opinion on the tax case. She argued that the cut breached the budget rules.",
	)
	wantNotCovered(t, ix, "what was judge berg's reasoning in the dissent?")
	wantNotCovered(t, ix, "berg dissent reasoning")
	wantFirst(t, ix, "hf payment delay - rationale?", "p2")
	wantFirst(t, ix, "what was lund's reasoning in the tax case?", "p3")
}

// When something is supposed, meant, due or expected to happen is not
// told by a date of another step beside it ("In March 2021 the bank
// approved a loan for the rail link"); it is by a date told ahead, one
// after the source's, or one of what is asked ("completed in June 2022").
func TestRoundThirtySevenWhenDue(t *testing.T) {
	ix := quietIndex(t, "bank: [Holm Development Bank, HDB]\n",
		"The rail link. In March 2021 the HDB approved a EUR 185 million loan for a 27-kilometre rail link to the port. Disbursement was suspended in May pending a review.",
		"The tunnel. Work on the tunnel began in 2020 and is due to be completed in 2025.",
		"The bridge. The bridge, planned since 2015, was opened in June 2022.",
		"The ferry. There were expectations that the Holm ferry might resume in September 2022, but so far it has not.",
	)
	wantNotCovered(t, ix, "when is the rail link supposed to be finished?")
	wantNotCovered(t, ix, "when's the port rail link meant to open")
	wantFirst(t, ix, "when is the tunnel meant to be completed?", "p2")
	wantFirst(t, ix, "when was the bridge supposed to open?", "p3")
	wantFirst(t, ix, "when did the hdb approve the rail link loan?", "p1")
	wantFirst(t, ix, "the holm ferry was supposed to reopen - when was it expected", "p4")
}

// A projection asked for a year after the source ("fund deficit 2035
// projection") is what the source foresees, not what happened then.
func TestRoundThirtySevenProjection(t *testing.T) {
	ix := quietIndex(t, "fund: [National Pension Fund, NPF]\n",
		"The fund. The NPF closed 2021 with a deficit of EUR 9.6 billion, and its actuaries projected a deficit of EUR 31 billion by 2035 if nothing changed.",
	)
	wantFirst(t, ix, "npf deficit 2021 + 2035 projection", "p1")
	wantFirst(t, ix, "what's the projected npf deficit for 2035?", "p1")
}

// A leader asked ("hcl leader", "who is the hcl's leader?") is named by
// who leads it ("led by its secretary-general Anna Holm"), in the clause
// on the body asked, not another's ("the VWU" beside it).
func TestRoundThirtySevenLedBy(t *testing.T) {
	ix := quietIndex(t, "hcl: [Holm Confederation of Labour, HCL]\nvwu: [Vik Workers' Union, VWU]\n",
		"The unions. On 10 June 2021 eight unions formed a committee. Its members were the HCL, the largest, with 780,000 members and led by its secretary-general Anna Holm; the VWU; and the teachers. Their combined membership is about 2.1 million.",
		"Leaders. The party leader, Ola Berg, met the unions in July 2021.",
	)
	wantFirst(t, ix, "hcl membership + leader", "p1")
	wantNotCovered(t, ix, "vwu leader name")
}

// The thing a "what" question asks the value of ("what coupon is Holm
// expected to pay") is a word the sources must have; a kind of answer
// they give in other words ("what odds does the author give", a chance
// in per cent) is not.
func TestRoundThirtySevenWhatNoun(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air, Holm]\nbank: [Vik Bank]\n",
		"The bond. Holm will refinance the Vik Bank bridge loan with a EUR 900 million bond in 2024, cutting its debt by 12%.",
		"Outlook. The author puts the chance of the merger closing at about 60% and expects remedies on two routes.",
	)
	wantNotCovered(t, ix, "what coupon is holm expected to pay on the bond that takes out the vik bank bridge")
	wantFirst(t, ix, "what odds does the author give for the merger?", "p2")
	wantFirst(t, ix, "how big is the holm bond?", "p1")
}

// What someone said is told by any verb of saying ("answered that
// evening: ...", "replied"); "prez" is chat for "president".
func TestRoundThirtySevenAnsweredAndPrez(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Party, HP]\n",
		"The first day. Unions marched on 26 June 2021. Prime Minister Ola Berg, leader of the HP, answered that evening: \"We are asking them to keep the promise we made to their parents.\"",
		"The law. President Eva Lund signed the law on 23 December 2021, and it took effect on 1 January 2022.",
	)
	wantFirst(t, ix, "what did the PM say the evening of the first march, something about parents?", "p1")
	wantFirst(t, ix, "when did the prez sign it and when did it kick in", "p2")
}

// A keyword question closing on ", names" asks the names of what comes
// before the comma ("regional parties backing govt, names"): not given
// where the sources have them unnamed ("four deputies from small regional
// parties voted with it"); given where they name them.
func TestRoundThirtySevenNamesAfterComma(t *testing.T) {
	ix := quietIndex(t, "hp: [Holm Party, HP]\nlc: [Liberal Centre, LC]\n",
		"The first vote. The bill passed by 131 votes to 104. The governing coalition of the HP (98 seats) and the Liberal Centre (LC, 29 seats) holds 127 of the 240 seats; four deputies from small regional parties voted with it.",
		"The final vote. The bill passed by 124 votes to 113. Seven LC deputies voted against; the four regional deputies again supported the government.",
		"Unions. Three unions led the strike: the Vik Union, the Rail Guild and the Teachers' League.",
	)
	wantNotCovered(t, ix, "regional parties backing govt, names")
	wantFirst(t, ix, "unions that led the strike, names", "p3")
}

// The next of what recurs ("next ucc day of action", "when's the next
// round of talks?") is the next from today: the answer says how old its
// sources are.
func TestRoundThirtySevenNextIsPresent(t *testing.T) {
	ix := quietIndex(t, "ucc: [Union Coordination Committee, UCC]\n",
		"Days of action. The UCC held its eleventh day of action on 20 March 2023 and said another would follow.",
	)
	for _, q := range []string{"next ucc natl day of action", "when's the next round of talks?"} {
		if !ix.Understand(q).AsksPresent {
			t.Errorf("%q: not read as asking about now", q)
		}
	}
	wantFirst(t, ix, "next ucc natl day of action", "p1")
}

// A claimant in apposition whose verb of saying has an auxiliary before
// it, in the second clause of a sentence ("..., and the airline's chief
// executive, Ola Brenn, has called the port “the only hub that can
// grow”"), is who said it.
func TestRoundThirtyEightClaimantBeforeAuxiliary(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Air]\n",
		"The hub. The harbour town's airport gives it the best links to the islands of any carrier, and Holm Air's chief executive, Ola Brenn, has called the airport \"the only hub in the north that still has room to grow\".",
		"The fleet. Holm Air flies 40 aircraft to the islands.",
	)
	wantFirst(t, ix, "who said the airport is the only hub in the north with room to grow? brenn?", "p1")
	wantFirst(t, ix, "who called the airport the only hub with room to grow", "p1")
}

// A sum is no part of a whole, however its currency is written: a code
// the glossary alone knows ("KRN 410 million") or a sign before a
// figure with decimals ("$2.5 million" leaves no "5" behind).
func TestRoundThirtyEightSumsAreNoParts(t *testing.T) {
	ix := quietIndex(t, "krona: [Holm krona, KRN]\ntessel: [Tessel]\n",
		"The fire. The fire burned 38,900 hectares and destroyed 410 homes in Tessel; insurers paid KRN 120 million.",
		"Reinsurance. The fund bought cover at a cost of KRN 90 million; in May its actuaries put a large fire's cost at KRN 8 billion to KRN 11 billion.",
		"Grants. The council paid $2.5 million in grants to 40 families in Tessel.",
		"Claims. Of the 300 claims filed, 120 were paid by June.",
	)
	wantNotCovered(t, ix, "how many of the 410 homes were insured?")
	wantNotCovered(t, ix, "how many of the 40 families were rehoused?")
	wantFirst(t, ix, "how many of the 300 claims were paid?", "p4")
	wantFirst(t, ix, "how many homes did the fire destroy in tessel?", "p1")
}

// A name shortened to a dotted initial in lower case ("n. vikland",
// "s. vikland") is the glossary's name, as "N. Vikland" is; and a dotted
// initial never ends a sentence, so what follows it is still asked.
func TestRoundThirtyEightLowerCaseInitial(t *testing.T) {
	ix := quietIndex(t, "nv: [North Vikland, NV]\nsv: [South Vikland, SV]\n",
		"The treaty. North Vikland signed the border treaty in May 2021.",
		"The reply. South Vikland said the border treaty was void and recalled its envoy.",
		"The ferry. The ferry between the two Viklands was halted in June 2021.",
	)
	wantFirst(t, ix, "did n. vikland sign the border treaty?", "p1")
	wantFirst(t, ix, "what did s. vikland say about the border treaty", "p2")
	wantFirst(t, ix, "what did s. vikland say about the border treaty?", "p2")
	if q := ix.Understand("what did s. vikland say about the treaty"); !strings.Contains(q.Text, "South Vikland say") {
		t.Errorf("searched %q, want the whole question with South Vikland", q.Text)
	}
}

// A question that names a day of a month ("did the holm fire start on 14
// august?", "on 8/14") is answered first by a passage that tells of that
// day and names what is asked, though another matches more of its words
// ("due to start providing cover").
func TestRoundThirtyEightDayNamedFirst(t *testing.T) {
	ix := quietIndex(t, "holm-fire: [Holm Fire]\n",
		"The ignition. The Holm Fire: at 13:42 on 14 August 2021 a resident called the emergency line to report a fire beneath the power line above the village.",
		"Pending. The final report on the Holm Fire is due by 31 December 2022, and the new fund is due to start providing cover in January 2023.",
		"The toll. The Holm Fire burned for 27 days, killed 19 people and forced 14 communities to leave.",
		"Schools. 14 schools closed on 2 September 2021 and 14 more in October.",
		"The order. The emergency order ran for 14 months, and 14 insurers signed it.",
	)
	wantFirst(t, ix, "did the holm fire start on 14 August?", "p1")
	wantFirst(t, ix, "did the holm fire start on 8/14?", "p1")
	wantFirst(t, ix, "when is the holm fire report due?", "p2")
}

// A round figure in thousands cut short ("142k" for 142,600) finds the
// sources' figure, as one rounded does ("143k"); not one further off.
func TestRoundThirtyEightFigureCutShort(t *testing.T) {
	ix := quietIndex(t, "holm-fire: [Holm Fire]\n",
		"The toll. The Holm Fire covered 142,600 hectares and destroyed 3,210 homes.",
		"The season. All fires together burned 318,400 hectares.",
	)
	wantFirst(t, ix, "did the holm fire burn 142k hectares?", "p1")
	wantFirst(t, ix, "did the holm fire burn 143k hectares?", "p1")
	wantDeclined(t, ix, "did the holm fire burn 145k hectares?", "145000")
}

// A passage that goes on from the one before about a named thing by a
// word of its name ("the bill" after "Bill 9, the Holm Flood Fund Act")
// is about it: "how did the assembly vote on the flood fund act?" is
// answered by the vote's passage, which names the assembly and not the
// act.
func TestRoundThirtyEightReferredBackByItsNoun(t *testing.T) {
	ix := quietIndex(t, "bill-9: [Flood Fund Act, Bill 9]\nassembly: [Provincial Assembly]\nvik: [Vik Party]\n",
		"The bill. The government's answer was Bill 9, the Flood Fund Act, tabled on 10 March 2021 by the finance minister; it creates a fund of EUR 6 billion.",
		"The vote. In committee the bill was amended to add a review after three years. The Provincial Assembly passed it on 25 June 2021 by 47 votes to 36.",
		"Elections. The Provincial Assembly was elected in May 2019; the Vik Party won 12 seats.",
		"The ferry. The ferry to the islands runs twice a day.",
		"The port. The port handled 2 million tonnes in 2020.",
	)
	if r := ix.Search("How did the Provincial Assembly vote on the Flood Fund Act?", knowledge.Options{}); !r.Covered || !slices.Contains(hitIDs(r.Hits), "made-up#p2") {
		t.Errorf("covered %v (%s) by %v, want the vote's passage cited", r.Covered, r.Reason, hitIDs(r.Hits))
	}
	wantNotCovered(t, ix, "how did the Vik Party vote on the Flood Fund Act?")
}

// A person asked by one word, where the question asks for the name in so
// many words ("the name of the farmer charged"), is not named by a
// sentence that has only a description ("a 58-year-old farmer was
// charged"); one that names the person beside the word answers.
func TestRoundThirtyEightPersonNameAsked(t *testing.T) {
	ix := quietIndex(t, "holm-fire: [Holm Fire]\nvik-fire: [Vik Fire]\n",
		"The Holm Fire. The service attributed the Holm Fire to a burn that escaped control, and a 58-year-old farmer was charged with negligent arson in December 2021. Two volunteer firefighters, Anton Frisk and Lea Varga, died on 9 July 2021.",
		"The Vik Fire. The Vik Fire was started by a power line; a lineman, Ola Brenn, was questioned in January 2022.",
	)
	wantNotCovered(t, ix, "whats the name of the farmer charged over the holm fire")
	wantFirst(t, ix, "whats the name of the lineman questioned over the vik fire", "p2")
	wantFirst(t, ix, "who was charged over the holm fire?", "p1")
}

// The day of a date counts nothing: "whose house in Vik burned on the
// night of 14 August" does not say how many houses burned in Vik.
func TestRoundThirtyEightDayIsNoCount(t *testing.T) {
	ix := quietIndex(t, "vik: [Vik]\nholm-fire: [Holm Fire]\n",
		"The plaintiff. The lead plaintiff is Ola Brenn, whose house in Vik burned on the night of 14 August 2021 in the Holm Fire.",
		"The toll. The Holm Fire destroyed 3,210 houses.",
	)
	wantNotCovered(t, ix, "how many houses burned in vik?")
	wantFirst(t, ix, "how many houses did the holm fire destroy?", "p2")
}

// A count asked of a year is given in the sentence that names the year,
// or the one after it: "The previous record season, 2017, had burned
// 96,000 hectares" gives no deaths of 2017, though the passage counts the
// dead of another season.
func TestRoundThirtyEightCountOfTheYearAsked(t *testing.T) {
	ix := quietIndex(t, "",
		"The Vik Fire and the season total. While the Holm Fire was still burning, a second large fire began on 27 August 2021 near Vik Pass; investigators attributed it to lightning. It burned 51,200 hectares, killed four people, among them the pilot of a water-bombing aircraft that crashed on 2 September, and destroyed 880 homes before it was contained on 12 September. By the official close of the season on 31 October, the service had recorded 612 fires, against an average of 240 a year in 2011-2020. Together they burned 318,400 hectares, about 12% of the province's land area, killed 27 people and destroyed 4,860 homes, with 1,940 more damaged. The previous record season, 2017, had burned 96,000 hectares and destroyed 640 homes.",
		"The floods. In 2019 the river flooded twice. The floods killed 14 people in the valley.",
		"The approvals. The agency approved 212 projects in 2020, up 38 per cent on a year earlier.",
	)
	wantNotCovered(t, ix, "how many people died in the 2017 fire season?")
	wantFirst(t, ix, "how many projects did the agency approve, and how's that vs 2019", "p3")
	wantFirst(t, ix, "how many homes were destroyed in the 2017 season?", "p1")
	wantFirst(t, ix, "how many people did the 2019 floods kill?", "p2")
}

// A figure asked of one party alone ("how much did halvard alone pay")
// is not given by a sentence that gives it for the party and others
// together ("Meridian Mutual, Northcape Assurance and Halvard Group paid
// EUR 3.9 billion").
func TestRoundThirtyEightFigureOfOnePartyAlone(t *testing.T) {
	ix := quietIndex(t, "meridian: [Meridian Mutual, Meridian]\nnorthcape: [Northcape Assurance, Northcape]\nhalvard: [Halvard Insurance Group, Halvard]\nholm-fire: [Holm Fire]\n",
		"Claims. On 14 April 2021 Meridian Mutual, Northcape Assurance and Halvard filed a claim in the same court for EUR 3.9 billion, the part of their Holm Fire claims they had paid by then.",
		"Floods. Meridian Mutual paid EUR 1.2 billion on flood claims in 2020.",
		"Staff. Halvard Group and Northcape Assurance employ 4,000 people between them.",
	)
	wantNotCovered(t, ix, "how much did halvard alone pay out on holm fire claims")
	wantNotCovered(t, ix, "how many people does halvard employ on its own?")
	wantFirst(t, ix, "how much did meridian alone pay on flood claims", "p2")
	wantFirst(t, ix, "how much did the insurers pay on holm fire claims", "p1")
}

// "which 4 insurers ...": the four the sources count ("opened an inquiry
// into four insurers") are not named by the insurers named elsewhere.
func TestRoundThirtyEightWhichOfACount(t *testing.T) {
	ix := quietIndex(t, "meridian: [Meridian Mutual]\nnorthcape: [Northcape Assurance]\nosit: [Office of the Superintendent, OSIT]\n",
		"The market. Meridian Mutual and Northcape Assurance are the largest insurers. OSIT recorded 9,400 non-renewals in 2021, and in July 2022 it opened an inquiry into four insurers.",
		"The order. OSIT ordered two insurers, Meridian Mutual and Northcape Assurance, to withdraw their notices.",
	)
	wantDeclined(t, ix, "which 4 insurers did OSIT open an inquiry into?", "do not say which")
	wantFirst(t, ix, "which two insurers did OSIT order to withdraw their notices?", "p2")
}

// A word written without the hyphen the sources give it ("nonrenewals",
// "cochair") finds the sources' word after the prefix, and is no word the
// sources lack.
func TestRoundThirtyEightPrefixWithoutHyphen(t *testing.T) {
	ix := quietIndex(t, "",
		"The order. The regulator's order banned non-renewals of home policies in 11 districts.",
		"The board. The board is led by two co-chairs, elected in May 2021.",
	)
	for q, first := range map[string]string{"did the order ban nonrenewals?": "p1", "who are the cochairs of the board?": "p2"} {
		r := ix.Search(q, knowledge.Options{})
		if !r.Covered || len(r.Hits) == 0 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#"+first) || len(r.Missing) > 0 {
			t.Errorf("%q: covered %v (%s) by %v, missing %v; want %s first, nothing missing", q, r.Covered, r.Reason, hitIDs(r.Hits), r.Missing, first)
		}
	}
}

// "the vik fire - power line too or something else? and how many died":
// an alternative asked ("or something else") is no chat, a question that
// opens on "and" is asked too, and "too" with an open alternative asks
// what it was: the passage that says lightning answers.
func TestRoundThirtyEightOrSomethingElse(t *testing.T) {
	ix := quietIndex(t, "holm-fire: [Holm Fire]\nvik-fire: [Vik Fire]\n",
		"The Holm Fire. Investigators have linked the Holm Fire to a power line of the grid company.",
		"The Vik Fire. Investigators attributed the Vik Fire to lightning. Four people died in it, among them a pilot.",
	)
	wantFirst(t, ix, "vik fire - power line too or something else? and how many died", "p2")
	if q := ix.Understand("vik fire - power line too or something else? and how many died"); !strings.Contains(q.Text, "how many died") || !strings.Contains(q.Text, "something else") {
		t.Errorf("searched %q, want the whole question", q.Text)
	}
	wantDeclined(t, ix, "did the vik fire start at a power line too?", "do not say this of")
}

// "is the plant up and running?" asks about now: the answer says how old
// its sources are.
func TestRoundThirtyEightUpAndRunning(t *testing.T) {
	ix := quietIndex(t, "", "The plant. The Holm plant was due to start production in Q3 2021.")
	if q := ix.Understand("is the holm plant up and running?"); !q.AsksPresent {
		t.Errorf("%q: not read as about the present", q.Asked)
	}
}

// A figure of a year asked in other words than the source's ("award",
// where the source writes "held entitled to") is given by the sentence
// with every one of the question's names, the year and the figure; the
// same word of the question in another year's sentence does not make the
// year ungiven.
func TestRoundThirtyNineYearOfNamesAndFigure(t *testing.T) {
	ix := quietIndex(t, "board: [Mining Board, MB]\nholm: [Holm Mining, Holm]\nvik: [Vik seam]\nkrn: [Holm krona, KRN]\n",
		"The board. On 19 September 2021 the Mining Board decided that Holm was entitled to KRN 2.1 billion for the Vik seam, holding that the survey was no reasonable basis for pricing. Holm had first surveyed the Vik seam in 2020.",
		"The appeal. Holm appealed in January 2022, claiming the rest of the Mining Board award plus interest; a ruling on the award of KRN 1.4 billion is expected by the end of 2022.",
	)
	wantFirst(t, ix, "How much did the Mining Board award Holm for the Vik seam on 19 September 2021?", "p1")
	wantFirst(t, ix, "how much did the MB award holm for the vik seam on 19 sept 2021", "p1")
	wantDeclined(t, ix, "How much did the Mining Board award Holm for the Vik seam in 2020?", "not for 2020")
}

// "km", which chat's forms write out as kilometres, finds a source that
// writes only the symbol ("33.0 km"), as the distance asked.
func TestRoundThirtyNineKilometresBySymbol(t *testing.T) {
	ix := quietIndex(t, "north: [North Vikland]\nsouth: [South Vikland]\n",
		"The route. The rail tunnel runs from a north portal at Ebb to a south portal at Cas; 33.0 km of it lie in North Vikland and 19.4 km in South Vikland.",
		"The cost. The tunnel was approved in 2013 for KRN 38.5 billion.",
	)
	wantFirst(t, ix, "how many km of the tunnel are on the north vikland side?", "p1")
	wantFirst(t, ix, "tunnel length in kilometres in south vikland", "p1")
}

// "round" after a word is chat's "around" ("springs round the village"),
// not a word the sources must have; "the final round", "round 2" and
// "round of talks" keep the noun. "max" is "maximum", as "min" is
// "minimum", not a person's name.
func TestRoundThirtyNineRoundAndMax(t *testing.T) {
	ix := quietIndex(t, "brisk: [Brisk]\n",
		"The springs. Of the 41 springs around Brisk, 17 dried up within a year of the inrush.",
		"The old line. Freight trains on the old pass line are limited to 1,400 tonnes and need extra locomotives.",
	)
	wantFirst(t, ix, "hey how many springs round brisk dried up", "p1")
	wantFirst(t, ix, "old pass line max freight train weight", "p2")
	for q, want := range map[string]string{
		"how many springs round brisk dried up": "springs around brisk",
		"is the other way round":                "other way around",
		"when was the last round":               "the last round",
		"who won round 2":                       "second round",
		"the next round of talks":               "round of talks",
		"what is a round-trip fare":             "round-trip",
		"what did Max Brenn say":                "Max Brenn",
	} {
		if got := ix.Understand(q).Text; !strings.Contains(got, want) {
			t.Errorf("%q searched as %q, want %q in it", q, got, want)
		}
	}
}

// An exchange rate asked ("fx rate used for eur conversions") is a figure
// of one currency to another, which the one sentence giving it answers,
// in a passage on other things; a sum, or "from KRN 980 to KRN 1,150", is
// none.
func TestRoundThirtyNineExchangeRate(t *testing.T) {
	ix := quietIndex(t, "krn: [Holm krona, krona, KRN]\n",
		"The pension. The minimum pension rises from KRN 980 to KRN 1,150 a month (from about EUR 194 to EUR 228).",
		"The vote. The law passed by 88 votes to 61, with the centre voting against. Euro equivalents in the article use the 2025 average rate of 5.05 kronor to the euro.",
		"The bonds. The bond exchange offer closed in May.",
	)
	wantFirst(t, ix, "fx rate used for eur conversions", "p2")
	wantFirst(t, ix, "what exchange rate does the piece use?", "p2")
	plain := quietIndex(t, "krn: [Holm krona, krona, KRN]\n",
		"The pension. The minimum pension rises from KRN 980 to KRN 1,150 a month (from about EUR 194 to EUR 228), and the rate of contributions by 2 points.",
		"The bonds. The bond exchange offer closed in May.",
	)
	wantDeclined(t, plain, "fx rate used for eur conversions", "no exchange rate")
}

// A typo keeps its ending: "originaly" and "actualy" are the adverbs,
// not the sources' "original" and "actual" with their ends cut off.
func TestRoundThirtyNineTypoKeepsItsEnding(t *testing.T) {
	ix := quietIndex(t, "",
		"The plan. The original opening date was December 2030; the actual cost has risen by 59%.",
	)
	for q, want := range map[string]string{
		"when was it originaly meant to open": "originally",
		"how much has it actualy cost":        "actually",
	} {
		if got := ix.Understand(q).Text; !strings.Contains(got, want) {
			t.Errorf("%q searched as %q, want %q in it", q, got, want)
		}
	}
}

// The office's own business is not the sources' whatever words it shares
// with them: "fri" is Friday, not a glossary name that starts so
// ("Friends of the Vik"), and "the all hands" is the meeting, not the
// sources' "hands" or "hands on".
func TestRoundThirtyNineOfficeDaysAndAllHands(t *testing.T) {
	ix := quietIndex(t, "fov: [Friends of the Vik, FoV]\n",
		"The bypass. The machine was left in the hands of the engineers; work on the bypass moves 1.6 metres a day and stays open to inspection.",
		"The objectors. The Friends of the Vik said the springs had dried up and the valley was no longer open to walkers.",
	)
	wantDeclined(t, ix, "is the all hands still on friday or did it move? thx", "all-hands")
	wantNotCovered(t, ix, "canteen open fri or not")
	if got := ix.Understand("anyone doing the lunch order fri").Text; !strings.Contains(got, "friday") {
		t.Errorf("searched %q, want friday", got)
	}
	wantFirst(t, ix, "what did the friends of the vik say about the springs", "p2")
}

// Names the sources keep back are no answer to who someone is: "their
// names have not been released", "asked that his name not be published";
// the sentence that names the others still answers who they were.
func TestRoundThirtyNineNamesKeptBack(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Tunnelling, Holm]\nvik: [Vik]\n",
		"The charges. On 15 April 2026 the Regional Public Prosecutor of Vik charged two Holm site managers and one engineer with negligent homicide; their names have not been released, and no trial date has been set.",
		"The dead. The three killed in the Vik collapse were Lorenz Aubry, 41, a foreman; Dario Fenzi, 52, an operator; and a 27-year-old electrician whose family asked that his name not be published.",
	)
	wantNotCovered(t, ix, "who are the two holm site managers charged w negligent homicide")
	wantDeclined(t, ix, "who was charged with negligent homicide?", "not been made public")
	wantDeclined(t, ix, "whats the name of the 3rd worker killed, the electrician?", "not been made public")
	wantFirst(t, ix, "who were the three killed in the vik collapse", "p2")
	wantFirst(t, ix, "when were the holm site managers charged?", "p1")
}

// A terse question's first noun, before what it is of, is what it asks
// ("turnout for the 12 may strike?"): no source has it, so none covers
// the question; a request's words ("update on", "rundown of") and the
// commonest ("odds on", "range on") frame it instead.
func TestRoundThirtyNineTerseHead(t *testing.T) {
	ix := quietIndex(t, "union: [Public Workers Federation, PWF]\n",
		"The strike. The Public Workers Federation, which claims 1.2 million members, has called a national strike for 12 May against the pension freeze.",
		"The talks. Talks with the ministry broke down in April; the federation put the odds of a deal at one in three.",
	)
	wantDeclined(t, ix, "turnout for the 12 may strike?", "turnout")
	wantFirst(t, ix, "rundown on the 12 may strike?", "p1")
	wantFirst(t, ix, "odds of a deal with the ministry?", "p2")
}

// Asked whether something has happened yet, a sentence that says it has
// not is the answer: "brenn successor named yet?" by "a successor to Ola
// Brenn has not been named", not declined as a name kept back or as no
// successor told of; "who replaced brenn?" is still not answered by it.
func TestRoundThirtyNineNotYetAnswers(t *testing.T) {
	ix := quietIndex(t, "kta: [Vik Tunnel Authority, VTA]\n",
		"The board. The VTA's chief executive, Ola Brenn, resigned in May after the audit.",
		"Pending. A successor to Ola Brenn has not been named, the rail-systems contracts have not been tendered, and the audit office has promised a follow-up report in June.",
	)
	wantFirst(t, ix, "brenn successor named yet?", "p2")
	wantFirst(t, ix, "rail systems contracts tendered yet", "p2")
	wantNotCovered(t, ix, "who replaced brenn?")
}

// "how much" asked on its own, after "which" asks who ("subrogation vs
// holm: which insurers, how much"), is how much of what the question is
// on: the sum of the claim, not a count of insurers.
func TestRoundThirtyNineBareHowMuch(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Electric, Holm]\nkrn: [Vik krona, KRN]\n",
		"Subrogation. The insurers are pursuing Holm separately. On 14 April 2026 Dunholt Mutual, Pellin Assurance and Korsa filed a subrogation claim against Holm for KRN 3.9 billion, the part of their claims they had paid by then.",
		"The class action. Victims sued Holm in January 2026; most insurers backed the suit.",
	)
	wantFirst(t, ix, "subrogation vs holm: which insurers, how much", "p1")
}

// A clause that keeps back what the clause before it tells of, by
// pointing back to it ("..., and Holm has not disclosed that amount";
// "..., whose terms are confidential"), keeps back what the two tell of
// together: the question on the sum is not answered by it.
func TestRoundFortyWithheldPointingBack(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Rail Authority, HRA]\nvik: [Vik Tunnelling Group, VTG]\n",
		"The estimate. The new estimate of EUR 61.2 billion includes only what the HRA expects to pay on VTG's claims, and the HRA has not disclosed that amount.",
		"The families. VTG and the HRA have both paid compensation to the three families of the dead under an agreement reached in 2025, whose terms are confidential.",
		"The claims. VTG claims EUR 9.4 billion from the HRA for the fault zone, of which EUR 4.1 billion is for delay.",
	)
	wantDeclined(t, ix, "how much does the hra expect to pay out on vtg's claims?", "not been made public")
	wantDeclined(t, ix, "how much compensation did the families get?", "not been made public")
	wantFirst(t, ix, "how much is vtg claiming from the hra?", "p3")
	wantFirst(t, ix, "when was the agreement with the families reached?", "p2")
	wantFirst(t, ix, "what does the new estimate include?", "p1")
}

// The relative clause that keeps back names ("reviewed by two referees,
// whose names the journal does not disclose") answers "who reviewed it"
// with that: not made public.
func TestRoundFortyWhoseNamesKeptBack(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Review of Policy, HRP]\n",
		"About this publication. This article appeared in the Holm Review of Policy (HRP), published by the Holm Foundation. It was reviewed by three referees, whose names the journal does not disclose.",
	)
	wantDeclined(t, ix, "who peer reviewed the holm piece?", "not been made public")
	wantFirst(t, ix, "how many referees reviewed it?", "p1")
}

// Names kept back with the sums keep back the sums too.
func TestRoundFortyNamesAndSumsKeptBack(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Fund]\n",
		"The payouts. The Holm Fund paid out EUR 3 million in 2022 to eleven clubs; the names of the clubs and the amounts each received have not been disclosed.",
		"The fund. The Holm Fund was set up in 2019 by the league.",
	)
	wantDeclined(t, ix, "how much did each club receive from the holm fund?", "not been made public")
	wantFirst(t, ix, "how many clubs did the holm fund pay?", "p1")
}

// Chat's short forms of everyday words ("water co", "vax",
// "std", "commish") are the words; "co founder" is a co-founder.
func TestRoundFortyChatShortForms(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Water Company, HWC]\n",
		"The campaign. Vaccine coverage in the first round reached 81% of the target population, against 64% in the second.",
		"The court. The judge ordered the water company to test every standpipe twice a week against the national standard.",
		"The commission. The competition commission opened an inquiry into the merger in March.",
		"The founders. Ola Brenn, who co-founded the firm in 2009, chairs its board.",
	)
	wantFirst(t, ix, "overall vax coverage?", "p1")
	wantFirst(t, ix, "what did the judge order the water co to do", "p2")
	wantFirst(t, ix, "standpipe tests vs natl std", "p2")
	wantFirst(t, ix, "when did the commish open its inquiry", "p3")
	if got := ix.Understand("who is the ceo and co founder").Text; strings.Contains(got, "company") {
		t.Errorf("co founder read as %q", got)
	}
}

// An acronym the source spells out in one passage is read as its phrase
// where the question's other words are in another ("okv round 2
// coverage"): the phrase where the nearest passage's source spells it.
func TestRoundFortyAcronymSpelledElsewhereInTheSource(t *testing.T) {
	ix := quietIndex(t, "",
		"The doses. The ministry asked the reserve for 2.4 million doses of oral kestrel vaccine in May and received 1.6 million in June.",
		"The campaign. The first round reached 81% coverage in the target districts; the second round reached only 58%, after a strike by nurses.",
	)
	got := ix.Understand("okv round 2 coverage + why low").Text
	if !strings.Contains(got, "oral kestrel vaccine") {
		t.Errorf("okv read as %q", got)
	}
}

// A result asked by its noun ("holm inquiry interim report findings") is
// told as done by its verb in the past tense ("his interim report found
// that ..."), though the sentence says something else is still to come.
func TestRoundFortyFindingsToldByTheirVerb(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Inquiry]\n",
		"The inquiry. The Holm Inquiry was appointed in August. Its interim report of 15 October found that the minister knew of the outbreak by 19 May; the minutes of a meeting on 20 May have not been released, and the final report is due in March 2027.",
		"The minister. The minister resigned on 30 October.",
	)
	wantFirst(t, ix, "holm inquiry interim report findings", "p1")
}

// "whose name the ministry has withheld" keeps the name back: "index
// case name" is not answered by the sentence.
func TestRoundFortyNameTheMinistryWithheld(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Ministry of Health, the ministry]\n",
		"The first case. The index case, whose name the Holm Ministry of Health has withheld at his family's request, sold fish at the Tarn Flats landing stage and drew his water from a standpipe on Reed Lane. He fell ill on 27 April and was admitted to Port Holm General Hospital the next morning.",
		"The hospital. The hospital admitted 163 patients by 9 May.",
	)
	wantNotCovered(t, ix, "index case name")
	wantDeclined(t, ix, "who was the index case?", "not been made public")
	wantFirst(t, ix, "where did the index case get his water?", "p1")
}

// "who was the X ...? any name" asks the name of what it describes: where
// the sources never name the X, they do not answer it; where they do,
// they do.
func TestRoundFortyWhoWasTheDescribedOne(t *testing.T) {
	ix := quietIndex(t, "holm: [Holm Pass]\n",
		"The fire. It burned 51,200 hectares and killed four people, among them the pilot of a water-bombing aircraft that crashed near Holm Pass on 2 September. The fire chief, Ola Brenn, had ordered the evacuation of the valley on 1 September.",
		"The homes. The fire destroyed 880 homes.",
	)
	wantDeclined(t, ix, "who was the water bomber pilot killed at holm pass? any name", "do not name")
	wantFirst(t, ix, "who was the fire chief who ordered the evacuation? any name", "p1")
}
