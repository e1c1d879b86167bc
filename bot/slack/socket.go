package slack

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/dossier-bot/dossier/bot/queue"
)

// runSocketMode connects over Socket Mode and feeds the same handlers as
// HTTP: each envelope is acknowledged first and handled after, deduped on
// its envelope_id and on what stays the same when Slack sends it again
// with a new one: an event's event_id, a slash command's invocation
// (invocationDigest). It reconnects until ctx ends.
func (b *Bot) runSocketMode(ctx context.Context) {
	client := socketmode.New(b.api)
	b.workers.Go(func() {
		// RunContext returns only when ctx ends or the connection cannot be
		// made at all; it reconnects by itself otherwise.
		if err := client.RunContext(ctx); ctx.Err() == nil {
			b.log.ErrorContext(ctx, "Socket Mode stopped", "err", err, "hint", hint(err))
		}
	})
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

// invocationDigest identifies one invocation of a slash command received
// over Socket Mode, across Slack's deliveries of it: an envelope sent
// again (retry_attempt) may carry an envelope_id of its own, and its JSON
// need not be the same bytes, but what the command says, where, by whom,
// and its trigger_id and response_url, which Slack makes for each
// invocation, are the same.
func invocationDigest(cmd slack.SlashCommand) string {
	return fieldsDigest(cmd.TeamID, cmd.ChannelID, cmd.UserID, cmd.Command, cmd.Text, cmd.TriggerID, cmd.ResponseURL)
}

// interactionDigest identifies one interaction (a click, a shortcut)
// across Slack's deliveries of it, as invocationDigest does a command: who,
// where, the trigger_id Slack makes for each, and each action's id and
// time.
func interactionDigest(cb slack.InteractionCallback) string {
	fields := []string{string(cb.Type), cb.Team.ID, cb.User.ID, cb.Channel.ID, cb.CallbackID, cb.TriggerID, cb.ActionTs, cb.ResponseURL}
	for _, a := range cb.ActionCallback.BlockActions {
		fields = append(fields, a.ActionID, a.BlockID, a.Value, a.ActionTs)
	}
	return fieldsDigest(fields...)
}

// fieldsDigest hashes fields, each with its length, so that no two lists
// of fields hash alike by how they split.
func fieldsDigest(fields ...string) string {
	sum := sha256.New()
	for _, f := range fields {
		fmt.Fprintf(sum, "%d:%s;", len(f), f)
	}
	return "socket:" + hex.EncodeToString(sum.Sum(nil))
}

func (b *Bot) onSocketEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnected:
		b.log.InfoContext(ctx, "connected to Slack over Socket Mode")
	case socketmode.EventTypeEventsAPI:
		// queued, then acknowledged: an envelope that could not be queued
		// is not acknowledged, and Slack sends it again
		if err := b.handleEvent(ctx, evt.Request.Payload, evt.Request.EnvelopeID); err != nil && !errors.Is(err, errMalformed) {
			b.log.WarnContext(ctx, "Socket Mode event not queued; Slack will send it again", "err", err)
			return
		} else if err != nil {
			b.log.WarnContext(ctx, "Socket Mode event", "err", err)
		}
		_ = client.Ack(*evt.Request)
	case socketmode.EventTypeSlashCommand:
		var cmd slack.SlashCommand
		if json.Unmarshal(evt.Request.Payload, &cmd) != nil {
			_ = client.Ack(*evt.Request)
			return
		}
		if bad := commandIDs(cmd); len(bad) > 0 {
			b.ignore(ctx, IgnoredMalformedIDs, "command", bad...) // answered with a sorry, not done
		}
		reply, toQueue := b.handleCommand(cmd)
		if toQueue {
			j := queue.NewJob(queue.JobCommand, evt.Request.Payload)
			j.EnvelopeID = evt.Request.EnvelopeID
			j.Digest = invocationDigest(cmd) // sent again, it is answered once
			if b.push(ctx, j) != nil {
				reply = busy()
			}
		}
		_ = client.Ack(*evt.Request, reply)
	case socketmode.EventTypeInteractive:
		var cb slack.InteractionCallback
		if json.Unmarshal(evt.Request.Payload, &cb) != nil || !b.acceptInteraction(ctx, cb) {
			_ = client.Ack(*evt.Request) // acknowledged and ignored
			return
		}
		j := queue.NewJob(queue.JobInteraction, evt.Request.Payload)
		j.EnvelopeID = evt.Request.EnvelopeID
		j.Digest = interactionDigest(cb) // sent again, it is handled once
		if err := b.push(ctx, j); err != nil {
			b.log.WarnContext(ctx, "Socket Mode interaction not queued; Slack will send it again", "err", err)
			return
		}
		_ = client.Ack(*evt.Request)
	}
}
