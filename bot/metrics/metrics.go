// Package metrics counts what Dossier does, for Prometheus: questions by
// outcome, replies by delivery result, the work queue's depth and oldest
// job, each stage's latency, cache and dedupe hits, Slack API errors,
// the model's tokens and the digest's runs. It observes the engine, the
// Slack bot and the digest scheduler.
package metrics

import (
	"context"
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
	replies     *prometheus.CounterVec
	ignored     *prometheus.CounterVec
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
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dossier_replies_total",
			Help: "Replies delivered to Slack, by result: posted, failed (a permanent error), expired (the delivery deadline passed)."}, []string{"result"}),
		ignored: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dossier_requests_ignored_total",
			Help: "Signed Slack requests acknowledged and ignored as Slack would not send them, by reason: malformed_ids, oversized."}, []string{"reason"}),
	}
	for _, r := range []string{"posted", "failed", "expired"} {
		m.replies.WithLabelValues(r)
	}
	for _, r := range []string{"malformed_ids", "oversized"} {
		m.ignored.WithLabelValues(r)
	}
	m.reg.MustRegister(m.questions, m.latency, m.cache, m.dedupe, m.slackErrors, m.tokens, m.digests, m.replies, m.ignored,
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

// Reply implements slack.Observer: a reply's delivery result.
func (m *Metrics) Reply(result string) { m.replies.WithLabelValues(result).Inc() }

// Ignored implements slack.Observer: a signed request acknowledged and
// ignored, and why.
func (m *Metrics) Ignored(reason string) { m.ignored.WithLabelValues(reason).Inc() }

// QueueStats returns a work queue's depth (jobs waiting or in work) and
// the age of its oldest job.
type QueueStats func(ctx context.Context) (depth int, oldest time.Duration, err error)

// WatchQueue exports the queue's depth and oldest job's age as gauges,
// read at each scrape (dossier_queue_depth,
// dossier_queue_oldest_age_seconds).
func (m *Metrics) WatchQueue(stats QueueStats) {
	m.reg.MustRegister(queueCollector{stats})
}

var (
	queueDepth  = prometheus.NewDesc("dossier_queue_depth", "Jobs in the work queue, waiting or in work (in every replica with Redis).", nil, nil)
	queueOldest = prometheus.NewDesc("dossier_queue_oldest_age_seconds", "Age of the oldest job in the work queue.", nil, nil)
)

type queueCollector struct{ stats QueueStats }

func (c queueCollector) Describe(ch chan<- *prometheus.Desc) { ch <- queueDepth; ch <- queueOldest }

func (c queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	depth, oldest, _ := c.stats(ctx) // during an outage: what this process holds
	ch <- prometheus.MustNewConstMetric(queueDepth, prometheus.GaugeValue, float64(depth))
	ch <- prometheus.MustNewConstMetric(queueOldest, prometheus.GaugeValue, oldest.Seconds())
}

// DigestRun counts a digest slot's result.
func (m *Metrics) DigestRun(result string) { m.digests.WithLabelValues(result).Inc() }

func pick(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}
