package cli

import (
	"io"
	"strings"
	"testing"
	"time"
)

// TestNormalArgs: every command reads its words alike: flags before or
// after the arguments, "--" ends the flags, "-" is an argument, and
// urfave/cli is handed the flags first and the arguments after "--".
func TestNormalArgs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"notice DOC@2 --format html", "notice --format html -- DOC@2"},
		{"pdf -o x.pdf -- -x.md", "pdf -o x.pdf -- -x.md"},
		{"pdf -- -x.md -o y.pdf", "pdf -- -x.md -o y.pdf"},
		{"pdf DOC -o -", "pdf -o - -- DOC"},
		{"pdf --sources a DOC --sources b --bundle", "pdf --sources a --sources b --bundle -- DOC"},
		{"diff --format=json old.md new.md --exit-code", "diff --format=json --exit-code -- old.md new.md"},
		{"diff old.md --ignore-editorial=false new.md", "diff --ignore-editorial=false -- old.md new.md"},
		{"check -- --strict", "check -- --strict"},
		{"check - --strict", "check --strict -- -"},
		{"check --", "check"},
		{"check", "check"},
		{"inspect -- -x.md", "inspect -- -x.md"},
		{"--version", "--version"},
		{"nosuch -x y", "nosuch -x y"},
		{"diff a --generate-bash-completion", "diff a --generate-bash-completion"},
		{"diff --format md a --generate-bash-completion", "diff --format md a --generate-bash-completion"},
		{"check terms --generate-bash-completion", "check terms --generate-bash-completion"},
		{"diff --format --generate-bash-completion", "diff --format --generate-bash-completion"},
	}
	app := New(OSEnv(io.Discard, io.Discard)).newRun(io.Discard, io.Discard).app
	for _, tt := range tests {
		got, err := normalArgs(app, append([]string{"legalkit"}, strings.Fields(tt.in)...))
		if err != nil {
			t.Errorf("%s: %v", tt.in, err)
			continue
		}
		if g := strings.Join(got[1:], " "); g != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}

func TestNormalArgsMissingValue(t *testing.T) {
	app := New(OSEnv(io.Discard, io.Discard)).newRun(io.Discard, io.Discard).app
	for _, in := range []string{"diff a b --format", "pdf DOC -o", "notice --since"} {
		_, err := normalArgs(app, append([]string{"legalkit"}, strings.Fields(in)...))
		if err == nil || !strings.Contains(err.Error(), "flag needs an argument: ") {
			t.Errorf("%s: error %v, want flag needs an argument", in, err)
		}
	}
}

// TestEnvInjected: the build date comes from the environment and clock the
// application was given, not from the process.
func TestEnvInjected(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "0") // the process's: never read
	clock := func() time.Time { return time.Date(2031, 12, 31, 23, 30, 0, 0, time.FixedZone("", -3600)) }
	tests := []struct {
		env  map[string]string
		want string
	}{
		{nil, "2032-01-01"}, // the clock, in UTC
		{map[string]string{"SOURCE_DATE_EPOCH": "1717200000"}, "2024-06-01"},
	}
	for _, tt := range tests {
		a := New(Env{Stdout: io.Discard, Stderr: io.Discard, Now: clock, Getenv: func(k string) string { return tt.env[k] }})
		d, err := a.today("")
		if err != nil || d.String() != tt.want {
			t.Errorf("env %v: today %v, %v; want %s", tt.env, d, err, tt.want)
		}
	}
}
