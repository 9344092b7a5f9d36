package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// A formatUse is a literal message format in the source and where it is.
type formatUse struct {
	format string
	at     string // path:line
}

// sourceFormats finds every literal format given to a function that makes
// a diagnostic message: New, List.Add, At, JSONAt, Phrasef, and every
// function (or function literal assigned to a name) with a parameter
// "format" that it passes on to one of those. It also returns the places
// where a Diagnostic is built with a Message of its own, which In cannot
// translate.
func sourceFormats(t *testing.T, root string) (uses []formatUse, literals []string) {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err == nil {
			files = append(files, f)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	makers := formatMakers(files)
	rel := func(p token.Pos) string {
		pos := fset.Position(p)
		r, _ := filepath.Rel(root, pos.Filename)
		return filepath.ToSlash(r) + ":" + strconv.Itoa(pos.Line)
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				if s, ok := callFormat(x, makers); ok {
					uses = append(uses, formatUse{s, rel(x.Pos())})
				}
			case *ast.CompositeLit:
				if isDiagnosticType(x.Type) && hasKey(x, "Message") && !strings.HasPrefix(rel(x.Pos()), "internal/diag/") {
					literals = append(literals, rel(x.Pos()))
				}
			}
			return true
		})
	}
	return uses, literals
}

// formatMakers returns, by function name, the positions of the format
// parameter of the functions that make messages, found to a fixed point.
func formatMakers(files []*ast.File) map[string][]int {
	// reasonFormat: the reasons for a doubt (resolve/reasons.go), written
	// into messages with Phrasef by check
	makers := map[string][]int{"New": {5}, "Add": {5}, "At": {4}, "JSONAt": {4}, "Phrasef": {0}, "reasonFormat": {0}}
	for changed := true; changed; {
		changed = false
		for _, f := range files {
			ast.Inspect(f, func(n ast.Node) bool {
				name, ft, body := funcOf(n)
				idx := formatParam(ft)
				if body == nil || idx < 0 || has(makers[name], idx) || !forwardsFormat(body, makers) {
					return true
				}
				makers[name] = append(makers[name], idx)
				changed = true
				return true
			})
		}
	}
	return makers
}

// funcOf returns the name, type and body of a function declaration or of
// a function literal assigned to a name.
func funcOf(n ast.Node) (string, *ast.FuncType, *ast.BlockStmt) {
	switch x := n.(type) {
	case *ast.FuncDecl:
		return x.Name.Name, x.Type, x.Body
	case *ast.AssignStmt:
		if len(x.Lhs) == 1 && len(x.Rhs) == 1 {
			id, ok1 := x.Lhs[0].(*ast.Ident)
			fl, ok2 := x.Rhs[0].(*ast.FuncLit)
			if ok1 && ok2 {
				return id.Name, fl.Type, fl.Body
			}
		}
	}
	return "", nil, nil
}

// formatParam returns the index of the parameter named format, or -1.
func formatParam(ft *ast.FuncType) int {
	if ft == nil {
		return -1
	}
	i := 0
	for _, field := range ft.Params.List {
		for _, name := range field.Names {
			if name.Name == "format" {
				return i
			}
			i++
		}
	}
	return -1
}

// forwardsFormat reports whether body passes its format parameter on as
// the format of a message maker.
func forwardsFormat(body *ast.BlockStmt, makers map[string][]int) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			for _, i := range makers[callee(c)] {
				if i < len(c.Args) && isIdent(c.Args[i], "format") {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// callFormat returns the literal format of a call of a message maker. Of
// makers with the same name, the one whose argument at its format position
// reads like a message (a space or a verb; a code has neither) is meant.
func callFormat(c *ast.CallExpr, makers map[string][]int) (string, bool) {
	cands := makers[callee(c)]
	for _, i := range cands {
		if i >= len(c.Args) {
			continue
		}
		s, ok := literal(c.Args[i])
		if ok && (len(cands) == 1 || strings.ContainsAny(s, " %")) {
			return s, true
		}
	}
	return "", false
}

func callee(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

// literal returns the value of a string literal or of a sum of them.
func literal(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind == token.STRING {
			s, err := strconv.Unquote(x.Value)
			return s, err == nil
		}
	case *ast.BinaryExpr:
		a, ok1 := literal(x.X)
		b, ok2 := literal(x.Y)
		return a + b, ok1 && ok2 && x.Op == token.ADD
	case *ast.ParenExpr:
		return literal(x.X)
	}
	return "", false
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

func isDiagnosticType(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name == "Diagnostic"
	case *ast.SelectorExpr:
		return x.Sel.Name == "Diagnostic" && isIdent(x.X, "diag")
	}
	return false
}

func hasKey(c *ast.CompositeLit, key string) bool {
	for _, e := range c.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok && isIdent(kv.Key, key) {
			return true
		}
	}
	return false
}

func has(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}
