package ops

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// scrape is the collector for what is read when /metrics is scraped: the
// scheduler's and the Discord transport's atomic counters, and the queue's
// depth from Redis.
type scrape Ops

// queueTimeout bounds the queue count one scrape makes.
const queueTimeout = 2 * time.Second

var (
	jobsSent    = desc("aftercare_jobs_sent_total", "Jobs whose handler succeeded: nudges, check-ins, summaries and the like delivered.")
	jobsFailed  = desc("aftercare_jobs_failed_total", "Job attempts that failed; each is retried with backoff or dead-lettered.")
	jobsDead    = desc("aftercare_jobs_dead_lettered_total", "Jobs set aside for good after failing too often.")
	jobsDropped = desc("aftercare_jobs_dropped_total", "Jobs dropped because their person has stopped or is gone.")

	restRequests    = desc("aftercare_discord_requests_total", "REST requests made to Discord.")
	restRateLimited = desc("aftercare_discord_rate_limited_total", "REST requests Discord answered with 429 Too Many Requests.")
	restServerErrs  = desc("aftercare_discord_server_errors_total", "REST requests Discord answered with a 5xx status.")

	queueScheduled = desc("aftercare_queue_scheduled_jobs", "Jobs waiting in the queue, due now or later.")
	queueOverdue   = desc("aftercare_queue_overdue_jobs", "People with a job already due and not yet claimed (each once, however many of their jobs are due): the scheduler's backlog.")
	queueLeased    = desc("aftercare_queue_leased_jobs", "Jobs claimed and not yet acknowledged (running, or held by a worker that died).")
	queueDead      = desc("aftercare_queue_dead_letters", "Dead-lettered jobs kept in Redis for people to look at.")

	replicaWaits   = desc("aftercare_replica_waits_total", "Answers that waited for a Redis replica to hold what they wrote before being confirmed.")
	replicaUnacked = desc("aftercare_replica_unacknowledged_total", "Of those, answers confirmed although no replica acknowledged within the wait (lost if their master fails before passing them on).")
)

func desc(name, help string) *prometheus.Desc { return prometheus.NewDesc(name, help, nil, nil) }

// Describe implements prometheus.Collector.
func (s *scrape) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{jobsSent, jobsFailed, jobsDead, jobsDropped,
		restRequests, restRateLimited, restServerErrs,
		queueScheduled, queueOverdue, queueLeased, queueDead, replicaWaits, replicaUnacked} {
		ch <- d
	}
}

// Collect implements prometheus.Collector. The scheduler's and Discord's
// counters appear once WatchJobs and WatchDiscord have been given them; a Redis that does not
// answer fails the queue gauges alone.
func (s *scrape) Collect(ch chan<- prometheus.Metric) {
	counter := func(d *prometheus.Desc, v int64) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, float64(v))
	}
	if counts := s.jobs.Load(); counts != nil {
		jobs := (*counts)()
		counter(jobsSent, jobs.Sent)
		counter(jobsFailed, jobs.Failed)
		counter(jobsDead, jobs.Dead)
		counter(jobsDropped, jobs.Dropped)
	}
	if d := s.discord.Load(); d != nil {
		rest := d.rest()
		counter(restRequests, rest.Requests)
		counter(restRateLimited, rest.RateLimited)
		counter(restServerErrs, rest.ServerErrors)
	}
	if s.cfg.Replication != nil {
		repl := s.cfg.Replication()
		counter(replicaWaits, repl.Waited)
		counter(replicaUnacked, repl.Unacknowledged)
	}
	ctx, cancel := context.WithTimeout(context.Background(), queueTimeout)
	defer cancel()
	depth, err := s.cfg.QueueDepth(ctx, s.cfg.Clock.Now())
	if err != nil {
		ch <- prometheus.NewInvalidMetric(queueScheduled, err)
		return
	}
	for d, v := range map[*prometheus.Desc]int64{queueScheduled: depth.Scheduled, queueOverdue: depth.Overdue, queueLeased: depth.Leased, queueDead: depth.Dead} {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, float64(v))
	}
}
