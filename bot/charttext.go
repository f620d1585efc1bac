package bot

import (
	"image"
	"image/color"
	imagedraw "image/draw"
	"math"
	"strings"
	"sync"

	"git.sr.ht/~sbinet/gg"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// After the PNG, text was most of a chart's cost: gonum/plot measures each
// label glyph by glyph with a fresh buffer, and vgimg makes a new font face
// for each label it draws, so every glyph was rasterised again for every
// chart. The few fonts a chart uses now keep their measurements and their
// rasterised glyphs between charts, in whatever language they were drawn.

// chartText is plot's plain text handler with each font's extents, label
// widths and glyphs kept between charts.
type chartText struct{ text.Plain }

// chartTextHandler measures and draws all of a chart's text.
var chartTextHandler text.Handler = chartText{text.Plain{Fonts: font.DefaultCache}}

// Extents returns fnt's extents, measured once.
func (chartText) Extents(fnt font.Font) font.Extents { return fontOf(fnt).extents }

// Box returns the size of a line of text, as text.Plain does.
func (chartText) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	f := fontOf(fnt)
	return f.width(txt), f.extents.Ascent, f.extents.Descent
}

// Draw draws text as text.Plain does, with the widths kept, onto a
// glyphCanvas, which draws the glyphs kept.
func (h chartText) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = strings.TrimRight(txt, "\n")
	if txt == "" {
		return
	}
	f := fontOf(sty.Font)
	c.SetColor(sty.Color)
	if sty.Rotation != 0 {
		c.Push()
		c.Rotate(sty.Rotation)
	}
	sin64, cos64 := math.Sincos(sty.Rotation)
	cos, sin := vg.Length(cos64), vg.Length(sin64)
	pt.X, pt.Y = pt.Y*sin+pt.X*cos, pt.Y*cos-pt.X*sin
	lines := h.Lines(txt)
	pt.Y += sty.Height(txt)*vg.Length(sty.YAlign) - f.extents.Ascent
	gc, level := underGlyphs(c)
	level = level && sty.Rotation == 0
	for i, line := range lines {
		xoffs := vg.Length(sty.XAlign) * f.width(line)
		n := vg.Length(len(lines) - i)
		at := pt.Add(vg.Point{X: xoffs, Y: n * sty.Font.Size})
		if level && gc.fillLevel(f, at, line, sty.Color) {
			continue
		}
		c.FillString(f.face, at, line)
	}
	if sty.Rotation != 0 {
		c.Pop()
	}
}

// underGlyphs returns the glyphCanvas under c: plot hands text handlers
// the draw.Canvas it draws on, which may hold another, and so on.
func underGlyphs(c vg.Canvas) (glyphCanvas, bool) {
	for {
		switch cc := c.(type) {
		case glyphCanvas:
			return cc, true
		case *draw.Canvas:
			c = cc.Canvas
		case draw.Canvas:
			c = cc.Canvas
		default:
			return glyphCanvas{}, false
		}
	}
}

// chartFont is one font at one size, with what has been measured and
// rasterised in it.
type chartFont struct {
	face    font.Face
	extents font.Extents
	glyphs  *glyphFace // at chartDPI

	mu     sync.Mutex
	widths map[string]vg.Length
}

// Bounds on what a font keeps; past them it starts again. A chart has
// about 40 labels, and each language a hundred or so distinct characters
// at four positions between pixels: charts in every language fit.
const (
	maxWidths = 1024
	maxGlyphs = 2048 // at most ~300 bytes each
	maxKerns  = 4096
)

// chartFonts holds each font charts have drawn with. They are the few this
// file's plots name (four sizes of one typeface), so the map stays small.
var chartFonts = struct {
	sync.Mutex
	m map[font.Font]*chartFont
}{m: map[font.Font]*chartFont{}}

// fontOf returns the chartFont for fnt, made on its first use.
func fontOf(fnt font.Font) *chartFont {
	chartFonts.Lock()
	defer chartFonts.Unlock()
	if f, ok := chartFonts.m[fnt]; ok {
		return f
	}
	face := font.DefaultCache.Lookup(fnt, fnt.Size)
	f := &chartFont{
		face:    face,
		extents: face.Extents(),
		glyphs:  newGlyphFace(face.FontFace(chartDPI)),
		widths:  map[string]vg.Length{},
	}
	chartFonts.m[fnt] = f
	return f
}

// width is the width of a line of text in f, measured once.
func (f *chartFont) width(txt string) vg.Length {
	f.mu.Lock()
	defer f.mu.Unlock()
	return keep(f.widths, maxWidths, txt, func() vg.Length { return f.face.Width(txt) })
}

// keep returns m[key], working it out with compute and storing it first
// when m has none; a map holding max entries starts again. The caller
// holds the lock that guards m.
func keep[K comparable, V any](m map[K]V, max int, key K, compute func() V) V {
	v, ok := m[key]
	if !ok {
		if len(m) >= max {
			clear(m)
		}
		v = compute()
		m[key] = v
	}
	return v
}

// glyphCanvas is a vgimg canvas that draws text with each font's kept
// glyphs, instead of a new font face for every label.
type glyphCanvas struct {
	*vgimg.Canvas
	ctx *gg.Context // the context the canvas draws with
}

// FillString draws str as vgimg.Canvas.FillString does, from kept glyphs.
func (c glyphCanvas) FillString(f font.Face, pt vg.Point, str string) {
	if f.Font.Size == 0 {
		return
	}
	c.ctx.Push()
	defer c.ctx.Pop()
	c.ctx.SetFontFace(fontOf(f.Font).glyphs)
	_, h := c.Size()
	c.ctx.InvertY()
	c.ctx.DrawString(str, pt.X.Dots(chartDPI), h.Dots(chartDPI)-pt.Y.Dots(chartDPI))
}

// fillLevel draws level text as FillString does, but straight from the
// kept glyphs onto the image: through gg, each glyph went through a
// general transform, pixel by pixel. It draws nothing and returns false
// unless the context only flips y, as drawWeek set it, so that the glyphs
// land unscaled on whole pixels, as they do through gg.
func (c glyphCanvas) fillLevel(f *chartFont, pt vg.Point, str string, clr color.Color) bool {
	img, ok := c.ctx.Image().(*image.RGBA)
	if !ok || f.face.Font.Size == 0 {
		return false
	}
	tx, ty := c.ctx.TransformPoint(0, 0)
	if x, y := c.ctx.TransformPoint(1, 1); x != tx+1 || y != ty-1 {
		return false
	}
	if x, y := c.ctx.TransformPoint(1, 0); x != tx+1 || y != ty {
		return false
	}
	if _, h := c.Size(); h.Dots(chartDPI) != float64(img.Rect.Dy()) {
		return false
	}
	if clr == nil {
		clr = color.Black
	}
	x, y := tx+pt.X.Dots(chartDPI), ty-pt.Y.Dots(chartDPI)
	f.glyphs.drawString(img, image.NewUniform(clr), fixed.Point26_6{X: fix(x), Y: fix(y)}, str)
	return true
}

// fix rounds v to 1/64, as gg does for a dot.
func fix(v float64) fixed.Int26_6 { return fixed.Int26_6(math.Round(v * 64)) }

// glyphFace is a font face that keeps each glyph it rasterises, for a
// position rounded to a quarter of a pixel, as freetype's own glyph cache
// does across a line: an eighth of a pixel at most, which the eye does not
// see. It is safe for concurrent use; the face it wraps is not.
type glyphFace struct {
	mu       sync.Mutex
	face     xfont.Face
	metrics  xfont.Metrics
	glyphs   map[glyphKey]glyph
	advances map[rune]glyphAdvance
	kerns    map[[2]rune]fixed.Int26_6
}

var _ xfont.Face = (*glyphFace)(nil)

// subpixel is the step, in 1/64 of a pixel, that glyph positions are
// rounded to: a quarter of a pixel.
const subpixel = 16

type glyphKey struct {
	r    rune
	x, y fixed.Int26_6 // the position within a pixel
}

// glyph is a rasterised glyph for a dot at (0, 0) plus its key's x and y.
type glyph struct {
	dr      image.Rectangle
	mask    *image.Alpha // never changed once kept
	advance fixed.Int26_6
	ok      bool
}

type glyphAdvance struct {
	advance fixed.Int26_6
	ok      bool
}

func newGlyphFace(face xfont.Face) *glyphFace {
	return &glyphFace{
		face:     face,
		metrics:  face.Metrics(),
		glyphs:   map[glyphKey]glyph{},
		advances: map[rune]glyphAdvance{},
		kerns:    map[[2]rune]fixed.Int26_6{},
	}
}

// Glyph returns r's glyph at dot, rounded to a quarter of a pixel.
func (g *glyphFace) Glyph(dot fixed.Point26_6, r rune) (dr image.Rectangle, mask image.Image, maskp image.Point, advance fixed.Int26_6, ok bool) {
	x, y := (dot.X+subpixel/2)&^(subpixel-1), (dot.Y+subpixel/2)&^(subpixel-1)
	key := glyphKey{r: r, x: x & 63, y: y & 63}
	g.mu.Lock()
	gl := keep(g.glyphs, maxGlyphs, key, func() glyph { return g.rasterise(key) })
	g.mu.Unlock()
	if !gl.ok {
		return image.Rectangle{}, nil, image.Point{}, 0, false
	}
	return gl.dr.Add(image.Point{X: x.Floor(), Y: y.Floor()}), gl.mask, image.Point{}, gl.advance, true
}

// rasterise draws key's glyph with the wrapped face and copies it out of
// the face's buffer, which the next glyph reuses.
func (g *glyphFace) rasterise(key glyphKey) glyph {
	dr, mask, maskp, advance, ok := g.face.Glyph(fixed.Point26_6{X: key.x, Y: key.y}, key.r)
	if !ok {
		return glyph{}
	}
	kept := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
	imagedraw.Draw(kept, kept.Rect, mask, maskp, imagedraw.Src)
	return glyph{dr: dr, mask: kept, advance: advance, ok: true}
}

// drawString draws s at dot in src's colour, as gg does with an identity
// matrix: kerned, glyph by glyph, each over what is there.
func (g *glyphFace) drawString(dst *image.RGBA, src *image.Uniform, dot fixed.Point26_6, s string) {
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += g.Kern(prev, r)
		}
		dr, mask, maskp, advance, ok := g.Glyph(dot, r)
		if !ok {
			continue
		}
		imagedraw.DrawMask(dst, dr, src, image.Point{}, mask, maskp, imagedraw.Over)
		dot.X += advance
		prev = r
	}
}

// GlyphBounds returns r's bounds; a chart does not ask for them, so they
// are not kept.
func (g *glyphFace) GlyphBounds(r rune) (fixed.Rectangle26_6, fixed.Int26_6, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.face.GlyphBounds(r)
}

// GlyphAdvance returns r's advance, measured once.
func (g *glyphFace) GlyphAdvance(r rune) (fixed.Int26_6, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	a := keep(g.advances, maxGlyphs, r, func() (a glyphAdvance) {
		a.advance, a.ok = g.face.GlyphAdvance(r)
		return a
	})
	return a.advance, a.ok
}

// Kern returns the kerning between r0 and r1, measured once.
func (g *glyphFace) Kern(r0, r1 rune) fixed.Int26_6 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return keep(g.kerns, maxKerns, [2]rune{r0, r1}, func() fixed.Int26_6 { return g.face.Kern(r0, r1) })
}

// Metrics returns the face's metrics, measured once.
func (g *glyphFace) Metrics() xfont.Metrics { return g.metrics }

// Close does nothing: the face is kept for the next chart.
func (g *glyphFace) Close() error { return nil }
