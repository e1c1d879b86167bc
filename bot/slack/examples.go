package slack

import (
	"strings"

	"github.com/slack-go/slack"
)

// genericExamples are asked when the sources list no examples: questions
// about the knowledge base as a whole, which any knowledge base answers.
var genericExamples = []string{"Give me an overview of the sources", "What are the main points of the sources?"}

// examples returns up to n example questions from the knowledge base's
// sources (their front matter's examples), or generic ones when none
// list any.
func (b *Bot) examples(n int) []string {
	if ex := b.engine.Sources().Examples; len(ex) > 0 {
		return ex[:min(n, len(ex))]
	}
	return genericExamples[:min(n, len(genericExamples))]
}

// exampleList renders examples as mrkdwn bullets, escaped.
func exampleList(qs []string) string {
	lines := make([]string, len(qs))
	for i, q := range qs {
		lines[i] = "• " + escape(q)
	}
	return strings.Join(lines, "\n")
}

// tryAsking is the "Try asking" section of help and the Home tab.
func (b *Bot) tryAsking(n int) slack.Block {
	return mdSection("*Try asking*\n" + exampleList(b.examples(n)))
}

// askHint is one line inviting a question, with an example.
func (b *Bot) askHint() string {
	return "Ask me a question about the sources, like: _" + escape(b.examples(1)[0]) + "_ Type `" + b.cfg.Command + " help` for more."
}

// notEnabledText says the bot is not enabled where it was asked, and what
// can be done instead.
func (b *Bot) notEnabledText() string {
	return "Dossier is not enabled here. An admin can add this channel to the bot's allowed channels; meanwhile you can ask me in a direct message, like: " + b.examples(1)[0]
}
