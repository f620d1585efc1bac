package main

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/aftercare/aftercare/internal/testlog"
)

// TestDemoPagesInABrowser opens the demo's two links in headless Chromium
// and saves a screenshot of each page: Dr Rivera's, Sam's page as Dr
// Rivera sees it, and Sam's own. These are the README's pictures: with
// UPDATE_SCREENSHOTS=1 they are also written to docs/screenshots/. It is
// skipped, saying why, without Chromium (.ci/run installs it).
func TestDemoPagesInABrowser(t *testing.T) {
	path := "/usr/bin/chromium"
	if _, err := os.Stat(path); err != nil {
		p, err := exec.LookPath("chromium")
		if err != nil {
			t.Skip("no Chromium, so the demo's pages cannot be drawn (apt-get install -y chromium; .ci/run installs it)")
		}
		path = p
	}
	profile, err := os.MkdirTemp("", "aftercare-demo-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path), chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(profile), chromedp.WindowSize(1100, 900))
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
		if err := os.RemoveAll(profile); err != nil {
			time.Sleep(200 * time.Millisecond) // Chromium's last writes; not an assertion
			os.RemoveAll(profile)
		}
	})

	enter, press := io.Pipe()
	out := &testlog.Buffer{}
	done := make(chan error, 1)
	go func() {
		done <- playDemo(context.Background(), out, io.Discard, t.TempDir(), nil, nil, &demoView{Wait: enter}, "en")
	}()
	defer func() {
		press.Close() // Enter
		if err := <-done; err != nil {
			t.Errorf("demo: %v", err)
		}
	}()
	links := regexp.MustCompile(`Dr Rivera's page: (\S+)\n  Sam's own page: +(\S+)`)
	var m []string
	if !waitFor(func() bool { m = links.FindStringSubmatch(out.String()); return m != nil }) {
		t.Fatalf("no links printed:\n%.3000s", out.String())
	}

	desktop, phone := chromedp.EmulateViewport(1100, 900), chromedp.EmulateViewport(390, 844)
	var body, title string
	var png []byte
	run := func(what string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	run("Dr Rivera's page", desktop, chromedp.Navigate(m[1]), chromedp.WaitVisible("h1", chromedp.ByQuery),
		chromedp.Text("body", &body, chromedp.ByQuery), chromedp.FullScreenshot(&png, 100))
	demoShot(t, "therapist.png", png)
	if !strings.Contains(body, "Dr Rivera") || !strings.Contains(body, "Sam") {
		t.Errorf("Dr Rivera's page does not show Dr Rivera and Sam:\n%.1500s", body)
	}
	run("Sam's page, as Dr Rivera sees it", chromedp.Click("a.open", chromedp.ByQuery), chromedp.WaitVisible("h1", chromedp.ByQuery),
		chromedp.Text("h1", &title, chromedp.ByQuery), chromedp.FullScreenshot(&png, 100))
	demoShot(t, "patient.png", png)
	if title != "Sam" {
		t.Errorf("patient page title = %q, want Sam", title)
	}
	run("Sam's page on a phone", phone, chromedp.Reload(), chromedp.WaitVisible("h1", chromedp.ByQuery), chromedp.FullScreenshot(&png, 100), desktop)
	demoShot(t, "patient-phone.png", png)
	run("Sam's own page", chromedp.Navigate(m[2]), chromedp.WaitVisible("h1", chromedp.ByQuery),
		chromedp.Text("body", &body, chromedp.ByQuery), chromedp.FullScreenshot(&png, 100))
	demoShot(t, "own.png", png)
	if !strings.Contains(body, "Your week, Mon 2 Mar – Sun 8 Mar") {
		t.Errorf("Sam's own page lacks the demo's week:\n%.1500s", body)
	}
	run("Sam's own page on a phone", phone, chromedp.Reload(), chromedp.WaitVisible("h1", chromedp.ByQuery), chromedp.FullScreenshot(&png, 100), desktop)
	demoShot(t, "own-phone.png", png)
}

// demoShot saves a screenshot to ARTEFACTS_DIR (else a folder in the
// temporary folder) and, with UPDATE_SCREENSHOTS=1, to docs/screenshots.
func demoShot(t *testing.T, name string, png []byte) {
	t.Helper()
	dir := os.Getenv("ARTEFACTS_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "aftercare-browser-artefacts")
	}
	dirs := []string{filepath.Join(dir, "demo")}
	if os.Getenv("UPDATE_SCREENSHOTS") == "1" {
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
}
