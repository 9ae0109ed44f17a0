#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang (ASan + UBSan) and
# runs each one for a while, starting from its seed corpus in
# tests/fuzz/corpus/<harness>/. New inputs the fuzzer finds go to a temporary
# folder, never into the repository; a crash is kept in <build>/findings/ and
# fails the script.
#
# usage: tests/fuzz/run.sh [seconds per harness (default 10)] [harness ...]
#   CI:        tests/fuzz/run.sh            (about 10 s each)
#   long run:  tests/fuzz/run.sh 3600 json_body_fuzz
# env: HJT_FUZZ_BUILD (default build/fuzz), HJT_FUZZ_JOBS (default 2: compilers, and fuzzers side by side)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-10}
shift || true
build=${HJT_FUZZ_BUILD:-$root/build/fuzz}
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(shift_csv_fuzz xlsx_timesheet_fuzz parse_values_fuzz json_body_fuzz)
fi

export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake -S "$root/tests/fuzz" -B "$build" -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j"${HJT_FUZZ_JOBS:-2}" --target "${harnesses[@]}" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/findings"
# One harness's run; its exit status is the fuzzer's.
fuzz() {
  local harness=$1
  mkdir -p "$work/$harness"
  # -timeout: an input taking longer than 10 s is a hang; -rss_limit_mb: more than
  # 2 GB is a memory blow-up such as a zip bomb read whole (ASan keeps a few hundred MB).
  "$build/$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$build/findings/$harness-" "$work/$harness" "$root/tests/fuzz/corpus/$harness" \
      >"$work/$harness.log" 2>&1
}
# Each fuzzer is one process on one core: HJT_FUZZ_JOBS of them run side by
# side (CI's two cores: the four harnesses in 20 s, not 40).
side_by_side=${HJT_FUZZ_JOBS:-2}
(( side_by_side >= 1 )) || { echo "HJT_FUZZ_JOBS must be at least 1" >&2; exit 2; }
declare -A pid
for ((i = 0; i < ${#harnesses[@]}; i += side_by_side)); do
  for harness in "${harnesses[@]:i:side_by_side}"; do
    echo "fuzzing $harness for ${seconds}s"
    fuzz "$harness" &
    pid[$harness]=$!
  done
  for harness in "${harnesses[@]:i:side_by_side}"; do
    if ! wait "${pid[$harness]}"; then
      tail -n 60 "$work/$harness.log"
      echo "$harness found a failure; reproduce with: $build/$harness $build/findings/$harness-<file>" >&2
      kill "${pid[@]}" 2>/dev/null || true  # the other still running
      exit 1
    fi
    echo -n "$harness: "
    grep -E "^stat::number_of_executed_units|^stat::new_units_added" "$work/$harness.log" | tr '\n' ' '
    echo
  done
done
