package bot

import (
	"context"
	"strings"
	"time"
)

// A Stage is a step of answering that a live status can show.
type Stage int

// The stages, in order.
const (
	StageSearching Stage = iota // searching the passages
	StageWriting                // the model is writing
	StageChecking               // checking the model's citations
)

// Progress hears how an answer is coming along, for a live status line and
// a draft streamed as the model writes it. Both are called from the
// goroutine that runs Ask and must not block for long.
type Progress interface {
	// Stage reports a step; passages is the number searched (with
	// StageSearching).
	Stage(s Stage, passages int)
	// Draft is the next piece of the model's answer as it is written, before
	// any check: the final Answer may differ.
	Draft(text string)
}

// A StreamingLLM is an LLM that can hand over its reply as it is written.
type StreamingLLM interface {
	LLM
	// ChatStream is Chat, calling onText with each piece of the reply.
	ChatStream(ctx context.Context, req ChatRequest, onText func(string)) (ChatResponse, error)
}

type progressKey struct{}

// WithProgress returns a context whose answer reports to p.
func WithProgress(ctx context.Context, p Progress) context.Context {
	return context.WithValue(ctx, progressKey{}, p)
}

func progressOf(ctx context.Context) Progress {
	if p, ok := ctx.Value(progressKey{}).(Progress); ok && p != nil {
		return p
	}
	return nil
}

func stage(ctx context.Context, s Stage, passages int) {
	if p := progressOf(ctx); p != nil {
		p.Stage(s, passages)
	}
}

// draftFilter passes the model's reply on to a Progress, except a
// "not covered" reply, which is held back: it is an instruction to the
// bot, not text for people.
type draftFilter struct {
	p       Progress
	held    strings.Builder
	passing bool
	blocked bool
}

func (f *draftFilter) text(s string) {
	if f.blocked {
		return
	}
	if f.passing {
		f.p.Draft(s)
		return
	}
	f.held.WriteString(s)
	h := strings.TrimLeft(f.held.String(), " \n\t")
	switch {
	case strings.HasPrefix(notCoveredReply, h):
		return // still possibly the not-covered reply: wait
	case strings.HasPrefix(h, notCoveredReply):
		f.blocked = true // the not-covered reply: never shown
		return
	}
	f.passing = true
	f.p.Draft(h)
}

// chatDraft calls the model for an answer, streaming its draft to the
// context's Progress when there is one and the model can stream.
func (e *Engine) chatDraft(ctx context.Context, req ChatRequest) (ChatResponse, error) {
	stage(ctx, StageWriting, 0)
	p := progressOf(ctx)
	sl, ok := e.llm.(StreamingLLM)
	if p == nil || !ok {
		return e.chat(ctx, req)
	}
	start := time.Now()
	f := &draftFilter{p: p}
	resp, err := sl.ChatStream(ctx, req, f.text)
	e.observe.LLM(time.Since(start), resp.Usage, err)
	return resp, err
}
