package cli

import (
	"strings"

	ucli "github.com/urfave/cli/v2"
)

// flagsFirst moves the flags of a command in front of its other arguments,
// so that "legalkit notice DOC@V --format html" works like
// "legalkit notice --format html DOC@V": urfave/cli stops reading flags at
// the first argument. A flag that is not a switch takes the next word as its
// value unless written --flag=value; everything after "--" stays an argument.
func flagsFirst(app *ucli.App, args []string) ([]string, error) {
	if len(args) < 2 {
		return args, nil
	}
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") {
		i++ // global flags such as --version take no value
	}
	if i >= len(args) {
		return args, nil
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return args, nil
	}
	var flags, rest []string
	tail := args[i+1:]
	for j := 0; j < len(tail); j++ {
		a := tail[j]
		switch {
		case a == "--":
			rest = append(rest, tail[j:]...)
			j = len(tail)
		case a == "-" || !strings.HasPrefix(a, "-"):
			rest = append(rest, a)
		case !strings.Contains(a, "=") && takesValue(cmd, strings.TrimLeft(a, "-")):
			if j+1 == len(tail) {
				return nil, usagef("flag needs an argument: %s", a)
			}
			flags = append(flags, a, tail[j+1])
			j++
		default:
			flags = append(flags, a)
		}
	}
	out := append([]string{}, args[:i+1]...)
	return append(append(out, flags...), rest...), nil
}

// takesValue reports whether the command's flag with this name needs a value.
func takesValue(cmd *ucli.Command, name string) bool {
	for _, f := range cmd.Flags {
		for _, n := range f.Names() {
			if n == name {
				_, isSwitch := f.(*ucli.BoolFlag)
				return !isSwitch
			}
		}
	}
	return false
}
