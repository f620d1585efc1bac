package coach_test

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// groupScript is two weeks of a support group with k = 3, from Monday
// 2026-03-02, played through the coach: each member's tap on each day's
// post (0: none), the minutes each logs with /moved, the day each joins the
// movement challenge, and the day a member leaves by erasing their data.
type groupScript struct {
	moods   map[string][14]int
	minutes map[string][14]int
	joins   map[string]int
	leaves  map[string]int
	// active is the first and last day a member is in the group at all.
	active map[string][2]int
}

// theGroup: A, B, C and D are there throughout; L answers and moves for the
// first three days and then erases everything; X arrives on day 3 and joins
// the challenge on day 4, with minutes of her own logged before either.
// The days mix spreads shown, spreads kept private and days below k.
func theGroup() groupScript {
	return groupScript{
		moods: map[string][14]int{
			"6001": {3, 2, 0, 4, 4, 3, 0, 2, 3, 0, 4, 0, 3, 3},
			"6002": {3, 2, 3, 4, 0, 2, 0, 3, 3, 4, 4, 0, 0, 3},
			"6003": {0, 2, 4, 0, 4, 0, 1, 2, 0, 5, 4, 0, 2, 3},
			"6004": {4, 0, 4, 4, 0, 5, 0, 5, 1, 4, 0, 0, 2, 0},
			"6005": {0, 0, 0, 4, 4, 2, 1, 2, 3, 3, 0, 1, 2, 1}, // X
			"6006": {3, 2, 2},                                  // L
		},
		minutes: map[string][14]int{
			"6001": {20, 30, 0, 15, 0, 40, 0, 0, 25, 0, 10},
			"6002": {10, 0, 45, 0, 0, 0, 20, 0, 0, 30, 0, 0, 15},
			"6003": {0, 30, 0, 0, 20, 0, 0, 10, 0, 0, 0, 60},
			"6004": {0, 0, 15, 0, 0, 25, 0, 0, 0, 35},
			"6005": {0, 40, 50, 0, 20, 0, 30, 0, 0, 25, 0, 0, 0, 15},
			"6006": {30, 60, 45},
		},
		joins:  map[string]int{"6001": 0, "6002": 0, "6003": 0, "6006": 0, "6004": 2, "6005": 4},
		leaves: map[string]int{"6006": 3},
		active: map[string][2]int{"6001": {0, 13}, "6002": {0, 13}, "6003": {0, 13}, "6004": {0, 13}, "6005": {3, 13}, "6006": {0, 2}},
	}
}

func (s groupScript) clone() groupScript {
	c := s
	c.moods, c.minutes = maps.Clone(s.moods), maps.Clone(s.minutes)
	return c
}

func (s groupScript) members() []string {
	return slices.Sorted(maps.Keys(s.active))
}

func (s groupScript) activeOn(m string, day int) bool {
	return s.active[m][0] <= day && day <= s.active[m][1]
}

// here says whether a member still has Aftercare on day: everyone who has
// not erased, in the group or not yet.
func (s groupScript) here(m string, day int) bool {
	l, left := s.leaves[m]
	return !left || day < l
}

// play runs the script and returns everything the group was shown, in
// order: each day's post and its closing edit, and Sunday's round-up.
func (s groupScript) play(t *testing.T) []string {
	t.Helper()
	w := newWorld(t, monday9am)
	w.setupGroup(map[string]string{"time": "12:00", "k": "3"})
	w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Args: map[string]string{"action": "challenge", "minutes": "600"}})
	for _, m := range s.members() {
		w.onboard(m, "Member")
	}
	var shown []string
	show := func(what string, job coach.Job) []coach.Message {
		t.Helper()
		msgs, err := w.coach.Deliver(w.ctx, job)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		for _, m := range msgs {
			shown = append(shown, fmt.Sprintf("%s %s: %s %s %v", what, job.Day, m.Title, m.Text, m.Buttons))
		}
		return msgs
	}
	for i := range 14 {
		day := localtime.Day("2026-03-02").AddDays(i)
		at := func(h int) time.Time { return day.Start(time.UTC).Add(time.Duration(h) * time.Hour) }
		w.clock.Set(at(9))
		for _, m := range s.members() {
			if l, ok := s.leaves[m]; ok && l == i {
				w.as(m, "Member", coach.Event{Press: &coach.Action{Verb: coach.VerbErase, Value: "yes"}})
			}
			if j, ok := s.joins[m]; ok && j == i {
				w.as(m, "Member", coach.Event{Channel: channel, Press: &coach.Action{Verb: coach.VerbGroupJoin, Field: channel}})
			}
			if n := s.minutes[m][i]; n > 0 {
				w.as(m, "Member", coach.Event{Command: "moved", Args: map[string]string{"minutes": strconv.Itoa(n)}})
			}
		}
		w.clock.Set(at(12))
		post := coach.NewJob("group-"+channel, coach.JobGroupPost, day, at(12))
		if len(show("post", post)) != 1 {
			t.Fatalf("no post on %s", day)
		}
		if err := w.coach.GroupPosted(w.ctx, post, "post-"+string(day)); err != nil {
			t.Fatal(err)
		}
		for _, m := range s.members() {
			if mood := s.moods[m][i]; mood > 0 {
				w.as(m, "Member", coach.Event{Channel: channel, Press: &coach.Action{Verb: coach.VerbGroupMood, Day: day, Field: channel, Value: strconv.Itoa(mood)}})
			}
		}
		w.clock.Set(at(18))
		show("close", coach.NewJob("group-"+channel, coach.JobGroupClose, day, at(18)))
		if i%7 == 6 {
			w.clock.Set(at(19))
			show("round-up", coach.NewJob("group-"+channel, coach.JobGroupDigest, day, at(19)))
		}
	}
	return shown
}

// alternative is another way the two weeks could have gone: who it
// changes, and the script.
type alternative struct {
	touches []string
	script  groupScript
}

// moodAlternatives are worlds in which member's tap on day differs: swapped
// with another member's tap (or their not tapping), or changed outright.
func moodAlternatives(s groupScript, member string, day int) []alternative {
	var out []alternative
	mine := s.moods[member][day]
	for _, other := range s.members() {
		if other == member || !s.activeOn(other, day) || s.moods[other][day] == mine {
			continue
		}
		alt := s.clone()
		a, b := alt.moods[member], alt.moods[other]
		a[day], b[day] = b[day], a[day]
		alt.moods[member], alt.moods[other] = a, b
		out = append(out, alternative{[]string{member, other}, alt})
	}
	for v := range 6 {
		if v == mine {
			continue
		}
		alt := s.clone()
		a := alt.moods[member]
		a[day] = v
		alt.moods[member] = a
		out = append(out, alternative{[]string{member}, alt})
	}
	return out
}

// minuteAlternatives are worlds in which member logged 10 minutes fewer on
// day: outright, or with another member logging 10 more that day.
func minuteAlternatives(s groupScript, member string, day int) []alternative {
	var out []alternative
	for _, other := range append([]string{""}, s.members()...) {
		if other == member || other != "" && !s.here(other, day) {
			continue
		}
		alt := s.clone()
		a := alt.minutes[member]
		a[day] -= 10
		alt.minutes[member] = a
		touches := []string{member}
		if other != "" {
			b := alt.minutes[other]
			b[day] += 10
			alt.minutes[other] = b
			touches = append(touches, other)
		}
		out = append(out, alternative{touches, alt})
	}
	return out
}

// hidden reports whether every other member, who knows their own taps and
// minutes and sees everything the group was shown, still cannot tell the
// secret: for each of them some alternative that leaves their own part as
// it was shows the group exactly the same.
func hidden(t *testing.T, base []string, member string, members []string, alts []alternative) (bool, string) {
	t.Helper()
	open := map[string]bool{}
	for _, m := range members {
		if m != member {
			open[m] = true
		}
	}
	for _, alt := range alts {
		covers := false
		for o := range open {
			covers = covers || !slices.Contains(alt.touches, o)
		}
		if !covers {
			continue
		}
		if shown := alt.script.play(t); !slices.Equal(shown, base) {
			continue
		}
		for o := range open {
			if !slices.Contains(alt.touches, o) {
				delete(open, o)
			}
		}
		if len(open) == 0 {
			return true, ""
		}
	}
	return false, fmt.Sprint(slices.Sorted(maps.Keys(open)))
}

// TestGroupJoinAndLeaveRevealNoOne plays two weeks in which one member
// joins (the group on day 3, the challenge on day 4) and one leaves (erasing
// everything on day 3), and checks what the others can infer from everything
// the group was shown: for each day's tap of the two, and each day's minutes,
// some other course of the two weeks, leaving the observer's own part as it
// was, shows exactly the same. So neither a day's figures, nor the week less
// its days, nor one week against the next, nor the challenge's total before
// and after someone comes or goes, singles either of them out.
func TestGroupJoinAndLeaveRevealNoOne(t *testing.T) {
	s := theGroup()
	base := s.play(t)
	checkShownCounts(t, base, 3)
	for _, member := range []string{"6005", "6006"} {
		for day := range 14 {
			if s.activeOn(member, day) {
				if ok, who := hidden(t, base, member, s.members(), moodAlternatives(s, member, day)); !ok {
					t.Errorf("member %s's tap on day %d (%d) can be told by %s", member, day, s.moods[member][day], who)
				}
			}
			if s.minutes[member][day] < 10 {
				continue
			}
			if ok, who := hidden(t, base, member, s.members(), minuteAlternatives(s, member, day)); !ok {
				t.Errorf("member %s's minutes on day %d (%d) can be told by %s", member, day, s.minutes[member][day], who)
			}
		}
	}
}

var (
	shownCount = regexp.MustCompile(`(\d+) (people answered|answers in all|people counting)`)
	dayCount   = regexp.MustCompile(`^close \S+: Group check-in \(closed\) (\d+) people answered`)
	weekCount  = regexp.MustCompile(`(\d+) answers in all`)
	challenge  = regexp.MustCompile(`(\d+) of 600 minutes`)
)

// checkShownCounts: every count of people or answers shown is at least k;
// each round-up's answers are the sum of the counts its days showed, so the
// week less its days is nothing; the challenge's total never goes down.
func checkShownCounts(t *testing.T, shown []string, k int) {
	t.Helper()
	week, total := 0, 0
	for _, s := range shown {
		for _, m := range shownCount.FindAllStringSubmatch(s, -1) {
			if n, _ := strconv.Atoi(m[1]); n < k {
				t.Errorf("a count below %d is shown: %q", k, s)
			}
		}
		if m := dayCount.FindStringSubmatch(s); m != nil {
			n, _ := strconv.Atoi(m[1])
			week += n
		}
		if strings.HasPrefix(s, "round-up") {
			n := 0
			if m := weekCount.FindStringSubmatch(s); m != nil {
				n, _ = strconv.Atoi(m[1])
			}
			if n != week {
				t.Errorf("the round-up counts %d answers; its days showed %d: %q", n, week, s)
			}
			week = 0
		}
		if m := challenge.FindStringSubmatch(s); m != nil {
			n, _ := strconv.Atoi(m[1])
			if n < total {
				t.Errorf("the challenge's total went down from %d: %q", total, s)
			}
			total = n
		}
	}
	if total == 0 {
		t.Error("the challenge's total never showed; the scenario tests nothing of it")
	}
}
