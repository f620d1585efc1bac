package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/aftercare/aftercare/internal/fakediscord"
)

// person is one simulated person: when they act, what they have kept, and
// their own random choices (a person acts from one goroutine at a time).
type person struct {
	id, zone    string
	hour        int // the UTC hour of the day in which they use commands
	checkIn     int // their local check-in hour, 08 to 21 as the coach allows
	startDay    int
	nextSession int
	onboarded   bool
	gone        bool         // deleted their data and did not come back
	kept        map[int]bool // simulated days on which they answered a check-in
	r           *rand.Rand
}

var zones = []string{"Europe/London", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles"}

func newPeople(n int, seed int64) []*person {
	ps := make([]*person, n)
	for i := range ps {
		r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
		ps[i] = &person{
			id: fmt.Sprintf("8%017d", i), zone: zones[i%len(zones)], hour: r.IntN(24), checkIn: 8 + r.IntN(14),
			startDay: i % 3, kept: map[int]bool{}, r: r,
		}
	}
	return ps
}

// Chances a day (or a check-in) of what people do.
const (
	answerChance  = 0.7   // a scheduled message is answered
	summaryChance = 0.15  // /summary, once in about a week
	deleteChance  = 0.003 // /delete: about one person in ten in a month
	returnChance  = 0.6   // after /delete, /start again the same day
	noteChance    = 0.2   // a check-in's note is written
)

// act is everything p does in one simulated hour: their own commands at
// their hour, and answering what the scheduler sent them.
func (w *world) act(ctx context.Context, p *person, day int, own, notified bool) {
	if p.gone {
		return
	}
	if own {
		switch {
		case !p.onboarded && day >= p.startDay:
			w.begin(ctx, p, day)
		case p.onboarded:
			if day >= p.nextSession {
				w.session(ctx, p, day)
			}
			if p.r.Float64() < summaryChance {
				w.do(ctx, fakediscord.Interaction{UserID: p.id, Command: "summary"})
			}
			if p.r.Float64() < deleteChance {
				w.erase(ctx, p)
				if p.r.Float64() < returnChance {
					w.begin(ctx, p, day)
				} else {
					p.gone = true
				}
				return
			}
		}
	}
	if notified && p.onboarded && p.r.Float64() < answerChance {
		w.answer(ctx, p, day)
	}
}

// begin onboards p by /start and logs a session.
func (w *world) begin(ctx context.Context, p *person, day int) {
	rs := w.do(ctx, fakediscord.Interaction{UserID: p.id, Command: "start"})
	for range 12 {
		if strings.Contains(allText(rs), "All set") {
			p.onboarded = true
			w.session(ctx, p, day)
			return
		}
		if next := w.modal(ctx, p, rs); next != nil {
			rs = next
			continue
		}
		m, ok := lastWithButtons(rs)
		if !ok {
			break
		}
		label := "I agree"
		if _, ok := buttonByLabel(m, label); !ok {
			label = firstButton(m)
		}
		id, _ := buttonByLabel(m, label)
		if id == "" {
			break
		}
		rs = w.do(ctx, fakediscord.Interaction{UserID: p.id, CustomID: id})
	}
	w.unfinished.Add(1) // counted, and tried again tomorrow
}

// session logs a session today and plans the next in two to four weeks.
func (w *world) session(ctx context.Context, p *person, day int) {
	w.do(ctx, fakediscord.Interaction{UserID: p.id, Command: "session"})
	p.nextSession = day + 14 + p.r.IntN(15)
}

// erase deletes everything of p's, confirming with the button.
func (w *world) erase(ctx context.Context, p *person) {
	rs := w.do(ctx, fakediscord.Interaction{UserID: p.id, Command: "delete"})
	for _, m := range shown(rs) {
		if id, ok := buttonByLabel(m, "Delete everything"); ok {
			w.do(ctx, fakediscord.Interaction{UserID: p.id, CustomID: id})
			break
		}
	}
	w.kept.Add(-int64(len(p.kept)))
	p.kept = map[int]bool{}
	p.onboarded = false
}

// avoided are buttons a simulated person never presses while answering:
// they end sharing, clear a plan or erase data, which the soak does on
// purpose only.
var avoided = []string{"Delete everything", "Stop sharing", "Clear this step", "Cancel"}

// answer presses through the newest message with buttons in p's DM: a
// random answer to each question, sometimes a note, until nothing more is
// asked.
func (w *world) answer(ctx context.Context, p *person, day int) {
	ms := w.fake.Messages(w.fake.DMChannel(p.id))
	var m fakediscord.Message
	for i := len(ms) - 1; i >= 0 && m.ID == ""; i-- {
		if len(buttons(ms[i])) > 0 {
			m = ms[i]
		}
	}
	for range 16 {
		bs := buttons(m)
		if len(bs) == 0 {
			return
		}
		choice := bs[p.r.IntN(len(bs))]
		if i := slices.IndexFunc(bs, func(b fakediscord.Component) bool { return strings.HasPrefix(b.Label, "Write") }); i >= 0 {
			choice = bs[i]
			if p.r.Float64() >= noteChance {
				others := slices.DeleteFunc(slices.Clone(bs), func(b fakediscord.Component) bool { return strings.HasPrefix(b.Label, "Write") })
				if len(others) == 0 {
					return
				}
				choice = others[p.r.IntN(len(others))]
			}
		}
		rs, h := w.doKind(ctx, fakediscord.Interaction{UserID: p.id, CustomID: choice.CustomID})
		if h == "press:answer" && !p.kept[day] {
			p.kept[day] = true
			w.kept.Add(1)
		}
		if next := w.modal(ctx, p, rs); next != nil {
			rs = next
		}
		var ok bool
		if m, ok = lastWithButtons(rs); !ok {
			return
		}
	}
}

// modal fills in and submits the modal rs opened, if any, and returns the
// answer; nil when rs opened none.
func (w *world) modal(ctx context.Context, p *person, rs []fakediscord.InteractionResponse) []fakediscord.InteractionResponse {
	if len(rs) == 0 || rs[0].Modal == nil {
		return nil
	}
	md := rs[0].Modal
	var fields []fakediscord.ModalField
	for _, row := range md.Components {
		for _, in := range row.Components {
			fields = append(fields, fakediscord.ModalField{CustomID: in.CustomID, Value: p.fill(md.Title, in.Label)})
		}
	}
	return w.do(ctx, fakediscord.Interaction{Type: fakediscord.ModalSubmitInteraction, UserID: p.id, CustomID: md.CustomID, Fields: fields})
}

// fill is what p types into a modal's text input.
func (p *person) fill(title, label string) string {
	s := strings.ToLower(title + " " + label)
	switch {
	case strings.Contains(s, "zone"):
		return p.zone
	case strings.Contains(s, "from–to"):
		return "10:00-17:00"
	case strings.Contains(s, "time"):
		return fmt.Sprintf("%02d:00", p.checkIn)
	case strings.Contains(s, "code"):
		return "none"
	}
	return "A quiet day. A short walk after lunch."
}

func (w *world) doKind(ctx context.Context, in fakediscord.Interaction) ([]fakediscord.InteractionResponse, string) {
	rs, h := w.doHandled(ctx, in)
	return rs, h.Kind
}

func shown(rs []fakediscord.InteractionResponse) []fakediscord.Message {
	var out []fakediscord.Message
	for _, r := range rs {
		if r.Message != nil {
			out = append(out, *r.Message)
		}
	}
	return out
}

func allText(rs []fakediscord.InteractionResponse) string {
	var parts []string
	for _, m := range shown(rs) {
		parts = append(parts, m.Content)
		for _, e := range m.Embeds {
			parts = append(parts, e.Title, e.Description)
		}
	}
	return strings.Join(parts, "\n")
}

// buttons are a message's buttons that a person presses while answering:
// none of the avoided ones.
func buttons(m fakediscord.Message) []fakediscord.Component {
	return slices.DeleteFunc(allButtons(m), func(c fakediscord.Component) bool {
		return slices.ContainsFunc(avoided, func(a string) bool { return strings.HasPrefix(c.Label, a) })
	})
}

// allButtons are a message's buttons that do something in the bot: no
// links, nothing disabled.
func allButtons(m fakediscord.Message) []fakediscord.Component {
	var out []fakediscord.Component
	var walk func(cs []fakediscord.Component)
	walk = func(cs []fakediscord.Component) {
		for _, c := range cs {
			if c.Type == 2 && c.CustomID != "" && !c.Disabled {
				out = append(out, c)
			}
			walk(c.Components)
		}
	}
	walk(m.Components)
	return out
}

func lastWithButtons(rs []fakediscord.InteractionResponse) (fakediscord.Message, bool) {
	ms := shown(rs)
	for i := len(ms) - 1; i >= 0; i-- {
		if len(buttons(ms[i])) > 0 {
			return ms[i], true
		}
	}
	return fakediscord.Message{}, false
}

func buttonByLabel(m fakediscord.Message, label string) (string, bool) {
	for _, b := range allButtons(m) {
		if b.Label == label {
			return b.CustomID, true
		}
	}
	return "", false
}

func firstButton(m fakediscord.Message) string {
	if bs := buttons(m); len(bs) > 0 {
		return bs[0].Label
	}
	return ""
}
