package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dossier-bot/dossier/bot"
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
}

// config is the effective configuration.
type config struct {
	Knowledge    string
	Redis        redis.Config
	CacheTTL     time.Duration
	StoreOptions bot.StoreOptions
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
