package slack

import (
	"context"
	"encoding/json"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// runSocketMode connects over Socket Mode and feeds the same handlers as
// HTTP: each envelope is acknowledged first and handled after, deduped on
// its envelope_id and event_id. It reconnects until ctx ends.
func (b *Bot) runSocketMode(ctx context.Context) {
	client := socketmode.New(b.api)
	go func() {
		// RunContext returns only when ctx ends or the connection cannot be
		// made at all; it reconnects by itself otherwise.
		if err := client.RunContext(ctx); ctx.Err() == nil {
			b.log.ErrorContext(ctx, "Socket Mode stopped", "err", err, "hint", hint(err))
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case evt, ok := <-client.Events:
			if !ok {
				return
			}
			b.onSocketEvent(ctx, client, evt)
		}
	}
}

func (b *Bot) onSocketEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnected:
		b.log.InfoContext(ctx, "connected to Slack over Socket Mode")
	case socketmode.EventTypeEventsAPI:
		_ = client.Ack(*evt.Request)
		if err := b.handleEvent(ctx, evt.Request.Payload, evt.Request.EnvelopeID); err != nil {
			b.log.WarnContext(ctx, "Socket Mode event", "err", err)
		}
	case socketmode.EventTypeSlashCommand:
		var cmd slack.SlashCommand
		if json.Unmarshal(evt.Request.Payload, &cmd) != nil {
			_ = client.Ack(*evt.Request)
			return
		}
		if !b.first(ctx, "envelope:"+evt.Request.EnvelopeID, true) {
			_ = client.Ack(*evt.Request)
			return
		}
		_ = client.Ack(*evt.Request, b.handleCommand(ctx, cmd))
	case socketmode.EventTypeInteractive:
		_ = client.Ack(*evt.Request)
		if cb, ok := evt.Data.(slack.InteractionCallback); ok && b.first(ctx, "envelope:"+evt.Request.EnvelopeID, true) {
			b.handleInteraction(ctx, cb)
		}
	}
}
