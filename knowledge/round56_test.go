package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// "which four insurers is the regulator probing?": the members of a group
// of organisations go by names, so a passage that only counts them ("an
// inquiry into four insurers") does not answer; one that lists them does.
// Insurers, clubs and utilities are no words of a hand-written list: the
// lexicon reads them as kinds of organisation from WordNet's hypernyms.
func TestRoundFiftySixOrganisationsGoByName(t *testing.T) {
	ix := quietIndex(t, "",
		"The inquiry. In July the regulator opened an inquiry into four insurers over cancelled policies.",
		"The wages. Nine of the 16 clubs had paid wages late at least once in the previous year, and the median salary was EUR 1,870 a month.",
		"The survey. Eight water utilities still had no full multi-factor authentication in January.",
	)
	wantDeclined(t, ix, "which four insurers did the regulator open an inquiry into?", "do not say which")
	wantDeclined(t, ix, "Which nine clubs were the ones paying wages late?", "do not say which")
	wantDeclined(t, ix, "which 8 utilities have no full multi-factor authentication?", "do not say which")

	named := quietIndex(t, "",
		"The inquiry. In July the regulator opened an inquiry into four insurers over cancelled policies: Meridian Mutual, Halvard, Castlemere and Orrin Life.",
	)
	wantFirst(t, named, "which four insurers did the regulator open an inquiry into?", "p1")
}

// The lexicon marks a noun whose commonest sense is a kind of person,
// organisation or place; not one of a thing said or an object.
func TestRoundFiftySixGoesByName(t *testing.T) {
	for _, w := range []string{"insurers", "clubs", "utilities", "provinces", "ports", "players", "municipality"} {
		if !lexicon.GoesByName(w) {
			t.Errorf("GoesByName(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"concerns", "reasons", "matches", "recommendations", "games", "steps"} {
		if lexicon.GoesByName(w) {
			t.Errorf("GoesByName(%q) = true, want false", w)
		}
	}
	if lexicon.Person("insurers") || lexicon.Person("provinces") {
		t.Error("an organisation or a place is marked as a person")
	}
}

// "Did the health minister end up resigning?": the outcome asked, told as
// done in a passage near the best ("Maronde resigned on 16 October
// 2022"), is no question on what happened after the sources; that passage
// answers first. Without it, the question was declined as after them.
func TestRoundFiftySixOutcomeToldNearTheBest(t *testing.T) {
	ix := quietIndex(t, "maronde: [Ivo Maronde, Maronde]\n",
		"The health plan. The health minister said at the end of May that the health plan would cut the waiting lists.",
		"The inquiry. The inquiry found that officials told the health minister, Ivo Maronde, of the outbreak in May. Maronde resigned on 16 October 2022.",
	)
	wantFirst(t, ix, "Did the health minister end up resigning?", "p2")
}

// "furloughed - what pay?": a share of the sum asked of ("at 80% of their
// pay") answers a question after what pay, levy or fee it was; not one
// after how much was spent.
func TestRoundFiftySixShareOfASumAnswersWhatPay(t *testing.T) {
	ix := quietIndex(t, "brenneck: [Brenneck]\n",
		"The shutdown. Production at Brenneck halted in December. Of the plant's 640 employees, 520 were placed on furlough at 80% of their pay.",
		"The review. The review proposed a new agency, funded by a levy on betting operators' revenue; it estimated the levy needed at 1 per cent of that revenue.",
	)
	wantFirst(t, ix, "brenneck staff furloughed - how many, what pay?", "p1")
	wantFirst(t, ix, "what levy did the review say would fund the agency?", "p2")
	wantDeclined(t, ix, "how much did brenneck spend on furlough pay in total?", "no amount of money")
}

// "What experience does the writer have with insurers?": a word asking
// after a person's background, which no source writes, is told by the
// passage on the author near the best (one of about_source), not a topic
// no source mentions.
func TestRoundFiftySixTheWritersBackground(t *testing.T) {
	ix := writerSource(t, "insurers: [insurers, insurance companies]\nmira-holt: [Mira Holt, Holt]\n",
		"The fires. The fires burned 300,000 hectares, and within weeks the insurers began to leave the province, writing fewer new policies.",
		"Mira Holt is a senior fellow at a university in the north. She worked for an insurer for nine years before 2015.")
	wantFirst(t, ix, "What experience does the writer have with insurers?", "p3")
	wantFirst(t, ix, "what's the writer's background?", "p3")
	wantDeclined(t, ix, "What experience do the insurers have with floods?", "No source mentions")
}

// A best passage that tells of the deed asked as not done ("whether it
// sends them to Vask is not known") is the one on it: another near it
// that tells the same deed done elsewhere ("sent troops to Lund") does not
// answer "did norda end up sending troops?" (round 52's test has it); one
// where the best has no word of the deed does.
func TestRoundFiftySixOutcomeNotFromAnotherDeed(t *testing.T) {
	ix := quietIndex(t, "norda: [Norda]\nvask: [Vask]\n",
		"The troops. Norda has sent troops on missions abroad before, but only small units. Whether it sends them to Vask is not known.",
		"The border. Norda sent troops to Lund in March 2023.",
	)
	wantDeclined(t, ix, "did norda end up sending troops?", "cannot report")
}

// "is the 3rd floor meeting room free thursday?": a room of the office is
// the office's own business, which no source answers; "in the room" where
// a decision was taken is no such room.
func TestRoundFiftySixAMeetingRoomIsTheOffices(t *testing.T) {
	ix := quietIndex(t, "",
		"The decision. The board met on the third floor on Thursday and decided not to pay; the meeting was free of rancour.",
	)
	wantDeclined(t, ix, "hey does anyone know if the 3rd floor meeting room is free thursday? thx", "No source mentions room")
	wantFirst(t, ix, "who decided not to pay, and was the board in the room?", "p1")
}

// "What does the low-cost competitor want?", "what is the budget rival
// complaining about?": "low-cost" and "budget" before a noun say what
// kind of firm, not a sum asked; "what will it cost?" and "what is the
// budget for it?" still ask one.
func TestRoundFiftySixLowCostIsNoSum(t *testing.T) {
	ix := quietIndex(t, "skyfly: [Skyfly]\n",
		"The rival. Skyfly, a low-cost competitor and budget rival of both airlines, complained that the slots offered were at bad times and wants them auctioned instead.",
		"The scheme. The government launched a scheme to train pilots in 2022.",
	)
	wantFirst(t, ix, "What does the low-cost competitor want instead of the slots on offer?", "p1")
	wantFirst(t, ix, "What is the budget rival complaining about?", "p1")
	wantDeclined(t, ix, "what is the budget for the pilot scheme?", "no amount of money")
}

// writerSource indexes a made-up source by Mira Holt on fires and insurers:
// a passage on the fires (fires), one on the insurers, and the passage on
// the author (author, about_source p3, found by "author", "writer",
// "career").
func writerSource(t *testing.T, glossary, fires, author string) *knowledge.Index {
	t.Helper()
	return madeUpSource(t, glossary, "fires", "The fires and the insurers", 3, "author, writer, career", fires,
		"The insurers. The insurers say the connections between the grid and the fires made the risk impossible to price.",
		author)
}
