package graph

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/complexity"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"zielwerk/graph/generated"
)

var (
	graphqlTag    = regexp.MustCompile("(?s)graphql\\(`(.*?)`\\)")
	spreadName    = regexp.MustCompile(`\.\.\.\s*([A-Za-z_][A-Za-z0-9_]*)`)
	fragmentDef   = regexp.MustCompile(`fragment\s+([A-Za-z_][A-Za-z0-9_]*)\s+on`)
	operationName = regexp.MustCompile(`(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)`)
)

// appDocuments reads the documents of the web app (frontend/src), each
// operation with the fragments it spreads appended, as the app sends it.
func appDocuments(t *testing.T) map[string]string {
	t.Helper()
	var sources []string
	err := filepath.WalkDir("../frontend/src", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(path, "/gql/") ||
			!(strings.HasSuffix(path, ".ts") || strings.HasSuffix(path, ".tsx")) {
			return err
		}
		b, err := os.ReadFile(path)
		for _, m := range graphqlTag.FindAllStringSubmatch(string(b), -1) {
			sources = append(sources, m[1])
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	fragments := map[string]string{}
	for _, s := range sources {
		if m := fragmentDef.FindStringSubmatch(s); m != nil && strings.HasPrefix(strings.TrimSpace(s), "fragment") {
			fragments[m[1]] = s
		}
	}
	docs := map[string]string{}
	for _, s := range sources {
		if strings.HasPrefix(strings.TrimSpace(s), "fragment") {
			continue
		}
		doc, seen := s, map[string]bool{}
		for changed := true; changed; {
			changed = false
			for _, m := range spreadName.FindAllStringSubmatch(doc, -1) {
				if f, ok := fragments[m[1]]; ok && !seen[m[1]] {
					seen[m[1]], changed = true, true
					doc += "\n" + f
				}
			}
		}
		docs[operationName.FindStringSubmatch(s)[1]] = doc
	}
	return docs
}

// TestAppDocumentsKeepTheLimits: every query and mutation the web app
// sends passes the guard, validates and stays under MaxComplexity, with a
// margin that says how close each one comes.
func TestAppDocumentsKeepTheLimits(t *testing.T) {
	var cfg generated.Config
	cfg.Resolvers = &Resolver{}
	setComplexity(&cfg.Complexity)
	es := generated.NewExecutableSchema(cfg)
	docs := appDocuments(t)
	if len(docs) < 10 {
		t.Fatalf("found only %d documents of the web app", len(docs))
	}
	for name, src := range docs {
		doc, err := parser.ParseQuery(&ast.Source{Input: src})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		addTypenames(doc)
		if r := checkParsed(doc); r != nil {
			t.Errorf("%s: refused by the guard: %s", name, r.err.En)
			continue
		}
		if errs := validator.ValidateWithRules(es.Schema(), doc, validationRules()); len(errs) > 0 {
			t.Errorf("%s: %v", name, errs)
			continue
		}
		for _, op := range doc.Operations {
			vars := sampleVariables(es.Schema(), op)
			c := complexity.Calculate(context.Background(), es, op, vars)
			t.Logf("%-28s complexity %6d", name, c)
			if c > MaxComplexity {
				t.Errorf("%s: complexity %d over the limit %d", name, c, MaxComplexity)
			}
		}
	}
}

// sampleVariables gives each variable of op a value, so that costs that
// depend on arguments apply: a page size at its largest, 100.
func sampleVariables(schema *ast.Schema, op *ast.OperationDefinition) map[string]any {
	vars := map[string]any{}
	for _, v := range op.VariableDefinitions {
		if v.Type.Elem != nil {
			continue
		}
		switch def := schema.Types[v.Type.NamedType]; {
		case def.Kind == ast.Enum:
			vars[v.Variable] = def.EnumValues[0].Name
		case def.Name == "Int" && strings.Contains(strings.ToLower(v.Variable), "first"):
			vars[v.Variable] = 100
		case def.Name == "Int":
			vars[v.Variable] = 2025
		case def.Name == "ID" || def.Name == "String":
			vars[v.Variable] = "x"
		case def.Name == "Date":
			vars[v.Variable] = "2025-01-01"
		}
	}
	return vars
}

// addTypenames adds __typename to every selection set but an operation's,
// as urql does before it sends a document: with fragments it repeats the
// same key in one place, which the guard counts.
func addTypenames(doc *ast.QueryDocument) {
	var add func(set ast.SelectionSet) ast.SelectionSet
	add = func(set ast.SelectionSet) ast.SelectionSet {
		has := false
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				has = has || s.Name == "__typename"
				if len(s.SelectionSet) > 0 {
					s.SelectionSet = add(s.SelectionSet)
				}
			case *ast.InlineFragment:
				s.SelectionSet = add(s.SelectionSet)
			}
		}
		if !has {
			set = append(set, &ast.Field{Name: "__typename", Alias: "__typename"})
		}
		return set
	}
	for _, op := range doc.Operations {
		for _, sel := range op.SelectionSet {
			if f, ok := sel.(*ast.Field); ok && len(f.SelectionSet) > 0 {
				f.SelectionSet = add(f.SelectionSet)
			}
		}
	}
	for _, f := range doc.Fragments {
		f.SelectionSet = add(f.SelectionSet)
	}
}
