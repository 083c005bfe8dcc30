#!/usr/bin/env bash
# Hugo comparison (issue 9, part 1): gongshi's cold build against Hugo's on the same pages, in one run, on a RAM disk.
#
# For each N it writes `sample --projects N --seed 1`, builds it with gongshi once, and turns every built HTML page
# into a Hugo content file at the same URL with the same <title>, description and visible text (bench/hugo-content.py:
# headings, paragraphs, lists, links, images and tables as Markdown; form labels and chart labels as lines). A small
# Hugo layout draws the same frame as templates/layout.ftl (header, navigation, search box, footer). That preparation
# is not timed. Then: one warm-up build of each, and the timed cold build of each (gongshi, then Hugo), every build
# into a fresh, empty output folder; gongshi also gets a fresh copy of the sample each time, because a build writes
# content/published-urls.txt and the next build would check it.
#
# Hugo settings, chosen so both write the same kinds of output: taxonomies, terms and section index pages are off
# (gongshi has none); Hugo's own 404 kind is off (gongshi's 404.html is an ordinary page here); the home page keeps
# its RSS feed with as many entries as gongshi's feed.xml, and the sitemap and robots.txt stay on (gongshi writes
# sitemap.xml, feed.xml and robots.txt); paths keep their case (/P/CODE/ is the short URL beside /p/CODE/); the
# typographer is off so quotes stay as written. The script checks that both wrote the same set of HTML paths, and
# compares the visible text of a sample of pages (about 400) between the two warm-up builds.
#
# The comparison is deliberately unequal in gongshi's disfavour: besides the same pages, gongshi writes QR-code and
# signboard SVGs, JSON/CSV open data, a .gz twin of every file, the Lucene search index and the release manifest, and
# scans everything for personal data. The goal (at 10,000 projects gongshi/Hugo <= 1.0) counts all of that.
#
# Usage: bench/hugo.sh [N ...]        (default 1000 10000; 50000 when asked)
# Environment: GONGSHI_JAR (default cli/target/gongshi.jar, built when stale), GONGSHI_JAVA_OPTS (default -Xmx1g:
# the goal is 50,000 projects within a 1 GB heap), HUGO_BENCH_DIR (default /dev/shm/gongshi-hugo; removed at the
# end unless KEEP=1). Installs Debian's hugo, python3 and time with apt-get when missing (run as root, as CI does).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${HUGO_BENCH_DIR:-/dev/shm/gongshi-hugo}"
java_opts="${GONGSHI_JAVA_OPTS--Xmx1g}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v python3 >/dev/null || missing+=(python3)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ -z "${GONGSHI_JAR:-}" ]; then "$root/gongshi" --version >/dev/null; fi   # builds the jar when stale, untimed
jar="${GONGSHI_JAR:-$root/cli/target/gongshi.jar}"

rm -rf "$work"; mkdir -p "$work"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
echo "gongshi: $jar, java $java_opts ($(java -version 2>&1 | head -1))"
echo "hugo:    $(hugo version | cut -d' ' -f1-2)"
echo "work:    $work ($(df -h --output=fstype,avail "$work" | tail -1 | xargs)); $(nproc) cores; load at start:$(uptime | sed 's/.*average://')"

# gongshi_build NAME CONTENT OUT: a cold build of a fresh copy of CONTENT into an empty OUT; sets secs, mb, failure.
gongshi_build() {
  local name=$1 content=$2 out=$3 copy="$work/content-copy"
  rm -rf "$copy" "$out"; cp -a "$content" "$copy"
  failure=""
  # shellcheck disable=SC2086  # GONGSHI_JAVA_OPTS holds several options
  if ! /usr/bin/time -f '%e %M' -o "$work/$name.time" java $java_opts -jar "$jar" build --content "$copy" --out "$out" \
      >"$work/$name.log" 2>&1; then
    if grep -q OutOfMemoryError "$work/$name.log"; then failure="OutOfMemoryError ($java_opts)"; else failure="failed"; fi
    echo "  gongshi $name $failure; last lines of its log:"; grep -v '^\s*at ' "$work/$name.log" | tail -5 | sed 's/^/    /'
  fi
  read -r secs kb < <(grep -E '^[0-9.]+ [0-9]+$' "$work/$name.time"); mb=$((kb / 1024))
}

# hugo_build NAME SOURCE DEST: Hugo's cold build of SOURCE into an empty DEST; sets secs, mb, failure.
hugo_build() {
  local name=$1 source=$2 dest=$3
  rm -rf "$dest"
  failure=""
  if ! /usr/bin/time -f '%e %M' -o "$work/$name.time" hugo --quiet --source "$source" --destination "$dest" \
      >"$work/$name.log" 2>&1; then
    failure="hugo failed"; echo "  hugo $name failed; last lines of its log:"; tail -5 "$work/$name.log" | sed 's/^/    /'
  fi
  read -r secs kb < <(grep -E '^[0-9.]+ [0-9]+$' "$work/$name.time"); mb=$((kb / 1024))
}

since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }
html_paths() { (cd "$1" && find -L . -name '*.html' | LC_ALL=C sort); }

rows=()
for n in "${sizes[@]}"; do
  echo "== $n projects"
  content="$work/content-$n"; site="$work/hugo-src-$n"; out="$work/gongshi-out"; dest="$work/hugo-out"
  start=$(date +%s.%N)
  java -jar "$jar" sample --projects "$n" --out "$content" --seed 1 >/dev/null
  echo "  sample --projects $n: $(since "$start") s, $(du -sh "$content" | cut -f1)"

  gongshi_build "warm-$n" "$content" "$out"
  if [ -n "$failure" ]; then
    rows+=("$(printf '%-9s %-9s %-9s %-10s %-9s %-8s %-11s %s' "$n" - - "$failure" - - "$mb" -)"); rm -rf "$out" "$content"; continue
  fi
  start=$(date +%s.%N)
  python3 "$root/bench/hugo-content.py" "$out/site" "$site" >/dev/null
  echo "  Hugo content from gongshi's pages: $(since "$start") s, $(du -sh "$site/content" | cut -f1) (not timed)"
  hugo_build "warm-hugo-$n" "$site" "$dest"
  if [ -n "$failure" ]; then
    rows+=("$(printf '%-9s %-9s %-9s %-10s %-9s %-8s %-11s %s' "$n" - - - "$failure" - - "$mb")"); rm -rf "$out" "$dest" "$content" "$site"; continue
  fi
  echo "  warm-up builds: $(python3 "$root/bench/hugo-content.py" --compare "$out/site" "$dest" $((n / 100 + 1)))"
  rm -rf "$out" "$dest"

  gongshi_build "cold-$n" "$content" "$out"
  g_secs=$secs g_mb=$mb
  if [ -n "$failure" ]; then
    rows+=("$(printf '%-9s %-9s %-9s %-10s %-9s %-8s %-11s %s' "$n" - - "$failure" - - "$g_mb" -)"); rm -rf "$out" "$content" "$site"; continue
  fi
  html_paths "$out/site" > "$work/gongshi-pages"
  echo "  gongshi: $(tail -1 "$work/cold-$n.log")"
  echo "           $(grep -h '隐私检查' "$work/cold-$n.log")"
  svg=$(find -L "$out/site" -name '*.svg' | wc -l); data=$(find -L "$out/site" \( -name '*.json' -o -name '*.csv' \) | wc -l)
  gz=$(find -L "$out/site" -name '*.gz' | wc -l)
  echo "  gongshi also wrote what Hugo does not: $svg SVG (QR codes, signboards), $data JSON/CSV data files, $gz .gz twins," \
       "a $(du -sh "$out/search-index" | cut -f1) search index; output $(du -shL "$out/site" | cut -f1)"
  rm -rf "$out"

  hugo_build "cold-hugo-$n" "$site" "$dest"
  if [ -n "$failure" ]; then
    rows+=("$(printf '%-9s %-9s %-9s %-10s %-9s %-8s %-11s %s' "$n" "$(wc -l < "$work/gongshi-pages")" - "$g_secs" "$failure" - "$g_mb" "$mb")")
    rm -rf "$dest" "$content" "$site"; continue
  fi
  html_paths "$dest" > "$work/hugo-pages"
  echo "  hugo: output $(du -sh "$dest" | cut -f1)"
  g_pages=$(wc -l < "$work/gongshi-pages"); h_pages=$(wc -l < "$work/hugo-pages")
  differ=$(comm -3 "$work/gongshi-pages" "$work/hugo-pages" | wc -l)
  [ "$differ" = 0 ] || echo "  WARNING: $differ HTML paths differ between gongshi and Hugo, e.g. $(comm -3 "$work/gongshi-pages" "$work/hugo-pages" | head -3 | xargs)"
  rows+=("$(printf '%-9s %-9s %-9s %-10s %-9s %-8s %-11s %s' "$n" "$g_pages" "$h_pages" "$g_secs" "$secs" \
      "$(awk -v g="$g_secs" -v h="$secs" 'BEGIN { printf "%.2f", g / h }')" "$g_mb" "$mb")")
  rm -rf "$dest" "$content" "$site"
done

echo
echo "Cold builds after one warm-up each, same run; load at end:$(uptime | sed 's/.*average://')"
printf '%-9s %-9s %-9s %-10s %-9s %-8s %-11s %s\n' projects "gongshi" "hugo" "gongshi s" "hugo s" "ratio" "gongshi MB" "hugo MB"
printf '%-9s %-9s %-9s %-10s %-9s %-8s %-11s %s\n' "" pages pages "" "" "g/h" peak peak
printf '%s\n' "${rows[@]}"
