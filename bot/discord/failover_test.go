package discord_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
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

// failoverPeople is how many people get a check-in in the burst; at the
// transport's 50 sends a second it lasts about 6 s, and the kill falls
// in its first third.
const failoverPeople = 300

// sendRoute is the fake's route for a message sent to a channel.
const sendRoute = "POST /api/v9/channels/{cid}/messages"

// TestFailoverLosesNothingConfirmed kills (SIGKILL) a master of a Redis
// Cluster of its own (three masters, one replica each, a node timeout of
// 2 s) in the middle of a burst of check-ins sent by the scheduler through
// the Discord transport, wired as cmd/aftercare wires it, while people
// answer them by pressing a button. Its replica is promoted, and then:
//
//   - every check-in is delivered: none lost, none left in the queue, no
//     dead letter, and one message each in the person's DM (a send
//     repeated after the failover carries the job's nonce, which the fake,
//     as Discord does, collapses into the first message; those repeats are
//     counted);
//   - every answer the bot confirmed (an interaction answered with the
//     next question, not with the sorry text) is in Redis afterwards, and
//     every person's answer is confirmed in the end (one refused during
//     the failover is pressed again, as a person would).
//
// It asserts counts, never times; it logs what the failover cost: how
// long no check-in went out, the repeats, the refusals. It needs
// redis-server and redis-cli, and skips (saying so) without them.
func TestFailoverLosesNothingConfirmed(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster of its own and kills a master of it")
	}
	cl := redistest.StartCluster(t, 2*time.Second)
	ctx := context.Background()
	store, err := storage.Open(ctx, cl.URL, storage.Options{Prefix: "failover:", Attempts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()

	day := localtime.Day("2026-03-03")
	clock := localtime.NewFakeClock(time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)) // the coach's day
	fake := startFake(t)
	people := make([]string, failoverPeople)
	for i := range people {
		p := coach.Person{ID: fmt.Sprintf("6%017d", i), Name: "p", Consented: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
			Zone: "Europe/London", CheckInAt: localtime.LocalTime{Hour: 9, Set: true}, Status: coach.StatusActive}
		if err := store.SavePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
		people[i] = p.ID
	}
	c := coach.New(store, store, clock, nil)
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c, Durable: store}, func(d *discord.Transport) {
		d.Rate, d.Slots, d.DMs, d.Seen = 50, store, store, store
	})

	// The scheduler works on the system clock, as in production: leases
	// run out in real time.
	var jobs []coach.Job
	due := time.Now().Add(-time.Second)
	for _, p := range people {
		jobs = append(jobs, coach.NewJob(p, coach.JobCheckIn, day, due))
	}
	if err := store.Schedule(ctx, jobs...); err != nil {
		t.Fatal(err)
	}
	sched := &scheduler.Scheduler{Queue: store, Clock: localtime.SystemClock{}, Workers: 4,
		Handle: bot.Deliverer{Coach: c, Sender: dc}.Handle}
	run, stop := context.WithCancel(ctx)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		sched.Run(run)
	}()
	defer func() { stop(); <-stopped }()

	a := &answerers{t: t, fake: fake, seen: seen, confirmed: map[string]bool{}}
	answering := a.start(people)

	// Kill the master of the first person's keys once a third is sent.
	master, replica := cl.MasterOf(t, cl.Ports[0], "failover:{u:"+people[0]+"}:person")
	if !holdsWithin(time.Minute, func() bool { return fake.CountRequests(sendRoute) >= failoverPeople/3 }) {
		t.Fatalf("only %d of %d check-ins sent before the kill", fake.CountRequests(sendRoute), failoverPeople)
	}
	killed := time.Now()
	cl.Signal(t, master, syscall.SIGKILL)
	cl.WaitMaster(t, replica)
	promoted := time.Since(killed)

	// The bot keeps going: every check-in arrives and every answer is
	// confirmed in the end.
	delivered := func() bool {
		for _, p := range people {
			if len(checkIns(fake, p)) == 0 {
				return false
			}
		}
		return true
	}
	if !holdsWithin(2*time.Minute, func() bool { return delivered() && a.all(people) }) {
		t.Errorf("check-ins or confirmations still missing two minutes after the kill")
	}
	a.stop()
	<-answering
	stop()
	<-stopped

	lost, twice := 0, 0
	for _, p := range people {
		switch n := len(checkIns(fake, p)); {
		case n == 0:
			lost++
		case n > 1:
			twice++
		}
	}
	if lost > 0 || twice > 0 {
		t.Errorf("%d people got no check-in and %d got it more than once; want each exactly once", lost, twice)
	}
	if next, waiting, err := store.NextDue(ctx); err != nil || waiting {
		t.Errorf("NextDue = %v, %v, %v; want every job acknowledged", next, waiting, err)
	}
	if dead, err := store.DeadLetters(ctx); err != nil || dead != 0 {
		t.Errorf("dead letters = %d, %v; want none", dead, err)
	}

	// Every answer confirmed is kept.
	kept, notKept := 0, 0
	for _, p := range people {
		if !a.isConfirmed(p) {
			t.Errorf("%s's answer was never confirmed", p)
			continue
		}
		cis, err := store.CheckIns(ctx, p, day, day)
		if err != nil {
			t.Fatalf("load %s's check-in: %v", p, err)
		}
		if len(cis) == 1 && cis[0].Mood > 0 {
			kept++
		} else {
			notKept++
		}
	}
	if notKept > 0 {
		t.Errorf("%d answers the bot confirmed are not in Redis after the failover", notKept)
	}

	repeats := repeatedNonces(fake)
	repl := store.Replication()
	gap := longestGap(fake, killed)
	t.Logf("failover: master %d killed after %d sends; replica %d promoted after %v; longest time without a send from the kill on: %v",
		master, countBefore(fake, killed), replica, promoted.Round(10*time.Millisecond), gap.Round(10*time.Millisecond))
	t.Logf("failover: %d check-ins, %d lost, %d shown twice; %d sends repeated with the same nonce (collapsed by it); "+
		"%d answers confirmed and kept, %d not kept; %d presses answered with the sorry text and pressed again; replica waits %d, unacknowledged %d",
		failoverPeople, lost, twice, repeats, kept, notKept, a.refusals(), repl.Waited.Load(), repl.Unacknowledged.Load())
	// One line for scripts/bench to read.
	t.Logf("failover-figures: gap-s=%.2f promoted-s=%.2f all-sent-s=%.2f jobs=%d lost=%d twice=%d repeats=%d confirmed=%d not-kept=%d refused=%d waits=%d unacked=%d",
		gap.Seconds(), promoted.Seconds(), lastSend(fake).Sub(killed).Seconds(), failoverPeople, lost, twice, repeats, kept, notKept,
		a.refusals(), repl.Waited.Load(), repl.Unacknowledged.Load())
}

// lastSend is when the last accepted send was made.
func lastSend(fake *fakediscord.Server) time.Time {
	s := sends(fake)
	if len(s) == 0 {
		return time.Time{}
	}
	return s[len(s)-1]
}

// answerers press the mood button on each person's check-in as it arrives,
// and again on the same message when the answer was the sorry text.
type answerers struct {
	t    *testing.T
	fake *fakediscord.Server
	seen *observed

	mu        sync.Mutex
	confirmed map[string]bool
	refused   int
	quit      chan struct{}
}

// start answers for people on four goroutines until stop; the returned
// channel closes when they have finished.
func (a *answerers) start(people []string) <-chan struct{} {
	a.quit = make(chan struct{})
	done := make(chan struct{})
	var wg sync.WaitGroup
	for lane := range 4 {
		wg.Go(func() {
			for !a.stopped() {
				waiting := 0
				for i := lane; i < len(people); i += 4 {
					if a.isConfirmed(people[i]) {
						continue
					}
					waiting++
					a.answer(people[i])
				}
				if waiting == 0 {
					return
				}
				time.Sleep(20 * time.Millisecond)
			}
		})
	}
	go func() { wg.Wait(); close(done) }()
	return done
}

func (a *answerers) stop() { close(a.quit) }

func (a *answerers) stopped() bool {
	select {
	case <-a.quit:
		return true
	default:
		return false
	}
}

func (a *answerers) isConfirmed(p string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.confirmed[p]
}

func (a *answerers) refusals() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.refused
}

// answer presses "Good" on p's check-in, if it has arrived, and waits for
// the transport to finish with the press.
func (a *answerers) answer(p string) {
	cis := checkIns(a.fake, p)
	if len(cis) == 0 {
		return
	}
	id := moodButton(cis[0])
	if id == "" {
		a.t.Errorf("%s's check-in has no mood button: %q", p, text(cis[0]))
		a.mu.Lock()
		a.confirmed[p] = true // nothing to press; reported
		a.mu.Unlock()
		return
	}
	in, _ := a.fake.InjectInteraction(fakediscord.Interaction{UserID: p, CustomID: id, MessageID: cis[0].ID})
	if !holdsWithin(time.Minute, func() bool { return a.seen.handled(in) }) {
		a.t.Errorf("the press %s was not handled within a minute", in)
		return
	}
	var shownText []string
	for _, r := range a.fake.InteractionResponses(in) {
		if r.Message != nil {
			shownText = append(shownText, text(*r.Message))
		}
	}
	all := strings.Join(shownText, "\n")
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(shownText) > 0 && !strings.Contains(all, bot.SorryText) {
		a.confirmed[p] = true
	} else {
		a.refused++
	}
}

// handled reports whether the transport has finished with interaction id.
func (o *observed) handled(id string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	_, ok := o.byID[id]
	return ok
}

// checkIns are the check-ins sent to p's DM (sent messages, not answers to
// an interaction).
func checkIns(fake *fakediscord.Server, p string) []fakediscord.Message {
	var out []fakediscord.Message
	for _, m := range fake.Messages(fake.DMChannel(p)) {
		if m.InteractionID == "" && moodButton(m) != "" {
			out = append(out, m)
		}
	}
	return out
}

// moodButton is the custom_id of the "Good" button on m, "" if none.
func moodButton(m fakediscord.Message) string {
	for _, row := range m.Components {
		for _, c := range row.Components {
			if c.Label == "Good" {
				return c.CustomID
			}
		}
	}
	return ""
}

// sends are the times of the sends Discord accepted, in order.
func sends(fake *fakediscord.Server) []time.Time {
	var out []time.Time
	for _, r := range fake.Requests() {
		if r.Route == sendRoute && r.Status == 200 {
			out = append(out, r.Time)
		}
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

func countBefore(fake *fakediscord.Server, at time.Time) int {
	n := 0
	for _, s := range sends(fake) {
		if s.Before(at) {
			n++
		}
	}
	return n
}

// longestGap is the longest time from `from` on without an accepted send,
// up to the last send.
func longestGap(fake *fakediscord.Server, from time.Time) time.Duration {
	var gap time.Duration
	last := from
	for _, s := range sends(fake) {
		if s.Before(from) {
			continue
		}
		gap = max(gap, s.Sub(last))
		last = s
	}
	return gap
}

// repeatedNonces counts the sends whose nonce an earlier send carried.
func repeatedNonces(fake *fakediscord.Server) int {
	seen := map[string]bool{}
	n := 0
	for _, r := range fake.Requests() {
		body, ok := r.Body.(map[string]any)
		if r.Route != sendRoute || !ok {
			continue
		}
		nonce := fmt.Sprint(body["nonce"])
		if seen[nonce] {
			n++
		}
		seen[nonce] = true
	}
	return n
}

// holdsWithin polls cond until it holds or d has passed, and reports whether it did.
func holdsWithin(d time.Duration, cond func() bool) bool {
	for deadline := time.Now().Add(d); ; time.Sleep(20 * time.Millisecond) {
		if cond() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
	}
}

// all reports whether every person's answer is confirmed.
func (a *answerers) all(people []string) bool {
	for _, p := range people {
		if !a.isConfirmed(p) {
			return false
		}
	}
	return true
}
