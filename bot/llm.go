package bot

import (
	"context"
	"errors"
)

// An LLM writes text from a prompt. bot/openai implements it over any
// OpenAI-compatible API.
type LLM interface {
	Chat(ctx context.Context, req ChatRequest) (ChatResponse, error)
	// Model names the model, for answers and cache keys.
	Model() string
}

// A ChatRequest is one system and one user message.
type ChatRequest struct {
	System, User string
	MaxTokens    int
}

// A ChatResponse is the model's reply and what it cost.
type ChatResponse struct {
	Text  string
	Usage Usage
}

// Usage counts tokens.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// An Embedder turns texts into vectors, for hybrid retrieval.
type Embedder interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
	EmbeddingModel() string
}

// Expected LLM failures, for errors.Is; each maps to a note for users.
var (
	ErrLLMRefused    = errors.New("the language model declined to answer")
	ErrLLMUnreadable = errors.New("the language model returned something unreadable")
	ErrLLMRateLimit  = errors.New("the language model is rate-limiting requests")
	ErrLLMAuth       = errors.New("the language model rejected the API key")
	ErrLLMDown       = errors.New("the language model is failing")
)

// llmNote says in one line, fit for users, why the model's answer was not
// used.
func llmNote(err error) string {
	why := "the language model could not be reached"
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		why = "the language model did not answer in time"
	case errors.Is(err, ErrLLMRefused):
		why = "the language model declined to answer"
	case errors.Is(err, ErrLLMUnreadable):
		why = "the language model's reply could not be read"
	case errors.Is(err, ErrLLMRateLimit):
		why = "the language model is rate-limiting requests"
	case errors.Is(err, ErrLLMAuth):
		why = "the language model rejected the API key"
	case errors.Is(err, ErrLLMDown):
		why = "the language model is failing"
	case errors.Is(err, errUnverified):
		why = err.Error()
	}
	return "Quoted from the sources directly: " + why + "."
}

// errUnverified is a model answer that failed verification.
var errUnverified = errors.New("the model's answer did not check out against the sources")
