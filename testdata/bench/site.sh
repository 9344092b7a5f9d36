#!/usr/bin/env bash
# Side-by-side timing: `legalkit build` of the whole HTML site of terms/
# (check, every page, cross-links, JSON, feeds, sitemap; no PDFs) against
# pandoc converting the same Markdown files to standalone HTML, one file at a
# time, as a user would. Prints the median wall time of each and the ratio;
# the target is a ratio of at most 0.20 (legalkit in a fifth of pandoc's time).
#
# Usage: testdata/bench/site.sh [RUNS]   (default 10; needs Go and pandoc:
#        apt-get install pandoc)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
command -v pandoc >/dev/null || { echo "site.sh: pandoc not found (apt-get install pandoc)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/legalkit" ./tool/cmd/legalkit
mapfile -t files < <(find terms -name '*.md' ! -name README.md | sort)
mkdir -p "$tmp/pandoc"

lk() { "$tmp/legalkit" build --quiet --no-pdf --out "$tmp/site" terms; }
pd() {
  for f in "${files[@]}"; do
    pandoc --standalone --from markdown --to html5 -o "$tmp/pandoc/$(echo "$f" | tr / _).html" "$f"
  done
}

# Time both RUNS times, interleaved so that a busy machine slows both alike;
# report the median of each in milliseconds.
ms() { local t0=$(date +%s%N); "$@"; echo $(( ($(date +%s%N) - t0) / 1000 )) >> "$tmp/$1.times"; }
median() { sort -n "$tmp/$1.times" | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 1000}'; }
lk; pd # warm-up: file cache, binaries
for _ in $(seq "$runs"); do ms lk; ms pd; done
lk_ms=$(median lk)
pd_ms=$(median pd)
echo "sources:          ${#files[@]} Markdown files, $(cat "${files[@]}" | wc -c) bytes"
echo "legalkit build:   ${lk_ms} ms  ($(find "$tmp/site" -type f | wc -l) files: pages, JSON, feeds, sitemap)"
echo "pandoc -s (html): ${pd_ms} ms  (${#files[@]} standalone pages)"
awk -v a="$lk_ms" -v b="$pd_ms" 'BEGIN { r = a / b; printf "ratio:            %.2f (legalkit / pandoc; target <= 0.20): %s\n", r, (r <= 0.20 ? "met" : "NOT met") }'
