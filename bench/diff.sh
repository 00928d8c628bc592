#!/usr/bin/env bash
# Diff benchmarks behind BENCHMARKS.md: parse + index 100k, 300k and 1M changed lines (each in a fresh JVM with
# -Xmx512m, cold first run and warm median, peak heap), packing time for the same sizes, and the packer's token
# estimates against jtokkit's exact count over this repository's history and generated Java.
# Usage: bench/diff.sh [commits]   (builds the bench jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
commits=${1:-200}
jar=bench/target/goose-bench.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
run() { java -Xmx512m -cp "$jar" dev.gooseci.bench.DiffBench "$@" 2>&1 | grep -v SLF4J; }
for lines in 100000 300000 1000000; do run parse "$lines"; done
for lines in 100000 300000 1000000; do run pack "$lines"; done
run estimate . "$commits"
