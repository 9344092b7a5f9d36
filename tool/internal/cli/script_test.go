package cli

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"legalkit": func() { os.Exit(Main(os.Args, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scripts in testdata/script. Each script
// may use $REPO, the repository root, to reach terms/ and testdata/.
// go test -run TestScripts -update rewrites their expected output.
func TestScripts(t *testing.T) {
	repo := testutil.Root(t)
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *testutil.Update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"writebytes": writeBytes,
			"bigfile":    bigFile,
			"crlf":       toCRLF,
		},
	})
}

// writeBytes FILE TEXT writes TEXT with Go escapes (\x00, \xff, \r, \n) to
// FILE: for inputs a txtar archive cannot hold.
func writeBytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: writebytes FILE TEXT")
	}
	text, err := strconv.Unquote(`"` + args[1] + `"`)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(text), 0o644))
}

// bigFile FILE MB writes a front matter followed by MB megabytes of text.
func bigFile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: bigfile FILE MB")
	}
	mb, err := strconv.Atoi(args[1])
	ts.Check(err)
	head := "---\nid: a/b\ntitle: T\npublisher: P\nlanguage: en\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: draft\n---\n"
	line := "1.1. The Customer pays the fees set out in the order within thirty days.\n"
	b := []byte(head + strings.Repeat(line, mb<<20/len(line)+1))
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
}

// toCRLF FILE turns the line ends of FILE into CRLF and adds a byte order mark.
func toCRLF(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: crlf FILE")
	}
	b, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	b = append([]byte("\xef\xbb\xbf"), bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))...)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
}
