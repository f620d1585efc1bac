package coach

import (
	"bytes"
	"encoding/csv"
	"strconv"
)

// checkInRows are the days the spreadsheet lists: those with an answer,
// movement or side effects.
func checkInRows(days []CheckIn) []CheckIn {
	var out []CheckIn
	for _, d := range days {
		if d.Answered() || d.MovedMinutes() > 0 || d.SideEffects.Asked() {
			out = append(out, d)
		}
	}
	return out
}

// checkInsCSV writes the days as a spreadsheet, every cell made inert.
func checkInsCSV(days []CheckIn) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	row := func(cells ...string) {
		for i := range cells {
			cells[i] = csvCell(cells[i])
		}
		w.Write(cells)
	}
	row("day", "mood", "anxiety", "energy", "sleep", "minutes_moved", "note", "side_effects_after_session")
	num := func(v int) string {
		if v == 0 {
			return ""
		}
		return strconv.Itoa(v)
	}
	for _, d := range days {
		row(string(d.Day), num(d.Mood), num(d.Anxiety), num(d.Energy), num(d.Sleep), strconv.Itoa(d.MovedMinutes()), d.Note, d.SideEffects.Text())
	}
	w.Flush()
	return b.Bytes()
}

// csvCell makes a cell safe to open in a spreadsheet. A cell that begins
// with =, +, -, @, a tab or a carriage return is read as a formula by
// Excel, LibreOffice and Sheets, so a note such as =HYPERLINK(…) would run;
// following OWASP's CSV injection guidance, such a cell gets a leading
// single quote, which the spreadsheet shows as text. (The csv package
// already quotes the cell and doubles any quotes inside it.)
func csvCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
