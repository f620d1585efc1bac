package coach_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/langtest"
	"github.com/aftercare/aftercare/internal/redistest"
)

func register(args ...string) coach.Event {
	ev := coach.Event{Command: "therapist", Args: map[string]string{"action": "register"}}
	for i := 0; i+1 < len(args); i += 2 {
		ev.Args[args[i]] = args[i+1]
	}
	return ev
}

// TestOnlyAVouchingServerRegistersTherapists: the role must be exact and
// held in a server the operator named; nowhere else does anything register.
func TestOnlyAVouchingServerRegistersTherapists(t *testing.T) {
	somewhere := func(ev coach.Event, guild string, roles ...string) coach.Event {
		ev.Guild, ev.GuildName, ev.Roles = guild, "Anyone's server", roles
		return ev
	}
	cases := []struct {
		name string
		ev   coach.Event
		want string // in the reply; "" registers
	}{
		{"a DM", register(), "not in a direct message"},
		{"an unvouched server with the role", somewhere(register(), "666", "Therapist"), "haven't named it as one that vouches"},
		{"the role in another case", inClinic(register(), "therapist"), `needs the "Therapist" role`},
		{"a role with more to its name", inClinic(register(), "Therapist2", "Therapists"), `needs the "Therapist" role`},
		{"the exact role", inClinic(register(), "Therapist"), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			reply := w.as(therapistID, "Dr Rivera", tc.ev)
			_, err := w.store.Therapist(w.ctx, therapistID)
			if tc.want == "" {
				if err != nil || !strings.Contains(reply, "You're registered") {
					t.Errorf("reply %q, load %v; want registered", reply, err)
				}
				return
			}
			if !strings.Contains(reply, tc.want) {
				t.Errorf("reply = %q, want %q", reply, tc.want)
			}
			if !errors.Is(err, coach.ErrNotFound) {
				t.Errorf("registered anyway: %v", err)
			}
		})
	}
}

// TestTherapistRoleByID: THERAPIST_ROLE may be a role's id; a role merely
// named Therapist then does not count.
func TestTherapistRoleByID(t *testing.T) {
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(monday9am)
	c := coach.New(store, store, clock, nil, coach.Config{TherapistRole: "777", TherapistGuilds: []string{clinic}})
	w := &world{t: t, ctx: t.Context(), store: store, clock: clock, coach: c}
	if reply := w.as(therapistID, "Dr Rivera", inClinic(register(), "Therapist")); !strings.Contains(reply, "needs the therapist role") {
		t.Errorf("a role named Therapist, not the one by id: %q", reply)
	}
	ev := inClinic(register(), "Staff")
	ev.RoleIDs = []string{"777"}
	if reply := w.as(therapistID, "Dr Rivera", ev); !strings.Contains(reply, "You're registered") {
		t.Errorf("the role by id: %q", reply)
	}
}

// TestNoServerVouches: with no server named, nobody registers or is added.
func TestNoServerVouches(t *testing.T) {
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(monday9am)
	w := &world{t: t, ctx: t.Context(), store: store, clock: clock, coach: coach.New(store, store, clock, nil)}
	add := inClinic(coach.Event{Command: "therapist", Args: map[string]string{"action": "add", "user": "9002"}}, "Therapist")
	add.CanManage, add.CanManageServer = true, true
	for _, ev := range []coach.Event{inClinic(register(), "Therapist"), add} {
		if reply := w.as(therapistID, "Dr Rivera", ev); !strings.Contains(reply, "Nobody can register as a therapist here yet") {
			t.Errorf("%s: %q", ev.Args["action"], reply)
		}
	}
}

// TestAddingATherapistNeedsManageServer: Manage Channels is not enough.
func TestAddingATherapistNeedsManageServer(t *testing.T) {
	w := newWorld(t, monday9am)
	add := inClinic(coach.Event{Command: "therapist", Args: map[string]string{"action": "add", "user": therapistID, "user_name": "Dr Rivera"}})
	add.CanManage = true
	if reply := w.as("9003", "Mod", add); !strings.Contains(reply, "needs the Manage Server permission") {
		t.Errorf("with Manage Channels only: %q", reply)
	}
	if _, err := w.store.Therapist(w.ctx, therapistID); !errors.Is(err, coach.ErrNotFound) {
		t.Fatalf("added by a channel manager: %v", err)
	}
	add.CanManageServer = true
	if reply := w.as("9003", "Admin", add); !strings.Contains(reply, "Dr Rivera is registered as a therapist") {
		t.Errorf("with Manage Server: %q", reply)
	}
	got, err := w.store.Therapist(w.ctx, therapistID)
	if err != nil || got.VouchedBy == nil || *got.VouchedBy != (coach.Vouch{Guild: clinic, Name: "Bright Clinic"}) {
		t.Errorf("therapist = %+v, %v; want vouched for by the clinic", got, err)
	}
}

// TestShareOfferNamesTheVouchingServer, by name, or by id when Discord
// gave none.
func TestShareOfferNamesTheVouchingServer(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	code := w.registerTherapist()
	offer := w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": code}})
	if !strings.Contains(offer, "Dr Rivera is a therapist, vouched for by the server “Bright Clinic”") {
		t.Errorf("offer = %q", offer)
	}
	ev := inClinic(register(), "Therapist")
	ev.GuildName = ""
	code = codePattern.FindString(w.as(therapistID, "Dr Rivera", ev))
	offer = w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": code}})
	if !strings.Contains(offer, "vouched for by the server with id "+clinic) {
		t.Errorf("offer without the server's name = %q", offer)
	}
}

// TestWrongCodesWaitAnHour: five wrong codes in an hour, then a kind wait
// that says until when, during which a right code is refused too; right
// codes and things that are no code at all do not count.
func TestWrongCodesWaitAnHour(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	share := func(c string) string {
		return w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": c}})
	}
	for range 3 {
		if offer := share(code); !strings.Contains(offer, "Share with Dr Rivera?") {
			t.Fatalf("right code: %q", offer)
		}
	}
	if reply := share("not a code"); !strings.Contains(reply, "doesn't look like an invite code") {
		t.Errorf("no code at all: %q", reply)
	}
	for i := range 5 {
		w.clock.Advance(time.Minute) // 09:01 … 09:05
		reply := share("AAAA-AAAA-AAA" + string(rune('A'+i)))
		if !strings.Contains(reply, "don't recognise that code") {
			t.Fatalf("wrong code %d: %q", i+1, reply)
		}
		if last := strings.Contains(reply, "you can try the next one at 10:01 today"); last != (i == 4) {
			t.Errorf("wrong code %d says when the next may come: %v (%q)", i+1, last, reply)
		}
	}
	w.clock.Advance(30 * time.Minute) // 09:35
	for _, c := range []string{"BBBB-BBBB-BBBB", code} {
		reply := share(c)
		if !strings.Contains(reply, "You can try again at 10:01 today") || strings.Contains(reply, "Share with") {
			t.Errorf("during the wait, %s: %q", c, reply)
		}
	}
	// A press that carries the code is counted alike.
	if reply := w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbShare, Field: code, Value: "ok:"}}); !strings.Contains(reply, "try again") {
		t.Errorf("a share press during the wait: %q", reply)
	}
	if shares, _ := w.store.Shares(w.ctx, "1"); len(shares) != 0 {
		t.Fatalf("shared during the wait: %+v", shares)
	}
	w.clock.Set(monday9am.Add(61 * time.Minute)) // 10:01: the first wrong code is an hour old
	if offer := share(code); !strings.Contains(offer, "Share with Dr Rivera?") {
		t.Errorf("after the wait: %q", offer)
	}
	// Someone else's tries are their own.
	w.onboard("2", "Ben")
	w.clock.Set(monday9am.Add(40 * time.Minute))
	if offer := w.as("2", "Ben", coach.Event{Command: "share", Args: map[string]string{"code": code}}); !strings.Contains(offer, "Share with Dr Rivera?") {
		t.Errorf("another patient: %q", offer)
	}
}

// TestOlderCodesKeepWorking: a therapist registered before servers vouched,
// with an 8-character code, keeps it until it expires; the offer says no
// server is on record, and new codes need registering again.
func TestOlderCodesKeepWorking(t *testing.T) {
	w := newWorld(t, monday9am)
	old := coach.Therapist{ID: therapistID, Name: "Dr Old", Zone: "UTC", Code: "K7QM-X2PD", CodeUntil: monday9am.Add(24 * time.Hour), Registered: monday9am.Add(-13 * 24 * time.Hour)}
	if err := w.store.SaveTherapist(w.ctx, old); err != nil {
		t.Fatal(err)
	}
	if err := w.store.SetInviteCode(w.ctx, old.Code, old.ID, 24*time.Hour); err != nil {
		t.Fatal(err)
	}
	w.onboard("1", "Ana")
	offer := w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": "k7qm x2pd"}})
	if !strings.Contains(offer, "Share with Dr Old?") || !strings.Contains(offer, "registered before I kept a record of which server vouches") {
		t.Errorf("offer for an older code = %q", offer)
	}
	if reply := w.as(therapistID, "Dr Old", coach.Event{Command: "therapist", Args: map[string]string{"action": "code"}}); !strings.Contains(reply, "please register again") {
		t.Errorf("/therapist code without a vouch: %q", reply)
	}
	if reply := w.as(therapistID, "Dr Old", inClinic(register(), "Therapist")); !strings.Contains(reply, "You're registered") {
		t.Fatalf("registering again: %q", reply)
	}
	if got, _ := w.store.Therapist(w.ctx, therapistID); got.VouchedBy == nil || got.Name != "Dr Old" {
		t.Errorf("after registering again: %+v", got)
	}
}

// TestWithdrawnServerOffersNothing: once the operator stops trusting a
// server, its therapists' codes share nothing and no new ones are made.
func TestWithdrawnServerOffersNothing(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	w.coach = coach.New(w.store, w.store, w.clock, nil, coach.Config{TherapistGuilds: []string{"4001"}}) // a restart with another list
	if reply := w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": code}}); !strings.Contains(reply, "no longer vouches") || strings.Contains(reply, "[Share]") {
		t.Errorf("offer from a withdrawn server: %q", reply)
	}
	if reply := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "code"}}); !strings.Contains(reply, "no longer vouches") {
		t.Errorf("/therapist code from a withdrawn server: %q", reply)
	}
}

// A wrong code and the wait after too many are said in the person's
// language, the time too, and name /therapist code as they see it.
func TestWrongCodesInSpanish(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "language", Value: "es"}})
	es := lang.For("es")
	var replies []string
	for i := range 6 {
		replies = append(replies, w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": fmt.Sprintf("ZZZZ-ZZZZ-ZZZ%d", i)}}))
	}
	if !strings.Contains(replies[0], es.T("share.code_unknown")) || !strings.Contains(replies[0], "/terapeuta código") {
		t.Errorf("first wrong code: %q", replies[0])
	}
	if !strings.Contains(replies[4], "el siguiente podrá ser hoy a las 10:00") || !strings.Contains(replies[5], "Puedes volver a intentarlo hoy a las 10:00") {
		t.Errorf("the last wrong code and the wait: %q, %q", replies[4], replies[5])
	}
	for i, r := range replies {
		if english := langtest.English(r, "es", "Ana"); len(english) > 0 {
			t.Errorf("reply %d in English: %q", i, english)
		}
	}
}
