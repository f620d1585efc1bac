package risk

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	f, _ := os.Create(os.Getenv("DUMP"))
	defer f.Close()
	for _, r := range trainingCorpus(t) {
		fd := Screen(r.text)
		fmt.Fprintf(f, "%v\t%v\t%v\t%s\t%q\n", r.want, fd.Level, fd.AboutOther, r.from, r.text)
	}
}
