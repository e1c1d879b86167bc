// Package metrics counts what Dossier does, for Prometheus: questions by
// outcome, each stage's latency, cache and dedupe hits, Slack API errors,
// the model's tokens and the digest's runs. It observes the engine, the
// Slack bot and the digest scheduler.
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dossier-bot/dossier/bot"
)

// Metrics holds the collectors, in a registry of their own.
type Metrics struct {
	reg         *prometheus.Registry
	questions   *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	cache       *prometheus.CounterVec
	dedupe      *prometheus.CounterVec
	slackErrors *prometheus.CounterVec
	tokens      *prometheus.CounterVec
	digests     *prometheus.CounterVec
}

var _ bot.Observer = (*Metrics)(nil)

// New returns the metrics, with Go's and the process's collectors.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dossier_questions_total",
			Help: "Questions handled, by outcome: answered, not_covered, refused, failed."}, []string{"outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dossier_latency_seconds",
			Help:    "Latency by stage: retrieval, llm, slack_call, end_to_end.",
			Buckets: []float64{.0005, .001, .005, .01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}}, []string{"stage"}),
		cache: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dossier_cache_requests_total",
			Help: "Answer cache lookups, by result: hit, miss."}, []string{"result"}),
		dedupe: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dossier_dedupe_total",
			Help: "Slack deliveries checked for duplicates, by result: first, duplicate."}, []string{"result"}),
		slackErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dossier_slack_api_errors_total",
			Help: "Slack Web API calls that failed, by method and error code."}, []string{"method", "code"}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dossier_llm_tokens_total",
			Help: "Language model tokens, by kind: prompt, completion."}, []string{"kind"}),
		digests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dossier_digest_runs_total",
			Help: "Digest slots, by result: posted, skipped, failed."}, []string{"result"}),
	}
	m.reg.MustRegister(m.questions, m.latency, m.cache, m.dedupe, m.slackErrors, m.tokens, m.digests,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics (GET /metrics).
func (m *Metrics) Handler() http.Handler { return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}) }

// Retrieval implements bot.Observer.
func (m *Metrics) Retrieval(d time.Duration) {
	m.latency.WithLabelValues("retrieval").Observe(d.Seconds())
}

// LLM implements bot.Observer.
func (m *Metrics) LLM(d time.Duration, u bot.Usage, _ error) {
	m.latency.WithLabelValues("llm").Observe(d.Seconds())
	m.tokens.WithLabelValues("prompt").Add(float64(u.PromptTokens))
	m.tokens.WithLabelValues("completion").Add(float64(u.CompletionTokens))
}

// Cache implements bot.Observer.
func (m *Metrics) Cache(hit bool) { m.cache.WithLabelValues(pick(hit, "hit", "miss")).Inc() }

// SlackCall implements slack.Observer: errCode is Slack's error code of a
// failed call, "" for a call that succeeded.
func (m *Metrics) SlackCall(method string, d time.Duration, errCode string) {
	m.latency.WithLabelValues("slack_call").Observe(d.Seconds())
	if errCode != "" {
		m.slackErrors.WithLabelValues(method, errCode).Inc()
	}
}

// Question implements slack.Observer.
func (m *Metrics) Question(outcome string, d time.Duration) {
	m.questions.WithLabelValues(outcome).Inc()
	if d > 0 {
		m.latency.WithLabelValues("end_to_end").Observe(d.Seconds())
	}
}

// Dedupe implements slack.Observer.
func (m *Metrics) Dedupe(duplicate bool) {
	m.dedupe.WithLabelValues(pick(duplicate, "duplicate", "first")).Inc()
}

// DigestRun counts a digest slot's result.
func (m *Metrics) DigestRun(result string) { m.digests.WithLabelValues(result).Inc() }

func pick(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}
