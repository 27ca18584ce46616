#!/usr/bin/env bash
# Runs every fuzzer of a DI_FUZZ build for a bounded time, one per core
# (DI_FUZZ_JOBS), and fails when one finds a crash, a leak, a sanitizer
# report, a timeout (10 s for one input) or runs out of memory (2 GB).
#   bash tests/fuzz/run-fuzzers.sh <fuzz build dir> [seconds per fuzzer] [name...]
# Seeds: tests/fuzz/corpus/<name> (committed), plus ../shared folders when
# present (read only). New inputs go to <build>/fuzz-corpus/<name>; a
# failing input to <build>/fuzz-artifacts/<name>-crash-<sha1> (reproduce it:
# <build>/tests/fuzz/fuzz_<name> <that file>).
set -uo pipefail
build=$(cd "$1" && pwd) || exit 2
cd "$(dirname "$0")/../.."
seconds=${2:-30}
shift 2 || shift $#
only=("$@")

shared=""
for c in "${DI_SHARED_DIR:-}" ../shared /work/shared; do
  if [ -n "$c" ] && [ -f "$c/corpus/README.md" ]; then shared=$c; break; fi
done

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

# name         max input  dictionary  extra read-only seeds
targets=(
  "feed_xml      1048576  xml   corpus/real corpus/feedparser"
  "feed_json     1048576  json  -"
  "papers_arxiv  1048576  xml   -"
  "papers_hf     1048576  json  -"
  "opml          262144   xml   corpus/opml"
  "sse           65536    json  -"
  "llm_openai    65536    json  -"
  "llm_anthropic 65536    json  -"
  "llm_gemini    65536    json  -"
  "seed_digest   262144   -     seeds"
  "date          256      date  -"
  "url           4096     -     -"
  "html_sanitize 262144   html  -"
  "readability   262144   html  -"
  "search        4096     -     -"
  "classify      16384    -     -"
)

parallel=${DI_FUZZ_JOBS:-$(nproc)} # one fuzzer per core
mkdir -p "$build/fuzz-artifacts"

run_one() { # <name> <max_len> <dict> <extra seeds>; prints "<name> ok|FAILED"
  local name=$1 max_len=$2 dict=$3 extra=$4
  local work="$build/fuzz-corpus/$name" log="$build/fuzz-$name.log"
  mkdir -p "$work"
  local seeds=("tests/fuzz/corpus/$name")
  if [ -n "$shared" ] && [ "$extra" != "-" ]; then
    for e in $extra; do [ -d "$shared/$e" ] && seeds+=("$shared/$e"); done
  fi
  local args=(-max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$max_len" -timeout=10
              -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$name-")
  [ "$dict" != "-" ] && args+=(-dict="tests/fuzz/dict/$dict.dict")
  if "$build/tests/fuzz/fuzz_$name" "${args[@]}" "$work" "${seeds[@]}" >"$log" 2>&1; then
    echo ok >"$log.result"
  else
    echo FAILED >"$log.result"
  fi
}

names=()
for t in "${targets[@]}"; do
  read -r name max_len dict extra <<<"$t"
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then continue; fi
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n; done
  echo "fuzz: $name for ${seconds}s (log $build/fuzz-$name.log)"
  rm -f "$build/fuzz-$name.log.result"
  run_one "$name" "$max_len" "$dict" "$extra" &
  names+=("$name")
done
wait

failed=()
echo "fuzz summary (name, result, executions, executions per second):"
for name in "${names[@]}"; do
  log="$build/fuzz-$name.log"
  result=$(cat "$log.result" 2>/dev/null || echo FAILED)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  printf '  %-14s %-6s %10s %8s\n' "$name" "$result" "${runs:-?}" "${rate:-?}"
  if [ "$result" != ok ]; then
    failed+=("$name")
    echo "fuzz: $name FAILED; the end of its log:" >&2
    grep -v '^    #[0-9]* 0x.* in fuzzer::' "$log" | tail -n 60 >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]} (inputs in $build/fuzz-artifacts)" >&2
  exit 1
fi
