#!/usr/bin/env bash
# Slow-client benchmark: the real `gongshi serve` on the embedded sample site, attacked by slowhttptest in
# three modes, one after the other, while a loop of ordinary curl requests measures what visitors get:
#   slowloris  (-H)  request heads sent a few bytes every INTERVAL seconds, never finished
#   slow body  (-B)  complaint forms (POST /hotline) declaring CONTENT_LENGTH bytes, sent a few at a time
#   slow read  (-X)  the largest page of the site requested 3 times per connection, read a few bytes a second
# For each mode it prints the most connections slowhttptest held open at once, how many were still open at
# the end and how many the server had closed (from its -g CSV), and of the ordinary requests (GET of a notice page, one every PROBE_INTERVAL
# seconds, each on a new connection, 10 s timeout): succeeded / total and median / max latency.
# The server runs with its default limits (see "Server limits" in README.md), except that per-IP form limits
# are multiplied by 100,000: all attack connections come from 127.0.0.1, and a real attack from many
# addresses would not run into them. Not part of CI.
#
# Usage: bench/slowhttp.sh
# Environment (all optional):
#   CONNECTIONS=1000   slowhttptest connections per mode (-c)      RATE=200   new connections per second (-r)
#   DURATION=60        seconds each mode runs (-l); the probe loop runs as long
#   INTERVAL=10        seconds between an attack connection's follow-up bytes (-i)
#   CONTENT_LENGTH=8192   declared body length in slow body mode (-s); under the hotline's 64 KiB limit
#   PROBE_INTERVAL=0.2    seconds between ordinary requests
#   SERVER_JAVA_OPTS=-Xmx512m   BENCH_DIR (default /tmp; removed on exit unless KEEP=1)
#   GONGSHI_JAR        the jar to test (default cli/target/gongshi.jar, built with `mvn package` when missing or stale)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

connections="${CONNECTIONS:-1000}"
rate="${RATE:-200}"
duration="${DURATION:-60}"
interval="${INTERVAL:-10}"
content_length="${CONTENT_LENGTH:-8192}"
probe_interval="${PROBE_INTERVAL:-0.2}"
server_java_opts="${SERVER_JAVA_OPTS:--Xmx512m}"

mkdir -p "${BENCH_DIR:-/tmp}"
work="$(mktemp -d "${BENCH_DIR:-/tmp}/gongshi-slowhttp-bench.XXXXXX")"
server_pid=""
attack_pid=""
cleanup() {
  for pid in "$attack_pid" "$server_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The load average shows whether something else (a Maven build, tests) competed for the cores.
section() { printf '\n== %s ==   (load average %s)\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

command -v slowhttptest >/dev/null || { apt-get update -qq && apt-get install -y -qq slowhttptest >/dev/null; }

section environment
echo "date:      $(date -u +%FT%TZ)"
echo "command:   $0  (CONNECTIONS=$connections RATE=$rate DURATION=$duration INTERVAL=$interval CONTENT_LENGTH=$content_length PROBE_INTERVAL=$probe_interval)"
echo "commit:    $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes')"
echo "nproc:     $(nproc)"
echo "files:     ulimit -n $(ulimit -n)"
echo "tool:      slowhttptest $( (slowhttptest -h 2>&1 || true) | grep -m1 -o 'version [0-9.]*')"
java -version 2>&1 | sed 's/^/java:      /'

section jar
if [ -n "${GONGSHI_JAR:-}" ]; then
  src_jar="$GONGSHI_JAR"
else
  src_jar="$root/cli/target/gongshi.jar"
  # Built when missing or older than a source, so that the figures are those of this checkout; package, not
  # install: ~/.m2 is shared with other work on this machine.
  if [ ! -f "$src_jar" ] || [ -n "$(find "$root"/*/src "$root"/content "$root"/templates "$root"/pom.xml "$root"/*/pom.xml \
        -newer "$src_jar" -print -quit)" ]; then
    (cd "$root" && mvn -q -B -o package -DskipTests)
  fi
fi
# A private copy: a rebuild of cli/target during the run must not change the classes under the JVM.
jar="$work/gongshi.jar"
cp "$src_jar" "$jar"
echo "using $src_jar (built $(date -u -r "$src_jar" +%FT%TZ), copied to $jar)"

section "server (builds the embedded sample first)"
mkdir -p "$work/src"
(cd "$work/src" && jar xf "$jar" gongshi/content gongshi/templates)
java $server_java_opts -jar "$jar" serve --content "$work/src/gongshi/content" --templates "$work/src/gongshi/templates" \
  --out "$work/out" --data "$work/data" --host 127.0.0.1 --port 0 --rate-limit-factor 100000 >"$work/serve.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 300); do
  url="$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/serve.log" | head -1 || true)"
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log"; echo "serve exited" >&2; exit 1; }
  sleep 1
done
[ -n "$url" ] || { cat "$work/serve.log"; echo "serve printed no URL within 300 s" >&2; exit 1; }
notice="$(cd "$work/out/site" && ls -d p/*/ | head -1)"
largest="$(cd "$work/out/site" && find . -type f ! -name '*.gz' -printf '%s %P\n' | sort -n | tail -1)"
echo "server:    $url (pid $server_pid)"
echo "probe:     GET $url/$notice"
echo "slow read: GET $url/${largest#* } (${largest%% *} bytes, the largest file of the site)"
code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url/$notice")"
[ "$code" = 200 ] || { echo "the notice page answers $code" >&2; exit 1; }

# probe SECONDS OUT: ordinary requests, one at a time, until SECONDS have passed; "status seconds" per line.
probe() {
  local until=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$until" ]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 10 "$url/$notice" >>"$2" || echo "000 10" >>"$2"
    sleep "$probe_interval"
  done
}

declare -A result
run_mode() { # run_mode NAME SLOWHTTPTEST-ARGS...
  local name="$1"; shift
  section "$name: $connections connections for $duration s"
  rm -f "$work/probe-$name.txt"
  slowhttptest "$@" -c "$connections" -r "$rate" -l "$duration" -i "$interval" -p 5 -g -o "$work/$name" \
    >"$work/$name.log" 2>&1 &
  attack_pid=$!
  probe "$duration" "$work/probe-$name.txt"
  wait "$attack_pid" || true
  attack_pid=""
  local csv="$work/$name.csv"
  [ -f "$csv" ] || { cat "$work/$name.log"; echo "slowhttptest wrote no $csv" >&2; exit 1; }
  # Columns: Seconds,Closed,Pending,Connected,Service Available
  local held end closed
  held="$(awk -F, 'NR > 1 && $4 + 0 > max { max = $4 + 0 } END { print max + 0 }' "$csv")"
  end="$(awk -F, 'NR > 1 { last = $4 + 0 } END { print last + 0 }' "$csv")"
  closed="$(awk -F, 'NR > 1 { last = $2 + 0 } END { print last + 0 }' "$csv")"
  local ok total median max
  total="$(wc -l <"$work/probe-$name.txt")"
  ok="$(awk '$1 == 200' "$work/probe-$name.txt" | wc -l)"
  median="$(awk '{ print $2 * 1000 }' "$work/probe-$name.txt" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", NR ? v[int((NR + 1) / 2)] : 0 }')"
  max="$(awk '{ print $2 * 1000 }' "$work/probe-$name.txt" | sort -n | tail -1 | awk '{ printf "%.1f", $1 }')"
  result[$name]="$(printf '%-10s max connected %5d  at end %5d  closed %5d   ordinary requests %4d/%-4d ok  median %6s ms  max %8s ms' \
    "$name" "$held" "$end" "$closed" "$ok" "$total" "$median" "$max")"
  echo "${result[$name]}"
  # Its own verdict, without the colour codes.
  sed 's/\x1b\[[0-9;]*m//g' "$work/$name.log" | grep -E 'Exit status|service available' | tail -2 \
    | sed 's/^[[:space:]]*/slowhttptest: /' || true
}

run_mode slowloris -H -u "$url/" -x 24
run_mode slow-body -B -u "$url/hotline" -t POST -s "$content_length" -x 24
run_mode slow-read -X -u "$url/${largest#* }" -k 3 -n 1 -w 512 -y 1024 -z 32

section summary
for name in slowloris slow-body slow-read; do echo "${result[$name]}"; done
kill -0 "$server_pid" 2>/dev/null && echo "server still running after all three modes" || { echo "server died" >&2; exit 1; }
