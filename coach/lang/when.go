package lang

import (
	"strconv"
	"strings"
	"time"
)

var weekdayKeys = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

var monthKeys = [12]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// Weekday returns the name of d ("Monday", "lunes"), as it is written in
// the middle of a sentence.
func (p Printer) Weekday(d time.Weekday) string {
	return p.T("weekday." + weekdayKeys[d%7])
}

// Month returns the name of m.
func (p Printer) Month(m time.Month) string {
	return p.T("month." + monthKeys[(m+11)%12])
}

// Day writes a date with its weekday, day and month, as the language
// orders them ("Monday 2 March", "lunes 2 de marzo", "Montag, 2. März").
func (p Printer) Day(t time.Time) string {
	return p.T("date.day", Args{"Weekday": p.Weekday(t.Weekday()), "Day": t.Day(), "Month": p.Month(t.Month())})
}

// Short writes a short date, day and month ("2 Mar", "2 mar", "2. März").
func (p Printer) Short(t time.Time) string {
	return p.T("date.short", Args{"Day": t.Day(), "Month": p.Month(t.Month())})
}

// Capital returns s with its first letter upper case, for a weekday or
// month name that starts a sentence or a label.
func Capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// WeekdayShort returns the short name of d ("Mon", "lun", "Mo").
func (p Printer) WeekdayShort(d time.Weekday) string {
	return p.T("weekday_short." + weekdayKeys[d%7])
}

// MonthShort returns the short name of m ("Mar", "mar", "März").
func (p Printer) MonthShort(m time.Month) string {
	return p.T("month_short." + monthKeys[(m+11)%12])
}

// Decimal writes f with digits after the language's decimal separator
// ("3.6", "3,6"), rounded as strconv rounds.
func (p Printer) Decimal(f float64, digits int) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', digits, 64), ".", p.T("number.decimal"), 1)
}
