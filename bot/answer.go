// Package bot is Dossier's core: questions and answers, the Engine that
// answers from the knowledge base, the checks that keep answers to what the
// sources say, and the small interfaces through which it reaches a language
// model and a shared store. Slack, the CLI and the digest are adapters that
// call it.
package bot

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/dossier-bot/dossier/knowledge"
)

// MaxQuestionLen is the longest question accepted, in characters.
const MaxQuestionLen = 2000

// Expected refusals, for errors.Is; their texts are fit to show a user.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = fmt.Errorf("the question is longer than %d characters; please shorten it", MaxQuestionLen)
)

// A Question is what an analyst asked, and where.
type Question struct {
	Text string
	// Where it was asked: Slack's team, channel, thread and user IDs. Empty
	// on the command line.
	Team, Channel, Thread, User string
	// NoLLM forces the extractive answer.
	NoLLM bool
}

// Answer modes.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// An Answer is what Dossier replies: a short text whose claims carry [n]
// markers, and the passages they cite. Its JSON form is a public contract
// (`dossier ask --json`): fields may be added, never renamed or removed.
type Answer struct {
	Question  string     `json:"question"`
	Covered   bool       `json:"covered"`
	Text      string     `json:"answer"`
	Mode      string     `json:"mode"`
	Cached    bool       `json:"cached"`
	Missing   []string   `json:"missing"`
	Citations []Citation `json:"citations"`
	// AsOf is the publication date of the newest source cited; Dated is
	// true when the answer says so because the question is about the
	// present (or a year after its sources), and for a question about the
	// present that is not covered, whose reply says how new the newest
	// source is.
	AsOf  string `json:"as_of,omitempty"`
	Dated bool   `json:"dated,omitempty"`
	// Reason says why a question is not covered: which of its terms no
	// source has, or what no passage gives.
	Reason string `json:"reason,omitempty"`
	// Note says in one line why a plainer answer was given, if it was.
	Note string `json:"note,omitempty"`
	// Standalone is the follow-up question as searched, rewritten to stand
	// alone, when it differs from Question.
	Standalone string `json:"standalone_question,omitempty"`
	// Corrected lists the question's words read as others (typos), and
	// Rewritten the question as the model put it in the sources' words for
	// retrieval, when one did.
	Corrected []knowledge.Correction `json:"corrected"`
	Rewritten string                 `json:"rewritten_question,omitempty"`
	// Model and Usage say which model wrote an "llm" answer, at what cost;
	// Unsupported lists its sentences that its cited passages do not back.
	Model       string   `json:"model,omitempty"`
	Usage       *Usage   `json:"usage,omitempty"`
	Unsupported []string `json:"unsupported,omitempty"`
}

// A Citation is one passage an answer rests on, quoted whole.
type Citation struct {
	N            int    `json:"n"`
	ID           string `json:"id"`
	Source       string `json:"source"`
	Author       string `json:"author"`
	Publisher    string `json:"publisher"`
	Published    string `json:"published"`
	DateInferred bool   `json:"date_inferred"`
	URL          string `json:"url"`
	Text         string `json:"text"`
	// Reliability is the source's Admiralty grade, A to F; "" when the
	// curators have not graded it.
	Reliability string `json:"reliability"`
}

// NewCitation makes citation n of a passage.
func NewCitation(n int, p *knowledge.Passage) Citation {
	s := p.Source
	return Citation{
		N: n, ID: p.ID, Source: s.Title, Author: s.Author, Publisher: s.Publisher,
		Published: s.Published.ISO(), DateInferred: s.DateInferred, URL: s.URL, Text: clip(p.Text, MaxQuoteChars),
		Reliability: s.Reliability,
	}
}

// DateLabel is the citation's date for people: "October 2022 (inferred)".
func (c Citation) DateLabel() string {
	d, err := knowledge.ParseDate(c.Published)
	if err != nil {
		return c.Published
	}
	if c.DateInferred {
		return d.String() + " (inferred)"
	}
	return d.String()
}

// ReliabilityLabel is the source's grade for people: "reliability B
// (usually reliable)", or "reliability not graded".
func (c Citation) ReliabilityLabel() string {
	if c.Reliability == "" {
		return "reliability not graded"
	}
	return "reliability " + c.Reliability + " (" + knowledge.ReliabilityMeaning(c.Reliability) + ")"
}

// CheckQuestion returns why a question cannot be asked, or nil.
func CheckQuestion(text string) error {
	switch n := utf8.RuneCountInString(text); {
	case len(trimSpace(text)) == 0:
		return ErrEmptyQuestion
	case n > MaxQuestionLen:
		return ErrQuestionTooLong
	}
	return nil
}
