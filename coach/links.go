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
		return w.T("therapist.link", lang.Args{"URL": url})
	}
	return w.T("link.own", lang.Args{"URL": url})
}

// dashboard answers /therapist dashboard with the link to the therapist's
// page, or says the web view is off.
func (c *Coach) dashboard(t Therapist) Message {
	w := t.words()
	if c.cfg.Links == nil {
		return Message{Text: w.T("therapist.web_off")}
	}
	return Message{Title: w.T("therapist.dashboard_title"), Text: c.linkLine(w, t.ID, LinkTherapist) + "\n" + w.T("therapist.dashboard_stays")}
}
