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

type cachedAnswer struct {
	Format int     `json:"format"`
	Answer *Answer `json:"answer"`
}

// cacheKey names an answer: the normalised question as searched and its
// follow-up context, the knowledge base's version, and how the answer is
// written (extractive, or which model with which prompts).
func (e *Engine) cacheKey(q Question, search, context string) string {
	h := sha256.New()
	for _, part := range []string{
		"answer", e.index.KB().Version, e.answerMode(q), NormalizeQuestion(search), NormalizeQuestion(context),
	} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return "answer:" + hex.EncodeToString(h.Sum(nil))[:32]
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

// cached returns the cached answer for key. Anything that does not decode
// is a miss (and is overwritten when the answer is stored).
func (e *Engine) cached(ctx context.Context, key string) (*Answer, bool) {
	if e.cache == nil {
		return nil, false
	}
	data, hit, err := e.cache.Get(ctx, key)
	if err != nil || !hit {
		return nil, false
	}
	var c cachedAnswer
	if json.Unmarshal(data, &c) != nil || c.Format != cacheFormat || c.Answer == nil || c.Answer.Text == "" {
		e.log.Debug("cached answer does not decode; treating as a miss", "key", key)
		return nil, false
	}
	c.Answer.Cached = true
	return c.Answer, true
}

func (e *Engine) store(ctx context.Context, key string, a *Answer) {
	if e.cache == nil {
		return
	}
	data, err := json.Marshal(cachedAnswer{Format: cacheFormat, Answer: a})
	if err == nil {
		err = e.cache.Set(ctx, key, data, e.cacheTTL)
	}
	if err != nil {
		e.log.Warn("cache answer", "err", err)
	}
}
