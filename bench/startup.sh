#!/usr/bin/env bash
# Start-up of the goose-ci command line: median wall time and peak RSS of `goose-ci --version` and
# `goose-ci providers`, through bin/goose-ci, without and with an AppCDS archive.
# Usage: bench/startup.sh [runs]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
jar=core/target/goose-ci.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$jar" "$work/goose-ci.jar"
export GOOSE_CI_JAR="$work/goose-ci.jar"

measure() { # label, args...
  local label=$1; shift
  : > "$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -a -o "$work/times" bin/goose-ci "$@" > /dev/null
  done
  sort -n -k1 "$work/times" | awk -v label="$label" -v n="$runs" '
    { wall[NR] = $1; if ($2 > rss) rss = $2 }
    END { printf "%-34s median %.3f s   max RSS %.1f MiB   (%d runs)\n", label, wall[int((n + 1) / 2)], rss / 1024, n }'
}

measure "--version (no CDS)" --version
measure "providers (no CDS)" providers
# Train an AppCDS archive as the container image does, then measure again with it beside the jar.
java -XX:ArchiveClassesAtExit="$work/goose-ci.jsa" -jar "$work/goose-ci.jar" providers > /dev/null 2>&1
measure "--version (AppCDS)" --version
measure "providers (AppCDS)" providers
