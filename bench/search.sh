#!/usr/bin/env bash
# Search benchmark: writes `sample --projects N` (2 search documents per project, so N = 50,000 gives
# 100,000 documents) and prints
#   1. index time (SearchIndexWriter adds + close, and the total with load/mask/documents) and index size;
#   2. in-process SearchIndex.search latency (p50/p99/max, single thread, after warm-up, no result cache)
#      over a fixed-seed set of realistic queries drawn from the indexed projects;
#   3. GET /api/search over loopback with wrk (requests/s, p99) over the same queries, twice: every request
#      searched (no cache, uniform), and as served (result cache, query popularity 1/k); each server JVM runs
#      the query file in-process first (WARMUP passes), then wrk warms up for 5 s.
# Usage: bench/search.sh [PROJECTS]            (default 50000)
# Environment (all optional):
#   BENCH_DIR      parent of the temporary work directory (default /tmp); removed on exit unless KEEP=1
#   QUERIES=2000   number of queries generated      SEED=20231   seed for the query set
#   WARMUP=1       in-process warm-up passes         LIMIT=20     hits per query (the API's page size)
#   WRK_THREADS=2 WRK_CONNECTIONS=32 WRK_SECONDS=20 WRK_WARMUP_SECONDS=5
#   INDEX_JAVA_OPTS=-Xmx6g  JAVA_OPTS=-Xmx2g (latency runs and the server)
#   GONGSHI_JAR    use this jar instead of building cli/target/gongshi.jar with Maven
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
projects="${1:-${PROJECTS:-50000}}"
queries="${QUERIES:-2000}"
seed="${SEED:-20231}"
warmup="${WARMUP:-1}"
limit="${LIMIT:-20}"
wrk_threads="${WRK_THREADS:-2}"
wrk_connections="${WRK_CONNECTIONS:-32}"
wrk_seconds="${WRK_SECONDS:-20}"
wrk_warmup="${WRK_WARMUP_SECONDS:-5}"
index_java_opts="${INDEX_JAVA_OPTS:--Xmx6g}"
java_opts="${JAVA_OPTS:--Xmx2g}"

mkdir -p "${BENCH_DIR:-/tmp}"
work="$(mktemp -d "${BENCH_DIR:-/tmp}/gongshi-search-bench.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The load average shows whether something else (a Maven build, tests) competed for the 2 cores.
section() { printf '\n== %s ==   (load average %s)\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

section environment
echo "date:      $(date -u +%FT%TZ)"
echo "command:   $0 $projects  (QUERIES=$queries SEED=$seed WARMUP=$warmup LIMIT=$limit WRK=${wrk_threads}t/${wrk_connections}c/${wrk_seconds}s+${wrk_warmup}s warm-up)"
echo "commit:    $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes')"
echo "nproc:     $(nproc)"
echo "memory:    $(free -g | awk '/^Mem:/ {print $2 " GB"}')"
echo "cpu:       $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "wrk:       $(wrk --version 2>&1 | head -1)"
java -version 2>&1 | sed 's/^/java:      /'
echo "java opts: index $index_java_opts; latency + server $java_opts"
echo "work dir:  $work"

section "jar"
if [ -n "${GONGSHI_JAR:-}" ]; then
  src_jar="$GONGSHI_JAR"
else
  (cd "$root" && mvn -q -B -o install -DskipTests)
  src_jar="$root/cli/target/gongshi.jar"
fi
# A private copy: a rebuild of cli/target during the run must not change the classes under the JVMs.
jar="$work/gongshi.jar"
cp "$src_jar" "$jar"
echo "using $src_jar (copied to $jar)"

section "sample content: $projects projects"
content="$work/content"
java -jar "$jar" sample --projects "$projects" --out "$content" --seed 1
# Write the ~1 GB sample out now: left to background writeback it would slow the index commit's fsync.
sync

section "index"
index="$work/index"
query_file="$work/queries.tsv"
java $index_java_opts -cp "$jar" "$root/bench/SearchBench.java" index "$content" "$index" "$query_file" "$queries" "$seed" \
  | tee "$work/index.log"
rm -rf "$content"   # 1 GB at 50,000 projects; only the index and the queries are needed from here on
cut -f1 "$query_file" | sort | uniq -c | sort -rn | awk '{printf "  %5d %s\n", $1, $2}'
echo "examples:"; awk -F'\t' '!seen[$1]++ {printf "  %-14s %s %s\n", $1, $2, $3}' "$query_file"

section "in-process latency"
java $java_opts -cp "$jar" "$root/bench/SearchBench.java" latency "$index" "$query_file" "$warmup" "$limit" \
  | tee "$work/latency.log"

# Two rounds over HTTP: every request a real search (no result cache, every query equally common), then
# the server as it runs (a cache of recent results) under a county's traffic, where the k-th query of the
# list is asked with weight 1/k.
http_round() {
  local name="$1" cached="$2" mode="$3"
  section "HTTP /api/search with wrk: $name"
  # The server first runs the query file in-process ($warmup pass(es)) so that its search code is compiled.
  java $java_opts -cp "$jar" "$root/bench/SearchBench.java" serve "$index" 0 "$query_file" "$warmup" "$cached" \
    >"$work/server-$name.log" 2>&1 &
  server_pid=$!
  url=""
  for _ in $(seq 1 600); do
    url="$(sed -n 's/^serving \(http:[^ ]*\) .*/\1/p' "$work/server-$name.log")"
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server-$name.log"; echo "server exited" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$url" ] || { cat "$work/server-$name.log"; echo "server did not start" >&2; exit 1; }
  url="${url%/}"
  cat "$work/server-$name.log"
  for q in "白石镇" "2023-QH-0012" "dcc"; do
    code=$(curl -s -o "$work/probe.json" -w '%{http_code}' -G --data-urlencode "q=$q" "$url/api/search")
    echo "probe q=$q -> HTTP $code: $(head -c 160 "$work/probe.json")…"
    [ "$code" = 200 ] || { echo "the API does not answer 200; see $work/server-$name.log" >&2; exit 1; }
  done
  lua="$root/bench/search-queries.lua"
  echo "wrk warm-up: ${wrk_warmup}s"
  wrk -t"$wrk_threads" -c"$wrk_connections" -d"${wrk_warmup}s" -s "$lua" "$url" -- "$query_file" $mode >/dev/null
  echo "measured: wrk -t$wrk_threads -c$wrk_connections -d${wrk_seconds}s --latency -s bench/search-queries.lua $url -- queries.tsv $mode"
  wrk -t"$wrk_threads" -c"$wrk_connections" -d"${wrk_seconds}s" --latency -s "$lua" "$url" -- "$query_file" $mode \
    | sed "s/^RESULT http_/RESULT ${name}_/" | tee "$work/wrk-$name.log"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}
http_round uncached 0 ""
http_round cached 500 zipf

r() { sed -n "s/^RESULT $1 //p" "$work"/*.log | head -1; }
section "summary"
echo "documents indexed:        $(r documents) ($projects projects)"
echo "index time (adds+close):  $(r index_s)  ($(r index_docs_per_s))"
echo "load+mask time:           $(r load_mask_s)"
echo "build documents time:     $(r build_docs_s)"
echo "total (load→index):       $(r total_s)"
echo "index size on disk:       $(r index_mb)"
echo "in-process queries:       $(r queries) (limit $limit, $(r warmup_passes) warm-up pass(es), 1 thread)"
echo "in-process p50:           $(r latency_p50_ms)"
echo "in-process p99:           $(r latency_p99_ms)"
echo "in-process max:           $(r latency_max_ms)"
echo "in-process failed:        $(r failed_queries)"
echo "in-process mean:          $(r latency_mean_ms)"
for name in uncached cached; do
  if [ $name = uncached ]; then echo "HTTP, every request searched (no cache, every query equally common):"
  else echo "HTTP, as served (cache of 500 recent results, query k asked with weight 1/k):"; fi
  echo "  requests/s:             $(r ${name}_rps)  (wrk ${wrk_threads} threads, ${wrk_connections} connections, ${wrk_seconds} s)"
  echo "  p50:                    $(r ${name}_p50_ms)"
  echo "  p99:                    $(r ${name}_p99_ms)"
  echo "  max:                    $(r ${name}_max_ms)"
  echo "  errors:                 $(r ${name}_errors)"
done

# Targets from the issue: in-process p99 <= 5 ms; HTTP >= 2,000 req/s with p99 <= 50 ms.
num() { r "$1" | cut -d' ' -f1; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {
  ok = (op == "<=") ? v <= t : v >= t
  printf "%s: %s vs target %s %s (%.2fx the target)\n", ok ? "met" : "MISSED", v, op, t, v / t }'; }
echo "target in-process p99:    $(verdict "$(num latency_p99_ms)" 5 '<=')"
for name in uncached cached; do
  echo "target HTTP req/s ($name):  $(verdict "$(num ${name}_rps)" 2000 '>=')"
  echo "target HTTP p99 ($name):    $(verdict "$(num ${name}_p99_ms)" 50 '<=')"
done
