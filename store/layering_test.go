package store_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The request paths hold no database handle: no production file of the
// graph, the importer or the print view imports gorm. What they read and
// write goes through a store.Viewer (or, for the import, store.Imports).
func TestRequestPathsImportNoGorm(t *testing.T) {
	for _, dir := range []string{"../graph", "../importer", "../printdoc"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: %v (%d files)", dir, err, len(files))
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ast, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range ast.Imports {
				if path, _ := strconv.Unquote(imp.Path.Value); strings.HasPrefix(path, "gorm.io/") {
					t.Errorf("%s imports %s: go through the store instead", f, path)
				}
			}
		}
	}
}
