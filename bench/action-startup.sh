#!/usr/bin/env bash
# The GitHub Action's start-up: wall time from starting its entry point (the jar, no container) to its first LLM
# request, against the loopback fake OpenAI server, for a pull request event over a small two-commit repository.
# Prints each run and the median. Usage: bench/action-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
[ -f github-action/target/goose-github-action.jar ] && [ -f bench/target/goose-bench.jar ] \
  || ./mvnw -B -q -DskipTests package
work=$(mktemp -d)
repo="$work/repo"
mkdir -p "$repo"
git -C "$repo" init -q -b main
git -C "$repo" config user.email bench@example.com
git -C "$repo" config user.name bench
cp -R examples/review-demo/base/. "$repo/" && git -C "$repo" add -A && git -C "$repo" commit -q -m base
base=$(git -C "$repo" rev-parse HEAD)
cp -R examples/review-demo/head/. "$repo/" && git -C "$repo" add -A && git -C "$repo" commit -q -m head
head=$(git -C "$repo" rev-parse HEAD)
cat > "$work/event.json" <<JSON
{"action":"opened","number":1,"pull_request":{"number":1,"title":"findName","body":"","html_url":"https://github.com/o/r/pull/1",
 "user":{"login":"octocat","type":"User"},"author_association":"MEMBER",
 "base":{"sha":"$base","ref":"main","repo":{"full_name":"o/r"}},"head":{"sha":"$head","ref":"x","repo":{"full_name":"o/r"}}}}
JSON
measure() { # label, extra JVM flags...
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    java -cp bench/target/goose-bench.jar dev.gooseci.bench.FakeOpenAiServer 1 developer__read_file '{}' > "$work/server" &
    local server=$!
    for _ in $(seq 100); do [ -s "$work/server" ] && break; sleep 0.05; done
    local url; url=$(head -1 "$work/server")
    local start; start=$(date +%s%3N)
    env -i PATH="$PATH" HOME="$work" GITHUB_ACTIONS=true GITHUB_EVENT_NAME=pull_request \
      GITHUB_EVENT_PATH="$work/event.json" GITHUB_WORKSPACE="$repo" GITHUB_REPOSITORY=o/r \
      GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary" INPUT_POST=none INPUT_PROVIDER=openai \
      INPUT_MODEL=gpt-4.1 OPENAI_API_KEY=sk-bench OPENAI_BASE_URL="$url" \
      java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$@" -jar github-action/target/goose-github-action.jar \
      > /dev/null 2>&1 || true
    local first; first=$(awk '/^first-request-ms/ {print $2}' "$work/server")
    kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
    times+=($((first - start)))
    rm -f "$work/server" "$work/output" "$work/summary"
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" -v label="$label" '{t[NR]=$1} END {printf "%-12s entry point to first LLM request: median %d ms (%d runs, min %d, max %d)\n", label, t[int((n+1)/2)], n, t[1], t[n]}'
}

measure "no AppCDS"
# The container image trains its archive at build time; do the same here with one run.
runs_saved=$runs; runs=1
measure "(training)" -XX:ArchiveClassesAtExit="$work/action.jsa" > /dev/null
runs=$runs_saved
measure "AppCDS" -XX:SharedArchiveFile="$work/action.jsa"
rm -rf "$work"
