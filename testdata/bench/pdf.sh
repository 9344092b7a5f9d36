#!/usr/bin/env bash
# Side-by-side timing: `legalkit pdf` of the Servicevoorwaarden (layout with
# clickable terms and references, outline, embedded fonts, strict pdfcpu
# validation) against what a team would use otherwise for the same Markdown:
# pandoc to standalone HTML, then weasyprint from HTML to PDF. Prints the
# median wall time of each and the ratio; the target is a ratio of at most
# 0.10 (legalkit in a tenth of their time).
#
# Usage: testdata/bench/pdf.sh [RUNS] [SOURCE.md]   (default 5 runs and the
#        Servicevoorwaarden; needs Go, pandoc and weasyprint:
#        apt-get install pandoc weasyprint)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
src=${2:-terms/visma/servicevoorwaarden/2018-04-18.md}
for tool in pandoc weasyprint; do
  command -v "$tool" >/dev/null || { echo "pdf.sh: $tool not found (apt-get install pandoc weasyprint)" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/legalkit" ./tool/cmd/legalkit

lk() { "$tmp/legalkit" pdf -o "$tmp/legalkit.pdf" "$src" >/dev/null; }
pw() {
  pandoc --standalone --from markdown --to html5 -o "$tmp/pandoc.html" "$src"
  weasyprint --quiet "$tmp/pandoc.html" "$tmp/weasyprint.pdf"
}

# Time both RUNS times, interleaved so that a busy machine slows both alike;
# report the median of each in milliseconds.
ms() { local t0=$(date +%s%N); "$@"; echo $(( ($(date +%s%N) - t0) / 1000 )) >> "$tmp/$1.times"; }
median() { sort -n "$tmp/$1.times" | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 1000}'; }
lk; pw # warm-up: file cache, binaries, font cache
for _ in $(seq "$runs"); do ms lk; ms pw; done
lk_ms=$(median lk)
pw_ms=$(median pw)
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
echo "source:                $src ($(wc -c < "$src") bytes)"
echo "legalkit pdf:          ${lk_ms} ms  ($(pages "$tmp/legalkit.pdf") pages, $(wc -c < "$tmp/legalkit.pdf") bytes)"
echo "pandoc + weasyprint:   ${pw_ms} ms  ($(pages "$tmp/weasyprint.pdf") pages, $(wc -c < "$tmp/weasyprint.pdf") bytes)"
awk -v a="$lk_ms" -v b="$pw_ms" 'BEGIN { r = a / b; printf "ratio:                 %.3f (legalkit / pandoc+weasyprint; target <= 0.10): %s\n", r, (r <= 0.10 ? "met" : "NOT met") }'
