// Package web serves the private pages of the web view: a therapist's page
// of the patients who share with them, a page per patient, and a person's
// own page with their whole history and exports. Pages are reached by short
// signed links (Signer) that the coach puts in digests, /therapist dashboard
// and /summary; a link is exchanged once for a session cookie that lasts
// at most an hour.
//
// Everything is drawn on the server with html/template, charts as inline
// SVG, each with a small table as its text alternative; no script, font or
// tracker comes from anywhere else. Every response carries a
// Content-Security-Policy of default-src 'self', Cache-Control: no-store,
// Referrer-Policy: no-referrer and X-Content-Type-Options: nosniff.
//
// The package reads what it shows from the coach (Views) and never decides
// what may be shown: the coach checks consent on every call.
package web
