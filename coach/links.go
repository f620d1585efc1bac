package coach

import "github.com/aftercare/aftercare/coach/lang"

// LinkKind is which page of the web view a link opens.
type LinkKind string

const (
	// LinkTherapist opens a therapist's page of the patients who share
	// with them.
	LinkTherapist LinkKind = "t"
	// LinkOwn opens a person's page of their own history.
	LinkOwn LinkKind = "p"
)

// Linker makes the short-lived signed links to the web view. web.Signer
// implements it (through cmd/aftercare, which knows PUBLIC_URL); nil in
// Config.Links means the web view is off and no message carries a link.
type Linker interface {
	// Link returns the address that opens viewer's kind of page.
	Link(viewer string, kind LinkKind) string
}

// linkLine is the line a message carries with its link, or "" when the
// web view is off.
func (c *Coach) linkLine(w lang.Printer, viewer string, kind LinkKind) string {
	if c.cfg.Links == nil {
		return ""
	}
	url := c.cfg.Links.Link(viewer, kind)
	if kind == LinkTherapist {
		return "Your patients' page, with charts: " + url + "\n(The link opens once, in one browser, within 15 minutes; /therapist dashboard gives a fresh one any time.)"
	}
	return w.T("link.own", lang.Args{"URL": url})
}

// dashboard answers /therapist dashboard with the link to the therapist's
// page, or says the web view is off.
func (c *Coach) dashboard(t Therapist) Message {
	if c.cfg.Links == nil {
		return Message{Text: "The web view isn't turned on for this bot (its operator sets WEB_ADDR). /therapist digest shows this week's digest here."}
	}
	return Message{Title: "Your patients", Text: c.linkLine(lang.For(lang.Default), t.ID, LinkTherapist) + "\nOnce open, the page stays open in that browser for up to an hour."}
}
