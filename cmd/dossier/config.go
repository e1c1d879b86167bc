package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/bot"
	"github.com/dossier-bot/dossier/bot/digest"
	"github.com/dossier-bot/dossier/bot/openai"
	"github.com/dossier-bot/dossier/bot/redis"
	"github.com/dossier-bot/dossier/bot/slack"
)

// A setting is one configuration value: read from its environment
// variable, overridden by its flag (the variable's name in lower case,
// without DOSSIER_, with dashes: DOSSIER_CACHE_TTL is --cache-ttl). This
// table is the one place that defines them all; README's configuration
// section lists the same.
type setting struct {
	env, def, help string
	secret         bool
}

// flagName is the setting's flag.
func (s setting) flagName() string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(s.env, "DOSSIER_"), "_", "-"))
}

// settingFlags adds a flag for each named setting (every setting when
// none is named) and returns the environment as the command sees it: a
// flag given on the command line overrides its variable.
func settingFlags(fl *flag.FlagSet, getenv func(string) string, names ...string) func(string) string {
	given := map[string]*string{}
	for _, s := range settings {
		if len(names) > 0 && !slices.Contains(names, s.env) {
			continue
		}
		help := s.help + " [$" + s.env + "]"
		if s.def != "" {
			help += " (default " + s.def + ")"
		}
		given[s.env] = fl.String(s.flagName(), "", help)
	}
	return func(env string) string {
		if v, ok := given[env]; ok && *v != "" {
			return *v
		}
		return getenv(env)
	}
}

var settings = []setting{
	{env: "DOSSIER_KNOWLEDGE", help: "knowledge base directory (default: the embedded one)"},
	{env: "REDIS_URL", help: "Redis URL, redis:// or rediss://, with password and DB; unset: state is kept in process", secret: true},
	{env: "REDIS_ADDRS", help: "comma-separated Redis Cluster nodes, or Sentinels with REDIS_MASTER_NAME"},
	{env: "REDIS_MASTER_NAME", help: "the Sentinel master's name"},
	{env: "REDIS_USERNAME", help: "Redis user, with REDIS_ADDRS"},
	{env: "REDIS_PASSWORD", help: "Redis password, with REDIS_ADDRS", secret: true},
	{env: "DOSSIER_REDIS_PREFIX", def: redis.DefaultPrefix, help: "prefix of every Redis key"},
	{env: "DOSSIER_REDIS_TIMEOUT", def: durationText(redis.DefaultTimeout), help: "timeout of each Redis call"},
	{env: "DOSSIER_CACHE_TTL", def: durationText(bot.DefaultCacheTTL), help: "how long answers are cached"},
	{env: "DOSSIER_THREAD_TTL", def: durationText(bot.DefaultThreadTTL), help: "how long a thread's memory lasts after its last turn"},
	{env: "OPENAI_API_KEY", help: "API key of the language model; unset (and no OPENAI_BASE_URL): extractive answers", secret: true},
	{env: "OPENAI_BASE_URL", help: "any OpenAI-compatible server (Ollama, vLLM, LM Studio, a proxy), or the Azure endpoint"},
	{env: "OPENAI_MODEL", def: openai.DefaultModel, help: "chat model"},
	{env: "OPENAI_API_TYPE", def: openai.DefaultAPIType, help: "openai or azure"},
	{env: "OPENAI_API_VERSION", def: openai.DefaultAPIVersion, help: "Azure OpenAI API version"},
	{env: "OPENAI_DEPLOYMENT", help: "Azure OpenAI deployment name (default: the model's name)"},
	{env: "OPENAI_EMBEDDING_MODEL", help: "embedding model: set it for hybrid retrieval (BM25 fused with embeddings)"},
	{env: "OPENAI_TIMEOUT", def: durationText(openai.DefaultTimeout), help: fmt.Sprintf("timeout of each attempt of a model call (%d attempts at most)", openai.DefaultMaxAttempts)},
	{env: "OPENAI_STREAM", def: "false", help: "read model replies as server-sent events"},
	{env: "OPENAI_CONTEXT_TOKENS", def: strconv.Itoa(bot.DefaultContextTokens), help: "the model's context window; passages are cut to fit it"},
	{env: "DOSSIER_ANSWER_TIMEOUT", def: durationText(bot.DefaultAnswerTimeout), help: "the most one answer waits for the model, retries included"},
	{env: "SLACK_BOT_TOKEN", help: "the bot token (xoxb-…)", secret: true},
	{env: "SLACK_SIGNING_SECRET", help: "signs Slack's HTTP requests (Events API, commands, interactions)", secret: true},
	{env: "SLACK_APP_TOKEN", help: "app-level token (xapp-…): connect over Socket Mode, no public URL needed", secret: true},
	{env: "SLACK_API_URL", def: slack.DefaultAPIURL, help: "Slack's Web API base URL (GovSlack, tests)"},
	{env: "DOSSIER_ADDR", def: defaultAddr, help: "HTTP listen address of dossier serve"},
	{env: "DOSSIER_SLASH_COMMAND", def: slack.DefaultCommand, help: "the slash command's name"},
	{env: "DOSSIER_ALLOWED_TEAMS", help: "comma-separated workspace (team) IDs the bot answers in; empty: all"},
	{env: "DOSSIER_ALLOWED_CHANNELS", help: "comma-separated channel IDs the bot answers in; empty: all (DMs always)"},
	{env: "DOSSIER_ALLOW_BOTS", def: "false", help: "answer other bots' messages (never its own)"},
	{env: "DOSSIER_WORKERS", def: strconv.Itoa(slack.DefaultWorkers), help: "answers worked on at once"},
	{env: "DOSSIER_QUEUE", def: strconv.Itoa(slack.DefaultQueue), help: "requests waiting or in work at most (in Redis, for every replica); more are refused with 503 so that Slack retries them"},
	{env: "DOSSIER_DELIVERY_DEADLINE", def: durationText(slack.DefaultDeliveryDeadline), help: "how long after a request its reply is still retried while Slack fails (5xx, 429, network)"},
	{env: "DOSSIER_VISIBILITY_TIMEOUT", def: durationText(redis.DefaultVisibility), help: "with Redis, a job its worker has not touched this long (its replica died) is taken by another replica"},
	{env: "DOSSIER_USER_RATE", def: strconv.Itoa(slack.DefaultUserPerMinute), help: "questions per user per minute"},
	{env: "DOSSIER_CHANNEL_RATE", def: strconv.Itoa(slack.DefaultChanPerMinute), help: "questions per channel per minute"},
	{env: "DIGEST_CHANNEL", help: "channel ID the daily digest is posted to; empty: no digest"},
	{env: "DIGEST_SCHEDULE", def: digest.DefaultSchedule, help: "when the digest is posted: cron (minute hour day month weekday)"},
	{env: "DIGEST_TZ", def: digest.DefaultTZ, help: "the digest schedule's time zone (IANA name)"},
	{env: "DIGEST_GRACE", def: durationText(digest.DefaultGrace), help: "a slot missed while every replica was down is posted at start if this recent"},
	{env: "DIGEST_POST_EMPTY", def: "false", help: "post a one-line \"nothing new\" when the digest is empty"},
	{env: "DOSSIER_RELOAD_INTERVAL", def: durationText(defaultReloadInterval), help: "how often to check the knowledge base directory for changes (0: only on SIGHUP)"},
	{env: "DOSSIER_GRACE", def: durationText(defaultGrace), help: "on SIGTERM, how long answers in flight may take to finish"},
	{env: "DOSSIER_REQUIRE_REDIS", def: "false", help: "not ready (/readyz) while Redis does not answer"},
	{env: "DOSSIER_LOG_FORMAT", def: defaultLogFormat, help: "log format of dossier serve: text, json, or auto (text on a terminal, else JSON)"},
	{env: "DOSSIER_LOG_LEVEL", def: defaultLogLevel, help: "debug, info, warn or error"},
}

// Defaults of the command's own settings; the other defaults are the
// packages' own (redis.DefaultTimeout, slack.DefaultWorkers, …).
const (
	defaultAddr           = ":3000"
	defaultGrace          = 20 * time.Second
	defaultReloadInterval = time.Duration(0)
	defaultLogFormat      = "auto"
	defaultLogLevel       = "info"
)

// durationsAsText logs a duration as text ("20s"), not as nanoseconds.
func durationsAsText(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindDuration {
		a.Value = slog.StringValue(durationText(a.Value.Duration()))
	}
	return a
}

// durationText writes a duration as people do: 24h, 2h30m, 45s, 250ms.
func durationText(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// config is the effective configuration.
type config struct {
	Knowledge    string
	Redis        redis.Config
	CacheTTL     time.Duration
	StoreOptions bot.StoreOptions
	OpenAI       openai.Config
	LLM          bot.LLMOptions
	Slack        slack.Config
	Digest       digest.Config
	Addr         string
	Grace        time.Duration
	Visibility   time.Duration // the Redis queue's visibility timeout
	ReloadEvery  time.Duration
	RequireRedis bool
	LogFormat    string
	LogLevel     slog.Level
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
			URL: get("REDIS_URL"), Addrs: list(get("REDIS_ADDRS")), MasterName: get("REDIS_MASTER_NAME"),
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
	c.Slack = slack.Config{
		BotToken: get("SLACK_BOT_TOKEN"), SigningSecret: get("SLACK_SIGNING_SECRET"), AppToken: get("SLACK_APP_TOKEN"),
		APIURL: get("SLACK_API_URL"), Command: get("DOSSIER_SLASH_COMMAND"),
		AllowTeams: list(get("DOSSIER_ALLOWED_TEAMS")), AllowChannels: list(get("DOSSIER_ALLOWED_CHANNELS")),
		AllowBots: boolean("DOSSIER_ALLOW_BOTS"), Workers: number("DOSSIER_WORKERS"),
		Queue: number("DOSSIER_QUEUE"), DeliveryDeadline: dur("DOSSIER_DELIVERY_DEADLINE"),
		UserPerMinute: number("DOSSIER_USER_RATE"), ChanPerMinute: number("DOSSIER_CHANNEL_RATE"),
	}
	c.Digest = digest.Config{Channel: get("DIGEST_CHANNEL"), Schedule: get("DIGEST_SCHEDULE"), TZ: get("DIGEST_TZ"),
		Grace: dur("DIGEST_GRACE"), PostEmpty: boolean("DIGEST_POST_EMPTY")}
	if _, _, err := c.Digest.Parse(); err != nil {
		errs = append(errs, err)
	}
	c.Addr, c.Grace, c.RequireRedis = get("DOSSIER_ADDR"), dur("DOSSIER_GRACE"), boolean("DOSSIER_REQUIRE_REDIS")
	c.Visibility = dur("DOSSIER_VISIBILITY_TIMEOUT")
	var err error
	if c.ReloadEvery, err = time.ParseDuration(get("DOSSIER_RELOAD_INTERVAL")); err != nil || c.ReloadEvery < 0 {
		errs = append(errs, fmt.Errorf("DOSSIER_RELOAD_INTERVAL=%q is not a duration (like 30s; 0 turns the watch off)", get("DOSSIER_RELOAD_INTERVAL")))
	}
	c.LogFormat = get("DOSSIER_LOG_FORMAT")
	if !slices.Contains([]string{"auto", "text", "json"}, c.LogFormat) {
		errs = append(errs, fmt.Errorf("DOSSIER_LOG_FORMAT=%q: use auto, text or json", c.LogFormat))
	}
	if err := c.LogLevel.UnmarshalText([]byte(get("DOSSIER_LOG_LEVEL"))); err != nil {
		errs = append(errs, fmt.Errorf("DOSSIER_LOG_LEVEL=%q: use debug, info, warn or error", get("DOSSIER_LOG_LEVEL")))
	}
	if c.RequireRedis && !c.Redis.Enabled() {
		errs = append(errs, errors.New("DOSSIER_REQUIRE_REDIS is set but no Redis is configured (REDIS_URL or REDIS_ADDRS)"))
	}
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
	if err := errors.Join(errs...); err != nil {
		return c, errors.New(bot.RedactURLs(err.Error())) // a malformed URL's password stays out of the message
	}
	return c, nil
}

// list splits a comma-separated setting ("a, b,c").
func list(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
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

// writeConfig prints the effective configuration, every secret redacted,
// passwords in URLs included.
func writeConfig(w io.Writer, getenv func(string) string) {
	for _, s := range settings {
		v, origin := strings.TrimSpace(getenv(s.env)), ""
		switch {
		case v == "" && s.def != "":
			v, origin = s.def, " (default)"
		case v == "":
			v = "(unset)"
		case s.secret:
			v = "•••••• (set, redacted)"
		default:
			v = bot.RedactURLs(v) // a password written in a URL
		}
		fmt.Fprintf(w, "%s=%s%s\n", s.env, v, origin)
	}
}
