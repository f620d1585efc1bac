package coach_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// No text the coach or its crisis texts send claims that help is there at
// every hour: several lines have hours. The only words for it allowed are
// the crisis texts' "always" detail, which is printed only beside a line
// whose source says it is always open (see crisis.TestNoAvailabilityClaims).
func TestNoTextClaimsEveryHour(t *testing.T) {
	claims := []string{"any hour", "all hours", "24/7", "a toda hora", "a cualquier hora", "rund um die uhr", "jederzeit", "à toute heure", "à tout moment"}
	lineDetail := map[string]bool{"any hour": true, "a cualquier hora": true, "rund um die Uhr": true, "à toute heure": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("crisis/*.go")
	checked := 0
	for _, name := range append(files, more...) {
		// lines.go records each line's hours from its source, for its
		// reader; what people read of them is the texts' "always" detail.
		if strings.HasSuffix(name, "_test.go") || name == filepath.Join("crisis", "lines.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || lineDetail[s] {
				return true
			}
			checked++
			for _, c := range claims {
				if strings.Contains(strings.ToLower(s), c) {
					t.Errorf("%s: %q claims %q", name, s, c)
				}
			}
			return true
		})
	}
	if checked < 100 {
		t.Fatalf("only %d strings checked: the files were not found", checked)
	}
}
