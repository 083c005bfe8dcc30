#!/usr/bin/env bash
# QR code and signboard figures for a built site. For every p/{CODE}/qr.svg: rasterized as printed at 300 dpi
#   1. at its size on the signboard (SignboardSvg.QR_SIZE, 280 mm: 3307 px), and
#   2. 2 cm wide (236 px, drawn oversampled and area-averaged down, so module edges blur to grey),
# then decoded with ZXing's QRCodeReader; each must decode to a URL ending in /P/{CODE}. For every
# p/{CODE}/signboard.svg: its height in mm and its size in bytes, plain and gzipped (min/median/max).
# The work is done by generator/src/test/java/org/gongshi/generator/render/QrFigures.java.
#
# Usage: bench/qr.sh [SITE_DIR]
#   SITE_DIR   a built site (OUT/site of `gongshi build`). Without it, the embedded content/ and templates/ are
#              built into a temporary directory (removed on exit) with cli/target/gongshi.jar, which is built
#              with Maven only when missing.
# Exits 1 when a code does not decode to its project's URL or the site has no qr.svg.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
[ $# -le 1 ] || { echo "usage: bench/qr.sh [SITE_DIR]" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/gongshi-qr.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ $# -eq 1 ]; then
  site="$1"
else
  [ -f "$root/cli/target/gongshi.jar" ] || (cd "$root" && mvn -q -B -o install -DskipTests)
  (cd "$root" && java -jar cli/target/gongshi.jar build --content content --templates templates --out "$work/out") \
    >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  tail -1 "$work/build.log"
  site="$work/out/site"
fi
[ -d "$site" ] || { echo "no site at $site" >&2; exit 2; }

# QrFigures and QrRaster are test classes: compiled with Maven only when missing.
[ -f "$root/generator/target/test-classes/org/gongshi/generator/render/QrFigures.class" ] \
  || (cd "$root" && mvn -q -B -o test-compile -pl generator)
(cd "$root" && mvn -q -B -o dependency:build-classpath -pl generator -Dmdep.outputFile="$work/classpath.txt") \
  >"$work/mvn-classpath.log" 2>&1 || { cat "$work/mvn-classpath.log"; exit 1; }
classpath="$(cat "$work/classpath.txt"):$root/generator/target/classes:$root/generator/target/test-classes"

echo "site: $site"
java -cp "$classpath" org.gongshi.generator.render.QrFigures "$site"
