package web

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// TestColoursMeetWCAGAA: every pair of text and background colour the
// stylesheet and charts use has a contrast ratio of at least 4.5:1 (WCAG
// 2.x AA for normal text), and the charts' lines at least 3:1 (non-text).
func TestColoursMeetWCAGAA(t *testing.T) {
	css, err := files.ReadFile("static/app.css")
	if err != nil {
		t.Fatal(err)
	}
	text := []struct{ name, fg, bg string }{
		{"body text", "#1a1a1a", "#fafaf7"},
		{"lead", "#3d3d3d", "#fafaf7"},
		{"links", "#1f4e9c", "#ffffff"},
		{"links on the page", "#1f4e9c", "#fafaf7"},
		{"flags", "#8a2615", "#ffffff"},
		{"chart descriptions", "#4a4a4a", "#ffffff"},
		{"footer", "#4a4a4a", "#fafaf7"},
		{"header", "#ffffff", "#1f3b5c"},
		{"sign-out button", "#1f3b5c", "#ffffff"},
		{"session label", "#5a2f8a", "#ffffff"},
	}
	for _, fill := range bandFills {
		text = append(text, struct{ name, fg, bg string }{"band label on " + fill, "#333333", fill})
	}
	for _, tt := range text {
		if !strings.Contains(string(css), tt.fg) && tt.fg != "#333333" && tt.fg != "#ffffff" {
			t.Errorf("%s: %s is not in the stylesheet; keep this table in step with it", tt.name, tt.fg)
		}
		if r := contrast(tt.fg, tt.bg); r < 4.5 {
			t.Errorf("%s: %s on %s has contrast %.2f, want at least 4.5", tt.name, tt.fg, tt.bg, r)
		}
	}
	for _, fill := range bandFills {
		if r := contrast("#1f4e9c", fill); r < 3 {
			t.Errorf("chart line on band %s: contrast %.2f, want at least 3", fill, r)
		}
	}
}

// contrast is WCAG's contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	var c [3]float64
	for i := range 3 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		s := float64(v) / 255
		if s <= 0.04045 {
			c[i] = s / 12.92
		} else {
			c[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
}
