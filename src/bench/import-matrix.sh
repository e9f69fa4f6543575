#!/usr/bin/env bash
# The capability import matrix: how many import lines of the row's capability name a class of the column's.
# A pair with a number both ways is a cycle; ArchitectureTest fails on any cycle, this shows where they would be.
# Usage: src/bench/import-matrix.sh   (from anywhere in the checkout)
set -euo pipefail
cd "$(dirname "$0")/../main/java/io/ordertrail"
caps=$(ls -d */ | tr -d /)
printf '%-14s' 'from \ to'
for c in $caps; do printf '%9.8s' "$c"; done
echo
both=0
for a in $caps; do
  printf '%-14s' "$a"
  for b in $caps; do
    if [ "$a" = "$b" ]; then printf '%9s' -; continue; fi
    n=$( (grep -rhE "^import (static )?io\.ordertrail\.$b\." "$a" || true) | wc -l)
    m=$( (grep -rhE "^import (static )?io\.ordertrail\.$a\." "$b" || true) | wc -l)
    [ "$n" -gt 0 ] && [ "$m" -gt 0 ] && both=$((both + 1))
    printf '%9s' "$n"
  done
  echo
done
echo "pairs importing each other: $((both / 2))"
