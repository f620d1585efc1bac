package main

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/internal/testlog"
)

// TestMainServesTheWebView drives Main with WEB_ADDR: /summary in the
// console carries the person's own link, the link opens their page once,
// with the web view's headers, and a second opening is refused.
func TestMainServesTheWebView(t *testing.T) {
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	in, typeIn := io.Pipe()
	out, logs := &testlog.Buffer{}, &testlog.Buffer{}
	m := &Main{
		Config: Config{RedisURL: os.Getenv("REDIS_URL"), ClockSpeed: 1, WebAddr: "127.0.0.1:0"},
		Stdin:  in, Stdout: out, Stderr: logs, Clock: clock,
		Prefix: redistest.Prefix(t), Charts: t.TempDir(),
	}
	done := make(chan error, 1)
	go func() { done <- m.Run(context.Background()) }()
	io.WriteString(typeIn, "/start\n1\nEurope/London\n20:00\n2\n/moved 20 walk\n/summary\n")
	link := regexp.MustCompile(`http://127\.0\.0\.1:\d+/l/\S+`)
	if !waitFor(func() bool { return link.MatchString(out.String()) }) {
		typeIn.Close()
		t.Fatalf("/summary carries no link:\n%s\n--- log ---\n%s", out.String(), logs.String())
	}
	if !strings.Contains(logs.String(), "serving the web view") {
		t.Errorf("the log does not say where the web view is:\n%s", logs.String())
	}
	url := link.FindString(out.String())
	jar, _ := cookiejar.New(nil)
	resp, err := (&http.Client{Jar: jar}).Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Your page") || resp.Header.Get("Content-Security-Policy") != "default-src 'self'" {
		t.Errorf("own page: %d, CSP %q\n%.500s", resp.StatusCode, resp.Header.Get("Content-Security-Policy"), body)
	}
	if code, _ := get(t, url); code != http.StatusForbidden {
		t.Errorf("the link opened twice: %d", code)
	}
	typeIn.Close()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
}
