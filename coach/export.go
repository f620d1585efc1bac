package coach

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
)

// File is a document the coach hands to a person: their export.
type File struct {
	Name string
	Type string // MIME type
	Data []byte
}

// export answers /export with everything held about the person: all of it
// as JSON (exportDoc), their check-ins as a spreadsheet, and their
// questionnaires as FHIR resources a clinic's record system can take. It
// works for anyone of whom anything is kept, onboarded or not: a therapist
// who never ran /start, or someone with only a safety plan.
func (c *Coach) export(ctx context.Context, p Person) ([]Message, error) {
	held, err := c.store.Holds(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("look for data to export: %w", err)
	}
	if !held {
		return []Message{{Text: p.words().T("export.nothing")}}, nil
	}
	files, text, err := c.exportFiles(ctx, p)
	if err != nil {
		return nil, err
	}
	return []Message{{
		Title: p.words().T("export.title"),
		Text:  text,
		Files: files,
		ByDM:  true,
	}}, nil
}

// ExportFiles is /export's files for the person: the JSON of everything,
// the check-ins as CSV and the questionnaires as FHIR (the last two when
// there are any). The web view's export buttons serve them.
func (c *Coach) ExportFiles(ctx context.Context, person string) ([]File, error) {
	p, err := c.store.Person(ctx, person)
	if err != nil {
		return nil, fmt.Errorf("load person: %w", err)
	}
	files, _, err := c.exportFiles(ctx, p)
	return files, err
}

// exportFiles makes the files of an export, and the message that says
// what each holds (and what could not be read).
func (c *Coach) exportFiles(ctx context.Context, p Person) ([]File, string, error) {
	x, err := c.exporterFor(ctx, p)
	if err != nil {
		return nil, "", err
	}
	doc, days, err := x.document(ctx)
	if err != nil {
		return nil, "", err
	}
	js, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, "", fmt.Errorf("encode export: %w", err)
	}
	stamp := x.now.In(x.loc).Format("2006-01-02")
	files := []File{{Name: "aftercare-" + stamp + ".json", Type: "application/json", Data: js}}
	w := x.w
	parts := []string{w.T("export.json", lang.Args{"Zone": x.loc.String()})}
	if rows := checkInRows(days); len(rows) > 0 {
		files = append(files, File{Name: "aftercare-checkins-" + stamp + ".csv", Type: "text/csv", Data: checkInsCSV(rows)})
		parts = append(parts, w.N("export.csv", len(rows)))
	}
	if len(doc.Questionnaires) > 0 {
		bundle, err := json.MarshalIndent(x.fhirBundle(days), "", "  ")
		if err != nil {
			return nil, "", fmt.Errorf("encode FHIR export: %w", err)
		}
		files = append(files, File{Name: "aftercare-questionnaires-fhir-" + stamp + ".json", Type: "application/fhir+json", Data: bundle})
		parts = append(parts, w.N("export.fhir", len(doc.Questionnaires)))
	}
	all := joinAndIn(w.T("export.and"), parts)
	text := w.T("export.text", lang.Args{"Parts": all})
	if len(doc.CouldNotRead) > 0 {
		text = w.T("export.text_unread", lang.Args{"Parts": all}) + "\n\n" +
			unreadableLine(w, doc.CouldNotRead, "unreadable.line_files") +
			"\n\n" + w.T("export.delete_too")
	}
	return files, text, nil
}

// joinAndIn joins phrases with and, the language's word for "and".
func joinAndIn(and string, parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + and + " " + parts[len(parts)-1]
}
