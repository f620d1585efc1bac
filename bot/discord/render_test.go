package discord

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

func TestPages(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{"fits", "short", 10, []string{"short"}},
		{"empty", "  \n ", 10, nil},
		{"paragraph", "first part\n\nsecond", 12, []string{"first part", "second"}},
		{"sentence", "One two. Three four five", 12, []string{"One two.", "Three four", "five"}},
		{"word", "alpha beta gamma", 11, []string{"alpha beta", "gamma"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"multibyte", "ääääää", 4, []string{"ääää", "ää"}},
		{"combining mark kept", "abce\u0301f", 4, []string{"abc", "e\u0301f"}},
		{"joined emoji kept", "ab👩\u200d💻c", 3, []string{"ab", "👩\u200d💻", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pages(tt.text, tt.limit)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("pages(%q, %d) = %q, want %q", tt.text, tt.limit, got, tt.want)
			}
		})
	}
}

func TestPagesKeepEverything(t *testing.T) {
	text := strings.Repeat("Wörter und 🧘🏽‍♀️ mehr.\n", 500) + strings.Repeat("x", 5000)
	for _, limit := range []int{100, 2000, 4096} {
		got := pages(text, limit)
		for _, p := range got {
			if n := utf8.RuneCountInString(p); n > limit || n == 0 || !utf8.ValidString(p) {
				t.Fatalf("limit %d: page of %d code points (valid UTF-8: %v)", limit, n, utf8.ValidString(p))
			}
		}
		squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if squash(strings.Join(got, "")) != squash(text) {
			t.Errorf("limit %d: paging lost or changed text", limit)
		}
	}
}

func TestClipRunes(t *testing.T) {
	if got := clipRunes("Schönheit", 5); got != "Schö…" {
		t.Errorf("clipRunes = %q", got)
	}
	if got := clipRunes("kurz", 5); got != "kurz" {
		t.Errorf("clipRunes = %q", got)
	}
}

func TestRender(t *testing.T) {
	var remembered []coach.Input
	remember := func(in coach.Input) { remembered = append(remembered, in) }
	t.Run("TitledIsEmbed", func(t *testing.T) {
		out := render([]coach.Message{{Title: "Session logged", Text: "Rest today."}}, remember)
		if len(out) != 1 || out[0].content != "" || len(out[0].embeds) != 1 || out[0].embeds[0].Title != "Session logged" {
			t.Errorf("out = %+v", out)
		}
	})
	t.Run("CrisisIsContent", func(t *testing.T) {
		out := render([]coach.Message{{Title: "Support, right now", Text: "Call 988.", Crisis: true}}, remember)
		if len(out) != 1 || len(out[0].embeds) != 0 || out[0].content != "**Support, right now**\n\nCall 988." {
			t.Errorf("out = %+v", out)
		}
	})
	t.Run("ButtonsInRows", func(t *testing.T) {
		var bs []coach.Button
		for i := range 7 {
			bs = append(bs, coach.Button{Label: "b" + strconv.Itoa(i), Action: coach.Action{Verb: "answer", Value: strconv.Itoa(i)}})
		}
		bs = append(bs, bs[0]) // a duplicate custom_id: Discord would refuse the message
		out := render([]coach.Message{{Text: "Pick", Buttons: bs}}, remember)
		rows := out[0].components
		if len(rows) != 2 || len(rows[0].(discordgo.ActionsRow).Components) != 5 || len(rows[1].(discordgo.ActionsRow).Components) != 2 {
			t.Errorf("rows = %+v", rows)
		}
	})
	t.Run("InputIsAskButton", func(t *testing.T) {
		in := coach.Input{Action: coach.Action{Verb: coach.VerbTime}, Title: "Your check-in time", Label: "Time of day"}
		out := render([]coach.Message{{Text: "When?", Input: &in}}, remember)
		b := out[0].components[0].(discordgo.ActionsRow).Components[0].(discordgo.Button)
		if b.CustomID != "ask|"+in.Action.Encode() || out[0].input == nil || len(remembered) == 0 {
			t.Errorf("button = %+v, input %v", b, out[0].input)
		}
	})
	t.Run("EmptySkipped", func(t *testing.T) {
		if out := render([]coach.Message{{}, {Text: "  "}}, remember); len(out) != 0 {
			t.Errorf("out = %+v", out)
		}
	})
}

func TestModalLimits(t *testing.T) {
	in := coach.Input{Action: coach.Action{Verb: coach.VerbNote, Day: "2026-03-02"}, Title: strings.Repeat("t", 60),
		Label: strings.Repeat("l", 60), Placeholder: strings.Repeat("p", 200), Long: true, MaxLen: 9000}
	r := modal(in)
	ti := r.Data.Components[0].(discordgo.ActionsRow).Components[0].(discordgo.TextInput)
	if utf8.RuneCountInString(r.Data.Title) > 45 || utf8.RuneCountInString(ti.Label) > 45 ||
		utf8.RuneCountInString(ti.Placeholder) > 100 || ti.MaxLength != 4000 || ti.Style != discordgo.TextInputParagraph {
		t.Errorf("modal over Discord's limits: %+v %+v", r.Data, ti)
	}
}

func TestZoneMatches(t *testing.T) {
	if got := zoneMatches("london", ""); len(got) == 0 || got[0] != "Europe/London" {
		t.Errorf("london: %q", got)
	}
	for typed, want := range map[string]string{"Wien": "Europe/Vienna", "nueva york": "America/New_York", "Genf": "Europe/Zurich", "Londres": "Europe/London", "Munich": "Europe/Berlin"} {
		if got := zoneMatches(typed, ""); len(got) == 0 || got[0] != want || slices.Index(got[1:], want) >= 0 {
			t.Errorf("%s: %q, want %s first and once", typed, got, want)
		}
	}
	if got := zoneMatches("KATH", ""); len(got) != 1 || got[0] != "Asia/Kathmandu" {
		t.Errorf("KATH: %q", got)
	}
	if got := zoneMatches("america/", ""); len(got) != maxChoices {
		t.Errorf("america/: %d choices, want %d", len(got), maxChoices)
	}
	for _, z := range zones() {
		if _, err := localtime.ParseZone(z); err != nil {
			t.Errorf("offered zone %q is refused by the coach: %v", z, err)
		}
	}
}

// roundTripFunc records what the rewriting transport passes on.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestAPIRewrite(t *testing.T) {
	var got []string
	next := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got = append(got, r.URL.String())
		return &http.Response{StatusCode: 204, Body: http.NoBody}, nil
	})
	if rt := newAPIRewrite(nil, next); rt == nil {
		t.Fatal("nil base must keep the transport")
	}
	base, _ := url.Parse("http://127.0.0.1:8080/proxy/")
	rt := newAPIRewrite(base, next)
	for _, u := range []string{discordgo.EndpointGateway, discordgo.EndpointChannelMessages("1"), "https://cdn.discordapp.com/x.png"} {
		req, _ := http.NewRequest("GET", u, nil)
		if _, err := rt.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
		if req.URL.Host == "127.0.0.1:8080" {
			t.Error("the caller's request was changed")
		}
	}
	want := []string{"http://127.0.0.1:8080/proxy/api/v9/gateway", "http://127.0.0.1:8080/proxy/api/v9/channels/1/messages", "https://cdn.discordapp.com/x.png"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("requests went to %q, want %q", got, want)
	}
}
