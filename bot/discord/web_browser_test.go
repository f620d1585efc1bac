package discord_test

import (
	"context"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/chromedp/chromedp"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/web"
)

// chromiumPath is Debian's chromium, which .ci/run installs when absent.
const chromiumPath = "/usr/bin/chromium"

// browserCtx starts a headless Chromium with a fresh profile, or skips the
// test, saying why, when there is none.
func browserCtx(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath
	if _, err := os.Stat(path); err != nil {
		p, err := exec.LookPath("chromium")
		if err != nil {
			t.Skipf("no Chromium at %s or on PATH, so the web view's browser test cannot run (apt-get install -y chromium; .ci/run installs it)", chromiumPath)
		}
		path = p
	}
	// A fresh profile, removed after Chromium has exited (t.TempDir would
	// race with its last writes).
	profile, err := os.MkdirTemp("", "aftercare-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(profile),
		chromedp.WindowSize(1100, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
		if err := os.RemoveAll(profile); err != nil {
			time.Sleep(200 * time.Millisecond) // the last of Chromium's writes; not an assertion
			os.RemoveAll(profile)
		}
	})
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// shot saves a screenshot to ARTEFACTS_DIR (CI keeps it), else a folder
// in the temporary folder; with UPDATE_SCREENSHOTS=1 the refused page also
// goes to docs/screenshots, for the README (the other pictures there are
// the demo's, Sam and Dr Rivera: cmd/aftercare's TestDemoPagesInABrowser).
func shot(t *testing.T, name string, png []byte) {
	t.Helper()
	dir := os.Getenv("ARTEFACTS_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "aftercare-browser-artefacts")
	}
	dirs := []string{dir}
	if os.Getenv("UPDATE_SCREENSHOTS") == "1" && name == "refused.png" {
		dirs = append(dirs, filepath.Join("..", "..", "docs", "screenshots"))
	}
	for _, d := range dirs {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshot %s in %s", name, dir)
}

var linkPattern = regexp.MustCompile(`http://[0-9.:]+/l/[A-Za-z0-9_.-]+`)

// TestWebViewInABrowser: a therapist's link from /therapist dashboard opens
// their page in Chromium with the flagged patient first; the patient's
// page follows; the patient revokes in Discord and the page refuses on
// reload; a link is refused once its 15 minutes are out, and a session
// once its hour is; a person's own link from /summary shows their page.
func TestWebViewInABrowser(t *testing.T) {
	ctx := browserCtx(t)
	fake := clinicFake(t)
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	signer := web.NewSigner([]byte("browser-test-secret-0123456789abcdef"), clock.Now)
	c := coach.New(store, store, clock, nil, coach.Config{TherapistGuilds: []string{clinic}, Links: web.Links{Base: base, Signer: signer}})
	srv := &web.Server{Signer: signer, Views: c, Marks: store, Secure: web.SecureFor(base)}
	stop := web.Serve(ln, srv.Handler(), slog.New(slog.DiscardHandler))
	t.Cleanup(stop)
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	bg := context.Background()

	h.do(fakediscord.Interaction{UserID: clinicAdmin, GuildID: clinic, ChannelID: staff, Command: "therapist",
		Options: []fakediscord.CommandOption{{Name: "add", Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: []fakediscord.CommandOption{{Name: "user", Type: int(discordgo.ApplicationCommandOptionUser), Value: rivera}}}}})
	code := codePattern.FindString(allText(shown(h.do(fakediscord.Interaction{UserID: rivera, Command: "therapist", Options: []fakediscord.CommandOption{{Name: "code", Type: int(discordgo.ApplicationCommandOptionSubCommand)}}}))))
	ana, ben := patients[0], patients[1]
	moods := map[string][]int{ana.id: {3, 3, 4, 3, 4, 4, 4, 3, 4, 4, 5, 4, 4, 4}, ben.id: {3, 2, 2, 3, 2, 2, 3, 2, 2, 1, 2, 2, 3, 2}}
	for _, p := range []struct{ id, name, flags string }{ana, ben} {
		h.onboardAs(p.id, p.name)
		for i, m := range moods[p.id] { // Mon 23 February .. Sun 8 March
			fields := map[string]string{"mood": strconv.Itoa(m), "anxiety": strconv.Itoa(6 - m), "energy": strconv.Itoa(max(1, m-1)), "sleep": strconv.Itoa(m),
				"minutes": strconv.Itoa(5 * (i % 5)), "sent": "2026-02-23T20:00:00Z"}
			if i == 0 || i == 13 { // a PHQ-9 at each end
				for item := range 8 {
					fields["q:phq9:"+strconv.Itoa(item)] = strconv.Itoa(map[bool]int{true: 2, false: 1}[m < 3 || i == 0])
				}
				fields["q:phq9:8"] = "0" // item 9, the safety item: not at all
			}
			if err := store.SaveFields(bg, p.id, localtime.Day("2026-02-23").AddDays(i), fields); err != nil {
				t.Fatal(err)
			}
		}
		if err := store.AddSession(bg, p.id, coach.TherapySession{At: time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC), LoggedBy: p.id}); err != nil {
			t.Fatal(err)
		}
		offer := shown(h.do(fakediscord.Interaction{UserID: p.id, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}}))[0]
		if p.flags == "a" {
			offer = shown(h.do(fakediscord.Interaction{UserID: p.id, CustomID: button(t, offer, "Turn crisis alerts on")}))[0]
		}
		h.do(fakediscord.Interaction{UserID: p.id, CustomID: button(t, offer, "Share")})
	}
	h.do(fakediscord.Interaction{UserID: ben.id, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 10}, {Name: "activity", Value: "i want to die"}}})

	dashboard := func() string {
		t.Helper()
		link := linkPattern.FindString(allText(shown(h.do(fakediscord.Interaction{UserID: rivera, Command: "therapist", Options: []fakediscord.CommandOption{{Name: "dashboard", Type: int(discordgo.ApplicationCommandOptionSubCommand)}}}))))
		if link == "" {
			t.Fatal("/therapist dashboard carries no link")
		}
		return link
	}
	desktop := chromedp.EmulateViewport(1100, 900)
	var first, title, body string
	var png []byte
	run := func(what string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	run("open the therapist's link", desktop, chromedp.Navigate(dashboard()), chromedp.WaitVisible("h1", chromedp.ByQuery),
		chromedp.Text("section.patient h2", &first, chromedp.ByQuery), chromedp.Text("body", &body, chromedp.ByQuery), chromedp.FullScreenshot(&png, 100))
	shot(t, "therapist.png", png)
	if first != "Ben" || !strings.Contains(body, "crisis flag this week") || !strings.Contains(body, "Ana") {
		t.Errorf("first patient = %q, want Ben, flagged, before Ana:\n%.1500s", first, body)
	}
	if strings.Contains(body, "i want to die") {
		t.Error("the page shows the words of a crisis")
	}

	var focused string
	run("follow to the patient's page", chromedp.Click("a.open", chromedp.ByQuery), chromedp.WaitVisible("h1", chromedp.ByQuery),
		chromedp.Text("h1", &title, chromedp.ByQuery), chromedp.FullScreenshot(&png, 100),
		chromedp.KeyEvent("\t"), chromedp.Evaluate(`document.activeElement.textContent`, &focused))
	shot(t, "patient.png", png)
	if title != "Ben" {
		t.Errorf("patient page title = %q, want Ben", title)
	}
	if focused != "Skip to the page" {
		t.Errorf("first Tab focuses %q, want the skip link", focused)
	}
	run("the patient's page on a phone", chromedp.EmulateViewport(390, 844), chromedp.Reload(), chromedp.WaitVisible("h1", chromedp.ByQuery),
		chromedp.FullScreenshot(&png, 100), desktop)
	shot(t, "patient-phone.png", png)
	var wide bool
	run("no sideways scrolling on a phone", chromedp.EmulateViewport(390, 844), chromedp.Reload(), chromedp.WaitVisible("h1", chromedp.ByQuery),
		chromedp.Evaluate(`document.documentElement.scrollWidth > window.innerWidth`, &wide), desktop)
	if wide {
		t.Error("the patient's page is wider than a phone")
	}
	if log, _ := store.AuditLog(bg, ben.id, 1); len(log) != 1 || log[0].What != "viewed your shared data" || log[0].Who != "Dr Rivera" {
		t.Errorf("Ben's record = %+v, want Dr Rivera's view", log)
	}

	// Ben stops sharing in Discord: the next load refuses.
	rs := h.do(fakediscord.Interaction{UserID: ben.id, Command: "share"})
	contains(t, allText(shown(rs)), "Dr Rivera viewed your shared data")
	h.do(fakediscord.Interaction{UserID: ben.id, CustomID: button(t, shown(rs)[0], "Stop sharing with Dr Rivera")})
	run("reload after revocation", chromedp.Reload(), chromedp.WaitVisible("h1", chromedp.ByQuery), chromedp.Text("body", &body, chromedp.ByQuery), chromedp.FullScreenshot(&png, 100))
	shot(t, "refused.png", png)
	if !strings.Contains(body, "no longer shares it with you") || strings.Contains(body, "Ben") {
		t.Errorf("after revocation the page shows:\n%s", body)
	}

	// A link left for 15 minutes is refused; a session ends within the hour.
	late := dashboard()
	clock.Advance(web.LinkFor)
	run("open a link 15 minutes late", chromedp.Navigate(late), chromedp.WaitVisible("h1", chromedp.ByQuery), chromedp.Text("body", &body, chromedp.ByQuery))
	if !strings.Contains(body, "has expired") || strings.Contains(body, "Ana") {
		t.Errorf("expired link shows:\n%s", body)
	}
	run("the session still open", chromedp.Navigate(base+"/t"), chromedp.WaitVisible("h1", chromedp.ByQuery), chromedp.Text("body", &body, chromedp.ByQuery))
	if !strings.Contains(body, "Ana") {
		t.Errorf("the session ended early:\n%.500s", body)
	}
	clock.Advance(web.SessionFor)
	run("the session after its hour", chromedp.Reload(), chromedp.WaitVisible("h1", chromedp.ByQuery), chromedp.Text("body", &body, chromedp.ByQuery))
	if strings.Contains(body, "Ana") || !strings.Contains(body, "can't be opened") {
		t.Errorf("an hour on, the page shows:\n%.500s", body)
	}

	// Ana's own page, from /summary.
	own := linkPattern.FindString(allText(shown(h.do(fakediscord.Interaction{UserID: ana.id, Command: "summary"}))))
	if own == "" {
		t.Fatal("/summary carries no link")
	}
	run("Ana's own page", chromedp.Navigate(own), chromedp.WaitVisible("h1", chromedp.ByQuery), chromedp.Text("body", &body, chromedp.ByQuery), chromedp.FullScreenshot(&png, 100))
	shot(t, "own.png", png)
	for _, want := range []string{"Your page", "Mood by day", "PHQ-9 over time", "Your weeks", "Everything (JSON)"} {
		if !strings.Contains(body, want) {
			t.Errorf("own page lacks %q", want)
		}
	}
	run("Ana's own page on a phone", chromedp.EmulateViewport(390, 844), chromedp.Reload(), chromedp.WaitVisible("h1", chromedp.ByQuery), chromedp.FullScreenshot(&png, 100))
	shot(t, "own-phone.png", png)
}
