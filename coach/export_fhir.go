package coach

import (
	"crypto/sha1"
	"fmt"
	"strconv"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
)

// The export's questionnaires in HL7 FHIR R4 (4.0.1), the format clinics'
// record systems read: a Bundle of type "collection" holding one
// QuestionnaireResponse per questionnaire answered on a day. Each names
// its questionnaire by LOINC's canonical URL (http://loinc.org/q/<panel>)
// where LOINC has the panel (instrument.LOINC), else by a URN of
// Aftercare's own; item linkIds are LOINC's "/<code>" where a code was
// sourced, else "<instrument>-<n>". Answers are the item's score
// (valueInteger), and a finished one carries its total as an item too.

type fhirBundle struct {
	ResourceType string      `json:"resourceType"`
	Type         string      `json:"type"`
	Timestamp    string      `json:"timestamp"`
	Entry        []fhirEntry `json:"entry,omitempty"`
}

type fhirEntry struct {
	FullURL  string       `json:"fullUrl"`
	Resource fhirResponse `json:"resource"`
}

type fhirResponse struct {
	ResourceType  string         `json:"resourceType"`
	ID            string         `json:"id"`
	Identifier    fhirIdentifier `json:"identifier"`
	Questionnaire string         `json:"questionnaire"`
	Status        string         `json:"status"`
	Subject       *fhirReference `json:"subject,omitempty"`
	Authored      string         `json:"authored"`
	Item          []fhirItem     `json:"item,omitempty"`
}

type fhirIdentifier struct {
	System string `json:"system"`
	Value  string `json:"value"`
}

type fhirReference struct {
	Display string `json:"display"`
}

type fhirItem struct {
	LinkID string       `json:"linkId"`
	Text   string       `json:"text,omitempty"`
	Answer []fhirAnswer `json:"answer,omitempty"`
}

type fhirAnswer struct {
	ValueInteger *int   `json:"valueInteger,omitempty"`
	ValueString  string `json:"valueString,omitempty"`
}

// fhirBundle holds every questionnaire of the days, oldest first.
func (x *exporter) fhirBundle(days []CheckIn) fhirBundle {
	b := fhirBundle{ResourceType: "Bundle", Type: "collection", Timestamp: x.now.In(x.loc).Truncate(time.Second).Format(time.RFC3339)}
	for _, d := range days {
		for _, in := range instrument.All() {
			if answers, ok := d.Answers[in.ID]; ok {
				r := x.fhirResponse(d, in, answers)
				b.Entry = append(b.Entry, fhirEntry{FullURL: r.Identifier.Value, Resource: r})
			}
		}
	}
	return b
}

// fhirResponse is one day's answers to one questionnaire. authored is the
// day: the answers are kept by day, and FHIR's dateTime takes a date.
func (x *exporter) fhirResponse(d CheckIn, in instrument.Questionnaire, answers []int) fhirResponse {
	codes, _ := instrument.LOINC(in.ID)
	r := fhirResponse{ResourceType: "QuestionnaireResponse", ID: in.ID + "-" + string(d.Day), Status: "in-progress", Authored: string(d.Day),
		Questionnaire: "urn:aftercare:questionnaire:" + in.ID}
	r.Identifier = fhirIdentifier{System: "urn:ietf:rfc:3986", Value: nameUUID(x.p.ID + "/" + r.ID)}
	if codes.Panel != "" {
		r.Questionnaire = "http://loinc.org/q/" + codes.Panel
	}
	if x.p.Name != "" {
		r.Subject = &fhirReference{Display: x.p.Name}
	}
	link := func(code, fallback string) string {
		if code != "" {
			return "/" + code
		}
		return in.ID + "-" + fallback
	}
	for i, a := range answers {
		if a >= 0 {
			r.Item = append(r.Item, fhirItem{LinkID: link(itemCode(codes, i), strconv.Itoa(i+1)), Text: in.Items[i], Answer: []fhirAnswer{{ValueInteger: &a}}})
		}
	}
	if label := difficultyLabel(in, d); label != "" {
		r.Item = append(r.Item, fhirItem{LinkID: in.ID + "-difficulty", Text: in.Difficulty.Text, Answer: []fhirAnswer{{ValueString: label}}})
	}
	if full, done := in.Complete(answers); done {
		if res, err := instrument.Score(in.ID, full); err == nil {
			r.Status = "completed"
			r.Item = append(r.Item, fhirItem{LinkID: link(codes.Total, "total"), Text: in.Code + " total score", Answer: []fhirAnswer{{ValueInteger: &res.Total}}})
		}
	}
	return r
}

func itemCode(c instrument.Codes, i int) string {
	if i < len(c.Items) {
		return c.Items[i]
	}
	return ""
}

// nameUUID is a name-based (version 5 style, SHA-1) UUID URN: the same
// response gets the same id in every export, and no two collide.
func nameUUID(name string) string {
	h := sha1.Sum([]byte("aftercare:" + name))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
