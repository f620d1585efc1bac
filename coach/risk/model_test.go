package risk

import (
	"hash/fnv"
	"slices"
	"testing"
)

func TestHashPartsIsFNV1a(t *testing.T) {
	for _, c := range []struct {
		kind byte
		a, b string
	}{{'w', "rope", ""}, {'b', "|", "goodbye"}, {'g', "<sui", ""}, {'b', "", ""}} {
		h := fnv.New32a()
		h.Write(append(append([]byte{c.kind}, c.a+" "...), c.b...))
		if got, want := hashParts(c.kind, c.a, c.b), h.Sum32(); got != want {
			t.Errorf("hashParts(%q, %q, %q) = %d, hash/fnv gives %d", c.kind, c.a, c.b, got, want)
		}
	}
}

func TestMaxWindow(t *testing.T) {
	long := make([]float32, 3*modelWindow)
	for i := range long {
		long[i] = -0.5 // a long ordinary note…
	}
	long[2*modelWindow] = 40 // …with one strong word far into it
	for _, c := range []struct {
		name string
		in   []float32
		want float32
	}{
		{"empty", nil, 0},
		{"shorter than a window: all of it", []float32{1, -3, 2}, 0},
		{"a strong word far in is not diluted", long, 40 - 0.5*(modelWindow-1)},
	} {
		if got := maxWindow(c.in); got != c.want {
			t.Errorf("%s: maxWindow = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestReadModelRefusesDamage(t *testing.T) {
	if _, ok := readModel(modelFile); !ok {
		t.Fatal("model.bin does not read")
	}
	for name, b := range map[string][]byte{
		"empty":     nil,
		"truncated": modelFile[:len(modelFile)-1],
		"magic":     append([]byte("XXXXX\x00"), modelFile[len(modelMagic):]...),
	} {
		if _, ok := readModel(b); ok {
			t.Errorf("%s model.bin read as a model", name)
		}
	}
}

func TestModelReadsWhatPhrasesMask(t *testing.T) {
	// A denial the phrases mask is not read again by the model: it stays
	// Review, whatever the model would make of its words.
	for _, text := range []string{"ich würde nie mein leben beenden", "I would never kill myself"} {
		if got := Assess(text); got != Review {
			t.Errorf("Assess(%q) = %v, want review", text, got)
		}
	}
}

// TestFirstOfEach: a concept found twice ending at the same word is kept
// once, where it was first found; the same concept ending elsewhere, and
// the order of the rest, are kept.
func TestFirstOfEach(t *testing.T) {
	found := []conceptAt{{1, "die"}, {1, "time"}, {1, "die"}, {3, "die"}, {3, "plan"}, {3, "die"}, {4, "time"}}
	want := []conceptAt{{1, "die"}, {1, "time"}, {3, "die"}, {3, "plan"}, {4, "time"}}
	if got := firstOfEach(found); !slices.Equal(got, want) {
		t.Errorf("firstOfEach = %v, want %v", got, want)
	}
}
