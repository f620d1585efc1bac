package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
)

// Views is what the pages read from the coach. coach.Coach implements it;
// every call checks consent again.
type Views interface {
	TherapistPage(ctx context.Context, therapist string) (coach.TherapistView, error)
	PatientPage(ctx context.Context, therapist, patient string) (coach.PatientView, error)
	SharingPatients(ctx context.Context, therapist string) ([]string, error)
	OwnPage(ctx context.Context, person string, reflections bool) (coach.History, error)
	ExportFiles(ctx context.Context, person string) ([]coach.File, error)
}

// Marks remembers, across replicas, the links already exchanged and the
// sessions ended. storage.Redis implements it; MemoryMarks is for one
// process.
type Marks interface {
	// MarkOnce records id for ttl and reports whether it was not yet recorded.
	MarkOnce(ctx context.Context, id string, ttl time.Duration) (bool, error)
	// Marked reports whether id is recorded.
	Marked(ctx context.Context, id string) (bool, error)
}

// Server serves the pages.
type Server struct {
	Signer *Signer
	Views  Views
	Marks  Marks
	// Secure sets the session cookie's Secure attribute: true unless the
	// pages are served to a loopback address over plain HTTP.
	Secure bool
	Log    *slog.Logger
}

const cookieName = "aftercare_session"

//go:embed templates/*.html static/app.css
var files embed.FS

// The pages' words are in the viewer's language: each page's data carries
// a lang.Printer as W, which the templates call (.W.T "web.key").
var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"long":   coach.LongDay,
	"course": courseName,
	"args":   pairs,
	// head is the page head's data: the words and the title.
	"head": func(w lang.Printer, title string) any {
		return struct {
			W     lang.Printer
			Title string
		}{w, title}
	},
	// both hands a part of a page its words beside its value.
	"both": func(w lang.Printer, v any) any {
		return struct {
			W lang.Printer
			V any
		}{w, v}
	},
}).ParseFS(files, "templates/*.html"))

// pairs makes a message's arguments of names and values in turn.
func pairs(kv ...any) lang.Args {
	out := lang.Args{}
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			out[k] = kv[i+1]
		}
	}
	return out
}

// Handler is the web view: every response carries the headers above.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /l/{token}", s.exchange)
	mux.HandleFunc("GET /t", s.therapist)
	mux.HandleFunc("GET /t/p/{ref}", s.patient)
	mux.HandleFunc("GET /me", s.own)
	mux.HandleFunc("GET /me/export/{format}", s.export)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("GET /static/app.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		b, _ := files.ReadFile("static/app.css")
		w.Write(b)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.refuse(w, http.StatusNotFound, "There's no page here.")
	})
	return headers(mux)
}

// headers sets what every response carries: only the page's own resources
// may load, nothing is cached or sent on as a referrer, and types are not
// guessed.
func headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'")
		h.Set("Cache-Control", "no-store")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}

// refusedText is all a bad, expired, spent or foreign link is told.
const refusedText = "This link can't be opened: it has expired, has been used already, or isn't for this page. Links work once, for 15 minutes. Ask the bot for a new one: /therapist dashboard, or /summary for your own page."

func (s *Server) refuse(w http.ResponseWriter, code int, text string) {
	s.render(w, code, "refused.html", struct{ Text string }{text})
}

// render writes a page whole, or, when it cannot be made, says so: never
// half a page.
func (s *Server) render(w http.ResponseWriter, code int, name string, data any) {
	var b bytes.Buffer
	if err := pages.ExecuteTemplate(&b, name, data); err != nil {
		s.log().Error("render page", "page", name, "err", err)
		http.Error(w, "Something went wrong on our side. Please try again in a minute.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

func (s *Server) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

// exchange trades a link, once, for a session cookie, and goes to the
// viewer's page. A link opened a second time, by anyone, is refused.
func (s *Server) exchange(w http.ResponseWriter, r *http.Request) {
	c, err := s.Signer.VerifyLink(r.PathValue("token"))
	if err != nil {
		s.refuse(w, http.StatusForbidden, refusedText)
		return
	}
	first, err := s.Marks.MarkOnce(r.Context(), "link:"+c.Nonce, LinkFor)
	if err != nil {
		s.log().Error("spend link", "err", err)
		s.refuse(w, http.StatusServiceUnavailable, "Something went wrong on our side. Please try again in a minute.")
		return
	}
	if !first {
		s.refuse(w, http.StatusForbidden, refusedText)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: cookieName, Value: s.Signer.Session(c), Path: "/",
		MaxAge: int(SessionFor / time.Second), HttpOnly: true, Secure: s.Secure, SameSite: http.SameSiteStrictMode,
	})
	to := "/me"
	if c.Kind == coach.LinkTherapist {
		to = "/t"
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// session returns the viewer of a live session of the given kind, or
// refuses the request and reports false.
func (s *Server) session(w http.ResponseWriter, r *http.Request, kind coach.LinkKind) (Claims, bool) {
	ck, err := r.Cookie(cookieName)
	if err != nil {
		s.refuse(w, http.StatusForbidden, refusedText)
		return Claims{}, false
	}
	c, err := s.Signer.VerifySession(ck.Value)
	if err != nil || c.Kind != kind {
		s.refuse(w, http.StatusForbidden, refusedText)
		return Claims{}, false
	}
	ended, err := s.Marks.Marked(r.Context(), "session:"+c.Nonce)
	if err != nil {
		s.log().Error("read session", "err", err)
		s.refuse(w, http.StatusServiceUnavailable, "Something went wrong on our side. Please try again in a minute.")
		return Claims{}, false
	}
	if ended {
		s.refuse(w, http.StatusForbidden, refusedText)
		return Claims{}, false
	}
	return c, true
}

// logout ends the session: its cookie is refused from now on, even if kept.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if ck, err := r.Cookie(cookieName); err == nil {
		if c, err := s.Signer.VerifySession(ck.Value); err == nil {
			if _, err := s.Marks.MarkOnce(r.Context(), "session:"+c.Nonce, SessionFor); err != nil {
				s.log().Error("end session", "err", err)
			}
		}
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.Secure, SameSite: http.SameSiteStrictMode})
	s.refuse(w, http.StatusOK, "You're signed out. This page shows nothing more; close it whenever you like.")
}

// failed answers an error from the coach: a page that is not shared, or
// a person who is gone, is refused like a bad link; anything else is ours.
func (s *Server) failed(w http.ResponseWriter, err error, kind coach.LinkKind) {
	if errors.Is(err, coach.ErrNotShared) || errors.Is(err, coach.ErrNotFound) {
		text := "This page isn't available: the person no longer shares it with you, or it no longer exists."
		if kind == coach.LinkOwn {
			text = "There's nothing to show here: Aftercare no longer holds anything of yours."
		}
		s.refuse(w, http.StatusForbidden, text)
		return
	}
	s.log().Error("read page", "err", err)
	s.refuse(w, http.StatusInternalServerError, "Something went wrong on our side. Please try again in a minute.")
}
