#!/usr/bin/env bash
# Compares the wall time of `legalkit diff` with the tools people use
# instead, on the same pair of files: `git diff --no-index --word-diff` and
# `dwdiff`. The pair is the first and the last fixture version of the
# Servicevoorwaarden (testdata/diff), and the same pair made ten times
# longer (sections repeated with shifted numbers), to show how the cost
# grows with size.
#
# Usage: testdata/bench/diff.sh [RUNS]     (default 20 runs per tool)
# Needs: go, git, dwdiff (apt-get install dwdiff), awk. Not part of go test.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"

for tool in go git dwdiff awk; do
  command -v "$tool" >/dev/null || { echo "diff.sh: $tool is needed (dwdiff: apt-get install dwdiff)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
go build -o "$work/legalkit" ./tool/cmd/legalkit

old=testdata/diff/visma/servicevoorwaarden/2018-04-18.md
new=testdata/diff/visma/servicevoorwaarden/2019-07-01.md

# tenfold: keep everything before "# 1." once, then repeat the numbered
# sections ten times, adding 5*k to the first number of every clause.
tenfold() {
  awk '
    { lines[NR] = $0 }
    /^# 1\. / && !start { start = NR }
    END {
      for (i = 1; i < start; i++) print lines[i]
      for (k = 0; k < 10; k++) {
        for (i = start; i <= NR; i++) {
          l = lines[i]
          if (match(l, /^#+ [0-9]+/)) {
            h = substr(l, 1, RLENGTH); n = h; sub(/^#+ /, "", n); p = substr(h, 1, length(h) - length(n))
            l = p (n + 5 * k) substr(l, RLENGTH + 1)
          } else if (match(l, /^[0-9]+(\.[0-9]+)+\.? /)) {
            n = l; sub(/\..*/, "", n)
            l = (n + 5 * k) substr(l, length(n) + 1)
          }
          print l
        }
        print ""
      }
    }' "$1"
}
tenfold "$old" > "$work/old10.md"
tenfold "$new" > "$work/new10.md"

# ms RUNS CMD...: average wall time of one run in milliseconds.
ms() {
  local n="$1"; shift
  "$@" >/dev/null 2>&1 || true # warm the page cache
  local start end
  start=$(date +%s%N)
  for ((i = 0; i < n; i++)); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  awk -v ns="$((end - start))" -v n="$n" 'BEGIN { printf "%.2f", ns / n / 1e6 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

report() {
  local label="$1" a="$2" b="$3"
  local lk git dw
  lk=$(ms "$runs" "$work/legalkit" diff --color=never "$a" "$b")
  git=$(ms "$runs" git diff --no-index --word-diff "$a" "$b")
  dw=$(ms "$runs" dwdiff "$a" "$b")
  printf '%-22s %9s %9s %9s   %18s %16s\n' "$label" "$lk" "$git" "$dw" "$(ratio "$lk" "$git")" "$(ratio "$lk" "$dw")"
  eval "lk_$4=$lk git_$4=$git dw_$4=$dw"
}

startup=$(ms "$runs" "$work/legalkit" --version)
printf 'Servicevoorwaarden: %s vs %s, %s runs each (ms per run, wall time)\n\n' "$(basename "$old")" "$(basename "$new")" "$runs"
printf '%-22s %9s %9s %9s   %18s %16s\n' "pair" "legalkit" "git" "dwdiff" "legalkit/git" "legalkit/dwdiff"
report "1x ($(wc -c < "$old" | tr -d ' ') bytes)" "$old" "$new" 1
report "10x ($(wc -c < "$work/old10.md" | tr -d ' ') bytes)" "$work/old10.md" "$work/new10.md" 10
printf '\ngrowth 1x -> 10x:      %9s %9s %9s\n' "$(ratio "$lk_10" "$lk_1")" "$(ratio "$git_10" "$git_1")" "$(ratio "$dw_10" "$dw_1")"
printf 'legalkit start-up alone (legalkit --version): %s ms per run\n' "$startup"
