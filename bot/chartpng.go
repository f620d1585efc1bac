package bot

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"sync"
)

// Encoding the chart, not drawing it, was most of its cost: a full-colour
// PNG is filtered row by row and deflated hard. The chart has a handful of
// colours and their blends with the white behind them, so it is written as
// a paletted PNG (which PNG does not filter) at deflate's fastest level.

// chartPalette holds the chart's own colours, each blended with white in
// sixteen steps (the edges that anti-aliasing leaves), and a coarse colour
// cube for anything else, such as two lines crossing.
var chartPalette = func() color.Palette {
	p := color.Palette{color.RGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}}
	for _, c := range chartBase {
		for step := 0; step < blendSteps; step++ {
			p = append(p, blendWhite(c, step, blendSteps))
		}
	}
	// 5×5×4 levels: 100 colours, 229 in all.
	for r := 0; r < 5; r++ {
		for g := 0; g < 5; g++ {
			for b := 0; b < 4; b++ {
				p = append(p, color.RGBA{R: uint8(r * 255 / 4), G: uint8(g * 255 / 4), B: uint8(b * 255 / 3), A: 0xFF})
			}
		}
	}
	return p
}()

// chartBase is every colour the chart draws with, on white.
var chartBase = []color.RGBA{colorBlue, colorVermillion, colorGreen, colorPurple, colorSky,
	{A: 0xFF}, grey(colorGrid), grey(colorQuiet)}

// blendSteps is how many blends with white each colour has in the palette.
const blendSteps = 16

func grey(g color.Gray) color.RGBA { return color.RGBA{R: g.Y, G: g.Y, B: g.Y, A: 0xFF} }

// blendWhite returns c laid over white at opacity 1 − step/n.
func blendWhite(c color.RGBA, step, n int) color.RGBA {
	mix := func(v uint8) uint8 { return uint8((int(v)*(n-step) + 255*step) / n) }
	return color.RGBA{R: mix(c.R), G: mix(c.G), B: mix(c.B), A: 0xFF}
}

// chartLUT maps a colour, 5 bits a channel, to its nearest entry in
// chartPalette. It is built once, on the first chart (about 10 ms).
var chartLUT = sync.OnceValue(func() []uint8 {
	lut := make([]uint8, 1<<15)
	for i := range lut {
		r, g, b := widen(i>>10), widen(i>>5&31), widen(i&31)
		best, bestD := 0, 1<<30
		for j, pc := range chartPalette {
			c := pc.(color.RGBA)
			dr, dg, db := r-int(c.R), g-int(c.G), b-int(c.B)
			if d := 3*dr*dr + 4*dg*dg + 2*db*db; d < bestD {
				best, bestD = j, d
			}
		}
		lut[i] = uint8(best)
	}
	// The chart's own colours come out exact, whatever else shares their
	// bucket: white, then each colour at full strength.
	lut[bucket(color.RGBA{R: 0xFF, G: 0xFF, B: 0xFF})] = 0
	for k, c := range chartBase {
		lut[bucket(c)] = uint8(1 + blendSteps*k)
	}
	return lut
})

// bucket is the entry of chartLUT for c.
func bucket(c color.RGBA) int { return int(c.R>>3)<<10 | int(c.G>>3)<<5 | int(c.B>>3) }

// widen turns 5 bits back into 8, so that 31 is 255.
func widen(v int) int { return v<<3 | v>>2 }

// paletted converts an opaque RGBA image to chartPalette, into dst. Most
// pixels repeat the one before them (the white around everything), so four
// pixels at a time are compared with the last colour looked up, and a pixel
// is looked up only when it differs: four times as fast as a lookup for each.
func paletted(dst *image.Paletted, src *image.RGBA) {
	lut := chartLUT()
	w, h := src.Rect.Dx(), src.Rect.Dy()
	for y := 0; y < h; y++ {
		s := src.Pix[y*src.Stride : y*src.Stride+4*w]
		d := dst.Pix[y*dst.Stride : y*dst.Stride+w]
		prev := binary.LittleEndian.Uint32(s)
		idx := lut[bucketPixel(prev)]
		pair := uint64(prev)<<32 | uint64(prev)
		x := 0
		for ; x+4 <= w; x += 4 {
			px := (*[16]byte)(s[4*x:])
			if binary.LittleEndian.Uint64(px[:8]) == pair && binary.LittleEndian.Uint64(px[8:]) == pair {
				*(*[4]byte)(d[x:]) = [4]byte{idx, idx, idx, idx}
				continue
			}
			for i := range 4 {
				if v := binary.LittleEndian.Uint32(px[4*i:]); v != prev {
					prev, idx = v, lut[bucketPixel(v)]
				}
				d[x+i] = idx
			}
			pair = uint64(prev)<<32 | uint64(prev)
		}
		for ; x < w; x++ {
			if v := binary.LittleEndian.Uint32(s[4*x:]); v != prev {
				prev, idx = v, lut[bucketPixel(v)]
			}
			d[x] = idx
		}
	}
}

// bucketPixel is bucket for a pixel read as a little-endian uint32 (red
// in the low byte).
func bucketPixel(v uint32) int { return int(v>>3&31)<<10 | int(v>>11&31)<<5 | int(v>>19&31) }

// chartPaletted keeps the images that charts are converted into.
var chartPaletted sync.Pool

// chartEncoder writes charts at deflate's fastest level, reusing its
// buffers between charts.
var chartEncoder = png.Encoder{CompressionLevel: png.BestSpeed, BufferPool: &encoderPool{}}

type encoderPool struct{ p sync.Pool }

func (e *encoderPool) Get() *png.EncoderBuffer {
	b, _ := e.p.Get().(*png.EncoderBuffer)
	return b
}

func (e *encoderPool) Put(b *png.EncoderBuffer) { e.p.Put(b) }

// chartBuffers keeps the buffers that charts are encoded into.
var chartBuffers = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 32<<10)) }}

// encodeChart writes the drawn chart as a paletted PNG, returned in a
// slice of its own size (kept charts hold on to it).
func encodeChart(img *image.RGBA) ([]byte, error) {
	buf := chartBuffers.Get().(*bytes.Buffer)
	defer chartBuffers.Put(buf)
	buf.Reset()
	dst, ok := chartPaletted.Get().(*image.Paletted)
	if !ok || dst.Rect != img.Rect {
		dst = image.NewPaletted(img.Rect, chartPalette)
	}
	defer chartPaletted.Put(dst)
	paletted(dst, img)
	if err := chartEncoder.Encode(buf, dst); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return bytes.Clone(buf.Bytes()), nil
}
