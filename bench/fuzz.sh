#!/usr/bin/env bash
# Fuzzing for longer than `mvn verify` does (15 s a target): runs every Jazzer fuzz target — each *FuzzTest
# class under MODULE/src/test/java holds one — for SECONDS and prints per target the executions, executions
# per second, the size of its generated corpus and its findings.
# Usage: bench/fuzz.sh [SECONDS] [CLASS...]      (default 300 s; all targets, or only the named classes)
#   e.g. bench/fuzz.sh 60 RosterCsvFuzzTest
# Maven runs offline (-o) and installs nothing: each target is one `mvn test-compile surefire:test@fuzz` over
# the reactor, so sibling modules come from their target/classes, never from ~/.m2.
# The corpus grows from run to run in MODULE/target/fuzz/.cifuzz-corpus/<package>.<Class>/<method>/ (mvn clean starts
# over). A finding is MODULE/target/fuzz/crash-<sha1>: fix the code, then keep the input as a seed in
# MODULE/src/test/resources/<package>/<Class>Inputs/<method>/ beside a plain regression unit test.
# Each target's Maven log: MODULE/target/fuzz/<Class>.log.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-300}"
shift $(( $# > 0 ? 1 : 0 ))
cd "$root"

targets=()
while IFS= read -r file; do
  class="$(basename "$file" .java)"
  grep -q "^abstract class" "$file" && continue
  if [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qx "$class"; then
    targets+=("$file")
  fi
done < <(find ./*/src/test/java -name '*FuzzTest.java' | sort)
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz target matches: $*" >&2; exit 2; }

echo "date:    $(date -u +%FT%TZ)"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes')"
echo "nproc:   $(nproc); $seconds s per target; ${#targets[@]} targets"
java -version 2>&1 | sed -n '1s/^/java:    /p'

files_in() { if [ -d "$1" ]; then find "$1" -type f | wc -l; else echo 0; fi; }

summary=()
failed=0
for file in "${targets[@]}"; do
  module="$(echo "$file" | cut -d/ -f2)"
  class="$(basename "$file" .java)"
  package="$(sed -n 's/^package \(.*\);/\1/p' "$file")"
  fuzz_dir="$module/target/fuzz"
  # One folder per fuzz test method below it; a target class has one, perhaps inherited.
  corpus="$fuzz_dir/.cifuzz-corpus/$package.$class"
  log="$fuzz_dir/$class.log"
  mkdir -p "$fuzz_dir"
  before_corpus=$(files_in "$corpus")
  marker="$(mktemp)"
  printf '\n== %s (%s)   load average %s\n' "$class" "$module" "$(cut -d' ' -f1-3 /proc/loadavg)"
  status=0
  mvn -B -o -pl "$module" -am test-compile surefire:test@fuzz -Dtest="$class" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seconds="$seconds" > "$log" 2>&1 || status=$?
  # libFuzzer's status lines: "#123456 DONE cov: … corp: 181/171Kb … exec/s: 117 …", the last one for the run.
  last="$(grep -a '^#[0-9]' "$log" | tail -1 || true)"
  executions="$(echo "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')"
  rate="$(echo "$last" | sed -n 's/.*exec\/s: \([0-9]*\).*/\1/p')"
  after_corpus=$(files_in "$corpus")
  crashes="$(find "$fuzz_dir" -maxdepth 1 -name 'crash-*' -newer "$marker" | sort)"
  rm -f "$marker"
  findings=$(printf '%s' "$crashes" | grep -c . || true)
  if [ "$status" -ne 0 ] && [ "$findings" -eq 0 ]; then
    echo "Maven failed without a crash file (exit $status); see $log"
    tail -20 "$log"
    failed=1
  fi
  [ "$findings" -eq 0 ] || { failed=1; echo "finding(s):"; echo "$crashes" | sed 's/^/  /'; grep -a -m1 -A3 '== Java Exception' "$log" || true; }
  line="$(printf '%-52s %10s %8s %7s %+7d %9s' "$class" "${executions:-?}" "${rate:-?}" \
      "$after_corpus" $((after_corpus - before_corpus)) "$findings")"
  echo "$line"
  summary+=("$line")
done

printf '\n%-52s %10s %8s %7s %7s %9s\n' target executions exec/s corpus grown findings
printf '%s\n' "${summary[@]}"
exit "$failed"
