package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"zielwerk/apperr"
)

// The guard is the step between the transport and gqlgen's parseQuery
// (DESIGN.md §3, request flow). parseQuery parses AND validates, and both
// validation (OverlappingFieldsCanBeMerged compares every pair of fields
// with the same response key) and the complexity walk after it (which
// expands every fragment spread anew) can be made to cost seconds by a
// document of a few kilobytes. The guard parses the document once more,
// walks it once with every fragment summarised once and reused at each
// spread, and refuses what breaks a limit below before either runs.

// Limits of one document, checked before validation.
const (
	// MaxFields bounds the selections of all operations with every
	// fragment spread expanded. A spread and an inline fragment count like
	// a field: every walker that expands fragments pays for them alike.
	MaxFields = 2000
	// MaxDepth bounds the nesting of fields; { a { b } } has depth 2.
	MaxDepth = 12
	// MaxAliases bounds aliased fields, fragments expanded: aliases are how
	// one request asks for the same expensive list many times.
	MaxAliases = 30
	// MaxDuplicates bounds the fields that answer with the same key at the
	// same place of the answer (fragments and same-key parents merged); the
	// validator compares each pair of them.
	MaxDuplicates = 5
	// MaxDirectives bounds the directives on one field, fragment spread,
	// inline fragment, fragment, operation or variable.
	MaxDirectives = 3
	// MaxOperations and MaxFragments bound the definitions of a document,
	// MaxVariables the variables of an operation: the validator walks the
	// fragments once per definition and finds variables by a linear scan.
	MaxOperations = 10
	MaxFragments  = 30
	MaxVariables  = 50
)

// maxGuardSteps bounds the guard's own work, in selections visited and
// response keys merged. Merging a fragment's keys at a spread costs their
// number; an honest document takes a few steps per field.
const maxGuardSteps = 10 * MaxFields

// refusal is why a document is refused: a short stable reason for
// Options.OnRefused and the error the client sees.
type refusal struct {
	reason string
	err    *apperr.Error
}

func tooComplex(reason, key, de, en string, limit int) *refusal {
	return &refusal{reason, apperr.New(apperr.QueryTooComplex, key, de, en, limit)}
}

// The refusals are built once; an answer to an attack allocates little.
var (
	refuseFields = tooComplex("fields", "query.tooManyFields",
		"Die Abfrage enthält zu viele Felder (höchstens %d, Fragmente aufgelöst).",
		"The query selects too many fields (at most %d, fragments expanded).", MaxFields)
	refuseDepth = tooComplex("depth", "query.tooDeep",
		"Die Abfrage ist zu tief verschachtelt (höchstens %d Ebenen).",
		"The query is nested too deeply (at most %d levels).", MaxDepth)
	refuseAliases = tooComplex("aliases", "query.tooManyAliases",
		"Die Abfrage enthält zu viele Aliasnamen (höchstens %d).",
		"The query uses too many aliases (at most %d).", MaxAliases)
	refuseDuplicates = tooComplex("duplicates", "query.duplicateFields",
		"Die Abfrage fragt dasselbe Feld zu oft an derselben Stelle ab (höchstens %d-mal).",
		"The query selects the same field too often in one place (at most %d times).", MaxDuplicates)
	refuseDirectives = tooComplex("directives", "query.tooManyDirectives",
		"Die Abfrage enthält zu viele Direktiven an einer Stelle (höchstens %d).",
		"The query puts too many directives in one place (at most %d).", MaxDirectives)
	refuseOperations = tooComplex("operations", "query.tooManyOperations",
		"Das Dokument enthält zu viele Operationen (höchstens %d).",
		"The document holds too many operations (at most %d).", MaxOperations)
	refuseFragments = tooComplex("fragments", "query.tooManyFragments",
		"Das Dokument enthält zu viele Fragmente (höchstens %d).",
		"The document holds too many fragments (at most %d).", MaxFragments)
	refuseVariables = tooComplex("variables", "query.tooManyVariables",
		"Eine Operation hat zu viele Variablen (höchstens %d).",
		"An operation declares too many variables (at most %d).", MaxVariables)
	refuseTokens = tooComplex("tokens", "query.tooLong",
		"Die Abfrage ist zu lang (höchstens %d Tokens).",
		"The query is too long (at most %d tokens).", MaxParserTokens)
	refuseCycle = &refusal{"fragments", apperr.New(apperr.QueryTooComplex, "query.fragmentCycle",
		"Die Fragmente der Abfrage verweisen im Kreis aufeinander.",
		"The query's fragments spread one another in a cycle.")}
)

// tokenLimitMessage is how gqlparser words a document over the token limit;
// TestGuardRefusesBeforeValidation notices when it words it otherwise.
var tokenLimitMessage = fmt.Sprintf("exceeded token limit of %d", MaxParserTokens)

// guard is the gqlgen extension that runs the check on the raw request.
type guard struct {
	// accepted is gqlgen's cache of parsed and validated documents. Only a
	// document the guard let through can have been validated and cached, so
	// a hit is an accepted document: hot queries skip the second parse.
	accepted  graphql.Cache[*ast.QueryDocument]
	onRefused func(reason string)
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = guard{}

func (guard) ExtensionName() string                   { return "Guard" }
func (guard) Validate(graphql.ExecutableSchema) error { return nil }

func (g guard) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if _, ok := g.accepted.Get(ctx, p.Query); ok {
		return nil
	}
	r, parseErr := checkDocument(p.Query)
	if parseErr != nil {
		return parseErr
	}
	if r == nil {
		return nil
	}
	g.onRefused(r.reason)
	return clientError(r.err)
}

// checkDocument parses query and walks it once: nil when it keeps every
// limit, the refusal when it does not, or the parse error (coded as
// gqlgen codes its own) when it is no GraphQL document.
func checkDocument(query string) (*refusal, *gqlerror.Error) {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, MaxParserTokens)
	if err != nil {
		var ge *gqlerror.Error
		if !errors.As(err, &ge) {
			ge = gqlerror.Wrap(err)
		}
		if ge.Message == tokenLimitMessage {
			return refuseTokens, nil
		}
		errcode.Set(ge, errcode.ParseFailed)
		return nil, ge
	}
	return checkParsed(doc), nil
}

// checkParsed walks a parsed document: nil when it keeps every limit.
func checkParsed(doc *ast.QueryDocument) *refusal {
	if len(doc.Operations) > MaxOperations {
		return refuseOperations
	}
	if len(doc.Fragments) > MaxFragments {
		return refuseFragments
	}
	w := walker{frags: make(map[string]*fragment, len(doc.Fragments))}
	for _, f := range doc.Fragments {
		if _, dup := w.frags[f.Name]; !dup { // the validator reports duplicates; the first counts, as in ForName
			w.frags[f.Name] = &fragment{def: f}
		}
	}
	var total shape // fields and aliases of all operations: the validator walks them all
	for _, op := range doc.Operations {
		if len(op.VariableDefinitions) > MaxVariables {
			return refuseVariables
		}
		if len(op.Directives) > MaxDirectives {
			return refuseDirectives
		}
		for _, v := range op.VariableDefinitions {
			if len(v.Directives) > MaxDirectives {
				return refuseDirectives
			}
		}
		var s shape
		if r := w.selections(op.SelectionSet, &s.keys, 0, &s); r != nil {
			return r
		}
		if total.fields += s.fields; total.fields > MaxFields {
			return refuseFields
		}
		if total.aliases += s.aliases; total.aliases > MaxAliases {
			return refuseAliases
		}
	}
	// The validator walks unused fragments too; each is summarised once.
	for _, f := range doc.Fragments {
		if _, r := w.fragment(f.Name); r != nil {
			return r
		}
	}
	return nil
}

// shape is what the limits need to know of a selection set with its
// fragments expanded. depth is relative: a set of leaves has depth 1.
type shape struct {
	fields, aliases, depth int
	keys                   keyNode
}

// keyNode is one place of the answer: how many fields answer with this
// key there, and the keys below it, in the order they first appear.
type keyNode struct {
	count int
	order []string
	sub   map[string]*keyNode
}

type fragment struct {
	def   *ast.FragmentDefinition
	state int // unseen, walking, done
	shape shape
}

const (
	unseen = iota
	walking
	done
)

type walker struct {
	frags map[string]*fragment
	steps int
}

// fragment summarises a fragment the first time it is asked for and
// returns the summary from then on; nil for an unknown fragment, which
// the validator reports.
func (w *walker) fragment(name string) (*shape, *refusal) {
	f := w.frags[name]
	if f == nil {
		return nil, nil
	}
	switch f.state {
	case done:
		return &f.shape, nil
	case walking:
		return nil, refuseCycle // expanding it would never end
	}
	f.state = walking
	if len(f.def.Directives) > MaxDirectives {
		return nil, refuseDirectives
	}
	if r := w.selections(f.def.SelectionSet, &f.shape.keys, 0, &f.shape); r != nil {
		return nil, r
	}
	f.state = done
	return &f.shape, nil
}

// selections adds set, found at depth level below into, to acc.
func (w *walker) selections(set ast.SelectionSet, into *keyNode, level int, acc *shape) *refusal {
	for _, sel := range set {
		if w.steps++; w.steps > maxGuardSteps {
			return refuseFields
		}
		if acc.fields++; acc.fields > MaxFields {
			return refuseFields
		}
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Directives) > MaxDirectives {
				return refuseDirectives
			}
			if s.Alias != s.Name { // gqlparser sets Alias to Name when there is none
				if acc.aliases++; acc.aliases > MaxAliases {
					return refuseAliases
				}
			}
			depth := level + 1
			if depth > MaxDepth {
				return refuseDepth
			}
			acc.depth = max(acc.depth, depth)
			k, r := w.add(into, s.Alias, 1)
			if r != nil {
				return r
			}
			if r := w.selections(s.SelectionSet, k, depth, acc); r != nil {
				return r
			}
		case *ast.InlineFragment:
			if len(s.Directives) > MaxDirectives {
				return refuseDirectives
			}
			if r := w.selections(s.SelectionSet, into, level, acc); r != nil {
				return r
			}
		case *ast.FragmentSpread:
			if len(s.Directives) > MaxDirectives {
				return refuseDirectives
			}
			f, r := w.fragment(s.Name)
			if r != nil {
				return r
			}
			if f == nil {
				continue
			}
			if acc.fields += f.fields; acc.fields > MaxFields {
				return refuseFields
			}
			if acc.aliases += f.aliases; acc.aliases > MaxAliases {
				return refuseAliases
			}
			if level+f.depth > MaxDepth {
				return refuseDepth
			}
			acc.depth = max(acc.depth, level+f.depth)
			if r := w.merge(into, &f.keys); r != nil {
				return r
			}
		}
	}
	return nil
}

// add counts n more fields answering with key below into.
func (w *walker) add(into *keyNode, key string, n int) (*keyNode, *refusal) {
	k := into.sub[key]
	if k == nil {
		if into.sub == nil {
			into.sub = map[string]*keyNode{}
		}
		k = &keyNode{}
		into.sub[key] = k
		into.order = append(into.order, key)
	}
	if k.count += n; k.count > MaxDuplicates {
		return nil, refuseDuplicates
	}
	return k, nil
}

// merge adds the keys of a fragment, src, to the place it is spread at.
func (w *walker) merge(dst, src *keyNode) *refusal {
	for _, key := range src.order {
		if w.steps++; w.steps > maxGuardSteps {
			return refuseFields
		}
		s := src.sub[key]
		d, r := w.add(dst, key, s.count)
		if r != nil {
			return r
		}
		if r := w.merge(d, s); r != nil {
			return r
		}
	}
	return nil
}
