package discord_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// The whole system's week is sized for CI, -race on two shared cores:
// simulated time moves an hour a step, and only once everything due in the
// step has been sent and answered, so the week takes as long as its work
// and not a second of waiting. Each person costs about 20 sends (a
// check-in, a movement idea, a follow-up or the weekly summary a day) and
// 9 presses a week, about 0.8 s of CPU under -race: 100 people keep the
// test near a minute there, the largest number that does. Issue 16 asks
// for a few hundred: AFTERCARE_WHOLE_PEOPLE=300 runs that many (three
// minutes without -race on the shared 2-core machine, under others' load). Sessions are logged four at a
// time and answers given eight at a time: people do not all press in the
// same instant, and a crowd larger than the machine's cores only
// measures the machine.
const (
	wholeDays     = 7
	wholeShards   = 3
	wholeLanes    = 8 // people pressing buttons at once
	onboardLanes  = 4 // people logging their session at once
	defaultPeople = 100
)

// wholePeople is how many people go through the week.
func wholePeople(t *testing.T) int {
	v := os.Getenv("AFTERCARE_WHOLE_PEOPLE")
	if v == "" {
		return defaultPeople
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 3 {
		t.Fatalf("AFTERCARE_WHOLE_PEOPLE=%q: want a number of people, 3 or more", v)
	}
	return n
}

// wholeStart is a Monday, midnight UTC; everyone logs a session at 08:00.
var wholeStart = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)

var errCrashed = errors.New("the replica's process is gone")

// TestWholeSystemWeek is issue 16's end-to-end test: three replicas of the
// bot, each wired as cmd/aftercare wires it (its own Redis client, coach,
// Discord transport serving the interactions endpoint behind a load
// balancer, its share of the gateway shards through leases, and a
// scheduler with four lanes delivering through the transport), on a Redis
// Cluster of the test's own (three masters, one replica each) and the fake
// Discord. 100 people (wholePeople) in three time zones log a session on
// Monday and go through the week on a fast clock: every check-in is
// answered by pressing a mood (or "None of these" when it first asks about
// side effects), and every third person also answers the movement idea
// ("None of these" side effects, then "Done"). Halfway, in the busiest hour of
// Thursday, a third of the way through its burst, a Cluster master is
// SIGKILLed and one replica crashes (its Redis client, endpoint and shards
// stop at once, nothing handed back). Then:
//
//   - every check-in and movement idea planned for the week was delivered,
//     each once: one job per person and day sent it, and a send repeated
//     after the crash carried the same nonce, so Discord (the fake) kept
//     one message; those repeats are counted, not failed;
//   - no job was lost (none due and waiting at the end) or dead-lettered;
//   - every answer the bot confirmed is in Redis at the end, and every
//     answer was confirmed in the end (one refused during the failover is
//     pressed again, as a person would);
//   - the fake saw no interaction answered after Discord's 3 s, and no
//     other breach of Discord's rules but the presses sent to the crashed
//     replica before the load balancer took it out;
//   - the survivors hold every gateway shard, each connected once.
//
// It asserts counts, never times, and logs what the failover cost. The
// scheduler's RunDue is driven step by step (Run is RunDue and a sleep
// until the next job), so that the test knows when a simulated hour's work
// is done. It needs redis-server and redis-cli, and skips without them.
func TestWholeSystemWeek(t *testing.T) {
	if testing.Short() {
		t.Skip("a simulated week of people on a Redis Cluster of its own, with a master killed")
	}
	started := time.Now()
	cl := redistest.StartCluster(t, 2*time.Second)
	w := newWhole(t, cl)
	w.onboard()
	setUp := time.Since(started)
	planned := w.planned()
	killStep, burst := busiestHour(planned, 3)
	began := time.Now()
	for h := 9; h <= wholeDays*24; h++ {
		w.clock.Set(wholeStart.Add(time.Duration(h) * time.Hour))
		if h == killStep {
			w.stepWithKills(max(burst/3, 1))
			continue
		}
		w.step()
	}
	wall := time.Since(began)
	w.check(planned)
	t.Logf("whole system: %d people, %d simulated days in %v of wall time after %v to start the Cluster and the replicas and log the sessions; kill in hour %d (%d jobs due in it)",
		w.n, wholeDays, wall.Round(time.Second), setUp.Round(time.Second), killStep, burst)
}

// whole is the system under test and what the test saw of it.
type whole struct {
	t      *testing.T
	ctx    context.Context
	cl     *redistest.Cluster
	fake   *fakediscord.Server
	clock  *localtime.FakeClock
	prefix string
	key    []byte
	seen   *observed // every replica's handled interactions
	n      int       // people
	log    *slog.Logger

	replicas []*wholeReplica
	people   []string
	doers    map[string]bool // press the movement idea too

	tasks   chan task
	pending atomic.Int64

	mu         sync.Mutex
	jobs       map[string]jobKey    // every job id a handler was given
	firstSent  map[jobKey]time.Time // when the first handler of a key began
	confirmed  map[jobKey]string    // answers the bot confirmed: the button pressed
	refused    int                  // presses answered with the sorry text, or not at all
	unanswered int                  // presses never answered (sent to the crashed replica)
	arm        *killSwitch          // set during the halfway hour
	costs      failoverCosts
}

// jobKey is what a job is, whatever id it is kept under.
type jobKey struct {
	person string
	kind   coach.JobKind
	day    localtime.Day
}

func (k jobKey) String() string { return fmt.Sprintf("%s %s %s", k.person, k.kind, k.day) }

// task is a person answering what a job sent them.
type task struct {
	key   jobKey
	since time.Time // the job's first delivery began: its message is no older
}

// wholeReplica is one bot process.
type wholeReplica struct {
	name    string
	store   *storage.Redis
	coach   *coach.Coach
	dc      *discord.Transport
	sched   *scheduler.Scheduler
	srv     *http.Server
	url     string
	shards  *discord.Shards
	stopRun context.CancelFunc
	runDone chan error
	dead    atomic.Bool
}

// killSwitch holds every handler of the halfway hour, once `after` jobs
// have begun there, until the test has killed the master and the replica:
// the kills then fall in the middle of the burst, whatever the machine's
// speed.
type killSwitch struct {
	after  int64
	begun  atomic.Int64
	reach  chan struct{} // closed when `after` jobs have begun
	killed chan struct{} // closed when the kills are done
	once   sync.Once
}

type failoverCosts struct {
	killedAt        time.Time
	promoted        time.Duration
	stepDone        time.Time
	sendsBefore     int
	master, replica int
	crashed         string
	stepErrors      int // scheduler passes that failed (the Cluster failing over), tried again
	refusedInKill   int // refused presses up to the end of the halfway hour
}

func newWhole(t *testing.T, cl *redistest.Cluster) *whole {
	w := &whole{t: t, ctx: context.Background(), cl: cl, n: wholePeople(t), clock: localtime.NewFakeClock(wholeStart.Add(8 * time.Hour)),
		prefix: "whole:", key: make([]byte, 32), seen: &observed{byID: map[string]discord.Handled{}},
		log: slog.New(slog.DiscardHandler), doers: map[string]bool{}, tasks: make(chan task, 1<<14),
		jobs: map[string]jobKey{}, firstSent: map[jobKey]time.Time{}, confirmed: map[jobKey]string{}}
	rand.Read(w.key)
	w.fake = w.startFake()
	for i := range 3 {
		w.replicas = append(w.replicas, w.startReplica(fmt.Sprintf("r%d", i)))
	}
	w.fake.SetInteractionsEndpoint(w.urls()...)
	for range wholeLanes {
		go w.answerer()
	}
	t.Cleanup(func() { close(w.tasks) })
	all := make([]fakediscord.Shard, wholeShards)
	for n := range all {
		all[n] = fakediscord.Shard{ID: n, Count: wholeShards}
	}
	within(t, time.Minute, "the replicas to connect every shard", func() bool { return reflect.DeepEqual(w.fake.LiveShards(), all) })
	return w
}

// startFake starts a fake Discord with three shards; its violations are
// checked by check, which allows those of the crash.
func (w *whole) startFake() *fakediscord.Server {
	fake := fakediscord.New(fakediscord.WithToken(testToken), fakediscord.WithShards(wholeShards),
		fakediscord.WithMaxConcurrency(wholeShards), fakediscord.WithIdentifyWindow(identifyWindow))
	if err := fake.Start(); err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() {
		if err := fake.Close(); err != nil {
			w.t.Errorf("close fake Discord: %v", err)
		}
	})
	return fake
}

// startReplica wires one replica as cmd/aftercare's runDiscord and Run do.
func (w *whole) startReplica(name string) *wholeReplica {
	t := w.t
	r := &wholeReplica{name: name, runDone: make(chan error, 1)}
	store, err := storage.Open(w.ctx, w.cl.URL, storage.Options{Prefix: w.prefix, DataKey: w.key, Log: w.log})
	if err != nil {
		t.Fatal(err)
	}
	r.store = store
	r.coach = coach.New(store, store, w.clock, w.log, coach.Config{})
	base, err := url.Parse(w.fake.URL())
	if err != nil {
		t.Fatal(err)
	}
	// Rate: the fake has no global limit, and Discord's 50 a second would
	// make the week's 6,000 sends two minutes of pacing; the pace is still
	// taken from Redis for every send.
	r.dc = &discord.Transport{Token: testToken, APIBase: base, DefaultZone: "Europe/London", Log: w.log, Rate: 1e5,
		Router: bot.Router{Coach: r.coach, Log: w.log, Limit: &bot.PersonLimiter{}, Durable: store},
		Slots:  store, DMs: store, Seen: store, Awaiting: store, Sharded: true, Observe: w.seen.add}
	if err := r.dc.Open(w.ctx); err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	r.url = w.serve(r)
	r.shards = &discord.Shards{Transport: r.dc, Leases: store, Lease: shardLease, Replica: name, IdentifyEvery: identifyEvery, Log: w.log}
	run, stop := context.WithCancel(w.ctx)
	r.stopRun = stop
	go func() { r.runDone <- r.shards.Run(run) }()
	deliver := bot.Deliverer{Coach: r.coach, Sender: crashable{r.dc, &r.dead}, Log: w.log}.Handle
	r.sched = &scheduler.Scheduler{Queue: store, Clock: w.clock, Log: w.log, Workers: 4, Handle: w.handler(r, deliver)}
	t.Cleanup(func() { r.stop(t) })
	return r
}

// serve serves r's interactions endpoint, checked with the fake's key.
func (w *whole) serve(r *wholeReplica) string {
	key, err := discord.ParsePublicKey(w.fake.PublicKey())
	if err != nil {
		w.t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		w.t.Fatal(err)
	}
	// The time limits of cmd/aftercare's serveInteractions. Its idle
	// timeout matters here: left at zero it would be the 5 s read timeout,
	// shorter than the fake's (Discord's) keep-alive, and a POST sent on a
	// connection the replica was closing at that moment fails with EOF.
	r.srv = &http.Server{Handler: &discord.Endpoint{Transport: r.dc, PublicKey: key},
		ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 5 * time.Second, WriteTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	go r.srv.Serve(ln)
	return "http://" + ln.Addr().String()
}

// stop stops a live replica gracefully at the test's end, as a signal
// does: endpoint, transport, shards with their leases given back, Redis.
func (r *wholeReplica) stop(t *testing.T) {
	if r.dead.Load() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := r.srv.Shutdown(ctx); err != nil {
		t.Errorf("stop %s's endpoint: %v", r.name, err)
	}
	if err := r.dc.Close(); err != nil {
		t.Errorf("close %s: %v", r.name, err)
	}
	r.stopRun()
	<-r.runDone
	if err := r.shards.Release(ctx); err != nil {
		t.Errorf("release %s's shards: %v", r.name, err)
	}
	r.store.Close()
}

// crash ends r as a dying process ends: its connections drop, nothing is
// given back (its job and shard leases run out), and nothing it still has
// in hand reaches Redis or Discord.
func (r *wholeReplica) crash() {
	r.dead.Store(true)
	r.srv.Close() // the listener and every connection, without waiting
	r.stopRun()
	r.store.Close()
	<-r.runDone
}

// crashable is a replica's sender, which sends nothing once it crashed.
type crashable struct {
	bot.Sender
	dead *atomic.Bool
}

func (c crashable) Send(ctx context.Context, person string, msgs []coach.Message) error {
	if c.dead.Load() {
		return errCrashed
	}
	return c.Sender.Send(ctx, person, msgs)
}

// handler wraps a replica's Deliverer: it notes which job each id is,
// holds the halfway hour's jobs at the kill switch, and hands what was
// sent to the people to answer.
func (w *whole) handler(r *wholeReplica, deliver scheduler.Handler) scheduler.Handler {
	return func(ctx context.Context, job coach.Job) error {
		key := jobKey{job.Person, job.Kind, job.Day}
		w.mu.Lock()
		w.jobs[job.ID] = key
		since, ok := w.firstSent[key]
		if !ok {
			since = time.Now()
			w.firstSent[key] = since
		}
		arm := w.arm
		w.mu.Unlock()
		if arm != nil && arm.begun.Add(1) >= arm.after {
			arm.once.Do(func() { close(arm.reach) })
			<-arm.killed
		}
		if r.dead.Load() {
			return errCrashed
		}
		if err := deliver(ctx, job); err != nil {
			return err
		}
		if job.Kind == coach.JobCheckIn || job.Kind == coach.JobNudge && w.doers[job.Person] {
			w.pending.Add(1)
			w.tasks <- task{key: key, since: since}
		}
		return nil
	}
}

func (w *whole) urls() []string {
	var out []string
	for _, r := range w.live() {
		out = append(out, r.url)
	}
	return out
}

func (w *whole) live() []*wholeReplica {
	var out []*wholeReplica
	for _, r := range w.replicas {
		if !r.dead.Load() {
			out = append(out, r)
		}
	}
	return out
}

// onboard saves the people (consented, active) and has each log a session
// by /session, spread over the replicas by the load balancer.
func (w *whole) onboard() {
	zones := []string{"Europe/London", "Europe/Berlin", "America/New_York"}
	hours := []int{9, 13, 20}
	for i := range w.n {
		p := coach.Person{ID: fmt.Sprintf("7%017d", i), Name: "p", Consented: wholeStart.Add(-24 * time.Hour),
			Zone: zones[i%3], CheckInAt: localtime.LocalTime{Hour: hours[i/3%3], Set: true}, Status: coach.StatusActive}
		if err := w.replicas[0].store.SavePerson(w.ctx, p); err != nil {
			w.t.Fatal(err)
		}
		w.people = append(w.people, p.ID)
		if i%3 == 1 {
			w.doers[p.ID] = true
		}
	}
	failed := atomic.Int64{}
	each(w.people, onboardLanes, func(p string) {
		for range 3 {
			if ok, _ := w.press(fakediscord.Interaction{UserID: p, Command: "session"}); ok {
				return
			}
		}
		failed.Add(1)
	})
	if n := failed.Load(); n > 0 {
		w.t.Fatalf("%d people could not log their session", n)
	}
}

// planned is every check-in and movement idea planned for the week.
func (w *whole) planned() map[jobKey]time.Time {
	out := map[jobKey]time.Time{}
	end := wholeStart.Add(wholeDays * 24 * time.Hour)
	for _, p := range w.people {
		jobs, err := w.replicas[0].store.Upcoming(w.ctx, p)
		if err != nil {
			w.t.Fatal(err)
		}
		for _, j := range jobs {
			if (j.Kind == coach.JobCheckIn || j.Kind == coach.JobNudge) && !j.Due.After(end) {
				out[jobKey{p, j.Kind, j.Day}] = j.Due
			}
		}
	}
	if len(out) < w.n*wholeDays {
		w.t.Fatalf("%d check-ins and ideas planned for %d people's week; want about two a day each", len(out), w.n)
	}
	return out
}

// busiestHour is the step (hours from wholeStart) of the given day in
// which the most planned jobs fall due, and how many.
func busiestHour(planned map[jobKey]time.Time, day int) (step, n int) {
	per := map[int]int{}
	for _, due := range planned {
		h := int(due.Sub(wholeStart).Hours())
		if due.Sub(wholeStart) > time.Duration(h)*time.Hour {
			h++ // run in the first step at or after it
		}
		per[h]++
	}
	for h := day * 24; h < (day+1)*24; h++ {
		if per[h] > n {
			step, n = h, per[h]
		}
	}
	return step, n
}

// step runs everything due now on every live replica, and waits for the
// people to answer, until nothing more falls due.
func (w *whole) step() {
	for {
		ran := w.drain()
		w.waitAnswers()
		if ran == 0 {
			return
		}
	}
}

// drain runs the live replicas' schedulers side by side, pass after pass,
// until a pass finds nothing due and fails nowhere; a failed pass (the
// Cluster failing over) is tried again, as Run's loop does.
func (w *whole) drain() int {
	total := 0
	for {
		var ran, failed atomic.Int64
		var wg sync.WaitGroup
		for _, r := range w.live() {
			wg.Go(func() {
				n, err := r.sched.RunDue(w.ctx)
				if r.dead.Load() {
					return
				}
				ran.Add(int64(n))
				if err != nil {
					failed.Add(1)
				}
			})
		}
		wg.Wait()
		total += int(ran.Load())
		if failed.Load() > 0 {
			w.mu.Lock()
			w.costs.stepErrors++
			w.mu.Unlock()
			time.Sleep(100 * time.Millisecond)
			continue
		}
		if ran.Load() == 0 {
			return total
		}
	}
}

// waitAnswers waits until the people have answered everything handed to
// them so far. It may run off the test's goroutine: it fails the test
// without stopping it, and check then finds what was left unanswered.
func (w *whole) waitAnswers() {
	if !holdsWithin(5*time.Minute, func() bool { return w.pending.Load() == 0 }) {
		w.t.Errorf("%d answers still pending after five minutes", w.pending.Load())
	}
}

// stepWithKills is the halfway hour: once `after` of its jobs have begun,
// a master of the Cluster is SIGKILLed and the last replica crashes, then
// the hour goes on as any other.
func (w *whole) stepWithKills(after int) {
	arm := &killSwitch{after: int64(after), reach: make(chan struct{}), killed: make(chan struct{})}
	w.mu.Lock()
	w.arm = arm
	w.mu.Unlock()
	done := make(chan struct{})
	go func() {
		defer close(done)
		w.step()
	}()
	select {
	case <-arm.reach:
	case <-done:
		w.t.Fatalf("the halfway hour ended before %d of its jobs began", after)
	}
	c := &w.costs
	c.master, c.replica = w.cl.MasterOf(w.t, w.cl.Ports[0], w.prefix+"{u:"+w.people[0]+"}:person")
	c.sendsBefore = len(sends(w.fake))
	c.killedAt = time.Now()
	w.cl.Signal(w.t, c.master, syscall.SIGKILL)
	victim := w.replicas[len(w.replicas)-1]
	c.crashed = victim.name
	victim.crash()
	// The load balancer's health check takes the crashed replica out.
	w.fake.SetInteractionsEndpoint(w.urls()...)
	close(arm.killed)
	w.cl.WaitMaster(w.t, c.replica)
	c.promoted = time.Since(c.killedAt)
	<-done
	c.stepDone = time.Now()
	w.mu.Lock()
	w.arm = nil
	c.refusedInKill = w.refused
	w.mu.Unlock()
}

// answerer answers tasks until the test ends.
func (w *whole) answerer() {
	for tk := range w.tasks {
		w.answer(tk)
		w.pending.Add(-1)
	}
}

// answer presses what tk's job sent until the bot confirms the answer,
// pressing again after a refusal, as a person would.
func (w *whole) answer(tk task) {
	for range 40 {
		w.mu.Lock()
		_, done := w.confirmed[tk.key]
		w.mu.Unlock()
		if done {
			return
		}
		ok, answer := false, "Done"
		if tk.key.kind == coach.JobCheckIn {
			ok, answer = w.pressCheckIn(tk)
		} else {
			ok = w.pressIdea(tk)
		}
		w.mu.Lock()
		if ok {
			w.confirmed[tk.key] = answer
		} else {
			w.refused++
		}
		w.mu.Unlock()
		if !ok {
			time.Sleep(200 * time.Millisecond)
		}
	}
}

// pressCheckIn answers the check-in tk's job sent: "Good" for the mood,
// or "None of these" when it asks first about side effects (on the
// session's day and the day after). It reports whether the bot confirmed
// the answer, and which it was.
func (w *whole) pressCheckIn(tk task) (ok bool, answer string) {
	m, found := newest(w.fake, tk.key.person, tk.since, isCheckIn)
	if !found {
		w.t.Errorf("%s: no check-in in the DM to answer", tk.key)
		return true, "" // nothing to press; reported
	}
	answer = "Good"
	if labelID(m, answer) == "" {
		answer = "None of these"
	}
	ok, _ = w.press(fakediscord.Interaction{UserID: tk.key.person, CustomID: labelID(m, answer), MessageID: m.ID})
	return ok, answer
}

// isCheckIn reports whether m is a check-in the scheduler sent.
func isCheckIn(m fakediscord.Message) bool {
	return m.InteractionID == "" && strings.Contains(text(m), "Your check-in") && (labelID(m, "Good") != "" || labelID(m, "None of these") != "")
}

// pressIdea answers the day's movement idea: the side-effects question
// first when it comes first, then "Done".
func (w *whole) pressIdea(tk task) bool {
	for range 3 {
		if m, ok := newest(w.fake, tk.key.person, tk.since, labelled("Done")); ok {
			ok, _ := w.press(fakediscord.Interaction{UserID: tk.key.person, CustomID: labelID(m, "Done"), MessageID: m.ID})
			return ok
		}
		m, ok := newest(w.fake, tk.key.person, tk.since, labelled("None of these"))
		if !ok {
			w.t.Errorf("%s: no idea or side-effects question in the DM to answer", tk.key)
			return true
		}
		if ok, _ := w.press(fakediscord.Interaction{UserID: tk.key.person, CustomID: labelID(m, "None of these"), MessageID: m.ID}); !ok {
			return false
		}
	}
	w.t.Errorf("%s: the idea never came after the side-effects question", tk.key)
	return true
}

// press injects an interaction and reports whether the bot confirmed it:
// answered in time with a message that is not the sorry text. One sent to
// a replica that just crashed is never answered; it counts as refused.
func (w *whole) press(in fakediscord.Interaction) (bool, []fakediscord.Message) {
	id, _ := w.fake.InjectInteraction(in)
	start := time.Now()
	var shownMsgs []fakediscord.Message
	answered := func() bool {
		shownMsgs = shownMsgs[:0]
		called := false
		for _, r := range w.fake.InteractionResponses(id) {
			called = called || r.Action == "callback"
			if r.Message != nil {
				shownMsgs = append(shownMsgs, *r.Message)
			}
		}
		return called && w.seen.handled(id) && len(shownMsgs) > 0
	}
	for !answered() {
		if time.Since(start) > 5*time.Second && !w.seen.handled(id) || time.Since(start) > time.Minute {
			w.mu.Lock()
			w.unanswered++
			w.mu.Unlock()
			return false, nil
		}
		time.Sleep(10 * time.Millisecond)
	}
	return !strings.Contains(allText(shownMsgs), bot.SorryText), shownMsgs
}

// newest is the newest message in p's DM made since `since` that fits.
func newest(fake *fakediscord.Server, p string, since time.Time, fits func(fakediscord.Message) bool) (fakediscord.Message, bool) {
	ms := fake.Messages(fake.DMChannel(p))
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].CreatedAt.Before(since) {
			break
		}
		if fits(ms[i]) {
			return ms[i], true
		}
	}
	return fakediscord.Message{}, false
}

func labelled(label string) func(fakediscord.Message) bool {
	return func(m fakediscord.Message) bool { return labelID(m, label) != "" }
}

// labelID is the custom_id of m's enabled button labelled label, "" if none.
func labelID(m fakediscord.Message, label string) string {
	var found string
	var walk func(cs []fakediscord.Component)
	walk = func(cs []fakediscord.Component) {
		for _, c := range cs {
			if c.Label == label && c.CustomID != "" && !c.Disabled && found == "" {
				found = c.CustomID
			}
			walk(c.Components)
		}
	}
	walk(m.Components)
	return found
}

// each runs fn for every item on n goroutines.
func each[T any](items []T, n int, fn func(T)) {
	ch := make(chan T)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for it := range ch {
				fn(it)
			}
		})
	}
	for _, it := range items {
		ch <- it
	}
	close(ch)
	wg.Wait()
}

// check asserts the week's outcome and logs its costs.
func (w *whole) check(planned map[jobKey]time.Time) {
	t := w.t
	survivor := w.live()[0]
	d := w.deliveries()
	lost, twice := 0, 0
	for key := range planned {
		switch n := len(d.byKey[key]); {
		case n == 0:
			lost++
			if lost <= 5 {
				t.Errorf("%s was planned for the week and never delivered", key)
			}
		case n > 1:
			twice++
			if twice <= 5 {
				t.Errorf("%s was delivered by %d different jobs", key, n)
			}
		}
	}
	visible := w.checkInsShown(planned)
	if next, waiting, err := survivor.store.NextDue(w.ctx); err != nil || waiting && !next.After(w.clock.Now()) {
		t.Errorf("NextDue = %v, %v, %v; want nothing due and waiting at the week's end", next, waiting, err)
	}
	dead, err := survivor.store.DeadLetters(w.ctx)
	if err != nil || dead != 0 {
		t.Errorf("dead letters = %d, %v; want none", dead, err)
	}
	kept, notKept, unconfirmed := w.answersKept(survivor.store)
	late, silentOK, other := w.violations()
	if late > 0 {
		t.Errorf("%d interactions answered after Discord's 3 s", late)
	}
	all := make([]fakediscord.Shard, wholeShards)
	for n := range all {
		all[n] = fakediscord.Shard{ID: n, Count: wholeShards}
	}
	within(t, time.Minute, "the survivors to hold every shard", func() bool { return reflect.DeepEqual(w.fake.LiveShards(), all) })
	for _, v := range other {
		t.Errorf("fake Discord: %s", v)
	}
	w.mu.Lock()
	c, refused, unanswered := w.costs, w.refused, w.unanswered
	w.mu.Unlock()
	gap := gapWithin(w.fake, c.killedAt, c.stepDone)
	t.Logf("whole-system: master %d killed and replica %s crashed after %d sends; replica %d promoted after %v; longest time without a send in the halfway hour from the kill on: %v",
		c.master, c.crashed, c.sendsBefore, c.replica, c.promoted.Round(10*time.Millisecond), gap.Round(10*time.Millisecond))
	t.Logf("whole-system: %d check-ins and ideas planned, %d lost, %d sent by two jobs; %d check-ins shown per DM as planned; %d sends repeated with the same nonce (collapsed by it); "+
		"%d answers confirmed and kept, %d not kept, %d never confirmed; %d presses refused (sorry text or no answer), %d of them by the halfway hour, %d never answered; %d calls to the crashed replica's endpoint failed; %d scheduler passes failed in the failover; %d late answers",
		len(planned), lost, twice, visible, d.repeats, kept, notKept, unconfirmed, refused, c.refusedInKill, unanswered, silentOK, c.stepErrors, late)
	t.Logf("whole-figures: people=%d planned=%d lost=%d twice=%d repeats=%d confirmed=%d not-kept=%d refused=%d silent=%d failed-passes=%d late=%d gap-s=%.2f promoted-s=%.2f",
		w.n, len(planned), lost, twice, d.repeats, kept, notKept, refused, silentOK, c.stepErrors, late, gap.Seconds(), c.promoted.Seconds())
}

// deliveries is what Discord accepted, by job.
type deliveries struct {
	byKey   map[jobKey]map[string]bool // the job ids whose first message Discord accepted
	repeats int                        // accepted sends whose nonce an earlier one carried
}

func (w *whole) deliveries() deliveries {
	w.mu.Lock()
	byNonce := map[string]jobKey{}
	ids := map[string]string{}
	for id, key := range w.jobs {
		n := discord.NonceFor(id, 0)
		byNonce[n], ids[n] = key, id
	}
	w.mu.Unlock()
	d := deliveries{byKey: map[jobKey]map[string]bool{}}
	seenNonce := map[string]bool{}
	for _, r := range w.fake.Requests() {
		body, ok := r.Body.(map[string]any)
		if r.Route != sendRoute || r.Status != http.StatusOK || !ok {
			continue
		}
		nonce := fmt.Sprint(body["nonce"])
		if seenNonce[nonce] {
			d.repeats++
		}
		seenNonce[nonce] = true
		if key, ok := byNonce[nonce]; ok {
			if d.byKey[key] == nil {
				d.byKey[key] = map[string]bool{}
			}
			d.byKey[key][ids[nonce]] = true
		}
	}
	return d
}

// checkInsShown counts the people whose DM shows as many check-ins as were
// planned for them, failing for the others: what a person sees.
func (w *whole) checkInsShown(planned map[jobKey]time.Time) int {
	want := map[string]int{}
	for key := range planned {
		if key.kind == coach.JobCheckIn {
			want[key.person]++
		}
	}
	right := 0
	for _, p := range w.people {
		got := 0
		for _, m := range w.fake.Messages(w.fake.DMChannel(p)) {
			if isCheckIn(m) {
				got++
			}
		}
		if got != want[p] {
			w.t.Errorf("%s's DM shows %d check-ins, want %d", p, got, want[p])
			continue
		}
		right++
	}
	return right
}

// answersKept reads every confirmed answer back from Redis, and counts the
// answers handed to people that were never confirmed.
func (w *whole) answersKept(store *storage.Redis) (kept, notKept, unconfirmed int) {
	w.mu.Lock()
	var keys []jobKey
	for key := range w.firstSent {
		if key.kind == coach.JobCheckIn || key.kind == coach.JobNudge && w.doers[key.person] {
			keys = append(keys, key)
		}
	}
	confirmed := maps.Clone(w.confirmed)
	w.mu.Unlock()
	slices.SortFunc(keys, func(a, b jobKey) int { return strings.Compare(a.String(), b.String()) })
	for _, key := range keys {
		answer, ok := confirmed[key]
		if !ok {
			unconfirmed++
			w.t.Errorf("%s: the answer was never confirmed", key)
			continue
		}
		days, err := store.CheckIns(w.ctx, key.person, key.day, key.day)
		if err != nil {
			w.t.Fatalf("load %s: %v", key, err)
		}
		switch {
		case answer == "": // nothing was there to press; reported
		case len(days) == 1 && answer == "Good" && days[0].Mood > 0,
			len(days) == 1 && answer == "None of these" && days[0].SideEffects.Levels != nil,
			len(days) == 1 && answer == "Done" && days[0].Nudge.Answer == coach.NudgeDone:
			kept++
		default:
			notKept++
			w.t.Errorf("%s: the confirmed answer is not in Redis: %+v", key, days)
		}
	}
	return kept, notKept, unconfirmed
}

// violations sorts the fake's findings: late answers; presses sent to the
// crashed replica before the load balancer took it out (allowed, counted);
// anything else.
func (w *whole) violations() (late, silent int, other []string) {
	crashed := ""
	for _, r := range w.replicas {
		if r.dead.Load() {
			crashed = r.url
		}
	}
	toCrashed := map[string]bool{}
	for _, c := range w.fake.EndpointCalls() {
		if c.URL == crashed {
			toCrashed[c.InteractionID] = true
		}
	}
	for _, v := range w.fake.Violations() {
		switch {
		case strings.Contains(v, "late acknowledgement"):
			late++
		case crashed != "" && strings.Contains(v, "interactions endpoint "+crashed+":"):
			silent++
		case strings.Contains(v, "was never acknowledged") && namesAny(v, toCrashed):
			// the same presses, seen from Discord's side
		default:
			other = append(other, v)
		}
	}
	return late, silent, other
}

// namesAny reports whether v names one of the interactions ids.
func namesAny(v string, ids map[string]bool) bool {
	for id := range ids {
		if strings.Contains(v, "interaction "+id+" ") {
			return true
		}
	}
	return false
}

// gapWithin is the longest time from `from` to `to` without an accepted send.
func gapWithin(fake *fakediscord.Server, from, to time.Time) time.Duration {
	var gap time.Duration
	last := from
	for _, s := range sends(fake) {
		if s.Before(from) || s.After(to) {
			continue
		}
		gap = max(gap, s.Sub(last))
		last = s
	}
	return gap
}
