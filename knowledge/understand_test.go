package knowledge_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge"
)

// Typos are corrected toward the sources' words (names preferred) or
// common English; a word either already knows is never changed.
func TestCorrections(t *testing.T) {
	ix := embedded(t)
	for _, tt := range []struct {
		q    string
		want []knowledge.Correction
	}{
		{"what did khusnulin say", []knowledge.Correction{{From: "khusnulin", To: "Khusnullin"}}},
		{"what's khusnulin's portfolio", []knowledge.Correction{{From: "khusnulin's", To: "Khusnullin's"}}},
		{"Was Kyiv cutting ties with Pyonyang?", []knowledge.Correction{{From: "Pyonyang", To: "Pyongyang"}}},
		{"are the sanctoins enforced", []knowledge.Correction{{From: "sanctoins", To: "sanctions"}}},
		{"which regions held referendumns", []knowledge.Correction{{From: "referendumns", To: "referendums"}}},
		{"was the khasam-rajin line reopened", []knowledge.Correction{{From: "khasam", To: "Khasan"}}},
		{"Where does Artiom Lukin teach?", []knowledge.Correction{{From: "Artiom", To: "Artyom"}}},
		{"how many resevists were called up", []knowledge.Correction{{From: "resevists", To: "reservists"}}},
		// a question word mistyped, even as a rare English word; not when
		// two are as near ("hwo": who or how)
		{"wich regions held referendums", []knowledge.Correction{{From: "wich", To: "which"}}},
		{"Waht did Khusnullin say", []knowledge.Correction{{From: "Waht", To: "What"}}},
		{"hwo did Kyiv respond", nil},
		// function words mistyped, one edit away; of two, the one of the
		// same length ("mnay": many, not may)
		{"wuld Kyiv respond", []knowledge.Correction{{From: "wuld", To: "would"}}},
		{"what did teh envoy say", []knowledge.Correction{{From: "teh", To: "the"}}},
		{"has kyiv evr cut ties", []knowledge.Correction{{From: "evr", To: "ever"}}},
		{"hw mnay regions held referendums", []knowledge.Correction{{From: "hw", To: "how"}, {From: "mnay", To: "many"}}},
		// a four-letter word, when the words one edit from it have one stem
		{"how many countries votd against it", []knowledge.Correction{{From: "votd", To: "vote"}}},
		{"any word on the nork deal", nil},
		// a name's possessive without its apostrophe, mistyped
		{"what did rusias envoy say", []knowledge.Correction{{From: "rusias", To: "Russia's"}}},
		// a clipped word: the start of one word of the sources
		{"any interop issues", []knowledge.Correction{{From: "interop", To: "interoperability"}}},
		// chat's shortenings: a word's consonants, its letters in order, its
		// start, a function word's consonants; of several stems, none
		{"how many trps and wrkrs", []knowledge.Correction{{From: "trps", To: "troops"}, {From: "wrkrs", To: "workers"}}},
		{"is the bdr shut", []knowledge.Correction{{From: "bdr", To: "border"}}},
		{"wht was the vote, a huge maj?", []knowledge.Correction{{From: "wht", To: "what"}, {From: "maj", To: "majority"}}},
		{"what about pol ties", nil},
		// known words stay: English words, the sources' words, names English knows
		{"did belarus recognise the regions", nil},
		{"is the border shut or closed", nil},
		{"what about the Donbas", nil},
		// a plural English's lists leave out, and a contraction
		{"have the two militaries ever drilled together", nil},
		{"is the version we're reading the original", nil},
		{"they'd said so", nil},
		{"qwzxv", nil},
	} {
		u := ix.Understand(tt.q)
		if !slices.Equal(u.Corrections, tt.want) {
			t.Errorf("%q: corrections %+v, want %+v", tt.q, u.Corrections, tt.want)
		}
	}
}

func TestUnderstand(t *testing.T) {
	ix := embedded(t)
	for _, tt := range []struct {
		q              string
		text           string // "" to skip
		piece, present bool
		topic          string
		wants          knowledge.Quantity
		language       string
		focus          []string // nil to skip
	}{
		{q: "hey <@U1> what's <https://x.org/a|this piece> about? no time rn", piece: true, present: true},
		{q: "tl;dr of the article?", piece: true},
		{q: "whats the big-picture take here?", piece: true},
		{q: "bottom-line it for me", piece: true},
		{q: "<!here> can someone summarise the knowledge base pls", piece: true},
		{q: "key takeaways on labour?", piece: true, topic: "labour"},
		{q: "What does the author conclude about Iran?", piece: true, topic: "Iran"},
		{q: "Is the border open these days?", text: "Is the border open ?", present: true},
		{q: "is NK still selling shells", present: true},
		{q: "has the rail link reopened yet", present: true},
		{q: "as of today, are workers going", present: true},
		{q: "any updates on the rail link?", present: true},
		{q: "does the border remain closed", present: true},
		{q: "will russia keep buying shells", present: true},
		{q: "does NK continue to back moscow", present: true},
		{q: "has the border reopened in the last few weeks", text: "has the border reopened", present: true},
		{q: "will trade keep growing going forward", present: true},
		{q: "what is new with the border", present: true},
		{q: "is the border shut to this day?", text: "is the border shut ?", present: true},
		{q: "has trade picked up until now", present: true},
		{q: "where do things stand with the rail link", present: true},
		{q: "what's the state of play on labour imports", present: true},
		{q: "in the current climate, is NK selling shells", present: true},
		{q: "at this point is it a formal alliance", present: true},
		{q: "as of when this was written, was NK's border with russia open?", text: "was NK's border with russia open?"},
		{q: "did kim and putin meet after this was written?", present: true},
		{q: "did north korean troops eventually deploy?", present: true},
		{q: "What percentage of voters backed joining?", wants: knowledge.Share},
		{q: "how long is the land border", wants: knowledge.Distance},
		{q: "how far is the port from the border?", wants: knowledge.Distance},
		// a degree, not a measure
		{q: "how deep are their ammo reserves?"},
		{q: "how far would moscow go to help?"},
		{q: "what was the envoy's name?", wants: knowledge.Named},
		{q: "name + job title of the envoy who said it", wants: knowledge.Named},
		{q: "name+title of the envoy who said it", wants: knowledge.Named},
		{q: "name and explain the reasons trade fell"},
		{q: "tarn fisheries minister name", wants: knowledge.Named},
		{q: "class action damages per person"}, // a rate, no role
		{q: "did trade fall? since when", wants: knowledge.Time},
		{q: "Re the salary row. Did the union strike?"},
		{q: "Re the 20% tariff. Did it pass?"},
		{q: "which other towns voted no?", wants: knowledge.Others},
		{q: "who else signed it", wants: knowledge.Others},
		{q: "what are the other countries that voted no?", wants: knowledge.Others},
		{q: "which other country signed?", wants: knowledge.Others},
		{q: "which other official signed?", wants: knowledge.Others},
		// one alternative, not the names of others
		{q: "ok so whats the other way they could help the fleet?"},
		{q: "what is the other option on the table"},
		{q: "which other bank lent money to the port?", wants: knowledge.Others},
		{q: "what other military help could the town give?"},
		{q: "how many other towns voted no?", wants: knowledge.Count},
		{q: "which regions held the referenda", focus: []string{"regions"}},
		{q: "which pentagon spokesperson said it", focus: []string{"pentagon", "spokesperson"}, wants: knowledge.Named},
		{q: "which workers may be invited", focus: []string{"workers"}},
		{q: "which govt cut ties with them", focus: []string{"government"}}, // after a kind of thing, the verb
		{q: "which media outlet ran it", focus: []string{"media", "outlet"}},
		{q: "when did the trade freeze start?", wants: knowledge.Time},
		{q: "since when has commerce been on ice", wants: knowledge.Time},
		{q: "need the exact date kiev cut ties", wants: knowledge.Day},
		{q: "what was the actual date of the harbour vote", wants: knowledge.Day},
		{q: "precise day the quay opened?", wants: knowledge.Day},
		{q: "did the mayor give a date for when the quay opens", wants: knowledge.Day},
		{q: "anyone got an exact date for the vote?", wants: knowledge.Day},
		{q: "did the mayor give a speech on the quay?"},
		{q: "did the soviets bring in workers back in the day"},
		{q: "what would the workers get paid", wants: knowledge.Money},
		{q: "how much does a harbour pilot make a year?", wants: knowledge.Money},
		{q: "how much would the crews take home", wants: knowledge.Money},
		{q: "how much does a pilot make in Oslo and how much is taxed", wants: knowledge.Money},
		{q: "how much does the new quay make a difference for the ferries?", wants: knowledge.Count},
		{q: "what is the trade worth a year, roughly?", wants: knowledge.Money},
		{q: "whats the deal worth?", wants: knowledge.Money},
		{q: "what was the trade worth before the war, any numbers?", wants: knowledge.Money},
		{q: "what's the dollar value of the deal", wants: knowledge.Money},
		{q: "was the price of cod 20 euros in 2021?", wants: knowledge.Money}, // a yes-or-no question that writes a sum asks it
		{q: "was the price of cod in 2021 high?", wants: ""},                  // a year is no figure: whether it was, not the sum
		{q: "why is the port worth more to them", wants: ""},
		{q: "what makes the port worth keeping"},
		{q: "how many workers", wants: knowledge.Count},
		// "how much" of an attitude asks a degree, not a figure
		{q: "how much does the council really care about the canal?"},
		{q: "how much weight does the author give the claim"},
		{q: "how much grain did the port ship", wants: knowledge.Count},
		{q: "how much does the new crane weigh?", wants: knowledge.Count},
		{q: "how much weight can the ferry carry?", wants: knowledge.Count},
		{q: "has the war changed how much the council cares about the canal?"},
		{q: "how much does the council need to borrow?", wants: knowledge.Count},
		// an inflected word before the thing asked for is no person noun
		// ("dried": a dry is a prohibitionist)
		{q: "which dried fruits does russia import?", wants: ""},
		{q: "which official said it?", wants: knowledge.Named},
		{q: "what casualty numbers does he give? ballpark is fine", wants: knowledge.Count, focus: []string{"casualty"}},
		{q: "any trade figures", wants: knowledge.Count, focus: []string{"trade"}},
		{q: "On what date did the article run?", wants: knowledge.Day},
		{q: "in what year did kiev cut ties", wants: knowledge.When},
		{q: "Почему Северная Корея поддерживает Россию?", language: "Russian"},
		{q: "Pourquoi la Corée du Nord soutient-elle la Russie ?", language: "French"},
		{q: "Warum unterstützt Nordkorea Russland und was ist der Grund?", language: "German"},
		{q: "북한은 왜 러시아를 지지하나요?", language: "Korean"},
		{q: "Did N. Korea recognise the referendums?", text: "Did North Korea recognise the referendums?"},
		// a country code in lower case, between names: the country
		{q: "how would the china-ru-nk bloc work?", text: "how would the china-Russian Federation-NK bloc work?"},
		// alone too, when it is no English word and the sources name its
		// country; "us" is the pronoun, but for after an article
		{q: "is the ru rail link open?", text: "is the Russian Federation rail link open?"},
		{q: "did the us and ru talk to us?", text: "did the United States and Russian Federation talk to us?"},
		{q: "did ok and fi talk?", text: "did ok and fi talk?"},
		// a code that is a word of the lexicon's (krypton's symbol), joined
		// by slashes to names: the country; to words, it stays
		{q: "where does china fit into all this kr/nk stuff", text: "where does china fit into all this South Korea/NK stuff"},
		{q: "is the kr/rail link open?", text: "is the kr/rail link open?"},
		{q: "is the kr rail link open?", text: "is the kr rail link open?"},
		// a common word in capitals for stress is the word; an alias or a
		// short word that may be an acronym stays
		{q: "did they vote NO on the UN resolution?", text: "did they vote no on the UN resolution?"},
		{q: "is it MORE of a priority now", text: "is it more of a priority", present: true},
		{q: "did the US send AID to them", text: "did the US send AID to them"},
		// a message in capitals throughout: its English words, not the
		// aliases, acronyms or names
		{q: "WHEN DID THE US SEND AID TO THE DPRK", text: "when did the US send aid to the DPRK", wants: knowledge.Time},
		{q: "DID SYRIA RECOGNIZE DONETSK TOO", text: "did SYRIA recognize DONETSK too"},
		{q: "UNGA VOTE NK", text: "UNGA vote NK"},
		{q: "NK VOTE?", text: "NK VOTE?"},
		// a keyword query for a thing's status asks how it stands now
		{q: "riga ferry status?", present: true},
		{q: "what was the ferry's status in 2019", text: "what was the ferry's status in 2019"},
		{q: "when did riga lose its observer status?", wants: knowledge.Time},
		// a three-letter code no English word: the country, alone too
		{q: "did ukr cut ties", text: "did Ukraine cut ties"},
		{q: "did nor cut ties", text: "did nor cut ties"},
		// how long the answer should be is no topic of the piece
		// "what is it about?" asks about the piece when it is the
		// question, not after another clause whose thing "it" is
		{q: "what is this about?", piece: true},
		{q: "so what's it all about", piece: true},
		{q: "how long did the dock workers stop work for, and what was it about?"},
		{q: "the strike at the port - what was it about?"},
		{q: "tl;dr pls, 1 line on the article before standup", piece: true, topic: ""},
		{q: "tl;dr of the article in 2 sentences on the workers", piece: true, topic: "workers"},
		{q: "is denuclearisation a priority for the Russian Fed.?", text: "is denuclearisation a priority for the Russian Federation?"},
	} {
		u := ix.Understand(tt.q)
		if tt.text != "" && u.Text != tt.text {
			t.Errorf("%q: searched %q, want %q", tt.q, u.Text, tt.text)
		}
		if tt.focus != nil && !slices.Equal(u.Focus, tt.focus) {
			t.Errorf("%q: focus %q, want %q", tt.q, u.Focus, tt.focus)
		}
		if u.AboutPiece != tt.piece || u.AsksPresent != tt.present || u.Wants != tt.wants || u.Language != tt.language {
			t.Errorf("%q: piece %v present %v wants %q language %q; want %v %v %q %q", tt.q,
				u.AboutPiece, u.AsksPresent, u.Wants, u.Language, tt.piece, tt.present, tt.wants, tt.language)
		}
		if tt.piece && u.Topic != tt.topic {
			t.Errorf("%q: topic %q, want %q", tt.q, u.Topic, tt.topic)
		}
	}
}

// Coverage is decided by what matters in a question: its names, figures,
// specific terms and the thing it asks for, not the everyday words the
// sources happen to lack.
func TestCoverageBySalientTerms(t *testing.T) {
	ix := embedded(t)
	for _, tt := range []struct {
		q       string
		covered bool
		first   string // passage cited first, when covered
		missing []string
	}{
		// other names and forms of what the sources say
		{q: "hey quick q - did N. Korea back the referendums?", covered: true, first: "p4"},
		{q: "did dprk recognise the referendums", covered: true, first: "p4"},
		{q: "what is russias view of denuclearisation", covered: true, first: "p15"},
		{q: "why isnt the border open", covered: true, first: "p13"},
		// synonyms and derivations from the lexicon
		{q: "Why was the rail link halted?", covered: true, first: "p13"},
		{q: "Is a mutual defence pact likely?", covered: true, first: "p16"},
		// everyday words the sources lack do not decide
		{q: "so basically what's the situation with north korean workers in russia, what do you think?", covered: true, first: "p12"},
		// a salient term no source has does
		{q: "Has Belarus sent troops to Ukraine?", missing: []string{"Belarus"}},
		{q: "how many tanks does north korea have", missing: []string{"tanks"}},
		{q: "Did the 300k reservists get called up?", missing: []string{"300000", "reservists"}},
		// a kind of quantity no passage gives
		{q: "What percentage of voters backed joining Russia?"},
		{q: "how many kilometres long is the rail route"},
		// a year is a date, not a count
		{q: "how many people got called up in putins partial mobilisation"},
		// what someone thinks or said needs a passage reporting them
		{q: "what does seoul think about the DPRK possibly selling munitions to the kremlin?"},
		{q: "what did pyongyang say about the pentagon's ammunition claim?", covered: true, first: "p9"},
		{q: "what does the author think about the labour plan?", covered: true, first: "p11"},
		// a date asked for needs a date, not an event
		{q: "when exactly did kiev break off diplomatic relations with pyongyang?"},
		// "how many X" needs a figure of X, or a list
		{q: "how many casualties did NK take on its previous overseas deployments?"},
		{q: "How many regions held the Moscow-backed referenda that Pyongyang endorsed?", covered: true, first: "p4"},
		// "when" needs a passage giving a time: a date, or an event
		{q: "which UNSC resolution banned DPRK labour exports and when was it passed?"},
		{q: "when did the old moscow-pyongyang alliance fall apart", covered: true, first: "p16"},
		// a name asked for needs a passage naming someone in full
		{q: "what's the name of russia's UN envoy who called the claim fake"},
		{q: "which pentagon spokesperson said russia wanted ammo?", missing: []string{}}, // the name, not the word, is what they lack
		{q: "what's the name of the deputy prime minister pushing for NK workers?", covered: true, first: "p12"},
	} {
		r := ix.Search(tt.q, knowledge.Options{})
		if r.Covered != tt.covered {
			t.Errorf("%q: covered %v (%s), want %v", tt.q, r.Covered, r.Reason, tt.covered)
			continue
		}
		if tt.covered && (len(r.Hits) == 0 || !strings.HasSuffix(r.Hits[0].Passage.ID, "#"+tt.first)) {
			t.Errorf("%q: first hit %v, want %s", tt.q, hitIDs(r.Hits), tt.first)
		}
		if tt.missing != nil && !slices.Equal(r.Missing, tt.missing) {
			t.Errorf("%q: missing %q, want %q", tt.q, r.Missing, tt.missing)
		}
		if !tt.covered && r.Reason == "" {
			t.Errorf("%q: not covered with no reason", tt.q)
		}
	}
}

// A question naming an actor is answered by a passage about that actor,
// not by one about another that shares the question's other words.
func TestActorMustBeInThePassage(t *testing.T) {
	ix := embedded(t)
	r := ix.Search("What did Beijing say about the Pentagon's claim?", knowledge.Options{})
	if r.Covered {
		t.Errorf("covered by %v, though no passage names China and the Pentagon together", hitIDs(r.Hits))
	}
	// a name within another's alias asks for no passage of its own: the UN
	// General Assembly is the UN
	r = ix.Search("how did N. Korea vote at the UN on that UNGA resolution on ukraine?", knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p2") {
		t.Errorf("UN and UNGA: covered %v (%s), %v", r.Covered, r.Reason, hitIDs(r.Hits))
	}
	r = ix.Search("what is China's place in the alignment?", knowledge.Options{})
	if !r.Covered || !strings.HasSuffix(r.Hits[0].Passage.ID, "#p17") {
		t.Errorf("China's place: covered %v, %v", r.Covered, hitIDs(r.Hits))
	}
	// what China thinks of it, the sources do not report
	if r = ix.Search("what does China think of the alignment?", knowledge.Options{}); r.Covered {
		t.Errorf("China's view: covered by %v", hitIDs(r.Hits))
	}
}

func hitIDs(hs []knowledge.Hit) []string {
	var ids []string
	for _, h := range hs {
		ids = append(ids, h.Passage.ID)
	}
	return ids
}

// Any question gives an understanding, never a panic: the searched text is
// valid UTF-8 and each correction turns an unknown word into another word.
func FuzzUnderstand(f *testing.F) {
	ix := embedded(f)
	for _, q := range []string{"what did khusnulin say", "N. Korea <@U1|x> :eyes:", "Почему?", "100k 3pm 38north", "D.P.R.K.", "a-b-c-d-e"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		u := ix.Understand(q)
		if utf8.ValidString(q) && !utf8.ValidString(u.Text) {
			t.Fatalf("%q: invalid UTF-8 searched: %q", q, u.Text)
		}
		for _, c := range u.Corrections {
			if c.From == "" || c.To == "" || strings.EqualFold(c.From, c.To) {
				t.Fatalf("%q: correction %+v", q, c)
			}
		}
		r := ix.SearchQuery(u, knowledge.Options{})
		if !r.Covered && len(r.Hits) > 0 {
			t.Fatalf("%q: not covered but cites %d", q, len(r.Hits))
		}
	})
}

// A huge unknown word is left as it is, at once.
func BenchmarkUnderstandLongWord(b *testing.B) {
	ix := embedded(b)
	q := strings.Repeat("é", 2000)
	for b.Loop() {
		ix.Understand(q)
	}
}

// A question naming nothing but the sources' main subjects asks for the
// argument as a whole; one that names anything more does not.
func TestAboutMainSubjects(t *testing.T) {
	ix := embedded(t)
	for q, want := range map[string]bool{
		"so what's going on between Moscow and Pyongyang?": true,
		"russia and north korea?":                          true,
		"what about North Korean workers in Russia?":       false,
		"how many North Koreans could Russia take?":        false,
		"what's going on between Moscow and Beijing?":      false,
		// a word of asking only some passages have is what it asks
		"is the situation between russia and nk important?": false,
		"what does russia want from north korea?":           false,
		// their relationship is the argument; another pair's is not
		"What is the current state of Russia–North Korea relations?": true,
		"how are moscow-pyongyang ties these days":                   true,
		"do ukraine and north korea have diplomatic relations?":      false,
		"how are Russia–China relations?":                            false,
		// a leader asked about in person, whom no passage quotes
		"what does kim jong un himself say about russia and north korea": false,
	} {
		if got := ix.Search(q, knowledge.Options{}).AboutSubjects; got != want {
			t.Errorf("%q: %v, want %v", q, got, want)
		}
	}
}

// A country's ISO code stands for the country when the sources name it,
// alone or in a hyphenated run; a code of a country they never name stays.
func TestCountryCodes(t *testing.T) {
	ix := embedded(t)
	for q, want := range map[string]string{
		"did RU recruit workers":       "did Russian Federation recruit workers",
		"a CN-RU-DPRK bloc?":           "a China-Russian Federation-DPRK bloc?",
		"is the UA government worried": "is the Ukraine government worried",
		"what did NZ say":              "what did NZ say",
	} {
		if got := ix.Understand(q).Text; got != want {
			t.Errorf("%q: searched %q, want %q", q, got, want)
		}
	}
}

// A possessive typed without its apostrophe names a party ("beijings take
// on"); an English word before a word of position does not ("his take on",
// "experts views on").
func TestPossessiveWithoutApostrophe(t *testing.T) {
	ix := embedded(t)
	for q, want := range map[string]string{
		"whats beijings take on the labour deal":    "beijing",
		"what's his take on the labour deal":        "",
		"what are the experts views on the troops?": "",
	} {
		if got := strings.ToLower(ix.Understand(q).Reactor); got != want {
			t.Errorf("%q: reactor %q, want %q", q, got, want)
		}
	}
}

// The piece named by its outlet ("per the EAF piece") is an attribution,
// not a topic; a party's position is asked as "the PRC stance" too.
func TestOutletAttributionAndNamedStance(t *testing.T) {
	ix := embedded(t)
	if u := ix.Understand("who does pyongyang blame per the EAF piece?"); strings.Contains(u.Text, "EAF") || strings.Contains(u.Text, "East Asia Forum") {
		t.Errorf("searched %q", u.Text)
	}
	for q, want := range map[string]string{"whats the PRC stance?": "PRC", "what is the Kremlin line on labour": "Kremlin", "how did the war change the Kremlin's view of Pyongyang?": ""} {
		if got := ix.Understand(q).Reactor; got != want {
			t.Errorf("%q: reactor %q, want %q", q, got, want)
		}
	}
}

// Understand says what a question about the piece asks of it, so that
// every entry point answers it the same way: the piece in a line or two,
// its conclusions, or what the sources tell of a topic it names (which
// that topic's passages answer, not the summary).
func TestUnderstandWhatThePieceIsAskedFor(t *testing.T) {
	ix := embedded(t)
	for _, tt := range []struct {
		q                                   string
		about, brief, conclusion, topicTold bool
	}{
		{"summarise the article", true, false, false, false},
		{"can someone summarise the sanctions?", true, false, false, true},
		{"recap the referendums pls", true, false, false, true},
		{"tl;dr on the sanctions", true, true, false, false},
		{"what's the gist?", true, true, false, false},
		{"what does the author conclude?", true, false, true, false},
		{"summary of the author's conclusion on sanctions", true, false, true, false},
		{"give me a breakdown of the referendums, key points", true, false, false, true},
		// a breakdown of a figure asks for no summary
		{"referendum turnout breakdown pls", false, false, false, false},
		{"how many troops could be sent?", false, false, false, false},
	} {
		u := ix.Understand(tt.q)
		if u.AboutPiece != tt.about || u.Brief() != tt.brief || u.Conclusion() != tt.conclusion || u.TopicTold != tt.topicTold {
			t.Errorf("%q: about the piece %v, brief %v, conclusion %v, topic told %v (topic %q); want %v, %v, %v, %v",
				tt.q, u.AboutPiece, u.Brief(), u.Conclusion(), u.TopicTold, u.Topic, tt.about, tt.brief, tt.conclusion, tt.topicTold)
		}
	}
}

// A typo two edits from a word of the sources and one from a common
// English word is that English word: "testifed" is "testified", not the
// sources' "tested".
func TestTypoNearerToEnglishThanToTheSources(t *testing.T) {
	ix := quietIndex(t, "", "The inquiry. Engineers tested the pumps in May, and Holtrup spoke to the inquiry in June.")
	u := ix.Understand("what did holtrup say when she testifed?")
	want := []knowledge.Correction{{From: "testifed", To: "testified"}}
	if !slices.Equal(u.Corrections, want) {
		t.Errorf("corrections %+v, want %+v", u.Corrections, want)
	}
}

// A name written with an apostrophe, as the sources write it or with the
// other apostrophe, is no typo: "Côte d'Ivoire" was "corrected" to the
// sources' word as their vocabulary holds it ("divoire"), and the answer
// said "Searched for divoire's."
func TestNameWithAnApostropheIsNoTypo(t *testing.T) {
	ix := quietIndex(t, "", "The coast. Ports in Côte d’Ivoire and Ghana compete, and Sean O’Brien runs the Abidjan terminal.")
	for _, q := range []string{"what about Côte d'Ivoire's port?", "what about Côte d’Ivoire?", "what did O'Brien say?"} {
		if u := ix.Understand(q); len(u.Corrections) > 0 {
			t.Errorf("%q: corrections %+v, want none", q, u.Corrections)
		}
	}
}

// A name English knows, written with its capital, is not the start of a
// longer word of the sources: "Europe" stays Europe where they write only
// "European".
func TestKnownNameIsNoClippedWord(t *testing.T) {
	ix := quietIndex(t, "", "The offer. The European offer differs from the others: it funds refining at home.")
	if u := ix.Understand("What is Europe offering?"); len(u.Corrections) > 0 {
		t.Errorf("corrections %+v, want none", u.Corrections)
	}
	if u := ix.Understand("what about the europ offer?"); len(u.Corrections) == 0 {
		t.Errorf("no correction of a clipped word in lower case")
	}
}

// A question on when the sources were written may ask for the day one
// came out, or how current its figures are: each is read with it.
func TestUnderstandWhatADateQuestionAsks(t *testing.T) {
	ix := embedded(t)
	for _, tt := range []struct {
		question             string
		date, day, figuresOf bool
	}{
		{"when was this article published?", true, true, false},
		{"when was this article written?", true, false, false},
		{"what's the exact publication date of the article?", true, true, false},
		{"when was the piece written - are the figures current as of then?", true, false, true},
		{"when did the border reopen?", false, false, false},
	} {
		u := ix.Understand(tt.question)
		if u.AsksDate != tt.date || u.ExactDay() != tt.day || u.FiguresAsOf() != tt.figuresOf {
			t.Errorf("%q: date %v, exact day %v, figures %v; want %v, %v, %v", tt.question, u.AsksDate, u.ExactDay(), u.FiguresAsOf(), tt.date, tt.day, tt.figuresOf)
		}
	}
}
