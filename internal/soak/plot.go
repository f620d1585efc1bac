package main

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// plotSamples writes a PNG of the process's RSS (as sampled, and kept) and heap and of Redis's
// memory (all of it, and the soak's keys) over simulated days.
func plotSamples(path string, ss []sample) error {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("Aftercare soak: memory over %d simulated days", ss[len(ss)-1].day)
	p.X.Label.Text = "simulated day"
	p.Y.Label.Text = "MiB"
	p.Legend.Top = true
	p.Legend.Left = true
	lines := []struct {
		name  string
		c     color.RGBA
		value func(sample) int64
	}{
		{"process RSS", color.RGBA{R: 0xd6, G: 0x27, B: 0x28, A: 0xff}, func(s sample) int64 { return s.rss }},
		{"process RSS kept (after FreeOSMemory)", color.RGBA{R: 0xe3, G: 0x77, B: 0xc2, A: 0xff}, func(s sample) int64 { return s.rssKept }},
		{"Go heap in use", color.RGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0xff}, func(s sample) int64 { return s.heap }},
		{"Go heap live after a GC", color.RGBA{R: 0x94, G: 0x67, B: 0xbd, A: 0xff}, func(s sample) int64 { return s.live }},
		{"Redis used_memory (all clients)", color.RGBA{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff}, func(s sample) int64 { return s.redisUsed }},
		{"Redis: the soak's keys", color.RGBA{R: 0x2c, G: 0xa0, B: 0x2c, A: 0xff}, func(s sample) int64 { return s.keyBytes }},
		{"Redis: of which scheduled", color.RGBA{R: 0x8c, G: 0x56, B: 0x4b, A: 0xff}, func(s sample) int64 { return s.queueBytes }},
	}
	top := 0.0
	for _, l := range lines {
		pts := make(plotter.XYs, len(ss))
		for i, s := range ss {
			pts[i] = plotter.XY{X: float64(s.day), Y: mib(l.value(s))}
			top = max(top, pts[i].Y)
		}
		line, err := plotter.NewLine(pts)
		if err != nil {
			return fmt.Errorf("plot %s: %w", l.name, err)
		}
		line.Color = l.c
		line.Width = vg.Points(1.5)
		p.Add(line)
		p.Legend.Add(l.name, line)
	}
	// From zero, with room above the curves for the legend.
	p.Y.Min, p.Y.Max = 0, top*1.45
	p.Add(plotter.NewGrid())
	if err := p.Save(8*vg.Inch, 4.5*vg.Inch, path); err != nil {
		return fmt.Errorf("write the plot: %w", err)
	}
	return nil
}
