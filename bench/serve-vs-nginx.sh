#!/usr/bin/env bash
# Serving benchmark: the notice pages of one built site through `gongshi serve` (Jetty) and through Debian's nginx,
# the same files, in one run. Prints requests/s, latency p50/p99 and errors for each wrk round and the ratio
# Jetty/nginx (issue 9's goal: at least 0.8).
#   1. `gongshi sample --projects N` and `gongshi build` (OUT/site links to the release folder; nginx is given the
#      link's real path, Jetty follows the link as it does in production);
#   2. `gongshi serve` on the built output (it does not rebuild: the output is newer than content and templates) and
#      nginx with a generated config: one worker per core, sendfile, gzip_static (so both send the build's .gz
#      twins), keep-alive without a request limit, no access log, the same three security headers Jetty adds;
#   3. curl checks that both answer a few pages with the same status, Content-Encoding and body bytes;
#   4. wrk warms each server up, then measures them alternately, ROUNDS times (nginx, Jetty, nginx, Jetty, …),
#      requesting every notice page /p/CODE/ in turn with Accept-Encoding: gzip (bench/notice-pages.lua). Each
#      round also prints the server's own CPU time per request (user + system, from /proc, nginx's workers
#      included), which other work on the machine disturbs far less than requests/s.
# Both servers and wrk share the machine's cores. With PIN=1 each server runs on the last core and wrk on the
# others (taskset); by default nothing is pinned and the scheduler shares all cores out.
#
# Usage: bench/serve-vs-nginx.sh [PROJECTS]         (default 1000)
# Environment (all optional):
#   ROUNDS=3  WRK_THREADS=2 WRK_CONNECTIONS=64 WRK_SECONDS=20 WARMUP_SECONDS=60   PIN=0
#   JAVA_OPTS=-Xmx1g     the Jetty server's JVM options
#   GONGSHI_JAR          the jar to test (default cli/target/gongshi.jar, built with Maven only when missing)
#   BASELINE_JAR         an older jar, served as a third server "before" on the same files and measured in the same
#                        rounds, so that a change to the server is compared in one run
#   BENCH_DIR            parent of the temporary work directory (default /tmp); removed on exit unless KEEP=1
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
projects="${1:-${PROJECTS:-1000}}"
rounds="${ROUNDS:-3}"
wrk_threads="${WRK_THREADS:-2}"
wrk_connections="${WRK_CONNECTIONS:-64}"
wrk_seconds="${WRK_SECONDS:-20}"
warmup_seconds="${WARMUP_SECONDS:-60}"
pin="${PIN:-0}"
# A fresh JVM on two shared cores needed 40–60 s of load before the JIT settled (CPU per request fell 2–5×).
java_opts="${JAVA_OPTS:--Xmx1g}"
[[ "$projects" =~ ^[0-9]+$ && "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/serve-vs-nginx.sh [PROJECTS]; ROUNDS must be a positive number" >&2; exit 2; }

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx-light)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

src_jar="${GONGSHI_JAR:-$root/cli/target/gongshi.jar}"
if [ ! -f "$src_jar" ]; then
  (cd "$root" && mvn -q -B -o package -DskipTests -pl cli -am)
fi

mkdir -p "${BENCH_DIR:-/tmp}"
work="$(mktemp -d "${BENCH_DIR:-/tmp}/gongshi-serve-bench.XXXXXX")"
# A private copy: a rebuild of cli/target during the run must not change the classes under the JVM.
jar="$work/gongshi.jar"
cp "$src_jar" "$jar"
names=(nginx jetty)
if [ -n "${BASELINE_JAR:-}" ]; then
  cp "$BASELINE_JAR" "$work/baseline.jar"
  names+=(before)
fi
jetty_pid=""
before_pid=""
nginx_pid=""
stop() {
  local pid="$1"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
cleanup() {
  stop "$jetty_pid"
  stop "$before_pid"
  stop "$nginx_pid"
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section() { printf '\n== %s ==   (load average %s)\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

cores="$(nproc)"
# Arrays of command prefixes rather than functions: a backgrounded function runs in a subshell, so $! would be
# the subshell's pid and killing it would leave the server running.
if [ "$pin" = 1 ]; then
  [ "$cores" -ge 2 ] || { echo "PIN=1 needs at least 2 cores" >&2; exit 2; }
  server_cpus="$((cores - 1))"
  wrk_cpus="0-$((cores - 2))"
  workers=1
  on_server_cpus=(taskset -c "$server_cpus")
  on_wrk_cpus=(taskset -c "$wrk_cpus")
else
  workers="$cores"
  on_server_cpus=()
  on_wrk_cpus=()
fi

section environment
echo "date:      $(date -u +%FT%TZ)"
echo "command:   $0 $projects  (ROUNDS=$rounds WRK=${wrk_threads}t/${wrk_connections}c/${wrk_seconds}s WARMUP_SECONDS=$warmup_seconds PIN=$pin)"
echo "commit:    $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes')"
echo "nproc:     $cores"
echo "cpu:       $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
if [ "$pin" = 1 ]; then
  echo "pinning:   servers on CPU $server_cpus, wrk on CPU $wrk_cpus (nginx: 1 worker)"
else
  echo "pinning:   none; servers and wrk share all $cores cores (nginx: $workers workers)"
fi
echo "nginx:     $(nginx -v 2>&1)"
echo "wrk:       $(wrk --version 2>&1 | head -1)"
java -version 2>&1 | head -1 | sed 's/^/java:      /'
echo "jetty jvm: $java_opts"
echo "jar:       $src_jar"
[ -z "${BASELINE_JAR:-}" ] || echo "baseline:  $BASELINE_JAR (served as \"before\")"
echo "work dir:  $work"

section "sample content and build: $projects projects"
content="$work/content"
out="$work/out"
dirs=(--content "$content" --templates "$root/templates" --out "$out")
java -jar "$jar" sample --projects "$projects" --out "$content" --seed 1 | tail -1
java -jar "$jar" build "${dirs[@]}" | tail -1
release="$(realpath "$out/site")"
echo "site: $out/site -> $release"
(cd "$release/p" && ls -d */ | sed 's|^|/p/|') > "$work/paths.txt"
echo "notice pages: $(wc -l < "$work/paths.txt")"

section "servers"
mkdir -p "$work/nginx"
jetty_port="$(free_port)"
"${on_server_cpus[@]}" java $java_opts -jar "$jar" serve "${dirs[@]}" --host 127.0.0.1 --port "$jetty_port" --data "$work/data" \
  > "$work/jetty.log" 2>&1 &
jetty_pid=$!
if [ -n "${BASELINE_JAR:-}" ]; then
  before_port="$(free_port)"
  "${on_server_cpus[@]}" java $java_opts -jar "$work/baseline.jar" serve "${dirs[@]}" --host 127.0.0.1 \
    --port "$before_port" --data "$work/data-before" > "$work/before.log" 2>&1 &
  before_pid=$!
  before="http://127.0.0.1:$before_port"
fi

nginx_port="$(free_port)"
# A root master would hand the files to workers running as nobody, who cannot enter the private work directory.
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"
cat > "$work/nginx/nginx.conf" <<EOF
$user_line
worker_processes $workers;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/plain text/xml application/json application/xml image/svg+xml text/csv;
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 30s;
  # nginx closes a keep-alive connection after 1000 requests by default; Jetty does not, and the
  # reconnects would count against nginx.
  keepalive_requests 100000000;
  gzip_static on;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $release;
    index index.html;
    # The headers Jetty adds to every answer, so both send the same bytes.
    add_header X-Content-Type-Options nosniff always;
    add_header Referrer-Policy same-origin always;
    add_header Content-Security-Policy "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'" always;
  }
}
EOF
"${on_server_cpus[@]}" nginx -e "$work/nginx/error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" > "$work/nginx/stdout.log" 2>&1 &
nginx_pid=$!

jetty="http://127.0.0.1:$jetty_port"
nginx="http://127.0.0.1:$nginx_port"
for name in "${names[@]}"; do
  url="${!name}"; pid_var="${name}_pid"
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$url/" && break
    kill -0 "${!pid_var}" 2>/dev/null || { cat "$work/$name.log" "$work/nginx/error.log" 2>/dev/null; echo "$name exited" >&2; exit 1; }
    sleep 0.5
  done
  curl -fs -o /dev/null "$url/" || { echo "$name does not answer at $url" >&2; exit 1; }
  echo "$name: $url (pid ${!pid_var})"
done
for name in "${names[@]:1}"; do
  grep -q '直接启动' "$work/$name.log" || { cat "$work/$name.log"; echo "$name: gongshi serve rebuilt the site instead of serving the build" >&2; exit 1; }
done

section "same answers"
# Status, Content-Encoding and the body's bytes must be equal, or the two would not be doing the same work.
probe() { # probe URL -> "status encoding sha256 body-bytes header-bytes"
  local head="$work/probe.head" body="$work/probe.body"
  curl -s -H 'Accept-Encoding: gzip' -D "$head" -o "$body" "$1"
  printf '%s %s %s %s %s\n' "$(head -1 "$head" | cut -d' ' -f2)" \
    "$(tr -d '\r' < "$head" | awk -F': ' 'tolower($1) == "content-encoding" {print $2}' | grep . || echo identity)" \
    "$(sha256sum < "$body" | cut -c1-16)" "$(stat -c %s "$body")" "$(stat -c %s "$head")"
}
for name in "${names[@]:1}"; do
  for path in $(sed -n '1p; 2p; $p' "$work/paths.txt") /p/NO-SUCH-PROJECT/; do
    j="$(probe "${!name}$path")"; n="$(probe "$nginx$path")"
    read -r js je jh jb jhb <<<"$j"; read -r ns ne nh nb nhb <<<"$n"
    printf '%-28s %-6s %s %-7s %s %6s B body %4s B head | nginx %s %-7s %s %6s B body %4s B head\n' \
      "$path" "$name" "$js" "$je" "$jh" "$jb" "$jhb" "$ns" "$ne" "$nh" "$nb" "$nhb"
    if [ "$path" = /p/NO-SUCH-PROJECT/ ]; then
      [ "$js" = 404 ] && [ "$ns" = 404 ] || { echo "a missing page must be 404 on both" >&2; exit 1; }
    else
      [ "$js $je $jh" = "$ns $ne $nh" ] && [ "$js" = 200 ] && [ "$je" = gzip ] \
        || { echo "$name and nginx answer $path differently" >&2; exit 1; }
    fi
  done
done

lua="$root/bench/notice-pages.lua"
run_wrk() { # run_wrk URL SECONDS
  "${on_wrk_cpus[@]}" wrk -t"$wrk_threads" -c"$wrk_connections" -d"$2s" --latency -s "$lua" "$1" -- "$work/paths.txt"
}
section "warm-up: ${warmup_seconds}s each"
for name in "${names[@]}"; do
  run_wrk "${!name}" "$warmup_seconds" | sed -n 's/^RESULT rps /  '"$name"' warm-up req\/s: /p'
done

echo "measured: wrk -t$wrk_threads -c$wrk_connections -d${wrk_seconds}s --latency -s bench/notice-pages.lua URL -- paths.txt"
cpu_ticks() { # cpu_ticks PID: user + system clock ticks of the process and its children (nginx's workers)
  local total=0 pid fields
  for pid in "$1" $(pgrep -P "$1" || true); do
    read -r -a fields < "/proc/$pid/stat"
    total=$((total + fields[13] + fields[14]))
  done
  echo "$total"
}
for round in $(seq 1 "$rounds"); do
  for name in "${names[@]}"; do
    section "round $round: $name"
    pid_var="${name}_pid"
    ticks_before="$(cpu_ticks "${!pid_var}")"
    run_wrk "${!name}" "$wrk_seconds" > "$work/wrk-$round-$name.log"
    ticks=$(( $(cpu_ticks "${!pid_var}") - ticks_before ))
    r() { sed -n "s/^RESULT $1 //p" "$work/wrk-$round-$name.log"; }
    cpu_us="$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$(r requests)" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')"
    printf '%-6s round %d: %7s req/s  %6s MB/s  p50 %6s ms  p99 %6s ms  max %7s ms  CPU %5s us/req  errors %s\n' \
      "$name" "$round" "$(r rps)" "$(r mb_per_s)" "$(r p50_ms)" "$(r p99_ms)" "$(r max_ms)" "$cpu_us" "$(r errors)" \
      | tee -a "$work/rounds.txt"
  done
done

section summary
cat "$work/rounds.txt"
awk '{ rps[$1] += $4; n[$1]++; p50[$1] += $9; p99[$1] += $12; cpu[$1] += $18 }
  END {
    for (s in rps) printf "%-6s mean of %d rounds: %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  CPU %5.1f us/req\n", s, n[s], rps[s]/n[s], p50[s]/n[s], p99[s]/n[s], cpu[s]/n[s]
    for (s in rps) if (s != "nginx") {
      printf "CPU per request %s/nginx: %.2f\n", s, (cpu[s]/n[s]) / (cpu["nginx"]/n["nginx"])
      ratio = (rps[s]/n[s]) / (rps["nginx"]/n["nginx"])
      printf "ratio %s/nginx (req/s): %.2f  -> %s the goal of at least 0.8\n", s, ratio, (ratio >= 0.8 ? "meets" : "MISSES")
    }
  }' "$work/rounds.txt"
grep -v '^$' "$work/nginx/error.log" 2>/dev/null | head -5 | sed 's/^/nginx error log: /' || true
