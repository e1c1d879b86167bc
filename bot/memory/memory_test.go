package memory_test

import (
	"testing"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/memory"
	"github.com/dossier-bot/dossier/bot/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(*testing.T) bot.Store { return memory.New(storetest.Options, nil) })
}
