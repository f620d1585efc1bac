package ops

import (
	"context"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// events are the metrics counted as things happen, not read at a scrape.
type events struct {
	started      prometheus.Counter
	putOff       prometheus.Counter
	lag          prometheus.Histogram
	interactions *prometheus.HistogramVec
	errors       *prometheus.CounterVec
	deferred     *prometheus.CounterVec
	answers      prometheus.Counter
}

// kinds are the values of the kind label: the first word of a Handled
// kind, so that the label's values stay few whatever commands
// and buttons are added.
var kinds = []string{"command", "press", "submit", "message", "autocomplete", "refused", "other"}

func newEvents() *events {
	return &events{
		started: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "aftercare_jobs_started_total",
			Help: "Jobs claimed from the queue and handed to their handler, retries included.",
		}),
		putOff: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "aftercare_jobs_put_off_total",
			Help: "Jobs their handler put off to a later time, such as the end of quiet hours.",
		}),
		lag: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "aftercare_job_delivery_lag_seconds",
			Help:    "How long after its due time a job was handed to its handler, in the scheduler's clock (retries and put-off jobs included).",
			Buckets: []float64{0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600},
		}),
		interactions: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "aftercare_interaction_duration_seconds",
			Help:    "Time to answer a Discord interaction or direct message, by kind.",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30},
		}, []string{"kind"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "aftercare_interaction_errors_total",
			Help: "Discord interactions and direct messages whose reply failed, by kind.",
		}, []string{"kind"}),
		deferred: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "aftercare_interactions_deferred_total",
			Help: "Discord interactions acknowledged first and answered later because the answer took long, by kind.",
		}, []string{"kind"}),
		answers: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "aftercare_checkin_answers_total",
			Help: "Check-in questions answered on Discord, by button or typed reply.",
		}),
	}
}

// register adds the metrics to r. With Discord in use every kind starts
// at zero, so that rates are defined before the first interaction of a
// kind; the console has no interactions to show.
func (e *events) register(r *prometheus.Registry, discord bool) {
	if discord {
		for _, k := range kinds {
			e.interactions.WithLabelValues(k)
			e.errors.WithLabelValues(k)
			e.deferred.WithLabelValues(k)
		}
	}
	r.MustRegister(e.started, e.putOff, e.lag, e.interactions, e.errors, e.deferred, e.answers)
}

// Timed wraps a scheduler's job handler: it counts each job handed over
// and how late it is (due reads when a job was due), runs next, and counts
// the jobs it puts off to a later time (putOff recognises that error).
// J is the scheduler's job type, which ops need not know.
func Timed[J any](o *Ops, next func(context.Context, J) error, due func(J) time.Time, putOff func(error) bool) func(context.Context, J) error {
	return func(ctx context.Context, job J) error {
		o.events.started.Inc()
		o.events.lag.Observe(max(0, o.cfg.Clock.Now().Sub(due(job)).Seconds()))
		err := next(ctx, job)
		if err != nil && putOff(err) {
			o.events.putOff.Inc()
		}
		return err
	}
}

// Handled is one interaction or direct message the Discord transport
// answered, as Ops counts it: the fields of the transport's own Handled
// that Ops reads.
type Handled struct {
	Kind     string // like "command:start", "press:answer", "submit:note", "autocomplete"
	Deferred bool   // acknowledged first and answered later
	Took     time.Duration
	Err      error // a Discord call that failed, if any
}

// Observe counts one interaction or direct message the Discord transport
// handled; cmd/aftercare calls it from the transport's Observe hook.
func (o *Ops) Observe(h Handled) {
	kind := kindLabel(h.Kind)
	o.events.interactions.WithLabelValues(kind).Observe(h.Took.Seconds())
	if h.Err != nil {
		o.events.errors.WithLabelValues(kind).Inc()
	}
	if h.Deferred {
		o.events.deferred.WithLabelValues(kind).Inc()
	}
	if isAnswer(h.Kind) {
		o.events.answers.Inc()
	}
}

// kindLabel reduces a kind such as "command:start" or "refused:stale" to
// one of kinds.
func kindLabel(kind string) string {
	head, _, _ := strings.Cut(kind, ":")
	switch head {
	case "command", "press", "submit", "message", "autocomplete", "refused":
		return head
	case "ask": // a button that opens a form
		return "press"
	}
	return "other"
}

// isAnswer reports whether a kind is a check-in answer: a button pressed
// ("press:answer") or a reply typed to a question in a DM
// ("message:submit:answer"). The answer is kept even when the reply to it
// fails, so it counts either way.
func isAnswer(kind string) bool {
	head, verb, _ := strings.Cut(strings.TrimPrefix(kind, "message:"), ":")
	return (head == "press" || head == "submit") && verb == answerVerb
}

// answerVerb is coach.VerbAnswer, the verb of a check-in answer's action;
// a test holds the two equal.
const answerVerb = "answer"
