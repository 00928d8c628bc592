#!/usr/bin/env bash
# End to end, as a CI job runs it: `goose-ci run` from process start to exit, 10 turns against the loopback fake
# OpenAI server (bench module), each turn one tool call. Reports median wall and max RSS, without and with AppCDS.
# Usage: bench/cli-loop.sh [runs] [tool] [arguments-json]   ({n} in the arguments becomes the turn number)
# e.g.   bench/cli-loop.sh 10 developer__shell '{"command":"cat small-{n}.txt"}'
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
tool=${2:-developer__read_file}
args=${3:-'{"path":"README.md"}'}
[ -f core/target/goose-ci.jar ] && [ -f bench/target/goose-bench.jar ] || ./mvnw -B -q -DskipTests package
work=$(mktemp -d)
java -cp bench/target/goose-bench.jar dev.gooseci.bench.FakeOpenAiServer 10 "$tool" "$args" > "$work/url" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/url" ] && break; sleep 0.1; done
export OPENAI_API_KEY=sk-bench OPENAI_BASE_URL
OPENAI_BASE_URL=$(head -1 "$work/url")
cp core/target/goose-ci.jar "$work/goose-ci.jar"
# A workspace with ten small files, for tools that read them (cat small-{n}.txt).
mkdir -p "$work/ws"
for i in $(seq 10); do printf 'line one of file %s\nline two\n' "$i" > "$work/ws/small-$i.txt"; done
export GOOSE_CI_JAR="$work/goose-ci.jar"

measure() {
  local label=$1
  : > "$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -a -o "$work/times" bin/goose-ci run --provider openai --max-turns 10 -w "$work/ws" \
      -t "Read the README ten times." > /dev/null
  done
  sort -n -k1 "$work/times" | awk -v label="$label" -v n="$runs" '
    { wall[NR] = $1; if ($2 > rss) rss = $2 }
    END { printf "%-22s median %.2f s   max RSS %.1f MiB   (%d runs)\n", label, wall[int((n + 1) / 2)], rss / 1024, n }'
}

measure "10 turns (no CDS)"
java -XX:ArchiveClassesAtExit="$work/goose-ci.jsa" -jar "$work/goose-ci.jar" run --provider openai -w "$work/ws" \
  -t "Read the README ten times." > /dev/null 2>&1
measure "10 turns (AppCDS)"
