package coach

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
func (c *Coach) linkLine(viewer string, kind LinkKind) string {
	if c.cfg.Links == nil {
		return ""
	}
	url := c.cfg.Links.Link(viewer, kind)
	if kind == LinkTherapist {
		return "Your private page, with charts (opens in one browser, for 15 minutes): " + url
	}
	return "Your own page, with every week and chart so far (private to you; the link works once, for 15 minutes): " + url
}

// dashboard answers /therapist dashboard with the link to the therapist's
// page, or says the web view is off.
func (c *Coach) dashboard(t Therapist) Message {
	if c.cfg.Links == nil {
		return Message{Text: "The web view isn't turned on for this bot (its operator sets WEB_ADDR). /therapist digest shows this week's digest here."}
	}
	return Message{Title: "Your patients", Text: c.linkLine(t.ID, LinkTherapist) + "\n\nThe link works once, in one browser, for 15 minutes; the page stays open for up to an hour. Ask again any time for a new one."}
}
