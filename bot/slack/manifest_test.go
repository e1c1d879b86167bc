package slack

import (
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

type manifest struct {
	Features struct {
		AppHome struct {
			HomeTab bool `yaml:"home_tab_enabled"`
		} `yaml:"app_home"`
		AssistantView struct {
			Description string `yaml:"assistant_description"`
		} `yaml:"assistant_view"`
		Shortcuts []struct {
			Name       string `yaml:"name"`
			Type       string `yaml:"type"`
			CallbackID string `yaml:"callback_id"`
		} `yaml:"shortcuts"`
		SlashCommands []struct {
			Command string `yaml:"command"`
			URL     string `yaml:"url"`
			Escape  bool   `yaml:"should_escape"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuth struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		Events struct {
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			Enabled    bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
		SocketMode bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// Both app manifests match what the code registers: every event handled
// is subscribed and nothing subscribed is ignored; the scopes are those
// the code needs; the command, the message shortcut, interactivity, the
// Home tab and the assistant view are on.
func TestManifestsMatchTheCode(t *testing.T) {
	for _, tt := range []struct {
		file   string
		socket bool
	}{
		{"../../deploy/slack-app-manifest.yaml", false},
		{"../../deploy/slack-app-manifest.socket-mode.yaml", true},
	} {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		var m manifest
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		sorted := func(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }
		if got, want := sorted(m.Settings.Events.BotEvents), sorted(Events); !slices.Equal(got, want) {
			t.Errorf("%s subscribes to %v; the code handles %v", tt.file, got, want)
		}
		for _, e := range m.Settings.Events.BotEvents {
			if !handled(strings.SplitN(e, ".", 2)[0]) {
				t.Errorf("%s: %s is subscribed but ignored", tt.file, e)
			}
		}
		if got, want := sorted(m.OAuth.Scopes.Bot), sorted(Scopes); !slices.Equal(got, want) {
			t.Errorf("%s asks for scopes %v; the code needs %v", tt.file, got, want)
		}
		if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != DefaultCommand || !m.Features.SlashCommands[0].Escape {
			t.Errorf("%s: slash commands %+v", tt.file, m.Features.SlashCommands)
		}
		if !m.Settings.Interactivity.Enabled || !m.Features.AppHome.HomeTab || m.Settings.SocketMode != tt.socket {
			t.Errorf("%s: interactivity %v, home tab %v, socket mode %v", tt.file, m.Settings.Interactivity.Enabled, m.Features.AppHome.HomeTab, m.Settings.SocketMode)
		}
		if m.Features.AssistantView.Description == "" {
			t.Errorf("%s: the assistant view is not enabled", tt.file)
		}
		if len(m.Features.Shortcuts) != 1 || m.Features.Shortcuts[0].Type != "message" || m.Features.Shortcuts[0].CallbackID != AskShortcut {
			t.Errorf("%s: shortcuts %+v, want the message shortcut %s", tt.file, m.Features.Shortcuts, AskShortcut)
		}
		urls := map[string]string{"/slack/events": m.Settings.Events.RequestURL, "/slack/interactions": m.Settings.Interactivity.RequestURL,
			"/slack/commands": m.Features.SlashCommands[0].URL}
		for path, url := range urls {
			if tt.socket && url != "" || !tt.socket && !strings.HasSuffix(url, path) {
				t.Errorf("%s: the URL for %s is %q", tt.file, path, url)
			}
		}
	}
}
