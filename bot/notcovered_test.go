package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/knowledge"
)

// portsEngine answers from one made-up source, "Ports" (2 May 2023): the
// passage given and two quiet ones.
func portsEngine(t *testing.T, passage string) *bot.Engine {
	t.Helper()
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("---\nid: a\ntitle: Ports\nauthor: Ann Case\npublisher: Harbour Press\npublished: 2023-05-02\n---\n" +
			passage + "\n\nFishing boats leave at dawn.\n\nThe lighthouse is closed in winter.\n")},
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return bot.NewEngine(knowledge.NewIndex(kb))
}

// A question declined by what it asks for says so, beside the words no
// source has: "no name", not only "nothing on: drew".
func TestNotCoveredSaysWhy(t *testing.T) {
	e := portsEngine(t, "Officials said the breakwater plan was unlikely to be approved before the elections.")
	a := ask(t, e, "which official sketched the breakwater plan?")
	if a.Covered || !strings.Contains(a.Text, "The sources give no name for this.") || !strings.Contains(a.Text, "It has nothing on: sketched.") {
		t.Errorf("covered %v: %q", a.Covered, a.Text)
	}
}

// A question about now that the sources do not cover is told how new
// they are, and is marked dated; one not about now is not marked.
func TestNotCoveredAboutNowIsDated(t *testing.T) {
	e := newEngine(t)
	a := ask(t, e, "is japan still sending weapons to russia these days?")
	if a.Covered || !a.Dated || !strings.Contains(a.Text, "Its newest source is from October 2022.") {
		t.Errorf("about now: covered %v, dated %v: %q", a.Covered, a.Dated, a.Text)
	}
	if a := ask(t, e, "did japan send weapons to russia?"); a.Covered || a.Dated {
		t.Errorf("not about now: covered %v, dated %v: %q", a.Covered, a.Dated, a.Text)
	}
}

// A question asking to confirm what the sources say of another party is
// answered by what they say, with what they say instead beside it.
func TestWhatTheSourcesSayInstead(t *testing.T) {
	e := newEngine(t)
	a := ask(t, e, "is it true south korea is supplying weapons to ukraine?")
	if !a.Covered || !strings.Contains(a.Text, "South Korea supplies equipment to Poland") || !strings.Contains(a.Text, "The sources say this of Poland, not of Ukraine.") {
		t.Errorf("covered %v: %q", a.Covered, a.Text)
	}
	if a := ask(t, e, "is south korea supplying weapons to ukraine?"); a.Covered || !strings.Contains(a.Text, "The sources say this of Poland, not of Ukraine.") {
		t.Errorf("not asked to confirm: covered %v: %q", a.Covered, a.Text)
	}
}
