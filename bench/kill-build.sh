#!/usr/bin/env bash
# Atomic publishing under SIGKILL. Builds a copy of the sample content while `gongshi serve` serves it, and kills
# each build with SIGKILL (kill -9) at a random moment between its start and 120% of a whole build's time. Before
# each build one authored page changes, so a build that finishes is a new release. After each kill it checks that
#   - the served site (over HTTP) is entirely one release: `gongshi verify` against that release's own manifest
#     finds every file unchanged, and that release is the previous one or the new one;
#   - the published folder OUT/site is entirely the same release (verify on the folder also finds no extra file).
# Prints one line per cycle and a summary; exits 1 if any cycle left a torn site.
#
# Usage: bench/kill-build.sh [CYCLES]                  (default 20)
# Environment: GONGSHI_JAR (default cli/target/gongshi.jar, built with Maven only when missing), SEED (random
# delays; default 8), BENCH_DIR (parent of the work directory, default /tmp; removed on exit unless KEEP=1).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cycles="${1:-20}"
jar="${GONGSHI_JAR:-$root/cli/target/gongshi.jar}"
RANDOM="${SEED:-8}"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -B -o package -DskipTests -pl cli -am)
fi
work="$(mktemp -d "${BENCH_DIR:-/tmp}/gongshi-kill.XXXXXX")"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
cp -r "$root/content" "$work/content"
dirs=(--content "$work/content" --templates "$root/templates" --out "$work/out")
gongshi() { java -jar "$jar" "$@"; }
millis() { date +%s%3N; }

start=$(millis)
gongshi build "${dirs[@]}" > "$work/first-build.log" 2>&1
build_ms=$(( $(millis) - start ))
echo "first build: ${build_ms} ms"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# --no-watch: this script's own builds are the ones under test; serve must not start builds of its own.
gongshi serve "${dirs[@]}" --no-watch --host 127.0.0.1 --port "$port" --data "$work/data" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.5
done
base="http://127.0.0.1:$port"
latest() { curl -fs "$base/releases/index.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["release"])'; }

torn=0; killed=0; finished=0
for cycle in $(seq 1 "$cycles"); do
  printf '\n第 %d 轮修改。\n' "$cycle" >> "$work/content/pages/about.md"
  before=$(latest)
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % (build_ms * 12 / 10) ))
  # java itself, not a shell function around it: $! must be the JVM that kill -9 stops.
  java -jar "$jar" build "${dirs[@]}" > "$work/build-$cycle.log" 2>&1 &
  build=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  if kill -9 "$build" 2>/dev/null; then outcome="killed"; killed=$((killed + 1)); else outcome="finished"; finished=$((finished + 1)); fi
  wait "$build" 2>/dev/null || true
  after=$(latest)
  served="ok"; folder="ok"
  gongshi verify --site "$base/" --manifest "$base/releases/$after.json" "${dirs[@]:4:2}" > "$work/verify-http-$cycle.log" 2>&1 || served="TORN"
  gongshi verify --site "$work/out/site" --manifest "$work/out/site/releases/$after.json" "${dirs[@]:4:2}" \
    > "$work/verify-folder-$cycle.log" 2>&1 || folder="TORN"
  expected="ok"
  if [ "$after" != "$before" ] && [ "$after" != "$((before + 1))" ]; then expected="UNEXPECTED"; fi
  if [ "$served$folder$expected" != "okokok" ]; then torn=$((torn + 1)); fi
  printf 'cycle %2d: kill at %6d ms (%s), release %s -> %s (%s), served site %s, published folder %s\n' \
    "$cycle" "$delay_ms" "$outcome" "$before" "$after" "$expected" "$served" "$folder"
done
leftover=$(find "$work/out" -maxdepth 1 -name '.staging-*' | wc -l)
releases=$(find "$work/out" -maxdepth 1 -name '.release-*' | wc -l)
echo
echo "cycles: $cycles, killed during the build: $killed, finished before the kill: $finished"
echo "torn sites (served or published folder not entirely one release): $torn"
echo "folders left in OUT: $releases release folders (current and previous are kept), $leftover staging folders of killed builds (removed by the next build that publishes)"
[ "$torn" -eq 0 ]
