package slack_test

import (
	"os"
	"testing"

	"github.com/dossier-bot/dossier/bot/slack/slacktest"
)

// The tests wait on the fake Slack and model more than they compute: run
// more of them at once than there are cores.
func TestMain(m *testing.M) { os.Exit(slacktest.Run(m)) }
