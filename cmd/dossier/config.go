package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/openai"
	"github.com/dossier-bot/dossier/bot/redis"
)

// A setting is one configuration value: read from its environment
// variable, overridden by its flag where a command has one. This table is
// the one place that defines them all; README's configuration section
// lists the same.
type setting struct {
	env, def, help string
	secret         bool
}

var settings = []setting{
	{env: "DOSSIER_KNOWLEDGE", help: "knowledge base directory (default: the embedded one)"},
	{env: "REDIS_URL", help: "Redis URL, redis:// or rediss://, with password and DB; unset: state is kept in process", secret: true},
	{env: "REDIS_ADDRS", help: "comma-separated Redis Cluster nodes, or Sentinels with REDIS_MASTER_NAME"},
	{env: "REDIS_MASTER_NAME", help: "the Sentinel master's name"},
	{env: "REDIS_USERNAME", help: "Redis user, with REDIS_ADDRS"},
	{env: "REDIS_PASSWORD", help: "Redis password, with REDIS_ADDRS", secret: true},
	{env: "DOSSIER_REDIS_PREFIX", def: redis.DefaultPrefix, help: "prefix of every Redis key"},
	{env: "DOSSIER_REDIS_TIMEOUT", def: "250ms", help: "timeout of each Redis call"},
	{env: "DOSSIER_CACHE_TTL", def: "24h", help: "how long answers are cached"},
	{env: "DOSSIER_THREAD_TTL", def: "168h", help: "how long a thread's memory lasts after its last turn"},
	{env: "OPENAI_API_KEY", help: "API key of the language model; unset (and no OPENAI_BASE_URL): extractive answers", secret: true},
	{env: "OPENAI_BASE_URL", help: "any OpenAI-compatible server (Ollama, vLLM, LM Studio, a proxy), or the Azure endpoint"},
	{env: "OPENAI_MODEL", def: openai.DefaultModel, help: "chat model"},
	{env: "OPENAI_API_TYPE", def: "openai", help: "openai or azure"},
	{env: "OPENAI_API_VERSION", help: "Azure OpenAI API version (default 2024-06-01)"},
	{env: "OPENAI_DEPLOYMENT", help: "Azure OpenAI deployment name (default: the model's name)"},
	{env: "OPENAI_EMBEDDING_MODEL", help: "embedding model: set it for hybrid retrieval (BM25 fused with embeddings)"},
	{env: "OPENAI_TIMEOUT", def: "30s", help: "timeout of each attempt of a model call (3 attempts at most)"},
	{env: "OPENAI_STREAM", def: "false", help: "read model replies as server-sent events"},
	{env: "OPENAI_CONTEXT_TOKENS", def: "8192", help: "the model's context window; passages are cut to fit it"},
	{env: "DOSSIER_ANSWER_TIMEOUT", def: "45s", help: "the most one answer waits for the model, retries included"},
}

// config is the effective configuration.
type config struct {
	Knowledge    string
	Redis        redis.Config
	CacheTTL     time.Duration
	StoreOptions bot.StoreOptions
	OpenAI       openai.Config
	LLM          bot.LLMOptions
}

// loadConfig reads every setting, reporting all problems at once.
func loadConfig(getenv func(string) string) (config, error) {
	get := func(env string) string {
		if v := strings.TrimSpace(getenv(env)); v != "" {
			return v
		}
		for _, s := range settings {
			if s.env == env {
				return s.def
			}
		}
		return ""
	}
	var errs []error
	dur := func(env string) time.Duration {
		d, err := time.ParseDuration(get(env))
		if err != nil || d <= 0 {
			errs = append(errs, fmt.Errorf("%s=%q is not a positive duration (like 30s, 24h)", env, get(env)))
		}
		return d
	}
	boolean := func(env string) bool {
		b, err := strconv.ParseBool(get(env))
		if err != nil {
			errs = append(errs, fmt.Errorf("%s=%q is not true or false", env, get(env)))
		}
		return b
	}
	number := func(env string) int {
		n, err := strconv.Atoi(get(env))
		if err != nil || n <= 0 {
			errs = append(errs, fmt.Errorf("%s=%q is not a positive whole number", env, get(env)))
		}
		return n
	}
	c := config{
		Knowledge: get("DOSSIER_KNOWLEDGE"),
		Redis: redis.Config{
			URL: get("REDIS_URL"), Addrs: redis.ParseAddrs(get("REDIS_ADDRS")), MasterName: get("REDIS_MASTER_NAME"),
			Username: get("REDIS_USERNAME"), Password: get("REDIS_PASSWORD"), Prefix: get("DOSSIER_REDIS_PREFIX"),
			Timeout: dur("DOSSIER_REDIS_TIMEOUT"),
		},
		CacheTTL:     dur("DOSSIER_CACHE_TTL"),
		StoreOptions: bot.StoreOptions{ThreadTTL: dur("DOSSIER_THREAD_TTL")},
	}
	c.OpenAI = openai.Config{
		APIKey: get("OPENAI_API_KEY"), BaseURL: get("OPENAI_BASE_URL"), Model: get("OPENAI_MODEL"),
		APIType: get("OPENAI_API_TYPE"), APIVersion: get("OPENAI_API_VERSION"), Deployment: get("OPENAI_DEPLOYMENT"),
		EmbeddingModel: get("OPENAI_EMBEDDING_MODEL"), Timeout: dur("OPENAI_TIMEOUT"), Stream: boolean("OPENAI_STREAM"),
	}
	c.LLM = bot.LLMOptions{Timeout: dur("DOSSIER_ANSWER_TIMEOUT"), ContextTokens: number("OPENAI_CONTEXT_TOKENS")}
	if c.OpenAI.Enabled() {
		if err := c.OpenAI.Check(); err != nil {
			errs = append(errs, err)
		}
	}
	if c.Redis.Enabled() {
		if _, err := c.Redis.Options(); err != nil {
			errs = append(errs, err)
		}
	}
	if c.Redis.MasterName != "" && len(c.Redis.Addrs) == 0 {
		errs = append(errs, errors.New("REDIS_MASTER_NAME needs REDIS_ADDRS (the Sentinels)"))
	}
	return c, errors.Join(errs...)
}

// writeSettings lists the settings for --help.
func writeSettings(w io.Writer) {
	for _, s := range settings {
		def := ""
		if s.def != "" {
			def = " (default " + s.def + ")"
		}
		fmt.Fprintf(w, "  %-22s %s%s\n", s.env, s.help, def)
	}
}

// knowledgeFlag adds --knowledge to a command.
func knowledgeFlag(fl *flag.FlagSet) *string {
	return fl.String("knowledge", "", "knowledge base `DIR` (default $DOSSIER_KNOWLEDGE, else the embedded one)")
}
