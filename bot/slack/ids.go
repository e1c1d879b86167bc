package slack

import (
	"context"
	"strings"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
)

// Slack's IDs, as payloads carry them: a payload is signed, but what it
// names is checked before it is used in a key, a record or a message.
var (
	teamID    = lazyre.New(`^[TE][A-Z0-9]{1,24}$`)
	channelID = lazyre.New(`^[CGD][A-Z0-9]{1,24}$`)
	userID    = lazyre.New(`^[UWB][A-Z0-9]{1,24}$`)
	messageTS = lazyre.New(`^[0-9]{1,12}\.[0-9]{1,8}$`)
)

func validTeam(id string) bool    { return teamID.MatchString(id) }
func validChannel(id string) bool { return channelID.MatchString(id) }
func validUser(id string) bool    { return userID.MatchString(id) }
func validTS(ts string) bool      { return messageTS.MatchString(ts) }

// Why a signed request is acknowledged and then ignored, as
// Observer.Ignored is told: Slack never sends such a request, so it is a
// crafted payload (a leaked signing secret) or a client that is not
// Slack, and it is logged and counted, never dropped silently.
const (
	IgnoredMalformedIDs = "malformed_ids" // a team, channel, user or timestamp that is not a Slack ID
	IgnoredOversized    = "oversized"     // an action value longer than Slack allows
)

// ignore logs and counts a signed request acknowledged and ignored for
// reason; what names the payload's fields at fault (never their values).
func (b *Bot) ignore(ctx context.Context, reason, kind string, what ...string) {
	b.log.WarnContext(ctx, "ignored a signed request Slack would not send", "reason", reason, "kind", kind, "fields", strings.Join(what, ","))
	b.observe.Ignored(reason)
}

// badIDs collects the names of a payload's malformed IDs.
type badIDs []string

// check adds name when ok is false.
func (b *badIDs) check(name string, ok bool) {
	if !ok {
		*b = append(*b, name)
	}
}
