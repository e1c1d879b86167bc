// Package openai is Dossier's language model: bot.LLM and bot.Embedder
// over go-openai, for OpenAI, Azure OpenAI and any OpenAI-compatible
// server (Ollama, vLLM, LM Studio, a proxy). Calls have a timeout each and
// are retried with exponential backoff and jitter on 429, 5xx and network
// errors, honouring Retry-After, at most three attempts.
package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/dossier-bot/dossier/bot"
)

// Config says which model to use and how to reach it.
type Config struct {
	APIKey         string        // OPENAI_API_KEY
	BaseURL        string        // OPENAI_BASE_URL (default OpenAI's; required for Azure)
	Model          string        // OPENAI_MODEL (default gpt-4o-mini)
	APIType        string        // OPENAI_API_TYPE: "openai" (default) or "azure"
	APIVersion     string        // OPENAI_API_VERSION, for Azure (default 2024-06-01)
	Deployment     string        // OPENAI_DEPLOYMENT, Azure's deployment name (default: the model's)
	EmbeddingModel string        // OPENAI_EMBEDDING_MODEL: set for hybrid retrieval
	Timeout        time.Duration // OPENAI_TIMEOUT, per attempt (default 30s)
	Stream         bool          // OPENAI_STREAM: read replies as server-sent events
	// MaxAttempts is the most attempts a call makes (default 3).
	MaxAttempts int
}

// Enabled reports whether a model is configured.
func (c Config) Enabled() bool { return c.APIKey != "" || c.BaseURL != "" }

// Defaults.
const (
	DefaultModel       = "gpt-4o-mini" // OPENAI_MODEL
	DefaultAPIType     = "openai"      // OPENAI_API_TYPE
	DefaultAPIVersion  = "2024-06-01"  // OPENAI_API_VERSION, for Azure
	DefaultTimeout     = 30 * time.Second
	DefaultMaxAttempts = 3
)

// Check returns every problem of the configuration, one sentence each.
func (c Config) Check() error {
	var errs []error
	switch strings.ToLower(c.APIType) {
	case "", DefaultAPIType:
		if c.APIKey == "" && c.BaseURL == "" {
			errs = append(errs, errors.New("OPENAI_API_KEY is not set (or set OPENAI_BASE_URL for a server that needs no key)"))
		}
	case "azure":
		if c.APIKey == "" || c.BaseURL == "" {
			errs = append(errs, errors.New("OPENAI_API_TYPE=azure needs OPENAI_API_KEY and OPENAI_BASE_URL (https://NAME.openai.azure.com)"))
		}
	default:
		errs = append(errs, fmt.Errorf("OPENAI_API_TYPE=%q: use openai or azure", c.APIType))
	}
	if c.BaseURL != "" {
		if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("OPENAI_BASE_URL=%q is not an http(s) URL", c.BaseURL))
		}
	}
	return errors.Join(errs...)
}

// Client is a bot.LLM and bot.Embedder.
type Client struct {
	c     *goopenai.Client
	model string
	embed string
	// stream reads chat replies as server-sent events.
	stream bool
}

var (
	_ bot.LLM      = (*Client)(nil)
	_ bot.Embedder = (*Client)(nil)
)

// New returns a client for the configuration, after checking it.
func New(c Config) (*Client, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	if c.Model == "" {
		c.Model = DefaultModel
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	var cfg goopenai.ClientConfig
	if strings.EqualFold(c.APIType, "azure") {
		cfg = goopenai.DefaultAzureConfig(c.APIKey, c.BaseURL)
		if c.APIVersion != "" {
			cfg.APIVersion = c.APIVersion
		} else {
			cfg.APIVersion = DefaultAPIVersion
		}
		if c.Deployment != "" {
			cfg.AzureModelMapperFunc = func(model string) string {
				if model == c.Model {
					return c.Deployment
				}
				return model
			}
		}
	} else {
		cfg = goopenai.DefaultConfig(c.APIKey)
		if c.BaseURL != "" {
			cfg.BaseURL = strings.TrimRight(c.BaseURL, "/")
		}
	}
	cfg.HTTPClient = &http.Client{Transport: &retrying{
		base: http.DefaultTransport, attempts: c.MaxAttempts, timeout: c.Timeout,
		baseDelay: 500 * time.Millisecond, maxDelay: 20 * time.Second,
	}}
	return &Client{c: goopenai.NewClientWithConfig(cfg), model: c.Model, embed: c.EmbeddingModel, stream: c.Stream}, nil
}

// Model implements bot.LLM.
func (c *Client) Model() string { return c.model }

// EmbeddingModel implements bot.Embedder.
func (c *Client) EmbeddingModel() string { return c.embed }

var _ bot.StreamingLLM = (*Client)(nil)

// Chat implements bot.LLM.
func (c *Client) Chat(ctx context.Context, req bot.ChatRequest) (bot.ChatResponse, error) {
	r := c.request(req)
	if c.stream {
		return c.chatStream(ctx, r, nil)
	}
	resp, err := c.c.CreateChatCompletion(ctx, r)
	if err != nil {
		return bot.ChatResponse{}, classify(err)
	}
	if len(resp.Choices) == 0 {
		return bot.ChatResponse{}, fmt.Errorf("%w: no choices", bot.ErrLLMUnreadable)
	}
	ch := resp.Choices[0]
	if ch.Message.Refusal != "" || ch.FinishReason == goopenai.FinishReasonContentFilter {
		return bot.ChatResponse{}, bot.ErrLLMRefused
	}
	return bot.ChatResponse{Text: ch.Message.Content, Usage: bot.Usage{
		PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens,
	}}, nil
}

// ChatStream implements bot.StreamingLLM: the reply is read as
// server-sent events, each piece handed to onText as it arrives.
func (c *Client) ChatStream(ctx context.Context, req bot.ChatRequest, onText func(string)) (bot.ChatResponse, error) {
	return c.chatStream(ctx, c.request(req), onText)
}

func (c *Client) request(req bot.ChatRequest) goopenai.ChatCompletionRequest {
	return goopenai.ChatCompletionRequest{
		Model: c.model,
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: req.System},
			{Role: goopenai.ChatMessageRoleUser, Content: req.User},
		},
		//lint:ignore SA1019 max_tokens is what OpenAI-compatible servers (Ollama, vLLM) understand
		MaxTokens:   req.MaxTokens,
		Temperature: 0.1,
	}
}

func (c *Client) chatStream(ctx context.Context, r goopenai.ChatCompletionRequest, onText func(string)) (bot.ChatResponse, error) {
	r.Stream = true
	r.StreamOptions = &goopenai.StreamOptions{IncludeUsage: true}
	st, err := c.c.CreateChatCompletionStream(ctx, r)
	if err != nil {
		return bot.ChatResponse{}, classify(err)
	}
	defer st.Close()
	var out bot.ChatResponse
	var text strings.Builder
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return bot.ChatResponse{}, classify(err)
		}
		if chunk.Usage != nil {
			out.Usage = bot.Usage{PromptTokens: chunk.Usage.PromptTokens, CompletionTokens: chunk.Usage.CompletionTokens}
		}
		for _, ch := range chunk.Choices {
			if ch.Delta.Refusal != "" || ch.FinishReason == goopenai.FinishReasonContentFilter {
				return bot.ChatResponse{}, bot.ErrLLMRefused
			}
			text.WriteString(ch.Delta.Content)
			if onText != nil && ch.Delta.Content != "" {
				onText(ch.Delta.Content)
			}
		}
	}
	out.Text = text.String()
	return out, nil
}

// Embed implements bot.Embedder.
func (c *Client) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if c.embed == "" {
		return nil, errors.New("no embedding model configured (OPENAI_EMBEDDING_MODEL)")
	}
	resp, err := c.c.CreateEmbeddings(ctx, goopenai.EmbeddingRequestStrings{Input: texts, Model: goopenai.EmbeddingModel(c.embed)})
	if err != nil {
		return nil, classify(err)
	}
	if len(resp.Data) != len(texts) {
		return nil, fmt.Errorf("%w: %d embeddings for %d texts", bot.ErrLLMUnreadable, len(resp.Data), len(texts))
	}
	out := make([][]float32, len(texts))
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(out) {
			return nil, fmt.Errorf("%w: embedding index %d", bot.ErrLLMUnreadable, d.Index)
		}
		out[d.Index] = d.Embedding
	}
	return out, nil
}

// classify maps go-openai's errors to the bot's.
func classify(err error) error {
	var apiErr *goopenai.APIError
	var reqErr *goopenai.RequestError
	status := 0
	switch {
	case errors.As(err, &apiErr):
		status = apiErr.HTTPStatusCode
	case errors.As(err, &reqErr):
		status = reqErr.HTTPStatusCode
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return err
	case status == http.StatusTooManyRequests:
		return fmt.Errorf("%w: %v", bot.ErrLLMRateLimit, err)
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return fmt.Errorf("%w: %v", bot.ErrLLMAuth, err)
	case status >= 500:
		return fmt.Errorf("%w: %v", bot.ErrLLMDown, err)
	case status == 0 && (isDecodeError(err) || errors.Is(err, io.ErrUnexpectedEOF)):
		return fmt.Errorf("%w: %v", bot.ErrLLMUnreadable, err)
	}
	return err
}

// isDecodeError reports a reply that is not the JSON it should be, by
// encoding/json's error types (go-openai decodes with encoding/json and
// returns its errors as they are).
func isDecodeError(err error) bool {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	return errors.As(err, &syntax) || errors.As(err, &typ)
}
