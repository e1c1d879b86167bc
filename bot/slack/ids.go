package slack

import "regexp"

// Slack's IDs, as payloads carry them: a payload is signed, but what it
// names is checked before it is used in a key, a record or a message.
var (
	teamID    = regexp.MustCompile(`^[TE][A-Z0-9]{1,24}$`)
	channelID = regexp.MustCompile(`^[CGD][A-Z0-9]{1,24}$`)
	userID    = regexp.MustCompile(`^[UWB][A-Z0-9]{1,24}$`)
	messageTS = regexp.MustCompile(`^[0-9]{1,12}\.[0-9]{1,8}$`)
)

func validTeam(id string) bool    { return teamID.MatchString(id) }
func validChannel(id string) bool { return channelID.MatchString(id) }
func validUser(id string) bool    { return userID.MatchString(id) }
func validTS(ts string) bool      { return messageTS.MatchString(ts) }
