package web

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/langtest"
)

// tags are an HTML page's tags, to leave its words.
var tags = regexp.MustCompile(`<[^>]*>`)

// words are what a reader of the page sees and a screen reader says: its
// text, and its aria labels and titles.
func words(body string) string {
	labels := regexp.MustCompile(`aria-label="([^"]*)"`).FindAllStringSubmatch(body, -1)
	var b strings.Builder
	b.WriteString(html.UnescapeString(tags.ReplaceAllString(body, "\n")))
	for _, l := range labels {
		b.WriteString("\n" + l[1])
	}
	return b.String()
}

// TestPagesInTheViewersLanguage: the therapist's pages are in the
// therapist's language and the person's own page in theirs, with the html
// lang attribute set, and no English sentence of the pages' own.
func TestPagesInTheViewersLanguage(t *testing.T) {
	for _, tc := range []struct {
		lang, viewer string
		kind         coach.LinkKind
		then, want   string
	}{
		{"de", "rivera", coach.LinkTherapist, "", "Ihre Patientinnen und Patienten"},
		{"de", "rivera", coach.LinkTherapist, "/t/p/", "Alles, was Sam mit Ihnen teilt, von Montag, 2. März bis Sonntag, 8. März"},
		{"fr", "sam", coach.LinkOwn, "", "Tout jusqu'ici, Sam, du lundi 2 mars au dimanche 8 mars"},
		{"es", "sam", coach.LinkOwn, "", "Todo hasta ahora, Sam, del lunes 2 de marzo al domingo 8 de marzo"},
	} {
		ts := newTestServer(t)
		ts.views.lang = tc.lang
		b := browser(t)
		_, body := fetch(t, b, "GET", ts.URL+"/l/"+ts.signer.Link(tc.viewer, tc.kind))
		if tc.then != "" {
			ref := regexp.MustCompile(`href="(/t/p/[^"]+)"`).FindStringSubmatch(body)
			if ref == nil {
				t.Fatalf("no patient link on the therapist's page:\n%s", body)
			}
			_, body = fetch(t, b, "GET", ts.URL+ref[1])
		}
		if !strings.Contains(body, `<html lang="`+tc.lang+`">`) || !strings.Contains(html.UnescapeString(body), tc.want) {
			t.Errorf("%s %s%s: lacks the lang attribute or %q:\n%s", tc.lang, tc.kind, tc.then, tc.want, body)
		}
		// The fixture's flag is what the coach would have said in English.
		if english := langtest.English(words(body), tc.lang, "low mood 3 days", "Dr Rivera", "Aftercare", "JSON", "CSV", "FHIR"); len(english) > 0 {
			t.Errorf("%s %s%s: English on the page: %q", tc.lang, tc.kind, tc.then, english)
		}
	}
}
