#!/usr/bin/env bash
# Whole-process benchmarks for issue 12's goals, each beside its baseline measured in the same run.
#
#   benches/run.sh            # RUNS=3 paired runs per goal (RUNS=5 benches/run.sh for more)
#
# Builds the release binary and the `bench_floor` example, generates deterministic data into
# target/dtm-bench/ (10,000 × 40 and 100,000 communes; a second 100,000 file for compare; 200
# communes × 10,000 indicators for profile), then
# runs each command and its baseline alternately RUNS times and prints medians and ratios (and
# peak memory from /usr/bin/time -v when present). Shared machines are noisy: read the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
LIMIT=${LIMIT:-120} # seconds; a command slower than this is reported as over the limit
cargo build --release --quiet --bin dtm --example bench_floor
DTM=${DTM:-target/release/dtm}  # DTM=path/to/other/dtm benches/run.sh to measure another build
FLOOR=target/release/examples/bench_floor
DIR=target/dtm-bench
"$FLOOR" gen "$DIR"
C="$DIR/criteria.yaml"
OUT="$DIR/out"
TIME=""
[ -x /usr/bin/time ] && TIME=/usr/bin/time

# run CMD... : prints "MILLISECONDS PEAK_KIB" for one run, output discarded.
run() {
  local start end peak=0
  start=$(date +%s%N)
  if [ -n "$TIME" ]; then
    peak=$("$TIME" -f %M "$@" 2>&1 >/dev/null | tail -1)
  else
    "$@" >/dev/null 2>&1
  fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $peak"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# pair LABEL GOAL -- CMD... -- BASELINE_LABEL BASELINE... : alternate runs, print medians and ratio.
pair() {
  local label=$1 goal=$2; shift 3
  local cmd=() base=() base_label
  while [ "$1" != "--" ]; do cmd+=("$1"); shift; done
  shift; base_label=$1; shift; base=("$@")
  local t=() b=() m=() i
  local status=0
  timeout "$LIMIT" "${cmd[@]}" >/dev/null 2>&1 || status=$?
  if [ "$status" = 124 ]; then printf '%-44s over %ss (limit): goal missed\n' "$label" "$LIMIT"; return; fi
  [ "$status" = 0 ] || { echo "$label: command failed ($status): ${cmd[*]}" >&2; exit 1; }
  for ((i = 0; i < RUNS; i++)); do
    read -r ms kib < <(run "${base[@]}"); b+=("$ms")
    read -r ms kib < <(run "${cmd[@]}"); t+=("$ms"); m+=("$kib")
  done
  local tm bm mm
  tm=$(printf '%s\n' "${t[@]}" | median)
  bm=$(printf '%s\n' "${b[@]}" | median)
  mm=$(printf '%s\n' "${m[@]}" | median)
  awk -v l="$label" -v bl="$base_label" -v t="$tm" -v b="$bm" -v m="$mm" -v g="$goal" 'BEGIN {
    r = (b > 0) ? t / b : 0
    printf "%-44s %7d ms  vs %-22s %7d ms  %6.2f×  (goal ≤ %s×)  peak %6.0f MiB\n", l, t, bl, b, r, g, m / 1024 }'
}

size_mib() { awk -v s="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", s / 1048576 }'; }

echo "dtm benchmarks, medians of $RUNS paired runs (ms); input c10k.csv $(size_mib "$DIR/c10k.csv") MiB, c100k.csv $(size_mib "$DIR/c100k.csv") MiB"
S10=("$DTM" score -c "$C" --format csv "$DIR/c10k.csv" -o "$OUT.csv")
S100=("$DTM" score -c "$C" --format csv "$DIR/c100k.csv" -o "$OUT.csv")
pair "score 10k×40 csv"                   2.5 -- "${S10[@]}" -- "csv read+write" "$FLOOR" copy "$DIR/c10k.csv" "$OUT-copy.csv"
pair "score 100k×40 csv"                  3   -- "${S100[@]}" -- "csv read+write" "$FLOOR" copy "$DIR/c100k.csv" "$OUT-copy.csv"
pair "score 10k×40 json"                  1.5 -- "$DTM" score -c "$C" --format json "$DIR/c10k.csv" -o "$OUT.json" -- "score csv" "${S10[@]}"
pair "check --data 10k×40"                1.2 -- "$DTM" check "$C" --data "$DIR/c10k.csv" -- "csv read" "$FLOOR" read "$DIR/c10k.csv"
pair "check --data 100k×40"               1.2 -- "$DTM" check "$C" --data "$DIR/c100k.csv" -- "csv read" "$FLOOR" read "$DIR/c100k.csv"
pair "pilot 10k (default)"                2   -- "$DTM" pilot -c "$C" --format csv "$DIR/c10k.csv" -- "score csv" "${S10[@]}"
pair "pilot 100k (default)"               2   -- "$DTM" pilot -c "$C" --format csv "$DIR/c100k.csv" -- "score csv" "${S100[@]}"
pair "pilot 10k --count 100"              2   -- "$DTM" pilot -c "$C" --format csv --count 100 "$DIR/c10k.csv" -- "score csv" "${S10[@]}"
pair "pilot 10k --waves 10 --per-wave 100" 2  -- "$DTM" pilot -c "$C" --format csv --waves 10 --per-wave 100 "$DIR/c10k.csv" -- "score csv" "${S10[@]}"
pair "compare 100k vs 100k"               2   -- "$DTM" compare -c "$C" --format csv "$DIR/c100k.csv" "$DIR/c100k-new.csv" -- "score csv" "${S100[@]}"
pair "profile 10k"                        2   -- "$DTM" profile -c "$C" --format csv "$DIR/c10k.csv" 004242 -- "score csv" "${S10[@]}"
pair "profile 100k"                       2   -- "$DTM" profile -c "$C" --format csv "$DIR/c100k.csv" 042424 -- "score csv" "${S100[@]}"
# Criteria with 10,000 indicators (200 communes): commune 0042's path to the next level has
# about 2,600 steps, 0100's is short.
SW=("$DTM" score -c "$DIR/wide.yaml" --format csv "$DIR/wide.csv" -o "$OUT.csv")
pair "profile 10,000 indicators, long path"  2  -- "$DTM" profile -c "$DIR/wide.yaml" --format json "$DIR/wide.csv" 0042 -- "score csv" "${SW[@]}"
pair "profile 10,000 indicators, short path" 2  -- "$DTM" profile -c "$DIR/wide.yaml" --format json "$DIR/wide.csv" 0100 -- "score csv" "${SW[@]}"
echo "peak memory goal: score 100k under 4× its input ($(size_mib "$DIR/c100k.csv") MiB × 4)"
if command -v Rscript >/dev/null && Rscript -e 'library(COINr)' >/dev/null 2>&1; then
  echo "COINr found: compare with tests/coinr.rs shapes by hand (not scripted here)"
else
  echo "COINr comparison skipped (Rscript with COINr not installed)"
fi
