package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/prompts"
)

// cacheFormat versions the cached value's encoding: a change makes old
// entries misses, never errors.
const cacheFormat = 1

// cacheKey names an answer: the normalised question as searched and its
// follow-up context, the knowledge base's version, and how the answer is
// written (extractive, or which model with which prompts).
func (e *Engine) cacheKey(q Question, search, context string) string {
	return "answer:" + hashParts(e.Index().KB().Version, e.answerMode(q), NormalizeQuestion(search), NormalizeQuestion(context))
}

func hashParts(parts ...string) string {
	h := sha256.New()
	for _, part := range parts {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// cachedJSON returns the value cached under key, decoded; anything that
// does not decode is a miss.
func cachedJSON[T any](ctx context.Context, e *Engine, key string) (*T, bool) {
	if e.cache == nil {
		return nil, false
	}
	data, hit, err := e.cache.Get(ctx, key)
	if err != nil || !hit {
		return nil, false
	}
	var c struct {
		Format int `json:"format"`
		Value  *T  `json:"value"`
	}
	if json.Unmarshal(data, &c) != nil || c.Format != cacheFormat || c.Value == nil {
		return nil, false
	}
	return c.Value, true
}

func storeJSON[T any](ctx context.Context, e *Engine, key string, v *T) {
	if e.cache == nil {
		return
	}
	data, err := json.Marshal(struct {
		Format int `json:"format"`
		Value  *T  `json:"value"`
	}{cacheFormat, v})
	if err == nil {
		err = e.cache.Set(ctx, key, data, e.cacheTTL)
	}
	if err != nil {
		e.log.WarnContext(ctx, "cache", "key", key, "err", err)
	}
}

// answerMode says how answers are written, for the cache key.
func (e *Engine) answerMode(q Question) string {
	mode := ModeExtractive
	if e.useLLM(q) {
		mode = ModeLLM + "|" + e.llm.Model() + "|" + prompts.Version(prompts.Answer) + "|" + prompts.Version(prompts.FollowUp)
	}
	if e.vectors != nil {
		mode += "|hybrid|" + e.vectors.emb.EmbeddingModel()
	}
	return mode
}

// NormalizeQuestion folds case, spacing and trailing punctuation, so that
// "What about labour?" and "what about labour" are one question.
func NormalizeQuestion(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// cached returns the cached answer for key.
func (e *Engine) cached(ctx context.Context, key string) (*Answer, bool) {
	if e.cache == nil {
		return nil, false
	}
	a, ok := cachedJSON[Answer](ctx, e, key)
	if !ok || a.Text == "" {
		e.observe.Cache(false)
		return nil, false
	}
	e.observe.Cache(true)
	a.Cached = true
	return a, true
}
