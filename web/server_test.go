package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// fakeViews is a coach with one therapist, rivera, and one patient, sam,
// who shares until revoked.
type fakeViews struct {
	lang    string // the viewer's language, as the coach gives it
	revoked bool
	gone    bool // the person ran /delete
	views   int
}

func (f *fakeViews) history() coach.History {
	d := localtime.Day("2026-03-02")
	return coach.History{Lang: f.lang, Name: "Sam", From: d, Through: d.AddDays(6), Trends: true, Minutes: true,
		Days:     []coach.ViewDay{{Day: d, Mood: 2, Session: true}, {Day: d.AddDays(1), Mood: 3, Minutes: 10}},
		Weeks:    []coach.ViewWeek{{Start: d, Minutes: 10}},
		Sessions: []localtime.Day{d}, Flags: []string{"low mood 3 days"}}
}

func (f *fakeViews) TherapistPage(ctx context.Context, therapist string) (coach.TherapistView, error) {
	v := coach.TherapistView{Lang: f.lang, Name: "Dr Rivera"}
	if !f.revoked {
		f.views++
		v.Patients = []coach.PatientView{{ID: "sam", History: f.history()}}
	}
	return v, nil
}

func (f *fakeViews) PatientPage(ctx context.Context, therapist, patient string) (coach.PatientView, error) {
	if f.revoked || therapist != "rivera" || patient != "sam" {
		return coach.PatientView{}, coach.ErrNotShared
	}
	f.views++
	return coach.PatientView{ID: "sam", History: f.history()}, nil
}

func (f *fakeViews) SharingPatients(ctx context.Context, therapist string) ([]string, error) {
	if f.revoked || therapist != "rivera" {
		return nil, nil
	}
	return []string{"sam"}, nil
}

func (f *fakeViews) OwnPage(ctx context.Context, person string, reflections bool) (coach.History, error) {
	if f.gone {
		return coach.History{}, fmt.Errorf("load person: %w", coach.ErrNotFound)
	}
	return f.history(), nil
}

func (f *fakeViews) ExportFiles(ctx context.Context, person string) ([]coach.File, error) {
	return []coach.File{{Name: "a.json", Type: "application/json", Data: []byte(`{"person":"` + person + `"}`)}}, nil
}

type testServer struct {
	*httptest.Server
	clk    *clock
	signer *Signer
	views  *fakeViews
}

func newTestServer(t *testing.T) *testServer {
	clk := &clock{time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)}
	signer := NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	views := &fakeViews{}
	s := &Server{Signer: signer, Views: views, Marks: &MemoryMarks{Now: clk.Now}}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &testServer{ts, clk, signer, views}
}

// browser is one browser: it keeps its cookies.
func browser(t *testing.T) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar}
}

func fetch(t *testing.T, c *http.Client, method, url string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, url, nil)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp, b.String()
}

func TestEveryResponseCarriesTheHeaders(t *testing.T) {
	ts := newTestServer(t)
	b := browser(t)
	fetch(t, b, "GET", ts.URL+"/l/"+ts.signer.Link("rivera", coach.LinkTherapist))
	own := browser(t)
	fetch(t, own, "GET", ts.URL+"/l/"+ts.signer.Link("sam", coach.LinkOwn))
	want := map[string]string{
		"Content-Security-Policy": "default-src 'self'",
		"Cache-Control":           "no-store",
		"Referrer-Policy":         "no-referrer",
		"X-Content-Type-Options":  "nosniff",
	}
	for _, tt := range []struct {
		name, method, path string
		client             *http.Client
		code               int
	}{
		{"therapist page", "GET", "/t", b, 200},
		{"patient page", "GET", "/t/p/" + ts.signer.ref("rivera", "sam"), b, 200},
		{"own page", "GET", "/me", own, 200},
		{"export", "GET", "/me/export/json", own, 200},
		{"stylesheet", "GET", "/static/app.css", b, 200},
		{"bad link", "GET", "/l/nonsense", b, 403},
		{"no session", "GET", "/t", browser(t), 403},
		{"unknown page", "GET", "/nothing", b, 404},
		{"sign out", "POST", "/logout", b, 200},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp, _ := fetch(t, tt.client, tt.method, ts.URL+tt.path)
			if resp.StatusCode != tt.code {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.code)
			}
			for k, v := range want {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

func TestLinkOpensOneBrowserSession(t *testing.T) {
	ts := newTestServer(t)
	link := ts.URL + "/l/" + ts.signer.Link("rivera", coach.LinkTherapist)
	first := browser(t)
	resp, body := fetch(t, first, "GET", link)
	if resp.StatusCode != 200 || !strings.Contains(body, "Sam") || !strings.Contains(body, "low mood 3 days") {
		t.Fatalf("first open: %d\n%s", resp.StatusCode, body)
	}
	u := resp.Request.URL
	var ck *http.Cookie
	for _, c := range first.Jar.Cookies(u) {
		if c.Name == cookieName {
			ck = c
		}
	}
	if ck == nil {
		t.Fatal("no session cookie")
	}
	// The jar hides attributes: read them off a fresh exchange.
	raw := httptest.NewRecorder()
	(&Server{Signer: ts.signer, Views: ts.views, Marks: &MemoryMarks{Now: ts.clk.Now}}).Handler().ServeHTTP(raw, httptest.NewRequest("GET", "/l/"+ts.signer.Link("rivera", coach.LinkTherapist), nil))
	set := raw.Header().Get("Set-Cookie")
	for _, attr := range []string{"HttpOnly", "SameSite=Strict", "Max-Age=3600", "Path=/"} {
		if !strings.Contains(set, attr) {
			t.Errorf("cookie %q lacks %s", set, attr)
		}
	}
	if strings.Contains(set, "Secure") {
		t.Errorf("cookie on loopback is Secure: %q", set)
	}

	t.Run("replayed in another browser", func(t *testing.T) {
		resp, body := fetch(t, browser(t), "GET", link)
		if resp.StatusCode != 403 || strings.Contains(body, "Sam") || !strings.Contains(body, "has been used already") {
			t.Errorf("replay: %d\n%s", resp.StatusCode, body)
		}
	})
	t.Run("therapist session on a person's page", func(t *testing.T) {
		if resp, _ := fetch(t, first, "GET", ts.URL+"/me"); resp.StatusCode != 403 {
			t.Errorf("/me with a therapist's session: %d", resp.StatusCode)
		}
	})
	t.Run("foreign patient", func(t *testing.T) {
		if resp, body := fetch(t, first, "GET", ts.URL+"/t/p/"+ts.signer.ref("rivera", "alex")); resp.StatusCode != 403 || strings.Contains(body, "Sam") {
			t.Errorf("a patient not sharing: %d", resp.StatusCode)
		}
	})
	t.Run("revoked", func(t *testing.T) {
		ts.views.revoked = true
		defer func() { ts.views.revoked = false }()
		if resp, body := fetch(t, first, "GET", ts.URL+"/t/p/"+ts.signer.ref("rivera", "sam")); resp.StatusCode != 403 || strings.Contains(body, "low mood") {
			t.Errorf("revoked patient: %d\n%s", resp.StatusCode, body)
		}
	})
	t.Run("cookie replayed after logout", func(t *testing.T) {
		fetch(t, first, "POST", ts.URL+"/logout")
		again := browser(t)
		again.Jar.SetCookies(u, []*http.Cookie{{Name: cookieName, Value: ck.Value, Path: "/"}})
		if resp, body := fetch(t, again, "GET", ts.URL+"/t"); resp.StatusCode != 403 || strings.Contains(body, "Sam") {
			t.Errorf("after logout: %d\n%s", resp.StatusCode, body)
		}
	})
}

func TestSessionEndsWithinTheHour(t *testing.T) {
	ts := newTestServer(t)
	b := browser(t)
	fetch(t, b, "GET", ts.URL+"/l/"+ts.signer.Link("sam", coach.LinkOwn))
	ts.clk.t = ts.clk.t.Add(59 * time.Minute)
	if resp, _ := fetch(t, b, "GET", ts.URL+"/me"); resp.StatusCode != 200 {
		t.Errorf("at 59 minutes: %d", resp.StatusCode)
	}
	ts.clk.t = ts.clk.t.Add(time.Minute)
	if resp, body := fetch(t, b, "GET", ts.URL+"/me"); resp.StatusCode != 403 || strings.Contains(body, "Sam") {
		t.Errorf("at an hour: %d", resp.StatusCode)
	}
}

func TestExpiredLinkIsRefusedPlainly(t *testing.T) {
	ts := newTestServer(t)
	link := ts.signer.Link("rivera", coach.LinkTherapist)
	ts.clk.t = ts.clk.t.Add(LinkFor)
	resp, body := fetch(t, browser(t), "GET", ts.URL+"/l/"+link)
	if resp.StatusCode != 403 || !strings.Contains(body, "expired") || strings.Contains(body, "Sign out") || strings.Contains(body, "Sam") {
		t.Errorf("expired link: %d\n%s", resp.StatusCode, body)
	}
}

func TestPagesHoldNoScriptAndDescribeEveryChart(t *testing.T) {
	ts := newTestServer(t)
	b := browser(t)
	_, body := fetch(t, b, "GET", ts.URL+"/l/"+ts.signer.Link("sam", coach.LinkOwn))
	for _, bad := range []string{"<script", "style=", "http://", "https://"} {
		if strings.Contains(body, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	if svgs, tables := strings.Count(body, "<svg"), strings.Count(body, "<table"); svgs == 0 || svgs != tables {
		t.Errorf("%d charts, %d tables: every chart needs its table", svgs, tables)
	}
	for _, want := range []string{`/me/export/json`, `/me/export/csv`, `/me/export/fhir`, `name="viewport"`, "Show my reflections"} {
		if !strings.Contains(body, want) {
			t.Errorf("own page lacks %s", want)
		}
	}
}

func TestOwnPageAfterDelete(t *testing.T) {
	ts := newTestServer(t)
	b := browser(t)
	fetch(t, b, "GET", ts.URL+"/l/"+ts.signer.Link("sam", coach.LinkOwn))
	ts.views.gone = true
	resp, body := fetch(t, b, "GET", ts.URL+"/me")
	if resp.StatusCode != 403 || !strings.Contains(body, "no longer holds anything of yours") || strings.Contains(body, "Mood") {
		t.Errorf("after /delete: %d\n%s", resp.StatusCode, body)
	}
}
