#!/usr/bin/env bash
# Incremental builds (issue 9): with N generated projects (default 10,000) on a RAM disk, a cold build, then one record
# changed and `gongshi build` timed from the command line, three times (each time another record); then a full build of
# the same content, whose site must be byte-identical to the incremental one (release records aside); then `serve`
# started over the same output, a record saved, and the time until the served notice shows it.
# Usage: bench/incremental.sh [N]     Work directory: $BENCH_DIR (default /dev/shm/gongshi-incremental).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
work="${BENCH_DIR:-/dev/shm/gongshi-incremental}"
jar="${GONGSHI_JAR:-$root/cli/target/gongshi.jar}"
[ -n "${GONGSHI_JAR:-}" ] || "$root/gongshi" --version >/dev/null
java_opts=(${GONGSHI_JAVA_OPTS:-})
content="$work/content"; out="$work/out"; full="$work/full"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
rm -rf "$work"; mkdir -p "$work"
cd "$work"   # the jar's own templates, not those of whatever checkout the script is run from
java -jar "$jar" sample --projects "$n" --out "$content" --seed 1 >/dev/null
mapfile -t codes < <(ls "$content/projects" | awk 'NR % 997 == 1' | head -4)

remark() { # remark CODE TEXT: what an office does when it corrects a record
  python3 - "$content/projects/$1/project.json" "$2" <<'PY'
import json, sys
path, text = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    record = json.load(f)
record["remarks"] = text
with open(path, "w", encoding="utf-8") as f:
    json.dump(record, f, ensure_ascii=False, indent=2)
PY
}

timed() { # timed LOG ARGS...: wall seconds of one CLI run
  local start end
  start=$(date +%s.%N)
  java "${java_opts[@]}" -jar "$jar" "${@:2}" >"$1" 2>&1 || { cat "$1"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "projects: $n   machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cold build:          $(timed "$work/cold.log" build --content "$content" --out "$out") s   ($(tail -1 "$work/cold.log"))"
for i in 1 2 3; do
  code="${codes[$i]}"
  remark "$code" "第 $i 次更正：补充管护责任人联系方式已公示于村务公开栏"
  secs=$(timed "$work/incremental-$i.log" build --content "$content" --out "$out")
  echo "one record changed:  $secs s   ($code; $(grep -h '^增量生成\|^完整生成' "$work/incremental-$i.log"))"
done
echo "  last incremental build, as it reported itself:"; sed 's/^/    /' "$work/incremental-3.log"

timed "$work/full.log" build --full --content "$content" --out "$full" >/dev/null
if diff -r -q -x releases "$out/site/" "$full/site/" >"$work/diff.txt"; then
  echo "byte-identical to a full build of the same content: yes ($(find "$full/site/" -type f | wc -l) files compared)"
else
  echo "byte-identical to a full build of the same content: NO"; head "$work/diff.txt"; exit 1
fi

java "${java_opts[@]}" -jar "$jar" serve --content "$content" --out "$out" --port 0 --data "$work/data" >"$work/serve.log" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 600); do
  url="$(grep -oE 'http://[^ ]+' "$work/serve.log" | head -1 || true)"; [ -n "$url" ] && break; sleep 0.5
done
[ -n "$url" ] || { cat "$work/serve.log"; exit 1; }
code="${codes[0]}"
curl -fsS "${url}p/$code/" >/dev/null
marker="更正编号$RANDOM$RANDOM"
remark "$code" "$marker"
start=$(date +%s.%N)
until curl -fsS "${url}p/$code/" | grep -q "$marker"; do
  sleep 0.02
  if [ "$(echo "$(date +%s.%N) - $start > 120" | bc)" = 1 ]; then echo "serve: the change never showed"; cat "$work/serve.log"; exit 1; fi
done
echo "serve: a saved record shown at ${url}p/$code/ after $(echo "$(date +%s.%N) - $start" | bc) s"
