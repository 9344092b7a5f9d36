package cli

import (
	"strings"

	ucli "github.com/urfave/cli/v2"
)

// completionFlag is what the shell completion scripts append to ask for
// completions; urfave/cli looks for it as the last word.
const completionFlag = "--generate-bash-completion"

// splitArgs is the one reader of the words after a command's name: it
// tells its flags, each with its value, from its arguments, for every
// command alike. Flags may come before or after the arguments
// ("legalkit notice DOC@V --format html"); a flag that is not a switch
// takes the next word as its value unless written --flag=value; "-" alone
// is an argument (standard input or output); "--" ends the flags, and
// every word after it is an argument, also one starting with "-" (a file
// named -x.md).
func splitArgs(cmd *ucli.Command, words []string) (flags, args []string, err error) {
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "--":
			return flags, append(args, words[i+1:]...), nil
		case w == "-" || !strings.HasPrefix(w, "-"):
			args = append(args, w)
		case !strings.Contains(w, "=") && takesValue(cmd, strings.TrimLeft(w, "-")):
			if i+1 == len(words) {
				return nil, nil, usagef("flag needs an argument: %s", w)
			}
			flags = append(flags, w, words[i+1])
			i++
		default:
			flags = append(flags, w)
		}
	}
	return flags, args, nil
}

// normalArgs returns the command line (args[0] is the program name) as
// urfave/cli is to read it: global flags, the command, its flags, then
// "--" and its arguments (see splitArgs), so that urfave/cli, which stops
// reading flags at the first argument, sees every flag and takes no
// argument for one. A request for shell completions stays last, without
// "--", which would turn completion off, and is never a usage error.
func normalArgs(app *ucli.App, args []string) ([]string, error) {
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
	words := args[i+1:]
	complete := len(words) > 0 && words[len(words)-1] == completionFlag
	if complete {
		words = words[:len(words)-1]
	}
	flags, rest, err := splitArgs(cmd, words)
	switch {
	case err != nil && complete:
		return args, nil // a flag still without its value: urfave/cli completes it
	case err != nil:
		return nil, err
	}
	out := append(append([]string{}, args[:i+1]...), flags...)
	switch {
	case complete:
		return append(append(out, rest...), completionFlag), nil
	case len(rest) > 0:
		return append(append(out, "--"), rest...), nil
	}
	return out, nil
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
