package instrument_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/instrument"
)

// loincCheck computes a LOINC code's check digit by LOINC's own mod 10
// rule: the digits in odd places from the right, read right to left, are
// doubled as a number; the even-place digits go in front; the check digit
// brings the sum of all those digits up to a multiple of ten.
func loincCheck(body string) int {
	var odd, even strings.Builder
	for i := len(body) - 1; i >= 0; i-- {
		if (len(body)-i)%2 == 1 {
			odd.WriteByte(body[i])
		} else {
			even.WriteByte(body[i])
		}
	}
	n, _ := strconv.Atoi(odd.String())
	sum := 0
	for _, r := range even.String() + strconv.Itoa(2*n) {
		sum += int(r - '0')
	}
	return (10 - sum%10) % 10
}

func TestLOINCCodesAreWellFormedAndFitTheItems(t *testing.T) {
	if loincCheck("12345") != 5 || loincCheck("44249") != 1 {
		t.Fatal("the check-digit rule is wrong") // LOINC's worked example, and PHQ-9's panel
	}
	valid := func(code string) bool {
		body, check, ok := strings.Cut(code, "-")
		d, err := strconv.Atoi(check)
		_, errBody := strconv.Atoi(body)
		return ok && err == nil && errBody == nil && len(check) == 1 && loincCheck(body) == d
	}
	for _, q := range instrument.All() {
		c, ok := instrument.LOINC(q.ID)
		if !ok {
			t.Errorf("%s has no entry (an empty one says none was sourced)", q.Code)
			continue
		}
		if len(c.Items) != 0 && len(c.Items) != len(q.Items) {
			t.Errorf("%s: %d item codes for %d items", q.Code, len(c.Items), len(q.Items))
		}
		for _, code := range append([]string{c.Panel, c.Total}, c.Items...) {
			if code != "" && !valid(code) {
				t.Errorf("%s: %q is not a valid LOINC code", q.Code, code)
			}
		}
	}
	want := map[string]string{instrument.PHQ9: "44249-1", instrument.GAD7: "69737-5", instrument.PHQ2: "55757-9", instrument.PCL5: "101697-1"}
	for id, panel := range want {
		if c, _ := instrument.LOINC(id); c.Panel != panel {
			t.Errorf("%s panel = %q, want %q", id, c.Panel, panel)
		}
	}
	if c, _ := instrument.LOINC(instrument.GAD2); c.Panel == "69725-0" {
		t.Error("69725-0 is GAD-7's first item, not the GAD-2")
	}
}
