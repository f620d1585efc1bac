package instrument

import (
	"slices"
	"testing"
)

func TestItemOptionsGateIsNoYes(t *testing.T) {
	pc, _ := ByID(PCPTSD5)
	want := []Option{{0, "No"}, {1, "Yes"}}
	for item := range pc.Items {
		if got := pc.ItemOptions(item); !slices.Equal(got, want) {
			t.Errorf("PC-PTSD-5 item %d options = %+v, want %+v", item, got, want)
		}
	}
	phq, _ := ByID(PHQ9)
	if got := phq.ItemOptions(0); !slices.Equal(got, phq.Options) {
		t.Errorf("PHQ-9 item 0 options = %+v, want the instrument's own %+v", got, phq.Options)
	}
}

func TestAccepts(t *testing.T) {
	phq, _ := ByID(PHQ9)
	pc, _ := ByID(PCPTSD5)
	for _, tc := range []struct {
		q           Questionnaire
		item, score int
		want        bool
	}{
		{phq, 0, 0, true},
		{phq, 8, 3, true},
		{phq, 8, 4, false},
		{phq, 0, -1, false},
		{phq, 9, 0, false},
		{phq, -1, 0, false},
		{pc, 0, 1, true},
		{pc, 0, 2, false},
		{pc, 5, 1, true},
		{pc, 6, 0, false},
	} {
		if got := tc.q.Accepts(tc.item, tc.score); got != tc.want {
			t.Errorf("%s.Accepts(%d, %d) = %v, want %v", tc.q.Code, tc.item, tc.score, got, tc.want)
		}
	}
}

func TestComplete(t *testing.T) {
	phq, _ := ByID(PHQ2)
	pc, _ := ByID(PCPTSD5)
	for _, tc := range []struct {
		name    string
		q       Questionnaire
		answers []int
		want    []int
		ok      bool
	}{
		{"all answered", phq, []int{1, 2}, []int{1, 2}, true},
		{"one missing", phq, []int{1, -1}, nil, false},
		{"none yet", phq, nil, nil, false},
		{"wrong count", phq, []int{1, 2, 3}, nil, false},
		{"gate No ends it, the rest score 0", pc, []int{0, -1, -1, -1, -1, -1}, []int{0, 0, 0, 0, 0, 0}, true},
		{"gate Yes asks on", pc, []int{1, 1, -1, -1, -1, -1}, nil, false},
		{"gate Yes, all answered", pc, []int{1, 1, 0, 1, 0, 1}, []int{1, 1, 0, 1, 0, 1}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.q.Complete(tc.answers)
			if ok != tc.ok || !slices.Equal(got, tc.want) {
				t.Errorf("Complete(%v) = %v, %v; want %v, %v", tc.answers, got, ok, tc.want, tc.ok)
			}
		})
	}
}
