package discord

import (
	"fmt"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/coach"
)

func TestComponentsKeepAGridsRows(t *testing.T) {
	grid := func(n, columns int) coach.Message {
		m := coach.Message{Text: "How are you feeling?", Columns: columns}
		for i := range n {
			m.Buttons = append(m.Buttons, coach.Button{Label: fmt.Sprint(i), Action: coach.Action{Verb: coach.VerbSideEffect, Day: "2026-03-02", Field: "c:x", Value: fmt.Sprint(i)}})
		}
		return m
	}
	tests := []struct {
		name string
		msg  coach.Message
		want []int // buttons per row
	}{
		{"SideEffectQuestion", grid(14, 3), []int{3, 3, 3, 3, 2}},
		{"PartlyAnswered", grid(8, 3), []int{3, 3, 2}},
		{"NoColumns", grid(14, 0), []int{5, 5, 4}},
		{"GridTooTallFallsBackToFive", grid(18, 3), []int{5, 5, 5, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, _ := components(tt.msg, func(coach.Input) {})
			var got []int
			for _, r := range rows {
				got = append(got, len(r.(discordgo.ActionsRow).Components))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("rows = %v, want %v", got, tt.want)
			}
		})
	}
}
