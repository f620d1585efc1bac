package coach

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// File is a document the coach hands to a person: their export.
type File struct {
	Name string
	Type string // MIME type
	Data []byte
}

// nothingToExport answers /export from someone of whom nothing is kept.
var nothingToExport = Message{Text: "There's nothing of yours to export — I don't hold anything about you."}

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
		return []Message{nothingToExport}, nil
	}
	files, text, err := c.exportFiles(ctx, p)
	if err != nil {
		return nil, err
	}
	return []Message{{
		Title: "Your data",
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
	parts := []string{"all of it as JSON (times in " + x.loc.String() + " time)"}
	if rows := checkInRows(days); len(rows) > 0 {
		files = append(files, File{Name: "aftercare-checkins-" + stamp + ".csv", Type: "text/csv", Data: checkInsCSV(rows)})
		parts = append(parts, "your check-ins as a spreadsheet (CSV: "+pluralCount(len(rows), "day")+")")
	}
	if len(doc.Questionnaires) > 0 {
		bundle, err := json.MarshalIndent(x.fhirBundle(days), "", "  ")
		if err != nil {
			return nil, "", fmt.Errorf("encode FHIR export: %w", err)
		}
		files = append(files, File{Name: "aftercare-questionnaires-fhir-" + stamp + ".json", Type: "application/fhir+json", Data: bundle})
		parts = append(parts, "your "+pluralCount(len(doc.Questionnaires), "questionnaire")+" as FHIR, the format clinics' record systems read")
	}
	text := "Here is everything I hold about you: " + joinAnd(parts) + ". /delete erases it all."
	if len(doc.CouldNotRead) > 0 {
		text = "Here is everything I hold about you that I could read: " + joinAnd(parts) + ".\n\n" +
			unreadableLine(doc.CouldNotRead, "of these files (the JSON file lists it under “could_not_read”)") +
			"\n\n/delete erases it all, that too."
	}
	return files, text, nil
}

// joinAnd joins phrases as a sentence does: "a, b and c".
func joinAnd(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
