package cli

import (
	"fmt"
	"io"

	ucli "github.com/urfave/cli/v2"
)

// completionCommand is legalkit completion.
func completionCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script (bash or zsh)",
		ArgsUsage: "bash|zsh",
		Description: `Add to ~/.bashrc:   source <(legalkit completion bash)
Add to ~/.zshrc:    source <(legalkit completion zsh)`,
		Action: func(c *ucli.Context) error {
			script := map[string]string{"bash": bashCompletion, "zsh": zshCompletion}[c.Args().First()]
			if script == "" {
				return usagef("completion takes bash or zsh")
			}
			if _, err := io.WriteString(c.App.Writer, script); err != nil {
				return fmt.Errorf("the completion script could not be written: %w", err)
			}
			return nil
		},
	}
}

const bashCompletion = `# bash completion for legalkit
_legalkit_complete() {
  local cur opts
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" --generate-bash-completion 2>/dev/null)
  if [[ "$cur" == -* || -z "$opts" ]]; then
    COMPREPLY=( $(compgen -f -- "$cur") $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  fi
  return 0
}
complete -o default -F _legalkit_complete legalkit
`

const zshCompletion = `#compdef legalkit
_legalkit() {
  local -a opts
  opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  _describe 'values' opts
  _files
}
compdef _legalkit legalkit
`
