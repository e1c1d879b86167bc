package knowledge_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge"
)

var normalizeTests = []struct {
	name, in, want string
}{
	{"chat abbreviations of function words", "whats the link btwn oslo and riga, siding w holt? wd holt sign", "what is the link between oslo and riga, siding with holt? would holt sign"},
	{"chat spellings with digits", "did oslo sail b4 riga", "did oslo sail before riga"},
	{"abbreviations of offices", "what did the Oslo MFA and the DPM say", "what did the Oslo foreign ministry and the deputy prime minister say"},
	{"a capital letter alone is an initial", "did George W Holt sign it", "did George W Holt sign it"},
	{"labelled link in the question keeps its label", "what does <https://example.org/x|this piece> say on trade?", "what does this piece say on trade?"},
	{"labelled link pasted beside the question is set aside", "who wrote this? <https://example.org/x|this piece>", "who wrote this?"},
	{"labelled link opening the message is set aside", "<@U0123ABCD> <https://example.org/x|port report> two-parter: who said what?", "two-parter: who said what?"},
	{"labelled link at the end is set aside", "is the border shut <https://example.org/x|border news>", "is the border shut"},
	{"bare link goes", "re <https://www.example.org/2022/09/story> what is the route?", "re what is the route?"},
	{"user mention with name", "<@U0123ABCD|maria> what did the envoy say", "what did the envoy say"},
	{"special mentions", "<!here> <!channel> <!subteam^S123|@analysts> is the border shut", "is the border shut"},
	{"channel mention", "see <#C0123|general> — why is trade low?", "see — why is trade low?"},
	{"emoji codes", "why would shells fit :thinking_face: :eyes::skin-tone-2:", "why would shells fit"},
	{"entities as Slack escapes them", "sanctions &amp; labour &lt;now&gt;", "sanctions & labour <now>"},
	{"greeting and thanks", "hey team, quick q: is the border open? thx!", "is the border open?"},
	{"hectares after a figure, not laughter", "did it burn 142k ha? ha", "did it burn 142000 hectares?"},
	{"kilovolts glued to a figure", "new 275kv line cost", "new 275 kv line cost"},
	{"a currency's code glued to its sum", "is the retention VMK1.5bn or EUR300m", "is the retention VMK 1.5 billion or EUR 300 million"},
	{"an alternative asked is no chat", "was it the power line or something else? or something", "was it the power line or something else?"},
	{"chat's requests and sign-offs", "quick one: is the border open? lmk asap, tysm", "is the border open?"},
	{"chat's asides", "iiuc the border shut in may? any help appreciated, dm me", "the border shut in may?"},
	{"chat's asides between clauses", "nvm, is the border open, sry", "is the border open"},
	{"counting the questions", "2 qs: is the border open, and was it ever shut", "is the border open, and was it ever shut"},
	{"a chat tag question", "was the border a big deal or nah", "was the border a big deal"},
	{"a yes-or-no tag in its short form", "botswana formal sadc case y/n", "botswana formal sadc case"},
	{"an apology for the question, however put", "sorry if this is a silly q, but is the border open", "is the border open"},
	{"an apology's words are whole words", "sorry if obviously dumb but is the border open", "sorry if obviously dumb but is the border open"},
	{"an opening interjection", "wait, isnt the border open? oh so who shut it", "is not the border open? oh so who shut it"},
	{"an opening word that is the question's own", "right now are ferries running", "right now are ferries running"},
	{"politeness and hedges", "sorry if dumb question but anyone know why trade is low pls", "why trade is low"},
	{"a discourse adverbial", "how would the board work in practice, and is it in fact legal", "how would the board work and is it legal"},
	{"chat slang", "lowkey is riga backing oslo legit or cap? ngl the old deal is off no cap", "is riga backing oslo legit? the old deal is off"},
	{"chat slang is lower case, and a cap a limit", "is there no cap on it, or a floor or cap? SMH says so, lowkey", "is there no cap on it, or a floor or cap? SMH says so"},
	{"for real closing a clause is chat", "who is to blame fr? and did fr vote, did FR fr fr", "who is to blame? and did fr vote, did FR"},
	{"letters spelt one by one are no chat forms", "r u sure the u n and the e u said y", "are you sure the u n and the e u said why"},
	{"a day's ordinal beside its month", "did it start on february 24th, the 1st of March or Feb 2nd, not the 4th plan", "did it start on february 24, the 1 March or February 2, not the 4th plan"},
	{"a number of two words", "was it in thirty eight north, with forty-two others? one of twenty", "was it in 38 north, with 42 others? one of twenty"},
	{"a year said as two numbers", "in september twenty twenty two, or nineteen ninety, or twenty ten", "in september 2022, or 1990, or 2010"},
	{"numbers that go on are no year", "twenty thirty thousand workers, nineteen twenty-ton trucks, thirty one-year deals, forty five thousand", "twenty thirty thousand workers, nineteen twenty-ton trucks, thirty one-year deals, forty five thousand"},
	{"a letter alone that is a word is not spelt", "y a rail link, is it ok w a road", "why a rail link, is it ok with a road"},
	{"what keeps something from happening", "what's stopping Holt from sending ships? what is blocking shipments from Riga? what's holding Oslo back from selling?", "why won't Holt sending ships? what is blocking shipments from Riga? why won't Oslo selling?"},
	{"cc and sign-off", "what did the envoy say cc @maria cheers", "what did the envoy say"},
	{"dotted acronyms", "did the D.P.R.K. and the U.S. talk", "did the DPRK and the US talk"},
	{"contractions without apostrophes", "whats the angle, isnt it odd", "what is the angle, is not it odd"},
	{"magnitudes", "were 100k troops sent, or 1.5m shells?", "were 100000 troops sent, or 1.5 million shells?"},
	{"a range's magnitude written once", "were 20-50 thousand hired, or 20 to 50k, not 50-20k", "were 20000-50000 hired, or 20000 to 50000, not 50-20000"},
	{"millions and billions as sources write them", "is the $500m loan part of the 6.7bn deal, or 2-3m?", "is the $500 million loan part of the 6.7 billion deal, or 2 million-3 million?"},
	{"the knowledge base", "was the version in the KB edited", "was the version in the knowledge base edited"},
	{"min: minutes, a minister, a minimum", "the mining min said in 5 min what the min fee is", "the mining minister said in 5 minutes what the minimum fee is"},
	{"a year written short after end or start", "how many by end 25, and by early 26? not by the end of 90 days", "how many by end 2025, and by early 2026? not by the end of 90 days"},
	{"production and operations", "prod numbers and brine ops", "production numbers and brine operations"},
	{"titles and ordinals in chat", "the port DG and the country mgr of the 2nd terminal", "the port director general and the country manager of the second terminal"},
	{"an ambassador in chat", "the US amb in Oslo, or the ambo in Riga", "the US ambassador in Oslo, or the ambassador in Riga"},
	{"units of length and area", "how big is the lake in sq km, or km2, and 40 kms from the port", "how big is the lake in square kilometres, or square kilometres, and 40 kilometres from the port"},
	{"thousands in words", "were 100 thousand troops sent, or 2 million shells?", "were 100000 troops sent, or 2 million shells?"},
	{"time of day", "need it for the 3pm sync", "need it for the sync"},
	{"digits glued to a word", "is there a 38north version", "is there a 38 north version"},
	{"two-digit years", "what happened in sept '22 and '98?", "what happened in September 2022 and 1998?"},
	{"months abbreviated", "since jan. or by Oct 3", "since January or by October 3"},
	{"a month's two digits after in are its year", "what opened in sept 22, and what since feb 24 or on may 22? not in june 22, 2021; in March 22 in April 23?", "what opened in September 2022, and what since February 24 or on may 22? not in june 22, 2021; in March 2022 in April 2023?"},
	{"desk shorthand", "vik list px + amt of the loss est incl fees, bg pls", "vik list price + amount of the loss estimate including fees, background"},
	{"desk shorthand in capitals stays an acronym", "is the EST or BG desk on it", "is the EST or BG desk on it"},
	{"analysts' abbreviations", "y did they stop complying w/ the sanx, and were the reax pubd? cd it change", "why did they stop complying with the sanctions, and were the reactions published? could it change"},
	{"an inflection after a hyphen", "did riga recog-ed the vote", "did riga recog the vote"},
	{"chat spellings of modals", "wud riga sign? cud oslo", "would riga sign? could oslo"},
	{"letters stretched for stress", "sooo why did riga quit?? pleeease, whyyy", "why did riga quit?? why"},
	{"a stretched word keeps its capital", "Whyyy is the quay shut, gooood grief", "Why is the quay shut, good grief"},
	{"a rare word stretched is the common one", "noo the quay is shut?", "no the quay is shut?"},
	{"letters doubled in a real word stay", "the bookkeeper took coffee, tooth and teeth, and the ammo", "the bookkeeper took coffee, tooth and teeth, and the ammo"},
	{"a stretched word that is no word stays", "the kpaa and the okkk", "the kpaa and the okkk"},
	{"stretched words side by side", "is it trueee, nooo way", "is it true, no way"},
	{"units, doubled letters and surnames stay", "155mm or 152 mm aa guns, mmm, Haass and the uss", "155mm or 152 mm aa guns, mmm, Haass and the uss"},
	{"a word of function with a letter doubled", "soo is it open", "is it open"},
	{"a stretched word of another script stays", "the Ёёё and the naïvee", "the Ёёё and the naïvee"},
	{"post- before a word is after", "what did riga do post-strike and post-Feb 2021", "what did riga do after strike and after February 2021"},
	{"post- before a letter of another script", "post-Ёлка", "after Ёлка"},
	{"a blog post is no after", "the riga post says so", "the riga post says so"},
	{"the verb matter of degree", "why does riga matter more to oslo now", "why does riga more important to oslo now"},
	{"the verb matter to", "does the quay still matter to oslo", "does the quay still important to oslo"},
	{"the noun matter stays", "no matter what oslo says, whats the matter to riga", "no matter what oslo says, what is the matter to riga"},
	{"matters as a noun stays", "what did holt say on matters to do with the quay, a legal matter for riga", "what did holt say on matters to do with the quay, a legal matter for riga"},
	{"what matters", "what matters most to riga now", "what most important to riga now"},
	{"it matters", "it still matters to riga", "it still important to riga"},
	{"worth more than a sum stays", "is the ferry worth more to oslo than 40 million dollars", "is the ferry worth more to oslo than 40 million dollars"},
	{"post- making a word stays", "what did the post-mortem find", "what did the post-mortem find"},
	{"worth more to", "is riga worth more to oslo than before", "is riga more important to oslo than before"},
	{"worth a sum stays", "what is the quay worth to oslo", "what is the quay worth to oslo"},
	{"a number glued to a compass point", "was it on 38N or 7S", "was it on 38 N or 7 S"},
	{"a name written with its figure", "is the 3D plant on 5G yet", "is the 3D plant on 5G yet"},
	{"a repost the piece is asked to be", "is this an original or a repost from somewhere?", "is this an original or a republished piece from somewhere?"},
	{"other verbs near the piece stay", "does the article say ferries ran to Riga? is this why Oslo wants a rerun of the vote?", "does the article say ferries ran to Riga? is this why Oslo wants a rerun of the vote?"},
	{"verbs of publishing said of the piece", "where else did this piece run? was it reposted? which site carried the article first, and did the train run", "where else did this piece published? was it republished? which site publish the article first, and did the train run"},
	{"4 and 2 before a determiner or pronoun", "who do they blame 4 the delay, did he go 2 the talks? top 4 teams", "who do they blame for the delay, did he go to the talks? top 4 teams"},
	{"4 and 2 after a word that takes a number", "what did Oslo say on Oct 4 the day after, and in phase 2 the year after?", "what did Oslo say on October 4 the day after, and in second phase the year after?"},
	{"hedges", "did 38north run it too or am i misremembering", "did 38 north run it too"},
	{"asking framed", "I'm trying to understand whether the border is open", "whether the border is open"},
	{"chat abbreviations", "going fwd, is smth changing in the next yr? on tv?", "going forward, is something changing in the next year? on television?"},
	{"an acronym's plural or possessive without apostrophe", "was the UNs answer the same as the MPs?", "was the UN's answer the same as the MP's?"},
	{"slash dates", "what changed after 2/24, or 24/2/22? not 3/4 or 24/7", "what changed after February 24, or February 24, 2022? not 3/4 or 24/7"},
	{"would, economic", "what wld the econ cost be", "what would the economic cost be"},
	{"acc to, uni", "what is the harbour's future acc to the uni report", "what is the harbour's future according to the university report"},
	{"-wise", "so econ-wise what can the port offer, timing-wise?", "so economic what can the port offer, timing?"},
	{"point", "what was the turning pt? key pts pls", "what was the turning point? key points"},
	{"pub date", "whats the pub date? and the pub. date of the other one", "what is the publication date? and the publication date of the other one"},
	{"plain question untouched", "Will Russia hire North Korean workers?", "Will Russia hire North Korean workers?"},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got, steps := knowledge.Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if (got != tt.in) != (len(steps) > 0) {
				t.Errorf("changed %v but %d steps: %+v", got != tt.in, len(steps), steps)
			}
		})
	}
}

// Any input gives a result, never a panic; the result is valid UTF-8 when
// the input is, and never longer than a few times the input.
func FuzzNormalize(f *testing.F) {
	for _, tt := range normalizeTests {
		f.Add(tt.in)
	}
	f.Add("<<<@|>>>:::")
	f.Add("<https://|>")
	f.Add("\xff\xfe N. K.")
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := knowledge.Normalize(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, got)
		}
		if len(got) > 4*len(s)+16 {
			t.Fatalf("Normalize(%q) grew to %d bytes", s, len(got))
		}
		if strings.TrimSpace(got) != got {
			t.Fatalf("Normalize(%q) = %q: untrimmed", s, got)
		}
	})
}
