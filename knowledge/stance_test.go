package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

var stanceTests = []struct {
	name, text string
	stance     knowledge.Stance
	claimant   string // of the first claim
	verb       string
	denial     bool
}{
	{"plain fact", "The dam was finished in 2019 and holds 4 billion cubic metres.", knowledge.StanceFact, "", "", false},
	{"claim with that", "The ministry claims that the river is clean.", knowledge.StanceClaim, "The ministry", "claims", false},
	{"claim after auxiliaries", "The governor has repeatedly said the plant is safe.", knowledge.StanceClaim, "The governor", "said", false},
	{"denial", "The company flatly denied the reports.", knowledge.StanceClaim, "The company", "denied", true},
	{"called fake", "The envoy called the claim “fake” on Monday.", knowledge.StanceClaim, "The envoy", "called", true},
	{"called for is no statement", "The union called for a strike.", knowledge.StanceFact, "", "", false},
	{"as some reports allege", "If the mill, as some reports allege, dumps waste, then fines could follow.", knowledge.StanceClaim, "Some reports", "allege", false},
	{"parenthetical claimant", "The mayor — who runs the port — said that ships would be inspected.", knowledge.StanceClaim, "The mayor", "said", false},
	{"relative clause", "Norway is the only state that has endorsed the plan.", knowledge.StanceClaim, "Norway", "endorsed", false},
	{"participle", "The council voted for the plan, blaming the drought on the dam.", knowledge.StanceClaim, "The council", "blaming", false},
	{"according to", "According to the regulator, output fell.", knowledge.StanceClaim, "The regulator", "according to", false},
	{"speculation among", "There was speculation among traders about a second dam.", knowledge.StanceClaim, "Traders", "speculation", false},
	{"a plural noun is no verb", "The member states met in Geneva.", knowledge.StanceFact, "", "", false},
	{"a name is no verb", "The United States sent an envoy.", knowledge.StanceFact, "", "", false},
	{"passive", "The report was denied by nobody.", knowledge.StanceFact, "", "", false},
	{"negated", "The firm did not deny it.", knowledge.StanceFact, "", "", false},
	{"hedge", "The valley may flood again.", knowledge.StanceHedge, "", "", false},
	{"unclear", "It is unclear whether the valves work.", knowledge.StanceHedge, "", "", false},
	{"role then name in apposition", "Norway’s Minister of Fisheries, Ola Berg, told reporters afterwards: “We will not fish with anyone.”", knowledge.StanceClaim, "Norway’s Minister of Fisheries, Ola Berg", "told", false},
	{"apposition after a date", "In May 2021 the Danish consul in Oslo, Mette Lund, told a trade fair that lenders would pay.", knowledge.StanceClaim, "The Danish consul in Oslo, Mette Lund", "told", false},
	{"apposition then denial", "The port’s director, Anna Holm, denied it, saying no licence had been sought.", knowledge.StanceClaim, "The port’s director, Anna Holm", "denied", true},
	{"called speculative", "The embassy called the figure speculative.", knowledge.StanceClaim, "The embassy", "called", true},
	{"what people call is a name", "That gap, not any shortage of what traders call “blue gold”, explains the row.", knowledge.StanceFact, "", "", false},
	{"a bare noun form after a verb", "The plan requires state control of the harbour.", knowledge.StanceFact, "", "", false},
	{"spoke of", "Danish diplomats spoke of a “fishing union” in 2011.", knowledge.StanceClaim, "Danish diplomats", "spoke", false},
	{"a list of places", "For years, officials in Oslo, Bergen and Tromsø have spoken of a northern bloc.", knowledge.StanceClaim, "Officials in Oslo, Bergen and Tromsø", "spoken", false},
	{"name then role in apposition", "Ola Berg, a customs spokesman, said the outages were isolated.", knowledge.StanceClaim, "Ola Berg, a customs spokesman", "said", false},
	{"an opening phrase is no list", "After the vote in Oslo, Berg said the deal was dead.", knowledge.StanceClaim, "Berg", "said", false},
	{"floated shares is no statement", "Holm floated its shares in 2019.", knowledge.StanceFact, "", "", false},
	{"spoke at is no statement", "Berg spoke at the conference in Oslo.", knowledge.StanceFact, "", "", false},
	{"a present verb with an object", "Officials blame Berg for the delay.", knowledge.StanceClaim, "Officials", "blame", false},
	{"inverted attribution", "The wait fell to six days in May, against 21 days earlier, said Ana Lind, the port’s director.", knowledge.StanceClaim, "Ana Lind, the port’s director", "said", false},
	{"inverted with the role first", "Charges fell by 25 per cent, said its director-general, Ola Berg, who wants more cargo.", knowledge.StanceClaim, "Its director-general, Ola Berg", "said", false},
	{"inverted with a possessive role first", "\"We are not a transit point,\" said Holm’s chief executive, Ola Berg.", knowledge.StanceClaim, "Holm’s chief executive, Ola Berg", "said", false},
	{"name then a possessive role", "Ola Berg, Norway’s ambassador to Chile, told reporters that volumes would double.", knowledge.StanceClaim, "Ola Berg, Norway’s ambassador to Chile", "told", false},
	{"no one confirmed", "Neither the ministry nor the embassy would confirm any talks.", knowledge.StanceHedge, "", "", false},
	{"estimative judgement", "It is likely that the dispute will end in court rather than in talks.", knowledge.StanceJudgement, "", "", false},
}

func TestMarkStances(t *testing.T) {
	for _, tt := range stanceTests {
		t.Run(tt.name, func(t *testing.T) {
			ss := knowledge.MarkStances(tt.text, false)
			if len(ss) != 1 {
				t.Fatalf("got %d sentences, want 1", len(ss))
			}
			s := ss[0]
			if s.Stance != tt.stance {
				t.Errorf("stance %q, want %q (claims %+v)", s.Stance, tt.stance, s.Claims)
			}
			if tt.claimant == "" {
				if len(s.Claims) > 0 {
					t.Errorf("claims %+v, want none", s.Claims)
				}
				return
			}
			if len(s.Claims) == 0 {
				t.Fatalf("no claim found, want %q %q", tt.claimant, tt.verb)
			}
			c := s.Claims[0]
			if c.Claimant != tt.claimant || c.Verb != tt.verb || c.Denial != tt.denial {
				t.Errorf("claim %q %q denial=%v, want %q %q denial=%v", c.Claimant, c.Verb, c.Denial, tt.claimant, tt.verb, tt.denial)
			}
		})
	}
}

// A hedge in the passages where an author states the thesis (the first
// and the last two of the argument) is the author's judgement.
func TestThesisHedgeIsJudgement(t *testing.T) {
	if s := knowledge.MarkStances("The two states may draw closer.", true)[0]; s.Stance != knowledge.StanceJudgement {
		t.Errorf("thesis hedge: stance %q, want judgement", s.Stance)
	}
	ix := embedded(t)
	src := ix.KB().Source(article)
	first := ix.Sentences(src.Passage(1))
	if first[len(first)-1].Stance != knowledge.StanceJudgement {
		t.Errorf("the article's opening hedge is %q, want judgement", first[len(first)-1].Stance)
	}
}

func BenchmarkMarkStances(b *testing.B) {
	ix := embedded(b)
	ps := ix.Passages()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		knowledge.MarkStances(ps[i%len(ps)].Text, false)
	}
}
