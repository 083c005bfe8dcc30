#!/usr/bin/env bash
# Build-scale benchmark (issue 3): writes `sample --projects N` for N = 1,000 and 10,000 (or the sizes given
# as arguments), builds each once with the runnable jar and prints projects, pages, seconds and peak memory.
# Then it builds each again over the first build (issue 6): that rebuild compares every record with the
# published project.json, checks every URL of content/published-urls.txt and carries the release chain; the
# build's own timing of the URL ledger and of the release manifest is printed for both builds.
# Usage: bench/build-scale.sh [N ...]        Work directory: $BENCH_DIR (default /tmp/gongshi-bench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-/tmp/gongshi-bench}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

"$root/gongshi" --version >/dev/null   # builds the jar when stale, outside the timings
jar="${GONGSHI_JAR:-$root/cli/target/gongshi.jar}"
mkdir -p "$work"
printf '%-10s %-8s %-9s %-10s %-12s\n' projects pages seconds "peak MB" "build line"
for n in "${sizes[@]}"; do
  content="$work/content-$n"; out="$work/out-$n"
  rm -rf "$content" "$out"
  java -jar "$jar" sample --projects "$n" --out "$content" --seed 1 >/dev/null
  /usr/bin/time -f '%e %M' -o "$work/time-$n" java ${GONGSHI_JAVA_OPTS:-} -jar "$jar" build --content "$content" --out "$out" \
      >"$work/build-$n.log" 2>&1 || { cat "$work/build-$n.log"; exit 1; }
  read -r secs kb < "$work/time-$n"
  pages=$(find "$out/site/" -name '*.html' | wc -l)
  printf '%-10s %-8s %-9s %-10s %s\n' "$n" "$pages" "$secs" "$((kb / 1024))" "$(tail -1 "$work/build-$n.log")"
  /usr/bin/time -f '%e %M' -o "$work/time-again-$n" java ${GONGSHI_JAVA_OPTS:-} -jar "$jar" build --content "$content" --out "$out" \
      >"$work/build-again-$n.log" 2>&1 || { cat "$work/build-again-$n.log"; exit 1; }
  read -r again_secs again_kb < "$work/time-again-$n"
  printf '%-10s %-8s %-9s %-10s %s\n' "$n again" "$pages" "$again_secs" "$((again_kb / 1024))" "$(tail -1 "$work/build-again-$n.log")"
  echo "  first build:  $(grep -h '网址记录用时' "$work/build-$n.log")；$(grep -h '隐私检查' "$work/build-$n.log")"
  echo "  second build: $(grep -h '网址记录用时' "$work/build-again-$n.log")；$(grep -h '隐私检查' "$work/build-again-$n.log")"
  echo "  ledger $(wc -c < "$content/published-urls.txt") bytes, $(grep -vc '^#' "$content/published-urls.txt") URLs;" \
       "manifest $(wc -c < "$out/site/releases/1.json") bytes"
done
