package bot

import (
	"fmt"
	"image"
	"image/color"
	stddraw "image/draw"
	"math"
	"strconv"
	"sync"
	"time"

	"git.sr.ht/~sbinet/gg"
	xdraw "golang.org/x/image/draw"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// The chart is laid out in points; at chartDPI it is 800×400 pixels, large
// enough to read in a Discord embed without opening it.
const (
	chartWidth    = 600
	chartHeight   = 300
	chartDPI      = 96
	legendWidth   = 110
	feelingsShare = 0.6 // of the height, for the 1-5 answers; the rest is minutes
	chartMargin   = 6
	// sansSerif reads better than plot's default serif at small sizes.
	sansSerif font.Variant = "Sans"
)

// The Okabe-Ito palette stays distinct under the common colour-vision
// deficiencies; shapes and dashes tell the lines apart in greyscale too.
var (
	colorBlue       = color.RGBA{R: 0x00, G: 0x72, B: 0xB2, A: 0xFF}
	colorVermillion = color.RGBA{R: 0xD5, G: 0x5E, B: 0x00, A: 0xFF}
	colorGreen      = color.RGBA{R: 0x00, G: 0x9E, B: 0x73, A: 0xFF}
	colorPurple     = color.RGBA{R: 0xCC, G: 0x79, B: 0xA7, A: 0xFF}
	colorSky        = color.RGBA{R: 0x56, G: 0xB4, B: 0xE9, A: 0xFF}
	colorGrid       = color.Gray{Y: 0xE4}
	colorQuiet      = color.Gray{Y: 0x70}
)

// chartSeries is one 1-5 answer drawn as a line.
type chartSeries struct {
	name   string
	value  func(coach.DayPoint) int
	color  color.Color
	dashes []vg.Length
	glyph  draw.GlyphDrawer
	// dodge shifts the series a little along x, so that equal answers on
	// one day sit side by side instead of hiding each other.
	dodge float64
}

var feelingSeries = []chartSeries{
	{"mood", func(p coach.DayPoint) int { return p.Mood }, colorBlue, nil, draw.CircleGlyph{}, -0.15},
	{"anxiety", func(p coach.DayPoint) int { return p.Anxiety }, colorVermillion, []vg.Length{5, 3}, draw.TriangleGlyph{}, -0.05},
	{"energy", func(p coach.DayPoint) int { return p.Energy }, colorGreen, []vg.Length{1.5, 2.5}, draw.BoxGlyph{}, 0.05},
	{"sleep", func(p coach.DayPoint) int { return p.Sleep }, colorPurple, []vg.Length{7, 2.5, 1.5, 2.5}, draw.CrossGlyph{}, 0.15},
}

// WeekChart draws the week as a PNG of 800×400 pixels: mood, anxiety, energy
// and sleep as lines on a 1-5 scale, broken where a day has no answer, and
// minutes moved as bars below. It shows numbers only, never notes. A week
// drawn recently with the same numbers is not drawn again; the bytes
// returned are shared and must not be changed.
func WeekChart(s coach.WeeklySummary) ([]byte, error) {
	key := keyOf(s.Daily, s.ChartTitle())
	if png, ok := charts.get(key); ok {
		return png, nil
	}
	png, err := drawWeek(s)
	if err != nil {
		return nil, err
	}
	charts.put(key, png)
	return png, nil
}

// drawWeek draws the chart WeekChart returns.
func drawWeek(s coach.WeeklySummary) ([]byte, error) {
	w := lang.For(s.Lang)
	feelings, err := feelingsPlot(w, s.Daily, s.ChartTitle())
	if err != nil {
		return nil, fmt.Errorf("week chart: %w", err)
	}
	minutes, err := minutesPlot(w, s.Daily)
	if err != nil {
		return nil, fmt.Errorf("week chart: %w", err)
	}
	legend, err := chartLegend(w)
	if err != nil {
		return nil, fmt.Errorf("week chart: %w", err)
	}
	rgba := chartImages.Get().(*image.RGBA)
	defer chartImages.Put(rgba)
	top, bottom, side := chartLayout(draw.New(newChartCanvas(rgba)))
	// The legend starts level with the top of the answers' data area.
	side.Max.Y = alignData(feelings, minutes, &top, &bottom)
	feelings.Draw(top)
	minutes.Draw(bottom)
	drawLegend(rgba, legend, side, w.Lang)

	data, err := encodeChart(rgba)
	if err != nil {
		return nil, fmt.Errorf("week chart: %w", err)
	}
	return data, nil
}

// newChartCanvas returns a white canvas that draws onto rgba.
func newChartCanvas(rgba *image.RGBA) glyphCanvas {
	// The canvas draws straight into the pooled image: given only an
	// image, vgimg would copy it into a fresh one first.
	ctx := gg.NewContextForRGBA(rgba)
	ctx.SetLineCapButt()
	ctx.InvertY()
	// Glyphs land on whole pixels, unscaled: a nearest-neighbour copy of
	// each one looks the same as a bilinear one at a fraction of the cost.
	ctx.SetInterpolator(xdraw.NearestNeighbor)
	return glyphCanvas{vgimg.NewWith(vgimg.UseImageWithContext(rgba, ctx), vgimg.UseDPI(chartDPI)), ctx}
}

// chartLayout splits the image into the answers panel, the minutes panel
// below it and a strip on the right for the legend, which would otherwise
// cover points inside the plot.
func chartLayout(c draw.Canvas) (top, bottom, side draw.Canvas) {
	c = draw.Crop(c, chartMargin, -chartMargin, chartMargin, -chartMargin)
	plots := draw.Crop(c, 0, -legendWidth, 0, 0)
	side = draw.Crop(c, c.Size().X-legendWidth+chartMargin, 0, 0, 0)
	split := plots.Min.Y + vg.Length(1-feelingsShare)*plots.Size().Y
	top, bottom = plots, plots
	top.Min.Y, bottom.Max.Y = split, split
	return top, bottom, side
}

// legends keeps each language's legend as drawn: it is the same on every
// chart in that language, at the same place, on white, so copying its
// pixels back draws it (drawing it was a tenth of a chart).
var legends = struct {
	sync.Mutex
	m map[legendKey]*image.RGBA
}{m: map[legendKey]*image.RGBA{}}

// legendKey is a legend's language and the strip it was drawn on, to the
// fraction of a pixel.
type legendKey struct {
	lang string
	side vg.Rectangle
}

// maxLegends bounds legends: a few languages, about 60 KB each.
const maxLegends = 16

// drawLegend draws l on side, or copies it from the last chart in the same
// language. Nothing else draws on side, nor in the margin left of it.
func drawLegend(rgba *image.RGBA, l *plot.Legend, side draw.Canvas, lang string) {
	key := legendKey{lang, side.Rectangle}
	legends.Lock()
	kept := legends.m[key]
	legends.Unlock()
	if kept != nil {
		stddraw.Draw(rgba, kept.Rect, kept, kept.Rect.Min, stddraw.Src)
		return
	}
	l.Draw(side)
	// From three pixels left of the strip (anti-aliasing) to the image's
	// right edge, which long names run into.
	column := image.Rect(int(math.Floor(side.Min.X.Dots(chartDPI)))-3, 0, rgba.Rect.Max.X, rgba.Rect.Max.Y)
	ink := inked(rgba, column.Intersect(rgba.Rect))
	kept = image.NewRGBA(ink)
	stddraw.Draw(kept, ink, rgba, ink.Min, stddraw.Src)
	legends.Lock()
	if len(legends.m) >= maxLegends {
		clear(legends.m)
	}
	legends.m[key] = kept
	legends.Unlock()
}

// inked returns the smallest rectangle within r holding every pixel of img
// that is not white.
func inked(img *image.RGBA, r image.Rectangle) image.Rectangle {
	ink := image.Rectangle{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)]
		for i, v := range row {
			if v != 0xFF {
				x := r.Min.X + i/4
				ink = ink.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return ink
}

// chartImages keeps the 1.3 MB images that charts are drawn on.
var chartImages = sync.Pool{New: func() any {
	w, h := chartWidth*chartDPI/72, chartHeight*chartDPI/72
	return image.NewRGBA(image.Rect(0, 0, w, h))
}}

// alignData lines up the two panels' data areas, so that each day's bar sits
// under that day's points although the y-axis labels differ in width. It
// returns the top of a's data area, which the widths do not change (laying
// a plot out again for it cost as much as drawing the legend).
func alignData(a, b *plot.Plot, ca, cb *draw.Canvas) (top vg.Length) {
	da, db := a.DataCanvas(*ca), b.DataCanvas(*cb)
	leftA, leftB := da.Min.X-ca.Min.X, db.Min.X-cb.Min.X
	rightA, rightB := ca.Max.X-da.Max.X, cb.Max.X-db.Max.X
	left, right := max(leftA, leftB), max(rightA, rightB)
	ca.Min.X += left - leftA
	cb.Min.X += left - leftB
	ca.Max.X -= right - rightA
	cb.Max.X -= right - rightB
	return da.Max.Y
}

// days returns how many days to draw: a week, even for an empty summary.
func days(points []coach.DayPoint) int { return max(len(points), 7) }

// feelingsPlot draws the 1-5 answers.
func feelingsPlot(w lang.Printer, points []coach.DayPoint, title string) (*plot.Plot, error) {
	p := newPlot()
	p.Title.Text = title
	p.Title.TextStyle.Font.Size = vg.Points(15)
	p.Title.Padding = vg.Points(6)
	p.Y.Min, p.Y.Max = 0.6, 5.4
	p.Y.Label.Text = w.T("summary.chart_scale")
	p.Y.Tick.Marker = plot.ConstantTicks(scaleTicks())
	dayAxis(w, p, points, false)
	p.Add(horizontalGrid())
	answered := false
	for _, s := range feelingSeries {
		for _, seg := range segments(points, s) {
			line, dots, err := plotter.NewLinePoints(seg)
			if err != nil {
				return nil, fmt.Errorf("%s line: %w", s.name, err)
			}
			styleSeries(line, dots, s)
			p.Add(line, dots)
			answered = true
		}
	}
	if !answered {
		return p, addNote(p, days(points), w.T("summary.chart_no_answers"))
	}
	return p, nil
}

// newPlot returns an empty plot with its text in sans-serif, measured and
// drawn by chartTextHandler.
func newPlot() *plot.Plot {
	p := plot.New()
	// The canvas starts white; filling each panel white again through the
	// rasteriser was a quarter of the chart's cost.
	p.BackgroundColor = nil
	p.TextHandler = chartTextHandler
	chartTextStyle(&p.Title.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle,
		&p.X.Tick.Label, &p.Y.Tick.Label)
	return p
}

// chartTextStyle sets text in sans-serif, through chartTextHandler.
func chartTextStyle(styles ...*text.Style) {
	for _, s := range styles {
		s.Font.Variant = sansSerif
		s.Handler = chartTextHandler
	}
}

// wholeTicks labels minutes as whole numbers: "25", not "25.00".
type wholeTicks struct{}

// Ticks returns plot's default ticks with their labels rewritten.
func (wholeTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(lo, hi)
	for i, t := range ticks {
		if t.Label != "" {
			ticks[i].Label = strconv.FormatFloat(t.Value, 'f', -1, 64)
		}
	}
	return ticks
}

func scaleTicks() []plot.Tick {
	ticks := make([]plot.Tick, 5)
	for i := range ticks {
		ticks[i] = plot.Tick{Value: float64(i + 1), Label: strconv.Itoa(i + 1)}
	}
	return ticks
}

// segments splits a series at unanswered days, so that the line breaks there
// instead of dropping to a 0 that nobody answered.
func segments(points []coach.DayPoint, s chartSeries) []plotter.XYs {
	var out []plotter.XYs
	var cur plotter.XYs
	for i, d := range points {
		v := s.value(d)
		if v < 1 || v > 5 {
			if len(cur) > 0 {
				out, cur = append(out, cur), nil
			}
			continue
		}
		cur = append(cur, plotter.XY{X: float64(i) + s.dodge, Y: float64(v)})
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func styleSeries(line *plotter.Line, dots *plotter.Scatter, s chartSeries) {
	line.Color = s.color
	line.Width = vg.Points(2)
	line.Dashes = s.dashes
	dots.Color = s.color
	dots.Shape = s.glyph
	dots.Radius = vg.Points(3)
}

// addNote writes a quiet line across an empty panel, so that it reads as
// "nothing yet" rather than as a broken image.
func addNote(p *plot.Plot, n int, text string) error {
	labels, err := plotter.NewLabels(plotter.XYLabels{
		XYs:    plotter.XYs{{X: float64(n-1) / 2, Y: 3}},
		Labels: []string{text},
	})
	if err != nil {
		return fmt.Errorf("note: %w", err)
	}
	chartTextStyle(&labels.TextStyle[0])
	labels.TextStyle[0].Color = colorQuiet
	labels.TextStyle[0].XAlign = draw.XCenter
	labels.TextStyle[0].YAlign = draw.YCenter
	p.Add(labels)
	return nil
}

// minutesPlot draws minutes moved as bars, each labelled with its minutes.
func minutesPlot(w lang.Printer, points []coach.DayPoint) (*plot.Plot, error) {
	p := newPlot()
	p.Y.Label.Text = w.T("summary.chart_minutes")
	p.Y.Tick.Marker = wholeTicks{}
	dayAxis(w, p, points, true)
	p.Add(horizontalGrid())
	values := make(plotter.Values, len(points))
	top := 0
	for i, d := range points {
		values[i] = float64(max(d.Minutes, 0))
		top = max(top, d.Minutes)
	}
	// Headroom for the labels above the bars; 30 minutes keeps an empty or
	// light week from drawing a tiny bar as full height.
	p.Y.Min, p.Y.Max = 0, max(30, float64(top)*1.3)
	if len(points) == 0 {
		return p, nil
	}
	bars, err := plotter.NewBarChart(values, vg.Points(24))
	if err != nil {
		return nil, fmt.Errorf("minutes bars: %w", err)
	}
	styleBars(bars)
	p.Add(bars)
	return p, addBarLabels(p, points)
}

func styleBars(b *plotter.BarChart) {
	b.Color = colorSky
	b.LineStyle.Width = 0
}

func addBarLabels(p *plot.Plot, points []coach.DayPoint) error {
	var xys plotter.XYs
	var text []string
	for i, d := range points {
		if d.Minutes > 0 {
			xys = append(xys, plotter.XY{X: float64(i), Y: float64(d.Minutes)})
			text = append(text, strconv.Itoa(d.Minutes))
		}
	}
	if len(xys) == 0 {
		return nil
	}
	labels, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: text})
	if err != nil {
		return fmt.Errorf("minutes labels: %w", err)
	}
	for i := range labels.TextStyle {
		labels.TextStyle[i].XAlign = draw.XCenter
		labels.TextStyle[i].Font.Size = vg.Points(9)
		chartTextStyle(&labels.TextStyle[i])
	}
	labels.Offset = vg.Point{Y: vg.Points(2)}
	p.Add(labels)
	return nil
}

// dayAxis puts one tick per day; only the lower panel names the days, since
// both panels share them.
func dayAxis(w lang.Printer, p *plot.Plot, points []coach.DayPoint, named bool) {
	n := days(points)
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	ticks := make([]plot.Tick, n)
	for i := range ticks {
		ticks[i].Value = float64(i)
		if named && i < len(points) {
			ticks[i].Label = dayLabel(w, points[i].Day)
		}
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
}

// dayLabel writes a day as "Mon 2", in w's language.
func dayLabel(w lang.Printer, d localtime.Day) string {
	y, m, dd := d.Date()
	if y == 0 {
		return ""
	}
	day := time.Date(y, m, dd, 12, 0, 0, 0, time.UTC)
	return w.T("summary.day_axis", lang.Args{"Weekday": w.WeekdayShort(day.Weekday()), "Day": dd})
}

func horizontalGrid() *plotter.Grid {
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	g.Horizontal.Color = colorGrid
	return g
}

// chartLegend names every series, including those without answers this
// week, so that the legend reads the same every week.
func chartLegend(w lang.Printer) (*plot.Legend, error) {
	l := plot.NewLegend()
	l.Top, l.Left = true, true
	l.ThumbnailWidth = vg.Points(22)
	l.Padding = vg.Points(5)
	chartTextStyle(&l.TextStyle)
	for _, s := range feelingSeries {
		line, dots, err := plotter.NewLinePoints(plotter.XYs{{}})
		if err != nil {
			return nil, fmt.Errorf("legend: %w", err)
		}
		styleSeries(line, dots, s)
		l.Add(w.T("summary."+s.name), line, dots)
	}
	bars, err := plotter.NewBarChart(plotter.Values{1}, vg.Points(10))
	if err != nil {
		return nil, fmt.Errorf("legend: %w", err)
	}
	styleBars(bars)
	l.Add(w.T("summary.chart_minutes_key"), bars)
	return &l, nil
}
