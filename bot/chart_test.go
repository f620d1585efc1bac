package bot

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// sampleWeek is a week with gaps in the answers and movement on most days.
func sampleWeek() coach.WeeklySummary {
	start := localtime.Day("2026-03-02")
	in := coach.WeekInput{Start: start, CheckInsSent: 7, GoalMinutes: 120}
	answers := [][5]int{ // mood, anxiety, energy, sleep, minutes
		{2, 4, 2, 2, 0}, {3, 3, 2, 3, 10}, {0, 0, 0, 0, 20}, {3, 3, 3, 2, 30},
		{4, 2, 3, 4, 45}, {4, 2, 4, 0, 0}, {4, 1, 4, 4, 60},
	}
	for i, a := range answers {
		in.ThisWeek = append(in.ThisWeek, coach.CheckIn{
			Day: start.AddDays(i), Mood: a[0], Anxiety: a[1], Energy: a[2], Sleep: a[3],
			Minutes: a[4], HasMinutes: true,
		})
	}
	return coach.SummarizeWeek(in)
}

func TestWeekChart(t *testing.T) {
	tests := []struct {
		name string
		s    coach.WeeklySummary
	}{
		{"sample week", sampleWeek()},
		{"no answers", coach.SummarizeWeek(coach.WeekInput{Start: "2026-03-02"})},
		{"zero summary", coach.WeeklySummary{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := WeekChart(tt.s)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 400 {
				t.Errorf("size %dx%d, want 800x400", b.Dx(), b.Dy())
			}
			if n := colours(img, 3); n <= 2 {
				t.Errorf("image has %d colours, want more than 2", n)
			}
		})
	}
}

// colours counts the distinct colours in img, stopping once it reaches enough.
func colours(img image.Image, enough int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= enough {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// BenchmarkWeekChart draws the sample week, as the first /summary of a
// week and the weekly summary do (a repeat comes from the cache).
func BenchmarkWeekChart(b *testing.B) {
	s := sampleWeek()
	// The first chart also builds the palette's lookup table (about 10 ms)
	// and loads the fonts: once a process, not once a chart.
	if _, err := drawWeek(s); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := cpuTime(b)
	for b.Loop() {
		if _, err := drawWeek(s); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time, unlike ns/op, does not count the time other processes
	// on a shared machine held the cores; it includes the GC's share.
	b.ReportMetric(float64(cpuTime(b)-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkWeekChartRepeat is /summary asked again with nothing new.
func BenchmarkWeekChartRepeat(b *testing.B) {
	s := sampleWeek()
	if _, err := WeekChart(s); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := WeekChart(s); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWeekChartReusedUntilAnAnswerChanges(t *testing.T) {
	s := sampleWeek()
	first, err := WeekChart(s)
	if err != nil {
		t.Fatal(err)
	}
	again, err := WeekChart(sampleWeek())
	if err != nil {
		t.Fatal(err)
	}
	if &first[0] != &again[0] {
		t.Error("the same week was drawn twice")
	}
	s.Daily[2].Mood = 5 // an answer given since
	changed, err := WeekChart(s)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(first, changed) {
		t.Error("a new answer left the old chart in place")
	}
}

func TestChartCacheKeepsTheNewest(t *testing.T) {
	c := &chartCache{byKey: map[chartKey][]byte{}}
	key := func(i int) chartKey { return chartKey{byte(i), byte(i >> 8)} }
	for i := range chartCacheSize + 10 {
		c.put(key(i), []byte{byte(i)})
	}
	if len(c.byKey) != chartCacheSize {
		t.Errorf("%d charts kept, want %d", len(c.byKey), chartCacheSize)
	}
	if _, ok := c.get(key(9)); ok {
		t.Error("chart 9 of 266 still kept; the oldest should go first")
	}
	if _, ok := c.get(key(chartCacheSize + 9)); !ok {
		t.Error("the newest chart was not kept")
	}
}

// TestPaletteKeepsChartColours checks that every colour the chart draws
// with comes out of the paletted PNG unchanged.
func TestPaletteKeepsChartColours(t *testing.T) {
	for _, c := range []color.RGBA{colorBlue, colorVermillion, colorGreen, colorPurple, colorSky,
		grey(colorGrid), grey(colorQuiet), {A: 0xFF}, {R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}} {
		src := image.NewRGBA(image.Rect(0, 0, 1, 1))
		src.SetRGBA(0, 0, c)
		dst := image.NewPaletted(src.Rect, chartPalette)
		paletted(dst, src)
		if got := chartPalette[dst.Pix[0]].(color.RGBA); got != c {
			t.Errorf("%v drawn as %v", c, got)
		}
	}
}

// TestPalettedLooksUpEachPixel checks the conversion, which skips repeated
// pixels, against a lookup of every pixel, on a drawn chart and on an image
// of odd width.
func TestPalettedLooksUpEachPixel(t *testing.T) {
	data, err := drawWeek(sampleWeek())
	if err != nil {
		t.Fatal(err)
	}
	drawn, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	chart := image.NewRGBA(drawn.Bounds())
	draw.Draw(chart, chart.Rect, drawn, image.Point{}, draw.Src)
	odd := image.NewRGBA(image.Rect(0, 0, 7, 3))
	for i := range odd.Pix {
		odd.Pix[i] = byte(i * 37)
	}
	for _, src := range []*image.RGBA{chart, odd} {
		dst := image.NewPaletted(src.Rect, chartPalette)
		paletted(dst, src)
		for y := range src.Rect.Dy() {
			for x := range src.Rect.Dx() {
				c := src.RGBAAt(x, y)
				if want := chartLUT()[bucket(c)]; dst.ColorIndexAt(x, y) != want {
					t.Fatalf("%dx%d image, pixel (%d, %d) %v: index %d, want %d", src.Rect.Dx(), src.Rect.Dy(), x, y, c, dst.ColorIndexAt(x, y), want)
				}
			}
		}
	}
}

// TestGlyphFaceMatchesTheFace checks that a kept glyph is the wrapped
// face's glyph at the dot rounded to a quarter pixel, wherever the dot is,
// and the second time as the first.
func TestGlyphFaceMatchesTheFace(t *testing.T) {
	fnt := font.From(font.Font{Variant: sansSerif}, vg.Points(12))
	f := font.DefaultCache.Lookup(fnt, fnt.Size)
	face, kept := f.FontFace(chartDPI), newGlyphFace(f.FontFace(chartDPI))
	tests := []struct {
		name    string
		dot     fixed.Point26_6
		rounded fixed.Point26_6
	}{
		{"whole pixel", fixed.P(10, 20), fixed.P(10, 20)},
		{"quarter", fixed.Point26_6{X: 10<<6 + 16, Y: 20<<6 + 48}, fixed.Point26_6{X: 10<<6 + 16, Y: 20<<6 + 48}},
		{"rounded down", fixed.Point26_6{X: 10<<6 + 23, Y: 20<<6 + 7}, fixed.Point26_6{X: 10<<6 + 16, Y: 20 << 6}},
		{"rounded up to the next pixel", fixed.Point26_6{X: 10<<6 + 57, Y: 20<<6 + 60}, fixed.P(11, 21)},
		{"negative", fixed.Point26_6{X: -3<<6 + 30, Y: -1}, fixed.Point26_6{X: -3<<6 + 32, Y: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The second pass finds each glyph kept: a glyph left in the
			// face's buffer would have been drawn over by the next.
			for range 2 {
				for _, r := range "Ag5üé–" {
					dr, mask, maskp, adv, ok := kept.Glyph(tt.dot, r)
					wdr, wmask, wmaskp, wadv, wok := face.Glyph(tt.rounded, r)
					if ok != wok || dr != wdr || adv != wadv {
						t.Fatalf("%q: %v %v %v, want %v %v %v", r, dr, adv, ok, wdr, wadv, wok)
					}
					for y := range dr.Dy() {
						for x := range dr.Dx() {
							_, _, _, a := mask.At(maskp.X+x, maskp.Y+y).RGBA()
							_, _, _, wa := wmask.At(wmaskp.X+x, wmaskp.Y+y).RGBA()
							if a != wa {
								t.Fatalf("%q: pixel (%d, %d) %d, want %d", r, x, y, a, wa)
							}
						}
					}
				}
			}
		})
	}
}

// TestWeekChartConcurrent draws charts in several languages at once, as
// the workers do, and checks each against the same chart drawn alone (run
// with -race, it also checks the kept fonts' locking).
func TestWeekChartConcurrent(t *testing.T) {
	langs := []string{"en", "de", "es", "fr"}
	alone := map[string][]byte{}
	for _, l := range langs {
		s := sampleWeek()
		s.Lang = l
		data, err := drawWeek(s)
		if err != nil {
			t.Fatal(err)
		}
		alone[l] = data
	}
	// Forget the legends drawn alone, so that the first charts below draw
	// and keep theirs at once, rather than all copy the kept ones.
	legends.Lock()
	clear(legends.m)
	legends.Unlock()
	var wg sync.WaitGroup
	for i := range 2 * len(langs) {
		wg.Go(func() {
			s := sampleWeek()
			s.Lang = langs[i%len(langs)]
			data, err := drawWeek(s)
			if err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(data, alone[s.Lang]) {
				t.Errorf("%s chart drawn alongside others differs from the one drawn alone", s.Lang)
			}
		})
	}
	wg.Wait()
	if bytes.Equal(alone["en"], alone["de"]) {
		t.Error("the English and German charts are the same; their labels should differ")
	}
}

// TestFillLevelDrawsAsGG checks that level text drawn straight from the
// kept glyphs is, pixel for pixel, what gg draws from them.
func TestFillLevelDrawsAsGG(t *testing.T) {
	fnt := font.From(font.Font{Variant: sansSerif}, vg.Points(12))
	f := fontOf(fnt)
	for _, pt := range []vg.Point{{X: 40, Y: 100}, {X: 41.37, Y: 99.81}, {X: 500.2, Y: 12.9}} {
		viaGG, direct := image.NewRGBA(image.Rect(0, 0, 800, 400)), image.NewRGBA(image.Rect(0, 0, 800, 400))
		g := newChartCanvas(viaGG)
		g.SetColor(colorQuiet)
		g.FillString(f.face, pt, "Minuten Bewegung – 60 ü")
		if !newChartCanvas(direct).fillLevel(f, pt, "Minuten Bewegung – 60 ü", colorQuiet) {
			t.Fatal("fillLevel drew nothing on a chart canvas")
		}
		blank := image.NewRGBA(viaGG.Rect)
		newChartCanvas(blank)
		if bytes.Equal(viaGG.Pix, blank.Pix) {
			t.Fatal("gg drew nothing")
		}
		if !bytes.Equal(viaGG.Pix, direct.Pix) {
			t.Errorf("at %v, the text drawn directly differs from gg's", pt)
		}
	}
}

// TestLegendKeptAsDrawn checks that a legend copied from another week's
// chart leaves the chart as drawing it does.
func TestLegendKeptAsDrawn(t *testing.T) {
	heavy := sampleWeek()
	heavy.Daily[0].Minutes = 240 // wider minute labels move the panels
	weeks := map[string]coach.WeeklySummary{
		"sample": sampleWeek(), "heavy": heavy,
		"no answers": coach.SummarizeWeek(coach.WeekInput{Start: "2026-03-02"}),
	}
	drawn := func(s coach.WeeklySummary) []byte {
		data, err := drawWeek(s)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	for _, l := range []string{"en", "de"} {
		for first, a := range weeks {
			for then, b := range weeks {
				a.Lang, b.Lang = l, l
				legends.Lock()
				clear(legends.m)
				legends.Unlock()
				fresh := drawn(b)
				legends.Lock()
				clear(legends.m)
				legends.Unlock()
				drawn(a)
				if !bytes.Equal(drawn(b), fresh) {
					t.Errorf("%s: the %s week after the %s week differs from the %s week drawn alone", l, then, first, then)
				}
			}
		}
	}
}

// TestChartTextMeasuresAsPlain checks that kept measurements are those of
// plot's own text handler.
func TestChartTextMeasuresAsPlain(t *testing.T) {
	plain := text.Plain{Fonts: font.DefaultCache}
	for _, size := range []vg.Length{9, 12, 15} {
		fnt := font.From(font.Font{Variant: sansSerif}, size)
		if got, want := chartTextHandler.Extents(fnt), plain.Extents(fnt); got != want {
			t.Errorf("%v pt: extents %v, want %v", size, got, want)
		}
		for _, s := range []string{"Mon 2", "Minuten Bewegung", "1 bajo – 5 alto", "60", "Mo 2."} {
			for range 2 {
				w, h, d := chartTextHandler.Box(s, fnt)
				ww, wh, wd := plain.Box(s, fnt)
				if w != ww || h != wh || d != wd {
					t.Errorf("%v pt, %q: box %v %v %v, want %v %v %v", size, s, w, h, d, ww, wh, wd)
				}
			}
		}
	}
}

// BenchmarkPaletted converts a drawn chart to the palette.
func BenchmarkPaletted(b *testing.B) {
	data, err := drawWeek(sampleWeek())
	if err != nil {
		b.Fatal(err)
	}
	drawn, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	src := image.NewRGBA(drawn.Bounds())
	draw.Draw(src, src.Rect, drawn, image.Point{}, draw.Src)
	dst := image.NewPaletted(src.Rect, chartPalette)
	cpu := cpuTime(b)
	for b.Loop() {
		paletted(dst, src)
	}
	b.ReportMetric(float64(cpuTime(b)-cpu)/float64(time.Microsecond)/float64(b.N), "cpu-µs/op")
}
