package web

import (
	"bytes"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
)

// TestScoreChartMarksTheCourse: where the durability view has a course
// (response, remission, fading), the score chart's SVG labels the latest
// score with it and draws the response threshold, and its table says the
// same; without one, neither appears.
func TestScoreChartMarksTheCourse(t *testing.T) {
	phq9, _ := instrument.ByID("phq9")
	days := []coach.ViewDay{{Day: "2026-03-01"}, {Day: "2026-03-08"}, {Day: "2026-03-15"}}
	for _, tt := range []struct {
		name       string
		course     string
		responseAt float64
		want, not  []string
	}{
		{name: "no course yet", not: []string{`class="mark"`, "response ≤", "Course"}},
		{name: "response", course: "response", responseAt: 9,
			want: []string{`class="mark">response</text>`, "response ≤ 9</text>", "<th scope=\"col\">Course</th>", "<td>response (latest score)</td>"}},
		{name: "remission", course: "remission", responseAt: 9,
			want: []string{`class="mark">remission</text>`, "<td>remission (latest score)</td>"}},
		{name: "fading", course: "response fading", responseAt: 9,
			want: []string{`class="mark">response fading</text>`, "response ≤ 9</text>", "<td>response fading (latest score)</td>"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := coach.ViewInstrument{Code: phq9.Code, MaxTotal: phq9.MaxTotal, Bands: phq9.Bands, Course: tt.course, ResponseAt: tt.responseAt,
				Scores: []coach.ViewScore{{Day: "2026-03-01", Total: 18}, {Day: "2026-03-08", Total: 8}, {Day: "2026-03-15", Total: 7}}}
			h := coach.History{Scores: true, Days: days, Instruments: []coach.ViewInstrument{in}, From: localtime.Day("2026-03-01"), Through: "2026-03-15"}
			cs := charts(h, "")
			if len(cs) != 1 {
				t.Fatalf("charts = %d, want the PHQ-9's", len(cs))
			}
			var b bytes.Buffer
			if err := pages.ExecuteTemplate(&b, "chart", cs[0]); err != nil {
				t.Fatal(err)
			}
			got := b.String()
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("chart lacks %q:\n%s", w, got)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("chart holds %q:\n%s", n, got)
				}
			}
			if rows := cs[0].Table.Rows; len(rows) != 3 || tt.course != "" && rows[0][2] != "" {
				t.Errorf("table rows = %v, want the course on the latest only", rows)
			}
		})
	}
}
