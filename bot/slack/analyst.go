package slack

import (
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/dossier-bot/dossier/bot"
)

// maxListed is the most events or claims one reply lists.
const maxListed = 60

// timelineBlocks renders the dated events, oldest first.
func timelineBlocks(t *bot.Timeline) []slack.Block {
	head := "*Timeline* of the knowledge base"
	if t.Topic != "" {
		head = "*Timeline* of *" + escape(t.Topic) + "*"
	}
	if len(t.Missing) > 0 {
		return []slack.Block{mdSection(head), section("The knowledge base does not cover this. It has nothing on: " + strings.Join(t.Missing, ", ") + ".")}
	}
	if len(t.Events) == 0 {
		return []slack.Block{mdSection(head), section("The sources give no dated events on this.")}
	}
	var lines []string
	for i, e := range t.Events {
		if i == maxListed {
			lines = append(lines, fmt.Sprintf("_…and %d more: run `dossier timeline` for all._", len(t.Events)-maxListed))
			break
		}
		when := escape(e.DateText)
		if e.Approximate {
			when += ", approximate"
		}
		lines = append(lines, fmt.Sprintf("*%s* (%s)\n“%s”\n_%s_ · %s · `%s`", e.Date, when, escape(e.Text),
			escape(e.Source), escape(gradeLabel(e.Reliability)), escape(e.ID)))
	}
	return append([]slack.Block{mdSection(head)}, mrkdwnSections(strings.Join(lines, "\n\n"))...)
}

// claimsBlocks renders who says what, by claimant, with each claim's
// disputes beside it.
func claimsBlocks(c *bot.Claims) []slack.Block {
	head := "*Who says what* in the knowledge base"
	if c.Topic != "" {
		head = "*Who says what* on *" + escape(c.Topic) + "*"
	}
	if len(c.Missing) > 0 {
		return []slack.Block{mdSection(head), section("The knowledge base does not cover this. It has nothing on: " + strings.Join(c.Missing, ", ") + ".")}
	}
	if len(c.Claims) == 0 {
		return []slack.Block{mdSection(head), section("The sources attribute no statements on this.")}
	}
	var parts []string
	n := 0
	for _, group := range bot.ClaimantGroups(c.Claims) {
		lines := []string{"*" + escape(group[0].Claimant) + "*"}
		for _, cl := range group {
			if n++; n > maxListed {
				break
			}
			lines = append(lines, fmt.Sprintf("• _%s_: “%s” · %s · `%s`", escape(cl.Stance), escape(cl.Text), escape(gradeLabel(cl.Reliability)), escape(cl.ID)))
			for _, d := range cl.DisputedBy {
				lines = append(lines, fmt.Sprintf("    ⇄ disputed: %s _%s_ (`%s`)", escape(d.Claimant), escape(d.Stance), escape(d.ID)))
			}
		}
		parts = append(parts, strings.Join(lines, "\n"))
		if n > maxListed {
			parts = append(parts, fmt.Sprintf("_…and more: run `dossier claims` for all %d._", len(c.Claims)))
			break
		}
	}
	return append([]slack.Block{mdSection(head)}, mrkdwnSections(strings.Join(parts, "\n\n"))...)
}

func gradeLabel(g string) string {
	return bot.Citation{Reliability: g}.ReliabilityLabel()
}

// mrkdwnSections renders mrkdwn as sections within Block Kit's limit on a
// text, split between paragraphs or sentences.
func mrkdwnSections(mrk string) []slack.Block {
	var out []slack.Block
	for _, c := range chunks(mrk, maxText) {
		out = append(out, mdSection(c))
	}
	return out
}
